"""Swedish wording families found by the fifty-sixth round's red-team notes (tests/data/outside56/sv: what the notes
call their imaging): bäcken cut short after the modality ("DT bä", "DT bäck.", exam column "DT BÄ") or misspelled
("MR bäcen", "MR bäken", "MR bäkcen") and sakrum without its r ("MR sakum"), read as the pelvis and the sacrum on the
text with its å/ä/ö so that the folded "ba"/"back" stay out; scint spelled without its c ("skelettsint",
"skelletsint", "helkroppssint"); the plain film by other names ("slätfilmer", "plain film", "översiktsbild av
bäckenet", "BÄCKEN ÖVERSIKT"), while a CT's or MR's localisers ("översiktsbilderna") stay none; the whole body named
before a low-dose CT ("Helkropps-lågdos-DT"); a study that "går inte (heller)" (contraindicated) after a counterfactual
wish ("Hade önskat MR bäcken"), while one that "går inte att få förrän i mars" waits for its time; and "med
misstänkt" hedging only what follows it ("Ländryggssmärta med misstänkt smärta från SI-leden"), as "och misstänkt"
already did. Each family by several differently worded sentences, with look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import (assertions, assertions_by_concept, case_mismatches, flag_and_workup, one_note, only_case,
                       scored_set, statuses)

SET = Path(__file__).resolve().parent / "data" / "outside56" / "sv"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)]


# --- bäcken cut short or misspelled, sakrum without its r -----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. DT bä 2025-01-03 utan fraktur.", ("ct", "pelvis", "performed", True)),
    ("Smärta i korsryggen. Remiss DT bä skickad.", ("ct", "pelvis", "requested", True)),
    ("Ont lågt i ryggen, beställer DT bäck. för att se bakre bäckenringen.", ("ct", "pelvis", "requested", True)),
    ("Lumbago. Gjort MR bäcen i december som var ua.", ("mri", "pelvis", "performed", True)),
    ("Ländryggssmärta. Remiss MR bäkken skickad idag.", ("mri", "pelvis", "requested", True)),
    ("Ländryggssmärta. MR bäkcen 2025-01-05: inget ödem.", ("mri", "pelvis", "performed", True)),
    ("Ländryggssmärta. MR sakum 2025-01-05 visade ödem i vänster sakralvinge.", ("mri", "sacrum", "performed", True)),
])
def test_outside56_sv_bäcken_cut_short_or_misspelled_is_the_pelvis(text, expected):
    assert _exams(text) == [expected]


@pytest.mark.parametrize("exam, expected", [
    ("DT BÄ", ("ct", "pelvis", "performed", True)),
    ("MR BÄCEN", ("mri", "pelvis", "performed", True)),
    ("MR Bäken utan kontrast", ("mri", "pelvis", "performed", True)),
    ("MR SAKUM", ("mri", "sacrum", "performed", True)),
])
def test_outside56_sv_an_exam_column_with_bäcken_cut_short_or_misspelled(exam, expected):
    assert _exams("Fynd: Ingen fraktur.\nUtlåtande: Ua.", "radiology", exam) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Ont lågt i ryggen, MR back ua.", ("mri", "other", "performed", False)),
    ("MR LWS 2025-01-05: diskbråck, back pain sedan länge.", ("mri", "lumbar_spine", "performed", False)),
    ("DT buk/bä 2025-01-05 ua.", ("ct", "abdomen_pelvis", "performed", True)),
    ("MR bäcken 2025-01-05 ua.", ("mri", "pelvis", "performed", True)),
])
def test_outside56_sv_the_folded_ba_and_back_are_no_pelvis(text, expected):
    assert _exams(text) == [expected]


def test_outside56_sv_a_dt_bä_in_an_epikris_works_up_a_ramus_fracture():
    rows = [("n1", "2025-01-05", "radiology", "Rtg bäcken", "Fraktur i vänster ramus superior.", "sv"),
            ("n2", "2025-01-12", "discharge", "", "Epikris. Ramusfraktur vänster. Pga smärta baktill gjordes DT bä "
                                                  "2025-01-07 som visade ramusfrakturen men inget mer.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "ct")


# --- scint spelled without its c ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("Ländryggssmärta. Remiss skelettsint skickad idag.", "requested"),
    ("Ländryggssmärta. Skelletsint 2025-01-05 utan patologiskt upptag.", "performed"),
    ("Ländryggssmärta. Helkroppssint i höstas ua.", "performed"),
])
def test_outside56_sv_scint_without_its_c_is_a_whole_body_scintigraphy(text, status):
    assert _exams(text) == [("scintigraphy", "whole_body", status, True)]


@pytest.mark.parametrize("text", [
    "Ländryggssmärta. Pat heter Sint och bor i Skellefteå.",
    "Ländryggssmärta. Tar Sintrom sedan flera år.",
])
def test_outside56_sv_words_near_sint_are_no_scintigraphy(text):
    assert _exams(text) == []


# --- the plain film by other names ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, region", [
    ("Ländryggssmärta. Slätfilmer av ländrygg och bäcken 2025-01-05 utan frakturer.", "pelvis"),
    ("Ont i korsryggen. Plain film av bäckenet på akuten: ingen fraktur.", "pelvis"),
    ("Ländryggssmärta. Tagit en översiktsbild av bäckenet, ingen säker fraktur.", "pelvis"),
    ("Ländryggssmärta. Bäckenöversikt 2025-01-05 ua.", "pelvis"),
    ("Ländryggssmärta. Slätfilm ländrygg i höstas visade degenerativa förändringar.", "lumbar_spine"),
])
def test_outside56_sv_plain_films_by_other_names_are_radiographs(text, region):
    assert _exams(text) == [("radiograph", region, "performed", False)]


def test_outside56_sv_a_pelvic_overview_in_the_exam_column_is_a_radiograph():
    assert _exams("Fynd: Ingen fraktur.\nUtlåtande: Ua.", "radiology", "Bäcken översikt + LWS sida") == \
        [("radiograph", "pelvis", "performed", False)]


@pytest.mark.parametrize("exam, text, expected", [
    ("DT ländrygg", "Sakrum syns endast på översiktsbilderna och kan inte bedömas.",
     [("ct", "lumbar_spine", "performed", False)]),
    ("MR bäcken", "Undersökningen avbröts efter översiktsbilderna.", [("mri", "pelvis", "not_performed", True)]),
    ("", "Ländryggssmärta. Ont i bäckenet, översikt av läkemedlen gjord.", []),
])
def test_outside56_sv_localisers_and_an_overview_of_drugs_are_no_films(exam, text, expected):
    assert _exams(text, "radiology" if exam else "clinical", exam) == expected


def test_outside56_sv_a_plain_film_alone_is_radiograph_only():
    rows = [("n1", "2025-01-10", "emergency", "", "73-årig kvinna med ländryggssmärta sedan en vecka. Plain film av "
                                                  "ländrygg och bäcken: inga frakturer.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "radiograph_only")


# --- the whole body before a low-dose CT ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kompression L2. Helkropps-lågdos-DT 2025-01-05 utan osteolyser.", ("ct", "whole_body", "performed", True)),
    ("Kompression L2. Helkropps lågdos-DT beställd.", ("ct", "whole_body", "requested", True)),
    ("Kompression L2. Lågdos-DT thorax 2025-01-05 ua.", ("ct", "other", "performed", False)),
    ("Kompression L2. SPECT med lågdos-DT över bäckenet 2025-01-05 ua.",
     ("scintigraphy", "pelvis", "performed", True)),
])
def test_outside56_sv_a_whole_body_low_dose_ct_images_the_pelvis(text, expected):
    assert _exams(text) == [expected]


# --- a study that "går inte", after a wish -------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. Pacemaker, så MR bäcken går inte heller.", ["not_performed"]),
    ("Ländryggssmärta. MR bäcken går inte pga pacemaker.", ["not_performed"]),
    ("Ländryggssmärta. MR går inte att göra, hon har en äldre pacemaker.", ["not_performed"]),
    ("Ländryggssmärta. Hade önskat MR bäcken, men pat har en pacemaker som inte är MR-kompatibel, så MR bäcken går "
     "inte heller den här gången.", ["not_performed", "not_performed"]),
    ("Ländryggssmärta. Hade egentligen velat göra MR bäcken.", ["requested"]),
])
def test_outside56_sv_a_study_that_goes_not_is_contraindicated(text, expected):
    assert statuses(text, "sv", "mri") == expected


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. MR bäcken går inte att få förrän i mars.", ["requested"]),
    ("Ländryggssmärta. MR bäcken kan tyvärr inte göras förrän efter jul.", ["requested"]),
    ("Ländryggssmärta. Efter MR bäcken 2025-01-05 går pat inte utan rollator.", ["performed"]),
    ("Ländryggssmärta. DT bäcken gjordes inte förrän 2025-01-05, ua.", ["performed"]),
])
def test_outside56_sv_a_study_that_waits_or_a_patient_who_walks_not(text, expected):
    modality = "ct" if "DT" in text else "mri"
    assert statuses(text, "sv", modality) == expected


def test_outside56_sv_an_mri_that_goes_not_is_an_order_and_flags():
    rows = [("n1", "2025-02-24", "outpatient", "", "80-årig kvinna med smärta i korsryggen. Hade önskat MR bäcken, men "
                                                   "pat har pacemaker, så MR bäcken går inte heller.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "ordered")


# --- "med misstänkt" hedges only what follows ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Ländryggssmärta med misstänkt smärta från SI-leden.", {LBP: ["present", "uncertain"]}),
    ("Ramusfraktur höger med misstänkt sakrumfraktur.",
     {"pubic_ramus_fracture": ["present"], "sacral_fracture": ["uncertain"]}),
    ("Lumbago med misstänkta frakturer i sakrum.", {LBP: ["present"], "sacral_fracture": ["uncertain"]}),
    ("Kotkompression L1 med misstänkt malign genes.", {VCF: ["present"]}),
])
def test_outside56_sv_med_misstänkt_hedges_what_follows_it(sentence, expected):
    assert assertions_by_concept(sentence, "sv") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sakrumfraktur misstänkt.", ["uncertain"]),
    ("Pat med misstänkt sakrumfraktur.", ["uncertain"]),
    ("Fall med misstänkt sakrumfraktur, remiss MR.", ["uncertain"]),
])
def test_outside56_sv_a_suspicion_still_hedges_its_own_finding(sentence, expected):
    assert assertions(sentence, "sv", "sacral_fracture") == expected


# --- the set ----------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Swedish wording families found by the forty-eighth round's red-team notes (tests/data/outside48/sv: vårdtiden på
avdelningen och dess överrapporteringar): 'rtg' inside an everyday word of the ward ("smärtgenombrott",
"Mobiliseringen fortgår", "ont i hjärtgropen", "makens bortgång"), no film, while a compound ending in rtg or röntgen
("lungrtg", "bäckenröntgen") stays one; a heading "Rtg:" / "Röntgen:" over a pasted answer of another modality ("Rtg:
DT hjärna 17/11: ingen blödning"), no film of its own; a low-back pain that subsided ("har lagt sig", "har gett med
sig", "klingade av", "avklingade"), denied as "har gått över" is, while "har inte lagt sig", "har nästan lagt sig",
"klingar av" keep it and "lagt sig i sängen" is the patient going to bed ("lagt" folds like "lågt" and places
nothing); a pain scored at rest and on moving, then its site after a comma or in a bracket ("NRS 3 i vila, 7 vid
mobilisering (korsrygg)"), a present low-back pain; a study done whose reading is outstanding ("utförd men ej granskad",
"gjord, ej bedömd ännu", "ej bedömd av radiolog") or whose answer is not ready ("Svar på MR bäcken ej klart vid
utskrivning"), done and imaging its field; and the epikris's "Åtgärder:", the stay's registered procedures, done,
where a daily note's "Åtgärd:" plans (sections.json `not_in_note_types`). Each family by several differently worded
sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside48" / "sv"
LBP = "low_back_pain"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)]


# --- 'rtg' inside an everyday word ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vaknade kl 04 med smärtgenombrott, fick Oxynorm 5 mg.",
    "Behandlingen med antibiotika fortgår oförändrad.",
    "Fortgående illamående, ont i hjärtgropen efter frukost.",
    "Ledsen efter sonens bortgång, sover dåligt.",
    "Kortgående syrgas vid mobilisering.",
])
def test_outside48_sv_rtg_inside_a_word_is_no_film(text):
    assert _exams(text) == []


@pytest.mark.parametrize("text, region", [
    ("Lungrtg idag utan infiltrat.", "other"),
    ("Kontrollrtg av handleden visar läkning.", "other"),
    ("Bäckenröntgen från akuten utan fraktur.", "pelvis"),
])
def test_outside48_sv_a_compound_ending_in_rtg_or_rontgen_stays_a_film(text, region):
    assert _exams(text) == [("radiograph", region, "performed", False)]


def test_outside48_sv_a_ward_round_without_films_is_no_workup():
    rows = [("n1", "2025-02-03", "clinical", "", "81-årig kvinna med ont i ländryggen. Smärtgenombrott i natt. "
                                                 "Mobiliseringen fortgår.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


# --- a heading 'Rtg:' over another modality's answer -------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Rtg: DT thorax 10/1: Inga infiltrat.", [("ct", "other", "performed", False)]),
    ("Röntgen: MR hjärna 9/1 utan infarkt.", [("mri", "other", "performed", False)]),
    ("Röntgensvar: DT halsrygg 8/1: Ingen fraktur.", [("ct", "other", "performed", False)]),
])
def test_outside48_sv_a_heading_over_another_modality_is_no_film(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rtg: Rtg höft vänster 10/1: Ingen fraktur.", [("radiograph", "hip", "performed", False)]),
    ("Rtg: Ingen fraktur i bäckenet.", [("radiograph", "other", "performed", False)]),
])
def test_outside48_sv_a_heading_over_a_film_or_a_bare_answer_keeps_it(text, expected):
    assert _exams(text) == expected


# --- a low-back pain that subsided ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Värken i korsryggen har lagt sig sedan igår.",
    "Ländryggssmärtan gav med sig efter två dygn.",
    "Smärtan i ländryggen har klingat av.",
    "Korsryggsvärken avklingade under helgen.",
    "Ont i ländryggen vid inskrivningen, som nu lagt sig.",
])
def test_outside48_sv_a_subsided_low_back_pain_is_denied(sentence):
    assert assertions(sentence, "sv", LBP) == ["negated"]


@pytest.mark.parametrize("sentence", [
    "Smärtan i korsryggen har inte lagt sig trots Oxynorm.",
    "Ländryggsvärken har nästan gett med sig.",
    "Ländryggssmärtan klingar sakta av.",
    "Ont i ländryggen, har lagt sig i sängen för att vila.",
    "Ländryggssmärtan har ännu inte gett med sig.",
    "Ländryggsvärken har lagt sig något sedan igår.",
    "Smärtan i korsryggen har gett med sig lite efter Oxynorm.",
])
def test_outside48_sv_a_pain_not_yet_gone_stays_present(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", ["Värken i ryggen har lagt sig.", "Ryggvärken lagt sig nu."])
def test_outside48_sv_lagt_sig_places_no_back_pain_low(sentence):
    assert assertions(sentence, "sv", LBP) == []


# --- a pain scored at rest and on moving, then its site ----------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Smärta: VAS 2 i vila, 6 vid gång (ländrygg).",
    "Smärtskattning NRS 1 i liggande och 7 vid uppresning, sitter i korsryggen.",
    "NRS 0 i vila, 5 vid förflyttning, lokaliserad till ländryggen.",
])
def test_outside48_sv_two_scores_then_the_low_back_is_present(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Smärta: NRS 2 i vila, 6 vid gång (höger ljumske).", []),
    ("NRS 3 i vila, 0 vid rörelse (korsrygg).", []),
    ("Smärta NRS 2 i vila, 5 vid gång, ingen smärta i ländryggen.", ["negated"]),
])
def test_outside48_sv_scores_of_another_site_or_of_nought_are_no_low_back_pain(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


# --- a study done whose reading or answer is outstanding -----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("DT bäcken gjord igår men ej granskad ännu.", ("ct", "pelvis", "performed", True)),
    ("MR bäcken utförd men inte bedömd av röntgenläkare före hemgång.", ("mri", "pelvis", "performed", True)),
    ("MR sakrum genomförd, ännu ej bedömd.", ("mri", "sacrum", "performed", True)),
    ("DT bäcken tagen 10/1, ej besvarad vid utskrivningen.", ("ct", "pelvis", "performed", True)),
    ("Svaret på MR bäcken var inte klart när pat skrevs ut.", ("mri", "pelvis", "performed", True)),
    ("Svar DT bäcken väntas, distriktsläkaren tar del av svaret.", ("ct", "pelvis", "performed", True)),
])
def test_outside48_sv_a_study_done_awaiting_its_reading_was_done(text, expected):
    assert _exams(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken gjordes inte.", ("mri", "pelvis", "not_performed", True)),
    ("MR bäcken blev aldrig gjord.", ("mri", "pelvis", "not_performed", True)),
    ("DT ländrygg gjord, sakrum ej bedömt.", ("ct", "lumbar_spine", "performed", False)),
    ("MR ländrygg: Sakrum ej avbildat.", ("mri", "lumbar_spine", "performed", False)),
    ("Remiss MR bäcken skickad, svar inväntas.", ("mri", "pelvis", "requested", True)),
])
def test_outside48_sv_a_study_not_done_or_a_sacrum_not_read_keeps_its_reading(text, expected):
    assert _exams(text) == [expected]


def test_outside48_sv_a_pelvic_mri_done_before_discharge_works_up_low_back_pain():
    rows = [("n1", "2025-03-03", "clinical", "", "80-årig kvinna med ont i korsryggen. MR bäcken beställs.", "sv"),
            ("n2", "2025-03-07", "discharge", "", "Epikris. MR bäcken gjord 6/3 men ej bedömd av radiolog vid "
                                                  "utskrivningen. VC tar del av svaret.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "mri")


# --- the epikris's 'Åtgärder:' lists the procedures done -------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Epikris\nÅtgärder: MR bäcken 9/1.", [("mri", "pelvis", "performed", True)]),
    ("Epikris\nDiagnos: S32.5\nÅtgärder:\nDatortomografi av bäckenet\nSlätröntgen av höften",
     [("ct", "pelvis", "performed", True), ("radiograph", "hip", "performed", False)]),
    ("Åtgärd: Skelettscintigrafi 8/1.", [("scintigraphy", "whole_body", "performed", True)]),
])
def test_outside48_sv_an_epikris_actions_are_done(text, expected):
    assert sorted(_exams(text, "discharge")) == sorted(expected)


@pytest.mark.parametrize("text, note_type, expected", [
    ("Bed: Ramusfraktur.\nÅtgärd: MR bäcken.", "clinical", [("mri", "pelvis", "requested", True)]),
    ("Åtgärder: DT bäcken i morgon.", "clinical", [("ct", "pelvis", "requested", True)]),
    ("Epikris\nÅtgärder: Remiss MR bäcken skickad.", "discharge", [("mri", "pelvis", "requested", True)]),
    ("Epikris\nPlanering: MR bäcken polikliniskt.", "discharge", [("mri", "pelvis", "requested", True)]),
])
def test_outside48_sv_a_daily_notes_actions_and_an_epikris_plan_still_ask(text, note_type, expected):
    assert _exams(text, note_type) == expected


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

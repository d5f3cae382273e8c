"""Swedish wording families found by the fifty-ninth round's red-team notes (tests/data/outside59/sv: a clinician
retelling an imaging answer in her own note): a study with its short result ("DT bäcken ua", "MR bäcken u.a.",
"Rtg bäcken utan fraktur"), then a plan of another study after the comma, is done, not one more item of the request
("DT bäcken ua, MR bäcken beställd"), and "ua" before more words ("ua avseende fraktur") is still the result (the
lexicon's "\\W" had turned into "\\w" when its patterns were lowercased); a done study then "ingen ytterligare utredning
planeras" stays done; a study a patient or relative tells of that the writer cannot find ("jag hittar den inte i
NPÖ", "den hittas inte i journalen", "går inte att hitta") is not done; "Inget svar på MR bäcken ännu vid
utskrivning" tells of a study done during the stay; a colon inside a word ("på VC:s remiss", "MR:en") ends no clause;
a fracture whose site's branch or side follows it ("Fraktur i vänster ramus superior, ...") keeps its reading when a
hedged fracture of another site comes after the comma ("..., misstänkt fraktur i vänster sakralvinge"); and a finding
of a study named with an earlier year ("MR bäcken 2022: sakrumfraktur höger", "DT bäcken från 2022 visade ...", "MR
bäcken i mars 2023 visade ...") is that earlier episode's (historical). Each family by several differently worded
sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside59" / "sv"
RAMUS, SACRAL, VCF = "pubic_ramus_fracture", "sacral_fracture", "vertebral_compression_fracture"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status"]].itertuples(index=False)]


# --- a study with its short result, then a plan of another study after the comma -----------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("DT bäcken ua, MR bäcken bokas för att utesluta sakrumfraktur.",
     [("ct", "pelvis", "performed"), ("mri", "pelvis", "requested")]),
    ("MR bäcken u.a., skelettscintigrafi remitteras.",
     [("mri", "pelvis", "performed"), ("scintigraphy", "whole_body", "requested")]),
    ("Skiktröntgen av bäckenet utan frakturtecken, MR ländrygg beställd.",
     [("ct", "pelvis", "performed"), ("mri", "lumbar_spine", "requested")]),
    ("Rtg bäcken utan säker fraktur, DT bäcken beställs.",
     [("radiograph", "pelvis", "performed"), ("ct", "pelvis", "requested")]),
    ("DT bäcken ua, rtg thorax planeras inför operationen.",
     [("ct", "pelvis", "performed"), ("radiograph", "other", "requested")]),
])
def test_outside59_sv_a_study_with_its_result_before_a_plan_was_done(sentence, expected):
    assert _exams(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Rtg ländrygg och bäcken ua avseende fraktur.", [("radiograph", "pelvis", "performed")]),
    ("Slätröntgen av bäckenet ua avseende skelettet.", [("radiograph", "pelvis", "performed")]),
    ("DT bäcken ua utöver degenerativa förändringar.", [("ct", "pelvis", "performed")]),
])
def test_outside59_sv_ua_before_more_words_is_a_result(sentence, expected):
    assert _exams(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a list of studies with one status stays one request; a plan before the result is the plan's own
    ("DT, MR bäcken beställda.", [("ct", "pelvis", "requested"), ("mri", "pelvis", "requested")]),
    ("MR bäcken planeras, rtg utan fraktur.", [("mri", "pelvis", "requested"), ("radiograph", "other", "performed")]),
    ("DT bäcken beställd för att se om hon är utan fraktur.", [("ct", "pelvis", "requested")]),
])
def test_outside59_sv_a_plan_stays_a_plan(sentence, expected):
    assert _exams(sentence) == expected


def test_outside59_sv_a_ct_with_its_result_before_an_mri_booked_works_up_the_ramus_fracture():
    rows = [("n1", "2025-01-05", "radiology", "RTG BÄCKEN", "Fynd: Fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-01-07", "clinical", "", "84-årig kvinna. DT bäcken ua, MR bäcken bokad nästa vecka.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("false", "ct")


# --- a done study, then no further workup -----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Skelettscint ua, ingen ytterligare utredning planeras.", [("scintigraphy", "whole_body", "performed")]),
    ("DT bäcken utan fraktur, ingen vidare utredning planeras.", [("ct", "pelvis", "performed")]),
    ("MR bäcken u.a., ingen ytterligare bilddiagnostik planeras.", [("mri", "pelvis", "performed")]),
])
def test_outside59_sv_no_further_workup_leaves_the_study_done(sentence, expected):
    assert _exams(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Ingen MR bäcken planeras.",
    "Ingen DT bäcken planeras, rtg ua.",
])
def test_outside59_sv_a_study_itself_not_planned_is_not_done(sentence):
    assert _exams(sentence)[0][2] == "not_performed"


# --- a study someone tells of that the writer cannot find ------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Dottern berättar att mamma gjorde DT av bäckenet på ett annat sjukhus i höstas, jag hittar den inte i NPÖ.",
    "Pat säger att hon gjorde en skelettscintigrafi i vintras, den hittas inte i journalen.",
    "Pat uppger att hon gjorde MR bäcken i Spanien i mars, men något svar går inte att hitta.",
    "Enligt maken gjordes en DT bäcken på privatklinik i våras. Den kan inte återfinnas i våra system.",
    "Pat menar att hon har gjort MR bäcken på Capio, vi har inte kunnat hitta något svar.",
])
def test_outside59_sv_a_told_study_nobody_can_find_is_not_done(sentence):
    assert [e[2] for e in _exams(sentence)] == ["not_performed"]


@pytest.mark.parametrize("sentence", [
    "Pat uppger att hon gjort MR bäcken på Capio, svaret hittas i NPÖ.",
    "Pat uppger att hon gjort MR bäcken på Capio, hittar inte svaret ännu.",
    "MR bäcken gjord på Capio 2025-01-02, jag hittar inte svaret i NPÖ.",
    "Dottern berättar att mamma gjorde DT bäcken i december, jag hittar svaret i NPÖ: ingen fraktur.",
])
def test_outside59_sv_a_study_found_or_told_done_by_the_writer_stays_done(sentence):
    assert [e[2] for e in _exams(sentence)] == ["performed"]


def test_outside59_sv_a_told_ct_nobody_finds_is_no_workup():
    rows = [("n1", "2025-05-12", "radiology", "RTG BÄCKEN", "Fynd: Fraktur i vänster ramus inferior.", "sv"),
            ("n2", "2025-05-14", "clinical", "", "86-årig kvinna. Sonen berättar att mamma gjorde DT av bäckenet "
                                                 "för två veckor sedan, jag hittar den inte i NPÖ.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "radiograph_only")


# --- no answer yet at discharge ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Inget svar på MR bäcken ännu vid utskrivning, VC tar del av svaret.",
    "Inget svar på DT bäcken före hemgång.",
    "Inget utlåtande av skelettscintigrafin ännu inför överflyttningen.",
])
def test_outside59_sv_no_answer_at_discharge_tells_a_study_done(sentence):
    assert [e[2] for e in _exams(sentence)] == ["performed"]


@pytest.mark.parametrize("sentence", [
    "Inget svar på MR bäcken ännu.",  # round 31: an answer only awaited keeps a request
    "Remiss MR bäcken skickad, inget svar på remissen vid utskrivning.",
    "MR bäcken beställd, ingen kallelse vid utskrivning.",
])
def test_outside59_sv_no_answer_to_a_request_keeps_it_requested(sentence):
    assert [e[2] for e in _exams(sentence)] == ["requested"]


# --- a colon inside a word ends no clause ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Rtg ländrygg – kotkompression L1; MR ländrygg bokad på VC:s remiss.",
     [("radiograph", "lumbar_spine", "performed"), ("mri", "lumbar_spine", "requested")]),
    ("Rtg bäcken med fraktur i ramus; DT bäcken beställd enligt ortopedjourens önskan och VC:s remiss.",
     [("radiograph", "pelvis", "performed"), ("ct", "pelvis", "requested")]),
])
def test_outside59_sv_a_genitive_colon_ends_no_clause(sentence, expected):
    assert _exams(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("MR bäcken bokad till kl. 14:30 i morgon.", [("mri", "pelvis", "requested")]),
    ("DT bäcken kl. 14:30 visade ingen fraktur, MR bäcken beställd.", [("ct", "pelvis", "performed"),
                                                                       ("mri", "pelvis", "requested")]),
    ("MR:en visade ingen fraktur, DT bäcken beställd.", [("mri", "other", "performed"), ("ct", "pelvis", "requested")]),
    ("Rtg bäcken: fraktur i ramus. Planering: DT bäcken.", [("radiograph", "pelvis", "performed"),
                                                             ("ct", "pelvis", "requested")]),
])
def test_outside59_sv_clock_times_and_headings_keep_their_reading(sentence, expected):
    assert _exams(sentence) == expected


# --- a fracture with its site's branch, then a hedged fracture of another site ---------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Fraktur i vänster ramus superior, misstänkt fraktur i vänster sakralvinge.", RAMUS),
    ("DT-svaret: fraktur i höger ramus superior och inferior, möjlig fraktur i höger sakralvinge.", RAMUS),
    ("Enl DT fraktur i höger ramus inferior, trolig fraktur i L3.", RAMUS),
    ("Fraktur i ramus superior och inferior bilat, misstänkt fraktur i vänster sakralvinge.", RAMUS),
])
def test_outside59_sv_the_first_fracture_keeps_its_reading(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Fraktur i vänster ramus superior, misstänkt fraktur i vänster sakralvinge.", SACRAL, ["uncertain"]),
    ("Enl DT fraktur i höger ramus inferior, trolig fraktur i L3.", VCF, ["uncertain"]),
    ("Ramus superior höger, misstänkt fraktur.", RAMUS, ["uncertain"]),
    ("Ödem i ramus superior, misstänkt fraktur.", RAMUS, ["uncertain"]),
    ("Fraktur i höger ramus superior, trolig insufficiensfraktur.", RAMUS, ["present"]),
])
def test_outside59_sv_the_hedge_stays_with_its_own_fracture(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- a study dated by an earlier year, then what it showed ----------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("MR bäcken 2022: sakrumfraktur höger.", SACRAL),
    ("DT bäcken från 2022 visade sakrumfraktur.", SACRAL),
    ("MR bäcken i mars 2023 visade sakrumfraktur höger.", SACRAL),
    ("DT bäcken 2022: fraktur i höger ramus superior.", RAMUS),
    ("Rtg ländrygg 2021: kotkompression L1.", VCF),
    ("MR sakrum 2023-06-02: insufficiensfraktur i vänster sakralvinge.", SACRAL),
])
def test_outside59_sv_a_finding_of_a_study_dated_years_back_is_historical(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["historical"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("MR bäcken 2025: sakrumfraktur höger.", SACRAL, ["present"]),  # the note's own year
    ("MR bäcken 2025-01-10: sakrumfraktur höger.", SACRAL, ["present"]),
    ("DT bäcken i december 2024 visade sakrumfraktur.", SACRAL, ["present"]),  # within a year of the note
    ("Jämfört med DT bäcken 2022 ses nu en fraktur i höger ramus superior.", RAMUS, ["present"]),
    ("DT ländrygg 2021 visade kompression av L1, nu även ny kompression av L2.", VCF, ["historical", "present"]),
])
def test_outside59_sv_a_finding_of_this_episode_stays_present(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


def test_outside59_sv_an_earlier_episodes_sacral_fracture_leaves_the_new_one_unworked_up():
    rows = [("n1", "2025-03-02", "radiology", "RTG BÄCKEN", "Fynd: Fraktur i vänster ramus superior.", "sv"),
            ("n2", "2025-03-03", "clinical", "", "84-årig kvinna. Tidigare: MR bäcken 2022: sakrumfraktur höger.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "radiograph_only")


# --- the set ------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 == 1.0
    assert workup == 1.0
    assert note_f1 >= 0.99

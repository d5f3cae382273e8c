"""Swedish wording families found by the twenty-second round's outside-author notes (tests/data/outside22/sv: issue
10's exam statuses and coverage in every grammatical form): a study abbreviated as not done ("MR bäcken ej utf.",
"DT bäcken: ej utf.", "outförd") is not done, and with a contraindication ("ej utf. pga klaustrofobi") it was ordered;
"ej utf. ännu" is a request still waiting; "DT-BB" (buk-bäcken) is a CT of the abdomen and pelvis; a body part that
"ingick inte" (past tense of "ingår inte") was not imaged, also written before the study ("Bäckenet ingick inte i DT
buk"), where the study itself was done; and in a note whose informant is the patient's child ("Telefonkontakt med
dottern", "Sonen ringer"), a parent named without a possessor is the patient ("Mamman har fortsatt ont lågt i
ryggen"), not family history; found by probing the theme beyond the set: "MR-B"/"DT-B" for bäcken, a refusal
as a noun or reported ("Hennes nej till MR bäcken", "har sagt nej till") and a no-show as a noun or "ej kommit"
("Uteblivande från MR bäcken", "pat ej kommit") leave the order; a sacrum "bedömdes inte", "har inte bedömts" is not
covered; a study that "måste göras" / "behöver göras" is requested, one that "hade gjorts om hon inte haft pacemaker"
was not done after its order. Each family by at least two differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).parent / "data" / "outside22" / "sv"
LBP, OSTEOPOROSIS = "low_back_pain", "osteoporosis"


def _ramus_case(sentence: str) -> tuple[str, str]:
    """Flag and workup of a woman with a ramus fracture on a radiograph and a discharge note ending in ``sentence``."""
    rows = [("n1", "2025-01-10", "radiology", "Rtg bäcken", "Fraktur i ramus superior dx.", "sv"),
            ("n2", "2025-01-12", "discharge", "", "Kvinna 84 år. Ramusfraktur höger. " + sentence, "sv")]
    return flag_and_workup(only_case(rows))


# --- "ej utf." (ej utförd) abbreviated: not done ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence, modality", [
    ("MR bäcken ej utf.", "mri"),
    ("DT bäcken: ej utf.", "ct"),
    ("Skelettscintigrafi helkropp: ej utf.", "scintigraphy"),
    ("DT bäcken inte utf.", "ct"),
    ("MR bäcken outförd.", "mri"),
    ("MR bäcken, ej genomgången.", "mri"),
])
def test_outside22_sv_an_abbreviated_not_done_is_not_performed(sentence, modality):
    assert exam_rows(sentence, "sv") == [(modality, "not_performed", True)]


@pytest.mark.parametrize("sentence, expected", [
    ("MR bäcken ej utf.", ("true", "radiograph_only")),
    ("DT bäcken: ej utf.", ("true", "radiograph_only")),
    ("MR bäcken ej utf. pga klaustrofobi.", ("true", "ordered")),
    ("MR bäcken outförd pga klaustrofobi.", ("true", "ordered")),
    ("MR bäcken inte utf, pat har pacemaker.", ("true", "ordered")),
    ("MR bäcken ej utf. ännu.", ("true", "ordered")),
    ("Utredning:\nMR bäcken | 2025-01-11 | ej utf. (inställd)\nDT bäcken | 2025-01-11 | utf.", ("false", "ct")),
])
def test_outside22_sv_an_abbreviated_not_done_leaves_no_workup(sentence, expected):
    assert _ramus_case(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("MR bäcken utf. 11/1: ua.", ("false", "mri")),
    ("DT bäcken: utf. 11/1, ua.", ("false", "ct")),
    ("Remiss MR bäcken utfärdad.", ("true", "ordered")),
])
def test_outside22_sv_an_abbreviated_done_or_an_issued_referral_keeps_its_reading(sentence, expected):
    assert _ramus_case(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "MR bäcken ej utf. ännu.",
    "MR bäcken ännu ej utf.",
    "MR bäcken ej ännu utf.",
])
def test_outside22_sv_not_done_yet_abbreviated_is_a_request(sentence):
    assert exam_rows(sentence, "sv") == [("mri", "requested", True)]


# --- DT-BB: buk-bäcken -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "DT-BB utf. 11/1: sakrum u.a.",
    "DT BB 11/1 visade ingen fraktur i sakrum.",
    "CT-BB 11/1: ingen sakrumfraktur.",
])
def test_outside22_sv_dt_bb_is_a_ct_of_abdomen_and_pelvis(sentence):
    assert _ramus_case(sentence) == ("false", "ct")


@pytest.mark.parametrize("sentence", [
    "DT thorax 11/1 ua.",
    "Förlöst på BB 1975. MR ländrygg 11/1 ua.",
])
def test_outside22_sv_a_maternity_ward_or_another_region_covers_nothing(sentence):
    assert _ramus_case(sentence) == ("true", "radiograph_only")


# --- MR-B, DT-B: bäcken abbreviated after the modality's hyphen -----------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("MR-B ua 11/1.", ("false", "mri")),
    ("MR-B 11/1: ingen sakrumfraktur.", ("false", "mri")),
    ("DT-B 11/1 ua.", ("false", "ct")),
    ("Hb 110, MR ländrygg 11/1 ua, vitamin-B normalt.", ("true", "radiograph_only")),
])
def test_outside22_sv_mr_b_is_a_pelvic_study(sentence, expected):
    assert _ramus_case(sentence) == expected


# --- a refusal as a noun or reported ("hennes nej till"), a no-show as a noun or "ej kommit" ---------------------------
@pytest.mark.parametrize("sentence", [
    "Hennes nej till MR bäcken respekteras.",
    "Hon säger nej till MR bäcken.",
    "Patientens nej till MR bäcken dokumenterat.",
    "Pat har sagt nej till DT bäcken.",
    "Uteblivande från MR bäcken 11/1.",
    "MR bäcken: pat ej kommit.",
    "MR bäcken: pat har inte infunnit sig.",
])
def test_outside22_sv_a_refusal_or_no_show_in_any_form_leaves_the_order(sentence):
    assert _ramus_case(sentence) == ("true", "ordered")


@pytest.mark.parametrize("sentence, expected", [
    ("Svarar nej till frågan om pacemaker. MR bäcken 11/1: ua.", ("false", "mri")),
    ("Pat säger nej till smärtstillande. DT bäcken 11/1 ua.", ("false", "ct")),
    ("Pat säger nej till smärtstillande men DT bäcken gjordes 11/1: ua.", ("false", "ct")),
    ("Ja till MR bäcken, gjord 11/1: ua.", ("false", "mri")),
])
def test_outside22_sv_a_no_to_something_else_leaves_a_study_done(sentence, expected):
    assert _ramus_case(sentence) == expected


# --- "ingick inte": a part left out of a study that was done -----------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "DT buk gjord 11/1 för buksmärtan, bäckenet ingick inte.",
    "DT buk 11/1: bäckenet ingick ej i undersökningen.",
    "Bäckenet ingick inte i DT buk 11/1.",
    "Sakrum ingår inte i MR-undersökningen 11/1 av ländryggen.",
])
def test_outside22_sv_a_part_that_was_not_included_leaves_the_sacrum_unimaged(sentence):
    assert _ramus_case(sentence) == ("true", "radiograph_only")


@pytest.mark.parametrize("sentence, expected", [
    ("Bäckenet ingick inte i DT buk 11/1.", [("ct", "performed", False)]),
    ("Sakrum ingick inte i skelettscintigrafin 11/1.", [("scintigraphy", "performed", False)]),
    ("MR ländrygg 11/1: sakrum ingick aldrig i fältet.", [("mri", "performed", False)]),
])
def test_outside22_sv_a_part_left_out_of_a_study_keeps_the_study_done(sentence, expected):
    assert exam_rows(sentence, "sv") == expected


@pytest.mark.parametrize("sentence", [
    "DT buk 11/1: bäckenet ingick, ingen fraktur i sakrum.",
    "DT buk-bäcken 11/1 ua.",
])
def test_outside22_sv_a_pelvis_included_still_covers_the_sacrum(sentence):
    assert _ramus_case(sentence) == ("false", "ct")


# --- a study that must be done is a request; one that "hade gjorts om ... inte" was never done ----------------------
@pytest.mark.parametrize("sentence, expected", [
    ("MR bäcken måste göras snarast.", ("true", "ordered")),
    ("MR bäcken behöver snarast göras.", ("true", "ordered")),
    ("MR bäcken behöver kompletteras.", ("true", "ordered")),
    ("MR bäcken hade gjorts om hon inte haft pacemaker.", ("true", "ordered")),
    ("MR bäcken behöver inte göras.", ("true", "radiograph_only")),
    ("MR bäcken hade gjorts 11/1: ua.", ("false", "mri")),
])
def test_outside22_sv_a_needed_study_is_requested_and_a_counterfactual_one_not_done(sentence, expected):
    assert _ramus_case(sentence) == expected


# --- a sacrum "not assessed" in the past tense or the perfect ------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "MR ländrygg 11/1 ua, sakrum bedömdes inte.",
    "MR ländrygg 11/1 ua, sakrum har inte bedömts.",
    "MR ländrygg 11/1 ua, sakrum har ej bedömts på grund av artefakter.",
])
def test_outside22_sv_a_sacrum_not_assessed_in_any_tense_is_not_covered(sentence):
    assert exam_rows(sentence, "sv") == [("mri", "performed", False)]


@pytest.mark.parametrize("sentence", [
    "MR ländrygg 11/1: sakrum bedömdes, ingen fraktur.",
    "MR bäcken 11/1: ua. Sakrum bedömdes utan anmärkning.",
])
def test_outside22_sv_a_sacrum_assessed_is_covered(sentence):
    assert exam_rows(sentence, "sv") == [("mri", "performed", True)]


# --- a parent as the patient, where the patient's child tells ----------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Telefonkontakt med dotter\nDottern uppger att MR blev inställd.\nMamman har fortsatt ont lågt i ryggen.", LBP),
    ("Sonen ringer. Pappa har mer ont i ländryggen sedan i går.", LBP),
    ("Telefonkontakt med dottern. Mamman har osteoporos sedan länge.", OSTEOPOROSIS),
])
def test_outside22_sv_a_parent_named_by_the_patients_child_is_the_patient(text, concept):
    assert assertions(text, "sv", concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("Besök. Mamman har osteoporos.", OSTEOPOROSIS),
    ("Besök. Pat 80 år. Mamman hade ländryggssmärta.", LBP),
    ("Telefonkontakt med dottern. Pat:s mamma hade osteoporos.", OSTEOPOROSIS),
    ("Telefonkontakt med dottern. Hennes mamma hade osteoporos.", OSTEOPOROSIS),
    ("Telefonkontakt med dottern. Mormor hade lumbago.", LBP),
])
def test_outside22_sv_a_parent_with_a_possessor_or_without_a_child_informant_stays_family(text, concept):
    assert assertions(text, "sv", concept) == ["historical"]


# --- the set -----------------------------------------------------------------------------------------------------------
def test_outside22_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside22_sv_set_flags_priorities_workups_and_reasons_match_gold():
    assert case_mismatches(SET, ("flagged", "priority", "workup", "reasons")) == []

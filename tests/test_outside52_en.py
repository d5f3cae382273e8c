"""Round fifty-two, English (tests/data/outside52/en): the patient's and family's own words.

Families fixed, each with wordings not taken from the set and look-alikes that keep their reading:
- a lay site of the low back with a pain verb or adjective and no pain noun ("my sacrum hurts", "the base of my spine
  is sore", "bottom of back 8/10", "her lower back is agony", "my back is killing me, right down at the bottom");
  the nurses' "sacrum sore" of the skin stays none (concepts.json low_back_pain);
- a form's question answered on its line ("Where is your pain? Lower back and bottom.", "Do you have back pain? Yes,
  low down"): the "?" ends no sentence (sections.json ``answered_questions``, sections.py) and the question's "?"
  is no doubt (context.json pseudo triggers);
- "bum cheek", "butt cheek" are a buttock (concepts.json low_back_pain);
- the patient's child as the writer or the caller ("I'm writing on behalf of my mother", "E-mail from son", "From:
  Sarah (daughter)", "Caller says her mum ..." in a note whose caller is the daughter): the parent is the patient
  (context.json ``child_informants``);
- a pelvic fracture whose pubic site follows in apposition ("a fractured pelvis, the pubic bone on the left") and the
  lay words for vertebrae ("two of the bones in my spine are squashed") (concepts.json);
- "might have a", "may have cracked" hedge a fracture (context.json uncertain triggers);
- the lay words of the tests: "a CT scan of my tummy and pelvis" covers the sacrum (exams.json abdomen_pelvis),
  "they x-rayed me" is a radiograph done (concepts.json imaging_radiograph), and "no further scan needed" after a
  study the patient had is about other studies (exams.json ``references``);
- "I had my hip replaced" is a hip prosthesis; "I don't take any steroids" denies them (concepts.json, context.json).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.phrasing import assertions, assertions_by_concept, case_mismatches, exam_rows, scored_set

SET = Path(__file__).parent / "data" / "outside52" / "en"
LBP = "low_back_pain"


# --- a lay site of the low back with a pain verb -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Since the fall her sacrum hurts whenever she sits on a hard chair.",
    "He says his sacral area has been really painful for a week.",
    "The bottom of my spine aches when I stand at the sink.",
    "Patient reports the base of her spine is sore in the mornings.",
    "Diary, Thursday: bottom of back 6/10.",
    "My lower back is agony when I turn over in bed.",
    "His back is killing him, right down at the base.",
])
def test_a_lay_site_of_the_low_back_with_a_pain_verb_is_low_back_pain(text):
    assert assertions(text, "en", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "Pressure area over the sacrum sore, barrier cream applied.",
    "Sacrum sore and red, grade 2 pressure ulcer.",
    "The base of the spine is normal.",
    "Her back is killing her, up between the shoulder blades.",
    "I fell on my tailbone and it hurts.",
])
def test_lookalikes_of_a_lay_site_with_a_pain_verb_name_no_low_back_pain(text):
    assert assertions(text, "en", LBP) == []


def test_a_denied_lay_site_pain_is_no_present_pain():
    assert "present" not in assertions("My sacrum does not hurt any more.", "en", LBP)


# --- a form's question answered on its line -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Where is your pain? Lower back, mostly on the right.",
    "Where does it hurt? My bottom, both sides.",
    "Where is the pain worst? Low down in my back.",
    "Does she have any back pain? Yes - lower back.",
    "Do you get back pain? Yes, low down when walking.",
])
def test_a_form_question_answered_with_the_low_back_is_low_back_pain(text):
    assert assertions(text, "en", LBP) == ["present"]


@pytest.mark.parametrize("text, expected", [
    ("Where is your pain? In my knees.", []),
    ("Do you have back pain? No.", []),
    ("Low back pain? No.", ["negated"]),
    ("Have you had a fall? Yes. Pain in lower back? Yes.", ["present"]),
])
def test_lookalikes_of_answered_questions_keep_their_reading(text, expected):
    assert assertions(text, "en", LBP) == expected


# --- bum cheek -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Aching in her left bum cheek since the fall.",
    "My right butt cheek hurts when I sit.",
    "Bum cheeks sore after sitting all day.",
])
def test_a_bum_cheek_is_a_buttock(text):
    assert assertions(text, "en", LBP) == ["present"]


# --- the patient's child writes or calls ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("I am writing on behalf of my father, who has osteoporosis and is struggling at home.", "osteoporosis"),
    ("I'm e-mailing about my mum. She broke her pubic bone in May and is still in pain.", "pubic_ramus_fracture"),
    ("E-mail from son: Mum has a fractured pubic ramus and cannot manage the stairs.", "pubic_ramus_fracture"),
    ("From: Jane (daughter)\nDad has osteoporosis and fell again last night.", "osteoporosis"),
    ("Caller: son. Caller says his mum has had lower back pain since Sunday.", LBP),
    ("Caller is the patient's daughter. Caller reports her mother has terrible low back pain.", LBP),
])
def test_the_childs_parent_is_the_patient(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("Caller (husband) says her mum had osteoporosis.", "osteoporosis"),
    ("My mother had osteoporosis and broke her hip.", "osteoporosis"),
    ("Caller says her mum has lower back pain.", LBP),
])
def test_a_relative_who_is_not_the_informants_parent_stays_a_relative(text, concept):
    assert assertions(text, "en", concept) == ["historical"]


# --- a pelvic fracture with the pubic site in apposition; lay words for vertebrae -----------------------------------
@pytest.mark.parametrize("text, concept", [
    ("The hospital told her she had a fractured pelvis, the pubic bone on the right.", "pubic_ramus_fracture"),
    ("She broke her pelvis - the left pubic ramus.", "pubic_ramus_fracture"),
    ("His pelvis was fractured in two places, the pubic rami.", "pubic_ramus_fracture"),
    ("The consultant said three of the bones in her spine are squashed.", "vertebral_compression_fracture"),
    ("The bones in his lower back have collapsed.", "vertebral_compression_fracture"),
])
def test_lay_words_name_the_fracture_site(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text", [
    "The bones in my spine are thin.",
    "The nerve in my spine is squashed.",
    "I broke my pelvis in March.",
])
def test_lookalikes_of_lay_fracture_sites_name_none(text):
    found = assertions_by_concept(text, "en")
    assert "pubic_ramus_fracture" not in found and "vertebral_compression_fracture" not in found


def test_a_fractured_pelvis_with_the_rami_intact_names_no_ramus_fracture():
    assert assertions("Fractured pelvis, pubic rami intact, sacrum fractured.", "en",
                      "pubic_ramus_fracture") == ["negated"]


# --- might have, may have ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("The physio thinks she might have a stress fracture in her sacrum.", "sacral_fracture"),
    ("I may have cracked my sacrum when I fell.", "sacral_fracture"),
    ("He could have a fracture of the pubic ramus.", "pubic_ramus_fracture"),
])
def test_might_have_hedges_a_fracture(text, concept):
    assert assertions(text, "en", concept) == ["uncertain"]


def test_may_have_contributed_keeps_the_fracture():
    assert assertions("Her osteoporosis may have contributed to the L1 compression fracture.", "en",
                      "vertebral_compression_fracture") == ["present"]


# --- the lay words of the tests ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("I had a CT scan of my tummy and pelvis on Monday.", [("ct", "performed", True)]),
    ("She had a CT of her belly and pelvis last week.", [("ct", "performed", True)]),
    ("They x-rayed her hips in A&E.", [("radiograph", "performed", False)]),
    ("He was x-rayed on the ward.", [("radiograph", "performed", False)]),
    ("I had a CT scan of my pelvis. No further scan needed.", [("ct", "performed", True)]),
    ("I had the MRI of my pelvis. No repeat scan needed.", [("mri", "performed", True)]),
])
def test_the_patients_words_for_a_test(text, expected):
    assert exam_rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("CT of the tummy showed gallstones.", [("ct", "performed", False)]),
    ("She will be x-rayed tomorrow.", [("radiograph", "requested", False)]),
    ("MRI pelvis requested. No further imaging planned.", [("mri", "not_performed", True)]),
    ("MRI pelvis booked. Scan cancelled.", [("mri", "not_performed", True)]),
])
def test_lookalikes_of_the_patients_words_for_a_test(text, expected):
    assert exam_rows(text, "en") == expected


# --- hip replaced; steroids not taken ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("I had my hip replaced in 2020.", "hip_prosthesis", ["present"]),
    ("Her left hip was replaced after the fall.", "hip_prosthesis", ["present"]),
    ("He may need his hip replaced next year.", "hip_prosthesis", ["hypothetical"]),
    ("Her knee was replaced last year.", "hip_prosthesis", []),
    ("I don't take any steroids.", "steroid_therapy", ["negated"]),
    ("She doesn't take steroids.", "steroid_therapy", ["negated"]),
    ("She takes steroids for her asthma.", "steroid_therapy", ["present"]),
])
def test_risk_factors_in_the_patients_words(text, concept, expected):
    assert assertions(text, "en", concept) == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

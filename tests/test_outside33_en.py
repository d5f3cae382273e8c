"""Round thirty-three, English: the sacral fracture itself, documented, suspected or denied. The wording families that
a red team's notes (tests/data/outside33/en) showed the pipeline misreading, each by several differently worded
sentences, with look-alikes that must keep their reading. A documented fracture ends the case
(``sacral_fracture_documented``); a suspected one flags on its own with priority high; a denied one leaves the study
that denied it as the workup."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, assertions_by_concept, flag_and_workup, one_note, only_case, scored_set

SACRAL = "sacral_fracture"
SET = Path(__file__).resolve().parent / "data" / "outside33" / "en"


def _sacral(text: str, note_type: str = "clinical") -> list[str]:
    return assertions(text, "en", SACRAL, note_type)


# --- a study as the subject of "excluded" denies the fracture after it -------------------------------------------
@pytest.mark.parametrize("sentence", [
    "MRI pelvis yesterday has excluded a sacral insufficiency fracture.",
    "CT pelvis on admission has excluded a sacral fracture; the posterior pelvic ring is intact.",
    "The bone scan excluded a sacral fracture; the only increased uptake is at L2.",
    "The CT has now excluded a fracture of the sacrum.",
])
def test_a_study_that_excluded_the_fracture_denies_it(sentence):
    assert _sacral(sentence) == ["negated"]


@pytest.mark.parametrize("sentence, expected", [
    ("Sacral fracture excluded on MRI.", ["negated"]),
    ("MRI ruled out a sacral fracture.", ["negated"]),
    ("Sacral fracture on CT. Metastasis excluded.", ["present"]),
    ("Left sacral ala fracture seen on MRI.", ["present"]),
])
def test_lookalikes_of_an_excluding_study_keep_their_reading(sentence, expected):
    assert _sacral(sentence) == expected


def test_a_study_that_excluded_the_fracture_is_the_workup_not_a_documented_fracture():
    case = only_case([("n1", "2024-02-03", "clinical", "", "80F, low back pain after a fall. XR pelvis: no fracture.",
                       "en"),
                      ("n2", "2024-02-06", "clinical", "", "MRI pelvis yesterday has excluded a sacral insufficiency "
                       "fracture. Mechanical low back pain.", "en")])
    assert flag_and_workup(case) == ("false", "mri")


# --- the likeliest diagnosis is a suspected one -------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Impression: the most likely diagnosis is a right sacral insufficiency fracture.",
    "Most likely diagnosis: left SIF.",
    "Assessment: the likeliest explanation is a sacral insufficiency fracture.",
    "The likeliest diagnosis is a sacral fracture.",
    "Probable diagnosis: left sacral insufficiency fracture.",
])
def test_the_likeliest_diagnosis_is_suspected(sentence):
    assert _sacral(sentence) == ["uncertain"]


@pytest.mark.parametrize("sentence, expected", [
    ("Diagnosis: left sacral insufficiency fracture.", ["present"]),
    ("Left sacral insufficiency fracture on CT, likely osteoporotic.", ["present"]),
    ("The diagnosis is a left sacral insufficiency fracture, seen on MRI.", ["present"]),
])
def test_a_stated_diagnosis_stays_documented(sentence, expected):
    assert _sacral(sentence) == expected


def test_the_likeliest_diagnosis_without_imaging_flags_high():
    case = only_case([("n1", "2024-06-03", "outpatient", "", "83F, 3 weeks of right buttock and low back pain. XR "
                       "pelvis: no fracture seen. Impression: the most likely diagnosis is a right sacral insufficiency "
                       "fracture. Plan: MRI pelvis requested.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")
    assert case["priority"] == "high"


# --- a clinical diagnosis, not yet imaged, or a suspicion only -------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "She was diagnosed clinically with a left sacral insufficiency fracture by her GP.",
    "Diagnosed clinically with a sacral insufficiency fracture.",
    "1. Sacral insufficiency fracture (not yet imaged).",
    "Assessment: sacral fracture - clinical suspicion only.",
    "Left sacral fracture, clinical suspicion only, no imaging yet.",
])
def test_a_clinical_diagnosis_without_imaging_is_suspected(sentence):
    assert _sacral(sentence) == ["uncertain"]


@pytest.mark.parametrize("sentence, expected", [
    ("Diagnosed with a sacral fracture on MRI.", ["present"]),
    ("She was diagnosed with a left sacral insufficiency fracture at the Royal Infirmary.", ["present"]),
])
def test_a_diagnosis_made_elsewhere_stays_documented(sentence, expected):
    assert _sacral(sentence) == expected


def test_ramus_not_yet_imaged_keeps_its_reading():
    found = assertions_by_concept("Sacral fracture seen on MRI; ramus fracture not yet imaged.", "en")
    assert found[SACRAL] == ["present"]


# --- a fracture that a study cannot confirm is suspected; "without an MRI" is no MRI done -----------------------------
@pytest.mark.parametrize("sentence, note_type", [
    ("A sacral insufficiency fracture cannot be confirmed on this study.", "radiology"),
    ("Impression: A sacral insufficiency fracture cannot be confirmed on plain films. Recommend MRI of the sacrum.",
     "radiology"),
    ("Impression: left sacral insufficiency fracture cannot be confirmed without an MRI.", "clinical"),
    ("Sacral fracture cannot be confirmed or excluded on X-ray.", "clinical"),
])
def test_a_fracture_that_cannot_be_confirmed_is_suspected(sentence, note_type):
    assert _sacral(sentence, note_type) == ["uncertain"]


@pytest.mark.parametrize("sentence, expected", [
    ("The left sacral fracture can be confirmed on the sagittal reformats.", ["present"]),
    ("Right SIF confirmed on CT.", ["present"]),
])
def test_a_confirmed_fracture_stays_documented(sentence, expected):
    assert _sacral(sentence, "radiology") == expected


@pytest.mark.parametrize("sentence", [
    "Left sacral insufficiency fracture cannot be confirmed without an MRI.",
    "Discharged without an MRI.",
    "Managed without an MRI pelvis.",
])
def test_an_exam_named_after_without_was_not_done(sentence):
    assert assertions(sentence, "en", "imaging_mri") == ["negated"]


def test_an_exam_without_contrast_was_done():
    assert assertions("MRI pelvis without contrast: left sacral ala fracture.", "en", "imaging_mri") == ["present"]


# --- a later confirmation is no history ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "MRI pelvis on 15/01/2024 has since confirmed the sacral fracture on the right.",
    "The sacral fracture has since been confirmed on CT.",
    "A CT has since shown a left sacral ala fracture.",
])
def test_a_fracture_since_confirmed_is_present(sentence):
    assert _sacral(sentence) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Sacral fracture since 2021.",
    "The sacral fracture has since healed.",
])
def test_a_fracture_since_an_earlier_time_or_healed_stays_history(sentence):
    assert _sacral(sentence) == ["historical"]


# --- the known fracture a procedure treats is present --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "CT-GUIDED SACROPLASTY\nProcedure: right sacroplasty under CT guidance for the known right sacral insufficiency "
    "fracture.",
    "MRI PELVIS FOR THE KNOWN SACRAL FRACTURE",
    "MRI pelvis requested for her known sacral fracture.",
])
def test_a_known_fracture_is_no_question(text):
    assert _sacral(text, "radiology") == ["present"]


@pytest.mark.parametrize("text, expected", [
    ("MRI PELVIS FOR SACRAL FRACTURE", ["hypothetical"]),
    ("No known sacral fracture.", ["negated"]),
    ("The known history of sacral fracture.", ["historical"]),
])
def test_lookalikes_of_a_known_fracture_keep_their_reading(text, expected):
    assert _sacral(text, "radiology") == expected


# --- a site, then its fracture doubted with no site of its own in the next clause ------------------------------------
@pytest.mark.parametrize("sentence", [
    "Subtle sclerosis in the left sacral ala; an insufficiency fracture cannot be excluded.",
    "Subtle sclerosis in the left sacral ala, an insufficiency fracture cannot be excluded.",
    "The sacrum is obscured by bowel gas; a fracture could not be excluded.",
])
def test_a_sites_fracture_doubted_in_the_next_clause_is_suspected(sentence):
    assert _sacral(sentence, "radiology") == ["uncertain"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sacral ala sclerosis; a fracture can be excluded.", SACRAL, []),
    ("Sclerosis in the left sacral ala; a fracture of the right pubic ramus cannot be excluded.",
     "pubic_ramus_fracture", ["uncertain"]),
    ("Sacral ala normal; L5 fracture cannot be excluded.", SACRAL, ["negated"]),
])
def test_lookalikes_of_a_doubted_site_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept, "radiology") == expected


# --- a bracket right after the exam gives its field ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, covers", [
    ("CT trauma (head to pelvis): no pelvic or sacral fracture.", [True]),
    ("CT (head to pelvis): no fracture.", [True]),
    ("MRI (lumbar spine) showed an L2 fracture.", [False]),
    ("CT (pacemaker) done.", [False]),
    ("XR lumbar spine (done by GP last week) normal.", [False]),
])
def test_a_bracket_after_the_exam_gives_its_field(sentence, covers):
    exams = one_note(sentence, "en").exams
    assert exams[exams["modality"].isin(["ct", "mri", "radiograph"])]["covers_sacrum"].tolist()[:1] == covers


# --- oedema or a stress reaction at the sacrum, then "no fracture line" after a comma: suspected (as without the ------
# --- comma, tests/test_stress_oedema.py); the sacrum alone with "no fracture line" is denied ------------------------
@pytest.mark.parametrize("sentence", [
    "Sacral stress reaction in both alae, no fracture line.",
    "Sacral stress reaction without a fracture line.",
    "Marrow oedema in the sacrum, no fracture line.",
    "Bilateral sacral ala marrow oedema without a discrete fracture line.",
])
def test_oedema_or_a_stress_reaction_without_a_fracture_line_is_suspected(sentence):
    assert _sacral(sentence, "radiology") == ["uncertain"]


def test_a_clinicians_stress_reaction_without_a_fracture_line_is_suspected():
    assert _sacral("MRI pelvis reviewed: stress reaction in the sacrum, no fracture line.") == ["uncertain"]


@pytest.mark.parametrize("sentence", [
    "Sacrum: no fracture line.",
    "The sacrum is normal, no fracture line.",
    "Normal marrow signal in the femoral necks and the sacrum.",
    "Normal uptake in the hips, SI joints and sacrum.",
])
def test_a_sacrum_read_as_normal_denies_the_fracture(sentence):
    assert _sacral(sentence, "radiology") == ["negated"]


def test_oedema_elsewhere_names_no_sacral_fracture():
    assert _sacral("Normal marrow signal in the femoral necks; oedema in the sacrum.", "radiology") == []


# --- a denied fracture, then "although/but a fracture cannot be excluded" with no site of its own: suspected ----------
@pytest.mark.parametrize("sentence", [
    "No definite sacral fracture is identified, although an undisplaced fracture cannot be excluded on plain film.",
    "No sacral fracture seen, but a subtle fracture cannot be excluded.",
    "No sacral or ramus fracture is seen, although an occult fracture cannot be excluded.",
])
def test_a_denied_fracture_then_doubted_without_a_site_is_suspected(sentence):
    assert _sacral(sentence, "radiology") == ["uncertain"]


@pytest.mark.parametrize("sentence", [
    "No sacral fracture, although a fracture of the right pubic ramus cannot be excluded.",
    "No sacral fracture. A subtle fracture cannot be excluded elsewhere.",
])
def test_another_sites_doubt_leaves_the_sacrum_denied(sentence):
    assert _sacral(sentence, "radiology") == ["negated"]


def test_outside33_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

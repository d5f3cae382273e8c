"""Round forty-six, English: palliative care, frailty and ceilings of care. The wording families that a red team's
notes (tests/data/outside46/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: a clinician's ceiling-of-care judgement against a study ("not for further
imaging, including CT", "not for MRI", "would be futile", "overly burdensome", "would not pursue", "not to put him
through an MRI", "not in mum's best interests", "not for transfer for a CT") leaves no study and no order; a sacral
fracture diagnosed clinically and hedged ("presumptive diagnosis:", "assumed", "treating this as", "is likely to be",
"in all likelihood", "the most likely cause of her pain is") is suspected, not documented; radiotherapy fractions
written "#" ("20 Gy/5# to T10-L1") are no vertebral fracture; radiotherapy to the hemipelvis is pelvic radiation;
pain the note gives to a pressure ulcer is no low-back pain; "oxycodone MR increased" is a tablet, not an MRI; and, at
note level, a lesion of the pubic ramus or of the vertebrae with its fracture or collapse denied, a ramus listed before
another bone's fracture word, a pain placed after a comma, and a collapse cemented in a year."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import (assertions, assertions_by_concept, case_mismatches, exam_rows, flag_and_workup, only_case,
                       scored_set)

SET = Path(__file__).resolve().parent / "data" / "outside46" / "en"


# --- a ceiling-of-care judgement against a study --------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("He is not for any further scans, such as an MRI of the pelvis.", [("mri", "not_performed", True)]),
    ("Not for further investigation including CT pelvis.", [("ct", "not_performed", True)]),
    ("She is not for CT of the pelvis or MRI.", [("ct", "not_performed", True), ("mri", "not_performed", True)]),
    ("Not for MRI pelvis; for comfort care.", [("mri", "not_performed", True)]),
    ("An MRI of the sacrum would be futile at this stage.", [("mri", "not_performed", True)]),
    ("A CT of the pelvis was felt to be too burdensome for him.", [("ct", "not_performed", True)]),
    ("MRI sacrum inappropriate given her prognosis of days.", [("mri", "not_performed", True)]),
    ("We do not want to pursue a CT of the pelvis.", [("ct", "not_performed", True)]),
    ("Agreed not to put her through an MRI of the pelvis.", [("mri", "not_performed", True)]),
    ("The family and I would not subject him to a CT pelvis.", [("ct", "not_performed", True)]),
    ("Talked through an MRI pelvis with his son; agreed not in dad's best interests.",
     [("mri", "not_performed", True)]),
    ("Not for transfer to the district hospital for an MRI of the pelvis.", [("mri", "not_performed", True)]),
    ("Not for CT or MRI of the pelvis, not for surgical referral; staying at the hospice.",
     [("ct", "not_performed", True), ("mri", "not_performed", True)]),
])
def test_a_ceiling_of_care_judgement_leaves_no_study(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("CT pelvis on 2 May showed a sacral fracture; she is not for further imaging.", [("ct", "performed", True)]),
    ("MRI pelvis booked for Friday; not for escalation to ICU.", [("mri", "requested", True)]),
    ("Not for CPR. MRI pelvis done yesterday: no fracture.", [("mri", "performed", True)]),
    ("She declined the MRI of the pelvis.", [("mri", "not_performed", True)]),
    ("CT pelvis deferred until she is less frail.", [("ct", "requested", True)]),
])
def test_lookalikes_of_ceiling_of_care_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_relative_declining_for_the_patient_keeps_the_order():
    case = only_case([("n1", "2025-03-03", "clinical", "", "90F, low back pain since a fall. Her son does not want her "
                       "to have an MRI of the pelvis.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


def test_a_ceiling_of_care_judgement_is_no_sacral_workup():
    case = only_case([("n1", "2025-03-03", "clinical", "", "90F with osteoporosis, low back pain since a fall. "
                       "Not for further imaging, including an MRI of the pelvis; comfort care.", "en")])
    assert flag_and_workup(case) == ("true", "none")


def test_a_judgement_after_a_request_leaves_the_order():
    case = only_case([("n1", "2025-03-03", "clinical", "", "90F, low back pain. MRI pelvis requested.", "en"),
                      ("n2", "2025-03-05", "clinical", "", "Now end of life. An MRI of the pelvis would be futile.",
                       "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- a clinical sacral fracture hedged ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Presumptive diagnosis: insufficiency fracture of the sacrum.",
    "Presumed diagnosis: sacral fracture.",
    "Assumed sacral fracture after the fall.",
    "This is assumed to be a sacral insufficiency fracture.",
    "We are treating it as a sacral fracture.",
    "The team will manage this as a sacral insufficiency fracture.",
    "In all likelihood she has fractured her sacrum.",
    "It is likely to be an insufficiency fracture of the sacrum.",
    "The most likely cause of his buttock pain is a sacral insufficiency fracture.",
    "The probable explanation is an insufficiency fracture of the sacrum.",
])
def test_a_hedged_clinical_sacral_fracture_is_suspected(sentence):
    assert assertions(sentence, "en", "sacral_fracture") == ["uncertain"]


@pytest.mark.parametrize("sentence, expected", [
    ("MRI confirmed a sacral insufficiency fracture.", ["present"]),
    ("Known sacral insufficiency fracture on the CT of 3 May.", ["present"]),
    ("The sacral fracture is likely to be the cause of her pain.", ["present"]),
    ("A sacral fracture is likely to be present.", ["uncertain"]),
    ("No sacral fracture.", ["negated"]),
])
def test_lookalikes_of_hedged_sacral_fractures_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", "sacral_fracture") == expected


def test_low_back_pain_is_likely_to_be_mechanical_stays_present():
    assert assertions("Low back pain is likely to be mechanical.", "en", "low_back_pain") == ["present"]


def test_a_hedged_clinical_sacral_fracture_flags():
    case = only_case([("n1", "2025-03-03", "clinical", "", "93F, bed-bound. In all likelihood she has an "
                       "insufficiency fracture of the sacrum; for symptom control.", "en")])
    assert flag_and_workup(case) == ("true", "none")


# --- radiotherapy fractions -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Palliative radiotherapy 30 Gy/10# to T11-L2 in 2024.",
    "RT 8Gy/1# to L4 for pain.",
    "Received 20Gy in 5 # to L2-L4.",
    "8 Gy single # to L3 last month.",
])
def test_radiotherapy_fractions_are_no_vertebral_fracture(sentence):
    assert "vertebral_compression_fracture" not in assertions_by_concept(sentence, "en")


@pytest.mark.parametrize("sentence, concept, expected", [
    ("L2 # after a fall.", "vertebral_compression_fracture", ["present"]),
    ("Radiotherapy 20 Gy/5# to an L2 # with collapse.", "vertebral_compression_fracture", ["present"]),
    ("EBRT 45 Gy/25# to the pelvis in 2019.", "pelvic_radiation", ["present"]),
])
def test_lookalikes_of_radiotherapy_fractions_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- the hemipelvis -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Radiotherapy to the left hemipelvis in 2022.",
    "Previous right hemipelvis radiotherapy for a plasmacytoma.",
    "RT 8Gy 1# to the right hemipelvis.",
    "Radiotherapy to the right hemi-pelvis for a painful deposit.",
])
def test_radiotherapy_to_the_hemipelvis_is_pelvic_radiation(sentence):
    assert assertions(sentence, "en", "pelvic_radiation") == ["present"]


def test_radiotherapy_to_the_chest_wall_is_no_pelvic_radiation():
    assert "pelvic_radiation" not in assertions_by_concept("Radiotherapy to the left chest wall in 2022.", "en")


# --- pain from a pressure ulcer -------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Buttock pain from the pressure sore when she is turned.",
    "Left buttock pain due to the grade 3 ulcer.",
    "Sacral pain from her pressure ulcer at dressing changes.",
    "Pain in the buttocks from the category 2 pressure ulcers.",
])
def test_pain_from_a_pressure_ulcer_is_no_low_back_pain(sentence):
    assert "low_back_pain" not in assertions_by_concept(sentence, "en")


@pytest.mark.parametrize("sentence", [
    "Buttock pain since the fall; pressure areas intact.",
    "Low back pain, worse on turning; sacral skin intact.",
    "Sacral pain on sitting, no pressure damage.",
])
def test_lookalikes_of_pressure_ulcer_pain_keep_the_pain(sentence):
    assert assertions(sentence, "en", "low_back_pain") == ["present"]


# --- modified-release tablets ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Morphine MR increased to 20 mg bd.",
    "Tapentadol MR switched to a patch.",
    "Her MR dose was reduced after the fall.",
])
def test_a_modified_release_tablet_is_no_mri(sentence):
    assert exam_rows(sentence, "en") == []


def test_an_mri_increased_in_urgency_is_still_an_mri():
    assert exam_rows("MRI pelvis requested as urgent.", "en") == [("mri", "requested", True)]


# --- smaller families, note level -----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Right inferior pubic ramus metastasis, no fracture.", "pubic_ramus_fracture", ["negated"]),
    ("Sclerotic deposit in the right inferior pubic ramus; no pathological fracture.", "pubic_ramus_fracture",
     ["negated"]),
    ("Vertebral body metastases without collapse.", "vertebral_compression_fracture", ["negated"]),
    ("No pubic ramus or acetabular fracture.", "pubic_ramus_fracture", ["negated"]),
    ("Pubic ramus and femoral neck fractures on the left.", "pubic_ramus_fracture", ["present"]),
    ("Pain when she walks, across the lower back.", "low_back_pain", ["present"]),
    ("T12 collapse, cemented in 2022.", "vertebral_compression_fracture", ["historical"]),
])
def test_lesions_lists_places_and_dated_cement(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Spinal metastases, no cord compression.", "vertebral_compression_fracture", []),
    ("Pubic ramus metastasis with a pathological fracture.", "pubic_ramus_fracture", ["present"]),
    ("Pain in the chest, across the ribs.", "low_back_pain", []),
    ("New T12 collapse; L1 cemented in 2022.", "vertebral_compression_fracture", ["present"]),
])
def test_lookalikes_of_the_smaller_families_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

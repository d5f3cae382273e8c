"""Round forty-one, English: spine and pain clinics. The wording families that a red team's notes
(tests/data/outside41/en) showed the pipeline misreading, each by several differently worded sentences not taken
from the set, with look-alikes that must keep their reading: a low-back pain said to be no part of the presentation
or to have stopped mattering ("Low back pain is not a feature", "no longer troublesome"), denied; a study's purpose
to tell two diagnoses apart ("to distinguish SI joint dysfunction from a sacral insufficiency fracture"), which asks
about the fracture and plans the study; a CT or MRI that guides a procedure ("CT-guided right SI joint injection"),
no study of the region and never a sacral workup; and a study written with its purpose and then its result after a
colon ("MRI pelvis to exclude an occult fracture: no fracture"), done. Found by probing beyond the set: a treatment
or test not recommended for the pain ("Surgery is not recommended for axial low back pain") leaves the pain present;
a diagnosis judged unlikely after a comma or colon ("Sacral insufficiency fracture, unlikely") is denied."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside41" / "en"
LBP = "low_back_pain"
SACRAL = "sacral_fracture"
VCF = "vertebral_compression_fracture"


# --- the pain said to be no part of the picture, or to have stopped mattering ---------------------------------------
@pytest.mark.parametrize("sentence", [
    "Lumbago is not a feature of his presentation.",
    "Buttock pain was not a complaint at any point.",
    "Lower back pain is not a prominent symptom; the leg pain dominates.",
    "LBP not a significant feature.",
    "Low back pain was never a problem for her.",
    "Her lower back pain is no longer a problem.",
    "His lumbar pain is no longer bothersome since the RF denervation.",
    "Buttock pain no longer troubling her.",
])
def test_a_pain_said_to_be_no_part_of_the_picture_is_denied(sentence):
    assert assertions(sentence, "en", LBP) == ["negated"]


@pytest.mark.parametrize("sentence", [
    "Low back pain is not the main issue; the leg pain is.",
    "Low back pain is not the predominant symptom.",
    "Low back pain is not a new complaint.",
    "Lower back pain is not a problem when sitting but limits her walking.",
    "LBP is no longer constant.",
    "Low back pain no longer limiting his walking but still 5/10.",
    "Low back pain, a feature since 2019.",
])
def test_lookalikes_of_a_pain_no_part_of_the_picture_keep_the_pain(sentence):
    assert assertions(sentence, "en", LBP) == ["present"]


# --- a purpose that tells two diagnoses apart ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("MRI of the sacrum requested to differentiate sacroiliitis from a sacral stress fracture.", SACRAL),
    ("Bone scan to distinguish facet arthropathy from an occult L2 compression fracture.", VCF),
    ("CT pelvis may help to differentiate SIJ degeneration from a sacral insufficiency fracture.", SACRAL),
    ("Imaging to distinguish between SI joint pain and a sacral alar fracture.", SACRAL),
    ("Plan: STIR MRI to discriminate an acute L1 compression fracture from Modic endplate change.", VCF),
])
def test_a_purpose_that_tells_two_diagnoses_apart_asks_about_the_fracture(sentence, concept):
    assert assertions(sentence, "en", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("MRI distinguished a sacral insufficiency fracture from SI joint disease.", SACRAL, ["present"]),
    ("It was difficult to distinguish the sacral fracture from overlying bowel gas.", SACRAL, ["present"]),
    ("Hard to differentiate the L1 compression fracture from the old T12 one.", VCF, ["present"]),
    ("Low back pain from a sacral insufficiency fracture.", SACRAL, ["present"]),
])
def test_lookalikes_of_a_telling_apart_purpose_keep_the_fracture(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bone scan to differentiate facet arthropathy from a sacral stress fracture.", [("scintigraphy", "requested", True)]),
    ("MRI pelvis to distinguish sacroiliitis from an insufficiency fracture.", [("mri", "requested", True)]),
    ("MRI pelvis distinguished sacroiliitis from an insufficiency fracture.", [("mri", "performed", True)]),
])
def test_a_study_with_a_telling_apart_purpose_is_planned(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_telling_apart_purpose_never_done_leaves_an_order_and_flags():
    case = only_case([
        ("n1", "2024-05-02", "outpatient", "", "71F with right buttock pain for 6 weeks. Plan: MRI pelvis to "
         "differentiate SI joint dysfunction from a sacral insufficiency fracture.", "en"),
        ("n2", "2024-05-30", "outpatient", "", "She did not attend the MRI. Walking better.", "en"),
    ])
    assert flag_and_workup(case) == ("true", "ordered")


# --- a CT or MRI that guides a procedure ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("CT-guided left sacroiliac joint injection on 4 March: 50% relief.", [("ct", "performed", False)]),
    ("She had a CT guided right SIJ injection last month.", [("ct", "performed", False)]),
    ("CT-guided biopsy of the sacral lesion was done on 3 May.", [("ct", "performed", False)]),
    ("Listed for a CT-guided SI joint injection.", [("ct", "requested", False)]),
    ("MRI-guided biopsy of the pelvis performed.", [("mri", "performed", False)]),
])
def test_a_study_that_guides_a_procedure_covers_no_sacrum(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("CT of the SI joints on 4 March showed erosions.", [("ct", "performed", True)]),
    ("CT pelvis, guided by the clinical question, was normal.", [("ct", "performed", True)]),
    ("CT sacrum showed a right alar fracture.", [("ct", "performed", True)]),
])
def test_lookalikes_of_a_guiding_study_keep_their_field(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("exam, expected", [
    ("CT GUIDED LEFT SI JOINT INJECTION", [("ct", "performed", False)]),
    ("CT-GUIDED SACROILIAC JOINT INJECTION", [("ct", "performed", False)]),
    ("CT SACROILIAC JOINTS", [("ct", "performed", True)]),
])
def test_a_guided_procedure_report_is_no_study_of_the_region(exam, expected):
    assert exam_rows("FINDINGS: Needle tip in the joint. The sacrum is intact.", "en", "radiology", exam) == expected


def test_a_guided_injection_is_no_sacral_workup():
    case = only_case([("n1", "2024-06-03", "outpatient", "", "74F with left buttock pain for 5 months. CT-guided left "
                       "SI joint injection on 20 May 2024 gave good relief for two weeks.", "en")])
    assert flag_and_workup(case) == ("true", "none")


# --- a study with its purpose, then its result after a colon ---------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis to look for a stress fracture: bilateral active sacroiliitis.", [("mri", "performed", True)]),
    ("CT pelvis to exclude a fracture: none seen; degenerative SI joints.", [("ct", "performed", True)]),
    ("MRI sacrum for suspected insufficiency fracture: no fracture, mild SIJ degeneration.",
     [("mri", "performed", True)]),
    ("MRI of the pelvis to evaluate the SI joints: moderate degenerative change only.", [("mri", "performed", True)]),
    ("Urgent MRI to rule out cauda equina: large L4/5 disc without compression.", [("mri", "performed", False)]),
])
def test_a_study_with_its_purpose_then_its_result_was_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence", [
    "MRI pelvis to exclude a sacral fracture: requested.",
    "MRI pelvis to exclude a sacral fracture: booked for next week.",
    "MRI pelvis to exclude a sacral fracture: no appointment yet.",
    "CT pelvis to look for a sacral fracture: please arrange within 2 weeks.",
    "MRI pelvis requested: ?sacral insufficiency fracture.",
    "MRI pelvis to exclude a sacral fracture, urgent.",
])
def test_lookalikes_of_a_purpose_then_result_stay_requests(sentence):
    assert [row[1] for row in exam_rows(sentence, "en")] == ["requested"]


def test_a_study_with_its_purpose_then_its_result_is_a_workup():
    case = only_case([
        ("n1", "2024-09-02", "outpatient", "", "77F with left buttock pain after a fall. Plan: MRI pelvis.", "en"),
        ("n2", "2024-09-20", "outpatient", "", "MRI pelvis to exclude an occult fracture: no fracture; gluteal "
         "tendinopathy.", "en"),
    ])
    assert flag_and_workup(case) == ("false", "mri")


# --- a treatment or test not recommended for the pain ---------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "I explained that surgery is not recommended for axial low back pain.",
    "Opioids are not recommended for her chronic lower back pain.",
    "Not a candidate for fusion for his lumbago.",
    "Plain films are not helpful in mechanical low back pain.",
    "Spinal cord stimulation is not suitable for predominantly axial low back pain.",
])
def test_a_treatment_not_recommended_for_the_pain_keeps_the_pain(sentence):
    assert assertions(sentence, "en", LBP) == ["present"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Low back pain is not present.", LBP, ["negated"]),
    ("She does not have low back pain.", LBP, ["negated"]),
    ("Not recommended: bed rest. No low back pain today.", LBP, ["negated"]),
    ("Vertebroplasty is not recommended for the chronic L1 fracture.", VCF, ["historical"]),
])
def test_lookalikes_of_a_treatment_not_recommended_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- a diagnosis judged unlikely after a comma or colon ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Differential: SIJ dysfunction; sacral insufficiency fracture, unlikely.", SACRAL),
    ("Sacral stress fracture: felt unlikely.", SACRAL),
    ("L2 compression fracture, thought unlikely given normal vertebral heights.", VCF),
    ("Pubic ramus fracture, very unlikely as she is fully weight bearing.", "pubic_ramus_fracture"),
])
def test_a_diagnosis_judged_unlikely_after_a_comma_is_denied(sentence, concept):
    assert assertions(sentence, "en", concept) == ["negated"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sacral insufficiency fracture, unlikely to heal within six weeks.", SACRAL, ["present"]),
    ("Sacral insufficiency fracture, unlikely to need surgery.", SACRAL, ["present"]),
    ("L1 compression fracture, likely osteoporotic.", VCF, ["present"]),
])
def test_lookalikes_of_a_diagnosis_judged_unlikely_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

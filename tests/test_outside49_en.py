"""Round forty-nine, English: the radiology department's own workflow. The wording families that a red team's notes
(tests/data/outside49/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: a request's steps through vetting (accepted, triaged or prioritised,
upgraded or downgraded, justified under IR(ME)R, put on a sedation or GA list, to be repeated) and a waiting-list
letter's delay are requests, not studies done; a discharge some words before "before the MRI was done" leaves the
study not done; the study a request was changed to at vetting is asked for, not done nor contraindicated; an exam
followed by its request's question under a request heading is asked for; a study cut short whose sagittal images
were acquired was done and leaves the sacrum unread; a finding withdrawn, retracted or reported in error on review is
denied; a preliminary report or addendum heading opens findings; and pain shown by pointing to one's lower back."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside49" / "en"


def _report(exam: str, text: str) -> list[tuple]:
    return exam_rows(text, "en", "radiology", exam)


# --- a request's steps through vetting are no study done --------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "CT pelvis triaged as P2 by the duty radiologist.",
    "Bone scan accepted at vetting, routine.",
    "MRI sacrum upgraded to urgent after a call from the registrar.",
    "CT pelvis downgraded to routine - no red flags on the form.",
    "MRI pelvis request justified by the consultant radiologist.",
    "CT pelvis justified per IR(ME)R by Dr Shah.",
    "MRI pelvis - added to the anaesthetic list for Thursday.",
    "Put on the GA list for MRI pelvis.",
    "MRI pelvis to be repeated under general anaesthetic.",
    "MRI pelvis protocolled (coronal STIR/T1) for Monday.",
])
def test_a_step_through_vetting_is_a_request(sentence):
    assert [r[1] for r in exam_rows(sentence, "en")] == ["requested"]


@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis request not justified - please discuss.", ["not_performed"]),
    ("CT pelvis not justified by the radiologist as it would not alter management.", ["not_performed"]),
    ("MRI pelvis performed under sedation on 2 May: no fracture.", ["performed"]),
    ("CT pelvis showed a right sacral fracture. Accepted by the orthopaedic team.", ["performed"]),
    ("The MRI showed an L1 fracture; to be repeated in 6 months.", ["performed"]),
    ("The report was delayed because of the backlog; MRI pelvis of 3 March showed no fracture.", ["performed"]),
])
def test_lookalikes_of_vetting_steps_keep_their_reading(sentence, expected):
    assert [r[1] for r in exam_rows(sentence, "en")] == expected


@pytest.mark.parametrize("sentence", [
    "Your CT scan has been postponed due to staff sickness.",
    "Your MRI appointment has been delayed; we will write to you with a new date.",
    "The current waiting time for an MRI is 14 weeks.",
])
def test_a_waiting_list_letter_tells_of_a_request(sentence):
    assert [r[1] for r in exam_rows(sentence, "en")] == ["requested"]


def test_a_bone_scan_report_with_delayed_images_was_done():
    assert _report("NM BONE SCAN WHOLE BODY", "Delayed whole-body images were obtained 3 hours after injection. "
                   "No abnormal uptake in the sacrum.") == [("scintigraphy", "performed", True)]


# --- a discharge before the study was done --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Transferred to the community hospital on 3/5 for rehab before the CT pelvis was performed.",
    "She died on the ward, peacefully, before the MRI pelvis could be done.",
    "Went home on day 4 at her own wish before the bone scan was arranged.",
])
def test_a_discharge_before_the_study_leaves_it_not_done(sentence):
    assert [r[1] for r in exam_rows(sentence, "en")] == ["not_performed"]


def test_a_discharge_before_a_study_done_later_keeps_it_done():
    sentence = ("She was discharged home on 4/12 and seen in clinic before the MRI pelvis was done on 20/12, which "
                "showed a sacral fracture.")
    assert [r[1] for r in exam_rows(sentence, "en")] == ["performed"]


# --- the study a request was changed to is asked for -----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "MRI pelvis switched to CT pelvis by the radiologist (claustrophobia).",
    "Converted to a CT pelvis as the patient is too heavy for the MRI table.",
    "Changed to CT pelvis - MRI unsafe aneurysm clip.",
    "Request changed to a low-dose CT pelvis.",
    "MRI sacrum converted to CT pelvis because the pacemaker is not MR conditional.",
])
def test_the_study_a_request_was_changed_to_is_asked_for(sentence):
    assert ("ct", "requested", True) in exam_rows(sentence, "en")
    assert ("ct", "performed", True) not in exam_rows(sentence, "en")


@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis changed to CT pelvis, which showed no fracture.", ("ct", "performed", True)),
    ("CT pelvis showed no fracture; the plan was changed to conservative care.", ("ct", "performed", True)),
])
def test_lookalikes_of_swapped_studies_keep_their_reading(sentence, expected):
    assert expected in exam_rows(sentence, "en")


def test_a_study_swapped_at_vetting_and_never_done_is_an_order():
    case = only_case([
        ("n1", "2024-05-02", "radiology", "XR PELVIS", "XR PELVIS\nFINDINGS: Undisplaced fracture of the left "
         "superior pubic ramus.", "en"),
        ("n2", "2024-05-04", "clinical", "", "Vetting: MRI pelvis changed to CT pelvis by the radiologist as the "
         "patient's pacemaker is not MR conditional.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- an exam followed by its request's question under a request heading ----------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Request: CT pelvis, ?occult sacral fracture, osteoporotic, on prednisolone.",
    "Referral: MRI sacrum ?SIF, known L2 wedge fracture.",
    "Request: MRI pelvis to look for ?sacral insufficiency fracture, on steroids.",
])
def test_an_exam_with_its_question_under_a_request_heading_is_asked_for(sentence):
    assert [r[1] for r in exam_rows(sentence, "en")] == ["requested"]


@pytest.mark.parametrize("sentence", [
    "Imaging: CT pelvis, ?sacral fracture: no fracture.",
    "Request: MRI pelvis 3/3 ?sacral fracture",
])
def test_lookalikes_of_a_request_heading_keep_the_study_done(sentence):
    assert [r[1] for r in exam_rows(sentence, "en")] == ["performed"]


# --- a study cut short whose images were acquired -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "TECHNIQUE: Only sagittal T1 and STIR acquired; the patient could not tolerate further sequences.\n"
    "FINDINGS: No hip effusion.",
    "TECHNIQUE: Sagittal STIR only, the patient was unable to tolerate the remaining sequences.\n"
    "FINDINGS: Degenerative change at L5-S1.",
])
def test_a_study_cut_short_after_sagittal_images_was_done_and_leaves_the_sacrum_unread(text):
    assert _report("MRI PELVIS", text) == [("mri", "performed", False)]


@pytest.mark.parametrize("text", [
    "Scan abandoned after the localiser as the patient could not lie flat. No diagnostic images.",
    "The patient could not tolerate the scan.",
])
def test_a_study_abandoned_before_its_images_was_not_done(text):
    assert _report("MRI PELVIS", text) == [("mri", "not_performed", True)]


def test_a_pelvic_mri_read_in_full_still_covers_the_sacrum():
    assert _report("MRI PELVIS", "TECHNIQUE: Coronal STIR and T1, axial T2, sagittal STIR.\nFINDINGS: The sacrum "
                   "is normal.") == [("mri", "performed", True)]


# --- a finding withdrawn on review is denied -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("ADDENDUM: the L3 compression fracture described on the preliminary read is retracted.",
     "vertebral_compression_fracture"),
    ("The right sacral ala fracture reported by the outsourcing company is withdrawn on second review.",
     "sacral_fracture"),
    ("The left inferior pubic ramus fracture was reported in error.", "pubic_ramus_fracture"),
    ("The sacral fracture called overnight has since been rescinded.", "sacral_fracture"),
    ("Amended report: the pubic ramus fracture is withdrawn - it is a nutrient canal.", "pubic_ramus_fracture"),
])
def test_a_finding_withdrawn_on_review_is_denied(sentence, concept):
    assert assertions(sentence, "en", concept) == ["negated"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("The referral for ?sacral fracture was withdrawn.", "sacral_fracture", ["hypothetical"]),
    ("Alendronate for osteoporosis was withdrawn.", "osteoporosis", ["present"]),
    ("Right sacral ala fracture. The MRI request has been withdrawn.", "sacral_fracture", ["present"]),
    ("The radiologist was in error; there is a right sacral ala fracture.", "sacral_fracture", ["present"]),
])
def test_lookalikes_of_withdrawn_findings_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


def test_a_withdrawn_ramus_fracture_does_not_flag():
    case = only_case([("n1", "2024-10-12", "radiology", "XR PELVIS", "XR PELVIS\nPRELIMINARY REPORT: ? undisplaced "
                       "fracture of the left superior pubic ramus.\nADDENDUM: On consultant review the left superior "
                       "pubic ramus fracture is withdrawn - it is a vascular groove. Pubic rami intact.", "en"),
                      ("n2", "2024-10-12", "emergency", "", "72M, fall onto his bottom. Low back pain.", "en")])
    assert flag_and_workup(case) == ("false", "radiograph_only")
    assert case["reasons"] == "low_back_pain"


# --- a preliminary report or addendum heading opens findings ---------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("CLINICAL DETAILS: fall, back pain.\nPRELIMINARY REPORT: possible L1 wedge fracture.",
     "vertebral_compression_fracture", ["uncertain"]),
    ("CLINICAL DETAILS: fall.\nADDENDUM: a left sacral ala fracture is evident in retrospect.",
     "sacral_fracture", ["present"]),
    ("CLINICAL DETAILS: fall.\nSECOND OPINION: undisplaced right superior pubic ramus fracture.",
     "pubic_ramus_fracture", ["present"]),
    ("CLINICAL DETAILS: fall, ?sacral fracture.", "sacral_fracture", ["hypothetical"]),
])
def test_a_preliminary_or_addendum_heading_opens_findings(text, concept, expected):
    assert assertions(text, "en", concept, note_type="radiology") == expected


# --- pain shown by pointing to one's lower back ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Grimaces on standing and points to her lower back.",
    "Unable to say where it hurts but indicates his lower back.",
    "Pointing at her lumbar region when turned.",
])
def test_pointing_to_ones_lower_back_is_low_back_pain(sentence):
    assert assertions(sentence, "en", "low_back_pain") == ["present"]


@pytest.mark.parametrize("sentence", [
    "The arrow points to the lower back muscles.",
    "She points to her right knee.",
    "Pain in the hip; she points to her groin.",
])
def test_lookalikes_of_pointing_are_no_low_back_pain(sentence):
    assert assertions(sentence, "en", "low_back_pain") == []


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round sixty-two, English: uncertain or conflicting accounts of the workup. The wording families that a red team's
notes (tests/data/outside62/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: a study of which the writer does not know whether it was had or took place
("unclear if she ever had a bone scan", "not sure if she had a CT", "conflicting accounts as to whether the CT took
place", "possibly had", "may have had"), not done and no order; a study named, then its record doubted right after
its name ("CT pelvis: not documented.", "MRI pelvis - unverified", "Bone scan (? done)"), not done; a study that
someone's word or the record tells of, then doubted ("reportedly done ...; unable to verify", "per patient; not
verified", "the record lists ... as completed; she says she never went"), not done; a study recorded as done in error
("marked as done in error", "had not in fact been done", "The patient was not scanned."), not done; and an entry
corrected in a later note (exams.json ``corrections``: "Previous entry in error: the MRI pelvis was not performed",
"the study was an MRI of the lumbar spine ... as previously documented", "yesterday's entry incorrectly stated CT
pelvis; it was a CT of the upper abdomen"), whose study takes the correction's fate or field. Doubts of a finding
("CT equivocal for a sacral fracture") and uncertain plans ("may need an MRI later") keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside62" / "en"


# --- a study the writer does not know was had or took place ----------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Unclear if she ever had an MRI of the pelvis.", [("mri", "not_performed", True)]),
    ("Uncertain whether he underwent a CT pelvis at the district hospital.", [("ct", "not_performed", True)]),
    ("Not known if the patient had a bone scan.", [("scintigraphy", "not_performed", True)]),
    ("We are not sure if she had a CT of the pelvis in Portugal.", [("ct", "not_performed", True)]),
    ("Conflicting reports as to whether the MRI pelvis actually took place.", [("mri", "not_performed", True)]),
    ("It is not clear from the referral whether the CT pelvis was ever performed.", [("ct", "not_performed", True)]),
    ("She may have had an MRI of the pelvis last spring.", [("mri", "not_performed", True)]),
    ("Possibly had a bone scan at the cancer centre.", [("scintigraphy", "not_performed", True)]),
    ("He might have had a CT pelvis after the fall.", [("ct", "not_performed", True)]),
])
def test_a_study_the_writer_does_not_know_was_done_is_not_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("She may need an MRI of the pelvis later if the pain does not settle.", [("mri", "requested", True)]),
    ("Might need a CT pelvis if she is not improving.", [("ct", "requested", True)]),
    ("CT pelvis equivocal for a left sacral ala fracture.", [("ct", "performed", True)]),
    ("MRI pelvis indeterminate for an undisplaced sacral fracture.", [("mri", "performed", True)]),
    ("MRI pelvis on 02/03: no fracture; unclear whether she had a fall.", [("mri", "performed", True)]),
    ("She had an MRI of the pelvis on 12/03: no fracture.", [("mri", "performed", True)]),
])
def test_a_doubt_of_the_finding_or_an_uncertain_plan_keeps_its_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a study named, then its record doubted right after its name ------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis: not recorded.", [("mri", "not_performed", True)]),
    ("Bone scan - unverified.", [("scintigraphy", "not_performed", True)]),
    ("CT pelvis at the other hospital - unconfirmed.", [("ct", "not_performed", True)]),
    ("MRI sacrum status unknown.", [("mri", "not_performed", True)]),
    ("CT pelvis (? done).", [("ct", "not_performed", True)]),
    ("MRI pelvis ?done privately.", [("mri", "not_performed", True)]),
])
def test_a_study_whose_record_is_doubted_is_not_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("CT pelvis: sacral fracture not confirmed.", [("ct", "performed", True)]),
    ("MRI pelvis: no fracture, report verified by the consultant.", [("mri", "performed", True)]),
    ("Possible left sacral ala fracture on CT pelvis, not confirmed.", [("ct", "performed", True)]),
    ("Possible right sacral fracture (MRI pelvis 3/3), unconfirmed.", [("mri", "performed", True)]),
])
def test_a_doubt_after_the_study_about_something_else_keeps_it_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a study someone's word or the record tells of, then doubted ------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis apparently done at the Nuffield in May; unable to verify.", [("mri", "not_performed", True)]),
    ("Had a CT of the pelvis in Spain, per her son; not confirmed.", [("ct", "not_performed", True)]),
    ("The discharge letter lists a bone scan as completed; she says she never went.",
     [("scintigraphy", "not_performed", True)]),
    ("She thinks she had an X-ray of the pelvis at the GP surgery; nothing on the shared record.",
     [("radiograph", "not_performed", False)]),
])
def test_a_study_told_by_someone_and_not_verified_is_not_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Her son is fairly sure she had an MRI of the pelvis, but we have no report yet.", [("mri", "performed", True)]),
    ("Ward staff say the MRI pelvis was done yesterday, but PACS shows nothing yet.", [("mri", "performed", True)]),
    ("The CT pelvis of 12/03/2025 is on PACS and shows no fracture.", [("ct", "performed", True)]),
])
def test_a_study_told_by_someone_and_not_doubted_stays_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a study recorded as done in error ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis marked as completed in error.", [("mri", "not_performed", True)]),
    ("The CT pelvis was wrongly documented as performed.", [("ct", "not_performed", True)]),
    ("The bone scan had not in fact been done.", [("scintigraphy", "not_performed", True)]),
    ("The MRI pelvis has not actually taken place.", [("mri", "not_performed", True)]),
])
def test_a_study_recorded_as_done_in_error_is_not_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_report_whose_patient_was_not_scanned_leaves_its_study_asked_for():
    case = only_case([("n1", "2025-03-01", "radiology", "XR pelvis", "XR PELVIS\nFracture of the left superior pubic "
                       "ramus."),
                      ("n2", "2025-03-04", "radiology", "MRI pelvis", "MRI PELVIS\nThe status of this examination was "
                       "set to completed in error. The patient was not scanned.")], "en")
    assert flag_and_workup(case) == ("true", "ordered")


# --- an entry corrected in a later note ---------------------------------------------------------------------------------
_RAMUS = ("n0", "2025-03-01", "radiology", "XR pelvis", "XR PELVIS\nUndisplaced fracture of the right superior pubic "
          "ramus.")


@pytest.mark.parametrize("done, corrected", [
    ("MRI pelvis done this morning.",
     "Earlier entry in error: the MRI pelvis was not performed, it was cancelled because of her pacemaker."),
    ("CT pelvis completed today, report to follow.",
     "Correction: the CT pelvis was not done today; cancelled as the scanner broke down."),
])
def test_an_entry_set_right_as_not_done_takes_that_fate(done, corrected):
    case = only_case([_RAMUS, ("n1", "2025-03-03", "clinical", "", "Ramus fracture. " + done),
                      ("n2", "2025-03-04", "clinical", "", corrected)], "en")
    assert flag_and_workup(case) == ("true", "ordered")


@pytest.mark.parametrize("done, corrected", [
    ("MRI pelvis 02/03: no fracture.",
     "Amended: the study of 02/03 was an MRI of the lumbar spine and not of the pelvis as previously documented."),
    ("CT pelvis today: no acute bony injury.",
     "The entry of yesterday incorrectly stated CT pelvis; it was a CT of the lumbar spine only."),
    ("MRI pelvis 02/03 showed no sacral fracture.",
     "Correction to my entry of yesterday: the MRI of 02/03 was of the right hip, not the pelvis."),
])
def test_an_entry_corrected_to_another_body_part_is_no_pelvic_study(done, corrected):
    case = only_case([_RAMUS, ("n1", "2025-03-02", "clinical", "", "Ramus fracture. " + done),
                      ("n2", "2025-03-03", "clinical", "", corrected)], "en")
    assert flag_and_workup(case)[0] == "true"


def test_a_correction_to_a_pelvic_study_keeps_it():
    case = only_case([_RAMUS, ("n1", "2025-03-02", "clinical", "", "Ramus fracture. CT chest on 1 March done for the "
                       "ribs."),
                      ("n2", "2025-03-03", "clinical", "", "Correction: the CT on 1 March was a CT pelvis, not a CT "
                       "chest as entered yesterday. No sacral fracture.")], "en")
    assert flag_and_workup(case) == ("false", "ct")


def test_a_study_done_is_not_undone_by_a_correction_of_something_else():
    case = only_case([_RAMUS, ("n1", "2025-03-02", "clinical", "", "Ramus fracture. MRI pelvis 02/03: no sacral "
                       "fracture."),
                      ("n2", "2025-03-03", "clinical", "", "Correction: her weight was entered in error. MRI pelvis "
                       "as above.")], "en")
    assert flag_and_workup(case) == ("false", "mri")


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round sixty-four, English: the day of the study, told in the ward's and the department's short status words. The
wording families that a red team's notes (tests/data/outside64/en) showed the pipeline misreading, each by several
differently worded sentences, with look-alikes that must keep their reading: the patient on the way to a study or in it
("Gone for MRI pelvis", "off to CT pelvis now", "Left the ward for CT pelvis at 10:15", "Porter called for MRI pelvis",
"currently in CT pelvis", "MRI pelvis: in progress"), not yet done (exams.json ``requested.planned``); a preparation
done for a study ("Pre-MRI checklist completed", "Prep for MRI pelvis done"), no study done; a study tonight, a time
later in the day (``requested.later_today``; a study's fate before it in its clause keeps it: "MRI unavailable
tonight", exams.py ``ExamWording.find_cues``); a cross against a study on a board ("CT pelvis ✗"), not done; a study
started but stopped after the localisers, not done; a study on the day's list ("on today's list"), asked for; a result
to chase of a study just asked for in its sentence ("off to CT pelvis now - please chase the result"), the request's
future result (exams.py ``_Exam.hear``); and a spinal film described, then a fracture denied after a comma ("XR lumbar
spine normal, no fracture"), a denied compression. Studies done whose report is awaited, provisional or read wet, back
from, went down for, done tonight, or ticked on the board keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside64" / "en"


# --- the patient on the way to a study or in it: not yet done ----------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("14:05 gone down for MRI pelvis with the HCA.", [("mri", "requested", True)]),
    ("Pt has gone to CT for a CT pelvis.", [("ct", "requested", True)]),
    ("She is off to MRI pelvis now.", [("mri", "requested", True)]),
    ("Heading down to CT pelvis with the nurse.", [("ct", "requested", True)]),
    ("On his way to the scanner for MRI sacrum.", [("mri", "requested", True)]),
    ("Left the unit at 09:40 for CT pelvis.", [("ct", "requested", True)]),
    ("Currently having MRI pelvis.", [("mri", "requested", True)]),
    ("Pt in CT pelvis at the moment.", [("ct", "requested", True)]),
    ("In MRI at present.", [("mri", "requested", False)]),
    ("Bone scan in progress.", [("scintigraphy", "requested", True)]),
    ("CT pelvis - in progress.", [("ct", "requested", True)]),
    ("Porter bleeped for CT pelvis.", [("ct", "requested", True)]),
    ("Porters on their way to collect her for MRI pelvis.", [("mri", "requested", True)]),
    ("Asked for a porter to take her for CT pelvis.", [("ct", "requested", True)]),
])
def test_a_patient_on_the_way_to_a_study_or_in_it_has_not_had_it_yet(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Back on the ward from MRI pelvis at 16:20, report pending.", [("mri", "performed", True)]),
    ("Returned from CT pelvis, prelim read: no fracture.", [("ct", "performed", True)]),
    ("Went down for MRI pelvis this evening; report to follow.", [("mri", "performed", True)]),
    ("Back from CT pelvis, comfortable.", [("ct", "performed", True)]),
    ("She has gone home after the MRI pelvis, which showed a sacral fracture.", [("mri", "performed", True)]),
    ("She is off to the day room after her CT pelvis this morning.", [("ct", "performed", True)]),
    ("CT pelvis performed; porter called to bring her back.", [("ct", "performed", True)]),
    ("MRI pelvis performed this afternoon, in progress of reporting.", [("mri", "performed", True)]),
])
def test_a_study_come_back_from_or_done_keeps_its_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a preparation done is no study done ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Pre-scan checklist completed for MRI sacrum.", [("mri", "requested", True)]),
    ("MRI safety questionnaire signed by patient, MRI pelvis pending.", [("mri", "requested", True)]),
    ("Contrast checklist done, eGFR 61, for CT pelvis.", [("ct", "requested", True)]),
    ("Preparation for CT pelvis completed.", [("ct", "requested", True)]),
    ("Prep for MRI pelvis done.", [("mri", "requested", True)]),
    ("Pre-MRI checklist completed.", [("mri", "requested", False)]),
])
def test_a_preparation_done_asks_for_the_study(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Pre-MRI checklist completed and MRI pelvis done at 14:00.", [("mri", "performed", True)]),
    ("Nil by mouth since midnight, CT pelvis done at 09:00.", [("ct", "performed", True)]),
])
def test_a_preparation_then_the_study_done_keeps_it_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a study tonight ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("MRI sacrum later tonight.", [("mri", "requested", True)]),
    ("Radiology will fit the CT pelvis in tonight.", [("ct", "requested", True)]),
    ("MRI pelvis tonight (slot 21:30).", [("mri", "requested", True)]),
    ("R: MRI pelvis tonight.", [("mri", "requested", True)]),
])
def test_a_study_tonight_is_still_to_come(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis done late tonight, report tomorrow.", [("mri", "performed", True)]),
    ("Had CT pelvis overnight, no fracture on the wet read.", [("ct", "performed", True)]),
    ("Had MRI pelvis tonight, report awaited.", [("mri", "performed", True)]),
    ("Not for MRI pelvis tonight.", [("mri", "not_performed", True)]),
    ("CT pelvis not available tonight.", [("ct", "not_performed", True)]),
    ("MRI pelvis unavailable this evening.", [("mri", "not_performed", True)]),
])
def test_a_study_done_tonight_or_not_possible_tonight_keeps_its_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a board's cross, a study stopped after the localisers, a study on the day's list ----------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("CT pelvis ✘", [("ct", "not_performed", True)]),
    ("Investigations: bloods ✓ CT pelvis ✗ MRI pelvis ✗", [("ct", "not_performed", True),
                                                         ("mri", "not_performed", True)]),
    ("MRI pelvis started but halted after the scout images because of claustrophobia.",
     [("mri", "not_performed", True)]),
    ("CT pelvis commenced but stopped when she vomited.", [("ct", "not_performed", True)]),
    ("MRI sacrum stopped after the localiser.", [("mri", "not_performed", True)]),
])
def test_a_crossed_or_stopped_study_is_not_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis on this afternoon's list.", [("mri", "requested", True)]),
    ("CT pelvis on tomorrow's list.", [("ct", "requested", True)]),
    ("MRI pelvis on tonight's list.", [("mri", "requested", True)]),
    ("CT pelvis ✓ (no fracture)", [("ct", "performed", True)]),
    ("MRI pelvis started at 14:00, completed 14:40.", [("mri", "performed", True)]),
])
def test_a_study_on_the_days_list_is_asked_for_and_a_ticked_one_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a result to chase of a study just asked for ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("CT pelvis requested - please chase the result tomorrow.", [("ct", "requested", True)]),
    ("R: off to CT pelvis now - F1 to chase the result.", [("ct", "requested", True)]),
    ("MRI pelvis done - please chase the result.", [("mri", "performed", True)]),
    ("MRI pelvis done this morning, report awaited.", [("mri", "performed", True)]),
])
def test_a_result_to_chase_follows_the_studys_own_status(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a spinal film described, then a fracture denied after a comma -----------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "XR lumbar spine normal, no fracture.",
    "Thoracic spine kyphotic, no acute fracture.",
    "Lumbar spine well aligned, no fractures.",
])
def test_a_spine_described_then_no_fracture_denies_a_compression(sentence):
    assert assertions(sentence, "en", "vertebral_compression_fracture") == ["negated"]


def test_a_compression_after_the_comma_stays_present():
    assert assertions("Lumbar spine: L1 wedge compression fracture.", "en",
                      "vertebral_compression_fracture") == ["present"]


# --- whole patients -----------------------------------------------------------------------------------------------------
_RAMUS = ("n0", "2025-03-01", "radiology", "XR pelvis", "XR PELVIS\nUndisplaced fracture of the right superior pubic "
          "ramus.")


@pytest.mark.parametrize("ward", [
    "11:20 Gone for MRI pelvis with the porter.",
    "Pre-MRI checklist completed, cannulated.",
    "Night team: CT pelvis tonight once the scanner is free.",
    "Board: bloods ✓ PT ✓ MRI pelvis: in progress.",
])
def test_a_patient_whose_study_is_still_to_come_is_flagged_with_an_order(ward):
    case = only_case([_RAMUS, ("n1", "2025-03-02", "clinical", "", "Right superior ramus fracture. " + ward)], "en")
    assert flag_and_workup(case) == ("true", "ordered")


def test_a_board_cross_leaves_only_the_film():
    case = only_case([_RAMUS, ("n1", "2025-03-02", "clinical", "", "Ramus fracture. Bloods ✓ OT ✓ CT pelvis ✗")], "en")
    assert flag_and_workup(case) == ("true", "radiograph_only")


def test_gone_for_the_study_then_back_from_it_is_a_workup():
    case = only_case([_RAMUS, ("n1", "2025-03-02", "clinical", "", "Ramus fracture. 11:20 Gone for MRI pelvis."),
                      ("n2", "2025-03-02", "clinical", "", "12:30 Back from MRI pelvis, report awaited.")], "en")
    assert flag_and_workup(case) == ("false", "mri")


def test_a_study_tonight_then_its_report_is_a_workup():
    case = only_case([_RAMUS, ("n1", "2025-03-02", "clinical", "", "Ramus fracture. MRI pelvis tonight."),
                      ("n2", "2025-03-02", "radiology", "MRI pelvis", "MRI PELVIS\nRight superior pubic ramus "
                       "fracture. The sacrum is normal.")], "en")
    assert flag_and_workup(case) == ("false", "mri")


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round sixty-seven, English: the patient's path through care, month by month. The wording families that a blind
author's notes (tests/data/outside67/en) showed the pipeline misreading, or that probing the set's theme found, each by
several differently worded sentences, with look-alikes that must keep their reading: a note's short dates after its
done exams, read in one day-month order (dates.short_dates_order: where recency reads one of them day first, "XR
pelvis 01/04" in a UK letter of 6 April, the others follow, "CT pelvis 02/04" is 2 April, not 4 February); an exam's
appointment moved to another day ("brought forward to Monday", "moved to 3 June", "put back to August") or put off
at the patient's wish ("postponed at the patient's request"), still asked for, neither done nor declined (exams.json
status.requested.deferred); and a new appointment after a missed study by another word than "new" ("Another
appointment has been sent.", "Further appointment offered.") or in a later clause of the same sentence ("Did not
attend MRI pelvis; a new appointment has been sent"), a request again (exams.json purpose_only.rebooked,
status.requested.booked), while a refused one ("She does not want a further appointment") is none."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportminer.pipeline import scan

from .phrasing import case_mismatches, exam_rows, flag_and_workup, notes_table, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside67" / "en"


def _dates(text: str, note_date: str) -> list[tuple[str, str]]:
    """(modality, ISO date) of each exam of a single English discharge note of ``note_date``, sorted."""
    exams = scan(notes_table([("n1", note_date, "discharge", "", text, "en")])).exams
    return sorted((r.modality, r.date.date().isoformat()) for r in exams.itertuples())


# --- a note's short dates read in one order ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, note_date, expected", [
    ("Admitted 01/04/2025 after a fall.\nInvestigations: XR pelvis 01/04 showed the fracture; CT pelvis 02/04 "
     "confirmed an isolated ramus fracture.", "2025-04-06", [("ct", "2025-04-02"), ("radiograph", "2025-04-01")]),
    ("XR pelvis 03/05: right superior ramus fracture. MRI pelvis 04/05: no sacral fracture.", "2025-05-09",
     [("mri", "2025-05-04"), ("radiograph", "2025-05-03")]),
    ("Imaging: X-ray pelvis 02/06 - L inferior ramus #. CT pelvis 03/06 - no posterior ring injury.", "2025-06-10",
     [("ct", "2025-06-03"), ("radiograph", "2025-06-02")]),
    ("Radiograph of the pelvis 10/03 showed a ramus fracture and a bone scan 09/02 showed no sacral uptake.",
     "2025-03-14", [("radiograph", "2025-03-10"), ("scintigraphy", "2025-02-09")]),
    ("XR pelvis 01/04 showed the fracture; MRI pelvis 09/02 showed no sacral fracture.", "2025-04-06",
     [("mri", "2025-02-09"), ("radiograph", "2025-04-01")]),
])
def test_the_short_dates_of_a_note_follow_the_one_recency_reads_day_first(text, note_date, expected):
    assert _dates(text, note_date) == expected


@pytest.mark.parametrize("text, note_date, expected", [
    ("CT pelvis 02/04 confirmed an isolated ramus fracture.", "2025-04-06", [("ct", "2025-02-04")]),
    ("XR pelvis 03/31 showed the fracture; CT pelvis 02/04 confirmed it.", "2025-04-06",
     [("ct", "2025-02-04"), ("radiograph", "2025-03-31")]),
    ("XR pelvis 04/01 showed the fracture; MRI pelvis 02/04 showed no sacral fracture.", "2025-04-06",
     [("mri", "2025-02-04"), ("radiograph", "2025-04-01")]),
    ("XR lumbar spine 02/03 showed an L1 wedge fracture; CT pelvis 03/01 was normal.", "2025-03-20",
     [("ct", "2025-03-01"), ("radiograph", "2025-02-03")]),
])
def test_short_dates_that_recency_reads_in_the_language_order_keep_it(text, note_date, expected):
    assert _dates(text, note_date) == expected


# --- an appointment moved or put off ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis brought forward to Monday.", [("mri", "requested", True)]),
    ("Bone scan moved to 3 June.", [("scintigraphy", "requested", True)]),
    ("Bone scan moved to a later date because of her cataract operation.", [("scintigraphy", "requested", True)]),
    ("Her MRI pelvis has been put back to August.", [("mri", "requested", True)]),
    ("CT pelvis appointment changed to next Tuesday.", [("ct", "requested", True)]),
    ("MRI scan moved to next month at the patient's request.", [("mri", "requested", False)]),
    ("CT pelvis postponed at the patient's request.", [("ct", "requested", True)]),
    ("MRI pelvis re-booked for next week at her request.", [("mri", "requested", True)]),
    ("MRI pelvis date changed at the patient's request.", [("mri", "requested", True)]),
])
def test_an_appointment_moved_or_put_off_is_still_asked_for(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis cancelled at the patient's request.", [("mri", "not_performed", True)]),
    ("MRI pelvis not done at the patient's request.", [("mri", "not_performed", True)]),
    ("MRI pelvis declined at the patient's request.", [("mri", "not_performed", True)]),
    ("The MRI pelvis was brought forward and done on Monday.", [("mri", "performed", True)]),
    ("The MRI pelvis was moved to the 3T scanner and done the same day.", [("mri", "performed", True)]),
    ("After the CT pelvis she was moved to the ward.", [("ct", "performed", True)]),
    ("MRI pelvis: no fracture. Appointment with physio moved to Friday.", [("mri", "performed", True)]),
    ("The CT pelvis was changed to an MRI pelvis.", [("ct", "not_performed", True), ("mri", "requested", True)]),
])
def test_a_study_cancelled_declined_done_or_a_patient_moved_keeps_its_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a new appointment after a missed study ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Did not attend MRI pelvis appointment on 12/03; a new appointment has been sent.", [("mri", "requested", True)]),
    ("Did not attend MRI pelvis appointment on 12/03; a second appointment has been sent.",
     [("mri", "requested", True)]),
    ("Did not attend MRI pelvis appointment on 12/03. Another appointment has been sent.",
     [("mri", "requested", True)]),
    ("DNA MRI pelvis. Further appointment offered.", [("mri", "requested", True)]),
    ("She did not attend the bone scan; another date was offered.", [("scintigraphy", "requested", True)]),
    ("Did not attend the CT pelvis. A second date will be sent.", [("ct", "requested", True)]),
])
def test_a_new_appointment_after_a_missed_study_asks_for_it_again(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Radiology inform us she did not attend her MRI pelvis on 22/08 (unwell). She does not want a further "
     "appointment.", [("mri", "not_performed", True)]),
    ("Did not attend MRI pelvis. She declined another appointment.", [("mri", "not_performed", True)]),
    ("Did not attend MRI pelvis; she refused a second appointment.", [("mri", "not_performed", True)]),
    ("Did not attend MRI pelvis. No further appointment will be offered.", [("mri", "not_performed", True)]),
    ("Did not attend MRI pelvis. Another appointment with the physio next week.", [("mri", "not_performed", True)]),
    ("MRI pelvis cancelled. Further appointment not offered.", [("mri", "not_performed", True)]),
    ("MRI pelvis: no fracture. Another appointment has been sent for the fracture clinic.",
     [("mri", "performed", True)]),
])
def test_a_refused_or_other_appointment_asks_for_nothing(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- whole patients ---------------------------------------------------------------------------------------------------
def test_a_uk_discharge_letter_dates_its_ct_in_the_admission():
    case = only_case([("n1", "2025-04-06", "discharge", "", "DISCHARGE SUMMARY\nAdmitted 01/04/2025 after a fall.\n"
                       "Diagnosis: R inferior pubic ramus fracture.\nInvestigations: XR pelvis 01/04 showed the "
                       "fracture; CT pelvis 02/04 confirmed an isolated R inferior ramus fracture, with an intact "
                       "sacrum.")], "en")
    assert flag_and_workup(case) == ("false", "ct")


def test_a_missed_mri_with_another_appointment_sent_is_an_order():
    case = only_case([("n1", "2025-03-01", "radiology", "XR pelvis", "XR PELVIS\nUndisplaced fracture of the right "
                       "superior pubic ramus."),
                      ("n2", "2025-03-20", "clinical", "", "Did not attend MRI pelvis appointment on 19/03. Another "
                       "appointment has been sent.")], "en")
    assert flag_and_workup(case) == ("true", "ordered")


def test_a_moved_mri_done_on_its_new_day_is_the_workup():
    case = only_case([("n1", "2024-08-05", "outpatient", "", "75F, osteoporosis, low back pain. Referral: MRI pelvis."),
                      ("n2", "2024-08-21", "clinical", "", "MRI pelvis appointment moved to 09/09/2024 at the "
                       "patient's request."),
                      ("n3", "2024-09-09", "radiology", "MRI pelvis", "MR PELVIS\nNo sacral insufficiency "
                       "fracture.")], "en")
    assert flag_and_workup(case) == ("false", "mri")


# --- the set ----------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

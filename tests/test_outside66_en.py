"""Round sixty-six, English: blind notes from every corner of care (tests/data/outside66/en). The wording families
that a blind author's notes showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: a booking or a time after an exam whose fate its clause told first
("Patient rang to cancel her CT pelvis appointment tomorrow", "did not attend the bone scan booked for last Tuesday",
"declined the MRI pelvis scheduled for next week") names the appointment that met that fate, no new request
(exams.py ``_booking_of_the_fated``); a care-planning document's "plan" after a refusal ("declined, in line with the
ReSPECT plan", "as per his advance care plan", "the treatment escalation plan", "her end of life plan") asks for no
study (exams.json ``status.requested.planned``); and a "?" after a bone-density test ("DEXA scan ?osteoporosis") is that
test's question, `hypothetical` (context.json ``asking_words``). Declined and cancelled studies keep their order in the
workup (docs/annotation.md: a study not performed after a request, or declined, is `ordered`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside66" / "en"


# --- a booking or a time after an exam whose fate its clause told first ---------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Patient rang to cancel her CT pelvis appointment tomorrow 14/03.", [("ct", "not_performed", True)]),
    ("Pt rang radiology to cancel the CT of the pelvis booked for 12/05.", [("ct", "not_performed", True)]),
    ("Husband called to cancel her CT pelvis slot tomorrow morning.", [("ct", "not_performed", True)]),
    ("Patient phoned to cancel the MRI pelvis booked for next week.", [("mri", "not_performed", True)]),
    ("Did not attend the bone scan booked for last Tuesday.", [("scintigraphy", "not_performed", True)]),
    ("She declined the MRI pelvis scheduled for next week.", [("mri", "not_performed", True)]),
    ("Declined the bone scan planned for Friday.", [("scintigraphy", "not_performed", True)]),
])
def test_a_booking_named_after_its_fate_is_the_appointment_that_met_it(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis cancelled, rebooked for next week.", [("mri", "requested", True)]),
    ("CT pelvis cancelled and booked again for Friday.", [("ct", "requested", True)]),
    ("Declined MRI pelvis so CT pelvis booked for tomorrow.", [("mri", "not_performed", True),
                                                               ("ct", "requested", True)]),
    ("Patient rang to confirm her CT pelvis appointment tomorrow.", [("ct", "requested", True)]),
    ("Patient rang to ask about her CT pelvis appointment tomorrow.", [("ct", "requested", True)]),
    ("MRI pelvis booked for next week.", [("mri", "requested", True)]),
    ("Daughter phoned to cancel mum's MRI pelvis appointment on Friday.", [("mri", "not_performed", True)]),
    ("Her CT pelvis appointment on Friday was cancelled by the ward.", [("ct", "not_performed", True)]),
])
def test_a_new_booking_or_an_unfated_one_keeps_its_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a care-planning document's "plan" after a refusal ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Family declined the CT pelvis in line with her ReSPECT plan.", [("ct", "not_performed", True)]),
    ("He refused a bone scan, as per his advance care plan.", [("scintigraphy", "not_performed", True)]),
    ("MRI pelvis declined - consistent with the treatment escalation plan.", [("mri", "not_performed", True)]),
    ("CT pelvis not for - declined, in keeping with her end of life plan.", [("ct", "not_performed", True)]),
    ("Discussed with daughter (LPA health and welfare): a CT pelvis would need a hospital trip; she declined, wants "
     "mum kept comfortable at the home, in line with the ReSPECT plan.", [("ct", "not_performed", True)]),
])
def test_a_care_plan_after_a_refusal_asks_for_no_study(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Plan: MRI pelvis.", [("mri", "requested", True)]),
    ("MRI pelvis - plan to book next week.", [("mri", "requested", True)]),
    ("Care plan reviewed; MRI pelvis planned for Monday.", [("mri", "requested", True)]),
    ("Declined MRI pelvis; plan CT pelvis instead.", [("mri", "not_performed", True), ("ct", "requested", True)]),
])
def test_a_plan_of_a_study_still_asks_for_it(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a "?" after a bone-density test is the test's question -------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Plan: DEXA scan ?osteoporosis; bloods incl myeloma screen.",
    "DEXA scan ?osteoporosis.",
    "- DXA ?osteoporosis, bloods incl bone profile.",
    "Arrange DEXA ?osteoporotic.",
])
def test_a_query_after_a_bone_density_test_asks(sentence):
    assert assertions(sentence, "en", "osteoporosis") == ["hypothetical"]


@pytest.mark.parametrize("sentence, expected", [
    ("Imp: ?osteoporosis.", ["uncertain"]),
    ("Bloods and X-ray, ?osteoporosis.", ["uncertain"]),
    ("Possible osteoporosis on X-ray.", ["uncertain"]),
    ("DEXA: T-score -3.1, osteoporosis.", ["present"]),
])
def test_a_query_or_a_result_without_the_test_keeps_its_reading(sentence, expected):
    assert assertions(sentence, "en", "osteoporosis") == expected


# --- whole patients -----------------------------------------------------------------------------------------------------
_RAMUS = ("n0", "2025-03-01", "radiology", "XR pelvis", "XR PELVIS\nUndisplaced fracture of the left superior pubic "
          "ramus.")


def test_a_cancelled_booking_keeps_its_order_and_the_flag():
    case = only_case([_RAMUS,
                      ("n1", "2025-03-02", "clinical", "", "Ramus fracture. CT pelvis booked for 14/03 to look for a "
                       "sacral fracture."),
                      ("n2", "2025-03-13", "clinical", "", "Patient rang to cancel her CT pelvis appointment tomorrow "
                       "14/03, does not wish to attend.")], "en")
    assert flag_and_workup(case) == ("true", "ordered")


def test_a_study_declined_under_a_care_plan_keeps_its_order_and_the_flag():
    case = only_case([("n1", "2025-03-03", "clinical", "", "91-year-old woman, pain low in her back since a fall. "
                       "Imp: ?sacral insufficiency fracture. Daughter declined a CT pelvis, in line with the "
                       "ReSPECT plan.")], "en")
    assert flag_and_workup(case) == ("true", "ordered")
    assert case["priority"] == "high"


def test_a_ct_pelvis_done_after_the_ramus_fracture_is_the_workup():
    case = only_case([_RAMUS,
                      ("n1", "2025-03-02", "radiology", "CT pelvis", "CT PELVIS\nFractures of the left superior and "
                       "inferior pubic rami. The sacrum is intact, no fracture.")], "en")
    assert flag_and_workup(case) == ("false", "ct")


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

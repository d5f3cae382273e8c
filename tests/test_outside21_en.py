"""Round twenty-one, English: the wording families that notes by an outside author (tests/data/outside21/en: the
radiology department's own paperwork about an exam — RIS order and status lines, vetting, radiographers' comments,
exams started but aborted, MR safety screening, outside studies, second reads, fields of view) showed the pipeline
misreading, each by several differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import exam_rows, flag_and_workup, only_case, scored_set, statuses

SET = Path(__file__).resolve().parent / "data" / "outside21" / "en"


# --- the radiographer is a person, not a radiograph ("Radiographer comment: ...") ----------------------------------
@pytest.mark.parametrize("text", [
    "Radiographer comment: patient became claustrophobic on entering the bore.",
    "Discussed with the radiographer, who will fit her in this afternoon.",
    "Radiographers' note: patient unable to lie flat for long.",
    "Per the radiographer's comment the patient moved during the scan.",
])
def test_outside21_en_the_radiographer_is_no_radiograph(text):
    assert statuses(text, "en", "radiograph") == []


@pytest.mark.parametrize("text", [
    "Radiographs of the pelvis show a right superior pubic ramus fracture.",
    "Radiography of the lumbar spine was done yesterday.",
    "Plain radiographs of the lumbar spine: no fracture.",
])
def test_outside21_en_radiographs_stay_radiographs(text):
    assert statuses(text, "en", "radiograph") == ["performed"]


@pytest.mark.parametrize("text", [
    "MRI PELVIS\nRadiographer comment: patient became claustrophobic on entering the bore. Only the localiser "
    "(scout) images were acquired; examination abandoned at the patient's request. Not reported.",
    "MRI PELVIS\nRadiographer note: severe motion artefact, scan abandoned after the localisers. No diagnostic "
    "images.",
    "MRI SACRUM\nRadiographer: the patient asked to stop after the survey images. Examination terminated.",
])
def test_outside21_en_an_abandoned_scan_under_a_radiographers_comment_is_not_done(text):
    assert exam_rows(text, "en", "radiology", "MRI pelvis") == [("mri", "not_performed", True)]


_CLINIC = ("n1", "2025-01-13", "outpatient", "", "74-year-old woman with lumbosacral pain into both buttocks. "
           "Plan: MRI lumbar spine and pelvis.")
_ABANDONED = ("n2", "2025-01-30", "radiology", "MRI lumbar spine and pelvis",
              "MRI LUMBAR SPINE AND PELVIS\nRadiographer comment: patient became claustrophobic on entering the bore. "
              "Only the localiser (scout) images were acquired; examination abandoned at the patient's request.\n"
              "Not reported.")


def test_outside21_en_an_abandoned_scan_rebooked_is_still_an_order():
    case = only_case([_CLINIC, _ABANDONED, ("n3", "2025-02-10", "outpatient", "",
                                            "MRI not completed because of claustrophobia. Lumbosacral pain unchanged. "
                                            "MRI rebooked with sedation, awaiting date.")], "en")
    assert flag_and_workup(case) == ("true", "ordered")


def test_outside21_en_an_abandoned_scan_done_the_next_week_is_the_workup():
    case = only_case([_CLINIC, _ABANDONED, ("n3", "2025-02-06", "radiology", "MRI lumbar spine and pelvis",
                                            "MRI LUMBAR SPINE AND PELVIS\nRadiographer comment: oral sedation given, "
                                            "complete study.\nFindings: Left sacral ala insufficiency fracture.")],
                     "en")
    assert flag_and_workup(case) == ("false", "sacral_fracture_documented")


# --- a RIS status field lines below a radiology entry's title is the entry's own status ----------------------------
@pytest.mark.parametrize("text,status", [
    ("MRI PELVIS - ORDER STATUS\nOrdered 04/02/2025 by orthogeriatrics. Clinical question: ?sacral fracture.\n"
     "Vetted by consultant radiologist: accepted.\nStatus: scheduled for 14/02/2025.", "requested"),
    ("MRI PELVIS\nRequested 01/03/2025 by the GP.\nClinical details: low back pain.\nBooking status: booked for "
     "12/03/2025.", "requested"),
    ("MRI PELVIS\nOrdered 20/01/2025.\nClinical details: fall.\nStatus: cancelled, patient discharged before the "
     "scan.", "not_performed"),
    ("MRI PELVIS\nRIS status: arrived 09:10, in progress 09:25, completed 09:58.\nAwaiting reporting.", "performed"),
    ("MRI PELVIS\nClinical details: buttock pain.\nStatus: completed, final report.\nFindings: No sacral fracture.",
     "performed"),
])
def test_outside21_en_a_ris_status_field_below_the_title_is_the_entrys(text, status):
    assert statuses(text, "en", "mri", "radiology", "MRI pelvis") == [status]


def test_outside21_en_an_entry_only_scheduled_leaves_an_order():
    case = only_case([
        ("n1", "2025-02-03", "radiology", "XR pelvis", "XR PELVIS\nFindings: Left superior pubic ramus fracture."),
        ("n2", "2025-02-04", "clinical", "", "Left pubic ramus fracture. MRI pelvis requested."),
        ("n3", "2025-02-05", "radiology", "MRI pelvis",
         "MRI PELVIS - ORDER STATUS\nOrdered 04/02/2025 by the ward.\nClinical question: ?sacral fracture.\n"
         "Status: scheduled for 14/02/2025."),
    ], "en")
    assert flag_and_workup(case) == ("true", "ordered")


# --- a request rejected at vetting is not done (not "vetting" pending, not "in two weeks" planned) ------------------
@pytest.mark.parametrize("text", [
    "MRI PELVIS - VETTING\nRequest rejected by the vetting radiologist: no indication for MRI of the pelvis in two "
    "weeks of mechanical low back pain. Request closed.",
    "MRI PELVIS\nVetting: rejected. Please request plain films first.",
    "MRI PELVIS\nMRI pelvis request declined at vetting.",
    "MRI PELVIS\nVetted - not justified; returned to the referrer.",
])
def test_outside21_en_a_request_rejected_at_vetting_is_not_done(text):
    # the entry's own exam (its exam column, listed first); a title "- VETTING" may stand as the request it answers
    assert statuses(text, "en", "mri", "radiology", "MRI pelvis")[0] == "not_performed"


@pytest.mark.parametrize("text,status", [
    ("MRI pelvis vetted and protocolled.", "requested"),
    ("MRI pelvis requested, awaiting vetting.", "requested"),
    ("MRI pelvis in two weeks.", "requested"),
    ("MRI pelvis booked in two weeks' time.", "requested"),
])
def test_outside21_en_vetting_and_a_date_to_come_keep_the_request(text, status):
    assert statuses(text, "en", "mri") == [status]


def test_outside21_en_a_request_rejected_at_vetting_is_still_an_order_never_done():
    case = only_case([
        ("n1", "2025-03-10", "outpatient", "", "62-year-old woman with low back pain. Requested MRI pelvis."),
        ("n2", "2025-03-12", "radiology", "MRI pelvis",
         "MRI PELVIS - VETTING\nRequest rejected by the vetting radiologist: no indication for MRI of the pelvis in "
         "two weeks of low back pain. Request closed."),
        ("n3", "2025-03-17", "radiology", "XR lumbar spine", "XR LUMBAR SPINE\nFindings: No fracture."),
    ], "en")
    assert flag_and_workup(case) == ("true", "ordered")


# --- an unnamed request is of the body part its fate names ("Plan MRI", then "MRI LUMBAR SPINE: contraindicated") -----
_XR_L1 = ("n1", "2025-05-06", "radiology", "XR lumbar spine",
          "XR LUMBAR SPINE\nFindings: Wedge compression fracture of L1 with 30% height loss.")


@pytest.mark.parametrize("plan,fate", [
    ("Plan MRI to assess age of fracture.",
     ("MRI lumbar spine", "MRI LUMBAR SPINE - SAFETY SCREENING\nPermanent pacemaker, not MR-conditional. MRI "
                          "contraindicated. Request cancelled.")),
    ("MRI requested.",
     ("MRI lumbar spine", "MRI LUMBAR SPINE\nStatus: cancelled - pacemaker not MR conditional.")),
    ("Will arrange an MRI.",
     ("MRI L-spine", "MRI L-SPINE\nThe patient declined the scan when contacted.")),
])
def test_outside21_en_an_unnamed_request_takes_the_body_part_of_its_fate(plan, fate):
    case = only_case([_XR_L1, ("n2", "2025-05-06", "emergency", "", "L1 compression fracture. " + plan),
                      ("n3", "2025-05-08", "radiology", fate[0], fate[1])], "en")
    assert flag_and_workup(case) == ("true", "radiograph_only")


@pytest.mark.parametrize("plan,fate", [
    ("Plan MRI to look for a sacral fracture.",
     ("MRI pelvis", "MRI PELVIS - SAFETY SCREENING\nPermanent pacemaker, not MR-conditional. MRI contraindicated.")),
    ("MRI requested.", ("MRI pelvis", "MRI PELVIS\nThe patient declined the scan when contacted.")),
])
def test_outside21_en_an_unnamed_request_of_the_pelvis_stays_an_order(plan, fate):
    case = only_case([_XR_L1, ("n2", "2025-05-06", "emergency", "", "L1 compression fracture. " + plan),
                      ("n3", "2025-05-08", "radiology", fate[0], fate[1])], "en")
    assert flag_and_workup(case) == ("true", "ordered")


# --- a report's note of the order it answers is no new request ("requested as CT chest, abdomen and pelvis; -------
# protocolled as chest and upper abdomen only"); a further study after another body part's finding is of that part --
_CAP = "CT chest abdomen pelvis"


@pytest.mark.parametrize("text", [
    "CT CHEST AND UPPER ABDOMEN\nRadiographer: requested as CT chest, abdomen and pelvis; protocolled after vetting "
    "as chest and upper abdomen only. Pelvis not included.\nFindings: No acute abnormality.",
    "CT CHEST AND UPPER ABDOMEN\nOrdered as a CT chest, abdomen and pelvis, vetted to chest and upper abdomen. The "
    "pelvis was not scanned.\nFindings: No acute abnormality.",
    "CT CHEST AND UPPER ABDOMEN\nBooked as CT CAP; scan range thoracic inlet to L2, pelvis not included.\nFindings: "
    "No acute abnormality.",
])
def test_outside21_en_the_order_a_report_answers_is_no_new_request(text):
    assert exam_rows(text, "en", "radiology", _CAP) == [("ct", "performed", False)]


@pytest.mark.parametrize("text", [
    "CT CHEST\nFindings: Nodule.\nConclusion: CT abdomen and pelvis requested for staging.",
    "CT CHEST\nFindings: Nodule. A CT of the abdomen and pelvis has been requested.",
])
def test_outside21_en_a_new_request_in_a_report_stays_one(text):
    assert ("ct", "requested", True) in exam_rows(text, "en", "radiology", "CT chest")


@pytest.mark.parametrize("conclusion", [
    "Lung nodule, follow up CT in 3 months.",
    "Indeterminate liver lesion; MRI recommended.",
    "Right renal cyst, ultrasound or CT in 6 months advised.",
])
def test_outside21_en_a_further_study_of_another_part_is_no_sacral_order(conclusion):
    case = only_case([("n1", "2024-12-02", "radiology", _CAP,
                       "CT CHEST, ABDOMEN AND PELVIS\nFindings: Wedge compression fracture of T8 with 35% height "
                       "loss. Pelvis not included in the scan range.\nConclusion: " + conclusion)], "en")
    assert flag_and_workup(case) == ("true", "none")


@pytest.mark.parametrize("conclusion", [
    "Sclerotic focus in the right ilium. Follow-up CT in 6 months recommended.",
    "Follow-up CT recommended.",
])
def test_outside21_en_a_further_study_with_no_other_part_is_of_the_reports(conclusion):
    case = only_case([("n1", "2024-12-02", "radiology", _CAP,
                       "CT CHEST, ABDOMEN AND PELVIS\nFindings: Wedge compression fracture of T8 with 35% height "
                       "loss. Pelvis not included in the scan range.\nConclusion: " + conclusion)], "en")
    assert flag_and_workup(case) == ("true", "ordered")


def test_outside21_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    # reached after the round's fixes: flag F1 0.971, workup 0.971, note F1 0.996 (E21-23's record correction of a
    # misquoted MRI left, see the set's README)
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.99

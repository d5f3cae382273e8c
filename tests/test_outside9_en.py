"""Round nine, English: the wording families that notes by an outside author (tests/data/outside9/en: fracture-clinic
and spinal-clinic letters, ward rounds, nuclear medicine and DXA/VFA reports, trauma and staging CT, whole-spine MRI,
addenda, MDT reviews, rehabilitation notes) showed the pipeline misreading, each by several differently worded
sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

import pandas as pd
import pytest


from .phrasing import DAY, assertions, one_note, only_case

RAMUS = ("n0", "2025-01-10", "radiology", "XR PELVIS", "Undisplaced fracture of the left superior pubic ramus.")


def _assertions(text: str, concept: str, note_type: str = "clinical") -> list[str]:
    return assertions(text, "en", concept, note_type)


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> pd.DataFrame:
    return one_note(text, "en", note_type, exam).exams


def _case(rows: list[tuple]) -> pd.Series:
    return only_case(rows, "en")


# --- a referral the imaging department returned or rejected was withdrawn: not done, but an order ---------------
@pytest.mark.parametrize("text", [
    "Nuclear Medicine have returned the bone scan referral - insufficient clinical details.",
    "Radiology rejected the MRI pelvis request as the clinical question was unclear.",
    "The department sent back our CT pelvis referral asking for more details.",
])
def test_outside9_en_a_returned_referral_is_withdrawn(text):
    exams = _exams(text)
    cross = exams[exams["modality"] != "radiograph"]
    assert len(cross) == 1 and cross.iloc[0]["status"] == "not_performed"
    case = _case([RAMUS, ("n1", DAY, "clinical", "", text)])
    assert case["flagged"] in (True, "true") and case["workup"] == "ordered"


# --- the Nuclear Medicine department is no scan -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Nuclear Medicine have returned the bone scan referral.",
    "Bone scan requested - referral sent to Nuclear Medicine.",
    "Nuclear medicine department phoned to confirm the bone scan appointment.",
])
def test_outside9_en_the_nuclear_medicine_department_is_no_scan(text):
    exams = _exams(text)
    assert len(exams) == 1 and set(exams["status"]) != {"performed"}


def test_outside9_en_a_nuclear_medicine_report_title_is_still_a_scan():
    exams = _exams("NUCLEAR MEDICINE BONE SCAN: intense sacral uptake in an H pattern.")
    assert set(exams["modality"]) == {"scintigraphy"} and set(exams["status"]) == {"performed"}


# --- a call about an exam leaves it awaited: the refusal that follows is of that exam ----------------------------
@pytest.mark.parametrize("text", [
    "Called pt re MRI. She does not want to try again, even with sedation.",
    "Phoned her daughter regarding the MRI. The patient declined.",
    "Spoke to the patient about the CT. She would rather not have it.",
    "T/C to pt re MRI appt. She declined.",
    "Telephone call from daughter re the CT - patient does not want it.",
])
def test_outside9_en_a_call_about_an_exam_is_no_result(text):
    exams = _exams(text)
    assert set(exams["status"]) == {"not_performed"}


@pytest.mark.parametrize("text", ["Left message for pt regarding her CT appointment.",
                                  "Phoned the patient about her MRI pelvis appointment next week."])
def test_outside9_en_a_call_about_an_exam_appointment_leaves_it_awaited(text):
    exams = _exams(text)
    assert set(exams["status"]) == {"requested"}


def test_outside9_en_a_call_about_the_results_reports_the_exam():
    exams = _exams("Spoke to her daughter about the MRI results: no sacral fracture.")
    assert set(exams["status"]) == {"performed"}


# --- the CT of a SPECT/CT is the scintigraphy's, and the SPECT's field is its region -----------------------------
@pytest.mark.parametrize("text,covers", [
    ("Bone scan with SPECT/CT of the pelvis: no sacral insufficiency fracture.", True),
    ("SPECT-CT of the lumbar spine shows uptake at L1 only.", False),
    ("Three-phase bone scintigraphy with SPECT/CT of the pelvis showed a ramus fracture.", True),
])
def test_outside9_en_a_spect_ct_is_a_scintigraphy(text, covers):
    exams = _exams(text)
    assert set(exams["modality"]) == {"scintigraphy"}
    assert exams["covers_sacrum"].any() == covers


def test_outside9_en_a_ct_of_its_own_stays_a_ct():
    exams = _exams("CT of the pelvis: no sacral fracture. SPECT not performed.")
    assert "ct" in set(exams["modality"])


# --- a CT or MRI of another body part, requested or not done, is no sacral order -------------------------------
@pytest.mark.parametrize("text", [
    "I would date the fracture with an MRI of the thoracic spine, but her implant is not MR safe.",
    "CT head requested.",
    "MRI brain booked for next week.",
    "CT chest ordered to look for a pulmonary embolus.",
])
def test_outside9_en_an_exam_of_another_body_part_is_no_order(text):
    case = _case([RAMUS, ("n1", DAY, "clinical", "", text)])
    assert case["flagged"] in (True, "true") and case["workup"] == "radiograph_only"


@pytest.mark.parametrize("text", ["MRI requested.", "MRI pelvis requested but she has a pacemaker that is not MR safe.",
                                  "CT booked for next week."])
def test_outside9_en_an_exam_naming_no_other_part_stays_an_order(text):
    case = _case([RAMUS, ("n1", DAY, "clinical", "", text)])
    assert case["workup"] == "ordered"


# --- a clinical note quoting a study by its modality alone speaks of the latest report of it ---------------------
LIMITED_SCAN = ("n1", "2025-01-20", "radiology", "NM BONE SCAN LIMITED",
                "Spot views of the thoracic and lumbar spine only. Pelvis not imaged. Uptake at L1.")
WHOLE_SCAN = ("n1", "2025-01-20", "radiology", "NM BONE SCAN WHOLE BODY",
              "Whole-body images. Uptake at L1. No other abnormal uptake.")


@pytest.mark.parametrize("quote", [
    "The bone scan confirms activity at L1 only.",
    "Bone scan showed a hot L1 and nothing else.",
])
def test_outside9_en_a_quoted_limited_scan_does_not_cover(quote):
    vcf = ("n0", "2025-01-10", "radiology", "XR LUMBAR SPINE", "New L1 wedge compression fracture.")
    case = _case([vcf, LIMITED_SCAN, ("n2", "2025-02-05", "outpatient", "", quote)])
    assert case["flagged"] in (True, "true") and case["workup"] == "radiograph_only"
    case = _case([vcf, WHOLE_SCAN, ("n2", "2025-02-05", "outpatient", "", quote)])
    assert case["flagged"] in (False, "false") and case["workup"] == "scintigraphy"


# --- a sacrum listed with other structures and called intact or unremarkable is no sacral fracture ---------------
@pytest.mark.parametrize("text", [
    "The sacrum, sacral foramina and both SI joints are intact.",
    "The sacrum, iliac wings and acetabula appear unremarkable.",
    "The sacroiliac joints and upper sacrum are partly included and unremarkable.",
])
def test_outside9_en_a_listed_intact_sacrum_is_a_negated_sacral_fracture(text):
    assert _assertions(text, "sacral_fracture", "radiology") == ["negated"]


def test_outside9_en_a_sacral_fracture_beside_intact_joints_stays_present():
    assert _assertions("Fracture of the left sacral ala. The SI joints are intact.", "sacral_fracture",
                       "radiology") == ["present"]


# --- a lumbar study whose sacrum is included on the images and unremarkable assessed it -------------------------
@pytest.mark.parametrize("text,covers", [
    ("The sacrum and both SI joints are included on the sagittal and coronal STIR images and are unremarkable.", True),
    ("The SI joints are visualised on the coronal sequence and appear normal.", True),
    ("The sacrum is only partly included and is unremarkable where seen.", False),
])
def test_outside9_en_a_lumbar_mri_including_the_sacrum_assesses_it(text, covers):
    exams = _exams("Disc extrusion at L5-S1. " + text, "radiology", "MRI LUMBAR SPINE")
    assert exams.iloc[0]["covers_sacrum"] == covers


# --- a site listed after a fracture mention shares its negation or hedge, however long the list -----------------
@pytest.mark.parametrize("text,assertion", [
    ("No marrow oedema or fracture line in the sacrum, iliac bones or pubic rami.", "negated"),
    ("No fracture or marrow oedema is seen in the sacrum, iliac blades, acetabula or pubic rami.", "negated"),
    ("Possible fracture of the sacral ala, iliac wing or superior pubic ramus.", "uncertain"),
])
def test_outside9_en_a_listed_site_shares_the_assertion(text, assertion):
    assert _assertions(text, "pubic_ramus_fracture", "radiology") == [assertion]


def test_outside9_en_a_listed_site_after_a_present_fracture_stays_present():
    assert _assertions("Fractures of the sacrum and pubic rami.", "pubic_ramus_fracture", "radiology") == ["present"]


# --- "non-specific", "non-mechanical", "non-traumatic" qualify a finding, they do not negate it ------------------
@pytest.mark.parametrize("text,concept", [
    ("Seen four times for non-specific LBP.", "low_back_pain"),
    ("Imp: non specific lower back pain.", "low_back_pain"),
    ("Non-traumatic L1 compression fracture.", "vertebral_compression_fracture"),
    ("Non-mechanical low back pain, worse at night.", "low_back_pain"),
])
def test_outside9_en_a_non_prefixed_adjective_keeps_the_finding(text, concept):
    assert _assertions(text, concept) == ["present"]


def test_outside9_en_a_denied_pain_stays_negated():
    assert _assertions("No low back pain.", "low_back_pain") == ["negated"]


# --- "Clinical:" heads a radiology report's indication: a "?" there asks -------------------------------------------
@pytest.mark.parametrize("text", [
    "Clinical: Left inferior pubic ramus fracture. Buttock pain. ?Sacral insufficiency fracture.\nFindings: normal.",
    "CLINICAL: fall, ?sacral fracture.\nFINDINGS: The sacrum is normal.",
])
def test_outside9_en_a_clinical_heading_asks(text):
    assert _assertions(text, "sacral_fracture", "radiology")[0] == "hypothetical"


def test_outside9_en_a_question_mark_in_the_impression_suspects():
    text = "Findings: oedema in the left ala.\nImpression: ?Sacral insufficiency fracture."
    assert _assertions(text, "sacral_fracture", "radiology") == ["uncertain"]


# --- pain at a higher level and in the low back is low-back pain ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "She still has constant pain at the thoracolumbar junction and in the low back.",
    "Pain around the thoracolumbar junction and in her lower back.",
])
def test_outside9_en_pain_at_two_levels_including_the_low_back(text):
    assert _assertions(text, "low_back_pain") == ["present"]


def test_outside9_en_pain_at_the_thoracolumbar_junction_alone_is_not_low_back_pain():
    assert _assertions("Pain at the thoracolumbar junction, worse on coughing.", "low_back_pain") == []


# --- a body part written before the modality names the exam too: "Head CT was negative" is no pelvic CT ----------
@pytest.mark.parametrize("request_text,followup", [
    ("CT pelvis requested.", "Head CT was negative."),
    ("MRI pelvis requested.", "Brain MRI was normal."),
    ("CT pelvis requested.", "Chest CT showed no pulmonary embolus."),
])
def test_outside9_en_a_body_part_before_the_modality_is_not_the_requested_study(request_text, followup):
    case = _case([RAMUS, ("n1", "2025-01-11", "clinical", "", request_text),
                  ("n2", "2025-01-15", "clinical", "", followup)])
    assert case["flagged"] in (True, "true") and case["workup"] not in ("ct", "mri")


def test_outside9_en_an_unnamed_follow_up_is_still_the_requested_study():
    case = _case([RAMUS, ("n1", "2025-01-11", "clinical", "", "CT pelvis requested."),
                  ("n2", "2025-01-15", "clinical", "", "The CT was negative for further fracture.")])
    assert case["flagged"] in (False, "false") and case["workup"] == "ct"

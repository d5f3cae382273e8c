"""Round thirteen, English: the wording families that notes by an outside author (tests/data/outside13/en: nursing
shift notes and handovers, falls incident reports, pharmacist bone-health reviews, rehab and orthogeriatric team
meetings, spine-surgery letters, MRI protocoling notes, CT TAP, whole-spine screening MRI, SPECT/CT bone scans)
showed the pipeline misreading, each by several differently worded sentences, with look-alikes that must keep
their reading."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest


from .phrasing import assertions, is_flagged, one_note, only_case, scored_set, statuses

SACRAL = "sacral_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
SET = Path(__file__).resolve().parent / "data" / "outside13" / "en"


def _assertions(text: str, concept: str, note_type: str = "clinical") -> list[str]:
    return assertions(text, "en", concept, note_type)


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> pd.DataFrame:
    return one_note(text, "en", note_type, exam).exams


def _statuses(text: str, modality: str, note_type: str = "clinical", exam: str = "") -> list[str]:
    return statuses(text, "en", modality, note_type, exam)


# --- a study's purpose "to confirm" asks for it; a study that confirmed (or failed to) was done ---------------------
@pytest.mark.parametrize("text,modality", [
    ("Assessment: probable L sacral insufficiency fracture\nPlan: MRI pelvis to confirm; analgesia; PT", "mri"),
    ("Conclusion: Possible undisplaced S3 fracture. CT of the sacrum is recommended for confirmation.", "ct"),
    ("Bone scan to confirm the diagnosis before starting teriparatide.", "scintigraphy"),
])
def test_outside13_en_a_study_to_confirm_is_requested(text, modality):
    assert _statuses(text, modality) == ["requested"]


@pytest.mark.parametrize("text,modality", [
    ("The MRI pelvis confirmed bilateral sacral insufficiency fractures.", "mri"),
    ("CT pelvis failed to confirm a sacral fracture.", "ct"),
    ("Escorted pt to MRI pelvis and back; scan tolerated well.", "mri"),
])
def test_outside13_en_a_study_that_confirmed_failed_to_or_was_escorted_to_was_done(text, modality):
    assert _statuses(text, modality) == ["performed"]


# --- a porter or transport fetching the patient for a scan is no scan done ---------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("Porter came to fetch pt for MRI pelvis.", "mri"),
    ("Orderly arrived to take the patient down for CT pelvis at 1400.", "ct"),
    ("Transport booked to bring her to Nuclear Medicine for the bone scan.", "scintigraphy"),
])
def test_outside13_en_fetching_the_patient_for_a_scan_is_a_plan(text, modality):
    assert _statuses(text, modality) == ["requested"]


def test_outside13_en_a_scan_refused_when_the_porter_came_leaves_an_order():
    case = only_case([
        ("n1", "2024-07-03", "clinical", "",
         "79 y/o female, 2/52 L buttock pain. Assessment: probable L sacral insufficiency fracture. "
         "Plan: MRI pelvis to confirm; analgesia."),
        ("n2", "2024-07-05", "nursing", "",
         "Porter came to fetch pt for MRI pelvis. Pt refused to go. MRI request cancelled on the system."),
    ], "en")
    assert is_flagged(case) and case["priority"] == "high" and case["workup"] == "ordered"


# --- a list of exams denied together: each of them not done -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "No pelvic CT, MRI or bone scan has been done this admission.",
    "No CT, MRI, or bone scan was performed before discharge.",
])
def test_outside13_en_every_exam_of_a_denied_list_is_not_done(text):
    exams = _exams(text)
    assert sorted(exams["modality"]) == ["ct", "mri", "scintigraphy"]
    assert (exams["status"] == "not_performed").all()


def test_outside13_en_a_denied_list_is_no_workup_and_no_order():
    case = only_case([
        ("n1", "2026-05-06", "mdt", "",
         "Mrs P, 78. Acute L2 compression fracture with low back pain 6/10 on transfers. "
         "No pelvic CT, MRI or bone scan has been done this admission."),
    ], "en")
    assert is_flagged(case) and case["workup"] == "none"


# --- oxycodone MR 5 mg is a modified-release tablet, not an MRI -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Low back pain 6/10 on transfers despite oxycodone MR 5 mg bd.",
    "Continue tramadol MR 100mg twice daily.",
    "Zomorph MR capsules 10 mg bd, paracetamol 1 g qds.",
])
def test_outside13_en_a_modified_release_tablet_is_no_mri(text):
    assert _exams(text).empty


def test_outside13_en_an_mri_beside_a_modified_release_tablet_is_still_read():
    assert _statuses("On oxycodone MR 5 mg bd. MRI pelvis tomorrow.", "mri") == ["requested"]


# --- a radiology report whose own exam was abandoned, however far down it says so ---------------------------------
ABANDONED = [
    ("MRI PELVIS\nCLINICAL DETAILS: LEFT PUBIC RAMI FRACTURES. PERSISTENT LEFT BUTTOCK PAIN. ?SACRAL FRACTURE.\n"
     "REPORT: THE PATIENT WAS POSITIONED IN THE SCANNER BUT BECAME ACUTELY CLAUSTROPHOBIC AND DISTRESSED. THE "
     "EXAMINATION WAS ABANDONED BEFORE ANY DIAGNOSTIC SEQUENCES WERE OBTAINED. NO IMAGES AVAILABLE FOR REPORTING.\n"
     "SUGGEST REBOOKING WITH ORAL SEDATION, OR CT PELVIS AS AN ALTERNATIVE, IF STILL REQUIRED.", "MRI pelvis"),
    ("MRI SACRUM\nHistory: osteoporosis. Low back pain. Query sacral insufficiency fracture.\nComparison: none.\n"
     "Technique: localiser only.\nComment: The patient could not lie flat because of pain. The study was "
     "terminated after the localiser. Please rebook with analgesia, or consider a bone scan.", "MRI sacrum"),
]


@pytest.mark.parametrize("text,exam", ABANDONED)
def test_outside13_en_an_abandoned_report_is_not_performed(text, exam):
    assert _statuses(text, "mri", "radiology", exam) == ["not_performed"]


def test_outside13_en_an_abandoned_mri_leaves_a_ramus_fracture_flagged_with_an_order():
    text, exam = ABANDONED[0]
    case = only_case([
        ("n1", "2024-11-04", "radiology", "XR Pelvis", "Fracture of the left superior pubic ramus."),
        ("n2", "2024-11-06", "radiology", exam, text),
    ], "en")
    assert is_flagged(case) and case["priority"] == "high" and case["workup"] == "ordered"


# --- a study only asked about and judged needless leaves no order --------------------------------------------------
@pytest.mark.parametrize("text", [
    "Discussed with radiology whether a bone scan was needed to look for a sacral insufficiency fracture: "
    "no sacral tenderness - not indicated, would not change management.",
    "We considered if an MRI of the pelvis was required; on balance not indicated.",
])
def test_outside13_en_a_study_asked_about_and_judged_needless_is_no_order(text):
    case = only_case([
        ("n1", "2023-08-07", "clinical", "", "83M with osteoporosis and 2 months of low back pain."),
        ("n2", "2023-09-04", "clinical", "", text),
    ], "en")
    assert is_flagged(case) and case["workup"] == "none"


# --- a further study in a report of another body part is of that part ---------------------------------------------
@pytest.mark.parametrize("text,exam", [
    ("CT CHEST: RLL consolidation. Follow-up CT in 6-8 weeks recommended after treatment.", "CT thorax with contrast"),
    ("CT HEAD: small vessel disease. MRI could be considered if symptoms persist.", "CT head"),
])
def test_outside13_en_a_follow_up_study_in_a_report_of_another_part_is_no_sacral_order(text, exam):
    case = only_case([
        ("n1", "2022-12-05", "clinical", "", "Mr J, 67-year-old gentleman, chronic low back pain for years."),
        ("n2", "2022-12-09", "radiology", exam, text),
    ], "en")
    assert not is_flagged(case) and case["workup"] == "none"


# --- a result awaited of a study requested in the same note is no study done ------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("NM bone scan (whole body) requested - referral faxed 21/1. Continue analgesia. EDD 4/2 pending bone scan "
     "result.", "scintigraphy"),
    ("CT pelvis ordered this morning by the registrar. Discharge awaiting the CT result.", "ct"),
])
def test_outside13_en_a_result_awaited_after_a_request_is_still_requested(text, modality):
    assert set(_statuses(text, modality)) == {"requested"}


@pytest.mark.parametrize("text,modality", [
    ("Awaiting MRI pelvis result.", "mri"),
    ("Bone scan done yesterday, report pending.", "scintigraphy"),
])
def test_outside13_en_a_result_awaited_without_a_request_is_of_a_done_study(text, modality):
    assert _statuses(text, modality) == ["performed"]


# --- what something can lead to is no finding ------------------------------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Counselled on not missing doses (stopping it abruptly can lead to rebound vertebral fractures).", VCF),
    ("Untreated, osteoporosis may lead to vertebral compression fractures.", VCF),
    ("Explained that a fall could result in a pubic ramus fracture.", "pubic_ramus_fracture"),
])
def test_outside13_en_what_something_can_lead_to_is_hypothetical(text, concept):
    assert _assertions(text, concept) == ["hypothetical"]


# --- a request's "?" before the words that qualify its finding asks ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: bone scan referral to Nuclear Medicine - ?insufficiency fracture of sacrum vs inflammatory sacroiliitis.",
    "MRI pelvis requested - ?early sacral stress fracture.",
])
def test_outside13_en_a_requests_query_is_hypothetical(text):
    assert _assertions(text, SACRAL) == ["hypothetical"]


def test_outside13_en_a_query_before_the_request_stays_a_suspicion():
    assert _assertions("?sacral fracture - MRI requested.", SACRAL) == ["uncertain"]


# --- "an old" fracture after new ones: only it is old ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Severe osteoporosis with two new vertebral fractures (T11, L2) plus an old T7 fracture.",
    "Acute L1 compression fracture (MRI 3/4); also a healed T6 fracture.",
])
def test_outside13_en_an_old_fracture_after_new_ones_leaves_them_present(text):
    found = _assertions(text, VCF)
    assert "present" in found and "historical" in found


def test_outside13_en_an_old_fracture_named_after_its_site_is_historical():
    assert _assertions("L1 compression fracture, old.", VCF) == ["historical"]


# --- "no other" denies the rest --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Mild anterior wedging of T9 is questionable and may be positional. No other compression deformity.",
    "Possible L1 endplate compression. No other vertebral fracture.",
])
def test_outside13_en_no_other_fracture_beside_a_doubtful_one_is_no_finding(text):
    found = _assertions(text, VCF, "radiology")
    assert "present" not in found and "uncertain" in found


def test_outside13_en_no_other_fracture_beside_a_stated_one_keeps_it():
    assert "present" in _assertions("L1 compression fracture. No other fracture.", VCF, "radiology")


# --- a sacral segment before "fracture"; pain across the sacrum ------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Conclusion: Possible undisplaced S3 fracture.", "uncertain"),
    ("There is an S2 fracture with marrow oedema.", "present"),
])
def test_outside13_en_a_sacral_segments_fracture_is_sacral(text, expected):
    assert _assertions(text, SACRAL, "radiology") == [expected]


@pytest.mark.parametrize("text", ["L5-S1 disc protrusion; no fracture.", "S1 nerve root compression. No fracture."])
def test_outside13_en_a_disc_level_or_nerve_root_is_no_sacral_fracture(text):
    assert _assertions(text, SACRAL, "radiology") in ([], ["negated"])


@pytest.mark.parametrize("text", ["Pain across the sacrum on sitting.", "Aching pain on the sacrum when she sits."])
def test_outside13_en_pain_across_the_sacrum_is_low_back_pain(text):
    assert _assertions(text, LBP) == ["present"]


# --- the whole set, as a user scores it ------------------------------------------------------------------------
def test_outside13_en_the_set_keeps_its_final_figures(tmp_path):
    """``reportminer scan`` + ``evaluate`` on the set (development data now): the flag and the workup of every
    patient right, and the figures the README records as a floor against regressions."""
    flag_f1, workup_accuracy, note_f1 = scored_set(SET, tmp_path, "en")
    assert (flag_f1, workup_accuracy) == (1.0, 1.0)
    assert note_f1 >= 0.99

"""Round twelve, English: the wording families that notes by an outside author (tests/data/outside12/en: CT and MRI
of other body parts that mention the spine or pelvis in passing, teleradiology preliminary and final reads,
procedure notes, ambulance handovers, falls-clinic assessments, telehealth, palliative notes, prior-authorisation
and scheduling messages, coding summaries and letters to patients) showed the pipeline misreading, each by several
differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from reportminer.pipeline import scan

from .phrasing import assertions, is_flagged, notes_table, one_note, only_case, scored_set

SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
SET = Path(__file__).resolve().parent / "data" / "outside12" / "en"


def _assertions(text: str, concept: str, note_type: str = "clinical") -> list[str]:
    return assertions(text, "en", concept, note_type)


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> pd.DataFrame:
    return one_note(text, "en", note_type, exam).exams


# --- a clinician's own concern about a fracture is a suspicion, not a finding ------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Given her long-term steroids I am concerned about a sacral insufficiency fracture and have requested an MRI.",
     SACRAL),
    ("I'm worried about a sacral insufficiency fracture.", SACRAL),
    ("We remain concerned that there is a fracture of the sacrum.", SACRAL),
    ("Clinically concerned for a left pubic ramus fracture; XR to follow.", RAMUS),
])
def test_outside12_en_a_clinicians_concern_is_uncertain(text, concept):
    found = _assertions(text, concept)
    assert found and "present" not in found and "uncertain" in found


@pytest.mark.parametrize("text", [
    "She is worried about a fracture of the sacrum after reading about it online.",
    "Patient concerned about osteoporosis and asks about a bone scan.",
])
def test_outside12_en_someone_elses_worry_is_no_finding(text):
    for concept in (SACRAL, "osteoporosis"):
        assert "present" not in _assertions(text, concept)


def test_outside12_en_a_concern_about_a_sacral_fracture_flags_with_high_priority():
    case = only_case([
        ("n1", "2025-02-17", "outpatient", "",
         "Mrs H, 75, on prednisone for PMR, has 4 weeks of left buttock pain. I am concerned about a sacral "
         "insufficiency fracture and have requested an MRI of the sacrum."),
        ("n2", "2025-03-20", "admin", "", "The request for MRI sacrum has been denied after peer-to-peer review."),
    ], "en")
    assert is_flagged(case) and case["priority"] == "high" and case["workup"] == "ordered"


# --- prior authorisation and utilization review: the exam is asked for, not done --------------------------------
@pytest.mark.parametrize("text", [
    "Prior authorization for MRI pelvis submitted.",
    "Utilization review notice - MRI sacrum (CPT 72195)",
    "Pre-authorisation for an MRI of the sacrum has been requested from the insurer.",
    "Decision overturned - MRI pelvis APPROVED, auth #A55-0193, valid 60 days.",
    "MRI sacrum: authorization pending with the health plan.",
    "Precertification obtained for MRI sacrum; patient to schedule.",
])
def test_outside12_en_an_authorisation_request_is_no_performed_exam(text):
    exams = _exams(text, "admin")
    mri = exams[exams["modality"] == "mri"]
    assert len(mri) == 1 and mri.iloc[0]["status"] == "requested"


@pytest.mark.parametrize("text", [
    "MRI pelvis done 3/3 after prior authorization was approved.",
    "MRI pelvis was performed once authorization was granted.",
])
def test_outside12_en_an_exam_done_after_its_authorisation_stays_performed(text):
    exams = _exams(text)
    assert exams[exams["modality"] == "mri"]["status"].tolist() == ["performed"]


def test_outside12_en_an_approved_but_never_done_mri_leaves_an_order():
    case = only_case([
        ("n1", "2025-08-04", "outpatient", "", "70 yo F with 5 weeks of low back pain. Plan: MRI pelvis."),
        ("n2", "2025-08-15", "admin", "",
         "Peer-to-peer review completed. Decision overturned - MRI pelvis APPROVED, auth #A55-0193."),
    ], "en")
    assert is_flagged(case) and case["workup"] == "ordered"


# --- studies named after organs that reach the pelvis: CT KUB, CT colonography, CT urogram ----------------------
@pytest.mark.parametrize("text,exam", [
    ("CT KUB (non-contrast): 4 mm left VUJ calculus.", "CT KUB"),
    ("CT COLONOGRAPHY: no polyp of 6 mm or more.", "CT colonography"),
    ("CT UROGRAM: no filling defect in the collecting systems.", "CT urogram"),
    ("Virtual colonoscopy on 3/10 showed an incidental L3 compression fracture.", ""),
    ("CT IVU showed no calculus.", ""),
])
def test_outside12_en_a_study_of_the_urinary_tract_or_colon_covers_the_sacrum(text, exam):
    report = _exams(text, "radiology" if exam else "clinical", exam)
    ct = report[report["modality"] == "ct"]
    assert not ct.empty and (ct["region"] == "abdomen_pelvis").all() and ct["covers_sacrum"].all()


@pytest.mark.parametrize("text,exam", [
    ("CT ABDOMEN: axial images from the lung bases to the iliac crests. The sacrum is below the scan range.",
     "CT abdomen with contrast"),
    ("CTPA: no pulmonary embolus. Bones: T11 wedge compression fracture.", "CT pulmonary angiogram"),
])
def test_outside12_en_a_ct_of_the_chest_or_upper_abdomen_does_not(text, exam):
    report = _exams(text, "radiology", exam)
    assert not report[report["modality"] == "ct"]["covers_sacrum"].any()


def test_outside12_en_a_ramus_fracture_seen_on_ct_kub_has_its_workup():
    case = only_case([
        ("n1", "2025-05-06", "radiology", "CT KUB",
         "CT KUB\nIndication: renal colic.\nFindings: 4 mm left VUJ calculus. Incidental healing fracture of the "
         "left superior pubic ramus. No sacral fracture."),
    ], "en")
    assert not is_flagged(case) and case["workup"] == "ct"


def test_outside12_en_a_compression_seen_on_ct_colonography_has_its_workup():
    case = only_case([
        ("n1", "2025-10-21", "radiology", "CT colonography",
         "CT COLONOGRAPHY\nExtracolonic findings: moderate compression fracture of L3, new since 2022."),
    ], "en")
    assert not is_flagged(case) and case["workup"] == "ct"


# --- "no scintigraphic / MRI evidence of X": the study was done, X is excluded ----------------------------------
@pytest.mark.parametrize("text,exam,modality", [
    ("NM WHOLE BODY BONE SCAN\nImpression: No scintigraphic evidence of skeletal metastases.",
     "NM bone scan whole body", "scintigraphy"),
    ("Bone scan: no scintigraphic evidence of a sacral fracture.", "", "scintigraphy"),
    ("There is no MRI evidence of a sacral fracture.", "", "mri"),
    ("No CT evidence of a sacral fracture.", "", "ct"),
])
def test_outside12_en_no_imaging_evidence_of_a_finding_is_a_done_study(text, exam, modality):
    exams = _exams(text, "radiology" if exam else "clinical", exam)
    assert exams[exams["modality"] == modality]["status"].tolist()[:1] == ["performed"]
    assert "present" not in _assertions(text, SACRAL)


@pytest.mark.parametrize("text", ["No MRI was done.", "No bone scan has been performed."])
def test_outside12_en_no_study_done_stays_not_performed(text):
    assert _exams(text)["status"].tolist() == ["not_performed"]


# --- a modality's department, staff or safety screening is no exam ---------------------------------------------
@pytest.mark.parametrize("text", [
    "She has a permanent pacemaker; the MRI department will check compatibility.",
    "MRI safety screening - telephone",
    "Kind regards,\nMRI Department",
    "Discussed with the CT radiographers.",
])
def test_outside12_en_a_department_is_no_exam(text):
    assert _exams(text).empty


def test_outside12_en_a_pacemaker_not_mri_safe_still_stops_the_mri():
    exams = _exams("Pacemaker is not MRI safe.")
    assert exams["status"].tolist() == ["not_performed"]


def test_outside12_en_a_booking_letter_signed_by_the_department_leaves_the_order_open():
    case = only_case([
        ("n1", "2026-02-09", "outpatient", "",
         "85-year-old lady with a right inferior pubic ramus fracture on XR. I have requested an MRI pelvis."),
        ("n2", "2026-02-16", "letter", "",
         "Dear Mrs B,\nYour MRI scan of the pelvis has been booked for 26 February 2026.\n\nMRI Department"),
    ], "en")
    assert is_flagged(case) and case["workup"] == "ordered"


# --- a study judged needless is no order, even when the patient also wants no hospital visits --------------------
@pytest.mark.parametrize("text", [
    "Discussed with patient and daughter: further scans (bone scan or MRI) would not change management and she "
    "does not want hospital visits.",
    "An MRI would not change management; she declined hospital admission.",
])
def test_outside12_en_a_needless_study_refused_with_hospital_visits_is_no_order(text):
    exams = _exams(text)
    assert not exams.empty and (exams["status"] == "not_performed").all()
    assert (exams["reason"] == "not_indicated").all()


@pytest.mark.parametrize("text", ["Bone scan offered; he does not want the scan.", "She declined the MRI pelvis."])
def test_outside12_en_refusing_the_scan_itself_is_declined(text):
    exams = _exams(text)
    assert exams["status"].tolist() == ["not_performed"] and exams["reason"].tolist() == ["declined"]


def test_outside12_en_a_palliative_woman_with_low_back_pain_and_no_scan_is_flagged_without_an_order():
    case = only_case([
        ("n1", "2025-06-02", "palliative", "",
         "88-year-old woman with metastatic breast cancer; pain in the low back and across the sacrum for 3 weeks. "
         "Discussed with patient and daughter: further scans (bone scan or MRI) would not change management and "
         "she does not want hospital visits. Agreed comfort focus."),
    ], "en")
    assert is_flagged(case) and case["workup"] == "none"


# --- "CT would better assess ...": a radiologist's suggestion, not a done study ---------------------------------
@pytest.mark.parametrize("text", [
    "CT would better assess the posterior pelvic ring if clinically required.",
    "MRI would further characterise the sacral abnormality.",
])
def test_outside12_en_what_a_study_would_better_show_is_a_suggestion(text):
    exams = _exams(text, "radiology")
    assert not exams.empty and "performed" not in exams["status"].tolist()


# --- a year written for another, earlier study does not date a request into the past ----------------------------
@pytest.mark.parametrize("text", [
    "78-year-old woman with low back and buttock pain for 2 months. Plan: whole-body bone scan (MRI not possible - "
    "claustrophobic, declined MRI in 2022).",
    "78-year-old woman with low back pain for 2 months. MRI pelvis requested; lumbar MRI in 2019 was normal.",
    "78-year-old woman with low back pain for 2 months. Plan: MRI pelvis (her previous MRI in 2019 was normal).",
])
def test_outside12_en_a_request_beside_an_earlier_dated_study_is_an_order_of_its_note(text):
    case = only_case([("n1", "2025-10-06", "outpatient", "", text)], "en")
    assert is_flagged(case) and case["workup"] == "ordered"


@pytest.mark.parametrize("text,day", [
    ("MRI pelvis on 3 January 2025 showed no sacral fracture.", "2025-01-03"),
    ("MRI pelvis, done on 3 January 2025, showed no sacral fracture.", "2025-01-03"),
    ("MRI pelvis in 2019 (the MRI was normal).", "2019-12-31"),
])
def test_outside12_en_a_done_study_keeps_the_date_its_sentence_gives(text, day):
    exams = _exams(text)
    assert exams["status"].tolist() == ["performed"] and exams["date"].tolist() == [pd.Timestamp(day)]


# --- a short date after a done exam's name, written day first, is a recent day, not one of last year -------------
@pytest.mark.parametrize("text,day", [
    ("81F, L superior pubic ramus fracture found on CT KUB 06/05 (ureteric stone has since passed).", "2025-05-06"),
    ("83F, right superior pubic ramus fracture. CT pelvis 27/04 - no sacral fracture.", "2025-04-27"),
    ("81F with a left pubic ramus fracture, status post MRI pelvis 08/05: no sacral fracture.", "2025-05-08"),
])
def test_outside12_en_a_day_first_date_after_a_done_exam_is_recent(text, day):
    rows = [("n1", "2025-05-20", "outpatient", "", text)]
    assert pd.Timestamp(day) in scan(notes_table(rows, "en")).exams["date"].tolist()
    case = only_case(rows, "en")
    assert not is_flagged(case) and case["workup"] in ("ct", "mri")


# --- a CT of bone windows or a CT-guided bone biopsy is no whole-body study; a guided procedure is another exam ----
@pytest.mark.parametrize("text", [
    "CT bone windows of the lumbar spine: L2 compression fracture.",
    "CT-guided bone biopsy of L4 done 3/3.",
])
def test_outside12_en_a_bone_word_after_ct_is_no_whole_body_field(text):
    exams = _exams(text)
    assert not exams.empty and not exams["covers_sacrum"].any() and "whole_body" not in set(exams["region"])


@pytest.mark.parametrize("text", ["Low-dose whole-body CT (skeletal survey) for myeloma.",
                                  "CT skeletal survey for myeloma: lytic lesions in T9 and L2."])
def test_outside12_en_a_ct_skeletal_survey_is_still_whole_body(text):
    assert _exams(text)["region"].tolist() == ["whole_body"]


@pytest.mark.parametrize("note_type,exam,text", [
    ("outpatient", "", "CT-guided bone biopsy of L4 done today; four cores to histology."),
    ("radiology", "CT guided biopsy L4", "PROCEDURE: CT-GUIDED BONE BIOPSY, L4 VERTEBRAL BODY. Four cores obtained."),
])
def test_outside12_en_a_ct_guided_biopsy_does_not_answer_a_pelvic_ct_request(note_type, exam, text):
    case = only_case([
        ("n1", "2025-09-01", "outpatient", "",
         "67M with a pathological L4 compression fracture and low back pain. CT pelvis requested for staging."),
        ("n2", "2025-09-08", note_type, exam, text),
    ], "en")
    assert is_flagged(case) and case["workup"] == "ordered"


def test_outside12_en_an_unnamed_ct_result_still_answers_the_request():
    case = only_case([
        ("n1", "2025-09-01", "outpatient", "",
         "67M with a pathological L4 compression fracture and low back pain. CT pelvis requested for staging."),
        ("n2", "2025-09-08", "outpatient", "", "The CT was normal."),
    ], "en")
    assert not is_flagged(case) and case["workup"] == "ct"


# --- the whole set, as a user scores it ------------------------------------------------------------------------
def test_outside12_en_the_set_keeps_its_final_figures(tmp_path):
    """``reportminer scan`` + ``evaluate`` on the set (development data now): the flag and the workup of every
    patient right, and the figures the README records as a floor against regressions."""
    flag_f1, workup_accuracy, note_f1 = scored_set(SET, tmp_path, "en")
    assert (flag_f1, workup_accuracy) == (1.0, 1.0)
    assert note_f1 >= 0.98

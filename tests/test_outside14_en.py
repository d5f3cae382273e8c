"""Round fourteen, English: the wording families that notes by an outside author (tests/data/outside14/en: structured
CT and MRI templates, incidental findings on CT KUB, CT colonography, CT aortograms and PET-CT, GP referrals and
e-referral triage replies, portal messages, care-home, district-nurse and hospital-at-home notes, a medico-legal
report, a prior-authorisation denial, dictation artefacts) showed the pipeline misreading, each by several
differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from .phrasing import assertions, flag_and_workup, one_note, only_case, scored_set, statuses

SACRAL = "sacral_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
OSTEOPOROSIS = "osteoporosis"
SET = Path(__file__).resolve().parent / "data" / "outside14" / "en"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> pd.DataFrame:
    return one_note(text, "en", note_type, exam).exams


def _statuses(text: str, modality: str, note_type: str = "clinical", exam: str = "") -> list[str]:
    return statuses(text, "en", modality, note_type, exam)


# --- an exam offered to the patient, or judged reasonable, is proposed: a request, not a study done ----------------
@pytest.mark.parametrize("text,modality", [
    ("Offered CT pelvis as an alternative - she would like to think about it.", "ct"),
    ("She was offered an MRI of the pelvis.", "mri"),
    ("MRI pelvis offered; she will let us know.", "mri"),
    ("A CT of the pelvis would be appropriate to exclude a sacral fracture.", "ct"),
    ("An MRI of the pelvis would be reasonable to exclude a sacral insufficiency fracture.", "mri"),
])
def test_outside14_en_an_offered_or_reasonable_study_is_requested(text, modality):
    assert _statuses(text, modality) == ["requested"]


@pytest.mark.parametrize("text,modality", [
    ("MRI pelvis showed a sacral insufficiency fracture and she was offered sacroplasty.", "mri"),
    ("CT pelvis was done and she was offered physiotherapy.", "ct"),
])
def test_outside14_en_a_treatment_offered_after_a_study_leaves_it_done(text, modality):
    assert _statuses(text, modality) == ["performed"]


def test_outside14_en_something_else_judged_reasonable_leaves_a_reported_study_done():
    assert _statuses("MRI conclusion: no fracture and conservative management would be appropriate.", "mri") == [
        "performed"]


def test_outside14_en_an_offer_declined_is_not_performed():
    assert _statuses("Offered an MRI pelvis, which she declined.", "mri") == ["not_performed"]


def test_outside14_en_a_study_offered_after_a_declined_one_is_an_order_not_a_workup():
    case = only_case([
        ("n1", "2023-06-20", "outpatient", "",
         "68 year old woman with lower back pain and right buttock pain. Radiologist suggests MRI pelvis to r/o "
         "sacral insufficiency #. She declines a further MRI. Offered CT pelvis as an alternative - she would like "
         "to think about it and prefers to try physio first."),
    ], "en")
    assert flag_and_workup(case) == ("true", "ordered")


# --- following up or chasing a study's result: the result of a request of the same note, else of a study done ------
@pytest.mark.parametrize("text", [
    "MRI pelvis requested 19/03 to exclude sacral insufficiency fracture. Plan: rehab ward, follow up MRI result.",
    "Bone scan requested today. GP to chase the bone scan result.",
])
def test_outside14_en_following_up_the_result_of_a_requested_study_keeps_it_requested(text):
    exams = _exams(text)
    assert set(exams["status"]) == {"requested"}


@pytest.mark.parametrize("text,modality", [
    ("Chase bone scan result.", "scintigraphy"),
    ("GP to follow up on the MRI result.", "mri"),
])
def test_outside14_en_following_up_a_result_with_no_request_is_of_a_study_done(text, modality):
    assert _statuses(text, modality) == ["performed"]


@pytest.mark.parametrize("text,modality", [
    ("P: MRI pelvis; f/u with results.", "mri"),
    ("Plan: bone scan, then follow up with the results.", "scintigraphy"),
])
def test_outside14_en_a_plan_to_follow_up_with_results_is_still_a_request(text, modality):
    assert _statuses(text, modality) == ["requested"]


def test_outside14_en_a_request_not_yet_done_at_transfer_stays_an_order():
    case = only_case([
        ("n1", "2025-03-17", "emergency", "",
         "82 y/o F, fall. XR pelvis: L superior pubic ramus #, undisplaced."),
        ("n2", "2025-03-21", "discharge", "",
         "Principal diagnosis: L superior pubic ramus fracture. Developed L buttock and low back pain on day 3. MRI "
         "pelvis requested 19/03 to exclude sacral insufficiency fracture - not yet done at time of transfer; "
         "radiology aware and will scan from the rehab ward.\nPlan: rehab ward, follow up MRI result."),
    ], "en")
    assert flag_and_workup(case) == ("true", "ordered")


# --- a PET-CT field from the skull base (vertex) to the thighs (toes) runs through the pelvis ------------------------
@pytest.mark.parametrize("exam,text", [
    ("PET-CT skull base to mid-thigh", "18F-FDG PET/CT\nNo FDG-avid osseous lesion."),
    ("PET/CT", "FDG PET/CT from the vertex to the toes.\nNo avid osseous lesion."),
    ("PET-CT", "PET-CT skull base to proximal thighs. Skeleton unremarkable."),
])
def test_outside14_en_a_pet_ct_from_the_skull_base_to_the_thighs_covers_the_sacrum(exam, text):
    exams = _exams(text, "radiology", exam)
    ct = exams[exams["modality"] == "ct"]
    assert (ct["status"] == "performed").all() and ct["covers_sacrum"].any()


def test_outside14_en_a_pet_ct_without_a_field_covers_nothing_by_itself():
    exams = _exams("Low-dose CT for attenuation correction. No avid lesion.", "radiology", "PET-CT")
    assert not exams["covers_sacrum"].any()


def test_outside14_en_a_pet_ct_to_mid_thigh_is_a_ct_workup():
    case = only_case([
        ("n1", "2024-06-03", "outpatient", "",
         "69 year old woman, breast cancer 2019. New since last review: 5 weeks of lower back pain. "
         "I am requesting a PET-CT to restage."),
        ("n2", "2024-06-17", "radiology", "PET-CT skull base to mid-thigh",
         "18F-FDG PET/CT\nClinical: new lower back pain. Restaging.\nSkeleton: No FDG-avid osseous lesion."),
    ], "en")
    assert flag_and_workup(case) == ("false", "ct")


# --- an aortogram or angiogram that names no region is a study of the vessels, never the pelvic study --------------
@pytest.mark.parametrize("plan", ["Plan: CT aortogram, analgesia, bloods.", "CT angiogram requested urgently."])
def test_outside14_en_a_vascular_ct_request_is_no_sacral_order(plan):
    case = only_case([
        ("n1", "2024-09-02", "emergency", "", f"81F, acute L1 compression fracture, low back pain. {plan}"),
        ("n2", "2024-09-05", "discharge", "",
         "L1 wedge compression fracture. Low back pain. No CT or MRI of the pelvis was performed."),
    ], "en")
    assert flag_and_workup(case) == ("true", "none")


def test_outside14_en_an_angiogram_of_the_abdomen_and_pelvis_keeps_its_region():
    exams = _exams("CT angiogram of the abdomen and pelvis showed no bleed.")
    assert exams["region"].tolist() == ["abdomen_pelvis"] and exams["covers_sacrum"].all()


# --- a finding queried, or what something may indicate or could suggest, is suspected ------------------------------
@pytest.mark.parametrize("text,concept", [
    ("X-rays reviewed: the radiologist queries a right sacral insufficiency fracture.", SACRAL),
    ("The radiologist queries an L2 compression fracture.", VCF),
    ("Discussed that this may indicate osteoporosis.", OSTEOPOROSIS),
    ("The findings could suggest a sacral insufficiency fracture.", SACRAL),
    ("Linear sclerosis in the left ala might indicate a sacral stress fracture.", SACRAL),
])
def test_outside14_en_a_queried_or_indicated_finding_is_uncertain(text, concept):
    assert assertions(text, "en", concept) == ["uncertain"]


def test_outside14_en_the_patient_querying_a_known_fracture_does_not_hedge_it_into_a_suspicion():
    found = assertions("She queries whether the L1 compression fracture is causing her pain.", "en", VCF)
    assert found and "uncertain" not in found


def test_outside14_en_a_finding_stated_as_indicative_stays_present():
    assert assertions("Appearances are indicative of a sacral insufficiency fracture.", "en", SACRAL) == ["present"]


def test_outside14_en_a_queried_sacral_fracture_never_done_flags_high():
    case = only_case([
        ("n1", "2023-08-20", "outpatient", "",
         "Mrs N., 79, rheumatoid arthritis on prednisone 5 mg daily. Lower back pain persisting. X-rays reviewed: "
         "the radiologist queries a right sacral insufficiency fracture. Plan: CT pelvis booked for 29/08."),
        ("n2", "2023-09-12", "clinical", "", "Patient did not attend for the CT pelvis on 29/08."),
    ], "en")
    assert flag_and_workup(case) == ("true", "ordered") and case["priority"] == "high"


# --- a report's advice to correlate for a condition asks about it ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "T11 and T12 wedge compression fractures - suggest correlation for osteoporosis and consider DXA.",
    "Please correlate clinically for osteoporosis.",
])
def test_outside14_en_correlation_for_a_condition_is_a_question(text):
    assert assertions(text, "en", OSTEOPOROSIS) == ["hypothetical"]


def test_outside14_en_known_osteoporosis_beside_a_correlation_stays_present():
    text = "Known osteoporosis. Suggest correlation with calcium and vitamin D levels."
    assert assertions(text, "en", OSTEOPOROSIS) == ["present"]


# --- a hedge on the cause ends a pain span: the pain itself is present ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Low back pain most likely from lumbar facet joint arthritis.",
    "Buttock pain probably from the L5/S1 facet joint.",
    "Back pain presumably from the lumbar facets; reviewed today.",
])
def test_outside14_en_pain_whose_cause_is_hedged_is_present(text):
    assert assertions(text, "en", LBP) == ["present"]


def test_outside14_en_a_hedged_fracture_cause_stays_uncertain():
    text = "Low back pain, possibly due to a sacral insufficiency fracture."
    assert assertions(text, "en", LBP) == ["present"] and assertions(text, "en", SACRAL) == ["uncertain"]


# --- a template field naming the vertebrae, then their heights -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vertebral bodies: Heights are maintained. No marrow oedema in the imaged vertebrae.",
    "Vertebrae: Normal heights. Conus normal.",
    "L1: height preserved.",
])
def test_outside14_en_vertebral_heights_in_a_template_field_deny_a_compression(text):
    assert assertions(text, "en", VCF, "radiology") == ["negated"]


def test_outside14_en_reduced_heights_in_a_template_field_are_a_compression():
    assert assertions("Vertebral bodies: Heights reduced at L2 with 30% loss.", "en", VCF, "radiology") == ["present"]


# --- the set as a user scores it -------------------------------------------------------------------------------------
def test_outside14_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 == 1.0 and workup == 1.0 and note_f1 >= 0.97

"""Round twenty-seven, English: the wording families that a red team's notes (tests/data/outside27/en: written by
authors who had read the rules — what is said is not what was done or found: exams in the conditional, a suggestion
and what became of it, someone's belief, a working diagnosis awaiting proof, a time put first or in brackets, pain
that is over, a relative's risk factor told with an apposition, age in words, another reading of a finding offered
after it) showed the pipeline misreading, each by several differently worded sentences, with look-alikes that must
keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, flag_and_workup, only_case, scored_set, statuses

SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
OSTEO = "osteoporosis"
SET = Path(__file__).resolve().parent / "data" / "outside27" / "en"


# --- an exam in the conditional is a recommendation, not a study done; one that "would have been better" was not done
@pytest.mark.parametrize("text,modality", [
    ("Left pubic rami fractures. CT or MRI of the pelvis would be more sensitive for an occult sacral insufficiency "
     "fracture.", "mri"),
    ("The radiologist comments that an MRI of the pelvis would be the definitive test for a sacral fracture.", "mri"),
    ("An MRI of his pelvis and lower spine would give the answer.", "mri"),
    ("Ideally she would have an MRI of the pelvis to look for other insufficiency fractures.", "mri"),
    ("A CT of the pelvis would be better than a repeat radiograph.", "ct"),
    ("Left sacral insufficiency fracture, to be confirmed on MRI.", "mri"),
])
def test_outside27_en_an_exam_in_the_conditional_is_recommended(text, modality):
    assert statuses(text, "en", modality) == ["requested"]


@pytest.mark.parametrize("text,modality", [
    ("In retrospect an MRI of the pelvis would have been the better test than a second X-ray.", "mri"),
    ("A CT pelvis would have been more useful than another X-ray.", "ct"),
    ("A bone scan would have been preferable, but she went home first.", "scintigraphy"),
])
def test_outside27_en_an_exam_that_would_have_been_better_was_not_done(text, modality):
    assert statuses(text, "en", modality) == ["not_performed"]


@pytest.mark.parametrize("text,modality,expected", [
    # look-alikes: a study really done, or really requested, keeps its status
    ("CT pelvis was recommended by the radiologist and was carried out on 5 March: no sacral fracture.", "ct",
     ["performed"]),
    ("A CT of the pelvis would be more useful than a repeat X-ray, so one has been requested.", "ct", ["requested"]),
    ("Sacral insufficiency fracture, confirmed on MRI on 2 April.", "mri", ["performed"]),
    ("MRI confirmed a fracture of the right sacral ala.", "mri", ["performed"]),
])
def test_outside27_en_a_study_done_or_asked_for_keeps_its_status(text, modality, expected):
    assert statuses(text, "en", modality) == expected


def test_outside27_en_a_conditional_mri_leaves_an_order_not_a_workup():
    case = only_case([
        ("n1", "2024-11-04", "radiology", "XR pelvis",
         "XR PELVIS\nFindings: Undisplaced fractures of the left superior and inferior pubic rami.\nConclusion: Left "
         "pubic rami fractures. CT or MRI of the pelvis would be more sensitive for an occult sacral insufficiency "
         "fracture."),
        ("n2", "2024-11-05", "clinical", "",
         "Orthogeriatric review. The radiologist comments that an MRI of the pelvis would be the definitive test for a "
         "sacral fracture; she is too confused to lie still for it at present."),
    ], "en")
    assert flag_and_workup(case) == ("true", "ordered")


# --- a suggestion, then what became of it --------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The orthopaedic registrar suggested an MRI of the pelvis, which was done on 14 September and showed no sacral "
     "fracture.", ["performed"]),
    ("The radiologist suggested an MRI, which she had on 3 June.", ["performed"]),
    ("Bone scan requested; the radiologist advised an MRI instead, which was performed on 3 June and was normal.",
     ["performed"]),
    # look-alikes: the suggestion only requested
    ("The registrar suggested an MRI of the pelvis, which has been requested as an outpatient.", ["requested"]),
    ("The registrar suggested an MRI of the pelvis, which she declined.", ["not_performed"]),
])
def test_outside27_en_a_suggestion_then_what_became_of_it(text, expected):
    assert statuses(text, "en", "mri") == expected


# --- radiology's refusal told after its vetting; a plan of no new imaging ---------------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("The CT pelvis request was vetted by the radiologist and rejected.", "ct"),
    ("Her MRI referral was vetted and then declined by radiology.", "mri"),
    ("He had a CT of the pelvis three years ago, which showed no fracture; no new cross-sectional imaging is "
     "planned.", "ct"),
    ("An MRI pelvis would give the answer, but he is not keen.", "mri"),
    ("MRI pelvis offered; she is not keen on scans.", "mri"),
])
def test_outside27_en_a_study_refused_or_not_planned_is_not_performed(text, modality):
    assert statuses(text, "en", modality) == ["not_performed"]


def test_outside27_en_an_old_study_and_no_new_one_leave_no_order():
    case = only_case([
        ("n1", "2025-02-18", "radiology", "XR pelvis",
         "XR PELVIS\nFindings: Undisplaced fracture of the left superior pubic ramus.\nConclusion: Left superior pubic "
         "ramus fracture."),
        ("n2", "2025-02-19", "clinical", "",
         "Ward round. He had a CT of the pelvis three years ago after a previous fall, which showed no fracture; no "
         "new cross-sectional imaging is planned."),
    ], "en")
    assert flag_and_workup(case) == ("true", "radiograph_only")


# --- someone's belief or worry about the patient is a suspicion ------------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Her daughter thinks she has a compression fracture.", VCF),
    ("The GP thought she might have a compression fracture and sent her for an X-ray.", VCF),
    ("Her son is convinced she has broken her pubic bone again.", RAMUS),
    ("The physiotherapist was concerned she had a sacral stress fracture and has written to her GP.", SACRAL),
    ("The family believe she has a compression fracture.", VCF),
    ("She is worried that she has fractured her sacrum again.", SACRAL),
])
def test_outside27_en_a_belief_about_the_patient_is_a_suspicion(text, concept):
    assert assertions(text, "en", concept) == ["uncertain"]


@pytest.mark.parametrize("text,concept,expected", [
    ("The GP thought this was mechanical low back pain and no imaging is needed.", LBP, ["present"]),
    ("My colleague diagnosed an L1 compression fracture on the basis of Monday's X-ray.", VCF, ["present"]),
    ("She thinks the pain started after she fell; X-ray shows an L2 compression fracture.", VCF, ["present"]),
])
def test_outside27_en_a_diagnosis_or_an_opinion_on_something_else_stays(text, concept, expected):
    assert assertions(text, "en", concept) == expected


# --- a working diagnosis that awaits its proof ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Impression: bilateral sacral insufficiency fracture until proven otherwise. MRI pelvis requested.",
    "Left sacral insufficiency fracture, to be confirmed on MRI.",
    "Treat as a sacral insufficiency fracture unless proven otherwise.",
    "Right sacral alar fracture, awaiting confirmation on CT.",
])
def test_outside27_en_a_working_diagnosis_is_suspected(text):
    assert assertions(text, "en", SACRAL) == ["uncertain"]


def test_outside27_en_a_diagnosis_confirmed_stays_present():
    assert assertions("Right sacral insufficiency fracture, confirmed on MRI on 2 April.", "en", SACRAL) == ["present"]


@pytest.mark.parametrize("text,concept", [
    ("L1 compression fracture, acuity to be confirmed on MRI.", VCF),  # a quality of the finding awaits proof
    ("L2 compression fracture; age of the fracture to be confirmed with MRI.", VCF),
    ("Right superior pubic ramus fracture, sacral fracture to be confirmed on MRI.", RAMUS),  # another finding's proof
])
def test_outside27_en_a_finding_beside_what_awaits_proof_stays_present(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text", [
    "L1 compression fracture, acuity to be confirmed on MRI.",
    "L1 compression fracture, recommend MRI.",
    "Right superior pubic ramus fracture, sacral fracture to be confirmed on MRI.",
])
def test_outside27_en_a_request_before_the_exams_name_is_no_result_reported(text):
    # the fracture the sentence states was not found on that exam: the request word before its name is its own
    assert statuses(text, "en", "mri") == ["requested"]


def test_outside27_en_a_result_then_a_request_keeps_the_study_done():
    assert statuses("Sacral fracture on CT, MRI requested.", "en", "ct") == ["performed"]


# --- a time put first, or a month and year in brackets, dates what it tells of ---------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Three years ago she sustained an L2 compression fracture lifting a suitcase.", VCF),
    ("Back in 2019 he had a compression fracture of L1 after a fall from a ladder.", VCF),
    ("He went on to have a T12 compression fracture (March 2022).", VCF),
    ("PMH: Left pubic ramus fracture (Jan 2021), healed. Hypothyroidism.", RAMUS),
    ("Two years ago she had low back pain after a fall.", LBP),
    ("Back in 2020 she had low back pain for a few months.", LBP),
])
def test_outside27_en_a_time_put_first_or_bracketed_is_history(text, concept):
    assert assertions(text, "en", concept) == ["historical"]


@pytest.mark.parametrize("text,concept", [
    ("Two weeks ago she bent to lift her grandson and felt sudden pain in her lower back.", LBP),
    ("Left pubic ramus fracture (Jan 2025), healing.", RAMUS),  # the note's own year: no earlier episode
    ("Three years ago she had a hip replacement and now has low back pain.", LBP),
    ("She sustained a left superior pubic ramus fracture six weeks ago and is mobilising with a frame.", RAMUS),
])
def test_outside27_en_a_recent_or_current_finding_stays_present(text, concept):
    assert assertions(text, "en", concept) == ["present"]


# --- pain that is over ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Problem list: Hypertension. Low back pain - settled. Osteoarthritis of the right knee.",
    "Low back pain, now settled. CRP 4.",
    "Low back pain: settled with analgesia.",
    "Her lower back pain has now gone and she is back to gardening.",
    "His low back pain has completely settled.",
])
def test_outside27_en_pain_that_is_over_is_negated(text):
    assert assertions(text, "en", LBP) == ["negated"]


@pytest.mark.parametrize("text", [
    "Low back pain, not yet settled.",
    "Her lower back pain has now gone down to 3/10.",
    "Low back pain - recurrent, current episode since March.",
    "Low back pain - improving but still present.",
])
def test_outside27_en_pain_not_over_stays_present(text):
    assert assertions(text, "en", LBP) == ["present"]


# --- a relative's risk factor told with an apposition ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "His wife, 70, has osteoporosis and he is her main carer.",
    "Her sister, aged 75, has osteoporosis.",
])
def test_outside27_en_a_relatives_risk_factor_with_an_apposition_is_not_the_patients(text):
    assert assertions(text, "en", OSTEO) == ["historical"]


def test_outside27_en_the_patients_own_risk_factor_beside_a_relative_stays():
    assert assertions("He has osteoporosis, like his wife, diagnosed on DXA in 2021.", "en", OSTEO) == ["present"]


def test_outside27_en_a_wifes_osteoporosis_puts_a_man_at_no_risk():
    case = only_case([("n1", "2024-06-17", "clinical", "",
                       "GP. 72-year-old man with three weeks of low back pain. His wife, 70, has osteoporosis and he "
                       "is her main carer.")], "en")
    assert flag_and_workup(case) == ("false", "none")


# --- age told in words ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,flagged", [
    ("ED. An octogenarian woman brought in by ambulance with low back pain for five days; no fall.", "true"),
    ("A nonagenarian lady with low back pain after a fall.", "true"),
    ("ED. A woman in her late fifties with low back pain for a week after moving house.", "false"),
])
def test_outside27_en_age_in_words_decides_the_risk(text, flagged):
    case = only_case([("n1", "2024-08-05", "clinical", "", text)], "en")
    assert str(case["flagged"]).lower() == flagged


# --- another reading of a finding offered after it -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Increased uptake in both sacral alae and across the sacral body (H-shaped pattern), but the appearances could "
    "also reflect degenerative change at the sacroiliac joints.",
    "There is an insufficiency fracture of the left sacral ala, although this may also represent degenerative "
    "sclerosis.",
])
def test_outside27_en_another_reading_offered_after_a_finding_hedges_it(text):
    assert "uncertain" in assertions(text, "en", SACRAL, "radiology")
    assert "present" not in assertions(text, "en", SACRAL, "radiology")


def test_outside27_en_another_reading_of_something_else_leaves_the_finding():
    text = "Right sacral alar fracture, confirmed on CT. The uptake in L4 could also reflect degeneration."
    assert assertions(text, "en", SACRAL, "radiology") == ["present"]


@pytest.mark.parametrize("text", [
    "The spinal team's differential of a sacral insufficiency fracture was noted.",
    "Differential diagnosis of a sacral insufficiency fracture, to be discussed.",
])
def test_outside27_en_a_differential_of_is_a_suspicion(text):
    assert assertions(text, "en", SACRAL) == ["uncertain"]


# --- the set --------------------------------------------------------------------------------------------------------
def test_outside27_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

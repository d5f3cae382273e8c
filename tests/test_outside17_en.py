"""Round seventeen, English: the wording families that notes by an outside author (tests/data/outside17/en: long
documents and crowded sentences — discharge summaries, multi-problem ward notes, dated investigation lists, several
sites of mixed polarity in one sentence) showed the pipeline misreading, each by several differently worded
sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, flag_and_workup, one_note, only_case, scored_set, statuses

PR = "pubic_ramus_fracture"
SACRAL = "sacral_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
SET = Path(__file__).resolve().parent / "data" / "outside17" / "en"


# --- "PR fx": the pubic rami abbreviated, always with a fracture word right after ------------------------------------
@pytest.mark.parametrize("text", [
    "81F, L superior and inferior PR fx; now PWB with frame.",
    "Diagnoses: 1. R superior/inferior PR fx 2. COPD with orthopnoea",
    "Admitted with L PR fractures after a long lie.",
    "Ortho note: right PR # - conservative, FWB.",
])
def test_outside17_en_pr_fx_is_a_pubic_ramus_fracture(text):
    assert assertions(text, "en", PR) == ["present"]


@pytest.mark.parametrize("text", [
    "PR exam: no blood, normal tone.",
    "PR bleeding for 2 days; no fractures on the films.",
    "PR 88 bpm, BP 130/80.",
])
def test_outside17_en_pr_without_a_fracture_word_is_no_ramus(text):
    assert assertions(text, "en", PR) == []


def test_outside17_en_a_denied_pr_fx_stays_denied():
    assert assertions("No PR fx on the CT.", "en", PR) == ["negated"]


# --- "no fracture apart from L1": the exception names the fracture --------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("XR T/L spine: no fracture apart from L1, which has lost about 30% of its anterior height.", VCF),
    ("No fracture apart from T8.", VCF),
    ("No fracture except at L1, which is wedged.", VCF),
    ("No fractures other than of the left superior pubic ramus.", PR),
    ("No fracture except of the left inferior pubic ramus.", PR),
    ("No fracture aside from the left sacral ala.", SACRAL),
])
def test_outside17_en_the_site_after_an_exception_is_fractured(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text", [
    "All vertebral bodies of normal height except T12, which is wedged.",
    "Heights preserved except L3.",
    "Vertebral body heights are maintained apart from L1.",
])
def test_outside17_en_the_level_excepted_from_normal_heights_has_lost_height(text):
    assert "present" in assertions(text, "en", VCF)


@pytest.mark.parametrize("text,expected", [
    ("Vertebral heights normal apart from mild endplate change at L4.", ["negated"]),
    ("Marrow signal normal other than at L1, a haemangioma.", []),
    ("Normal alignment other than a grade 1 anterolisthesis of L4.", []),
])
def test_outside17_en_an_exception_from_other_normal_findings_is_no_compression(text, expected):
    assert assertions(text, "en", VCF) == expected


def test_outside17_en_a_healed_site_after_an_exception_stays_old():
    text = "No fracture apart from a healed right superior pubic ramus fracture with mature callus."
    assert assertions(text, "en", PR) == ["historical"]


@pytest.mark.parametrize("text", [
    "No fracture apart from degenerative change at L4/5.",
    "No fracture apart from some osteopenia of L2 and L3 endplates? - no, heights normal.",
])
def test_outside17_en_an_exception_that_names_no_fractured_site_adds_no_fracture(text):
    assert "present" not in assertions(text, "en", VCF)


@pytest.mark.parametrize("text,concept", [
    ("No fracture of L1.", VCF),
    ("No fracture of the pubic rami, sacrum or acetabula.", SACRAL),
])
def test_outside17_en_a_denial_without_exception_stays_denied(text, concept):
    assert assertions(text, "en", concept) == ["negated"]


# --- a past history written on its heading's line ends where a labelled line starts ----------------------------------
@pytest.mark.parametrize("text", [
    "PMH: osteoporosis, R THR 2014, glaucoma, HTN.\nXR pelvis + R hip: R inferior pubic ramus fracture; THR intact.",
    "Past medical history: AF, CKD 3.\nCT pelvis today: fracture of the left superior pubic ramus.",
    "PMH: COPD on prednisolone; T2DM.\nProblems:\n# Fall - left inferior pubic ramus fracture on XR",
])
def test_outside17_en_a_labelled_line_after_a_one_line_history_is_today(text):
    assert assertions(text, "en", PR) == ["present"]


@pytest.mark.parametrize("text", [
    "PMH:\n- HTN\n- left superior pubic ramus fracture\nPlan: home",
    "PMH: HTN, left superior pubic ramus fracture.\nDH: amlodipine",
    "PMH: osteoporosis, HTN.\nLeft superior pubic ramus fracture, healed.",
])
def test_outside17_en_a_history_list_keeps_its_fractures_old(text):
    assert assertions(text, "en", PR) == ["historical"]


# --- a list under one trigger ends where another trigger starts ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Indication: prior pelvic RT, LBP, r/o SIF / metastases.",
    "History: previous hip fracture, low back pain, ?sacral fracture or metastases.",
    "Indication: previous radiotherapy, LBP, query sacral fracture / mets.",
])
def test_outside17_en_pain_between_an_old_event_and_a_question_is_current(text):
    assert assertions(text, "en", LBP) == ["present"]


@pytest.mark.parametrize("text,concept", [
    ("No fracture of the pubic rami, sacrum or acetabula.", PR),
    ("No fracture of the pubic rami, sacrum or acetabula.", SACRAL),
    ("No acute fracture of the pelvis, sacrum or pubic rami.", SACRAL),
])
def test_outside17_en_a_list_with_no_other_trigger_shares_the_denial(text, concept):
    assert assertions(text, "en", concept) == ["negated"]


# --- a list of intact sites without a verb, the sacrum first --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "R superior pubic ramus fracture; sacrum, acetabula and inferior ramus intact on CT - non-op.",
    "Sacrum, both acetabula and the hips normal.",
    "Left superior ramus fracture. Sacral alae, SI joints and acetabula unremarkable.",
])
def test_outside17_en_a_sacrum_listed_as_intact_denies_its_fracture(text):
    assert assertions(text, "en", SACRAL) == ["negated"]


@pytest.mark.parametrize("text,concept,expected", [
    ("Sacral ala fracture; pubic rami and acetabula intact.", SACRAL, ["present"]),
    ("R superior pubic ramus fracture; sacrum, acetabula and inferior ramus intact on CT.", PR, ["present", "negated"]),
    ("Sacral insufficiency fracture, acetabula and hips normal.", SACRAL, ["present"]),
])
def test_outside17_en_an_intact_word_for_other_sites_leaves_the_fracture(text, concept, expected):
    assert assertions(text, "en", concept) == expected


# --- "no fracture line and no marrow oedema in the sacrum or the pubic rami": both denials name the sites --------------
@pytest.mark.parametrize("text,concept", [
    ("No fracture line and no marrow oedema in the sacrum or the pubic rami.", PR),
    ("No fracture line and no marrow oedema in the sacrum or the pubic rami.", SACRAL),
    ("No fracture and no bone marrow edema in the sacrum or pubic rami.", SACRAL),
    ("No fracture lines or no oedema within the sacrum or pubic rami.", PR),
])
def test_outside17_en_a_fracture_and_oedema_denied_together_deny_the_listed_sites(text, concept):
    assert assertions(text, "en", concept) == ["negated"]


@pytest.mark.parametrize("text,concept", [
    ("Left superior ramus fracture and no oedema in the sacrum or ilium.", SACRAL),
    ("Sacral fracture and no oedema in the pubic rami or acetabula.", PR),
])
def test_outside17_en_a_fracture_elsewhere_and_no_oedema_name_no_fracture_of_the_sites(text, concept):
    assert assertions(text, "en", concept) == []


# --- "L/S", "T/L": the lumbosacral and thoracolumbar spine as notes abbreviate them ----------------------------------
@pytest.mark.parametrize("text,modality", [
    ("If not improving in 6/52 consider MRI L/S.", "mri"),
    ("XR L/S requested.", "radiograph"),
    ("XR T/L spine yesterday: no fracture apart from L1.", "radiograph"),
    ("CT T/L today.", "ct"),
])
def test_outside17_en_l_s_and_t_l_are_the_spine(text, modality):
    exams = one_note(text, "en").exams
    assert exams[exams["modality"] == modality]["region"].tolist() == ["lumbar_spine"]


@pytest.mark.parametrize("text", [
    "L/S pain for 3/52.",
    "LS pain, worse on standing.",
    "c/o pain in the L/S spine.",
])
def test_outside17_en_l_s_pain_is_low_back_pain(text):
    assert assertions(text, "en", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "T/L pain after a fall.",
    "XR L/S: no fracture. Pain in the R hip.",
    "LS 2 views: normal.",
])
def test_outside17_en_the_l_s_spine_without_its_pain_is_no_low_back_pain(text):
    assert assertions(text, "en", LBP) == []


# --- "in 6/52": a study weeks ahead is planned ---------------------------------------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("MRI pelvis in 6/52.", "mri"),
    ("f/u MRI pelvis in 6/52.", "mri"),
    ("Follow-up CT pelvis in 6/52 to assess healing.", "ct"),
    ("Bone scan in 2/12 if still sore.", "scintigraphy"),
])
def test_outside17_en_a_study_in_weeks_written_as_52nds_is_requested(text, modality):
    assert statuses(text, "en", modality) == ["requested"]


@pytest.mark.parametrize("text", [
    "MRI pelvis in 6/52 showed healing.",
    "MRI pelvis 3/52 ago: no fracture.",
])
def test_outside17_en_a_study_with_its_result_or_past_date_was_done(text):
    assert statuses(text, "en", "mri") == ["performed"]


_LBP_MAN = "67 year old man with rheumatoid arthritis. c/o LBP for 2 weeks, no red flags."


def test_outside17_en_a_lumbar_mri_considered_is_no_sacral_order():
    case = only_case([("n1", "2025-09-08", "outpatient", "", _LBP_MAN + " If not improving consider MRI L/S.")],
                     "en")
    assert flag_and_workup(case) == ("true", "none")


def test_outside17_en_a_pelvic_mri_requested_is_an_order():
    case = only_case([("n1", "2025-09-08", "outpatient", "", _LBP_MAN + " MRI pelvis requested.")], "en")
    assert flag_and_workup(case) == ("true", "ordered")


# --- an exam said not planned or not requested was never ordered ----------------------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("No MRI planned.", "mri"),
    ("MRI not planned.", "mri"),
    ("No pelvic MRI has been requested.", "mri"),
    ("No CT of the pelvis booked.", "ct"),
    ("No further imaging planned - XR sufficient.", "radiograph"),
])
def test_outside17_en_an_exam_not_planned_is_not_performed(text, modality):
    assert statuses(text, "en", modality) == ["not_performed"]


@pytest.mark.parametrize("text", [
    "MRI pelvis planned.",
    "No fracture on XR, MRI pelvis requested.",
    "No improvement so MRI requested.",
    "No red flags; MRI pelvis booked for Monday.",
])
def test_outside17_en_an_exam_requested_after_a_denial_stays_requested(text):
    assert statuses(text, "en", "mri") == ["requested"]


def test_outside17_en_a_pelvic_mri_not_planned_is_no_order():
    case = only_case([("n1", "2025-09-08", "outpatient", "", _LBP_MAN + " No MRI pelvis planned at present.")], "en")
    assert flag_and_workup(case) == ("true", "none")


# --- a patient who died before the scan: the exam was not performed -------------------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("MRI pelvis booked - patient died before scan.", "mri"),
    ("CT pelvis booked for 14/02; she passed away prior to the CT.", "ct"),
    ("CT pelvis booked for 14/02 - not performed; the patient died on 14/02 before the scan.", "ct"),
])
def test_outside17_en_an_exam_booked_before_death_was_not_performed(text, modality):
    assert set(statuses(text, "en", modality)) == {"not_performed"}


# --- other reasons a booked exam did not happen: discharged or left first, weight or girth over the limit -----------
@pytest.mark.parametrize("text,modality", [
    ("MRI pelvis requested; discharged home prior to scan.", "mri"),
    ("MRI pelvis: patient discharged before it could be done.", "mri"),
    ("MRI pelvis - pt self-discharged before scan.", "mri"),
    ("MRI: pt left against medical advice before the scan.", "mri"),
    ("CT pelvis: exceeds table weight limit (180 kg).", "ct"),
    ("CT pelvis not possible - weight above the scanner limit.", "ct"),
    ("MRI pelvis: too large for the bore.", "mri"),
    ("MRI pelvis not done - bore too small for girth.", "mri"),
])
def test_outside17_en_an_exam_the_patient_left_before_or_did_not_fit_was_not_performed(text, modality):
    assert set(statuses(text, "en", modality)) == {"not_performed"}


@pytest.mark.parametrize("text,modality", [
    ("MRI pelvis performed; patient left AMA later that evening.", "mri"),
    ("MRI pelvis done 03/03: no fracture; pt then self-discharged.", "mri"),
    ("CT pelvis: weight 95 kg, within table limit; no fracture.", "ct"),
    ("MRI pelvis done prior to discharge: no fracture.", "mri"),
])
def test_outside17_en_an_exam_done_before_the_patient_left_stays_done(text, modality):
    assert statuses(text, "en", modality) == ["performed"]


def test_outside17_en_a_death_in_the_family_leaves_todays_study_done():
    text = "Husband died before her MRI last year; MRI pelvis today shows no fracture."
    assert statuses(text, "en", "mri")[-1] == "performed"


# --- a bracketed refusal after other words is theirs, not an earlier exam's -----------------------------------------
@pytest.mark.parametrize("text", [
    "PMH: L1 compression fracture 2023 (CT); osteoporosis, untreated (declined); HTN.",
    "CT abdomen/pelvis 2024 normal; bone protection (declined); HTN.",
])
def test_outside17_en_a_bracketed_refusal_of_a_treatment_leaves_the_study_done(text):
    assert statuses(text, "en", "ct") == ["performed"]


@pytest.mark.parametrize("text", [
    "MRI pelvis (cancelled - pacemaker).",
    "MRI pelvis requested, patient (declined).",
    "MRI pelvis requested - patient anxious (declined).",
])
def test_outside17_en_a_bracketed_refusal_of_the_exam_still_counts(text):
    assert statuses(text, "en", "mri") == ["not_performed"]


def test_outside17_en_an_old_ct_and_a_declined_treatment_leave_the_new_episode_on_plain_films():
    rows = [("n1", "2023-03-10", "radiology", "CT abdomen and pelvis",
             "Bones: L1 compression fracture. Sacrum intact."),
            ("n2", "2025-09-14", "radiology", "XR pelvis", "Undisplaced left superior pubic ramus fracture."),
            ("n3", "2025-09-15", "clinical", "",
             "PMH: L1 compression fracture 2023 (CT); osteoporosis, untreated (declined); HTN.\n"
             "Plan: WBAT. No further imaging planned - XR sufficient.")]
    assert flag_and_workup(only_case(rows, "en")) == ("true", "radiograph_only")


# --- "new since 2023": the year dates the earlier film, not the finding ---------------------------------------------
@pytest.mark.parametrize("text", [
    "L1 compression fracture - new since 2023.",
    "L2 wedge - new from 2022, 40% height loss.",
    "T12 compression fracture, interval since 2021.",
])
def test_outside17_en_new_since_a_year_is_this_episode(text):
    assert assertions(text, "en", VCF) == ["present"]


@pytest.mark.parametrize("text", [
    "L1 compression fracture 2019.",
    "L1 compression fracture since 2019.",
])
def test_outside17_en_a_fracture_dated_to_an_earlier_year_stays_old(text):
    assert assertions(text, "en", VCF) == ["historical"]


# --- "s/p fall": the fall is what the status follows, not the fracture found after it ------------------------------
@pytest.mark.parametrize("text,concept", [
    ("82F s/p mechanical fall 2 days ago with R superior pubic ramus fracture.", PR),
    ("Status post fall yesterday; left inferior pubic ramus fracture on XR.", PR),
    ("s/p fall, L1 compression fracture new.", VCF),
])
def test_outside17_en_a_fracture_after_s_p_fall_is_current(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text,concept", [
    ("s/p L superior pubic ramus fracture 2019.", PR),
    ("s/p fall with pubic ramus fracture in 2015.", PR),
    ("s/p kyphoplasty for L1 compression fracture.", VCF),
])
def test_outside17_en_s_p_a_fracture_or_its_treatment_stays_old(text, concept):
    assert assertions(text, "en", concept) == ["historical"]


# --- "concern re SIF", "concern regarding": a suspicion, like "concern for" -------------------------------------------
@pytest.mark.parametrize("text", [
    "Concern re SIF - MRI requested.",
    "Some concern regarding a sacral insufficiency fracture.",
    "Concerns re SIF given LBP and osteoporosis.",
])
def test_outside17_en_concern_re_a_fracture_is_a_suspicion(text):
    assert assertions(text, "en", SACRAL) == ["uncertain"]


@pytest.mark.parametrize("text,expected", [
    ("Indication: concern re SIF.", ["hypothetical"]),
    ("MRI pelvis: no sacral fracture, which answers the concern re the sacrum.", ["negated"]),
])
def test_outside17_en_concern_re_in_a_question_or_after_a_denial_keeps_its_reading(text, expected):
    assert assertions(text, "en", SACRAL) == expected


def test_outside17_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

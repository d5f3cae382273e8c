"""Round thirty-eight, English: osteoporosis and fracture-liaison notes. The wording families that a red team's
notes (tests/data/outside38/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: a fracture-risk figure named with "osteoporotic" (FRAX's "probability of a
major osteoporotic fracture") and "risk factors for" a condition, which are risks, not the disease; a bone density
report that leaves a fractured level out of its analysis ("L1 excluded from analysis due to fracture"); a fracture
history whose entries are bare sites and dates ("Previous fractures: right wrist 2016, L1 2021, left pubic ramus
2022"), after a colon or under a heading that names fractures; a pain gone, said with a phrasal verb ("has eased off
completely"); a class of fractures named as a recognised risk of a drug or its withdrawal ("rebound vertebral
fractures ... are a well-recognised risk"); a report's own exam the patient did not attend, "to be rebooked"; an
exam on a condition about a symptom ("MRI pelvis if the buttock pain persists"); and a densitometry site with its
score ("total hip -1.8"), no hip replacement."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside38" / "en"


# --- a fracture-risk figure, and risk factors for a condition, are risks -------------------------------------------
@pytest.mark.parametrize("sentence", [
    "FRAX with femoral neck BMD: major osteoporotic fracture 17%, hip fracture 3.1%.",
    "Her ten-year probability of a major osteoporotic fracture is 27 per cent.",
    "The calculated major osteoporotic fracture risk lies in the amber zone.",
    "NOGG graph: above the intervention threshold for osteoporotic fracture.",
    "10-yr probability of major osteoporotic fracture = 14.5% (UK model).",
    "Osteoporotic fracture probability is below the treatment threshold for her age.",
])
def test_a_fracture_risk_figure_is_no_osteoporosis(sentence):
    assert assertions(sentence, "en", "osteoporosis") == ["hypothetical"]


@pytest.mark.parametrize("sentence", [
    "Risk factors for osteoporosis include a premature menopause and heavy drinking.",
    "He has two risk factors for osteoporosis: smoking and hypogonadism.",
    "Risk factors for vertebral fractures were discussed.",
])
def test_risk_factors_for_a_condition_are_no_diagnosis(sentence):
    found = assertions(sentence, "en", "osteoporosis") + assertions(sentence, "en", "vertebral_compression_fracture")
    assert found == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Osteoporotic compression fracture of T11.", "osteoporosis", ["present"]),
    ("She has osteoporosis; her fracture risk is high.", "osteoporosis", ["present"]),
    ("Known osteoporosis, with a ten-year fracture probability of 22%.", "osteoporosis", ["present"]),
    ("High probability of a sacral insufficiency fracture on the CT.", "sacral_fracture", ["uncertain"]),
    ("Risk factors for osteoporosis: long-term prednisolone and rheumatoid arthritis.", "steroid_therapy",
     ["present"]),
    ("Risk factors for osteoporosis: long-term prednisolone and rheumatoid arthritis.", "rheumatic_disease",
     ["present"]),
    ("Risk factors for a sacral insufficiency fracture: osteoporosis, pelvic radiotherapy.", "osteoporosis",
     ["present"]),
    ("Risk factors: previous fracture, glucocorticoids, osteoporosis.", "osteoporosis", ["present"]),
])
def test_lookalikes_of_risk_figures_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


def test_a_frax_figure_does_not_put_a_man_with_low_back_pain_at_risk():
    case = only_case([("n1", "2024-06-03", "clinical", "", "61M, lumbar pain for five weeks after a fall from a "
                       "ladder. FRAX (no BMD): major osteoporotic fracture 11%, hip 2%. Plan: physio.", "en")])
    assert flag_and_workup(case) == ("false", "none")


# --- a bone density report leaves a fractured level out of its analysis --------------------------------------------
@pytest.mark.parametrize("sentence", [
    "LUMBAR SPINE: L2 excluded from the analysis due to fracture; L1, L3 and L4 analysed.",
    "T12 omitted from the BMD calculation owing to a wedge fracture.",
    "L3 and L4 were excluded because of fractures.",
    "L1 removed from analysis secondary to the known compression fracture.",
])
def test_a_level_excluded_for_a_fracture_is_a_vertebral_fracture(sentence):
    assert assertions(sentence, "en", "vertebral_compression_fracture") == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("L4 excluded from the analysis due to degenerative sclerosis.", []),
    ("L2 excluded owing to a laminectomy artefact.", []),
    ("A fracture of L1 has been excluded on MRI.", ["negated"]),
])
def test_lookalikes_of_excluded_levels_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", "vertebral_compression_fracture") == expected


def test_a_fracture_known_only_from_the_dxa_flags():
    case = only_case([("n1", "2024-09-02", "radiology", "DXA SPINE AND HIP", "DXA\nLUMBAR SPINE: L3 excluded "
                       "from analysis due to fracture. L1-L2, L4 T-score -2.7.\nCONCLUSION: osteoporosis.", "en")])
    assert flag_and_workup(case) == ("true", "none")


# --- a fracture history of bare sites --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Previous fragility fractures: left humerus 2017, T8 2020, right pubic ramus 2021.", "vertebral_compression_fracture",
     ["historical"]),
    ("Previous fragility fractures: left humerus 2017, T8 2020, right pubic ramus 2021.", "pubic_ramus_fracture",
     ["historical"]),
    ("Prior fractures: L3 (2018), L4 (2020).", "vertebral_compression_fracture", ["historical", "historical"]),
    ("Fracture history: T11 vertebra 2019, left ankle 2021.", "vertebral_compression_fracture", ["historical"]),
    ("Osteoporotic fractures: right wrist (2016), sacrum (2022), now L2 (this month).", "sacral_fracture",
     ["historical"]),
    ("FLS REVIEW\nPrevious fractures:\n- T9 2018\n- left distal radius 2020\n- left inferior pubic ramus (2023)",
     "pubic_ramus_fracture", ["historical"]),
    ("FLS REVIEW\nPrevious fractures:\n- T9 2018\n- left distal radius 2020", "vertebral_compression_fracture",
     ["historical"]),
])
def test_a_site_in_a_fracture_history_is_a_fracture(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


@pytest.mark.parametrize("sentence", [
    "Previous fractures: none. L4-5 disc degeneration on the old films.",
    "Fracture risk: FRAX 19%, hip 5%; L1-L4 T-score -2.2.",
    "Investigations: L1-L4 T-score -2.9, femoral neck -2.3.",
    "Fracture clinic: reviewed, L5 radiculopathy noted.",
    "Previous fractures: left wrist (2015), right ankle 2019.",
])
def test_lookalikes_of_fracture_histories_name_no_vertebral_fracture(sentence):
    assert assertions(sentence, "en", "vertebral_compression_fracture") == []


# --- a pain gone, said with a phrasal verb ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The buttock pain he had after the fall has eased off completely.",
    "Her lumbar pain has completely eased off with the new mattress.",
    "The low back pain has now disappeared.",
])
def test_a_pain_eased_off_completely_is_gone(sentence):
    assert assertions(sentence, "en", "low_back_pain") == ["negated"]


@pytest.mark.parametrize("sentence", [
    "Her low back pain has eased off a little.",
    "Low back pain easing slowly with physiotherapy.",
    "The low back pain has eased but is still there at night.",
])
def test_lookalikes_of_pain_gone_stay_present(sentence):
    assert assertions(sentence, "en", "low_back_pain") == ["present"]


# --- a class of fractures named as a recognised risk ----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Multiple vertebral fractures are a well-recognised complication of stopping denosumab abruptly.",
    "Rebound vertebral fractures are a known risk when denosumab is delayed.",
    "Vertebral fractures remain a recognized hazard after denosumab withdrawal.",
])
def test_a_class_of_fractures_named_as_a_risk_is_no_fracture(sentence):
    assert assertions(sentence, "en", "vertebral_compression_fracture") == ["hypothetical"]


@pytest.mark.parametrize("sentence, expected", [
    ("Her T12 fracture is a known risk factor for further fractures.", ["present"]),
    ("Multiple vertebral fractures at T11, L1 and L3 after stopping denosumab.", ["present"]),
    ("The L2 compression fracture is a known finding.", ["present"]),
])
def test_lookalikes_of_fracture_risks_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", "vertebral_compression_fracture") == expected


# --- a report's own exam not attended, to be rebooked -----------------------------------------------------------------
@pytest.mark.parametrize("exam, text", [
    ("NM BONE SCAN WHOLE BODY", "The patient did not attend for the bone scan. To be rebooked by the referring team."),
    ("MRI PELVIS", "Patient did not attend for the MRI. Rebooked for next month."),
    ("CT PELVIS", "The CT was cancelled as the patient was unwell. New appointment to follow."),
])
def test_a_report_of_its_own_exam_not_done_and_rebooked_is_no_exam_done(exam, text):
    assert [s for _, s, _ in exam_rows(text, "en", "radiology", exam)] == ["requested"]


def test_a_report_whose_follow_up_is_to_be_booked_was_performed():
    rows = exam_rows("FINDINGS: Normal uptake in the sacrum and pelvis. A follow-up bone scan is to be rebooked in "
                     "six months.", "en", "radiology", "NM BONE SCAN WHOLE BODY")
    assert rows[0] == ("scintigraphy", "performed", True)


def test_a_bone_scan_not_attended_leaves_the_order():
    case = only_case([
        ("n1", "2024-08-05", "clinical", "", "74F with osteoporosis, low back pain for a month. Bone scan requested.",
         "en"),
        ("n2", "2024-09-16", "radiology", "NM BONE SCAN WHOLE BODY", "NUCLEAR MEDICINE\nThe patient did not attend "
         "for the bone scan. Appointment to be rebooked by the referrer.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- an exam on a condition about a symptom ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "MRI pelvis if the sacral pain persists beyond a month.",
    "CT of the pelvis should her buttock pain continue.",
    "Bone scan if his low back pain does not improve.",
    "MRI of the pelvis if her lumbar pain fails to settle.",
])
def test_an_exam_on_a_symptom_condition_is_requested(sentence):
    assert [s for _, s, _ in exam_rows(sentence, "en")] == ["requested"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("If her buttock pain does not settle, she will see the GP.", "low_back_pain", ["hypothetical"]),
    ("Should the low back pain persist, return to clinic.", "low_back_pain", ["hypothetical"]),
    ("Kyphoplasty if pain from the T12 compression fracture persists.", "vertebral_compression_fracture",
     ["present"]),
    ("MRI pelvis if pain from the T12 compression fracture continues.", "vertebral_compression_fracture",
     ["present"]),
])
def test_the_pain_a_condition_names_is_asked_its_cause_stays(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


@pytest.mark.parametrize("sentence", [
    "MRI pelvis was normal, so if the low back pain persists we will refer to the spinal team.",
    "MRI pelvis showed a sacral fracture; repeat if the pain persists.",
    "CT pelvis on 3 May showed no fracture; should the pain worsen, she will return.",
])
def test_lookalikes_of_conditional_exams_were_performed(sentence):
    assert [s for _, s, _ in exam_rows(sentence, "en")] == ["performed"]


# --- a densitometry site with its score -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "DXA: femoral neck -2.4, total hip -1.9.",
    "Total hip: -2.6; L1-L4: -3.0.",
    "Left total hip 0.702 g/cm2.",
])
def test_a_total_hip_score_is_no_hip_replacement(sentence):
    assert assertions(sentence, "en", "hip_prosthesis") == []


@pytest.mark.parametrize("sentence", [
    "Left total hip 2015, revised 2020.",
    "Total hip (2012) on the right.",
    "Right total hip replacement in 2019.",
])
def test_lookalikes_of_total_hip_scores_are_hip_replacements(sentence):
    assert assertions(sentence, "en", "hip_prosthesis") == ["present"]


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round forty-four, English: young patients, pregnancy and sport. The wording families that a red team's notes
(tests/data/outside44/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: someone of the patient's sporting or everyday life (a teammate, clubmate,
squad, coach, friend or flatmate) whose fracture or osteoporosis is theirs, not the patient's, also with "sustained";
a stress reaction or bone stress injury (BSI) of the sacrum or a pubic ramus, a suspected fracture of that site, whose
question, denial or past the words around it still decide; lumbopelvic pain, low-back pain; a pars interarticularis
stress fracture (spondylolysis), no vertebral compression; a statement about a class of patients ("sacral stress
fractures are typically seen in female distance runners"), no finding of the patient; "investigate for" asks; an exam
avoided (in pregnancy) was not performed; juvenile idiopathic arthritis, an inflammatory rheumatic disease, and steroid
injections, a local steroid; the patient named by her own motherhood ("breastfeeding mother with low back pain"), not
her mother; and the pubic rami inside a list of sites read as normal."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import (assertions, assertions_by_concept, case_mismatches, exam_rows, flag_and_workup, only_case,
                       scored_set)

SET = Path(__file__).resolve().parent / "data" / "outside44" / "en"


# --- someone of the patient's sporting or everyday life -------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Her clubmate sustained a pubic ramus stress fracture in March.", "pubic_ramus_fracture"),
    ("Several girls in her squad have had sacral stress fractures.", "sacral_fracture"),
    ("His coach has osteoporosis.", "osteoporosis"),
    ("Her flatmate was diagnosed with a sacral stress fracture in the spring.", "sacral_fracture"),
    ("Two of his teammates have had pubic ramus stress fractures this season.", "pubic_ramus_fracture"),
    ("Her sister sustained a sacral stress fracture.", "sacral_fracture"),
])
def test_a_companions_or_relatives_condition_is_not_the_patients(sentence, concept):
    assert assertions(sentence, "en", concept) == ["historical"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Her teammate drove her to the ED with left buttock pain.", "low_back_pain", ["present"]),
    ("Her coach has noticed she limps with low back pain.", "low_back_pain", ["present"]),
    ("Her friend has been driving her since the low back pain began.", "low_back_pain", ["present"]),
    ("The team physio was concerned she had a sacral stress fracture.", "sacral_fracture", ["uncertain"]),
])
def test_lookalikes_of_companions_keep_the_patients_finding(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- a stress reaction or bone stress injury of the sacrum or a pubic ramus -----------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Stress response in the right sacral ala.", "sacral_fracture"),
    ("High-grade bone stress injury of the left sacrum on MRI.", "sacral_fracture"),
    ("Sacral stress injury on the left, Fredericson grade 3.", "sacral_fracture"),
    ("Bilateral sacral BSIs.", "sacral_fracture"),
    ("Marrow oedema in the left sacral ala in keeping with a stress reaction.", "sacral_fracture"),
    ("Stress reaction at the left superior pubic ramus.", "pubic_ramus_fracture"),
    ("Pubic bone stress injury on the right.", "pubic_ramus_fracture"),
    ("Superior pubic ramus stress response.", "pubic_ramus_fracture"),
])
def test_a_stress_injury_of_the_site_is_its_suspected_fracture(sentence, concept):
    assert assertions(sentence, "en", concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, expected", [
    ("A sacral stress reaction should be excluded.", ["hypothetical"]),
    ("MRI to look for a sacral stress reaction.", ["hypothetical"]),
    ("Sacral stress reaction excluded on MRI.", ["negated"]),
    ("No bone stress injury of the sacrum.", ["negated"]),
    ("History of a left sacral stress reaction in 2021.", ["historical"]),
    ("Her teammate had a sacral stress reaction.", ["historical"]),
    ("No stress reaction or stress fracture in the sacrum.", ["negated"]),
    ("Longitudinal stress fracture of the left sacral ala.", ["present"]),
])
def test_what_is_said_of_a_stress_injury_still_decides(sentence, expected):
    assert assertions(sentence, "en", "sacral_fracture") == expected


@pytest.mark.parametrize("sentence", [
    "Tibial stress reaction.",
    "Stress reaction of the second metatarsal.",
    "Stress response in the femoral neck, compression side.",
    "Bilateral L5 pars stress reaction.",
])
def test_a_stress_injury_of_another_bone_names_no_concept(sentence):
    assert assertions_by_concept(sentence, "en") == {}


# --- lumbopelvic pain -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Pregnancy-related lumbopelvic pain since 20 weeks.", ["present"]),
    ("Lumbopelvic girdle pain, right more than left.", ["present"]),
    ("Lumbo-pelvic pain on rolling over in bed.", ["present"]),
    ("No lumbopelvic pain.", ["negated"]),
    ("Lumbopelvic control exercises taught.", []),
    ("Lumbopelvic rhythm assessed.", []),
    ("Pelvic girdle pain in pregnancy.", []),
])
def test_lumbopelvic_pain_is_low_back_pain(sentence, expected):
    assert assertions(sentence, "en", "low_back_pain") == expected


# --- a pars stress fracture is no vertebral compression --------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Bilateral L5 pars stress fractures.", []),
    ("Stress fracture of the right L4 pars interarticularis.", []),
    ("Pars fatigue fracture at L5.", []),
    ("?L5 pars stress fracture (spondylolysis).", []),
    ("L4 pars stress fracture and an L1 wedge compression fracture.", ["present"]),
    ("L1 compression fracture and L5 pars defect.", ["present"]),
])
def test_a_pars_stress_fracture_is_no_vertebral_compression(sentence, expected):
    assert assertions(sentence, "en", "vertebral_compression_fracture") == expected


# --- a statement about a class of patients ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sacral insufficiency fractures are most often seen in elderly women.", "sacral_fracture", ["hypothetical"]),
    ("Pubic ramus stress fractures typically occur in female military recruits.", "pubic_ramus_fracture",
     ["hypothetical"]),
    ("Stress fractures of the sacrum are more common in female runners.", "sacral_fracture", ["hypothetical"]),
    ("She has a sacral stress fracture, which is more common in female runners.", "sacral_fracture", ["present"]),
    ("Her sacral stress fracture is healing.", "sacral_fracture", ["present"]),
])
def test_what_a_class_of_patients_has_is_no_finding_of_the_patient(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- investigate for ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Investigate for osteoporosis.", ["hypothetical"]),
    ("L2 fracture at 35 - investigate for lactation-associated osteoporosis or another cause.", ["hypothetical"]),
    ("She has osteoporosis; investigate for a secondary cause.", ["present"]),
    ("Known osteoporosis, to investigate for secondary causes.", ["present"]),
])
def test_investigate_for_asks(sentence, expected):
    assert assertions(sentence, "en", "osteoporosis") == expected


# --- an exam avoided --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Radiographs avoided in pregnancy.", [("radiograph", "not_performed", False)]),
    ("We avoided X-rays because of the pregnancy.", [("radiograph", "not_performed", False)]),
    ("CT pelvis avoided (pregnant, 26 weeks); MRI pelvis instead, which showed no fracture.",
     [("ct", "not_performed", True), ("mri", "performed", True)]),
    ("MRI pelvis performed, avoiding gadolinium.", [("mri", "performed", True)]),
    ("Gadolinium avoided; non-contrast MRI pelvis done.", [("mri", "performed", True)]),
    ("She has avoided running since the MRI pelvis showed a stress fracture.", [("mri", "performed", True)]),
])
def test_an_exam_avoided_was_not_performed(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_ct_avoided_in_pregnancy_is_no_order():
    case = only_case([("n1", "2025-03-03", "clinical", "", "28 yo F, 26 weeks pregnant, on prednisolone 10 mg daily for "
                       "3 years. Low back pain for 2 weeks. CT avoided because she is pregnant.", "en")])
    assert flag_and_workup(case) == ("true", "none")


# --- juvenile idiopathic arthritis; steroid injections ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Oligoarticular JIA since age 6.", "rheumatic_disease", ["present"]),
    ("Juvenile chronic arthritis as a child.", "rheumatic_disease", ["present"]),
    ("JRA since childhood.", "rheumatic_disease", ["present"]),
    ("Juvenile osteochondrosis of the hip.", "rheumatic_disease", []),
    ("Two intra-articular steroid injections to the right knee.", "steroid_therapy", []),
    ("Steroid injections into both SI joints.", "steroid_therapy", []),
    ("On prednisolone 5 mg daily since 2019.", "steroid_therapy", ["present"]),
])
def test_jia_is_a_rheumatic_disease_and_a_steroid_injection_no_therapy(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- the patient named by her motherhood --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Breastfeeding mother with low back pain after lifting.", "low_back_pain", ["present"]),
    ("Postpartum mother with sacral pain.", "low_back_pain", ["present"]),
    ("New mother with low back pain since the delivery.", "low_back_pain", ["present"]),
    ("Her mother had osteoporosis.", "osteoporosis", ["historical"]),
    ("Her mum has osteoporosis.", "osteoporosis", ["historical"]),
    ("Her mother with osteoporosis lives nearby.", "osteoporosis", ["historical"]),
])
def test_the_patient_named_by_her_motherhood_is_the_patient(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- the pubic rami inside a list of sites read as normal -------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Right sacral ala, pubic rami and femoral necks normal.", ["negated"]),
    ("Sacrum, inferior pubic rami and hips unremarkable.", ["negated"]),
    ("Fractures of the sacral ala, pubic rami and left acetabulum.", ["present"]),
])
def test_the_pubic_rami_inside_a_list_read_as_normal(sentence, expected):
    assert assertions(sentence, "en", "pubic_ramus_fracture") == expected


# --- cases --------------------------------------------------------------------------------------------------------------
def test_a_sacral_bone_stress_injury_without_imaging_flags():
    case = only_case([("n1", "2025-05-05", "clinical", "", "Physio letter. 23 yo F runner, left buttock pain for 3 "
                       "weeks, hop test positive. Impression: left sacral bone stress injury. Offloading, no imaging "
                       "arranged.", "en")])
    assert flag_and_workup(case) == ("true", "none")
    assert case["priority"] == "high"


def test_a_teammates_ramus_fracture_makes_no_case():
    rows = [("n1", "2025-05-05", "outpatient", "", "20 yo F hockey player, right groin pain. One of her teammates had a "
             "pubic ramus stress fracture last spring. Impression: adductor-related groin pain.", "en")]
    from reportminer.pipeline import scan
    from .phrasing import notes_table
    assert scan(notes_table(rows)).cases.empty


def test_lumbopelvic_pain_on_long_term_steroids_flags():
    case = only_case([("n1", "2025-07-14", "outpatient", "", "28 yo F, 27 weeks pregnant, SLE on prednisolone 7.5 mg "
                       "daily for 4 years. Lumbopelvic pain for 3 weeks. MRI pelvis deferred until after delivery.",
                       "en")])
    assert flag_and_workup(case) == ("true", "ordered")


def test_a_pars_stress_fracture_does_not_flag_a_young_man():
    case = only_case([("n1", "2024-07-24", "radiology", "CT LUMBAR SPINE", "CT LUMBAR SPINE\nClinical: 18M fast "
                       "bowler, low back pain.\nFindings: Right L5 pars stress fracture. Vertebral body heights "
                       "maintained.", "en")])
    assert flag_and_workup(case) == ("false", "none")


# --- the set -----------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

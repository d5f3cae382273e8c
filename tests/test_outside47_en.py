"""Round forty-seven, English: secondary osteoporosis in the medical clinics. The wording families that a red team's
notes (tests/data/outside47/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading:

- what a disease or a treatment does to a class of patients, stated in general: a rate ("occur in up to 20% of
  women", "one in ten", "30-50% of patients on steroids develop"), a side effect ("may include", "is a common side
  effect of"), what a drug "reduces": no finding of the patient (`hypothetical`);
- a teaching statement speaks of its own clause: findings across a semicolon keep their reading;
- steroids named but not given ("steroid-naive", "have been avoided", "withheld"), given to a class of patients in a
  guideline ("for anyone taking prednisolone 7.5 mg"), said in general to cause bone loss, or named in an adverse
  reaction ("previous steroid psychosis"): no long-term steroid therapy of the patient;
- the connective tissue diseases and giant cell arteritis (systemic sclerosis, scleroderma, Sjögren's syndrome,
  dermatomyositis, polymyositis, GCA) are inflammatory rheumatic diseases;
- a fracture through a lesion at the site ("pathological fracture through a brown tumour in the left superior pubic
  ramus") is that site's fracture;
- a fracture "involving both sacral alae" or "extending into both pubic rami" names its sites;
- where bone density was measured ("lumbar spine T-score -2.6") places no unlevelled back pain low;
- a test that "cannot distinguish" a condition from another states no finding (`hypothetical`);
- "(known since 2019)" in a bracket dates the finding before it (`historical`);
- a spinal region, then its collapse denied after a comma or "without", is a denied compression."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, assertions_by_concept, case_mismatches, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside47" / "en"


# --- what a disease or treatment does to a class of patients -------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Insufficiency fractures of the sacrum occur in about 10% of women treated with pelvic chemoradiation.",
     "sacral_fracture"),
    ("Sacral insufficiency fractures are seen in 5 to 20 % of patients after radiotherapy for rectal cancer.",
     "sacral_fracture"),
    ("Pelvic insufficiency fractures of the sacrum develop in roughly one in five women after radiotherapy.",
     "sacral_fracture"),
    ("Around 30% of men on androgen deprivation develop a vertebral fracture within five years.",
     "vertebral_compression_fracture"),
    ("About one in three patients on long-term prednisolone will have a vertebral fracture.",
     "vertebral_compression_fracture"),
    ("Late side effects can include insufficiency fractures of the sacrum and bowel urgency.", "sacral_fracture"),
    ("Side effects of anastrozole include joint pain and low back pain.", "low_back_pain"),
    ("Lumbar pain is a frequent side effect of exemestane.", "low_back_pain"),
    ("Lumbar pain is a rare adverse effect of teriparatide.", "low_back_pain"),
    ("Vertebral fractures are a known adverse effect of stopping denosumab.", "vertebral_compression_fracture"),
    ("Denosumab reduces new vertebral fractures by about two thirds.", "vertebral_compression_fracture"),
    ("Romosozumab halves vertebral fractures compared with alendronate.", "vertebral_compression_fracture"),
])
def test_what_a_class_of_patients_has_or_a_treatment_does_is_no_finding(sentence, concept):
    assert assertions(sentence, "en", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("She has a sacral insufficiency fracture after pelvic radiotherapy.", "sacral_fracture", ["present"]),
    ("An L2 compression fracture is seen in 2 views.", "vertebral_compression_fracture", ["present"]),
    ("L1 compression fracture with 30% loss of height.", "vertebral_compression_fracture", ["present"]),
    ("Loss of 25% of the anterior height of T12.", "vertebral_compression_fracture", ["present"]),
    ("The sacral fracture occurred in 2023 after radiotherapy.", "sacral_fracture", ["historical"]),
    ("Her low back pain started 3 weeks after starting letrozole.", "low_back_pain", ["present"]),
    ("Low back pain, which she attributes to the letrozole.", "low_back_pain", ["present"]),
    ("Her low back pain is a recognised side effect of letrozole.", "low_back_pain", ["present"]),
    ("His lumbar pain is probably a side effect of the teriparatide.", "low_back_pain", ["present"]),
])
def test_lookalikes_of_rates_and_side_effects_keep_the_patients_finding(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- a teaching statement speaks of its own clause ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("T12 wedge fracture on the lateral film; such fractures are common in patients on steroids.", ["present"]),
    ("Vertebral fractures are common in glucocorticoid users; her L2 fracture is recent.", ["present"]),
    ("Alendronate reduces vertebral fractures by half; nausea is common in the first weeks.", ["hypothetical"]),
    ("Vertebral compression fractures are common in long-term steroid users.", []),
])
def test_a_teaching_statement_speaks_of_its_own_clause(sentence, expected):
    assert assertions(sentence, "en", "vertebral_compression_fracture") == expected


# --- steroids named but not given ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Steroid-naive; started on methotrexate.", ["negated"]),
    ("He is glucocorticoid naive.", ["negated"]),
    ("Oral steroids were avoided because of her brittle diabetes.", ["negated"]),
    ("Prednisolone has been withheld because of the infection.", ["negated"]),
    ("Bone protection is advised for all patients on prednisolone 7.5 mg or more for three months.", ["hypothetical"]),
    ("Guidance: anyone starting long-term glucocorticoids needs a fracture risk assessment.", ["hypothetical"]),
    ("Steroids can weaken the bones if taken for months.", ["hypothetical"]),
    ("Long-term corticosteroid use causes bone loss in the first year.", ["hypothetical"]),
    ("Previous steroid psychosis.", []),
    ("Prednisolone intolerance.", []),
])
def test_steroids_named_but_not_given_are_no_steroid_therapy(sentence, expected):
    assert assertions(sentence, "en", "steroid_therapy") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Prednisolone 5 mg daily since 2021 for PMR.", ["present"]),
    ("She takes prednisolone, which can cause bone loss.", ["present"]),
    ("Patient taking prednisolone 10 mg daily.", ["present"]),
    ("Osteoporosis secondary to long-term steroids.", ["present"]),
    ("Steroids were avoided at first, but she has been on prednisolone 10 mg since May.", ["negated", "present"]),
])
def test_lookalikes_of_steroids_not_given_keep_the_therapy(sentence, expected):
    assert assertions(sentence, "en", "steroid_therapy") == expected


def test_a_man_under_sixty_never_given_steroids_is_not_flagged_for_low_back_pain():
    case = only_case([("n1", "2024-06-03", "outpatient", "", "IBD CLINIC\n52-year-old man with ulcerative colitis, "
                       "steroid-naive, on mesalazine. Low back pain for 4 weeks after lifting.", "en")])
    assert (str(case["flagged"]).lower(), case["reasons"]) == ("false", "low_back_pain")


# --- connective tissue diseases and giant cell arteritis -----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Limited cutaneous systemic sclerosis with Raynaud's.",
    "Scleroderma with oesophageal dysmotility.",
    "Secondary Sjögren's syndrome.",
    "Sjogren syndrome, anti-La positive.",
    "Dermatomyositis on azathioprine.",
    "Polymyositis diagnosed in 2022.",
    "Giant-cell arteritis, biopsy proven.",
    "Temporal arteritis in remission.",
    "GCA on tocilizumab.",
])
def test_connective_tissue_diseases_and_giant_cell_arteritis_are_rheumatic_diseases(sentence):
    assert assertions(sentence, "en", "rheumatic_disease") == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Multiple sclerosis, relapsing-remitting.", []),
    ("Tuberous sclerosis.", []),
    ("Localised scleroderma (morphoea) on the trunk.", []),
    ("Subchondral sclerosis of the SI joints.", []),
    ("Sicca symptoms; Sjögren's syndrome excluded.", ["negated"]),
])
def test_lookalikes_of_connective_tissue_diseases_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", "rheumatic_disease") == expected


def test_a_man_under_sixty_with_systemic_sclerosis_and_low_back_pain_is_flagged():
    case = only_case([("n1", "2024-06-03", "outpatient", "", "RHEUMATOLOGY\n55-year-old man with systemic "
                       "sclerosis on mycophenolate. Low back pain for 6 weeks.", "en")])
    assert str(case["flagged"]).lower() == "true"


# --- a fracture through a lesion at the site --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Pathological fracture through a lytic metastasis in the right inferior pubic ramus.", "pubic_ramus_fracture"),
    ("Fracture through an expansile brown tumour of the left superior pubic ramus.", "pubic_ramus_fracture"),
    ("Pathological fracture through the deposit in the left sacral ala.", "sacral_fracture"),
    ("Pathological fracture through a myeloma deposit at L3.", "vertebral_compression_fracture"),
])
def test_a_fracture_through_a_lesion_at_the_site_is_that_sites_fracture(sentence, concept):
    assert assertions(sentence, "en", concept) == ["present"]


@pytest.mark.parametrize("sentence, concept", [
    ("Pathological fracture through a brown tumour of the left femoral shaft.", "pubic_ramus_fracture"),
    ("Fracture through a bone cyst in the right proximal humerus.", "sacral_fracture"),
])
def test_lookalikes_of_a_fracture_through_a_lesion_name_no_site_of_ours(sentence, concept):
    assert assertions(sentence, "en", concept) == []


# --- 'involving both sacral alae' ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Insufficiency fractures following chemoradiation, involving both sacral alae.", "sacral_fracture"),
    ("Pelvic fractures after the fall, extending into both pubic rami.", "pubic_ramus_fracture"),
    ("Acetabular fracture with extension into the bilateral pubic rami.", "pubic_ramus_fracture"),
])
def test_a_fracture_involving_both_sites_names_them(sentence, concept):
    assert assertions(sentence, "en", concept) == ["present"]


# --- where bone density was measured places no back pain ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("No back pain. DXA: lumbar spine T-score -2.4, femoral neck -1.9.", []),
    ("BMD at the lumbar spine is reduced (T-score -2.9). She has no back pain.", []),
    ("Back pain for two weeks. L1-L4 BMD 0.79 g/cm2.", []),
    ("No back pain. Lumbar flexion is full.", ["negated"]),
    ("Back pain for two weeks, worse on lumbar flexion. Lumbar spine T-score -2.4.", ["present"]),
])
def test_where_bone_density_was_measured_places_no_back_pain(text, expected):
    assert assertions(text, "en", "low_back_pain") == expected


# --- a test that cannot tell a condition from another ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("DXA cannot reliably distinguish osteoporosis from osteomalacia.", ["hypothetical"]),
    ("In dialysis patients bone density is unable to differentiate osteoporosis from adynamic bone disease.",
     ["hypothetical"]),
    ("DXA confirms osteoporosis at the hip.", ["present"]),
    ("Not osteoporotic on DXA.", ["negated"]),
])
def test_a_test_that_cannot_distinguish_a_condition_states_none(sentence, expected):
    assert assertions(sentence, "en", "osteoporosis") == expected


# --- '(known since 2019)' ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("L2 wedge fracture (known since 2020).", ["historical"]),
    ("Mild T11 compression (documented since 2018).", ["historical"]),
    ("T7 wedge (known since 2019), no new fractures.", ["historical"]),
    ("L1 wedge fracture (new since the last film).", ["present"]),
    ("Known L1 compression, unchanged.", ["present"]),
])
def test_known_since_a_year_in_a_bracket_dates_the_finding(sentence, expected):
    assert assertions(sentence, "en", "vertebral_compression_fracture") == expected


# --- a spinal region, then its collapse denied ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Thoracic spine kyphotic, no definite collapse.", ["negated"]),
    ("Lumbar vertebrae well aligned, no wedging.", ["negated"]),
    ("Lumbar spine without collapse.", ["negated"]),
    ("Thoracic spine kyphotic, with collapse of T8.", ["present"]),
    ("Lumbar spine: wedging of L1.", ["present"]),
])
def test_a_spinal_region_with_its_collapse_denied_is_a_denied_compression(sentence, expected):
    assert assertions(sentence, "en", "vertebral_compression_fracture") == expected


# --- the set ----------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

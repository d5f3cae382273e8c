"""Round twenty, English: the wording families that notes by an outside author (tests/data/outside20/en: the
radiologist's classifications, grades and descriptive vocabulary — Genant grades, AO Spine OF types, FFP types,
Denis zones, H/U/lambda sacral fractures, treatment words and look-alikes) showed the pipeline misreading, each by
several differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, flag_and_workup, only_case, scored_set

RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"
SACRAL = "sacral_fracture"
SET = Path(__file__).resolve().parent / "data" / "outside20" / "en"


# --- a past-history heading's line ends where a later sentence opens with a label of today's findings -----------
# ("PMH: osteoporosis, dementia. XR pelvis: fractures of both rami", E20-21_1)
@pytest.mark.parametrize("text,concept", [
    ("PMH: osteoporosis, L2 kyphoplasty 2019, dementia. XR pelvis: fractures of both rami on the right.", RAMUS),
    ("Past medical history: osteoporosis, hypertension. CT pelvis: left sacral ala fracture.", SACRAL),
    ("PMH: T2DM, AF. X-ray: wedge compression of L1.", VCF),
    ("PMH: COPD, AF. Bone scan: H-shaped sacral uptake in keeping with insufficiency fractures.", SACRAL),
])
def test_outside20_en_a_labelled_finding_after_the_history_is_todays(text, concept):
    assert assertions(text, "en", concept)[-1] == "present"


@pytest.mark.parametrize("text,concept", [
    ("PMH: T2DM, AF. L1 wedge compression on X-ray.", VCF),              # no label of today's: still the history
    ("PMH: hypertension. Fractures: L1 wedge fracture.", VCF),           # a sub-label of the history itself
    ("PMH: osteoporosis, right superior pubic ramus fracture. AF.", RAMUS),
])
def test_outside20_en_the_history_without_todays_label_stays_history(text, concept):
    assert assertions(text, "en", concept) == ["historical"]


def test_outside20_en_the_kyphoplasty_in_the_history_keeps_its_past():
    text = "PMH: osteoporosis, L2 kyphoplasty 2019, dementia. XR pelvis: fractures of both rami on the right."
    assert assertions(text, "en", VCF) == ["historical"]


# --- the other vertebral body heights kept ("Vertebral body heights otherwise preserved", E20-22_2) ----------------
@pytest.mark.parametrize("text", [
    "Vertebral body heights otherwise preserved.",
    "Vertebral body heights are otherwise maintained.",
    "Lumbar vertebral body heights are otherwise well maintained.",
    "Butterfly vertebra at T12, a developmental variant. Vertebral body heights otherwise preserved.",
])
def test_outside20_en_heights_otherwise_preserved_are_kept_heights(text):
    assert assertions(text, "en", VCF, "radiology") == ["negated"]


@pytest.mark.parametrize("text,expected", [
    ("Mild wedge compression of L1 otherwise unremarkable.", ["present"]),
    ("Wedge compression of L1, otherwise normal.", ["present"]),
    ("Wedge compression of L1. Vertebral body heights otherwise preserved.", ["present", "negated"]),
    ("Loss of height of L1, heights otherwise maintained.", ["present"]),
])
def test_outside20_en_the_compression_beside_kept_heights_stays(text, expected):
    assert assertions(text, "en", VCF, "radiology") == expected


# --- a bone scan's normal tracer distribution in the sacrum ("Normal tracer distribution in the sacrum", E20-25_2) -
@pytest.mark.parametrize("text", [
    "Normal tracer distribution in the sacrum, pelvis and remainder of the skeleton.",
    "Normal isotope distribution throughout the sacrum and pelvis.",
    "Normal tracer distribution in the sacral alae.",
])
def test_outside20_en_normal_tracer_distribution_in_the_sacrum_is_negated(text):
    assert assertions(text, "en", SACRAL, "radiology") == ["negated"]


@pytest.mark.parametrize("text,expected", [
    ("Normal tracer distribution in the lumbar spine.", []),
    ("Normal tracer distribution in the spine; intense uptake in the sacrum in an H pattern.", ["present"]),
])
def test_outside20_en_tracer_distribution_elsewhere_keeps_its_reading(text, expected):
    assert assertions(text, "en", SACRAL, "radiology") == expected


# --- the anterior ring with the pelvis left unsaid ("Right anterior ring fracture", E20-12_2, E20-24_2) ------------
@pytest.mark.parametrize("text", [
    "Ward round, day 3. Right anterior ring fracture, mobilising slowly.",
    "The anterior ring fractures are treated non-operatively.",
    "Bilateral anterior ring fractures (FFP Ib).",
    "Fracture of the anterior ring on the left.",
])
def test_outside20_en_an_anterior_ring_fracture_is_the_pubic_ramus(text):
    found = assertions(text, "en", RAMUS)
    assert found and set(found) == {"present"}


@pytest.mark.parametrize("text", [
    "Fracture of the anterior ring of C1.",
    "Anterior ring fracture of the atlas.",
    "C1 anterior ring fracture.",
    "Posterior pelvic ring fracture.",
    "Fracture of the posterior ring on the left.",
])
def test_outside20_en_the_atlas_ring_and_the_posterior_ring_are_no_ramus(text):
    assert assertions(text, "en", RAMUS) == []


# --- a sacroplasty done names the sacral fracture it treated, in the past ("previous sacroplasty", E20-13_2) --------
@pytest.mark.parametrize("text", [
    "Cement in the right sacral ala from the previous sacroplasty.",
    "Post-sacroplasty appearance.",
    "Status post sacroplasty.",
    "Sacroplasty 2021.",
    "Post sacroplasty changes in the left ala.",
])
def test_outside20_en_a_sacroplasty_done_is_a_historical_sacral_fracture(text):
    assert assertions(text, "en", SACRAL, "radiology") == ["historical"]


@pytest.mark.parametrize("text,expected", [
    ("Prior sacroplasty for sacral fx 2020.", ["historical"]),            # one finding: the treatment and its fracture
    ("Previous sacroplasty for a right sacral ala fracture.", ["historical"]),
    ("Sacroplasty is not indicated at present.", []),
    ("Referred for consideration of sacroplasty.", []),
    ("Plan: discussed bilateral sacroplasty, risks and benefits.", []),
    ("Sacroplasty performed today for bilateral sacral insufficiency fractures.", ["present"]),
    ("Sacroplasty planned for the sacral fracture.", ["present"]),
    ("Sacroplasty was not performed for the sacral fracture.", ["present"]),
])
def test_outside20_en_a_sacroplasty_names_its_fracture_only_when_done(text, expected):
    assert assertions(text, "en", SACRAL) == expected


# --- "in <year>" dates what follows it too ("Sacroplasty in 2022 for a sacral fracture", E20-13_3) -----------------
@pytest.mark.parametrize("text,concept", [
    ("Sacroplasty in 2022 for a sacral fracture noted.", SACRAL),
    ("Iliosacral screw fixation in 2021 for a sacral fracture.", SACRAL),
    ("Admitted in 2021 for a pubic ramus fracture.", RAMUS),
    ("Vertebroplasty in 2019 for an L1 compression fracture.", VCF),
])
def test_outside20_en_an_earlier_year_after_in_dates_the_fracture_that_follows(text, concept):
    assert set(assertions(text, "en", concept)) == {"historical"}


@pytest.mark.parametrize("text,concept", [
    ("Admitted in 2025 for a pubic ramus fracture.", RAMUS),          # the note's own year (phrasing.DAY, 2025)
    ("Fracture of L1 in 2025, now healing.", VCF),
    ("CT in 2024 showed no sacral fracture.", SACRAL),                # a nearer negation still decides
])
def test_outside20_en_the_notes_own_year_or_a_nearer_trigger_keeps_the_reading(text, concept):
    expected = "negated" if "no sacral" in text else "present"
    assert assertions(text, "en", concept) == [expected]


def test_outside20_en_a_sacroplasty_years_ago_leaves_new_low_back_pain_flagged():
    # E20-13: a woman of 70 with new low back pain; her sacral fracture was treated with sacroplasty in 2022
    case = only_case([
        ("n1", "2025-01-08", "outpatient", "", "70-year-old woman. New left-sided low back pain for three weeks. "
                                               "Plan: XR lumbar spine."),
        ("n2", "2025-01-10", "radiology", "XR lumbar spine",
         "XR LUMBAR SPINE\nFindings: Cement in the right sacral ala from the previous sacroplasty. Lumbar vertebral "
         "body heights preserved.\nConclusion: No lumbar compression fracture. Post-sacroplasty appearance."),
        ("n3", "2025-02-03", "outpatient", "", "Low back pain for a month. Sacroplasty in 2022 for a sacral "
                                               "fracture noted."),
    ], "en")
    assert flag_and_workup(case) == ("true", "radiograph_only")


# --- beyond the set's misses, on the round's theme: classifications and signs that name the site themselves -------
@pytest.mark.parametrize("text", [
    "Denis zone I fracture on the left.",
    "Fracture through Denis zone II.",
    "H-type insufficiency fracture.",
    "U-shaped fracture with slight kyphosis.",
    "Lambda-shaped insufficiency fracture.",
    "Transverse fracture through S3.",
])
def test_outside20_en_a_sacral_classification_or_shape_names_the_sacrum(text):
    assert assertions(text, "en", SACRAL, "radiology") == ["present"]


@pytest.mark.parametrize("text,concepts", [
    ("FFP type Ia.", {RAMUS}),
    ("Fragility fracture of the pelvis, FFP Ib.", {RAMUS}),
    ("Rommens-Hofmann FFP type IIb.", {RAMUS, SACRAL}),
    ("FFP IIc: complete sacral and anterior ring fractures.", {RAMUS, SACRAL}),
    ("FFP IIa.", set()),                                   # a posterior lesion of no named bone
    ("T-shaped acetabular fracture.", set()),              # a shape of the acetabulum's fractures
    ("Y-shaped fracture of the distal humerus.", set()),
])
def test_outside20_en_an_ffp_type_names_its_ring_fractures(text, concepts):
    from .phrasing import one_note
    found = one_note(text, "en", "radiology").mentions
    assert set(found[found["concept"].isin([RAMUS, SACRAL, VCF])]["concept"]) == concepts


@pytest.mark.parametrize("text,expected", [
    ("Retropulsion of the posterosuperior corner of L2 into the canal.", ["present"]),
    ("Burst fracture morphology with 4 mm retropulsion at L1.", ["present"]),
    ("No retropulsion at L1.", ["negated"]),
    ("Kummell disease of T12 with an intravertebral cleft.", ["present"]),
    ("Retropulsed disc material at L4/5.", []),          # a disc, not a vertebral body
    ("Transverse process fracture of L3.", []),          # a posterior element
    ("Fractures of the left L2 and L3 transverse processes.", []),
])
def test_outside20_en_retropulsion_and_kummell_name_a_vertebral_fracture(text, expected):
    assert assertions(text, "en", VCF, "radiology") == expected


@pytest.mark.parametrize("text,expected", [
    ("Physiological wedging at the thoracolumbar junction.", []),
    ("Degenerative anterior wedging of the mid-thoracic vertebrae.", []),
    ("Minor physiological anterior wedging at T7 and T8 within normal limits.", []),
    ("Scheuermann changes with wedging of T8-T10.", []),
    ("Mild anterior wedging of T12.", ["present"]),                     # wedging with no such word stays a compression
    ("Degenerative change at L4/5 and wedge compression of L1.", ["present"]),
    ("Normal wedging of the thoracic vertebrae; new wedge fracture of L1.", ["present"]),
])
def test_outside20_en_physiological_or_degenerative_wedging_is_no_compression(text, expected):
    assert assertions(text, "en", VCF, "radiology") == expected


@pytest.mark.parametrize("text,expected", [
    ("Height loss of 25% at T12 (Genant grade 1).", ["present"]),
    ("Height loss of approximately 30 % at L1.", ["present"]),
    ("Height loss at T12.", ["present"]),
    ("No height loss at L1.", ["negated"]),
    ("Superior endplate impaction of L3.", ["present"]),
    ("Height loss of 4 cm since 2019.", []),                # the patient's stature, no vertebra
    ("Height loss of 4 cm over five years at the GP.", []),
])
def test_outside20_en_a_share_of_height_lost_at_a_level_is_a_compression(text, expected):
    assert assertions(text, "en", VCF, "radiology") == expected


# --- the whole set -----------------------------------------------------------------------------------------------
def test_outside20_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

"""Round twenty-nine, English: the neighbours. The wording families that a red team's notes (tests/data/outside29/en:
fractures of the bones next to the pubic ramus, the sacrum and the vertebral body, the disc next to the body, pains
next to low-back pain, studies of the parts next to the sacrum) showed the pipeline misreading, each by several
differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, assertions_by_concept, exam_rows, flag_and_workup, only_case, scored_set

SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
SET = Path(__file__).resolve().parent / "data" / "outside29" / "en"


def _concepts(text: str, note_type: str = "radiology") -> dict[str, list[str]]:
    return assertions_by_concept(text, "en", note_type)


# --- the ischial ramus is the ischium's, no pubic ramus -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Findings: Minimally displaced fracture of the right ischial ramus. Femoral neck intact.",
    "Non-displaced fracture of the left inferior ischial ramus.",
    "Fracture through the left ischial ramus, undisplaced.",
    "Impression:\nIschial ramus fracture on the right with minimal displacement.",
    "Isolated right ischial ramus fracture after a fall, managed non-operatively.",
])
def test_outside29_en_an_ischial_ramus_fracture_is_no_pubic_ramus_fracture(text):
    assert RAMUS not in _concepts(text)


@pytest.mark.parametrize("text", [
    "Undisplaced fracture of the left inferior pubic ramus at the ischiopubic junction.",
    "Fracture of the left ischiopubic ramus.",
    "Fractures of the right superior pubic and ischial rami.",
    "Fractures of the left pubic and ischial rami.",
    "Left pubic and ischial rami fractures.",
    "Fracture of the left ischial tuberosity and inferior pubic ramus.",
])
def test_outside29_en_the_pubic_ramus_next_to_the_ischium_keeps_its_fracture(text):
    assert _concepts(text).get(RAMUS) == ["present"]


# --- a neighbouring bone's fracture that runs into the ramus or the sacral ala fractures it -------------------------
@pytest.mark.parametrize("text,concept", [
    ("Undisplaced fracture of the left acetabulum, anterior column type, with extension into the superior pubic "
     "ramus. Inferior pubic ramus intact.", RAMUS),
    ("Left acetabular fracture (anterior column) extending to the superior pubic ramus on Judet views.", RAMUS),
    ("Fracture of the left ischial tuberosity extending into the inferior pubic ramus, minimally displaced.", RAMUS),
    ("XR: left ischial tuberosity fracture running into the inferior ramus.", RAMUS),
    ("Fracture of the anterior column of the acetabulum, involving the superior pubic ramus.", RAMUS),
    ("Undisplaced fracture of the left L5 transverse process with extension into the left sacral ala.", SACRAL),
    ("Fracture of the right iliac wing extending into the sacral ala.", SACRAL),
])
def test_outside29_en_a_neighbours_fracture_running_into_the_site_fractures_it(text, concept):
    assert "present" in _concepts(text).get(concept, []), _concepts(text)


@pytest.mark.parametrize("text,concept", [
    ("Fracture of the left acetabulum with a haematoma extending into the superior pubic ramus region.", RAMUS),
    ("Fracture of the left iliac wing extending to the sacroiliac joint.", SACRAL),
    ("Fracture of the L4 transverse process. Tumour extending into the sacral ala.", SACRAL),
    ("No acetabular fracture. Oedema extending into the superior pubic ramus.", RAMUS),
    ("Fracture of the right femoral neck and degenerative change involving the pubic symphysis.", RAMUS),
    ("Fracture of the left acetabulum, not involving the superior pubic ramus.", RAMUS),
])
def test_outside29_en_other_things_extending_into_the_site_are_no_fracture_of_it(text, concept):
    assert "present" not in _concepts(text).get(concept, [])


def test_outside29_en_the_transverse_process_fracture_itself_stays_no_compression():
    found = _concepts("Undisplaced fracture of the left L5 transverse process with extension into the left sacral ala.")
    assert VCF not in found


# --- posterior elements are no compression of the vertebral body -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Undisplaced fracture of the right L3 pedicle extending into the lamina.",
    "Fracture of the left L2 inferior articular facet extending into the pars.",
    "Fracture of the L2 posterior arch.",
    "L5 facet fracture on the right.",
    "L2 posterior element fracture without vertebral body involvement.",
    "Posterior element fracture at T12: fractures of the spinous process and left lamina.",
    "Fracture of the left L2 pedicle and lamina.",
])
def test_outside29_en_a_posterior_element_fracture_is_no_compression(text):
    assert "present" not in _concepts(text).get(VCF, [])


@pytest.mark.parametrize("text", [
    "Fracture of the L1 vertebral body and its left pedicle.",
    "Burst fracture of L1 with 30% loss of height and retropulsion. Posterior elements intact.",
    "Pathological fracture of L3 with 40% loss of height due to a myeloma deposit.",
    "Chronic L1 wedge deformity, unchanged from 2021. New compression fracture of L3 with 25% height loss.",
    "Minimally displaced fracture of the L3 right transverse process. Note is also made of mild anterior wedging of L1.",
])
def test_outside29_en_the_vertebral_body_next_to_its_posterior_elements_keeps_its_fracture(text):
    assert "present" in _concepts(text)[VCF]


# --- the disc's height and collapse at a disc level are no vertebral compression -----------------------------------
@pytest.mark.parametrize("text", [
    "Severe loss of height of the L5/S1 disc with endplate sclerosis.",
    "L5/S1 disc collapse with vacuum phenomenon.",
    "Collapse of the L4-5 disc with endplate sclerosis.",
    "Disc collapse at L5-S1 with vacuum phenomenon.",
    "Loss of height of the L4/5 intervertebral disc space.",
])
def test_outside29_en_a_discs_height_loss_is_no_compression(text):
    assert "present" not in _concepts(text).get(VCF, [])


@pytest.mark.parametrize("text", [
    "Loss of height of the L1 vertebral body.",
    "Collapse of the L1 vertebral body.",
    "Compression fracture of L5 with 20% height loss. L4/5 disc normal.",
    "Mild compression of L5, L5/S1 disc protrusion.",
])
def test_outside29_en_the_vertebral_body_next_to_the_disc_keeps_its_compression(text):
    assert "present" in _concepts(text)[VCF]


# --- Scheuermann's wedging named after it is no fracture -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Mild anterior wedging of T8 to T10 with irregular endplates, in keeping with old Scheuermann's disease.",
    "Anterior wedging of T7-T9 consistent with Scheuermann disease.",
    "Wedging of three adjacent mid-thoracic vertebrae, typical of Scheuermann's kyphosis.",
])
def test_outside29_en_scheuermann_wedging_is_no_compression(text):
    assert VCF not in _concepts(text)


def test_outside29_en_a_wedge_fracture_beside_scheuermann_changes_keeps_its_fracture():
    assert "present" in _concepts("New wedge compression fracture of L1; Scheuermann's changes T8-T10.")[VCF]


# --- the neighbour's words: 'lower' of a limb or the abdomen; back pain 'mostly lower down' -------------------------
@pytest.mark.parametrize("text", [
    "Back pain and bilateral lower limb numbness after the fall.",
    "Back pain, lower abdominal pain and dysuria. Renal angle tenderness on the left.",
    "Back pain with lower leg oedema.",
    "Sudden back pain, lower limb weakness, ?cord compression.",
])
def test_outside29_en_a_lower_limb_or_abdomen_does_not_place_back_pain_low(text):
    assert LBP not in _concepts(text, "clinical")


@pytest.mark.parametrize("text", [
    "Back pain since the fall, mostly lower down.",
    "Back pain for 10 days, worse lower down and on bending.",
    "Back pain since Tuesday, mainly low down on the right.",
    "Lower back pain and left leg numbness for 3 weeks.",
    "Low back pain and lower limb numbness.",
    "Back pain, lower lumbar region, since lifting.",
])
def test_outside29_en_back_pain_placed_low_stays_low_back_pain(text):
    assert assertions(text, "en", LBP) and set(assertions(text, "en", LBP)) == {"present"}


# --- neighbours named intact beside the site ------------------------------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("The pubic rami and acetabula are intact.", RAMUS),
    ("The pubic rami and femoral necks appear intact.", RAMUS),
    ("The L3 vertebral body is intact, with no loss of height and no retropulsion.", VCF),
    ("L2 vertebral body intact; fracture of the left L2 lamina.", VCF),
    ("Small deposits in the sacrum, without fracture.", SACRAL),
    ("Sclerosis of the left sacral ala, without fracture.", SACRAL),
])
def test_outside29_en_a_site_named_intact_beside_its_neighbours_is_negated(text, concept):
    assert _concepts(text).get(concept) == ["negated"], _concepts(text)


@pytest.mark.parametrize("text,concept", [
    ("Sacral, no fracture of the pubic rami.", SACRAL),
    ("Fracture of the L1 vertebral body. Other vertebral bodies intact.", VCF),
])
def test_outside29_en_intact_neighbours_leave_the_sites_own_reading(text, concept):
    assert "negated" not in _concepts(text).get(concept, []) or "present" in _concepts(text).get(concept, [])


# --- studies of the parts next to the sacrum ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "CT of the left hip and pelvis on admission confirmed the rami fractures.",
    "CT of the right hip and pelvis 2/1 showed an undisplaced acetabular fracture.",
    "MRI of both hips and pelvis done last week: no fracture.",
])
def test_outside29_en_a_hip_study_that_names_the_pelvis_covers_the_sacrum(text):
    assert ("performed", True) in [(s, c) for m, s, c in exam_rows(text, "en") if m in ("ct", "mri")]


@pytest.mark.parametrize("report,covers", [
    ("MRI COCCYX\nFindings: Fracture through the first coccygeal segment with marrow oedema.\nConclusion: Acute Co1 "
     "fracture.", False),
    ("MRI COCCYX\nFindings: Fracture through Co1 with oedema. Mild degenerative change at L5/S1.", False),
    ("MRI COCCYX\nFindings: Fracture through Co1 with oedema. Normal appearance of the sacrum.", True),
    ("MRI COCCYX\nFindings: Coccygeal fracture. The sacrum is intact.", True),
])
def test_outside29_en_a_coccyx_study_covers_the_sacrum_only_where_it_reads_it(report, covers):
    assert exam_rows(report, "en", "radiology", "MRI coccyx") == [("mri", "performed", covers)]


def test_outside29_en_a_coccyx_mri_silent_on_the_sacrum_is_no_workup():
    case = only_case([
        ("n1", "2024-11-25", "outpatient", "", "79F, low back and tailbone pain since a fall.", "en"),
        ("n2", "2024-12-18", "radiology", "MRI coccyx",
         "MRI COCCYX\nFindings: Fracture through the first coccygeal segment with marrow oedema.", "en"),
    ])
    assert flag_and_workup(case) == ("true", "none")


def test_outside29_en_a_coccyx_mri_that_reads_the_sacrum_is_a_workup():
    case = only_case([
        ("n1", "2024-11-25", "outpatient", "", "79F, low back and tailbone pain since a fall.", "en"),
        ("n2", "2024-12-18", "radiology", "MRI coccyx",
         "MRI COCCYX\nFindings: Fracture through Co1. Normal appearance of the sacrum, no marrow oedema.", "en"),
    ])
    assert flag_and_workup(case) == ("false", "mri")


@pytest.mark.parametrize("exam", ["MRI sacrum and coccyx", "MRI pelvis"])
def test_outside29_en_a_sacral_or_pelvic_study_next_to_the_coccyx_covers_the_sacrum(exam):
    rows = exam_rows("Findings: Fracture at the Co1/Co2 junction.", "en", "radiology", exam)
    assert rows == [("mri", "performed", True)]


# --- the set as a whole ---------------------------------------------------------------------------------------------
def test_outside29_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

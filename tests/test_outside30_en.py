"""Round thirty, English: numbers and codes. The wording families that a red team's notes (tests/data/outside30/en:
levels, sacral segments, nerve roots, screws named by their level, room air after a saturation, CT AP, UK fractions
of time, heights given as fractions) showed the pipeline
misreading, each by several differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, exam_rows, flag_and_workup, only_case, scored_set

SACRAL = "sacral_fracture"
VCF = "vertebral_compression_fracture"
RHEUM = "rheumatic_disease"
SET = Path(__file__).resolve().parent / "data" / "outside30" / "en"


def _concepts(text: str, note_type: str = "radiology") -> dict[str, list[str]]:
    return assertions_by_concept(text, "en", note_type)


# --- a screw (rod, hook) named by its level is metalwork: its fracture is no fracture of the bone -------------------
@pytest.mark.parametrize("text", [
    "Findings: L4-S1 posterolateral fusion. The right S1 pedicle screw is fractured at its shank.",
    "Impression: Failed L5-S1 fusion with a broken right S1 screw.",
    "Findings: Non-union at L5-S1 with fracture of the right S1 screw and lucency around both S1 screws.",
    "Findings: The right L4 pedicle screw is fractured at the screw-rod junction.",
    "XR: snapped R L4 screw, rods intact.",
    "Conclusion: Fractured left S1 pedicle screw with loosening of the right S1 screw.",
])
def test_outside30_en_a_broken_screw_at_a_level_is_no_fracture(text):
    found = _concepts(text)
    assert "present" not in found.get(SACRAL, []) and "present" not in found.get(VCF, [])


@pytest.mark.parametrize("text, concept", [
    ("Findings: Fracture of the left sacral ala running through the S1 segment lateral to the left S1 screw, which is "
     "intact.", SACRAL),
    ("Findings: Sacral fracture through S1 with the S1 screws cutting out.", SACRAL),
    ("Findings: Fracture of L4 around the L4 pedicle screws with 20% height loss.", VCF),
    ("Impression: Undisplaced S1 fracture on the right.", SACRAL),
    ("Findings: New compression fracture of L5 with about 30% loss of anterior height.", VCF),
])
def test_outside30_en_a_fracture_of_the_bone_next_to_a_screw_stays(text, concept):
    assert "present" in _concepts(text).get(concept, [])


# --- "RA" after an oxygen saturation is room air -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Obs: HR 84, BP 151/88, RR 16, SpO2 98% RA, T 36.7.",
    "Obs: T 36.6, HR 78, SpO2 97% on RA.",
    "O/E: sats 94% RA, BP 142/80.",
    "Saturating 95% on RA, chest clear.",
])
def test_outside30_en_room_air_is_no_rheumatoid_arthritis(text):
    assert RHEUM not in _concepts(text, "clinical")


@pytest.mark.parametrize("text", [
    "Dx: seropositive RA (2011) on methotrexate 15 mg weekly.",
    "PMH: RA on hydroxychloroquine. SpO2 96% on RA.",
    "Comorbidities: M06.9 rheumatoid arthritis; I48 atrial fibrillation.",
])
def test_outside30_en_rheumatoid_arthritis_keeps_its_reading(text):
    assert _concepts(text, "clinical").get(RHEUM) == ["present"]


def test_outside30_en_a_man_under_sixty_on_room_air_is_not_at_risk():
    case = only_case([("n1", "2024-03-11", "outpatient", "",
                       "64M, low back pain for 3 weeks. Obs: T 36.9, SpO2 95% on RA. Plan: analgesia, physio.", "en")])
    assert flag_and_workup(case) == ("false", "none")


# --- CT AP is CT abdomen and pelvis (UK); AP alone is a radiograph's view -------------------------------------------
@pytest.mark.parametrize("text, note_type, exam", [
    ("CT AP WITH IV CONTRAST\nFindings: Undisplaced fractures of the left pubic rami. No sacral fracture.",
     "radiology", "CT AP"),
    ("Imaging: CT AP 10/6 - sigmoid diverticulitis, no collection.", "clinical", ""),
    ("Had a CT AP for abdominal pain last week: no acute pathology.", "clinical", ""),
])
def test_outside30_en_ct_ap_covers_the_sacrum(text, note_type, exam):
    assert ("ct", "performed", True) in exam_rows(text, "en", note_type, exam)


@pytest.mark.parametrize("text, exam", [
    ("AP PELVIS\nFindings: Fracture of the right superior pubic ramus.", "XR pelvis AP"),
    ("XR PELVIS AP\nFindings: Fracture of the right inferior pubic ramus.", "XR pelvis"),
])
def test_outside30_en_an_ap_radiograph_stays_a_radiograph(text, exam):
    assert all(modality == "radiograph" and not covers for modality, _, covers in exam_rows(text, "en", "radiology",
                                                                                               exam))


def test_outside30_en_a_ct_ap_request_is_an_ordered_workup():
    case = only_case([("n1", "2024-06-10", "radiology", "XR pelvis AP",
                       "AP PELVIS\nFindings: Fracture of the right superior pubic ramus.", "en"),
                      ("n2", "2024-06-11", "clinical", "",
                       "Ward round. XR: R sup ramus #. Plan: CT AP requested to assess the sacrum.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- UK fractions of time: "6/52 ago" (weeks), "3/12 ago" (months), "2/7 ago" (days) date the exam ----------------
@pytest.mark.parametrize("text, expected", [
    ("80F, tripped, R groin pain. PMH: CT abdo/pelvis 6/52 ago for LIF pain (no acute pathology). XR pelvis: "
     "undisplaced # R superior pubic ramus.", ("true", "radiograph_only")),
    ("79F fell. XR: L superior pubic ramus fracture. Hx: MRI pelvis 6/12 ago at another hospital - no fracture.",
     ("true", "radiograph_only")),
    ("82F. XR: L superior pubic ramus fracture. MRI lumbar spine and pelvis 3/12 ago for sciatica: disc bulge only.",
     ("true", "radiograph_only")),
    ("78F. CT pelvis 2/52 ago showed an undisplaced L inferior pubic ramus fracture.", ("false", "ct")),
    ("78F. Fall. CT pelvis 2/7 ago: undisplaced L superior pubic ramus fracture.", ("false", "ct")),
])
def test_outside30_en_a_fraction_of_time_dates_the_exam(text, expected):
    case = only_case([("n1", "2024-05-10", "clinical", "", text, "en")])
    assert flag_and_workup(case) == expected


# --- sacral segments written as a pair ("S3/4") are the sacrum; a root, a disc, a distribution are not ----------
@pytest.mark.parametrize("text", [
    "Findings: Transverse fracture at the S3/4 level with marrow oedema on STIR.",
    "Impression: Undisplaced transverse S3/4 fracture.",
    "MRI: undisplaced S3/4 #.",
    "Findings: Fracture through S2/3.",
])
def test_outside30_en_a_fracture_at_a_pair_of_sacral_segments_is_sacral(text):
    assert "present" in _concepts(text).get(SACRAL, [])


@pytest.mark.parametrize("text", [
    "Findings: Disc extrusion at L5/S1 with compression of the right S1 nerve root.",
    "Impression: Right S1 nerve root compression by an L5-S1 disc protrusion.",
    "64M, low back pain radiating to the left calf (S1 distribution) for 3 weeks.",
    "Findings: Left S1 foraminal stenosis.",
])
def test_outside30_en_a_root_or_disc_at_s1_is_no_sacral_fracture(text):
    found = _concepts(text)
    assert SACRAL not in found and VCF not in found


# --- a vertebra's height given as a fraction of its own is a compression -----------------------------------------
@pytest.mark.parametrize("text", [
    "Findings: The T8 vertebral body is reduced to two thirds of its normal anterior height.",
    "Conclusion: T8 reduced to 2/3 of its expected anterior height.",
    "X-ray: T8 at 2/3 height anteriorly.",
    "Findings: The L1 vertebral body is reduced to half its height.",
    "Impression: Compression of L1 to 50% of its original height.",
])
def test_outside30_en_a_height_as_a_fraction_is_a_compression(text):
    assert "present" in _concepts(text).get(VCF, [])


@pytest.mark.parametrize("text, expected", [
    ("Findings: L4/5 disc reduced to a third of its normal height.", None),
    ("Findings: Vertebral bodies of normal height.", ["negated"]),
    ("Findings: L2 retains its normal height.", ["negated"]),
    ("O/E: Height 156 cm (163 cm at age 40): 7 cm loss of height.", None),
])
def test_outside30_en_a_kept_height_or_a_disc_keeps_its_reading(text, expected):
    assert _concepts(text).get(VCF) == expected


def test_outside30_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round thirty-two, English: what a study covers. The wording families that a red team's notes
(tests/data/outside32/en: lumbar reports that read the sacrum only in part, sacral words that are no reading of the
bone, studies of another region whose report reads the sacrum, pelvic-organ MRI, limited bone scans and SPECT-CT)
showed the pipeline misreading, each by several differently worded sentences, with look-alikes that must keep their
reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, exam_rows, flag_and_workup, only_case, scored_set

SACRAL = "sacral_fracture"
SET = Path(__file__).resolve().parent / "data" / "outside32" / "en"


def _covers(text: str, exam: str) -> list[bool]:
    """covers_sacrum of each performed exam of a radiology report of ``exam``."""
    return [c for m, s, c in exam_rows(text, "en", "radiology", exam) if s == "performed"]


def _case(report_exam: str, report: str, clinical: str = "80F, low back pain for 4 weeks, no trauma.") -> tuple:
    return flag_and_workup(only_case([("n1", "2024-03-01", "clinical", "", clinical, "en"),
                                      ("n2", "2024-03-08", "radiology", report_exam, report, "en")]))


# --- a lumbar report that reads the sacrum only in part ("as far as imaged", "where included", "within the ------
# --- limits of the field of view", "the upper sacrum within the field of view", "lies below the field of view") ---
@pytest.mark.parametrize("sentence", [
    "The sacrum, as far as imaged, is unremarkable.",
    "The sacrum, where included, is normal.",
    "No sacral fracture is seen within the limits of the field of view, which ends at S2.",
    "The upper sacrum within the field of view is normal.",
    "Normal sacral marrow signal on the included images, though the lower sacrum lies below the field of view.",
    "The SI joints and sacrum are normal as far as they are visualised.",
])
def test_outside32_en_a_sacrum_read_in_part_is_no_workup(sentence):
    report = "Findings: L4/5 disc bulge. Vertebral heights maintained. " + sentence
    assert _covers(report, "MRI lumbar spine") == [False]
    assert _case("MRI lumbar spine", report) == ("true", "none")


@pytest.mark.parametrize("sentence", [
    "The visualised sacrum and SI joints are normal.",
    "The sacrum is included in the field of view and is normal.",
    "The sagittal STIR was extended to include the whole sacrum: no sacral marrow oedema or fracture line.",
    "The sacral alae and SI joints are intact.",
    "Sacrum: normal marrow signal.",
])
def test_outside32_en_a_sacrum_read_in_full_stays_a_workup(sentence):
    report = "Findings: L4/5 disc bulge. Vertebral heights maintained. " + sentence
    assert _covers(report, "MRI lumbar spine") == [True]
    assert _case("MRI lumbar spine", report) == ("false", "mri")


# --- sacral nerves and the sacral canal are no reading of the sacral bone ------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The cauda equina and the sacral nerve roots are normal.",
    "The sacral nerve roots are unremarkable.",
    "The sacral canal is normal in calibre.",
    "Incidental 14 mm Tarlov cyst in the sacral canal at S2, otherwise normal.",
])
def test_outside32_en_sacral_nerves_read_no_sacrum(sentence):
    report = "Findings: L4/5 disc bulge. No compression fracture. " + sentence
    assert _covers(report, "MRI lumbar spine") == [False]
    assert SACRAL not in assertions_by_concept(report, "en", "radiology")


@pytest.mark.parametrize("sentence, expected", [
    ("The sacrum and the sacral foramina are normal.", "negated"),
    ("No sacral fracture; the sacral nerve roots are normal.", "negated"),
    ("Bilateral sacral alar insufficiency fractures.", "present"),
])
def test_outside32_en_the_sacral_bone_keeps_its_reading(sentence, expected):
    assert assertions_by_concept("Findings: " + sentence, "en", "radiology")[SACRAL][0] == expected


# --- a CT or MRI of another region whose own report reads the sacrum (CT angiogram, PET-CT, CT abdomen) covers it ---
@pytest.mark.parametrize("exam, report", [
    ("CT angiogram aorta and iliac arteries",
     "Findings: 5.6 cm infrarenal AAA. Bones: lumbar spondylosis. The sacrum and SI joints are intact, no fracture."),
    ("FDG PET-CT", "Findings: FDG-avid RUL nodule. Skeleton: no FDG-avid lesion; the pelvis and sacrum are normal."),
    ("CT abdomen", "Findings: Sigmoid diverticulitis. Bones: the pelvis and sacrum are intact."),
    ("MRI rectum", "Findings: Good response, mrTRG 2. Sacrum: normal marrow signal, no insufficiency fracture."),
])
def test_outside32_en_another_region_read_for_the_sacrum_is_a_workup(exam, report):
    assert _covers(report, exam) == [True]
    assert _case(exam, report)[0] == "false"


@pytest.mark.parametrize("exam, report", [
    ("CT angiogram aorta and iliac arteries", "Findings: 70% stenosis of the left common iliac artery."),
    ("FDG PET-CT", "Findings: FDG-avid RUL nodule. No distant disease."),
    ("CT abdomen", "Findings: Acute appendicitis."),
    ("CT head", "Findings: No intracranial haemorrhage. No sacral fracture on the recent pelvic films."),
    ("MRI both hips", "Findings: No femoral neck fracture. Moderate bilateral hip osteoarthritis."),
])
def test_outside32_en_another_region_silent_on_the_sacrum_is_none(exam, report):
    covers = _covers(report, exam)
    assert covers and not any(covers)


@pytest.mark.parametrize("text, expected", [
    ("78F, low back pain for 3 weeks. CT angiogram of the aorta and iliacs last week for claudication; the sacrum "
     "was intact.", ("false", "ct")),
    ("78F, low back pain for 3 weeks. CT angiogram of the aorta last week for claudication, reported normal.",
     ("true", "none")),
    ("78F, low back pain for 3 weeks. CT head last week after the fall; no sacral fracture on XR.",
     ("true", "radiograph_only")),
])
def test_outside32_en_another_region_told_in_a_clinical_note(text, expected):
    assert flag_and_workup(only_case([("n1", "2024-03-08", "clinical", "", text, "en")])) == expected


# --- an MRI of a pelvic organ (prostate, rectum, uterus) images the pelvis; ultrasound and DXA never count --------
@pytest.mark.parametrize("exam", ["MRI prostate", "MRI rectum", "MRI uterus and ovaries", "MRI pelvis (prostate)"])
def test_outside32_en_a_pelvic_organ_mri_covers_the_sacrum(exam):
    assert _covers("Findings: Organ findings only. No lymphadenopathy.", exam) == [True]


@pytest.mark.parametrize("text, expected", [
    ("70M, osteoporosis, 3/52 low back pain. mpMRI prostate 2 weeks ago: PI-RADS 5, no bone lesions.", ("false", "mri")),
    ("70M, osteoporosis, 3/52 low back pain. He had an MRI of the prostate last week: PI-RADS 3.", ("false", "mri")),
    ("70F, 3/52 low back pain. Pelvic ultrasound last week: normal uterus and ovaries.", ("true", "none")),
    ("70F, 3/52 low back pain. DEXA last week: T-score -3.0 at the lumbar spine.", ("true", "none")),
])
def test_outside32_en_pelvic_organ_studies_told_in_a_note(text, expected):
    assert flag_and_workup(only_case([("n1", "2024-03-08", "clinical", "", text, "en")])) == expected


@pytest.mark.parametrize("exam", ["US pelvis", "Ultrasound pelvis (transvaginal)", "DXA scan"])
def test_outside32_en_ultrasound_and_dxa_are_no_workup(exam):
    assert exam_rows("Findings: normal.", "en", "radiology", exam)[0][0] == "other"


# --- a bone scan limited to a part: done, not covering; SPECT-CT named for the lumbar spine is of it --------------
@pytest.mark.parametrize("technique", [
    "Limited study: static views of the thoracolumbar spine only, no whole-body sweep (patient unable to lie flat "
    "for longer).",
    "Static views of the thoracolumbar spine only (patient unable to lie flat for longer).",
    "Spot views of the lumbar spine only; the patient could not tolerate a whole-body acquisition.",
])
def test_outside32_en_a_limited_bone_scan_was_done_and_does_not_cover(technique):
    rows = exam_rows("Technique: " + technique + "\nFindings: Linear uptake at L2.", "en", "radiology", "NM bone scan")
    assert [(m, s, c) for m, s, c in rows if m == "scintigraphy"] == [("scintigraphy", "performed", False)]


@pytest.mark.parametrize("exam, report, covers", [
    ("SPECT-CT lumbar spine", "Findings: Active right L4/5 facet arthropathy.", False),
    ("SPECT/CT lumbar spine", "Findings: Active right L4/5 facet arthropathy.", False),
    ("NM bone scan", "Technique: Whole-body planar images; SPECT-CT of the lumbar spine and pelvis. Findings: "
                     "no abnormal sacral uptake.", True),
    ("NM bone scan", "Findings: Whole-body images: degenerative uptake in the knees.", True),
])
def test_outside32_en_spect_ct_of_a_part_and_whole_body_scans(exam, report, covers):
    assert _covers(report, exam)[0] is covers


def test_outside32_en_a_bone_scan_not_done_stays_not_done():
    rows = exam_rows("Patient unable to lie flat; bone scan not performed.", "en", "radiology", "NM bone scan")
    assert rows[0][1] == "not_performed"


def test_outside32_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

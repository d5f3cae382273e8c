"""Round sixty-five, English: blind radiology reports from many hospitals. The wording families that a blind author's
notes (tests/data/outside65/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: a class of fractures told, with a word of how often, to be occult, missed
or hard to see on a modality ("Sacral insufficiency fractures are frequently occult on plain film", "are notoriously
difficult to see on radiographs"), which is no finding of the patient (`hypothetical`, context.json) and no film of
the patient (exams.json ``spoken_of.before``), while the patient's own fractures "occult on the radiograph of 2 March"
stay found; and "lumbar" bent by a letter dropped or swapped ("lumbr pain", "lumabr", "lubmar"), which is the low
back as "lumber" already was (concepts.json classes ``LOWBACK``, ``LBREGION``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside65" / "en"


# --- a class of fractures occult or missed on a modality -----------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Sacral insufficiency fractures are frequently occult on plain film.", "sacral_fracture"),
    ("Sacral fractures are commonly occult on radiographs; MRI advised if pain persists.", "sacral_fracture"),
    ("Insufficiency fractures of the sacrum are usually radiographically occult.", "sacral_fracture"),
    ("Sacral fractures are easily missed on plain radiographs.", "sacral_fracture"),
    ("Sacral insufficiency fractures are notoriously difficult to see on radiographs.", "sacral_fracture"),
    ("Pubic rami fractures are frequently occult on the AP pelvis.", "pubic_ramus_fracture"),
    ("Vertebral compression fractures are often subtle on chest radiographs.", "vertebral_compression_fracture"),
    ("Sacral fractures are typically hard to detect on X-ray.", "sacral_fracture"),
])
def test_a_class_of_fractures_occult_on_a_modality_is_no_finding(sentence, concept):
    assert assertions(sentence, "en", concept, "radiology") == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept", [
    ("The sacral fractures are occult on the radiograph of 2 March.", "sacral_fracture"),
    ("Bilateral sacral insufficiency fractures are present.", "sacral_fracture"),
    ("The sacral fractures are well seen on the CT.", "sacral_fracture"),
    ("Sacral insufficiency fractures are seen bilaterally.", "sacral_fracture"),
    ("The pubic rami fractures are again noted, now with callus.", "pubic_ramus_fracture"),
])
def test_the_patients_own_fractures_stay_found(sentence, concept):
    assert assertions(sentence, "en", concept, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Sacral insufficiency fractures are frequently occult on plain film, so I have requested an MRI pelvis.",
     [("mri", "requested", True)]),
    ("Pubic rami fractures are often missed on X-ray.", []),
    ("Sacral fractures are notoriously difficult to see on radiographs.", []),
    ("Sacral fractures are usually radiographically occult on conventional radiographs; MRI pelvis booked.",
     [("mri", "requested", True)]),    ("Insufficiency fractures of the sacrum are usually radiographically occult.", []),
])
def test_a_modality_that_misses_a_class_of_fractures_is_no_film_of_the_patient(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sacral fractures are often subtle on plain films; XR pelvis today unremarkable.",
     [("radiograph", "performed", False)]),
    ("The sacral fractures are occult on the radiograph of 2 March.", [("radiograph", "performed", False)]),
    ("XR pelvis: fracture of the left inferior pubic ramus.", [("radiograph", "performed", False)]),    ("The fracture was radiographically occult; MRI pelvis showed a sacral ala fracture.",
     [("radiograph", "performed", False), ("mri", "performed", True)]),
])
def test_a_film_of_the_patient_stays_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_lumbar_film_with_the_remark_on_occult_sacral_fractures_leaves_the_patient_flagged():
    case = only_case([("n1", "2024-09-17", "outpatient", "", "80 yo woman, 3/52 hx low back pain. PMH: osteoporosis."),
                      ("n2", "2024-09-19", "radiology", "XR lumbar spine", "X-RAY LUMBAR SPINE\nVertebral body heights "
                       "maintained. Comment: No acute fracture. Sacral insufficiency fractures are frequently occult on "
                       "plain film; an MRI of the sacrum is recommended if clinical concern persists.")], "en")
    assert flag_and_workup(case) == ("true", "ordered")


def test_a_remark_on_missed_fractures_in_a_ward_note_leaves_the_ramus_fracture_flagged():
    case = only_case([("n1", "2025-03-01", "radiology", "XR pelvis", "XR PELVIS\nFracture of the right superior pubic "
                       "ramus."),
                      ("n2", "2025-03-02", "clinical", "", "Ward round. R pubic ramus fracture. Sacral fractures are "
                       "often missed on plain films and commonly accompany ramus fractures. MRI pelvis requested.")],
                     "en")
    assert flag_and_workup(case) == ("true", "ordered")


def test_a_sacral_fracture_found_on_the_mri_is_still_documented():
    case = only_case([("n1", "2025-03-01", "radiology", "XR pelvis", "XR PELVIS\nFracture of the right superior pubic "
                       "ramus. Sacral fractures are frequently occult on radiographs."),
                      ("n2", "2025-03-04", "radiology", "MRI pelvis", "MRI PELVIS\nRight sacral ala insufficiency "
                       "fracture with marrow oedema.")], "en")
    assert flag_and_workup(case) == ("false", "sacral_fracture_documented")


# --- lumbar bent by a letter ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Hx: lumbr pain, breast ca, ?mets.",
    "c/o lumabr pain for 2 weeks.",
    "Severe lubmar back pain since the fall.",
    "Lumbr pain worse on standing.",
])
def test_lumbar_bent_by_a_letter_is_the_low_back(sentence):
    assert assertions(sentence, "en", "low_back_pain") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Lumbr spine: no fracture.",
    "Pain in the left knee; lumbr spine not examined.",
])
def test_lumbar_bent_by_a_letter_without_pain_is_no_back_pain(sentence):
    assert assertions(sentence, "en", "low_back_pain") == []


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""An exam given a time frame in hours ("Urgent MRI whole spine within 24 hours", "Akut MR helrygg inom 24 timmar",
"inom 48h") is asked for, as one within days or weeks is; an exam done within a time ("CT pelvis performed within 2
hours of arrival", "DT gjord inom 2 timmar") stays performed."""
import pytest

from tests.phrasing import statuses


@pytest.mark.parametrize("text, lang, modality", [
    ("Urgent MRI whole spine within 24 hours.", "en", "mri"),
    ("MRI pelvis within 48h to exclude a sacral fracture.", "en", "mri"),
    ("CT pelvis within 4 hrs if unable to weight bear.", "en", "ct"),
    ("MRI lumbar spine within an hour of arrival at the hub.", "en", "mri"),
    ("Akut MR helrygg inom 24 timmar.", "sv", "mri"),
    ("MR bäcken inom 48h.", "sv", "mri"),
    ("DT bäcken inom ett dygn.", "sv", "ct"),
])
def test_an_exam_within_hours_is_requested(text, lang, modality):
    assert statuses(text, lang, modality) == ["requested"]


@pytest.mark.parametrize("text, lang, modality", [
    ("CT pelvis performed within 2 hours of arrival.", "en", "ct"),
    ("MRI was done within 24 hours and showed a sacral fracture.", "en", "mri"),
    ("DT bäcken gjord inom 2 timmar efter ankomst.", "sv", "ct"),
])
def test_an_exam_done_within_hours_is_performed(text, lang, modality):
    assert statuses(text, lang, modality) == ["performed"]

"""A hip study quoted in a clinical note with what it showed of the sacrum in the same sentence ("MRI hips 3/12: no
fracture of the sacrum or the hips") imaged the sacrum, as a hip report that reads the sacrum does; a hip study
quoted alone, or beside a sacral finding of another study or sentence, or one whose sentence says the sacrum was
left out, did not. Both languages, with and without å/ä/ö."""
from __future__ import annotations

import pytest

from .phrasing import flag_and_workup, one_note, only_case


def _hip_coverage(text: str, language: str) -> list[bool]:
    exams = one_note(text, language).exams
    return [bool(e.covers_sacrum) for e in exams.itertuples() if e.modality == "mri"]


@pytest.mark.parametrize("language, text", [
    ("en", "MRI hips 3/12: no fracture of the sacrum or the hips."),
    ("en", "MRI of both hips last week showed no sacral fracture."),
    ("sv", "MR höfter 3/12: ingen fraktur i sakrum eller höfter."),
    ("sv", "MR hofter visade ingen sakrumfraktur."),
])
def test_a_quoted_hip_study_that_read_the_sacrum_covers_it(language, text):
    assert _hip_coverage(text, language) == [True]


@pytest.mark.parametrize("language, text", [
    ("en", "MRI hips performed."),
    ("en", "MRI hips: no hip fracture. Known sacral fracture from CT last month."),
    ("en", "MRI hips: no femoral fracture; the sacrum was not assessed."),
    ("en", "MRI hips: no hip fracture, sacrum not included."),
    ("sv", "MR höfter utförd."),
    ("sv", "MR höfter: ingen höftfraktur, sakrum ej avbildat."),
])
def test_a_quoted_hip_study_without_a_reading_of_the_sacrum_does_not(language, text):
    assert _hip_coverage(text, language) == [False]


@pytest.mark.parametrize("language, back_pain, quote", [
    ("en", "82-year-old woman with low back pain since a fall.", "MRI hips today: no fracture of the sacrum or the hips."),
    ("sv", "Kvinna 82 år med ont i ländryggen sedan fallet.", "MR höfter idag: ingen fraktur i sakrum eller höfter."),
])
def test_a_quoted_hip_study_that_read_the_sacrum_is_a_workup(language, back_pain, quote):
    case = only_case([
        ("n1", "2025-03-01", "clinical", "", back_pain, language),
        ("n2", "2025-03-20", "clinical", "", quote, language),
    ])
    assert flag_and_workup(case) == ("false", "mri")

"""How an order and its wait are told without the usual verbs: "MRI pelvis requisitioned", "Request put in for MRI
pelvis", "MRI pelvis: no date yet", "MR bäcken rekvirerad", "MR bäcken aktualiseras", "Står på tur för MR bäcken",
"MR bäcken: ingen tid än". With no status word found, each read as a study done, a sacral workup nobody had."""
from __future__ import annotations

import pytest

from .phrasing import statuses


@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis requisitioned."),
    ("en", "Request put in for MRI pelvis."),
    ("en", "Put in for an MRI pelvis."),
    ("en", "MRI pelvis: no date yet."),
    ("en", "Still no date for her MRI pelvis."),
    ("sv", "MR bäcken rekvirerad."),
    ("sv", "MR bäcken aktualiseras."),
    ("sv", "Har aktualiserat MR bäcken."),
    ("sv", "Står på tur för MR bäcken."),
    ("sv", "MR bäcken: ingen tid än."),
    ("sv", "MR bäcken, fortfarande ingen tid."),
])
def test_exam_order_words_an_order_or_its_wait_is_requested(language, text):
    assert statuses(text, language, "mri") == ["requested"]


@pytest.mark.parametrize("language,text,modality", [
    ("en", "CT pelvis showed the screws put in 2019.", "ct"),
    ("en", "MRI pelvis done; no date yet for the clinic review.", "mri"),
    ("sv", "MR bäcken gjord, står på tur för operation.", "mri"),
])
def test_exam_order_words_about_something_else_leave_the_study_done(language, text, modality):
    assert statuses(text, language, modality) == ["performed"]

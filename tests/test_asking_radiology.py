"""Asking radiology for a study is a request ("We have asked radiology to perform a CT of the pelvis", "Contacted
radiology re MRI pelvis", "Vi har bett röntgen att göra DT bäcken", "Röntgen ombedd att utföra DT bäcken"), and the
department asked is no radiograph of the patient. Talking with radiology about a study already done keeps it done
("Spoke to the radiologist about the CT pelvis, which showed ..."). Swedish with and without å/ä/ö."""
from __future__ import annotations

import pytest

from .phrasing import exam_rows


@pytest.mark.parametrize("sentence, language, modality", [
    ("We have asked radiology to perform a CT of the pelvis.", "en", "ct"),
    ("Radiology asked to perform a CT pelvis.", "en", "ct"),
    ("Contacted radiology re MRI pelvis.", "en", "mri"),
    ("Spoke to the radiologist about a CT of the pelvis.", "en", "ct"),
    ("Vi har bett röntgen att göra DT bäcken.", "sv", "ct"),
    ("Vi har bett rontgen att gora DT backen.", "sv", "ct"),
    ("Har kontaktat röntgen för DT bäcken.", "sv", "ct"),
    ("Ringt röntgen angående MR bäcken.", "sv", "mri"),
    ("Röntgen ombedd att utföra DT bäcken.", "sv", "ct"),
])
def test_asking_radiology_for_a_study_requests_it(sentence, language, modality):
    assert exam_rows(sentence, language) == [(modality, "requested", True)]


@pytest.mark.parametrize("sentence, language, modality", [
    ("Spoke to the radiologist about the CT pelvis, which showed a sacral fracture.", "en", "ct"),
    ("Discussed with radiology: CT pelvis shows a sacral fracture.", "en", "ct"),
    ("Kontaktat röntgen: DT bäcken visar sakrumfraktur.", "sv", "ct"),
    ("Pratat med röntgen om DT bäcken som visade fraktur.", "sv", "ct"),
])
def test_talking_with_radiology_about_a_study_done_keeps_it_done(sentence, language, modality):
    assert exam_rows(sentence, language) == [(modality, "performed", True)]

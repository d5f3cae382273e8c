"""A denial of several exams at once ("No CT or MRI of the pelvis to date", "Neither CT, MRI nor bone scan of the
pelvis has been performed", "Varken DT, MR eller skelettscint av bäckenet är gjord", "Has not had CT or MRI") denies
each of them: none is a workup. Each family by at least two wordings per language, Swedish with and without å/ä/ö,
and the look-alikes where the list's later exam has words of its own."""
from __future__ import annotations

import pytest

from .phrasing import one_note


def _statuses(text: str, language: str) -> list[tuple[str, str]]:
    found = one_note(text, language).exams
    return sorted((r.modality, r.status) for r in found.itertuples())


@pytest.mark.parametrize("text, language, modalities", [
    ("No CT or MRI of the pelvis to date.", "en", ("ct", "mri")),
    ("No CT, MRI or bone scan of the pelvis to date.", "en", ("ct", "mri", "scintigraphy")),
    ("Has not had CT or MRI of the pelvis.", "en", ("ct", "mri")),
    ("She has not yet had a CT or MRI of the pelvis.", "en", ("ct", "mri")),
    ("Neither CT, MRI nor bone scan of the pelvis has been performed.", "en", ("ct", "mri", "scintigraphy")),
    ("Neither CT nor MRI of the pelvis was performed.", "en", ("ct", "mri")),
    ("Varken DT, MR eller skelettscint av bäckenet är gjord.", "sv", ("ct", "mri", "scintigraphy")),
    ("Varken DT eller MR av backenet har gjorts.", "sv", ("ct", "mri")),
    ("Ingen DT, MR eller scint av bäckenet har gjorts.", "sv", ("ct", "mri", "scintigraphy")),
    ("Ingen DT eller MR av backenet gjord hittills.", "sv", ("ct", "mri")),
])
def test_every_exam_of_a_denied_list_was_not_done(text, language, modalities):
    assert _statuses(text, language) == [(m, "not_performed") for m in modalities]


@pytest.mark.parametrize("text, language, expected", [
    ("No CT; MRI pelvis showed a sacral fracture.", "en", [("ct", "not_performed"), ("mri", "performed")]),
    ("She has not had a CT; an MRI of the pelvis is booked.", "en", [("ct", "not_performed"), ("mri", "requested")]),
    ("Ingen DT. MR bäcken visade en sakrumfraktur.", "sv", [("ct", "not_performed"), ("mri", "performed")]),
])
def test_an_exam_outside_the_denied_list_keeps_its_own_status(text, language, expected):
    assert _statuses(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Neither CT nor MRI showed a sacral fracture.", "en"),
    ("Varken DT eller MR visade någon sakrumfraktur.", "sv"),
])
def test_neither_exam_showed_it_says_both_were_done(text, language):
    assert _statuses(text, language) == [("ct", "performed"), ("mri", "performed")]


# --- the exam another one replaced ("instead of MRI", "i stället för MR") was not done -----------------------------
@pytest.mark.parametrize("text, language, expected", [
    ("CT pelvis requested instead of MRI because of her pacemaker.", "en", [("ct", "requested"), ("mri", "not_performed")]),
    ("CT pelvis was performed instead of MRI.", "en", [("ct", "performed"), ("mri", "not_performed")]),
    ("Instead of MRI, a CT pelvis was done.", "en", [("ct", "performed"), ("mri", "not_performed")]),
    ("DT bäcken gjordes istället för MR.", "sv", [("ct", "performed"), ("mri", "not_performed")]),
    ("DT backen gjordes i stallet for MR pga pacemaker.", "sv", [("ct", "performed"), ("mri", "not_performed")]),
])
def test_the_exam_another_replaced_was_not_done(text, language, expected):
    assert _statuses(text, language) == expected

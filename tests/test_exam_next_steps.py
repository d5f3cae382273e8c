"""An exam named as the next step, with a low threshold, or left for a later decision is a plan, not a study done
("MRI pelvis would be the next step", "Nästa steg blir MR bäcken", "Låg tröskel för MR bäcken", "Tar ställning till
MR bäcken"); a referral that radiology has turned down ("Röntgen har avvisat remissen") was not done. Each family by
at least two wordings, Swedish with and without å/ä/ö, and its look-alikes of a study done."""
from __future__ import annotations

import pytest

from .phrasing import one_note


def _statuses(text: str, language: str) -> list[tuple[str, str, str]]:
    found = one_note(text, language).exams
    return [tuple(r) for r in found[["modality", "region", "status"]].itertuples(index=False)]


@pytest.mark.parametrize("text, language", [
    ("MRI pelvis would be the next step if symptoms do not settle.", "en"),
    ("MRI pelvis is the next step.", "en"),
    ("Next investigation: MRI pelvis.", "en"),
    ("Low threshold for MRI pelvis.", "en"),
    ("Nästa steg blir MR bäcken.", "sv"),
    ("Nasta steg blir MR backen.", "sv"),
    ("Låg tröskel för MR bäcken.", "sv"),
    ("Tar ställning till MR bäcken vid nästa besök.", "sv"),
    ("Tar stallning till MR backen vid nasta besok.", "sv"),
])
def test_a_next_step_is_a_plan(text, language):
    assert _statuses(text, language) == [("mri", "pelvis", "requested")]


@pytest.mark.parametrize("text, language", [
    ("MRI pelvis showed no sacral fracture; next step is physiotherapy.", "en"),
    ("MR bäcken visade ingen fraktur. Nästa steg blir sjukgymnastik.", "sv"),
])
def test_a_study_done_before_the_next_step_stays_done(text, language):
    assert [s for _, _, s in _statuses(text, language)] == ["performed"]


@pytest.mark.parametrize("text", [
    "Röntgen har avvisat remissen för MR bäcken.",
    "Rontgen har avvisat remissen for MR backen.",
    "Röntgen har returnerat remissen för MR bäcken.",
])
def test_a_referral_radiology_turned_down_was_not_done(text):
    assert _statuses(text, "sv") == [("mri", "pelvis", "not_performed")]


# --- a waiting list is a plan; a study judged of no benefit, or written off, is not done --------------------------
@pytest.mark.parametrize("text, language", [
    ("She is on the list for an MRI of the pelvis.", "en"),
    ("Patient on our waiting list for MRI pelvis.", "en"),
    ("Hon står på väntelistan för MR bäcken.", "sv"),
    ("Uppsatt pa vantelista for MR backen.", "sv"),
])
def test_a_place_on_a_list_is_a_plan(text, language):
    assert _statuses(text, language) == [("mri", "pelvis", "requested")]


@pytest.mark.parametrize("text, language", [
    ("Further imaging (MRI pelvis) not felt to be in her best interests.", "en"),
    ("MRI pelvis would not be appropriate.", "en"),
    ("MRI pelvis not thought to be of benefit.", "en"),
    ("Vidare utredning med MR bäcken bedöms inte vara till gagn för patienten.", "sv"),
    ("MR backen bedoms inte vara i patientens intresse.", "sv"),
    ("Avskriver MR bäcken.", "sv"),
    ("MR backen avskrivs da hon mar battre.", "sv"),
])
def test_a_study_of_no_benefit_or_written_off_is_not_done(text, language):
    assert _statuses(text, language) == [("mri", "pelvis", "not_performed")]


@pytest.mark.parametrize("text, language", [
    ("She was given appropriate analgesia; MRI pelvis showed no fracture.", "en"),
    ("Smärtlindring gav god nytta. MR bäcken visade ingen fraktur.", "sv"),
])
def test_a_benefit_word_elsewhere_leaves_a_study_done(text, language):
    assert _statuses(text, language) == [("mri", "pelvis", "performed")]


@pytest.mark.parametrize("text, language, expected", [
    ("MRI pelvis organised for Monday.", "en", ("mri", "pelvis", "requested")),
    ("Will organise CT pelvis.", "en", ("ct", "pelvis", "requested")),
    ("Organising an urgent MRI of the pelvis.", "en", ("mri", "pelvis", "requested")),
    ("Vi ordnar MR av bäckenet.", "sv", ("mri", "pelvis", "requested")),
    ("MR backen ordnas.", "sv", ("mri", "pelvis", "requested")),
    ("Har ordnat tid för DT bäcken.", "sv", ("ct", "pelvis", "requested")),
])
def test_an_exam_being_arranged_is_a_plan(text, language, expected):
    assert _statuses(text, language) == [expected]


@pytest.mark.parametrize("text, language", [
    ("CT pelvis: organising haematoma in the left gluteal muscles.", "en"),
    ("DT bäcken gjord. Pat har ordnat hemtjänst.", "sv"),
])
def test_other_things_arranged_leave_a_study_done(text, language):
    assert [s for _, _, s in _statuses(text, language)] == ["performed"]


@pytest.mark.parametrize("language, text, workup", [
    # a study named with a whole date still ahead and no word of its doing or result is booked for that day
    ("en", "80-year-old woman. Low back pain since a fall. MRI pelvis on 15/05/2025.", "ordered"),
    ("sv", "Kvinna 80 år. Ont i ländryggen sedan fall. MR bäcken 2025-05-15.", "ordered"),
    ("sv", "Kvinna 80 ar. Ont i landryggen sedan fall. MR backen 15.05.2025.", "ordered"),
    # a day already past, or a result of the study, is a study done
    ("en", "80-year-old woman. Low back pain since a fall. MRI pelvis on 15/04/2025.", "mri"),
    ("en", "80-year-old woman. Low back pain since a fall. MRI pelvis on 15/04/2025 showed no sacral fracture.", "mri"),
    ("sv", "Kvinna 80 år. Ont i ländryggen sedan fall. MR bäcken 2025-04-15 visade ingen sakrumfraktur.", "mri"),
])
def test_a_study_named_with_a_day_ahead_is_booked(language, text, workup):
    from .phrasing import flag_and_workup, only_case
    case = only_case([("n1", "2025-05-02", "clinical", "", text, language)])
    assert flag_and_workup(case)[1] == workup


@pytest.mark.parametrize("text, expected", [
    # a study that need not or must not be done was not done; one that must be done is asked for
    ("MR bäcken måste inte göras.", "not_performed"),
    ("MR backen behover inte goras.", "not_performed"),
    ("Behöver inte MR bäcken.", "not_performed"),
    ("MR bäcken måste göras.", "requested"),
    ("Pat behöver MR bäcken.", "requested"),
    # what a patient needs or need not undergo after the study is no step of the study
    ("MR bäcken 3/3: inte fraktur, behöver inte opereras.", "performed"),
    ("MR bäcken 3/3: inte fraktur, måste inte opereras.", "performed"),
    ("MR bäcken 3/3 visade fraktur, behöver opereras.", "performed"),
])
def test_a_study_needed_or_not_and_a_treatment_needed_or_not(text, expected):
    assert [s for _, _, s in _statuses(text, "sv")] == [expected]

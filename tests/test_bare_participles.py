"""An exam's fate written as a bare participle right after its name ("MRI pelvis done and bone scan cancelled", "DT
bäcken tagen, MR avbokad") is that exam's own status: the status word of the next exam in the sentence no longer
reaches back to it. A modal before the participle makes a plan ("should be done", "needs doing", "skall
utföras"), a past modal a study that never happened ("should have been done"), and a clause of time a study still
to come ("once MRI pelvis done"). Each family by at least two wordings, Swedish with and without å/ä/ö, and its
look-alikes."""
from __future__ import annotations

import pytest

from .phrasing import one_note


def _statuses(text: str, language: str) -> list[tuple[str, str]]:
    found = one_note(text, language).exams
    return [tuple(r) for r in found[["modality", "status"]].itertuples(index=False)]


@pytest.mark.parametrize("text, language, expected", [
    ("MRI pelvis done and bone scan cancelled.", "en", [("mri", "performed"), ("scintigraphy", "not_performed")]),
    ("MRI pelvis performed and bone scan cancelled.", "en",
     [("mri", "performed"), ("scintigraphy", "not_performed")]),
    ("MRI pelvis obtained, bone scan cancelled.", "en", [("mri", "performed"), ("scintigraphy", "not_performed")]),
    ("MRI pelvis done and CT pelvis requested.", "en", [("mri", "performed"), ("ct", "requested")]),
    ("DT bäcken tagen, MR avbokad.", "sv", [("ct", "performed"), ("mri", "not_performed")]),
    ("DT backen tagen, MR avbokad.", "sv", [("ct", "performed"), ("mri", "not_performed")]),
    ("MR bäcken avklarad, DT avbokad.", "sv", [("mri", "performed"), ("ct", "not_performed")]),
])
def test_a_bare_participle_is_its_own_exams_status(text, language, expected):
    assert _statuses(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # the participle belongs to something else, or is negated: the exam's own wording decides
    ("Bloods done and MRI pelvis cancelled.", "en", [("mri", "not_performed")]),
    ("MRI pelvis not done.", "en", [("mri", "not_performed")]),
    ("MRI pelvis to be done.", "en", [("mri", "requested")]),
    ("I can find no record of the CT pelvis having been requested or performed.", "en", [("ct", "not_performed")]),
    ("MR bäcken ej tagen.", "sv", [("mri", "not_performed")]),
    ("Prover tagna, MR bäcken beställd.", "sv", [("mri", "requested")]),
])
def test_a_participle_of_something_else_or_negated_gives_no_study(text, language, expected):
    assert _statuses(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("MRI pelvis should be done.", "en"),
    ("MRI pelvis must be performed before any decision on surgery.", "en"),
    ("MRI pelvis - needs doing.", "en"),
    ("Once MRI pelvis done, review in clinic.", "en"),
    ("Review when the MRI pelvis has been done.", "en"),
    ("MR bäcken skall utföras.", "sv"),
    ("MR backen skall utforas.", "sv"),
    ("MR bäcken ska göras.", "sv"),
])
def test_a_modal_or_a_clause_of_time_makes_a_plan(text, language):
    assert [s for _, s in _statuses(text, language)] == ["requested"]


@pytest.mark.parametrize("text, expected", [
    ("MRI pelvis should have been done.", "not_performed"),
    ("An MRI pelvis would have been performed had she not left.", "not_performed"),
    # done late is done
    ("MRI pelvis should have been done sooner; it showed a sacral fracture.", "performed"),
])
def test_a_past_modal_tells_a_study_that_never_happened(text, expected):
    assert [s for _, s in _statuses(text, "en")] == [expected]

"""A study the note tells the reader to avoid is not done.

An imperative "Avoid CT" or "Undvik DT" opening a sentence (or after "please", "try to", "we will") keeps the study
from the patient, as "CT is best avoided" and "undviker DT" did already (exams.json ``not_indicated``, sv
``contraindicated``). "Avoid" with something else ("Avoid NSAIDs") or in a purpose clause ("To avoid delay, CT was
performed") leaves the study as the rest of the sentence tells it.
"""
import pytest

from tests.phrasing import statuses


@pytest.mark.parametrize("text, lang, modality", [
    ("Low back pain in pregnancy. Avoid CT.", "en", "ct"),
    ("Sacral pain at 30 weeks. Please avoid X-rays until after delivery.", "en", "radiograph"),
    ("Pelvic pain post partum, breastfeeding: try to avoid bone scans for now.", "en", "scintigraphy"),
    ("Avoid ionising radiation: no CT of the pelvis.", "en", "ct"),
    ("Ländryggssmärta i graviditetsvecka 30. Undvik DT.", "sv", "ct"),
    ("Undvik rtg under graviditeten.", "sv", "radiograph"),
    ("Undvik skelettscintigrafi så länge hon ammar.", "sv", "scintigraphy"),
])
def test_a_study_to_avoid_is_not_done(text, lang, modality):
    assert statuses(text, lang, modality) == ["not_performed"]


@pytest.mark.parametrize("text, lang, modality, status", [
    ("To avoid delay, CT of the pelvis was performed.", "en", "ct", "performed"),
    ("Avoid NSAIDs. CT pelvis showed an undisplaced sacral fracture.", "en", "ct", "performed"),
    ("CT was done to avoid missing a fracture; it showed a left sacral fracture.", "en", "ct", "performed"),
    ("Avoid heavy lifting. MRI pelvis booked for next week.", "en", "mri", "requested"),
    ("Undvik NSAID. DT bäcken visade en sakrumfraktur.", "sv", "ct", "performed"),
    ("Undvik tunga lyft. MR bäcken bokad nästa vecka.", "sv", "mri", "requested"),
])
def test_avoiding_something_else_leaves_the_study_as_told(text, lang, modality, status):
    assert statuses(text, lang, modality) == [status]

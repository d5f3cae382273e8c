"""A study or a red flag denied for a complaint the patient has: the complaint stays present.

- A possessive presupposes its complaint: "She does not need imaging for her low back pain", "No need to scan her
  low back pain", "No MRI needed for her low back pain", "No red flags for her low back pain", "Inga röda flaggor för
  ländryggssmärtan", "Behöver inte röntga hennes ländryggssmärta", "Ingen MR behövs för hennes ländryggssmärta" (context.json:
  pseudo triggers for the denied study or red flag, and "for her"/"för hennes" ending a negation). "No low back pain",
  "Ingen ländryggssmärta" stay denied.
- "She does not need an MRI", "He does not require an MRI pelvis", "She doesn't need a CT of the pelvis" judge the study
  needless: not performed (exams.json not_indicated), never requested or done; "does not require analgesia after the
  MRI pelvis, which showed no fracture" is of the analgesia, and the MRI stays done.
"""
import pytest

from tests.phrasing import assertions, statuses


@pytest.mark.parametrize("text, lang", [
    ("She does not need imaging for her low back pain.", "en"),
    ("No need to scan her low back pain.", "en"),
    ("Not for imaging of her low back pain.", "en"),
    ("No MRI needed for her low back pain.", "en"),
    ("No red flags for her low back pain.", "en"),
    ("No red flag features with the LBP.", "en"),
    ("No analgesia yet for his low back pain.", "en"),
    ("Inga röda flaggor för ländryggssmärtan.", "sv"),
    ("Inga roda flaggor for landryggssmartan.", "sv"),
    ("Behöver inte röntga hennes ländryggssmärta.", "sv"),
    ("Ingen MR behövs för hennes ländryggssmärta.", "sv"),
])
def test_the_complaint_a_denied_study_was_for_is_present(text, lang):
    assert assertions(text, lang, "low_back_pain") == ["present"]


@pytest.mark.parametrize("text, lang", [
    ("No low back pain.", "en"),
    ("No red flags. No low back pain.", "en"),
    ("She does not need imaging; no low back pain.", "en"),
    ("Ingen ländryggssmärta.", "sv"),
    ("Inga röda flaggor. Ingen ländryggssmärta.", "sv"),
])
def test_a_complaint_denied_itself_stays_denied(text, lang):
    assert assertions(text, lang, "low_back_pain") == ["negated"]


@pytest.mark.parametrize("text, modality", [
    ("She does not need an MRI.", "mri"),
    ("She doesn't need a CT of the pelvis.", "ct"),
    ("He does not require an MRI pelvis.", "mri"),
    ("She does not need to have an MRI.", "mri"),
    ("We do not need further imaging such as MRI.", "mri"),
])
def test_a_study_not_needed_is_not_performed(text, modality):
    assert statuses(text, "en", modality) == ["not_performed"]


@pytest.mark.parametrize("text, modality, expected", [
    ("Does not require analgesia after the MRI pelvis, which showed no fracture.", "mri", ["performed"]),
    ("The MRI pelvis showed a fracture, so she does not need a CT.", "mri", ["performed"]),
    ("The MRI pelvis showed a fracture, so she does not need a CT.", "ct", ["not_performed"]),
])
def test_what_is_not_needed_is_what_follows(text, modality, expected):
    assert statuses(text, "en", modality) == expected

"""A request and its performance, each with its day, in one sentence: the study was done.

"MRI pelvis ordered Mon, performed Wed", "MR bäcken beställd 10/3, utförd 12/3", "remitterad vid inskrivningen,
utförd vårddag 3": a performed word that opens its own clause and names its day (a date in digits or words, a
weekday, "today", "igår", a day of the stay) tells the requested study's next step (exams.json ``step_days``). A
dated result word about something else ("bloods done yesterday") leaves the request a request, and so does a
dated cancellation.
"""
import pytest

from tests.phrasing import statuses


@pytest.mark.parametrize("text, lang, modality", [
    ("MRI pelvis ordered Mon, performed Wed.", "en", "mri"),
    ("MRI pelvis requested on Monday, done on Wednesday.", "en", "mri"),
    ("MRI pelvis requested on admission, done on day 3.", "en", "mri"),
    ("MRI pelvis requested on admission, done today: no fracture.", "en", "mri"),
    ("CT pelvis requested 3rd March, performed 5th March.", "en", "ct"),
    ("MR bäcken beställd 10/3, utförd 12/3.", "sv", "mri"),
    ("MR backen bestalld 10/3, utford 12/3.", "sv", "mri"),
    ("MR bäcken beställd i måndags, gjord i onsdags.", "sv", "mri"),
    ("DT bäcken remitterad vid inskrivningen, utförd vårddag 3.", "sv", "ct"),
    ("DT bäcken remitterad 2/3, gjord den 4 mars.", "sv", "ct"),
])
def test_a_request_then_its_dated_performance_is_done(text, lang, modality):
    assert statuses(text, lang, modality) == ["performed"]


@pytest.mark.parametrize("text, lang, modality, status", [
    ("MRI pelvis requested, bloods done yesterday.", "en", "mri", "requested"),
    ("MRI pelvis requested on Monday; patient seen on Wednesday.", "en", "mri", "requested"),
    ("MRI pelvis requested 10/03, cancelled 12/03.", "en", "mri", "not_performed"),
    ("MR bäcken beställd, blodprover tagna igår.", "sv", "mri", "requested"),
    ("MR bäcken beställd 10/3, avbokad 12/3.", "sv", "mri", "not_performed"),
])
def test_a_dated_step_of_something_else_leaves_the_request(text, lang, modality, status):
    assert statuses(text, lang, modality) == [status]

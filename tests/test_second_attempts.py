"""A study stopped at a first attempt and done at a later one, told in one sentence, was done; in both languages.

Round 60 found the family twice, once per language, and each helper wrote its own key: Swedish ``earlier_attempt``
(a failure in a clause that opens on a first attempt belongs to that attempt, "Första försöket avbröts, andra försöket
gav diagnostiska bilder") and English ``repeat_clause`` (a later clause that tells the stopped study repeated, "...
abandoned on Monday; successfully repeated on Thursday"). Each language now has both (exams.json), so the English first
attempt and the Swedish repeat read as their twins do. A first attempt told alone, a repeat only planned or one that
failed again leaves the study not done or asked."""
import pytest

from tests.phrasing import statuses


@pytest.mark.parametrize("text, lang", [
    ("MRI pelvis: first attempt abandoned for claustrophobia, second attempt gave diagnostic images, no fracture.",
     "en"),
    ("MRI pelvis completed on the second attempt (the first was stopped because of pain).", "en"),
    ("The initial attempt at a CT of the pelvis was stopped as she could not lie flat; the next attempt was successful.",
     "en"),
    ("MR bäcken: första försöket avbröts pga klaustrofobi, andra försöket gav diagnostiska bilder.", "sv"),
    ("MR bäcken avbröts pga klaustrofobi; upprepades framgångsrikt i sedering 20/5 utan fraktur.", "sv"),
    ("MR bäcken avbröts pga smärta; togs om i narkos två dagar senare, ingen fraktur.", "sv"),
])
def test_a_study_done_at_a_later_attempt_was_done(text, lang):
    assert statuses(text, lang, "mri" if "MR" in text else "ct") == ["performed"]


@pytest.mark.parametrize("text, lang, expected", [
    ("MRI pelvis: first attempt abandoned for claustrophobia.", "en", ["not_performed"]),
    ("MRI pelvis abandoned; the second attempt was not tolerated either.", "en", ["not_performed"]),
    ("MR bäcken: första försöket avbröts pga klaustrofobi.", "sv", ["not_performed"]),
    ("MR bäcken avbröts pga klaustrofobi; nytt försök planeras i narkos.", "sv", ["requested"]),
])
def test_a_first_attempt_alone_or_a_repeat_not_done_leaves_the_study_undone(text, lang, expected):
    assert statuses(text, lang, "mri") == expected

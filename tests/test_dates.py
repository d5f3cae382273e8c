"""The date an exam's name is followed by ("MRI pelvis 3/4: no fracture"), read in the language's day-month order."""
from __future__ import annotations

import pandas as pd
import pytest

from reportminer.dates import day_just_past, exam_name_date, stated_exam_date
from reportminer.lexicon import load_lexicon
from reportminer.pipeline import scan

from .phrasing import notes_table

NOTE_DATE = pd.Timestamp("2024-05-10")


@pytest.mark.parametrize("language,text,expected", [
    ("en", "MRI pelvis 3/4: no fracture", "2024-03-04"),  # month first in English
    ("en", "CT pelvis 12/4/2023 negative", "2023-12-04"),
    ("sv", "MR bäcken 3/4 ua", "2024-04-03"),  # day first in Swedish
    ("sv", "MR backen (3/4): ua", "2024-04-03"),  # typed without å/ä/ö, the date in brackets
    ("sv", "DT bäcken 20/4 utan fraktur", "2024-04-20"),
    ("en", "MRI of the pelvis showed 2/3 of the height", None),  # a fraction after a verb, no date
    ("en", "MRI pelvis without a date", None),
    ("sv", "", None),
])
def test_dates_exam_name_date(language, text, expected):
    found = exam_name_date(text, NOTE_DATE, load_lexicon(language))
    assert found == (pd.Timestamp(expected) if expected else None)


def test_dates_exam_name_date_never_after_the_note():
    assert exam_name_date("MR bäcken 20/5 ua", NOTE_DATE, load_lexicon("sv")) == pd.Timestamp("2023-05-20")


@pytest.mark.parametrize("tail", ["a" * 3000, "ab-" * 1000, "a " * 1500, "MRI " * 700 + "3"])
def test_dates_exam_name_date_reads_long_runs_without_a_date(tail):
    """A sentence of one long word (a pasted code, a run of letters) is read in one pass: words are never split in
    two to find a date (that would try every way of cutting a word, and never end on a long one)."""
    assert exam_name_date("MRI " + tail, NOTE_DATE, load_lexicon("en")) is None


@pytest.mark.parametrize("language, text, note_date, expected", [
    ("sv", "Ramusfraktur jan 2025, nu ökad smärta.", "2025-03-01", "present"),  # this episode's fracture
    ("en", "L1 compression fracture 2025 on MRI.", "2025-04-02", "present"),
    ("en", "Pubic ramus fracture '25, still painful.", "2025-06-10", "present"),
    ("sv", "Ramusfraktur 2018.", "2025-03-01", "historical"),  # an earlier year is history
    ("en", "L1 compression fracture 2019.", "2025-04-02", "historical"),
])
def test_a_fracture_dated_by_the_notes_own_year_is_not_history(language, text, note_date, expected):
    mentions = scan(notes_table([("n1", note_date, "clinical", "", text, language)])).mentions
    fractures = mentions[mentions["concept"].str.endswith("fracture")]
    assert list(fractures["assertion"]) == [expected]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "MRI pelvis on 15/05/2024.", True),  # day first: only one reading is a date
    ("en", "MRI pelvis on 05/15/2024.", True),
    ("sv", "MR bäcken 2024-05-15.", True),
    ("sv", "MR bäcken 15.05.2024.", True),
    ("en", "MRI pelvis on 15/04/2024.", False),  # a day already past
    ("sv", "MR bäcken 2024-05-10.", False),  # the note's own day
    ("sv", "MR bäcken 15/5.", False),  # no year: read as past
    ("en", "MRI pelvis without a date", False),
])
def test_names_a_later_day(language, text, expected):
    from reportminer.dates import names_a_later_day
    assert names_a_later_day(text, NOTE_DATE, load_lexicon(language)) is expected


@pytest.mark.parametrize("text, note_date, expected", [
    # the other order's day of the last month beats the language's more than two months back
    ("CT pelvis requested on 11/03.", "2025-03-25", "2025-03-11"),
    ("MRI pelvis done on 08/10.", "2025-10-21", "2025-10-08"),
    # both recent enough: the language's order (English: month first)
    ("MRI pelvis done on 3/4.", "2024-05-10", "2024-03-04"),
    ("MRI pelvis done on 4/2.", "2024-05-10", "2024-04-02"),
])
def test_dates_a_short_date_of_the_last_month_in_the_other_order(text, note_date, expected):
    from reportminer.dates import stated_exam_date
    found = stated_exam_date(text, pd.Timestamp(note_date), load_lexicon("en"))
    assert found == pd.Timestamp(expected)


@pytest.mark.parametrize("language,text,note_date,expected", [
    ("sv", "MR bäcken 15/5.", "2025-05-02", True),  # ahead in 13 days; the past reading is a year back
    ("sv", "MR backen 15/5 kl 10.", "2025-05-02", True),  # a time of day, typed without å/ä/ö
    ("sv", "DT bäcken 14.5. kl. 9.30", "2025-05-02", True),  # Finland-Swedish stops
    ("en", "MRI pelvis 28/6 at 10:00.", "2025-05-02", True),  # day first: only one reading is a date
    ("sv", "MR bäcken 15/5: ua.", "2025-05-02", False),  # a result follows: a study done a year ago
    ("en", "MRI pelvis 3/5.", "2025-05-02", False),  # 5 March, two months back, is a reading
    ("sv", "MR bäcken 15/4.", "2025-05-02", False),  # a day past
    ("sv", "MR bäcken 15/11.", "2025-05-02", False),  # beyond three months ahead: last autumn's
    ("sv", "MR bäcken 15/5/2025.", "2025-05-02", False),  # a whole date is names_a_later_day's
    ("en", "MRI of the pelvis showed 2/3 of the height", "2025-05-02", False),
])
def test_names_a_coming_day(language, text, note_date, expected):
    from reportminer.dates import names_a_coming_day
    assert names_a_coming_day(text, pd.Timestamp(note_date), load_lexicon(language)) is expected


@pytest.mark.parametrize("language,text,expected", [
    ("sv", "MR bäcken 15/5.", ("requested", "2025-05-02")),
    ("en", "Plan: MRI pelvis 28/6 at 10:00.", ("requested", "2025-05-02")),
    ("sv", "MR bäcken 15/5 visade ingen fraktur.", ("performed", "2024-05-15")),  # reported: last year's study
    ("en", "MRI pelvis 15/5 showed a sacral fracture.", ("performed", "2024-05-15")),
])
def test_a_study_named_with_a_coming_day_is_booked(language, text, expected):
    exams = scan(notes_table([("n1", "2025-05-02", "clinical", "", text, language)])).exams
    assert [(e.status, str(e.date)[:10]) for e in exams.itertuples()] == [expected]


# --- a note whose dates do not show their order: British English writes the day first --------------------------------
@pytest.mark.parametrize("text, expected", [
    # a British spelling or term anywhere in the note ("oedema", "A&E", "paracetamol", "orthopaedic")
    ("Seen in A&E after a fall. CT pelvis 02/04/2024: sacrum intact.", "2024-04-02"),
    ("Marrow oedema in the left sacral ala. MRI pelvis 02/04/2024.", "2024-04-02"),
    ("Orthopaedic review. MRI pelvis 02/04/2024 showed a sacral fracture.", "2024-04-02"),
    ("Pain controlled with paracetamol. CT pelvis 02/04/2024 normal.", "2024-04-02"),
    # no cue: the language's order (month first)
    ("Seen in the ER after a fall. CT pelvis 02/04/2024: sacrum intact.", "2024-02-04"),
    ("Marrow edema in the left sacral ala. MRI pelvis 02/04/2024.", "2024-02-04"),
    # a date that can only be read one way decides, whatever the spelling
    ("Oedema noted. CT pelvis 02/04/2024. XR pelvis 04/15/2024.", "2024-02-04"),
])
def test_a_british_note_reads_its_slashed_dates_day_first(text, expected):
    exams = scan(notes_table([("n1", "2024-04-20", "clinical", "", text, "en")])).exams
    assert exams[exams["modality"].isin(["ct", "mri"])]["date"].tolist() == [pd.Timestamp(expected)]


def test_a_lexicon_that_reuses_a_freed_lexicons_id_gets_its_own_date_words():
    """Compiled date patterns are cached per lexicon object; a lexicon loaded later may get the id of one freed
    before it (tests load many), and must not read dates with the freed lexicon's words."""
    from reportminer import dates

    swedish, english = load_lexicon("sv"), load_lexicon("en")
    dates._CACHE[id(english)] = (swedish, dates._compile(swedish))  # as if a freed Swedish lexicon had its id
    sentence = "MRI pelvis last winter was normal."
    assert dates.stated_exam_date(sentence, pd.Timestamp("2025-06-01"), english) == pd.Timestamp("2025-02-28")


@pytest.mark.parametrize("language,sentence,note_date,expected", [
    ("sv", "Hon gjorde en MR av bäckenet på Capio i\nhöstas för sin höftsmärta.", "2025-02-10", "2024-11-30"),
    ("sv", "DT bäcken gjordes för tre\nveckor sedan.", "2025-02-10", "2025-01-20"),
    ("sv", "DT bäcken gjordes för tre veckor sedan.", "2025-02-10", "2025-01-20"),  # the same on one line
    ("en", "MRI pelvis last\nwinter was normal.", "2025-06-01", "2025-02-28"),
    ("en", "CT of the pelvis two\nweeks ago was negative.", "2025-06-01", "2025-05-18"),
    ("en", "MRI pelvis was\nnormal.", "2025-06-01", None),  # a wrap adds no date
])
def test_a_date_in_words_split_by_a_line_break_still_dates_the_study(language, sentence, note_date, expected):
    got = stated_exam_date(sentence, pd.Timestamp(note_date), load_lexicon(language))
    assert got == (pd.Timestamp(expected) if expected else None)


@pytest.mark.parametrize("language,sentence,expected", [
    ("sv", "DT bäcken i\ntisdags visade ingen fraktur.", "2025-02-04"),
    ("en", "CT pelvis last\nTuesday showed no fracture.", "2025-02-04"),
])
def test_a_weekday_split_by_a_line_break_still_dates_the_study(language, sentence, expected):
    assert day_just_past(sentence, pd.Timestamp("2025-02-10"), load_lexicon(language)) == pd.Timestamp(expected)

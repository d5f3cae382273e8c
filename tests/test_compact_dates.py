"""A day written without separators dates its exam: "MR bäcken 20240312" in either language, and in Swedish notes
"MR bäcken 240312" (year first, as in a personal number) or "MR 030625" (day first), whichever reading lies nearer the
note's day, within five years of it. A personal number ("480312-1234") and a longer id are no dates."""
import pandas as pd
import pytest

from reportminer.dates import stated_exam_date, states_a_year
from reportminer.lexicon import load_lexicon
from reportminer.pipeline import scan
from tests.phrasing import notes_table

NOTE_DAY = pd.Timestamp("2025-01-14")


def _exam_day(text: str, lang: str, day: str = "2025-01-14") -> pd.Timestamp:
    exams = scan(notes_table([("n1", day, "clinical", "", text, lang)])).exams
    assert len(exams) == 1
    return exams.iloc[0]["date"]


@pytest.mark.parametrize("text, lang, expected", [
    ("MR bäcken 20240312 utan fraktur.", "sv", "2024-03-12"),
    ("MRI pelvis 20240312: no fracture.", "en", "2024-03-12"),
    ("MR bäcken 240312 visade ingen fraktur.", "sv", "2024-03-12"),
    ("MR bäcken (240312) utan fraktur.", "sv", "2024-03-12"),
    ("MR bäcken 120324 utan fraktur.", "sv", "2024-03-12"),
])
def test_a_compact_day_dates_its_exam(text, lang, expected):
    assert _exam_day(text, lang) == pd.Timestamp(expected)


@pytest.mark.parametrize("text, lang", [
    ("MRI pelvis 240312 no fracture.", "en"),
    ("MR bäcken 990312 utan fraktur.", "sv"),
    ("Pat 480312-1234. MR bäcken visade ingen fraktur.", "sv"),
    ("Remissnr 1240312: MR bäcken utan fraktur.", "sv"),
])
def test_six_digits_that_are_no_recent_day_leave_the_note_day(text, lang):
    assert _exam_day(text, lang) == NOTE_DAY


def test_a_booking_day_written_day_first_is_ahead_of_the_note():
    sv = load_lexicon("sv")
    assert states_a_year("Kallelse till MR 030625.", sv)
    # read day first, 3 June 2025, not 25 June 2003: a day ahead is clamped to the note's
    assert stated_exam_date("Kallelse till MR 030625.", pd.Timestamp("2025-05-27"), sv) == pd.Timestamp("2025-05-27")
    assert stated_exam_date("MR 030625 visade ingen fraktur.", pd.Timestamp("2025-07-01"), sv) == pd.Timestamp("2025-06-03")

"""Age and sex in the forms notes use (issue 10, item 4), read only where a cheap cue is present."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportminer.demographics import age_from_birth_year, read_age_sex
from reportminer.lexicon import load_lexicon
from reportminer.pipeline import scan

NOTE_DATE = pd.Timestamp("2019-05-01")


@pytest.fixture(scope="module")
def lexicons():
    return {"sv": load_lexicon("sv"), "en": load_lexicon("en")}


@pytest.mark.parametrize("language,text,expected", [
    ("sv", "Kvinna född -48 med ryggsmärta.", (71, "F")),
    ("sv", "Kvinna fodd -48 med ryggsmarta.", (71, "F")),
    ("sv", "Pat född 1948. Hon har ont i ryggen.", (71, "F")),
    ("sv", "Man f. 1940, faller hemma.", (79, "M")),
    ("sv", "K 71 år, ont i ländryggen.", (71, "F")),
    ("sv", "M 83 år med ramusfraktur.", (83, "M")),
    ("sv", "Inskrivs man 79 år med smärta.", (79, "M")),
    ("sv", "82-årig kvinna.", (82, "F")),
    ("sv", "Hon är 80 år och har ont.", (80, "F")),
    ("sv", "Han är 79 år.", (79, "M")),
    ("en", "71F with low back pain.", (71, "F")),
    ("en", "83M fell at home.", (83, "M")),
    ("en", "79 y/o female with a fall.", (79, "F")),
    ("en", "Mrs Smith, aged 80, fell.", (80, "F")),
    ("en", "Pleasant gentleman aged 77.", (77, "M")),
    ("en", "DOB 1948-03-02. She fell.", (71, "F")),
])
def test_demographics_forms(lexicons, language, text, expected):
    assert read_age_sex(text, lexicons[language], NOTE_DATE) == expected


@pytest.mark.parametrize("language,text", [
    ("sv", "Hon har ont i ryggen."),  # "hon" tells the sex only beside an age
    ("sv", "Rtg bäcken: fraktur i ramus superior."),
    ("en", "Pelvic radiograph: superior ramus fracture."),
    ("sv", "Går 50 m med rollator."),
])
def test_demographics_nothing_without_a_stated_age_or_sex(lexicons, language, text):
    assert read_age_sex(text, lexicons[language], NOTE_DATE) == (None, "")


@pytest.mark.parametrize("year,date,age", [("1948", "2019-05-01", 71), ("-48", "2019-05-01", 71),
                                           ("'05", "2025-01-01", 20), ("48", None, None), ("1890", "2025-01-01", None)])
def test_demographics_age_from_a_birth_year_is_the_age_at_the_note(year, date, age):
    assert age_from_birth_year(year, pd.Timestamp(date) if date else None) == age


def test_demographics_birth_year_gives_the_age_at_the_index_finding():
    notes = pd.DataFrame([
        {"note_id": "n1", "patient_id": "p1", "note_date": "2019-05-01", "note_type": "clinical", "exam": "",
         "text": "Kvinna född -48. Ländryggssmärta sedan en vecka.", "language": "sv"}])
    case = scan(notes).cases.iloc[0]
    assert (case.sex, case.age, case.flagged) == ("F", "71", "true")  # a woman of 60 or more: at risk


class _CountingRegex:
    """Stands in for a compiled pattern; counts the passes made over texts."""

    def __init__(self, regex, counts):
        self.regex, self.counts = regex, counts

    def finditer(self, text):
        self.counts.append(self.regex.pattern)
        return self.regex.finditer(text)

    def search(self, text):
        self.counts.append(self.regex.pattern)
        return self.regex.search(text)


@pytest.mark.parametrize("language,text,expected", [
    ("sv", "Ont i knät sedan igår. Kontroll om en vecka på vårdcentralen.", (None, "")),
    ("en", "Knee pain, worse on walking. Plan: ice and rest.", (None, "")),
    ("sv", "Ont i knät sedan igår. 82-årig kvinna.", (82, "F")),
])
def test_demographics_patterns_run_only_where_their_words_are(lexicons, monkeypatch, language, text, expected):
    """Counted, not timed: a note without the words and digit-word pairs an age or sex pattern needs runs none of
    the patterns (issue 15: age and sex only where a cue is present); a note with them gets its answer."""
    from reportminer.demographics import _compiled

    counts: list[str] = []
    demo = lexicons[language].demographics
    for key, patterns in demo.items():
        if key not in ("female", "male"):
            for gate in _compiled(patterns):
                monkeypatch.setattr(gate, "regex", _CountingRegex(gate.regex, counts))
    assert read_age_sex(text, lexicons[language], NOTE_DATE) == expected
    assert (counts == []) is (expected == (None, ""))


_CUE_TEXTS = ["82-year-old woman", "She fell.", "Mrs Smith, 80", "71F", "83 yo", "No age stated.", "his back",
              "pain in the hip", "Kvinna 82 år", "Pat född -48", "Ont i ryggen.", "hon föll", ""]


@settings(max_examples=200, deadline=None)
@given(language=st.sampled_from(["sv", "en"]), texts=st.lists(st.sampled_from(_CUE_TEXTS), min_size=1, max_size=12))
def test_demographics_cue_answer_does_not_depend_on_the_notes_before(lexicons, language, texts):
    """The cue gates are tried in the order of the last one found; the answer is that of trying every cue."""
    import re

    from reportminer.demographics import _cue_present
    from reportminer.regexgate import gate_view
    from reportminer.textnorm import fold

    cues = tuple(lexicons[language].demographics.get("cue", ()))
    for text in texts:
        folded = fold(text)
        expected = any(re.search(fold(p), folded, re.IGNORECASE) for p in cues)
        assert _cue_present(cues, folded, gate_view(folded)) == expected, text

"""Age and sex as the notes state them ("82-årig kvinna", "84 yo F", "kvinna född -48", "K 71 år", "83M"), for
patients the patients table lacks. The patterns are ``demographics`` in ``lexicons/<lang>/exams.json``:

* ``age_sex``, ``age``, ``birth_year`` and ``sex``, tried in this order; a birth year gives the age at the note's
  date ("född -48" in a note of 2019: 71);
* ``sex_with_age``: words that tell the sex only together with an age ("hon", "han");
* ``cue``: words without which a note is not read (no age or sex from it).
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .lexicon import Lexicon
from .regexgate import Gate, GateSet, gate_view
from .textnorm import fold

_KEYS = ("age_sex", "age", "birth_year", "sex")


@lru_cache(maxsize=None)
def _compiled(patterns: tuple[str, ...]) -> tuple[Gate, ...]:
    """The patterns, each with the gate that tells cheaply when it cannot match (most notes state no age)."""
    return tuple(Gate(re.compile(fold(p), re.IGNORECASE)) for p in patterns)


@lru_cache(maxsize=None)
def _reading_gates(patterns_by_key: tuple[tuple[str, ...], ...]) -> GateSet:
    """The gates of the keys' patterns, key after key, as one set judged in one pass over a note."""
    return GateSet(gate for patterns in patterns_by_key for gate in _compiled(patterns))


# The cue gates in the order to try them, per cue list: the last one found first (a site's notes state age and sex
# in a few set ways). The order changes only the time taken, never the answer.
_CUE_ORDER: dict[tuple[str, ...], tuple[Gate, ...]] = {}


def _cue_present(patterns: tuple[str, ...], folded: str, view: str | None) -> bool:
    """Whether one of the cue words occurs: one gated expression each, tried in turn until one is found (an
    alternation of them all costs a pass of many branches over the note)."""
    if not patterns:
        return True
    order = _CUE_ORDER.get(patterns) or _compiled(patterns)
    for i, gate in enumerate(order):
        if gate.may_match(view) and gate.regex.search(folded):
            if i:
                _CUE_ORDER[patterns] = (gate, *order[:i], *order[i + 1:])  # replaced whole: safe for threads
            return True
    return False


@lru_cache(maxsize=None)
def _words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w).lower() for w in words)


def age_from_birth_year(year: str, note_date: pd.Timestamp | None) -> int | None:
    """Age at ``note_date`` of someone born in ``year`` ("1948", "-48", "'48"); None without a note date."""
    if note_date is None or pd.isna(note_date):
        return None
    digits = year.lstrip("-'")
    born = int(digits)
    if len(digits) == 2:  # the latest century that makes an adult of them
        born += note_date.year // 100 * 100
        if note_date.year - born < 18:
            born -= 100
    age = note_date.year - born
    return age if 0 <= age <= 120 else None


def read_age_sex(text: str, lexicon: Lexicon, note_date: pd.Timestamp | None = None) -> tuple[int | None, str]:
    """The first plausible age (18–120) and sex stated in ``text``; (None, "") when it states neither.

    Parameters
    ----------
    text : the note's text.
    lexicon : the note's lexicon (its ``demographics`` patterns).
    note_date : the note's date, for an age given as a birth year.
    """
    demo = lexicon.demographics
    folded = fold(text)
    view = gate_view(folded)
    age, sex = _read(demo, folded, view, note_date)
    # Without a cue word the note is not read: checked after the reading, which finds nothing in most notes.
    if (age is not None or sex) and not _cue_present(demo.get("cue", ()), folded, view):
        return None, ""
    return age, sex


def _read(demo: dict, folded: str, view: str | None, note_date: pd.Timestamp | None) -> tuple[int | None, str]:
    female, male = _words(demo.get("female", ())), _words(demo.get("male", ()))

    def sex_of(word: str) -> str:
        return "F" if word in female else "M" if word in male else ""

    age, sex = None, ""
    decade_words = {**_DECADE_WORDS, **_decade_words(demo.get("decade_words", ()))}
    gate_set = _reading_gates(tuple(tuple(demo.get(key, ())) for key in _KEYS))
    for position in gate_set.open(view):  # the keys' patterns in order, those that may match
        for m in gate_set.gates[position].regex.finditer(folded):
            groups = m.groupdict()
            found = _age(groups, note_date, decade_words)
            if age is None and found is not None:
                age = found
            word = (groups.get("sex") or "").lower()
            if not sex and word:
                sex = sex_of(word)
            if age is not None and sex:
                return age, sex
            if found is not None or word:
                break
    if age is not None and not sex:  # "hon"/"han" say the sex only beside an age
        for gate in _compiled(demo.get("sex_with_age", ())):
            m = gate.regex.search(folded) if gate.may_match(view) else None
            if m:
                return age, sex_of(m.group("sex").lower())
    return age, sex


_DECADE_WORDS = {"fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}


def _decade_words(items) -> dict[str, int]:
    """A lexicon's decade words, each written "word=first year" ("octogenarian=80")."""
    out = {}
    for item in items:
        word, _, years = item.partition("=")
        if years.strip().isdigit():
            out[fold(word.strip()).lower()] = int(years)
    return out


def _age(groups: dict, note_date: pd.Timestamp | None, decade_words: dict[str, int] | None = None) -> int | None:
    if groups.get("age") and 18 <= int(groups["age"]) <= 120:
        return int(groups["age"])
    if groups.get("decade"):  # "in her 80s", "i 80-årsåldern": the decade's first year, a lower bound
        return int(groups["decade"])
    if groups.get("decade_word"):  # "in her late sixties": the same, the decade in words
        return (decade_words or _DECADE_WORDS).get(groups["decade_word"].lower())
    if groups.get("year") and groups.get("month") and groups.get("day") and note_date is not None \
            and not pd.isna(note_date):  # a full birth date ("född 1964-06-15", "f. 15/6 1964"): the exact age
        return _exact_age(groups, note_date)
    if groups.get("year"):
        age = age_from_birth_year(groups["year"], note_date)
        if age is not None and _birthday_ahead(groups, note_date):
            age -= 1
        return age if age is not None and age >= 18 else None
    return None


def _exact_age(groups: dict, note_date: pd.Timestamp) -> int | None:
    """The age at the note's date of a birth date with its year, month and day; a two-digit year takes its century
    as "född -48" does ("f. 3/2-48")."""
    if len(groups["year"]) == 2:
        years = age_from_birth_year(groups["year"], note_date)
        if years is None:
            return None
        year = note_date.year - years
    else:
        year = int(groups["year"])
    born = (year, int(groups["month"]), int(groups["day"]))
    age = note_date.year - born[0] - ((note_date.month, note_date.day) < born[1:])
    return age if 18 <= age <= 120 else None


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _birthday_ahead(groups: dict, note_date: pd.Timestamp | None) -> bool:
    """Whether a birth date given with its day and a month name ("DOB 1 June 1964") or with day and month in an
    order the note leaves open ("DOB 01/06/1964", "DOB 01.06.1964") has its birthday still ahead in the note's year,
    so that the age is one less than the years alone give. A slashed date is read both ways round; where the two
    readings disagree, the year alone decides. Without this, a woman born in June 1964 was 60 in a note of January
    2024, and at risk."""
    if note_date is None or pd.isna(note_date):
        return False
    today = (note_date.month, note_date.day)
    if groups.get("month_name"):
        month = _MONTH_NAMES.index(groups["month_name"][:3].lower()) + 1
        return bool(groups.get("day")) and today < (month, int(groups["day"]))
    if groups.get("first") and groups.get("second"):
        first, second = int(groups["first"]), int(groups["second"])
        readings = [(second, first)] if groups.get("sep") == "." else [(second, first), (first, second)]
        answers = {today < (month, day) for month, day in readings if 1 <= month <= 12 and 1 <= day <= 31}
        return answers == {True}
    return False

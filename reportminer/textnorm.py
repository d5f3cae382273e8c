"""Character folding shared by the lexicon loader, the prefilter and the matcher.

Clinical notes are often typed without å/ä/ö ("landryggen", "backen"): matching on a folded form lets one
lexicon entry cover both spellings. Folding maps one character to one character, so offsets into the folded
text are offsets into the original.
"""
from __future__ import annotations

import re
from typing import Iterable

_FOLD_PAIRS = {
    "å": "a", "ä": "a", "à": "a", "á": "a", "â": "a", "æ": "a",
    "ö": "o", "ø": "o", "ó": "o", "ò": "o", "ô": "o",
    "é": "e", "è": "e", "ê": "e", "ë": "e",
    "ü": "u", "ú": "u", "í": "i", "ï": "i", "ç": "c", "ñ": "n",
    "–": "-", "—": "-", "‐": "-", "\u2011": "-", "’": "'",
}
_FOLD_TABLE = str.maketrans({**_FOLD_PAIRS, **{k.upper(): v.upper() for k, v in _FOLD_PAIRS.items()
                                                if len(k.upper()) == 1}})


_FOLD_MAP = {chr(code): repl for code, repl in _FOLD_TABLE.items()}
_FOLDABLE = re.compile("[" + "".join(re.escape(c) for c in _FOLD_MAP) + "]")


_RECENT: dict[str, str] = {}  # the texts folded last and their folded forms
_RECENT_SIZE = 8


def fold(text: str) -> str:
    """Return ``text`` without diacritics, keeping its length and letter case."""
    # Most text is ASCII, and the rest holds few distinct foldable letters: replacing each of those is several
    # times faster than ``str.translate``, which looks every character up in the table.
    if text.isascii():
        return text
    # Several stages of a note's analysis (prefilter, age and sex, exam wording, placement) fold the same note:
    # it is folded once. Emptied when full (a dict's operations are atomic, so threads may share it).
    folded = _RECENT.get(text)
    if folded is None:
        folded = text
        for char in set(_FOLDABLE.findall(text)):
            folded = folded.replace(char, _FOLD_MAP[char])
        if len(_RECENT) >= _RECENT_SIZE:
            _RECENT.clear()
        _RECENT[text] = folded
    return folded


# Invisible characters of text pasted from web pages and word processors. A zero-width space separates words as a
# space does; a soft hyphen or a zero-width joiner sits inside a word ("sak\u00adrumfraktur") and is no part of it.
_ZERO_WIDTH_SPACES = re.compile("[\u200b\u2060\ufeff]")
INSIDE_WORD_INVISIBLES = re.compile("[\u00ad\u200c\u200d]")


def with_visible_spaces(text: str) -> str:
    """``text`` with each zero-width space as a plain space: the same length, so offsets hold."""
    return text if text.isascii() else _ZERO_WIDTH_SPACES.sub(" ", text)


def fold_lower(text: str) -> str:
    """Lowercase and fold one token; used as the token's NORM (which need not keep the token's length: a soft
    hyphen inside a word is dropped, so "sak\u00adrumfraktur" reads as "sakrumfraktur")."""
    folded = fold(text).lower()
    return folded if folded.isascii() else INSIDE_WORD_INVISIBLES.sub("", folded)


def folded_alternation(patterns: Iterable[str]) -> re.Pattern | None:
    """One expression matching where any of ``patterns`` does, on folded lowercase text (lexicon wording lists are
    written with å/ä/ö and capitals; notes are matched folded); None for no patterns."""
    folded = [fold(p).lower() for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in folded)) if folded else None

"""Character folding shared by the lexicon loader, the prefilter and the matcher.

Clinical notes are often typed without å/ä/ö ("landryggen", "backen"): matching on a folded form lets one
lexicon entry cover both spellings. Folding maps one character to one character, so offsets into the folded
text are offsets into the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
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


def folded_pattern(pattern: str) -> str:
    """A lexicon's regular expression as it reads folded lowercase text: folded, and lowercased except for the
    letter after a backslash, which names a class or an anchor whose case is its meaning ("\\W" is not "\\w")."""
    folded = fold(pattern)
    if "\\" not in folded:
        return folded.lower()
    parts = re.split(r"(\\.)", folded)  # escapes at odd positions
    return "".join(part if i % 2 else part.lower() for i, part in enumerate(parts))


def folded_alternation(patterns: Iterable[str]) -> re.Pattern | None:
    """One expression matching where any of ``patterns`` does, on folded lowercase text (lexicon wording lists are
    written with å/ä/ö and capitals; notes are matched folded); None for no patterns."""
    folded = [folded_pattern(p) for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in folded)) if folded else None


# UTF-8 read as Windows-1252 or Latin-1 ("mojibake"): each two-byte letter shows as two characters, "ä" as "Ã¤",
# "ö" as "Ã¶", "é" as "Ã©", "°" as "Â°" ("SmÃ¤rta i lÃ¤ndryggen"). A note whose text holds such pairs is read
# with each pair as its letter; the offsets of what is found are mapped back to the text as written.
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039"
                       "\u203a\u20ac\u2122]")


def _mojibake_letter(pair: str) -> str | None:
    """The one character that the two characters ``pair`` stand for, or None where they stand for none."""
    try:
        raw = bytes([ord(pair[0])]) + pair[1].encode("cp1252")
    except UnicodeEncodeError:
        if not "\u0080" <= pair[1] <= "\u00bf":  # Latin-1 control range: the byte itself
            return None
        raw = bytes([ord(pair[0]), ord(pair[1])])
    try:
        letter = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return letter if len(letter) == 1 else None


def repair_mojibake(text: str) -> tuple[str, list[int] | None]:
    """``text`` with each UTF-8 letter shown as two Windows-1252/Latin-1 characters as that letter, and for each
    offset into the repaired text (one past its end included) the offset into ``text``; ``(text, None)`` where
    nothing was repaired."""
    if text.isascii() or not _MOJIBAKE.search(text):
        return text, None
    return _rewritten(text, ((m.start(), m.end(), letter) for m in _MOJIBAKE.finditer(text)
                             if (letter := _mojibake_letter(m.group())) is not None))


def _rewritten(text: str, edits) -> tuple[str, list[int] | None]:
    """``text`` with each of ``edits`` (start, end, the characters that stand for ``text[start:end]``, in text
    order) made, and for each offset into the result (one past its end included) the offset into ``text``;
    ``(text, None)`` where there was no edit. The characters made stand where what they replace started."""
    parts: list[str] = []
    back: list[int] = []
    last = 0
    for start, end, chars in edits:
        parts += (text[last:start], chars)
        back.extend(range(last, start))
        back.extend([start] * len(chars))
        last = end
    if not parts:
        return text, None
    parts.append(text[last:])
    back.extend(range(last, len(text) + 1))
    return "".join(parts), back


def dictated(text: str, rules: tuple[tuple[re.Pattern, str], ...]) -> tuple[str, list[int] | None]:
    """``text`` with what speech recognition wrote for a word or a mark read as that word or mark (``rules``: a
    pattern and what its match, or its group ``w`` where it has one, stands for: "full stop" a full stop, "in tact"
    intact, "M R I" MRI), and for each offset into the result (one past its end included) the offset into ``text``;
    ``(text, None)`` where nothing was rewritten. Where two matches overlap, the earlier (then the longer) wins."""
    edits = []
    for pattern, chars in rules:
        for m in pattern.finditer(text):
            start, end = m.span("w") if "w" in pattern.groupindex and m.start("w") >= 0 else m.span()
            if end > start:
                edits.append((start, end, chars))
    if not edits:
        return text, None
    edits.sort(key=lambda e: (e[0], e[0] - e[1]))
    kept, reach = [], 0
    for edit in edits:
        if edit[0] >= reach:
            kept.append(edit)
            reach = edit[1]
    return _rewritten(text, kept)


@dataclass(frozen=True)
class ReadText:
    """A note's text as every stage of the analysis reads it, and the way back to the text as written."""

    written: str
    text: str  # zero-width spaces as spaces, UTF-8 shown as Windows-1252 as its letters, line ends as "\n", one
    # space between words
    back: list[int] | None  # offset into ``text`` (one past its end included) -> offset into ``written``

    def rewritten(self, rewrite) -> ReadText:
        """This reading with ``rewrite`` (text -> (text, offsets back or None)) applied to its text."""
        text, step_back = rewrite(self.text)
        if step_back is None:
            return self
        return ReadText(self.written, text, step_back if self.back is None else [self.back[i] for i in step_back])

    def span(self, start: int, end: int) -> tuple[int, int, str]:
        """Offsets into ``text`` as offsets into the text as written, with the words written there."""
        if self.back is not None:
            start, end = self.back[start], self.back[end]
        return start, end, self.written[start:end]


def unify_line_ends(text: str) -> tuple[str, list[int] | None]:
    """``text`` with each Windows ("\r\n") or old Mac ("\r") line end as "\n", and for each offset into the result
    (one past its end included) the offset into ``text``; ``(text, None)`` where there was none. Every rule that
    reads lines (soft wraps, words broken at a line-end hyphen, fields and lists) then reads them alike."""
    if "\r" not in text:
        return text, None
    # a "\r\n" read as "\n" stands where its "\r" did: a span that ends at the line end ends before both
    return _rewritten(text, ((m.start(), m.end(), "\n") for m in _LINE_END.finditer(text)))


_LINE_END = re.compile(r"\r\n?")


_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")


def single_spaced(text: str) -> tuple[str, list[int] | None]:
    """``text`` with each run of spaces between two words of a line as one space ("no  sacral fracture", two
    spaces after a full stop, a column's padding), and for each offset into the result (one past its end included)
    the offset into ``text``; ``(text, None)`` where there was none. The tokenizer makes a token of the extra
    spaces, which would part the words of a phrase or a trigger. Indentation is kept: it tells a wrapped line."""
    if "  " not in text:
        return text, None
    return _rewritten(text, ((m.start(), m.end(), " ") for m in _SPACE_RUN.finditer(text)))


# Speech recognition writes out the punctuation a radiologist dictates ("fynd kolon inga frakturer i ramus ny rad
# sakrum med frakturlinje punkt"): left as words, a denial runs on over the spoken full stop or new line into the
# next finding, and a heading with a spoken colon reads as a question. In a note that shows it was dictated so (a
# spoken new line or paragraph, or "punkt" ending a line) each spoken mark is read as the mark it stands for, and the
# letter after a spoken full stop as a capital, so the sentence ends there. The same words as words keep their
# reading: "ömmaste punkt över SI-leden" and "punkt 3" (a point), "får komma åter" (the verb), "divertiklar i
# kolon" (the bowel: never a colon after a preposition, "och" or a part of the bowel).
_DICTATED = re.compile(r"(?i)\b(?:ny rad|nytt stycke)\b|(?<=\w)[ \t]+punkt[ \t]*(?:\n|$)")
_SPOKEN_MARK = re.compile(r"(?i)(?<=\S)[ \t]+(?P<w>punkt|komma|kolon)\b(?![ \t]*\d)|[ \t]*\b(?P<nl>ny rad|nytt "
                          r"stycke)\b[ \t]*")
_SPOKEN_WORD = re.compile(r"(?i)(?:punkt|komma|kolon|ny rad|nytt stycke)\b")
_LAST_WORD = re.compile(r"(\S+)[ \t]*$")
_NOT_A_STOP = re.compile(r"(?i)^(?:en|ett|den|denna|detta|samma|varje|någon|ingen|annan|första|andra|sista|öm"
                         r"\w*|smärt\w*|trigger\w*|mätt?\w*|i|på|vid|från|till|över|under|mot)$")
_VERB_BEFORE_KOMMA = re.compile(r"(?i)^(?:att|får|fick|kan|kunde|ska|skall|skulle|bör|borde|vill|ville|måste|"
                                r"behöver|brukar|kommer|lär|inte|ej|och|eller)$")
_NOT_A_COLON = re.compile(r"(?i)^(?:i|av|och|samt|eller|hela|mot|från|till|genom|över|om|distala|proximala|"
                          r"ascendens|descendens|transversum|sigmoideum|colon|tunntarm\w*|tarm\w*)$")
_MARKS = {"punkt": ".", "komma": ",", "kolon": ":"}


def spoken_punctuation(text: str) -> tuple[str, list[int] | None]:
    """``text`` with the punctuation that speech recognition wrote out as words ("punkt", "komma", "kolon", "ny
    rad", "nytt stycke") as the marks, where the note shows it was dictated so, and for each offset into the result
    (one past its end included) the offset into ``text``; ``(text, None)`` where there was none."""
    lower = text.lower()  # a literal test first: the expression tries every position of every note
    if ("punkt" not in lower and "ny rad" not in lower and "nytt stycke" not in lower) or not _DICTATED.search(text):
        return text, None
    edits = []
    for m in _SPOKEN_MARK.finditer(text):
        if m.group("nl"):
            edits.append((m.start(), m.end(), "\n"))
            _capital_after(text, m.end(), edits, "")  # a lower-case line would read as the last one wrapped
            continue
        last = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
        word, pre = m.group("w").lower(), (last.group(1) if last else "").strip(".,:;").lower()
        if word == "punkt" and _NOT_A_STOP.match(pre):
            continue
        if word == "komma" and _VERB_BEFORE_KOMMA.match(pre):
            continue
        if word == "kolon" and _NOT_A_COLON.match(pre):
            continue
        edits.append((m.start(), m.end(), _MARKS[word]))
        if word == "punkt":  # the next sentence's first letter as a capital: a sentence ends before a capital
            _capital_after(text, m.end(), edits, "[ \t]+")
    return _rewritten(text, sorted(edits)) if edits else (text, None)


def _capital_after(text: str, pos: int, edits: list, space: str) -> None:
    """Add to ``edits`` the lower-case letter that starts the word after ``space`` at ``pos`` as a capital, unless
    the word is itself a spoken mark."""
    nxt = re.compile(space + "([a-zåäö])").match(text, pos)
    if nxt is not None and not _SPOKEN_WORD.match(text, nxt.start(1)):
        edits.append((nxt.start(1), nxt.end(1), nxt.group(1).upper()))


def read_text(written: str) -> ReadText:
    """``written`` as the analysis reads it (see :class:`ReadText`)."""
    text, back = repair_mojibake(with_visible_spaces(written))
    for unify in (unify_line_ends, single_spaced, spoken_punctuation):
        text, step_back = unify(text)
        if step_back is not None:
            back = step_back if back is None else [back[i] for i in step_back]
    return ReadText(written, text, back)

"""Which sentences of a raw note can hold a concept at all, decided before anything is tokenized.

Two gates, both on the folded raw text:

1. *Anchors.* Every concept pattern has an anchor, a word it cannot match without (see patterns.py). How the
   words an anchor matches begin is read off the anchor (" frakt", " mr "; or, for an anchor whose words may begin
   with anything, a string they all hold: "scint"), and one Aho-Corasick pass over the text, its words marked off
   by spaces, finds where such words are (keywords.py). Only those words are tested against the anchors; notes
   repeat their words, so after warm-up a word costs one dictionary lookup. Only the sentences around an anchor
   are split out of the note. A text the keywords cannot judge (a letter that IGNORECASE maps to ASCII, digits
   beyond 0-9) has every word tested; a test checks that both ways find the same words.
2. *All required words.* A pattern also needs its other required tokens: "ont" alone is no low-back pain
   without a word for the low back, "height" no compression without a vertebra. A sentence passes only when,
   for some pattern, its anchor and each of its required tokens that can be checked on words are there. A token
   spec is checked on words only where that is exact: a ``NORM`` test (equality or regular expression) that can
   consume nothing but word characters and looks at no context, so that a token matching it lies inside one run
   of word characters and the expression finds it there (``search``). Every other spec is left to the matcher.

Words that dictation or PDF extraction broke in two ("länd ryggen", "ländryg-" at a line end + "gen") are joined
here as the concept matcher mends them (concepts.py): a pair whose joined form is an anchor counts as that anchor,
and its joined form is tested in gate 2.

A sentence that fails both gates is never tokenized; a test checks that the gates lose no mention the full
analysis finds.
"""
from __future__ import annotations

import re
from bisect import bisect_left

try:  # Python 3.11+
    import re._constants as _sre
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from .keywords import KeywordIndex
from .lexicon import Lexicon
from .matcher import parse_op
from .patterns import PatternCompiler
from .regexgate import DIGIT, gate_view, required_sets, word_prefixes
from .sections import Sentence

_CACHE_LIMIT = 200_000  # remembered word verdicts per table (~20 MB); emptied when full
_REGEX_SPEC = re.compile(r"^\(\?i\)\^\(\?:(?P<body>.*)\)\$$", re.DOTALL)  # patterns.py's token expressions


class Prefilter:
    """Where in a note a concept can start, and which of its sentences can hold one."""

    _WORD = re.compile(r"[^\W_]+|#")  # anchor words, as the tokenizer cuts them
    _RUN = re.compile(r"\w+")  # runs of word characters: a word-safe token lies inside one
    # Two words that a space or a line-end hyphen may have broken apart (the second in a look-ahead, so that
    # pairs overlap): the forms concepts.py's mend_broken_words joins.
    _BROKEN = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})(?: |-[ \t]*\n\s*)(?=([^\W\d_]{2,})(?![^\W\d_]))")

    def __init__(self, compiler: PatternCompiler, lexicon: Lexicon):
        self._bit_count = 0
        anchors: dict[str, int] = {}
        tests: dict[str, int] = {}
        requirements: set[int] = set()
        for concept, entries in lexicon.concepts.items():
            for entry in entries:
                compiled = compiler.compile(entry)
                if compiled.anchor is None:
                    raise ValueError(f"{lexicon.language} lexicon: pattern {compiled.literal!r} of {concept} has "
                                     "no required word or class to find it by; add one")
                need = self._bit(anchors, compiled.anchor)
                for spec in compiled.tokens:
                    body = required_word_regex(spec)
                    if body is not None:
                        need |= self._bit(tests, body)
                requirements.add(need)
        self.regex = _union(anchors)
        self._anchors = [(bit, re.compile(r"(?:" + rx + r")", re.IGNORECASE)) for rx, bit in anchors.items()]
        found = _anchor_keywords(self._anchors)
        self._keywords, self._hash_anchor = found if found is not None else (None, False)
        self._tests_union = _union(tests)
        self._tests = [(bit, re.compile(rx, re.IGNORECASE)) for rx, bit in tests.items()]
        # Most general first: a sentence usually passes on a short requirement, ending the search early.
        self.requirements = sorted(requirements, key=lambda r: (bin(r).count("1"), r))
        # Each requirement holds exactly one anchor bit: only those of the anchors a sentence holds are tried.
        anchor_bits = set(anchors.values())
        self._anchor_union = sum(anchor_bits)
        self._by_anchor: dict[int, tuple[int, ...]] = {
            bit: tuple(need for need in self.requirements if need & bit) for bit in anchor_bits}
        self._anchor_masks: dict[str, int] = {}
        self._test_masks: dict[str, int] = {}

    def _bit(self, table: dict[str, int], regex: str) -> int:
        """The bit of ``regex`` in ``table``, given the next free bit when it is new."""
        if regex not in table:
            table[regex] = 1 << self._bit_count
            self._bit_count += 1
        return table[regex]

    # -- gate 1: anchors ----------------------------------------------------------------------------------
    def anchor_mask(self, word: str) -> int:
        """The anchors ``word`` (lowercased) is, as bits; 0 for most words."""
        mask = self._anchor_masks.get(word)
        if mask is None:
            if len(self._anchor_masks) > _CACHE_LIMIT:
                self._anchor_masks.clear()
            mask = 0
            if self.regex.fullmatch(word) is not None:
                for bit, regex in self._anchors:
                    if regex.fullmatch(word) is not None:
                        mask |= bit
            self._anchor_masks[word] = mask
        return mask

    def hits(self, folded: str) -> list[tuple[int, int]]:
        """(start, anchor bits) of every anchor word in a folded text, in text order."""
        lowered = folded.lower()
        if len(lowered) != len(folded):  # a letter whose lower case is longer ("İ"): lower word by word
            return [(m.start(), mask) for m in self._WORD.finditer(folded)
                    if (mask := self.anchor_mask(m.group().lower()))]
        view = gate_view(lowered) if self._keywords is not None else None
        if view is None:
            return self._hits_word_by_word(lowered)
        return self._hits_by_keywords(lowered, view)

    def _hits_by_keywords(self, lowered: str, view: str) -> list[tuple[int, int]]:
        """Hits found from the strings anchor words begin with or hold (one Aho-Corasick pass over the text, words
        marked off by spaces): only the words around an occurrence are looked at, instead of every word."""
        masks, anchor_mask = self._anchor_masks, self.anchor_mask
        marked = _mark_words(view)
        words: set[int] = set()  # starts of words that may be anchors
        pairs: set[int] = set()  # starts of words that may be the first half of a broken anchor word
        hyphen_breaks = "-" in lowered and _HYPHEN_BREAK.search(lowered) is not None
        # ``marked`` has one character in front of the text: ``start`` there is ``start - 1`` in the text, the
        # space or digit in front of a word that starts at ``start``
        for start, end, kinds in self._keywords.occurrences(marked):
            if _OPENING in kinds:
                words.add(start)
            if _OPENING_PAIR in kinds:
                pairs.add(start)
            if _INNER in kinds:
                words.add(_run_start(lowered, start - 1, str.isalnum))
            if _INNER_PAIR in kinds:
                letters = _run_start(lowered, start - 1, _is_letter)
                pairs.add(letters)  # the run as a first half, and the run before it
                if letters > 1 and lowered[letters - 1] == " " and _is_letter(lowered[letters - 2]):
                    pairs.add(_run_start(lowered, letters - 1, _is_letter))
            if _INNER_SPLIT in kinds:
                # the break the marked text shows may be punctuation ("f.x"): only a space breaks a word in two
                split = lowered.find(" ", start - 1)
                if split >= 0:
                    pairs.add(_run_start(lowered, split, _is_letter))
        hits = []
        for start in sorted(words):
            word = lowered[start:_ALNUM_RUN.match(lowered, start).end()]
            mask = masks.get(word)
            if mask is None:
                mask = anchor_mask(word)
            if mask:
                hits.append((start, mask))
        if self._hash_anchor and "#" in lowered:
            mask = anchor_mask("#")
            hits = sorted(hits + [(i, mask) for i, char in enumerate(lowered) if char == "#"])
        if hyphen_breaks:  # rare: look at every pair, as the matcher's mend does
            joined = [(start, mask) for start, _, mask in self._broken_words(lowered, 0, len(lowered))]
        else:
            joined = [(start, mask) for start in sorted(pairs) if (mask := self._broken_pair(lowered, start))]
        return sorted(hits + joined) if joined else hits

    def _broken_pair(self, lowered: str, start: int) -> int:
        """The anchor bits of the broken word whose first half starts at ``start``; 0 when there is none."""
        m = self._BROKEN.match(lowered, start)
        if m is None:
            return 0
        word = m.group(1) + m.group(2)
        mask = self._anchor_masks.get(word)
        return self.anchor_mask(word) if mask is None else mask

    def _hits_word_by_word(self, lowered: str) -> list[tuple[int, int]]:
        masks, anchor_mask = self._anchor_masks, self.anchor_mask
        out = []
        for m in self._WORD.finditer(lowered):
            word = m.group()
            mask = masks.get(word)
            if mask is None:
                mask = anchor_mask(word)
            if mask:
                out.append((m.start(), mask))
        joined = [(start, mask) for start, _, mask in self._broken_words(lowered, 0, len(lowered))]
        return sorted(out + joined) if joined else out

    def _broken_words(self, lowered: str, start: int, end: int):
        """(start, joined word, anchor bits) of each pair of words whose joined form is an anchor."""
        for m in self._BROKEN.finditer(lowered, start, end):
            word = m.group(1) + m.group(2)
            mask = self._anchor_masks.get(word)
            if mask is None:
                mask = self.anchor_mask(word)
            if mask:
                yield m.start(), word, mask

    # -- gate 2: every required word of some pattern ------------------------------------------------------
    def _test_mask(self, run: str) -> int:
        mask = self._test_masks.get(run)
        if mask is None:
            if len(self._test_masks) > _CACHE_LIMIT:
                self._test_masks.clear()
            mask = 0
            if self._tests_union is not None and self._tests_union.search(run) is not None:
                for bit, regex in self._tests:
                    if regex.search(run) is not None:
                        mask |= bit
            self._test_masks[run] = mask
        return mask

    def can_match(self, folded: str, sentence: Sentence, hits: list[tuple[int, int]], starts: list[int]) -> bool:
        """Whether some concept pattern has its anchor and all its word-checkable tokens in ``sentence``."""
        if sentence.section is not None and sentence.section.lists_fractures:
            return True  # a fracture history's lines name sites whose fracture word is the heading's (concepts.py)
        mask = 0
        for i in range(bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)):
            mask |= hits[i][1]
        masks, test_mask = self._test_masks, self._test_mask
        for run in self._RUN.findall(folded, sentence.start, sentence.end):
            known = masks.get(run)  # after warm-up nearly always known
            mask |= test_mask(run) if known is None else known
        if self._meets_a_requirement(mask):
            return True
        if not mask:
            return False
        # words broken in two count too, joined; looked for only when the whole words do not suffice
        # lowered up to the sentence's end only, all that finditer's endpos lets the pattern read
        lowered = folded[:sentence.end].lower()
        for _, word, _ in self._broken_words(lowered, sentence.start, sentence.end):
            mask |= test_mask(word)
        return self._meets_a_requirement(mask)

    def _meets_a_requirement(self, mask: int) -> bool:
        anchors = mask & self._anchor_union
        while anchors:
            bit = anchors & -anchors  # the lowest anchor bit left
            for need in self._by_anchor[bit]:
                if need & mask == need:
                    return True
            anchors ^= bit
        return False


_OPENING, _OPENING_PAIR, _INNER, _INNER_PAIR, _INNER_SPLIT = "opening", "opening pair", "inner", "inner pair", "split"
_ALNUM_RUN = re.compile(r"[^\W_]*")
_HYPHEN_BREAK = re.compile(r"-[ \t]*\n")
_NOT_WORD = re.compile(r"[^\w" + DIGIT + r"]|_")
# ASCII: letters and the digit mark stay, everything else is a space (the gate view is lowercase already)
_MARK_ASCII = bytes(c if (97 <= c <= 122 or c == ord(DIGIT)) else 32 for c in range(256))


def _mark_words(view: str) -> str:
    """``view`` with every character that is in no word read as a space, and a space before and after; so a
    word is found by " " + its opening, or " " + itself + " "."""
    if view.isascii():
        return " " + view.encode("ascii").translate(_MARK_ASCII).decode("ascii") + " "
    return " " + _NOT_WORD.sub(" ", view) + " "


def _is_letter(char: str) -> bool:
    """``[^\\W\\d_]``, the prefilter's and the mend's letter."""
    return char.isalnum() and not char.isdecimal()


def _run_start(text: str, pos: int, inside) -> int:
    """The start of the run of characters satisfying ``inside`` that holds ``pos`` (or ends right before it)."""
    while pos > 0 and inside(text[pos - 1]):
        pos -= 1
    return pos


def _anchor_keywords(anchors: list[tuple[int, re.Pattern]]) -> tuple[KeywordIndex, bool] | None:
    """Keywords over :func:`_mark_words`'s text that every word matching an anchor holds, and whether "#" is an
    anchor; None when some anchor's words can be told by no string (then every word is looked at).

    An anchor's words are told by how they begin where that can be read off the anchor: " " + a whole word + " ",
    or " " + an opening ("fraktur..." by " frakt"); an anchor whose words may begin with anything ("\\w*scint\\w*")
    by a string each of its words holds ("scint"). For a word that a space broke in two, the same strings broken
    by a space (" landr yggen"); a letter run may also start after a digit.
    """
    keywords: list[tuple[str, str]] = []
    hash_anchor = False
    for _, regex in anchors:
        prefixes = word_prefixes(regex.pattern, regex.flags)
        if prefixes is not None:
            whole, openings = prefixes
            hash_anchor = hash_anchor or "#" in whole
            # a word is a run of letters and digits (or "#", looked for apart): other strings are in no word
            whole = [w for w in whole if w and _in_words(w)]
            openings = [o for o in openings if _in_words(o)]
            if "" not in openings:
                for string, tail in [(w, " ") for w in whole] + [(o, "") for o in openings]:
                    keywords.append((" " + string + tail, _OPENING))
                    if all(_is_letter(c) for c in string):
                        for lead in (" ", DIGIT):  # the first half holds the whole opening, or a part of it
                            keywords.append((lead + string + tail, _OPENING_PAIR))
                            keywords += [(lead + string[:i] + " " + string[i:] + tail, _OPENING_PAIR)
                                         for i in range(1, len(string))]
                continue
        sets = required_sets(regex.pattern, regex.flags)
        strings = [s for s in sets[0] if _in_words(s)] if sets else []
        if not strings:
            return None
        for string in strings:
            keywords.append((string, _INNER))
            if all(_is_letter(c) for c in string):
                keywords.append((string, _INNER_PAIR))
                keywords += [(string[:i] + " " + string[i:], _INNER_SPLIT) for i in range(1, len(string))]
    return KeywordIndex(keywords), hash_anchor


def _in_words(string: str) -> bool:
    return all(c.isalnum() or c == DIGIT for c in string)


def _union(table: dict[str, int]) -> re.Pattern | None:
    if not table:
        return None
    alternation = "|".join(sorted(table, key=len, reverse=True))
    return re.compile(r"(?:" + alternation + r")", re.IGNORECASE)


def required_word_regex(spec: dict) -> str | None:
    """A regular expression that finds, by ``search`` in the run of word characters around it, every token that
    satisfies ``spec``; None when the spec is optional or cannot be checked on words exactly."""
    lo, _, negate = parse_op(spec.get("OP"))
    if lo < 1 or negate:
        return None
    norm = spec.get("NORM")
    if isinstance(norm, str):
        body = re.escape(norm)
    elif isinstance(norm, dict) and set(norm) == {"REGEX"} and isinstance(norm["REGEX"], str):
        m = _REGEX_SPEC.match(norm["REGEX"])
        if m is None:
            return None
        body = m.group("body")
    else:
        return None
    try:
        parsed = _sre_parse.parse(body, re.IGNORECASE)
    except re.error:
        return None
    return body if parsed and _word_safe(parsed) else None


_SAFE_CATEGORIES = {_sre.CATEGORY_DIGIT, _sre.CATEGORY_WORD}


def _word_safe(items) -> bool:
    """True when an expression consumes only word characters (``\\w``) and tests no context."""
    for op, arg in items:
        if op is _sre.LITERAL:
            if not re.fullmatch(r"\w", chr(arg)):
                return False
        elif op is _sre.IN:
            for item_op, item_arg in arg:
                if item_op is _sre.LITERAL and re.fullmatch(r"\w", chr(item_arg)):
                    continue
                if item_op is _sre.RANGE and all(re.fullmatch(r"\w", chr(c)) for c in range(item_arg[0],
                                                                                             item_arg[1] + 1)):
                    continue
                if item_op is _sre.CATEGORY and item_arg in _SAFE_CATEGORIES:
                    continue
                return False
        elif op is _sre.BRANCH:
            if not all(_word_safe(branch) for branch in arg[1]):
                return False
        elif op is _sre.SUBPATTERN:
            if not _word_safe(arg[-1]):
                return False
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            if not _word_safe(arg[2]):
                return False
        else:  # any character, negated sets, anchors, lookarounds, back-references
            return False
    return True

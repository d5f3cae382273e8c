"""A cheap, exact test that a regular expression cannot match a text, read off the expression itself.

Many lexicon patterns run over every note (age and sex, exam status wording), and nearly all of them find nothing.
Python's ``re`` tries every position of the text, so each pattern costs a pass over it. Here the parsed pattern
tells which literal strings every match must contain ("år gammal", "yo", "y/o" or "y.o", "fodd"...): when the
lowercased text contains none of them, the pattern cannot match and is not run. ``str.__contains__`` is many times
faster than a regex pass.

Because the strings come from the pattern, the gate cannot drift from the rule it gates: it is a necessary condition
of a match, never a rule of its own. A pattern without a usable literal (all digits and classes) is always run.
"""
from __future__ import annotations

import re
from itertools import product

from re import _constants as C  # noqa: N812 - the regex parser's own opcodes
from re import _parser

_MAX_STRINGS = 256  # the most alternatives one gate holds; beyond, a shorter run of the pattern is used
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_GROUPS = (C.SUBPATTERN, C.ATOMIC_GROUP)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
# What makes a lowercase comparison unsafe: the only non-ASCII characters that IGNORECASE matches to ASCII
# letters (İ ı ſ and the Kelvin sign; a test checks every code point).
_UNSAFE = frozenset("\u0130\u0131\u017f\u212a")
_MAX_LOOKUPS = 8  # a gate of more strings costs about as much as the regex pass it saves


class Gate:
    """Whether ``regex`` can match a text, judged by the literal strings every match of it contains.

    Parameters
    ----------
    regex : a compiled pattern.
    """

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.strings = required_strings(regex.pattern, regex.flags)

    def may_match(self, lowered: str, safe: bool) -> bool:
        """False only when the regex cannot match the text whose lowercase form is ``lowered``.

        ``safe`` is :func:`safe_to_gate` of the text.
        """
        if self.strings is None or not safe:
            return True
        for string in self.strings:  # a loop, not any(): this runs for every pattern of every sentence
            if string in lowered:
                return True
        return False


def safe_to_gate(text: str) -> bool:
    """Whether lowercase comparisons tell the truth about ``text``: it holds no non-ASCII character that
    IGNORECASE matches to an ASCII letter (always so for ASCII text)."""
    return text.isascii() or _UNSAFE.isdisjoint(text)


def required_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lowercase ASCII strings one of which every match of ``pattern`` contains; None when none can be told.

    Parameters
    ----------
    pattern : the regular expression's source.
    flags : its flags (``re.Pattern.flags``).
    """
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    found = _required(list(parsed))
    return found if found and min(map(len, found)) > 0 else None


def _required(items: list) -> frozenset[str] | None:
    """The most telling required set of a sequence: the strings of a run of consecutive finite items, or the
    required set of one group or branch within it."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}
    for op, av in items:
        strings = _finite(op, av)
        if strings is not None and len(run) * len(strings) <= _MAX_STRINGS:
            run = {a + b for a, b in product(run, strings)}
            continue
        candidates.append(frozenset(run))
        run = set(strings) if strings is not None else {""}
        inner = _inner_required(op, av)
        if inner is not None:
            candidates.append(inner)
    candidates.append(frozenset(run))
    usable = [_minimal(c) for c in candidates if c and min(map(len, c)) > 0]
    # Few strings to look for (each lookup is a pass over the text); then three letters tell enough ("arg",
    # "aged"); then the fewer the cheaper.
    return max(usable, key=lambda c: (len(c) <= _MAX_LOOKUPS, min(3, *map(len, c)), -len(c)), default=None)


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Without the strings that contain another one: a text holding "arga" holds "arg"."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _inner_required(op, av) -> frozenset[str] | None:
    """The required set of a group, of a branch (the union of its alternatives'), or of a repeat done at least
    once; None for anything else."""
    if op in _GROUPS:
        return _required(_group_items(op, av))
    if op is C.BRANCH:
        parts = [_required(list(alt)) for alt in av[1]]
        return None if any(p is None for p in parts) else frozenset().union(*parts)
    if op in _REPEATS and av[0] >= 1:
        return _required(list(av[2]))
    return None


def _finite(op, av) -> set[str] | None:
    """Every string an item can match, lowercased, when they are few and ASCII; None otherwise."""
    if op is C.LITERAL:
        char = chr(av)
        return {char.lower()} if char.isascii() else None
    if op in _ZERO_WIDTH:
        return {""}  # matches no text: the strings around it stay adjacent
    if op is C.IN:
        return _charset(av)
    if op in _GROUPS:
        return _finite_seq(_group_items(op, av))
    if op is C.BRANCH:
        parts = [_finite_seq(list(alt)) for alt in av[1]]
        return None if any(p is None for p in parts) else set().union(*parts)
    if op in _REPEATS:
        low, high, sub = av
        once = _finite_seq(list(sub))
        if once is None or high > 4:
            return None
        out: set[str] = set()
        for count in range(low, high + 1):
            out |= {"".join(parts) for parts in product(once, repeat=count)}
            if len(out) > _MAX_STRINGS:
                return None
        return out
    return None


def _group_items(op, av) -> list:
    return list(av) if op is C.ATOMIC_GROUP else list(av[-1])  # SUBPATTERN: (group, add, del, items)


def _charset(av: list) -> set[str] | None:
    """The characters of a class of ASCII literals ("[ -]"); None for any other class."""
    chars = {chr(v).lower() for o, v in av if o is C.LITERAL and v < 128}
    return chars if len(chars) == len(av) else None


def _finite_seq(items: list) -> set[str] | None:
    out = {""}
    for op, av in items:
        strings = _finite(op, av)
        if strings is None or len(out) * len(strings) > _MAX_STRINGS:
            return None
        out = {a + b for a, b in product(out, strings)}
    return out

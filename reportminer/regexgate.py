"""A cheap, exact test that a regular expression cannot match a text, read off the expression itself.

Many lexicon patterns run over every note (age and sex, exam status wording), and nearly all of them find nothing.
Python's ``re`` tries every position of the text, so each pattern costs a pass over it. Here the parsed pattern
tells which strings every match must contain ("ar gammal"; "yo", "y/o" or "y.o"; a digit then "f" or "m"): when
the text, lowercased and with every digit read as one placeholder, holds none of them, the pattern cannot match and is
not run. ``str.__contains__`` is many times faster than a regex pass. A gate may hold two such sets (a match holds a
string of each).

Because the strings come from the pattern, the gate cannot drift from the rule it gates: it is a necessary condition
of a match, never a rule of its own. A pattern without a usable string (all classes and repeats) is always run.
"""
from __future__ import annotations

import re
from itertools import product
from typing import Iterable

from re import _constants as C  # noqa: N812 - the regex parser's own opcodes
from re import _parser

from .keywords import KeywordIndex

_MAX_STRINGS = 256  # the most strings a stretch of a pattern is expanded to
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_GROUPS = (C.SUBPATTERN, C.ATOMIC_GROUP)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
# What makes a lowercase comparison unsafe: the only non-ASCII characters that IGNORECASE matches to ASCII
# letters (İ ı ſ and the Kelvin sign; a test checks every code point), and digits beyond 0-9, which ``\d``
# matches but the view below does not mark.
_UNSAFE = frozenset("\u0130\u0131\u017f\u212a")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
# Gates read every digit as this one character, so that "\d{2,3} år" gives a handful of strings, not a thousand.
DIGIT = "\x00"
_DIGITS = bytes.maketrans(b"0123456789", DIGIT.encode() * 10)
_ASCII_DIGIT = re.compile("[0-9]")
_COMMON = frozenset(DIGIT + " ")
_MAX_LOOKUPS = 8  # a gate of more strings costs about as much as the regex pass it saves


def gate_view(text: str) -> str | None:
    """``text`` as gates read it: lowercase, each digit 0-9 as :data:`DIGIT`; None when a gate cannot judge it.

    Parameters
    ----------
    text : the text the regexes run on.
    """
    if text.isascii():
        return text.lower().encode("ascii").translate(_DIGITS).decode("ascii")
    if not _UNSAFE.isdisjoint(text) or _OTHER_DIGIT.search(text):
        return None
    return _ASCII_DIGIT.sub(DIGIT, text.lower())


class Gate:
    """Whether ``regex`` can match a text, judged by the literal strings every match of it contains.

    Parameters
    ----------
    regex : a compiled pattern.
    """

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.sets = required_sets(regex.pattern, regex.flags)

    def may_match(self, view: str | None) -> bool:
        """False only when the regex cannot match the text whose :func:`gate_view` is ``view``."""
        if view is None:
            return True
        for strings in self.sets:  # plain loops, not any(): this runs for every pattern of every sentence
            for string in strings:
                if string in view:
                    break
            else:
                return False
        return True


class GateSet:
    """Many gates judged together: one pass over the text finds the strings of all of them (Aho-Corasick), instead of
    one ``in`` test per string per gate.

    Parameters
    ----------
    gates : the gates, in the order their patterns are to be tried.
    """

    def __init__(self, gates: Iterable[Gate]):
        self.gates = list(gates)
        self._needed = [len(gate.sets) for gate in self.gates]
        assert all(needed <= 2 for needed in self._needed), "open() reads at most two sets a gate"
        self._ungated = [i for i, needed in enumerate(self._needed) if not needed]  # always tried
        # Only the first (most telling) sets go into the automaton: a second set is often common words (" in ",
        # "all") whose every occurrence would come back from the pass; it is tested only for the gates that open.
        self._index = KeywordIndex((string, i) for i, gate in enumerate(self.gates) if gate.sets
                                   for string in gate.sets[0])

    def open(self, view: str | None) -> list[int]:
        """The positions (in ``gates``) of the gates whose regex may match the text whose :func:`gate_view` is
        ``view``, in order."""
        if view is None:
            return list(range(len(self.gates)))
        found = self._index.labels_in(view)  # the gates whose first set has a string in the text
        # Only the gates that held a string are looked at: a set has hundreds of gates, a text opens a few. A gate
        # opens when the text holds a string of its first set and, if it has a second, of that one too.
        needed, gates = self._needed, self.gates
        return sorted(self._ungated + [i for i in found if needed[i] == 1 or _holds_one(gates[i].sets[1], view)])


def _holds_one(strings: frozenset[str], view: str) -> bool:
    for string in strings:
        if string in view:
            return True
    return False


class AnyOf:
    """Whether any of many regexes matches a text, trying only those whose gate opens on it: the same answer as one
    alternation's ``search``, without the alternation's pass over the text when a few common words would open it
    (a pattern needing " from " and "daughter" opens only where both occur).

    Parameters
    ----------
    patterns : compiled patterns.
    """

    def __init__(self, patterns: Iterable[re.Pattern]):
        self.gates = GateSet(Gate(pattern) for pattern in patterns)

    def search(self, text: str) -> bool:
        """True when one of the patterns matches somewhere in ``text``."""
        gates = self.gates.gates
        return any(gates[i].regex.search(text) is not None for i in self.gates.open(gate_view(text)))


def required_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lowercase ASCII strings (digits as :data:`DIGIT`) one of which every match of ``pattern`` contains; None
    when none can be told. The most telling of :func:`required_sets`.

    Parameters
    ----------
    pattern : the regular expression's source.
    flags : its flags (``re.Pattern.flags``).
    """
    sets = required_sets(pattern, flags)
    return sets[0] if sets else None


def required_sets(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Up to two sets of strings, most telling first, such that every match of ``pattern`` holds a string of each;
    the second from another stretch of the pattern than the first."""
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return ()
    ranked = _ranked(_candidates(list(parsed)))
    if not ranked:
        return ()
    first, lo, hi = ranked[0]
    second = next((c for c, a, b in ranked[1:] if b <= lo or a >= hi), None)
    return (first,) if second is None else (first, second)


def _telling(strings: frozenset[str]) -> tuple:
    """How well a set tells texts apart, larger is better: few strings to look for (each lookup is a pass over the
    text); then the weight of its weakest string, where a letter counts 1 and a space or digit half (digits and
    spaces are everywhere), enough from 4 on ("arig", "y/o"); then the fewer the cheaper."""
    weight = min(sum(0.5 if c in _COMMON else 1 for c in s) for s in strings)
    return len(strings) <= _MAX_LOOKUPS, min(4.0, weight), -len(strings)


def _ranked(candidates: list[tuple[frozenset[str], int, int]]) -> list[tuple[frozenset[str], int, int]]:
    usable = [(_minimal(c), lo, hi) for c, lo, hi in candidates if c and min(map(len, c)) > 0]
    return sorted(usable, key=lambda t: (_telling(t[0]), -t[1], sorted(t[0])), reverse=True)


def _candidates(items: list) -> list[tuple[frozenset[str], int, int]]:
    """Required sets of a sequence with the items they come from (first, last + 1): the strings of each stretch of
    consecutive finite items, and the best required set of each group or branch within it."""
    out: list[tuple[frozenset[str], int, int]] = []
    run: list[set[str]] = []
    for i, (op, av) in enumerate(items):
        strings = _finite(op, av)
        if strings is not None:
            run.append(strings)
            continue
        out += _stretches(run, i - len(run))
        run = []
        inner = _inner_required(op, av)
        if inner is not None:
            out.append((inner, i, i + 1))
    return out + _stretches(run, len(items) - len(run))


def _stretches(run: list[set[str]], first: int) -> list[tuple[frozenset[str], int, int]]:
    """The strings of every stretch of a run of finite items (the run's first item is ``items[first]``), as long
    as they stay few."""
    out = []
    for i in range(len(run)):
        strings = {""}
        for j in range(i, len(run)):
            if len(strings) * len(run[j]) > _MAX_STRINGS:
                break
            strings = {a + b for a, b in product(strings, run[j])}
            out.append((frozenset(strings), first + i, first + j + 1))
    return out


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Without the strings that contain another one: a text holding "arga" holds "arg"."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _inner_required(op, av) -> frozenset[str] | None:
    """The best required set of a group, of a branch (the union of its alternatives' best), or of a repeat done
    at least once; None for anything else."""
    if op in _GROUPS:
        return _best(_group_items(op, av))
    if op is C.BRANCH:
        parts = [_best(list(alt)) for alt in av[1]]
        return None if any(p is None for p in parts) else frozenset().union(*parts)
    if op in _REPEATS and av[0] >= 1:
        return _best(list(av[2]))
    return None


def _best(items: list) -> frozenset[str] | None:
    ranked = _ranked(_candidates(items))
    return ranked[0][0] if ranked else None


def _finite(op, av) -> set[str] | None:
    """Every string an item can match, lowercased, when they are few and ASCII; None otherwise."""
    if op is C.LITERAL:
        return {_char(av)} if av < 128 else None
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


def _char(code: int) -> str:
    char = chr(code).lower()
    return DIGIT if char.isdigit() else char


def _charset(av: list) -> set[str] | None:
    """The characters of a class of ASCII literals and digits ("[ -]", "[\\d.]", "[0-9]"); None for any other."""
    chars: set[str] = set()
    for op, value in av:
        if op is C.LITERAL and value < 128:
            chars.add(_char(value))
        elif op is C.CATEGORY and value is C.CATEGORY_DIGIT or op is C.RANGE and 48 <= value[0] <= value[1] <= 57:
            chars.add(DIGIT)
        else:
            return None
    return chars


def _finite_seq(items: list) -> set[str] | None:
    out = {""}
    for op, av in items:
        strings = _finite(op, av)
        if strings is None or len(out) * len(strings) > _MAX_STRINGS:
            return None
        out = {a + b for a, b in product(out, strings)}
    return out


# -- how the words a pattern matches begin ----------------------------------------------------------------------
_MAX_PREFIXES = 2_000


def word_prefixes(pattern: str, flags: int = 0, length: int = 5) -> tuple[frozenset[str], frozenset[str]] | None:
    """How every string that ``pattern`` matches from its start begins, as two sets of lowercase strings (digits as
    :data:`DIGIT`): *whole* strings (the match is exactly one of them) and *openings* (the match begins with one of
    them, at most ``length`` characters, and may go on). None when they cannot be told or are too many.

    Lookarounds and anchors are read as matching anywhere, so the sets may say more than the pattern allows, never
    less: a string that begins with none of them is no match.

    Parameters
    ----------
    pattern : the regular expression's source, matched from its first character (``match``, ``fullmatch``).
    flags : its flags.
    length : the longest opening.
    """
    try:
        items = list(_parser.parse(pattern, flags))
    except re.error:
        return None
    states = _extend({("", False)}, items, length)
    if states is None:
        return None
    whole = frozenset(s for s, is_open in states if not is_open)
    openings = frozenset(s for s, is_open in states if is_open)
    return whole, openings


def _extend(states: set[tuple[str, bool]], items: list, length: int) -> set[tuple[str, bool]] | None:
    """``states`` (string so far, whether it is an opening already) after the sequence ``items``."""
    for op, av in items:
        done = {s for s in states if s[1]}
        growing = {s for s in states if not s[1]}
        if not growing:
            return states
        grown = _step(growing, op, av, length)
        if grown is None or len(grown) + len(done) > _MAX_PREFIXES:
            return None
        states = done | {(s, is_open or len(s) >= length) for s, is_open in grown}
    return states


def _step(states: set[tuple[str, bool]], op, av, length: int) -> set[tuple[str, bool]] | None:
    if op is C.LITERAL:
        return {(s + _char(av), False) for s, _ in states}
    if op in _ZERO_WIDTH:
        return states
    if op is C.IN:
        chars = _charset(av)
        if chars is None or len(chars) > 12:
            return {(s, True) for s, _ in states}  # a wide class: the match goes on with any character
        return {(s + c, False) for s, _ in states for c in chars}
    if op in _GROUPS:
        return _extend(states, _group_items(op, av), length)
    if op is C.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alternative in av[1]:
            grown = _extend(states, list(alternative), length)
            if grown is None:
                return None
            out |= grown
        return out
    if op in _REPEATS:
        low, high, sub = av
        out, current = set(), states
        for count in range(min(high, length + 1) + 1):
            if all(is_open for _, is_open in current):
                return out | current  # every string is as long as an opening: further repeats change nothing
            if count >= low:
                out |= current
            if count == min(high, length + 1):
                break
            current = _extend(current, list(sub), length)
            if current is None:
                return None
        if high > length + 1:  # more repeats than an opening can hold: what is left goes on as an opening
            out |= {(s, True) for s, _ in current}
        return out
    return {(s, True) for s, _ in states}  # anything else: the match goes on, unknown how

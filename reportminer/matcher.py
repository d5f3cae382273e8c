"""A fast stand-in for spaCy's ``Matcher`` on the token patterns reportminer builds.

``TokenMatcher`` returns the same set of ``(key, start, end)`` matches as ``spacy.matcher.Matcher`` given the
same patterns: every distinct, non-empty span that some pattern of the key matches, reading a pattern as a
regular expression over tokens. It supports the part of spaCy's pattern language reportminer uses:

* token attributes ``NORM``, ``ORTH``, ``TEXT`` (= ``ORTH``) and ``LOWER``, each either a string (equality) or
  a dict of predicates ``REGEX`` (``re.search`` on the attribute's text), ``IN`` and ``NOT_IN``; all of a
  spec's tests must hold, and ``{}`` matches any token;
* operators ``OP``: none, ``?``, ``*``, ``+``, ``!``, ``{n}``, ``{n,m}``, ``{,m}`` and ``{n,}``;
* ``greedy="FIRST"`` or ``"LONGEST"`` per key, filtered as spaCy does.

One deliberate difference: whitespace tokens (a line break or a second space inside a sentence) are invisible
to patterns, so a phrase soft-wrapped over two lines still matches; a match's offsets stay those of the doc.

Why it is faster. spaCy starts a state for every pattern at every token and runs each pattern's first
regular expression on every token of every doc; our lexicons have hundreds of patterns and alternations of
hundreds of words, so that dominates the run time. Here:

1. plain phrases (most lexicon entries: one word per token) go into a trie of words, walked from each token;
2. every test is a function of one attribute string, and notes repeat the same strings over and over, so a
   regular expression's verdict on a string is remembered across docs (in bounded tables);
3. which of the other patterns can start at a token depends on the token's attribute strings alone, so that
   list is remembered per string too: at most positions one dict lookup says "no pattern starts here";
4. the few candidate patterns are then run in Python, tracking the set of positions a match can have reached
   after each pattern token, which finds every end position without exponential backtracking.

Tokens are read as hashes (``Token.norm``, ``.orth``, ``.lower``), the values spaCy's Matcher compares; strings
are looked up only when a regular expression has to be run. Docs must share the matcher's vocab, as with spaCy.
A pipeline runs several matchers over each Doc: the hashes are read once per Doc (``Doc.to_array``, without
making Token objects) and shared by all of them, so a Doc's tokens must not change between two matchers' calls.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from re import _constants as _sre  # the regex parser's own opcodes, as regexgate reads them
from re import _parser as _sre_parse
from typing import Iterable

from spacy.attrs import IDS, IS_SPACE
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

# Pattern keys for token attributes, and the Token attribute (a hash) each reads; TEXT is an alias of ORTH.
ATTRIBUTES = {"NORM": "norm", "ORTH": "orth", "TEXT": "orth", "LOWER": "lower"}
_ATTRIBUTE_IDS = {"norm": IDS["NORM"], "orth": IDS["ORTH"], "lower": IDS["LOWER"]}
GREEDY = ("FIRST", "LONGEST")

UNBOUNDED = 1 << 30  # the upper repeat bound of "*", "+" and "{n,}"
_COUNTED_OP = re.compile(r"^\{(?:(?P<n>\d+)|(?P<lo>\d*),(?P<hi>\d*))\}$")
_SIMPLE_OPS = {None: (1, 1, False), "?": (0, 1, False), "*": (0, UNBOUNDED, False),
               "+": (1, UNBOUNDED, False), "!": (1, 1, True)}

DEFAULT_CACHE_SIZE = 200_000  # remembered verdicts, all tables together (~100 bytes each)


class _LastDoc(threading.local):
    """The columns of the Doc matched last, per thread (Dask runs analyses in threads)."""

    doc: Doc | None = None
    columns: dict[str, list[int]] = {}


_LAST = _LastDoc()


def token_columns(doc: Doc, attrs: list[str]) -> list[list[int]]:
    """One list of token hashes per attribute (``"norm"``, ``"orth"``, ``"lower"``), read once per Doc.

    The lists are kept for the last Doc seen, which every matcher of a pipeline reads in turn.
    """
    last = _LAST
    if last.doc is not doc:
        last.doc, last.columns = doc, {}
    out = []
    for attr in attrs:
        column = last.columns.get(attr)
        if column is None:
            column = last.columns[attr] = doc.to_array(_ATTRIBUTE_IDS[attr]).tolist()
        out.append(column)
    return out


def _visible_tokens(doc: Doc, offset: int, length: int) -> list[int] | None:
    """Positions (from ``offset``) of the tokens that are not whitespace, or None when none is whitespace.

    spaCy makes a token of a line break or of a second space ("kan ej\nuteslutas" in a soft-wrapped line,
    "ej  verifierad"); a phrase goes on across it as a reader's eye does.
    """
    last = _LAST
    if last.doc is not doc:
        last.doc, last.columns = doc, {}
    spaces = last.columns.get("space")
    if spaces is None:
        spaces = last.columns["space"] = doc.to_array(IS_SPACE).tolist()
    window = spaces[offset:offset + length]
    if not any(window):
        return None
    return [i for i, space in enumerate(window) if not space]


class BoundedMemo:
    """Tables of remembered results that share one size limit.

    When the limit is reached every table is emptied at once: simple, bounded, and cheap because the tables
    only remember what is quick to work out again.
    """

    def __init__(self, limit: int):
        if limit < 1:
            raise ValueError(f"cache size must be positive, got {limit}")
        self.limit = limit
        self.size = 0
        self._tables: list[dict] = []

    def table(self) -> dict:
        table: dict = {}
        self._tables.append(table)
        return table

    def put(self, table: dict, key, value) -> None:
        if self.size >= self.limit:
            self.clear()
        table[key] = value
        self.size += 1

    def clear(self) -> None:
        for table in self._tables:
            table.clear()
        self.size = 0


# ---------------------------------------------------------------------------------------------------------
# Tests on one attribute of a token. Each reads column ``col`` of the doc (one column per attribute used) and
# has ``test(hash) -> bool``, ``check`` for the same verdict without remembering it, and ``run`` for how far
# consecutive tokens pass (the loop of a repeated token spec, here so that it makes no call per token). ``index``
# is the set of hashes a token must have to pass, when there is one, so that patterns starting with the test can
# be found by dict lookup.


class _Equal:
    def __init__(self, col: int, value: str, strings):
        self.col = col
        self.value = strings.add(value)  # as spaCy: the attribute's hash must equal the value's
        self.index = frozenset((self.value,))

    def test(self, h: int) -> bool:
        return h == self.value

    check = test

    def run(self, values: list[int], q: int, stop: int) -> int:
        """The first position from ``q`` (at most ``stop``) whose token does not pass."""
        value = self.value
        while q < stop and values[q] == value:
            q += 1
        return q


class _In:
    def __init__(self, col: int, values: Iterable[str]):
        self.col = col
        self.values = frozenset(get_string_id(v) for v in values)
        self.index = self.values

    def test(self, h: int) -> bool:
        return h in self.values

    check = test

    def run(self, values: list[int], q: int, stop: int) -> int:
        allowed = self.values
        while q < stop and values[q] in allowed:
            q += 1
        return q


class _NotIn:
    index = None

    def __init__(self, col: int, values: Iterable[str]):
        self.col = col
        self.values = frozenset(get_string_id(v) for v in values)

    def test(self, h: int) -> bool:
        return h not in self.values

    check = test

    def run(self, values: list[int], q: int, stop: int) -> int:
        excluded = self.values
        while q < stop and values[q] not in excluded:
            q += 1
        return q


class _Regex:
    """``re.search`` on the attribute's text, remembered per string: the expensive test worth caching."""

    index = None

    def __init__(self, col: int, pattern: str, strings, memo: BoundedMemo):
        self.col = col
        self.regex = re.compile(pattern)
        self.strings = strings
        self.memo = memo
        self.seen = memo.table()  # hash -> verdict

    def test(self, h: int) -> bool:
        verdict = self.seen.get(h)
        if verdict is None:
            verdict = self.check(h)
            self.memo.put(self.seen, h, verdict)
        return verdict

    def check(self, h: int) -> bool:
        return self.regex.search(self.strings[h]) is not None

    def run(self, values: list[int], q: int, stop: int) -> int:
        seen = self.seen
        while q < stop:
            verdict = seen.get(values[q])
            if not (self.test(values[q]) if verdict is None else verdict):
                break
            q += 1
        return q


class _Words(_Regex):
    """A case-blind list of plain words (``(?i)^(?:fraktur|frakturer)$``, as the lexicons' word classes compile):
    on a lower-case string without the two letters that IGNORECASE also takes for "i" and "s" (dotless "ı", long
    "ſ") it passes exactly when the string is one of the words, which a set of hashes says without a lookup.
    ``index`` is that set, exact on such plain strings; other strings are left to the expression."""

    def __init__(self, col: int, pattern: str, words: Iterable[str], strings, memo: BoundedMemo, plain):
        super().__init__(col, pattern, strings, memo)
        self.index = self.words = frozenset(strings.add(w) for w in words)
        self.plain = plain

    def test(self, h: int) -> bool:
        return h in self.words or (not self.plain(h) and _Regex.test(self, h))

    def check(self, h: int) -> bool:
        return h in self.words or (not self.plain(h) and _Regex.check(self, h))

    def run(self, values: list[int], q: int, stop: int) -> int:
        words, test = self.words, self.test
        while q < stop and (values[q] in words or test(values[q])):
            q += 1
        return q


_WORD_LIST = re.compile(r"^\(\?i\)\^\(\?:(?P<body>.+)\)\$$", re.DOTALL)
_MAX_LISTED = 5_000  # more strings than this and the expression is left a regular expression
_MAX_REPEAT = 3  # a part repeated at most this often is spelled out
_OPEN_ENDED = re.compile(r"(?<!\\)[*+]|\\[wdsWDS]")  # what no list of words holds: told before parsing


@lru_cache(maxsize=None)  # the lexicons repeat their word classes in many patterns
def _word_list(pattern: str) -> tuple[str, ...] | None:
    """The words of an expression that only lists plain lower-case ASCII words or marks (``(?i)^(?:of|in)$``,
    ``(?i)^(?:,)$``, ``(?i)^(?:\\?)$``, ``(?i)^(?:(the)?)$``), or None. Such an expression names a finite set of
    strings: no repeat but a short one, no class but a set of single characters, no anchor inside."""
    m = _WORD_LIST.match(pattern)
    if m is None or _OPEN_ENDED.search(m.group("body")):
        return None
    try:
        parsed = _sre_parse.parse(m.group("body"), re.IGNORECASE)
    except re.error:
        return None
    words = _strings_of(list(parsed))
    # "" among them ("(?i)^(?:(the)?)$") is a token whose string is empty, which the set holds as well
    if not words or not all(w.isascii() and w == w.lower() for w in words):
        return None
    return tuple(sorted(words))


def _strings_of(items: list) -> set[str] | None:
    """Every string a parsed expression matches, when there are few and nothing but literals decides them."""
    out = {""}
    for op, arg in items:
        if op is _sre.LITERAL:
            options = {chr(arg)}
        elif op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in arg):
            options = {chr(code) for _, code in arg}
        elif op is _sre.BRANCH:
            options = set()
            for branch in arg[1]:
                strings = _strings_of(list(branch))
                if strings is None:
                    return None
                options |= strings
        elif op is _sre.SUBPATTERN:
            options = _strings_of(list(arg[-1]))
            if options is None:
                return None
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[1] <= _MAX_REPEAT:  # "(the)?"
            once = _strings_of(list(arg[2]))
            if once is None:
                return None
            options, counted = set(), {""}
            for count in range(arg[1] + 1):
                if count >= arg[0]:
                    options |= counted
                counted = {a + b for a in counted for b in once}
        else:  # a long or open repeat, a class, an anchor, a lookaround
            return None
        out = {a + b for a in out for b in options}
        if len(out) > _MAX_LISTED:
            return None
    return out


def _is_plain(text: str) -> bool:
    """Whether IGNORECASE matching of plain lower-case words on ``text`` is plain equality."""
    return text == text.lower() and "\u0131" not in text and "\u017f" not in text


class _Node:
    """One token spec of a pattern: its tests (all must hold; none: any token) and how often it repeats.

    ``negate`` is spaCy's "!": exactly one token that does not pass the tests.
    """

    __slots__ = ("tests", "lo", "hi", "negate", "key", "single")

    def __init__(self, tests: tuple, lo: int, hi: int, negate: bool):
        self.tests, self.lo, self.hi, self.negate = tests, lo, hi, negate
        self.key = (tests, negate)  # tests are shared objects compared by identity, so this names the spec
        self.single = tests[0] if len(tests) == 1 and not negate else None  # the usual case, run faster

    def accepts(self, cols: list[list[int]], q: int) -> bool:
        for test in self.tests:
            if not test.test(cols[test.col][q]):
                return self.negate
        return not self.negate

    def run(self, cols: list[list[int]], p: int, stop: int) -> int:
        """Where the run of consecutive accepted tokens from ``p`` ends (at most ``stop``)."""
        if not self.tests:  # {}: any token (a gap), or with "!" none
            return p if self.negate else max(p, stop)
        if self.single is not None:
            return self.single.run(cols[self.single.col], p, stop)
        q = p
        while q < stop and self.accepts(cols, q):
            q += 1
        return q

    def accepts_unremembered(self, cols: list[list[int]], q: int) -> bool:
        """``accepts`` without filling the tests' tables (for verdicts that are remembered elsewhere)."""
        for test in self.tests:
            if not test.check(cols[test.col][q]):
                return self.negate
        return not self.negate


class _Pattern:
    __slots__ = ("key", "nodes")

    def __init__(self, key: str, nodes: tuple[_Node, ...]):
        self.key, self.nodes = key, nodes

    def phrase(self) -> tuple[int, tuple[int, ...]] | None:
        """(column, hashes) when the pattern is a plain phrase: single tokens, each equal to a word."""
        tests = [n.tests[0] for n in self.nodes if (n.lo, n.hi, n.negate, len(n.tests)) == (1, 1, False, 1)]
        if not tests or len(tests) < len(self.nodes) or not all(isinstance(t, _Equal) for t in tests):
            return None
        if len({t.col for t in tests}) > 1:
            return None
        return tests[0].col, tuple(t.value for t in tests)


class _Trie:
    """Phrases sharing their first words share a path; ``keys`` are the keys of phrases that end here."""

    __slots__ = ("next", "keys")

    def __init__(self):
        self.next: dict[int, _Trie] = {}
        self.keys: set[str] = set()


_NOWHERE: tuple[int, ...] = ()


def match_ends(nodes: tuple[_Node, ...], cols: list[list[int]], start: int, length: int) -> Iterable[int]:
    """Every position at which a match of ``nodes`` that begins at ``start`` can end (``start`` included).

    Walks the pattern once, keeping the set of positions reached so far; a repeated node extends each of
    them by every count its bounds allow, as far as consecutive tokens pass.
    """
    # Fast path: most patterns begin with (or are only) single required tokens; one position is reached.
    pos, first_variable = start, len(nodes)
    for i, node in enumerate(nodes):
        if node.lo != 1 or node.hi != 1:
            first_variable = i
            break
        if pos >= length:
            return _NOWHERE
        single = node.single
        if not (single.test(cols[single.col][pos]) if single is not None else node.accepts(cols, pos)):
            return _NOWHERE  # most calls end here, on the second token: no set is built for them
        pos += 1
    if first_variable == len(nodes):
        return (pos,)
    reached = {pos}
    for node in nodes[first_variable:]:
        lo, hi = node.lo, node.hi
        after: set[int] = set()
        for p in reached:
            end = node.run(cols, p, p + hi if p + hi < length else length)
            after.update(range(p + lo, end + 1))  # every repeat count from lo to the run's length
        if not after:
            return after
        reached = after
    return reached


def parse_op(op) -> tuple[int, int, bool]:
    """(minimum, maximum, negated) repeats of a token spec's ``OP``, as spaCy reads it."""
    if op in _SIMPLE_OPS:
        return _SIMPLE_OPS[op]
    m = _COUNTED_OP.match(op) if isinstance(op, str) else None
    if m is None:
        raise ValueError(f"unsupported OP {op!r}; allowed: {[o for o in _SIMPLE_OPS if o]} and {{n}}, {{n,m}}, "
                         "{,m}, {n,}")
    if m.group("n") is not None:
        return int(m.group("n")), int(m.group("n")), False
    lo, hi = m.group("lo"), m.group("hi")
    if not lo and not hi:
        raise ValueError(f"unsupported OP {op!r}: give at least one bound")
    lo_n = int(lo or 0)
    hi_n = int(hi) if hi else UNBOUNDED
    if lo_n > hi_n:
        raise ValueError(f"unsupported OP {op!r}: minimum above maximum")
    return lo_n, hi_n, False


class TokenMatcher:
    """Drop-in for ``spacy.matcher.Matcher`` (``add``, ``__call__``, ``__len__``) on reportminer's patterns.

    ``cache_size`` bounds the remembered verdicts (regular expression results and, per token string, the
    patterns that can start there), all tables together.
    """

    def __init__(self, vocab, validate: bool = True, *, cache_size: int = DEFAULT_CACHE_SIZE):
        # ``validate`` is accepted for spaCy compatibility: patterns are always checked here.
        self.vocab = vocab
        self._memo = BoundedMemo(cache_size)
        self._tests: dict[tuple, object] = {}  # (col, kind, value) -> shared test
        self._attrs: list[str] = []  # Token attribute of each column
        self._patterns: list[_Pattern] = []  # patterns that are not plain phrases
        self._phrases: dict[int, _Trie] = {}  # column -> trie of the plain phrases on that attribute
        self._greedy: dict[str, str | None] = {}  # every key added -> its filter
        self._any_greedy = False
        self._starts = self._memo.table()  # token hash (or tuple of hashes) -> candidate pattern ids
        self._exact: list[dict[int, set[int]]] = []  # per column: hash -> ids of patterns that may start there
        self._probes: list[tuple[_Node, tuple[int, ...]]] = []  # start nodes found only by testing
        self._offsets: list[int] = []  # per pattern: how many tokens before the token it is found by
        self._required: list[tuple[tuple[int, frozenset], ...]] = []  # per pattern: (column, words) it must meet
        self._odd_probes: list[tuple[_Node, tuple[int, ...]]] = []  # start nodes found by word lists (see _Words)
        self._plain = self._memo.table()  # token hash -> _is_plain(its string)

    def __len__(self) -> int:
        """The number of keys added (as spaCy's Matcher: rules, not patterns)."""
        return len(self._greedy)

    def __contains__(self, key: str) -> bool:
        return key in self._greedy

    # -- adding patterns ----------------------------------------------------------------------------------

    def add(self, key: str, patterns: list[list[dict]], greedy: str | None = None, *, on_match=None) -> None:
        """Add patterns under ``key``; a key added again keeps its old patterns and takes the new ``greedy``."""
        if not isinstance(key, str):
            raise TypeError(f"match keys must be strings, got {type(key).__name__}")
        if on_match is not None:
            raise ValueError("on_match callbacks are not supported")
        if greedy is not None and greedy not in GREEDY:
            raise ValueError(f"greedy must be one of {GREEDY} or None, got {greedy!r}")
        if not isinstance(patterns, list):
            raise ValueError(f"patterns must be a list of patterns, got {type(patterns).__name__}")
        compiled = [self._compile(key, pattern) for pattern in patterns]  # all checked before any is added
        for pattern in compiled:
            phrase = pattern.phrase()
            if phrase is not None:
                self._add_phrase(key, *phrase)
            else:
                self._index(len(self._patterns), pattern)
                self._patterns.append(pattern)
        self._greedy[key] = greedy
        self._any_greedy = any(self._greedy.values())
        self._memo.clear()  # remembered start candidates do not know the new patterns

    def _compile(self, key: str, pattern: list[dict]) -> _Pattern:
        if not isinstance(pattern, list) or not pattern:
            raise ValueError(f"{key}: a pattern must be a non-empty list of token specs, got {pattern!r}")
        nodes = []
        for spec in pattern:
            if not isinstance(spec, dict):
                raise ValueError(f"{key}: a token spec must be a dict, got {spec!r}")
            if not spec:  # spaCy: {} is exactly one token of any kind
                nodes.append(_Node((), 1, 1, False))
                continue
            ops = [v for k, v in spec.items() if isinstance(k, str) and k.upper() == "OP"]
            if ops and ops[0] is None:
                raise ValueError(f"{key}: OP must not be None (leave it out), as spaCy says")
            lo, hi, negate = parse_op(ops[0] if ops else None)
            if hi > 0:  # "{0}" matches nothing, as if the spec were not there
                nodes.append(_Node(self._spec_tests(key, spec), lo, hi, negate))
        return _Pattern(key, tuple(nodes))

    def _spec_tests(self, key: str, spec: dict) -> tuple:
        tests = []
        for name, value in spec.items():
            name = name.upper() if isinstance(name, str) else name
            if name == "OP":
                continue
            if name not in ATTRIBUTES:
                raise ValueError(f"{key}: unsupported token attribute {name!r}; allowed: {sorted(ATTRIBUTES)}")
            col = self._column(ATTRIBUTES[name])
            if isinstance(value, str):
                tests.append(self._test(col, "EQ", value))
            elif isinstance(value, dict):
                for predicate, arg in value.items():
                    tests.append(self._predicate(key, col, predicate, arg))
            else:
                raise ValueError(f"{key}: the value of {name} must be a string or a dict, got {value!r}")
        return tuple(tests)

    def _predicate(self, key: str, col: int, predicate, arg):
        predicate = predicate.upper() if isinstance(predicate, str) else predicate
        if predicate == "REGEX" and isinstance(arg, str):
            return self._test(col, "WORDS" if _word_list(arg) is not None else "REGEX", arg)
        if predicate in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            return self._test(col, predicate, tuple(sorted(set(arg))))
        raise ValueError(f"{key}: unsupported predicate {predicate!r}: {arg!r}; allowed: REGEX (a string), "
                         "IN and NOT_IN (lists of strings)")

    def _column(self, attr: str) -> int:
        if attr not in self._attrs:
            self._attrs.append(attr)
            self._exact.append({})
        return self._attrs.index(attr)

    def _test(self, col: int, kind: str, value):
        """The shared test object for (column, kind, value), so equal specs share remembered verdicts."""
        known = self._tests.get((col, kind, value))
        if known is None:
            if kind == "EQ":
                known = _Equal(col, value, self.vocab.strings)
            elif kind == "IN":
                known = _In(col, value)
            elif kind == "NOT_IN":
                known = _NotIn(col, value)
            elif kind == "WORDS":
                known = _Words(col, value, _word_list(value), self.vocab.strings, self._memo, self.is_plain)
            else:
                known = _Regex(col, value, self.vocab.strings, self._memo)
            self._tests[(col, kind, value)] = known
        return known

    def is_plain(self, h: int) -> bool:
        """``_is_plain`` of the string of hash ``h``, remembered."""
        plain = self._plain.get(h)
        if plain is None:
            plain = _is_plain(self.vocab.strings[h])
            self._memo.put(self._plain, h, plain)
        return plain

    def _add_phrase(self, key: str, col: int, words: tuple[int, ...]) -> None:
        node = self._phrases.setdefault(col, _Trie())
        for h in words:
            node = node.next.setdefault(h, _Trie())
        node.keys.add(key)

    def _index(self, pid: int, pattern: _Pattern) -> None:
        """Record which tokens pattern ``pid`` can start on.

        A non-empty match's first token is taken by some node that every earlier node may skip: one of the
        nodes up to and including the first required one. A node with an equality or IN test is found by
        dict lookup of the token's hash; any other node is tested when a token string is first seen.
        """
        offset, nodes = _entry(pattern.nodes)
        self._offsets.append(offset)
        self._required.append(_required_words(pattern.nodes, nodes))
        for node in nodes:
            exact = None if node.negate else next((t for t in node.tests if t.index is not None), None)
            if exact is not None:
                for h in exact.index:
                    self._exact[exact.col].setdefault(h, set()).add(pid)
                if isinstance(exact, _Words):  # a string that is not plain is tested, as a probe's are
                    _add_probe(self._odd_probes, node, pid)
                continue
            _add_probe(self._probes, node, pid)

    # -- matching -----------------------------------------------------------------------------------------

    def __call__(self, doclike: Doc | Span, as_spans: bool = True) -> list:
        """All matches in a Doc or Span, sorted by (start, end, key).

        As spans (default) ``Span(doc, start, end, label=key)``, offsets in the doc; otherwise, as spaCy,
        ``(match_id, start, end)`` tuples with the key's hash as match_id and offsets in ``doclike``.
        """
        matches = self.find(doclike)
        if as_spans:
            doc, offset = (doclike.doc, doclike.start) if isinstance(doclike, Span) else (doclike, 0)
            return [Span(doc, offset + start, offset + end, label=key) for start, end, key in matches]
        strings = self.vocab.strings
        return [(strings.add(key), start, end) for start, end, key in matches]

    def find(self, doclike: Doc | Span) -> list[tuple[int, int, str]]:
        """All matches as (start, end, key), offsets in ``doclike``, sorted; no Span objects are made."""
        if isinstance(doclike, Span):
            doc, offset, length = doclike.doc, doclike.start, len(doclike)
        elif isinstance(doclike, Doc):
            doc, offset, length = doclike, 0, len(doclike)
        else:
            raise ValueError(f"expected a Doc or a Span, got {type(doclike).__name__}")
        found: set[tuple[int, int, str]] = set()
        if length:
            cols = token_columns(doc, self._attrs)  # one list of hashes per attribute
            if isinstance(doclike, Span):
                cols = [col[offset:offset + length] for col in cols]
            visible = _visible_tokens(doc, offset, length)
            if visible is not None:  # a line break or a double space inside the sentence: patterns skip it
                cols, length = [[col[i] for i in visible] for col in cols], len(visible)
            self._find_phrases(cols, length, found)
            if self._patterns:
                self._find_patterns(cols, length, found)
            if visible is not None:
                found = {(visible[start], visible[end - 1] + 1, key) for start, end, key in found}
        return sorted(self._filter(found) if self._any_greedy else found)

    def _find_phrases(self, cols: list[list[int]], length: int, found: set) -> None:
        """Add every (start, end, key) of a plain phrase, walking the trie from each token."""
        for col, root in self._phrases.items():
            words = cols[col]
            for start in range(length):
                node, end = root.next.get(words[start]), start + 1
                while node is not None:
                    for key in node.keys:
                        found.add((start, end, key))
                    if end == length:
                        break
                    node, end = node.next.get(words[end]), end + 1

    def _find_patterns(self, cols: list[list[int]], length: int, found: set) -> None:
        """Add every (start, end, key) of the other patterns."""
        if len(cols) == 1:
            keys = cols[0]
        elif cols:
            keys = list(zip(*cols))
        else:
            keys = [()] * length
        starts, patterns, offsets, required = self._starts, self._patterns, self._offsets, self._required
        present: list[set[int] | None] | None = None  # per column: the sentence's hashes (None: not all plain)
        viable: dict[int, bool] = {}  # pattern id -> whether the sentence holds a word of each list it requires
        for q in range(length):
            candidates = starts.get(keys[q])
            if candidates is None:
                candidates = self._candidates(cols, q)
                self._memo.put(starts, keys[q], candidates)
            for pid in candidates:
                pattern, start = patterns[pid], q - offsets[pid]
                if start < 0:
                    continue
                ok = viable.get(pid)
                if ok is None:
                    # Most candidates need a later word the sentence does not hold at all: one set test per
                    # pattern and sentence instead of a walk from every token the pattern could start on.
                    ok = True
                    if required[pid]:
                        if present is None:
                            present = self._present(cols)
                        ok = all(present[col] is None or not words.isdisjoint(present[col])
                                 for col, words in required[pid])
                    viable[pid] = ok
                if not ok:
                    continue
                for end in match_ends(pattern.nodes, cols, start, length):
                    if end > start:
                        found.add((start, end, pattern.key))

    def _present(self, cols: list[list[int]]) -> list[set[int] | None]:
        """Per column, the set of its hashes; None where a string is not plain and a word list may match
        otherwise than by equality."""
        out: list[set[int] | None] = []
        plain = self._plain
        for col in cols:
            hashes = set(col)
            ok = True
            for h in hashes:
                verdict = plain.get(h)
                if not (self.is_plain(h) if verdict is None else verdict):
                    ok = False
                    break
            out.append(hashes if ok else None)
        return out

    def _candidates(self, cols: list[list[int]], q: int) -> tuple[int, ...]:
        """Ids of the patterns that can start at token ``q``, judged by its attributes alone."""
        pids: set[int] = set()
        for col, exact in enumerate(self._exact):
            pids.update(exact.get(cols[col][q], ()))
        probes = self._probes
        if self._odd_probes and not all(self.is_plain(col[q]) for col in cols):
            probes = probes + self._odd_probes
        for node, node_pids in probes:
            # The outcome is remembered per token string by the caller: no need to fill the regex tables.
            if node.accepts_unremembered(cols, q):
                pids.update(node_pids)
        return tuple(sorted(pids))

    def _filter(self, found: set[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Apply each key's greedy filter, as spaCy does; keys without one keep every match."""
        kept, by_key = [], {}
        for match in found:
            if self._greedy[match[2]] is None:
                kept.append(match)
            else:
                by_key.setdefault(match[2], []).append(match)
        for key, matches in by_key.items():
            kept.extend(greedy_filter(matches, self._greedy[key]))
        return kept


def _entry(nodes: tuple[_Node, ...]) -> tuple[int, list[_Node]]:
    """The nodes a pattern is found by, and how many tokens before theirs its match starts.

    Usually the nodes that can take the first token (offset 0). But when the pattern opens with tokens of fixed
    width (each exactly once) and the first of them tests little ("any token but these words"), it is found by a
    later one that tests more, at its fixed offset: "NOT vertebral + body + height" by "body", not at every token.
    """
    best_rank, best_k = -1, 0
    for k, node in enumerate(nodes):
        if node.lo < 1:
            break
        rank = _selectivity(node)
        if rank > best_rank:
            best_rank, best_k = rank, k
        if rank == 2 or node.hi != 1:  # an exact test is best; after a repeat the offsets are not fixed
            break
    if best_k == 0 or best_rank <= _selectivity(nodes[0]):
        return 0, _start_nodes(nodes)
    return best_k, [nodes[best_k]]


def _add_probe(probes: list[tuple[_Node, tuple[int, ...]]], node: _Node, pid: int) -> None:
    """Add pattern ``pid`` to the probe of ``node``'s spec, or a new probe."""
    for i, (probe, pids) in enumerate(probes):
        if probe.key == node.key:
            probes[i] = (probe, pids + (pid,))
            return
    probes.append((node, (pid,)))


def _required_words(nodes: tuple[_Node, ...], entry: list[_Node]) -> tuple[tuple[int, frozenset], ...]:
    """(column, hashes) for each node but those the pattern is found by that every match takes a token of.

    A node that must occur (at least once, not "!") with an equality, IN or word-list test needs a token whose
    hash is in that test's set (for a word list: when the token's string is plain); a sentence holding none
    cannot match the pattern anywhere.
    """
    out = []
    for node in nodes:
        # a node the pattern is always found by holds its token already; one of several that may open a match
        # ("i" before a month in "(i|under)? + månad") is needed all the same
        if node.lo < 1 or node.negate or (len(entry) == 1 and node is entry[0]):
            continue
        exact = next((t for t in node.tests if t.index is not None), None)
        if exact is not None:
            out.append((exact.col, exact.index))
    return tuple(out)


def _selectivity(node: _Node) -> int:
    """2: found by dict lookup (an equality or IN test); 1: by a test of each token string; 0: passes most tokens
    (no test, "!", or only NOT_IN)."""
    if node.negate or not node.tests:
        return 0
    if any(t.index is not None for t in node.tests):
        return 2
    return 0 if all(isinstance(t, _NotIn) for t in node.tests) else 1


def _start_nodes(nodes: tuple[_Node, ...]) -> list[_Node]:
    """The nodes that can take a match's first token (all of them when every node is optional)."""
    out = []
    for node in nodes:
        out.append(node)
        if node.lo > 0:
            break
    return out


def greedy_filter(matches: list[tuple[int, int, str]], greedy: str) -> list[tuple[int, int, str]]:
    """Non-overlapping matches of one key, preferring the first ("FIRST") or the longest ("LONGEST").

    The same order and tie-breaks as spaCy's Matcher, so the same matches survive.
    """
    if greedy == "FIRST":
        ordered = sorted(matches, key=lambda m: (m[0], -m[1]))
    else:
        ordered = sorted(matches, key=lambda m: (m[1] - m[0], -m[0]), reverse=True)
    taken: set[int] = set()
    kept = []
    for start, end, key in ordered:
        if taken.isdisjoint(range(start, end)):
            kept.append((start, end, key))
            taken.update(range(start, end))
    return kept

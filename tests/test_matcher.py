"""TokenMatcher must return exactly the matches spaCy's Matcher returns for the same patterns.

Three kinds of evidence: the real lexicon patterns over every golden sentence and every sample note; random
small patterns over random token sequences (hypothesis); and each operator on its own.
"""
from __future__ import annotations

import csv
import json
import pickle
from functools import lru_cache
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Doc

from reportminer.concepts import cached_lexicon, make_compiler
from reportminer.matcher import TokenMatcher, _word_list
from reportminer.nlp import build_nlp
from reportminer.sections import SectionSplitter

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
NOTES = ROOT / "reportminer" / "data" / "sample" / "notes.csv"
LANGUAGES = ("sv", "en")
GROUPS = ("concepts", "exclusions", "triggers", "regions", "sacrum_assessed", "sites")


# -- helpers --------------------------------------------------------------------------------------------------

def build_both(vocab, rules: dict[str, list[list[dict]]], greedy: dict[str, str | None] | None = None):
    """spaCy's Matcher and a TokenMatcher holding the same rules."""
    reference, fast = Matcher(vocab, validate=True), TokenMatcher(vocab)
    for key, patterns in rules.items():
        mode = (greedy or {}).get(key)
        reference.add(key, patterns, greedy=mode)
        fast.add(key, patterns, greedy=mode)
    return reference, fast


def spacy_matches(matcher: Matcher, doc) -> set[tuple[str, int, int]]:
    return {(doc.vocab.strings[key], start, end) for key, start, end in matcher(doc)}


def fast_matches(matcher: TokenMatcher, doc) -> set[tuple[str, int, int]]:
    spans = matcher(doc, as_spans=True)
    found = [(span.label_, span.start, span.end) for span in spans]
    assert [(s, e, k) for k, s, e in found] == sorted((s, e, k) for k, s, e in found), "not sorted by (start, end, key)"
    assert len(set(found)) == len(found), "duplicate matches"
    return set(found)


def assert_same(reference: Matcher, fast: TokenMatcher, doc) -> None:
    expected, got = spacy_matches(reference, doc), fast_matches(fast, doc)
    assert got == expected, f"{doc.text!r}: missing {sorted(expected - got)}, extra {sorted(got - expected)}"


# -- the real patterns ----------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def language_nlp(language: str):
    return build_nlp(language)


@lru_cache(maxsize=None)
def lexicon_rules(language: str) -> dict[str, dict[str, list[list[dict]]]]:
    """Every group of patterns the pipeline matches, keyed as concepts.py and context.py key them."""
    nlp, lexicon = language_nlp(language), cached_lexicon(language, None)
    compiler = make_compiler(nlp, lexicon)

    def compiled(groups: dict) -> dict[str, list[list[dict]]]:
        return {key: [compiler.compile(e).tokens for e in entries] for key, entries in groups.items() if entries}

    return {
        "concepts": compiled(lexicon.concepts),
        "exclusions": compiled({"exclusion": lexicon.exclusions}),
        "triggers": compiled({str(i): t.entries for i, t in enumerate(lexicon.triggers)}),
        "regions": compiled(lexicon.regions),
        "sacrum_assessed": compiled({"sacrum_assessed": lexicon.sacrum_assessed}),
        "sites": compiled(lexicon.coordination.get("sites", {})),
    }


@lru_cache(maxsize=None)
def corpus(language: str) -> tuple[Doc, ...]:
    """Normalized docs: every golden sentence of the language, and every sample note whole and by sentence.

    Notes go through both languages' matchers whatever their language: more text, more chances to differ.
    """
    nlp = language_nlp(language)
    normalize = nlp.get_pipe("reportminer_normalizer")
    texts = []
    for path in sorted((GOLDEN / language).glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    splitter = SectionSplitter(cached_lexicon(language, None))
    with NOTES.open(encoding="utf-8", newline="") as f:
        for note in csv.DictReader(f):
            text = note["text"]
            texts.append(text)
            texts += [text[s.start:s.end] for s in splitter.sentences(text)]
    return tuple(normalize(nlp.make_doc(text)) for text in texts)


def test_corpus_is_substantial():
    for language in LANGUAGES:
        assert len(corpus(language)) > 1000
        assert all(lexicon_rules(language)[group] for group in ("concepts", "exclusions", "triggers", "regions"))


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_same_matches_as_spacy_on_real_patterns(language, group):
    rules = lexicon_rules(language)[group]
    if not rules:
        pytest.skip(f"no {group} patterns in the {language} lexicon")
    reference, fast = build_both(language_nlp(language).vocab, rules)
    total = 0
    for doc in corpus(language):
        assert_same(reference, fast, doc)
        total += len(reference(doc))
    if group in ("concepts", "triggers", "regions"):
        assert total > 100, "too few matches for the comparison to mean much"


@pytest.mark.parametrize("language", LANGUAGES)
def test_tiny_cache_gives_the_same_matches(language):
    """Emptying the remembered verdicts all the time changes nothing but speed, and the bound holds."""
    nlp = language_nlp(language)
    rules = {k: v for group in ("concepts", "triggers") for k, v in lexicon_rules(language)[group].items()}
    reference = build_both(nlp.vocab, rules)[0]
    fast = TokenMatcher(nlp.vocab, cache_size=50)
    for key, patterns in rules.items():
        fast.add(key, patterns)
    for doc in corpus(language)[:400]:
        assert_same(reference, fast, doc)
        assert fast._memo.size <= 50


# -- random patterns ------------------------------------------------------------------------------------------

# "S", "ſ" (long s) and "ı" (dotless i) are strings a case-blind word list ("(?i)^(?:ab|i|s)$") passes although
# they are not among its words: the matcher reads such lists as sets of words only on other strings. Marks
# ("(?i)^(?:,|\?)$") are listed words too.
WORDS = ("a", "b", "A", "B", "c", "ab", "S", "\u017f", ",", "?")
NORMS = ("a", "b", "c", "x", "\u0131", "")
OPS = (None, "?", "*", "+", "!", "{0}", "{1}", "{2}", "{0,1}", "{1,2}", "{0,3}", "{,2}", "{1,}", "{2,}", "{0,}")

_vocab = spacy.blank("en").vocab
_values = st.sampled_from(WORDS + NORMS)
_predicate = st.one_of(
    _values,
    st.builds(lambda v: {"IN": v}, st.lists(_values, max_size=3, unique=True)),
    st.builds(lambda v: {"NOT_IN": v}, st.lists(_values, min_size=1, max_size=3, unique=True)),
    st.builds(lambda r: {"REGEX": r}, st.sampled_from(("^a", "b", "(?i)^(?:a|b)$", "(?i)^(?:ab|i|s)$", "^[ac]$", "^$", "x|^B",
                                                     r"(?i)^(?:,|\?)$", "(?i)^(?:a[bc]|,)$", "(?i)^(?:(a|c)?)$"))),
)
_spec = st.builds(
    lambda attrs, op: {**attrs, **({"OP": op} if op else {})},
    st.dictionaries(st.sampled_from(("NORM", "ORTH", "LOWER", "TEXT")), _predicate, max_size=2),
    st.sampled_from(OPS),
)
_pattern = st.lists(_spec, min_size=1, max_size=4)
_rules = st.dictionaries(st.sampled_from(("K1", "K2", "K3")), st.lists(_pattern, min_size=1, max_size=3),
                         min_size=1, max_size=3)
_doc = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(NORMS + (None,))), max_size=9)


def make_doc(tokens: list[tuple[str, str | None]]) -> Doc:
    """A doc of the words; a token's NORM is set when one is given, else it keeps the lexeme's."""
    doc = Doc(_vocab, words=[w for w, _ in tokens])
    for token, (_, norm) in zip(doc, tokens):
        if norm is not None:
            token.norm_ = norm
    return doc


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rules=_rules, docs=st.lists(_doc, min_size=1, max_size=4))
def test_random_patterns_match_like_spacy(rules, docs):
    reference, fast = build_both(_vocab, rules)
    for tokens in docs:
        assert_same(reference, fast, make_doc(tokens))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rules=_rules, modes=st.lists(st.sampled_from((None, "FIRST", "LONGEST")), min_size=3, max_size=3),
       tokens=_doc)
def test_greedy_filters_like_spacy(rules, modes, tokens):
    greedy = dict(zip(("K1", "K2", "K3"), modes))
    reference, fast = build_both(_vocab, rules, greedy)
    assert_same(reference, fast, make_doc(tokens))


# -- each operator on its own ---------------------------------------------------------------------------------

SHAPES = {
    "alone": lambda op: [{"ORTH": "b", "OP": op}],
    "after": lambda op: [{"ORTH": "a"}, {"ORTH": "b", "OP": op}],
    "before": lambda op: [{"ORTH": "b", "OP": op}, {"ORTH": "c"}],
    "between": lambda op: [{"ORTH": "a"}, {"ORTH": "b", "OP": op}, {"ORTH": "c"}],
    "any_token": lambda op: [{"ORTH": "a"}, {"OP": op}, {"ORTH": "c"}],
    "regex": lambda op: [{"NORM": {"REGEX": "(?i)^(?:a|c)$"}}, {"NORM": {"REGEX": "^b$"}, "OP": op}],
    "not_in": lambda op: [{"LOWER": {"IN": ["a"]}}, {"NORM": {"NOT_IN": ["a", "c"]}, "OP": op}, {"TEXT": "c"}],
}
SENTENCES = ("a c", "a b c", "a b b c", "a b b b c", "b b b", "b", "c", "a", "a x c", "x b a b b c b a",
             "A b C", "c b a", "a a b c c", "b c b c")


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("op", [op for op in OPS if op is not None])
def test_operator_matches_like_spacy(op, shape):
    reference, fast = build_both(_vocab, {"K": [SHAPES[shape](op)]})
    for sentence in SENTENCES:
        assert_same(reference, fast, Doc(_vocab, words=sentence.split()))


@pytest.mark.parametrize("op, expected", [
    (None, {(1, 3)}),
    ("?", {(1, 2), (1, 3), (4, 5)}),
    ("*", {(1, 2), (1, 3), (1, 4), (4, 5)}),
    ("+", {(1, 3), (1, 4)}),
    ("!", {(4, 6)}),
    ("{2}", {(1, 4)}),
    ("{0,1}", {(1, 2), (1, 3), (4, 5)}),
    ("{,2}", {(1, 2), (1, 3), (1, 4), (4, 5)}),
    ("{2,}", {(1, 4)}),
])
def test_operator_meaning(op, expected):
    """Spelled out, so that the comparison with spaCy cannot pass by both being wrong the same way."""
    b = {"ORTH": "b", "OP": op} if op else {"ORTH": "b"}
    reference, fast = build_both(_vocab, {"K": [[{"ORTH": "a"}, b]]})
    doc = Doc(_vocab, words="x a b b a c".split())  # "a b b" at 1, "a" then "c" at 4
    assert {(s.start, s.end) for s in fast(doc)} == expected
    assert_same(reference, fast, doc)


def test_empty_spec_is_one_token_of_any_kind():
    reference, fast = build_both(_vocab, {"K": [[{"ORTH": "a"}, {}]]})
    doc = Doc(_vocab, words="a b a".split())
    assert_same(reference, fast, doc)
    assert [(s.start, s.end) for s in fast(doc)] == [(0, 2)]


def test_pattern_opening_with_a_weak_token_is_found_by_a_later_one_at_its_offset():
    """"Any word but 'vertebral', then 'body', then 'height'" is looked for where "body" is, not at every token;
    it matches as spaCy's Matcher does, at the span's start, also in a Span and at a doc's first tokens."""
    pattern = [{"NORM": {"NOT_IN": ["vertebral"]}}, {"ORTH": "body"}, {"ORTH": {"IN": ["height", "heights"]}}]
    reference, fast = build_both(_vocab, {"K": [pattern], "L": [[{"ORTH": "x", "OP": "?"}, {"ORTH": "body"}]]})
    assert fast._offsets[0] == 1  # found by "body", one token after the match's start
    for words in ("loss of body height".split(), "body height".split(), "vertebral body height".split(),
                  "x body heights and a body height".split()):
        doc = Doc(_vocab, words=words)
        assert_same(reference, fast, doc)
        assert {(s.start, s.end) for s in fast(doc[1:])} == {
            (s.start, s.end) for s in reference(doc[1:], as_spans=True)}


# -- interface ------------------------------------------------------------------------------------------------

def test_interface_like_spacy():
    reference, fast = build_both(_vocab, {"K1": [[{"ORTH": "a"}, {"ORTH": "b"}]], "K2": [[{"ORTH": "b"}]]})
    assert len(fast) == len(reference) == 2
    assert "K1" in fast and "K3" not in fast
    fast.add("K1", [[{"ORTH": "c"}]])  # a second add extends the key
    reference.add("K1", [[{"ORTH": "c"}]])
    assert len(fast) == len(reference) == 2
    doc = Doc(_vocab, words="x a b c".split())
    spans = fast(doc)
    assert [(s.label_, s.start, s.end) for s in spans] == [("K1", 1, 3), ("K2", 2, 3), ("K1", 3, 4)]
    assert all(s.doc is doc for s in spans)
    assert fast(doc, as_spans=False) == [(_vocab.strings["K1"], 1, 3), (_vocab.strings["K2"], 2, 3),
                                         (_vocab.strings["K1"], 3, 4)]
    assert [(s.label_, s.start, s.end) for s in fast(doc[2:4])] == [("K2", 2, 3), ("K1", 3, 4)]
    assert fast(doc[2:4], as_spans=False) == [(_vocab.strings["K2"], 0, 1), (_vocab.strings["K1"], 1, 2)]
    assert sorted(fast(doc[1:4], as_spans=False)) == sorted(reference(doc[1:4]))
    assert {(s.label_, s.start, s.end) for s in fast(doc[1:4])} == {
        (s.label_, s.start, s.end) for s in reference(doc[1:4], as_spans=True)}
    assert fast(Doc(_vocab, words=[])) == []
    assert TokenMatcher(_vocab)(doc) == []


def test_pickles():
    fast = TokenMatcher(_vocab)
    fast.add("K", [[{"NORM": {"REGEX": "^a"}}, {"ORTH": "b", "OP": "+"}]])
    doc = Doc(_vocab, words="a b b".split())
    copy = pickle.loads(pickle.dumps(fast))
    assert [(s.start, s.end) for s in copy(doc)] == [(s.start, s.end) for s in fast(doc)] == [(0, 2), (0, 3)]


@pytest.mark.parametrize("pattern", [
    [],
    [{"POS": "NOUN"}],
    [{"ORTH": "a", "OP": "++"}],
    [{"ORTH": "a", "OP": "1"}],
    [{"ORTH": "a", "OP": None}],
    [{"ORTH": "a", "OP": "{3,1}"}],
    [{"ORTH": {"FUZZY": "a"}}],
    [{"ORTH": 3}],
    ["a"],
])
def test_rejects_what_it_does_not_support(pattern):
    with pytest.raises(ValueError):
        TokenMatcher(_vocab).add("K", [pattern])


def test_rejects_bad_greedy_and_keys():
    with pytest.raises(ValueError):
        TokenMatcher(_vocab).add("K", [[{"ORTH": "a"}]], greedy="SHORTEST")
    with pytest.raises(TypeError):
        TokenMatcher(_vocab).add(7, [[{"ORTH": "a"}]])


@pytest.mark.parametrize("pattern, words", [
    ("(?i)^(?:of|in|involving)$", ("in", "involving", "of")),
    ("(?i)^(?:,)$", (",",)),
    (r"(?i)^(?:\?)$", ("?",)),
    (r"(?i)^(?::|-|;|is)$", ("-", ":", ";", "is")),
    ("(?i)^(?:a[bc]|d)$", ("ab", "ac", "d")),
    ("(?i)^(?:(the)?)$", ("", "the")),  # a token never empty but for a norm set so
])
def test_a_list_of_words_or_marks_is_read_as_its_words(pattern, words):
    assert _word_list(pattern) == words


@pytest.mark.parametrize("pattern", [
    r"(?i)^(?:fraktur\w*)$", r"(?i)^(?:\d+)$", "(?i)^(?:l[0-5])$",  # classes and repeats
    "(?i)^(?:L1)$",  # capitals: a plain lower-case token would not equal them
    "^(?:of|in)$",  # not case-blind
    "(?i)^(?:a)|(?:b)$",  # not one alternation between the anchors
])
def test_other_expressions_stay_expressions(pattern):
    assert _word_list(pattern) is None


def test_a_pattern_needing_a_mark_the_sentence_lacks_is_not_walked(monkeypatch):
    """A word list of marks ("(?i)^(?:,)$") is a required word like any other: where the sentence holds no comma, the
    pattern is not tried from the token it opens on; where it holds one, it is, and matches."""
    import reportminer.matcher as matcher_module

    walked = []
    real = matcher_module.match_ends
    monkeypatch.setattr(matcher_module, "match_ends", lambda *args: walked.append(args[2]) or real(*args))
    fast = TokenMatcher(_vocab)
    fast.add("K", [[{"LOWER": {"REGEX": "(?i)^(?:fracture|fx)$"}, "OP": "+"}, {"LOWER": {"REGEX": "(?i)^(?:,)$"}},
                    {"LOWER": {"REGEX": "(?i)^(?:(the)?)$"}, "OP": "?"}, {"LOWER": "pelvis"}]])
    assert fast(Doc(_vocab, words=["fracture", "of", "the", "pelvis"]), as_spans=False) == []
    assert walked == []
    found = fast(Doc(_vocab, words=["fracture", ",", "the", "pelvis"]), as_spans=False)
    assert [(start, end) for _, start, end in found] == [(0, 4)]
    assert walked == [0]

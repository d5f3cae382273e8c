"""The regex gate (issue 15): a pattern is skipped only when it cannot match, so skipping never changes a result."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reportminer.demographics import _compiled
from reportminer.exams import wording_for
from reportminer.lexicon import load_lexicon
from reportminer.regexgate import (_UNSAFE, DIGIT, AnyOf, Gate, GateSet, gate_view, required_sets, required_strings,
                                   word_prefixes)
from reportminer.textnorm import fold


def _lexicon_gates() -> list[Gate]:
    gates = []
    for language in ("sv", "en"):
        lexicon = load_lexicon(language)
        for key, patterns in lexicon.demographics.items():
            if key not in ("female", "male", "cue"):
                gates += _compiled(patterns)
        gates += [gate for _, _, gate in wording_for(lexicon).cue_gates]
    return gates


GATES = _lexicon_gates()


def test_regexgate_reads_the_strings_every_match_holds():
    assert required_strings(r"(?P<age>\d{2,3}) ?-? ?ar(?:i)?g", re.I) == {"arg", "arig"}
    assert required_strings("å", re.I) is None  # a non-ASCII letter is not compared in lowercase
    assert required_strings(r"\baged (?P<age>\d{2,3})\b", re.I) == {"aged " + DIGIT * 2}  # digits as one mark
    assert required_strings(r"\b(?:he|she|him)\b") == {"he", "him"}  # "she" holds "he"
    assert required_strings(r"(?>abc)[0-9]") == {"abc" + DIGIT}
    # two sets from two stretches of the pattern: a match holds one string of each
    assert required_sets(r"(?P<age>\d{2,3}) ?-? ?ar(?:i)?g", re.I) == ({"arg", "arig"}, {DIGIT * 2})


@pytest.mark.parametrize("pattern", [r"\s+", r"\w{2,}", r"[^a]", r".", r"(a|\w)b?", r"x*"])
def test_regexgate_no_gate_without_a_required_string(pattern):
    assert required_strings(pattern) is None
    assert Gate(re.compile(pattern)).may_match("")


def test_regexgate_no_gate_on_text_with_characters_ignorecase_maps_to_ascii():
    gate = Gate(re.compile("kg", re.I))
    text = "5 \u212ag"  # the Kelvin sign, which IGNORECASE matches to "k"
    assert gate.regex.search(text) and gate_view(text) is None and gate.may_match(gate_view(text))
    assert not gate.may_match(gate_view("5 g"))


def test_regexgate_no_gate_on_text_with_digits_beyond_ascii():
    gate = Gate(re.compile(r"\d{2} ar", re.I))
    text = "\u0667\u0661 ar"  # Arabic-Indic digits, which \d matches
    assert gate.regex.search(text) and gate_view(text) is None
    assert gate_view("71 År") == DIGIT * 2 + " år" and gate.may_match(gate_view("71 ar"))
    assert not gate.may_match(gate_view("7 ar"))


def test_regexgate_unsafe_characters_are_all_there_are():
    """Every non-ASCII character that IGNORECASE matches to an ASCII character is in the unsafe set."""
    ascii_class = re.compile(r"[\x00-\x7f]", re.I)
    found = {chr(c) for c in range(128, 0x110000) if ascii_class.match(chr(c))}
    assert found == set(_UNSAFE)


@pytest.mark.parametrize("gate", GATES, ids=lambda g: g.regex.pattern[:40])
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(data=st.data())
def test_regexgate_a_matching_text_always_passes(gate, data):
    match = data.draw(st.from_regex(gate.regex, fullmatch=False))
    assert gate.regex.search(match)
    assert gate.may_match(gate_view(match))


_ALPHABET = list("arigfodd kvinnaman herrehesheyo/.,:-0123456789ÅåÄöİıſ\u212aMFK\u0667")  # Kelvin; an Arabic 7


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(_ALPHABET), max_size=40))
def test_regexgate_never_says_no_to_a_match(text):
    view = gate_view(text)
    for gate in GATES:
        if gate.regex.search(text):
            assert gate.may_match(view), (gate.regex.pattern, text)


def test_regexgate_folded_lexicon_text_gates_as_matched():
    """On folded notes the age pattern runs exactly where it can match."""
    gate = _compiled((r"(?P<age>\d{2,3}) ?-? ?år(?:i)?g",))[0]
    for text, expected in (("82-årig kvinna", True), ("Kvinna med ont", False), ("Vård på 3 år", False),
                           ("Ärg i 3 dagar", False)):  # "arg" is there, two digits are not
        assert gate.may_match(gate_view(fold(text))) is expected


def test_regexgate_gate_set_opens_the_gates_each_gate_would():
    """One Aho-Corasick pass gives the same verdicts as each gate's own string tests, in the gates' order."""
    gate_set = GateSet(GATES)
    for text in ("Kvinna 82 år, MR bäcken avbokad", "MRI pelvis was cancelled; 71-year-old woman", "", "x" * 50,
                 "pat. uteblev från DT-undersökningen", "declined the scan, he is 83 y/o"):
        view = gate_view(fold(text).lower())
        assert gate_set.open(view) == [i for i, gate in enumerate(GATES) if gate.may_match(view)], text
    assert gate_set.open(None) == list(range(len(GATES)))  # a text gates cannot judge runs every pattern


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(_ALPHABET), max_size=40))
def test_regexgate_gate_set_never_closes_a_gate_that_matches(text):
    gate_set = GateSet(GATES)
    opened = set(gate_set.open(gate_view(text)))
    for i, gate in enumerate(GATES):
        if gate.regex.search(text):
            assert i in opened, (gate.regex.pattern, text)


def _informant_patterns(language: str) -> list[re.Pattern]:
    return [re.compile(fold(p).lower()) for p in load_lexicon(language).child_informants]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Telephone call from her daughter, who reports that mum fell at home.", True),
    ("en", "Email from the son: Dad has had back pain since the fall.", True),
    ("en", "Seen with her son. Pain in the lower back since Tuesday.", False),  # present, not the informant
    ("en", "No informant; history from the patient.", False),
    ("en", "", False),
    ("sv", "Telefonsamtal med dottern som berättar att mamma ramlat.", True),
    ("sv", "Dottern ringer och berättar att pappa har ont i ryggen.", True),
    ("sv", "Patienten kommer med dottern. Ont i ländryggen sedan i tisdags.", False),
    ("sv", "", False),
])
def test_regexgate_any_of_answers_as_the_alternation(language, text, expected):
    """AnyOf tries only the patterns whose gate opens, and answers as one alternation of them all would."""
    patterns = _informant_patterns(language)
    folded = fold(text).lower()
    alternation = re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    assert AnyOf(patterns).search(folded) is (alternation.search(folded) is not None) is expected


def test_regexgate_any_of_no_patterns_never_matches():
    assert AnyOf([]).search("anything at all") is False


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(_ALPHABET), max_size=60))
def test_regexgate_any_of_never_misses_a_match(text):
    patterns = _informant_patterns("en") + _informant_patterns("sv")
    assert AnyOf(patterns).search(text) is any(p.search(text) for p in patterns)


def test_regexgate_word_prefixes_read_how_matches_begin():
    whole, openings = word_prefixes(r"(?:mr|mrt|mri|magnetkamera\w*)", re.I)
    assert whole == {"mr", "mrt", "mri"} and openings == {"magne"}
    assert word_prefixes(r"(?:l[1-5]|th?1[0-2])", re.I) == ({"l" + DIGIT, "t" + DIGIT * 2, "th" + DIGIT * 2}, set())
    assert word_prefixes(r"frakt(?!ur)\w*", re.I)[1] == {"frakt"}  # a lookahead is read as matching anywhere
    assert word_prefixes(r"ab{3,4}")[0] == {"abbb"}
    assert "" in word_prefixes(r"\w*scint\w*")[1]  # may begin with anything: an empty opening says so


@settings(max_examples=300, deadline=None)
@given(pattern=st.sampled_from([r"(?:mr|mrt|mri|magnetkamera\w*)", r"kot(a|an)?s{2,}", r"x(ab){0,2}y?",
                                r"(?:c[1-7]|l[1-5]|th?(1[0-2]|[1-9]))", r"fr?a[ck]?t[uy]r(?!fri)\w*", r"a[bc]+d"]),
       data=st.data())
def test_regexgate_word_prefixes_every_match_begins_so(pattern, data):
    match = data.draw(st.from_regex(re.compile(pattern, re.I), fullmatch=True))
    whole, openings = word_prefixes(pattern, re.I)
    view = gate_view(match)
    assume(view is not None)  # a text gates cannot judge is looked at word by word
    assert view in whole or any(view.startswith(o) for o in openings), (pattern, match)

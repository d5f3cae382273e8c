"""The regex gate (issue 15): a pattern is skipped only when it cannot match, so skipping never changes a result."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportminer.demographics import _compiled
from reportminer.exams import wording_for
from reportminer.lexicon import load_lexicon
from reportminer.regexgate import _UNSAFE, Gate, required_strings, safe_to_gate
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
    assert required_strings(r"\baged (?P<age>\d{2,3})\b", re.I) == {"aged "}
    assert required_strings(r"\b(?:he|she|him)\b") == {"he", "him"}  # "she" holds "he"
    assert required_strings(r"(?>abc)\d") == {"abc"}


@pytest.mark.parametrize("pattern", [r"\d+", r"\w{2,}", r"[^a]", r".", r"(a|\d)b?", r"x*"])
def test_regexgate_no_gate_without_a_required_string(pattern):
    assert required_strings(pattern) is None
    assert Gate(re.compile(pattern)).may_match("", True)


def test_regexgate_no_gate_on_text_with_characters_ignorecase_maps_to_ascii():
    gate = Gate(re.compile("kg", re.I))
    text = "5 \u212ag"  # the Kelvin sign, which IGNORECASE matches to "k"
    assert gate.regex.search(text) and not safe_to_gate(text) and gate.may_match(text.lower(), safe_to_gate(text))
    assert not gate.may_match("5 g", True)


def test_regexgate_unsafe_characters_are_all_there_are():
    """Every non-ASCII character that IGNORECASE matches to an ASCII character is in the unsafe set."""
    ascii_class = re.compile(r"[\x00-\x7f]", re.I)
    found = {chr(c) for c in range(128, 0x110000) if ascii_class.match(chr(c))}
    assert found == set(_UNSAFE)


@pytest.mark.parametrize("gate", GATES, ids=lambda g: g.regex.pattern[:40])
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_regexgate_a_matching_text_always_passes(gate, data):
    match = data.draw(st.from_regex(gate.regex, fullmatch=False))
    assert gate.regex.search(match)
    assert gate.may_match(match.lower(), safe_to_gate(match))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("arigfodd kvinnaman herrehesheyo/.,:-0123456789ÅåÄöİıſ\u212aMFK")),
                    max_size=40))
def test_regexgate_never_says_no_to_a_match(text):
    for gate in GATES:
        if gate.regex.search(text):
            assert gate.may_match(text.lower(), safe_to_gate(text)), (gate.regex.pattern, text)


def test_regexgate_folded_lexicon_text_gates_as_matched():
    """On folded notes the age pattern runs exactly where it can match."""
    gate = _compiled((r"(?P<age>\d{2,3}) ?-? ?år(?:i)?g",))[0]
    for text, expected in (("82-årig kvinna", True), ("Kvinna med ont", False), ("Vård på 3 år", False)):
        folded = fold(text)
        assert gate.may_match(folded.lower(), safe_to_gate(folded)) is expected

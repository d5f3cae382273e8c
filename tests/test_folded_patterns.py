"""A lexicon's regular expressions read folded lowercase text: their letters are folded and lowercased, but the letter
after a backslash keeps its case, which is its meaning ("\\W" a character that is no letter, "\\w" one that is). Lowered
whole, "^\\W*(?:mri|ct)" became "^\\w*(?:mri|ct)" and "- MRI pelvis: declined" no longer opened as an exam's line."""
from __future__ import annotations

import pytest

from reportminer.textnorm import folded_alternation, folded_pattern


@pytest.mark.parametrize("pattern, expected", [
    (r"^\W*(?:MR|DT)\b", r"^\W*(?:mr|dt)\b"),
    (r"Ländrygg\w*", r"landrygg\w*"),
    (r"[^ius'\W]s", r"[^ius'\W]s"),
    (r"\S+ \D \B", r"\S+ \D \B"),
    (r"A\.B", r"a\.b"),  # an escaped mark: only the letters around it are lowered
    ("\\\\X", "\\\\x"),  # an escaped backslash: the letter after it is an ordinary letter
    ("Ingen Fraktur", "ingen fraktur"),
])
def test_folded_pattern_lowers_letters_but_not_the_escaped_ones(pattern, expected):
    assert folded_pattern(pattern) == expected


def test_a_folded_alternation_keeps_the_meaning_of_an_uppercase_class():
    regex = folded_alternation([r"^\W*(?:MRI|CT)(?: [\w/-]+){0,3}?\s*[:-] ?declined"])
    assert regex.search("- mri pelvis: declined")
    assert regex.search("mri pelvis: declined")
    assert regex.search("abc mri pelvis: declined") is None  # words before the exam: not a line that opens on it


def test_a_folded_alternation_of_nothing_is_none():
    assert folded_alternation([]) is None

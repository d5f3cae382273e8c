"""The keyword index finds every occurrence of every string, overlapping ones included."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportminer.keywords import KeywordIndex


def test_keywords_finds_overlapping_occurrences_with_their_labels():
    index = KeywordIndex([("he", "a"), ("she", "b"), ("hers", "a"), ("he", "c")])
    found = sorted(index.occurrences("ushers"))
    assert found == [(1, 4, frozenset({"b"})), (2, 4, frozenset({"a", "c"})), (2, 6, frozenset({"a"}))]
    assert index.labels_in("ushers") == {"a", "b", "c"}
    assert index.labels_in("nothing here at all") == {"a", "c"}  # "here" holds "he"
    assert len(index) == 3


def test_keywords_empty_index_finds_nothing():
    index = KeywordIndex([])
    assert list(index.occurrences("anything")) == [] and index.labels_in("anything") == set()


def test_keywords_refuses_an_empty_string():
    with pytest.raises(ValueError, match="empty keyword"):
        KeywordIndex([("", "x")])


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.text(alphabet="ab \x00", min_size=1, max_size=4), min_size=1, max_size=6),
       text=st.text(alphabet="ab \x00", max_size=30))
def test_keywords_agree_with_a_plain_search(words, text):
    index = KeywordIndex((w, w) for w in words)
    expected = sorted((i, i + len(w), w) for w in set(words) for i in range(len(text)) if text.startswith(w, i))
    assert sorted((s, e, next(iter(labels))) for s, e, labels in index.occurrences(text)) == expected

"""Every occurrence of many literal strings in one pass over a text (Aho-Corasick, via pyahocorasick).

Gates elsewhere (the prefilter's anchors, the exam-status wording) know strings that every match of a pattern must
contain (:mod:`reportminer.regexgate`). Looking each string up with ``in`` costs one pass over the text per string;
an Aho-Corasick automaton finds all of them, overlapping ones included, in a single pass.
"""
from __future__ import annotations

from functools import cached_property
from typing import Hashable, Iterable, Iterator

import ahocorasick


class KeywordIndex:
    """Literal strings, each with the set of labels it stands for.

    Parameters
    ----------
    keywords : (string, label) pairs; a string may carry several labels, a label several strings. Empty strings
        are refused: they would occur everywhere and tell nothing.
    """

    def __init__(self, keywords: Iterable[tuple[str, Hashable]]):
        labels: dict[str, set] = {}
        for string, label in keywords:
            if not string:
                raise ValueError(f"empty keyword for {label!r}: it would match everywhere")
            labels.setdefault(string, set()).add(label)
        self._labels = {string: frozenset(found) for string, found in labels.items()}

    def __len__(self) -> int:
        return len(self._labels)

    # Each user asks one of the two questions: the automaton a question needs is built on its first asking.
    @cached_property
    def _automaton(self) -> "ahocorasick.Automaton | None":
        return _automaton(self._labels)

    @cached_property
    def _short(self) -> list[tuple[str, frozenset]]:
        # For ``labels_in``: a very short string ("he") occurs dozens of times in a note, and every occurrence
        # would come back to Python; ``in`` stops at the first one instead.
        return [(string, found) for string, found in self._labels.items() if len(string) <= _SHORT]

    @cached_property
    def _long(self) -> "ahocorasick.Automaton | None":
        return _automaton({string: found for string, found in self._labels.items() if len(string) > _SHORT})

    def occurrences(self, text: str) -> Iterator[tuple[int, int, frozenset]]:
        """(start, end, labels) of every occurrence of every string in ``text``, overlapping ones included, in
        order of their end."""
        if self._automaton is None:
            return
        for last, (length, labels) in self._automaton.iter(text):
            yield last + 1 - length, last + 1, labels

    def labels_in(self, text: str) -> set:
        """The labels of all the strings that occur in ``text``."""
        found: set = set()
        for string, labels in self._short:
            if string in text:
                found |= labels
        if self._long is not None:
            for _, (_, labels) in self._long.iter(text):
                found |= labels
        return found


_SHORT = 2  # strings this short are looked for one by one in labels_in


def _automaton(labels: dict[str, frozenset]) -> "ahocorasick.Automaton | None":
    if not labels:
        return None
    automaton = ahocorasick.Automaton()
    for string, found in labels.items():
        automaton.add_word(string, (len(string), found))
    automaton.make_automaton()
    return automaton

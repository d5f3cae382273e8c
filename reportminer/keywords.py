"""Every occurrence of many literal strings in one pass over a text (Aho-Corasick, via pyahocorasick).

Gates elsewhere (the prefilter's anchors, the exam-status wording) know strings that every match of a pattern must
contain (:mod:`reportminer.regexgate`). Looking each string up with ``in`` costs one pass over the text per string;
an Aho-Corasick automaton finds all of them, overlapping ones included, in a single pass.
"""
from __future__ import annotations

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
        self._automaton = _automaton(labels)
        self.empty = not labels
        # For ``labels_in``: a very short string ("he") occurs dozens of times in a note, and every occurrence
        # would come back to Python; ``in`` stops at the first one instead.
        self._short = [(string, frozenset(found)) for string, found in labels.items() if len(string) <= _SHORT]
        self._long = _automaton({s: found for s, found in labels.items() if len(s) > _SHORT})

    def __len__(self) -> int:
        return 0 if self._automaton is None else len(self._automaton)

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


def _automaton(labels: dict[str, set]) -> "ahocorasick.Automaton | None":
    if not labels:
        return None
    automaton = ahocorasick.Automaton()
    for string, found in labels.items():
        automaton.add_word(string, (len(string), frozenset(found)))
    automaton.make_automaton()
    return automaton

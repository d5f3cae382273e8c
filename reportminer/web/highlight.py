"""Cut a note's text into pieces for display: plain text, mentions (by assertion), evidence sentences.

The pieces are plain strings; templates escape them (autoescape), so note text never becomes markup.
"""
from __future__ import annotations

from dataclasses import dataclass

from .data import ASSERTIONS, MentionRow


@dataclass(frozen=True)
class Piece:
    text: str
    mentions: tuple[MentionRow, ...] = ()
    evidence: bool = False

    @property
    def assertion(self) -> str:
        """The strongest assertion among the mentions covering the piece (it gives the colour)."""
        return min((m.assertion for m in self.mentions),
                   key=lambda a: ASSERTIONS.index(a) if a in ASSERTIONS else len(ASSERTIONS))

    @property
    def title(self) -> str:
        return "; ".join(m.title for m in self.mentions)

    @property
    def concepts(self) -> str:
        return " ".join(dict.fromkeys(m.concept for m in self.mentions))


def find_sentences(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Where each sentence occurs in ``text`` (first occurrence; a sentence not found is left out)."""
    spans = []
    for sentence in sentences:
        sentence = sentence.strip()
        at = text.find(sentence) if sentence else -1
        if at >= 0:
            spans.append((at, at + len(sentence)))
    return spans


def pieces(text: str, spans: list[MentionRow], evidence: list[tuple[int, int]] = (), offset: int = 0) -> list[Piece]:
    """``text`` cut at every mention and evidence boundary; ``offset`` is where ``text`` starts in the note
    (for a sentence shown on its own). Overlapping mentions share a piece; spans outside the text are dropped."""
    end_of_text = len(text)
    marks = [(m.start - offset, m.end - offset, m) for m in spans]
    marks = [(s, e, m) for s, e, m in marks if 0 <= s < e <= end_of_text]
    bounds = {0, end_of_text}
    for s, e, _ in marks:
        bounds.update((s, e))
    for s, e in evidence:
        bounds.update((max(0, s - offset), min(end_of_text, e - offset)))
    cuts = sorted(b for b in bounds if 0 <= b <= end_of_text)
    out: list[Piece] = []
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        covering = tuple(m for s, e, m in marks if s <= a and b <= e)
        in_evidence = any(s - offset <= a and b <= e - offset for s, e in evidence)
        out.append(Piece(text[a:b], covering, in_evidence))
    return out


def note_pieces(text: str, mentions: list[MentionRow], evidence_sentences: list[str]) -> list[Piece]:
    return pieces(text, mentions, find_sentences(text, evidence_sentences))


def sentence_pieces(note_text: str, sentence: str, mentions: list[MentionRow]) -> list[Piece]:
    """One sentence with its mentions highlighted: placed by the note text when there is one, else by
    looking the mention texts up in the sentence (notes stored before the text column existed)."""
    start = note_text.find(sentence) if note_text and sentence else -1
    if start >= 0:
        return pieces(sentence, mentions, offset=start)
    placed, cursor = [], 0
    for m in sorted((m for m in mentions if m.sentence.strip() == sentence.strip()), key=lambda m: m.start):
        at = sentence.find(m.text, cursor)
        if at < 0:
            continue
        placed.append(MentionRow(m.note_id, m.concept, m.assertion, at, at + len(m.text), m.text, m.sentence,
                                 m.section))
        cursor = at
    return pieces(sentence, placed)

"""Whether a note places its unqualified back pain low (CONTRACT.md, "Concept boundaries").

Back pain with no level of its own ("ryggsmärta", "ont i ryggen", "back pain") counts as low-back pain only where
the note places it low. The concept matcher marks such mentions ``placed=False`` (and already drops those that
their own sentence places higher); this module decides, once per note, whether they stay:

* a placed low-back pain statement of the note that is not negated ("lågt sittande ryggsmärta", "lumbago")
  places them low: they refer back to it;
* otherwise a low cue anywhere in the note (lexicon ``back_pain.low``: "ländrygg", "L4-L5", "ischias",
  "utstrålning till benet", "sciatica", "straight leg raise") places them low, unless the note also places back
  pain higher (``back_pain.elsewhere``: "ont mellan skulderbladen", "thoracic back pain");
* else they are no mention.

A low cue that names where bone density was measured (``back_pain.measured``: "T-score ländrygg -2,9", "BMD i
ländryggen"), or joints a report names as imaged or without remark ("SI-leder avbildade: normal signal", "SI-lederna
ua"), says nothing of where it hurts: it places nothing.

The cues are lexicon data. Only a note that holds unqualified back pain is searched for them, and only the
sentences that the prefilter finds a cue word in are tokenized.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from .candidates import Prefilter
from .concepts import LOW_BACK_PAIN
from .lexicon import Lexicon
from .matcher import TokenMatcher
from .patterns import PatternCompiler
from .sections import SectionSplitter
from .textnorm import fold

CUES = ("low", "elsewhere", "measured")


class BackPainPlacement:
    """Keep or drop a note's unqualified back-pain mentions (``Mention.placed`` False) as the note places them."""

    def __init__(self, nlp: Language, compiler: PatternCompiler, lexicon: Lexicon, splitter: SectionSplitter):
        self.nlp = nlp
        self.splitter = splitter
        cues = {key: lexicon.back_pain.get(key, ()) for key in CUES}
        self.cues = TokenMatcher(nlp.vocab)
        for key, entries in cues.items():
            if entries:
                self.cues.add(key, [compiler.compile(e).tokens for e in entries])
        self.prefilter = Prefilter(compiler, replace(lexicon, concepts=cues)) if any(cues.values()) else None

    def resolve(self, text: str, mentions: list) -> list:
        """``mentions`` of the note ``text``, without its unqualified back pain unless the note places it low."""
        if all(m.placed for m in mentions) or self.places_low(text, mentions):
            return mentions
        return [m for m in mentions if m.placed]

    def places_low(self, text: str, mentions: list) -> bool:
        """Whether the note places back pain low (see the module docstring)."""
        if any(m.concept == LOW_BACK_PAIN and m.placed and m.assertion != "negated" for m in mentions):
            return True
        keys = self.cues_in(text)
        return "low" in keys and "elsewhere" not in keys

    def cues_in(self, text: str) -> set[str]:
        """Which kinds of cue (``low``, ``elsewhere``) the note holds."""
        if self.prefilter is None:
            return set()
        folded = fold(text)
        hits = self.prefilter.hits(folded)
        if not hits:
            return set()
        starts = [start for start, _ in hits]
        normalize = self.nlp.get_pipe("reportminer_normalizer")
        keys: set[str] = set()
        for sent in self.splitter.sentences_at(text, starts, folded):
            if self.prefilter.can_match(folded, sent, hits, starts):
                doc = normalize(self.nlp.make_doc(text[sent.start:sent.end]))
                keys.update(_placing(self.cues(doc, as_spans=True)))
        return keys - {"measured"}


def _placing(spans) -> set[str]:
    """The kinds of the cue spans of one sentence, without the low cues inside a bone-density measuring site."""
    measured = [(s.start, s.end) for s in spans if s.label_ == "measured"]
    return {s.label_ for s in spans
            if not (s.label_ == "low" and any(a <= s.start and s.end <= b for a, b in measured))}

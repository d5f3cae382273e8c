"""A hedge in the next sentence: a finding stated bare, then qualified by a short sentence of its own; and a
question settled by a bare answer in the sentence after it ("Buttock pain? No.", see ``NextSentenceHedge.answered``).

"Sakrumfraktur. Ej röntgenverifierad." and "Sacral fracture. Not confirmed on imaging." state the fracture as a
fact and take it back in the sentence after: the fracture is suspected (``uncertain``). ConText reads one sentence
at a time, so this is decided once per note, after it:

* only the last finding of a sentence, and only while it is ``present`` (a negated or otherwise qualified finding
  keeps its assertion; an already suspected one stays suspected), of a concept the lexicon names (context.json
  ``next_sentence_hedges.applies_to``);
* only when the immediately following sentence is, as a whole, one of the lexicon's qualifiers
  (``next_sentence_hedges.patterns``, regular expressions on the folded, lowercased sentence) and holds no finding
  of its own (an exam's name, as in "Not confirmed on MRI.", is no finding).

A question the sentence ends on, about its last finding ("Sakrumfraktur?"), is answered the same way by a short
sentence right after it: "Nej." (``answer_no``) denies the finding, "Ja." (``answer_yes``) states it.

The exam such a qualifier names is the means of confirmation. "Not confirmed on MRI", "Ej bekräftad med DT": the
exam was done, looked at the finding's site (:data:`~reportminer.lexicon.FINDING_REGIONS`) and did not confirm it;
the exam's own status words still decide ("..., as she declined"). A qualifier that says the confirmation is still
to come ("Awaiting confirmation by MRI", "Ännu ej verifierad med MR"; ``exam_awaited``) makes the exam requested,
one that says it never came ("Without MRI confirmation", "Utan verifierande DT"; ``exam_missing``) not done; an
exam word fused into the qualifier ("Ej röntgenverifierad") names no study, and is not done either.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lexicon import FINDING_REGIONS, IMAGING_CONCEPTS, Lexicon
from .sections import Sentence, SectionSplitter
from .textnorm import fold, folded_alternation

_TRAILING = " \t.!;:)"  # what may end a qualifier sentence


def as_answer(sentence: str) -> str:
    """A short sentence as the qualifier and answer patterns read it whole: folded, lower case, without the marks
    that close it ("Nej.", "Yes (since the fall)")."""
    return fold(sentence).lower().rstrip(_TRAILING)


@dataclass(frozen=True)
class Answers:
    """The bare answers of a lexicon (context.json ``next_sentence_hedges``), compiled once: read here for a
    question's finding and by reportminer.exams for a question's study. Each pattern reads a whole answer
    (:func:`as_answer`); ``done_question`` a question that asks whether a study was done."""

    no: re.Pattern | None
    yes: re.Pattern | None
    earlier: re.Pattern | None  # a yes that dates the finding years back ("Ja, för tio år sedan.")
    unknown: re.Pattern | None  # "Not documented.", "Okänt." (a question about a study only)
    done_question: re.Pattern | None

    def assertion(self, answer: str) -> str | None:
        """The assertion an answer gives the question's finding: an answer dating it first, then no, then yes."""
        for assertion, pattern in (("historical", self.earlier), ("negated", self.no), ("present", self.yes)):
            if pattern is not None and pattern.fullmatch(answer):
                return assertion
        return None

    def asks_if_done(self, question: str) -> bool:
        return self.done_question is not None and self.done_question.search(fold(question).lower()) is not None


_ANSWERS: dict[int, tuple[Lexicon, Answers]] = {}


def answers_of(lexicon: Lexicon) -> Answers:
    """The compiled answers of ``lexicon`` (cached per lexicon object)."""
    cached = _ANSWERS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        words = lexicon.next_sentence_answers
        cached = _ANSWERS[id(lexicon)] = (lexicon, Answers(
            *(folded_alternation(words.get(key, ())) for key in
              ("answer_no", "answer_yes", "answer_earlier", "answer_unknown", "done_question"))))
    return cached[1]


_FRACTURES = ("pubic_ramus_fracture", "sacral_fracture", "vertebral_compression_fracture")
_REPLACES = re.compile(r"\b(?:ska|skall|skulle) (?:det )?(?:vara|sta)\b")  # "ska vara ..." names what replaces it
_FIELD_SEPARATORS = ("|", ";", "\n")  # between the fields of one line ("Glucocorticoids: No | RA: No")
_VALUE_COMMENT = re.compile(r"\s*\([^()]*\)\s*[.;]?\s*$")  # "No (sacrum partly obscured by bowel gas)"


class NextSentenceHedge:
    """Make a sentence's last finding ``uncertain`` when the next sentence only says it is unconfirmed."""

    def __init__(self, lexicon: Lexicon, splitter: SectionSplitter):
        self.splitter = splitter
        self.concepts = lexicon.next_sentence_hedge_concepts
        self.qualifier = folded_alternation(lexicon.next_sentence_hedges)
        self.awaited = folded_alternation(lexicon.next_sentence_hedge_exams.get("exam_awaited", ()))
        self.missing = folded_alternation(lexicon.next_sentence_hedge_exams.get("exam_missing", ()))
        self.answers = answers_of(lexicon)
        self.field_no = folded_alternation(lexicon.next_sentence_answers.get("field_no", ()))
        self.field_label = folded_alternation(lexicon.next_sentence_answers.get("field_label", ()))
        self.correction = folded_alternation(lexicon.next_sentence_answers.get("correction", ()))
        self.second_read = folded_alternation(lexicon.next_sentence_answers.get("second_read", ()))
        self.other_read = folded_alternation(lexicon.next_sentence_answers.get("other_read", ()))

    def resolve(self, text: str, by_sentence: list[tuple[Sentence, list]]) -> list:
        """The mentions of ``by_sentence`` (each sentence with its mentions, in text order), flattened, with the
        last finding of a sentence made uncertain where the next sentence only qualifies it, and a finding that the
        next sentence corrects as the correction states it."""
        return self.corrected(text, by_sentence, self._qualified(text, by_sentence))

    def corrected(self, text: str, by_sentence: list[tuple[Sentence, list]], out: list) -> list:
        """A dictation error put right in the sentence after it ("Fraktur i vänster sakralvinge. Rättelse: ska vara
        ingen fraktur i sakralvingen."; context.json ``next_sentence_hedges.correction``, the words that open a
        correction, on the folded, lowercased sentence): a finding of the sentence before takes the assertion of
        the correction's finding of the same concept. ConText reads each sentence alone and would keep both, the
        error's "present" outranking the correction's denial."""
        if self.correction is None and self.second_read is None:
            return out
        fixed: dict[tuple, str] = {}
        for (before, earlier), (sent, mentions) in zip(by_sentence, by_sentence[1:]):
            if self.correction is not None and self.correction.match(fold(text[sent.start:sent.end]).lower()):
                following = self.following(text, before)
                if following is None or following[0].start != sent.start:
                    continue  # only the sentence right before it is corrected
            elif not self._reviews(text, before, sent):
                continue
            findings = {m.concept: m.assertion for m in mentions if m.concept not in IMAGING_CONCEPTS}
            replaces = _REPLACES.search(fold(text[sent.start:sent.end]).lower()) is not None
            for e in earlier:
                if e.concept in findings and e.assertion != findings[e.concept]:
                    fixed[(e.start, e.end, e.concept)] = findings[e.concept]
                elif (replaces and e.concept in _FRACTURES and e.assertion == "present" and e.concept not in findings
                      and any(c in _FRACTURES for c in findings)):
                    # "Sakrumfraktur höger. Rättelse: ska vara ramusfraktur höger.": the site was misheard
                    fixed[(e.start, e.end, e.concept)] = "negated"
        return [replace(m, assertion=fixed[(m.start, m.end, m.concept)]) if (m.start, m.end, m.concept) in fixed
                else m for m in out] if fixed else out

    def _reviews(self, text: str, before: Sentence, sent: Sentence) -> bool:
        """A second reader's sentence ("On review, no sacral fracture is seen.", "Our review: no pubic ramus
        fracture."; ``second_read``) right after one that tells another reader's finding ("The outside report
        describes a right sacral ala fracture."; ``other_read``): the second read puts the first right, as a
        correction does. A review after the note's own finding ("Sacral fracture. On review of the old films, ...")
        corrects nothing."""
        if self.second_read is None or self.other_read is None:
            return False
        # the second read may open the sentence or be the heading right before it ("Second opinion: no ...")
        lead = len(text[before.end:sent.start]) - len(text[before.end:sent.start].lstrip(" \t\r\n."))
        read = self.second_read.match(fold(text[before.end + lead:sent.end]).lower())
        return (read is not None and len(text[before.end + lead:sent.start].rstrip()) <= read.end()
                and self.other_read.search(fold(text[before.start:before.end]).lower()) is not None)

    def _qualified(self, text: str, by_sentence: list[tuple[Sentence, list]]) -> list:
        out = self.answered(text, by_sentence, [m for _, mentions in by_sentence for m in mentions])
        out = self.field_values(text, by_sentence, out)
        if self.qualifier is None:
            return out
        for sent, mentions in by_sentence:
            last = max(mentions, key=lambda m: m.start, default=None)
            if last is None or last.concept not in self.concepts or last.assertion not in ("present", "uncertain"):
                continue
            following = self.following(text, sent)
            qualifier = as_answer(following[1]) if following is not None else ""
            if following is None or not self.qualifier.fullmatch(qualifier):
                continue
            start, end = following[0].start, following[0].end
            if any(start <= m.start < end and m.concept not in IMAGING_CONCEPTS for m in out):
                continue  # "Not confirmed. Pubic ramus fracture." is another finding
            out = [replace(m, assertion="uncertain") if m is last
                   else self._exam(m, text, qualifier, last.concept) if start <= m.start < end else m for m in out]
        return out

    def answered(self, text: str, by_sentence: list[tuple[Sentence, list]], out: list) -> list:
        """A question and its bare answer in the sentence after ("Buttock pain? No.", "Osteoporosis? Yes."): the
        question's last finding, doubted or asked by its "?", takes the answer (context.json
        ``next_sentence_hedges.answer_no`` / ``answer_yes``). A sentence that goes on ("Sacral fracture? No CT
        available.") answers nothing."""
        if self.answers.no is None and self.answers.yes is None and self.answers.earlier is None:
            return out
        for sent, mentions in by_sentence:
            if not text[sent.start:sent.end].rstrip().endswith("?"):
                continue
            findings = [m for m in mentions if m.concept not in IMAGING_CONCEPTS]
            # a question about a study alone ("Has she had a CT of the pelvis? No.", "DT bäcken? Nej."): the answer
            # tells the study done or not
            last = max(findings or mentions, key=lambda m: m.start, default=None)
            if last is None or last.assertion not in ("uncertain", "hypothetical"):
                continue
            following = self.following(text, sent)
            if following is None:
                continue
            answer = as_answer(following[1])
            settled = self.answers.assertion(answer)
            if settled == "present" and not findings and not self.answers.asks_if_done(text[sent.start:sent.end]):
                continue  # "MR bäcken? Ja." proposes the study: a yes orders it, as the question does
            if settled is not None:
                out = [replace(m, assertion=settled) if m is last else m for m in out]
        return out

    def field_values(self, text: str, by_sentence: list[tuple[Sentence, list]], out: list) -> list:
        """A finding named by a field's label and denied by the field's value ("Sacral fracture: No", "Steroid use:
        N", "Vertebral fractures identified: none", "Glucocorticoids: No | Rheumatoid arthritis: No"; context.json
        ``next_sentence_hedges.field_no``, on the whole folded, lowercased value, without a closing bracket's
        comment): a present finding becomes negated. The label is the field's text from the sentence's start or
        a field separator ("|", ";") to its colon; the value runs to the next separator or the sentence's end."""
        if self.field_no is None:
            return out
        denied = set()
        for sent, mentions in by_sentence:
            sentence = text[sent.start:sent.end]
            if ":" not in sentence:
                continue
            for m in mentions:
                if m.assertion != "present" or m.concept in IMAGING_CONCEPTS:
                    continue
                start, end = m.start - sent.start, m.end - sent.start
                field_start = max(sentence.rfind(sep, 0, start) for sep in _FIELD_SEPARATORS) + 1
                colon = sentence.find(":", end)
                if colon < 0 or ":" in sentence[field_start:start] or not self._label_tail(sentence[end:colon]):
                    continue
                value_end = min((i for i in (sentence.find(sep, colon) for sep in _FIELD_SEPARATORS) if i >= 0),
                                default=len(sentence))
                value = _VALUE_COMMENT.sub("", fold(sentence[colon + 1:value_end]).lower()).strip().rstrip(_TRAILING)
                if self.field_no.fullmatch(value):
                    denied.add(id(m))
        return [replace(m, assertion="negated") if id(m) in denied else m for m in out] if denied else out

    def _label_tail(self, tail: str) -> bool:
        """Whether the words between a label's finding and its colon keep the label about the finding ("Steroid
        use", "Vertebral fractures identified"; context.json ``next_sentence_hedges.field_label``): not another
        thing ("Osteoporosis treatment: none")."""
        tail = fold(tail).lower().strip()
        return not tail or (self.field_label is not None and self.field_label.fullmatch(tail) is not None)

    def _exam(self, exam, text: str, qualifier: str, concept: str):
        """The exam a qualifier names (see the module docstring)."""
        # an exam word that is part of the qualifier's own word ("Ej röntgenverifierad", "Not MRI-confirmed")
        after = text[exam.end:exam.end + 2]
        fused = (after[:1].isalpha() or (after[:1] == "-" and after[1:].isalpha())
                 or self.qualifier.search(fold(exam.text).lower()) is not None)
        if fused or (self.missing is not None and self.missing.search(qualifier)):
            return replace(exam, assertion="negated")
        if self.awaited is not None and self.awaited.search(qualifier):
            return replace(exam, assertion="hypothetical")
        region = FINDING_REGIONS.get(concept) if exam.region in (None, "other") else exam.region
        return replace(exam, assertion="present", region=region or exam.region)

    def following(self, text: str, sent: Sentence) -> tuple[Sentence, str] | None:
        """The sentence right after ``sent`` and its text, or None at the end of the note or of the section."""
        pos = sent.end
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return None
        found = self.splitter.sentences_at(text, [pos])
        if not found or found[0].start != pos or found[0].section != sent.section:
            return None  # a heading stands between them: the next sentence speaks of something else
        return found[0], text[found[0].start:found[0].end]

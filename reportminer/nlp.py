"""One pipeline per language: raw note text in, concept mentions out.

Work is done in proportion to what can matter: a prefilter on the raw text (candidates.py) finds the sentences
that can hold a concept; only those are tokenized and run through the spaCy components. A test checks that the
prefilter never loses a mention the full analysis finds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Span
from spacy.util import compile_infix_regex

from . import concepts as _concepts  # noqa: F401  (registers the components)
from . import context as _context  # noqa: F401
from .candidates import Prefilter
from .concepts import LOW_BACK_PAIN, cached_lexicon, make_compiler
from .context import CHILD_INFORMANT_KEY, NOTE_DAY_KEY, NOTE_TYPE_KEY, NOTE_YEAR_KEY, SECTION_KEY, TITLE_KEY, YEAR
from .dates import stated_exam_date
from .hedges import NextSentenceHedge
from .lexicon import FRACTURE_CONCEPTS, IMAGING_CONCEPTS, Lexicon
from .placement import BackPainPlacement
from .regexgate import AnyOf, Gate, GateSet, gate_view
from .sections import Sentence, SectionSplitter, in_empty_field
from .textnorm import INSIDE_WORD_INVISIBLES, ReadText, dictated, fold, folded_alternation, folded_pattern, read_text

VCF = "vertebral_compression_fracture"
_EXAM_CACHE_LIMIT = 10_000  # distinct exam names remembered per pipeline
# what an earlier document pasted into a note states is historical
_QUOTED_HISTORY = frozenset(FRACTURE_CONCEPTS) | {LOW_BACK_PAIN}
# Split "L1-kotan", "Th12/L1", "s/p", "sup/inf" inside a token when a letter stands on one side; leave dates
# ("2024-03-01") and numbers whole. The Unicode hyphens (U+2010, and U+2011 that word processors put in to keep
# "Th12‑kotan" on one line) cut as "-" does.
_EXTRA_INFIXES = [r"(?<=[^\W\d_])[-–\u2010\u2011/:+](?=\w)", r"(?<=\w)[-–\u2010\u2011/:+](?=[^\W\d_])",
                  r"(?<=\w)\?(?=\w)",
                  # the cells of a semicolon- or pipe-separated export written without spaces ("CT pelvis;2025-02-12;
                  # Final;No fracture of the sacrum", "MR bäcken;2025-05-06;Besvarad;Ingen fraktur i sakrum"): each
                  # cell's words are words of their own, so "No"/"Ingen" can deny
                  r"(?<=\w)[;|](?=\w)"]


@dataclass(frozen=True)
class Mention:
    concept: str
    assertion: str
    start: int
    end: int
    text: str
    section: str
    region: str | None
    sentence: str
    placed: bool = True  # False: back pain with no level of its own, kept because the note places it low


def build_nlp(language: str, lexicon_dir: str | None = None) -> Language:
    """A blank spaCy pipeline of ``language`` with reportminer's tokenizer rules and components."""
    nlp = spacy.blank(language)
    infixes = list(nlp.Defaults.infixes) + _EXTRA_INFIXES
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    _split_capitals_like_lower_case(nlp)
    _split_dotted_capitals_like_lower_case(nlp, cached_lexicon(language, lexicon_dir))
    _drop_bracket_emoticons(nlp)
    nlp.add_pipe("reportminer_normalizer")
    config = {"language": language, "lexicon_dir": lexicon_dir}
    nlp.add_pipe("reportminer_concepts", config=config)
    nlp.add_pipe("reportminer_context", config=config)
    return nlp


def _drop_bracket_emoticons(nlp: Language) -> None:
    """Split a bracket from the colon or semicolon beside it: spaCy keeps emoticons such as "):" and ":(" whole, so
    that "CTPA (?PE - negative): incidental L1 fracture" would hide both the bracket and the colon that end the
    negation's scope. Notes hold no emoticons worth a token of their own."""
    rules = nlp.tokenizer.rules
    kept = {key: pieces for key, pieces in rules.items()
            if any(c.isalnum() for c in key) or not any(c in "()[]{}" for c in key)}
    if len(kept) != len(rules):
        nlp.tokenizer.rules = kept


def _split_capitals_like_lower_case(nlp: Language) -> None:
    """Give contractions written in capitals the tokens of their lower-case spelling: reports printed in capitals
    write "CANNOT BE EXCLUDED" and "DOESN'T", which spaCy's exceptions would leave whole, so that no trigger
    ("cannot be excluded") would find them."""
    rules = nlp.tokenizer.rules
    for key, pieces in list(rules.items()):
        upper = key.upper()
        if key.islower() and upper not in rules and ("'" in key or "’" in key or key == "cannot"):
            nlp.tokenizer.add_special_case(upper, [{ORTH: piece[ORTH].upper(), NORM: piece.get(NORM, piece[ORTH])}
                                                   for piece in pieces])


_DOTTED = re.compile(r"[^\W\d_]{1,5}(?:\.[^\W\d_]{1,5})+\.?")  # "u.a.", "t.ex.", "p.g.a", "s.k."


def _split_dotted_capitals_like_lower_case(nlp: Language, lexicon: Lexicon) -> None:
    """Give the lexicon's dotted abbreviations written in capitals the tokens of their lower-case spelling. spaCy
    cuts the last full stop off "u.a." (a lower-case letter before it) but keeps "U.A." whole, so that in a report
    printed in capitals ("SAKRUM U.A.") no trigger written "u.a." would find it."""
    words = {w for trigger in lexicon.triggers for entry in trigger.entries if isinstance(entry, str)
             for w in entry.split()} | {a if a.endswith(".") else a + "." for a in lexicon.abbreviations}
    for word in sorted(w for w in words if _DOTTED.fullmatch(w) and w.islower()):
        upper = word.upper()
        lower_pieces = [t.text for t in nlp.make_doc(word)]
        if len(lower_pieces) > 1 and len(nlp.make_doc(upper)) != len(lower_pieces) and upper not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(upper, [{ORTH: piece.upper()} for piece in lower_pieces])


class NotePipeline:
    """Everything needed to turn notes of one language into mentions."""

    sentence_memo_size = 20_000  # analysed sentences remembered (about 10 MB); 0: none

    def __init__(self, language: str, lexicon_dir: str | None = None):
        self.language = language
        self.lexicon = cached_lexicon(language, lexicon_dir)
        self.nlp = build_nlp(language, lexicon_dir)
        self.splitter = SectionSplitter(self.lexicon)
        compiler = make_compiler(self.nlp, self.lexicon)
        self.prefilter = Prefilter(compiler, _with_unplaced_back_pain(self.lexicon))
        self.placement = BackPainPlacement(self.nlp, compiler, self.lexicon, self.splitter)
        self.hedge = NextSentenceHedge(self.lexicon, self.splitter)
        self.level = re.compile(compiler.class_regex("LEVEL"), re.IGNORECASE)
        self._exams: dict[str, tuple[str, str] | None] = {}
        self._sentence_memo: dict[tuple, tuple] = {}
        # each informant pattern on its own behind its gate: one alternation costs a pass over every note
        self.child_informants = AnyOf(re.compile(folded_pattern(p)) for p in self.lexicon.child_informants)
        self.report_verb = folded_alternation([rf"\b(?:{v})\b" for v in self.lexicon.report_verbs])
        self.dictation = tuple((re.compile(p, re.IGNORECASE | re.MULTILINE), chars)
                               for p, chars in self.lexicon.dictation)
        # Nearly no note was dictated: the rules a text cannot match (it lacks "full stop", "know", "m r i"...) are
        # told by one keyword pass and not run; run, they took a sixth of an English note's extraction.
        self._dictation_gates = GateSet(Gate(pattern) for pattern, _ in self.dictation)

    def read(self, text: str, read: ReadText | None = None) -> ReadText:
        """``text`` as every stage reads it (textnorm.read_text), with what speech recognition wrote for a word or a
        mark read as that word or mark (sections.json ``dictation``: "full stop", "in tact", "M R I"). ``read``, when
        given, is ``read_text(text)`` already done (a caller that read the text to tell its language)."""
        read = read_text(text) if read is None else read
        if not self.dictation:
            return read
        rules = [self.dictation[i] for i in self._dictation_gates.open(gate_view(read.text))]
        return read.rewritten(lambda t: dictated(t, rules)) if rules else read

    def candidate_sentences(self, text: str) -> list[Sentence]:
        """The sentences that can hold a concept, found on the raw text: the rest are never tokenized."""
        folded = fold(text)
        hits = self.prefilter.hits(folded)
        if not hits:
            return []
        starts = [start for start, _ in hits]
        sentences = self.splitter.sentences_at(text, starts, folded)
        return [s for s in sentences if self.prefilter.can_match(folded, s, hits, starts)]

    def extract(self, text: str, prefilter: bool = True, note_type: str | None = None,
                note_year: int | None = None, note_date=None) -> list[Mention]:
        """Mentions of one note, in text order. ``prefilter=False`` analyses every sentence (for tests).

        ``note_type`` (CONTRACT.md) tells a radiology report from a clinical note: in a radiology report's
        history field "?X" is the referral's question; None (not known) reads it so too. ``note_year``, the year
        of the note's date, keeps a fracture dated this year (or later) from reading as historical. ``note_date``
        (a Timestamp), when given, dates the reports and notes the note quotes (:func:`_dated_quotes`).
        """
        read = self.read(text)  # zero-width spaces read as spaces, "lÃ¤ndrygg" as "ländrygg", "in tact" as "intact"
        mentions = self.extract_read(read.text, prefilter, note_type, note_year, note_date)
        if read.text is not read.written:  # offsets and quotes into the note as written
            mentions = [_as_written(m, read) for m in mentions]
        return mentions

    def extract_read(self, text: str, prefilter: bool = True, note_type: str | None = None,
                     note_year: int | None = None, note_date=None) -> list[Mention]:
        """:meth:`extract` of a text already read (:meth:`read`'s ``.text``), with offsets into that text: for a
        caller that has read the note once and keeps working on the text as read."""
        # the prefilter reads raw text, where a soft hyphen splits a term ("sak\u00adrum"); the matcher reads
        # through it, so such a (rare) note has every sentence analysed
        if prefilter and not text.isascii() and INSIDE_WORD_INVISIBLES.search(text):
            prefilter = False
        sentences = self.candidate_sentences(text) if prefilter else self.splitter.sentences(text)
        if note_type:  # a heading that opens no section in this kind of note ("Åtgärder:" in an epikris lists the done)
            sentences = [replace(s, section=None) if s.section is not None and note_type in s.section.not_in_note_types
                         else s for s in sentences]
        # who tells the note matters only to sentences that are analysed: most notes have none
        informant = bool(sentences) and self.child_informants.search(fold(text).lower())
        by_sentence = list(zip(sentences, self.extract_sentences(text, sentences, note_type, note_year, informant,
                                                                   note_date)))
        mentions = self.hedge.resolve(text, by_sentence)  # "Sakrumfraktur. Ej verifierad." is suspected
        mentions = self.placement.resolve(text, mentions)  # back pain with no level stays where the note places it low
        # a blank form's unanswered fields ("Kortisonbehandling: " + "Reumatisk sjukdom: ") ask, as "Ja/Nej" does;
        # an exam's name there is left to the exam rules
        mentions = [replace(m, assertion="hypothetical") if m.concept not in IMAGING_CONCEPTS
                    and m.assertion == "present" and in_empty_field(text, m.start) else m for m in mentions]
        return self._earlier_documents(text, mentions, note_date)  # "Previous report (XR 2023) for reference:"

    def _earlier_documents(self, text: str, mentions: list[Mention], note_date) -> list[Mention]:
        """A fracture or low-back pain stated present or suspected inside an earlier document pasted into the note is
        that document's finding: historical. Such a document is announced by a line of the lexicon's
        ``quote_openers`` ("Previous report (XR pelvis 11.09.2023) for reference:", SectionSplitter.quoted), or
        quoted under a line that introduces it with a colon and dates it more than a year before the note
        (:func:`_dated_quotes`)."""
        if not mentions:
            return mentions
        spans = self.splitter.quoted(text)
        if note_date is not None and any(q in text for q in _QUOTES):
            spans += _dated_quotes(text, note_date, self.lexicon)
        if not spans:
            return mentions
        return [replace(m, assertion="historical") if m.concept in _QUOTED_HISTORY
                and m.assertion in ("present", "uncertain") and any(start <= m.start < end for start, end in spans)
                else m for m in mentions]

    def extract_sentences(self, text: str, sentences: list[Sentence], note_type: str | None = None,
                          note_year: int | None = None, child_informant: bool = False, note_date=None):
        """The mentions of each sentence, one list per sentence.

        A sentence's mentions depend on its text, its section, the note's type and whether it is a title line,
        nothing else: a sentence met again with the same four (templates, "Ingen fraktur.") is not analysed again
        but read from a bounded memo (``sentence_memo_size`` entries; 0 turns it off).
        """
        # A note has a handful of candidate sentences: calling the components directly skips nlp.pipe's
        # batching machinery, which costs more than the components on docs this small.
        components = [component for _, component in self.nlp.pipeline]
        memo = self._sentence_memo
        for sent in sentences:
            sentence = text[sent.start:sent.end]
            title = note_type == "radiology" and is_title_line(text, sent, self.report_verb)
            # the note's year matters only to a sentence that writes a year: the others keep one memo entry
            year = note_year if note_year is not None and YEAR.search(sentence) else None
            # and its day, for a finding dated by a day or a month of a year ("Ramusfraktur hö 2022-11-03")
            day = note_date if year is not None and note_date is not None else None
            key = (sentence, sent.section, note_type, title, year, day, child_informant)
            found = memo.get(key)
            if found is None:
                doc = self.nlp.make_doc(sentence)
                doc.user_data[SECTION_KEY] = sent.section
                doc.user_data[NOTE_TYPE_KEY] = note_type
                doc.user_data[TITLE_KEY] = title
                doc.user_data[NOTE_YEAR_KEY] = year
                doc.user_data[NOTE_DAY_KEY] = day
                doc.user_data[CHILD_INFORMANT_KEY] = child_informant
                for component in components:
                    doc = component(doc)
                found = tuple(_found(span) for span in self._one_per_finding(doc.spans["concepts"]))
                if self.sentence_memo_size:
                    if len(memo) >= self.sentence_memo_size:
                        memo.clear()
                    memo[key] = found
            section = sent.section.name if sent.section else ""
            yield [Mention(concept, assertion, sent.start + start, sent.start + end, span_text, section, region,
                           sentence, placed) for concept, assertion, start, end, span_text, region, placed in found]

    def _one_per_finding(self, spans) -> list:
        """Spans with the descriptions of one compression joined ("compression fracture of L1 with 40% loss of
        height", "T12 compression deformity, now with 60% height loss"): a later vertebral compression span of the
        sentence that names no level of its own and has the same assertion as an earlier one is the same finding,
        so the earlier span is extended over it (as overlapping matches are joined in concepts.py)."""
        kept: list = []
        for span in spans:
            same = [i for i, k in enumerate(kept) if k.label_ == VCF and k._.assertion == span._.assertion]
            if span.label_ == VCF and same and not any(self.level.fullmatch(t.norm_) for t in span):
                first = kept[same[-1]]
                joined = Span(span.doc, first.start, max(first.end, span.end), label=VCF)
                joined._.assertion = first._.assertion
                kept[same[-1]] = joined
                continue
            kept.append(span)
        return kept

    def assert_span(self, text: str, start: int, end: int, concept: str | None = None) -> str:
        """The assertion of an arbitrary span, judged in its sentence and section.

        ``concept`` names the span's concept: one of the lexicon's gets its own triggers; any other string gets
        the general triggers (those that apply to ``"*"``). None lets the lexicon say: a span that overlaps a
        fracture the concept lexicon finds there ("Chronic compression deformity of T8", "Vertebral body heights
        are maintained") is judged as that fracture, as mentions.csv judges it (the fracture rules follow ConText's
        conventions: chronic, old and healed are historical); any other span gets the general triggers.
        """
        sentences = self.splitter.sentences(text)
        sent = next((s for s in sentences if s.start <= start < s.end), None)
        if sent is None:
            sent = Sentence(start, end, None)
        sent = Sentence(min(sent.start, start), max(sent.end, end), sent.section)
        doc = self.nlp.make_doc(text[sent.start:sent.end])
        doc.user_data[SECTION_KEY] = sent.section
        self.nlp.get_pipe("reportminer_normalizer")(doc)
        span = doc.char_span(start - sent.start, end - sent.start, alignment_mode="expand")
        if concept is None and self.prefilter.hits(fold(doc.text)):  # most general spans name no fracture
            concept = self._concept_over(doc, span)
        span = Span(doc, span.start, span.end, label=concept or "span")
        doc.spans["concepts"] = [span]
        context = self.nlp.get_pipe("reportminer_context")
        return context.assert_span(span, context.match(doc), sent.section)

    def _concept_over(self, doc, span) -> str | None:
        """The fracture concept of the mention the concept lexicon finds most overlapping ``span``, if any."""
        # on a copy: the concept component may retokenize ("L1-\nfraktur"), and ``span`` belongs to ``doc``
        found = self.nlp.get_pipe("reportminer_concepts")(doc.copy()).spans.get("concepts", [])
        start, end = span.start_char, span.end_char
        overlap = [(min(m.end_char, end) - max(m.start_char, start), m.label_) for m in found
                   if m.start_char < end and start < m.end_char and m.label_ in FRACTURE_CONCEPTS]
        return max(overlap)[1] if overlap else None

    def sacrum_assessed(self, sentences: list[str]) -> bool:
        """Whether one of ``sentences`` explicitly describes the sacrum or the SI joints (for lumbar-spine studies;
        :mod:`reportminer.exams` passes only the sentences that name them)."""
        # the matchers read the tokens' NORMs, with broken words mended, and nothing the concept and context
        # components find: the rest of the pipeline is not run
        normalize = self.nlp.get_pipe("reportminer_normalizer")
        pipe = self.nlp.get_pipe("reportminer_concepts")
        for sentence in sentences:
            doc = normalize(self.nlp.make_doc(sentence))
            pipe.mend_broken_words(doc)
            found = pipe.assessed.find(doc)
            if not found:
                continue
            # what the concept lexicon excludes is no reading of the sacral bone ("the sacral nerve roots are normal")
            excluded = pipe.exclusions.find(doc)
            if any(not any(e_start < end and start < e_end for e_start, e_end, _ in excluded)
                   for start, end, _ in found):
                return True
        return False

    def exam(self, exam: str) -> tuple[str, str, str, str] | None:
        """Modality concept, region, the words after the modality and the name up to the end of the modality word, of
        an ordered exam's name as read ("MR bäcken" -> imaging_mri, pelvis, " bäcken", "MR"; a procedure code read
        as the name it stands for)."""
        if not exam or not exam.strip():
            return None
        # A region's reports name their exams from a short catalogue: each name is read once.
        if exam not in self._exams:
            if len(self._exams) >= _EXAM_CACHE_LIMIT:
                self._exams.clear()
            self._exams[exam] = self._read_exam(exam)
        return self._exams[exam]

    def _read_exam(self, exam: str) -> tuple[str, str, str, str] | None:
        codes = self.lexicon.exam_procedure_codes
        if codes:  # "72195", "MRI 72195": a procedure code names its exam (exams.json "procedure_codes")
            exam = _PROCEDURE_CODE.sub(lambda m: codes.get(m.group(), m.group()), exam)
        # read as a title line that ends in a full stop: a name that ends with its modality word ("Trauma CT") then
        # reads as the same words in a report's text, where something always follows them ("Trauma CT." is head to
        # pelvis; "Trauma CT head" is not)
        for span in self.nlp(exam + " .").spans["concepts"]:
            if span.label_ in IMAGING_CONCEPTS:
                return span.label_, span._.region or "other", exam[span.end_char:], exam[:span.end_char]
        return None


_PROCEDURE_CODE = re.compile(r"(?<![\w.,/-])\d{5}(?![\w.,/-])")  # a five-digit code standing alone in an exam's name
_QUOTES = '"\u201d\u201c\u201e\u00ab\u00bb'
# a quotation that opens a line, after a line that introduces it with a colon ("Kopierat från akutanteckning
# 2022-02-01:" + a quoted note; "svar då:" + a quoted report), up to its closing quote; a quotation on the colon's own
# line is more often the patient's words ('Pat. berättar: "föll 2019 och har haft ont sedan dess"')
_QUOTED_BLOCK = re.compile(r'(?m)^(?P<intro>[^\n]*:)[ \t]*\r?\n[ \t]*[' + _QUOTES + r']'
                           r'(?P<body>[^' + _QUOTES + r']{1,4000})[' + _QUOTES + r']')
_EARLIER_EPISODE_DAYS = 365  # CONTRACT.md: an index finding more than a year after the last starts a new episode


def _dated_quotes(text: str, note_date, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The spans of reports or notes of an earlier episode quoted in this one: in quotes after a line that introduces
    them, with a date more than a year before the note in that line or the quotation's first ("Utreddes hösten 2022,
    svar då:" + '"MR BÄCKEN 2022-11-03 UTLÅTANDE: Insufficiensfraktur ..."'; "Kopierat från akutanteckning
    2022-02-01:" + '"Bedömning: Ramusfraktur vä"'). This episode's report quoted ("Svar MR bäcken 2/9 inklistrat:" +
    '"Insufficiensfraktur ..."') is none."""
    spans = []
    for m in _QUOTED_BLOCK.finditer(text):
        first_line = m.group("body").split("\n", 1)[0]
        # the quotation's first line dates it by a date written there (a report's header "MR BÄCKEN 2022-11-03"); a
        # time back in its prose dates what it tells ("det känns som förra gången för tre år sedan"), not the text
        intro = m.group("intro") + (" " + first_line if _WRITTEN_DATE.search(first_line) else "")
        dated = stated_exam_date(intro, note_date, lexicon)
        if dated is not None and (note_date - dated).days > _EARLIER_EPISODE_DAYS:
            spans.append((m.start("body"), m.end("body")))
    return spans


_WRITTEN_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|[-'’]\d\d\b")


def _as_written(mention: Mention, read: ReadText) -> Mention:
    start, end, text = read.span(mention.start, mention.end)
    return replace(mention, start=start, end=end, text=text)


def _found(span) -> tuple:
    """What a mention keeps of its span, offsets in the sentence (see NotePipeline.extract_sentences)."""
    ext = span._  # each ``span._`` makes a new accessor object: made once
    return (span.label_, ext.assertion, span.start_char, span.end_char, span.text, ext.region, ext.placed)


def is_title_line(text: str, sent: Sentence, report_verb: re.Pattern | None = None) -> bool:
    """Whether ``sent`` may be a radiology report's exam title line: it stands in a section that names the exam
    ("EXAM:", "Undersökning:"), or on the note's first line ("MRI LUMBAR SPINE FOR COMPRESSION FRACTURE").
    The context component then also needs the exam's name before the purpose word."""
    if sent.section is not None:
        return sent.section.title
    if "\n" in text[:sent.start].strip():
        return False
    # a report written as one paragraph has no title line: a long first line that reports a finding ("Radiograph of
    # the pelvis in a 79-year-old woman with buttock pain shows a band in the left sacral ala, which could represent
    # an insufficiency fracture") is prose, and its hedges keep their say
    first = text.lstrip().split("\n", 1)[0]
    return (len(first.split()) <= _TITLE_WORDS or report_verb is None
            or report_verb.search(fold(first).lower()) is None)


_TITLE_WORDS = 25  # a title line is short: the exam, perhaps its purpose and a few words of history


def _with_unplaced_back_pain(lexicon: Lexicon) -> Lexicon:
    """The lexicon whose low-back pain patterns include back pain with no level, for the prefilter: a sentence
    that can hold one is analysed (the note decides later whether it counts)."""
    unplaced = lexicon.back_pain.get("unplaced", ())
    if not unplaced:
        return lexicon
    return replace(lexicon, concepts={**lexicon.concepts, LOW_BACK_PAIN: lexicon.concepts[LOW_BACK_PAIN] + unplaced})


@lru_cache(maxsize=None)
def get_pipeline(language: str, lexicon_dir: str | None = None) -> NotePipeline:
    return NotePipeline(language, lexicon_dir)

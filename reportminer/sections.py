"""Section headings and sentence boundaries on the raw text of a note (cheap: regular expressions only).

A heading opens a section at the start of a line: "Frågeställning: ramusfraktur?", "FINDINGS", "A/P:".
A heading in capitals may run on into its text ("IMPRESSION No fracture"); one in lower or mixed case
needs a colon or a line of its own, so that ordinary sentences starting with "Status" or "Plan" stay text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import Lexicon, SectionRule
from .textnorm import fold, folded_alternation

MAX_SENTENCE_CHARS = 1500  # longer runs are cut at whitespace so that every later step stays linear
LINE_MEMO_SIZE = 20_000  # split lines remembered per splitter (a few MB)


@dataclass(frozen=True)
class Section:
    rule: SectionRule | None
    heading_start: int
    body_start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    section: SectionRule | None


class SectionSplitter:
    """Find sections and sentences in the raw text of notes of one language."""

    def __init__(self, lexicon: Lexicon):
        self._rules: dict[str, SectionRule] = {}
        alternatives = []
        for rule in lexicon.sections:
            for heading in rule.headings:
                key = _heading_key(heading)
                self._rules.setdefault(key, rule)
                alternatives.append(r"\s+".join(re.escape(w) for w in key.split()))
        alternatives.sort(key=len, reverse=True)
        # Up to three first characters of every heading (to its first space, which the expression reads as
        # any whitespace): a place where none of them starts cannot open a heading, so the long alternation is
        # tried only where one does.
        prefixes = {key[:3].split(" ")[0] for key in self._rules}
        self._prefixes = [frozenset(p for p in prefixes if len(p) == n) for n in (1, 2, 3)]
        self._decorated = any(key[0] in _DECORATION for key in self._rules)
        self._keys: dict[str, SectionRule] = {}  # heading as written -> its rule
        # a heading may carry its day or time before its colon ("Tillägg 13/1:", "Tilläggssvar 2024-06-12:",
        # "Tillägg kl. 15.30:"), and a question's heading may take a spaced dash for its colon ("Frgst - lumbago")
        # and the source of its text ("Remiss från VC:", "Anamnes från dottern:": lexicon ``heading_sources``), in at
        # most three words before its colon
        sources = folded_alternation(lexicon.heading_sources)
        source = (r"(?:[ \t]+(?:" + sources.pattern + r")(?:[ \t]+[\w./-]+){1,3}(?=[ \t]*:))?") if sources else ""
        self._heading = re.compile(
            r"^[ \t>*#-]*(?P<h>" + "|".join(alternatives) + r")(?![\w/])" + source +
            r"(?:[ \t]+(?:kl\.?[ \t]*)?\d[\d/.:-]*(?=[ \t]*:))?[ \t]*(?P<colon>:|[-\u2013](?=[ \t]))?",
            re.IGNORECASE | re.MULTILINE,
        )
        # A heading may also follow a sentence on the same line when a colon marks it: "Rtg ländrygg. Fynd: ..."
        self._inline_heading = re.compile(
            r"(?<=[.!?]\s)(?P<h>" + "|".join(alternatives) + r")[ \t]*(?P<colon>:)", re.IGNORECASE)
        abbreviations = sorted({fold(a).lower().rstrip(".") for a in lexicon.abbreviations}, key=len, reverse=True)
        self._abbrev = re.compile(r"(?:^|[\s(])(?:" + "|".join(re.escape(a) for a in abbreviations) + r")\.$",
                                  re.IGNORECASE) if abbreviations else None
        # The last note's sections: a note is split for its candidate sentences, then again in full when it names
        # an exam (exams.py); the second pass reuses the first's work. One tuple, replaced whole, so that threads
        # sharing a pipeline never mix two notes' entries.
        self._memo: tuple[str | None, list[Section]] = (None, [])
        # A line's sentences depend on that line alone, and notes repeat lines (templates, headings, "Ingen
        # fraktur."): each distinct line is split once, its spans kept relative to its start.
        self._lines: dict[str, tuple[tuple[int, int], ...]] = {}
        self._stops: dict[str, bool] = {}  # the words before a full stop -> whether it ends the sentence
        self._continuations = frozenset(fold(w).lower() for w in lexicon.line_continuations)
        openers = lexicon.report_openers
        self._report_opener = re.compile("|".join(f"(?:{o})" for o in openers), re.IGNORECASE) if openers else None
        quote_openers, quote_ends = lexicon.quote_openers, lexicon.quote_ends
        self._quote_opener = (re.compile("|".join(f"(?:{o})" for o in quote_openers), re.MULTILINE)
                              if quote_openers else None)
        self._quote_end = re.compile("|".join(f"(?:{o})" for o in quote_ends)) if quote_ends else None
        # a form's question answered on its line (lexicon ``answered_questions``): its "?" ends no sentence
        self._answered = folded_alternation(lexicon.answered_questions)
        # a request's question in words before a colon ("frågeställning:", "clinical question:"): the questions
        # listed after it are one sentence, so that each is asked ("Rtg bäcken, frågeställning: Ramusfraktur?
        # Sakrumfraktur?"); see _lists_questions
        asking = sorted({fold(w).lower() for w in lexicon.asking_words}, key=len, reverse=True)
        self._asked = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in asking) + r")[ \t]*:",
                                 re.IGNORECASE) if asking else None
        labels = sorted({fold(w).lower() for w in lexicon.present_labels}, key=len, reverse=True)
        self._present_label = re.compile(
            r"(?:" + "|".join(r"\s+".join(re.escape(x) for x in w.split()) for w in labels) + r")(?![\w/-])",
            re.IGNORECASE) if labels else None

    def quoted(self, text: str) -> list[tuple[int, int]]:
        """The spans of earlier documents pasted into a note: from the end of a line that announces one (lexicon
        ``quote_openers``, "Previous report (XR pelvis 11.09.2023) for reference:", "his previous MRI report is
        pasted below:"; the announcing line's text after its colon is quoted too) to a blank line, a line that
        returns to the present (``quote_ends``: "Examination today: ...", "No injury since.") or the note's end."""
        if self._quote_opener is None:
            return []
        folded = fold(text).lower()
        first = self._quote_opener.search(folded)  # one pass over the usual note, which announces no quote
        if first is None:
            return []
        out: list[tuple[int, int]] = []
        pos, n = folded.rfind("\n", 0, first.start()) + 1, len(text)
        while pos < n:
            line_end = folded.find("\n", pos)
            line_end = n if line_end < 0 else line_end
            m = self._quote_opener.match(folded, pos, line_end)
            if m is None:
                pos = line_end + 1
                continue
            start, end = m.end(), line_end
            rest = folded[start:line_end]
            if rest.strip() and self._quote_end is not None and self._quote_end.search(rest):
                pos = line_end + 1
                continue  # "Previous report: L1 fracture, unchanged today" speaks of today
            nxt = line_end + 1
            while nxt < n:
                nxt_end = folded.find("\n", nxt)
                nxt_end = n if nxt_end < 0 else nxt_end
                line = folded[nxt:nxt_end].strip()
                if not line or (self._quote_end is not None and self._quote_end.search(line)):
                    break
                end = nxt_end
                nxt = nxt_end + 1
            out.append((start, end))
            pos = end + 1
        return out

    def _note_sections(self, text: str, folded: str | None) -> list[Section]:
        """The sections of ``text``, kept for the last note seen."""
        memo = self._memo
        if memo[0] is not text:  # the memo holds its text, so the same object cannot be another text
            memo = self._memo = (text, self.sections(text, folded))
        return memo[1]

    def sections(self, text: str, folded: str | None = None) -> list[Section]:
        """The sections of a note in order; text before the first heading is a section without a rule.

        ``folded`` is ``fold(text)`` when the caller has it already.
        """
        folded = fold(text) if folded is None else folded
        found: list[tuple[int, int, SectionRule]] = []
        # in a note written all in capitals, capitals tell no heading (stops at a normal note's first letters)
        shouting = not any(c.islower() for c in text)
        for m in self._line_headings(folded):
            if self._is_heading(text, m, shouting):
                found.append((m.start("h"), m.end(), self._rule_of(m.group("h"))))
        for m in self._inline_headings(folded):
            found.append((m.start("h"), m.end(), self._rule_of(m.group("h"))))
        found = sorted({f[0]: f for f in found}.values(), key=lambda f: f[0])
        out = []
        if not found or found[0][0] > 0:
            out.append(Section(None, 0, 0, found[0][0] if found else len(text)))
        for i, (h_start, body_start, rule) in enumerate(found):
            end = found[i + 1][0] if i + 1 < len(found) else len(text)
            if rule.heading_in_text:  # "Tidigare frakturer: L1 2022": the heading names what its list's sites had
                body_start = h_start
            cut = _question_ends(text, body_start, end, self._report_opener) if rule.question else None
            if cut is None and rule.implies == "historical" and not rule.first_sentence_only:
                cut = _history_line_ends(text, body_start, end, self._present_label)
            if cut is None:
                out.append(Section(rule, h_start, body_start, end))
            else:  # the report's own text follows the question without a heading of its own
                out += [Section(rule, h_start, body_start, cut), Section(None, cut, cut, end)]
        return out

    def _rule_of(self, heading: str) -> SectionRule:
        rule = self._keys.get(heading)
        if rule is None:
            if len(self._keys) > 10_000:
                self._keys.clear()
            rule = self._keys[heading] = self._rules[_heading_key(heading)]
        return rule

    def _line_headings(self, folded: str):
        """The heading expression's matches, as ``finditer`` finds them, tried only where a line starts (the
        expression is anchored there): a note has tens of lines but a thousand characters."""
        last_end, pos = 0, 0
        while pos >= 0:
            if pos >= last_end and (self._decorated or self._may_start(folded, _skip_decoration(folded, pos))):
                m = self._heading.match(folded, pos)
                if m is not None:
                    last_end = m.end()
                    yield m
            nl = folded.find("\n", pos)
            pos = nl + 1 if nl >= 0 else -1

    def _inline_headings(self, folded: str):
        """The inline heading expression's matches, tried only right after a sentence's end (its lookbehind)."""
        last_colon = folded.rfind(":")  # an inline heading ends at a colon: none can start after the last one
        last_end = 0
        for stop in _AFTER_STOP.finditer(folded, 0, max(0, last_colon)):
            pos = stop.end()
            if pos >= last_end and self._may_start(folded, pos):
                m = self._inline_heading.match(folded, pos)
                if m is not None:
                    last_end = m.end()
                    yield m

    def _may_start(self, folded: str, pos: int) -> bool:
        """False only where no heading can start (checked on ASCII text, where ``lower`` agrees with the
        expressions' IGNORECASE)."""
        head = folded[pos:pos + 3]
        if not head.isascii():
            return True
        head = head.lower()
        one, two, three = self._prefixes
        return head in three or head[:2] in two or head[:1] in one

    def _is_heading(self, text: str, m: re.Match, shouting: bool = False) -> bool:
        """Whether a heading word at a line's start heads a section: before a colon (or, for a question's heading, a
        dash), alone on its line, or in capitals before the line's text ("FYND Ingen fraktur") unless the note is
        ``shouting``, written all in capitals ("REMISS MR BÄCKEN SKICKAD 5/3" is then a sentence about a referral)."""
        if m.group("colon") == ":":
            return True
        if m.group("colon"):  # a dash: only a question's heading ("Frgst - ..."), not "Status - ua"
            return self._rule_of(m.group("h")).question
        line_end = text.find("\n", m.end())
        if not text[m.end():line_end if line_end >= 0 else len(text)].strip():
            return True
        heading = text[m.start("h"):m.end("h")]
        return heading.isupper() and len(heading) > 2 and not shouting

    def sentences(self, text: str) -> list[Sentence]:
        """All sentences of a note, each with the section it stands in."""
        out: list[Sentence] = []
        for section in self._note_sections(text, None):
            rule = section.rule
            lines = _lines(text, section.body_start, section.end, self._continuations)
            spans = [s for line_start, line_end in lines for s in self.split_line(text, line_start, line_end)]
            for start, end in spans:
                out.append(Sentence(start, end, rule))
                if rule is not None and rule.first_sentence_only and rule.implies:
                    rule = replace(rule, implies=None)  # "COMPARISON: CT 2021. CT PELVIS: ..." is a new study
        return out

    def sentences_at(self, text: str, positions: list[int], folded: str | None = None) -> list[Sentence]:
        """The sentences that contain one of ``positions`` (ascending), as :meth:`sentences` gives them.

        Only the lines holding a position are split: a line's sentences depend on that line alone, and a
        sentence's section on the headings (one pass over the line starts) and on whether it opens its section.
        """
        out: list[Sentence] = []
        sections = self._note_sections(text, folded)
        heading_starts = [s.heading_start for s in sections]  # ascending; the first section starts at 0
        i = 0
        while i < len(positions):
            section = sections[bisect_right(heading_starts, positions[i]) - 1]
            if positions[i] < section.body_start:  # inside a heading: in no sentence
                i += 1
                continue
            lines = _lines(text, section.body_start, section.end, self._continuations)
            line_ends = [end for _, end in lines]
            first = _strip(text, section.body_start, section.end)[0]  # where the section's first sentence starts
            while i < len(positions) and positions[i] < section.end:
                line_start, line_end = lines[min(len(lines) - 1, bisect_left(line_ends, positions[i]))]
                for start, end in self.split_line(text, line_start, line_end):
                    while i < len(positions) and positions[i] < start:
                        i += 1
                    if i < len(positions) and positions[i] < end:
                        out.append(Sentence(start, end, self._rule_at(section.rule, start == first)))
                while i < len(positions) and positions[i] <= line_end:
                    i += 1
        return out

    @staticmethod
    def _rule_at(rule: SectionRule | None, opens_section: bool) -> SectionRule | None:
        if rule is not None and rule.first_sentence_only and rule.implies and not opens_section:
            return replace(rule, implies=None)
        return rule

    def split(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence spans in ``text[start:end]``, stripped of surrounding whitespace."""
        return [s for line_start, line_end in _lines(text, start, end, self._continuations)
                for s in self.split_line(text, line_start, line_end)]

    def split_line(self, text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
        """Sentence spans of one (logical) line; they depend on nothing outside it."""
        line_start, line_end = _strip(text, line_start, line_end)  # the same line, however indented
        line = text[line_start:line_end]
        spans = self._lines.get(line)
        if spans is None:
            if len(self._lines) >= LINE_MEMO_SIZE:
                self._lines.clear()
            spans = self._lines[line] = tuple(self._split_line(line, 0, len(line)))
        return [(line_start + start, line_start + end) for start, end in spans]

    def _split_line(self, text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        cursor = line_start
        for m in _SENTENCE_END.finditer(text, line_start, line_end):
            if self._is_boundary(text, cursor, m):
                spans.append((cursor, m.end("p")))
                cursor = m.end()
        spans.append((cursor, line_end))
        spans = _split_at_items(text, spans, line_start, line_end)
        spans = _split_at_bullets(text, spans, line_start, line_end)
        return [s for span in spans for s in _cap(text, *_strip(text, *span)) if s[1] > s[0]]

    def _is_boundary(self, text: str, sent_start: int, m: re.Match) -> bool:
        if m.group("p") == "?" and (m.start() == sent_start or text[m.start() - 1] in " \t,;("):
            return False  # a query mark standing before its finding asks about it: "back pain, ? L1 fracture"
        if m.group("p") == "?" and _inside_brackets(text, sent_start, m.start(), m.end()):
            return False  # questions listed in brackets are one: "(Frågeställning diskbråck? Sakrumfraktur?)"
        if m.group("p") == "?" and self._lists_questions(text, sent_start, m):
            return False
        if m.group("p") == "?" and self._answered is not None and "\n" not in text[m.end("p"):m.end()] \
                and self._answered.search(fold(text[max(sent_start, m.start() - _ANSWERED_REACH):m.start()]).lower()):
            return False  # "Where is your pain? Lower back": the answer on the question's line names the pain's site
        if not m.group("p").startswith("."):
            return True
        before = text[max(sent_start, m.start() - 20):m.start("p") + 1]  # all the verdict reads
        verdict = self._stops.get(before)
        if verdict is None:
            if len(self._stops) >= LINE_MEMO_SIZE:
                self._stops.clear()
            verdict = self._stops[before] = self._ends_sentence(fold(before))
        if not verdict and _WEEK_ABBREVIATION.search(before):
            return not text[m.end():m.end() + 1].isdigit()
        if not verdict and _NUMBER_ABBREVIATION.search(before):
            # "ca." (circa) comes before a number; before a capital it is a word at a sentence's end ("ALP, Ca.")
            return text[m.end():m.end() + 1].isupper()
        return verdict

    def _lists_questions(self, text: str, sent_start: int, m: re.Match) -> bool:
        """Whether the query mark ``m`` ends one of the questions listed after a request's question word and its colon
        ("frågeställning: Ramusfraktur? Sakrumfraktur?", "clinical question: Pubic ramus fracture? Sacral fracture?"),
        and another short question follows: the next question is asked too. An answer ("Svar: ...", "No fracture
        seen.") ends the list."""
        if self._asked is None or ":" not in text[sent_start:m.start()]:
            return False
        nxt = _NEXT_STOP.search(text, m.end())
        return (nxt is not None and nxt.group() == "?" and nxt.start() - m.end() <= _LISTED_QUESTION
                and self._asked.search(fold(text[sent_start:m.start()])) is not None)

    def _ends_sentence(self, before: str) -> bool:
        """Whether a full stop (the last character of ``before``) ends its sentence."""
        if self._abbrev and self._abbrev.search(before):
            return False
        return not (_INITIAL.search(before) and not _SIDE_LETTER.search(before))  # "J. Smith"; but "on the R."


# End of sentence: . ! ? (with closing brackets or quotes) then whitespace and an upper-case letter,
# a digit or an opening bracket. A lower-case word after the stop continues the sentence ("L1. och L2").
_INITIAL = re.compile(r"(?:^|\s)[A-ZÅÄÖ]\.$")
_BRACKET_REACH = 80  # how far after a query mark the bracket it stands in may close
_ANSWERED_REACH = 80  # how far before a query mark a form's question is read (a line of many "?" stays linear)


def _inside_brackets(text: str, sent_start: int, mark: int, after: int) -> bool:
    """Whether the mark at ``mark`` stands inside a round bracket that opened in its sentence and closes soon after
    ``after``, with no other bracket opening in between."""
    opened = text.rfind("(", sent_start, mark)
    if opened < 0 or text.find(")", opened, mark) >= 0:
        return False
    close = text.find(")", after, after + _BRACKET_REACH)
    return close >= 0 and text.find("(", after, close) < 0
_NUMBER_ABBREVIATION = re.compile(r"(?:^|[\s,(])ca\.$", re.IGNORECASE)
# the Swedish week "v." (an abbreviation of sections.json): before its number it ends no sentence ("DT buk v. 44
# visade"), before anything else it does ("Ny röntgen om 6 v. Därefter ...", "sedan 6 v. ?kotkompression")
_WEEK_ABBREVIATION = re.compile(r"(?:^|[\s,(])v\.$", re.IGNORECASE)
_SIDE_LETTER = re.compile(r"(?:^|\s)(?:the|on|at|to|of|in|på|i|till)\s+[RLHV]\.$", re.IGNORECASE)
_DECORATION = " \t>*#-"  # what may precede a heading on its line


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*(?=\S)")  # "\r\n" line ends too, as _lines reads them


def _question_ends(text: str, body_start: int, end: int, report_opener: re.Pattern | None = None) -> int | None:
    """Where a question section's text ends at a blank line ("INDICATION: fall, ?fracture" + blank line + "No
    fracture."), or None; a blank line right after the heading ("INDICATION:" + blank line + "fall") is not one.
    A question on the heading's own line that ends in "?" ends there too ("Frågeställning: Dyspné. Stas?" + the
    report's findings on the next line, as RIS printouts run them on): what follows answers it; and so does one
    whose next line opens as the radiologist's own text does (``report_opener``: "Clinical details: fall ?fracture"
    + "There is a sclerotic band in the left sacral ala ?stress fracture.")."""
    for m in _BLANK_LINE.finditer(text, body_start, end):
        if text[body_start:m.start()].strip():
            return m.end()
    cut = _asked_on_one_line(text, body_start, end)
    if cut is None and report_opener is not None:
        cut = _report_follows(text, body_start, end, report_opener)
    return cut


def _report_follows(text: str, body_start: int, end: int, report_opener: re.Pattern) -> int | None:
    """The start of the line after a question written on its heading's line, when that line opens as a report's
    own text ("There is", "No fracture", "Appearances"), or None."""
    nl = text.find("\n", body_start, end)
    if nl < 0 or "\n" in text[:body_start].rstrip(" \t")[-1:] or not text[body_start:nl].strip():
        return None  # no line after it; or the heading stood alone on its line
    start = _indented(text, nl + 1, end)
    if start < end and report_opener.match(fold(text[start:min(end, start + 80)]).lower()) is not None:
        return start
    # a question cut onto a second line ("Clinical details: ... buttock pain, no" + "trauma. ?stress fracture" +
    # "There is ..."): the report opens on the line after the question's last
    lines = _lines(text, body_start, end)
    if len(lines) < 2 or lines[1][0] == start:
        return None
    start = lines[1][0]
    return start if report_opener.match(fold(text[start:min(end, start + 80)]).lower()) is not None else None


def _asked_on_one_line(text: str, body_start: int, end: int) -> int | None:
    """The start of the line after a one-line question that ends in "?", or None; not where the next line asks
    again ("Frågeställning: Fraktur?" + "Fallit igår. ?sakrumfraktur" is a referral of two lines)."""
    nl = text.find("\n", body_start, end)
    if nl < 0 or "\n" in text[:body_start].rstrip(" \t")[-1:]:
        return None  # no line after it; or the heading stood alone on its line
    first = text[body_start:nl].rstrip()
    rest = text[nl + 1:end]
    next_line = rest.lstrip().split("\n", 1)[0]
    if not first.endswith("?") or not rest.strip() or "?" in next_line:
        return None
    return nl + 1 + (len(rest) - len(rest.lstrip()))


# A line that opens with a short label and a colon ("XR pelvis + R hip: ...", "Bloods:", "CT head 03/03: ...").
_LABELLED_LINE = re.compile(r"[ \t]*[^\W\d_][^\n:]{0,40}:(?:[ \t]*\S|[ \t]*$)", re.MULTILINE)


def _history_line_ends(text: str, body_start: int, end: int, present_label: re.Pattern | None = None) -> int | None:
    """Where a past-history section written on its heading's line ends: at that line's end, when the next line
    opens with a label of its own ("PMH: osteoporosis, R THR 2014." + "XR pelvis + R hip: R inferior pubic ramus
    fracture", or "Problems:" alone): the labelled line reports something else, today's film, not the past. A heading alone on its line
    ("PMH:" + a list), or a next line that goes on without a label, keeps the section. On the heading's own line,
    a later sentence that opens with a label of today's findings (lexicon ``present_labels``: "PMH: osteoporosis,
    dementia. XR pelvis: fractures of both rami", "... CT today: ...") ends it there."""
    nl = text.find("\n", body_start, end)
    if present_label is not None:
        line_end = nl if nl >= 0 else end
        for stop in _SENTENCE_END.finditer(text, body_start, line_end):
            start = stop.end()
            m = _LABELLED_LINE.match(text, start, line_end)
            if (m is not None and len(text[start:m.end()].split(":", 1)[0].split()) <= 5
                    and present_label.match(fold(text[start:m.end()]))):
                return start
    if nl < 0 or not text[body_start:nl].strip():
        return None
    start = nl + 1
    while start < end and text[start] in "\r\n":
        start += 1
    m = _LABELLED_LINE.match(text, start, end)
    if m is None or len(text[start:m.end()].split(":", 1)[0].split()) > 5:
        return None
    return start


def _skip_decoration(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _DECORATION:
        pos += 1
    return pos


_AFTER_STOP = re.compile(r"[.!?]\s")  # where an inline heading may start
_NEXT_STOP = re.compile(r"[.!?;:\n]")  # where the text after a query mark stops
_LISTED_QUESTION = 60  # a question listed after another is short ("Sakrumfraktur?", "Insufficiency fracture of S1?")
_SENTENCE_END = re.compile(r"(?P<p>[.!?]+[)\]\"'»]*)\s+(?=[A-ZÅÄÖÉ0-9(\[\"'?])")


_FIRST_ITEM = re.compile(r"(?:^|(?<=\s))1[.)]\s+(?=[^\W\d_])")
_LATER_ITEM = re.compile(r"(?<=\s)(?:[2-9]|1\d)[.)]\s+(?=[^\W\d_])")


def _split_at_items(text: str, spans: list[tuple[int, int]], line_start: int, line_end: int
                    ) -> list[tuple[int, int]]:
    """A line that numbers its items inline ("IMPRESSION: 1) No sacral fracture 2) Right ramus fracture") ends a
    sentence before each later item's number, so that no item's negation or hedge reaches the next."""
    if text.find("1.", line_start, line_end) < 0 and text.find("1)", line_start, line_end) < 0:
        if text.find("1 ", line_start, line_end) < 0:
            return spans  # no first item: the usual line, told without a regular expression
        cuts = _bare_items(text, line_start, line_end)
    else:
        first = _FIRST_ITEM.search(text, line_start, line_end)
        if first is None:
            return spans
        cuts = [m.start() for m in _LATER_ITEM.finditer(text, first.end(), line_end)]
    return _cut(text, spans, cuts) if cuts else spans


_BULLETS = "\u2022\u25aa\u25cf\u25e6\u2023\u2043"  # • ▪ ● ◦ ‣ ⁃
_INLINE_BULLET = re.compile(r"(?<=\s)[" + _BULLETS + r"](?=\s)")


def _split_at_bullets(text: str, spans: list[tuple[int, int]], line_start: int, line_end: int
                      ) -> list[tuple[int, int]]:
    """A line whose bulleted items run on after each other ("IMPRESSION: • No NOF fracture • Left superior pubic
    ramus fracture", bullets that a copy from a PDF or a RIS put on one line) ends a sentence before each bullet
    after its first item, so that no item's negation or hedge reaches the next."""
    if not any(b in text[line_start:line_end] for b in _BULLETS):
        return spans  # the usual line, told without a regular expression
    return _cut(text, spans, [m.start() for m in _INLINE_BULLET.finditer(text, line_start, line_end)], _BULLETS)


def _cut(text: str, spans: list[tuple[int, int]], cuts: list[int], blank: str = "") -> list[tuple[int, int]]:
    """``spans`` cut at each of ``cuts`` inside them where text other than spaces, tabs and ``blank`` precedes it."""
    out = []
    for start, end in spans:
        for cut in (c for c in cuts if start < c < end and text[start:c].strip(" \t" + blank)):
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


# items numbered without a stop on one line ("1 Ingen fraktur i sakrum 2 Fraktur i hö ramus inferior"): the line
# opens with "1" and a capital, and each later number in turn stands before a capital
_FIRST_BARE_ITEM = re.compile(r"[ \t>*#-]*1[ \t]+(?=[A-ZÅÄÖÉ])")
_BARE_ITEM = re.compile(r"(?<=\s)(\d{1,2})[ \t]+(?=[A-ZÅÄÖÉ])")


def _bare_items(text: str, line_start: int, line_end: int) -> list[int]:
    """Where each later item of a line that numbers its items without stops starts, items 2, 3, ... in turn; none
    where the line opens no such first item (a "2" before a capital out of turn is a count: "1 Fraktur, 3 Kotor")."""
    first = _FIRST_BARE_ITEM.match(text, line_start, line_end)
    if first is None:
        return []
    cuts, want = [], 2
    for m in _BARE_ITEM.finditer(text, first.end(), line_end):
        if int(m.group(1)) == want:
            cuts.append(m.start())
            want += 1
    return cuts


def _lines(text: str, start: int, end: int, continuations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Lines of a section; a soft-wrapped line is joined: a lower-case letter, a comma or a word's hyphen before the
    break and a lower-case letter or digit after it, or a word of ``continuations`` (folded, lower case: words
    no sentence ends with) before the break and a letter or digit after it."""
    out: list[tuple[int, int]] = []
    cursor = start
    newline = text.find("\n", start, end)
    while newline >= 0:  # each break is "\n" or "\r\n"
        brk = newline - 1 if newline > start and text[newline - 1] == "\r" else newline
        # the next line is read from its first character: a wrapped line may be indented ("1. Fractures of the
        # pubic" + "   rami."), as a numbered item's hanging indent or a report indented whole
        after = _indented(text, newline + 1, end)
        newline = text.find("\n", after, end)
        prev_char = text[brk - 1] if brk > start else ""
        next_char = text[after] if after < end else ""
        # a word or a level cut at its hyphen: "Kompressions-" + "fraktur", "L2-" + "kotan"
        hyphenated = prev_char == "-" and brk - 2 >= start and text[brk - 2].isalnum()
        # a field whose value goes on the next line: "Sacral fracture -" + "ruled out on CT", "Compression
        # fracture:" + "not seen" (a dash that stands apart, or a colon, then a lower-case word)
        dangling = prev_char in "-\u2013\u2014" and brk - 2 >= start and text[brk - 2] == " " or prev_char == ":"
        wrapped = (prev_char.isalpha() and prev_char.islower() or prev_char == "," or hyphenated) and (
            next_char.isalpha() and next_char.islower() or next_char.isdigit() and not _opens_a_line(text, after)
            or _opens_a_remark(text, after, end)
        ) or dangling and next_char.isalpha() and next_char.islower()
        if not wrapped and prev_char in "-\u2013\u2014" and dangling and next_char.isupper() \
                and _in_capitals(text[_line_start_of(text, brk):brk]) \
                and _in_capitals(text[after:newline if newline >= 0 else end]):
            # the same field in a printout in capitals: "2. SACRAL FRACTURE -" + "RULED OUT ON CT."
            wrapped = True
        if not wrapped and (prev_char.isalpha() or prev_char in ")]%" or _ends_in_a_date(text, brk)) \
                and next_char.isalpha() and next_char.islower():
            # an abbreviation, a date or a bracket cut from what follows ("The MRI" + "pelvis requested ...", "MR
            # bäcken 13/11" + "ej genomförd", "(bone scan or MRI)" + "would not change management"): a line that goes
            # on in a small letter is one sentence with the next, as one ending in a small letter is. Not a line in
            # capitals, nor one ending in a level ("Kotkompression L1" + "kotan i övrigt ua" are two statements).
            wrapped = not text[_line_start_of(text, brk):brk].isupper()
        if not wrapped and prev_char.isdigit() and next_char.isalpha() \
                and _LEVEL_LABEL.fullmatch(text, _line_start_of(text, brk), brk):
            # a line that only names a level, perhaps after its field's label ("Fynd: Th12" + "kilformad.",
            # "T12" + "Wedged, unchanged."): the level is the label of the description on the next line
            wrapped = True
        if not wrapped and continuations and prev_char.isalpha() and next_char.isalnum():
            word = _last_word(text, start, brk)
            # "fracture of" + "L1 ...", "av" + "Th12", "Ingen" + "DT, MR ..."; not a field's value after its colon
            # or box ("Fraktur: ingen" + "Smärta: ja", "[ ] yes [x] no" + "Sciatica: ...")
            before = text[_line_start_of(text, brk):brk - len(word)].rstrip(" \t")
            wrapped = word in continuations and not before.endswith((":", "]", ")", "/"))
        if not wrapped and (prev_char.isalnum() or prev_char == "," or hyphenated) and next_char.isalnum():
            wrapped = _printout_wrapped(text, brk, after, end)  # "NO DISPLACED" + "SACRAL FRACTURE"
        if wrapped and _next_item(text, cursor, brk, after):
            wrapped = False  # "1 Ingen höftfraktur" + "2 Fraktur i vä ramus": a numbered list without full stops
        if wrapped:
            continue  # a soft-wrapped line: the sentence goes on
        out.append((cursor, brk))
        cursor = after
    out.append((cursor, end))
    return out


# a line of vertebral levels alone, perhaps after a short label and its colon: "Th12", "Fynd: L1 och L2", "T11-T12"
_LEVEL_LABEL = re.compile(r"[ \t]*(?:[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?:[ \t]*)?(?:th?|l|c|d)[ -]?\d{1,2}"
                          r"(?:[ \t]*(?:,|-|–|/|och|and|&|\+)[ \t]*(?:th?|l|c|d)?[ -]?\d{1,2})*[ \t]*", re.IGNORECASE)


# the number that opens a list item ("2 Fraktur i vä ramus", "2) Kotkompression L1", "- 3 Osteoporos")
_ITEM_NUMBER = re.compile(r"[ \t>*#-]*(\d{1,2})[.)]?[ \t]+(?=[^\W\d_])")


def _next_item(text: str, line_start: int, brk: int, after: int) -> bool:
    """Whether the (logical) line from ``line_start`` opens item k of a numbered list and the next line, from
    ``after``, opens item k + 1: a list whose items carry no full stop ("Sammanfattning" + "1 Ingen lungembolism" +
    "2 Kotkompression Th12") has a new sentence in each item, so that no item's negation or hedge reaches the
    next. A number that goes on a sentence ("fraktur av" + "2 kotor") follows no item of its own."""
    m = _ITEM_NUMBER.match(text, line_start, brk)
    if m is None:
        return False
    n = _ITEM_NUMBER.match(text, after)
    return n is not None and int(n.group(1)) == int(m.group(1)) + 1


def _opens_a_remark(text: str, pos: int, end: int) -> bool:
    """Whether the line from ``pos`` opens with a bracketed remark in small letters ("skickad till Unilabs" +
    "(upphandlad MR)."): a remark on what the line before ended with, not an item ("(a) ...", "(1) ...")."""
    return (text.startswith("(", pos) and pos + 2 < end and text[pos + 1].isalpha() and text[pos + 1].islower()
            and text[pos + 2] not in ").")


def _indented(text: str, pos: int, end: int) -> int:
    """Where the line starting at ``pos`` has its first character other than a space or a tab."""
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos


# a line that opens with a patient's age starts anew after a title line ("Bedömning inför ev vertebroplastik" +
# "80-årig kvinna med osteoporos"), where a hedge of the title would otherwise reach it
_LINE_OPENER = re.compile(r"\d{1,3} ?-?(?:årig|arig|åring|aring)\b", re.IGNORECASE)


def _opens_a_line(text: str, pos: int) -> bool:
    return _LINE_OPENER.match(text, pos) is not None


_PRINTOUT_LINE_MIN = 30  # a shorter line of capitals is a title or a field, not a line cut by the page width
_LIST_ITEM = re.compile(r"\d{1,2}[.)]\s")


def _printout_wrapped(text: str, brk: int, after: int, end: int) -> bool:
    """Whether a line break is a fixed-width printout's wrap (RIS/PACS reports in capitals, exports that cut lines at
    72 or 80 columns, cut their sentences wherever the width ends, also before "L1", "MRI" or "SACRAL"): both lines
    are in capitals or the note's lines were cut at one width (:func:`_cut_at_a_width`), the line is long, the next
    line opens no numbered item, and the next line's first word would not have fitted on the line within the note's
    widest line (a greedy wrap breaks only then; a line that ends by itself is shorter)."""
    line_start = _line_start_of(text, brk)  # the printed line, also where a heading opens it
    if line_start == 0 or brk - line_start < _PRINTOUT_LINE_MIN:  # the note's first line is its title
        return False
    next_end = text.find("\n", after, end)
    following = text[after:next_end if next_end >= 0 else end]
    line = text[line_start:brk]
    if _LIST_ITEM.match(following):
        return False
    # in capitals any line may be a printout's; in mixed case only in a note whose lines were cut at one width
    capitals = not any(c.islower() for c in line) and not any(c.islower() for c in following)
    if not capitals and not _cut_at_a_width(text):
        return False
    first_word = following.split(None, 1)[0] if following.strip() else ""
    return len(line.rstrip()) + 1 + len(first_word) > _widest_line(text)


@lru_cache(maxsize=8)
def _widest_line(text: str) -> int:
    """The length of the note's longest line (once per note: a note's breaks all ask)."""
    return max(len(row.rstrip("\r")) for row in text.split("\n"))


_WRAP_WIDTHS = (40, 132)  # the widths a fixed-width export or a terminal cuts its lines at
_WRAP_NEAR = 10  # a cut line ends within this many characters of the width


@lru_cache(maxsize=8)
def _cut_at_a_width(text: str) -> bool:
    """Whether the note's lines were cut at one width (an export or a terminal that wraps at 72 or 80 columns): its
    widest line is of such a width, at least three lines end near it, and at least one of those goes on in a small
    letter. A note typed line by line has lines of every length, one of them the widest; a paragraph left unwrapped
    is wider than any such width."""
    widest = _widest_line(text)
    if not _WRAP_WIDTHS[0] <= widest <= _WRAP_WIDTHS[1]:
        return False
    rows = [row.rstrip("\r") for row in text.split("\n")]
    near = [len(row) >= widest - _WRAP_NEAR for row in rows]
    # and the width cut a sentence: such a line goes on in a small letter on the next (a form's fields of one width
    # each open with their own capital); one is enough, as a short letter has few lines
    cut = any(near[i] and rows[i + 1].lstrip()[:1].islower() for i in range(len(rows) - 1))
    return sum(near) >= 3 and cut


def _in_capitals(part: str) -> bool:
    """Whether ``part`` has letters and none in small case."""
    return any(c.isalpha() for c in part) and not any(c.islower() for c in part)


def _ends_in_a_date(text: str, pos: int) -> bool:
    """Whether the line ends at ``pos`` in a number or a date written with digits alone ("13/11", "2024-05-02")."""
    word = text[text.rfind(" ", _line_start_of(text, pos), pos) + 1:pos]
    return bool(word) and word[-1].isdigit() and all(c.isdigit() or c in "/.-" for c in word)


def _line_start_of(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts."""
    return text.rfind("\n", 0, pos) + 1


def _last_word(text: str, start: int, end: int) -> str:
    """The run of letters that ends at ``end`` (folded, lower case)."""
    pos = end
    while pos > start and text[pos - 1].isalpha():
        pos -= 1
    return fold(text[pos:end]).lower()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run longer than MAX_SENTENCE_CHARS at whitespace, so no step sees an unbounded sentence."""
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        out.append(_strip(text, start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    out.append((start, end))
    return out


def _heading_key(heading: str) -> str:
    return " ".join(fold(heading).lower().split())


# A template field left unanswered: a short label, its colon and nothing more on the line ("Kortisonbehandling: ").
_EMPTY_FIELD = re.compile(r"[ \t>*#-]*[^\W\d_][^\n:]{0,60}:[ \t\r]*$")
_EMPTY_FIELD_WORDS = 6  # a label is a few words; a longer line that ends in a colon introduces what follows


def in_empty_field(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in the label of a template field left unanswered, one of a run of such fields
    ("Riskfaktorer" + "Kortisonbehandling: " + "Reumatisk sjukdom: " + "Höftprotes: "): the form asks and nobody
    answered, so the label states nothing of the patient. A label alone on its line with text below it ("Osteoporos:"
    + "Behandlas med alendronat") heads that text, and a single empty label may be such a heading: only a run of two
    or more unanswered fields (each line's neighbour above or below is one too) is a blank form."""
    start = _line_start_of(text, pos)
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if not _is_empty_field(text, start, end) or pos >= text.rfind(":", start, end):
        return False
    above = text.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else None
    if above is not None and _is_empty_field(text, above, start - 1):
        return True
    if end < len(text):
        below_end = text.find("\n", end + 1)
        return _is_empty_field(text, end + 1, len(text) if below_end < 0 else below_end)
    return False


def _is_empty_field(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    return (_EMPTY_FIELD.match(line) is not None
            and len(line.rsplit(":", 1)[0].split()) <= _EMPTY_FIELD_WORDS)

"""ConText-style assertion of concept spans, as a spaCy component (``reportminer_context``).

Steps, each small: match triggers; let the longest of overlapping triggers win (so "kan ej uteslutas" beats
"ej", and a pseudo-trigger such as "not only" silences the "not" inside it); give each trigger a scope that
runs forward, backward or both, bounded by its maximum, by termination triggers and by a comma that does not
continue a disjunctive list; then every span takes the assertion of the nearest trigger that reaches it (ties:
the order of ``assertions`` in context.json), else the one its section implies, else ``present``.
A trigger counts only for the concepts it ``applies`` to: its own concepts, or, through ``"*"``, any span of a
concept the lexicon does not define (a caller's own term, see ``reportminer.assertion``).
In a question section (Frågeställning, INDICATION) a suspicion is a question: ``uncertain`` becomes
``hypothetical``; in a radiology report's history field (a section with ``question_mark``) only a "?" on the
finding itself asks ("HISTORY: osteoporosis, ?compression fracture"); in a radiology report's exam title line the
words after the exam's name state its purpose ("EXAM: MRI LUMBAR SPINE FOR COMPRESSION FRACTURE"): ``title_only``
triggers count there alone, and a "?" there asks too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from spacy.language import Language
from spacy.tokens import Doc, Span

from .concepts import SECTION_KEY, cached_lexicon, make_compiler
from .dates import month_end
from .matcher import TokenMatcher
from .lexicon import FRACTURE_CONCEPTS, IMAGING_CONCEPTS, LASTING_RISKS, Lexicon, SectionRule, Trigger
from .textnorm import fold, fold_lower, folded_alternation, folded_pattern

# doc.user_data key holding the note's type (CONTRACT ``note_type``); absent or None: not known (a lone sentence,
# read as a radiology report's field would be).
NOTE_TYPE_KEY = "reportminer_note_type"
# doc.user_data key: True when the sentence is a radiology report's exam title line (see ``nlp.is_title_line``).
# There a purpose word after the exam's name ("MRI LUMBAR SPINE FOR COMPRESSION FRACTURE", "MR ländrygg avseende
# kotkompression", "CT PELVIS ?SACRAL FRACTURE") names the referral's question: the finding is hypothetical.
TITLE_KEY = "reportminer_title_line"
# The year of the note's date (or None): a year beside a fracture makes it historical only when it is an earlier year
# ("ramusfraktur jan 2025" in a note of March 2025 is this episode's).
NOTE_YEAR_KEY = "reportminer_note_year"
# doc.user_data key: the note's own day (a Timestamp), set beside its year, for a finding dated by a day or a month
NOTE_DAY_KEY = "reportminer_note_day"
# "in 2025", "from 2025 staging": a year that dates its finding, as the bare year does
_YEAR_PREPOSITIONS = frozenset({"in", "during", "from"})
# Whether the note's informant is the patient's child (context.json ``child_informants``): a parent named without a
# possessor is then the patient ("Telefonkontakt med dotter. ... Mamman har fortsatt ont lågt i ryggen").
CHILD_INFORMANT_KEY = "reportminer_child_informant"
_CONTRAST_KEY = "reportminer_contrasts"  # doc.user_data key: token indices of a contrast's turn ("inte X utan Y")
_CONTRAST_ENDS = frozenset({".", ";", ":", "?", "!"})
YEAR = re.compile(r"(?:19|20)\d\d|['-]\d\d")  # a year as a trigger token writes it ("2018", "'18", "-18")
_PATIENTS_POSSESSOR = re.compile(r"pat:?s|patientens|patient's")
_POSSESSOR = re.compile(r"(?:\b(?:hans|hennes|deras|pat:?s|patientens|his|her|their)|patient's)\s*$")
# a full date as one token: year first with dashes or full stops ("2022-11-03", "2022.11.03"), or day first with full
# stops ("3.11.2022")
_FULL_DAY = re.compile(r"(?P<y1>(?:19|20)\d\d)[-.](?P<m1>0?[1-9]|1[0-2])[-.](?P<d1>0?[1-9]|[12]\d|3[01])"
                       r"|(?P<d2>0?[1-9]|[12]\d|3[01])\.(?P<m2>0?[1-9]|1[0-2])\.(?P<y2>(?:19|20)\d\d)")
# a month and its year as one token ("2023-05", "05/2023"), as a form's "Tidigare fraktur" field dates an old fracture
_YEAR_MONTH = re.compile(r"(?P<y1>(?:19|20)\d\d)-(?P<m1>0[1-9]|1[0-2])|(?P<m2>0?[1-9]|1[0-2])/(?P<y2>(?:19|20)\d\d)")
_EPISODE_DAYS = 365  # a finding dated more than this before the note is of an earlier episode (CONTRACT)
_QUERY_REACH = 2  # words a request's "?" may stand before its finding ("?insufficiency fracture of sacrum")


def _prefix_question(doc: Doc, span: Span) -> bool:
    """A "?" written onto the next word ("LBP ?mechanical", "buttock pain ?sciatica") asks about that word only,
    not about the finding before it, also a level ("LBP ?L1 wedge fracture"); one written after a word ("low back
    pain?") or standing alone still does."""
    return (span.text == "?" and span.end < len(doc) and not doc[span.end - 1].whitespace_
            and doc[span.end].text[:1].isalpha() and (span.start == 0 or bool(doc[span.start - 1].whitespace_)))


_ARTICLES = frozenset({"a", "an", "the", "en", "ett", "den", "det", "de"})
_JOINERS = frozenset({"and", "plus", "och", "samt", "o", "&"})
# prepositions that open a noun phrase of its own ("superimposed on chronic compression", "med gammal kompression")
_PREPOSITIONS = frozenset({"on", "upon", "with", "of", "to", "from", "på", "pa", "med", "av", "till", "från", "fran"})
# words of age that may stand in a row before their noun ("an old healed L4", "en äldre läkt L4")
_AGE_WORDS = frozenset({"old", "older", "healed", "remote", "prior", "chronic", "gammal", "gamla", "gammalt", "äldre",
                        "aldre", "läkt", "läkta", "lakt", "lakta", "kronisk", "kroniska"})


def _closes_after_comma(doc: Doc, span: Span, stops: list[bool], sources: frozenset[str]) -> bool:
    """A following trigger right after a comma that, with at most a short source or date after it, closes its
    sentence qualifies the finding before the comma ("Sakrumfraktur, utesluten.", "Sakrumfraktur, ej påvisad på DT.",
    "Sakrumfraktur, läkt sedan 2023."), as a qualifier alone in a bracket does."""
    if span.start < 2 or doc[span.start - 1].text != "," or stops[span.start - 1]:
        return False
    rest = []
    for i in range(span.end, len(doc)):
        if doc[i].is_punct and doc[i].text not in ("/", "-"):
            break
        if stops[i]:
            return False
        rest.append(doc[i])
    # what may follow: nothing, or a short source or date ("på DT", "enligt DT", "sedan 2023", "2019"); a longer
    # one may compare with an earlier study ("Ny fraktur ..., ej synlig vid föregående DT": new, not denied)
    return not rest or (len(rest) <= 2 and (rest[0].norm_ in sources or rest[0].like_num))


def _attributive(doc: Doc, span: Span, assertion: str) -> bool:
    """A word of age right after an article qualifies the noun after it ("plus an old T7 fracture", "and a healed
    ramus fracture", "L2 och den gamla L4"), not a finding before it: the new fractures in "two new fractures plus
    an old T7 fracture" are not old. So does one right after "and"/"och" or a preposition with a word after it ("ny
    kompression L2 och gammal kompression av L4", "L2 and old L4", "Acute L1 fracture superimposed on chronic
    compression"), and one after other words of age there ("en äldre läkt L4")."""
    if assertion != "historical" or span.start == 0:
        return False
    i = span.start - 1
    while i > 0 and doc[i].norm_ in _AGE_WORDS:
        i -= 1
    before = doc[i].norm_
    return before in _ARTICLES or ((before in _JOINERS or before in _PREPOSITIONS) and span.end < len(doc)
                                   and doc[span.end].text[:1].isalnum())


@dataclass(frozen=True)
class Scope:
    trigger: Trigger
    start: int  # the trigger's own tokens
    end: int
    forward_end: int  # forward scope is [end, forward_end)
    backward_start: int  # backward scope is [backward_start, start)
    purpose: bool = False  # the trigger follows the exam's name in a title line: it states the exam's purpose


@Language.factory(
    "reportminer_context",
    default_config={"language": "sv", "lexicon_dir": None},
    requires=["doc.spans"],
    assigns=["span._.assertion"],
)
def make_context(nlp: Language, name: str, language: str, lexicon_dir: str | None) -> "ContextAnnotator":
    return ContextAnnotator(nlp, cached_lexicon(language, lexicon_dir))


# punctuation around a word that calls a finding current ("Ramusfraktur vä, aktuell.")
_PUNCTUATION = frozenset({",", "-", "\u2013", ":", ";", "(", ")", ".", "!"})


def _opens(span: Span) -> bool:
    """Whether only punctuation stands before ``span`` in its doc (a sentence)."""
    return all(t.is_punct or t.is_space for t in span.doc[:span.start])


class ContextAnnotator:
    """Assign ``span._.assertion`` to every span in ``doc.spans["concepts"]``."""

    def __init__(self, nlp: Language, lexicon: Lexicon):
        compiler = make_compiler(nlp, lexicon)
        self.triggers = lexicon.triggers
        # words that make a fracture new ("ny", "färsk", "nytillkommen"; concepts.json coordination "fresh"): such
        # a fracture is no history even under a history heading ("Tidigare: sakrumfraktur 2019. Nu ny ramusfraktur")
        self.fresh = frozenset(fold_lower(w) for w in lexicon.coordination.get("fresh", ()))
        # a word right after a finding that calls it current ("Ramusfraktur vä, aktuell"; coordination "current"),
        # after only sides and punctuation (coordination "leads"), and ending its phrase ("aktuell för operation" is
        # what the finding was a reason for)
        self.current = frozenset(fold_lower(w) for w in lexicon.coordination.get("current", ()))
        self.current_leads = frozenset(fold_lower(w) for w in lexicon.coordination.get("leads", ())) | _PUNCTUATION
        self.matcher = TokenMatcher(nlp.vocab)
        for i, trigger in enumerate(lexicon.triggers):
            if trigger.entries:
                self.matcher.add(str(i), [compiler.compile(e).tokens for e in trigger.entries])
        self.rank = {a: i for i, a in enumerate(lexicon.assertion_priority)}
        self.default_max_scope = lexicon.default_max_scope
        self.coordinators = frozenset(fold_lower(w) for w in lexicon.list_coordinators)
        self.qualifier_sources = frozenset(fold_lower(w) for w in lexicon.qualifier_sources)
        self.asking_words = frozenset(fold_lower(w) for w in lexicon.asking_words)
        self.range_units = frozenset(fold_lower(w) for w in lexicon.range_units)
        self.months = {fold_lower(k): int(v) for k, v in lexicon.exam_dates.get("months", {}).items()}
        self.question_openers = tuple(tuple(fold_lower(w) for w in opener.split()) for opener in lexicon.question_openers)
        # a denial placed on an earlier study, of a finding the sentence calls new (context.json earlier_study_denials)
        self.earlier_study = {k: frozenset(fold_lower(w) for w in v) for k, v in lexicon.earlier_study_denials.items()}
        self.patient_as_parent = re.compile(folded_pattern(lexicon.patient_as_parent)) \
            if lexicon.patient_as_parent else None
        self.child_informants = folded_alternation(lexicon.child_informants)
        self.definite_fracture = folded_alternation(lexicon.definite_fractures)
        self.finding_word = folded_alternation(lexicon.finding_words)
        self.contrast = lexicon.contrast
        # what after a modality word makes it a procedure's guidance ("under CT guidance", "CT-guided"; exams.json
        # guided_procedures): such imaging is no exam whose purpose a title line states, so its "for" is the
        # procedure's indication ("Sacroplasty under CT guidance for sacral insufficiency fractures" treats them)
        self.guided = folded_alternation(["^(?:" + p + ")" for p in lexicon.exam_guided_procedures])
        # a treatment a guided procedure may be (cement augmentation, fixation): its "for" names what it treats
        self.treatment = folded_alternation(lexicon.exam_guided_treatments)

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc.spans["concepts"] if "concepts" in doc.spans else []
        if len(mentions):
            self.set_annotations(doc, mentions, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Scope]:
        """Triggers in the sentence, overlaps resolved, each with its scope."""
        # In a title line, words after the first exam name state the exam's purpose; elsewhere there is none, and a
        # purpose trigger is not there at all (so "for possible" outside a title leaves "possible" its say).
        imaging = [s.end for s in doc.spans["concepts"] if s.label_ in IMAGING_CONCEPTS and not self._guides(s)] \
            if doc.user_data.get(TITLE_KEY) and "concepts" in doc.spans else []
        after_exam = min(imaging, default=len(doc) + 1)
        found = [s for s in self.matcher(doc, as_spans=True) if self._counts_here(s, after_exam)]
        # The longest of overlapping triggers wins ("kan ej uteslutas" over "ej"); triggers of equal length that
        # overlap all stay ("is free" and "free of" in "is free of headaches"), as does a phrase listed twice.
        # In a title line a purpose trigger beats any other it overlaps ("MRI LUMBAR SPINE FOR COMPRESSION FRACTURE":
        # its "for" asks, whatever longer phrase holds the same word).
        # A trigger that reaches only back and opens the sentence reaches no word before it: it takes nothing from
        # one that opens the sentence with it and reaches forward ("If the X-ray is negative, proceed to MRI": the
        # condition's "if" governs the plan after the comma; "If the X-ray is negative" still speaks of the X-ray).
        rank = {id(s): (self._trigger(s).title_only, len(s)) for s in found}
        spans = [s for s in found if not any(o.start < s.end and s.start < o.end and rank[id(o)] > rank[id(s)]
                                             and not self._opens_with(o, s) for o in found)]
        note_year = doc.user_data.get(NOTE_YEAR_KEY)
        if note_year is not None:
            note_day = doc.user_data.get(NOTE_DAY_KEY)
            spans = [s for s in spans if not self._not_an_earlier_year(s, note_year, note_day)]
        if doc.user_data.get(CHILD_INFORMANT_KEY) and self.patient_as_parent is not None:
            spans = [s for s in spans if not self._patient_as_parent(s)]
        stops = [False] * len(doc)
        # the turn of a contrast ("inte i höften utan i ländryggen") ends what the negation before it denies, and is
        # itself no "without"
        pairs = self._contrasts(doc, spans)
        contrasts = [turn for _, turn in pairs]
        doc.user_data[_CONTRAST_KEY] = contrasts
        # a trigger between the negation and the turn is what is denied ("är inte avbokad utan flyttad", "inte gammal
        # utan färsk"): it says nothing of the finding or the exam
        spans = [s for s in spans if not any(neg < s.start and s.end <= turn for neg, turn in pairs)]
        for i in contrasts:
            stops[i] = True
        spans = [s for s in spans if not (len(s) == 1 and s.start in contrasts)]
        ends = [span for span in spans if self._trigger(span).direction == "termination"]
        for span in ends:
            if self._trigger(span).ends is None:
                stops[span.start:span.end] = [True] * len(span)
        stops_of: dict[str, list[bool]] = {}  # an assertion's stops where a termination ends only some scopes
        for span in ends:
            for assertion in self._trigger(span).ends or ():
                marks = stops_of.setdefault(assertion, stops.copy())
                marks[span.start:span.end] = [True] * len(span)
        opening = [span for span in spans if self._trigger(span).direction not in ("termination", "pseudo")]
        # where another trigger stands, a list no longer goes on ("prior pelvic RT, LBP, r/o SIF / mets": the
        # "/" after "r/o" coordinates what that trigger asks, not what "prior" dates)
        triggered = [False] * len(doc)
        for span in opening:
            triggered[span.start:span.end] = [True] * len(span)
        return [self._scope(doc, span, stops_of.get(self._trigger(span).assertion, stops), span.start >= after_exam,
                            triggered) for span in opening]

    def _guides(self, span: Span) -> bool:
        """Whether an imaging mention guides a treatment ("Sacroplasty under CT guidance", "CT-guided vertebroplasty"):
        no exam of its own. A guided biopsy or injection stays the exam whose purpose its title asks ("CT-guided
        biopsy for ?sacral metastasis": a question)."""
        following = fold(span.doc.text[span.end_char:span.end_char + 40]).lower()
        return (self.guided is not None and self.treatment is not None and self.guided.match(following) is not None
                and self.treatment.search(fold(span.doc.text).lower()) is not None)

    def _opens_with(self, backward: Span, forward: Span) -> bool:
        """Whether ``backward``, a trigger reaching only back, and ``forward``, one reaching forward, both open the
        sentence: the first has nothing to reach, so it does not outrank the second."""
        return (backward.start == forward.start and _opens(backward)
                and self._trigger(backward).direction == "following"
                and self._trigger(forward).direction in ("preceding", "bidirectional"))

    def _counts_here(self, span: Span, after_exam: int) -> bool:
        """Whether a trigger's match counts where it stands: a title's purpose only after the title's exam, a time
        put first only where it opens the sentence, the first half of a pair only before its second half."""
        trigger = self._trigger(span)
        return ((not trigger.title_only or span.start >= after_exam)
                and (not trigger.opens_sentence or _opens(span))
                and (not trigger.needs_after or any(t.norm_ in trigger.needs_after for t in span.doc[span.end:])))

    def _contrasts(self, doc: Doc, spans: list[Span]) -> list[tuple[int, int]]:
        """(negation, turn) token indices of each contrast's turn: a contrast word ("utan", "bara") with a negation before it in its
        sentence, at least one word between ("inte bara" is no turn); across a comma only when what holds instead
        opens with a follower ("inte i acetabulum, som jouren trodde, utan i ramus", not "Inget ödem, ramus utan
        fraktur"). A longer trigger holding the word ("utan anmärkning", "utan tecken till") keeps it; a pseudo-trigger
        ("utan om": no "if") does not."""
        if not self.contrast.words:
            return []
        found = []
        for i, token in enumerate(doc):
            if token.norm_ not in self.contrast.words or any(s.start <= i < s.end and len(s) > 1
                                                              and self._trigger(s).direction != "pseudo" for s in spans):
                continue
            comma = False
            for j in range(i - 1, max(-1, i - self.contrast.reach - 1), -1):
                if doc[j].text in _CONTRAST_ENDS or "\n" in doc[j].text:
                    break
                if doc[j].norm_ in self.contrast.negations:
                    if j < i - 1 and (not comma or (i + 1 < len(doc) and doc[i + 1].norm_ in self.contrast.followers)):
                        found.append((j, i))
                    break
                comma = comma or doc[j].text == ","
        return found

    def _patient_as_parent(self, span: Span) -> bool:
        """A family trigger whose relative is a parent with no possessor ("Mamman har", not "hennes mamma hade",
        "pat:s mor hade"), in a note whose informant is the patient's child: that parent is the patient."""
        if self._trigger(span).assertion != "historical":
            return False
        doc = span.doc
        for token in span:
            if self.patient_as_parent.fullmatch(token.norm_):
                before = doc[max(0, token.i - 4):token.i].text.lower()
                # the possessor is the informant's own where the child is named before it in the sentence ("Caller
                # (son) reports his father has ...", "Daughter rang: her mother fell"): that parent is the patient
                # ("Tel från dotter: pat:s mamma hade ..." stays the patient's mother: the possessor is the patient)
                possessor = _POSSESSOR.search(before)
                return not possessor or (
                    not _PATIENTS_POSSESSOR.search(possessor.group())
                    and self.child_informants is not None
                    and self.child_informants.search(fold(doc[:token.i].text).lower()) is not None)
        return False

    def set_annotations(self, doc: Doc, mentions, scopes: list[Scope]) -> None:
        section: SectionRule | None = doc.user_data.get(SECTION_KEY)
        # exams first, so that a finding can see whether the sentence requests one (``_asks_the_request``)
        for mention in sorted(mentions, key=lambda m: m.label_ not in IMAGING_CONCEPTS):
            mention._.assertion = self.assert_span(mention, scopes, section)
        # a relative's prosthesis or radiation ("Hustrun har höftprotes", "Maken opererade nyligen en höftprotes") is
        # no mention of the patient's: read historical, it would be the patient's own lasting risk (timeline.py)
        others = [m for m in mentions if m.label_ in LASTING_RISKS and m._.assertion == "historical"
                  and any(s.trigger.others and s.trigger.applies(m.label_) and _distance(s, m) is not None
                          for s in scopes)]
        if others:
            mentions = [m for m in mentions if m not in others]
            doc.spans["concepts"] = mentions
        _share_listed_assertions(mentions)
        _share_earlier_fracture(mentions, self.definite_fracture)
        self._share_denied_exams(doc, mentions)

    def _share_denied_exams(self, doc: Doc, mentions) -> None:
        """Exams listed after a denied one ("No CT or MRI of the pelvis to date", "No CT, MRI or bone scan")
        that no trigger of their own qualifies are denied too: a denial of exams reaches a word or two, a list
        may run longer. Only a list joined by commas and coordinators ("or", "nor", "/"), not by "and"."""
        exams = sorted((m for m in mentions if m.label_ in IMAGING_CONCEPTS), key=lambda m: m.start)
        for before, after in zip(exams, exams[1:]):
            between = doc[before.end:after.start]
            if (before._.assertion == "negated" and after._.assertion == "present" and len(between)
                    and all(t.norm_ in self.coordinators or t.norm_ == "," for t in between)):
                after._.assertion = "negated"

    def assert_span(self, mention: Span, scopes: list[Scope], section: SectionRule | None) -> str:
        # a mention that runs across a contrast's turn is what holds instead ("ont i ljumsken utan i korsryggen")
        turns = [i for i in mention.doc.user_data.get(_CONTRAST_KEY, ()) if mention.start <= i < mention.end - 1]
        if turns:
            mention = Span(mention.doc, turns[-1] + 1, mention.end, label=mention.label_)
        best: tuple[int, int, str] | None = None
        best_scope: Scope | None = None
        for scope in scopes:
            trig = scope.trigger
            if not trig.applies(mention.label_) or (trig.spares_findings and not mention.start <= scope.start < mention.end
                                                    and self._names_finding(mention)):
                continue
            distance = _distance(scope, mention)
            if distance is None:
                continue
            key = (distance, self.rank.get(trig.assertion, len(self.rank)), trig.assertion)
            if best is None or key < best:
                best, best_scope = key, scope
        if best is not None:
            assertion = best[2]
            if assertion == "negated" and self._denied_on_an_earlier_study(mention, best_scope):
                # "a new fracture of the left pubic ramus that was not seen on the prior radiograph": the denial is
                # the earlier study's, so the finding is read by the sentence's other words (comparison reports);
                # overlapping denials of equal length ("was not seen", "not seen on") go together
                return self.assert_span(mention, [s for s in scopes if not (
                    s.trigger.assertion == "negated" and self._denied_on_an_earlier_study(mention, s))], section)
            if best_scope.trigger.names_finding and mention.start <= best_scope.start and best_scope.end <= mention.end:
                # a hedge that is the finding's own word ("sacral stress reaction": a stress injury is a suspected
                # fracture) is what the finding is, not the writer's doubt: what other triggers say of the finding
                # still holds ("Bone stress injury of the sacrum needs to be excluded", "her teammate had a sacral
                # stress reaction"); only a finding they leave present stays suspected
                others = [s for s in scopes if not (mention.start <= s.start and s.end <= mention.end)]
                outside = self.assert_span(mention, others, section)
                if outside not in ("present", "uncertain"):
                    return outside
            revived = self._outranking(mention, scopes, assertion)
            if revived is not None:
                return revived
            if assertion == "uncertain" and (best_scope.purpose or self._asks_the_request(mention, scopes)
                                             or section is not None and (section.question or (
                                                 section.question_mark and self._asks(mention, best_scope, best[0])))):
                return "hypothetical"
            if assertion == "uncertain" and (_asked_about(mention, best_scope, scopes)
                                             or _asked_as_question(mention, self.question_openers)):
                return "hypothetical"
            if assertion == "present" and _purpose_of_request(mention, scopes, best[0]):
                return "hypothetical"
            if assertion == "present" and section is not None:
                # a present trigger only affirms ("healing", "consistent with"): what the section implies still holds
                # ("COMPARISON: CT from 2022, which showed a healing ramus fracture" is that study's, historical)
                return section.implies_assertion(mention.label_) or assertion
            return assertion
        implied = section.implies_assertion(mention.label_) if section is not None else None
        if implied == "historical" and (self._fresh(mention) or self._current(mention)):
            return "present"
        return implied or "present"

    def _denied_on_an_earlier_study(self, mention: Span, scope: Scope) -> bool:
        """A denial after the finding placed on an earlier study ("on the prior radiograph", "on the study of
        03/10/2024", "on the May scan"; not "on today's CT") of a finding the sentence calls new ("a new fracture
        ... that was not seen on the prior radiograph", "... not present on the October film and is therefore new")
        or presupposes with a relative word ("Compression fracture of T12 that was not seen on the study of ...")."""
        words = self.earlier_study
        doc = mention.doc
        if not words or scope.start < mention.end or scope.end >= len(doc):
            return False
        if doc[scope.end - 1].norm_ in words["on"]:  # the trigger holds the placing word ("not seen on")
            start = scope.end
        elif doc[scope.end].norm_ in words["on"]:
            start = scope.end + 1
        else:
            return False
        placed, called_new = False, False
        for i in range(start, min(len(doc), start + 11)):
            word = fold_lower(doc[i].text)
            if doc[i].is_punct and word not in ("/", "-", "'", "'s"):
                break
            if word in words["this"]:
                return False
            placed = placed or (word in words["earlier"] or word in words["studies"] or word in self.months
                                or any(ch.isdigit() for ch in word))
            # "... and is (therefore) new"
            called_new = called_new or (word in words["new"] and "and" in {fold_lower(t.text)
                                                                            for t in doc[max(0, i - 3):i]})
        between = {fold_lower(t.text) for t in doc[mention.end:scope.start]}
        return placed and (called_new or self._fresh(mention) or bool(between & words["relatives"]))

    def _names_finding(self, mention: Span) -> bool:
        """Whether the mention, or the word right before it, names the finding itself (a fracture, a loss of height:
        "Sänkt höjd av L1 med bevarad bakkant")."""
        words = mention.doc[max(0, mention.start - 1):mention.end]
        return self.finding_word is not None and any(self.finding_word.fullmatch(fold_lower(t.text)) for t in words)

    def _current(self, mention: Span) -> bool:
        """A word that calls the finding current follows it and ends the phrase ("Ramusfraktur vä, aktuell.",
        "Left pubic ramus fracture - current"); "Ramusfraktur 2019, inte aktuell nu" does not."""
        doc, i = mention.doc, mention.end
        while i < min(len(doc), mention.end + 3) and doc[i].norm_ in self.current_leads:
            i += 1
        if i >= len(doc) or doc[i].norm_ not in self.current:
            return False
        return i + 1 >= len(doc) or doc[i + 1].norm_ in _PUNCTUATION or doc[i + 1].norm_ in self.current

    def _fresh(self, mention: Span) -> bool:
        """A word that makes the finding new stands right before it or opens it ("ny ramusfraktur", "Nu en ny
        kotkompression", "nytillkommen kompression av L2")."""
        doc = mention.doc
        words = doc[max(0, mention.start - 2):min(mention.end, mention.start + 2)]
        return any(t.norm_ in self.fresh for t in words)

    @staticmethod
    def _outranking(mention: Span, scopes: list[Scope], assertion: str) -> str | None:
        """The assertion of a trigger that reaches the mention and outranks the one its nearest trigger gave ("h/o
        LBP, now worse": the history is the pain's past, "now worse" its present), or None."""
        for scope in scopes:
            if (assertion in scope.trigger.outranks and scope.trigger.applies(mention.label_)
                    and _distance(scope, mention) is not None):
                return scope.trigger.assertion
        return None

    @staticmethod
    def _asks(mention: Span, scope: Scope, distance: int) -> bool:
        """A "?" (or "query") right on the finding ("?VCF", "compression fracture?") in a radiology report or a lone
        sentence."""
        if distance != 0 or mention.doc.user_data.get(NOTE_TYPE_KEY) not in (None, "", "radiology"):
            return False
        return _is_query(mention.doc[scope.start:scope.end])

    def _asks_the_request(self, mention: Span, scopes: list[Scope]) -> bool:
        """A "?" or "query" right on a finding, or on the words that qualify it ("?insufficiency fracture of
        sacrum"), after an exam the sentence requests is that request's question ("MRI pelvis requested for ongoing
        buttock pain ?sacral #", "bone scan referral - ?insufficiency fracture of sacrum"); a "?X" before the request
        ("?sacral fracture - MRI requested") is the writer's suspicion and stays uncertain. The query asks even where
        a nearer hedge qualifies the finding ("?insufficiency fracture of sacrum vs sacroiliitis")."""
        if mention.label_ in IMAGING_CONCEPTS:
            return False
        for scope in scopes:
            distance = _distance(scope, mention)
            if (distance is not None and distance <= _QUERY_REACH and _is_query(mention.doc[scope.start:scope.end])
                    and (_requested_before(mention.doc, scope.start)
                         or _asked_in_words(mention.doc, scope.start, self.asking_words))):
                return True
        return False

    def _not_an_earlier_year(self, span: Span, note_year: int, note_day: pd.Timestamp | None = None) -> bool:
        """A historical trigger that is a year ("2025", "'25"), or "in" and a year ("in 2025"), no earlier than the
        note's own year; or a ``dated`` one, a day or a month of a year ("Ramusfraktur hö 2022-11-03", "ramusfraktur
        vä i maj 2023"), no more than a year before the note's day: an earlier episode lies more than a year back
        (CONTRACT's episodes), so "Ramusfraktur vä 2025-02-12" in a note of March, or "i december 2024" in one of
        January 2025, dates this episode's fracture."""
        trigger = self._trigger(span)
        if trigger.assertion != "historical":
            return False
        if trigger.dated:
            day = self._dated_day(span)
            if day is None:
                return True
            if note_day is None or pd.isna(note_day):
                return day.year >= note_year
            return (pd.Timestamp(note_day).normalize() - day).days <= _EPISODE_DAYS
        if not YEAR.fullmatch(span[-1].text):
            # a phrase that names a four-digit year inside it ("CT pelvis from her 2023 admission:", "At her last
            # admission (2023)") is dated by that year too: the note's own year is no earlier episode (a phrase that
            # opens with its year, "2022 utreddes hon för", keeps its reading)
            inner = [int(t.text) for t in span[1:] if re.fullmatch(r"(?:19|20)\d\d", t.text)]
            return bool(inner) and max(inner) >= note_year
        # a phrase that ends in a four-digit year dates what it holds by that year too ("hade ryggskott 2023",
        # "utreddes för ländryggssmärta i januari 2025", "DT 2025 visade": the note's own year is no earlier episode)
        if len(span) != 1 and (len(span) != 2 or span[0].norm_ not in _YEAR_PREPOSITIONS) and not (
                len(span) >= 2 and re.fullmatch(r"(?:19|20)\d\d", span[-1].text)):
            return False
        text = span[-1].text
        if text[0] == "-" and span.end < len(span.doc) and span.doc[span.end].norm_ in self.range_units:
            return True  # "20 -25 %": the end of a range, no year
        digits = text.lstrip("'-")
        year = int(digits) if len(digits) == 4 else (2000 if int(digits) <= note_year % 100 else 1900) + int(digits)
        return year >= note_year

    def _dated_day(self, span: Span) -> pd.Timestamp | None:
        """The day a ``dated`` trigger names: a full date written as one token ("2022-11-03", "3.11.2022",
        "2022.11.03"), or a month and its year at the trigger's end ("maj 2023": the month's last day, as dates.py
        reads a month named alone); None if it names none."""
        m = _FULL_DAY.fullmatch(span[-1].text)
        if m:
            year, month, day = ((m["y1"], m["m1"], m["d1"]) if m["y1"] else (m["y2"], m["m2"], m["d2"]))
            try:
                return pd.Timestamp(year=int(year), month=int(month), day=int(day))
            except ValueError:
                return None
        # a month in digits with its year, as one token ("2023-05", "05/2023"): the month's last day, as a named month
        m = _YEAR_MONTH.fullmatch(span[-1].text)
        if m:
            return month_end(int(m["y1"] or m["y2"]), int(m["m1"] or m["m2"]))
        month = self.months.get(fold_lower(span[-2].text)) if len(span) >= 2 else None
        if month is None or not re.fullmatch(r"(?:19|20)\d\d", span[-1].text):
            return None
        return month_end(int(span[-1].text), month)

    def _trigger(self, span: Span) -> Trigger:
        return self.triggers[int(span.label_)]

    def _scope(self, doc: Doc, span: Span, stops: list[bool], purpose: bool = False,
               triggered: list[bool] | None = None) -> Scope:
        trig = self._trigger(span)
        reach = trig.max_scope or self.default_max_scope
        forward_end = backward_start = span.start
        if trig.direction in ("preceding", "bidirectional"):
            limit = len(doc) if trig.ignore_commas else min(len(doc), span.end + reach)
            forward_end = self._forward(doc, span.end, limit, stops, trig.ignore_commas, triggered)
            if trig.past_colon and forward_end < limit and doc[forward_end].text == ":" and _opens(span):
                forward_end = self._forward(doc, forward_end + 1, limit, stops, trig.ignore_commas, triggered)
        else:
            forward_end = span.end
        # A qualifier alone in a bracket speaks of what precedes it, whatever its direction ("sacral fracture
        # (probable)", "sakrumfraktur (trolig, ej verifierad)"); so does a doubt with a few words of its source
        # ("(not confirmed on imaging)", "(ej bekräftad radiologiskt)"). A negation there may be about something else
        # ("(not seen 2021)"), and so may a bracket that goes on ("(recommend MRI to exclude ...)").
        opens_bracket = (0 < span.start and span.end < len(doc) and doc[span.start - 1].text in ("(", "[")
                         and (doc[span.end].text in (")", "]", ",")
                              or trig.assertion == "uncertain" and _closes_within_words(doc, span.end, 3))
                         and trig.assertion != "negated")
        if (trig.direction in ("following", "bidirectional") and not _prefix_question(doc, span)
                and not _attributive(doc, span, trig.assertion)) or opens_bracket:
            # (only in a language whose lexicon lists qualifier_sources: English keeps the comma as a stop, where
            # "Loss of height of L1, heights otherwise maintained" closes on a trigger that names its own subject)
            after_comma = (not opens_bracket and trig.direction == "following" and bool(self.qualifier_sources)
                           and _closes_after_comma(doc, span, stops, self.qualifier_sources))
            end = span.start - opens_bracket - after_comma
            backward_start = self._backward(doc, end, max(0, end - reach), stops,
                                            trig.ignore_commas or opens_bracket, triggered)
        return Scope(trig, span.start, span.end, forward_end, backward_start, purpose)

    def _forward(self, doc: Doc, start: int, limit: int, stops: list[bool], ignore_commas: bool = False,
                 triggered: list[bool] | None = None) -> int:
        for i in range(start, limit):
            if stops[i] or doc[i].text == ")":  # a trigger inside brackets stays inside them
                return i
            if doc[i].text == "," and not ignore_commas and not self._list_goes_on(doc, i + 1, limit, stops,
                                                                                   triggered):
                return i
        return limit

    def _backward(self, doc: Doc, end: int, limit: int, stops: list[bool], ignore_commas: bool = False,
                  triggered: list[bool] | None = None) -> int:
        for i in range(end - 1, limit - 1, -1):
            if stops[i] and i in doc.user_data.get(_CONTRAST_KEY, ()):
                continue  # a following trigger after a contrast's turn still reaches back ("inte ny utan gammal")
            if stops[i] or doc[i].text == "(":  # "(not seen 2021)" says nothing of what precedes the bracket
                return i + 1
            if i == end - 1 or doc[i].text == ")" and all(doc[k].is_alpha for k in range(i + 1, end)):
                opening = _bracket_opening(doc, i, stops)  # "(e.g. osteoporosis, steroids, cancer) screened and absent"
                if opening is not None:
                    return opening + 1  # the bracket's list, whole: what the words after it say applies to each item
            if doc[i].text == "," and not ignore_commas and not self._list_goes_on(doc, i + 1, end, stops, triggered):
                return i + 1
            if not ignore_commas and _spaced_dash(doc, i) and _names_another_subject(doc, i + 1, end):
                return i + 1
        return limit

    def _list_goes_on(self, doc: Doc, start: int, end: int, stops: list[bool],
                      triggered: list[bool] | None = None) -> bool:
        """A comma continues the scope when a disjunction follows it ("ramus, sakrum eller acetabulum"), not when
        another trigger stands before the disjunction (``triggered``: the tokens of the sentence's triggers)."""
        for i in range(start, end):
            if stops[i] or triggered is not None and triggered[i]:
                return False
            if doc[i].norm_ in self.coordinators:
                return True
        return False


def _closes_within_words(doc: Doc, start: int, most: int) -> bool:
    """A bracket closes after at most ``most`` words from ``start`` ("on imaging)", "radiologiskt)")."""
    for k in range(start, min(len(doc), start + most + 1)):
        if doc[k].text in (")", "]"):
            return True
        if not doc[k].is_alpha:
            return False
    return False


def _spaced_dash(doc: Doc, i: int) -> bool:
    """A dash with a space on each side, which parts a telegraphic note's items ("Low back pain - neuro intact")."""
    return doc[i].text in ("-", "\u2013", "\u2014") and i > 0 and bool(doc[i - 1].whitespace_ and doc[i].whitespace_)


def _names_another_subject(doc: Doc, start: int, end: int) -> bool:
    """The words from ``start`` to a trigger at ``end`` name something the trigger speaks of ("- SLR negative", "-
    labb ua", "- myeloma screen negative"): not an exam, whose result speaks of the finding before the dash ("Sacral
    fracture - CT pelvis negative"), and not nothing ("Sacral fracture - negative")."""
    first = next((k for k in range(start, end) if doc[k].is_alpha), None)
    if first is None:
        return False
    return not any(s.start <= first < s.end for s in doc.spans.get("concepts", ()) if s.label_ in IMAGING_CONCEPTS)


def _bracket_opening(doc: Doc, close: int, stops: list[bool]) -> int | None:
    """The "(" that the ")" at ``close`` closes, when the bracket holds a list (a comma) and no scope stop; else
    None."""
    if doc[close].text != ")":
        return None
    for k in range(close - 1, -1, -1):
        if stops[k] or doc[k].text == ")":
            return None
        if doc[k].text == "(":
            return k if any(doc[j].text == "," for j in range(k + 1, close)) else None
    return None


def _share_listed_assertions(mentions) -> None:
    """A site listed after a fracture mention ("fracture line in the sacrum, iliac bones or pubic rami") that no
    trigger of its own qualifies takes that mention's assertion: a long list may outrun the negation's scope."""
    heads = {(m.start, m.end, m.label_): m._.assertion for m in mentions}
    for mention in mentions:
        head = mention._.listed_with
        if head in heads and mention._.assertion == "present":
            mention._.assertion = heads[head]


def _share_earlier_fracture(mentions, definite: re.Pattern | None) -> None:
    """A fracture that the same sentence named as an earlier episode, named again by its definite form alone ("som i
    fjol fick kotkompressioner i Th12 och L2 ... smärtan som hon hade efter kompressionerna"), is that earlier one:
    it takes its ``historical`` where no trigger of its own made it other than present. ``definite``: the lexicon's
    definite forms of a fracture word (``definite_fractures``), on folded lower-case text."""
    if definite is None:
        return
    found = sorted((m for m in mentions if m.label_ in FRACTURE_CONCEPTS), key=lambda m: m.start)
    for i, mention in enumerate(found):
        if mention._.assertion != "present" or len(mention) != 1 or definite.fullmatch(fold_lower(mention.text)) is None:
            continue
        sentence = mention.sent if mention.doc.has_annotation("SENT_START") else None
        earlier = [m for m in found[:i] if m.label_ == mention.label_ and m.end <= mention.start
                   and (sentence is None or sentence.start <= m.start)]
        if earlier and earlier[-1]._.assertion == "historical":
            mention._.assertion = "historical"


def _asked_about(mention: Span, hedge: Scope, scopes: list[Scope]) -> bool:
    """A hedge inside a question or a purpose that reaches the finding too asks about it ("MR beställs för att
    bedöma ev. sakrala frakturer"): what is asked is not suspected. Only triggers marked ``asks_hedges``."""
    return any(scope.trigger.asks_hedges and scope.trigger.direction in ("preceding", "bidirectional")
               and scope.trigger.applies(mention.label_) and scope.end <= hedge.start < scope.forward_end
               and _distance(scope, mention) is not None for scope in scopes)


def _asked_as_question(mention: Span, openers: tuple[tuple[str, ...], ...]) -> bool:
    """The finding's sentence is a question to someone: it opens with a question's words (context.json
    ``question_openers``: "Has she had a vertebral fracture before?", "Finns det någon sakrumfraktur?") and ends with
    "?", and the finding follows the opening. A "?" alone ("Sacral fracture?") is the writer's doubt."""
    doc = mention.doc
    words = [t for t in doc if not t.is_punct and not t.is_space]
    last = next((t for t in reversed(doc) if not t.is_space and t.text not in ")]\"'"), None)
    if last is None or last.text != "?" or not words:
        return False
    norms = [t.norm_ for t in words]
    for opener in openers:
        if tuple(norms[:len(opener)]) == opener and len(opener) <= len(words) and (
                words[len(opener) - 1].i < mention.start):
            return True
    return False


def _purpose_of_request(mention: Span, scopes: list[Scope], distance: int) -> bool:
    """A reason phrase marked ``asks_after_request`` ("med tanke på") that reaches the finding as closely as the
    winning trigger, after an exam the sentence requests, names what the exam is to look for ("MR bäcken
    rekommenderas med tanke på sakral insufficiensfraktur"); before the request it gives the reason ("Med tanke på
    känd osteoporos beställs DT bäcken")."""
    return any(scope.trigger.asks_after_request and scope.trigger.applies(mention.label_)
               and _distance(scope, mention) == distance and _requested_before(mention.doc, scope.start)
               for scope in scopes)


def _is_query(trigger: Span) -> bool:
    """The trigger is the query mark itself: "?", "(?)" or the word "query" (British reports' "query fracture")."""
    return trigger.text.strip("() ").lower() in ("?", "query")


def _requested_before(doc: Doc, position: int) -> bool:
    """The sentence requests an exam before token ``position`` (its imaging mention is hypothetical: exams are
    asserted before findings, see ``set_annotations``)."""
    return any(s.label_ in IMAGING_CONCEPTS and s.end <= position and s._.assertion == "hypothetical"
               for s in doc.spans["concepts"])


def _asked_in_words(doc: Doc, position: int, asking_words: frozenset[str]) -> bool:
    """The sentence asks its reader before token ``position`` (context.json ``asking_words``: "Please see and consider
    imaging - ?sacral insufficiency fracture", "Referred by GP with buttock pain ?SIF", "DXA requested ?osteoporosis":
    the question of a request), or the query is a "clinical
    query" (a request's field, British style: "Clinical query left pubic ramus fracture vs hip fracture")."""
    if position >= len(doc):
        return False
    if position > 0 and doc[position - 1].norm_ == "clinical" and doc[position].norm_ == "query":
        return True
    start = doc[position].sent.start if doc.has_annotation("SENT_START") else 0
    # "referred pain into the buttock" is a symptom, not a referral
    return any(t.norm_ in asking_words and not (t.i + 1 < len(doc) and doc[t.i + 1].norm_ == "pain")
               for t in doc[start:position])


def _distance(scope: Scope, mention: Span) -> int | None:
    """Tokens between trigger and mention when the mention is in the trigger's scope, else None."""
    if mention.start < scope.end and mention.end > scope.start:
        return 0  # the trigger is part of the mention ("normal höjd på kotkropparna")
    if scope.end <= mention.start < scope.forward_end:
        return _words_between(mention.doc, scope.end, mention.start)
    if scope.backward_start < mention.end <= scope.start:
        return _words_between(mention.doc, mention.end, scope.start)
    return None


def _words_between(doc: Doc, start: int, end: int) -> int:
    """The tokens from ``start`` to ``end`` that are no whitespace: a line break inside a sentence ("Misstänkt
    sakrumfraktur" + "avfärdades på DT") puts no word between a trigger and its finding."""
    return end - start if end == start else sum(1 for i in range(start, end) if not doc[i].is_space)

"""Find, load and validate the lexicon files of one language.

A lexicon folder holds ``<lang>/concepts.json``, ``context.json``, ``sections.json`` and ``exams.json``.
A site's own folder (``--lexicons DIR``) has the same shape; its entries extend the bundled ones (new terms,
triggers and headings), and a concept, class or section it names again with ``"replace": true`` replaces ours.

Loading only reads and checks the data; :mod:`reportminer.patterns` turns entries into spaCy patterns.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportminer.textnorm import fold_lower

LANGUAGES = ("sv", "en")
ASSERTIONS = ("present", "negated", "uncertain", "hypothetical", "historical")
DIRECTIONS = ("preceding", "following", "bidirectional", "pseudo", "termination")
CONCEPTS = (
    "pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain", "sacral_fracture",
    "osteoporosis", "steroid_therapy", "rheumatic_disease", "hip_prosthesis", "pelvic_radiation",
    "imaging_radiograph", "imaging_ct", "imaging_mri", "imaging_scintigraphy",
)
IMAGING_CONCEPTS = ("imaging_radiograph", "imaging_ct", "imaging_mri", "imaging_scintigraphy")
FRACTURE_CONCEPTS = ("pubic_ramus_fracture", "vertebral_compression_fracture", "sacral_fracture")
# Lasting states: an "st p höftplastik" or a past pelvic radiotherapy is still a risk today (timeline.py), and so a
# relative's is read as no mention at all (context.py)
LASTING_RISKS = ("hip_prosthesis", "pelvic_radiation")
REGIONS = ("pelvis", "sacrum", "si_joints", "hip", "lumbar_spine", "abdomen_pelvis", "whole_body", "other")
# The region an exam looked at when it found, excluded or failed to confirm a finding ("not confirmed on MRI")
FINDING_REGIONS = {"sacral_fracture": "sacrum", "pubic_ramus_fracture": "pelvis"}
FILES = ("concepts", "context", "sections", "exams")
# In a trigger's ``applies_to`` (or a group of concept_groups), "*" stands for any concept the lexicon does not
# define: a caller's own target term judged through ``reportminer.assertion``.
ANY_OTHER = "*"
EXAM_STATUSES = ("performed", "requested", "not_performed")
COVERAGE_KEYS = ("subject", "not_covered", "dedicated_study", "limited_field", "done_because")

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "lexicons"

Entry = Any  # a plain phrase (str) or {"literal": str, "pattern": [token, ...]}


class LexiconError(ValueError):
    """A lexicon file is missing, malformed or uses an unknown key or value."""


@dataclass(frozen=True)
class Trigger:
    """A ConText trigger: its assertion, the direction its scope runs, and its phrases."""

    assertion: str | None
    direction: str
    entries: tuple[Entry, ...]
    max_scope: int | None = None
    applies_to: frozenset[str] | None = None  # None: every concept; may hold ANY_OTHER
    # A comma does not end the scope: a conditional governs the whole sentence ("Om smärtan kvarstår, MR bäcken");
    # an appositive looks back over its comma ("L1 compression deformity, chronic in appearance").
    ignore_commas: bool = False
    # Counts only in a radiology report's exam title line, after the exam's name: a purpose word there ("MRI
    # LUMBAR SPINE FOR COMPRESSION FRACTURE", "MR ländrygg avseende kotkompression") names the referral's question.
    title_only: bool = False
    # A purpose or question that asks about a hedged finding ("för att bedöma ev. sakrala frakturer"): the hedge
    # inside its scope asks too, so the finding is hypothetical, not suspected.
    asks_hedges: bool = False
    # A reason phrase ("med tanke på", "mtp") after an exam the sentence requests states what the exam is to look
    # for ("MR bäcken rekommenderas med tanke på sakral insufficiensfraktur"): the finding is asked, not stated.
    asks_after_request: bool = False
    # A termination that ends only these assertions' scopes (None: every scope). A cause ends a negation ("no
    # appetite due to back pain") but not a history ("st.p. sakroplastik pga sakrumfraktur" is past all through).
    ends: frozenset[str] | None = None
    # Assertions this trigger beats wherever it reaches the span, however near theirs stands: a pain's history
    # followed by its state today ("h/o LBP, now worse", "tidigare ländryggsbesvär, nu försämrad") is present.
    outranks: frozenset[str] = frozenset()
    # A full date or a month of a year ("Ramusfraktur hö 2022-11-03", "i maj 2023"): it counts only where that day
    # lies more than a year before the note's (an earlier episode), not by the calendar year alone.
    dated: bool = False
    # Counts only where the sentence opens with it (after punctuation at most): a time put first with its preposition
    # dates what the sentence goes on to tell ("In 2019 she had an L2 compression fracture"), while the same words
    # later in a sentence belong to what stands before them ("Compared with the CT in 2019 there is a new ...").
    opens_sentence: bool = False
    # A word of normality ("normal", "preserved", "intact", "bevarad") describes a property: a height, an alignment, a
    # posterior wall. Outside a mention, it never denies a finding named by one of the context's ``finding_words``
    # ("L1 compression fracture with alignment maintained", "Normal SI joints and a fracture of the left sacral
    # ala"); inside one it still does ("the fracture and an intact sacrum").
    spares_findings: bool = False
    # Counts only where one of these words (folded, lower case) follows it in its sentence: the first half of a pair
    # ("varken ... eller"), which without its second half is another word (written without å/ä/ö, "varken" is
    # "värken", the ache: "Varken i ländryggen har ökat").
    needs_after: frozenset[str] = frozenset()
    # A condition put first reaches past the colon that closes it ("If pain persists: MRI pelvis", "Vid kvarstående
    # smärta: MR bäcken"): what follows the colon is what the condition makes a plan of. Only where the trigger opens
    # its sentence; elsewhere a colon still ends its scope.
    past_colon: bool = False
    # The hedge names what the finding is, not the writer's doubt: inside a mention ("sacral stress reaction", "bone
    # stress injury of the sacrum": a stress injury is a suspected fracture) it leaves the finding to what the triggers
    # outside say ("... should be excluded", "her teammate had ..."), suspected only where they leave it present.
    names_finding: bool = False
    # The finding is another person's (a relative's: "Hustrun har höftprotes", "mamma hade"): its ``historical`` keeps
    # it from the patient's findings; a lasting risk (a prosthesis, radiation) it makes no mention of the patient's.
    others: bool = False

    def applies(self, concept: str) -> bool:
        """Whether the trigger can change the assertion of a span of ``concept`` (any string)."""
        if self.applies_to is None or concept in self.applies_to:
            return True
        return ANY_OTHER in self.applies_to and concept not in CONCEPTS


@dataclass(frozen=True)
class Contrast:
    """A contrast ("inte i höften utan i ländryggen", "inte gjord här utan på Danderyd", "inte inställd, bara
    flyttad"): after one of ``negations``, one of ``words`` turns to what holds instead; it is no "without", and the
    negation before it speaks only of what stands between them. ``followers`` may open what holds instead when a
    comma stands between ("inte i acetabulum, som jouren trodde, utan i ramus"); ``reach`` in tokens. Words are
    folded and lowercased, as token norms are."""

    words: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    followers: frozenset[str] = frozenset()
    reach: int = 12

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Contrast":
        folded = lambda key: frozenset(fold_lower(w) for w in data.get(key, ()))  # noqa: E731
        return cls(folded("words"), folded("negations"), folded("followers"), int(data.get("reach", 12)))


@dataclass(frozen=True)
class SectionRule:
    """Headings that open a section, and the assertion the section implies for some concepts."""

    name: str
    headings: tuple[str, ...]
    question: bool = False
    implies: str | None = None
    implies_for: frozenset[str] = frozenset()
    first_sentence_only: bool = False  # the implication holds for the heading's own sentence only
    # In a radiology report, a "?" on the finding itself asks ("HISTORY: fall, ?sacral fracture"): a referral's
    # question, not the radiologist's suspicion. (In a clinical note's history it stays a suspicion.)
    question_mark: bool = False
    # The section names the exam of a radiology report ("EXAM:", "Undersökning:"): its lines are the title line.
    title: bool = False
    # The heading's own words belong to its first sentence: "Tidigare frakturer: radius 2019, L1 2022" names the
    # fracture in its heading and lists the sites after the colon (concepts.json coordination "heads").
    heading_in_text: bool = False
    # The heading names fractures ("Previous fractures:", "Fracture history:"): a site its lines list is a fracture
    # ("Previous fractures: right wrist 2016, L1 2021, left pubic ramus 2022"; concepts.py _history_list).
    lists_fractures: bool = False
    # Note types in which the heading opens no such section: an epikris's "Åtgärder:" lists the stay's registered
    # procedures (KVÅ), done, where a daily note's "Åtgärd:" plans (nlp.NotePipeline.extract drops the section).
    not_in_note_types: frozenset[str] = frozenset()

    def implies_assertion(self, concept: str) -> str | None:
        """The assertion this section implies for a span of ``concept``, or None."""
        if concept in self.implies_for or (ANY_OTHER in self.implies_for and concept not in CONCEPTS):
            return self.implies
        return None


@dataclass(frozen=True)
class Lexicon:
    """Everything reportminer knows about one language, as loaded from the lexicon files."""

    language: str
    classes: dict[str, Any]
    concepts: dict[str, tuple[Entry, ...]]
    exclusions: tuple[Entry, ...]
    # Patterns of a generic or teaching statement ("fragility fractures are common in osteoporosis"): a sentence
    # that holds one speaks of no patient, so its findings are no mentions.
    generic: tuple[Entry, ...]
    assertion_priority: tuple[str, ...]
    default_max_scope: int
    list_coordinators: tuple[str, ...]
    # Words that open a short source or date after a qualifier that follows a comma ("Sakrumfraktur, ej påvisad på
    # DT", "..., läkt sedan 2023"): the qualifier still closes its sentence
    qualifier_sources: tuple[str, ...]
    triggers: tuple[Trigger, ...]
    sections: tuple[SectionRule, ...]
    regions: dict[str, tuple[Entry, ...]]
    region_priority: tuple[str, ...]
    region_window: int
    default_region: dict[str, str]
    # Words of an exam's list of body parts ("chest", "buk", "and"): a comma followed by them up to a region still
    # names the exam's field ("CT chest, abdomen and pelvis")
    region_list_words: tuple[str, ...]
    # Verbs after an exam's words that say its field takes in more ("MR höger höft 10/2 som även inkluderade
    # bäckenet"): the region window reaches a few words past them, so a date before them does not hide the part
    region_reach_words: tuple[str, ...]
    sacrum_assessed: tuple[Entry, ...]
    demographics: dict[str, tuple[str, ...]]
    abbreviations: tuple[str, ...]
    # Words that cannot end a sentence ("of", "the", "av", "och"): a line that ends with one goes on on the next
    # line, whatever letter that line opens with (hard-wrapped reports: "compression fracture of" + "L1").
    line_continuations: tuple[str, ...] = ()
    # Labels that, opening a later sentence on a past-history heading's line, report today's findings ("PMH:
    # osteoporosis, dementia. XR pelvis: fractures of both rami"): the history ends before them.
    present_labels: tuple[str, ...] = ()
    # Verbs with which a report states a finding ("shows", "demonstrates", "visar"), regular expressions: a long
    # first line of a radiology report that holds one is prose, not the exam's title line.
    report_verbs: tuple[str, ...] = ()
    # How a radiologist's own text opens a line ("There is", "No fracture", "Appearances"), regular expressions on
    # the folded, lowercased line start: such a line after a question written on its heading's line ("Clinical
    # details: fall ?fracture" + "There is a sclerotic band ...") is the report's, no longer the question's.
    report_openers: tuple[str, ...] = ()
    # A line that announces an earlier document pasted into the note ("Previous report (XR pelvis 11.09.2023) for
    # reference:", "his previous MRI report is pasted below:"), and the lines that end such a quote by returning to
    # the present ("Examination today", "No injury since"): regular expressions on a folded, lowercased line. A
    # fracture stated inside the quote is the earlier document's: historical.
    quote_openers: tuple[str, ...] = ()
    quote_ends: tuple[str, ...] = ()
    # What speech recognition writes for a word or a mark, and what it stands for (sections.json ``dictation``:
    # the text a match stands for -> regular expressions on the text, case ignored; a group ``w`` names the part
    # rewritten): spoken punctuation ("full stop", "new paragraph"), split words ("in tact"), spelled-out letters
    # ("M R I"), sound-alikes where the words around leave one sense ("know evidence of"). The note is read
    # rewritten; what is found maps back to the text as written.
    dictation: tuple[tuple[str, str], ...] = ()
    # A form's question whose answer follows on its line ("Where is your pain? Lower back and bottom.", "Do you have
    # back pain? Yes, low down"): regular expressions on the folded, lowercased words before the "?"; that "?" ends
    # no sentence, so the answer gives the question's pain its site.
    answered_questions: tuple[str, ...] = ()
    # Words by which a heading names where its text comes from, before its colon ("Remiss från VC:", "Anamnes från
    # dottern:"): regular expressions on folded lowercase text; the heading still opens its section.
    heading_sources: tuple[str, ...] = ()
    # Words before a "?" that make its sentence a request to the reader ("please", "referred", "consider"): the
    # query there asks, whatever exam the sentence names, if any.
    asking_words: tuple[str, ...] = ()
    # Units after "-25" that make it the end of a range ("20 -25 %"), not a year written "-25".
    range_units: tuple[str, ...] = ()
    # Words that open a question to someone ("Has she", "Is there", "Finns det", "Har hon"): a sentence that opens
    # with one and ends with "?" asks about its findings; it does not suspect them.
    question_openers: tuple[str, ...] = ()
    # Where a note's informant is the patient's child ("Telefonkontakt med dottern", "Sonen ringer"), a parent named
    # without a possessor in a later sentence is the patient ("Mamman har fortsatt ont lågt i ryggen"), no family
    # history: regular expressions (folded, lowercased text) for the informant and for such a parent's word.
    child_informants: tuple[str, ...] = ()
    patient_as_parent: str = ""
    # A denial placed on an earlier study, of a finding the sentence calls new ("a new fracture of the left pubic
    # ramus that was not seen on the prior radiograph", "... was not present on the October film and is therefore
    # new"): the words that place it (``on``), that make the study an earlier one or name a study (``earlier``,
    # ``studies``), that make it this study (``this``: "not seen on today's CT" denies), the relative words that
    # presuppose the finding (``relatives``) and the words after "and is" that call it new (``new``). Such a
    # denial is the earlier study's: the finding keeps what the sentence's other words say of it.
    earlier_study_denials: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A fracture word in its definite form, one token ("kompressionerna", "frakturen"), regular expressions: named
    # again after its sentence named an earlier episode, it is that episode.
    definite_fractures: tuple[str, ...] = ()
    # Words that name a fracture or a loss of height themselves ("fracture", "kompressionsfraktur", "loss",
    # "sänkt"), regular expressions on one folded lower-case token ("@FX": a class of concepts.json, whole): a
    # mention holding one is no property that a word of normality could describe (a trigger's ``spares_findings``).
    finding_words: tuple[str, ...] = ()
    coordination: dict[str, Any] = field(default_factory=dict)
    exam_dates: dict[str, Any] = field(default_factory=dict)
    # exam status wording: status -> reason -> regular expressions (on folded, lowercased text)
    exam_status: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    exam_references: tuple[str, ...] = ()
    exam_other_objects: tuple[str, ...] = ()  # what a refusal may concern instead of the exam ("contrast")
    exam_other_persons: tuple[str, ...] = ()  # words right before an exam that make it another person's ("her husband's")
    # a line over a pasted table that gives its rows to another patient ("Tabellen avser annan patient"): no exams here
    exam_foreign_tables: tuple[str, ...] = ()
    # words right before an exam that make it the review of a study its note named before ("Eftergranskning av
    # scintigrafin avvaktas"): that study, no new one
    exam_reviewed: tuple[str, ...] = ()
    exam_prior_study: tuple[str, ...] = ()  # words right before an exam that make it an earlier one ("no prior pelvic")
    # words opening a clause that tell of a first attempt ("(första avbröts pga smärta)"): its failure is that attempt's
    exam_earlier_attempt: tuple[str, ...] = ()
    # words of a radiology report that name its own study again as one to repeat ("Omtag i sedering rekommenderas")
    exam_repeat_study: tuple[str, ...] = ()
    exam_swapped_to: tuple[str, ...] = ()  # words right before an exam that make it the one a request was changed to
    # words of a sentence that corrects an earlier entry ("Correction:", "entered in error", "as previously documented"):
    # its study's status or body part replaces what a recent earlier note stated of that study (round 62)
    exam_corrections: tuple[str, ...] = ()
    exam_unnamed_region: tuple[str, ...] = ()  # what follows a modality that names no body part ("the MRI was")
    exam_other_region: tuple[str, ...] = ()  # what follows a modality that names a body part outside REGIONS
    exam_other_region_before: tuple[str, ...] = ()  # such a body part written before the modality ("head CT")
    # body parts next to the sacrum ("coccyx"): a report of their study whose exam names no region of ours covers the
    # sacrum only where it reads the sacrum, as a hip study does
    exam_sacrum_neighbours: tuple[str, ...] = ()
    # what follows an MRI word that makes it a study of vessels ("MR angiogram of the pelvis and legs", "MR venography"):
    # its sequences are no marrow study, so it covers the sacrum only where its report reads it, whatever region it names
    exam_vessel_studies: tuple[str, ...] = ()
    # what follows a modality word that makes it the guidance of a procedure ("CT-guided right SI joint injection",
    # "under CT guidance", "SI-ledsinjektion under DT-ledning"): images for the needle's path, no study of the region,
    # so never a sacral workup
    exam_guided_procedures: tuple[str, ...] = ()
    # the word parts of a treatment a guided procedure may be ("vertebroplasty", "cement augmentation", "skruv"): its
    # "for" names what it treats, not a question
    exam_guided_treatments: tuple[str, ...] = ()
    # the words of a radiology report's sentence telling that its own study was done elsewhere (`done`: "Undersökningen
    # är utförd på Unilabs 2024-11-18", "Undersökningsdatum: 2024-10-29", "Extern undersökning utförd 2025-01-22 vid
    # ..."): the date that sentence gives is the study's, earlier than the report of its review; not in a sentence that
    # compares (`compared`: "Jämförelse med MR bäcken utförd på Capio 2023-05-02" names an earlier study)
    exam_outside_study: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a study only the patient or a relative tells of ("Hon berättar att hon gjorde en MR av bäckenet i Alicante"),
    # then said to have no answer, no images, nothing registered ("Något svar eller några bilder finns inte"): the
    # words of such a claim (`claims`) and of the absence of any record (`absences`)
    exam_unrecorded: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # an exam spoken of that is no exam of the patient, neither asked for nor done (round 63): ``before``, words right
    # before it (a leaflet, a guideline's quote, a queue, an unticked box); ``wishes``, the patient's wish, question or
    # fear right before it (unless a status word follows it in its sentence); ``after``, what a modality does in
    # general, right after its name and up to ``between`` words ("MRI is the most sensitive test", "plain films miss
    # most", "DT missar"), unless ``own_study`` right before it makes it a particular study ("the MRI can show");
    # ``openings``, what opens a sentence whose exams are a menu, a list of options or a copied plan ("Ordinationsmall
    # ...:"); a wish or a general word stays a request where its sentence or the next orders the study
    exam_spoken_of: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # what stands right before a modality word that makes it the imaging of an operation, taken to guide or check it
    # ("intraoperative cone beam CT of the pelvis", "O-arm CT"): as a guided procedure's, no study of the region
    exam_guiding_before: tuple[str, ...] = ()
    # a modality word that itself names an angiogram ("CTA"): with no region of ours named, a study of vessels that
    # covers the sacrum only where its report reads it, never a study naming no body part ("the CTA report also
    # notes a pubic ramus fracture" takes no region from the finding)
    exam_angiogram_names: tuple[str, ...] = ()
    # procedure codes that stand for an exam's name in the exam column ("72195" -> "MRI pelvis without contrast")
    exam_procedure_codes: dict[str, str] = field(default_factory=dict)
    # body parts whose study never images the sacrum ("CT head", "MRI knee"): a study of another region of ours that
    # names none of them (a CT angiogram of the aorta and iliacs, a PET-CT, a rectal MRI) covers the sacrum where its
    # report reads the sacrum
    exam_far_from_sacrum: tuple[str, ...] = ()
    # words that name a part of a study, not a study ("SPECT", "SPECT/DT": a scintigraphy's tomographic acquisition):
    # with no region of their own they image a limited field (no default whole-body region), and in a scintigraphy's
    # report they are that study's own part
    exam_study_parts: tuple[str, ...] = ()
    exam_status_fields: tuple[str, ...] = ()  # a work list's status field on the line under its exam ("Status: Bokad")
    # a work list's status written bare under an exam's own line, no field label ("DT bäcken" / "Remiss mottagen 2/7.")
    exam_status_lines: tuple[str, ...] = ()
    # a sentence that gives a priority alone ("Prio: rutin.", "Prio 2.", "Omprioriterad till rutin."): right before
    # a clinical note's sentence naming studies with no status word of their own, it is their request
    exam_priority_lines: tuple[str, ...] = ()
    # the headings of a clinical note's assessment ("Bedömning:"): an exam named alone under one is the writer's plan
    exam_assessment_headings: tuple[str, ...] = ()
    exam_coverage: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # what opens a clause that goes on to an exam's next step from the clause that named it, beyond "and", "then"
    # ("suggested an MRI of the pelvis, which was done on 14 September"): the step is that exam's own
    exam_next_step: tuple[str, ...] = ()
    # what opens a later clause that tells a stopped study repeated or completed ("...; successfully repeated on
    # Thursday under sedation", "...; repeat under GA done 20/05"): the study was done after all
    exam_repeat_clause: tuple[str, ...] = ()
    # the day a performed word names right after it ("done 12/03", "performed Wed", "utförd i onsdags"): opening a
    # clause of its own, that dated step is the requested study's next step ("MRI pelvis ordered Mon, performed Wed")
    exam_step_days: tuple[str, ...] = ()
    # A clinical note's exam with only a purpose after it ("CT pelvis to r/o sacral fx", "DT bäcken för att utesluta
    # sakrumfraktur") or an appointment ("MR-tid 24/4") is a plan: "purpose" and "appointment" find them, "done"
    # the words that say it was done all the same, "dated" a date (done, after a purpose).
    exam_purpose: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Back pain with no level ("ryggsmärta", "back pain"): its patterns ("unplaced") and the cues that place it
    # low ("low") or higher ("elsewhere"); see reportminer.placement.
    back_pain: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    contrast: Contrast = Contrast()  # "inte X utan Y"; see Contrast
    # What a refusal may concern in a sentence that tells a study done: a new study ("avstår från ny undersökning"),
    # not the one done (regular expressions on the folded, lowercased words right after the refusal).
    exam_new_study: tuple[str, ...] = ()
    # What opens a condition before an exam in its clause ("If the CT pelvis is normal", "Om MR visar fraktur"): a
    # result told there is awaited, not reported (regular expressions on the folded, lowercased sentence).
    exam_conditions: tuple[str, ...] = ()
    # A short sentence that only says the finding before it is unconfirmed ("Sakrumfraktur. Ej verifierad."):
    # regular expressions matched on the whole folded, lowercased sentence, and the concepts they qualify.
    next_sentence_hedges: tuple[str, ...] = ()
    next_sentence_hedge_concepts: frozenset[str] = frozenset()
    # What such a sentence says of the exam it names ("Not confirmed on MRI": done, and negative): the qualifiers
    # that say the confirmation is still to come ("awaited": the exam is requested) or never came ("missing": not
    # done). Keys of HEDGE_EXAM_KEYS; regular expressions on the folded, lowercased sentence.
    next_sentence_hedge_exams: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A bare answer to the question before it ("Buttock pain? No.", "Osteoporosis? Yes."): keys of
    # HEDGE_ANSWER_KEYS, regular expressions on the whole folded, lowercased answer sentence.
    next_sentence_answers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    version: str = field(default="")


_TOP_KEYS = {
    "concepts": {"language", "purpose", "description", "classes", "concepts", "exclusions", "coordination", "generic",
                 "back_pain"},
    "context": {"language", "purpose", "description", "assertions", "max_scope", "list_coordinators", "asking_words",
                "qualifier_sources", "range_units", "question_openers", "concept_groups", "child_informants",
                "patient_as_parent", "earlier_study_denials",
                "triggers", "next_sentence_hedges", "definite_fractures", "finding_words",
                "contrast"},
    "sections": {"language", "purpose", "description", "sections", "abbreviations", "line_continuations",
                 "present_labels", "report_verbs", "report_openers", "quote_openers", "quote_ends", "dictation",
                 "answered_questions", "heading_sources"},
    "exams": {"language", "purpose", "description", "classes", "regions", "region_priority", "region_window",
              "region_list_words", "region_reach_words",
              "default_region", "sacrum_assessed", "demographics", "exam_dates", "status", "references",
              "other_objects", "other_persons", "coverage", "unnamed_region", "other_region", "purpose_only",
              "sacrum_neighbours", "far_from_sacrum", "vessel_studies", "guided_procedures", "guided_treatments",
              "guiding_before", "outside_study", "unrecorded", "procedure_codes", "study_parts", "angiogram_names",
              "other_region_before", "status_fields", "status_lines", "priority_lines", "assessment_headings",
              "new_study", "next_step", "step_days", "prior_study", "reviewed", "conditions", "swapped_to",
              "earlier_attempt", "repeat_study", "repeat_clause", "corrections", "foreign_tables", "spoken_of"},
}
_TRIGGER_KEYS = {"assertion", "direction", "terms", "max_scope", "applies_to", "ignore_commas", "replace",
                 "title_only", "asks_hedges", "asks_after_request", "ends", "outranks", "dated",
                 "opens_sentence", "spares_findings", "needs_after", "past_colon", "names_finding",
                 "others"}
_SECTION_KEYS = {"name", "headings", "question", "implies", "implies_for", "first_sentence_only", "question_mark",
                 "replace", "title", "heading_in_text", "lists_fractures", "not_in_note_types"}
# an exclusion entry's flags, each naming how the entry blocks a concept match (concepts._exclusion_groups)
EXCLUSION_FLAGS = {"edges_only": "edges", "start_only": "start", "head_only": "head", "vertebra_only": "vertebra"}
_ENTRY_KEYS = {"literal", "pattern", "anchor", *EXCLUSION_FLAGS}
# concepts.json "back_pain": back pain with no level of its own, and the cues that place back pain low or higher
BACK_PAIN_KEYS = ("unplaced", "low", "elsewhere", "measured")
# context.json "next_sentence_hedges": what a qualifier sentence says of the exam it names (reportminer.hedges)
HEDGE_EXAM_KEYS = ("exam_awaited", "exam_missing")
# context.json "next_sentence_hedges": the answers that settle a question asked in the sentence before; and
# "field_no", a field's own value that denies the finding its label names ("Sacral fracture: No", reportminer.hedges),
# and "field_label", the words that may stand between that finding and the label's colon ("Steroid use: No");
# "answer_earlier", an answer that dates the finding years back ("Har du haft ryggskott? Ja, för tio år sedan.");
# "correction", the words that open a sentence putting right the sentence before ("Rättelse: ska vara ...");
# "second_read", the words that open a second reader's sentence ("On review, ...", "Our review: ..."), which puts
# right the sentence before only where that one tells another reader's finding ("other_read": "The outside report
# describes ...", "Outside report: ..."); "done_question", the words of a question about a study that ask whether it
# was done ("Has she had a CT of the pelvis? Yes."): only then does a yes tell the study done; "answer_unknown", an
# answer to such a question that does not know ("Has she had a CT? Not documented.", "Gjort MR tidigare? Okänt."):
# the study is not known done, and no order stands
HEDGE_ANSWER_KEYS = ("answer_no", "answer_yes", "answer_earlier", "answer_unknown", "field_no", "field_label",
                     "correction", "second_read", "other_read", "done_question")


def lexicon_dirs(site_dir: str | Path | None = None) -> list[Path]:
    """Return the lexicon folders to load, bundled first, the site's own (if any) last."""
    dirs = [BUNDLED_DIR]
    if site_dir is not None:
        site = Path(site_dir)
        if not site.is_dir():
            raise LexiconError(f"{site}: lexicon folder not found")
        dirs.append(site)
    return dirs


def load_lexicon(language: str, site_dir: str | Path | None = None) -> Lexicon:
    """Load and validate the lexicon of ``language`` ("sv" or "en"), merged with a site's folder."""
    if language not in LANGUAGES:
        raise LexiconError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
    merged: dict[str, dict] = {}
    digest = hashlib.sha256()
    for folder in lexicon_dirs(site_dir):
        for purpose in FILES:
            path = folder / language / f"{purpose}.json"
            if not path.exists():
                if folder == BUNDLED_DIR:
                    raise LexiconError(f"{path}: bundled lexicon file missing")
                continue
            raw = path.read_bytes()
            digest.update(raw)
            data = _read_json(path, raw)
            _check_file(path, data, purpose, language)
            merged[purpose] = _merge(merged.get(purpose), data, purpose)
    return _build(language, merged, digest.hexdigest()[:12])


def _read_json(path: Path, raw: bytes) -> dict:
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_repeated_keys)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise LexiconError(f"{path}: not valid UTF-8 JSON: {err}") from err
    except _RepeatedKey as err:
        # JSON itself keeps the last of two equal keys: the first one's entries would vanish without a word
        raise LexiconError(f"{path}: the key {err.args[0]!r} appears twice in one object; merge its entries") from err
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: the top level must be an object")
    return data


class _RepeatedKey(Exception):
    pass


def _no_repeated_keys(pairs: list[tuple[str, object]]) -> dict:
    data = dict(pairs)
    if len(data) < len(pairs):
        raise _RepeatedKey(next(k for i, (k, _) in enumerate(pairs) if k in dict(pairs[:i])))
    return data


def _check_keys(path: Path, where: str, data: dict, allowed: set[str]) -> None:
    unknown = set(data) - allowed
    if unknown:
        raise LexiconError(f"{path}: unknown key(s) {sorted(unknown)} in {where}; allowed: {sorted(allowed)}")


def _check_file(path: Path, data: dict, purpose: str, language: str) -> None:
    _check_keys(path, "the file", data, _TOP_KEYS[purpose])
    if data.get("language") != language:
        raise LexiconError(f"{path}: 'language' is {data.get('language')!r}, expected {language!r}")
    if data.get("purpose") != purpose:
        raise LexiconError(f"{path}: 'purpose' is {data.get('purpose')!r}, expected {purpose!r}")
    for concept in data.get("concepts", {}):
        if concept not in CONCEPTS:
            raise LexiconError(f"{path}: unknown concept {concept!r}; allowed: {list(CONCEPTS)}")
    for i, trig in enumerate(data.get("triggers", [])):
        _check_keys(path, f"triggers[{i}]", trig, _TRIGGER_KEYS)
        if trig.get("direction") not in DIRECTIONS:
            raise LexiconError(f"{path}: triggers[{i}] direction {trig.get('direction')!r}; allowed: {DIRECTIONS}")
        if trig.get("assertion") not in (None, *ASSERTIONS):
            raise LexiconError(f"{path}: triggers[{i}] assertion {trig.get('assertion')!r}; allowed: {ASSERTIONS}")
        if "ends" in trig and (trig["direction"] != "termination" or not set(trig["ends"]) <= set(ASSERTIONS)):
            raise LexiconError(f"{path}: triggers[{i}] ends {trig['ends']!r}: only a termination trigger ends scopes, "
                               f"of assertions among {ASSERTIONS}")
        if "outranks" in trig and (trig.get("assertion") is None or not set(trig["outranks"]) <= set(ASSERTIONS)):
            raise LexiconError(f"{path}: triggers[{i}] outranks {trig['outranks']!r}: a trigger with an assertion "
                               f"outranks assertions among {ASSERTIONS}")
    for name, members in data.get("concept_groups", {}).items():
        _check_concepts(path, f"concept_groups[{name!r}]", members, groups=False)
    for i, trig in enumerate(data.get("triggers", [])):
        _check_concepts(path, f"triggers[{i}] applies_to", trig.get("applies_to", []), groups=True)
    for i, sec in enumerate(data.get("sections", [])):
        _check_keys(path, f"sections[{i}]", sec, _SECTION_KEYS)
        _check_concepts(path, f"sections[{i}] implies_for", sec.get("implies_for", []), groups=False)
        if sec.get("implies") not in (None, *ASSERTIONS):
            raise LexiconError(f"{path}: sections[{i}] implies {sec.get('implies')!r}; allowed: {ASSERTIONS}")
    for region in data.get("regions", {}):
        if region not in REGIONS:
            raise LexiconError(f"{path}: unknown region {region!r}; allowed: {list(REGIONS)}")
    _check_exam_wording(path, data)
    for key in ("report_verbs", "report_openers", "quote_openers", "quote_ends", "answered_questions",
                "heading_sources", "definite_fractures", "finding_words"):
        if key in data:
            _check_regexes(path, key, data[key])
    dictation = data.get("dictation", {})
    if not isinstance(dictation, dict):
        raise LexiconError(f"{path}: 'dictation' must be an object of what a match stands for -> regular expressions")
    for chars, items in dictation.items():
        _check_regexes(path, f"dictation[{chars!r}]", items)
    hedges = data.get("next_sentence_hedges", {})
    if not isinstance(hedges, dict):
        raise LexiconError(f"{path}: 'next_sentence_hedges' must be an object of 'applies_to' and 'patterns'")
    _check_keys(path, "next_sentence_hedges", hedges, {"description", "applies_to", "patterns", *HEDGE_EXAM_KEYS,
                                                       *HEDGE_ANSWER_KEYS})
    for name in ("patterns", *HEDGE_EXAM_KEYS, *HEDGE_ANSWER_KEYS):
        if name in hedges:
            _check_regexes(path, f"next_sentence_hedges.{name}", hedges[name])
    _check_concepts(path, "next_sentence_hedges applies_to", hedges.get("applies_to", []), groups=True)
    back_pain = data.get("back_pain", {})
    if not isinstance(back_pain, dict):
        raise LexiconError(f"{path}: 'back_pain' must be an object of {list(BACK_PAIN_KEYS)}")
    _check_keys(path, "back_pain", back_pain, {"description", *BACK_PAIN_KEYS})
    for entry in _all_entries(data):
        if isinstance(entry, dict):
            _check_keys(path, f"entry {entry.get('literal')!r}", entry, _ENTRY_KEYS)
            if not isinstance(entry.get("pattern"), list) or not entry["pattern"]:
                raise LexiconError(f"{path}: entry {entry.get('literal')!r} needs a non-empty 'pattern' list")
            anchor = entry.get("anchor")
            if anchor is not None and not (type(anchor) is int and 0 <= anchor < len(entry["pattern"])):
                raise LexiconError(f"{path}: entry {entry.get('literal')!r}: 'anchor' must be the index of one of its "
                                   f"{len(entry['pattern'])} pattern tokens, got {anchor!r}")
            for flag in EXCLUSION_FLAGS:
                if flag in entry and type(entry[flag]) is not bool:
                    raise LexiconError(f"{path}: entry {entry.get('literal')!r}: '{flag}' must be true or false, got "
                                       f"{entry[flag]!r}")
        elif not isinstance(entry, str) or not entry.strip():
            raise LexiconError(f"{path}: an entry must be a non-empty string or a pattern object, got {entry!r}")


def _check_concepts(path: Path, where: str, names: list, groups: bool) -> None:
    """Concept lists name concepts, ``"*"`` (any other concept) or, in a trigger, a ``"@group"`` of
    ``concept_groups`` (checked once the files are merged: a site's trigger may use a bundled group)."""
    for name in names:
        if name in CONCEPTS or name == ANY_OTHER or (groups and isinstance(name, str) and name.startswith("@")):
            continue
        raise LexiconError(f"{path}: {where} names {name!r}; allowed: a concept of {list(CONCEPTS)}, "
                           f"'{ANY_OTHER}' (any other concept)" + (" or a @group of concept_groups" if groups else ""))


def _check_regexes(path: Path, where: str, items) -> None:
    if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
        raise LexiconError(f"{path}: {where} must be a list of non-empty regular expressions")
    for item in items:
        try:
            re.compile(item)
        except re.error as err:
            raise LexiconError(f"{path}: {where}: bad regular expression {item!r}: {err}") from err


def _check_exam_wording(path: Path, data: dict) -> None:
    """exams.json's 'status' (status -> reason -> regexes), 'references' and 'coverage' (subject, not_covered)."""
    status = data.get("status", {})
    if not isinstance(status, dict):
        raise LexiconError(f"{path}: 'status' must be an object of {list(EXAM_STATUSES)}")
    _check_keys(path, "status", status, set(EXAM_STATUSES))
    for name, reasons in status.items():
        if not isinstance(reasons, dict):
            raise LexiconError(f"{path}: status.{name} must be an object of reason -> list of regular expressions")
        for reason, items in reasons.items():
            _check_regexes(path, f"status.{name}.{reason}", items)
    for key in ("references", "other_objects", "other_persons", "unnamed_region", "other_region", "other_region_before",
                "status_fields", "status_lines", "priority_lines", "assessment_headings", "next_step", "step_days",
                "new_study", "prior_study", "reviewed", "earlier_attempt", "repeat_study", "repeat_clause",
                "conditions", "swapped_to", "corrections", "sacrum_neighbours", "far_from_sacrum", "vessel_studies",
                "guided_procedures", "guided_treatments", "guiding_before", "study_parts", "angiogram_names",
                "foreign_tables"):
        if key in data:
            _check_regexes(path, key, data[key])
    for key, parts in (("outside_study", {"done", "compared"}), ("unrecorded", {"claims", "absences"}),
                       ("spoken_of", {"before", "wishes", "after", "own_study", "between", "openings"})):
        found = data.get(key, {})
        if not isinstance(found, dict):
            raise LexiconError(f"{path}: '{key}' must be an object of {sorted(parts)} -> regular expressions")
        _check_keys(path, key, found, parts)
        for part, items in found.items():
            _check_regexes(path, f"{key}.{part}", items)
    codes = data.get("procedure_codes", {})
    if not isinstance(codes, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in codes.items()):
        raise LexiconError(f"{path}: 'procedure_codes' must be an object of code -> exam name")
    coverage = data.get("coverage", {})
    if not isinstance(coverage, dict):
        raise LexiconError(f"{path}: 'coverage' must be an object of {list(COVERAGE_KEYS)}")
    _check_keys(path, "coverage", coverage, set(COVERAGE_KEYS))
    for key, items in coverage.items():
        _check_regexes(path, f"coverage.{key}", items)


def _all_entries(data: dict):
    for entries in data.get("concepts", {}).values():
        yield from entries
    yield from data.get("exclusions", [])
    yield from data.get("generic", [])
    for trig in data.get("triggers", []):
        yield from trig.get("terms", [])
    for entries in data.get("regions", {}).values():
        yield from entries
    yield from data.get("sacrum_assessed", [])
    for entries in data.get("coordination", {}).get("sites", {}).values():
        yield from entries
    for entries in data.get("coordination", {}).get("list_sites", {}).values():
        yield from entries
    yield from data.get("coordination", {}).get("heads", [])
    for entries in data.get("coordination", {}).get("opened_sites", {}).values():
        yield from entries
    for entries in data.get("coordination", {}).get("exception_sites", {}).values():
        yield from entries
    yield from data.get("coordination", {}).get("exception_heads", [])
    for key in BACK_PAIN_KEYS:
        yield from data.get("back_pain", {}).get(key, [])


def _merge(base: dict | None, extra: dict, purpose: str) -> dict:
    """Merge a site's file into the bundled one: lists extend, named items with ``replace`` replace."""
    if base is None:
        return json.loads(json.dumps(extra))
    out = json.loads(json.dumps(base))
    for key, value in extra.items():
        if key in ("language", "purpose", "description"):
            continue
        if key in ("concepts", "regions"):
            for name, entries in value.items():
                out.setdefault(key, {}).setdefault(name, [])
                out[key][name] = _extend(out[key][name], entries)
        elif key == "classes":
            out.setdefault("classes", {}).update(value)
        elif key == "triggers":
            out["triggers"] = out.get("triggers", []) + [dict(t, replace=False) for t in value]
        elif key == "sections":
            out["sections"] = _merge_sections(out.get("sections", []), value)
        elif key == "status":  # a site's wording adds to each status's reasons
            for status, reasons in value.items():
                for reason, items in reasons.items():
                    bucket = out.setdefault("status", {}).setdefault(status, {})
                    bucket[reason] = _extend(bucket.get(reason, []), items)
        elif key in ("coverage", "dictation"):  # a site's regexes add to ours under each name
            for name, items in value.items():
                out.setdefault(key, {})[name] = _extend(out.get(key, {}).get(name, []), items)
        elif key == "next_sentence_hedges":  # a site's patterns and concepts add to the bundled ones
            bucket = out.setdefault(key, {})
            for name in ("applies_to", "patterns", *HEDGE_EXAM_KEYS, *HEDGE_ANSWER_KEYS):
                bucket[name] = _extend(bucket.get(name, []), value.get(name, []))
        elif isinstance(value, list):
            out[key] = _extend(out.get(key, []), value)
        elif isinstance(value, dict):
            out.setdefault(key, {}).update(value)
        else:
            out[key] = value
    return out


def _extend(items: list, extra: list) -> list:
    seen = {json.dumps(i, sort_keys=True) for i in items}
    return items + [e for e in extra if json.dumps(e, sort_keys=True) not in seen]


def _merge_sections(base: list[dict], extra: list[dict]) -> list[dict]:
    by_name = {s["name"]: s for s in base}
    for sec in extra:
        old = by_name.get(sec["name"])
        if old is None or sec.get("replace"):
            by_name[sec["name"]] = sec
        else:
            old["headings"] = _extend(old["headings"], sec.get("headings", []))
    return list(by_name.values())


def _expand_groups(names: list[str], groups: dict[str, list[str]]) -> frozenset[str]:
    """A trigger's ``applies_to`` with each ``@group`` replaced by its members."""
    out: set[str] = set()
    for name in names:
        if name.startswith("@") and name[1:] not in groups:
            raise LexiconError(f"context.json: unknown concept group {name!r}; defined: {sorted(groups)}")
        out.update(groups[name[1:]] if name.startswith("@") else (name,))
    return frozenset(out)


def _build(language: str, files: dict[str, dict], version: str) -> Lexicon:
    concepts, context, sections, exams = (files[p] for p in FILES)
    return Lexicon(
        language=language,
        classes={**exams.get("classes", {}), **concepts.get("classes", {})},
        concepts={c: tuple(concepts["concepts"].get(c, ())) for c in CONCEPTS},
        exclusions=tuple(concepts.get("exclusions", ())),
        generic=tuple(concepts.get("generic", ())),
        assertion_priority=tuple(context.get("assertions", ASSERTIONS)),
        default_max_scope=int(context.get("max_scope", 12)),
        list_coordinators=tuple(context.get("list_coordinators", ())),
        qualifier_sources=tuple(context.get("qualifier_sources", ())),
        asking_words=tuple(context.get("asking_words", ())),
        range_units=tuple(context.get("range_units", ())),
        question_openers=tuple(context.get("question_openers", ())),
        child_informants=tuple(context.get("child_informants", ())),
        patient_as_parent=context.get("patient_as_parent", ""),
        earlier_study_denials={k: tuple(v) for k, v in context.get("earlier_study_denials", {}).items()
                               if isinstance(v, list)},
        definite_fractures=tuple(context.get("definite_fractures", ())),
        finding_words=tuple(w for word in context.get("finding_words", ())
                            for w in (concepts.get("classes", {})[word[1:]] if word.startswith("@") else (word,))),
        triggers=tuple(
            Trigger(t.get("assertion"), t["direction"], tuple(t.get("terms", ())), t.get("max_scope"),
                    _expand_groups(t["applies_to"], context.get("concept_groups", {})) if "applies_to" in t else None,
                    bool(t.get("ignore_commas", False)), bool(t.get("title_only", False)),
                    bool(t.get("asks_hedges", False)), bool(t.get("asks_after_request", False)),
                    frozenset(t["ends"]) if "ends" in t else None, frozenset(t.get("outranks", ())),
                    bool(t.get("dated", False)), bool(t.get("opens_sentence", False)),
                    bool(t.get("spares_findings", False)), frozenset(t.get("needs_after", ())),
                    bool(t.get("past_colon", False)), bool(t.get("names_finding", False)),
                    bool(t.get("others", False)))
            for t in context.get("triggers", ())
        ),
        sections=tuple(
            SectionRule(s["name"], tuple(s["headings"]), bool(s.get("question", False)), s.get("implies"),
                        frozenset(s.get("implies_for", ())), bool(s.get("first_sentence_only", False)),
                        bool(s.get("question_mark", False)), bool(s.get("title", False)),
                        bool(s.get("heading_in_text", False)), bool(s.get("lists_fractures", False)),
                        frozenset(s.get("not_in_note_types", ())))
            for s in sections.get("sections", ())
        ),
        regions={r: tuple(exams.get("regions", {}).get(r, ())) for r in REGIONS},
        region_priority=tuple(exams.get("region_priority", REGIONS)),
        region_window=int(exams.get("region_window", 4)),
        region_list_words=tuple(exams.get("region_list_words", ())),
        region_reach_words=tuple(exams.get("region_reach_words", ())),
        default_region=dict(exams.get("default_region", {})),
        sacrum_assessed=tuple(exams.get("sacrum_assessed", ())),
        demographics={k: tuple(v) for k, v in exams.get("demographics", {}).items()},
        abbreviations=tuple(sections.get("abbreviations", ())),
        line_continuations=tuple(sections.get("line_continuations", ())),
        present_labels=tuple(sections.get("present_labels", ())),
        report_verbs=tuple(sections.get("report_verbs", ())),
        report_openers=tuple(sections.get("report_openers", ())),
        quote_openers=tuple(sections.get("quote_openers", ())),
        quote_ends=tuple(sections.get("quote_ends", ())),
        dictation=tuple((pattern, chars) for chars, patterns in sections.get("dictation", {}).items()
                        for pattern in patterns),
        answered_questions=tuple(sections.get("answered_questions", ())),
        heading_sources=tuple(sections.get("heading_sources", ())),
        coordination=dict(concepts.get("coordination", {})),
        exam_dates=dict(exams.get("exam_dates", {})),
        exam_status={st: {r: tuple(v) for r, v in reasons.items()} for st, reasons in exams.get("status", {}).items()},
        exam_references=tuple(exams.get("references", ())),
        exam_other_objects=tuple(exams.get("other_objects", ())),
        exam_other_persons=tuple(exams.get("other_persons", ())),
        exam_foreign_tables=tuple(exams.get("foreign_tables", ())),
        exam_prior_study=tuple(exams.get("prior_study", ())),
        exam_earlier_attempt=tuple(exams.get("earlier_attempt", ())),
        exam_repeat_study=tuple(exams.get("repeat_study", ())),
        exam_reviewed=tuple(exams.get("reviewed", ())),
        exam_swapped_to=tuple(exams.get("swapped_to", ())),
        exam_corrections=tuple(exams.get("corrections", ())),
        exam_unnamed_region=tuple(exams.get("unnamed_region", ())),
        exam_other_region=tuple(exams.get("other_region", ())),
        exam_other_region_before=tuple(exams.get("other_region_before", ())),
        exam_sacrum_neighbours=tuple(exams.get("sacrum_neighbours", ())),
        exam_vessel_studies=tuple(exams.get("vessel_studies", ())),
        exam_guided_procedures=tuple(exams.get("guided_procedures", ())),
        exam_guided_treatments=tuple(exams.get("guided_treatments", ())),
        exam_outside_study={k: tuple(v) for k, v in exams.get("outside_study", {}).items()},
        exam_unrecorded={k: tuple(v) for k, v in exams.get("unrecorded", {}).items()},
        exam_spoken_of={k: tuple(v) for k, v in exams.get("spoken_of", {}).items()},
        exam_guiding_before=tuple(exams.get("guiding_before", ())),
        exam_angiogram_names=tuple(exams.get("angiogram_names", ())),
        exam_procedure_codes={str(k): str(v) for k, v in exams.get("procedure_codes", {}).items()},
        exam_far_from_sacrum=tuple(exams.get("far_from_sacrum", ())),
        exam_study_parts=tuple(exams.get("study_parts", ())),
        exam_status_fields=tuple(exams.get("status_fields", ())),
        exam_status_lines=tuple(exams.get("status_lines", ())),
        exam_priority_lines=tuple(exams.get("priority_lines", ())),
        exam_assessment_headings=tuple(exams.get("assessment_headings", ())),
        exam_coverage={k: tuple(v) for k, v in exams.get("coverage", {}).items()},
        exam_next_step=tuple(exams.get("next_step", ())),
        exam_repeat_clause=tuple(exams.get("repeat_clause", ())),
        exam_step_days=tuple(exams.get("step_days", ())),
        exam_purpose={k: tuple(v) for k, v in exams.get("purpose_only", {}).items()},
        back_pain={k: tuple(concepts.get("back_pain", {}).get(k, ())) for k in BACK_PAIN_KEYS},
        contrast=Contrast.from_json(context.get("contrast", {})),
        exam_new_study=tuple(exams.get("new_study", ())),
        exam_conditions=tuple(exams.get("conditions", ())),
        next_sentence_hedges=tuple(context.get("next_sentence_hedges", {}).get("patterns", ())),
        next_sentence_hedge_concepts=_expand_groups(context.get("next_sentence_hedges", {}).get("applies_to", []),
                                                    context.get("concept_groups", {})),
        next_sentence_hedge_exams={k: tuple(context.get("next_sentence_hedges", {}).get(k, ())) for k in HEDGE_EXAM_KEYS},
        next_sentence_answers={k: tuple(context.get("next_sentence_hedges", {}).get(k, ())) for k in HEDGE_ANSWER_KEYS},
        version=version,
    )

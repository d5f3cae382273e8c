"""Exam events: every exam a note speaks of, with its modality, region, status, date and sacral coverage.

The stage between the per-note analysis and the timeline. Per note (:func:`read_exams`), a radiology report's own
``exam`` column and every imaging mention in the text become *statements*: this note says this exam was
``performed``, ``requested`` (ordered, referred, recommended, planned, booked, awaited) or ``not_performed``
(cancelled, declined, did not attend, contraindicated, not booked, lost, not done, referral withdrawn), on a date,
covering the sacrum or not. Per patient (:func:`resolve_exams`), the latest statement about the same exam wins:
a request that a later note cancels is ``not_performed`` (once done, a request stays done: a later "no new MRI" is of
another study), and a later result that names no body part ("the MRI was negative") is the requested study, in its
region. :func:`workup_events` turns the resolved statements into what
the timeline needs; only a performed exam that covers the sacrum is a sacral workup.

The wording lives in ``lexicons/<lang>/exams.json`` (``status``, ``references``, ``coverage``): regular
expressions matched on the folded, lowercased sentence, so one entry covers "avböjer" and "avbojer".

How a status is read, in small steps:

1. the imaging mention's assertion gives a default (present, historical: performed; hypothetical, uncertain:
   requested; negated: not performed, "not done");
2. status words in the mention's own clause replace it, the last one in text order winning ("ordered but
   cancelled"); words before the first exam of a clause apply to every exam of it ("Recommend CT or MRI"), and
   words after exams joined by "or"/"and" alone to each of them ("Röntgen eller MR är inte indicerat"); a request
   word after a result the clause reported asks for something else ("CT showed no fracture PT referral");
3. a clause of the same sentence that names no exam ("..., men pat avböjde") passes its status to the exams
   before it, and a following sentence that names no exam but points back to one ("Undersökningen avbröts",
   "None of these studies were done"), or that follows a sentence only requesting exams ("MR bäcken beställd.
   Patienten uteblev."), passes a not-performed status to the exams of the sentence before; neither overrides
   an exam whose own clause reported a result ("MRI showed ...; pt declines surgery");
4. in a report that reads nothing of the sacrum, an absence, refusal or cancellation is of the report's own exam
   ("MR BÄCKEN. Patienten uteblev."); a report that found or excluded a sacral fracture was performed.

An exam read as done beside a fracture found or excluded reported it (a later "No further imaging." is of other
studies), and one that names no body part beside a sacral or ramus fracture, or right after a sentence reading
one, looked at that site ("Sacral fracture not confirmed on MRI", "Misstänkt sakrumfraktur. Syns ej på DT.").
A lumbar report that asks for a study of the sacrum did not cover it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

import pandas as pd

from .config import DEFAULT, Settings
from .dates import (day_just_past, exam_name_date, names_a_coming_day, names_a_later_day, note_day_order,
                    short_dates_order, stated_exam_date, states_a_year)
from .frames import row_tuples
from .hedges import answers_of, as_answer
from .lexicon import FINDING_REGIONS, Lexicon
from .regexgate import Gate, GateSet, gate_view
from .textnorm import fold, folded_alternation

MODALITIES = {"imaging_radiograph": "radiograph", "imaging_ct": "ct", "imaging_mri": "mri",
              "imaging_scintigraphy": "scintigraphy"}
CROSS_SECTIONAL = ("ct", "mri", "scintigraphy")  # the modalities that can be a sacral workup
COVERING_REGIONS = frozenset({"pelvis", "sacrum", "si_joints", "abdomen_pelvis", "whole_body"})
STATUSES = ("performed", "requested", "not_performed")
RESULT_CONCEPTS = ("sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture")
UNNAMED = "no_region_named"  # the reason of a performed statement whose text names no body part
OTHER_PART = "other_body_part"  # the reason of a performed report whose exam names a body part outside REGIONS
EXAM_COLUMNS = ("note_id", "patient_id", "date", "modality", "region", "status", "covers_sacrum", "evidence")
# exams.csv's columns, and what the timeline also needs: the note's date, the reason behind the status, whether
# the exam was ever requested, and the statement's order within its note.
# "corrects": the statement stands in a note's correction of an earlier entry (exams.json "corrections")
EXAM_FRAME_COLUMNS = (*EXAM_COLUMNS, "note_date", "reason", "requested", "seq", "corrects")

_DEFAULT_STATUS = {"present": ("performed", ""), "historical": ("performed", ""),
                   "hypothetical": ("requested", "planned"), "uncertain": ("requested", "planned"),
                   "negated": ("not_performed", "not_done")}
# Where a clause ends: punctuation, and the words that turn a sentence ("ordered, but cancelled").
# a colon between digits is a clock time ("MRI pelvis at 14:00 to exclude ..."), not the end of a clause; nor is one
# between a word and its Swedish genitive or definite ending ("på VC:s remiss", "MR:en", "DT:n"; round 59 sv)
_CLAUSE_BREAK = re.compile(r"[,;()\[\]]|(?<![\d\w]):|(?<=\d):(?!\d)|(?<=[^\W\d]):(?!(?:s|n|en|et|ens|ets)\b)"
                           r"|\s(?:but|however|although|though|whereas|men|dock|medan|emellertid)\s")
_PURPOSE_REACH = 80  # characters after an exam's name within which its purpose is read (_plan_by_purpose)
_OTHER_PERSON_REACH = 60  # characters before an exam's name read for another person owning it ("Her husband, who had an")
_REPORT_REFUSALS = frozenset({"cancelled", "declined", "did_not_attend", "withdrawn", "lost", "not_booked"})
# a study stated not done, or judged needless ("not indicated", "would not change management"): neither leaves an
# order behind unless the study was requested
# "other_patient": a study found to be another patient's ("The MRI pelvis on PACS belongs to a different patient"):
# no study of this patient, and no order of one
OTHER_PATIENT = "other_patient"
# "unverified": a study only possibly done, whose performance cannot be verified, or a correction's "was not done, it
# was ..." ("Möjligen gjord DT bäcken på annat sjukhus", "Går ej att verifiera att MR bäcken är utförd", "Rättelse: DT
# bäcken var inte gjord, det var DT ländrygg"): not done, no order, and it withdraws the patient's earlier statements
# that told the same study done (see _unverified_studies; round 62 sv)
UNVERIFIED = "unverified"
NO_ORDER_REASONS = frozenset({"not_done", "not_indicated", OTHER_PATIENT, UNVERIFIED})
_BARE_WORDS = 3  # what may follow an exam that speaks of the sentence before ("CT negative for fracture.")
# a request's question right after the exam's name and body part ("Request: MRI pelvis, ?sacral insufficiency fracture, known ramus
# fracture", "MRI pelvis ?SIF"): the exam is the one asked about, however much clinical detail follows
_QUERY_AFTER = re.compile(r"(?:\s+[\w/-]+){0,3}?\s*(?:[,:;\u2013-]\s*)?(?:(?:for|to (?:look for|assess for|assess|exclude|rule out)|r/o)\s+)?"
                          r"(?:\?|query\b)", re.IGNORECASE)
_LOOKBACK_SENTENCES = 3  # how far back a sentence like "Undersökningen avbröts" can point
_COMPARISON_SECTIONS = frozenset({"comparison"})
_QUESTION_SECTIONS = frozenset({"indication", "order"})  # "order": "Önskad undersökning:", "Beställningskommentar:"
# what may stand between two exams that one status word speaks of: the first exam's name (its modality and up to two
# words of region) and a coordinator ("röntgen eller ", "DT bäcken och ", "CT or ", "MRI/")
_COORDINATION = re.compile(r"\S+(?:\s+[^\s,;:]+){0,2}?\s*(?:/|\s(?:eller|och|alternativt|or|and)\s)\s*"
                           r"(?:(?:an?|the|en|ett)\s+)?")  # "MRI and a bone scan were cancelled"
_ASSESSMENT_SECTIONS = frozenset({"impression"})  # a clinical note's "Bedömning:": an exam named alone there is planned
_HEADING = re.compile(r"([^\W\d_]+(?:(?: och |/| & )[^\W\d_]+)?)[ \t]*:")  # the words of a heading before its colon
_TECHNIQUE_SECTIONS = frozenset({"technique"})  # a report's technique lines speak of the report's own exam
# "SPECT/CT", "SPECT-CT", "SPECT CT", "SPECT/lågdos-DT", "SPECT with low-dose CT"
_HYBRID_PREFIX = re.compile(r"spect\s*(?:[/-]|\s(?:med|with))?\s*(?:(?:l[åa]gdos|low[- ]?dose)\s*-?\s*)?$", re.IGNORECASE)
# the regions a mention gets when it names none: "other", or scintigraphy's default (lexicon default_region)
_GUESSED_REGIONS = frozenset({"other", "whole_body"})
_ACQUIRED = re.compile(r"\b(?:obtained|acquired|performed|done|completed)\b")  # images taken (_acquired_after)
_AWAITED = "result_awaited"  # the reason of a performed cue that awaits the result ("pending MRI result")
_QUOTE_DAYS = 90  # how long after a report a clinical note's bare "the bone scan" still means that report


# the cell separators of a pasted table row ("CT PELVIS WO CONTRAST | 03-Apr-2025 | Cancelled", "MR bäcken; 2025-02-01;
# Besvarad"; a ";" also ends a clause)
_CELL = re.compile(r"[|;\t]")
# What opens a refusal's reason in either language (on folded lower-case text): what follows it was not refused.
_REASON_WORD = re.compile(r"\b(?:due to|because|despite|in spite of|although|owing to|pga|p\.g\.a\.|pa grund av|trots|eftersom)\b")


@dataclass(frozen=True)
class Cue:
    """Status wording found in a sentence: its span (sentence offsets), status and reason."""

    start: int
    end: int
    status: str
    reason: str
    # a refusal or a request whose object is a new study ("avstår från ny undersökning"): not the study done
    of_new_study: bool = False


def _said_right_before(wording: re.Pattern | None, text: str, sentence_start: int, exam_start: int) -> bool:
    """Whether ``wording`` (ending at ``$``) matches the words of its sentence right before an exam's name."""
    if wording is None:
        return False
    before = text[max(sentence_start, exam_start - _OTHER_PERSON_REACH):exam_start]
    return wording.search(fold(before).lower()) is not None


class ExamWording:
    """The compiled status and coverage wording of one lexicon."""

    def __init__(self, lexicon: Lexicon):
        # Each status pattern with its gate: most sentences hold none of the few words a pattern needs.
        self.cue_gates = [(status, reason, Gate(folded_alternation([p]))) for status, reasons in lexicon.exam_status.items()
                          for reason, patterns in reasons.items() for p in patterns]
        self.cue_gate_set = GateSet(gate for _, _, gate in self.cue_gates)
        self.references = folded_alternation(lexicon.exam_references)
        self.other_objects = folded_alternation(lexicon.exam_other_objects)
        # an exam of someone else than the patient ("Her husband, who had an MRI of his pelvis in March, asked ..."):
        # the wording ends right before the exam's name
        self.other_persons = folded_alternation([r"(?:" + p + r")\s*$" for p in lexicon.exam_other_persons])
        # a question about a study settled by a bare answer in the next sentence (context.json next_sentence_hedges,
        # as reportminer.hedges reads them for findings): "DT bäcken? Nej.", "Has she had a CT of the pelvis? Yes."
        self.answers = answers_of(lexicon)
        self.corrections = folded_alternation(lexicon.exam_corrections)
        self.foreign_tables = folded_alternation(lexicon.exam_foreign_tables)
        # an earlier study denied ("No prior MRI for comparison", "Ingen tidigare DT"): the wording ends right before
        # the exam's name
        self.prior_study = folded_alternation([r"(?:" + p + r")\s*$" for p in lexicon.exam_prior_study])
        # a report asking for its own study again ("Omtag i sedering rekommenderas"; see _repeat_asked)
        self.repeat_study = folded_alternation(lexicon.exam_repeat_study)
        # a clause opening on a first attempt ("MR bäcken genomförd efter andra försöket (första avbröts pga smärta)")
        self.earlier_attempt = folded_alternation([r"[\s(\[-]*(?:" + p + r")\b" for p in lexicon.exam_earlier_attempt])
        self.swapped_to = folded_alternation([r"(?:" + p + r")\s*$" for p in lexicon.exam_swapped_to])
        # the review of a study named before ("Eftergranskning av scintigrafin avvaktas"): the wording ends right before
        # the exam's name
        self.reviewed = folded_alternation([r"(?:" + p + r")\s*$" for p in lexicon.exam_reviewed])
        self.unnamed_region = folded_alternation(["^(?:" + p + ")" for p in lexicon.exam_unnamed_region])
        self.other_region = folded_alternation(["^(?:" + p + ")" for p in lexicon.exam_other_region])
        self.other_region_before = folded_alternation(["(?:" + p + r")\s*$" for p in lexicon.exam_other_region_before])
        self.other_part_words = folded_alternation(lexicon.exam_other_region_before)  # anywhere in a stretch
        self.sacrum_neighbours = folded_alternation(lexicon.exam_sacrum_neighbours)
        self.far_from_sacrum = folded_alternation(lexicon.exam_far_from_sacrum)
        self.vessel_study = folded_alternation(["^(?:" + p + ")" for p in lexicon.exam_vessel_studies])
        self.guided = folded_alternation(["^(?:" + p + ")" for p in lexicon.exam_guided_procedures])
        self.guiding_before = folded_alternation(["(?:" + p + r")\s*$" for p in lexicon.exam_guiding_before])
        self.angiogram_name = folded_alternation(lexicon.exam_angiogram_names)
        self.study_part = folded_alternation(lexicon.exam_study_parts)
        self.status_field = folded_alternation([r"^\s*(?:" + p + ")" for p in lexicon.exam_status_fields])
        self.status_line = folded_alternation([r"^\s*(?:" + p + ")" for p in lexicon.exam_status_lines])
        self.priority_line = folded_alternation([r"^\W*(?:" + p + ")" for p in lexicon.exam_priority_lines])
        self.assessment_heading = folded_alternation([r"^(?:" + p + r")$" for p in lexicon.exam_assessment_headings])
        self.next_step = folded_alternation(["^(?:" + p + ")" for p in lexicon.exam_next_step])
        # a later clause that tells a stopped study repeated or completed (_done_on_repeat), matched at its start
        self.repeat_clause = folded_alternation([r"\s*(?:" + p + ")" for p in lexicon.exam_repeat_clause])
        # a day in a performed cue ("done today") or right after it ("done on Wednesday")
        self.step_day = folded_alternation([r"\s*\b(?:" + p + ")" for p in lexicon.exam_step_days])
        # one word of a body region as the regions write it ("bäcken", "buk-bäcken", "si-leder"): a work list's
        # exam line holds its modality and such words only ("DT bäcken", "MR ländrygg + bäcken")
        self.region_word = _region_word(lexicon.regions)
        self.purpose = folded_alternation(lexicon.exam_purpose.get("purpose", ()))
        self.done_anyway = folded_alternation(lexicon.exam_purpose.get("done", ()))
        self.dated = folded_alternation(lexicon.exam_purpose.get("dated", ()))
        self.appointment = folded_alternation(lexicon.exam_purpose.get("appointment", ()))
        self.rebooked = folded_alternation(lexicon.exam_purpose.get("rebooked", ()))
        # a report's note of the order it answers ("requested as CT chest, abdomen and pelvis; protocolled as ...")
        self.answered = folded_alternation(lexicon.exam_purpose.get("answered", ()))
        coverage = lexicon.exam_coverage
        self.subject = folded_alternation(coverage.get("subject", ()))
        self.not_covered = folded_alternation(coverage.get("not_covered", ()))
        self.dedicated = folded_alternation(coverage.get("dedicated_study", ()))
        self.limited_field = folded_alternation(coverage.get("limited_field", ()))
        # a clause opening the sentence that tells why the study was done ("Because the sacrum could not be seen
        # well, a CT pelvis was done"): a limit it names was an earlier study's
        self.done_because = folded_alternation(coverage.get("done_because", ()))
        # each wording that lets a sentence deny coverage, gated: a report that holds none of their strings is done
        # with in one pass (may_deny_coverage)
        self.coverage_gates = GateSet(Gate(folded_alternation([p])) for p in (*coverage.get("subject", ()),
                                                                                 *coverage.get("limited_field", ())))
        # the negated stretch of a contrast ("gjordes inte här utan på Danderyd", "är inte inställd, bara flyttad"):
        # a refusal or request there is about a place, time or step, not the exam (context.json "contrast")
        contrast = lexicon.contrast
        self.contrast = re.compile(
            r"\b(?:" + "|".join(map(re.escape, sorted(contrast.negations))) + r")\b[^.;:!?]{1,80}?"
            r"(?=\b(?:" + "|".join(map(re.escape, sorted(contrast.words))) + r")\b)") \
            if contrast.words and contrast.negations else None
        self.new_study = folded_alternation([r"^[\s,]*(?:" + p + ")" for p in lexicon.exam_new_study])
        self.conditions = folded_alternation(lexicon.exam_conditions)
        # a report's sentence telling that its own study was done elsewhere, on a day it gives ("Undersökningen är
        # utförd på Unilabs 2024-11-18 och har lästs in i PACS", "Undersökningsdatum: 2024-10-29")
        self.outside_study = folded_alternation(lexicon.exam_outside_study.get("done", ()))
        self.compared = folded_alternation(lexicon.exam_outside_study.get("compared", ()))
        # a study only someone's word tells of ("Hon berättar att hon gjorde en MR av bäckenet i Alicante"), and the
        # absence of any record of it ("Något svar eller några bilder finns inte")
        self.claim = folded_alternation(lexicon.exam_unrecorded.get("claims", ()))
        self.no_record = folded_alternation(lexicon.exam_unrecorded.get("absences", ()))
        # an exam spoken of that is no exam of the patient (exams.json ``spoken_of``; see only_spoken_of)
        spoken = lexicon.exam_spoken_of
        self.spoken_before = folded_alternation([r"(?:" + p + r")\s*$" for p in spoken.get("before", ())])
        self.spoken_wishes = folded_alternation([r"(?:" + p + r")\s*$" for p in spoken.get("wishes", ())])
        self.own_study = folded_alternation([r"(?:" + p + r")$" for p in spoken.get("own_study", ())])
        # "after" is read from the exam's name on, past words of ``between`` ("MRI scans are ...", "X-ray of the hip
        # can miss ..."); a pattern may also open on its own words ("-kön", "(?:\s+\w+){0,3}?\s+missar")
        between = "|".join(spoken.get("between", ())) or r"\s*"
        self.spoken_after = folded_alternation([r"^(?:\s+(?:" + between + r"))?(?:" + p + ")"
                                                for p in spoken.get("after", ())])
        self.spoken_openings = folded_alternation([r"^\W*(?:" + p + ")" for p in spoken.get("openings", ())])
        sacrum = lexicon.classes.get("SACRUM_OR_SI", ())
        self.sacrum_words = folded_alternation([r"(?<!\w)(?:" + "|".join(sacrum) + r")(?!\w)"]) if sacrum else None

    def not_far_from_sacrum(self, words: str) -> bool:
        """Whether a study named by ``words`` may image the sacrum though it names no region of ours: it names no
        body part far from it (``far_from_sacrum``: "CT head", "MRI knee"), as a CT angiogram of the aorta and iliacs,
        a PET-CT or a rectal MRI do not."""
        return self.far_from_sacrum is not None and not self.says(self.far_from_sacrum, words)

    def of_vessels(self, modality: str, following: str) -> bool:
        """Whether the words after an MRI word make it a study of vessels ("MR angiogram of the pelvis and legs",
        exams.json ``vessel_studies``): no marrow study, it covers the sacrum only where its report reads it."""
        return (modality == "mri" and self.vessel_study is not None
                and self.vessel_study.match(_flat(following)) is not None)

    def guides_a_procedure(self, following: str, before: str = "") -> bool:
        """Whether the words after a modality word make it the guidance of a procedure ("CT-guided right SI joint
        injection", "under CT guidance", "SI-ledsinjektion under DT-ledning", "DT-ledd biopsi", exams.json
        ``guided_procedures``): its images serve the needle, no study of the region they pass through, so it is never
        a sacral workup, done or asked for. The words right ``before`` it may make it the imaging of an operation
        ("intraoperative cone beam CT of the pelvis", "O-arm CT", exams.json ``guiding_before``): taken to guide or
        check the screws, it is no study of the region either."""
        return (self.guided is not None and self.guided.match(_flat(following)) is not None
                or bool(before) and self.guiding_before is not None
                and self.guiding_before.search(_flat(before)) is not None)

    def someone_elses(self, text: str, sentence_start: int, exam_start: int) -> bool:
        """Whether the words right before an exam make it another person's ("her husband's MRI", "his wife had a CT
        pelvis", "Her husband, who had an MRI of his pelvis"): no exam of the patient."""
        return _said_right_before(self.other_persons, text, sentence_start, exam_start)

    def only_spoken_of(self, text: str, sentences, i: int, exam_start: int, exam_end: int) -> bool:
        """Whether an exam of sentence ``i`` is only spoken of, no study of the patient, neither asked for nor done
        (exams.json ``spoken_of``, both languages):
        - its sentence opens as a menu, a list of options or a copied plan (``openings``: "Ordinationsmall
          bäckenfraktur: Rtg bäcken, DT bäcken, MR bäcken", "Text kopierad från föregående vårdtillfälle: ...");
        - words right before its name make it a leaflet's, a guideline's, a queue's or an unticked box's (``before``:
          "leaflet on what to expect from an MRI", "väntetiden till MR bäcken är åtta veckor", "[ ] CT pelvis");
        - the patient's or family's wish, question or fear stands right before it (``wishes``: "She would like an
          MRI", "terrified of the MRI tube", "Pat önskar själv en MR av bäckenet"), unless a status word follows it in
          its sentence ("keen to have the MRI booked for Friday"; waiting is none: "önskar DT men är nöjd med att
          avvakta");
        - the words after its name tell what the modality does in general (``after``: "MRI is the most sensitive
          test", "plain films miss most of these", "DT missar många frakturer", "MR-kön"), unless words right before
          it make it a particular study (``own_study``: "the MRI can show whether ...") or a condition opens its
          sentence ("If pain persists, MRI is more sensitive": a radiologist's advice).
        A wish or a general word stays a request where its sentence or the next orders, refers or books ("Hon önskar
        MR bäcken via sin sjukvårdsförsäkring. Remiss utfärdas.")."""
        start, end = sentences[i].start, sentences[i].end
        if self.says(self.spoken_openings, text[start:exam_start]):
            return True
        if _said_right_before(self.spoken_before, text, start, exam_start):
            return True
        general = (self.spoken_after is not None and self.spoken_after.match(_flat(text[exam_end:end])) is not None
                   and not _said_right_before(self.own_study, text, start, exam_start)
                   and not self.says(self.conditions, text[start:exam_start]))
        wished = _said_right_before(self.spoken_wishes, text, start, exam_start) and not any(
            cue.start >= exam_end - start and not (cue.status == "requested" and cue.reason in _WAITING)
            for cue in self.find_cues(text[start:end]))
        if not (general or wished):
            return False
        then = sentences[i + 1].end if i + 1 < len(sentences) else end
        return not _orders_in(text[start:then], self)

    def an_earlier_study(self, text: str, sentence_start: int, exam_start: int) -> bool:
        """Whether the words right before an exam make it an earlier study ("No prior pelvic MRI", "Inga tidigare
        DT"): a denied one is no statement about the study a report reports."""
        return _said_right_before(self.prior_study, text, sentence_start, exam_start)

    def swapped_to_it(self, sentence: str, exam_start: int) -> bool:
        """Whether the words right before an exam make it the study a request was changed to ("MRI pelvis changed to
        CT pelvis", "Converted to CT pelvis (MRI contraindicated)": exams.json ``swapped_to``)."""
        return _said_right_before(self.swapped_to, sentence, 0, exam_start)

    def find_cues(self, sentence: str) -> list[Cue]:
        """Status wording in ``sentence``, in text order; of overlapping matches the earliest, then longest. A
        refusal in a clause about something else than the exam ("declined IV contrast") is none."""
        text = _flat(sentence)
        view = gate_view(text)
        found = [Cue(m.start(), m.end(), status, reason) for i in self.cue_gate_set.open(view)
                 for status, reason, gate in (self.cue_gates[i],) for m in gate.regex.finditer(text)]
        if self.other_objects is not None and any(c.status == "not_performed" for c in found):
            found = [c for c in found if c.status != "not_performed" or not self._about_other_object(text, c, sentence)]
        if self.earlier_attempt is not None and any(c.status == "performed" for c in found):
            # a failure told of a first attempt, in a sentence that tells the study done, is that attempt's: "MR
            # bäcken genomförd efter andra försöket (första avbröts pga smärta)", "Första försöket avbröts, andra
            # försöket gav diagnostiska bilder"; alone ("Första försöket avbröts.") it is the study's
            found = [c for c in found if c.status != "not_performed" or not self._of_an_earlier_attempt(text, c)]
        if self.contrast is not None and any(c.status != "performed" for c in found):
            turned = [(m.start(), m.end()) for m in self.contrast.finditer(text)]
            found = [c for c in found if c.status == "performed" or not any(c.start < e and s < c.end for s, e in turned)]
        if any(c.reason == "later_today" for c in found):
            # a time later in the day after a study's fate in its clause tells when it cannot be had, no plan: "MRI is
            # unavailable tonight", "Not for CT tonight" (exams.json requested.later_today)
            bounds = clause_bounds(text)
            clause = lambda at: bisect.bisect_right(bounds, at)  # noqa: E731
            found = [c for c in found if c.reason != "later_today" or not any(
                o.status == "not_performed" and o.end <= c.start and clause(o.start) == clause(c.start) for o in found)]
        if self.new_study is not None:
            found = [replace(c, of_new_study=True) if c.status != "performed" and self.new_study.search(text[c.end:])
                     else c for c in found]
        found.sort(key=lambda c: (c.start, c.start - c.end))
        kept: list[Cue] = []
        for cue in found:
            if not kept or cue.start >= kept[-1].end:
                kept.append(cue)
        return kept

    def may_refuse(self, text: str) -> bool:
        """Whether ``text`` (a whole note) can hold wording of a refused, cancelled or missed exam (the reasons of
        :data:`_REPORT_REFUSALS`): one gated pass, so that a long report is not read sentence by sentence for a
        refusal it cannot hold."""
        view = gate_view(_flat(text))
        return any(self.cue_gates[i][0] == "not_performed" and self.cue_gates[i][1] in _REPORT_REFUSALS
                   for i in self.cue_gate_set.open(view))

    def _about_other_object(self, text: str, cue: Cue, raw: str | None = None) -> bool:
        """A refusal in a clause that names something else ("declined IV contrast", "bilderna ... är inte
        tillgängliga"); a word for something else only after the refusal's reason does not count ("MRI could not be
        performed due to claustrophobia despite sedation")."""
        bounds = clause_bounds(text)
        i = bisect.bisect_right(bounds, cue.start) - 1
        start, end = bounds[i], bounds[i + 1] if i + 1 < len(bounds) else len(text)
        if raw is not None:
            # a table row's cells are apart: "CT PELVIS WO CONTRAST | 03-Apr-2025 | Cancelled" cancels the study, not
            # its contrast, which only the exam's name cell speaks of (``raw`` keeps the tabs that _flat turns to spaces)
            cells = [m.start() for m in _CELL.finditer(raw, start, end)]
            start = max([start, *(at + 1 for at in cells if at < cue.start)])
            end = min([end, *(at for at in cells if at >= cue.end)])
        reason = _REASON_WORD.search(text, cue.end, end)
        return self.other_objects.search(text, start, reason.start() if reason else end) is not None

    def _of_an_earlier_attempt(self, text: str, cue: Cue) -> bool:
        """The clause of ``cue`` opens on words of a first attempt (exams.json ``earlier_attempt``)."""
        bounds = clause_bounds(text)
        start = bounds[bisect.bisect_right(bounds, cue.start) - 1]
        return self.earlier_attempt.match(text, start, cue.start) is not None

    def names_no_region(self, following: str) -> bool:
        """The words after a modality say something of the exam, not of a body part ("the MRI was negative",
        "MR-undersökningen visade") rather than "MRI of the brain", "DT thorax"."""
        return self.unnamed_region is not None and self.unnamed_region.match(_flat(following)) is not None

    def names_other_part(self, following: str, preceding: str = "") -> bool:
        """The words after a modality, or right before it in its sentence, name a body part we have no region for
        ("MRI of the thoracic spine", "CT head", "head CT", "brain MRI"): the exam is none of the sacral workup's,
        requested or done."""
        if self.other_region is not None and self.other_region.match(_flat(following)) is not None:
            return True
        before = self.other_region_before
        return before is not None and before.search(_flat(preceding)) is not None

    def says(self, regex: re.Pattern | None, sentence: str) -> bool:
        return regex is not None and regex.search(_flat(sentence)) is not None

    def may_deny_coverage(self, sentences: str) -> bool:
        """False when no sentence of ``sentences`` (joined by :data:`_SENTENCE_JOIN`) can deny coverage: none names
        the sacrum or pelvis, or a limited field. (A wording that matches inside a sentence matches in the joined
        text too: none anchors at a sentence's edge, and the separator reads as a sentence edge does.)"""
        flat = _flat(sentences)
        gates = self.coverage_gates
        return any(gates.gates[i].regex.search(flat) is not None for i in gates.open(gate_view(flat)))

    def coverage_denied(self, sentence: str, lumbar: bool) -> bool:
        """The sentence says the sacrum or pelvis was not (fully) imaged or assessed, or that the images were limited
        to other body parts ("spot views of the thoracic and lumbar spine only"); for a lumbar study, also a
        recommendation of a dedicated sacral or pelvic study."""
        if ";" in sentence:  # clauses a semicolon parts speak of their own things ("...; L1 har inte bedömts.")
            return any(self.coverage_denied(clause, lumbar) for clause in sentence.split(";"))
        flat = _flat(sentence)  # once: the note's every sentence comes here in a radiology report
        if self.done_because is not None and (reason := self.done_because.match(flat)) is not None:
            flat = flat[reason.end():]
        if self.subject is None or self.subject.search(flat) is None:
            return self.limited_field is not None and self.limited_field.search(flat) is not None
        return (self.not_covered is not None and self.not_covered.search(flat) is not None) or (
            lumbar and self.dedicated is not None and self.dedicated.search(flat) is not None)


_SENTENCE_JOIN = " \x00 "  # between sentences searched as one text: no word, space or letter of any wording
_LINE_BREAKS = str.maketrans("\n\r\t", "   ")


def _region_word(regions: dict) -> re.Pattern | None:
    """One whole word of any region's terms (plain words, and the expressions of their token patterns)."""
    words: list[str] = []
    for entries in regions.values():
        for entry in entries:
            if isinstance(entry, str):
                words.extend(re.escape(w) for w in entry.split())
            elif isinstance(entry, dict):
                words.extend(t for t in entry.get("pattern", ()) if isinstance(t, str) and not t.startswith("@"))
    alternation = folded_alternation(words)
    return re.compile(rf"^(?:{alternation.pattern})$") if alternation is not None else None


def _flat(text: str) -> str:
    """Folded, lower-case and on one line: a sentence of a hard-wrapped report ("MRI MAY BE" + "OBTAINED") reads
    as the status wording's single spaces expect; offsets stay those of ``text``."""
    folded = fold(text).lower()
    return folded.translate(_LINE_BREAKS) if "\n" in folded or "\r" in folded or "\t" in folded else folded


_WORDING: dict[int, tuple[Lexicon, ExamWording]] = {}


def wording_for(lexicon: Lexicon) -> ExamWording:
    """The compiled exam wording of ``lexicon`` (cached per lexicon object; lexicons are loaded once)."""
    cached = _WORDING.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = _WORDING[id(lexicon)] = (lexicon, ExamWording(lexicon))
    return cached[1]


@dataclass
class _Exam:
    """An exam as one note states it, while the note is being read."""

    modality: str
    region: str
    sentence: int  # index of its sentence; -1 for the report's own exam column
    start: int  # offset in its sentence
    status: str
    reason: str
    historical: bool = False  # an earlier study: counts only with a stated date
    reported: bool = False  # its own clause reported a result ("MRI showed"): later clauses cannot undo it
    column: bool = False
    evidence: list[str] = field(default_factory=list)
    explicit: bool = False  # a status word of its own clause set the status
    was_requested: bool = False  # requested at some point of the note ("recommended; not done before discharge")
    section: str = ""
    unnamed: bool = False  # no region, and the words after the modality name no body part either
    elsewhere: bool = False  # a report's exam column names a body part we have no region for ("CT head", "DT thorax")
    bare: bool = False  # at most a short result follows it in its sentence ("Not seen on CT.", "CT negative.")
    queried: bool = False  # a query follows it right away ("MRI pelvis, ?sacral fracture"): a request's question
    neighbour: bool = False  # a study of a part next to the sacrum ("MRI coccyx") or whose field may run through it
    part: bool = False  # named by a part of a study ("SPECT/DT över ländryggen": exams.json study_parts)
    rebooked: bool = False  # a new time given after its fate ("did not attend ... to be rebooked"): not done here
    day: pd.Timestamp | None = None  # a report's own study done elsewhere: the day its text gives (_outside_day)

    def same_exam(self, other: "_Exam") -> bool:
        return _same_exam(self, other)

    def hear(self, cue: Cue, own: bool) -> None:
        """Apply a status cue, the later one winning. From another clause of the sentence it never undoes a reported
        result, and a result word there ("...; labs normal") never overrides the exam's own clause."""
        if not own and (self.reported or (cue.status == "performed" and self.explicit)):
            return
        if cue.reason == _AWAITED and self.explicit and self.status == "requested":
            return  # "MRI pelvis requested - please chase the result", "off to CT now, chase the result": its future one
        if own and not self.explicit:
            self.was_requested = False  # the clause's own words replace what the assertion suggested
        if _deliberation_declined(self, cue):
            self.was_requested = False  # "MRI considered - not indicated": weighed and judged needless, no order
        self.status, self.reason = cue.status, cue.reason
        self.was_requested = self.was_requested or cue.status == "requested"
        self.reported = own and cue.status == "performed"
        self.explicit = self.explicit or own


def _deliberation_declined(exam: _Exam, cue: Cue) -> bool:
    """An exam only weighed so far ("discussed", "considered": reason ``considered``; or only asked about, its
    request read from its assertion alone: "whether a bone scan was needed") that the next words judge needless
    ("not indicated", "would not change management": ``not_indicated``) was never ordered."""
    return (exam.status == "requested" and (exam.reason == "considered" or not exam.explicit)
            and cue.status == "not_performed" and cue.reason == "not_indicated")


def read_exams(note, mentions, pipeline, fates: dict[int, str] | None = None) -> list[dict]:
    """The exam statements of one note.

    Parameters
    ----------
    note : a validated note row (note_id, patient_id, note_date, note_type, exam, text).
    mentions : the note's mentions (:class:`reportminer.nlp.Mention`), imaging ones among them.
    pipeline : the note's :class:`reportminer.nlp.NotePipeline` (its lexicon, sentence splitter, exam-name and
        sacrum-assessment matchers).
    fates : optional; filled with {imaging mention's start: status} for each exam whose own sentence states its
        fate in words of its own clause ("MRI pelvis was cancelled", "DT bäcken övervägdes men gjordes inte"):
        see :func:`with_exam_fates`.

    Returns
    -------
    list of dict
        One per exam the note speaks of, with the keys of :data:`EXAM_FRAME_COLUMNS`; empty when it names none.
    """
    imaging = [m for m in mentions if m.concept in MODALITIES]
    column = _column_exam(note, pipeline)
    if not imaging and column is None:
        return []
    wording = wording_for(pipeline.lexicon)
    text = note.text
    sentences = pipeline.splitter.sentences(text)
    exams, by_sentence = _exams_in_sentences(text, sentences, imaging, wording,
                                             scan_named=column is not None and column.modality == "scintigraphy")
    _mark_results(by_sentence, mentions, sentences, text)
    if column is not None:
        exams.insert(0, column)
    # a report that found or excluded a sacral fracture imaged the sacrum, whatever else it says ("terminated
    # early at the patient's request; no sacral fracture on the images obtained")
    sacrum_read = any(m.concept == "sacral_fracture" and m.assertion in ("present", "negated") for m in mentions)
    _read_statuses(text, sentences, by_sentence, column, wording, None if sacrum_read else column, fates,
                   plans_by_purpose=note.note_type != "radiology")
    _results_of_requests(exams)
    _unrecorded_claims(text, sentences, by_sentence, wording, fates)
    exams = [e for e in exams if not _fold_unnamed(e, by_sentence.get(e.sentence, []))
             and not _reviews_an_earlier_study(e, exams, text, sentences, wording)
             and not (e.sentence >= 0 and _row_of_no_study(text, sentences[e.sentence].start + e.start, wording))]
    _regions_from_findings(by_sentence, mentions, sentences)
    _regions_of_companions(exams, by_sentence, column, mentions, sentences, text, wording)
    radiology = note.note_type == "radiology"
    if column is not None:
        exams = _merge_into_column(column, exams, wording)
        if sacrum_read and column.status == "not_performed":
            column.status, column.reason = "performed", "reported"
        column.day = _outside_day(note, text, sentences, by_sentence, column, wording, pipeline.lexicon)
        if radiology and (repeat := _repeat_asked(column, text, sentences, by_sentence, wording)) is not None:
            exams.append(repeat)
    coverage = _Coverage(note, mentions, sentences, pipeline, wording, radiology, set(by_sentence))
    if radiology and column is not None:
        others = [e for i, here in by_sentence.items() for e in here
                  if _on_another_study(e, column, text, sentences[i].start)]
        coverage.of_other_studies = {e.sentence for e in others} | {
            i for i, here in by_sentence.items() if any(e.historical and not column.same_exam(e) for e in here)}
        coverage.other_exams = {id(e) for e in others}
    coverage.sacral_study_recommended = radiology and _recommends_a_sacral_study(exams, text, sentences, wording)
    # the note's own day-month order of its slashed dates, read once for all its exams
    order = note_day_order(text, note.note_date, pipeline.lexicon) if exams and "/" in text else None
    if order is None and exams and "/" in text:
        order = short_dates_order([text[sentences[e.sentence].start:sentences[e.sentence].end][e.start:] for e in exams
                                   if e.status == "performed" and e.start >= 0 and e.sentence >= 0],
                                  note.note_date, pipeline.lexicon)
    rows = []
    for seq, exam in enumerate(exams):
        sentence_text = text[sentences[exam.sentence].start:sentences[exam.sentence].end] if exam.sentence >= 0 else ""
        rows.append(_row(note, exam, seq, sentence_text, coverage, pipeline.lexicon, order))
    return _dedupe(rows)


# An imaging mention's assertion as its exam's own sentence decides it (CONTRACT.md: for imaging, ``present`` is
# performed, ``hypothetical`` ordered or planned, ``negated`` not done or cancelled), by the assertion it had:
# "MR kontraindicerad" and "Patient DNA'd her MRI" were done by no one; "MRI pelvis was ordered and performed" was
# done. A historical or uncertain exam keeps its assertion, and a negated one is never made a request ("Ingen rtg
# behövs": no cue of its own clause asks for it).
_FATE_ASSERTION = {
    ("present", "not_performed"): "negated", ("present", "requested"): "hypothetical",
    ("hypothetical", "not_performed"): "negated", ("hypothetical", "performed"): "present",
    ("negated", "performed"): "present",
}


def with_exam_fates(mentions: list, fates: dict[int, str]) -> list:
    """``mentions`` with each imaging mention's assertion agreeing with the status its own sentence gives its exam
    (``fates`` as :func:`read_exams` fills it), so that mentions.csv and exams.csv tell one story."""
    if not fates:
        return mentions
    out = []
    for m in mentions:
        status = fates.get(m.start) if m.concept in MODALITIES else None
        assertion = _FATE_ASSERTION.get((m.assertion, status)) if status else None
        out.append(replace(m, assertion=assertion) if assertion else m)
    return out


def _column_exam(note, pipeline) -> _Exam | None:
    """A radiology report's own exam, from its ``exam`` column: performed on the report's date."""
    if note.note_type != "radiology" or not str(note.exam).strip():
        return None
    found = pipeline.exam(note.exam)
    modality, region = (MODALITIES[found[0]], found[1]) if found else ("other", "other")
    if modality == "ct" and _hybrid_name(found[3]):
        modality = "scintigraphy"  # "SPECT-CT bäcken", "SPECT/CT lumbar spine": the hybrid study is a bone scan
    # with no region, the words after the modality either name another body part ("CT head", "DT thorax") or
    # nothing ("MR", "CT with contrast": the study an earlier request named, see _inherit_region)
    no_region = bool(found) and region == "other"
    wording = wording_for(pipeline.lexicon)
    unnamed = no_region and wording.names_no_region(found[2])
    # a report of an exam was ordered: one that says its exam was not done leaves an order behind
    # a study of a body part next to the sacrum ("MRI coccyx"), or of one whose field may run through the pelvis
    # ("CT angiogram aorta and iliac arteries", "FDG PET-CT", "MRI rectum"), not of one far from it ("CT head"):
    # its report covers the sacrum where it reads it
    neighbour = no_region and (wording.says(wording.sacrum_neighbours, str(note.exam))
                               or wording.not_far_from_sacrum(str(note.exam)))
    if found and wording.of_vessels(modality, found[2]):
        # "MR ANGIOGRAM AORTA, PELVIS AND LOWER LIMBS": a study of the vessels of the region it names, not of its bones
        region, unnamed, no_region, neighbour = "other", False, True, True
    if found and region == "other" and wording.says(wording.angiogram_name, found[3]):
        # "CTA RUNOFF": an angiogram named by its modality word, a study of vessels (see _exams_in_sentences)
        unnamed, no_region, neighbour = False, True, True
    # (the name before its modality word: "INTRAOP 3D CT PELVIS", "O-ARM INTRAOPERATIVE CT")
    if found and wording.guides_a_procedure(found[2], re.sub(r"\S+\s*$", "", found[3])):
        # "CT GUIDED RIGHT SI JOINT INJECTION": a procedure's guidance, no study of the region it names
        region, unnamed, no_region, neighbour = "other", False, True, False
    return _Exam(modality, region, -1, -1, "performed", "", column=True, evidence=[f"[exam: {note.exam}]"],
                 was_requested=True, unnamed=unnamed, elsewhere=no_region and not unnamed, neighbour=neighbour)


def _exams_in_sentences(text: str, sentences, imaging, wording: ExamWording, scan_named: bool = False
                        ) -> tuple[list[_Exam], dict[int, list[_Exam]]]:
    """The exams the sentences name. ``scan_named``: the report's own exam is a bone scan, whose SPECT/CT the text
    may name again."""
    exams: list[_Exam] = []
    by_sentence: dict[int, list[_Exam]] = {}
    starts = [s.start for s in sentences]
    previous = None
    skipped = -1  # where the last exam another person's ended
    for m in sorted(imaging, key=lambda m: m.start):
        hybrid = _hybrid_ct(text, m)
        joined = _joined_scintigraphy(text, previous, m)
        previous = m
        if hybrid and scan_named and not (exams and exams[-1].modality == "scintigraphy"):
            continue  # "Helkroppsbilder samt SPECT/CT över bäckenet" in a bone scan's report: that scan's own
        if joined or (hybrid and exams and exams[-1].modality == "scintigraphy"):
            if exams and exams[-1].modality == "scintigraphy" and m.region not in (None, "", "other"):
                exams[-1].region = m.region  # "SPECT/CT of the lumbar spine": the SPECT's field
            continue
        i = _sentence_of(starts, m.start)
        start = sentences[i].start if sentences else 0
        if wording.someone_elses(text, start, m.start) or _joined_to_someone_elses(text, start, m.start, skipped):
            skipped = m.end  # "Maken har gjort en skelettscintigrafi och har en MR bäcken inbokad": both his
            continue
        if sentences and wording.only_spoken_of(text, sentences, i, m.start, m.end):
            continue
        status, reason = _DEFAULT_STATUS.get(m.assertion, ("performed", ""))
        historical = m.assertion == "historical" or m.section in _COMPARISON_SECTIONS or (
            m.assertion == "negated" and wording.an_earlier_study(text, start, m.start))
        sentence = text[sentences[i].start:sentences[i].end] if sentences else m.sentence
        # a SPECT/CT named with no bone scan before it ("SPECT-CT över bäckenet visade ...") is the bone scan itself
        modality = "scintigraphy" if hybrid else MODALITIES[m.concept]
        exam = _Exam(modality, m.region or "other", i, m.start - sentences[i].start, status, reason,
                     historical=historical, evidence=[_clean(sentence)], was_requested=status == "requested",
                     section=m.section)
        before = text[max(sentences[i].start if sentences else 0, m.start - 30):m.start]
        following = text[m.end:m.end + 40]  # the words that say what kind of study the exam word names
        # the exam word itself may name the organ it studies ("Myokardscintigrafi", "Paratyreoideascintigrafi",
        # "Lungscintigrafi"), so that such a study asked for is no pelvic order
        exam.elsewhere = exam.region == "other" and (wording.names_other_part(following, before)
                                                     or wording.says(wording.other_part_words, text[m.start:m.end]))
        exam.unnamed = (not exam.elsewhere and exam.region == "other"
                        and wording.names_no_region(following))
        exam.bare = len(text[m.end:sentences[i].end].split()) <= _BARE_WORDS if sentences else False
        exam.queried = bool(sentences) and _QUERY_AFTER.match(text, m.end, sentences[i].end) is not None
        exam.part = wording.says(wording.study_part, text[m.start:m.end])
        # a named study of a part with no region of ours, none far from the sacrum ("a CT angiogram of the aorta and
        # iliacs ...; the sacrum was intact"): it covers the sacrum where its own sentence reads it
        exam.neighbour = (exam.region == "other" and not exam.unnamed
                          and wording.not_far_from_sacrum(text[max(start, m.start - 30):m.end + 40]))
        if wording.of_vessels(exam.modality, following):
            # "MR angiogram of the pelvis and legs": the vessels of the region, no study of its bones
            exam.region, exam.elsewhere, exam.unnamed, exam.neighbour = "other", True, False, True
        if exam.region == "other" and wording.says(wording.angiogram_name, text[m.start:m.end]):
            # "The CTA report also notes ...": an angiogram named by its modality word, a study of vessels, not one
            # that names no body part (it takes no region from a finding it reports)
            exam.elsewhere, exam.unnamed, exam.neighbour = True, False, True
        if wording.guides_a_procedure(following, before):
            # "CT-guided right SI joint injection": the needle's guidance, no study of the joint it names
            exam.region, exam.elsewhere, exam.unnamed, exam.neighbour = "other", True, False, False
        exams.append(exam)
        by_sentence.setdefault(i, []).append(exam)
    return exams, by_sentence


_WAITING = frozenset({"waiting", "deferred"})  # a request's reasons that tell only of waiting (a wish waits too)
_ORDERING = frozenset({"ordered", "referral", "booked"})  # a request's reasons that tell the care asked for a study


def _orders_in(sentence: str, wording: ExamWording) -> bool:
    """Whether a sentence orders, refers or books a study ("Pat önskar MR bäcken, remiss skickad"): its exam is asked
    for, whatever else the sentence says of it."""
    return any(c.status == "requested" and c.reason in _ORDERING for c in wording.find_cues(sentence))


# what between another person's exam and the next exam of its sentence turns to the patient or to a new subject
_NEW_SUBJECT = re.compile(r"[.;:!?]|\b(?:pat|patienten|pt|hon|han|vi|jag|hos oss|medan|men|dock)\b")


def _joined_to_someone_elses(text: str, sentence_start: int, exam_start: int, skipped: int) -> bool:
    """Whether an exam follows, in its sentence, an exam another person owns, with no word between that turns to the
    patient or another subject ("Bor med maken, som själv nyligen gjort en skelettscintigrafi för sin cancer och har
    en MR bäcken inbokad"): that person's too."""
    if skipped < sentence_start or skipped > exam_start:
        return False
    return _NEW_SUBJECT.search(fold(text[skipped:exam_start]).lower()) is None


def _joined_scintigraphy(text: str, previous, mention) -> bool:
    """A scintigraphy word a word or less after another ("Skelettscintigrafi med SPECT/DT över bäckenet", "bone scan
    with SPECT"): the same study, the second naming its tomographic part."""
    if previous is None or previous.concept != "imaging_scintigraphy" or mention.concept != "imaging_scintigraphy":
        return False
    gap = text[previous.end:mention.start]
    return len(gap.split()) <= 1 and not any(c in gap for c in ".;:,\n")


def _hybrid_ct(text: str, mention) -> bool:
    """The CT of a SPECT/CT is the scintigraphy's low-dose localising CT, not a CT study of its own: the SPECT
    word before it is the scintigraphy mention ("bone scan with SPECT/CT of the pelvis")."""
    before = text[max(0, mention.start - 24):mention.start]
    return mention.concept == "imaging_ct" and _HYBRID_PREFIX.search(before) is not None


def _hybrid_name(head: str) -> bool:
    """An exam's name whose CT word follows a SPECT word ("SPECT-CT bäcken", "SPECT/lågdos-DT"): ``head`` is the name
    as read up to the end of its CT word."""
    return _HYBRID_PREFIX.search(re.sub(r"(?i)(?:ct|dt)\s*$", "", head)) is not None


def _sentence_of(starts: list[int], pos: int) -> int:
    """The index of the sentence (by its start offsets) that holds ``pos``."""
    return max(0, bisect.bisect_right(starts, pos) - 1)


# the words between a finding and the study it is credited to ("Kompressionsfraktur L1 enligt MR", "fracture on CT")
# (a side or level may stand between: "Ramusfraktur vänster enligt DT")
_CREDITED_TO = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s*(?:enligt|p[åa]|vid|according to|on|at)\s+(?:(?:en|ett|den|det|the|an?)\s+)?$",
                          re.IGNORECASE)


def _row_of_no_study(text: str, pos: int, wording: ExamWording) -> bool:
    """Whether the exam at ``pos`` opens a pasted table row that tells nothing of this patient's study: a template's
    row left empty ("MR bäcken | | |"), or a row of a table that a line above gives to another patient ("Obs!
    Tabellen nedan avser annan patient:" over "MR bäcken | 2025-02-01 | Besvarad | ua", exams.json
    foreign_tables). Rows are the lines holding a cell separator; the table runs up to the first line without one."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:len(text) if end < 0 else end]
    cells = _CELL.split(line)
    if len(cells) < 2:
        return False
    if len(cells) > 2 and not line[:pos - start].strip(" \t") and not any(c.strip() for c in cells[1:]):
        return True  # the exam opens the row and its two or more other cells are blank (one may be a stray ";")
    if wording.foreign_tables is None:
        return False
    while start > 0:
        above_start = text.rfind("\n", 0, start - 1) + 1
        above = text[above_start:start - 1]
        if not _CELL.search(above):
            return bool(above.strip()) and wording.foreign_tables.search(fold(above).lower()) is not None
        start = above_start
    return False


def _mark_results(by_sentence: dict[int, list[_Exam]], mentions, sentences, text: str = "") -> None:
    """An exam read as done that ends a sentence stating a fracture found or excluded ("Sacral fracture on CT.", "No
    fracture of L2 on MRI.") reported that result: a later "No further imaging." is about other studies. One with
    more after it may have a fate of its own ("Ramus fracture and MRI pelvis, which she declined."), unless the
    finding is credited to it right before its name ("Kompressionsfraktur L1 enligt MR, som fick avbrytas i förtid":
    a study that gave a finding was done, however it ended)."""
    starts = [s.start for s in sentences]
    results = [m for m in mentions if m.concept in RESULT_CONCEPTS and m.assertion in ("present", "negated")]
    with_result = {_sentence_of(starts, m.start) for m in results} if sentences else set()
    for i in with_result:
        for exam in by_sentence.get(i, []):
            if exam.status != "performed" or exam.historical:
                continue
            at = sentences[i].start + exam.start
            if exam.bare or (text and any(m.end <= at and _CREDITED_TO.fullmatch(text, m.end, at) for m in results
                                          if _sentence_of(starts, m.start) == i)):
                exam.reported = True


def _regions_from_findings(by_sentence: dict[int, list[_Exam]], mentions, sentences) -> None:
    """An exam that names no body part, in a sentence that reads a sacral or pubic ramus fracture ("Sacral fracture
    not confirmed on MRI", "No sacral fracture on CT", "Sakrumfraktur kunde inte verifieras med MR") or right after
    one in the same section ("Misstänkt sakrumfraktur. Syns ej på DT."), looked at that site: it takes the region
    (lexicon.FINDING_REGIONS) of the nearest such finding. It stays ``unnamed``: an earlier request of its modality
    still gives it the requested region (:func:`resolve_exams`)."""
    starts = [s.start for s in sentences]
    found: dict[int, list[tuple[int, str]]] = {}
    for m in mentions:
        if m.concept in FINDING_REGIONS and sentences:
            i = _sentence_of(starts, m.start)
            found.setdefault(i, []).append((m.start - starts[i], FINDING_REGIONS[m.concept]))
    for i, exams in by_sentence.items():
        if found.get(i):
            # a bare exam ("…, not confirmed on MRI"), or one that reports what follows it ("The CT has not
            # demonstrated a fracture of the sacrum")
            near = found[i]
            candidates = [e for e in exams if e.unnamed and (e.bare or any(at > e.start for at, _ in near))]
        elif i > 0 and found.get(i - 1) and sentences[i - 1].section == sentences[i].section:
            # a bare exam right after the finding's sentence ("Not seen on CT."): its last finding
            near, candidates = [(-1, max(found[i - 1])[1])], [e for e in exams if e.unnamed and e.bare]
        else:
            continue
        for exam in candidates:
            exam.region = min(near, key=lambda f: abs(f[0] - exam.start))[1]


def _regions_of_companions(exams: list[_Exam], by_sentence: dict[int, list[_Exam]], column: _Exam | None,
                           mentions, sentences, text: str, wording: ExamWording) -> None:
    """A further study that names no body part, asked for or not done, is of the body part of the study beside
    it: in a report, the report's own ("MRI could be obtained if clinically warranted" in a lumbar-spine
    radiograph's report is a lumbar MRI; in a CT chest report, "Follow-up CT recommended" is another chest CT); in a
    sentence, the one other study it names ("Order CT L-spine (MRI not
    possible - cochlear implant)"). Not where its sentence, or one beside it, reads a sacral or ramus fracture, which
    names what the study would look at (:func:`_regions_from_findings`). Nor, in a report of a covering region, where
    its sentence names another body part before it: "Lung nodule, follow up CT in 3 months" in a CT chest, abdomen
    and pelvis report is a chest CT (exams.json ``other_region_before``, read anywhere before the exam)."""
    starts = [s.start for s in sentences]
    read = {_sentence_of(starts, m.start) + d for m in mentions if m.concept in FINDING_REGIONS
            for d in (-1, 0, 1)} if sentences else set()  # also "Recommend MRI. Sacral fracture not excluded."
    for exam in exams:
        if (exam.region != "other" or exam.column or exam.elsewhere or exam.historical or exam.sentence in read
                or exam.status not in ("requested", "not_performed")):
            continue
        beside = {e.region for e in by_sentence.get(exam.sentence, [])
                  if e.modality != exam.modality and e.region != "other" and not e.historical}
        if len(beside) == 1:
            exam.region = beside.pop()
        elif column is not None and column.region != "other" and _names_another_part_before(exam, text, sentences,
                                                                                             wording):
            exam.elsewhere = True
        elif column is not None and column.region != "other":
            exam.region = column.region
        elif column is not None and column.elsewhere:
            exam.elsewhere = True  # "Follow-up CT in 6-8 weeks recommended" in a CT chest report: of the chest


def _names_another_part_before(exam: _Exam, text: str, sentences, wording: ExamWording) -> bool:
    """The exam's sentence names a body part we have no region for before the exam ("Lung nodule, follow up CT")."""
    if wording.other_part_words is None or exam.sentence < 0:
        return False
    start = sentences[exam.sentence].start
    return wording.other_part_words.search(_flat(text[start:start + exam.start])) is not None


def _read_statuses(text: str, sentences, by_sentence: dict[int, list[_Exam]], column: _Exam | None,
                   wording: ExamWording, silent_report: _Exam | None = None, fates: dict[int, str] | None = None,
                   plans_by_purpose: bool = False) -> None:
    """Steps 2 and 3 of the module docstring, sentence by sentence. ``silent_report`` is the report's own exam
    when the report reads nothing of the sacrum: then an absence or a refusal in it is of that exam. ``fates``
    (see :func:`read_exams`) gets the status each exam's own sentence gives it, before later sentences speak.
    ``plans_by_purpose`` (clinical notes) reads an exam followed only by its purpose as a plan."""
    last_exams: list[_Exam] = [column] if column is not None else []
    last_at = -1
    work_list = False  # the last exams' sentence is its line's whole text, as a work list writes an exam
    may_refuse: bool | None = None  # whether the note can hold a refusal at all (asked once, if at all)
    priority: tuple[int, Cue] | None = None  # a priority given alone in a clinical note's sentence, and where
    for i, sent in enumerate(sentences):
        here = by_sentence.get(i, [])
        if not here and column is None and (cue := _priority_alone(text[sent.start:sent.end], wording)) is not None:
            priority = (i, cue)
            if plans_by_purpose and i - last_at == 1:
                # "MRI pelvis" + "Priority: urgent." in a clinical note: the priority given right after a study named
                # bare queues it, as one given right before does
                for exam in last_exams:
                    if not exam.explicit and not exam.historical and exam.status == "performed":
                        exam.hear(cue, own=False)
                        exam.evidence.append(_clean(text[sent.start:sent.end]))
        if not here and (not last_exams or i - last_at > _LOOKBACK_SENTENCES):
            # a report that names no other exam speaks of its own however far down ("ABANDONED"): a refusal, or
            # any not-done wording in a sentence that points back to it
            if not _only_the_report(last_exams, silent_report):  # also false when no exam is in view
                continue
            if may_refuse is None:
                may_refuse = wording.may_refuse(text)
            if not may_refuse and not _points_back(text[sent.start:sent.end], sent, column, wording):
                continue
        sentence = text[sent.start:sent.end]
        if here:
            cues = wording.find_cues(sentence)
            _statuses_in_sentence(sentence, here, cues, wording.next_step, wording.conditions, wording.step_day)
            _swapped_studies_asked(sentence, here, cues, wording)
            _done_on_repeat(sentence, here, cues, wording)
            _done_on_a_part(sentence, here, wording)
            if i + 1 < len(sentences) and not by_sentence.get(i + 1) and sentence.rstrip().endswith("?"):
                _answered_question(sentence, text[sentences[i + 1].start:sentences[i + 1].end], here, wording)
            if priority is not None and priority[0] == i - 1:
                # "Prio: rutin. DT bäcken, tunna snitt genom sakrum.": the priority the radiologist gave the study
                # named next, which no word of its own tells done, makes it a queued request
                for exam in here:
                    if not exam.explicit and not exam.historical and exam.status == "performed":
                        exam.hear(priority[1], own=False)
            if plans_by_purpose and not any(c.status == "performed" for c in cues):
                _plan_by_purpose(sentence, here, wording)
                _asked_under_a_referral_heading(sentence, here, wording)
                if not cues:
                    _named_alone_in_assessment(sentence, here, wording, text[:sent.start])
            if fates is not None:
                fates.update((sent.start + e.start, e.status) for e in here if e.explicit)
            last_exams, last_at = here, i
            work_list = column is None and _a_work_list_line(text, sent, here, wording)
        elif _status_field(text[text.rfind("\n", 0, sent.start) + 1:sent.end], last_exams, i - last_at, wording,
                           column=column):
            last_at = i  # the exam line and its field lines are one entry: the next field still belongs to it
        elif work_list and _status_line(sentence, last_exams, i - last_at, wording):
            last_at = i  # so are its bare status lines, each the exam's next step
        elif _follows_a_fate(last_exams, i - last_at) and (rebooked := _rebooking(sentence, wording)) is not None:
            # "MR bäcken ej genomförd, kameran ur funktion. Ny tid ges.": the new time is of the study not done
            for exam in last_exams:
                exam.hear(rebooked, own=False)
                exam.rebooked = True
                exam.evidence.append(_clean(sentence))
            last_at = i
        elif ((pointing := _points_back(sentence, sent, column, wording) or _follows_a_request(last_exams, i - last_at))
              or _only_the_report(last_exams, silent_report)):
            # in a report that has named no other exam, a cancellation, refusal or absence is of the report's own
            # exam ("Patienten uteblev.", "Patient did not attend."); "not done" or "could not lie still" may be of
            # anything, or of a study done all the same
            cues = wording.find_cues(sentence)
            # in a report that names no other exam and reads nothing of the sacrum, a contraindication that opens a
            # short sentence and is all it says ("Unable to tolerate.", "Patient could not lie still.") is its own
            # exam's fate (not one closing a finding: "Ev. odislocerad ramusfraktur hö, ej säker."), and so is a
            # deferral that the study opens ("Examination deferred after discussion with the referrer")
            silent = _only_the_report(last_exams, silent_report)
            refused = [c for c in cues if (c.status == "not_performed" and (
                pointing or c.reason in _REPORT_REFUSALS or (silent and c.reason == "contraindicated"
                                                             and _said_alone(sentence, c))))
                       or (silent and c.status == "requested" and c.reason == "deferred"
                           and _OWN_STUDY_OPENS.match(_flat(sentence)) is not None)]
            # a failure that explains why the images were limited to a part ("static views of the thoracolumbar
            # spine only (patient unable to lie flat for longer)") is of the part left out: the study was done, its
            # field limited (its coverage is read apart)
            if refused and not _acquired_after(sentence, cues, refused[-1]) and not wording.says(
                    wording.limited_field, sentence):
                for exam in last_exams:
                    exam.hear(refused[-1], own=False)
                    # a deferral is the report's own study put off, not another order of it (_merge_into_column)
                    exam.rebooked = exam.rebooked or refused[-1].status == "requested"
                    exam.evidence.append(_clean(sentence))


_WORDS = re.compile(r"\w+")
# a sentence opened by the study itself ("Examination deferred ...", "The scan was postponed"), not by another one
# ("Follow-up examination deferred to the clinical team")
_OWN_STUDY_OPENS = re.compile(r"\W*(?:the |this )?(?:exam|examination|study|scan|procedure|imaging|investigation)\b")
_ALONE_WORDS = 6  # a sentence of at most this many words that holds a contraindication says nothing else
_ALONE_SUBJECT = 2  # and at most this many words (the patient: "Patient", "The patient") before it


def _said_alone(sentence: str, cue: Cue) -> bool:
    """A contraindication that opens its short sentence and is all it says ("Unable to tolerate.", "The patient could
    not lie still.")."""
    flat = _flat(sentence)
    return len(_WORDS.findall(flat)) <= _ALONE_WORDS and len(_WORDS.findall(flat[:cue.start])) <= _ALONE_SUBJECT


def _done_on_repeat(sentence: str, exams: list[_Exam], cues: list[Cue], wording: ExamWording) -> None:
    """A stopped study told repeated or completed in a later clause of its sentence that names no exam ("MRI pelvis
    abandoned on Monday because of claustrophobia; successfully repeated on Thursday under sedation, showing no
    fracture", "Initial MRI pelvis aborted (claustrophobia); repeat under GA done 20/05 showed no fracture", "The first
    attempt at an MRI pelvis was abandoned; it was completed on 12/03"): the study was done after all. A repeat only
    asked for, or failed again ("...; repeat requested under GA", "...; re-attempted but not tolerated"), or a noun with
    no result after it ("...; repeat under GA") leaves it not done."""
    if wording.repeat_clause is None:
        return
    flat = _flat(sentence)
    for opens in clause_bounds(flat)[1:]:
        told = wording.repeat_clause.match(flat, opens)
        if told is None or any(e.start >= opens for e in exams):
            continue  # no repeat, or the clause names a study of its own ("; repeat MRI pelvis showed ...")
        stopped = [e for e in exams if e.status == "not_performed" and e.reason not in NO_ORDER_REASONS]
        later = [c for c in cues if c.start >= opens]
        if not stopped or any(c.status != "performed" for c in later):
            return
        # a told repeat ends on its verb: English past participles, Swedish passives ("upprepades", "hann tas")
        if later or told.group(0).rstrip().endswith(("ed", "done", "s")):
            stopped[-1].hear(Cue(opens, told.end(), "performed", "reported"), own=True)
        return


def _answered_question(question: str, answer: str, exams: list[_Exam], wording: ExamWording) -> None:
    """A question about a study, asked as a request asks it, settled by a bare answer in the next sentence: "No"
    ("DT bäcken? Nej.", "Any previous MRI of the pelvis? None.") leaves it not done and never asked for; "Yes" tells
    it done only where the question asks whether it was done ("Has she had a CT of the pelvis? Yes, in March.",
    "Har hon gjort någon DT av bäckenet? Ja."): a yes to "MRI pelvis?" agrees to ask for it. An answer that does not
    know ("Has she had a CT? Not documented.", "Gjort MR tidigare? Okänt.") leaves such a study not known done, and
    no order."""
    asked = [e for e in exams if e.status == "requested"]
    answers = wording.answers
    if not asked or answers.no is None:
        return
    said = as_answer(answer)
    end = len(question)
    if answers.no.fullmatch(said):
        cue = Cue(end, end, "not_performed", "not_done")
    elif not answers.asks_if_done(question):
        return
    elif answers.assertion(said) in ("present", "historical"):  # "Yes, in March.", "Ja, 2023."
        cue = Cue(end, end, "performed", "reported")
    elif answers.unknown is not None and answers.unknown.fullmatch(said):
        cue = Cue(end, end, "not_performed", "not_done")  # "Has she had a CT? Not documented.": not known done
    else:
        return
    for exam in asked:
        exam.hear(cue, own=True)
        exam.was_requested = False  # a question about the study, answered: no order stood
        exam.evidence.append(_clean(answer))


def _done_on_a_part(sentence: str, exams: list[_Exam], wording: ExamWording) -> None:
    """A failure told together with the part the images were limited to ("Bone scan 10/09: pt unable to lie still,
    only spot views of the thoracic spine"): the study was done, its field limited (its coverage is read apart), as
    in a report's sentence that names no exam (see _read_statuses)."""
    if len(exams) != 1 or not wording.says(wording.limited_field, sentence):
        return
    exam = exams[0]
    if exam.status == "not_performed" and exam.reason in ("contraindicated", "cancelled"):
        exam.hear(Cue(0, 0, "performed", "reported"), own=True)


def _swapped_studies_asked(sentence: str, exams: list[_Exam], cues: list[Cue], wording: ExamWording) -> None:
    """A modality swapped at vetting ("MRI pelvis changed to CT pelvis by the radiologist as the pacemaker is not MR
    conditional", "Converted to CT pelvis (MRI contraindicated)"): the study the request was changed to is asked for,
    not done, unless the words after it report it ("..., which showed no fracture"); the contraindication that made
    the swap is of the first study, not of it."""
    for exam in exams:
        if (not exam.reported and (exam.status == "performed" or exam.reason == "contraindicated")
                and not any(c.status == "performed" and c.start > exam.start for c in cues)
                and wording.swapped_to_it(sentence, exam.start)):
            exam.status, exam.reason, exam.was_requested, exam.explicit = "requested", "planned", True, True


def _acquired_after(sentence: str, cues: list[Cue], refusal: Cue) -> bool:
    """A refusal or failure that a later clause of the same sentence follows with images acquired all the same was of
    a part of the study: "Unable to tolerate lying supine for whole-body acquisition; limited spot views ... were
    obtained" is a study done, however limited (its coverage is read apart); "None of these studies were done" is
    one clause, and no study."""
    flat = _flat(sentence)
    bounds = clause_bounds(flat)
    clause = bisect.bisect_right(bounds, refusal.start)
    return any(c.status == "performed" and bisect.bisect_right(bounds, c.start) > clause
               and _ACQUIRED.search(flat, c.start, c.end) is not None for c in cues)


def _results_of_requests(exams: list[_Exam]) -> None:
    """A result awaited ("EDD pending bone scan result", "results to follow"; reason ``result_awaited``) of an exam
    that the same note requested before, with nothing since saying it was done, is that request's future result:
    the exam is still requested. Without such a request the awaited result is of a study done."""
    for i, exam in enumerate(exams):
        if exam.column or exam.status != "performed" or exam.reason != _AWAITED:
            continue
        earlier = [e for e in exams[:i] if not e.column and e.same_exam(exam)]
        if earlier and earlier[-1].status == "requested":
            exam.status, exam.reason, exam.was_requested = "requested", "waiting", True


def _plan_by_purpose(sentence: str, exams: list[_Exam], wording: ExamWording) -> None:
    """In a clinical note, an exam that no status word speaks of is what the writer plans, not a study done, when its
    clause names an appointment for it ("MRI pelvis appt 24/4", "MR-tid på fredag") or follows it with its purpose
    alone ("CT pelvis to r/o sacral fx", "DT bäcken för att utesluta sakrumfraktur") unless the sentence says it
    was done all the same ("underwent", "genomgick", a date: "DT 3/3 för att utesluta fraktur")."""
    folded = _flat(sentence)  # as the status cues read it: a purpose may run over a printout's line break
    done_anyway = wording.done_anyway is not None and wording.done_anyway.search(folded) is not None
    dated = wording.dated is not None and wording.dated.search(folded) is not None
    bounds = clause_bounds(folded)
    for exam in exams:
        if exam.explicit or exam.historical or exam.status != "performed":
            continue
        clause_start = max(b for b in bounds if b <= exam.start)
        clause_end = next((b for b in bounds if b > exam.start), len(folded))
        planned = wording.appointment is not None and wording.appointment.search(folded, clause_start, clause_end)
        if not planned and not (dated or done_anyway) and wording.purpose is not None:
            planned = wording.purpose.search(folded, exam.start, min(clause_end, exam.start + _PURPOSE_REACH))
            if not planned and folded[clause_end - 1:clause_end] == ",":  # "MR bäcken, frågeställning sakrumfraktur"
                after = len(folded) - len(folded[clause_end:].lstrip())  # the next clause's first word
                planned = wording.purpose.match(folded, after, min(len(folded), after + 40))
        if planned:
            exam.status, exam.reason, exam.was_requested, exam.explicit = "requested", "planned", True, True


def _asked_under_a_referral_heading(sentence: str, exams: list[_Exam], wording: ExamWording) -> None:
    """In a clinical note, an exam named alone, no status word or date beside it, under a referral or question
    heading ("Remiss: magnetundersökning av bäckenet", "Önskad undersökning: MR bäcken") is the study asked for,
    not one done (in a radiology report the same heading holds the report's own exam; "Indikation: fraktur L1 (MR
    5/8) med ..." quotes a study done)."""
    if wording.says(wording.dated, sentence) or wording.says(wording.done_anyway, sentence):
        return
    for exam in exams:
        if ((exam.bare or exam.queried) and not exam.explicit and not exam.historical and exam.status == "performed"
                and exam.section in _QUESTION_SECTIONS):
            exam.status, exam.reason, exam.was_requested = "requested", "referral", True


def _named_alone_in_assessment(sentence: str, exams: list[_Exam], wording: ExamWording, before: str) -> None:
    """In a clinical note's assessment ("Bedömning: Misstänkt sakrumfraktur. MR bäcken."; exams.json
    ``assessment_headings``), a sentence that names one exam and nothing else, no date, no result and no status word,
    is the writer's plan, as under a plan heading: the study is asked for, not reported ("DT bäcken ua.", "MR bäcken
    3/2." report one). Under an epikris or a diagnosis list, which share the assessment's section, a study named alone
    is one the stay saw done. ``before`` is the note's text before the sentence."""
    if len(exams) != 1 or wording.region_word is None or wording.assessment_heading is None:
        return
    exam = exams[0]
    if exam.explicit or exam.historical or exam.status != "performed" or exam.section not in _ASSESSMENT_SECTIONS:
        return
    headings = _HEADING.findall(_flat(before + sentence[:exam.start]))
    if not headings or not wording.assessment_heading.match(headings[-1].strip()):
        return
    flat = _flat(sentence)
    if any(ch.isdigit() for ch in flat):
        return
    before = flat[:exam.start].split()
    if before and not (len(before) <= 2 and before[-1].endswith(":")):  # only its heading may stand before it
        return
    words = [w.strip(".,;()") for w in flat[exam.start:].split()[1:]]
    if len(words) <= 4 and all(w in _LINE_JOINERS or not w or wording.region_word.match(w) for w in words):
        exam.status, exam.reason, exam.was_requested, exam.explicit = "requested", "planned", True, True


def _points_back(sentence: str, sent, column: _Exam | None, wording: ExamWording) -> bool:
    """A sentence naming no exam speaks of one named before: it says so ("the scan", "undersökningen"), or it
    stands in a report's technique section, which is about the report's own exam ("ABORTED: patient moved")."""
    if column is not None and sent.section is not None and sent.section.name in _TECHNIQUE_SECTIONS:
        return True
    return wording.says(wording.references, sentence)


def _status_field(line: str, last_exams: list[_Exam], distance: int, wording: ExamWording,
                  column: _Exam | None = None) -> bool:
    """A work list's status field on the line right under its exam ("MR bäcken" / "Status: Bokad 14/1",
    "Remisstatus: Avvisad"; ``line`` runs from the line's start, its heading included, to the sentence's end): a
    request or a fate in the field's first words is the exam's. A result word there is none ("Status: normalt
    gångmönster" is an examination), and an exam whose own line stated a fate keeps it unless that fate was a
    request. ``column`` is a radiology entry's own exam: while the exams in view are only it (its exam column or
    title, no other exam named), its RIS status field may stand lines below it and is its status ("MRI PELVIS -
    ORDER STATUS" / "Ordered 04/02 ..." / "Status: scheduled for 14/02"). Applies the field; says whether the
    sentence was one."""
    if (distance != 1 and not _only_the_report(last_exams, column)) or not last_exams or any(
            e.explicit and e.status != "requested" for e in last_exams):
        return False
    field = wording.status_field.match(_flat(line)) if wording.status_field is not None else None
    if field is None:
        return False
    cues = [c for c in wording.find_cues(line) if c.status != "performed" and c.start <= field.end() + 2]
    if distance != 1 and column is not None and column not in last_exams:
        last_exams = [*last_exams, column]  # lines below the report's title: the field is of the report's exam
    for cue in cues:
        for exam in last_exams:
            exam.hear(cue, own=True)
    for exam in last_exams if cues else ():
        exam.evidence.append(_clean(line))
    return True


_LINE_JOINERS = frozenset({"+", "&", "/", "-", "och", "samt", "and"})


def _a_work_list_line(text: str, sent, exams: list[_Exam], wording: ExamWording) -> bool:
    """The sentence is its line's whole text and names its exam and nothing else, as a work list writes an exam: at
    most two words before the modality ("RIS-status DT bäcken", "Remiss: MR bäcken"), only region words after it
    ("MR ländrygg + bäcken", "DT buk-bäcken"), no date and no result ("DT bäcken utan fynd", "MR bäcken 3/1" are
    studies reported)."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    line_end = len(text) if line_end < 0 else line_end
    if (len(exams) != 1 or text[line_start:sent.start].strip() or text[sent.end:line_end].strip()
            or wording.region_word is None):
        return False
    sentence = _flat(text[sent.start:sent.end])
    if any(ch.isdigit() for ch in sentence):
        return False
    before = sentence[:exams[0].start].split()
    after = sentence[exams[0].start:].split()[1:]
    words = [w.strip(".,:;()") for w in after]
    return len(before) <= 2 and all(w in _LINE_JOINERS or not w or wording.region_word.match(w) for w in words)


def _status_line(sentence: str, last_exams: list[_Exam], distance: int, wording: ExamWording) -> bool:
    """A work list's status written bare, with no field label, at the start of the sentences right under an exam's
    own line ("RIS-status DT bäcken" / "Remiss mottagen 2/7. Bokad 2024-07-12. Avbokad av patienten."; exams.json
    ``status_lines``): each request or fate there is the exam's next step, the latest winning, as a ``Status:`` field
    is. Not for a radiology report's own exam, which the report shows done unless its text says it was not ("MR
    BÄCKEN" / "Remiss mottagen 2/9, protokollerad." / "Fynd: ..."), nor once an exam's line or an earlier status
    line gave it a fate other than a request (a new time after it is read as a rebooking). A status line with no
    request or fate of its own still belongs to the entry. Applies the line; says whether the sentence was one."""
    exams = [e for e in last_exams if not e.column]
    if (distance != 1 or not exams or wording.status_line is None
            or any(e.explicit and e.status != "requested" for e in exams)):
        return False
    flat = _flat(sentence)
    opening = wording.status_line.match(flat)
    if opening is None:
        return False
    cues = [c for c in wording.find_cues(sentence) if c.status != "performed" and c.start < opening.end()]
    if not cues and wording.appointment is not None and wording.appointment.search(flat, 0, opening.end()):
        cues = [Cue(0, opening.end(), "requested", "planned")]  # "Protokollerad.": radiology plans the study
    for exam in exams if cues else ():
        exam.hear(cues[-1], own=True)
        exam.evidence.append(_clean(sentence))
    return True


def _priority_alone(sentence: str, wording: ExamWording) -> Cue | None:
    """The request of a short sentence that gives a priority and nothing else ("Prio: rutin.", "Prio 2.",
    "Omprioriterad till rutin."; exams.json ``priority_lines``), or None. A triage colour ("Prio: Gul") is no
    request of a study."""
    flat = _flat(sentence)
    if wording.priority_line is None or len(flat.split()) > _PRIORITY_WORDS or not wording.priority_line.match(flat):
        return None
    cues = wording.find_cues(sentence)
    return cues[-1] if cues and all(c.status == "requested" for c in cues) else None


_PRIORITY_WORDS = 5  # at most so many words in a sentence that gives a priority alone


def _follows_a_request(last_exams: list[_Exam], distance: int) -> bool:
    """A sentence right after one that only requests exams tells their fate even without naming them ("MR bäcken
    beställd. Patienten uteblev.", "MRI pelvis booked. She declined.")."""
    return distance == 1 and bool(last_exams) and all(e.status == "requested" for e in last_exams)


def _follows_a_fate(last_exams: list[_Exam], distance: int) -> bool:
    """A sentence right after one that says its exams were not done (cancelled, broken off, could not be done) may
    give them a new time without naming them ("MR bäcken avbokad. Ny tid ges.", "MRI cancelled. Rebooked for
    Monday.")."""
    return distance == 1 and bool(last_exams) and all(e.status == "not_performed" for e in last_exams)


def _rebooking(sentence: str, wording: ExamWording) -> Cue | None:
    """A new time or a new call for a study not done (exams.json purpose_only "rebooked"; a negated one, "ingen ny
    tid", is none): a request again, as :func:`_follows_a_fate` reads it."""
    if wording.rebooked is None:
        return None
    m = wording.rebooked.search(_flat(sentence))
    return None if m is None else Cue(m.start(), m.end(), "requested", "booked")


def _only_the_report(last_exams: list[_Exam], column: _Exam | None) -> bool:
    """The exams in view are the report's own, from its exam column or its title ("MR BÄCKEN")."""
    return column is not None and bool(last_exams) and all(
        e is column or (column.same_exam(e) and not e.explicit and not e.historical) for e in last_exams)


def clause_bounds(folded: str) -> list[int]:
    """Where the clauses of a folded, lowercased sentence start."""
    return [0] + [m.end() for m in _CLAUSE_BREAK.finditer(folded)]


def _statuses_in_sentence(sentence: str, exams: list[_Exam], cues: list[Cue],
                          next_step_words: re.Pattern | None = None, conditions: re.Pattern | None = None,
                          step_day: re.Pattern | None = None) -> None:
    flat = _flat(sentence)
    bounds = clause_bounds(flat)
    clause_of = lambda pos: bisect.bisect_right(bounds, pos) - 1  # noqa: E731
    in_clause: dict[int, list[_Exam]] = {}
    for exam in exams:
        in_clause.setdefault(clause_of(exam.start), []).append(exam)
    for cue in cues:
        clause = in_clause.get(clause_of(cue.start))
        if clause:
            before = [e for e in clause if e.start <= cue.start]
            # "Cancelled the CT pelvis and booked an MRI pelvis": the second verb speaks of its own object only, and
            # the first of its object up to the second verb (a clause of one exam has no second object)
            ahead = _objects_ahead(cue, cues, clause, flat, clause_of) if len(clause) > 1 else []
            own = ahead if ahead and (before and _second_verb(cue, cues, before[-1], flat, clause_of)
                                      or _first_of_two_verbs(cue, cues, ahead, clause, flat, clause_of)) else []
            if own:
                before = []
            if _booking_of_the_fated(cue, cues, before, flat, bounds[clause_of(cue.start)]):
                continue
            if cue.status != "performed" and (cue.of_new_study or any(0 <= e.start - cue.end <= _OBJECT_REACH
                                                                      for e in exams)):
                # "Då MR bäcken redan är gjord avstår vi från skelettscintigrafi", "Eftersom DT bäcken gjordes ...
                # avstår vi från ny undersökning": the refusal's object is another study, not the one told done
                kept = [e for e in before if not (e.explicit and e.status == "performed")]
                if len(kept) < len(before) and not kept:
                    continue
                before = kept
                if not before and cue.reason == "withdrawn" and _CHANGED_TO.search(flat, cue.start, cue.end):
                    # "Remiss MR bäcken ändrad till DT bäcken": the request changed is the one the withdrawal names
                    # ("Remissen omvandlad till DT bäcken": an earlier one); the study after "till" is the new request
                    before = [e for e in clause if e.start < cue.end]
                    if not before:
                        continue
            if before and cue.status == "performed" and conditions is not None:
                # "If the CT pelvis is normal, she can go home", "Om MR visar fraktur opereras hon": a result told
                # under a condition is awaited; the exam keeps the status its mention gives it (planned). A condition
                # that sets another study's plan reads a result at hand ("CT pelvis if the X-ray is normal", "If plain
                # films are negative, MRI"): there the first study was done.
                opens = bounds[clause_of(cue.start)]
                before = [e for e in before if not _under_a_condition(e, exams, flat, opens, bounds, conditions)]
                if not before:
                    continue
            heard = own or (_coordinated(before, sentence, cues) if before
                            else _coordinated_after(clause, sentence, cues) if cue.status == "performed" else clause)
            for exam in heard + _listed_in_cue(cue, exams, clause):
                if not _asks_after_its_result(exam, cue):
                    exam.hear(cue, own=True)
            continue
        before = [e for e in exams if e.start < cue.start]  # a clause naming no exam: "..., men pat avböjde"
        if _bracket_after(sentence, bounds, clause_of(cue.start), before):
            if not _request_told_after_its_fate(cue, cues):
                before[-1].hear(cue, own=True)  # "XR lumbar spine (done by GP last week)": the bracket is the exam's own
            continue
        if _bracket_on_other_words(sentence, bounds, clause_of(cue.start), in_clause):
            continue  # "L1 fracture 2023 (CT); osteoporosis, untreated (declined)": the treatment was declined
        # "CT pelvis was requested, and later performed": a clause that goes on to the study's next step is the
        # exam's own, unlike a result word about something else ("...; labs normal")
        told = flat[cue.start:cue.end]
        # "MRI pelvis requested 10/03, done 12/03", "(requested on admission, performed 04/06)", "beställd i måndags,
        # utförd i onsdags": a performance with its day, opening a clause of its own, tells the requested study's next
        # step too (a dated result word inside another clause, "..., bloods done 12/03", is of something else)
        dated_step = (step_day is not None and (step_day.search(told) or step_day.match(flat, cue.end))
                      and not flat[bounds[clause_of(cue.start)]:cue.start].strip(" (-\u2013"))
        next_step = cue.status == "performed" and (
            (next_step_words is not None and next_step_words.match(told) is not None) or dated_step)
        for exam in before or exams:
            if _told_of_a_later_study(exam, cue, before):
                continue
            exam.hear(cue, own=next_step and exam is (before or exams)[-1])
    _listed_before_a_comma(sentence, bounds, in_clause)


_OBJECT_REACH = 25  # characters after a refusal within which another exam's name is its object
# a verb joined to the clause's earlier exam ("CT pelvis and booked", "DT bäcken och bokade"), on folded text
_JOINED_VERB = re.compile(r"\b(?:and|och|samt|then|sedan|instead|istället)\b")


def _second_verb(cue: Cue, cues: list[Cue], last_before: _Exam, flat: str, clause_of) -> bool:
    """Whether ``cue`` opens a second verb's phrase, joined by "and"/"och" after the first verb's object, itself right
    after a status word of the clause ("Cancelled the CT pelvis and booked an MRI pelvis", "Avbokade DT bäcken och
    bokade MR bäcken")."""
    first = [c for c in cues if c.end <= last_before.start and clause_of(c.start) == clause_of(cue.start)
             and 0 <= last_before.start - c.end <= _OBJECT_REACH]
    return bool(first) and _JOINED_VERB.search(flat, last_before.start, cue.end) is not None  # "and had a CT"


def _first_of_two_verbs(cue: Cue, cues: list[Cue], ahead: list[_Exam], clause: list[_Exam], flat: str,
                        clause_of) -> bool:
    """Whether ``cue``, with its objects ``ahead``, is the first of two verbs of that kind in its clause: then it
    speaks of its own objects only, not of the second verb's."""
    if not ahead:
        return False
    later = [c for c in cues if c.start > ahead[-1].start and clause_of(c.start) == clause_of(cue.start)]
    return any(_objects_ahead(c, cues, clause, flat, clause_of) and _second_verb(c, cues, ahead[-1], flat, clause_of)
               for c in later)


def _objects_ahead(cue: Cue, cues: list[Cue], clause: list[_Exam], flat: str, clause_of) -> list[_Exam]:
    """The exams a status word that opens its object's phrase speaks of: those right after it in its clause, up to
    the clause's next status word ("Avbokade DT bäcken och bokade MR bäcken istället": "avbokade" is the CT's,
    "bokade" the MRI's; "Cancelled the CT and MRI pelvis": both)."""
    if not any(0 <= e.start - cue.end <= _OBJECT_REACH for e in clause):
        return []
    later = [c.start for c in cues if c.start >= cue.end and clause_of(c.start) == clause_of(cue.start)]
    until = min(later, default=len(flat))
    return [e for e in clause if cue.end <= e.start < until]
# a withdrawal that ends on the study a request was changed to ("Remissen omvandlad till DT bäcken"), on folded text
_CHANGED_TO = re.compile(r"\b(?:till|mot)(?: en| ett)?\s*$")


def _under_a_condition(exam: _Exam, exams: list[_Exam], flat: str, opens: int, bounds: list[int],
                       conditions: re.Pattern) -> bool:
    """Whether a condition opens the clause part before ``exam`` (from ``opens``, the clause's start; ``bounds`` the
    sentence's clause starts) and no other study of the sentence stands outside it, before the condition word or in
    another clause."""
    m = conditions.search(flat[opens:exam.start])  # '^' in a condition's wording: the clause's start
    if m is None:
        return False
    condition_at = opens + m.start()
    clause_end = next((b for b in bounds if b > exam.start), len(flat))
    return not any(o is not exam and (o.start < condition_at or o.start >= clause_end) for o in exams)


def _told_of_a_later_study(exam: _Exam, cue: Cue, before: list[_Exam]) -> bool:
    """A bare "not done"/"not indicated" in a clause that names no exam speaks of the study named last before it, not
    of an earlier one whose own clause gave its reason ("MR bäcken ej genomförbar pga pacemaker, DT bäcken diskuterad
    men avstås då behandlingen inte påverkas": the MRI stays contraindicated)."""
    return (cue.status == "not_performed" and cue.reason in NO_ORDER_REASONS and exam.explicit
            and exam.status == "not_performed" and exam.reason not in NO_ORDER_REASONS
            and any(other.start > exam.start for other in before))

# a clause that is only an item of a list of exams: the exam's name and at most three words of its body part
_LIST_ITEM_WORDS = 4
_LIST_LEAD = re.compile(r"\s*(?:(?:and|or|och|eller|samt)\s+)?(?:(?:an?|the|en|ett)\s+)?$")


def _listed_before_a_comma(sentence: str, bounds: list[int], in_clause: dict[int, list[_Exam]]) -> None:
    """An exam that is an item of a comma list of exams whose status follows the last of them ("CT, MRI and a bone
    scan of the pelvis were cancelled", "XR, CT were done"): the comma parts the clauses, but the status of the
    next item's clause, given by its own words, is that of the item too. Not where the item's clause says more
    than its name ("CT showed no fracture, MRI was cancelled"), nor where it has a status of its own."""
    for clause in sorted(in_clause, reverse=True):
        items, following = in_clause[clause], in_clause.get(clause + 1)
        if len(items) != 1 or not following or items[0].explicit or clause + 1 >= len(bounds):
            continue
        item, nxt = items[0], min(following, key=lambda e: e.start)
        if sentence[bounds[clause + 1] - 1:bounds[clause + 1]] != "," or not nxt.explicit:
            continue
        own = sentence[bounds[clause]:bounds[clause + 1] - 1]
        if (_LIST_LEAD.match(sentence[bounds[clause]:item.start]) is None or len(own.split()) > _LIST_ITEM_WORDS
                or any(ch.isdigit() for ch in own)
                or _LIST_LEAD.match(sentence[bounds[clause + 1]:nxt.start]) is None):
            continue
        item.hear(Cue(nxt.start, nxt.start, nxt.status, nxt.reason), own=True)
        item.evidence.extend(e for e in nxt.evidence if e not in item.evidence)


# a booking that names the fated exam's appointment, not a step of its own: at most this many words from the exam
_FATED_BOOKING_WORDS = 6
_FATED_BOOKING_BREAK = re.compile(r"\b(?:and|but|then|now|so|instead|again|also|or|plus|new|another)\b")
_FATES_OF_A_BOOKING = ("cancelled", "declined", "did_not_attend")


def _booking_of_the_fated(cue: Cue, cues: list[Cue], before: list[_Exam], flat: str, opens: int) -> bool:
    """A booking or a time after an exam whose fate its clause told first ("Patient rang to cancel her CT pelvis
    appointment tomorrow", "phoned to cancel the MRI pelvis booked for next week", "did not attend the MRI of the pelvis
    booked for 3/3", "declined the bone scan planned for Friday") says which appointment met that fate, no new request;
    not where the words after the exam go on to a step of their own ("cancelled the CT and booked an MRI for
    tomorrow", "declined the MRI so CT booked instead"). ``opens`` is where the cue's clause starts."""
    if cue.status != "requested" or cue.reason not in ("booked", "planned", "later_today") or not before:
        return False
    if not any(c.status == "not_performed" and c.reason in _FATES_OF_A_BOOKING and opens <= c.start
               and c.end <= before[0].start for c in cues):
        return False
    between = flat[before[0].start:cue.start]
    return len(between.split()) <= _FATED_BOOKING_WORDS and _FATED_BOOKING_BREAK.search(between) is None


def _request_told_after_its_fate(cue: Cue, cues: list[Cue]) -> bool:
    """A bracket that tells only when the exam was asked for ("Cancelled: MRI pelvis (requested 02/02)", "Declined -
    CT pelvis (ordered by GP)"), after words of the sentence that told its fate: the request came first, the fate
    stands."""
    return (cue.status == "requested" and cue.reason in ("ordered", "referral")
            and any(c.start < cue.start and c.status != "requested" for c in cues))


def _bracket_after(sentence: str, bounds: list[int], clause: int, before: list[_Exam]) -> bool:
    """The cue's clause is a bracket opened right after the clause of the last exam before it ("XR lumbar spine
    (done by GP last week)", "MRI pelvis (cancelled - pacemaker)"): a remark on that exam alone."""
    if not before or clause == 0 or sentence[bounds[clause] - 1:bounds[clause]] not in ("(", "["):
        return False
    return bisect.bisect_right(bounds, before[-1].start) - 1 == clause - 1


def _bracket_on_other_words(sentence: str, bounds: list[int], clause: int, in_clause: dict[int, list]) -> bool:
    """The cue's clause is a bracket opened right after a clause that names no exam ("osteoporosis, untreated
    (declined)"): a remark on those words, not on an exam named earlier in the sentence."""
    if clause == 0 or sentence[bounds[clause] - 1:bounds[clause]] not in ("(", "["):
        return False
    words = set(re.findall(r"\w+", sentence[bounds[clause - 1]:bounds[clause] - 1].lower()))
    return not in_clause.get(clause - 1) and bool(words - _PERSON_WORDS)


# who declines or cannot tolerate an exam: a bracket after these alone still speaks of the exam before them
_PERSON_WORDS = frozenset({"patient", "pt", "pat", "patienten", "she", "he", "they", "family", "daughter", "son", "wife",
                           "husband", "the", "her", "his", "hon", "han"})


def _asks_after_its_result(exam: _Exam, cue: Cue) -> bool:
    """A request word after the result its exam's own clause reported asks for something else, in dictation without
    full stops ("DT bäcken visade ingen fraktur i sakrum remiss till fysioterapeut skickas", "MR bäcken visade
    inget ödem DXA beställd"): the study stays done. A request word before the exam's name is that exam's own ("L1
    compression fracture, acuity to be confirmed on MRI", "Ramus fracture; recommend MRI"): no result reported."""
    return exam.reported and cue.status == "requested" and cue.start > exam.start


def _coordinated(before: list[_Exam], sentence: str, cues: list[Cue]) -> list[_Exam]:
    """The exam right before a cue, with the exams joined to it by "eller"/"och"/"/" alone ("Röntgen eller MR är
    inte indicerat", "DT bäcken och MR är inte aktuellt"): the cue speaks of them all. An exam whose own words gave
    it a status, or with a cue between it and the next, keeps it ("MR bäcken gjordes och DT avbokades")."""
    return _joined(before[-1], reversed(before[:-1]), sentence, cues)


def _coordinated_after(after: list[_Exam], sentence: str, cues: list[Cue]) -> list[_Exam]:
    """The exam right after a word of a done study that stands before every exam of its clause, with the exams joined
    to it by a coordinator alone ("Normal CT and MRI of the pelvis", "Normal DT och MR"): the cue speaks of them all,
    not of a later study with words of its own ("Vid normal slätröntgen remitteras hon till MR bäcken", "Normal
    slätröntgen och planerad MR bäcken": the X-ray is done, the MRI planned)."""
    return _joined(after[0], after[1:], sentence, cues)


def _joined(first: _Exam, others, sentence: str, cues: list[Cue]) -> list[_Exam]:
    """``first`` and the exams of ``others`` (walking away from it, either way) joined to it, each to the last one
    taken, by a coordinator alone, until one has a status of its own or a cue stands between."""
    joined = [first]
    for exam in others:
        earlier, later = (exam, joined[-1]) if exam.start < joined[-1].start else (joined[-1], exam)
        if exam.explicit or any(earlier.start < c.start < later.start for c in cues) \
                or _COORDINATION.fullmatch(_flat(sentence[earlier.start:later.start])) is None:
            break
        joined.append(exam)
    return joined


def _listed_in_cue(cue: Cue, exams: list[_Exam], clause: list[_Exam]) -> list[_Exam]:
    """The exams of later clauses that a cue's own words list ("No pelvic CT, MRI or bone scan has been done"): the
    commas of the list part clauses, but the cue speaks of every exam it spans."""
    return [e for e in exams if e not in clause and cue.start < e.start < cue.end]


def _fold_unnamed(exam: _Exam, sentence_exams: list[_Exam]) -> bool:
    """An exam of no named region beside a named one of its modality in the same sentence is that exam ("MRI
    pelvis contraindicated: pacemaker not MRI safe"): its status passes on when it comes later, and it goes."""
    if exam.column or exam.region != "other" or exam.elsewhere:
        return False
    # "MRI of the thoracic spine ... not MR safe": a body part outside our regions names the exam too
    # an earlier study beside a planned one is another exam ("Plan: MRI pelvis (her previous MRI in 2019 was normal)")
    named = [e for e in sentence_exams if e.modality == exam.modality and (e.region != "other" or e.elsewhere)
             and not (exam.historical and not e.historical)]
    if not named:
        return False
    target = min(named, key=lambda e: abs(e.start - exam.start))
    if exam.start > target.start and target.reported and exam.explicit and exam.status != "performed":
        # a study reported done, then one of its modality planned or refused ("DT gjordes i februari; ingen ny DT
        # planerad"): another exam, which cannot undo the result
        return False
    if exam.start > target.start and exam.explicit:
        target.status, target.reason, target.explicit = exam.status, exam.reason, True
    return True


def _merge_into_column(column: _Exam, exams: list[_Exam], wording: ExamWording | None = None) -> list[_Exam]:
    """A report's own exam named again in its text is the same exam: one statement, the text's status kept."""
    out = []
    for exam in exams:
        if exam is not column and column.same_exam(exam) and (exam.section in _QUESTION_SECTIONS or (
                wording is not None and exam.status == "requested" and exam.evidence
                and wording.says(wording.answered, exam.evidence[0]))):
            # "Frågeställning: sakrumfraktur? MR bäcken", "Radiographer: requested as CT chest, abdomen and pelvis;
            # protocolled as chest and upper abdomen only": the request this report fulfils
            continue
        # a scintigraphy report's own study named by a part of it ("Helkroppsbilder samt SPECT/DT över ländryggen",
        # "whole-body images and SPECT/CT of the lumbar spine"): one study, the column's field kept
        own_part = exam.part and column.modality == exam.modality == "scintigraphy" and column.region != "other"
        # a request of the report's own exam is another order, unless it is a new time for the study the report
        # says was not done ("The patient did not attend for the bone scan. To be rebooked."): then the report's
        # own exam was not done and is ordered again, never performed
        if exam is column or exam.historical or not (column.same_exam(exam) or own_part) \
                or (exam.status == "requested" and not own_part and not exam.rebooked):
            out.append(exam)
            continue
        if own_part:
            column.evidence += [e for e in exam.evidence if e not in column.evidence]
            continue  # the part's field and the words that add it ("kompletterande SPECT") leave the study as it is
        if column.region == "other" and exam.region != "other":
            # "MR" in the exam column, "MR BÄCKEN" in the report's title
            column.region, column.unnamed, column.elsewhere = exam.region, False, False
        if exam.status == "not_performed" or column.status != "not_performed":
            column.status, column.reason = exam.status, exam.reason
        column.evidence += [e for e in exam.evidence if e not in column.evidence]
    return out


def _reviews_an_earlier_study(exam: _Exam, exams: list[_Exam], text: str, sentences, wording: ExamWording) -> bool:
    """An exam named as what a review looks at ("Eftergranskning av scintigrafin avvaktas", "second opinion på MR:en")
    after its note named a study of its modality: that study again, reviewed, not a new one on the note's day."""
    if exam.column or exam.sentence < 0 or wording.reviewed is None:
        return False
    # (a report's own exam is no study named before: its text naming it again is the same statement, merged later)
    if not any(o is not exam and not o.column and o.modality == exam.modality
               and (o.sentence, o.start) < (exam.sentence, exam.start) for o in exams):
        return False
    start = sentences[exam.sentence].start
    return _said_right_before(wording.reviewed, text, start, start + exam.start)


def _unrecorded_claims(text: str, sentences, by_sentence: dict[int, list[_Exam]], wording: ExamWording,
                       fates: dict[int, str] | None = None) -> None:
    """A study done only by someone's word ("Hon berättar att hon för två veckor sedan gjorde en MR av bäckenet på
    ett privat sjukhus i Alicante", "Dottern berättar att mamma ska ha gjort en skiktröntgen av bäckenet"), of which
    the rest of its sentence or the next sentence, naming no exam, says there is no record at all ("Något svar eller
    några bilder finns inte", "Vi har inga uppgifter om undersökningen", "uppgiften har inte kunnat bekräftas"): not
    done, as a study whose answer is said not to exist is not ("Inget MR-svar finns i journalen"). A study the clinician
    tells done keeps its report; an answer or images only awaited ("svaret har inte kommit ännu") keep it done."""
    if wording.claim is None or wording.no_record is None:
        return
    for i, here in by_sentence.items():
        done = [e for e in here if e.status == "performed" and not e.column]
        if not done:
            continue
        flat = _flat(text[sentences[i].start:sentences[i].end])
        first = min(e.start for e in done)
        last = max(e.start for e in done)
        after = flat[last:]
        following = (_flat(text[sentences[i + 1].start:sentences[i + 1].end])
                     if i + 1 < len(sentences) and i + 1 not in by_sentence else "")
        in_sentence = wording.no_record.search(after)
        absence = in_sentence or wording.no_record.search(following)
        if absence is None:
            continue
        # the word may come before the study or after it, before the absence ("Had an MRI of the pelvis in
        # December, per patient; not verified", "MRI pelvis reportedly done in Leeds; unable to verify", "The
        # record lists the MRI pelvis as completed; the patient says she never went"): round 62
        claim = wording.claim.search(flat, 0, first) or wording.claim.search(
            flat, first, last + in_sentence.start() if in_sentence else len(flat))
        if claim is None:
            continue
        for exam in done:
            exam.status, exam.reason, exam.reported, exam.explicit = "not_performed", "not_done", False, True
            exam.evidence.append(absence.group(0))
            if fates is not None:
                fates[sentences[i].start + exam.start] = exam.status  # mentions.csv tells the same story


def _outside_day(note, text: str, sentences, by_sentence: dict[int, list[_Exam]], column: _Exam,
                 wording: ExamWording, lexicon: Lexicon) -> pd.Timestamp | None:
    """A report that reviews its own study done elsewhere (an eftergranskning of imported images: "Undersökningen är
    utförd på Unilabs 2024-11-18 och har lästs in i PACS från CD", "Undersökningsdatum: 2024-10-29 (Capio)", "Extern
    undersökning utförd 2025-01-22 vid ..."): the day its text gives for that study, earlier than the report's own
    date, which is the day of the review; the sacral workup's window is about the day the study was done. None where
    no sentence that speaks of no other study says so."""
    if wording.outside_study is None:
        return None
    for i, sent in enumerate(sentences):
        sentence = text[sent.start:sent.end]
        if not wording.says(wording.outside_study, sentence) or wording.says(wording.compared, sentence):
            continue
        if any(e.historical or not column.same_exam(e) for e in by_sentence.get(i, [])):
            continue  # "Jämförelse med DT bäcken utförd på Capio 2023-01-02": an earlier study, not the report's own
        day = stated_exam_date(sentence, note.note_date, lexicon)
        if day is not None and day < note.note_date:
            return day
    return None


def _repeat_asked(column: _Exam, text: str, sentences, by_sentence: dict[int, list[_Exam]],
                  wording: ExamWording) -> _Exam | None:
    """A radiology report that asks for its own study again, naming no exam ("Icke diagnostisk undersökning. Omtag i
    sedering rekommenderas.", "Förnyad undersökning föreslås", "Undersökningen bör göras om i narkos"): a request of the
    same modality and field (exams.json ``repeat_study`` with a request word in the sentence), beside the study done;
    a completion of a lumbar study over the sacrum ("Kompletteras med koronal STIR över sakrum") asks for a sacral one.
    A request is only a request: the study done keeps its own status and coverage."""
    if column.modality not in CROSS_SECTIONAL or wording.repeat_study is None:
        return None
    for i, sent in enumerate(sentences):
        sentence = text[sent.start:sent.end]
        if by_sentence.get(i) or not wording.says(wording.repeat_study, sentence):
            continue
        asked = [c for c in wording.find_cues(sentence) if c.status == "requested"]
        if asked and not any(c.status != "requested" and c.start > asked[-1].start
                             for c in wording.find_cues(sentence)):
            # a completion over the sacrum asked in a lumbar report ("Kompletteras med koronal STIR över sakrum") is of
            # the sacrum
            region = column.region
            if region not in COVERING_REGIONS and wording.says(wording.sacrum_words, sentence):
                region = "sacrum"
            elif region not in COVERING_REGIONS and wording.subject is not None and wording.subject.search(
                    _flat(sentence)) is not None:
                region = "pelvis"  # "Bör kompletteras med STIR-sekvenser genom bäckenet"
            return _Exam(column.modality, region, i, 0, "requested", asked[-1].reason,
                         evidence=[_clean(sentence)], explicit=True, was_requested=True,
                         unnamed=column.unnamed, elsewhere=column.elsewhere, neighbour=column.neighbour)
    return None


def _recommends_a_sacral_study(exams: list[_Exam], text: str, sentences, wording: ExamWording) -> bool:
    """The report requests a CT, MRI or scintigraphy of the sacrum or the SI joints, or of a covering region for a
    sacral question ("If there is concern for a sacral insufficiency fracture, MRI of the pelvis is recommended",
    "Vid misstanke om sakrumfraktur rekommenderas MR bäcken")."""
    for exam in exams:
        if exam.column or exam.status != "requested" or exam.modality not in CROSS_SECTIONAL:
            continue
        sentence = text[sentences[exam.sentence].start:sentences[exam.sentence].end]
        if exam.region in ("sacrum", "si_joints") or (exam.region in COVERING_REGIONS
                                                      and wording.says(wording.sacrum_words, sentence)):
            return True
    return False


class _Coverage:
    """Whether a performed exam of this note covers the sacrum (CONTRACT.md, exams.csv)."""

    def __init__(self, note, mentions, sentences, pipeline, wording: ExamWording, radiology: bool,
                 naming: set[int] | None = None):
        self.text = note.text
        # a report's exam column is its title too: "DT BUK UTAN BÄCKEN" says what its field left out
        self.exam_name = str(getattr(note, "exam", "") or "").strip() if radiology else ""
        self.naming = naming or set()  # the sentences that name an exam of their own
        self.sentences = sentences
        self.pipeline = pipeline
        self.wording = wording
        self.radiology = radiology
        # A sacral fracture found or excluded shows that the sacrum was looked at.
        sacral = [m.start for m in mentions if m.concept == "sacral_fracture" and m.assertion in ("present", "negated")]
        self.sacral_mention = bool(sacral)
        starts = [s.start for s in sentences]
        self.sacral_sentences = {_sentence_of(starts, at) for at in sacral} if starts else set()
        self._assessed: bool | None = None
        self._unexamined: bool | None = None
        self._denied: dict[tuple[bool, bool, bool], bool] = {}
        self.sacral_study_recommended = False  # the report asks for a study of the sacrum (set by read_exams)
        # sentences of a report that say what another study showed or left out ("sacrum not covered on the recent
        # lumbar MRI" in a CT pelvis report): their coverage wording is not of the report's own exam (set by read_exams)
        self.of_other_studies: set[int] = set()
        self.other_exams: set[int] = set()  # ids of those other studies: this report's findings are not theirs

    def covers(self, exam: _Exam, sentence: str) -> bool:
        lumbar = exam.region == "lumbar_spine"
        if id(exam) in self.other_exams and self.wording.coverage_denied(sentence, lumbar):
            return False  # "sacrum not covered on recent lumbar MRI": said of that study
        if self._denied_for(exam, sentence, lumbar):
            return False
        if exam.region in COVERING_REGIONS:
            return True
        return self._may_show_the_sacrum(exam, lumbar) and exam.modality in ("ct", "mri") and (
            (self.sacral_mention and not self._sacrum_said_unexamined()) or self.assessed())

    def _sacrum_said_unexamined(self) -> bool:
        """A clinical note that says the sacrum was never examined ("Någon sakrumfraktur har aldrig påvisats, men
        korsbenet har inte undersökts med DT eller MR"): its sacral fracture, found or not, is no reading of the
        lumbar study it names, so that study did not look at the sacrum (a report's own words are judged by
        _denied_for)."""
        if self.radiology:
            return False
        if self._unexamined is None:
            texts = (self._text(s) for s in self.sentences)
            self._unexamined = any(self.wording.says(self.wording.sacrum_words, t)
                                   and self.wording.coverage_denied(t, True) for t in texts)
        return self._unexamined

    def _may_show_the_sacrum(self, exam: _Exam, lumbar: bool) -> bool:
        """A lumbar study; or a hip study's own report, whose field often takes in the whole pelvis ("Koronal STIR
        över hela bäckenet inkl sakrum"), or that of a study of a body part next to the sacrum ("MRI coccyx",
        exams.json ``sacrum_neighbours``), or a hip study quoted with what it showed of the sacrum in its own sentence
        ("MRI hips 3/12: no fracture of the sacrum or the hips"): either covers the sacrum when it reads it."""
        return lumbar or ((exam.region == "hip" or exam.neighbour) and (self.radiology and exam.column
                                                                      or exam.sentence in self.sacral_sentences))

    def _denied_for(self, exam: _Exam, sentence: str, lumbar: bool) -> bool:
        if self.radiology and (exam.column or not exam.historical):  # the report speaks of its own exam
            if lumbar and self.sacral_study_recommended:
                return True  # a lumbar report that asks for a sacral study did not settle the sacrum
            # the report's own exam leaves out what the report says of other studies; those keep every sentence
            own = id(exam) not in self.other_exams
            # a study of the whole pelvis that finds or excludes a fracture in a part of the sacrum ("Fraktur i övre
            # delen av sakrum") names that part as the finding's place, not as the edge of its field
            covering = exam.region in COVERING_REGIONS
            if (lumbar, own, covering) not in self._denied:
                texts = [self._text(s) for i, s in enumerate(self.sentences)
                         if (not own or i not in self.of_other_studies) and not (covering and i in self.sacral_sentences)]
                if own and self.exam_name:
                    texts.append(self.exam_name)
                # one search of the whole report first: most name neither the sacrum nor a limited field at all
                self._denied[lumbar, own, covering] = self.wording.may_deny_coverage(
                    _SENTENCE_JOIN.join(texts)) and any(self.wording.coverage_denied(t, lumbar) for t in texts)
            return self._denied[lumbar, own, covering]
        if sentence and self.wording.coverage_denied(sentence, lumbar):
            return True
        return self._next_sentence_denies(exam, lumbar)

    def _next_sentence_denies(self, exam: _Exam, lumbar: bool) -> bool:
        """The sentence right after a done study's own, naming no exam of its own but pointing back to it, tells its
        field too ("DT buk 4/6: divertikulit. Undersökningen sträcker sig ned till L5, sakrum ej avbildat.",
        "CT abdomen last week showed diverticulitis. The scan stopped at L5; the sacrum was not included.")."""
        following = exam.sentence + 1
        if exam.sentence < 0 or following >= len(self.sentences) or following in self.naming:
            return False
        text = self._text(self.sentences[following])
        # it points back ("Undersökningen ...") or speaks of the sacrum or pelvis itself ("Sakrum ej avbildat.")
        about_it = self.wording.says(self.wording.references, text) or (
            self.wording.subject is not None and self.wording.subject.search(_flat(text)) is not None)
        return about_it and self.wording.coverage_denied(text, lumbar)

    def assessed(self) -> bool:
        """The text describes the sacrum or the SI joints; only sentences naming them are analysed."""
        if self._assessed is None:
            named = [self._text(s) for s in self.sentences if self.wording.says(self.wording.sacrum_words, self._text(s))]
            # a sentence saying the sacrum was not imaged or assessed is no reading of it ("Sakrum ej avbildat."), and
            # it tells that what another sentence reads of it is of a part ("high signal in the right sacral ala ...
            # The sacrum is only partly included in this study")
            read = [t for t in named if not self.wording.coverage_denied(t, True)]
            self._assessed = bool(read) and len(read) == len(named) and self.pipeline.sacrum_assessed(read)
        return self._assessed

    def _text(self, sent) -> str:
        return self.text[sent.start:sent.end]


# what stands right before a study that a sentence speaks of as the place of a finding or an absence: "on the recent
# lumbar MRI", "in the prior CT", "from her outside MRI"
_ON_A_STUDY = re.compile(r"\b(?:on|in|by|from)\s+(?:the\s+|her\s+|his\s+|their\s+|a\s+)?(?:[\w/-]+\s+){0,2}$")


def _on_another_study(exam: _Exam, column: _Exam, text: str, sentence_start: int) -> bool:
    """``exam`` is a study other than the report's own (another modality, or another region named), named as the
    study that showed or left out something ("sacrum not covered on recent lumbar MRI")."""
    if exam is column or exam.start < 0:
        return False
    other = exam.modality != column.modality or (
        exam.region not in ("other", column.region) and column.region != "other")
    if not other:
        return False
    before = _flat(text[max(sentence_start, sentence_start + exam.start - 40):sentence_start + exam.start])
    return _ON_A_STUDY.search(before) is not None


def _dating_text(sentence: str, exam: _Exam) -> str:
    """The words that may date ``exam``: for a done exam its sentence; for one asked for or not done only its own
    clause, since a year in another clause is another (earlier) study's ("Plan: bone scan (declined MRI in 2022)",
    "MRI pelvis requested; lumbar MRI in 2019 was normal")."""
    if exam.status == "performed" or exam.start < 0 or not sentence:
        return sentence
    bounds = clause_bounds(_flat(sentence))
    i = bisect.bisect_right(bounds, exam.start) - 1
    return sentence[bounds[i]:bounds[i + 1] if i + 1 < len(bounds) else len(sentence)]


def _row(note, exam: _Exam, seq: int, sentence: str, coverage: _Coverage, lexicon: Lexicon,
         order: str | None = None) -> dict:
    """One exams.csv row; ``order`` is the note's own day-month order (dates.note_day_order), if it shows one."""
    dating = _dating_text(sentence, exam)
    stated = stated_exam_date(dating, note.note_date, lexicon, order) if dating else None
    if stated is None and sentence and exam.start >= 0 and exam.status == "performed":
        # a done exam's name followed by a short date ("MR bäcken 3/3: ua"); never a booking's future day
        stated = exam_name_date(sentence[exam.start:], note.note_date, lexicon, order)
    if stated is None and dating and exam.status == "performed":
        stated = day_just_past(dating, note.note_date, lexicon)  # "DT bäcken i tisdags", "MR i går"
    status = exam.status
    if (status == "performed" and dating and not (exam.explicit or exam.reported or exam.column or exam.historical)
            and (names_a_later_day(dating, note.note_date, lexicon, order)
                 or (sentence and exam.start >= 0
                     and names_a_coming_day(sentence[exam.start:], note.note_date, lexicon, order)))):
        # a study named with a day still ahead and no word of its doing or its result ("MRI pelvis on 15/05/2025",
        # "MR bäcken 2025-05-15", "MR bäcken 15/5" in a note of 2 May) is booked for that day
        status = "requested"
    if exam.column:
        date = exam.day if exam.day is not None else note.note_date
    elif exam.historical and status == "performed":
        date = stated  # an earlier study of unknown date: no date, and no workup for this episode
    elif status == "requested" and (not states_a_year(dating, lexicon) or status != exam.status):
        date = note.note_date  # a booking's day lies ahead: the request is of its note
    else:
        date = stated if stated is not None else note.note_date
    if exam.modality not in CROSS_SECTIONAL:
        covers = False  # a radiograph or a bone density scan is no sacral workup, whatever it images
    elif status == "performed":
        covers = coverage.covers(exam, sentence)
    else:
        covers = exam.region in COVERING_REGIONS  # what the study would image, had it been done
    # a done study naming no region may be the one an earlier request named (resolve_exams)
    reason = UNNAMED if exam.unnamed and status == "performed" else exam.reason
    if exam.elsewhere:
        # a study of another body part, reported or stated done ("CT chest showed emboli"), is never the pelvic
        # study a request named (_tells_fate); one requested or not done is no order of a sacral study
        # (workup_events)
        reason = OTHER_PART
    return {"note_id": note.note_id, "patient_id": note.patient_id, "date": date, "modality": exam.modality,
            "region": exam.region, "status": status, "covers_sacrum": bool(covers),
            "evidence": " | ".join(exam.evidence), "note_date": note.note_date, "reason": reason,
            # a request its own note reports done ("ordered and performed 3/3") is that doing, not an open request
            "requested": (exam.was_requested and status != "performed") or status == "requested",
            "seq": seq, "corrects": _in_a_correction(exam, lexicon)}


def _in_a_correction(exam: _Exam, lexicon: Lexicon) -> bool:
    """Whether the exam's statement puts right an earlier entry ("Correction to yesterday's entry: the MRI of 10/02
    was of the lumbar spine"; exams.json ``corrections``): read by resolve_exams (_corrected_entries)."""
    corrections = wording_for(lexicon).corrections
    return corrections is not None and any(corrections.search(_flat(e)) for e in exam.evidence)


def _dedupe(rows: list[dict]) -> list[dict]:
    """One statement per exam, status and date in a note; their evidence joined."""
    out: dict[tuple, dict] = {}
    for row in rows:
        key = (row["modality"], row["region"], row["status"], row["date"])
        if key not in out:
            out[key] = dict(row)
            continue
        kept = out[key]
        kept["covers_sacrum"] = kept["covers_sacrum"] and row["covers_sacrum"]
        extra = [e for e in row["evidence"].split(" | ") if e not in kept["evidence"].split(" | ")]
        kept["evidence"] = " | ".join([kept["evidence"], *extra])
    return [dict(r, seq=i) for i, r in enumerate(out.values())]


def _clean(sentence: str) -> str:
    return " ".join(str(sentence).split())


def exams_frame(rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Exam statements (dicts, or a frame as read from the database) as a DataFrame with the columns of
    :data:`EXAM_FRAME_COLUMNS` and date dtypes."""
    frame = pd.DataFrame(rows, columns=list(EXAM_FRAME_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"])
    frame["note_date"] = pd.to_datetime(frame["note_date"])
    frame["covers_sacrum"] = frame["covers_sacrum"].astype(bool)
    frame["requested"] = frame["requested"].astype(bool)
    frame["seq"] = frame["seq"].astype("int64")
    frame["corrects"] = frame["corrects"].fillna(False).astype(bool)  # statements stored before migration 0008: none
    return frame


# --- per patient ------------------------------------------------------------------------------------------
def _order_key(row) -> tuple:
    when = row.date if not pd.isna(row.date) else row.note_date
    return when, row.note_date, row.note_id, row.seq


def _same_exam(a, b) -> bool:
    """Two statements speak of the same exam: one modality, and one region (or one unnamed, or both covering the
    sacrum: "MR sakrum" recommended and "MR bäcken" booked answer the same question)."""
    return a.modality == b.modality and (a.region == b.region or "other" in (a.region, b.region)
                                         or {a.region, b.region} <= COVERING_REGIONS)


def _tells_fate(request, later) -> bool:
    """A later statement about the requested exam; a report of a body part we have no region for ("CT head",
    "DT thorax" after "CT pelvis requested") is another exam, and leaves the request open; so is a region's study not
    done after a request of another body part ("CT aortogram" planned, then "No CT of the pelvis was done"), while a
    region's study done may be the requested one that also imaged it ("DT skalle, halsrygg, ... buk och bäcken")."""
    return _same_exam(request, later) and not (later.reason == OTHER_PART and request.region != "other") and not (
        request.reason == OTHER_PART and later.region != "other" and later.status != "performed")


def resolve_exams(statements: pd.DataFrame) -> pd.DataFrame:
    """The latest statement about the same exam wins: a request's status becomes that of the last later statement
    about the same exam (same modality; same region, or one of them unnamed) that is not itself a request, or of the
    last that tells it done, if one does.

    ``statements`` holds one patient's or many patients' rows (:data:`EXAM_FRAME_COLUMNS`); returns them in date
    order per patient, with ``status`` and ``reason`` resolved and ``requested`` true where a request stood.
    """
    if statements.empty:
        return statements.copy()
    # One pass over the whole frame, grouped in plain Python (a groupby with itertuples per patient indexed every
    # column once per patient); patients in sorted order, as groupby gave them.
    by_patient: dict[str, list] = {}
    for row in row_tuples(statements):
        by_patient.setdefault(row.patient_id, []).append(row)
    out = []
    for pid in sorted(by_patient):
        rows = sorted(by_patient[pid], key=_order_key)
        resolved = [r._asdict() for r in rows]
        for i, row in enumerate(rows):
            if row.status != "requested":
                continue
            fates = [later for j, later in enumerate(rows[i + 1:], i + 1) if _tells_fate(row, later)
                     and later.status != "requested" and not _of_a_study_done_before(rows, i, j)]
            if fates:
                # a study once done stays done: a later "not done" of its modality is of a new one ("MR bäcken
                # 12 mars 2023 visade inga frakturer. Ingen ny MR nu.")
                fate = next((f for f in reversed(fates) if f.status == "performed"), fates[-1])
                resolved[i].update(status=fate.status, reason=fate.reason, requested=True)
                if fate.status == "performed" and fate.region != "other":
                    resolved[i]["covers_sacrum"] = bool(fate.covers_sacrum)  # what the done study imaged
                elif row.region == "other" and fate.region != "other" and fate.status == "not_performed":
                    # "Plan MRI to assess age of fracture", then "MRI LUMBAR SPINE - safety screening: contraindicated":
                    # the unnamed request was of the body part its fate names
                    resolved[i].update(region=fate.region, covers_sacrum=bool(fate.covers_sacrum))
            _inherit_region(row, rows, resolved, i)
        _quoted_reports(rows, resolved)
        _reports_of_their_month(rows, resolved)
        _other_patients_studies(rows, resolved)
        _corrected_entries(rows, resolved)
        _unverified_studies(rows, resolved)
        out += resolved
    return pd.DataFrame(out, columns=list(statements.columns))


def _other_patients_studies(rows: list, resolved: list[dict]) -> None:
    """A study that a statement of the patient's notes finds to be another patient's ("The MRI pelvis dated
    05/11/2024 on PACS belongs to a different patient") was not this patient's, also where another sentence quoted
    it as done ("The referral letter mentions an MRI pelvis of 05/11/2024"): a statement of a study done, of the same
    modality and region (or one unnamed) and of the same date, or in the same note where one of the two states no
    date of its own ("... a CT pelvis of 02/01/2025. That CT pelvis is of a different patient"), takes that fate. A
    report's own exam is its own."""
    for i, row in enumerate(rows):
        if resolved[i]["status"] != "not_performed" or resolved[i]["reason"] != OTHER_PATIENT or pd.isna(row.date):
            continue
        for k, other in enumerate(rows):
            if (k == i or resolved[k]["status"] != "performed" or other.modality != row.modality or _is_report(other)
                    or pd.isna(other.date) or not (other.region == row.region or "other" in (other.region, row.region))):
                continue
            undated = row.date == row.note_date or other.date == other.note_date
            if other.date == row.date or (other.note_id == row.note_id and undated):
                resolved[k].update(status="not_performed", reason=OTHER_PATIENT)


_CORRECTION_DAYS = 14  # how far back a correction reaches: the entry it corrects is a recent one


def _corrected_entries(rows: list, resolved: list[dict]) -> None:
    """A clinical note that corrects an earlier entry ("Correction to yesterday's entry: the MRI of 10/02 was of the
    lumbar spine, not the pelvis", "Previous nursing entry in error: the MRI pelvis was not performed; it was
    cancelled") speaks of the study an earlier note of the last :data:`_CORRECTION_DAYS` days stated done: a study of
    the same modality stated done there (never a report's own exam) takes the correction's body part and coverage, or,
    where the correcting note tells the study not done and none of its modality done, its fate (round 62). The
    reading stage marks the correcting statements (``corrects``, with the note's own lexicon)."""
    for i, row in enumerate(rows):
        if _is_report(row) or resolved[i]["status"] == "requested" or not row.corrects:
            continue
        done_here = any(r.note_id == row.note_id and r.modality == row.modality
                        and resolved[k]["status"] == "performed" for k, r in enumerate(rows))
        for k, other in enumerate(rows):
            if (other.note_id == row.note_id or other.modality != row.modality or _is_report(other)
                    or resolved[k]["status"] != "performed" or other.note_date > row.note_date
                    or (row.note_date - other.note_date).days > _CORRECTION_DAYS or other.corrects):
                continue
            if (resolved[i]["status"] == "performed" and row.region == other.region
                    and bool(row.covers_sacrum) == bool(other.covers_sacrum)):
                continue  # the entry's wording quoted again ("yesterday's entry incorrectly stated CT pelvis")
            if resolved[i]["status"] == "performed" and row.region != "other":
                resolved[k].update(region=row.region, covers_sacrum=bool(row.covers_sacrum))
                for j, quoted in enumerate(rows):
                    # the wrong entry quoted in the correcting note ("yesterday's entry incorrectly stated CT pelvis;
                    # it was a CT of the lumbar spine") is that entry, not a study of its own
                    if (j != i and quoted.note_id == row.note_id and quoted.modality == row.modality
                            and quoted.region == other.region and resolved[j]["status"] == "performed"):
                        resolved[j].update(region=row.region, covers_sacrum=bool(row.covers_sacrum))
            elif (resolved[i]["status"] == "performed" and row.reason != UNNAMED and not row.covers_sacrum
                  and resolved[k]["covers_sacrum"]):
                # "the MRI of 10/02 was of the lumbar spine, not the pelvis": a body part we read too far from the
                # modality to name its region, but one that takes the pelvis away
                resolved[k].update(region="other", covers_sacrum=False)
            elif (resolved[i]["status"] == "not_performed" and not done_here
                  and (other.region == row.region or "other" in (other.region, row.region))):
                resolved[k].update(status="not_performed", reason=resolved[i]["reason"])


def _unverified_studies(rows: list, resolved: list[dict]) -> None:
    """A study whose performance a later statement doubts, cannot verify or corrects away (reason ``unverified``:
    "Enligt dottern gjordes en MR bäcken i Spanien. Går ej att verifiera att MR bäcken är utförd."; a note's "DT bäcken
    gjord 2025-01-12", then the next note's "Rättelse: DT bäcken var inte gjord, det var DT ländrygg") was not known
    done: the earlier statements of the same modality and region (or one unnamed) that told it done, in the same note
    before it or in an earlier note, take its fate. A radiology report's own exam stays done, and so does a statement
    of a later note (the study may have come since)."""
    for i, row in enumerate(rows):
        if resolved[i]["status"] != "not_performed" or resolved[i]["reason"] != UNVERIFIED:
            continue
        for k, other in enumerate(rows):
            if (k == i or resolved[k]["status"] != "performed" or other.modality != row.modality or _is_report(other)
                    or not (other.region == row.region or "other" in (other.region, row.region))):
                continue
            earlier = (other.seq < row.seq if other.note_id == row.note_id else other.note_date <= row.note_date)
            if earlier:
                resolved[k].update(status="not_performed", reason=UNVERIFIED)


def _inherit_region(request, rows: list, resolved: list[dict], i: int) -> None:
    """The first later performed statement of the request's modality, when it names no body part at all ("the MRI
    was negative", "MR-undersökningen visade inget"; not "MRI of the brain", "DT thorax"), is the requested study:
    it takes the request's region and what that region covers."""
    if request.region == "other":
        return
    done = next((j for j in range(i + 1, len(rows)) if rows[j].modality == request.modality
                 and rows[j].status == "performed" and not rows[j].requested), None)
    if done is not None and rows[done].reason == UNNAMED and not _of_a_study_done_before(rows, i, done):
        resolved[done].update(region=request.region, covers_sacrum=request.region in COVERING_REGIONS)


def _quoted_reports(rows: list, resolved: list[dict]) -> None:
    """A clinical note that quotes a study by its modality alone, naming no body part or only the modality's default
    ("The bone scan confirms activity at L1 only", "the MRI showed"), on its own note's date, speaks of the latest
    report of that modality before it (within :data:`_QUOTE_DAYS`): it takes that report's region and coverage, so a
    limited bone scan quoted in a letter does not become a whole-body one."""
    for j, row in enumerate(rows):
        if (row.status != "performed" or row.modality not in CROSS_SECTIONAL or _is_report(row)
                or pd.isna(row.date) or row.date != row.note_date):
            continue
        report = next((r for r in reversed(rows[:j]) if _is_report(r) and r.modality == row.modality
                       and r.status == "performed" and not pd.isna(r.date) and r.date <= row.date
                       and (row.date - r.date).days <= _QUOTE_DAYS), None)
        if report is not None and _quotes(row, report):
            resolved[j].update(region=report.region, covers_sacrum=bool(report.covers_sacrum))


def _reports_of_their_month(rows: list, resolved: list[dict]) -> None:
    """A clinical note's done study dated by its month alone ("DT buk-bäcken i januari visade inga frakturer": the
    month's last day, see :mod:`reportminer.dates`) is the patient's report of that exam from that month, where there
    is one: it takes the report's day, so that the workup window sees the day the study was done, not the month's
    end. A study dated the day of its own note ("DT bäcken i dag") keeps its date."""
    for j, row in enumerate(rows):
        if (row.status != "performed" or _is_report(row) or pd.isna(row.date) or not row.date.is_month_end
                or row.date == row.note_date):
            continue
        report = next((r for r in reversed(rows) if _is_report(r) and r.status == "performed" and not pd.isna(r.date)
                       and (r.date.year, r.date.month) == (row.date.year, row.date.month) and r.date < row.date
                       and _same_exam(r, row)), None)
        if report is not None:
            resolved[j].update(date=report.date)
            if _quotes(row, report):
                # "Kotkompression L1 på DT buk i januari" after a DT BUK whose report left out the pelvis: what the
                # report said of its field holds for the quote too
                resolved[j].update(region=report.region, covers_sacrum=bool(report.covers_sacrum))


def _quotes(row, report) -> bool:
    """A clinical note's undated done study is the earlier report when it names no body part of its own: none, the
    modality's default, or only the site of a finding it read ("MR har visat fraktur i ramus superior" after an MR
    of the hip); or when it names the report's own body part ("Bifynd på nylig DT buk" after a DT buk whose report
    says the pelvis was not included), so that what the report said of its field holds for the quote too. A named
    or finding's region is kept where the report imaged the sacrum: the quote then adds nothing to undo."""
    if row.region in _GUESSED_REGIONS:
        return True
    return (row.reason == UNNAMED or row.region == report.region) and not report.covers_sacrum


def _is_report(row) -> bool:
    """A radiology report's own exam (its statement's evidence opens with the exam column)."""
    return str(row.evidence).startswith("[exam: ")


def _of_a_study_done_before(rows: list, i: int, j: int) -> bool:
    """``rows[j]`` is a done study that names no body part ("Reviewed MRI report with pt"), and the request ``rows[i]``
    came with the report of a done study of its modality and a named region (a lumbar MRI whose report recommends a
    sacral MRI): the words are of that study, not of the one requested."""
    request, later = rows[i], rows[j]
    if later.status != "performed" or later.reason != UNNAMED:
        return False
    return any(k != i and rows[k].note_id == request.note_id and rows[k].modality == request.modality
               and rows[k].status == "performed" and rows[k].region != "other" for k in range(j))


@dataclass(frozen=True)
class WorkupEvent:
    """What an exam statement means for the sacral workup: ``kind`` is mri, ct, scintigraphy, ordered or
    radiograph."""

    date: pd.Timestamp
    kind: str
    patient_id: str
    note_id: str
    evidence: str


def workup_events(resolved: pd.DataFrame, settings: Settings = DEFAULT) -> list[WorkupEvent]:
    """Workup events of resolved statements (:func:`resolve_exams`).

    A performed, dated CT, MRI or scintigraphy that covers the sacrum is a workup of its kind (a request found
    done later counts through the later statement, not twice); a performed
    radiograph is ``radiograph``; a CT, MRI or scintigraphy of a covering or unnamed region that was requested,
    or not performed for a reason other than a bare "not done" or "not indicated" without any request, is
    ``ordered``.
    ``settings`` (a site's rules.toml) may narrow which modalities and regions count: a lumbar study counts only
    while ``lumbar_spine_when_sacrum_assessed`` holds.
    """
    events = []
    for r in row_tuples(resolved):
        evidence = f"{r.note_id}: {str(r.evidence).split(' | ')[0] if r.evidence else ''}"
        if r.status == "performed":
            if pd.isna(r.date) or r.requested:
                continue  # undated; or a request that was done, which the statement of its doing shows
            if r.modality == "radiograph":
                events.append(WorkupEvent(r.date, "radiograph", r.patient_id, r.note_id, evidence))
            elif _counts_as_workup(r, settings):
                events.append(WorkupEvent(r.date, r.modality, r.patient_id, r.note_id, evidence))
        elif r.modality in settings.covering_modalities and r.reason != OTHER_PART and (
                r.region in settings.covering_regions or r.region == "other"):
            if r.status == "requested" or r.requested or r.reason not in NO_ORDER_REASONS:
                when = r.date if not pd.isna(r.date) else r.note_date
                events.append(WorkupEvent(when, "ordered", r.patient_id, r.note_id, evidence))
    return events


# Regions whose study counts only when its own report read the sacrum (``covers_sacrum``, see _Coverage): a lumbar
# study, a hip MRI whose large-field coronal STIR takes in the whole pelvis ("include the sacrum ... no oedema"), and
# a study of a body part next to the sacrum that has no region of ours ("MRI coccyx": region other).
_READ_FOR_THE_SACRUM = ("lumbar_spine", "hip", "other")


def _counts_as_workup(r, settings: Settings) -> bool:
    """A performed study that imaged the sacrum, of a modality and region the site's rules count."""
    if r.modality not in settings.covering_modalities or not r.covers_sacrum:
        return False
    if r.region in _READ_FOR_THE_SACRUM:
        return settings.lumbar_spine_when_sacrum_assessed
    return r.region in settings.covering_regions


# --- for people -------------------------------------------------------------------------------------------
MODALITY_LABELS = {"ct": "CT", "mri": "MRI", "scintigraphy": "Bone scintigraphy", "radiograph": "Radiograph",
                   "other": "Exam"}
REGION_LABELS = {"si_joints": "SI joints", "abdomen_pelvis": "abdomen and pelvis", "lumbar_spine": "lumbar spine",
                 "whole_body": "whole body", "other": ""}
STATUS_LABELS = {"performed": "performed", "requested": "requested", "not_performed": "not performed"}


def exam_label(modality: str, region: str) -> str:
    """"MRI pelvis", "CT abdomen and pelvis", "Bone scintigraphy whole body", "MRI"."""
    region_label = REGION_LABELS.get(region, region.replace("_", " "))
    return f"{MODALITY_LABELS.get(modality, modality)} {region_label}".strip()


def describe_exams(statements: pd.DataFrame, limit: int = 3) -> list[str]:
    """What happened to each sacral-workup exam of one patient, latest last, as the note statements tell it:
    "MRI pelvis requested 2025-01-14; not performed (declined, 2025-02-20)". Radiographs and other exams are left
    out, and so are statements of unknown date; at most ``limit`` exams."""
    chains: list[list] = []
    rows = sorted((r for r in statements.itertuples(index=False)
                   if r.modality in CROSS_SECTIONAL and not pd.isna(r.date)), key=_order_key)
    for row in rows:
        chain = next((c for c in reversed(chains) if _same_exam(c[0], row) and c[-1].status != "performed"), None)
        if chain is None:
            chains.append([row])
        elif row.status != chain[-1].status:
            chain.append(row)
    return [_describe_chain(c) for c in chains[-limit:]]


def _describe_chain(chain: list) -> str:
    first = chain[0]
    region = next((r.region for r in chain if r.region != "other"), first.region)
    text = f"{exam_label(first.modality, region)} {STATUS_LABELS[first.status]}{_when(first)}"
    if first.reason and first.status == "not_performed":
        text += f" ({first.reason.replace('_', ' ')})"
    for row in chain[1:]:
        details = ", ".join(x for x in (row.reason.replace("_", " ") if row.status == "not_performed" else "",
                                        _when(row).strip()) if x)
        text += f"; {STATUS_LABELS[row.status]}" + (f" ({details})" if details else "")
    return text


def _when(row) -> str:
    return f" {row.date:%Y-%m-%d}" if not pd.isna(row.date) else ""

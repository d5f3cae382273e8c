"""What the review workspace and the static report read from the state database, as plain Python objects.

No Flask here: the static report (``reportminer/report.py``) uses the same functions. Writes go through
:func:`reportminer.decisions.record_decision` only, so a decision made in the browser has exactly the effect of
``reportminer review``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import pandas as pd
import sqlalchemy as sa

from ..config import DEFAULT
from ..exams import MODALITY_LABELS, REGION_LABELS, STATUS_LABELS as EXAM_STATUS_LABELS, describe_exams, resolve_exams
from ..flags import priority_for
from ..state import DECISIONS, cases, decisions, mentions, notes, runs

PRIORITIES = ("high", "medium", "low")
ASSERTIONS = ("present", "uncertain", "hypothetical", "historical", "negated")  # strongest first
REASONS = ("pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain", "sacral_fracture")
LANGUAGES = ("sv", "en")
DECISION_LABELS = {"confirmed": "Confirmed missed", "dismissed": "Not missed",
                   "workup_done": "Workup already done", "follow_up": "Follow-up needed"}
STATUS_LABELS = {"": "Not reviewed", "reopened": "Reopened (new evidence)", **DECISION_LABELS}
CONCEPT_LABELS = {
    "pubic_ramus_fracture": "pubic ramus fracture", "vertebral_compression_fracture": "vertebral compression fracture",
    "low_back_pain": "low-back pain", "sacral_fracture": "sacral fracture", "osteoporosis": "osteoporosis",
    "steroid_therapy": "corticosteroid therapy", "rheumatic_disease": "rheumatic disease",
    "hip_prosthesis": "hip prosthesis", "pelvic_radiation": "pelvic radiation", "imaging_radiograph": "radiograph",
    "imaging_ct": "CT", "imaging_mri": "MRI", "imaging_scintigraphy": "bone scintigraphy"}
WORKUP_LABELS = {"none": "none", "radiograph_only": "radiographs only", "ordered": "ordered, not done", "ct": "CT",
                 "mri": "MRI", "scintigraphy": "scintigraphy", "sacral_fracture_documented": "sacral fracture documented"}
# status filter value -> (label, predicate over a CaseRow)
STATUS_FILTERS = {
    "open": ("Open (flagged now)", lambda c: c.flagged),
    "unreviewed": ("Open, never reviewed", lambda c: c.flagged and c.review_status == ""),
    "reopened": ("Reopened by new evidence", lambda c: c.review_status == "reopened"),
    "reviewed": ("Closed by a decision", lambda c: c.review_status in DECISIONS),
    **{d: (f"Decision: {label}", (lambda d: lambda c: c.review_status == d)(d)) for d, label in DECISION_LABELS.items()},
    "flagged": ("Flagged, any status", lambda c: c.in_scope),
    "all": ("All cases (also never flagged)", lambda c: True),
}
SORTS = ("priority", "score", "date", "patient", "age", "status", "workup", "language")


@dataclass(frozen=True)
class Decision:
    id: int
    patient_id: str
    decision: str
    reviewer: str
    comment: str
    decided_at: datetime

    @property
    def label(self) -> str:
        return DECISION_LABELS.get(self.decision, self.decision)


@dataclass(frozen=True)
class CaseRow:
    """One row of the ``cases`` table, with the patient's note languages and latest decision."""

    patient_id: str
    flagged: bool
    rule_flagged: bool
    priority: str  # the priority the rules give; kept for a case a decision has closed
    reasons: tuple[str, ...]
    first_index_date: str
    workup: str
    sex: str
    age: str
    risk_factors: tuple[str, ...]
    evidence_note_ids: tuple[str, ...]
    evidence: str
    review_status: str
    last_evidence_date: datetime | None
    languages: tuple[str, ...] = ()
    decision: Decision | None = None
    decision_count: int = 0
    score: float | None = None  # the ranker's p(confirmed), when a model scored the case

    @property
    def in_scope(self) -> bool:
        """Flagged by the rules now, or closed by a decision (so flagged once)."""
        return self.rule_flagged or self.review_status != ""

    @property
    def language(self) -> str:
        return ", ".join(self.languages)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.review_status, self.review_status)

    @property
    def evidence_items(self) -> list[tuple[str, str]]:
        """``(note_id, sentence)`` pairs of the ``evidence`` column, in its order."""
        items = []
        for part in self.evidence.split(" | ") if self.evidence else []:
            note_id, _, sentence = part.partition(": ")
            items.append((note_id, sentence))
        return items


def rule_priority(reasons: tuple[str, ...] | set[str]) -> str:
    """The priority the contract gives these reasons (the flag rules' own function)."""
    return priority_for(set(reasons))


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(";") if v)


def _decision(row) -> Decision:
    return Decision(int(row.id), row.patient_id, row.decision, row.reviewer, row.comment or "", row.decided_at)


def load_decisions(conn, patient_id: str | None = None) -> list[Decision]:
    """The append-only decision log, oldest first (one patient's, or everybody's)."""
    query = sa.select(decisions).order_by(decisions.c.decided_at, decisions.c.id)
    if patient_id is not None:
        query = query.where(decisions.c.patient_id == patient_id)
    return [_decision(r) for r in conn.execute(query)]


def load_cases(conn, patient_id: str | None = None) -> list[CaseRow]:
    """Every case row (or one patient's), sorted by patient id."""
    query = sa.select(cases).order_by(cases.c.patient_id)
    lang_query = (sa.select(notes.c.patient_id, notes.c.language).distinct()
                  .join(cases, cases.c.patient_id == notes.c.patient_id))
    if patient_id is not None:
        query = query.where(cases.c.patient_id == patient_id)
        lang_query = lang_query.where(notes.c.patient_id == patient_id)
    languages: dict[str, set[str]] = {}
    for row in conn.execute(lang_query):
        languages.setdefault(row.patient_id, set()).add(row.language)
    latest: dict[str, Decision] = {}
    counts: dict[str, int] = {}
    for d in load_decisions(conn, patient_id):
        latest[d.patient_id] = d  # oldest first: the last one stands, as in nightly._latest_decisions
        counts[d.patient_id] = counts.get(d.patient_id, 0) + 1
    return [_case_row(r, languages, latest, counts) for r in conn.execute(query)]


def _case_row(r, languages, latest, counts) -> CaseRow:
    reasons = _split(r.reasons)
    rule_flagged = r.rule_flagged == "true"
    return CaseRow(
        patient_id=r.patient_id, flagged=r.flagged == "true", rule_flagged=rule_flagged,
        priority=r.priority or (rule_priority(reasons) if rule_flagged or r.review_status else ""),
        reasons=reasons, first_index_date=r.first_index_date or "", workup=r.workup or "", sex=r.sex or "",
        age=r.age or "", risk_factors=_split(r.risk_factors), evidence_note_ids=_split(r.evidence_note_ids),
        evidence=r.evidence or "", review_status=r.review_status or "", last_evidence_date=r.last_evidence_date,
        languages=tuple(sorted(languages.get(r.patient_id, ()), key=_language_order)),
        decision=latest.get(r.patient_id), decision_count=counts.get(r.patient_id, 0),
        score=getattr(r, "score", None))


def _language_order(language: str) -> tuple:
    return (LANGUAGES.index(language) if language in LANGUAGES else len(LANGUAGES), language)


# --- filters and sorting ----------------------------------------------------------------------------------------
@dataclass
class CaseFilter:
    """The case list's filters and sort order, read from a query string; unknown values are reported, not used."""

    status: str = "open"
    priority: str = ""
    reason: str = ""
    language: str = ""
    date_from: date | None = None
    date_to: date | None = None
    patient: str = ""
    sort: str = "priority"
    order: str = "asc"
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_args(cls, args) -> CaseFilter:
        f = cls()
        f.status = _choice(args.get("status", "open"), STATUS_FILTERS, "open", "status", f.errors)
        f.priority = _choice(args.get("priority", ""), PRIORITIES, "", "priority", f.errors)
        f.reason = _choice(args.get("reason", ""), REASONS, "", "reason", f.errors)
        f.language = _choice(args.get("language", ""), LANGUAGES, "", "language", f.errors)
        f.date_from = _date(args.get("from", ""), "from", f.errors)
        f.date_to = _date(args.get("to", ""), "to", f.errors)
        f.patient = (args.get("patient", "") or "").strip()[:100]
        f.sort = _choice(args.get("sort", "priority"), SORTS, "priority", "sort", f.errors)
        f.order = "desc" if args.get("order") == "desc" else "asc"
        return f

    def params(self, **changes) -> dict[str, str]:
        """The query parameters that give this filter (with ``changes``), without defaults."""
        values = {"status": self.status, "priority": self.priority, "reason": self.reason,
                  "language": self.language, "from": self.date_from.isoformat() if self.date_from else "",
                  "to": self.date_to.isoformat() if self.date_to else "", "patient": self.patient,
                  "sort": self.sort, "order": self.order}
        values.update(changes)
        defaults = {"status": "open", "sort": "priority", "order": "asc"}
        return {k: v for k, v in values.items() if v and defaults.get(k) != v}

    def matches(self, case: CaseRow, ignore_status: bool = False) -> bool:
        if not ignore_status and not STATUS_FILTERS[self.status][1](case):
            return False
        if self.priority and case.priority != self.priority:
            return False
        if self.reason and self.reason not in case.reasons:
            return False
        if self.language and self.language not in case.languages:
            return False
        if self.date_from and not (case.first_index_date and case.first_index_date >= self.date_from.isoformat()):
            return False
        if self.date_to and not (case.first_index_date and case.first_index_date <= self.date_to.isoformat()):
            return False
        return not self.patient or self.patient.lower() in case.patient_id.lower()

    def ordered(self, rows: list[CaseRow]) -> list[CaseRow]:
        """``rows`` in this filter's sort order (ties broken by date, newest first, then patient)."""
        rows = sorted(rows, key=lambda c: c.patient_id)
        rows = sorted(rows, key=lambda c: c.first_index_date, reverse=True)
        return sorted(rows, key=_SORT_KEYS[self.sort], reverse=self.order == "desc")

    def apply(self, rows: list[CaseRow]) -> list[CaseRow]:
        return self.ordered([c for c in rows if self.matches(c)])


def _choice(value: str, allowed, default: str, name: str, errors: list[str]) -> str:
    value = (value or "").strip()
    if value and value not in allowed:
        errors.append(f"unknown {name} {value!r} ignored")
        return default
    return value or default


def _date(value: str, name: str, errors: list[str]) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors.append(f"{name}: {value!r} is not a date (YYYY-MM-DD); ignored")
        return None


def _age_key(c: CaseRow) -> tuple:
    return (0, int(c.age)) if c.age.isdigit() else (1, 0)


_STATUS_ORDER = ("reopened", "", "follow_up", "confirmed", "workup_done", "dismissed")
_SORT_KEYS = {
    # Within a priority, the ranker's score (when there is one) puts the likelier confirmations first.
    "priority": lambda c: (PRIORITIES.index(c.priority) if c.priority in PRIORITIES else len(PRIORITIES),
                           -(c.score if c.score is not None else -1.0)),
    "score": lambda c: -(c.score if c.score is not None else -1.0),
    "date": lambda c: c.first_index_date,
    "patient": lambda c: c.patient_id,
    "age": _age_key,
    "status": lambda c: (_STATUS_ORDER.index(c.review_status) if c.review_status in _STATUS_ORDER else 99),
    "workup": lambda c: c.workup,
    "language": lambda c: c.language,
}


def neighbours(rows: list[CaseRow], case_filter: CaseFilter, patient_id: str) -> tuple[str | None, str | None]:
    """The previous and next case of the filtered list around ``patient_id``, also when that case no longer
    matches the filter (after a decision closed it, say): its place in the unfiltered order decides."""
    ordered = case_filter.ordered(rows)
    ids = [c.patient_id for c in ordered]
    if patient_id not in ids:
        return None, None
    at = ids.index(patient_id)
    before = [c.patient_id for c in ordered[:at] if case_filter.matches(c)]
    after = [c.patient_id for c in ordered[at + 1:] if case_filter.matches(c)]
    return (before[-1] if before else None), (after[0] if after else None)


def counts(rows: list[CaseRow], case_filter: CaseFilter) -> dict:
    """Counts for the top of the list: per status (other filters applied) and per priority (all applied)."""
    others = [c for c in rows if case_filter.matches(c, ignore_status=True)]
    shown = [c for c in others if STATUS_FILTERS[case_filter.status][1](c)]
    return {
        "shown": len(shown),
        "status": {key: sum(1 for c in others if pred(c)) for key, (_, pred) in STATUS_FILTERS.items()},
        "priority": {p: sum(1 for c in shown if c.priority == p) for p in PRIORITIES},
    }


# --- one case ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MentionRow:
    note_id: str
    concept: str
    assertion: str
    start: int
    end: int
    text: str
    sentence: str
    section: str

    @property
    def title(self) -> str:
        return f"{CONCEPT_LABELS.get(self.concept, self.concept)} ({self.concept}): {self.assertion}"


@dataclass
class NoteView:
    note_id: str
    note_date: datetime
    note_type: str
    exam: str
    unit: str
    language: str
    text: str
    mentions: list[MentionRow]
    evidence_sentences: list[str]

    @property
    def is_evidence(self) -> bool:
        return bool(self.evidence_sentences)


def load_notes(conn, patient_id: str, evidence: list[tuple[str, str]]) -> list[NoteView]:
    """The patient's notes by date, each with its mentions and the case's evidence sentences from it."""
    found: dict[str, list[MentionRow]] = {}
    for m in conn.execute(sa.select(mentions).where(mentions.c.patient_id == patient_id)
                          .order_by(mentions.c.note_id, mentions.c.start, mentions.c.end, mentions.c.concept)):
        found.setdefault(m.note_id, []).append(MentionRow(m.note_id, m.concept, m.assertion, int(m.start),
                                                          int(m.end), m.text, m.sentence, m.section))
    by_note: dict[str, list[str]] = {}
    for note_id, sentence in evidence:
        by_note.setdefault(note_id, []).append(sentence)
    rows = conn.execute(sa.select(notes).where(notes.c.patient_id == patient_id)
                        .order_by(notes.c.note_date, notes.c.note_id))
    return [NoteView(r.note_id, r.note_date, r.note_type, r.exam or "", r.unit or "", r.language, r.text or "",
                     found.get(r.note_id, []), by_note.get(r.note_id, [])) for r in rows]


@dataclass(frozen=True)
class ExamView:
    """One exam a note speaks of, as the case page shows it (its status resolved over the later notes)."""

    note_id: str
    date: str  # ISO date, or "" for an earlier study of unknown date
    modality: str
    region: str
    status: str
    reason: str
    covers_sacrum: bool
    evidence: str

    @property
    def status_label(self) -> str:
        return EXAM_STATUS_LABELS.get(self.status, self.status)


def load_exams(conn, patient_id: str) -> tuple[list[ExamView], list[str]]:
    """The patient's exams by date, and what became of each sacral-workup exam in one phrase each
    ("MRI pelvis requested 2025-01-14; not performed (declined, 2025-02-20)")."""
    from ..state import read_exam_frame

    stated = read_exam_frame(conn, [patient_id])
    views = [ExamView(r.note_id, "" if pd.isna(r.date) else r.date.strftime("%Y-%m-%d"),
                      MODALITY_LABELS.get(r.modality, r.modality), REGION_LABELS.get(r.region, r.region.replace("_", " ")),
                      r.status, r.reason.replace("_", " ") if r.status == "not_performed" else "",
                      bool(r.covers_sacrum), str(r.evidence))
             for r in resolve_exams(stated).itertuples(index=False)]
    return views, describe_exams(stated)


def last_run(conn) -> dict | None:
    row = conn.execute(sa.select(runs).where(runs.c.status == "ok").order_by(runs.c.run_id.desc()).limit(1)).first()
    return None if row is None else {"run_id": row.run_id, "ended_at": row.ended_at}


# --- why a case is flagged ----------------------------------------------------------------------------------------
_FINDING = {"pubic_ramus_fracture": "a pubic ramus fracture",
            "vertebral_compression_fracture": "a vertebral compression fracture",
            "sacral_fracture": "a suspected sacral fracture", "low_back_pain": "low-back pain"}
_MISSING = {
    "none": "no CT, MRI or bone scintigraphy of the pelvis or sacrum is recorded",
    "radiograph_only": "only plain radiographs were taken, no CT, MRI or bone scintigraphy of the pelvis or sacrum",
    "ordered": "a CT, MRI or bone scintigraphy was ordered or planned but never done",
}
_DONE = {"ct": "a CT covering the sacrum was done", "mri": "an MRI covering the sacrum was done",
         "scintigraphy": "a bone scintigraphy was done", "sacral_fracture_documented": "a sacral fracture is documented"}


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _at_risk(case: CaseRow) -> str:
    """Why low-back pain counts for this patient ('' when it does not)."""
    if case.risk_factors:
        return "with " + _join([CONCEPT_LABELS.get(r, r) for r in case.risk_factors])
    if case.sex == "F" and case.age.isdigit() and int(case.age) >= DEFAULT.at_risk_age:
        return f"in a woman aged {case.age}"
    return ""


def why_flagged(case: CaseRow, exam_story: list[str] | tuple[str, ...] = ()) -> str:
    """One plain sentence: why the rules flag the case (or do not), what became of its exams (``exam_story``, from
    :func:`load_exams`), and what a review decision changed."""
    risk = _at_risk(case)
    findings = [_FINDING[r] + (f" {risk}" if r == "low_back_pain" else "") for r in REASONS
                if r in case.reasons and (r != "low_back_pain" or risk)]
    since = f" (first on {case.first_index_date})" if case.first_index_date else ""
    workup = _MISSING.get(case.workup, _DONE.get(case.workup, f"workup: {case.workup}"))
    if case.rule_flagged and findings:
        text = f"Flagged because the notes show {_join(findings)}{since} but {workup}"
    elif case.workup in _DONE:
        shown = _join(findings or [_FINDING.get(r, r) for r in case.reasons] or ["a sacral fracture mention"])
        text = f"Not flagged by the rules: the notes show {shown}{since}, and {workup}"
    else:
        text = "Not flagged by the rules: low-back pain alone, in a patient not at risk (no woman aged " \
               f"{DEFAULT.at_risk_age} or more, no risk factor found){since}"
    if exam_story:
        text += " \u2014 " + " \u00b7 ".join(exam_story)
    d = case.decision
    if case.review_status == "reopened" and d is not None:
        when = case.last_evidence_date.date().isoformat() if case.last_evidence_date else "a later date"
        text += (f"; reopened because evidence dated {when} came after the decision "
                 f"\u201c{d.label}\u201d of {d.decided_at:%Y-%m-%d}")
    elif case.review_status in DECISIONS and d is not None:
        text += f"; closed by the decision \u201c{d.label}\u201d of {d.reviewer} on {d.decided_at:%Y-%m-%d}"
    return text + "."

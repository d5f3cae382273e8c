"""Hand-written challenge notes with their hand-made labels, and the contract's case rules.

The note texts and every label are written by hand in ``notes_sv.py`` and ``notes_en.py``.
This module only derives what follows mechanically from them by CONTRACT.md's rules
(gold_cases.csv from the note labels and the exam events), so that no case label is
computed by head.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from datetime import date, timedelta

CONCEPTS = {
    "ramus": "pubic_ramus_fracture",
    "vcf": "vertebral_compression_fracture",
    "lbp": "low_back_pain",
    "sacral": "sacral_fracture",
    "osteo": "osteoporosis",
}
LABELS = {"p": "present", "u": "uncertain", "h": "historical", "y": "hypothetical", "n": "negated"}
STATUS = {"P": "performed", "R": "requested", "N": "not_performed"}
COVERING_REGIONS = {"pelvis", "sacrum", "si_joints", "abdomen_pelvis", "whole_body"}
WORKUP_MODALITIES = ("mri", "ct", "scintigraphy")


@dataclass
class Exam:
    modality: str
    region: str
    stated: str  # P/R/N as this note states it
    key: str  # the same exam across a patient's notes shares a key
    when: str | None = None  # a date stated in the note, else the note's date
    covers: bool | None = None  # explicit for lumbar studies that assess the sacrum

    def covers_sacrum(self) -> bool:
        if self.modality not in WORKUP_MODALITIES:
            return False  # plain films and DXA are never a workup
        if self.covers is not None:
            return self.covers
        return self.region in COVERING_REGIONS


@dataclass
class Note:
    note_id: str
    date: str
    note_type: str
    exam: str
    language: str
    unit: str
    text: str
    labels: dict[str, str]
    exams: list[Exam]


@dataclass
class Patient:
    patient_id: str
    sex: str  # as written in patients.csv (may be empty)
    birth_date: str  # as written in patients.csv (may be empty)
    true_sex: str  # F/M, what the notes say
    true_birth: str  # ISO date (or year-07-01 when only the year/age is known)
    risks: set[str] = field(default_factory=set)  # risk factors besides osteoporosis
    notes: list[Note] = field(default_factory=list)


def N(note_id, day, note_type, exam, language, unit, text, labels="", exams=()):
    lab = {}
    for item in labels.split():
        c, a = item.split(":")
        lab[CONCEPTS[c]] = LABELS[a]
    return Note(note_id, day, note_type, exam, language, unit,
                textwrap.dedent(text).strip("\n"), lab, list(exams))


def X(modality, region, stated, key, when=None, covers=None):
    mod = {"xr": "radiograph", "ct": "ct", "mr": "mri", "ns": "scintigraphy", "dxa": "other"}[modality]
    return Exam(mod, region, stated, key, when, covers)


def d(s: str) -> date:
    return date.fromisoformat(s)


def exam_rows(p: Patient) -> list[dict]:
    """One row per exam a note speaks of; status resolved by the latest statement about that exam."""
    latest: dict[str, tuple[str, str]] = {}
    for n in sorted(p.notes, key=lambda n: n.date):
        for e in n.exams:
            latest[e.key] = (n.date, e.stated)
    rows = []
    for n in p.notes:
        for e in n.exams:
            rows.append({
                "note_id": n.note_id, "patient_id": p.patient_id, "date": e.when or n.date,
                "modality": e.modality, "region": e.region,
                "status": STATUS[latest[e.key][1]], "stated_status": STATUS[e.stated],
                "covers_sacrum": "true" if e.covers_sacrum() else "false",
            })
    return rows


def age_at(birth: str, when: date) -> int:
    b = d(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def gold_case(p: Patient) -> dict:
    """CONTRACT.md's default flagging rules applied to the hand-made labels."""
    index = ("pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain")
    anchors = []
    for n in p.notes:
        for c, a in n.labels.items():
            if (c in index and a == "present") or (c == "sacral_fracture" and a == "uncertain"):
                anchors.append((d(n.date), c))
    anchors.sort()
    episode: list[tuple[date, str]] = []
    for a in anchors:
        if episode and (a[0] - episode[-1][0]).days > 365:
            episode = []
        episode.append(a)
    reasons = sorted({c for _, c in episode})
    any_index = any(n.labels.get(c) == "present" for n in p.notes for c in index)
    any_sacral = any("sacral_fracture" in n.labels for n in p.notes)
    documented = any(n.labels.get("sacral_fracture") == "present" for n in p.notes)
    start = episode[0][0] - timedelta(days=30) if episode else date.min
    # the latest statement about the same exam wins
    final: dict[str, str] = {}
    for n in sorted(p.notes, key=lambda n: n.date):
        for e in n.exams:
            final[e.key] = e.stated
    done, ordered, films = set(), False, False
    for n in p.notes:
        for e in n.exams:
            when = d(e.when or n.date)
            if when < start:
                continue
            if e.stated == "P" and e.covers_sacrum():
                done.add(e.modality)
            if e.stated in "RN" and final[e.key] != "P" and e.covers_sacrum():
                ordered = True
            if e.stated == "P" and e.modality == "radiograph":
                films = True
    workup = ""
    if any_index or any_sacral:
        if documented:
            workup = "sacral_fracture_documented"
        else:
            workup = next((m for m in WORKUP_MODALITIES if m in done), "")
            workup = workup or ("ordered" if ordered else "radiograph_only" if films else "none")
    risk = set(p.risks)
    if any(n.labels.get("osteoporosis") == "present" for n in p.notes):
        risk.add("osteoporosis")
    at_risk = bool(risk) or (
        p.true_sex == "F" and episode and age_at(p.true_birth, episode[0][0]) >= 60
    )
    r = set(reasons)
    trigger = ("pubic_ramus_fracture" in r or "vertebral_compression_fracture" in r
               or ("low_back_pain" in r and at_risk) or "sacral_fracture" in r)
    flagged = bool(trigger and workup not in ("mri", "ct", "scintigraphy") and not documented)
    priority = ""
    if flagged:
        if "pubic_ramus_fracture" in r or "sacral_fracture" in r:
            priority = "high"
        elif "vertebral_compression_fracture" in r and "low_back_pain" in r:
            priority = "medium"
        else:
            priority = "low"
    return {"patient_id": p.patient_id, "flagged": "true" if flagged else "false",
            "priority": priority, "reasons": ";".join(reasons), "workup": workup}

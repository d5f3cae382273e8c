"""Per patient: index findings with dates, episodes, sacral workup, risk factors, sex and age.

Plain functions over DataFrames; nothing here knows about spaCy. Input is the note table (one row per note,
with the age and sex read from its text), the mentions table and the exam statements (:mod:`reportminer.exams`),
whose resolved events are the workups.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .config import DEFAULT, Settings
from .exams import resolve_exams, workup_events
from .frames import row_tuples
from .lexicon import LASTING_RISKS

INDEX_CONCEPTS = ("pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain")
RISK_CONCEPTS = ("osteoporosis", "steroid_therapy", "rheumatic_disease", "hip_prosthesis", "pelvic_radiation")


@dataclass(frozen=True)
class Event:
    """A dated fact of a patient's record, with the sentence that shows it."""

    date: pd.Timestamp
    kind: str  # a concept, a workup kind (mri, ct, scintigraphy, ordered, radiograph), or sacral_documented
    note_id: str
    evidence: str


@dataclass
class PatientTimeline:
    patient_id: str
    anchors: list[Event] = field(default_factory=list)  # present index findings, suspected sacral fractures
    workups: list[Event] = field(default_factory=list)
    risks: list[Event] = field(default_factory=list)
    has_sacral_mention: bool = False
    sex: str = ""
    birth_date: pd.Timestamp | None = None
    stated_age: float | None = None  # from the patients table's age column
    text_ages: list[tuple[pd.Timestamp, int]] = field(default_factory=list)

    def episodes(self, settings: Settings = DEFAULT) -> list[list[Event]]:
        """Anchors grouped into episodes: a gap of more than ``episode_gap_days`` starts a new one."""
        out: list[list[Event]] = []
        for event in sorted(self.anchors, key=lambda e: (e.date, e.note_id, e.kind, e.evidence)):
            if out and (event.date - out[-1][-1].date).days <= settings.episode_gap_days:
                out[-1].append(event)
            else:
                out.append([event])
        return out

    def age_at(self, date: pd.Timestamp | None) -> int | None:
        if date is None:
            return None
        if self.birth_date is not None and not pd.isna(self.birth_date):
            years = date.year - self.birth_date.year
            return years - ((date.month, date.day) < (self.birth_date.month, self.birth_date.day))
        if self.stated_age is not None and not pd.isna(self.stated_age):
            return int(self.stated_age)
        if self.text_ages:
            note_date, age = min(self.text_ages, key=lambda t: abs((t[0] - date).days))
            return age + int((date - note_date).days // 365.25)
        return None


def _evidence(note_id: str, sentence: str) -> str:
    return f"{note_id}: {' '.join(str(sentence).split())}"


NOTE_FACT_COLUMNS = ("note_id", "patient_id", "note_date", "text_age", "text_sex")  # what timelines read of notes


def build_timelines(notes: pd.DataFrame, mentions: pd.DataFrame, patients: pd.DataFrame | None = None,
                    exams: pd.DataFrame | None = None, settings: Settings = DEFAULT
                    ) -> dict[str, PatientTimeline]:
    """One timeline per patient who has notes.

    ``notes`` needs note_id, patient_id, note_date, text_age, text_sex; ``mentions`` the columns of mentions.csv
    plus ``sentence``; ``exams`` the exam statements (:data:`reportminer.exams.EXAM_FRAME_COLUMNS`), without
    which no exam counts; ``settings`` says which exams are a sacral workup (the site's rules).
    """
    timelines = {pid: PatientTimeline(pid) for pid in notes["patient_id"].unique()}
    _add_demographics(timelines, notes, patients)
    for m in row_tuples(mentions):
        _add_mention(timelines[m.patient_id], m)
    if exams is not None and len(exams):
        for event in workup_events(resolve_exams(exams[exams["patient_id"].isin(timelines)]), settings):
            timelines[event.patient_id].workups.append(Event(event.date, event.kind, event.note_id, event.evidence))
    return timelines


def stored_timelines(notes: pd.DataFrame, mentions: pd.DataFrame, patients: pd.DataFrame, exams: pd.DataFrame,
                     settings: Settings = DEFAULT) -> dict[str, PatientTimeline]:
    """:func:`build_timelines` over frames read from the state database, whose dates come back as text or
    ``datetime.date``: converted here, the one place for the nightly job's cases and the quality indicators."""
    notes = notes.assign(note_date=pd.to_datetime(notes["note_date"]))
    mentions = mentions.assign(note_date=pd.to_datetime(mentions["note_date"]),
                               exam_date=pd.to_datetime(mentions["exam_date"]))
    patients = patients.assign(birth_date=pd.to_datetime(patients["birth_date"]))
    return build_timelines(notes, mentions, patients, exams, settings)


def _add_demographics(timelines, notes: pd.DataFrame, patients: pd.DataFrame | None) -> None:
    if patients is not None:
        for p in row_tuples(patients):
            t = timelines.get(p.patient_id)
            if t is not None:
                t.sex = p.sex
                t.birth_date = None if pd.isna(p.birth_date) else p.birth_date
                t.stated_age = None if pd.isna(p.age) else float(p.age)
    for note in row_tuples(notes.sort_values(["note_date", "note_id"])):
        t = timelines[note.patient_id]
        if not t.sex and note.text_sex:
            t.sex = note.text_sex
        if note.text_age:
            t.text_ages.append((note.note_date, int(note.text_age)))


def _add_mention(t: PatientTimeline, m) -> None:
    date = m.note_date
    evidence = _evidence(m.note_id, m.sentence)
    if m.concept == "sacral_fracture":
        t.has_sacral_mention = True
        if m.assertion == "present":
            t.workups.append(Event(date, "sacral_documented", m.note_id, evidence))
        elif m.assertion == "uncertain":
            t.anchors.append(Event(date, "sacral_fracture", m.note_id, evidence))
    elif m.concept in INDEX_CONCEPTS and m.assertion == "present":
        t.anchors.append(Event(date, m.concept, m.note_id, evidence))
    elif m.concept in RISK_CONCEPTS:
        if m.assertion == "present" or (m.assertion == "historical" and m.concept in LASTING_RISKS):
            t.risks.append(Event(date, m.concept, m.note_id, evidence))

"""The whole scan: validated notes in, mentions, exam events and cases out.

``analyse_notes`` is the per-note half (language, sections, concepts, context, exam statements, stated age and
sex); it works on any chunk of notes independently, so chunks can go to worker processes. ``scan`` adds the
per-patient half (exam resolution, timelines and flags).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pandas as pd

from .config import DEFAULT, Settings
from .dates import stated_exam_date
from .demographics import read_age_sex
from .exams import exams_frame, read_exams, resolve_exams, with_exam_fates
from .flags import flag_patients
from .frames import row_tuples
from .io import MENTION_COLUMNS, RowProblem, validate_notes
from .language import detect_language
from .nlp import get_pipeline
from .textnorm import read_text
from .timeline import build_timelines

log = logging.getLogger("reportminer")

MENTION_FRAME_COLUMNS = (*MENTION_COLUMNS, "sentence", "exam_date")
FACT_COLUMNS = ("note_id", "language", "text_age", "text_sex")


@dataclass
class ScanResult:
    mentions: pd.DataFrame
    cases: pd.DataFrame
    exams: pd.DataFrame  # exam statements (exams.EXAM_FRAME_COLUMNS), their status resolved per patient
    notes: pd.DataFrame  # the notes analysed, with the facts read from each
    problems: list[RowProblem] = field(default_factory=list)
    skipped_after_as_of: int = 0


def analyse_notes(notes: pd.DataFrame, lexicon_dir: str | None = None
                  ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Mentions (one row each), note facts (one row per note) and exam statements of validated notes."""
    mention_rows: list[tuple] = []
    fact_rows: list[tuple] = []
    exam_rows: list[dict] = []
    for note in row_tuples(notes):
        read = read_text(note.text)  # every stage reads zero-width spaces as spaces, "lÃ¤ndrygg" as "ländrygg"
        language = note.language or detect_language(read.text)
        pipeline = get_pipeline(language, lexicon_dir)
        read = pipeline.read(note.text, read)  # and the language's dictation wording as meant ("full stop", "M R I")
        if read.text is not note.text:
            note = note._replace(text=read.text)
        year = note.note_date.year if not pd.isna(note.note_date) else None
        # every stage below works on the text as read; mentions map back to the text as written at the end
        mentions = pipeline.extract_read(note.text, note_type=note.note_type, note_year=year,
                                         note_date=None if pd.isna(note.note_date) else note.note_date)
        fates: dict[int, str] = {}
        exam_rows += read_exams(note, mentions, pipeline, fates)
        mentions = with_exam_fates(mentions, fates)
        age, sex = read_age_sex(note.text, pipeline.lexicon, note.note_date)
        fact_rows.append((note.note_id, language, age or 0, sex))
        for m in mentions:
            exam_date = stated_exam_date(m.sentence, note.note_date, pipeline.lexicon) if m.region else None
            start, end, found = read.span(m.start, m.end)  # into the text as written
            mention_rows.append((note.note_id, note.patient_id, note.note_date, m.concept, m.assertion, start,
                                 end, found, m.section, m.region or "", note.unit, m.sentence, exam_date))
    mentions_df = pd.DataFrame(mention_rows, columns=list(MENTION_FRAME_COLUMNS))
    mentions_df["exam_date"] = pd.to_datetime(mentions_df["exam_date"])
    mentions_df["note_date"] = pd.to_datetime(mentions_df["note_date"])
    facts_df = pd.DataFrame(fact_rows, columns=list(FACT_COLUMNS))
    return mentions_df, facts_df, exams_frame(exam_rows)


def scan(notes: pd.DataFrame, patients: pd.DataFrame | None = None, as_of=None, lexicon_dir: str | None = None,
         settings: Settings = DEFAULT, source: str = "notes") -> ScanResult:
    """Run the full pipeline on a notes table (raw or validated) and an optional patients table."""
    if "row" not in notes.columns:
        notes, problems = validate_notes(notes.fillna("").astype(str), source)
    else:
        problems = []
    skipped = 0
    if as_of is not None:
        as_of = pd.Timestamp(as_of)
        later = notes["note_date"].dt.normalize() > as_of.normalize()  # the whole --as-of day counts
        skipped = int(later.sum())
        notes = notes[~later].reset_index(drop=True)
    mentions, facts, exams = analyse_notes(notes, lexicon_dir)
    notes = notes.drop(columns=["language"]).merge(facts, on="note_id", how="left")
    timelines = build_timelines(notes, mentions, patients, exams, settings)
    cases = flag_patients(timelines, settings)
    mentions = mentions.sort_values(["note_id", "start", "end", "concept"], kind="stable").reset_index(drop=True)
    return ScanResult(mentions, cases, resolve_exams(exams), notes, problems, skipped)

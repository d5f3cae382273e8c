"""What every notes source offers the nightly job, and the parts the sources share.

A source has ``ids()`` (every note id with its row, for the duplicate check before anything is written),
``chunks()`` (validated :class:`Chunk` objects, see :func:`reportminer.io.validate_notes`) and ``patients()``
(sex and birth date carried by the source itself, as HL7 v2 PID segments and FHIR Patient resources do; ``None``
for a plain notes table). Row numbers count from the start of the source, so a problem is reported where it is.
"""
from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Protocol

import pandas as pd

from ..io import NOTE_COLUMNS, DuplicateNoteIds, RowProblem, _as_text, parse_dates, validate_notes


@dataclass(frozen=True)
class Chunk:
    notes: pd.DataFrame
    problems: list[RowProblem]
    rows: int  # raw rows read, good and bad


@dataclass(frozen=True)
class RawBatch:
    """Raw note rows (every value text) before validation, with each row's number in its source."""

    frame: pd.DataFrame
    rows: list[int]
    problems: list[RowProblem] = field(default_factory=list)  # records that never became a row (bad message)


@dataclass(frozen=True)
class NoteRecord:
    """One note read from a message or resource: CONTRACT columns as text, and where it was found."""

    row: int
    fields: dict[str, str]


@dataclass(frozen=True)
class PatientRecord:
    """Sex and birth date of a patient, as a message or a Patient resource states them."""

    row: int
    patient_id: str
    sex: str = ""
    birth_date: str = ""


class NoteSource(Protocol):
    """The interface the nightly job reads."""

    def ids(self) -> Iterator[tuple[str, int]]: ...

    def chunks(self) -> Iterator[Chunk]: ...

    def patients(self) -> tuple[pd.DataFrame | None, list[RowProblem]]: ...


def validate_batch(batch: RawBatch, source: str) -> Chunk:
    """A raw batch as a validated chunk: bad rows become problems, good rows CONTRACT columns."""
    frame = _as_text(batch.frame)
    notes, problems = validate_notes(frame, source, lambda i: batch.rows[i], check_duplicates=False)
    return Chunk(notes, batch.problems + problems, len(frame) + len(batch.problems))


def numbered_chunks(frames: Iterable[pd.DataFrame], source: str) -> Iterator[Chunk]:
    """Validated chunks of a table-shaped source's raw frames, rows numbered from 1 across the frames."""
    offset = 1
    for raw in frames:
        yield validate_batch(RawBatch(raw, list(range(offset, offset + len(raw)))), source)
        offset += len(raw)


def record_batches(items: Iterable[NoteRecord | PatientRecord | RowProblem], size: int) -> Iterator[RawBatch]:
    """Group the notes (and problems) of a record-shaped source (HL7 v2, FHIR) into batches of ``size`` notes."""
    notes: list[NoteRecord] = []
    problems: list[RowProblem] = []
    for item in items:
        if isinstance(item, NoteRecord):
            notes.append(item)
        elif isinstance(item, RowProblem):
            problems.append(item)
        if len(notes) >= size or len(problems) >= size:
            yield _batch(notes, problems)
            notes, problems = [], []
    if notes or problems:
        yield _batch(notes, problems)


def _batch(notes: list[NoteRecord], problems: list[RowProblem]) -> RawBatch:
    frame = pd.DataFrame([n.fields for n in notes], columns=list(NOTE_COLUMNS), dtype=object).fillna("")
    return RawBatch(frame, [n.row for n in notes], problems)


def patient_frame(records: Iterable[PatientRecord], source: str) -> tuple[pd.DataFrame | None, list[RowProblem]]:
    """Patient records in the shape of :func:`reportminer.io.read_patients`; the last statement of a patient
    wins, and an empty value never erases a known one. ``None`` when the source states no patient at all."""
    latest: dict[str, dict] = {}
    problems: list[RowProblem] = []
    for record in records:
        known = latest.setdefault(record.patient_id, {"sex": "", "birth_date": "", "row": record.row})
        if record.sex:
            known["sex"] = record.sex
        if record.birth_date:
            known["birth_date"], known["row"] = record.birth_date, record.row
    if not latest:
        return None, problems
    ids = sorted(latest)
    births = parse_dates(pd.Series([latest[p]["birth_date"] for p in ids], dtype=object))
    for pid, raw, parsed in zip(ids, (latest[p]["birth_date"] for p in ids), births):
        if raw and pd.isna(parsed):
            problems.append(RowProblem(source, latest[pid]["row"], "birth_date", f"unparseable date {raw!r}"))
    frame = pd.DataFrame({"patient_id": ids, "sex": [latest[p]["sex"] for p in ids], "birth_date": births,
                          "age": float("nan")})
    return frame, problems


def find_duplicate_ids(source: NoteSource, show: int = 20) -> None:
    """Raise DuplicateNoteIds listing duplicated ids (with their rows) before anything is processed.

    The ids stream through a scratch SQLite file, so that checking ten million ids needs no more memory than
    checking ten.
    """
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite3.connect(Path(tmp) / "ids.db")
        db.execute("CREATE TABLE ids (note_id TEXT, row INTEGER)")
        batch = []
        for item in source.ids():
            batch.append(item)
            if len(batch) == 50_000:
                db.executemany("INSERT INTO ids VALUES (?, ?)", batch)
                batch = []
        db.executemany("INSERT INTO ids VALUES (?, ?)", batch)
        db.execute("CREATE INDEX ids_note ON ids (note_id)")
        dups = db.execute(
            "SELECT note_id, group_concat(row, ', '), COUNT(*) FROM ids WHERE note_id != '' "
            "GROUP BY note_id HAVING COUNT(*) > 1 ORDER BY MIN(row)").fetchall()
        db.close()
    if dups:
        listing = "; ".join(f"{nid} (rows {rows})" for nid, rows, _ in dups[:show])
        more = f"; and {len(dups) - show} more" if len(dups) > show else ""
        raise DuplicateNoteIds(f"{source}: {len(dups)} duplicate note id(s), nothing written: {listing}{more}")

"""Notes in a file, whatever its format: the one :class:`FileSource` that scan and nightly open.

The format follows the suffix: ``.csv``, ``.jsonl`` and ``.parquet`` notes tables; ``.hl7`` HL7 v2 messages;
``.json`` a FHIR Bundle (or one resource); ``.ndjson`` FHIR bulk-export NDJSON when its first line is a resource
(it names a ``resourceType``), else a notes table in JSON Lines.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pandas as pd

from ..io import EmptyInput, InputError, RowProblem, check_not_empty, read_patients, require_rows
from .base import Chunk, NoteRecord, PatientRecord, RawBatch, patient_frame, record_batches, validate_batch
from .fhir import fhir_records, looks_like_fhir
from .hl7v2 import hl7_records
from .tables import table_batches, table_ids

TABLE_FORMATS = ("csv", "jsonl", "parquet")
SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet", ".hl7": "hl7", ".json": "fhir-bundle",
            ".ndjson": "ndjson"}


def file_format(path: Path) -> str:
    """``csv``, ``jsonl``, ``parquet``, ``hl7``, ``fhir-bundle`` or ``fhir-ndjson`` for an existing file."""
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown format {path.suffix!r}; use .csv, .jsonl, .parquet, .hl7 (HL7 v2), "
                         ".ndjson or .json (FHIR)")
    if fmt == "ndjson":
        with path.open(encoding="utf-8", errors="replace") as handle:
            first = next((line for line in handle if line.strip()), "")
        fmt = "fhir-ndjson" if looks_like_fhir(first) else "jsonl"
    return fmt


class FileSource:
    """Notes in a file, read ``chunk_size`` notes at a time."""

    def __init__(self, path: str | Path, chunk_size: int = 2000):
        self.path = Path(path)
        self.chunk_size = chunk_size
        if not self.path.exists():
            raise InputError(f"{self.path}: file not found")
        if self.path.is_dir():
            raise InputError(f"{self.path}: is a folder; give a notes file")
        check_not_empty(self.path)
        self.format = file_format(self.path)

    def __str__(self) -> str:
        return str(self.path)

    def _records(self) -> Iterator[NoteRecord | PatientRecord | RowProblem]:
        records = (hl7_records(self.path) if self.format == "hl7"
                   else fhir_records(self.path, ndjson=self.format == "fhir-ndjson"))
        try:
            yield from records
        except UnicodeDecodeError as err:
            raise InputError(f"{self.path}: not UTF-8 text (a byte that UTF-8 cannot have near byte {err.start} "
                             "of a read block); convert the file to UTF-8") from err

    def _batches(self) -> Iterator[RawBatch]:
        if self.format in TABLE_FORMATS:
            return table_batches(self.path, self.format, self.chunk_size)
        return record_batches(self._records(), self.chunk_size)

    def raw_chunks(self) -> Iterator[pd.DataFrame]:
        """The raw note rows (every value text), a chunk at a time."""
        for batch in self._batches():
            yield batch.frame

    def ids(self) -> Iterator[tuple[str, int]]:
        """(note_id, row number) for every note, reading as little as the format allows."""
        count = 0
        if self.format in TABLE_FORMATS:
            items = table_ids(self.path, self.format)
        else:
            items = ((str(r.fields.get("note_id", "")).strip(), r.row) for r in self._records()
                     if isinstance(r, NoteRecord))
        for item in items:
            count += 1
            yield item
        if self.format in TABLE_FORMATS:
            require_rows(count, str(self.path))

    def chunks(self) -> Iterator[Chunk]:
        rows = 0
        for batch in self._batches():
            chunk = validate_batch(batch, str(self.path))
            rows += chunk.rows
            yield chunk
        if not rows:  # a header only, or messages and resources none of which is a note
            raise EmptyInput(f"{self.path}: no notes in the file")

    def patients(self) -> tuple[pd.DataFrame | None, list[RowProblem]]:
        """Sex and birth date stated in the file (HL7 PID, FHIR Patient); ``None`` for a notes table."""
        if self.format in TABLE_FORMATS:
            return None, []
        return patient_frame((r for r in self._records() if isinstance(r, PatientRecord)), str(self.path))


def read_patients_file(path: str | Path) -> tuple[pd.DataFrame, list[RowProblem]]:
    """A patients table (CSV, JSON Lines, Parquet), or the patients of an HL7 v2 or FHIR file (a bulk
    export's ``Patient.ndjson``)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: file not found")
    check_not_empty(path)
    fmt = file_format(path)
    if fmt in TABLE_FORMATS:
        return read_patients(path)
    frame, problems = FileSource(path).patients()
    if frame is None:
        raise InputError(f"{path}: no patients in the file")
    return frame, problems

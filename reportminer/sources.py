"""Where nightly runs read notes from: a file (CSV, JSON Lines, Parquet) or an SQL query, in chunks.

Every source yields validated chunks (see :func:`reportminer.io.validate_notes`) with row numbers that count
from the start of the source, so a problem is reported where it is. Before anything is processed,
:func:`find_duplicate_ids` streams the ids through a scratch SQLite file, so that checking ten million ids
needs no more memory than checking ten.
"""
from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pandas as pd
import pyarrow.parquet as pq
import sqlalchemy as sa

from .io import DuplicateNoteIds, read_jsonl, InputError, RowProblem, _as_text, validate_notes


@dataclass(frozen=True)
class Chunk:
    notes: pd.DataFrame
    problems: list[RowProblem]
    rows: int  # raw rows read, good and bad


class FileSource:
    """Notes in a file, read ``chunk_size`` rows at a time."""

    def __init__(self, path: str | Path, chunk_size: int = 2000):
        self.path = Path(path)
        self.chunk_size = chunk_size
        if not self.path.exists():
            raise InputError(f"{self.path}: file not found")
        if self.path.suffix.lower() not in (".csv", ".jsonl", ".ndjson", ".parquet"):
            raise InputError(f"{self.path}: unknown format {self.path.suffix!r}; use .csv, .jsonl or .parquet")

    def __str__(self) -> str:
        return str(self.path)

    def raw_chunks(self) -> Iterator[pd.DataFrame]:
        suffix = self.path.suffix.lower()
        try:
            if suffix == ".csv":
                yield from pd.read_csv(self.path, dtype=str, keep_default_na=False, chunksize=self.chunk_size)
            elif suffix == ".parquet":
                for batch in pq.ParquetFile(self.path).iter_batches(batch_size=self.chunk_size):
                    yield batch.to_pandas()
            else:
                yield from _jsonl_chunks(self.path, self.chunk_size)
        except (ValueError, UnicodeDecodeError, OSError) as err:
            raise InputError(f"{self.path}: cannot be read: {err}") from err

    def ids(self) -> Iterator[tuple[str, int]]:
        """(note_id, row number) for every row, reading as little as the format allows."""
        first_row = 2 if self.path.suffix.lower() == ".csv" else 1
        offset = 0
        if self.path.suffix.lower() == ".csv":
            chunks = pd.read_csv(self.path, dtype=str, keep_default_na=False, chunksize=50_000,
                                 usecols=lambda c: c.strip() == "note_id")
        elif self.path.suffix.lower() == ".parquet":
            chunks = (b.to_pandas() for b in pq.ParquetFile(self.path).iter_batches(50_000, columns=["note_id"]))
        else:
            chunks = self.raw_chunks()
        for frame in chunks:
            frame.columns = [str(c).strip() for c in frame.columns]
            if "note_id" not in frame.columns:
                raise InputError(f"{self.path}: missing required column(s) ['note_id']")
            for i, value in enumerate(frame["note_id"]):
                yield str(value).strip(), first_row + offset + i
            offset += len(frame)

    def chunks(self) -> Iterator[Chunk]:
        first_row = 2 if self.path.suffix.lower() == ".csv" else 1
        offset = 0
        for raw in self.raw_chunks():
            frame = _as_text(raw)
            start = first_row + offset
            notes, problems = validate_notes(frame, str(self.path), lambda i, s=start: s + i, check_duplicates=False)
            offset += len(frame)
            yield Chunk(notes, problems, len(frame))


def _jsonl_chunks(path: Path, size: int) -> Iterator[pd.DataFrame]:
    frame = read_jsonl(path)  # JSON Lines has no cheap way to skip ahead: read once, hand out in chunks
    for start in range(0, len(frame), size):
        yield frame.iloc[start:start + size].reset_index(drop=True)


class SqlSource:
    """Notes from an SQL query against the hospital's database, fetched ``chunk_size`` rows at a time."""

    def __init__(self, url: str, query: str, chunk_size: int = 2000):
        self.url = url
        self.query = query.strip().rstrip(";")
        self.chunk_size = chunk_size
        self.engine = sa.create_engine(url)

    def __str__(self) -> str:
        return f"query on {self.engine.url.render_as_string(hide_password=True)}"

    def raw_chunks(self) -> Iterator[pd.DataFrame]:
        try:
            with self.engine.connect().execution_options(stream_results=True) as conn:
                yield from pd.read_sql_query(sa.text(self.query), conn, chunksize=self.chunk_size)
        except sa.exc.SQLAlchemyError as err:
            raise InputError(f"{self}: the query failed: {err.__class__.__name__}: {err.orig or err}") from err

    def ids(self) -> Iterator[tuple[str, int]]:
        offset = 1
        for frame in self.raw_chunks():
            if "note_id" not in frame.columns:
                raise InputError(f"{self}: the query returns no note_id column")
            for i, value in enumerate(frame["note_id"]):
                yield str(value).strip(), offset + i
            offset += len(frame)

    def chunks(self) -> Iterator[Chunk]:
        offset = 1
        for raw in self.raw_chunks():
            frame = _as_text(raw)
            notes, problems = validate_notes(frame, str(self), lambda i, s=offset: s + i, check_duplicates=False)
            offset += len(frame)
            yield Chunk(notes, problems, len(frame))


def find_duplicate_ids(source: FileSource | SqlSource, show: int = 20) -> None:
    """Raise DuplicateNoteIds listing duplicated ids (with their rows) before anything is processed."""
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

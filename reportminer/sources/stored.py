"""The notes an HL7 v2 listener stored in the state database, as a source for the nightly job.

Only the stored notes that still need analysis are read: those the ``notes`` table does not have yet, those
whose content differs from the analysed version (a correction), and those an older pipeline version analysed.
This is decided by a join in the database, so it holds however the listener and the nightly job interleave,
and a night with nothing new reads nothing.
"""
from __future__ import annotations

from typing import Iterator

import pandas as pd
import sqlalchemy as sa

from ..io import RowProblem
from ..state import engine_for, inbound_notes, inbound_patients, notes, upgrade
from .base import Chunk, numbered_chunks

NOTE_FIELDS = ("note_id", "patient_id", "note_date", "note_type", "exam", "text", "language", "unit")


class StoredSource:
    """Notes stored by ``reportminer listen`` that are new, corrected, or analysed by another version.

    Parameters
    ----------
    db_url : str
        The state database the listener writes to.
    pipeline_version : str or None
        The version of this run (:func:`reportminer.nightly.pipeline_version`): notes analysed by another one
        are read again. ``None`` reads only new and changed notes.
    chunk_size : int
        Notes per chunk.
    """

    def __init__(self, db_url: str, pipeline_version: str | None = None, chunk_size: int = 2000):
        self.db_url = db_url
        self.pipeline_version = pipeline_version
        self.chunk_size = chunk_size
        upgrade(db_url)
        self.engine = engine_for(db_url)

    def __str__(self) -> str:
        return f"stored notes in {self.engine.url.render_as_string(hide_password=True)}"

    def _query(self, columns) -> sa.Select:
        i = inbound_notes
        changed = [notes.c.note_id.is_(None), notes.c.text != i.c.text, notes.c.patient_id != i.c.patient_id,
                   notes.c.note_date != i.c.note_date, notes.c.note_type != i.c.note_type,
                   notes.c.exam != i.c.exam, notes.c.unit != i.c.unit]
        if self.pipeline_version is not None:
            changed.append(notes.c.pipeline_version != self.pipeline_version)
        return (sa.select(*(i.c[c] for c in columns)).select_from(i.outerjoin(notes, notes.c.note_id == i.c.note_id))
                .where(sa.or_(*changed)).order_by(i.c.note_id))

    def raw_chunks(self) -> Iterator[pd.DataFrame]:
        with self.engine.connect().execution_options(stream_results=True) as conn:
            for frame in pd.read_sql_query(self._query(NOTE_FIELDS), conn, chunksize=self.chunk_size):
                frame["note_date"] = pd.to_datetime(frame["note_date"]).map(lambda d: d.isoformat())
                yield frame

    def ids(self) -> Iterator[tuple[str, int]]:
        with self.engine.connect() as conn:
            for row, (note_id,) in enumerate(conn.execute(self._query(["note_id"])), start=1):
                yield note_id, row

    def chunks(self) -> Iterator[Chunk]:
        return numbered_chunks(self.raw_chunks(), str(self))

    def patients(self) -> tuple[pd.DataFrame | None, list[RowProblem]]:
        """Sex and birth date from the messages' PID segments (the nightly job stores what changed)."""
        with self.engine.connect() as conn:
            frame = pd.read_sql(sa.select(inbound_patients.c.patient_id, inbound_patients.c.sex,
                                          inbound_patients.c.birth_date).order_by(inbound_patients.c.patient_id), conn)
        if frame.empty:
            return None, []
        frame["birth_date"] = pd.to_datetime(frame["birth_date"])
        frame["age"] = float("nan")
        return frame, []

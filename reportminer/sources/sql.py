"""Notes from an SQL query against the hospital's database, fetched a chunk at a time."""
from __future__ import annotations

from typing import Iterator

import pandas as pd
import sqlalchemy as sa

from ..io import InputError, RowProblem
from .base import Chunk, numbered_chunks


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
        return numbered_chunks(self.raw_chunks(), str(self))

    def patients(self) -> tuple[pd.DataFrame | None, list[RowProblem]]:
        return None, []  # a query returns notes; patients come from --patients

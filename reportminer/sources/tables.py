"""Notes tables in files: CSV (header row), JSON Lines and Parquet, read a chunk at a time."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pandas as pd
import pyarrow.parquet as pq

from ..io import InputError, csv_separator, not_utf8, read_jsonl
from .base import RawBatch


def first_row(fmt: str) -> int:
    """The number of a table's first record as a user sees it: a CSV's header is row 1."""
    return 2 if fmt == "csv" else 1


def table_frames(path: Path, fmt: str, size: int) -> Iterator[pd.DataFrame]:
    """The raw rows of a CSV, JSON Lines or Parquet file, ``size`` at a time."""
    try:
        if fmt == "csv":
            yield from pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=size, sep=csv_separator(path))
        elif fmt == "parquet":
            for batch in pq.ParquetFile(path, pre_buffer=False).iter_batches(batch_size=size):
                yield batch.to_pandas()
        else:
            frame = read_jsonl(path)  # JSON Lines has no cheap way to skip ahead: read once, hand out in chunks
            for start in range(0, len(frame), size):
                yield frame.iloc[start:start + size].reset_index(drop=True)
    except UnicodeDecodeError as err:
        raise not_utf8(path, err) from err
    except (ValueError, OSError) as err:
        if isinstance(err, InputError):
            raise
        raise InputError(f"{path}: cannot be read: {err}") from err


def table_batches(path: Path, fmt: str, size: int) -> Iterator[RawBatch]:
    offset = first_row(fmt)
    for frame in table_frames(path, fmt, size):
        yield RawBatch(frame, list(range(offset, offset + len(frame))))
        offset += len(frame)


def table_ids(path: Path, fmt: str) -> Iterator[tuple[str, int]]:
    """(note_id, row number) for every row, reading only the id column where the format allows."""
    offset = first_row(fmt)
    try:
        if fmt == "csv":
            frames = pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=50_000, sep=csv_separator(path),
                                 usecols=lambda c: c.strip() == "note_id")
        elif fmt == "parquet":
            reader = pq.ParquetFile(path, pre_buffer=False)  # no read-ahead buffers: flat memory over row groups
            frames = (b.to_pandas() for b in reader.iter_batches(50_000, columns=["note_id"]))
        else:
            frames = table_frames(path, fmt, 50_000)
        for frame in frames:
            frame.columns = [str(c).strip() for c in frame.columns]
            if "note_id" not in frame.columns:
                raise InputError(f"{path}: missing required column(s) ['note_id']")
            for i, value in enumerate(frame["note_id"]):
                yield str(value).strip(), offset + i
            offset += len(frame)
    except UnicodeDecodeError as err:
        raise not_utf8(path, err) from err
    except (ValueError, OSError) as err:
        if isinstance(err, InputError):
            raise
        raise InputError(f"{path}: cannot be read: {err}") from err

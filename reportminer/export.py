"""Write a case list as CSV, Parquet or Excel such that the same rows always give the same bytes."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa

from .io import MENTION_COLUMNS, write_table

_FIXED_TIME = (2000, 1, 1, 0, 0, 0)
_FIXED_ISO = "2000-01-01T00:00:00Z"


def write_cases(frame: pd.DataFrame, path: str | Path) -> Path:
    path = Path(path)
    frame = frame.sort_values("patient_id", kind="stable").reset_index(drop=True)
    if path.suffix.lower() != ".xlsx":
        return write_table(frame, path)
    path.write_bytes(xlsx_bytes({"cases": frame}))
    return path


def xlsx_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """A workbook with one sheet per frame; every text cell a string cell (openpyxl would take "=..." for a
    formula, and a note can hold anything), and the same frames always give the same bytes."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook()
    book.remove(book.active)
    for name, frame in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append(list(frame.columns))
        for record in frame.itertuples(index=False):
            sheet.append(["" if v is None else ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                          for v in record])
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return stable_xlsx(buffer.getvalue())


def stable_xlsx(data: bytes) -> bytes:
    """An .xlsx is a zip whose entries and properties carry the time of writing: pin them."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _pin_dates(body.decode("utf-8")).encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, body)
    return out.getvalue()


def _pin_dates(xml: str) -> str:
    import re

    return re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{_FIXED_ISO}\g<2>", xml)


def write_mentions(db_url: str, path: str | Path, chunk_size: int = 10_000) -> tuple[Path, int]:
    """Stream the mentions table to CSV or Parquet in the columns of mentions.csv, in a fixed order."""
    from .state import engine_for, mentions

    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    query = (sa.select(*(mentions.c[c] for c in MENTION_COLUMNS))
             .order_by(mentions.c.note_id, mentions.c.start, mentions.c.end, mentions.c.concept))
    count, writer = 0, None
    with engine_for(db_url).connect() as conn:
        for frame in pd.read_sql(query, conn, chunksize=chunk_size):
            frame["note_date"] = pd.to_datetime(frame["note_date"]).dt.strftime("%Y-%m-%d")
            count += len(frame)
            if path.suffix == ".parquet":
                table = pa.Table.from_pandas(frame, preserve_index=False)
                writer = writer or pq.ParquetWriter(tmp, table.schema)
                writer.write_table(table)
            else:
                frame.to_csv(tmp, mode="a" if count > len(frame) else "w", header=count == len(frame), index=False,
                             lineterminator="\n")
    if count == 0:
        empty = pd.DataFrame(columns=list(MENTION_COLUMNS))
        return write_table(empty, path), 0
    if writer is not None:
        writer.close()
    tmp.replace(path)
    return path, count

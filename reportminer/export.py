"""Write a case list as CSV, Parquet or Excel such that the same rows always give the same bytes."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa

from .io import CASE_COLUMNS, MENTION_COLUMNS, write_table

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


def write_mentions(db_url: str, path: str | Path, chunk_size: int = 10_000, pseudonymiser=None) -> tuple[Path, int]:
    """Stream the mentions table to CSV or Parquet in the columns of mentions.csv, in a fixed order (with
    pseudonymous ids when a ``pseudonymise.Pseudonymiser`` is given)."""
    from .state import mentions

    query = (sa.select(*(mentions.c[c] for c in MENTION_COLUMNS))
             .order_by(mentions.c.note_id, mentions.c.start, mentions.c.end, mentions.c.concept))

    def shape(frame: pd.DataFrame) -> pd.DataFrame:
        frame["note_date"] = pd.to_datetime(frame["note_date"]).dt.strftime("%Y-%m-%d")
        return frame

    if pseudonymiser is not None:  # in memory, sorted by pseudonym: the order must not tell the real ids' order
        from .state import engine_for

        with engine_for(db_url).connect() as conn:
            frame = pseudonymiser.mentions(shape(pd.read_sql(query, conn)))
        frame = frame.sort_values(["note_id", "start", "end", "concept"], kind="stable").reset_index(drop=True)
        return write_table(frame, Path(path)), len(frame)

    return _stream(db_url, query, Path(path), list(MENTION_COLUMNS), shape, chunk_size)


def write_case_list(db_url: str, path: str | Path, chunk_size: int = 10_000, pseudonymiser=None,
                    metadata: dict | None = None) -> tuple[Path, int]:
    """The current case list (columns of cases.csv, plus ``score`` when a model scored any case), sorted by
    patient. CSV and Parquet are streamed, so a region's case list needs no more memory than a ward's.

    ``pseudonymiser`` (``pseudonymise.Pseudonymiser``) replaces ids by pseudonyms and masks the evidence;
    ``metadata`` (provenance: run id, versions) becomes a ``metadata`` sheet of an .xlsx file."""
    from .nightly import read_cases
    from .state import cases, engine_for

    path = Path(path)
    # A workbook is built in memory anyway (and holds 1,048,576 rows at most); a pseudonymised list too, as it is
    # sorted by pseudonym: the order must not tell the real ids' order.
    if path.suffix.lower() == ".xlsx" or pseudonymiser is not None:
        frame = read_cases(db_url)
        if pseudonymiser is not None:
            frame = pseudonymiser.cases(frame)
        if path.suffix.lower() != ".xlsx" or metadata is None:
            return write_cases(frame, path), len(frame)
        from .provenance import metadata_frame

        path.write_bytes(xlsx_bytes({"cases": frame.sort_values("patient_id", kind="stable"),
                                     "metadata": metadata_frame(metadata)}))
        return path, len(frame)
    with engine_for(db_url).connect() as conn:
        scored = conn.execute(sa.select(sa.func.count(cases.c.score))).scalar_one() > 0
    columns = list(CASE_COLUMNS) + (["score"] if scored else [])
    query = sa.select(*(cases.c[c] for c in columns)).order_by(cases.c.patient_id)

    def shape(frame: pd.DataFrame) -> pd.DataFrame:
        if scored:
            frame["score"] = frame["score"].map(lambda v: "" if pd.isna(v) else f"{v:.4f}")
        return frame.fillna("")

    return _stream(db_url, query, path, columns, shape, chunk_size)


def exam_table(resolved: pd.DataFrame) -> pd.DataFrame:
    """Resolved exam statements in the columns and spelling of exams.csv (ISO dates, ``true``/``false``)."""
    from .exams import EXAM_COLUMNS

    out = resolved[list(EXAM_COLUMNS)].reset_index(drop=True)
    out["date"] = pd.to_datetime(out["date"]).dt.strftime("%Y-%m-%d").fillna("")
    out["covers_sacrum"] = out["covers_sacrum"].map({True: "true", False: "false"})
    return out


def write_exams(db_url: str, path: str | Path, chunk_size: int = 10_000, pseudonymiser=None) -> tuple[Path, int]:
    """Stream the exam events to CSV or Parquet in the columns of exams.csv: one row per exam a note speaks of,
    its status resolved over the patient's later notes (a request later cancelled is ``not_performed``), sorted by
    patient, date and note. With a ``pseudonymise.Pseudonymiser`` the ids are pseudonyms and the evidence is
    masked (then the table is sorted by pseudonym in memory, like the mentions)."""
    from .exams import EXAM_COLUMNS, EXAM_FRAME_COLUMNS, exams_frame, resolve_exams
    from .state import engine_for, exams

    path = Path(path)
    query = sa.select(*(exams.c[c] for c in EXAM_FRAME_COLUMNS)).order_by(exams.c.patient_id, exams.c.note_id,
                                                                            exams.c.seq)
    tmp = path.with_name(path.name + ".tmp")
    count, writer, carry = 0, None, None
    hidden: list[pd.DataFrame] = []

    def flush(frame: pd.DataFrame) -> None:
        nonlocal count, writer
        if frame.empty:
            return
        out = exam_table(resolve_exams(frame))
        if pseudonymiser is not None:
            hidden.append(pseudonymiser.exams(out))
            return
        if path.suffix == ".parquet":
            table = pa.Table.from_pandas(out.reset_index(drop=True), preserve_index=False)
            writer = writer or pq.ParquetWriter(tmp, table.schema)
            writer.write_table(table)
        else:
            out.to_csv(tmp, mode="w" if count == 0 else "a", header=count == 0, index=False, lineterminator="\n")
        count += len(out)

    with engine_for(db_url).connect() as conn:
        for chunk in pd.read_sql(query, conn, chunksize=chunk_size):
            if chunk.empty:
                continue
            frame = exams_frame(chunk)
            if carry is not None:
                frame = pd.concat([carry, frame], ignore_index=True)
            last = frame["patient_id"].iat[-1]  # that patient may go on in the next chunk
            carry = frame[frame["patient_id"] == last]
            flush(frame[frame["patient_id"] != last])
        if carry is not None:
            flush(carry)
    if hidden:
        frame = pd.concat(hidden, ignore_index=True).sort_values(["patient_id", "date", "note_id"], kind="stable")
        return write_table(frame.reset_index(drop=True), path), len(frame)
    if count == 0:
        return write_table(pd.DataFrame(columns=list(EXAM_COLUMNS)), path), 0
    if writer is not None:
        writer.close()
    tmp.replace(path)
    return path, count


def _stream(db_url: str, query, path: Path, columns: list[str], shape, chunk_size: int) -> tuple[Path, int]:
    """Write a query's rows to CSV or Parquet chunk by chunk, through a temporary file renamed at the end."""
    from .state import engine_for

    tmp = path.with_name(path.name + ".tmp")
    count, writer = 0, None
    with engine_for(db_url).connect() as conn:
        for frame in pd.read_sql(query, conn, chunksize=chunk_size):
            frame = shape(frame)
            first = count == 0
            count += len(frame)
            if path.suffix == ".parquet":
                table = pa.Table.from_pandas(frame, preserve_index=False)
                writer = writer or pq.ParquetWriter(tmp, table.schema)
                writer.write_table(table)
            else:
                frame.to_csv(tmp, mode="w" if first else "a", header=first, index=False, lineterminator="\n")
    if count == 0:
        return write_table(pd.DataFrame(columns=columns), path), 0
    if writer is not None:
        writer.close()
    tmp.replace(path)
    return path, count

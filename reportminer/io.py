"""Read notes and patients as CONTRACT.md defines them; write the output tables.

Reading never drops a row silently: a row without an id, patient, date or text is returned as a
:class:`RowProblem` (file, row number, column, reason), and the caller reports it. Duplicate note ids raise
:class:`DuplicateNoteIds` before anything is written: two notes under one id mean the extract is wrong.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .frames import row_tuples

NOTE_COLUMNS = ("note_id", "patient_id", "note_date", "note_type", "exam", "text", "language", "unit")
REQUIRED_NOTE_COLUMNS = ("note_id", "patient_id", "note_date", "note_type", "text")
MENTION_COLUMNS = ("note_id", "patient_id", "note_date", "concept", "assertion", "start", "end", "text",
                   "section", "region", "unit")
CASE_COLUMNS = ("patient_id", "flagged", "priority", "reasons", "first_index_date", "workup", "sex", "age",
                "risk_factors", "evidence_note_ids", "evidence")
_FEMALE = {"f", "k", "female", "kvinna", "woman", "w", "kv"}
_MALE = {"m", "male", "man", "herre"}


class InputError(ValueError):
    """The input cannot be read at all (missing file, unknown format, missing required column)."""


class DuplicateNoteIds(InputError):
    """Two or more rows share a note id; the run stops before it writes."""


class EmptyInput(InputError):
    """The file holds nothing to read: 0 bytes, only blank lines, or a header without rows."""


def check_not_empty(path: Path) -> None:
    """Raise :class:`EmptyInput` when ``path`` has no bytes, or only whitespace.

    Parameters
    ----------
    path : Path
        An existing file.

    Raises
    ------
    EmptyInput
        Naming the file, so that the command line says which input is empty instead of a parser's traceback.
    """
    size = path.stat().st_size
    if size == 0:
        raise EmptyInput(f"{path}: the file is empty (0 bytes)")
    if size <= 65536 and not path.read_bytes().strip():  # a bigger file is not blank in practice
        raise EmptyInput(f"{path}: the file holds only blank lines")


def require_rows(count: int, source: str) -> None:
    """Raise :class:`EmptyInput` when a source that exists and has a header gave no rows at all."""
    if count == 0:
        raise EmptyInput(f"{source}: the file has no rows (a header only)")


@dataclass(frozen=True)
class RowProblem:
    file: str
    row: int  # CSV: the record's number + 1, as a spreadsheet shows it (header = 1); else the 1-based record
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: row {self.row}, column {self.column!r}: {self.reason}"


_SEPARATORS = (",", ";", "\t")
_KNOWN_HEADERS = {"note_id", "patient_id"}


def csv_separator(path: Path) -> str:
    """The CSV's field separator, read off its header: "," as CONTRACT.md says, or ";" (what a spreadsheet
    writes where the decimal mark is a comma, as in Sweden) or a tab, when the header splits into the contract's
    columns only that way."""
    with path.open("rb") as handle:
        header = handle.readline().decode("utf-8-sig", errors="replace")
    for separator in _SEPARATORS:
        if _KNOWN_HEADERS & {name.strip().strip('"').strip() for name in header.split(separator)}:
            return separator
    return ","


def not_utf8(path: Path, err: UnicodeDecodeError) -> InputError:
    """An error naming the first line of ``path`` that is not UTF-8 (a spreadsheet's export in Windows-1252 or
    Latin-1 is the usual cause) and how to convert it."""
    with path.open("rb") as handle:
        if handle.read(2) in (b"\xff\xfe", b"\xfe\xff"):  # a byte-order mark: Excel's "Unicode text"
            return InputError(f"{path}: the file is UTF-16, not UTF-8; CSV input must be UTF-8: convert the file, "
                              f"e.g. iconv -f UTF-16 -t UTF-8")
        handle.seek(0)
        for number, line in enumerate(handle, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as bad:
                byte = line[bad.start]
                return InputError(f"{path}: line {number} is not UTF-8 (byte 0x{byte:02x} at character "
                                  f"{bad.start + 1}); CSV input must be UTF-8: convert the file, e.g. "
                                  f"iconv -f WINDOWS-1252 -t UTF-8")
    return InputError(f"{path}: cannot be read: {err}")


def read_table(path: str | Path) -> pd.DataFrame:
    """Read CSV, JSON Lines or Parquet (by suffix) with every column as text, empty cells as ''."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: file not found")
    check_not_empty(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8", sep=csv_separator(path))
        elif suffix in (".jsonl", ".ndjson"):
            frame = read_jsonl(path)
        elif suffix == ".parquet":
            frame = pd.read_parquet(path)
        else:
            raise InputError(f"{path}: unknown format {suffix!r}; use .csv, .jsonl or .parquet")
    except UnicodeDecodeError as err:
        raise not_utf8(path, err) from err
    except (ValueError, OSError) as err:
        if isinstance(err, InputError):
            raise
        raise InputError(f"{path}: cannot be read: {err}") from err
    return _as_text(frame)


def read_jsonl(path: Path) -> pd.DataFrame:
    """JSON Lines as an object frame, so that an id 10 stays "10" even in a column with nulls."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise InputError(f"{path}: row {number}: not valid JSON: {err}") from err
    return pd.DataFrame(rows, dtype=object)


def parse_dates(values: pd.Series) -> pd.Series:
    """ISO 8601 dates or date-times; an offset ("+02:00", "Z") is dropped, keeping the local date and time."""
    local = values.astype(str).str.strip().str.replace(r"(?:Z|[+-]\d{2}:?\d{2})$", "", regex=True)
    return pd.to_datetime(local, errors="coerce", format="ISO8601")


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=frame.index)
    for col in frame.columns:
        values = frame[col]
        out[str(col).strip()] = values.where(values.notna(), "").astype(str).where(values.notna(), "")
    return out.reset_index(drop=True)


def _row_number(path: Path, i: int) -> int:
    return i + 2 if path.suffix.lower() == ".csv" else i + 1


def read_notes(path: str | Path) -> tuple[pd.DataFrame, list[RowProblem]]:
    """Notes with the CONTRACT columns, plus the rows that could not be used and why."""
    path = Path(path)
    frame = read_table(path)
    require_rows(len(frame), str(path))
    return validate_notes(frame, str(path), lambda i: _row_number(path, i))


def validate_notes(frame: pd.DataFrame, source: str, row_number=lambda i: i + 1, check_duplicates: bool = True
                   ) -> tuple[pd.DataFrame, list[RowProblem]]:
    """Check a notes table: required columns, then each row; duplicates raise (unless checked elsewhere)."""
    missing = [c for c in REQUIRED_NOTE_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"{source}: missing required column(s) {missing}; found {list(frame.columns)}")
    frame = frame.copy()
    for col in NOTE_COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    frame["row"] = [row_number(i) for i in range(len(frame))]
    for col in ("note_id", "patient_id", "note_type", "language", "unit", "exam"):
        frame[col] = frame[col].str.strip()
    frame["language"] = frame["language"].str.lower()
    if check_duplicates:
        _raise_on_duplicates(frame, source)
    problems: list[RowProblem] = []
    dates = parse_dates(frame["note_date"])
    keep = []
    for row, date in zip(row_tuples(frame), dates.tolist()):
        reason = _row_problem(row, date)
        if reason:
            problems.append(RowProblem(source, row.row, *reason))
        keep.append(reason is None)
    frame["note_date"] = dates
    return frame[keep].reset_index(drop=True), problems


def _row_problem(row, date) -> tuple[str, str] | None:
    if not row.note_id:
        return "note_id", "empty note id"
    if not row.patient_id:
        return "patient_id", f"note {row.note_id}: empty patient id"
    if pd.isna(date):
        return "note_date", f"note {row.note_id}: date {row.note_date!r} is not an ISO 8601 date"
    if not row.text.strip():
        return "text", f"note {row.note_id}: empty text"
    if row.language not in ("", "sv", "en"):
        return "language", f"note {row.note_id}: language {row.language!r} is not 'sv', 'en' or empty"
    return None


def _raise_on_duplicates(frame: pd.DataFrame, source: str) -> None:
    ids = frame["note_id"]
    dup = ids[(ids != "") & ids.duplicated(keep=False)]
    if dup.empty:
        return
    rows = frame.loc[dup.index, ["note_id", "row"]].groupby("note_id")["row"].apply(list)
    listing = "; ".join(f"{nid} (rows {', '.join(map(str, r))})" for nid, r in rows.items())
    raise DuplicateNoteIds(f"{source}: {len(rows)} duplicate note id(s), nothing written: {listing}")


def read_patients(path: str | Path, as_of: pd.Timestamp | None = None) -> tuple[pd.DataFrame, list[RowProblem]]:
    """Patients as ``patient_id, sex (F/M/''), birth_date (Timestamp or NaT), age (float or NaN)``."""
    path = Path(path)
    frame = read_table(path)
    require_rows(len(frame), str(path))
    if "patient_id" not in frame.columns:
        raise InputError(f"{path}: missing required column ['patient_id']; found {list(frame.columns)}")
    problems: list[RowProblem] = []
    out = pd.DataFrame({"patient_id": frame["patient_id"].str.strip()})
    sex = frame["sex"] if "sex" in frame.columns else pd.Series([""] * len(frame))
    out["sex"] = [normalize_sex(s) for s in sex]
    for i, (raw, norm) in enumerate(zip(sex, out["sex"])):
        if raw.strip() and not norm:
            problems.append(RowProblem(str(path), _row_number(path, i), "sex", f"unknown sex {raw!r}, left empty"))
    births = frame["birth_date"] if "birth_date" in frame.columns else pd.Series([""] * len(frame))
    out["birth_date"] = parse_dates(births)
    for i, (raw, parsed) in enumerate(zip(births, out["birth_date"])):
        if raw.strip() and pd.isna(parsed):
            problems.append(RowProblem(str(path), _row_number(path, i), "birth_date", f"unparseable date {raw!r}"))
    ages = frame["age"] if "age" in frame.columns else pd.Series([""] * len(frame))
    out["age"] = pd.to_numeric(ages.str.strip(), errors="coerce")
    for i, (raw, parsed) in enumerate(zip(ages, out["age"])):
        if raw.strip() and pd.isna(parsed):
            problems.append(RowProblem(str(path), _row_number(path, i), "age", f"age {raw!r} is not a number"))
    bad_id = out["patient_id"] == ""
    for i in out.index[bad_id]:
        problems.append(RowProblem(str(path), _row_number(path, i), "patient_id", "empty patient id, row skipped"))
    return out[~bad_id].drop_duplicates("patient_id", keep="first").reset_index(drop=True), problems


def normalize_sex(value: str) -> str:
    v = str(value).strip().lower()
    if v in _FEMALE:
        return "F"
    if v in _MALE:
        return "M"
    return ""


def write_table(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write CSV or Parquet by suffix, via a temporary file so a crash never leaves half a table."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    if path.suffix == ".parquet":
        frame.to_parquet(tmp, index=False)
    else:
        frame.to_csv(tmp, index=False, lineterminator="\n")
    tmp.replace(path)
    return path

"""The scan on a Dask cluster: the same results as :func:`reportminer.pipeline.scan`, on as many machines as needed.

The work is the local engine's, split in two halves that each run on pandas DataFrames:

1. **Per note** (:func:`analyse_partition`): validation, language → sections → concepts → context → mentions,
   and the facts of each note (:func:`reportminer.pipeline.analyse_notes`), as ``map_partitions`` over the
   notes. Every partition is independent.
2. **Per patient** (:func:`cases_partition`): timelines and flags (:func:`reportminer.timeline.build_timelines`,
   :func:`reportminer.flags.flag_patients`), after a shuffle by patient that brings every note, every mention
   and the patients-table row of a patient into the same partition.

Both halves exchange one table, the *analysed rows* (:data:`ANALYSED_DTYPES`): a long table in which the column
``_kind`` says what a row is (``note``, ``mention``, ``patient``, ``problem`` or ``later``, a note dated after
``as_of``). Shuffling that one table aligns a patient's notes, mentions and demographics by construction.

The two partition functions are plain functions of pandas DataFrames, with no Dask in them, so the same
functions serve Spark's ``mapInPandas`` (:func:`analyse_batches`, :func:`cases_from_batches`, and the Spark
schemas :data:`ANALYSED_SPARK_SCHEMA`, :data:`CASES_SPARK_SCHEMA`; dates are ``timestamp_ntz``, Spark 3.4 or
later). Our tests emulate ``mapInPandas``'s batches with pandas; they do not start Spark.

Dask is an optional extra (``pip install reportminer[dask]``): this module imports it only when a scan runs.
"""
from __future__ import annotations

import logging
import math
import os
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from .config import DEFAULT, Settings
from .exams import EXAM_FRAME_COLUMNS, exams_frame, resolve_exams
from .flags import flag_patients
from .io import (CASE_COLUMNS, MENTION_COLUMNS, REQUIRED_NOTE_COLUMNS, InputError, RowProblem, _as_text,
                 _raise_on_duplicates, parse_dates, read_table, validate_notes)
from .nightly import NightlyRun
from .pipeline import analyse_notes
from .timeline import build_timelines

# The date dtype the local engine's parse_dates gives on this pandas (datetime64[us] on pandas 3).
_DATE = str(parse_dates(pd.Series(["2024-01-01"])).dtype)
_STR = str(pd.Series([""]).astype(str).dtype)  # "str" on pandas 3, "object" on pandas 2

ANALYSED_DTYPES: dict[str, str] = {
    "_kind": _STR,
    # every kind
    "note_id": _STR, "patient_id": _STR, "row": "int64", "_bucket": "int64",
    # notes and mentions
    "note_date": _DATE, "unit": _STR,
    # notes: the validated note (without its text) and the facts read from it
    "note_type": _STR, "exam": _STR, "language": _STR, "text_age": "int64", "text_sex": _STR,
    # mentions (seq: the order of the mention within its note, as the local engine found them)
    "concept": _STR, "assertion": _STR, "start": "int64", "end": "int64", "text": _STR, "section": _STR,
    "region": _STR, "sentence": _STR, "exam_date": _DATE, "seq": "int64",
    # exam statements (also note_date, region, seq)
    "date": _DATE, "modality": _STR, "status": _STR, "reason": _STR, "requested": "bool", "covers_sacrum": "bool",
    "evidence": _STR, "corrects": "bool",
    # patients
    "sex": _STR, "birth_date": _DATE, "age": "float64",
    # problems (rows skipped by validation)
    "file": _STR, "column": _STR, "reason": _STR,
}
NOTE_FIELDS = ("note_id", "patient_id", "note_date", "note_type", "exam", "unit", "row", "language", "text_age",
               "text_sex")
EXAM_FIELDS = (*EXAM_FRAME_COLUMNS, "row")
MENTION_FIELDS = (*MENTION_COLUMNS, "sentence", "exam_date", "row", "seq")
PATIENT_FIELDS = ("patient_id", "sex", "birth_date", "age")
PROBLEM_FIELDS = ("file", "row", "column", "reason")
_FILL = {"int64": 0, "bool": False, "float64": math.nan, _DATE: pd.NaT}
_BUCKETS = 1 << 20  # patients are hashed into this many buckets; the shuffle spreads buckets over partitions

_SPARK_TYPES = {_STR: "string", "int64": "bigint", "bool": "boolean", "float64": "double", _DATE: "timestamp_ntz"}
ANALYSED_SPARK_SCHEMA = ", ".join(f"`{c}` {_SPARK_TYPES[t]}" for c, t in ANALYSED_DTYPES.items())
CASES_SPARK_SCHEMA = ", ".join(f"`{c}` string" for c in CASE_COLUMNS)


@dataclass
class DaskScanResult:
    mentions: pd.DataFrame  # MENTION_COLUMNS, sorted by note_id, start, end, concept
    cases: pd.DataFrame  # CASE_COLUMNS, sorted by patient_id
    exams: pd.DataFrame  # exam statements (EXAM_FRAME_COLUMNS), resolved per patient (exams.resolve_exams)
    problems: list[RowProblem] = field(default_factory=list)
    notes_read: int = 0  # valid notes, those dated after as_of included (as the local CLI counts them)
    skipped_after_as_of: int = 0


# --- the analysed-rows table -------------------------------------------------------------------------------
def empty_analysed() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in ANALYSED_DTYPES.items()})


def empty_cases() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=_STR) for c in CASE_COLUMNS})


def _bucket(patient_id: str) -> int:
    """A patient's bucket: the same on every machine and in every process (unlike Python's hash)."""
    return zlib.crc32(patient_id.encode("utf-8")) % _BUCKETS


def _rows(frame: pd.DataFrame, kind: str) -> pd.DataFrame:
    """``frame``'s rows as analysed rows of one kind: its columns cast, the others filled."""
    n = len(frame)
    frame = frame.reset_index(drop=True)
    data = {}
    for col, dtype in ANALYSED_DTYPES.items():
        if col == "_kind":
            data[col] = pd.Series([kind] * n, dtype=dtype)
        elif col == "_bucket":
            ids = frame["patient_id"] if "patient_id" in frame.columns else [""] * n
            data[col] = pd.Series([_bucket(str(p)) for p in ids], dtype=dtype)
        elif col in frame.columns:
            data[col] = frame[col].astype(dtype)
        else:
            data[col] = pd.Series([_FILL.get(dtype, "")] * n, dtype=dtype)
    return pd.DataFrame(data)


def _cast(frame: pd.DataFrame) -> pd.DataFrame:
    """Analysed rows with the dtypes of :data:`ANALYSED_DTYPES` (a shuffle through Arrow may change them)."""
    return frame.reset_index(drop=True).astype(ANALYSED_DTYPES)


def _select(frame: pd.DataFrame, kind: str, columns: Iterable[str]) -> pd.DataFrame:
    return frame.loc[frame["_kind"] == kind, list(columns)].reset_index(drop=True)


def patient_rows(patients: pd.DataFrame | None) -> pd.DataFrame:
    """The patients table of :func:`reportminer.io.read_patients` as analysed rows (to shuffle with the notes)."""
    if patients is None or not len(patients):
        return empty_analysed()
    return _rows(patients[list(PATIENT_FIELDS)], "patient")


# --- the two halves: plain functions of pandas DataFrames (Dask's map_partitions, Spark's mapInPandas) ------
def analyse_partition(notes: pd.DataFrame, source: str = "notes", first_row: int = 1, as_of=None,
                      lexicon_dir: str | None = None) -> pd.DataFrame:
    """The per-note half for one partition of raw notes: analysed rows of kind note, mention, problem, later.

    ``notes`` holds the input's columns as read (any dtypes; missing values become ''); ``first_row`` is the
    row number of its first record as the local engine counts rows (CSV: record + 2, the header being row 1;
    other formats: record + 1), so that skipped rows are reported where they are. Duplicate note ids must have
    been refused before (the check needs all partitions). A plain function of a pandas DataFrame: it serves
    Dask's ``map_partitions`` and Spark's ``mapInPandas`` alike.
    """
    frame = _as_text(notes)
    if not len(frame):
        return empty_analysed()
    valid, problems = validate_notes(frame, source, lambda i: first_row + i, check_duplicates=False)
    out = []
    if problems:
        out.append(_rows(pd.DataFrame([vars(p) for p in problems], columns=list(PROBLEM_FIELDS)), "problem"))
    if as_of is not None and len(valid):
        later = valid["note_date"].dt.normalize() > pd.Timestamp(as_of).normalize()  # the whole day counts
        out.append(_rows(valid.loc[later, ["note_id", "patient_id", "row"]], "later"))
        valid = valid[~later].reset_index(drop=True)
    if len(valid):
        mentions, facts, stated = analyse_notes(valid, lexicon_dir)
        notes_facts = valid.drop(columns=["language", "text"]).merge(facts, on="note_id", how="left")
        out.append(_rows(notes_facts, "note"))
        if len(stated):
            out.append(_rows(stated.assign(row=stated["note_id"].map(dict(zip(valid["note_id"], valid["row"])))),
                             "exam"))
        if len(mentions):
            rows = dict(zip(valid["note_id"], valid["row"]))
            mentions = mentions.assign(row=mentions["note_id"].map(rows),
                                       seq=mentions.groupby("note_id", sort=False).cumcount())
            out.append(_rows(mentions, "mention"))
    return pd.concat(out, ignore_index=True) if out else empty_analysed()


def patient_cases(notes: pd.DataFrame, mentions: pd.DataFrame, patients: pd.DataFrame | None = None,
                  settings: Settings = DEFAULT, exams: pd.DataFrame | None = None) -> pd.DataFrame:
    """The per-patient half: cases (CASE_COLUMNS) of the patients whose notes and mentions are given.

    ``notes`` and ``mentions`` must hold every note and mention of each of their patients (a shuffle by
    patient guarantees it). The rules order events by date, note and sentence themselves; giving the rows in
    the local engine's order as well (notes by input row, mentions by their note's row and then as found,
    ``seq``) keeps even the ties as the local engine has them.
    """
    if not len(notes):
        return empty_cases()
    timelines = build_timelines(notes, mentions, patients if patients is not None and len(patients) else None,
                                exams, settings)
    return flag_patients(timelines, settings).astype(_STR)


def cases_partition(rows: pd.DataFrame, settings: Settings = DEFAULT) -> pd.DataFrame:
    """The per-patient half for one partition of analysed rows shuffled by patient: their cases.

    A plain function of a pandas DataFrame: it serves Dask's ``map_partitions`` after ``shuffle`` and
    Spark's ``mapInPandas`` after ``repartition("patient_id")`` alike.
    """
    rows = _cast(rows)
    notes = _select(rows, "note", NOTE_FIELDS).sort_values("row", kind="stable").reset_index(drop=True)
    mentions = _select(rows, "mention", MENTION_FIELDS).sort_values(["row", "seq"], kind="stable")
    patients = _select(rows, "patient", PATIENT_FIELDS)
    exams = _exam_rows(rows)
    return patient_cases(notes, mentions.reset_index(drop=True), patients, settings, exams)


def _exam_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """The exam statements among analysed rows, in the local engine's order (input row, then as found)."""
    stated = _select(rows, "exam", EXAM_FIELDS).sort_values(["row", "seq"], kind="stable")
    return exams_frame(stated[list(EXAM_FRAME_COLUMNS)].to_dict("records"))


def analyse_batches(batches: Iterable[pd.DataFrame], source: str = "notes", as_of=None,
                    lexicon_dir: str | None = None) -> Iterator[pd.DataFrame]:
    """For Spark's ``mapInPandas``: :func:`analyse_partition` on each batch (row numbers count per batch)."""
    for batch in batches:
        yield analyse_partition(batch, source, 1, as_of, lexicon_dir)


def cases_from_batches(batches: Iterable[pd.DataFrame], settings: Settings = DEFAULT) -> Iterator[pd.DataFrame]:
    """For Spark's ``mapInPandas`` after ``repartition("patient_id")``: all batches of a partition, one result."""
    frames = list(batches)
    yield cases_partition(pd.concat(frames, ignore_index=True) if frames else empty_analysed(), settings)


# --- the Dask driver ---------------------------------------------------------------------------------------
def scan_dask(path, patients: pd.DataFrame | None = None, scheduler=None, as_of=None, lexicon_dir: str | None = None,
              npartitions: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame, list[RowProblem]]:
    """Scan the notes at ``path`` on Dask: (mentions, cases, row problems), equal to the local engine's.

    ``path`` is a CSV, JSON Lines or Parquet file (by suffix; a folder is read as a Parquet dataset; URLs such
    as ``s3://...`` work for CSV and Parquet when the workers can read them). ``scheduler`` is the address of a
    running ``dask.distributed`` scheduler (``tcp://host:8786``), a ``distributed.Client``, one of Dask's
    local schedulers (``"threads"``, ``"synchronous"``), or None: the current distributed client if there is
    one, else a local cluster of one single-threaded worker process per core, started for this scan.
    ``npartitions`` is the number of partitions of the per-note and of the per-patient work.

    Raises :class:`reportminer.io.InputError` for an unreadable input or a missing column, and
    :class:`reportminer.io.DuplicateNoteIds` (listing every duplicated id with its rows) before any analysis.
    """
    result = scan_dask_result(path, patients, scheduler, as_of, lexicon_dir, npartitions)
    return result.mentions, result.cases, result.problems


def scan_dask_result(path, patients: pd.DataFrame | None = None, scheduler=None, as_of=None,
                     lexicon_dir: str | None = None, npartitions: int | None = None,
                     settings: Settings = DEFAULT) -> DaskScanResult:
    """:func:`scan_dask` with the counts the command line reports (notes read, notes after ``as_of``)."""
    import dask

    if lexicon_dir and Path(lexicon_dir).is_dir():
        lexicon_dir = str(Path(lexicon_dir).resolve())  # the workers' working directory may be another
    with _scheduler(scheduler) as (sched, threads), dask.config.set(
            {"dataframe.shuffle.method": "p2p" if _is_distributed(sched) else "tasks"}):
        notes, first_row = read_notes_dask(path, npartitions or None)
        if npartitions is None and notes.npartitions == 1:
            notes = notes.repartition(npartitions=max(1, threads))
        source = str(path)

        # 1. Refuse duplicate ids before anything else; learn each partition's length for the row numbers.
        ids = notes["note_id"].str.strip()
        counts = ids[ids != ""].value_counts()
        try:
            duplicated, lengths = dask.compute(counts[counts > 1], notes.map_partitions(len), scheduler=sched)
        except InputError:
            raise
        except (ValueError, UnicodeDecodeError, OSError) as err:
            raise InputError(f"{source}: cannot be read: {err}") from err
        offsets = [first_row + int(n) for n in pd.Series(lengths).cumsum().shift(fill_value=0)]
        if len(duplicated):
            _refuse_duplicates(notes, set(duplicated.index), offsets, source, sched)

        # 2. The per-note work, partition by partition.
        analysed = notes.map_partitions(_analyse_numbered, offsets, source, as_of, lexicon_dir,
                                        meta=empty_analysed(), enforce_metadata=False)

        # 3. The per-patient work: notes, mentions and patients shuffled by patient into aligned partitions.
        import dask.dataframe as dd

        by_patient = analysed[analysed["_kind"].isin(["note", "mention", "exam"])]
        if patients is not None and len(patients):
            by_patient = dd.concat([by_patient, dd.from_pandas(patient_rows(patients), npartitions=1, sort=False)
                                    .map_partitions(_cast, meta=empty_analysed())])
        shuffled = by_patient.shuffle(on="_bucket", npartitions=npartitions or max(1, notes.npartitions))
        cases = shuffled.map_partitions(cases_partition, settings, meta=empty_cases(), enforce_metadata=False)

        mentions = analysed.loc[analysed["_kind"] == "mention", [*MENTION_COLUMNS, "seq"]]
        stated = analysed[analysed["_kind"] == "exam"]
        problems = analysed.loc[analysed["_kind"] == "problem", list(PROBLEM_FIELDS)]
        kinds = analysed["_kind"].value_counts(split_out=1)
        mentions, cases, stated, problems, kinds = dask.compute(mentions, cases, stated, problems, kinds,
                                                                scheduler=sched)

    mentions = (mentions.sort_values(["note_id", "start", "end", "concept", "seq"], kind="stable")
                .drop(columns="seq").reset_index(drop=True)
                .astype({c: ANALYSED_DTYPES[c] for c in MENTION_COLUMNS}))
    cases = cases.sort_values("patient_id", kind="stable").reset_index(drop=True)[list(CASE_COLUMNS)].astype(_STR)
    problem_list = [RowProblem(r.file, int(r.row), r.column, r.reason)
                    for r in problems.sort_values("row", kind="stable").itertuples(index=False)]
    later = int(kinds.get("later", 0))
    exams = resolve_exams(_exam_rows(stated))
    return DaskScanResult(mentions, cases, exams, problem_list, int(kinds.get("note", 0)) + later, later)


def read_notes_dask(path, npartitions: int | None = None):
    """The notes at ``path`` as a Dask DataFrame with every column as text; and the row number of record 0.

    Parquet is read in parallel by the workers (by file and row group). CSV is read by a worker as one
    partition per file (notes hold line breaks inside quoted fields, which Dask's byte-range splitting of
    CSV would cut), JSON Lines by this process (with the local engine's reader, which keeps ids as text);
    both are then split into ``npartitions``. For very large inputs prefer Parquet.
    """
    import dask.dataframe as dd

    text = str(path)
    remote = "://" in text
    local = Path(text)
    if not remote and not local.exists():
        raise InputError(f"{path}: file not found")
    suffix = Path(text.rstrip("/")).suffix.lower()
    try:
        if suffix == ".parquet" or (not remote and local.is_dir()):
            raw, first_row = dd.read_parquet(text), 1
        elif suffix == ".csv":
            raw = dd.read_csv(text, dtype=str, keep_default_na=False, encoding="utf-8", blocksize=None)
            first_row = 2
        elif suffix in (".jsonl", ".ndjson") and not remote:
            raw, first_row = dd.from_pandas(read_table(local), npartitions=1, sort=False), 1
        else:
            raise InputError(f"{path}: unknown format {suffix!r}; use .csv, .jsonl or .parquet")
    except InputError:
        raise
    except (ValueError, UnicodeDecodeError, OSError) as err:
        raise InputError(f"{path}: cannot be read: {err}") from err
    columns = [str(c).strip() for c in raw.columns]
    missing = [c for c in REQUIRED_NOTE_COLUMNS if c not in columns]
    if missing:
        raise InputError(f"{path}: missing required column(s) {missing}; found {columns}")
    notes = raw.map_partitions(_as_text, meta=pd.DataFrame({c: pd.Series([], dtype=_STR) for c in columns}),
                               enforce_metadata=False)
    if npartitions and npartitions != notes.npartitions:
        notes = notes.repartition(npartitions=npartitions)
    return notes, first_row


def _analyse_numbered(notes: pd.DataFrame, offsets: list[int], source: str, as_of, lexicon_dir,
                      partition_info=None) -> pd.DataFrame:
    number = partition_info["number"] if partition_info else 0
    return analyse_partition(notes, source, offsets[number], as_of, lexicon_dir)


def _duplicate_rows(notes: pd.DataFrame, duplicated: set, offsets: list[int], partition_info=None) -> pd.DataFrame:
    first_row = offsets[partition_info["number"] if partition_info else 0]
    ids = notes["note_id"].astype(str).str.strip().reset_index(drop=True)
    hit = ids.isin(duplicated)
    return pd.DataFrame({"note_id": ids[hit], "row": (hit[hit].index + first_row).astype("int64")})


def _refuse_duplicates(notes, duplicated: set, offsets: list[int], source: str, sched) -> None:
    """Raise DuplicateNoteIds with every duplicated id and its rows, as the local engine words it."""
    meta = pd.DataFrame({"note_id": pd.Series([], dtype=_STR), "row": pd.Series([], dtype="int64")})
    rows = notes.map_partitions(_duplicate_rows, duplicated, offsets, meta=meta, enforce_metadata=False)
    frame = rows.compute(scheduler=sched).sort_values("row").reset_index(drop=True)
    _raise_on_duplicates(frame, source)
    raise AssertionError("duplicates found by Dask but not by the listing")  # pragma: no cover


def _is_distributed(sched) -> bool:
    return not isinstance(sched, str)


@contextmanager
def _scheduler(scheduler):
    """(what dask.compute takes as ``scheduler``, the number of worker threads) for the run."""
    if isinstance(scheduler, str) and scheduler in ("threads", "threading", "synchronous", "sync", "processes"):
        yield scheduler, os.cpu_count() or 1
        return
    from distributed import Client, LocalCluster

    if scheduler is None:
        from distributed import default_client

        try:
            client = default_client()
        except ValueError:  # no client in this process: a local cluster for this scan
            client = None
        if client is not None:
            yield client, _threads(client)
            return
        logging.getLogger("distributed.shuffle").setLevel(logging.ERROR)  # no per-shuffle chatter on stderr
        with LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client, _threads(client)
    elif isinstance(scheduler, str):
        with Client(scheduler) as client:
            yield client, _threads(client)
    else:  # a distributed.Client
        yield scheduler, _threads(scheduler)


def _threads(client) -> int:
    return max(1, sum(client.nthreads().values()))


# --- the nightly job's per-note work on Dask ----------------------------------------------------------------
class DaskExecutor:
    """The executor interface of :class:`reportminer.nightly.NightlyRun` (``map``), on Dask workers."""

    def __init__(self, scheduler=None):
        self._context = _scheduler(scheduler)
        self.client = None
        self.threads = 1

    def __enter__(self):
        self.client, self.threads = self._context.__enter__()
        if isinstance(self.client, str):
            self._context.__exit__(None, None, None)
            raise ValueError("the nightly job on Dask needs a distributed scheduler (an address or None)")
        return self

    def __exit__(self, *exc):
        return self._context.__exit__(*exc)

    def map(self, fn, *iterables):
        return self.client.gather(self.client.map(fn, *iterables, pure=False))


class DaskNightlyRun(NightlyRun):
    """The nightly job with each chunk's per-note analysis spread over a Dask cluster's workers.

    Reading, the duplicate check, the state database and the per-patient case updates stay in this process
    (the database is the single writer that makes the run incremental and crash-safe); each chunk is split
    into one part per worker thread.
    """

    def __init__(self, *args, scheduler=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.scheduler = scheduler

    def run(self):
        with DaskExecutor(self.scheduler) as executor:
            self._dask = executor
            self.workers = executor.threads
            return super().run()

    def _executor(self):
        return _Borrowed(self._dask)


class _Borrowed:
    """An executor already open, lent for one ``with`` block without being closed by it."""

    def __init__(self, executor):
        self.executor = executor

    def __enter__(self):
        return self.executor

    def __exit__(self, *exc):
        return False

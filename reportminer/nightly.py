"""The nightly job: incremental, idempotent, crash-safe, one run at a time, memory bounded by the chunk size.

A run (1) takes the lock, (2) refuses input with duplicate note ids before it writes anything, (3) reads the
source in chunks and, for each, analyses only notes that are new, whose content changed, or that an older
pipeline or lexicon version processed, committing their mentions, their note rows and their patients'
"dirty" markers in one transaction, (4) recomputes the cases of dirty patients in batches, each batch in one
transaction that also clears its markers, and (5) records the run. A run killed at any moment leaves every
committed chunk whole; the next run skips what is done and finishes the rest, so the result equals that of an
uninterrupted run. Logs and messages hold ids and counts, never note text.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
from collections import deque
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable

import pandas as pd
import sqlalchemy as sa

from . import __version__
from .concepts import cached_lexicon
from .config import DEFAULT, Settings
from .decisions import decisions_seen, latest_decisions, record_decision  # noqa: F401  (record_decision: old home)
from .exams import EXAM_FRAME_COLUMNS
from .flags import flag_patient
from .frames import row_tuples
from .io import RowProblem
from .lexicon import LANGUAGES
from .nlp import get_pipeline
from .pipeline import analyse_notes
from .sources import FileSource, SqlSource, find_duplicate_ids
from .state import (cases, dirty_patients, engine_for, exams, insert_rows, mentions, notes, patients, read_exam_frame,
                    run_lock, runs, upgrade)
from .timeline import NOTE_FACT_COLUMNS, stored_timelines

log = logging.getLogger("reportminer.nightly")

HASHED_COLUMNS = ("patient_id", "note_date", "note_type", "exam", "language", "unit", "text")
CASE_BATCH = 500
IN_FLIGHT = 2  # chunks being analysed while this process commits the one before


class LockHeld(RuntimeError):
    """Another run holds the lock."""


@dataclass
class RunSummary:
    run_id: int = 0
    notes_read: int = 0
    notes_new: int = 0
    notes_changed: int = 0
    notes_reprocessed: int = 0
    notes_unchanged: int = 0
    rows_skipped: int = 0
    after_as_of: int = 0
    cases_updated: int = 0
    cases_flagged: int = 0
    new_flags: int = 0
    seconds: float = 0.0
    problems: list[RowProblem] = field(default_factory=list)

    def line(self) -> str:
        return (f"reportminer nightly: run {self.run_id}: {self.notes_read} notes read, {self.notes_new} new, "
                f"{self.notes_changed} changed, {self.notes_reprocessed} reprocessed for a new version, "
                f"{self.notes_unchanged} unchanged, {self.rows_skipped} rows skipped (bad input), "
                f"{self.after_as_of} after --as-of; {self.cases_updated} cases updated, {self.cases_flagged} flagged, "
                f"{self.new_flags} new flags; {self.seconds:.1f} s")


def pipeline_version(lexicon_dir: str | None = None) -> str:
    """Code and lexicon version: a note processed under another one is processed again."""
    # The lexicons alone: with worker processes this process never analyses a note, so it builds no pipeline.
    lexicons = "+".join(f"{lang}:{cached_lexicon(lang, lexicon_dir).version}" for lang in LANGUAGES)
    return f"{__version__}+{lexicons}"


def content_hash(row) -> str:
    digest = hashlib.sha256()
    for col in HASHED_COLUMNS:
        value = getattr(row, col)
        digest.update((value.isoformat() if isinstance(value, (pd.Timestamp, datetime)) else str(value)).encode())
        digest.update(b"\x1f")
    return digest.hexdigest()


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class NightlyRun:
    """One run of the nightly job against one state database."""

    def __init__(self, db_url: str, source: FileSource | SqlSource, patients_frame: pd.DataFrame | None = None,
                 workers: int = 1, as_of=None, lexicon_dir: str | None = None, settings: Settings = DEFAULT,
                 stale_after: timedelta = timedelta(minutes=30), progress: Callable[[int], None] | None = None,
                 model_path: str | None = None, rules=None, inputs: list[dict] | None = None):
        self.db_url = db_url
        self.source = source
        self.patients_frame = patients_frame
        self.workers = max(1, workers)
        self.as_of = pd.Timestamp(as_of) if as_of is not None else None
        self.lexicon_dir = lexicon_dir
        from .rules import Rules, bundled_rules_text

        # the site rules (rules.py): a Rules object, or the settings alone (then their text is not known)
        self.rules = rules or Rules(settings, "bundled" if settings == DEFAULT else "settings",
                                    bundled_rules_text() if settings == DEFAULT else "")
        self.settings = self.rules.settings
        self.inputs = inputs or []
        self.stale_after = stale_after
        self.progress = progress or (lambda n: None)
        self.version = pipeline_version(lexicon_dir)
        self.summary = RunSummary()
        self.holder = f"{socket.gethostname()}:{os.getpid()}"
        self.model_path = model_path
        self.model = None

    # --- the run -------------------------------------------------------------------------------------------
    def run(self) -> RunSummary:
        started = datetime.now()
        upgrade(self.db_url)
        self.engine = engine_for(self.db_url)
        self.summary.run_id = self._start_run()
        self.model = _load_ranker(self.model_path)
        try:
            self._acquire_lock()
            self._reflag_on_new_rules()
            find_duplicate_ids(self.source)
            if self.patients_frame is not None:
                self._store_patients()
            with self._executor() as pool:
                self._process_chunks(pool)
                self._update_cases(pool)
            self.summary.seconds = (datetime.now() - started).total_seconds()
            self._finish_run("ok")
        except BaseException as err:
            self._finish_run("failed", f"{err.__class__.__name__}: {err}")
            raise
        finally:
            self._release_lock()
        return self.summary

    def _executor(self):
        if self.workers == 1:
            return _InlineExecutor()
        return ProcessPoolExecutor(self.workers, initializer=_warm_up, initargs=(self.lexicon_dir,))

    # --- lock and run rows ------------------------------------------------------------------------------------
    def _start_run(self) -> int:
        from .provenance import run_record

        lexicons = {lang: cached_lexicon(lang, self.lexicon_dir).version for lang in LANGUAGES}
        self.provenance = run_record(self.version, lexicons, self.rules, self.inputs)
        started = _now()
        self.provenance["started_at"] = started.isoformat()
        with self.engine.begin() as conn:
            result = conn.execute(runs.insert().values(started_at=started, status="running",
                                                       pipeline_version=self.version, message="",
                                                       rules_hash=self.rules.hash,
                                                       provenance=json.dumps(self.provenance, sort_keys=True)))
            return int(result.inserted_primary_key[0])

    def _reflag_on_new_rules(self) -> None:
        """Other rules than the last successful run's: every patient's case is computed again (the mentions
        do not depend on the rules, so no note is analysed again)."""
        from .rules import rules_hash

        with self.engine.begin() as conn:
            last = conn.execute(sa.select(runs.c.rules_hash).where(runs.c.status == "ok")
                                .order_by(runs.c.run_id.desc()).limit(1)).scalar()
            if last is None or (last or rules_hash(DEFAULT)) == self.rules.hash:
                return  # a first run, or the same rules (a run before rules were recorded used the defaults)
            waiting = sa.select(dirty_patients.c.patient_id).where(dirty_patients.c.patient_id == notes.c.patient_id)
            conn.execute(dirty_patients.insert().from_select(
                ["patient_id"], sa.select(notes.c.patient_id).where(~waiting.exists()).distinct()))
        log.info("site rules changed (%s): every case is evaluated again", self.rules.hash[:12])

    def _acquire_lock(self) -> None:
        stale = _now() - self.stale_after
        with self.engine.begin() as conn:
            taken = conn.execute(
                run_lock.update()
                .where(run_lock.c.id == 1)
                .where(sa.or_(run_lock.c.holder.is_(None), run_lock.c.heartbeat < stale,
                              run_lock.c.holder == self.holder))
                .values(run_id=self.summary.run_id, holder=self.holder, heartbeat=_now())).rowcount
            if taken:
                return
            row = conn.execute(sa.select(run_lock)).one()
        if _holder_is_dead(row.holder):
            with self.engine.begin() as conn:
                taken = conn.execute(run_lock.update().where(run_lock.c.holder == row.holder)
                                     .values(run_id=self.summary.run_id, holder=self.holder, heartbeat=_now())).rowcount
            if taken:
                log.warning("took over the lock of run %s (%s), whose process is gone", row.run_id, row.holder)
                return
        raise LockHeld(f"run {row.run_id} ({row.holder}) holds the lock since its last heartbeat at "
                       f"{row.heartbeat:%Y-%m-%d %H:%M:%S}; it is considered stale after "
                       f"{int(self.stale_after.total_seconds() // 60)} minutes without one")

    def _heartbeat(self, conn) -> None:
        conn.execute(run_lock.update().where(run_lock.c.holder == self.holder).values(heartbeat=_now()))

    def _release_lock(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(run_lock.update().where(run_lock.c.holder == self.holder)
                         .values(run_id=None, holder=None, heartbeat=None))

    def _finish_run(self, status: str, message: str = "") -> None:
        s = self.summary
        ended = _now()
        self.provenance.update(run_id=s.run_id, ended_at=ended.isoformat(), status=status, counts={
            "notes_read": s.notes_read, "notes_new": s.notes_new, "notes_changed": s.notes_changed,
            "notes_reprocessed": s.notes_reprocessed, "notes_unchanged": s.notes_unchanged,
            "rows_skipped": s.rows_skipped, "after_as_of": s.after_as_of, "cases_updated": s.cases_updated,
            "cases_flagged": s.cases_flagged, "new_flags": s.new_flags})
        with self.engine.begin() as conn:
            conn.execute(runs.update().where(runs.c.run_id == s.run_id).values(
                ended_at=ended, status=status, message=message[:2000], notes_read=s.notes_read,
                notes_new=s.notes_new, notes_changed=s.notes_changed, notes_reprocessed=s.notes_reprocessed,
                notes_unchanged=s.notes_unchanged, rows_skipped=s.rows_skipped, cases_flagged=s.cases_flagged,
                new_flags=s.new_flags, provenance=json.dumps(self.provenance, sort_keys=True)))

    # --- notes ------------------------------------------------------------------------------------------------
    def _store_patients(self) -> None:
        frame = self.patients_frame
        with self.engine.begin() as conn:
            old = {r.patient_id: r for r in conn.execute(sa.select(patients))}
            changed = []
            for p in row_tuples(frame):
                row = {"patient_id": p.patient_id, "sex": p.sex,
                       "birth_date": None if pd.isna(p.birth_date) else p.birth_date.to_pydatetime(),
                       "age": None if pd.isna(p.age) else float(p.age)}
                before = old.get(p.patient_id)
                if before is None or (before.sex, before.birth_date, before.age) != (row["sex"], row["birth_date"], row["age"]):
                    changed.append(row)
            for row in changed:
                conn.execute(patients.delete().where(patients.c.patient_id == row["patient_id"]))
            if changed:
                conn.execute(patients.insert(), changed)
                _mark_dirty(conn, {r["patient_id"] for r in changed if r["patient_id"] in old})

    def _process_chunks(self, pool) -> None:
        """Read, classify, analyse and commit chunk by chunk.

        This process only reads the source and writes the database; hashing, the look-up of known notes, the
        analysis and the building of rows happen in the workers (:func:`_work_part`). With several workers two
        chunks are in flight while this process commits the one before, so no worker waits for another's part
        or for the database. Each part is committed whole, in one transaction, in the order it was read.
        """
        job = self._job(pool)
        if self.workers == 1:
            for chunk in self.source.chunks():
                frame = self._prepare(chunk)
                if len(frame):
                    self._commit_part(_work_part(frame, job, self._known(job, frame)))
                self.progress(chunk.rows)
            return
        pending: deque = deque()
        with ThreadPoolExecutor(IN_FLIGHT) as feeder:
            for chunk in self.source.chunks():
                frame = self._prepare(chunk)
                future = feeder.submit(self._work_chunk, frame, job, pool) if len(frame) else None
                pending.append((future, chunk.rows))
                while len(pending) > IN_FLIGHT:
                    self._finish(*pending.popleft())
            while pending:
                self._finish(*pending.popleft())

    def _job(self, pool) -> "_Job":
        # Processes of this machine reach the database themselves; workers elsewhere (Dask) get the known
        # notes from this process.
        local = isinstance(pool, (ProcessPoolExecutor, _InlineExecutor))
        return _Job(self.db_url if local else None, self.version, self.lexicon_dir)

    def _prepare(self, chunk) -> pd.DataFrame:
        """Count the chunk's rows and return the notes dated up to --as-of."""
        s = self.summary
        s.problems += chunk.problems
        s.rows_skipped += len(chunk.problems)
        frame = chunk.notes
        if self.as_of is not None and len(frame):
            later = frame["note_date"].dt.normalize() > self.as_of.normalize()
            s.after_as_of += int(later.sum())
            frame = frame[~later]
        s.notes_read += len(frame)
        return frame

    def _work_chunk(self, frame: pd.DataFrame, job: "_Job", pool) -> list["PartResult"]:
        """A chunk's parts, worked on by the pool (one part per worker)."""
        parts = [frame.iloc[i::self.workers] for i in range(self.workers)]
        return list(pool.map(_work_part, parts, [job] * len(parts), [self._known(job, part) for part in parts]))

    def _known(self, job: "_Job", frame: pd.DataFrame) -> dict | None:
        """The stored state of a part's notes, when the workers cannot look it up themselves."""
        return None if job.db_url else _known_notes(self.engine, list(frame["note_id"]))

    def _finish(self, future, rows: int) -> None:
        if future is not None:
            for part in future.result():
                self._commit_part(part)
        self.progress(rows)

    def _commit_part(self, part: "PartResult") -> None:
        """Store a part's notes and mentions and mark their patients dirty, all in one transaction."""
        s = self.summary
        s.notes_new += part.counts["new"]
        s.notes_changed += part.counts["changed"]
        s.notes_reprocessed += part.counts["reprocessed"]
        s.notes_unchanged += part.counts["unchanged"]
        if not part.note_rows:
            return
        for row in part.note_rows:
            row["run_id"] = s.run_id
        with self.engine.begin() as conn:
            if part.replaced:  # a new note has no rows to delete (the run stops on duplicate ids before this)
                ids = part.replaced
                conn.execute(mentions.delete().where(mentions.c.note_id.in_(ids)))
                conn.execute(exams.delete().where(exams.c.note_id.in_(ids)))
                conn.execute(notes.delete().where(notes.c.note_id.in_(ids)))
            insert_rows(conn, notes, part.note_rows)
            insert_rows(conn, mentions, part.mention_rows)
            insert_rows(conn, exams, part.exam_rows)
            _mark_dirty(conn, {r["patient_id"] for r in part.note_rows} | part.moved_from)
            self._heartbeat(conn)

    # --- cases ------------------------------------------------------------------------------------------------
    def _update_cases(self, pool) -> None:
        """Recompute the cases of dirty patients, a batch per transaction that also clears their markers.

        With worker processes the batches are computed by the workers (they read the database) and only
        written here; a batch whose patients got a review decision in between is recomputed here.
        """
        parallel = self.workers > 1 and isinstance(pool, ProcessPoolExecutor)
        job = _CaseJob(self.db_url, self.settings, self.summary.run_id, self.model_path if self.model else None)
        last = ""
        while True:
            with self.engine.connect() as conn:
                ids = [r.patient_id for r in conn.execute(
                    sa.select(dirty_patients.c.patient_id).where(dirty_patients.c.patient_id > last)
                    .order_by(dirty_patients.c.patient_id).limit(CASE_BATCH * (2 * self.workers if parallel else 1)))]
            if not ids:
                break
            last = ids[-1]
            batches = [ids[i:i + CASE_BATCH] for i in range(0, len(ids), CASE_BATCH)]
            if parallel:
                for batch, (rows, seen) in zip(batches, pool.map(_case_part, batches, [job] * len(batches))):
                    self._store_case_batch(batch, rows, seen)
            else:
                for batch in batches:
                    self._store_case_batch(batch)
        with self.engine.connect() as conn:
            self.summary.cases_flagged = conn.execute(
                sa.select(sa.func.count()).select_from(cases).where(cases.c.flagged == "true")).scalar_one()
            self.summary.new_flags = conn.execute(
                sa.select(sa.func.count()).select_from(cases).where(cases.c.first_flagged_run == self.summary.run_id)
                .where(cases.c.flagged == "true")).scalar_one()

    def _store_case_batch(self, batch: list[str], rows: list[dict] | None = None, seen=None) -> None:
        """Write a batch's cases (computed here when ``rows`` is None or its decisions changed since)."""
        with self.engine.begin() as conn:
            if rows is None or decisions_seen(conn, batch) != seen:
                rows = _compute_cases(conn, batch, self.settings, self.summary.run_id, self.model)
            conn.execute(cases.delete().where(cases.c.patient_id.in_(batch)))
            if rows:
                conn.execute(cases.insert(), rows)
            conn.execute(dirty_patients.delete().where(dirty_patients.c.patient_id.in_(batch)))
            self._heartbeat(conn)
        self.summary.cases_updated += len(rows)


@dataclass(frozen=True)
class _CaseJob:
    """What a worker needs to compute cases."""

    db_url: str
    settings: Settings
    run_id: int
    model_path: str | None


_MODELS: dict[str, object] = {}  # the ranker model per path, loaded once per worker process


def _case_part(batch: list[str], job: _CaseJob) -> tuple[list[dict], tuple]:
    """A batch's case rows and the review decisions they were computed with. Runs in a worker process."""
    engine = _cached_engine(job.db_url)
    model = None
    if job.model_path:
        model = _MODELS.get(job.model_path) or _MODELS.setdefault(job.model_path, _load_ranker(job.model_path))
    with engine.connect() as conn:
        seen = decisions_seen(conn, batch)
        return _compute_cases(conn, batch, job.settings, job.run_id, model), seen



def _compute_cases(conn, batch: list[str], settings: Settings, run_id: int, model) -> list[dict]:
    # Ordered reads: the result must not depend on the order the rows were stored in.
    note_frame = pd.read_sql(sa.select(*(notes.c[c] for c in NOTE_FACT_COLUMNS)).where(notes.c.patient_id.in_(batch))
                             .order_by(notes.c.note_id), conn)  # not the texts: timelines need the facts
    mention_frame = pd.read_sql(sa.select(mentions).where(mentions.c.patient_id.in_(batch)).order_by(
        mentions.c.note_id, mentions.c.start, mentions.c.end, mentions.c.concept, mentions.c.id), conn)
    exam_frame = read_exam_frame(conn, batch)
    patient_frame = pd.read_sql(sa.select(patients).where(patients.c.patient_id.in_(batch)), conn)
    old = {r.patient_id: r for r in conn.execute(sa.select(cases).where(cases.c.patient_id.in_(batch)))}
    standing = latest_decisions(conn, batch)
    rows = _case_rows(note_frame, mention_frame, exam_frame, patient_frame, old, standing, settings, run_id)
    _score(rows, mention_frame, model)
    return rows


def _case_rows(note_frame, mention_frame, exam_frame, patient_frame, old, standing, settings: Settings, run_id: int
               ) -> list[dict]:
    if note_frame.empty:
        return []
    timelines = stored_timelines(note_frame, mention_frame, patient_frame, exam_frame, settings)
    rows = []
    for pid in sorted(timelines):
        t = timelines[pid]
        if not (t.anchors or t.has_sacral_mention):
            continue
        case = flag_patient(t, settings)
        if case is None:
            continue
        evidence_dates = [e.date for e in t.anchors] + [e.date for e in t.workups if e.kind == "sacral_documented"]
        last_evidence = max(evidence_dates) if evidence_dates else None
        rows.append(_with_review(case, old.get(pid), standing.get(pid), last_evidence, run_id))
    return rows


def _score(rows: list[dict], mention_frame: pd.DataFrame, model) -> None:
    """The ranker's p(confirmed) per flagged case, when a model is loaded (else the rule priority orders)."""
    if model is None or not rows:
        return
    from .ranker import score_cases

    scores = score_cases(pd.DataFrame(rows), mention_frame, model)
    digest = model.metadata.get("data_sha256", "")
    for row, score in zip(rows, scores):
        row["score"] = None if pd.isna(score) else float(score)
        row["score_model"] = digest if row["score"] is not None else None


def _with_review(case: dict, old, decision, last_evidence, run_id: int) -> dict:
    """Apply a standing review decision: the case stays closed unless evidence newer than it arrived."""
    rule_flagged = case["flagged"]
    status = ""
    if decision is not None:
        newer = last_evidence is not None and last_evidence > decision.decided_at
        if newer and rule_flagged == "true":
            status = "reopened"
        else:
            status = decision.decision
            case = {**case, "flagged": "false", "priority": ""}
    was_flagged = old is not None and old.flagged == "true"
    first_flagged = old.first_flagged_run if was_flagged else None
    if case["flagged"] == "true" and not was_flagged:
        first_flagged = run_id
    return {**case, "rule_flagged": rule_flagged, "review_status": status,
            "last_evidence_date": last_evidence.to_pydatetime() if last_evidence is not None else None,
            "first_flagged_run": first_flagged, "updated_run": run_id}


def exam_records(stated: pd.DataFrame) -> list[dict]:
    """Exam statements (exams.EXAM_FRAME_COLUMNS) as rows of the ``exams`` table."""
    return [{**{k: getattr(r, k) for k in EXAM_FRAME_COLUMNS},
             "date": None if pd.isna(r.date) else r.date.to_pydatetime(), "note_date": r.note_date.to_pydatetime(),
             "covers_sacrum": bool(r.covers_sacrum), "requested": bool(r.requested), "seq": int(r.seq),
             "corrects": bool(r.corrects)}
            for r in row_tuples(stated)]


def _load_ranker(path: str | None):
    """The ranker model, or None: without one, or with one this scikit-learn cannot trust, the rule priority
    orders the case list (and the log says why)."""
    if not path:
        return None
    from .ranker import ModelVersionError, load_model

    try:
        return load_model(path)
    except (ModelVersionError, OSError) as err:
        log.warning("model %s refused: %s; the rule priority orders the list", path, err)
        return None


def _mark_dirty(conn, patient_ids: set[str]) -> None:
    if not patient_ids:
        return
    present = {r.patient_id for r in conn.execute(
        sa.select(dirty_patients.c.patient_id).where(dirty_patients.c.patient_id.in_(list(patient_ids))))}
    new = sorted(patient_ids - present)
    if new:
        conn.execute(dirty_patients.insert(), [{"patient_id": p} for p in new])


def _holder_is_dead(holder: str | None) -> bool:
    """True when the holder ran on this host and its process no longer exists."""
    if not holder or ":" not in holder:
        return False
    host, pid = holder.rsplit(":", 1)
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


@dataclass(frozen=True)
class _Job:
    """What a worker needs to know about the run (small, sent with every part)."""

    db_url: str | None  # where the worker looks up known notes; None: they come with the part
    version: str
    lexicon_dir: str | None


@dataclass
class PartResult:
    """A part of a chunk, worked on: counts, and the rows to store (``run_id`` is filled in on commit)."""

    counts: dict[str, int]
    moved_from: set[str]
    note_rows: list[dict]
    mention_rows: list[dict]
    exam_rows: list[dict]
    replaced: list[str] = field(default_factory=list)  # ids of notes already stored, whose old rows go


_ENGINES: dict[str, sa.Engine] = {}  # one engine per database and worker process, the latest few kept
_ENGINE_LIMIT = 4


def _cached_engine(url: str) -> sa.Engine:
    """The engine of ``url``, kept for the process's next part. A process that goes on to other databases (a
    scheduler serving several sites, a test session) disposes the oldest, so their open files do not pile up."""
    engine = _ENGINES.get(url)
    if engine is None:
        while len(_ENGINES) >= _ENGINE_LIMIT:
            _ENGINES.pop(next(iter(_ENGINES))).dispose()
        engine = _ENGINES[url] = engine_for(url)
    return engine


def _known_notes(engine: sa.Engine, note_ids: list[str]) -> dict[str, tuple[str, str, str]]:
    """note_id -> (patient_id, content_hash, pipeline_version) of the notes already stored."""
    with engine.connect() as conn:
        return {r.note_id: (r.patient_id, r.content_hash, r.pipeline_version) for r in conn.execute(
            sa.select(notes.c.note_id, notes.c.patient_id, notes.c.content_hash, notes.c.pipeline_version)
            .where(notes.c.note_id.in_(note_ids)))}


def _work_part(frame: pd.DataFrame, job: _Job, known: dict | None) -> PartResult:
    """Hash a part's notes, keep those that are new, changed or of an older version, analyse them and build
    their rows. Runs in a worker process."""
    if known is None:
        engine = _cached_engine(job.db_url)
        known = _known_notes(engine, list(frame["note_id"]))
    frame = frame.assign(content_hash=[content_hash(r) for r in row_tuples(frame)])
    todo, moved_from, counts = _classify(frame, known, job.version)
    result = PartResult(counts, moved_from, [], [], [], [i for i in todo["note_id"] if i in known])
    if len(todo):
        found, facts, stated = analyse_notes(todo, job.lexicon_dir)
        found = found.sort_values(["note_id", "start", "end", "concept"], kind="stable")
        result.note_rows, result.mention_rows = _rows(todo, found, facts, job.version)
        result.exam_rows = exam_records(stated)
    return result


def _classify(frame: pd.DataFrame, known: dict, version: str) -> tuple[pd.DataFrame, set[str], dict[str, int]]:
    counts = dict.fromkeys(("new", "changed", "reprocessed", "unchanged"), 0)
    keep, moved_from = [], set()
    for note_id, patient_id, digest in zip(frame["note_id"], frame["patient_id"], frame["content_hash"]):
        old = known.get(note_id)
        if old is None:
            counts["new"] += 1
        elif old[1] != digest:
            counts["changed"] += 1
            if old[0] != patient_id:
                moved_from.add(old[0])  # the note left that patient: recompute them too
        elif old[2] != version:
            counts["reprocessed"] += 1
        else:
            counts["unchanged"] += 1
            keep.append(False)
            continue
        keep.append(True)
    return frame[keep].reset_index(drop=True), moved_from, counts


def _rows(todo: pd.DataFrame, found: pd.DataFrame, facts: pd.DataFrame, version: str) -> tuple[list, list]:
    now = _now()
    merged = todo.drop(columns=["language"]).merge(facts, on="note_id", how="left", validate="one_to_one")
    note_rows = [{
        "note_id": r.note_id, "patient_id": r.patient_id, "note_date": r.note_date.to_pydatetime(),
        "note_type": r.note_type, "exam": r.exam, "unit": r.unit, "language": r.language,
        "content_hash": r.content_hash, "pipeline_version": version, "text_age": int(r.text_age),
        "text_sex": r.text_sex, "processed_at": now, "run_id": 0, "text": r.text}
        for r in row_tuples(merged)]
    # A missing exam date is NaT, which is not a Timestamp (pd.isna per row cost more than the rest of the row).
    mention_rows = [{
        "note_id": m.note_id, "patient_id": m.patient_id, "note_date": m.note_date.to_pydatetime(),
        "concept": m.concept, "assertion": m.assertion, "start": int(m.start), "end": int(m.end),
        "text": m.text, "section": m.section, "region": m.region, "unit": m.unit, "sentence": m.sentence,
        "exam_date": m.exam_date.to_pydatetime() if isinstance(m.exam_date, pd.Timestamp) else None}
        for m in row_tuples(found)]
    return note_rows, mention_rows


def _warm_up(lexicon_dir: str | None) -> None:
    for lang in LANGUAGES:
        get_pipeline(lang, lexicon_dir)


class _InlineExecutor:
    """The executor interface, run in this process (``--workers 1``)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    @staticmethod
    def map(fn, *iterables):
        return map(fn, *iterables)


def read_cases(db_url: str) -> pd.DataFrame:
    """The current case list in the columns of cases.csv, sorted by patient; with a trailing ``score`` column
    (p(confirmed), 4 decimals) when a ranker model scored any case."""
    from .io import CASE_COLUMNS

    engine = engine_for(db_url)
    with engine.connect() as conn:
        frame = pd.read_sql(sa.select(*(cases.c[c] for c in CASE_COLUMNS), cases.c.score)
                            .order_by(cases.c.patient_id), conn)
    if frame["score"].notna().any():
        frame["score"] = frame["score"].map(lambda v: "" if pd.isna(v) else f"{v:.4f}")
    else:
        frame = frame.drop(columns=["score"])
    return frame.fillna("")

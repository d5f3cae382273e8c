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
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable

import pandas as pd
import sqlalchemy as sa

from . import __version__
from .config import DEFAULT, Settings
from .decisions import latest_decisions, record_decision  # noqa: F401  (record_decision: kept importable here)
from .exams import EXAM_FRAME_COLUMNS, exams_frame
from .flags import flag_patient
from .io import RowProblem
from .lexicon import LANGUAGES
from .nlp import get_pipeline
from .pipeline import analyse_notes
from .sources import FileSource, SqlSource, find_duplicate_ids
from .state import (cases, dirty_patients, engine_for, exams, mentions, notes, patients, run_lock, runs,
                    upgrade)
from .timeline import build_timelines

log = logging.getLogger("reportminer.nightly")

HASHED_COLUMNS = ("patient_id", "note_date", "note_type", "exam", "language", "unit", "text")
CASE_BATCH = 500


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
    lexicons = "+".join(f"{lang}:{get_pipeline(lang, lexicon_dir).lexicon.version}" for lang in LANGUAGES)
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
            self._update_cases()
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

        lexicons = {lang: get_pipeline(lang, self.lexicon_dir).lexicon.version for lang in LANGUAGES}
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
            for p in frame.itertuples(index=False):
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
        """Read, classify, analyse and commit chunk by chunk. With several workers the next chunk is being
        analysed while this process commits the previous one, so the workers do not wait for the database."""
        if self.workers == 1:
            for chunk in self.source.chunks():
                todo, moved_from = self._prepare(chunk)
                self._finish(todo, moved_from, self._analyse(todo, pool) if len(todo) else None, chunk.rows)
            return
        pending = None
        with ThreadPoolExecutor(1) as feeder:
            for chunk in self.source.chunks():
                todo, moved_from = self._prepare(chunk)
                future = feeder.submit(self._analyse, todo, pool) if len(todo) else None
                if pending is not None:
                    self._finish(*pending)
                pending = (todo, moved_from, future, chunk.rows)
            if pending is not None:
                self._finish(*pending)

    def _prepare(self, chunk) -> tuple[pd.DataFrame, set[str]]:
        """Count the chunk's rows and return the notes that need analysis (new, changed, older version)."""
        s = self.summary
        s.problems += chunk.problems
        s.rows_skipped += len(chunk.problems)
        frame = chunk.notes
        if self.as_of is not None and len(frame):
            later = frame["note_date"].dt.normalize() > self.as_of.normalize()
            s.after_as_of += int(later.sum())
            frame = frame[~later]
        s.notes_read += len(frame)
        if not len(frame):
            return frame, set()
        frame = frame.assign(content_hash=[content_hash(r) for r in frame.itertuples(index=False)])
        with self.engine.connect() as conn:
            known = {r.note_id: r for r in conn.execute(
                sa.select(notes.c.note_id, notes.c.patient_id, notes.c.content_hash, notes.c.pipeline_version)
                .where(notes.c.note_id.in_(list(frame["note_id"]))))}
        return self._classify(frame, known)

    def _finish(self, todo: pd.DataFrame, moved_from: set[str], analysed, rows: int) -> None:
        if analysed is not None:
            found, facts, stated = analysed.result() if hasattr(analysed, "result") else analysed
            self._commit_notes(todo, found, facts, stated, moved_from)
        self.progress(rows)

    def _classify(self, frame: pd.DataFrame, known: dict) -> tuple[pd.DataFrame, set[str]]:
        s = self.summary
        keep, moved_from = [], set()
        for row in frame.itertuples(index=False):
            old = known.get(row.note_id)
            if old is None:
                s.notes_new += 1
            elif old.content_hash != row.content_hash:
                s.notes_changed += 1
                if old.patient_id != row.patient_id:
                    moved_from.add(old.patient_id)  # the note left that patient: recompute them too
            elif old.pipeline_version != self.version:
                s.notes_reprocessed += 1
            else:
                s.notes_unchanged += 1
                keep.append(False)
                continue
            keep.append(True)
        return frame[keep].reset_index(drop=True), moved_from

    def _analyse(self, frame: pd.DataFrame, pool) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        parts = [frame.iloc[i::self.workers] for i in range(self.workers)] if self.workers > 1 else [frame]
        results = list(pool.map(_analyse_part, parts, [self.lexicon_dir] * len(parts)))
        found, facts, stated = (pd.concat([r[k] for r in results], ignore_index=True) for k in range(3))
        return found.sort_values(["note_id", "start", "end", "concept"], kind="stable"), facts, stated

    def _commit_notes(self, todo: pd.DataFrame, found: pd.DataFrame, facts: pd.DataFrame, stated: pd.DataFrame,
                      moved_from: set[str]):
        now = _now()
        ids = list(todo["note_id"])
        merged = todo.drop(columns=["language"]).merge(facts, on="note_id", how="left", validate="one_to_one")
        note_rows = [{
            "note_id": r.note_id, "patient_id": r.patient_id, "note_date": r.note_date.to_pydatetime(),
            "note_type": r.note_type, "exam": r.exam, "unit": r.unit, "language": r.language,
            "content_hash": r.content_hash, "pipeline_version": self.version, "text_age": int(r.text_age),
            "text_sex": r.text_sex, "processed_at": now, "run_id": self.summary.run_id, "text": r.text}
            for r in merged.itertuples(index=False)]
        mention_rows = [{
            "note_id": m.note_id, "patient_id": m.patient_id, "note_date": m.note_date.to_pydatetime(),
            "concept": m.concept, "assertion": m.assertion, "start": int(m.start), "end": int(m.end),
            "text": m.text, "section": m.section, "region": m.region, "unit": m.unit, "sentence": m.sentence,
            "exam_date": None if pd.isna(m.exam_date) else m.exam_date.to_pydatetime()}
            for m in found.itertuples(index=False)]
        exam_rows = exam_records(stated)
        with self.engine.begin() as conn:
            conn.execute(mentions.delete().where(mentions.c.note_id.in_(ids)))
            conn.execute(exams.delete().where(exams.c.note_id.in_(ids)))
            conn.execute(notes.delete().where(notes.c.note_id.in_(ids)))
            conn.execute(notes.insert(), note_rows)
            if mention_rows:
                conn.execute(mentions.insert(), mention_rows)
            if exam_rows:
                conn.execute(exams.insert(), exam_rows)
            _mark_dirty(conn, set(todo["patient_id"]) | moved_from)
            self._heartbeat(conn)

    # --- cases ------------------------------------------------------------------------------------------------
    def _update_cases(self) -> None:
        while True:
            with self.engine.connect() as conn:
                batch = [r.patient_id for r in conn.execute(
                    sa.select(dirty_patients.c.patient_id).order_by(dirty_patients.c.patient_id).limit(CASE_BATCH))]
            if not batch:
                break
            self._update_case_batch(batch)
        with self.engine.connect() as conn:
            self.summary.cases_flagged = conn.execute(
                sa.select(sa.func.count()).select_from(cases).where(cases.c.flagged == "true")).scalar_one()
            self.summary.new_flags = conn.execute(
                sa.select(sa.func.count()).select_from(cases).where(cases.c.first_flagged_run == self.summary.run_id)
                .where(cases.c.flagged == "true")).scalar_one()

    def _update_case_batch(self, batch: list[str]) -> None:
        with self.engine.begin() as conn:
            note_frame = pd.read_sql(sa.select(notes).where(notes.c.patient_id.in_(batch)), conn)
            mention_frame = pd.read_sql(sa.select(mentions).where(mentions.c.patient_id.in_(batch)), conn)
            exam_frame = read_exam_frame(conn, batch)
            patient_frame = pd.read_sql(sa.select(patients).where(patients.c.patient_id.in_(batch)), conn)
            old = {r.patient_id: r for r in conn.execute(sa.select(cases).where(cases.c.patient_id.in_(batch)))}
            standing = latest_decisions(conn, batch)
            rows = self._case_rows(note_frame, mention_frame, exam_frame, patient_frame, old, standing)
            self._score(rows, mention_frame)
            conn.execute(cases.delete().where(cases.c.patient_id.in_(batch)))
            if rows:
                conn.execute(cases.insert(), rows)
            conn.execute(dirty_patients.delete().where(dirty_patients.c.patient_id.in_(batch)))
            self._heartbeat(conn)
        self.summary.cases_updated += len(rows)

    def _case_rows(self, note_frame, mention_frame, exam_frame, patient_frame, old, standing) -> list[dict]:
        if note_frame.empty:
            return []
        for col in ("note_date",):
            note_frame[col] = pd.to_datetime(note_frame[col])
        mention_frame["note_date"] = pd.to_datetime(mention_frame["note_date"])
        mention_frame["exam_date"] = pd.to_datetime(mention_frame["exam_date"])
        patient_frame["birth_date"] = pd.to_datetime(patient_frame["birth_date"])
        timelines = build_timelines(note_frame, mention_frame, patient_frame, exam_frame, self.settings)
        rows = []
        for pid in sorted(timelines):
            t = timelines[pid]
            if not (t.anchors or t.has_sacral_mention):
                continue
            case = flag_patient(t, self.settings)
            if case is None:
                continue
            evidence_dates = [e.date for e in t.anchors] + [e.date for e in t.workups if e.kind == "sacral_documented"]
            last_evidence = max(evidence_dates) if evidence_dates else None
            rows.append(self._with_review(case, old.get(pid), standing.get(pid), last_evidence))
        return rows

    def _score(self, rows: list[dict], mention_frame: pd.DataFrame) -> None:
        """The ranker's p(confirmed) per flagged case, when a model is loaded (else the rule priority orders)."""
        if self.model is None or not rows:
            return
        from .ranker import score_cases

        scores = score_cases(pd.DataFrame(rows), mention_frame, self.model)
        digest = self.model.metadata.get("data_sha256", "")
        for row, score in zip(rows, scores):
            row["score"] = None if pd.isna(score) else float(score)
            row["score_model"] = digest if row["score"] is not None else None

    def _with_review(self, case: dict, old, decision, last_evidence) -> dict:
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
            first_flagged = self.summary.run_id
        return {**case, "rule_flagged": rule_flagged, "review_status": status,
                "last_evidence_date": last_evidence.to_pydatetime() if last_evidence is not None else None,
                "first_flagged_run": first_flagged, "updated_run": self.summary.run_id}


def exam_records(stated: pd.DataFrame) -> list[dict]:
    """Exam statements (exams.EXAM_FRAME_COLUMNS) as rows of the ``exams`` table."""
    return [{**{k: getattr(r, k) for k in EXAM_FRAME_COLUMNS},
             "date": None if pd.isna(r.date) else r.date.to_pydatetime(), "note_date": r.note_date.to_pydatetime(),
             "covers_sacrum": bool(r.covers_sacrum), "requested": bool(r.requested), "seq": int(r.seq)}
            for r in stated.itertuples(index=False)]


def read_exam_frame(conn, patient_ids: list[str] | None = None) -> pd.DataFrame:
    """The stored exam statements (of ``patient_ids``, or all) as a frame of exams.EXAM_FRAME_COLUMNS."""
    query = sa.select(*(exams.c[c] for c in EXAM_FRAME_COLUMNS))
    if patient_ids is not None:
        query = query.where(exams.c.patient_id.in_(patient_ids))
    frame = pd.read_sql(query, conn)
    return exams_frame(frame.to_dict("records"))


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


def _warm_up(lexicon_dir: str | None) -> None:
    for lang in LANGUAGES:
        get_pipeline(lang, lexicon_dir)


def _analyse_part(frame: pd.DataFrame, lexicon_dir: str | None):
    return analyse_notes(frame, lexicon_dir)


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

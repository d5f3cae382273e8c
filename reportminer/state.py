"""The state database of nightly runs (SQLAlchemy; SQLite by default, PostgreSQL in production).

Tables: ``patients`` (sex, birth date or age, from the last patients file), ``notes`` (what was processed: id, content hash, pipeline and lexicon version, facts read from the
note), ``mentions``, ``exams`` (the exam statements of each note), ``cases`` (the current case list), ``dirty_patients`` (patients whose case must be
recomputed; written in the same transaction as their notes, so a crash never loses one), ``runs``,
``run_lock`` (one row: who runs now), ``decisions`` (auditors' review decisions, append-only), the
``validation_*`` tables (samples, their items, auditors' labels; :mod:`reportminer.validation`), the users
and access log of the workspace, and the HL7 v2 listener's inbox (``inbound_messages``, ``inbound_notes``,
``inbound_patients``, ``quarantine``).
The schema is created and changed by Alembic migrations (``reportminer/migrations``), never by hand.
"""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

metadata = sa.MetaData()

notes = sa.Table(
    "notes", metadata,
    sa.Column("note_id", sa.String, primary_key=True),
    sa.Column("patient_id", sa.String, nullable=False, index=True),
    sa.Column("note_date", sa.DateTime, nullable=False),
    sa.Column("note_type", sa.String, nullable=False),
    sa.Column("exam", sa.String, nullable=False, default=""),
    sa.Column("unit", sa.String, nullable=False, default=""),
    sa.Column("language", sa.String, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("pipeline_version", sa.String, nullable=False),
    sa.Column("text_age", sa.Integer, nullable=False, default=0),
    sa.Column("text_sex", sa.String, nullable=False, default=""),
    sa.Column("processed_at", sa.DateTime, nullable=False),
    sa.Column("run_id", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False, server_default=""),  # the note's text (migration 0002)
)

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("note_id", sa.String, nullable=False, index=True),
    sa.Column("patient_id", sa.String, nullable=False, index=True),
    sa.Column("note_date", sa.DateTime, nullable=False),
    sa.Column("concept", sa.String, nullable=False),
    sa.Column("assertion", sa.String, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("section", sa.String, nullable=False),
    sa.Column("region", sa.String, nullable=False),
    sa.Column("unit", sa.String, nullable=False),
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("exam_date", sa.DateTime, nullable=True),
)

exams = sa.Table(  # exam statements of each note (migration 0004; reportminer.exams.EXAM_FRAME_COLUMNS)
    "exams", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("note_id", sa.String, nullable=False, index=True),
    sa.Column("patient_id", sa.String, nullable=False, index=True),
    sa.Column("note_date", sa.DateTime, nullable=False),
    sa.Column("date", sa.DateTime, nullable=True),  # null: an earlier study of unknown date
    sa.Column("modality", sa.String, nullable=False),
    sa.Column("region", sa.String, nullable=False),
    sa.Column("status", sa.String, nullable=False),  # as this note states it; resolve_exams applies later notes
    sa.Column("reason", sa.String, nullable=False),
    sa.Column("requested", sa.Boolean, nullable=False),
    sa.Column("covers_sacrum", sa.Boolean, nullable=False),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    # the statement stands in a correction of an earlier entry (migration 0008; exams.json "corrections")
    sa.Column("corrects", sa.Boolean, nullable=False, server_default=sa.false()),
)

cases = sa.Table(
    "cases", metadata,
    sa.Column("patient_id", sa.String, primary_key=True),
    sa.Column("flagged", sa.String, nullable=False),
    sa.Column("priority", sa.String, nullable=False),
    sa.Column("reasons", sa.String, nullable=False),
    sa.Column("first_index_date", sa.String, nullable=False),
    sa.Column("workup", sa.String, nullable=False),
    sa.Column("sex", sa.String, nullable=False),
    sa.Column("age", sa.String, nullable=False),
    sa.Column("risk_factors", sa.String, nullable=False),
    sa.Column("evidence_note_ids", sa.Text, nullable=False),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("rule_flagged", sa.String, nullable=False),  # what the rules say, before review decisions
    sa.Column("review_status", sa.String, nullable=False),  # "" (never reviewed), or the standing decision
    sa.Column("last_evidence_date", sa.DateTime, nullable=True),
    sa.Column("first_flagged_run", sa.Integer, nullable=True),
    sa.Column("updated_run", sa.Integer, nullable=False),
    sa.Column("score", sa.Float, nullable=True),  # the ranker's p(confirmed); null without a model
    sa.Column("score_model", sa.String, nullable=True),
)

patients = sa.Table(
    "patients", metadata,
    sa.Column("patient_id", sa.String, primary_key=True),
    sa.Column("sex", sa.String, nullable=False),
    sa.Column("birth_date", sa.DateTime, nullable=True),
    sa.Column("age", sa.Float, nullable=True),
)

dirty_patients = sa.Table(
    "dirty_patients", metadata,
    sa.Column("patient_id", sa.String, primary_key=True),
)

runs = sa.Table(
    "runs", metadata,
    sa.Column("run_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.DateTime, nullable=False),
    sa.Column("ended_at", sa.DateTime, nullable=True),
    sa.Column("status", sa.String, nullable=False),  # running, ok, failed
    sa.Column("pipeline_version", sa.String, nullable=False),
    sa.Column("notes_read", sa.Integer, nullable=False, default=0),
    sa.Column("notes_new", sa.Integer, nullable=False, default=0),
    sa.Column("notes_changed", sa.Integer, nullable=False, default=0),
    sa.Column("notes_reprocessed", sa.Integer, nullable=False, default=0),
    sa.Column("notes_unchanged", sa.Integer, nullable=False, default=0),
    sa.Column("rows_skipped", sa.Integer, nullable=False, default=0),
    sa.Column("cases_flagged", sa.Integer, nullable=False, default=0),
    sa.Column("new_flags", sa.Integer, nullable=False, default=0),
    sa.Column("message", sa.Text, nullable=False, default=""),
    sa.Column("rules_hash", sa.String(64), nullable=False, server_default=""),  # migration 0006
    sa.Column("provenance", sa.Text, nullable=False, server_default=""),  # JSON: versions, rules, inputs, counts
)

run_lock = sa.Table(
    "run_lock", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("run_id", sa.Integer, nullable=True),
    sa.Column("holder", sa.String, nullable=True),  # host:pid
    sa.Column("heartbeat", sa.DateTime, nullable=True),
)

decisions = sa.Table(
    "decisions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("patient_id", sa.String, nullable=False, index=True),
    sa.Column("decision", sa.String, nullable=False),
    sa.Column("reviewer", sa.String, nullable=False),
    sa.Column("comment", sa.Text, nullable=False, default=""),
    sa.Column("decided_at", sa.DateTime, nullable=False),
)

# Validation samples (migration 0007): see reportminer/validation. Labels are append-only, like decisions.
validation_samples = sa.Table(
    "validation_samples", metadata,
    sa.Column("sample_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("seed", sa.Integer, nullable=False),
    sa.Column("n", sa.Integer, nullable=False),  # items asked for per kind
    sa.Column("stratify_by", sa.String, nullable=False),  # "", "unit" or "language"
    sa.Column("pipeline_version", sa.String, nullable=False),
    sa.Column("strata", sa.Text, nullable=False),  # JSON {kind: {stratum: {population, drawn, fraction}}}
)

validation_items = sa.Table(
    "validation_items", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sample_id", sa.Integer, nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),  # the order auditors work through the sample
    sa.Column("kind", sa.String, nullable=False),  # flagged, unflagged_index, random_note, candidate_note
    sa.Column("stratum", sa.String, nullable=False),
    sa.Column("target", sa.String, nullable=False),  # patient or note
    sa.Column("patient_id", sa.String, nullable=False),
    sa.Column("note_id", sa.String, nullable=False),  # "" for a patient item
    sa.Column("weight", sa.Float, nullable=False),  # population / drawn of its kind and stratum
    sa.UniqueConstraint("sample_id", "kind", "patient_id", "note_id", name="uq_validation_item"),
)

validation_labels = sa.Table(
    "validation_labels", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sample_id", sa.Integer, nullable=False, index=True),
    sa.Column("target", sa.String, nullable=False),  # patient or note
    sa.Column("target_id", sa.String, nullable=False, index=True),  # patient_id or note_id
    sa.Column("auditor", sa.String, nullable=False),
    sa.Column("role", sa.String, nullable=False),  # auditor or adjudicator
    sa.Column("answer", sa.String, nullable=False),  # patient: yes, no, unsure; note: ""
    sa.Column("spans", sa.Text, nullable=False),  # note: JSON list of {start, end, concept, assertion, text}
    sa.Column("comment", sa.Text, nullable=False),
    sa.Column("submitted_at", sa.DateTime, nullable=False),
    sa.Column("system", sa.Text, nullable=False),  # JSON: reportminer's answer when the label was submitted
)

# Named users of the workspace and the append-only access log (migration 0006; reportminer/web/auth.py).
users = sa.Table(
    "users", metadata,
    sa.Column("username", sa.String(100), primary_key=True),
    sa.Column("password_hash", sa.String, nullable=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("disabled_at", sa.DateTime, nullable=True),
)

access_log = sa.Table(
    "access_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime, nullable=False, index=True),
    sa.Column("username", sa.String, nullable=False, index=True),
    sa.Column("role", sa.String, nullable=False),
    sa.Column("action", sa.String, nullable=False),
    sa.Column("patient_id", sa.String, nullable=False, index=True),
    sa.Column("remote_addr", sa.String, nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
)


# The HL7 v2 listener's inbox (migration 0005; written by reportminer.inbox, read by sources.stored)
inbound_messages = sa.Table(
    "inbound_messages", metadata,
    sa.Column("sender", sa.String, primary_key=True),  # MSH-3@MSH-4: control ids are unique per sender
    sa.Column("control_id", sa.String, primary_key=True),
    sa.Column("received_at", sa.DateTime, nullable=False),
    sa.Column("message_type", sa.String, nullable=False),
    sa.Column("notes", sa.Integer, nullable=False),
    sa.Column("outcome", sa.String, nullable=False),  # stored, kept (older than the one stored), cancelled
)

inbound_notes = sa.Table(
    "inbound_notes", metadata,
    sa.Column("note_id", sa.String, primary_key=True),
    sa.Column("patient_id", sa.String, nullable=False, index=True),
    sa.Column("note_date", sa.DateTime, nullable=False),
    sa.Column("note_type", sa.String, nullable=False),
    sa.Column("exam", sa.String, nullable=False),
    sa.Column("unit", sa.String, nullable=False),
    sa.Column("language", sa.String, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("result_status", sa.String, nullable=False),  # OBR-25: F final, P preliminary, C corrected
    sa.Column("sender", sa.String, nullable=False),
    sa.Column("control_id", sa.String, nullable=False),
    sa.Column("received_at", sa.DateTime, nullable=False),
)

inbound_patients = sa.Table(
    "inbound_patients", metadata,
    sa.Column("patient_id", sa.String, primary_key=True),
    sa.Column("sex", sa.String, nullable=False),
    sa.Column("birth_date", sa.DateTime, nullable=True),
    sa.Column("received_at", sa.DateTime, nullable=False),
)

quarantine = sa.Table(
    "quarantine", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("received_at", sa.DateTime, nullable=False),
    sa.Column("peer", sa.String, nullable=False),  # the sender's address
    sa.Column("sender", sa.String, nullable=False),
    sa.Column("control_id", sa.String, nullable=False),
    sa.Column("ack_code", sa.String, nullable=False),  # AE, AR, or "" when no acknowledgement could be sent
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("raw", sa.Text, nullable=False),  # the bytes as received (undecodable bytes as U+FFFD)
)


DECISIONS = ("confirmed", "dismissed", "workup_done", "follow_up")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def read_exam_frame(conn, patient_ids: list[str] | None = None) -> "pd.DataFrame":
    """The stored exam statements (of ``patient_ids``, or all) as a frame of exams.EXAM_FRAME_COLUMNS."""
    import pandas as pd

    from .exams import EXAM_FRAME_COLUMNS, exams_frame  # the exam stage owns the frame's columns and types

    query = sa.select(*(exams.c[c] for c in EXAM_FRAME_COLUMNS))
    if patient_ids is not None:
        query = query.where(exams.c.patient_id.in_(patient_ids))
    frame = pd.read_sql(query, conn)
    return exams_frame(frame)


def insert_rows(conn: sa.Connection, table: sa.Table, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``, as ``conn.execute(table.insert(), rows)`` does.

    On SQLite (the nightly job's and every scan's database) the statement is compiled once and the rows go to the
    driver as tuples, each value through its column type's own bind processor, the one SQLAlchemy applies:
    SQLAlchemy's executemany builds and processes a parameter dictionary per row, which for a night's notes and
    mentions costs more than SQLite's own work. Elsewhere, and when a column left out has a default to fill,
    SQLAlchemy inserts them.
    """
    if not rows:
        return
    keys = list(rows[0])
    dialect = conn.dialect
    if dialect.name != "sqlite" or any(c.key not in keys and c.default is not None for c in table.columns):
        conn.execute(table.insert(), rows)
        return
    compiled = table.insert().values({key: sa.bindparam(key) for key in keys}).compile(dialect=dialect)
    names = compiled.positiontup
    columns = [[row[name] for row in rows] for name in names]
    for i, name in enumerate(names):
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            columns[i] = [process(value) for value in columns[i]]
    conn.exec_driver_sql(compiled.string, list(zip(*columns)))


def default_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def engine_for(url: str) -> sa.Engine:
    """An engine for ``url``; SQLite gets a busy timeout and foreign-key-free WAL mode for concurrent readers."""
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": 30})

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - exercised through every SQLite test
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def upgrade(url: str) -> None:
    """Bring the database at ``url`` to the newest schema (creates it on first use)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(config, "head")

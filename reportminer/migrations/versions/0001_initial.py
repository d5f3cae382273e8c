"""Initial schema: patients, notes, mentions, cases, dirty patients, runs, the run lock and review decisions.

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notes",
        sa.Column("note_id", sa.String, primary_key=True),
        sa.Column("patient_id", sa.String, nullable=False, index=True),
        sa.Column("note_date", sa.DateTime, nullable=False),
        sa.Column("note_type", sa.String, nullable=False),
        sa.Column("exam", sa.String, nullable=False),
        sa.Column("unit", sa.String, nullable=False),
        sa.Column("language", sa.String, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("pipeline_version", sa.String, nullable=False),
        sa.Column("exam_concept", sa.String, nullable=False),
        sa.Column("exam_region", sa.String, nullable=False),
        sa.Column("sacrum_assessed", sa.Boolean, nullable=False),
        sa.Column("text_age", sa.Integer, nullable=False),
        sa.Column("text_sex", sa.String, nullable=False),
        sa.Column("processed_at", sa.DateTime, nullable=False),
        sa.Column("run_id", sa.Integer, nullable=False),
    )
    op.create_table(
        "mentions",
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
    op.create_table(
        "cases",
        sa.Column("patient_id", sa.String, primary_key=True),
        *(sa.Column(c, sa.String, nullable=False) for c in (
            "flagged", "priority", "reasons", "first_index_date", "workup", "sex", "age", "risk_factors")),
        sa.Column("evidence_note_ids", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("rule_flagged", sa.String, nullable=False),
        sa.Column("review_status", sa.String, nullable=False),
        sa.Column("last_evidence_date", sa.DateTime, nullable=True),
        sa.Column("first_flagged_run", sa.Integer, nullable=True),
        sa.Column("updated_run", sa.Integer, nullable=False),
    )
    op.create_table(
        "patients",
        sa.Column("patient_id", sa.String, primary_key=True),
        sa.Column("sex", sa.String, nullable=False),
        sa.Column("birth_date", sa.DateTime, nullable=True),
        sa.Column("age", sa.Float, nullable=True),
    )
    op.create_table("dirty_patients", sa.Column("patient_id", sa.String, primary_key=True))
    op.create_table(
        "runs",
        sa.Column("run_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("ended_at", sa.DateTime, nullable=True),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("pipeline_version", sa.String, nullable=False),
        *(sa.Column(c, sa.Integer, nullable=False, server_default="0") for c in (
            "notes_read", "notes_new", "notes_changed", "notes_reprocessed", "notes_unchanged", "rows_skipped",
            "cases_flagged", "new_flags")),
        sa.Column("message", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "run_lock",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("run_id", sa.Integer, nullable=True),
        sa.Column("holder", sa.String, nullable=True),
        sa.Column("heartbeat", sa.DateTime, nullable=True),
    )
    op.execute("INSERT INTO run_lock (id) VALUES (1)")
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("patient_id", sa.String, nullable=False, index=True),
        sa.Column("decision", sa.String, nullable=False),
        sa.Column("reviewer", sa.String, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("decisions", "run_lock", "runs", "dirty_patients", "patients", "cases", "mentions", "notes"):
        op.drop_table(table)

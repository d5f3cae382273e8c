"""Validation samples, their items and the auditors' labels (``reportminer validate``).

``validation_samples``: one row per sample (seed, stratification, per-kind strata with population, drawn and
sampling fraction as JSON, the pipeline and lexicon version it was drawn under). ``validation_items``: the drawn
patients and notes with their kind, stratum and sampling weight. ``validation_labels``: append-only answers of
auditors (and adjudicators), each with reportminer's answer as shown to the auditor after submission.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "validation_samples",
        sa.Column("sample_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("seed", sa.Integer, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.Column("stratify_by", sa.String, nullable=False),
        sa.Column("pipeline_version", sa.String, nullable=False),
        sa.Column("strata", sa.Text, nullable=False),
    )
    op.create_table(
        "validation_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sample_id", sa.Integer, nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("stratum", sa.String, nullable=False),
        sa.Column("target", sa.String, nullable=False),
        sa.Column("patient_id", sa.String, nullable=False),
        sa.Column("note_id", sa.String, nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
        sa.UniqueConstraint("sample_id", "kind", "patient_id", "note_id", name="uq_validation_item"),
    )
    op.create_table(
        "validation_labels",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sample_id", sa.Integer, nullable=False, index=True),
        sa.Column("target", sa.String, nullable=False),
        sa.Column("target_id", sa.String, nullable=False, index=True),
        sa.Column("auditor", sa.String, nullable=False),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("answer", sa.String, nullable=False),
        sa.Column("spans", sa.Text, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("submitted_at", sa.DateTime, nullable=False),
        sa.Column("system", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("validation_labels")
    op.drop_table("validation_items")
    op.drop_table("validation_samples")

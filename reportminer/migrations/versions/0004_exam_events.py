"""Exam events: every exam a note speaks of, with its status, date and sacral coverage (reportminer.exams).

Adds the ``exams`` table (one row per exam statement of a note; written in the same transaction as the note's
mentions) and drops the note facts it replaces (``notes.exam_concept``, ``exam_region``, ``sacrum_assessed``).
Every note is marked to be analysed again (its ``pipeline_version`` is cleared), so that the next run states
the exams of the notes it sees again.

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exams",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("note_id", sa.String, nullable=False, index=True),
        sa.Column("patient_id", sa.String, nullable=False, index=True),
        sa.Column("note_date", sa.DateTime, nullable=False),
        sa.Column("date", sa.DateTime, nullable=True),
        sa.Column("modality", sa.String, nullable=False),
        sa.Column("region", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("reason", sa.String, nullable=False),
        sa.Column("requested", sa.Boolean, nullable=False),
        sa.Column("covers_sacrum", sa.Boolean, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
    )
    with op.batch_alter_table("notes") as batch:
        batch.drop_column("exam_concept")
        batch.drop_column("exam_region")
        batch.drop_column("sacrum_assessed")
    op.execute("UPDATE notes SET pipeline_version = ''")


def downgrade() -> None:
    with op.batch_alter_table("notes") as batch:
        batch.add_column(sa.Column("exam_concept", sa.String, nullable=False, server_default=""))
        batch.add_column(sa.Column("exam_region", sa.String, nullable=False, server_default=""))
        batch.add_column(sa.Column("sacrum_assessed", sa.Boolean, nullable=False, server_default=sa.false()))
    op.drop_table("exams")
    op.execute("UPDATE notes SET pipeline_version = ''")

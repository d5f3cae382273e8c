"""Exam statements that correct an earlier entry: ``exams.corrects``.

The reading stage marks a statement made in a correction of an earlier entry ("Correction to yesterday's entry: the
MRI of 10/02 was of the lumbar spine", exams.json ``corrections`` of the note's own lexicon), and resolve_exams reads
the mark instead of the wording. Statements stored before read as no correction until their notes are analysed again,
which a run does for every note whose lexicon version differs (as it does for the release that brings this column).

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exams") as batch:
        batch.add_column(sa.Column("corrects", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("exams") as batch:
        batch.drop_column("corrects")

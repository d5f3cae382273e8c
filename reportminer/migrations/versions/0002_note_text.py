"""Note text: the review workspace shows each note's text with its mentions highlighted.

Adds ``notes.text`` (empty for notes processed before this revision). Those notes are also marked to be analysed
again (their ``pipeline_version`` is cleared), so that a run whose input contains them again stores their text;
notes that never come back keep an empty text, and the workspace then shows their mentions' sentences only.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("notes") as batch:
        batch.add_column(sa.Column("text", sa.Text, nullable=False, server_default=""))
    op.execute("UPDATE notes SET pipeline_version = '' WHERE text = ''")


def downgrade() -> None:
    with op.batch_alter_table("notes") as batch:
        batch.drop_column("text")

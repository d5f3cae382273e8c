"""Case score: the ranker's calibrated probability that an auditor confirms a flagged case.

Adds ``cases.score`` (null without a model, or for an unflagged case) and ``cases.score_model`` (the SHA-256 of
the model's training data, so a retrained model's scores are told apart).

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("score", sa.Float, nullable=True))
        batch.add_column(sa.Column("score_model", sa.String, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("score_model")
        batch.drop_column("score")

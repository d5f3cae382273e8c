"""HL7 v2 inbox: messages received by the listener, the notes and patients they carry, and a quarantine.

``inbound_messages`` keys every accepted message by sender and control id (a resend is stored once);
``inbound_notes`` holds the latest version of each note (a correction replaces it); ``inbound_patients`` sex and
birth date; ``quarantine`` every message that could not be used, as received, with the reason.

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbound_messages",
        sa.Column("sender", sa.String, primary_key=True),
        sa.Column("control_id", sa.String, primary_key=True),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("message_type", sa.String, nullable=False),
        sa.Column("notes", sa.Integer, nullable=False),
        sa.Column("outcome", sa.String, nullable=False),
    )
    op.create_table(
        "inbound_notes",
        sa.Column("note_id", sa.String, primary_key=True),
        sa.Column("patient_id", sa.String, nullable=False),
        sa.Column("note_date", sa.DateTime, nullable=False),
        sa.Column("note_type", sa.String, nullable=False),
        sa.Column("exam", sa.String, nullable=False),
        sa.Column("unit", sa.String, nullable=False),
        sa.Column("language", sa.String, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("result_status", sa.String, nullable=False),
        sa.Column("sender", sa.String, nullable=False),
        sa.Column("control_id", sa.String, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_inbound_notes_patient_id", "inbound_notes", ["patient_id"])
    op.create_table(
        "inbound_patients",
        sa.Column("patient_id", sa.String, primary_key=True),
        sa.Column("sex", sa.String, nullable=False),
        sa.Column("birth_date", sa.DateTime, nullable=True),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("peer", sa.String, nullable=False),
        sa.Column("sender", sa.String, nullable=False),
        sa.Column("control_id", sa.String, nullable=False),
        sa.Column("ack_code", sa.String, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("quarantine")
    op.drop_table("inbound_patients")
    op.drop_index("ix_inbound_notes_patient_id", "inbound_notes")
    op.drop_table("inbound_notes")
    op.drop_table("inbound_messages")

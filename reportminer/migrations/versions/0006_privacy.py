"""Named users, an append-only access log, and provenance per run.

Adds ``users`` (name, argon2 password hash or none for single sign-on only, role, disabled), ``access_log``
(who saw which patient's data, when, from where; the database refuses UPDATE and DELETE on it with triggers, so
not even a bug in the application can edit it), and ``runs.rules_hash`` / ``runs.provenance`` (the site rules'
hash, and a JSON record of versions, rules, inputs, times and counts).

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_MESSAGE = "access_log is append-only"


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("username", sa.String(100), primary_key=True),
        sa.Column("password_hash", sa.String, nullable=True),  # null: signs in through single sign-on only
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("disabled_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime, nullable=False, index=True),
        sa.Column("username", sa.String, nullable=False, index=True),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("patient_id", sa.String, nullable=False, index=True),
        sa.Column("remote_addr", sa.String, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""CREATE FUNCTION access_log_append_only() RETURNS trigger AS $$
                       BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$ LANGUAGE plpgsql""")
        op.execute("CREATE TRIGGER access_log_no_change BEFORE UPDATE OR DELETE ON access_log "
                   "FOR EACH ROW EXECUTE FUNCTION access_log_append_only()")
        op.execute("CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log "
                   "FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only()")
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER access_log_no_{event.lower()} BEFORE {event} ON access_log "
                       f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("rules_hash", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("provenance", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("provenance")
        batch.drop_column("rules_hash")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS access_log_no_truncate ON access_log")
        op.execute("DROP TRIGGER IF EXISTS access_log_no_change ON access_log")
        op.execute("DROP FUNCTION IF EXISTS access_log_append_only()")
    op.drop_table("access_log")
    op.drop_table("users")

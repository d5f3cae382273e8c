"""The state schema: migrations create exactly the tables the code describes, on both databases."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from reportminer.state import MIGRATIONS, engine_for, metadata, upgrade


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config



def test_state_migrations_match_the_schema_in_code(db_url):
    upgrade(db_url)
    with engine_for(db_url).connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_state_upgrade_is_idempotent(db_url):
    upgrade(db_url)
    upgrade(db_url)
    with engine_for(db_url).connect() as conn:
        head = ScriptDirectory.from_config(_config()).get_current_head()
        assert MigrationContext.configure(conn).get_current_revision() == head

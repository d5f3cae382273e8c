"""The state schema: migrations create exactly the tables the code describes, on both databases."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from reportminer.state import MIGRATIONS, engine_for, metadata, upgrade


def test_state_migrations_match_the_schema_in_code(db_url):
    upgrade(db_url)
    with engine_for(db_url).connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_state_upgrade_is_idempotent(db_url):
    upgrade(db_url)
    upgrade(db_url)
    with engine_for(db_url).connect() as conn:
        head = ScriptDirectory.from_config(_alembic(db_url)).get_current_head()
        assert MigrationContext.configure(conn).get_current_revision() == head


def _alembic(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def test_state_migration_0004_adds_exams_and_reprocesses_every_note(db_url):
    """From 0003 with a processed note: the exams table appears, the note facts it replaces go, and the note
    is marked for analysis again (so its exams get stated); downgrade restores the columns."""
    command.upgrade(_alembic(db_url), "0003")
    engine = engine_for(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO notes (note_id, patient_id, note_date, note_type, exam, unit, language, content_hash, "
            "pipeline_version, exam_concept, exam_region, sacrum_assessed, text_age, text_sex, processed_at, run_id, "
            "text) VALUES ('n1', 'p1', '2025-01-14 00:00:00', 'radiology', 'MR bäcken', '', 'sv', 'h', 'v1', "
            "'imaging_mri', 'pelvis', false, 0, '', '2025-01-14 00:00:00', 1, 'MR bäcken')"))
    command.upgrade(_alembic(db_url), "0004")
    inspector = sa.inspect(engine)
    assert "exams" in inspector.get_table_names()
    assert {"exam_concept", "exam_region", "sacrum_assessed"}.isdisjoint(c["name"] for c in inspector.get_columns("notes"))
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT pipeline_version FROM notes")).scalar_one() == ""
    command.downgrade(_alembic(db_url), "0003")
    inspector = sa.inspect(engine)
    assert "exams" not in inspector.get_table_names()
    assert "exam_concept" in {c["name"] for c in inspector.get_columns("notes")}
    engine.dispose()

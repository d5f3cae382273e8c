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


def _exam_row(i: int) -> dict:
    import datetime as dt

    row = {"note_id": f"n{i}", "patient_id": "p1", "note_date": dt.datetime(2025, 1, 14, 8, 30, 5, 123),
           "date": None if i % 3 == 1 else dt.datetime(2024, 12, 31), "modality": "mri", "region": "pelvis",
           "status": "performed", "reason": "", "requested": i % 3 == 2, "covers_sacrum": True, "evidence": "MR bäcken",
           "seq": i}
    return row


def test_state_insert_rows_stores_what_sqlalchemy_stores(db_url, tmp_path):
    """insert_rows (a prepared statement over tuples on SQLite) leaves the very values SQLAlchemy's insert leaves,
    read back raw: dates, missing dates, booleans, text."""
    from reportminer.state import exams, insert_rows

    upgrade(db_url)
    engine = engine_for(db_url)
    rows = [_exam_row(i) for i in range(6)]
    with engine.begin() as conn:
        insert_rows(conn, exams, rows[:3])
        conn.execute(exams.insert(), rows[3:])
    with engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT note_date, date, requested, covers_sacrum, evidence, seq FROM exams "
                                      "ORDER BY seq").fetchall()
        typed = conn.execute(sa.select(exams).order_by(exams.c.seq)).fetchall()
    fast, reference = stored[:3], stored[3:]
    assert [tuple(r[:5]) for r in fast] == [tuple(r[:5]) for r in reference]  # the same rows, stored alike
    assert [(r.note_date, r.date, r.requested) for r in typed] == [(r["note_date"], r["date"], r["requested"])
                                                                   for r in rows]


def test_state_insert_rows_with_nothing_to_insert_does_nothing(db_url):
    from reportminer.state import exams, insert_rows

    upgrade(db_url)
    with engine_for(db_url).begin() as conn:
        insert_rows(conn, exams, [])
        assert conn.execute(sa.select(sa.func.count()).select_from(exams)).scalar_one() == 0


def test_state_insert_rows_fills_defaults_of_columns_left_out(tmp_path):
    """A row without a column that has a default gets the default, as SQLAlchemy gives it."""
    from reportminer.state import insert_rows, notes

    url = f"sqlite:///{tmp_path / 'state.db'}"
    upgrade(url)
    import datetime as dt

    row = {"note_id": "n1", "patient_id": "p1", "note_date": dt.datetime(2025, 1, 14), "note_type": "clinical",
           "language": "sv", "content_hash": "x" * 64, "pipeline_version": "v", "processed_at": dt.datetime(2025, 1, 15),
           "run_id": 1}
    with engine_for(url).begin() as conn:
        insert_rows(conn, notes, [row])
        stored = conn.execute(sa.select(notes.c.exam, notes.c.unit, notes.c.text_age, notes.c.text_sex)).one()
    assert tuple(stored) == ("", "", 0, "")

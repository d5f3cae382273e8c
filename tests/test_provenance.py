"""Provenance: scan's run.json, the nightly database's record per run, and the run id and versions carried by
exports and the static report."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime

import pandas as pd
import sqlalchemy as sa
from click.testing import CliRunner

from reportminer import __version__
from reportminer.cli import main
from reportminer.nightly import pipeline_version
from reportminer.rules import bundled_rules_text, load_rules
from reportminer.state import engine_for, runs

from .conftest import write_rows

NOTES = [
    {"note_id": "V1", "patient_id": "Q1", "note_date": "2025-03-01", "note_type": "radiology", "exam": "Rtg bäcken",
     "text": "Fraktur i vänster ramus inferior.", "language": "sv"},
    {"note_id": "V2", "patient_id": "Q2", "note_date": "2025-03-04", "note_type": "clinical", "exam": "",
     "text": "Known osteoporosis. Complains of low back pain.", "language": "en"},
]


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_provenance_scan_writes_run_json(tmp_path):
    notes = write_rows(tmp_path / "notes.csv", NOTES)
    patients = write_rows(tmp_path / "patients.csv", [{"patient_id": "Q1", "sex": "F", "age": "81"}])
    rules = tmp_path / "rules.toml"
    rules.write_text(bundled_rules_text().replace("age = 60", "age = 65"), encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(notes), "--patients", str(patients), "--out",
                                       str(tmp_path / "out"), "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert record["reportminer_version"] == __version__
    assert record["pipeline_version"] == pipeline_version()
    assert set(record["lexicon_versions"]) == {"sv", "en"}
    assert record["rules"]["hash"] == load_rules(rules).hash != load_rules().hash
    assert "age = 65" in record["rules"]["content"] and record["rules"]["source"] == str(rules)
    assert [(i["name"], i["bytes"], i["sha256"]) for i in record["inputs"]] == [
        ("notes.csv", notes.stat().st_size, _sha256(notes)), ("patients.csv", patients.stat().st_size, _sha256(patients))]
    started, ended = (datetime.fromisoformat(record[k]) for k in ("started_at", "ended_at"))
    assert started <= ended
    assert record["counts"]["notes_read"] == 2 and record["counts"]["cases_flagged"] == 2
    assert record["status"] == "ok" and record["outputs"] == ["mentions.csv", "cases.csv"]
    assert record["pseudonymised"] is False


def test_provenance_nightly_records_the_same_per_run(tmp_path):
    notes = write_rows(tmp_path / "notes.csv", NOTES)
    db = tmp_path / "state.db"
    for _ in range(2):
        assert CliRunner().invoke(main, ["nightly", str(notes), "--db", str(db), "--workers", "1"]).exit_code == 0
    with engine_for(f"sqlite:///{db}").connect() as conn:
        rows = conn.execute(sa.select(runs).order_by(runs.c.run_id)).all()
    assert len(rows) == 2
    for row in rows:
        record = json.loads(row.provenance)
        assert record["run_id"] == row.run_id and record["status"] == "ok"
        assert row.rules_hash == record["rules"]["hash"] == load_rules().hash
        assert record["inputs"][0]["sha256"] == _sha256(notes)
        assert record["pipeline_version"] == row.pipeline_version
    assert json.loads(rows[0].provenance)["counts"]["notes_new"] == 2
    assert json.loads(rows[1].provenance)["counts"]["notes_unchanged"] == 2


def test_provenance_nightly_from_a_query_records_its_hash(tmp_path):
    source = tmp_path / "source.db"
    pd.DataFrame(NOTES).to_sql("notes", sa.create_engine(f"sqlite:///{source}"), index=False)
    query = "SELECT * FROM notes"
    result = CliRunner().invoke(main, ["nightly", "--db", str(tmp_path / "state.db"), "--source-url",
                                       f"sqlite:///{source}", "--query", query, "--workers", "1"])
    assert result.exit_code == 0, result.output
    with engine_for(f"sqlite:///{tmp_path / 'state.db'}").connect() as conn:
        record = json.loads(conn.execute(sa.select(runs.c.provenance)).scalar_one())
    assert record["inputs"] == [{"name": "query", "bytes": len(query),
                                 "sha256": hashlib.sha256(query.encode()).hexdigest()}]


def test_provenance_exports_and_report_carry_run_and_versions(tmp_path):
    notes = write_rows(tmp_path / "notes.csv", NOTES)
    db = tmp_path / "state.db"
    assert CliRunner().invoke(main, ["nightly", str(notes), "--db", str(db), "--workers", "1"]).exit_code == 0
    for name in ("cases.csv", "cases.parquet"):
        assert CliRunner().invoke(main, ["export", "--db", str(db), "--out", str(tmp_path / name)]).exit_code == 0
        meta = json.loads((tmp_path / f"{name}.provenance.json").read_text())
        assert meta["run_id"] == "1" and meta["pipeline_version"] == pipeline_version()
        assert meta["rules_hash"] == load_rules().hash and meta["pseudonymised"] == "false"
    assert CliRunner().invoke(main, ["export", "--db", str(db), "--out", str(tmp_path / "c.xlsx")]).exit_code == 0
    sheet = pd.read_excel(tmp_path / "c.xlsx", sheet_name="metadata", dtype=str)
    assert dict(zip(sheet["key"], sheet["value"]))["run_id"] == "1"
    assert CliRunner().invoke(main, ["report", "--db", str(db), "--out", str(tmp_path / "r.html")]).exit_code == 0
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    footer = html[html.index('<footer class="provenance"'):]
    assert "run 1" in footer and pipeline_version() in footer and load_rules().hash[:12] in footer
    assert "pseudonymised" not in footer


def test_provenance_migration_0006_on_a_database_of_an_older_version(any_db_url, tmp_path):
    """A database from before migration 0006 (downgraded to 0005) gets the tables and columns; its old runs count
    as made under the default rules, so the next run with them re-evaluates nothing."""
    from alembic import command
    from alembic.config import Config

    from reportminer.nightly import NightlyRun
    from reportminer.sources import FileSource
    from reportminer.state import MIGRATIONS, upgrade

    notes = write_rows(tmp_path / "notes.csv", NOTES)
    NightlyRun(any_db_url, FileSource(notes, 100)).run()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", any_db_url.replace("%", "%%"))
    command.downgrade(config, "0005")
    engine = engine_for(any_db_url)
    assert not sa.inspect(engine).has_table("access_log")
    engine.dispose()
    upgrade(any_db_url)
    engine = engine_for(any_db_url)
    assert {"users", "access_log"} <= set(sa.inspect(engine).get_table_names())
    with engine.connect() as conn:
        assert conn.execute(sa.select(runs.c.rules_hash, runs.c.provenance)).all() == [("", "")]
    engine.dispose()
    summary = NightlyRun(any_db_url, FileSource(notes, 100)).run()
    assert summary.cases_updated == 0 and summary.notes_unchanged == 2


def test_provenance_command_line_exports_are_in_the_access_log(tmp_path):
    from reportminer.access_log import read_access_log

    notes = write_rows(tmp_path / "notes.csv", NOTES)
    db = tmp_path / "state.db"
    assert CliRunner().invoke(main, ["nightly", str(notes), "--db", str(db), "--workers", "1"]).exit_code == 0
    assert CliRunner().invoke(main, ["export", "--db", str(db), "--out", str(tmp_path / "c.csv")]).exit_code == 0
    assert CliRunner().invoke(main, ["report", "--db", str(db), "--out", str(tmp_path / "r.html")]).exit_code == 0
    rows = read_access_log(f"sqlite:///{db}")
    assert rows[["action", "patient_id", "detail"]].values.tolist() == [
        ["export", "Q1", "c.csv"], ["export", "Q2", "c.csv"], ["report", "Q1", "r.html"], ["report", "Q2", "r.html"]]
    assert rows["username"].str.startswith("cli:").all()


def test_provenance_export_of_a_missing_database_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "typo.db"), "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 2 and "no such database file" in result.output
    assert not (tmp_path / "typo.db").exists() and not (tmp_path / "c.csv").exists()

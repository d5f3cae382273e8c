"""The nightly job against real databases: SQLite always, PostgreSQL whenever a server is reachable.

The ``db_url`` fixture (tests/conftest.py) gives each test an SQLite file and then its own PostgreSQL database;
under CI=true the PostgreSQL tests must run: an unreachable server is a failure there, not a skip.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from reportminer import nightly as nightly_module
from reportminer.cli import main
from reportminer.io import read_patients
from reportminer.nightly import LockHeld, NightlyRun, read_cases
from reportminer.sources import FileSource, SqlSource
from reportminer.state import engine_for, mentions, notes, run_lock, runs, upgrade
from reportminer.synthetic import generate_notes

from .conftest import SAMPLE

def _run(db_url, path, patients=SAMPLE / "patients.csv", workers=1, chunk_size=40, **kw):
    patient_table = read_patients(patients)[0] if patients else None
    return NightlyRun(db_url, FileSource(path, chunk_size), patient_table, workers=workers, **kw).run()


def _table(db_url, table, order):
    with engine_for(db_url).connect() as conn:
        frame = pd.read_sql(sa.select(table).order_by(*order), conn)
    return frame.drop(columns=[c for c in ("id", "processed_at", "run_id") if c in frame.columns])


def _snapshot(db_url):
    return (read_cases(db_url), _table(db_url, mentions, [mentions.c.note_id, mentions.c.start, mentions.c.concept]))


def test_nightly_first_run_equals_scan(db_url, tmp_path):
    summary = _run(db_url, SAMPLE / "notes.csv")
    assert (summary.notes_read, summary.notes_new, summary.notes_unchanged) == (163, 163, 0)
    result = CliRunner().invoke(main, ["scan", str(SAMPLE / "notes.csv"), "--patients", str(SAMPLE / "patients.csv"),
                                       "--out", str(tmp_path / "scan")])
    assert result.exit_code == 0
    scanned = pd.read_csv(tmp_path / "scan" / "cases.csv", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(read_cases(db_url), scanned)


def test_nightly_second_run_changes_nothing(db_url):
    _run(db_url, SAMPLE / "notes.csv")
    before = _snapshot(db_url)
    summary = _run(db_url, SAMPLE / "notes.csv")
    assert (summary.notes_new, summary.notes_changed, summary.notes_unchanged, summary.cases_updated) == (0, 0, 163, 0)
    after = _snapshot(db_url)
    for a, b in zip(before, after):
        pd.testing.assert_frame_equal(a, b)


def test_nightly_processes_only_new_and_changed_notes(db_url, tmp_path):
    _run(db_url, SAMPLE / "notes.csv")
    frame = pd.read_csv(SAMPLE / "notes.csv", dtype=str, keep_default_na=False)
    frame.loc[frame["note_id"] == "S003_01", "text"] += "\nTillägg: Misstänkt sakrumfraktur."
    extra = {"note_id": "S004_99", "patient_id": "S004", "note_date": "2026-01-02", "note_type": "radiology",
             "exam": "MR bäcken", "text": "Fynd: Ingen sakrumfraktur.", "language": "sv", "unit": ""}
    frame = pd.concat([frame, pd.DataFrame([extra])], ignore_index=True)
    frame.to_csv(tmp_path / "notes.csv", index=False)
    summary = _run(db_url, tmp_path / "notes.csv")
    assert (summary.notes_new, summary.notes_changed, summary.notes_unchanged) == (1, 1, 162)
    assert summary.cases_updated == 2  # S003 and S004, no one else
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    _run(fresh, tmp_path / "notes.csv")
    pd.testing.assert_frame_equal(read_cases(db_url), read_cases(fresh))


def test_nightly_new_pipeline_version_reprocesses_history(db_url, monkeypatch):
    _run(db_url, SAMPLE / "notes.csv")
    monkeypatch.setattr(nightly_module, "pipeline_version", lambda lexicon_dir=None: "next-version")
    summary = _run(db_url, SAMPLE / "notes.csv")
    assert (summary.notes_reprocessed, summary.notes_unchanged) == (163, 0)
    assert _run(db_url, SAMPLE / "notes.csv").notes_unchanged == 163


def test_nightly_two_workers_give_the_same_result(db_url, tmp_path):
    _run(db_url, SAMPLE / "notes.csv", workers=2)
    single = f"sqlite:///{tmp_path / 'single.db'}"
    _run(single, SAMPLE / "notes.csv", workers=1)
    for a, b in zip(_snapshot(db_url), _snapshot(single)):
        pd.testing.assert_frame_equal(a, b)


def test_nightly_duplicate_ids_stop_the_run_before_it_writes(db_url, tmp_path):
    frame = pd.read_csv(SAMPLE / "notes.csv", dtype=str, keep_default_na=False)
    pd.concat([frame, frame.iloc[[5]]]).to_csv(tmp_path / "dup.csv", index=False)
    with pytest.raises(Exception, match=r"duplicate note id.*S00"):
        _run(db_url, tmp_path / "dup.csv")
    assert _table(db_url, notes, [notes.c.note_id]).empty
    with engine_for(db_url).connect() as conn:
        assert conn.execute(sa.select(runs.c.status)).scalar_one() == "failed"


def test_nightly_lock_held_by_a_live_run_refuses_to_start(db_url):
    upgrade(db_url)
    with engine_for(db_url).begin() as conn:
        conn.execute(run_lock.update().values(run_id=99, holder="other-host:4242", heartbeat=datetime.now()))
    with pytest.raises(LockHeld, match="run 99 .*other-host:4242.* holds the lock"):
        _run(db_url, SAMPLE / "notes.csv")


def test_nightly_stale_lock_is_taken_over(db_url):
    upgrade(db_url)
    with engine_for(db_url).begin() as conn:
        conn.execute(run_lock.update().values(run_id=99, holder="other-host:4242",
                                              heartbeat=datetime.now() - timedelta(hours=2)))
    assert _run(db_url, SAMPLE / "notes.csv").notes_new == 163
    with engine_for(db_url).connect() as conn:
        assert conn.execute(sa.select(run_lock.c.holder)).scalar_one() is None


def test_nightly_review_decision_closes_the_case_until_new_evidence(db_url, tmp_path):
    _run(db_url, SAMPLE / "notes.csv")
    runner = CliRunner()
    result = runner.invoke(main, ["review", "S001", "--db", db_url, "--decision", "dismissed", "--by", "auditor"])
    assert result.exit_code == 0, result.output
    case = read_cases(db_url).set_index("patient_id").loc["S001"]
    assert case["flagged"] == "false"
    _run(db_url, SAMPLE / "notes.csv")
    assert read_cases(db_url).set_index("patient_id").loc["S001", "flagged"] == "false"
    frame = pd.read_csv(SAMPLE / "notes.csv", dtype=str, keep_default_na=False)
    later = (datetime.now() + timedelta(days=2)).strftime("%Y-%m-%d")
    extra = {"note_id": "S001_99", "patient_id": "S001", "note_date": later, "note_type": "radiology",
             "exam": "Rtg bäcken", "text": "Fynd: Ny fraktur i höger ramus inferior.", "language": "sv", "unit": ""}
    pd.concat([frame, pd.DataFrame([extra])], ignore_index=True).to_csv(tmp_path / "notes.csv", index=False)
    _run(db_url, tmp_path / "notes.csv")
    assert read_cases(db_url).set_index("patient_id").loc["S001", "flagged"] == "true"


def test_nightly_reads_notes_from_an_sql_query(db_url, tmp_path):
    source_db = f"sqlite:///{tmp_path / 'hospital.db'}"
    frame = pd.read_csv(SAMPLE / "notes.csv", dtype=str, keep_default_na=False)
    frame.to_sql("journal", sa.create_engine(source_db), index=False)
    patients = read_patients(SAMPLE / "patients.csv")[0]
    NightlyRun(db_url, SqlSource(source_db, "SELECT * FROM journal WHERE note_type IS NOT NULL", 50), patients).run()
    file_db = f"sqlite:///{tmp_path / 'file.db'}"
    _run(file_db, SAMPLE / "notes.csv")
    pd.testing.assert_frame_equal(read_cases(db_url), read_cases(file_db))


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".xlsx"])
def test_nightly_export_is_byte_identical(db_url, tmp_path, suffix):
    _run(db_url, SAMPLE / "notes.csv")
    runner = CliRunner()
    for name in ("a", "b"):
        result = runner.invoke(main, ["export", "--db", db_url, "--out", str(tmp_path / f"{name}{suffix}")])
        assert result.exit_code == 0, result.output
    assert (tmp_path / f"a{suffix}").read_bytes() == (tmp_path / f"b{suffix}").read_bytes()
    back = pd.read_excel(tmp_path / "a.xlsx", dtype=str).fillna("") if suffix == ".xlsx" else None
    if back is not None:
        assert list(back["patient_id"]) == sorted(back["patient_id"])


def test_nightly_cli_lock_exit_code_and_summary_line(db_url):
    runner = CliRunner()
    args = ["nightly", str(SAMPLE / "notes.csv"), "--db", db_url, "--patients", str(SAMPLE / "patients.csv"),
            "--workers", "1"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output.count("\n") == 1 and "163 new" in result.output
    with engine_for(db_url).begin() as conn:
        conn.execute(run_lock.update().values(run_id=7, holder="elsewhere:1", heartbeat=datetime.now()))
    result = runner.invoke(main, args)
    assert result.exit_code == 3
    assert "holds the lock" in result.output


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "reportminer.cli", *args]


def test_nightly_survives_kill_9_and_finishes_like_an_uninterrupted_run(db_url, tmp_path):
    generate_notes(3000, seed=3, finding_rate=0.3).to_csv(tmp_path / "notes.csv", index=False)
    args = ["nightly", str(tmp_path / "notes.csv"), "--db", db_url, "--workers", "1", "--chunk-size", "100"]
    proc = subprocess.Popen(_cli(*args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = engine_for(db_url)
    deadline = time.time() + 120
    done = 0
    while time.time() < deadline and proc.poll() is None:
        try:
            with engine.connect() as conn:
                done = conn.execute(sa.select(sa.func.count()).select_from(notes)).scalar_one()
        except Exception:
            done = 0
        if done >= 300:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed; give it more notes"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < done < 3000
    engine.dispose()
    # The dead run's lock has no live process behind it: the next run takes it over and finishes the work.
    result = subprocess.run(_cli(*args), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    subprocess.run(_cli("nightly", str(tmp_path / "notes.csv"), "--db", fresh, "--workers", "1"), check=True,
                   capture_output=True, timeout=300)
    for a, b in zip(_snapshot(db_url), _snapshot(fresh)):
        pd.testing.assert_frame_equal(a, b)


def _peak_rss_kb(tmp_path, n: int) -> int:
    path = tmp_path / f"notes{n}.parquet"
    generate_notes(n, seed=11, finding_rate=0.05, mean_chars=400).to_parquet(path, index=False)
    code = ("import resource, sys\nfrom reportminer.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, "nightly", str(path), "--db", str(tmp_path / f"m{n}.db"),
                          "--workers", "1", "--chunk-size", "500"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    return int(out.stdout.strip().splitlines()[-1])


def test_nightly_peak_memory_does_not_grow_with_input_size(tmp_path):
    small, large = _peak_rss_kb(tmp_path, 1000), _peak_rss_kb(tmp_path, 10000)
    assert large < small * 1.3, f"peak RSS {small} kB for 1,000 notes but {large} kB for 10,000"


def test_nightly_with_a_model_scores_flagged_cases_and_export_carries_it(db_url, tmp_path):
    from reportminer.state import cases as cases_table

    model = Path(__file__).resolve().parent.parent / "models" / "ranker.joblib"
    _run(db_url, SAMPLE / "notes.csv", model_path=str(model))
    frame = read_cases(db_url)
    assert list(frame.columns)[-1] == "score"
    flagged = frame[frame["flagged"] == "true"]
    assert flagged["score"].map(lambda v: 0.0 <= float(v) <= 1.0).all()
    assert (frame.loc[frame["flagged"] == "false", "score"] == "").all()
    with engine_for(db_url).connect() as conn:
        models = {r.score_model for r in conn.execute(sa.select(cases_table.c.score_model)) if r.score_model}
    assert len(models) == 1


def test_nightly_refused_model_leaves_the_rule_priority(db_url, tmp_path, caplog):
    bad = tmp_path / "ranker.joblib"
    bad.write_bytes(b"not a model")
    (tmp_path / "ranker.json").write_text('{"versions": {"scikit-learn": "0.0"}}')
    _run(db_url, SAMPLE / "notes.csv", model_path=str(bad))
    assert "score" not in read_cases(db_url).columns


def test_a_process_keeps_the_engines_of_its_latest_databases_only(tmp_path):
    """A process that scans many databases (a test session, a scheduler serving several sites) keeps a few engines
    and disposes the oldest, instead of holding every database's files open."""
    from reportminer import nightly

    urls = [f"sqlite:///{tmp_path / f'site{i}.db'}" for i in range(nightly._ENGINE_LIMIT + 2)]
    for url in urls:
        with nightly._cached_engine(url).connect() as conn:
            conn.execute(sa.text("select 1"))
    kept = [url for url in urls if url in nightly._ENGINES]
    assert kept == urls[-nightly._ENGINE_LIMIT:]
    assert nightly._cached_engine(urls[-1]) is nightly._ENGINES[urls[-1]]  # the same engine is handed out again

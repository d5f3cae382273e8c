"""Shared fixtures: one pipeline per language for the whole session, and paths to the bundled data."""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from reportminer.nlp import get_pipeline

PG_ADMIN = os.environ.get("REPORTMINER_TEST_PG", "postgresql+psycopg://postgres:postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() == "true"
ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "reportminer" / "data" / "sample"
HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/e2e from the current output.")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def nlp_sv():
    return get_pipeline("sv")


@pytest.fixture(scope="session")
def nlp_en():
    return get_pipeline("en")


@pytest.fixture
def postgres_url():
    """A fresh PostgreSQL database for one test, dropped afterwards. Under CI=true an unreachable server fails
    the test (.ci/run must start it); elsewhere the test is skipped."""
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        admin.connect().close()
    except Exception:
        admin.dispose()
        if IN_CI:
            pytest.fail(f"CI=true but PostgreSQL at {PG_ADMIN} is unreachable: .ci/run must start it")
        pytest.skip("no PostgreSQL server reachable (set REPORTMINER_TEST_PG); runs in CI")
    name = f"rm_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    yield url
    sa.create_engine(url).dispose()
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_url(request, tmp_path):
    """An empty state database: an SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'state.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def db_url(any_db_url):
    return any_db_url


def write_rows(path: Path, rows: list[dict]) -> Path:
    """Write rows as JSON Lines or Parquet by the path's suffix, else as CSV."""
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    elif path.suffix == ".parquet":
        pd.DataFrame(rows).to_parquet(path, index=False)
    else:
        pd.DataFrame(rows).to_csv(path, index=False)
    return path


@pytest.fixture(scope="session")
def sample_decided_db(tmp_path_factory) -> str:
    """The sample notes through the nightly job into SQLite, with the sample review decisions (read only)."""
    from reportminer import ranker
    from reportminer.io import read_patients
    from reportminer.nightly import NightlyRun
    from reportminer.sources import FileSource

    url = f"sqlite:///{tmp_path_factory.mktemp('decided') / 'state.db'}"
    NightlyRun(url, FileSource(SAMPLE / "notes.csv", 2000), read_patients(SAMPLE / "patients.csv")[0]).run()
    ranker.load_decisions_csv(url, SAMPLE / "decisions.csv")
    return url


def load_golden(language: str, name: str) -> list[dict]:
    path = GOLDEN / language / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

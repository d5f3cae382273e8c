"""Shared fixtures: one pipeline per language for the whole session, and paths to the bundled data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportminer.nlp import get_pipeline

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


def load_golden(language: str, name: str) -> list[dict]:
    path = GOLDEN / language / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

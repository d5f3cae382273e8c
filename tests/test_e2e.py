"""End to end: fixed notes -> mentions.csv, exams.csv and cases.csv equal to the reviewed files in tests/golden/e2e/.

After a deliberate change, rewrite them with ``pytest tests/test_e2e.py --update-golden`` and review the diff.
"""
from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

from reportminer.cli import main

from .conftest import GOLDEN

E2E = GOLDEN / "e2e"


def _read(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_e2e_scan_writes_the_golden_tables(tmp_path, update_golden):
    result = CliRunner().invoke(main, ["scan", str(E2E / "notes.csv"), "--patients", str(E2E / "patients.csv"),
                                       "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("mentions.csv", "exams.csv", "cases.csv"):
        if update_golden:
            (E2E / f"expected_{name}").write_bytes((tmp_path / name).read_bytes())
        pd.testing.assert_frame_equal(_read(tmp_path / name), _read(E2E / f"expected_{name}"))


def test_e2e_output_is_byte_identical_between_runs(tmp_path):
    for run in ("a", "b"):
        CliRunner().invoke(main, ["scan", str(E2E / "notes.csv"), "--patients", str(E2E / "patients.csv"),
                                  "--out", str(tmp_path / run)])
    for name in ("mentions.csv", "exams.csv", "cases.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()

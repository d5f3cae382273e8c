"""An empty input file (0 bytes, blank lines, or a header without rows) is one clear line naming the file and
exit 1, never a traceback: for every reader and source, through the command line as a user runs it."""
from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from reportminer.cli import main

from .conftest import SAMPLE

HEADER = b"note_id,patient_id,note_date,note_type,exam,text,language,unit\n"
EMPTY_FILES = [
    pytest.param("notes.csv", b"", "empty (0 bytes)", id="csv-0-bytes"),
    pytest.param("notes.csv", HEADER, "no rows", id="csv-header-only"),
    pytest.param("notes.csv", b"\n\n  \n", "only blank lines", id="csv-blank-lines"),
    pytest.param("notes.jsonl", b"", "empty (0 bytes)", id="jsonl-0-bytes"),
    pytest.param("notes.parquet", b"", "empty (0 bytes)", id="parquet-0-bytes"),
    pytest.param("notes.parquet", None, "no rows", id="parquet-no-rows"),
    pytest.param("reports.hl7", b"", "empty (0 bytes)", id="hl7-0-bytes"),
    pytest.param("reports.hl7", b"\r\n\r\n", "only blank lines", id="hl7-blank-lines"),
    pytest.param("export.ndjson", b"", "empty (0 bytes)", id="fhir-ndjson-0-bytes"),
    pytest.param("export.ndjson", b'{"resourceType": "Patient", "id": "p1", "gender": "female"}\n',
                 "no notes in the file", id="fhir-ndjson-patients-only"),
    pytest.param("bundle.json", b"", "empty (0 bytes)", id="fhir-bundle-0-bytes"),
    pytest.param("bundle.json", b'{"resourceType": "Bundle", "type": "collection", "entry": []}',
                 "no notes in the file", id="fhir-bundle-no-entries"),
]


def write(path, content):
    if content is None:  # a Parquet file with the columns and no row
        pd.DataFrame({c: pd.Series([], dtype=str) for c in HEADER.decode().strip().split(",")}).to_parquet(path)
    else:
        path.write_bytes(content)
    return path


def assert_one_line_error(result, path, reason):
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert lines == [lines[0]] and lines[0].startswith(f"reportminer: error: {path}: "), result.output
    assert reason in lines[0]


@pytest.mark.parametrize("name, content, reason", EMPTY_FILES)
def test_empty_inputs_scan_is_one_line_naming_the_file(tmp_path, name, content, reason):
    path = write(tmp_path / name, content)
    result = CliRunner().invoke(main, ["scan", str(path), "--out", str(tmp_path / "out")])
    assert_one_line_error(result, path, reason)
    assert not (tmp_path / "out" / "cases.csv").exists()


@pytest.mark.parametrize("name, content, reason", EMPTY_FILES)
def test_empty_inputs_nightly_is_one_line_naming_the_file(tmp_path, name, content, reason):
    path = write(tmp_path / name, content)
    result = CliRunner().invoke(main, ["nightly", str(path), "--db", str(tmp_path / "state.db"), "--workers", "1"])
    assert_one_line_error(result, path, reason)


@pytest.mark.parametrize("content, reason", [
    pytest.param(b"", "empty (0 bytes)", id="0-bytes"),
    pytest.param(b"patient_id,sex,birth_date\n", "no rows", id="header-only"),
])
def test_empty_inputs_patients_file_is_one_line_naming_the_file(tmp_path, content, reason):
    patients = write(tmp_path / "patients.csv", content)
    result = CliRunner().invoke(main, ["scan", str(SAMPLE / "notes.csv"), "--patients", str(patients),
                                       "--out", str(tmp_path / "out")])
    assert_one_line_error(result, patients, reason)


def test_empty_inputs_scan_on_dask_is_one_line_naming_the_file(tmp_path):
    path = write(tmp_path / "notes.csv", b"")
    result = CliRunner().invoke(main, ["scan", str(path), "--out", str(tmp_path / "out"), "--engine", "dask"])
    assert_one_line_error(result, path, "empty (0 bytes)")


def test_empty_inputs_nightly_on_an_empty_inbox_is_no_error(tmp_path):
    """No stored notes is a quiet night, not an empty file: exit 0, nothing read."""
    result = CliRunner().invoke(main, ["nightly", "--db", str(tmp_path / "state.db"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "0 notes read" in result.output

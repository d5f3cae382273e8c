"""The Dask engine gives the local engine's results: on the sample notes, from CSV, Parquet and JSON Lines, on a
``dask.distributed.LocalCluster`` of two single-threaded worker processes.

Skipped only when Dask is not installed and CI is not "true" (CI installs the ``test`` extra, which has Dask).
"""
from __future__ import annotations

import json
import os

import pandas as pd
import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"
try:
    import dask  # noqa: F401
    import distributed
except ImportError:
    if IN_CI:
        raise
    pytest.skip("dask is not installed (pip install 'reportminer[dask]'); runs in CI", allow_module_level=True)

from reportminer import dask_engine
from reportminer.dask_engine import (DaskNightlyRun, analyse_batches, cases_from_batches, patient_rows, scan_dask,
                                     scan_dask_result)
from reportminer.io import (CASE_COLUMNS, MENTION_COLUMNS, DuplicateNoteIds, InputError, read_notes, read_patients,
                            read_table)
from reportminer.nightly import NightlyRun, read_cases
from reportminer.pipeline import scan
from reportminer.sources import FileSource

from .conftest import SAMPLE

NOTES = SAMPLE / "notes.csv"
# dask's Parquet reader calls reset_index(inplace=True), which pandas 3.1 deprecates: not ours to fix
pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame.reset_index")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        with distributed.Client(c) as client:
            yield c, client


@pytest.fixture(scope="module")
def patients():
    return read_patients(SAMPLE / "patients.csv")[0]


def _local(path, patients=None, as_of=None):
    notes, problems = read_notes(path)
    result = scan(notes, patients, as_of=as_of)
    return result.mentions[list(MENTION_COLUMNS)], result.cases[list(CASE_COLUMNS)], problems + result.problems


@pytest.fixture(scope="module")
def local(patients):
    return _local(NOTES, patients)


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    """The sample notes as Parquet (several row groups) and as JSON Lines."""
    folder = tmp_path_factory.mktemp("copies")
    frame = read_table(NOTES)
    frame.to_parquet(folder / "notes.parquet", index=False, row_group_size=50)
    with (folder / "notes.jsonl").open("w", encoding="utf-8") as handle:
        for record in frame.to_dict(orient="records"):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def _assert_same(got, expected):
    mentions, cases, problems = got
    expected_mentions, expected_cases, expected_problems = expected
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    assert list(cases.columns) == list(CASE_COLUMNS)
    pd.testing.assert_frame_equal(mentions, expected_mentions.reset_index(drop=True))
    pd.testing.assert_frame_equal(cases, expected_cases.reset_index(drop=True))
    assert problems == expected_problems


def test_csv_on_local_cluster_equals_local_engine(cluster, local, patients):
    got = scan_dask(NOTES, patients)  # scheduler=None: the current client, the LocalCluster's
    assert len(got[0]) > 500 and got[1]["flagged"].eq("true").sum() > 10  # a real comparison, not of empties
    _assert_same(got, local)


def test_parquet_by_scheduler_address_equals_local_engine(cluster, local, patients, copies):
    address = cluster[0].scheduler_address
    assert address.startswith("tcp://")
    _assert_same(scan_dask(copies / "notes.parquet", patients, scheduler=address, npartitions=5), local)


def test_jsonl_without_patients_with_as_of_equals_local_engine(cluster, copies):
    expected = _local(NOTES, None, as_of="2024-06-30")
    result = scan_dask_result(copies / "notes.jsonl", None, as_of="2024-06-30", npartitions=3)
    _assert_same((result.mentions, result.cases, result.problems), expected[:2] + ([],))
    notes, _ = read_notes(NOTES)
    later = int((notes["note_date"] > pd.Timestamp("2024-06-30")).sum())
    assert 0 < later < len(notes)
    assert (result.notes_read, result.skipped_after_as_of) == (len(notes), later)


def test_bad_rows_are_reported_with_their_row_numbers_across_partitions(cluster, tmp_path, patients):
    frame = read_table(NOTES)
    frame.loc[3, "text"] = "  "
    frame.loc[60, "note_date"] = "2024-13-45"
    frame.loc[100, "language"] = "de"
    frame.loc[150, "patient_id"] = ""
    frame.to_csv(tmp_path / "notes.csv", index=False)
    expected = _local(tmp_path / "notes.csv", patients)
    assert [p.row for p in expected[2]] == [5, 62, 102, 152]
    _assert_same(scan_dask(tmp_path / "notes.csv", patients, npartitions=4), expected)


def test_duplicate_ids_are_refused_with_every_id_and_row(cluster, tmp_path, patients):
    frame = read_table(NOTES)
    frame = pd.concat([frame, frame.iloc[[5, 100, 100]]], ignore_index=True)
    frame.to_csv(tmp_path / "notes.csv", index=False)
    with pytest.raises(DuplicateNoteIds) as local_error:
        read_notes(tmp_path / "notes.csv")
    with pytest.raises(DuplicateNoteIds) as dask_error:
        scan_dask(tmp_path / "notes.csv", patients, npartitions=3)
    assert str(dask_error.value) == str(local_error.value)
    assert frame.loc[5, "note_id"] in str(dask_error.value) and "2 duplicate note id(s)" in str(dask_error.value)


def test_duplicate_ids_raise_before_any_analysis(tmp_path, monkeypatch):
    frame = read_table(NOTES)
    pd.concat([frame, frame.iloc[[7]]], ignore_index=True).to_parquet(tmp_path / "notes.parquet", index=False)

    def must_not_run(*args, **kwargs):
        raise AssertionError("notes were analysed before the duplicate check")

    monkeypatch.setattr(dask_engine, "analyse_notes", must_not_run)
    with pytest.raises(DuplicateNoteIds, match=frame.loc[7, "note_id"]):
        scan_dask(tmp_path / "notes.parquet", scheduler="synchronous", npartitions=4)


def test_unusable_input_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        scan_dask(tmp_path / "missing.csv", scheduler="synchronous")
    read_table(NOTES).drop(columns=["text"]).to_csv(tmp_path / "notes.csv", index=False)
    with pytest.raises(InputError, match=r"missing required column\(s\) \['text'\]"):
        scan_dask(tmp_path / "notes.csv", scheduler="synchronous")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="unknown format"):
        scan_dask(tmp_path / "notes.txt", scheduler="synchronous")


def test_partition_functions_serve_map_in_pandas(local, patients):
    """Spark's mapInPandas, emulated with pandas: batches in, a repartition by patient, batches again."""
    raw = read_table(NOTES).sample(frac=1, random_state=3)  # Spark keeps no input order either
    analysed = pd.concat(analyse_batches(raw.iloc[i:i + 37] for i in range(0, len(raw), 37)), ignore_index=True)
    rows = pd.concat([analysed[analysed["_kind"].isin(["note", "mention", "exam"])], patient_rows(patients)])
    partitions = [part for _, part in rows.groupby(rows["patient_id"].map(hash) % 3)]
    cases = pd.concat([next(cases_from_batches(p.iloc[i:i + 100] for i in range(0, len(p), 100)))
                       for p in partitions], ignore_index=True)
    cases = cases.sort_values("patient_id").reset_index(drop=True)
    # events are ordered by date, note id and sentence, never by input order: a shuffled input gives the same cases
    pd.testing.assert_frame_equal(cases, local[1].reset_index(drop=True))


def test_nightly_on_dask_equals_nightly_on_one_process(cluster, tmp_path, patients):
    local_db = f"sqlite:///{tmp_path / 'local.db'}"
    dask_db = f"sqlite:///{tmp_path / 'dask.db'}"
    NightlyRun(local_db, FileSource(NOTES, 60), patients).run()
    summary = DaskNightlyRun(dask_db, FileSource(NOTES, 60), patients, scheduler=cluster[0].scheduler_address).run()
    assert (summary.notes_read, summary.notes_new) == (163, 163)
    pd.testing.assert_frame_equal(read_cases(dask_db), read_cases(local_db))


def test_cli_scan_engine_dask_writes_the_same_files_as_the_local_engine(cluster, tmp_path):
    from click.testing import CliRunner

    from reportminer.cli import main

    runner = CliRunner()
    base = [str(SAMPLE / "notes.csv"), "--patients", str(SAMPLE / "patients.csv")]
    local = runner.invoke(main, ["scan", *base, "--out", str(tmp_path / "local")])
    dask = runner.invoke(main, ["scan", *base, "--out", str(tmp_path / "dask"), "--engine", "dask",
                                "--scheduler", cluster[0].scheduler_address])
    assert local.exit_code == 0 and dask.exit_code == 0, dask.output
    for name in ("mentions.csv", "exams.csv", "cases.csv"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes()
    assert runner.invoke(main, ["scan", *base, "--out", str(tmp_path / "x"), "--scheduler", "tcp://x:1"]).exit_code == 2

"""The command line (reportminer.cli:main) run in-process with click's CliRunner.

Inputs are small synthetic notes written to tmp_path, and the bundled synthetic sample set.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from reportminer.cli import main

from .conftest import SAMPLE, write_rows

MENTION_HEADER = ["note_id", "patient_id", "note_date", "concept", "assertion", "start", "end", "text", "section",
                  "region", "unit"]
CASE_HEADER = ["patient_id", "flagged", "priority", "reasons", "first_index_date", "workup", "sex", "age",
               "risk_factors", "evidence_note_ids", "evidence"]

NOTES = [
    {"note_id": "N1", "patient_id": "P1", "note_date": "2024-03-01", "note_type": "radiology",
     "exam": "Rtg bäcken", "text": "Fraktur i höger ramus superior. Ingen sakrumfraktur.", "language": "sv",
     "unit": "Akuten"},
    {"note_id": "N2", "patient_id": "P2", "note_date": "2024-03-05", "note_type": "clinical", "exam": "",
     "text": "82-year-old woman with low back pain after a fall.", "language": "en", "unit": "ED"},
    {"note_id": "N3", "patient_id": "P3", "note_date": "2024-04-10", "note_type": "radiology",
     "exam": "CT lumbar spine", "text": "Compression fracture of L1 with 30% height loss.", "language": "",
     "unit": "Radiology"},
]


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def header(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()[0].split(",")


@pytest.fixture
def notes_csv(tmp_path) -> Path:
    return write_rows(tmp_path / "notes.csv", NOTES)


@pytest.fixture
def scanned(tmp_path, notes_csv):
    out = tmp_path / "out"
    result = run("scan", notes_csv, "--out", out)
    assert result.exit_code == 0, result.output
    return out, result


# --- help and usage ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command, text", [
    ([], "possibly missed sacral"),
    (["scan"], "Scan NOTES"),
    (["evaluate"], "Precision, recall and F1"),
])
def test_cli_help(command, text):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert text in result.output


def test_cli_version():
    result = run("--version")
    assert result.exit_code == 0
    assert "0.1.0" in result.output


@pytest.mark.parametrize("command", ["scan", "evaluate"])
def test_cli_help_lists_commands(command):
    assert any(line.split()[:1] == [command] for line in run("--help").output.splitlines())


@pytest.mark.parametrize("option", ["--patients", "--out", "--format", "--as-of", "--lexicons"])
def test_cli_scan_help_lists_options(option):
    assert option in run("scan", "--help").output


@pytest.mark.parametrize("args", [
    pytest.param(["scan"], id="scan-without-notes"),
    pytest.param(["scan", "{notes}"], id="scan-without-out"),
    pytest.param(["scan", "{notes}", "--out", "{out}", "--format", "xlsx"], id="bad-format"),
    pytest.param(["scan", "{notes}", "--out", "{out}", "--as-of", "01/03/2024"], id="bad-as-of"),
    pytest.param(["scan", "{notes}", "--out", "{out}", "--no-such-option"], id="unknown-option"),
    pytest.param(["no-such-command"], id="unknown-command"),
    pytest.param(["evaluate", "--pred", "{out}"], id="evaluate-without-gold"),
    pytest.param(["evaluate", "--gold", "{sample}"], id="evaluate-without-pred"),
    pytest.param(["evaluate", "--gold", "{missing}", "--pred", "{sample}"], id="evaluate-gold-missing"),
])
def test_cli_wrong_usage_exits_2(tmp_path, notes_csv, args):
    (tmp_path / "out").mkdir()
    values = {"notes": notes_csv, "out": tmp_path / "out", "sample": SAMPLE, "missing": tmp_path / "missing"}
    result = run(*[a.format(**values) for a in args])
    assert result.exit_code == 2, result.output
    assert "Usage:" in result.stderr


@pytest.mark.parametrize("args", [["scan", "{notes}", "--out", "{out}", "--format", "xlsx"],
                                  ["scan", "{notes}", "--out", "{out}", "--as-of", "01/03/2024"]])
def test_cli_wrong_usage_writes_nothing(tmp_path, notes_csv, args):
    out = tmp_path / "out"
    run(*[a.format(notes=notes_csv, out=out) for a in args])
    assert not out.exists()


# --- scan: outputs -------------------------------------------------------------------------------------------

def test_cli_scan_writes_mentions_exams_and_cases(scanned):
    out, _ = scanned
    assert sorted(p.name for p in out.iterdir()) == ["cases.csv", "exams.csv", "mentions.csv", "run.json"]


EXAM_HEADER = ["note_id", "patient_id", "date", "modality", "region", "status", "covers_sacrum", "evidence"]


def test_cli_scan_reads_a_semicolon_csv_as_its_comma_twin(tmp_path, notes_csv, scanned):
    """The streaming reader of scan, as read_notes: a spreadsheet's ";" export gives the same tables."""
    semicolons = tmp_path / "semicolons.csv"
    semicolons.write_text(pd.DataFrame(NOTES).to_csv(index=False, sep=";"), encoding="utf-8")
    result = run("scan", semicolons, "--out", tmp_path / "semi")
    assert result.exit_code == 0, result.output
    for name in ("mentions.csv", "exams.csv", "cases.csv"):
        assert (tmp_path / "semi" / name).read_bytes() == (scanned[0] / name).read_bytes()


def test_cli_scan_windows_1252_file_names_the_line(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(pd.DataFrame(NOTES).to_csv(index=False).encode("cp1252"))
    result = run("scan", path, "--out", tmp_path / "out")
    assert result.exit_code != 0
    assert f"{path}: line 2 is not UTF-8" in result.output
    assert not (tmp_path / "out" / "mentions.csv").exists()


def test_cli_scan_exams_columns_and_content(scanned):
    out, _ = scanned
    assert header(out / "exams.csv") == EXAM_HEADER
    exams = read_csv(out / "exams.csv")
    # the radiology reports' own exams: a pelvic radiograph (no workup) and a lumbar CT that never assessed the
    # sacrum (no coverage), each performed on the report's date
    assert exams[["note_id", "date", "modality", "region", "status", "covers_sacrum"]].values.tolist() == [
        ["N1", "2024-03-01", "radiograph", "pelvis", "performed", "false"],
        ["N3", "2024-04-10", "ct", "lumbar_spine", "performed", "false"]]
    assert exams["evidence"].tolist() == ["[exam: Rtg bäcken]", "[exam: CT lumbar spine]"]


def test_cli_scan_mentions_columns_in_contract_order(scanned):
    out, _ = scanned
    assert header(out / "mentions.csv") == MENTION_HEADER


def test_cli_scan_cases_columns_in_contract_order(scanned):
    out, _ = scanned
    assert header(out / "cases.csv") == CASE_HEADER


def test_cli_scan_mentions_content(scanned):
    out, _ = scanned
    mentions = read_csv(out / "mentions.csv")
    texts = {r["note_id"]: r["text"] for r in NOTES}
    assert set(mentions["note_id"]) == {"N1", "N2", "N3"}
    assert {"pubic_ramus_fracture", "low_back_pain", "vertebral_compression_fracture"} <= set(mentions["concept"])
    for m in mentions.itertuples():
        assert texts[m.note_id][int(m.start):int(m.end)] == m.text
    assert set(mentions["note_date"]) == {"2024-03-01", "2024-03-05", "2024-04-10"}


def test_cli_scan_cases_content(scanned):
    out, _ = scanned
    cases = read_csv(out / "cases.csv")
    assert cases["patient_id"].tolist() == ["P1", "P2", "P3"]
    assert set(cases["flagged"]) <= {"true", "false"}
    assert cases.set_index("patient_id").loc["P1", "reasons"] == "pubic_ramus_fracture"


def test_cli_scan_summary_on_stdout(scanned):
    _, result = scanned
    assert result.stdout.startswith("reportminer scan: 3 notes read, 0 rows skipped")
    assert result.stderr == ""


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_cli_scan_reads_jsonl_and_parquet_like_csv(tmp_path, scanned, suffix):
    out_csv, _ = scanned
    notes = write_rows(tmp_path / f"notes{suffix}", NOTES)
    result = run("scan", notes, "--out", tmp_path / "other")
    assert result.exit_code == 0, result.output
    for name in ("mentions.csv", "exams.csv", "cases.csv"):
        assert (tmp_path / "other" / name).read_text(encoding="utf-8") == (out_csv / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_cli_scan_with_workers_writes_the_same_tables(tmp_path, notes_csv, fmt):
    """With workers the tables are written side by side in processes of their own: the same files as one by one."""
    one, two = tmp_path / "one", tmp_path / "two"
    assert run("scan", notes_csv, "--out", one, "--format", fmt).exit_code == 0
    result = run("scan", notes_csv, "--out", two, "--format", fmt, "--workers", "2")
    assert result.exit_code == 0, result.output
    assert result.stdout.replace(str(two), str(one)) == run("scan", notes_csv, "--out", one, "--format", fmt).stdout
    for name in ("mentions", "exams", "cases"):
        assert (two / f"{name}.{fmt}").read_bytes() == (one / f"{name}.{fmt}").read_bytes(), name


def test_cli_scan_format_parquet(tmp_path, notes_csv, scanned):
    out_csv, _ = scanned
    out = tmp_path / "parquet"
    result = run("scan", notes_csv, "--out", out, "--format", "parquet")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["cases.parquet", "exams.parquet", "mentions.parquet", "run.json"]
    mentions = pd.read_parquet(out / "mentions.parquet")
    cases = pd.read_parquet(out / "cases.parquet")
    assert list(mentions.columns) == MENTION_HEADER
    assert list(cases.columns) == CASE_HEADER
    assert mentions.astype(str).values.tolist() == read_csv(out_csv / "mentions.csv").values.tolist()
    assert cases["patient_id"].tolist() == read_csv(out_csv / "cases.csv")["patient_id"].tolist()
    exams = pd.read_parquet(out / "exams.parquet")
    assert exams.astype(str).values.tolist() == read_csv(out_csv / "exams.csv").values.tolist()


def test_cli_scan_creates_nested_out_folder(tmp_path, notes_csv):
    out = tmp_path / "a" / "b" / "out"
    assert run("scan", notes_csv, "--out", out).exit_code == 0
    assert (out / "mentions.csv").exists()


def test_cli_scan_with_patients(tmp_path, notes_csv):
    patients = tmp_path / "patients.csv"
    patients.write_text("patient_id,sex,birth_date\nP1,kvinna,1940-01-20\nP2,F,1941-06-01\nP3,Man,1950-02-02\n",
                        encoding="utf-8")
    out = tmp_path / "out"
    result = run("scan", notes_csv, "--patients", patients, "--out", out)
    assert result.exit_code == 0, result.output
    cases = read_csv(out / "cases.csv").set_index("patient_id")
    assert cases[["sex", "age"]].to_dict("index") == {
        "P1": {"sex": "F", "age": "84"}, "P2": {"sex": "F", "age": "82"}, "P3": {"sex": "M", "age": "74"}}


# --- scan: bad rows ------------------------------------------------------------------------------------------

@pytest.fixture
def bad_rows(tmp_path):
    rows = [dict(r) for r in NOTES] + [
        dict(NOTES[0], note_id="B1", note_date="förra veckan"),
        dict(NOTES[1], note_id="B2", language="de"),
        dict(NOTES[1], note_id="", patient_id="P9"),
    ]
    notes = write_rows(tmp_path / "notes.csv", rows)
    out = tmp_path / "out"
    return notes, out, run("scan", notes, "--out", out)


def test_cli_scan_bad_rows_exit_0(bad_rows):
    _, _, result = bad_rows
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("row, column", [(5, "note_date"), (6, "language"), (7, "note_id")])
def test_cli_scan_bad_rows_on_stderr(bad_rows, row, column):
    notes, _, result = bad_rows
    assert f"{notes}: row {row}, column '{column}'" in result.stderr


def test_cli_scan_bad_rows_written_to_rejected_csv(bad_rows):
    notes, out, result = bad_rows
    rejected = read_csv(out / "rejected.csv")
    assert list(rejected.columns) == ["file", "row", "column", "reason"]
    assert rejected[["file", "row", "column"]].values.tolist() == [
        [str(notes), "5", "note_date"], [str(notes), "6", "language"], [str(notes), "7", "note_id"]]
    assert "3 skipped row(s)" in result.stderr


def test_cli_scan_bad_rows_good_rows_still_processed(bad_rows):
    _, out, result = bad_rows
    assert set(read_csv(out / "mentions.csv")["note_id"]) == {"N1", "N2", "N3"}
    assert read_csv(out / "cases.csv")["patient_id"].tolist() == ["P1", "P2", "P3"]
    assert "3 notes read, 3 rows skipped" in result.stdout


def test_cli_scan_bad_patient_rows_reported(tmp_path, notes_csv):
    patients = tmp_path / "patients.csv"
    patients.write_text("patient_id,sex,birth_date\nP1,okänd,1940-01-20\nP2,F,tjugonde\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("scan", notes_csv, "--patients", patients, "--out", out)
    assert result.exit_code == 0, result.output
    assert read_csv(out / "rejected.csv")[["row", "column"]].values.tolist() == [["2", "sex"], ["3", "birth_date"]]
    assert f"{patients}: row 2, column 'sex'" in result.stderr


def test_cli_scan_clean_rerun_removes_old_rejected_csv(bad_rows, notes_csv):
    _, out, _ = bad_rows
    assert (out / "rejected.csv").exists()
    result = run("scan", write_rows(notes_csv.with_name("clean.csv"), NOTES), "--out", out)
    assert result.exit_code == 0, result.output
    assert not (out / "rejected.csv").exists()


def test_cli_scan_many_bad_rows_stderr_is_capped(tmp_path):
    rows = [dict(r) for r in NOTES] + [dict(NOTES[0], note_id=f"B{i}", text="") for i in range(25)]
    out = tmp_path / "out"
    result = run("scan", write_rows(tmp_path / "notes.csv", rows), "--out", out)
    assert result.exit_code == 0, result.output
    assert result.stderr.count("reportminer: skipped:") == 20
    assert "... and 5 more" in result.stderr
    assert len(read_csv(out / "rejected.csv")) == 25


# --- scan: input that cannot be used -------------------------------------------------------------------------

@pytest.mark.parametrize("existing_out", [False, True])
def test_cli_scan_duplicate_ids_write_nothing(tmp_path, existing_out):
    rows = [dict(r) for r in NOTES] + [dict(NOTES[0]), dict(NOTES[2], text="Another text.")]
    notes = write_rows(tmp_path / "notes.csv", rows)
    out = tmp_path / "out"
    if existing_out:
        out.mkdir()
    result = run("scan", notes, "--out", out)
    assert result.exit_code == 1
    assert "N1 (rows 2, 5)" in result.stderr
    assert "N3 (rows 4, 6)" in result.stderr
    assert result.stdout == ""
    if existing_out:
        assert list(out.iterdir()) == []
    else:
        assert not out.exists()


def test_cli_scan_duplicate_ids_keep_previous_output_untouched(tmp_path, scanned, notes_csv):
    out, _ = scanned
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    notes = write_rows(tmp_path / "dup.csv", [dict(r) for r in NOTES] + [dict(NOTES[1])])
    result = run("scan", notes, "--out", out)
    assert result.exit_code == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize("name, message", [
    ("missing.csv", "file not found"),
    ("notes.txt", "unknown format"),
])
def test_cli_scan_unusable_notes_file_exit_1(tmp_path, name, message):
    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text(pd.DataFrame(NOTES).to_csv(index=False), encoding="utf-8")
    out = tmp_path / "out"
    result = run("scan", path, "--out", out)
    assert result.exit_code == 1
    assert result.stderr.startswith("reportminer: error:")
    assert message in result.stderr and str(path) in result.stderr
    assert not out.exists()


def test_cli_scan_missing_required_column_exit_1(tmp_path):
    notes = write_rows(tmp_path / "notes.csv", [{k: v for k, v in r.items() if k != "note_date"} for r in NOTES])
    out = tmp_path / "out"
    result = run("scan", notes, "--out", out)
    assert result.exit_code == 1
    assert "'note_date'" in result.stderr and str(notes) in result.stderr
    assert not out.exists()


def test_cli_scan_missing_patients_file_exit_1(tmp_path, notes_csv):
    out = tmp_path / "out"
    result = run("scan", notes_csv, "--patients", tmp_path / "patients.csv", "--out", out)
    assert result.exit_code == 1
    assert "file not found" in result.stderr
    assert not out.exists()


# --- scan: --as-of -------------------------------------------------------------------------------------------

def test_cli_scan_as_of_drops_later_notes(tmp_path, notes_csv):
    out = tmp_path / "out"
    result = run("scan", notes_csv, "--out", out, "--as-of", "2024-03-31")
    assert result.exit_code == 0, result.output
    assert set(read_csv(out / "mentions.csv")["note_id"]) == {"N1", "N2"}
    assert read_csv(out / "cases.csv")["patient_id"].tolist() == ["P1", "P2"]
    assert "1 after --as-of" in result.stdout


def test_cli_scan_as_of_keeps_notes_of_that_day(tmp_path, notes_csv):
    out = tmp_path / "out"
    result = run("scan", notes_csv, "--out", out, "--as-of", "2024-03-05")
    assert result.exit_code == 0, result.output
    assert set(read_csv(out / "mentions.csv")["note_id"]) == {"N1", "N2"}


def test_cli_scan_as_of_keeps_timed_notes_of_that_day(tmp_path):
    rows = [dict(NOTES[0], note_date="2024-03-01T10:30:00"), dict(NOTES[1], note_date="2024-02-28")]
    out = tmp_path / "out"
    result = run("scan", write_rows(tmp_path / "notes.csv", rows), "--out", out, "--as-of", "2024-03-01")
    assert result.exit_code == 0, result.output
    assert set(read_csv(out / "mentions.csv")["note_id"]) == {"N1", "N2"}


@pytest.mark.parametrize("args", [
    pytest.param([], id="notes-without-findings"),
    pytest.param(["--as-of", "2020-01-01"], id="as-of-before-all-notes"),
])
def test_cli_scan_without_mentions_writes_empty_tables(tmp_path, args):
    rows = [dict(NOTES[0], text="Inga skelettförändringar."), dict(NOTES[1], text="Nothing to report.")]
    rows = rows if not args else NOTES
    out = tmp_path / "out"
    result = run("scan", write_rows(tmp_path / "notes.csv", rows), "--out", out, *args)
    assert result.exit_code == 0, result.output
    assert header(out / "mentions.csv") == MENTION_HEADER
    assert header(out / "cases.csv") == CASE_HEADER
    assert header(out / "exams.csv") == EXAM_HEADER
    assert len(read_csv(out / "mentions.csv")) == 0


# --- evaluate ------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample_pred(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample_scan")
    result = run("scan", SAMPLE / "notes.csv", "--patients", SAMPLE / "patients.csv", "--out", out)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def sample_report(sample_pred):
    return run("evaluate", "--gold", SAMPLE, "--pred", sample_pred)


def test_cli_evaluate_sample_exit_0(sample_report):
    assert sample_report.exit_code == 0, sample_report.output


@pytest.mark.parametrize("title", ["Note level, per concept", "Note level, per assertion", "Patient level: flagged",
                                   "Patient level: workup"])
def test_cli_evaluate_prints_each_table(sample_report, title):
    assert title in sample_report.stdout


@pytest.mark.parametrize("item", ["pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain",
                                  "sacral_fracture", "osteoporosis", "present", "negated", "flagged"])
def test_cli_evaluate_rows_for_every_item(sample_report, item):
    assert any(line.split()[1:2] == [item] for line in sample_report.stdout.splitlines() if line.strip())


def test_cli_evaluate_table_header(sample_report):
    assert "language" in sample_report.stdout
    for column in ("tp", "fp", "fn", "precision", "recall", "f1"):
        assert column in sample_report.stdout.split()


@pytest.mark.parametrize("language", ["all", "sv", "en"])
def test_cli_evaluate_patient_flag_row_per_language(sample_report, language):
    rows = [line.split() for line in sample_report.stdout.splitlines() if line.split()[:2] == [language, "flagged"]]
    assert len(rows) == 1
    assert all(0.0 <= float(v) <= 1.0 for v in rows[0][-3:])


def test_cli_evaluate_reads_parquet_predictions(tmp_path, sample_report):
    out = tmp_path / "pq"
    assert run("scan", SAMPLE / "notes.csv", "--patients", SAMPLE / "patients.csv", "--out", out,
               "--format", "parquet").exit_code == 0
    result = run("evaluate", "--gold", SAMPLE, "--pred", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == sample_report.stdout


def test_cli_evaluate_without_scan_output_exit_1(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("evaluate", "--gold", SAMPLE, "--pred", tmp_path / "empty")
    assert result.exit_code == 1
    assert "run 'reportminer scan' first" in result.stderr


def test_cli_evaluate_gold_folder_without_notes_exit_1(tmp_path, sample_pred):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(SAMPLE / "gold_cases.csv", gold)
    result = run("evaluate", "--gold", gold, "--pred", sample_pred)
    assert result.exit_code == 1
    assert "file not found" in result.stderr

"""reportminer.io: reading notes and patients (CONTRACT.md), row problems, duplicates; the Python scan API.

Every input here is a small synthetic table written to tmp_path; no real patient data.
"""
from __future__ import annotations

import importlib
from pathlib import Path

import pandas as pd
import pytest

import reportminer
from reportminer.io import (
    CASE_COLUMNS,
    MENTION_COLUMNS,
    DuplicateNoteIds,
    EmptyInput,
    InputError,
    RowProblem,
    read_notes,
    read_patients,
    write_table,
)

from .conftest import write_rows

NOTES = [
    {"note_id": "N1", "patient_id": "P1", "note_date": "2024-03-01", "note_type": "radiology",
     "exam": "Rtg bäcken", "text": "Fraktur i höger ramus superior. Ingen sakrumfraktur.", "language": "sv",
     "unit": "Akuten"},
    {"note_id": "N2", "patient_id": "P2", "note_date": "2024-03-05", "note_type": "clinical", "exam": "",
     "text": "82-year-old woman with low back pain after a fall.", "language": "en", "unit": "ED"},
    {"note_id": "N3", "patient_id": "P2", "note_date": "2024-04-10T09:15:00", "note_type": "outpatient",
     "exam": "", "text": "Follow-up. Low back pain is improving.", "language": "", "unit": "Geriatrics"},
]
EXPECTED_COLUMNS = ["note_id", "patient_id", "note_date", "note_type", "exam", "text", "language", "unit"]


def with_row(index: int, **changes) -> list[dict]:
    rows = [dict(r) for r in NOTES]
    rows[index].update(changes)
    return rows


# --- read_notes: formats -------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_io_read_notes_formats_give_same_frame(tmp_path, suffix):
    from_csv, csv_problems = read_notes(write_rows(tmp_path / "notes.csv", NOTES))
    other, other_problems = read_notes(write_rows(tmp_path / f"notes{suffix}", NOTES))
    assert csv_problems == other_problems == []
    pd.testing.assert_frame_equal(from_csv.drop(columns="row"), other.drop(columns="row"))


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_io_read_notes_columns_and_values(tmp_path, suffix):
    frame, _ = read_notes(write_rows(tmp_path / f"notes{suffix}", NOTES))
    assert list(frame.columns[: len(EXPECTED_COLUMNS)]) == EXPECTED_COLUMNS
    assert frame["note_id"].tolist() == ["N1", "N2", "N3"]
    assert frame["text"].tolist() == [r["text"] for r in NOTES]
    assert frame["note_date"].tolist() == [pd.Timestamp("2024-03-01"), pd.Timestamp("2024-03-05"),
                                           pd.Timestamp("2024-04-10 09:15:00")]


@pytest.mark.parametrize("suffix, rows", [(".csv", [2, 3, 4]), (".jsonl", [1, 2, 3]), (".parquet", [1, 2, 3])])
def test_io_read_notes_row_numbers_by_format(tmp_path, suffix, rows):
    frame, _ = read_notes(write_rows(tmp_path / f"notes{suffix}", NOTES))
    assert frame["row"].tolist() == rows


def test_io_read_notes_optional_columns_may_be_absent(tmp_path):
    rows = [{k: v for k, v in r.items() if k not in ("exam", "language", "unit")} for r in NOTES]
    frame, problems = read_notes(write_rows(tmp_path / "notes.csv", rows))
    assert problems == []
    assert frame[["exam", "language", "unit"]].eq("").all().all()


def test_io_read_notes_strips_ids_and_lowercases_language(tmp_path):
    rows = with_row(0, note_id="  N1 ", patient_id=" P1", language=" SV ")
    frame, problems = read_notes(write_rows(tmp_path / "notes.csv", rows))
    assert problems == []
    assert frame.loc[0, ["note_id", "patient_id", "language"]].tolist() == ["N1", "P1", "sv"]


@pytest.mark.parametrize("column", ["note_id", "patient_id", "note_date", "note_type", "text"])
def test_io_read_notes_missing_required_column_raises(tmp_path, column):
    path = write_rows(tmp_path / "notes.csv", [{k: v for k, v in r.items() if k != column} for r in NOTES])
    with pytest.raises(InputError) as err:
        read_notes(path)
    assert str(path) in str(err.value)
    assert repr(column) in str(err.value)


@pytest.mark.parametrize("name", ["notes.txt", "notes.xlsx", "notes.tsv", "notes"])
def test_io_read_notes_unknown_suffix_raises(tmp_path, name):
    path = tmp_path / name
    path.write_text(pd.DataFrame(NOTES).to_csv(index=False), encoding="utf-8")
    with pytest.raises(InputError, match="unknown format"):
        read_notes(path)


@pytest.mark.parametrize("separator", [";", "\t"])
def test_io_read_notes_spreadsheet_separators_read_as_commas(tmp_path, separator):
    """A spreadsheet saves CSV with ";" where the decimal mark is a comma (Sweden); a tab-separated export too."""
    from_commas, _ = read_notes(write_rows(tmp_path / "notes.csv", NOTES))
    path = tmp_path / "other.csv"
    path.write_text(pd.DataFrame(NOTES).to_csv(index=False, sep=separator), encoding="utf-8")
    other, problems = read_notes(path)
    assert problems == []
    pd.testing.assert_frame_equal(from_commas, other)


def test_io_read_notes_commas_in_text_keep_the_comma_separator(tmp_path):
    rows = with_row(0, text="Fraktur i ramus; sakrum ua, L1 ua.")
    frame, _ = read_notes(write_rows(tmp_path / "notes.csv", rows))
    assert frame["text"].tolist()[0] == "Fraktur i ramus; sakrum ua, L1 ua."


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_io_read_notes_not_utf8_names_the_line_and_the_fix(tmp_path, encoding):
    path = tmp_path / "notes.csv"
    path.write_bytes(pd.DataFrame(NOTES).to_csv(index=False).encode(encoding))
    with pytest.raises(InputError, match="line 2 is not UTF-8 .byte 0xe4") as err:
        read_notes(path)
    assert str(err.value).startswith(str(path)) and "iconv" in str(err.value)


def test_io_read_patients_semicolons_and_windows_1252(tmp_path):
    path = tmp_path / "patients.csv"
    path.write_text("patient_id;sex;birth_date\nP1;K;1940-01-20\n", encoding="utf-8")
    frame, problems = read_patients(path)
    assert problems == [] and frame["patient_id"].tolist() == ["P1"] and frame["sex"].tolist() == ["F"]
    path.write_bytes("patient_id,sex,birth_date\nP1,kvinna,1940-01-20\nP2,män,1941-02-01\n".encode("cp1252"))
    with pytest.raises(InputError, match="line 3 is not UTF-8"):
        read_patients(path)


def test_io_read_notes_missing_file_raises(tmp_path):
    path = tmp_path / "no_such_notes.csv"
    with pytest.raises(InputError, match="file not found") as err:
        read_notes(path)
    assert str(path) in str(err.value)


def test_io_read_notes_unreadable_csv_raises_input_error(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes("note_id,text\nN1,ålder\n".encode("utf-16"))
    with pytest.raises(InputError, match="is UTF-16, not UTF-8.*iconv -f UTF-16"):
        read_notes(path)


@pytest.mark.parametrize("name, content, reason", [
    pytest.param("notes.csv", b"", "empty", id="csv-0-bytes"),
    pytest.param("notes.csv", b"note_id,patient_id,note_date,note_type,text\n", "no rows", id="csv-header-only"),
    pytest.param("notes.jsonl", b"", "empty", id="jsonl-0-bytes"),
    pytest.param("notes.jsonl", b"\n\n", "blank", id="jsonl-blank-lines"),
    pytest.param("notes.parquet", b"", "empty", id="parquet-0-bytes"),
])
def test_io_read_notes_empty_file_names_the_file(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(EmptyInput, match=reason) as err:
        read_notes(path)
    assert str(err.value).startswith(str(path))


def test_io_read_notes_parquet_without_rows_is_empty(tmp_path):
    path = tmp_path / "notes.parquet"
    pd.DataFrame({c: pd.Series([], dtype=str) for c in ("note_id", "patient_id", "note_date", "note_type",
                                                        "text")}).to_parquet(path)
    with pytest.raises(EmptyInput, match="no rows"):
        read_notes(path)


def test_io_read_patients_header_only_is_empty(tmp_path):
    path = tmp_path / "patients.csv"
    path.write_text("patient_id,sex,birth_date\n", encoding="utf-8")
    with pytest.raises(EmptyInput, match="no rows"):
        read_patients(path)


# --- read_notes: bad rows ------------------------------------------------------------------------------------

BAD_VALUES = [
    pytest.param("note_id", "", id="empty-note_id"),
    pytest.param("note_id", "   ", id="blank-note_id"),
    pytest.param("patient_id", "", id="empty-patient_id"),
    pytest.param("note_date", "not a date", id="text-note_date"),
    pytest.param("note_date", "2024-13-45", id="impossible-note_date"),
    pytest.param("note_date", "", id="empty-note_date"),
    pytest.param("text", "", id="empty-text"),
    pytest.param("text", "  \n ", id="blank-text"),
    pytest.param("language", "de", id="language-de"),
]


@pytest.mark.parametrize("column, value", BAD_VALUES)
def test_io_read_notes_bad_row_is_a_row_problem(tmp_path, column, value):
    path = write_rows(tmp_path / "notes.csv", with_row(1, **{column: value}))
    frame, problems = read_notes(path)
    assert len(problems) == 1
    problem = problems[0]
    assert isinstance(problem, RowProblem)
    assert (problem.file, problem.row, problem.column) == (str(path), 3, column)
    assert problem.reason


@pytest.mark.parametrize("column, value", BAD_VALUES)
def test_io_read_notes_bad_row_keeps_good_rows(tmp_path, column, value):
    frame, _ = read_notes(write_rows(tmp_path / "notes.csv", with_row(1, **{column: value})))
    assert frame["note_id"].tolist() == ["N1", "N3"]
    assert frame["row"].tolist() == [2, 4]


@pytest.mark.parametrize("suffix, row", [(".csv", 2), (".jsonl", 1), (".parquet", 1)])
def test_io_read_notes_first_data_row_number(tmp_path, suffix, row):
    _, problems = read_notes(write_rows(tmp_path / f"notes{suffix}", with_row(0, text="")))
    assert [(p.row, p.column) for p in problems] == [(row, "text")]


def test_io_read_notes_several_bad_rows_each_reported(tmp_path):
    rows = [dict(r) for r in NOTES]
    rows[0]["language"] = "de"
    rows[2]["note_date"] = "igår"
    frame, problems = read_notes(write_rows(tmp_path / "notes.csv", rows))
    assert [(p.row, p.column) for p in problems] == [(2, "language"), (4, "note_date")]
    assert frame["note_id"].tolist() == ["N2"]


def test_io_read_notes_multiline_text_counts_records_not_lines(tmp_path):
    rows = with_row(0, text="Akutjournal\nKontaktorsak: fall.\n\nBedömning: ramusfraktur.")
    rows[1]["patient_id"] = ""
    _, problems = read_notes(write_rows(tmp_path / "notes.csv", rows))
    assert [(p.row, p.column) for p in problems] == [(3, "patient_id")]


def test_io_row_problem_str_names_file_row_and_column():
    text = str(RowProblem("notes.csv", 7, "note_date", "bad date"))
    assert text == "notes.csv: row 7, column 'note_date': bad date"


# --- read_notes: duplicate note ids --------------------------------------------------------------------------

def test_io_read_notes_duplicate_ids_raise_with_every_id_and_row(tmp_path):
    rows = [dict(r) for r in NOTES] + [dict(NOTES[0]), dict(NOTES[1], text="Other text."), dict(NOTES[0])]
    path = write_rows(tmp_path / "notes.csv", rows)
    with pytest.raises(DuplicateNoteIds) as err:
        read_notes(path)
    message = str(err.value)
    assert str(path) in message
    assert "N1 (rows 2, 5, 7)" in message
    assert "N2 (rows 3, 6)" in message
    assert "N3" not in message


def test_io_duplicate_note_ids_is_an_input_error():
    assert issubclass(DuplicateNoteIds, InputError)


def test_io_read_notes_duplicate_ids_differing_in_whitespace(tmp_path):
    rows = [dict(r) for r in NOTES] + [dict(NOTES[2], note_id=" N3 ")]
    with pytest.raises(DuplicateNoteIds, match=r"N3 \(rows 4, 5\)"):
        read_notes(write_rows(tmp_path / "notes.csv", rows))


@pytest.mark.parametrize("suffix, rows", [(".jsonl", "1, 4"), (".parquet", "1, 4")])
def test_io_read_notes_duplicate_ids_record_numbers(tmp_path, suffix, rows):
    path = write_rows(tmp_path / f"notes{suffix}", [dict(r) for r in NOTES] + [dict(NOTES[0])])
    with pytest.raises(DuplicateNoteIds, match=rf"N1 \(rows {rows}\)"):
        read_notes(path)


# --- read_notes: regressions of fixed bugs -------------------------------------------------------------------

def test_io_read_notes_mixed_timezone_offsets(tmp_path):
    rows = with_row(0, note_date="2024-03-01T10:00:00+01:00")
    rows[1]["note_date"] = "2024-06-05T08:00:00+02:00"
    frame, problems = read_notes(write_rows(tmp_path / "notes.csv", rows))
    assert problems == []
    assert frame["note_date"].dt.date.astype(str).tolist() == ["2024-03-01", "2024-06-05", "2024-04-10"]


def test_io_read_notes_non_iso_date_is_a_row_problem(tmp_path):
    _, problems = read_notes(write_rows(tmp_path / "notes.csv", with_row(1, note_date="03/04/2024")))
    assert [(p.row, p.column) for p in problems] == [(3, "note_date")]


def test_io_read_notes_jsonl_numeric_ids_with_a_null(tmp_path):
    rows = [dict(NOTES[0], note_id=1, patient_id=10), dict(NOTES[1], note_id=2, patient_id=None)]
    frame, problems = read_notes(write_rows(tmp_path / "notes.jsonl", rows))
    assert [(p.row, p.column) for p in problems] == [(2, "patient_id")]
    assert frame.loc[0, ["note_id", "patient_id"]].tolist() == ["1", "10"]


# --- read_patients -------------------------------------------------------------------------------------------

def write_patients(tmp_path: Path, rows: list[dict], name: str = "patients.csv") -> Path:
    return write_rows(tmp_path / name, rows)


@pytest.mark.parametrize("raw, sex", [
    ("F", "F"), ("f", "F"), ("K", "F"), ("k", "F"), ("kvinna", "F"), ("Kvinna", "F"), ("KVINNA", "F"),
    ("female", "F"), ("Female", "F"), ("FEMALE", "F"), (" F ", "F"),
    ("M", "M"), ("m", "M"), ("man", "M"), ("Man", "M"), ("MAN", "M"), ("male", "M"), ("Male", "M"),
    ("MALE", "M"), (" male ", "M"),
])
def test_io_read_patients_normalises_sex(tmp_path, raw, sex):
    frame, problems = read_patients(write_patients(tmp_path, [{"patient_id": "P1", "sex": raw}]))
    assert problems == []
    assert frame["sex"].tolist() == [sex]


@pytest.mark.parametrize("raw", ["x", "okänd", "unknown", "3", "FM"])
def test_io_read_patients_unknown_sex_is_empty_with_a_row_problem(tmp_path, raw):
    path = write_patients(tmp_path, [{"patient_id": "P1", "sex": "F"}, {"patient_id": "P2", "sex": raw}])
    frame, problems = read_patients(path)
    assert frame["sex"].tolist() == ["F", ""]
    assert [(p.file, p.row, p.column) for p in problems] == [(str(path), 3, "sex")]


def test_io_read_patients_empty_sex_is_no_problem(tmp_path):
    frame, problems = read_patients(write_patients(tmp_path, [{"patient_id": "P1", "sex": ""}]))
    assert frame["sex"].tolist() == [""]
    assert problems == []


def test_io_read_patients_parses_birth_date(tmp_path):
    rows = [{"patient_id": "P1", "birth_date": "1941-03-12"}, {"patient_id": "P2", "birth_date": ""}]
    frame, problems = read_patients(write_patients(tmp_path, rows))
    assert problems == []
    assert frame["birth_date"].iloc[0] == pd.Timestamp("1941-03-12")
    assert pd.isna(frame["birth_date"].iloc[1])


def test_io_read_patients_bad_birth_date_is_a_row_problem(tmp_path):
    rows = [{"patient_id": "P1", "birth_date": "1941-03-12"}, {"patient_id": "P2", "birth_date": "tolfte mars"}]
    frame, problems = read_patients(write_patients(tmp_path, rows))
    assert pd.isna(frame["birth_date"].iloc[1])
    assert [(p.row, p.column) for p in problems] == [(3, "birth_date")]


def test_io_read_patients_age_column(tmp_path):
    rows = [{"patient_id": "P1", "age": "82"}, {"patient_id": "P2", "age": ""}]
    frame, problems = read_patients(write_patients(tmp_path, rows))
    assert problems == []
    assert frame["age"].iloc[0] == 82
    assert pd.isna(frame["age"].iloc[1])


def test_io_read_patients_columns_without_sex_or_dates(tmp_path):
    frame, _ = read_patients(write_patients(tmp_path, [{"patient_id": "P1"}]))
    assert list(frame.columns) == ["patient_id", "sex", "birth_date", "age"]
    assert frame["sex"].tolist() == [""]


def test_io_read_patients_empty_patient_id_is_skipped_with_a_row_problem(tmp_path):
    rows = [{"patient_id": "P1", "sex": "F"}, {"patient_id": " ", "sex": "M"}]
    frame, problems = read_patients(write_patients(tmp_path, rows))
    assert frame["patient_id"].tolist() == ["P1"]
    assert [(p.row, p.column) for p in problems] == [(3, "patient_id")]


def test_io_read_patients_missing_patient_id_column_raises(tmp_path):
    path = write_patients(tmp_path, [{"id": "P1", "sex": "F"}])
    with pytest.raises(InputError, match="patient_id") as err:
        read_patients(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_io_read_patients_formats_give_same_frame(tmp_path, suffix):
    rows = [{"patient_id": "P1", "sex": "kvinna", "birth_date": "1941-03-12"},
            {"patient_id": "P2", "sex": "male", "birth_date": ""}]
    from_csv, _ = read_patients(write_patients(tmp_path, rows))
    other, _ = read_patients(write_patients(tmp_path, rows, f"patients{suffix}"))
    pd.testing.assert_frame_equal(from_csv, other)


def test_io_read_patients_bad_age_is_a_row_problem(tmp_path):
    rows = [{"patient_id": "P1", "age": "82 år"}]
    _, problems = read_patients(write_patients(tmp_path, rows))
    assert [(p.row, p.column) for p in problems] == [(2, "age")]


# --- write_table ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_io_write_table_round_trip_without_temp_file(tmp_path, suffix):
    frame = pd.DataFrame({"patient_id": ["P1", "P2"], "flagged": ["true", "false"]})
    path = write_table(frame, tmp_path / f"cases{suffix}")
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"cases{suffix}"]
    back = pd.read_csv(path, dtype=str) if suffix == ".csv" else pd.read_parquet(path)
    assert back.astype(str).values.tolist() == frame.values.tolist()


# --- the Python API: reportminer.scan ------------------------------------------------------------------------

def _api_scan():
    """reportminer.scan, looked up at call time (see test_io_api_scan_stays_callable_after_pipeline_import)."""
    return reportminer.scan


BILINGUAL = pd.DataFrame([
    {"note_id": "S1", "patient_id": "PS", "note_date": "2024-02-11", "note_type": "radiology", "exam": "Rtg bäcken",
     "text": "Fraktur i höger ramus superior och inferior. Ingen sakrumfraktur.", "language": "sv",
     "unit": "Akuten"},
    {"note_id": "S2", "patient_id": "PS", "note_date": "2024-02-14", "note_type": "clinical", "exam": "",
     "text": "84-årig kvinna med ländryggssmärta. Känd osteoporos.", "language": "", "unit": "Geriatrik"},
    {"note_id": "E1", "patient_id": "PE", "note_date": "2024-05-02", "note_type": "radiology",
     "exam": "CT lumbar spine", "text": "Compression fracture of L1 with 30% height loss.", "language": "en",
     "unit": "Radiology"},
    {"note_id": "E2", "patient_id": "PE", "note_date": "2024-05-03", "note_type": "clinical", "exam": "",
     "text": "79-year-old man with low back pain. No history of osteoporosis.", "language": "", "unit": "ED"},
])
PATIENTS = pd.DataFrame({"patient_id": ["PS", "PE"], "sex": ["kvinna", "male"],
                         "birth_date": ["1940-01-20", "1944-09-30"]})


@pytest.fixture(scope="module")
def api_result():
    return _api_scan()(BILINGUAL.copy(), PATIENTS.copy())


def test_io_api_scan_returns_contract_columns(api_result):
    mentions, cases = api_result
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    assert list(cases.columns) == list(CASE_COLUMNS)


def test_io_api_scan_finds_mentions_in_both_languages(api_result):
    mentions, _ = api_result
    assert {"S1", "S2", "E1", "E2"} <= set(mentions["note_id"])
    assert {"pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain"} <= set(mentions["concept"])


def test_io_api_scan_mention_offsets_match_text(api_result):
    mentions, _ = api_result
    texts = BILINGUAL.set_index("note_id")["text"]
    assert len(mentions) > 0
    for m in mentions.itertuples():
        assert texts[m.note_id][m.start:m.end] == m.text


def test_io_api_scan_one_case_per_patient_with_normalised_sex(api_result):
    _, cases = api_result
    assert cases["patient_id"].tolist() == ["PE", "PS"]
    assert cases.set_index("patient_id")["sex"].to_dict() == {"PE": "M", "PS": "F"}
    assert set(cases["flagged"]) <= {"true", "false"}


def test_io_api_scan_without_patients(tmp_path):
    mentions, cases = _api_scan()(BILINGUAL.copy())
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    assert list(cases.columns) == list(CASE_COLUMNS)


def test_io_api_scan_skips_bad_rows():
    notes = pd.concat([BILINGUAL, BILINGUAL.iloc[[0]].assign(note_id="S9", note_date="okänt datum")],
                      ignore_index=True)
    mentions, _ = _api_scan()(notes)
    assert "S9" not in set(mentions["note_id"])
    assert {"S1", "E1"} <= set(mentions["note_id"])


def test_io_api_scan_stays_callable_after_pipeline_import():
    # Regression: the pipeline module used to be reportminer/scan.py, and importing it rebound the package
    # attribute reportminer.scan from the API function to the submodule.
    importlib.import_module("reportminer.pipeline")
    importlib.import_module("reportminer.cli")
    assert callable(reportminer.scan)
    first = reportminer.scan(BILINGUAL.iloc[[0]].copy())
    second = reportminer.scan(BILINGUAL.iloc[[0]].copy())
    pd.testing.assert_frame_equal(first[0], second[0])


def test_io_api_scan_patients_without_sex_column_and_own_index():
    patients = pd.DataFrame({"patient_id": ["PS", "PE"], "age": [84, 79]}, index=[10, 11])
    _, cases = _api_scan()(BILINGUAL.drop(columns="text").assign(
        text=["Fraktur i höger ramus superior.", "Ländryggssmärta.", "L1 compression fracture.",
              "Low back pain."]), patients)
    assert cases["sex"].tolist() == ["", ""]

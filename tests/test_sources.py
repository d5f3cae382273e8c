"""The sources package: one interface (ids, chunks, patients) over notes tables, HL7 v2 files and FHIR R4
NDJSON or Bundles; bad messages and resources are reported with file, line and reason, and the rest run."""
from __future__ import annotations

import base64
import json

import pandas as pd
import pytest
from click.testing import CliRunner

from reportminer.cli import main
from reportminer.io import InputError
from reportminer.sources import FileSource, find_duplicate_ids
from reportminer.sources.fhir import fhir_records, html_to_text
from reportminer.sources.hl7v2 import (MessageError, hl7_date, note_message, parse_message, read_message,
                                       split_messages)

from .conftest import write_rows

REPORT = {"note_id": "ACC7", "patient_id": "P7", "note_date": "2024-03-01T10:30:00", "note_type": "radiology",
          "exam": "CT pelvis", "text": "FINDINGS: Fracture of the left superior pubic ramus.\n\nNo sacral fracture.",
          "unit": "Radiology", "language": "en"}
DOCUMENT = {"note_id": "DOC3", "patient_id": "P7", "note_date": "2024-03-04", "note_type": "outpatient",
            "text": "Persistent low back pain since the fall.", "unit": "Primary care"}


def chunks_of(path):
    notes, problems = [], []
    for chunk in FileSource(path, 2).chunks():
        notes.append(chunk.notes)
        problems += chunk.problems
    return pd.concat(notes, ignore_index=True), problems


def test_sources_package_keeps_the_public_names_of_the_old_module():
    import reportminer.sources as sources

    for name in ("Chunk", "FileSource", "SqlSource", "StoredSource", "find_duplicate_ids"):
        assert name in sources.__all__ and hasattr(sources, name)
    for source in (sources.FileSource, sources.SqlSource, sources.StoredSource):
        assert {"ids", "chunks", "patients", "raw_chunks"} <= set(dir(source))


# --- HL7 v2 ---------------------------------------------------------------------------------------------------

def test_sources_hl7_message_maps_every_field():
    message = read_message(parse_message(note_message(REPORT, "C1", "F", "1941-03-12")))
    (report,) = message.reports
    assert report.fields == {**REPORT, "text": REPORT["text"]}
    assert report.status == "F"
    assert (message.control_id, message.message_type) == ("C1", "ORU^R01")
    assert (message.patient.sex, message.patient.birth_date) == ("F", "1941-03-12")


def test_sources_hl7_delimiters_in_text_survive_the_round_trip():
    text = "Höjd | bredd ^ 2 ~ 3 & 4 \\ slut\r\nrad två"
    message = read_message(parse_message(note_message({**REPORT, "text": text}, "C2")))
    assert message.reports[0].fields["text"] == text


def test_sources_hl7_formatted_text_line_breaks_become_lines():
    raw = note_message(REPORT, "C3").split("\r")
    obx = [s for s in raw if s.startswith("OBX")]
    first = "OBX|1|FT|REPORT||Fracture of the ramus.\\.br\\No sacral fracture.||||||F"
    message = read_message(parse_message("\r".join([s for s in raw if not s.startswith("OBX")] + [first])))
    assert message.reports[0].fields["text"] == "Fracture of the ramus.\nNo sacral fracture."
    assert obx  # the note had text lines before they were replaced


def test_sources_hl7_one_message_with_two_reports_gives_two_notes():
    segments = note_message(REPORT, "C4").rstrip("\r").split("\r")
    second = ["ORC|RE|ACC8|ACC8", "OBR|2|ACC8|ACC8|^MR sacrum|||20240302", "OBX|1|TX|REPORT||No fracture.||||||F"]
    message = read_message(parse_message("\r".join(segments + second)))
    assert [(r.fields["note_id"], r.fields["exam"], r.fields["note_date"]) for r in message.reports] == \
        [("ACC7", "CT pelvis", "2024-03-01T10:30:00"), ("ACC8", "MR sacrum", "2024-03-02")]


def test_sources_hl7_cancelled_order_is_no_note():
    cancelled = note_message({**REPORT, "text": " "}, "C10", status="X")
    message = read_message(parse_message(cancelled))
    assert message.reports == [] and message.control_id == "C10"


def test_sources_hl7_mdm_document_maps_txa():
    message = read_message(parse_message(note_message(DOCUMENT, "C5")))
    assert message.message_type == "MDM^T02"
    fields = message.reports[0].fields
    assert (fields["note_id"], fields["note_type"], fields["note_date"], fields["text"]) == \
        ("DOC3", "outpatient", "2024-03-04", DOCUMENT["text"])


@pytest.mark.parametrize("change, code, reason", [
    pytest.param([("PID|1||P7^^^HOSP^MR", "PID|1||")], "AE", "PID-3", id="no-patient"),
    pytest.param([("|C6|", "||")], "AR", "MSH-10", id="no-control-id"),
    pytest.param([("ORU^R01^ORU_R01", "ORM^O01")], "AR", "ORM^O01", id="wrong-type"),
    pytest.param([("|202403011030", "|2024")], "AE", "OBR-7", id="date-without-day"),
    pytest.param([("OBR|1|ACC7|ACC7|", "OBR|1|||"), ("ORC|RE|ACC7|ACC7", "ORC|RE||")], "AE", "order number",
                 id="no-note-id"),
    pytest.param([("|TX|REPORT^Report text||", "|NM|REPORT^Report text||")], "AE", "no report text",
                 id="only-numeric-results"),
])
def test_sources_hl7_unusable_message_names_the_field(change, code, reason):
    text = note_message(REPORT, "C6")
    for old, new in change:
        assert old in text
        text = text.replace(old, new)
    with pytest.raises(MessageError) as err:
        read_message(parse_message(text))
    assert err.value.code == code and reason in err.value.reason
    assert "ramus" not in err.value.reason  # reasons never carry report text


def test_sources_hl7_not_hl7_is_rejected():
    with pytest.raises(MessageError) as err:
        parse_message("hello, this is no message")
    assert err.value.code == "AR"


@pytest.mark.parametrize("value, expected", [
    ("20240301", "2024-03-01"), ("202403011030", "2024-03-01T10:30:00"), ("20240301103015+0100", "2024-03-01T10:30:15"),
    ("20240301103015.1234", "2024-03-01T10:30:15"), ("", ""),
])
def test_sources_hl7_dates(value, expected):
    assert hl7_date(value, "OBR-7") == expected


@pytest.mark.parametrize("value", ["2024", "20241301", "2024-03-01", "yesterday"])
def test_sources_hl7_bad_dates_raise(value):
    with pytest.raises(MessageError, match="OBR-7"):
        hl7_date(value, "OBR-7")


def test_sources_hl7_file_reads_good_messages_and_reports_bad_ones_by_line(tmp_path):
    bad = note_message({**REPORT, "note_id": "ACC9"}, "C9").replace("PID|1||P7^^^HOSP^MR", "PID|1||")
    messages = [note_message(REPORT, "C7", "F", "1941-03-12"), bad, note_message(DOCUMENT, "C8")]
    path = tmp_path / "reports.hl7"
    path.write_text("".join(m.replace("\r", "\n") for m in messages), encoding="utf-8")
    notes, problems = chunks_of(path)
    assert list(notes["note_id"]) == ["ACC7", "DOC3"]
    first_lines = [line for line, _ in split_messages(path.read_text(encoding="utf-8"))]
    assert [(p.row, p.column) for p in problems] == [(first_lines[1], "message")]
    assert "PID-3" in problems[0].reason and str(path) in str(problems[0])
    patients, _ = FileSource(path).patients()
    assert patients.to_dict("records")[0]["sex"] == "F"


# --- FHIR R4 --------------------------------------------------------------------------------------------------

def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# Shaped like the official R4 examples (diagnosticreport-example-ultrasound, documentreference-example,
# patient-example); the clinical text is our own.
DIAGNOSTIC_REPORT = {
    "resourceType": "DiagnosticReport", "id": "dr-xr-pelvis",
    "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">XR pelvis</div>"},
    "status": "final",
    "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD",
                              "display": "Radiology"}]}],
    "code": {"coding": [{"system": "http://loinc.org", "code": "28561-9", "display": "XR Pelvis"}],
             "text": "XR pelvis"},
    "subject": {"reference": "Patient/pat-1"},
    "effectiveDateTime": "2024-03-01T10:30:00+01:00", "issued": "2024-03-01T12:00:00+01:00",
    "performer": [{"reference": "Organization/rad-1", "display": "Radiology"}],
    "presentedForm": [{"contentType": "text/plain; charset=utf-8",
                       "data": b64("Fracture of the left superior pubic ramus.\nThe sacrum is intact.")}],
}
DOCUMENT_REFERENCE = {
    "resourceType": "DocumentReference", "id": "doc-1",
    "masterIdentifier": {"system": "urn:ietf:rfc:3986", "value": "urn:oid:1.3.6.1.4.1.21367.2005.3.7"},
    "status": "current", "docStatus": "final",
    "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}]},
    "subject": {"reference": "Patient/pat-1"}, "date": "2024-03-05T09:43:41+01:00",
    "content": [{"attachment": {"contentType": "text/html", "language": "sv",
                                "data": b64("<div><p>Aktuellt: <b>lågt sittande ryggsmärta</b> sedan fallet.</p>"
                                            "<p>Planering: DT bäcken.</p></div>")}}],
    "context": {"period": {"start": "2024-03-04T08:00:00+01:00"}},
}
RTF_DOCUMENT = {**DOCUMENT_REFERENCE, "id": "doc-2", "content": [{"attachment": {
    "contentType": "application/rtf",
    "data": b64(r"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard Low back pain, worse at night.\par}")}}]}
PATIENT = {"resourceType": "Patient", "id": "pat-1",
           "identifier": [{"use": "usual", "system": "urn:oid:1.2.36.146.595.217.0.1", "value": "12345"}],
           "active": True, "name": [{"use": "official", "family": "Testsson", "given": ["Anna"]}],
           "gender": "female", "birthDate": "1941-03-12"}
INVALID = {**DIAGNOSTIC_REPORT, "id": "dr-bad", "effectiveDateTime": "the first of March"}
LINKED = {**DOCUMENT_REFERENCE, "id": "doc-url", "content": [{"attachment": {"contentType": "text/plain",
                                                                            "url": "http://example.org/doc"}}]}
OBSERVATION = {"resourceType": "Observation", "id": "obs-1", "status": "final", "code": {"text": "BMD"}}


def test_sources_fhir_examples_are_valid_r4_resources():
    from fhir.resources.R4B import get_fhir_model_class

    for resource in (DIAGNOSTIC_REPORT, DOCUMENT_REFERENCE, RTF_DOCUMENT, PATIENT):
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)


def test_sources_fhir_ndjson_maps_reports_documents_and_patients(tmp_path):
    withdrawn = {**DIAGNOSTIC_REPORT, "id": "dr-withdrawn", "status": "entered-in-error"}
    resources = [PATIENT, DIAGNOSTIC_REPORT, OBSERVATION, INVALID, DOCUMENT_REFERENCE, LINKED, RTF_DOCUMENT, withdrawn]
    path = tmp_path / "export.ndjson"
    path.write_text("".join(json.dumps(r) + "\n" for r in resources), encoding="utf-8")
    notes, problems = chunks_of(path)
    by_id = notes.set_index("note_id")
    assert list(notes["note_id"]) == ["dr-xr-pelvis", "doc-1", "doc-2"]
    assert by_id.loc["dr-xr-pelvis", "text"] == "Fracture of the left superior pubic ramus.\nThe sacrum is intact."
    assert (by_id.loc["dr-xr-pelvis", "note_type"], by_id.loc["dr-xr-pelvis", "exam"]) == ("radiology", "XR pelvis")
    assert by_id.loc["dr-xr-pelvis", "note_date"] == pd.Timestamp("2024-03-01T10:30:00")
    assert by_id.loc["doc-1", "text"] == "Aktuellt: lågt sittande ryggsmärta sedan fallet.\nPlanering: DT bäcken."
    assert by_id.loc["doc-1", "note_date"] == pd.Timestamp("2024-03-04T08:00:00")
    assert by_id.loc["doc-2", "text"] == "Low back pain, worse at night."
    assert set(notes["patient_id"]) == {"pat-1"}
    assert [(p.row, p.column) for p in problems] == [(4, "DiagnosticReport/dr-bad"), (6, "DocumentReference/doc-url"),
                                                     (8, "DiagnosticReport/dr-withdrawn")]
    assert "entered-in-error" in problems[2].reason
    assert "effectiveDateTime" in problems[0].reason and "fails FHIR validation" in problems[0].reason
    assert "link" in problems[1].reason
    patients, _ = FileSource(path).patients()
    assert patients.to_dict("records")[0]["sex"] == "F"
    assert patients.to_dict("records")[0]["birth_date"] == pd.Timestamp("1941-03-12")


def test_sources_fhir_bundle_reports_the_line_of_a_bad_entry(tmp_path):
    bundle = {"resourceType": "Bundle", "id": "b1", "type": "collection",
              "entry": [{"fullUrl": f"urn:uuid:{i}", "resource": r}
                        for i, r in enumerate([PATIENT, DIAGNOSTIC_REPORT, INVALID])]}
    path = tmp_path / "bundle.json"
    text = json.dumps(bundle, indent=2)
    path.write_text(text, encoding="utf-8")
    items = list(fhir_records(path, ndjson=False))
    problem = items[-1]
    entry_starts = [i + 1 for i, line in enumerate(text.splitlines()) if line == "    {"]  # indent=2 layout
    assert len(entry_starts) == 3 and problem.row == entry_starts[2]
    assert problem.column == "DiagnosticReport/dr-bad"


def test_sources_ndjson_notes_table_is_still_a_notes_table(tmp_path):
    path = write_rows(tmp_path / "notes.ndjson", [])
    path.write_text(json.dumps({**DOCUMENT, "note_date": "2024-03-04"}) + "\n", encoding="utf-8")
    notes, problems = chunks_of(path)
    assert list(notes["note_id"]) == ["DOC3"] and not problems


@pytest.mark.parametrize("name", ["reports.hl7", "export.ndjson"])
def test_sources_a_file_not_in_utf8_is_one_line_naming_it(tmp_path, name):
    path = tmp_path / name
    text = note_message(REPORT, "L1") if name.endswith("hl7") else json.dumps(DIAGNOSTIC_REPORT, ensure_ascii=False)
    text = text.replace("Fracture", "Fraktur på vänster sida").replace("XR pelvis", "Röntgen bäcken")
    path.write_bytes((text + "\n").encode("latin-1"))
    result = CliRunner().invoke(main, ["scan", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"reportminer: error: {path}: not UTF-8 text")


def test_sources_unknown_format_is_an_input_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"\.hl7"):
        FileSource(path)


def test_sources_duplicate_ids_in_an_hl7_file_are_refused(tmp_path):
    path = tmp_path / "reports.hl7"
    path.write_text(note_message(REPORT, "A") + note_message(REPORT, "B"), encoding="utf-8")
    with pytest.raises(InputError, match="ACC7"):
        find_duplicate_ids(FileSource(path))


def test_sources_html_to_text_keeps_blocks_as_lines():
    assert html_to_text("<ul><li>L1 kompression</li><li>Ingen sakrumfraktur</li></ul><script>x()</script>") == \
        "L1 kompression\nIngen sakrumfraktur"


def test_sources_scan_reads_fhir_and_hl7_files_like_a_table(tmp_path):
    """The same notes as CSV, HL7 v2 and FHIR NDJSON give the same cases through `scan`."""
    runner = CliRunner()
    fhir = tmp_path / "export.ndjson"
    fhir.write_text("".join(json.dumps(r) + "\n" for r in [PATIENT, DIAGNOSTIC_REPORT, DOCUMENT_REFERENCE, INVALID]),
                    encoding="utf-8")
    result = runner.invoke(main, ["scan", str(fhir), "--out", str(tmp_path / "fhir")])
    assert result.exit_code == 0, result.output
    assert f"{fhir}: row 4, column 'DiagnosticReport/dr-bad'" in result.output
    cases = pd.read_csv(tmp_path / "fhir" / "cases.csv", dtype=str, keep_default_na=False)
    assert list(cases["patient_id"]) == ["pat-1"] and cases.loc[0, "flagged"] == "true"
    assert (cases.loc[0, "sex"], cases.loc[0, "age"]) == ("F", "82")
    csv = write_rows(tmp_path / "notes.csv", [
        {"note_id": "dr-xr-pelvis", "patient_id": "pat-1", "note_date": "2024-03-01T10:30:00",
         "note_type": "radiology", "exam": "XR pelvis", "text": "Fracture of the left superior pubic ramus.\n"
         "The sacrum is intact.", "language": "", "unit": "Radiology"},
        {"note_id": "doc-1", "patient_id": "pat-1", "note_date": "2024-03-04T08:00:00", "note_type": "clinical",
         "exam": "", "text": "Aktuellt: lågt sittande ryggsmärta sedan fallet.\nPlanering: DT bäcken.",
         "language": "sv", "unit": ""}])
    patients = write_rows(tmp_path / "patients.csv", [{"patient_id": "pat-1", "sex": "F", "birth_date": "1941-03-12"}])
    result = runner.invoke(main, ["scan", str(csv), "--patients", str(patients), "--out", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "csv" / "cases.csv").read_bytes() == (tmp_path / "fhir" / "cases.csv").read_bytes()


def test_sources_nightly_reads_fhir_patients_from_a_separate_export_file(tmp_path):
    reports = tmp_path / "DiagnosticReport.ndjson"
    reports.write_text(json.dumps(DIAGNOSTIC_REPORT) + "\n", encoding="utf-8")
    patients = tmp_path / "Patient.ndjson"
    patients.write_text(json.dumps(PATIENT) + "\n", encoding="utf-8")
    db = tmp_path / "state.db"
    result = CliRunner().invoke(main, ["nightly", str(reports), "--patients", str(patients), "--db", str(db),
                                       "--workers", "1"])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--out", str(tmp_path / "cases.csv")])
    cases = pd.read_csv(tmp_path / "cases.csv", dtype=str, keep_default_na=False)
    assert (cases.loc[0, "patient_id"], cases.loc[0, "sex"], cases.loc[0, "age"]) == ("pat-1", "F", "82")


# --- stored notes (the listener's inbox) ------------------------------------------------------------------------

def test_sources_stored_reads_new_changed_and_other_version_notes_only(any_db_url):
    from datetime import datetime

    from reportminer.inbox import store_message
    from reportminer.nightly import NightlyRun, pipeline_version
    from reportminer.sources import StoredSource
    from reportminer.state import engine_for, upgrade

    upgrade(any_db_url)
    engine = engine_for(any_db_url)

    def store(note, control_id, status="F"):
        with engine.begin() as conn:
            return store_message(conn, read_message(parse_message(note_message(note, control_id, "F", "1941-03-12",
                                                                              status=status))), datetime(2024, 3, 5))

    def ids(source):
        return [note_id for note_id, _ in source.ids()]

    assert [store(REPORT, "M1"), store(DOCUMENT, "M2"), store(REPORT, "M1")] == ["stored", "stored", "duplicate"]
    version = pipeline_version()
    source = StoredSource(any_db_url, version)
    assert ids(source) == ["ACC7", "DOC3"]
    patients, _ = source.patients()
    assert list(patients["sex"]) == ["F"]
    NightlyRun(any_db_url, source, patients).run()
    assert ids(StoredSource(any_db_url, version)) == []
    assert ids(StoredSource(any_db_url, "another version")) == ["ACC7", "DOC3"]
    assert store({**REPORT, "text": "Corrected: no fracture."}, "M3", status="C") == "stored"
    assert store(REPORT, "M4") == "kept"  # a late original never undoes the correction
    assert ids(StoredSource(any_db_url, version)) == ["ACC7"]

"""Pseudonymised exports: keyed, stable pseudonyms; every masked pattern in Swedish and English evidence; clinical
sentences left intact; the --pseudonymise option of export, report and scan."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner

from reportminer.cli import main
from reportminer.pseudonymise import PseudonymKeyError, Pseudonymiser, mask_text, pseudonym, read_key

from .conftest import write_rows

KEY = b"0123456789abcdef0123456789abcdef"


@pytest.fixture
def key_file(tmp_path):
    path = tmp_path / "pseudonym.key"
    path.write_bytes(KEY + b"\n")
    return path


def test_pseudonymise_pseudonyms_are_stable_keyed_and_kind_separated():
    one = Pseudonymiser(KEY)
    assert one.patient("19421103-1234") == Pseudonymiser(KEY).patient("19421103-1234")  # stable across runs
    assert one.patient("P1") != Pseudonymiser(b"another key of at least 32 bytes!").patient("P1")  # keyed
    assert one.patient("P1") != one.patient("P2")
    assert one.patient("P1").startswith("P-") and len(one.patient("P1")) == 22
    assert one.note("P1").startswith("N-") and one.note("P1")[2:] != one.patient("P1")[2:]
    assert "P1" not in one.patient("P1") and pseudonym(KEY, "patient", "P1") == one.patient("P1")


def test_pseudonymise_key_file_must_exist_and_be_long_enough(tmp_path):
    short = tmp_path / "short.key"
    short.write_text("secret\n")
    with pytest.raises(PseudonymKeyError, match="short.key: the pseudonymisation key must hold at least 32 bytes"):
        read_key(short)
    with pytest.raises(PseudonymKeyError, match="absent.key: cannot read"):
        read_key(tmp_path / "absent.key")


@pytest.mark.parametrize("text,secret,entity", [
    ("Pat 19421103-1234 inkommer med smärta.", "19421103-1234", "SE_PERSONNUMMER"),
    ("Pnr 421103-1234, remiss från VC.", "421103-1234", "SE_PERSONNUMMER"),
    ("Personnummer 194211031234 kontrollerat.", "194211031234", "SE_PERSONNUMMER"),
    ("Patient 121212+1212 (över 100 år).", "121212+1212", "SE_PERSONNUMMER"),
    ("Samordningsnummer 420363-1238 enligt Skatteverket.", "420363-1238", "SE_PERSONNUMMER"),
    ("Samordningsnr 19420363-1238.", "19420363-1238", "SE_PERSONNUMMER"),
    ("Personal identity number 19421103-1234 checked in the ED.", "19421103-1234", "SE_PERSONNUMMER"),
    ("Swedish coordination number 420363-1238 on the referral.", "420363-1238", "SE_PERSONNUMMER"),
    ("Född 1942-11-03 i Malmö.", "1942-11-03", "DATE_OF_BIRTH"),
    ("Pat. f. 3/11/1942, bor ensam.", "3/11/1942", "DATE_OF_BIRTH"),
    ("Födelsedatum: 3 november 1942.", "3 november 1942", "DATE_OF_BIRTH"),
    ("Date of birth: 03/11/1942. Lives alone.", "03/11/1942", "DATE_OF_BIRTH"),
    ("DOB 1942-11-03, admitted after a fall.", "1942-11-03", "DATE_OF_BIRTH"),
    ("She was born on March 3, 1942 in Leeds.", "March 3, 1942", "DATE_OF_BIRTH"),
    ("Anhörig nås på 070-123 45 67.", "070-123 45 67", "PHONE_NUMBER"),
    ("Ring avdelningen 08-123 456 78 vid frågor.", "08-123 456 78", "PHONE_NUMBER"),
    ("Dottern har tel +46 70 123 45 67.", "+46 70 123 45 67", "PHONE_NUMBER"),
    ("Call the ward on +44 20 7946 0958.", "+44 20 7946 0958", "PHONE_NUMBER"),
    ("Daughter's phone (202) 456-1111.", "(202) 456-1111", "PHONE_NUMBER"),
    ("Svar till anna.berg@region.example.se tack.", "anna.berg@region.example.se", "EMAIL_ADDRESS"),
    ("Copy to j.smith@hospital.example.org please.", "j.smith@hospital.example.org", "EMAIL_ADDRESS"),
    ("Signerad av: Karin Lindqvist, överläkare.", "Karin Lindqvist", "PERSON"),
    ("Bedömd av dr Nilsson på akuten.", "Nilsson", "PERSON"),
    ("Samtal med Per Olsson, patientens son.", "Per Olsson", "PERSON"),
    ("Ssk Maria ringer patienten i morgon.", "Maria", "PERSON"),
    ("Seen by Dr. Hargreaves in clinic.", "Hargreaves", "PERSON"),
    ("Margaret Thompson reports worsening pain.", "Margaret Thompson", "PERSON"),
    ("Dictated by: Thomas Wright, MD.", "Thomas Wright", "PERSON"),
    ("Discussed with J. Smith from orthopaedics.", "J. Smith", "PERSON"),
])
def test_pseudonymise_masks_identifiers_in_swedish_and_english(text, secret, entity):
    masked = mask_text(text)
    assert secret not in masked, masked
    assert f"<{entity}>" in masked, masked


@pytest.mark.parametrize("text", [
    "Fraktur i höger ramus superior och inferior. Kotkompression Th12 med 30% höjdreduktion.",
    "82-årig kvinna med ländryggssmärta, osteoporos och Waran. MR bäcken 2024-03-05 utan sakrumfraktur.",
    "Per os Alvedon 1 g x 4. Åter om 2 veckor. DT ländrygg: sacrum ej inkluderat.",
    "Compression fracture of L1 with 40% height loss. MRI pelvis on 2024-03-05 showed no sacral fracture.",
    "82 year old woman with low back pain since May. Will arrange CT pelvis. Mark tender over the sacrum.",
    "Bone scintigraphy 12 May 2024: increased uptake in the right sacral ala, consistent with Honda sign.",
    "Lab: Hb 112 g/L, CRP 5. Dose 20 mg x 1. Fraktur L2-L3, 12 x 15 mm.",
])
def test_pseudonymise_leaves_clinical_sentences_intact(text):
    assert mask_text(text) == text


def test_pseudonymise_case_frame_ids_and_evidence():
    cases = pd.DataFrame([{"patient_id": "19421103-1234", "flagged": "true", "evidence_note_ids": "N1;N2",
                           "evidence": "N1: Fraktur i ramus superior, pnr 19421103-1234. | N2: Ring 070-123 45 67."}])
    p = Pseudonymiser(KEY)
    out = p.cases(cases).iloc[0]
    assert out["patient_id"] == p.patient("19421103-1234")
    assert out["evidence_note_ids"] == f"{p.note('N1')};{p.note('N2')}"
    assert out["evidence"] == (f"{p.note('N1')}: Fraktur i ramus superior, pnr <SE_PERSONNUMMER>. | "
                               f"{p.note('N2')}: Ring <PHONE_NUMBER>.")


NOTES = [
    {"note_id": "K1", "patient_id": "PX1", "note_date": "2025-03-01", "note_type": "radiology", "exam": "Rtg bäcken",
     "text": "Pat 19421103-1234. Fraktur i höger ramus superior. Signerad av: Karin Lindqvist", "language": "sv"},
    {"note_id": "K2", "patient_id": "PX2", "note_date": "2025-03-02", "note_type": "radiology", "exam": "X-ray pelvis",
     "text": "Fracture of the left superior pubic ramus; call Dr. Hargreaves on +44 20 7946 0958.", "language": "en"},
]


@pytest.fixture
def nightly_db(tmp_path):
    notes = write_rows(tmp_path / "notes.csv", NOTES)
    db = tmp_path / "state.db"
    result = CliRunner().invoke(main, ["nightly", str(notes), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def test_pseudonymise_export_writes_pseudonyms_beside_the_plain_list(nightly_db, tmp_path, key_file):
    runner = CliRunner()
    assert runner.invoke(main, ["export", "--db", str(nightly_db), "--out", str(tmp_path / "plain.csv")]).exit_code == 0
    result = runner.invoke(main, ["export", "--db", str(nightly_db), "--out", str(tmp_path / "pseudo.csv"),
                                  "--pseudonymise", str(key_file)])
    assert result.exit_code == 0, result.output
    plain = pd.read_csv(tmp_path / "plain.csv", dtype=str, keep_default_na=False)
    pseudo = pd.read_csv(tmp_path / "pseudo.csv", dtype=str, keep_default_na=False)
    p = Pseudonymiser(KEY)
    assert sorted(pseudo["patient_id"]) == sorted(p.patient(x) for x in plain["patient_id"])
    body = (tmp_path / "pseudo.csv").read_text(encoding="utf-8")
    for secret in ("PX1", "K1", "19421103-1234", "Karin", "Lindqvist", "Hargreaves", "7946"):
        assert secret not in body, secret
    assert "ramus superior" in body and "superior pubic ramus" in body
    assert list(pseudo.columns) == list(plain.columns)
    meta = json.loads((tmp_path / "pseudo.csv.provenance.json").read_text())
    assert meta["pseudonymised"] == "true" and meta["run_id"] == "1"
    again = runner.invoke(main, ["export", "--db", str(nightly_db), "--out", str(tmp_path / "again.csv"),
                                 "--pseudonymise", str(key_file)])
    assert again.exit_code == 0 and (tmp_path / "again.csv").read_bytes() == (tmp_path / "pseudo.csv").read_bytes()


def test_pseudonymise_export_xlsx_has_a_metadata_sheet(nightly_db, tmp_path, key_file):
    out = tmp_path / "cases.xlsx"
    result = CliRunner().invoke(main, ["export", "--db", str(nightly_db), "--out", str(out),
                                       "--pseudonymise", str(key_file)])
    assert result.exit_code == 0, result.output
    sheets = pd.read_excel(out, sheet_name=None, dtype=str, keep_default_na=False)
    assert set(sheets) == {"cases", "metadata"}
    meta = dict(zip(sheets["metadata"]["key"], sheets["metadata"]["value"]))
    assert meta["run_id"] == "1" and meta["pseudonymised"] == "true" and len(meta["rules_hash"]) == 64
    assert meta["pipeline_version"].startswith(meta["reportminer_version"])
    assert all(p.startswith("P-") for p in sheets["cases"]["patient_id"])


def test_pseudonymise_report_hides_ids_names_and_numbers(nightly_db, tmp_path, key_file):
    result = CliRunner().invoke(main, ["report", "--db", str(nightly_db), "--out", str(tmp_path / "r.html"),
                                       "--pseudonymise", str(key_file)])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    for secret in ("PX1", "K1:", "19421103-1234", "Lindqvist", "Hargreaves", "7946"):
        assert secret not in html, secret
    assert Pseudonymiser(KEY).patient("PX1") in html and "Fraktur i höger ramus" in html
    assert 'id="provenance"' in html and "pseudonymised" in html


@pytest.mark.parametrize("workers", ["1", "2"])
def test_pseudonymise_scan_out(tmp_path, key_file, workers):
    notes = write_rows(tmp_path / "notes.csv", NOTES)
    result = CliRunner().invoke(main, ["scan", str(notes), "--out", str(tmp_path / "out"),
                                       "--pseudonymise", str(key_file), "--workers", workers])
    assert result.exit_code == 0, result.output
    mentions = pd.read_csv(tmp_path / "out" / "mentions.csv", dtype=str, keep_default_na=False)
    cases = pd.read_csv(tmp_path / "out" / "cases.csv", dtype=str, keep_default_na=False)
    assert set(mentions["patient_id"]) == set(cases["patient_id"]) == {Pseudonymiser(KEY).patient("PX1"),
                                                                       Pseudonymiser(KEY).patient("PX2")}
    assert all(n.startswith("N-") for n in mentions["note_id"])
    assert "19421103-1234" not in (tmp_path / "out" / "cases.csv").read_text(encoding="utf-8")
    assert json.loads((tmp_path / "out" / "run.json").read_text())["pseudonymised"] is True


def test_pseudonymise_bad_key_file_is_an_error_and_writes_nothing(nightly_db, tmp_path):
    short = tmp_path / "short.key"
    short.write_text("abc")
    result = CliRunner().invoke(main, ["export", "--db", str(nightly_db), "--out", str(tmp_path / "x.csv"),
                                       "--pseudonymise", str(short)])
    assert result.exit_code == 1 and "at least 32 bytes" in result.output
    assert not (tmp_path / "x.csv").exists()


def test_pseudonymise_masking_needs_no_network(monkeypatch):
    """Nothing is downloaded at run time: the engines build and mask with every socket connection refused."""
    import socket

    from reportminer import pseudonymise

    def refuse(*args, **kwargs):
        raise OSError(f"network used: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    pseudonymise._engines.cache_clear()
    pseudonymise._names.cache_clear()
    assert mask_text("Dr Anna Berg, anna@example.se, 19420102-1234.") == "Dr <PERSON>, <EMAIL_ADDRESS>, <SE_PERSONNUMMER>."

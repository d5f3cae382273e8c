"""The HL7 v2 listener over a real TCP socket, with python-hl7's MLLP client, on SQLite and PostgreSQL:
store-then-ACK, resends stored once (also across a kill -9 between commit and ACK), corrections, quarantine of
malformed messages and framing, 1,000 messages from 4 concurrent senders, and the nightly job on what it stored."""
from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from reportminer.cli import main
from reportminer.sender import send_messages
from reportminer.sources.hl7v2 import note_message
from reportminer.state import cases, engine_for, inbound_messages, inbound_notes, inbound_patients, quarantine

from .conftest import SAMPLE

ROOT = Path(__file__).resolve().parent.parent
REPORT = {"note_id": "ACC1", "patient_id": "P1", "note_date": "2024-03-01", "note_type": "radiology",
          "exam": "Rtg bäcken", "text": "Fraktur i höger ramus superior.\nIngen sakrumfraktur.", "unit": "Röntgen"}


class Running:
    """A `reportminer listen` process and its address."""

    def __init__(self, db_url: str, tmp: Path, *args: str, port: int = 0):
        self.ready = tmp / f"ready-{time.monotonic_ns()}"
        self.log = (tmp / "listen.log").open("a")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "reportminer.cli", "listen", "--mllp", f"127.0.0.1:{port}", "--db", db_url,
             "--ready-file", str(self.ready), *args], stdout=self.log, stderr=self.log, cwd=ROOT)
        deadline = time.monotonic() + 60
        while not self.ready.exists():
            assert self.proc.poll() is None, (tmp / "listen.log").read_text()
            assert time.monotonic() < deadline, "the listener did not start"
            time.sleep(0.05)
        host, port = self.ready.read_text().strip().rsplit(":", 1)
        self.host, self.port = host, int(port)

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(30)
        self.log.close()
        return code


@pytest.fixture
def listener(any_db_url, tmp_path):
    running = Running(any_db_url, tmp_path)
    yield running
    running.stop()


def send(running: Running, messages: list[str], **kw):
    return asyncio.run(send_messages(running.host, running.port, messages, **kw))


def rows(db_url: str, table) -> list:
    with engine_for(db_url).connect() as conn:
        return list(conn.execute(sa.select(table)))


def raw_exchange(running: Running, data: bytes, close_after_send: bool = False, timeout: float = 10) -> bytes:
    """Send raw bytes over a plain socket; return what came back until the frame end or the close."""
    with socket.create_connection((running.host, running.port), timeout=timeout) as sock:
        sock.sendall(data)
        if close_after_send:
            return b""
        received = b""
        while not received.endswith(b"\x1c\r"):
            part = sock.recv(65536)
            if not part:
                break
            received += part
        return received


def test_listener_stores_then_acknowledges_with_the_control_id(listener, any_db_url):
    acks = send(listener, [note_message(REPORT, "MSG-1", "F", "1941-03-12")])
    assert [(a.control_id, a.code) for a in acks] == [("MSG-1", "AA")]
    (note,) = rows(any_db_url, inbound_notes)
    assert (note.note_id, note.patient_id, note.exam, note.unit, note.text) == \
        ("ACC1", "P1", "Rtg bäcken", "Röntgen", REPORT["text"])
    assert note.note_date == pd.Timestamp("2024-03-01").to_pydatetime()
    ((patient_id, sex, birth, _),) = [tuple(r) for r in rows(any_db_url, inbound_patients)]
    assert (patient_id, sex, birth.date().isoformat()) == ("P1", "F", "1941-03-12")
    assert [r.control_id for r in rows(any_db_url, inbound_messages)] == ["MSG-1"]


def test_listener_resent_message_is_acknowledged_and_stored_once(listener, any_db_url):
    message = note_message(REPORT, "MSG-1")
    acks = send(listener, [message, message]) + send(listener, [message])
    assert [a.code for a in acks] == ["AA", "AA", "AA"]
    assert len(rows(any_db_url, inbound_messages)) == 1
    assert len(rows(any_db_url, inbound_notes)) == 1


def test_listener_malformed_messages_are_answered_and_quarantined(listener, any_db_url):
    no_patient = note_message(REPORT, "MSG-2").replace("PID|1||P1^^^HOSP^MR", "PID|1||")
    admission = "MSH|^~\\&|ADT|H|RM|A|20240301||ADT^A01|MSG-3|P|2.5\rPID|1||P9\r"
    bad_date = note_message(REPORT, "MSG-4").replace("|20240301|", "|20241399|")
    acks = send(listener, [no_patient, admission, bad_date, note_message(REPORT, "MSG-5")])
    assert [(a.control_id, a.code) for a in acks] == [("MSG-2", "AE"), ("MSG-3", "AR"), ("MSG-4", "AE"),
                                                      ("MSG-5", "AA")]
    assert "PID-3" in acks[0].reason and "ADT^A01" in acks[1].reason and "OBR-7" in acks[2].reason
    kept = {r.control_id: r for r in rows(any_db_url, quarantine)}
    assert set(kept) == {"MSG-2", "MSG-3", "MSG-4"}
    assert kept["MSG-3"].ack_code == "AR" and kept["MSG-3"].raw.startswith("MSH|")
    assert [n.note_id for n in rows(any_db_url, inbound_notes)] == ["ACC1"]  # the good one after the bad ones


def test_listener_malformed_framing_is_quarantined_and_the_listener_goes_on(any_db_url, tmp_path):
    running = Running(any_db_url, tmp_path, "--max-message-bytes", "4096")
    try:
        good = note_message(REPORT, "MSG-6").encode()
        # garbage before the start block: kept aside, and the message in the frame is still taken
        reply = raw_exchange(running, b"GARBAGE\x0b" + good + b"\x1c\r")
        assert b"MSA|AA|MSG-6" in reply
        # a frame without a start block: AR
        reply = raw_exchange(running, note_message(REPORT, "MSG-7").encode() + b"\x1c\r")
        assert b"MSA|AR|MSG-7" in reply and b"start block" in reply
        # not UTF-8: AR
        assert b"MSA|AR" in raw_exchange(running, b"\x0b" + note_message(REPORT, "MSG-8").encode("utf-16") + b"\x1c\r")
        # cut off by the sender closing the connection, and a frame over the size limit
        raw_exchange(running, b"\x0b" + good[:40], close_after_send=True)
        assert raw_exchange(running, b"\x0b" + b"OBX|1|TX|||x" * 1000) == b""  # closed, no answer
        deadline = time.monotonic() + 10
        while len(rows(any_db_url, quarantine)) < 5 and time.monotonic() < deadline:
            time.sleep(0.1)
        reasons = sorted(r.reason for r in rows(any_db_url, quarantine))
        assert len(reasons) == 5, reasons
        assert any("before its start block" in r for r in reasons)
        assert any("closed inside an MLLP frame" in r for r in reasons)
        assert any("too large" in r for r in reasons)
        assert [a.code for a in send(running, [note_message(REPORT, "MSG-9")])] == ["AA"]
        assert [n.control_id for n in rows(any_db_url, inbound_notes)] == ["MSG-9"]
    finally:
        assert running.stop() == 0


def test_listener_killed_between_commit_and_ack_stores_the_resend_once(any_db_url, tmp_path):
    first = Running(any_db_url, tmp_path, "--ack-delay", "60")
    port = first.port
    result: dict = {}
    message = note_message(REPORT, "MSG-KILL")
    sender = threading.Thread(target=lambda: result.update(acks=asyncio.run(send_messages(
        "127.0.0.1", port, [message], timeout=5, attempts=40, pause=0.25))))
    sender.start()
    deadline = time.monotonic() + 30
    while not rows(any_db_url, inbound_messages):  # committed, not yet acknowledged
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(first.proc.pid, signal.SIGKILL)
    first.proc.wait(10)
    first.log.close()
    second = Running(any_db_url, tmp_path, port=port)
    try:
        sender.join(60)
        (ack,) = result["acks"]
        assert (ack.code, ack.control_id) == ("AA", "MSG-KILL") and ack.attempts > 1
        assert len(rows(any_db_url, inbound_messages)) == 1
        assert len(rows(any_db_url, inbound_notes)) == 1
    finally:
        second.stop()


def test_listener_takes_1000_messages_from_4_concurrent_senders(listener, any_db_url):
    def batch(sender: int) -> list[str]:
        return [note_message({**REPORT, "note_id": f"A{sender}-{i}", "patient_id": f"P{i % 37}",
                              "text": f"Rtg bäcken {sender}-{i}: ingen fraktur."}, f"S{sender}-{i}")
                for i in range(250)]

    async def all_senders():
        return await asyncio.gather(*(send_messages(listener.host, listener.port, batch(s)) for s in range(4)))

    acks = [a for group in asyncio.run(all_senders()) for a in group]
    assert len(acks) == 1000 and {a.code for a in acks} == {"AA"}
    assert len(rows(any_db_url, inbound_messages)) == 1000
    assert len({n.note_id for n in rows(any_db_url, inbound_notes)}) == 1000


def nightly(db_url: str) -> str:
    result = CliRunner().invoke(main, ["nightly", "--db", db_url, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return result.output


def case_of(db_url: str, patient_id: str):
    with engine_for(db_url).connect() as conn:
        return conn.execute(sa.select(cases).where(cases.c.patient_id == patient_id)).first()


def test_listener_correction_replaces_the_report_and_nightly_reevaluates(listener, any_db_url):
    send(listener, [note_message(REPORT, "MSG-F", "F", "1941-03-12")])
    assert "1 notes read, 1 new" in nightly(any_db_url)
    assert case_of(any_db_url, "P1").flagged == "true"
    assert "0 notes read" in nightly(any_db_url)  # nothing new: nothing read
    corrected = {**REPORT, "text": "Rättelse: ingen fraktur i ramus.\nIngen sakrumfraktur."}
    late_original = note_message(REPORT, "MSG-F-LATE", "F", "1941-03-12")
    acks = send(listener, [note_message(corrected, "MSG-C", "F", "1941-03-12", status="C"), late_original])
    assert [a.code for a in acks] == ["AA", "AA"]
    (note,) = rows(any_db_url, inbound_notes)
    assert (note.result_status, note.text) == ("C", corrected["text"])  # the late original did not undo it
    assert "1 notes read, 0 new, 1 changed" in nightly(any_db_url)
    cancelled = note_message({**REPORT, "note_id": "ACC2", "text": " "}, "MSG-X", status="X")
    assert [a.code for a in send(listener, [cancelled])] == ["AA"]  # a cancelled order: answered, no note
    assert [n.note_id for n in rows(any_db_url, inbound_notes)] == ["ACC1"]
    assert case_of(any_db_url, "P1") is None or case_of(any_db_url, "P1").flagged == "false"


def test_listener_stops_cleanly_on_sigterm_with_exit_0(any_db_url, tmp_path):
    running = Running(any_db_url, tmp_path)
    with socket.create_connection((running.host, running.port)) as idle:  # a sender that keeps its connection
        idle.sendall(b"\x0b" + note_message(REPORT, "MSG-IDLE").encode() + b"\x1c\r")
        assert b"MSA|AA|MSG-IDLE" in idle.recv(65536)
        assert running.stop() == 0
        assert idle.recv(65536) == b""  # closed by the listener
    assert "stopped; 1 stored" in (tmp_path / "listen.log").read_text()


def test_listener_address_in_use_exits_1(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "reportminer.cli", "listen", "--mllp", f"127.0.0.1:{port}",
                                 "--db", str(tmp_path / "s.db")], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "Traceback" not in result.stderr


def test_listener_database_unreachable_at_start_exits_4(tmp_path):
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]  # nothing listens there once closed
    result = subprocess.run([sys.executable, "-m", "reportminer.cli", "listen", "--mllp", "127.0.0.1:0", "--db",
                             f"postgresql+psycopg://nobody:x@127.0.0.1:{port}/none"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 4
    assert "database not usable" in result.stderr and "Traceback" not in result.stderr


def test_listener_logs_control_ids_and_counts_never_report_text(listener, any_db_url, tmp_path):
    send(listener, [note_message(REPORT, "MSG-LOG")])
    listener.stop()
    log = (tmp_path / "listen.log").read_text()
    assert "control id MSG-LOG" in log and "1 stored" in log
    assert "ramus" not in log and "sakrum" not in log


def test_listener_path_gives_the_same_case_list_as_the_csv_path(tmp_path):
    """The demo's claim: sample notes sent as HL7 v2, stored, analysed: byte-identical export."""
    runner = CliRunner()
    hl7_file = tmp_path / "sample.hl7"
    result = runner.invoke(main, ["to-hl7", str(SAMPLE / "notes.csv"), "--patients", str(SAMPLE / "patients.csv"),
                                  "--out", str(hl7_file)])
    assert result.exit_code == 0, result.output
    hl7_db, csv_db = f"sqlite:///{tmp_path / 'hl7.db'}", f"sqlite:///{tmp_path / 'csv.db'}"
    running = Running(hl7_db, tmp_path)
    try:
        sent = subprocess.run([sys.executable, "-m", "reportminer.cli", "send", str(hl7_file), "--mllp",
                               f"{running.host}:{running.port}"], capture_output=True, text=True, timeout=300)
        assert sent.returncode == 0, sent.stderr
        assert "163 messages, 163 accepted" in sent.stdout
    finally:
        assert running.stop() == 0
    nightly(hl7_db)
    result = runner.invoke(main, ["nightly", str(SAMPLE / "notes.csv"), "--patients", str(SAMPLE / "patients.csv"),
                                  "--db", csv_db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    for db, out in ((hl7_db, "hl7.csv"), (csv_db, "csv.csv")):
        assert runner.invoke(main, ["export", "--db", db, "--out", str(tmp_path / out)]).exit_code == 0
    assert (tmp_path / "hl7.csv").read_bytes() == (tmp_path / "csv.csv").read_bytes()
    assert len(pd.read_csv(tmp_path / "hl7.csv")) > 10


def test_listener_send_exit_codes(tmp_path):
    runner = CliRunner()
    messages = tmp_path / "m.hl7"
    bad = note_message(REPORT, "MSG-E").replace("PID|1||P1^^^HOSP^MR", "PID|1||")
    messages.write_text(note_message(REPORT, "MSG-OK") + bad, encoding="utf-8")
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    result = runner.invoke(main, ["send", str(messages), "--mllp", f"127.0.0.1:{port}", "--attempts", "2",
                                  "--timeout", "1"])
    assert result.exit_code == 4 and "no acknowledgement after 2 attempts" in result.output
    running = Running(f"sqlite:///{tmp_path / 's.db'}", tmp_path)
    try:
        result = runner.invoke(main, ["send", str(messages), "--mllp", f"{running.host}:{running.port}"])
    finally:
        running.stop()
    assert result.exit_code == 1
    assert "control id MSG-E: AE: PID-3" in result.output and "2 messages, 1 accepted (AA), 1 AE" in result.output


@pytest.mark.parametrize("address", ["localhost", "host:port", "127.0.0.1:99999"])
def test_listener_bad_address_is_a_usage_error(tmp_path, address):
    result = CliRunner().invoke(main, ["listen", "--mllp", address, "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2 and "HOST:PORT" in result.output


def test_listener_to_hl7_carries_patients_and_refuses_a_missing_file(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["to-hl7", str(tmp_path / "none.csv"), "--out", str(tmp_path / "x.hl7")])
    assert result.exit_code == 1 and "file not found" in result.output
    result = runner.invoke(main, ["to-hl7", str(SAMPLE / "notes.csv"), "--patients", str(SAMPLE / "patients.csv"),
                                  "--out", str(tmp_path / "x.hl7")])
    assert result.exit_code == 0, result.output
    first = (tmp_path / "x.hl7").read_text(encoding="utf-8").split("\nMSH")[0]
    assert "PID|1||S001^^^HOSP^MR||^||19410312|F" in first


def test_listener_concurrent_stores_of_one_message_keep_it_once(postgres_url):
    """Several listeners on one PostgreSQL database: racing stores of one control id give one row, no error."""
    from concurrent.futures import ThreadPoolExecutor
    from datetime import datetime

    from reportminer.listener import Listener
    from reportminer.sources.hl7v2 import parse_message, read_message

    listener = Listener(postgres_url)  # not listening: its store, retried on a lost race, is under test
    parsed = read_message(parse_message(note_message(REPORT, "RACE")))
    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(lambda _: listener._store(parsed, datetime(2024, 3, 5)), range(8)))
    listener.engine.dispose()
    assert sorted(outcomes) == ["duplicate"] * 7 + ["stored"]
    assert len(rows(postgres_url, inbound_messages)) == 1 and len(rows(postgres_url, inbound_notes)) == 1

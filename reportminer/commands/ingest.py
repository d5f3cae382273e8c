"""Commands for reports as hospitals send them: ``listen`` (HL7 v2 over MLLP), ``send`` and ``to-hl7``.

``listen`` exit codes: 0 stopped by SIGTERM or SIGINT (after finishing the messages in hand); 1 the address
cannot be used (in use, not this host's); 2 wrong usage; 4 the database cannot be reached or migrated at start.
"""
from __future__ import annotations

import asyncio
import logging
import signal
import sys
from pathlib import Path

import click

from .options import fail


def _address(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise click.BadParameter(f"{value!r}: give HOST:PORT, for example 0.0.0.0:2575 (port 0: a free port)")
    return host or "0.0.0.0", int(port)


def _db_url(db: str) -> str:
    from ..state import default_url

    return db if "://" in db else default_url(db)


@click.command()
@click.option("--mllp", "address", required=True, metavar="HOST:PORT",
              help="Listen for HL7 v2 over MLLP here (port 0: a free port, see --ready-file).")
@click.option("--db", required=True, help="State database: a SQLAlchemy URL (postgresql://...) or a SQLite file.")
@click.option("--ready-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write HOST:PORT to this file once listening.")
@click.option("--max-message-bytes", type=click.IntRange(1024), default=4 * 1024 * 1024, show_default=True,
              help="A frame longer than this is quarantined and its connection closed.")
@click.option("--log-level", type=click.Choice(["debug", "info", "warning", "error"]), default="info",
              show_default=True)
@click.option("--ack-delay", type=float, default=0.0, hidden=True,
              help="Fault injection for tests: seconds between commit and acknowledgement.")
@click.option("--tls-cert", type=click.Path(dir_okay=False, path_type=Path),
              help="Serve MLLP over TLS with this PEM certificate (chain); needs --tls-key.")
@click.option("--tls-key", type=click.Path(dir_okay=False, path_type=Path), help="The certificate's PEM key.")
@click.option("--tls-client-ca", type=click.Path(dir_okay=False, path_type=Path),
              help="Require client certificates signed by this PEM CA (mutual TLS).")
def listen(address, db, ready_file, max_message_bytes, log_level, ack_delay, tls_cert, tls_key, tls_client_ca):
    """Receive ORU^R01 and MDM^T02 reports over MLLP and store them for the nightly job.

    Each message is stored with its control id in one transaction, then acknowledged (AA); a malformed one is
    quarantined and answered AE or AR with the reason; a resent one is acknowledged and stored once; a
    corrected report (OBR-25 "C") replaces the earlier version. `reportminer nightly --db DB` without NOTES
    analyses what was stored. Logs carry control ids and counts, never report text.
    """
    from ..listener import Listener
    from ..tls import TlsError, server_context

    host, port = _address(address)
    if (tls_cert is None) != (tls_key is None) or (tls_client_ca and not tls_cert):
        raise click.UsageError("TLS needs both --tls-cert and --tls-key (and --tls-client-ca only with them)")
    try:
        context = server_context(tls_cert, tls_key, tls_client_ca) if tls_cert else None
    except TlsError as err:
        fail(str(err))
    logging.basicConfig(level=log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s reportminer listen: %(levelname)s: %(message)s")
    try:
        listener = Listener(_db_url(db), host, port, max_message_bytes, ack_delay, ssl_context=context)
    except Exception as err:  # the database is unreachable or cannot be migrated
        click.echo(f"reportminer: listen: database not usable: {err.__class__.__name__}: {err}", err=True)
        sys.exit(4)
    sys.exit(asyncio.run(_serve(listener, ready_file)))


async def _serve(listener, ready_file: Path | None) -> int:
    from ..listener import write_ready_file

    try:
        address = await listener.start()
    except OSError as err:
        click.echo(f"reportminer: listen: cannot listen on {listener.host}:{listener.port}: {err.strerror or err}",
                   err=True)
        return 1
    if ready_file is not None:
        write_ready_file(ready_file, address)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await listener.stop()
    return 0


@click.command()
@click.argument("messages", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--mllp", "address", required=True, metavar="HOST:PORT", help="The listener.")
@click.option("--timeout", type=float, default=10.0, show_default=True, help="Seconds to wait for each ACK.")
@click.option("--attempts", type=click.IntRange(1), default=5, show_default=True,
              help="Sends of one message before giving up.")
@click.option("--tls", is_flag=True, help="Send over TLS, trusting the system's CAs (implied by the options below).")
@click.option("--tls-ca", type=click.Path(dir_okay=False, path_type=Path),
              help="Trust the listener's certificate when signed by this PEM CA.")
@click.option("--tls-cert", type=click.Path(dir_okay=False, path_type=Path),
              help="Present this PEM client certificate (mutual TLS); with --tls-key.")
@click.option("--tls-key", type=click.Path(dir_okay=False, path_type=Path), help="The client certificate's PEM key.")
def send(messages, address, timeout, attempts, tls, tls_ca, tls_cert, tls_key):
    """Send the HL7 v2 messages of a file (.hl7) over MLLP, one at a time, each waiting for its ACK.

    Exit 0 when every message was accepted (AA), 1 when any was answered AE or AR, 4 when a message got no
    answer after every attempt.
    """
    from ..sender import SendError, send_messages
    from ..sources.hl7v2 import split_messages
    from ..tls import TlsError, client_context

    host, port = _address(address)
    try:
        context = client_context(tls_ca, tls_cert, tls_key) if tls or tls_ca or tls_cert or tls_key else None
    except TlsError as err:
        fail(str(err))
    texts = [text for _, text in split_messages(messages.read_text(encoding="utf-8"))]
    try:
        acks = asyncio.run(send_messages(host, port, texts, timeout, attempts, ssl_context=context))
    except SendError as err:
        click.echo(f"reportminer: send: {err}", err=True)
        sys.exit(4)
    for ack in acks:
        if ack.code != "AA":
            click.echo(f"reportminer: send: control id {ack.control_id}: {ack.code}: {ack.reason}", err=True)
    codes = {code: sum(a.code == code for a in acks) for code in ("AA", "AE", "AR")}
    click.echo(f"reportminer send: {len(acks)} messages, {codes['AA']} accepted (AA), {codes['AE']} AE, "
               f"{codes['AR']} AR, {sum(a.attempts > 1 for a in acks)} resent")
    sys.exit(0 if codes["AA"] == len(acks) else 1)


@click.command("to-hl7")
@click.argument("notes", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--patients", type=click.Path(dir_okay=False, path_type=Path), help="Sex and birth date for PID.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The .hl7 file.")
def to_hl7(notes, patients, out):
    """Write a notes table as HL7 v2.5 messages (ORU^R01 for radiology reports, MDM^T02 for other notes), as
    a radiology or document system would send them: for interface tests and the demo."""
    import pandas as pd

    from ..io import InputError, read_notes, read_patients
    from ..sources.hl7v2 import note_message

    try:
        frame, problems = read_notes(notes)
        people = read_patients(patients)[0] if patients else None
    except InputError as err:
        fail(str(err))
    facts = {} if people is None else {
        p.patient_id: (p.sex, "" if pd.isna(p.birth_date) else _iso(p.birth_date))
        for p in people.itertuples(index=False)}
    with out.open("w", encoding="utf-8", newline="") as handle:
        for n, note in enumerate(frame.to_dict("records"), start=1):
            note["note_date"] = _iso(note["note_date"])
            sex, birth = facts.get(note["patient_id"], ("", ""))
            handle.write(note_message(note, f"{out.stem}-{n}", sex, birth).replace("\r", "\n"))
    for problem in problems:
        click.echo(f"reportminer: skipped: {problem}", err=True)
    click.echo(f"reportminer to-hl7: {len(frame)} messages -> {out}")


def _iso(moment) -> str:
    """A date as YYYY-MM-DD, a date and time as YYYY-MM-DDTHH:MM:SS."""
    return moment.date().isoformat() if moment == moment.normalize() else moment.isoformat()

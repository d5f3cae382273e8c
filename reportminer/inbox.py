"""The inbox of the state database: what the HL7 v2 listener received, before the nightly job analyses it.

Tables (migration 0005): ``inbound_messages`` (every accepted message by sender and control id: a message sent
again is recognised and stored once), ``inbound_notes`` (the latest version of each note: a corrected report
replaces the earlier one), ``inbound_patients`` (sex and birth date from PID) and ``quarantine`` (every message
that could not be used, as received, with the reason and the acknowledgement code it was answered with).
:func:`store_message` writes a message's rows in the caller's transaction, so that the listener acknowledges
only what is committed.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import pandas as pd
import sqlalchemy as sa

from .state import inbound_messages, inbound_notes, inbound_patients, quarantine

if TYPE_CHECKING:
    from .sources.hl7v2 import Hl7Message

def store_message(conn: sa.Connection, message: Hl7Message, received_at: datetime) -> str:
    """Store a parsed message in the caller's transaction.

    Parameters
    ----------
    conn : sqlalchemy.Connection
        A connection inside a transaction; the caller commits, then acknowledges.
    message : Hl7Message
        From :func:`reportminer.sources.hl7v2.read_message`.
    received_at : datetime
        When the listener received it.

    Returns
    -------
    str
        ``duplicate`` when this sender's control id was stored before (nothing written); ``stored`` when the
        notes were written; ``kept`` when every note already has a correction that this message would undo;
        ``cancelled`` when it carries only cancelled orders (OBR-25 X), which hold no report.

    Raises
    ------
    sqlalchemy.exc.IntegrityError
        When another connection stored the same control id or note at the same moment: retry the transaction.
    """
    seen = conn.execute(sa.select(inbound_messages.c.outcome).where(
        inbound_messages.c.sender == message.sender, inbound_messages.c.control_id == message.control_id)).first()
    if seen is not None:
        return "duplicate"
    written = sum(_store_report(conn, message, report, received_at) for report in message.reports)
    outcome = "stored" if written else "kept" if message.reports else "cancelled"
    conn.execute(inbound_messages.insert().values(
        sender=message.sender, control_id=message.control_id, received_at=received_at,
        message_type=message.message_type, notes=len(message.reports), outcome=outcome))
    if message.patient is not None:
        _store_patient(conn, message, received_at)
    return outcome


def _store_report(conn, message: Hl7Message, report, received_at: datetime) -> bool:
    """Write one note, replacing the stored version unless that is a correction and this one is not (a late
    copy of the original must not undo a correction). True when written."""
    f = report.fields
    stored = conn.execute(sa.select(inbound_notes.c.result_status)
                          .where(inbound_notes.c.note_id == f["note_id"])).first()
    if stored is not None and stored.result_status == "C" and report.status != "C":
        return False
    row = {"note_id": f["note_id"], "patient_id": f["patient_id"], "note_date": _datetime(f["note_date"]),
           "note_type": f["note_type"], "exam": f.get("exam", ""), "unit": f.get("unit", ""),
           "language": f.get("language", ""), "text": f["text"], "result_status": report.status,
           "sender": message.sender, "control_id": message.control_id, "received_at": received_at}
    if stored is None:
        conn.execute(inbound_notes.insert().values(**row))
    else:
        conn.execute(inbound_notes.update().where(inbound_notes.c.note_id == f["note_id"]).values(**row))
    return True


def _store_patient(conn, message: Hl7Message, received_at: datetime) -> None:
    p = message.patient
    known = conn.execute(sa.select(inbound_patients).where(inbound_patients.c.patient_id == p.patient_id)).first()
    row = {"sex": p.sex or (known.sex if known else ""),
           "birth_date": _datetime(p.birth_date) if p.birth_date else (known.birth_date if known else None),
           "received_at": received_at}
    if known is None:
        conn.execute(inbound_patients.insert().values(patient_id=p.patient_id, **row))
    else:
        conn.execute(inbound_patients.update().where(inbound_patients.c.patient_id == p.patient_id).values(**row))


def store_quarantine(conn: sa.Connection, received_at: datetime, peer: str, raw: bytes, reason: str,
                     ack_code: str, sender: str = "", control_id: str = "") -> None:
    """Keep a message that could not be used, as received, with why and how it was answered."""
    conn.execute(quarantine.insert().values(
        received_at=received_at, peer=peer, sender=sender, control_id=control_id, ack_code=ack_code,
        reason=reason[:2000], raw=raw.decode("utf-8", errors="replace").replace("\x00", "\ufffd")))


def _datetime(value: str) -> datetime:
    return pd.Timestamp(value).to_pydatetime()

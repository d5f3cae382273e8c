"""HL7 v2 reports: ORU^R01 (radiology results) and MDM^T02 (clinical documents) mapped to notes.

Parsing is python-hl7's (``hl7.parse``); this module only knows which field means what:

==============  =====================================================================================
note            ORU: OBR-3 filler order number (else OBR-2 placer, ORC-3, ORC-2); MDM: TXA-12 document number
patient         PID-3 (first identifier); PID-7 birth date, PID-8 sex
note_date       ORU: OBR-7, else the first OBX-14; MDM: TXA-4, else TXA-6, OBR-7, OBX-14
note_type       ORU: ``radiology`` (OBR-24 names a non-imaging section: ``clinical``); MDM: TXA-2
exam            OBR-4 text (component 2), else its code
text            OBX-5 of the text observations (TX, FT, ST), joined in order by line breaks
unit            PV1-3 point of care, else MSH-4 sending facility
language        MSH-19 (``sv``/``en``, ``swe``/``eng``), else detected from the text later
status          ORU: OBR-25 (``C`` corrected; ``X`` cancelled: no note); MDM: ``C`` for the events T08/T10
==============  =====================================================================================

One ORU message may carry several reports (ORC/OBR groups): each becomes a note.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator, TextIO

import hl7

from ..io import RowProblem
from .base import NoteRecord, PatientRecord

ORU_EVENTS = {"R01"}
MDM_EVENTS = {"T02", "T04", "T06", "T08", "T10"}  # the MDM events that carry the document's content
MDM_REPLACING = {"T08", "T10"}  # edit and replacement: the document corrects an earlier one
TEXT_TYPES = {"TX", "FT", "ST", ""}
IMAGING_SECTIONS = {"", "RAD", "CT", "MR", "NMR", "NMS", "RUS", "US", "XRC", "RX", "DX", "MG", "PT", "NM"}
DOCUMENT_TYPES = {"DI": "radiology", "DS": "discharge", "ED": "emergency"}  # HL7 table 0270, the rest lowercased
LANGUAGES = {"sv": "sv", "swe": "sv", "sve": "sv", "en": "en", "eng": "en"}
LINE_BREAK = {".br": "\n", ".sp": "\n"}  # formatted text's breaks are line breaks of the note
_DTM = re.compile(r"^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.\d{1,4})?(?:[+-]\d{4})?$")


class MessageError(ValueError):
    """A message that cannot become a note; ``code`` is the acknowledgement it earns (AE or AR)."""

    def __init__(self, reason: str, code: str = "AE"):
        super().__init__(reason)
        self.reason = reason
        self.code = code


@dataclass(frozen=True)
class Report:
    """One note of a message and its result status (F final, P preliminary, C corrected, ...)."""

    fields: dict[str, str]
    status: str


@dataclass(frozen=True)
class Hl7Message:
    control_id: str
    sender: str  # MSH-3 sending application @ MSH-4 sending facility: control ids are unique per sender
    message_type: str
    reports: list[Report]
    patient: PatientRecord | None = None
    problems: list[str] = field(default_factory=list)


def parse_message(text: str) -> hl7.Message:
    """Parse one message with python-hl7; anything that is not HL7 v2 raises :class:`MessageError` (AR)."""
    # segments end in CR; files and some senders use LF or CRLF, and blank segments confuse the parser
    segments = text.replace("\r\n", "\r").replace("\n", "\r").split("\r")
    text = "\r".join(s for s in segments if s.strip()).lstrip()
    if not text.startswith("MSH") or len(text) < 8:
        raise MessageError("not an HL7 v2 message: it does not begin with an MSH segment", "AR")
    try:
        return hl7.parse(text)
    except Exception as err:  # python-hl7 raises several kinds on broken structure
        raise MessageError(f"not a parsable HL7 v2 message: {err.__class__.__name__}", "AR") from err


def header(message: hl7.Message) -> tuple[str, str, str]:
    """(control id, sender, message type) from MSH; a message without a control id is rejected (AR)."""
    control_id = _get(message, "MSH.F10")
    if not control_id:
        raise MessageError("MSH-10 (message control id) is empty", "AR")
    sender = f"{_get(message, 'MSH.F3')}@{_get(message, 'MSH.F4')}"
    kind = f"{_get(message, 'MSH.F9.R1.C1')}^{_get(message, 'MSH.F9.R1.C2')}"
    return control_id, sender, kind


def read_message(message: hl7.Message) -> Hl7Message:
    """The notes and patient facts of a parsed ORU^R01 or MDM message.

    Raises
    ------
    MessageError
        AR for a message type this receiver does not take, AE for a message whose content is unusable (no
        patient id, no note id, no date, no text); the reason names the field, never the report text.
    """
    control_id, sender, kind = header(message)
    code, event = kind.split("^")
    if code == "ORU" and event in ORU_EVENTS:
        reports = _oru_reports(message)
    elif code == "MDM" and event in MDM_EVENTS:
        reports = [_mdm_report(message, event)]
    else:
        raise MessageError(f"message type {kind} is not taken here; send ORU^R01 or MDM^T02", "AR")
    patient_id = _get(message, "PID.F3.R1.C1")
    if not patient_id:
        raise MessageError("PID-3 (patient identifier) is empty")
    common = {"patient_id": patient_id, "unit": _unit(message), "language": _language(message)}
    reports = [Report({**common, **r.fields}, r.status) for r in reports]
    sex, birth = _get(message, "PID.F8").upper(), hl7_date(_get(message, "PID.F7"), "PID-7")
    patient = PatientRecord(0, patient_id, sex if sex in ("F", "M") else "", birth) if (sex or birth) else None
    return Hl7Message(control_id, sender, kind, reports, patient)


def _oru_reports(message: hl7.Message) -> list[Report]:
    groups: list[tuple[hl7.Segment | None, hl7.Segment | None, list[hl7.Segment]]] = []
    orc = None
    for segment in message:
        name = str(segment[0])
        if name == "ORC":
            orc = segment
        elif name == "OBR":
            groups.append((orc, segment, []))
        elif name == "OBX" and groups:
            groups[-1][2].append(segment)
        elif name == "OBX":
            raise MessageError("an OBX segment comes before any OBR segment")
    if not groups:
        raise MessageError("no OBR segment: the message holds no report")
    # a cancelled order (OBR-25 X) has no report to read: acknowledged, nothing stored
    return [_oru_report(message, n, orc, obr, obxs) for n, (orc, obr, obxs) in enumerate(groups, start=1)
            if _field(message, obr, 25).upper() != "X"]


def _oru_report(message, n: int, orc, obr, obxs) -> Report:
    note_id = (_field(message, obr, 3) or _field(message, obr, 2)
               or (_field(message, orc, 3) if orc else "") or (_field(message, orc, 2) if orc else ""))
    if not note_id:
        raise MessageError(f"OBR {n}: no filler or placer order number (OBR-3, OBR-2, ORC-3, ORC-2)")
    date = _segment_date(message, obr, 7) or next((d for d in (_segment_date(message, x, 14) for x in obxs) if d), "")
    if not date:
        raise MessageError(f"OBR {n}: no observation date (OBR-7 or OBX-14)")
    section = _field(message, obr, 24).upper()
    fields = {"note_id": note_id, "note_date": date, "exam": _exam(message, obr),
              "note_type": "radiology" if section in IMAGING_SECTIONS else "clinical",
              "text": _text(message, obxs, f"OBR {n}")}
    return Report(fields, _field(message, obr, 25).upper())


def _mdm_report(message: hl7.Message, event: str) -> Report:
    try:
        txa = message.segment("TXA")
    except KeyError:
        raise MessageError("no TXA segment: an MDM message needs one") from None
    note_id = _field(message, txa, 12)
    if not note_id:
        raise MessageError("TXA-12 (unique document number) is empty")
    obrs = [s for s in message if str(s[0]) == "OBR"]
    obxs = [s for s in message if str(s[0]) == "OBX"]
    date = (_segment_date(message, txa, 4) or _segment_date(message, txa, 6)
            or (_segment_date(message, obrs[0], 7) if obrs else "")
            or next((d for d in (_segment_date(message, x, 14) for x in obxs) if d), ""))
    if not date:
        raise MessageError("no document date (TXA-4, TXA-6, OBR-7 or OBX-14)")
    kind = _field(message, txa, 2)
    fields = {"note_id": note_id, "note_date": date, "exam": _exam(message, obrs[0]) if obrs else "",
              "note_type": DOCUMENT_TYPES.get(kind.upper(), kind.lower() or "clinical"),
              "text": _text(message, obxs, "document")}
    return Report(fields, "C" if event in MDM_REPLACING else "F")


def _text(message, obxs, where: str) -> str:
    lines = []
    for obx in obxs:
        if _field(message, obx, 2).upper() not in TEXT_TYPES:
            continue  # coded or numeric results are no report text
        value = obx(5) if len(obx) > 5 else ""
        for repetition in (value if isinstance(value, hl7.Field) else [value]):
            lines.append(message.unescape(str(repetition), app_map=LINE_BREAK))
    text = "\n".join(lines)
    if not text.strip():
        raise MessageError(f"{where}: no report text (OBX-5 of a TX, FT or ST observation)")
    return text


def _exam(message, obr) -> str:
    return _component(message, obr, 4, 2) or _component(message, obr, 4, 1)


def _unit(message) -> str:
    return _get(message, "PV1.F3.R1.C1") or _get(message, "MSH.F4.R1.C1")


def _language(message) -> str:
    return LANGUAGES.get(_get(message, "MSH.F19.R1.C1").lower(), "")


def _get(message: hl7.Message, key: str) -> str:
    """A field as text ('' when absent), unescaped by python-hl7."""
    try:
        return str(message[key]).strip()
    except (KeyError, IndexError):
        return ""


def _field(message, segment, number: int) -> str:
    return _component(message, segment, number, 1)


def _component(message, segment, number: int, component: int) -> str:
    try:
        return str(segment.extract_field(1, number, 1, component, 1)).strip()
    except IndexError:
        return ""


def _segment_date(message, segment, number: int) -> str:
    return hl7_date(_field(message, segment, number), f"{segment[0]}-{number}")


def hl7_date(value: str, where: str) -> str:
    """An HL7 DTM (``YYYY[MM[DD[HHMM[SS[.S]]]]][+ZZZZ]``) as ISO 8601, local time kept and the offset dropped
    (as :func:`reportminer.io.parse_dates` does); '' for an empty value.

    Raises
    ------
    MessageError
        For a value that is not such a date.
    """
    if not value:
        return ""
    match = _DTM.match(value)
    if not match or match.group(3) is None:
        raise MessageError(f"{where} {value!r} is not an HL7 date (YYYYMMDD[HHMM[SS]])")
    parts = [int(p) if p else 0 for p in match.groups()]
    try:
        moment = datetime(*parts)
    except ValueError:
        raise MessageError(f"{where} {value!r} is not a valid date") from None
    return moment.date().isoformat() if match.group(4) is None else moment.isoformat()


# --- files of messages ----------------------------------------------------------------------------------------

def split_messages(source: str | TextIO) -> Iterator[tuple[int, str]]:
    """(line of its MSH, message) for each message in a text or an open file, read line by line; segments may
    end in CR, LF or CRLF, and batch or file header and trailer segments (FHS, BHS, BTS, FTS) are skipped."""
    # universal newlines split at CR, LF and CRLF only (str.splitlines would also split at FS and U+2028)
    lines = io.StringIO(source, newline=None) if isinstance(source, str) else source
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\n")
        kind = line[:3]
        if kind in ("FHS", "BHS", "BTS", "FTS"):
            continue
        if kind == "MSH":
            if current:
                yield start, "\r".join(current)
            current, start = [line], number
        elif line.strip():
            if not current:
                current, start = [line], number  # segments before any MSH: reported as a bad message
            else:
                current.append(line)
    if current:
        yield start, "\r".join(current)


def hl7_records(path: Path) -> Iterator[NoteRecord | PatientRecord | RowProblem]:
    """The notes, patients and bad messages of a file of HL7 v2 messages; a bad message never stops the rest."""
    with path.open(encoding="utf-8", newline=None) as handle:
        yield from _file_records(path, handle)


def _file_records(path: Path, handle: TextIO) -> Iterator[NoteRecord | PatientRecord | RowProblem]:
    for line, text in split_messages(handle):
        try:
            message = read_message(parse_message(text))
        except MessageError as err:
            yield RowProblem(str(path), line, "message", err.reason)
            continue
        for report in message.reports:
            yield NoteRecord(line, report.fields)
        if message.patient is not None:
            p = message.patient
            yield PatientRecord(line, p.patient_id, p.sex, p.birth_date)


# --- writing messages (for tests, the demo and interface checks) ------------------------------------------------

def escape(value: str) -> str:
    """Escape HL7's delimiters in a text value (UTF-8 messages keep every other character as it is)."""
    return (value.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\").replace("&", "\\T\\")
            .replace("~", "\\R\\").replace("\r", "\\X0D\\"))


def note_message(note: dict, control_id: str, sex: str = "", birth_date: str = "", status: str = "F",
                 stamp: str = "20250101120000") -> str:
    """One note as an HL7 v2.5 message: ORU^R01 for a radiology report, MDM^T02 for any other note.

    Parameters
    ----------
    note : dict
        CONTRACT columns (``note_id``, ``patient_id``, ``note_date``, ``note_type``, ``text``; optional
        ``exam``, ``language``, ``unit``).
    control_id : str
        MSH-10.
    sex, birth_date : str
        PID-8 (F/M) and PID-7 (ISO date).
    status : str
        OBR-25 for a report (``C`` marks a correction); for another note ``C`` sends the replacement event T10.
    stamp : str
        MSH-7, the message's date and time.

    Returns
    -------
    str
        The message, segments separated by carriage returns.
    """
    e = {k: escape(str(v or "")) for k, v in note.items()}
    date = _to_dtm(str(note["note_date"]))
    language = str(note.get("language") or "")
    radiology = str(note["note_type"]).strip().lower() == "radiology"
    kind = "ORU^R01^ORU_R01" if radiology else ("MDM^T10^MDM_T02" if status == "C" else "MDM^T02^MDM_T02")
    segments = [
        f"MSH|^~\\&|RIS|{e.get('unit', '')}|REPORTMINER|AUDIT|{stamp}||{kind}|{escape(control_id)}|P|2.5|||||"
        f"|UNICODE UTF-8|{language}",
        f"PID|1||{e['patient_id']}^^^HOSP^MR||^||{_to_dtm(birth_date)}|{sex}",
        f"PV1|1|O|{e.get('unit', '')}",
    ]
    if radiology:
        segments += [f"ORC|RE|{e['note_id']}|{e['note_id']}",
                     f"OBR|1|{e['note_id']}|{e['note_id']}|^{e.get('exam', '')}|||{date}" + "|" * 18 + status]
    else:
        segments += [f"TXA|1|{e['note_type']}|TX|{date}||||||||{e['note_id']}||||||AU"]
    for n, line in enumerate(str(note["text"]).split("\n"), start=1):
        segments.append(f"OBX|{n}|TX|REPORT^Report text||{escape(line)}||||||{status if radiology else 'F'}")
    return "\r".join(segments) + "\r"


def _to_dtm(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment.strftime("%Y%m%d") if len(value) == 10 else moment.strftime("%Y%m%d%H%M%S")

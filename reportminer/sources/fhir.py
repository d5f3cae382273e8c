"""FHIR R4 reports: DiagnosticReport and DocumentReference resources as notes, Patient as sex and birth date.

Reads bulk-export NDJSON (one resource a line) and JSON Bundles (or a single resource). Every resource of the
three kinds is validated with ``fhir.resources`` (its R4B models: R4B is R4 with technical corrections, and
these three resources are the same in both); one that fails is reported with file, line and reason and skipped,
and the rest run. Resources of other kinds (Observation, ImagingStudy, ...) are passed over.
"""
from __future__ import annotations

import base64
import binascii
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

from fhir.resources.R4B import get_fhir_model_class
from pydantic import ValidationError
from striprtf.striprtf import rtf_to_text

from ..io import InputError, RowProblem
from .base import NoteRecord, PatientRecord

READ_TYPES = ("DiagnosticReport", "DocumentReference", "Patient")
IMAGING_CATEGORIES = {"RAD", "CT", "MR", "NMR", "NMS", "RUS", "XRC", "LP29684-5", "394914008", "imaging"}
DOCUMENT_TYPES = {"18748-4": "radiology", "18842-5": "discharge", "34111-5": "emergency", "11506-3": "clinical",
                  "34117-2": "clinical", "11488-4": "clinical"}  # LOINC document codes; others are clinical
LANGUAGES = {"sv": "sv", "en": "en"}
NOT_A_REPORT = {"entered-in-error", "cancelled"}  # DiagnosticReport and DocumentReference statuses


class ResourceProblem(ValueError):
    """A resource that cannot become a note or patient fact."""


def looks_like_fhir(line: str) -> bool:
    """Whether a JSON line is a FHIR resource (it names its ``resourceType``) rather than a notes-table row."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return False
    return isinstance(value, dict) and "resourceType" in value


def fhir_records(path: Path, ndjson: bool) -> Iterator[NoteRecord | PatientRecord | RowProblem]:
    """The notes, patients and bad resources of an NDJSON file or a Bundle (``ndjson=False``)."""
    for line, resource in (_ndjson(path) if ndjson else _bundle(path)):
        if isinstance(resource, RowProblem):
            yield resource
            continue
        kind = resource.get("resourceType") if isinstance(resource, dict) else None
        if kind not in READ_TYPES:
            continue
        try:
            _validate(resource)
            yield _record(kind, resource, line)
        except ResourceProblem as err:
            where = f"{kind}/{resource.get('id', '?')}"
            yield RowProblem(str(path), line, where, str(err))


def _ndjson(path: Path) -> Iterator[tuple[int, dict | RowProblem]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as err:
                yield number, RowProblem(str(path), number, "resource", f"not valid JSON: {err.msg}")


def _bundle(path: Path) -> Iterator[tuple[int, dict | RowProblem]]:
    text = path.read_text(encoding="utf-8")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"{path}: line {err.lineno}: not valid JSON: {err.msg}") from err
    if not isinstance(value, dict) or "resourceType" not in value:
        raise InputError(f"{path}: not a FHIR resource or Bundle (no resourceType)")
    if value["resourceType"] != "Bundle":
        yield 1, value
        return
    entries = value.get("entry") or []
    lines = _entry_lines(text, len(entries))
    for i, entry in enumerate(entries):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if resource is None:
            yield lines[i], RowProblem(str(path), lines[i], f"entry[{i}]", "entry without a resource")
        else:
            yield lines[i], resource


def _entry_lines(text: str, count: int) -> list[int]:
    """The line on which each Bundle entry begins (json gives no positions: walk the top level with the
    stdlib decoder's ``raw_decode``); entry numbers instead when the layout is unusual."""
    decoder = json.JSONDecoder()
    i = _skip(text, 0) + 1
    try:
        while text[i := _skip(text, i)] != "}":
            key, i = decoder.raw_decode(text, i)
            i = _skip(text, i) + 1  # the colon
            i = _skip(text, i)
            if key != "entry":
                _, i = decoder.raw_decode(text, i)
            else:
                starts, i = [], i + 1
                while text[i := _skip(text, i)] != "]":
                    starts.append(text.count("\n", 0, i) + 1)
                    _, i = decoder.raw_decode(text, i)
                    i = _skip(text, i)
                    i += text[i] == ","
                if len(starts) == count:
                    return starts
                break
            i = _skip(text, i)
            i += text[i] == ","
    except (ValueError, IndexError):
        pass
    return list(range(1, count + 1))


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i


def _validate(resource: dict) -> None:
    try:
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "resource"
        more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
        raise ResourceProblem(f"fails FHIR validation: {where}: {first['msg']}{more}") from None


def _record(kind: str, resource: dict, line: int) -> NoteRecord | PatientRecord:
    if resource.get("status") in NOT_A_REPORT:
        raise ResourceProblem(f"status {resource['status']!r}: not a report to read")
    if kind == "Patient":
        sex = {"female": "F", "male": "M"}.get(resource.get("gender", ""), "")
        return PatientRecord(line, _required(resource.get("id"), "id"), sex, resource.get("birthDate", ""))
    fields = {"note_id": _required(resource.get("id"), "id"), "patient_id": _patient(resource),
              "language": LANGUAGES.get(str(resource.get("language", ""))[:2].lower(), "")}
    if kind == "DiagnosticReport":
        fields.update(_diagnostic_report(resource))
    else:
        fields.update(_document_reference(resource))
    return NoteRecord(line, fields)


def _diagnostic_report(resource: dict) -> dict:
    period = resource.get("effectivePeriod") or {}
    date = resource.get("effectiveDateTime") or period.get("start") or resource.get("issued")
    codes = {c.get("code") for cat in resource.get("category", []) for c in cat.get("coding", [])}
    forms = [_attachment_text(a) for a in resource.get("presentedForm", [])]
    text = "\n\n".join(f for f in forms if f.strip()) or resource.get("conclusion", "")
    if not text.strip():
        raise ResourceProblem("no report text (presentedForm or conclusion)")
    code = resource.get("code", {})
    exam = code.get("text") or next((c.get("display") or c.get("code") for c in code.get("coding", [])), "")
    performer = next((p.get("display", "") for p in resource.get("performer", [])), "")
    return {"note_date": _required(date, "effectiveDateTime"), "text": text, "exam": exam or "", "unit": performer,
            "note_type": "radiology" if codes & IMAGING_CATEGORIES or not codes else "clinical"}


def _document_reference(resource: dict) -> dict:
    period = (resource.get("context") or {}).get("period") or {}
    date = period.get("start") or resource.get("date")
    codes = [c.get("code") for c in (resource.get("type") or {}).get("coding", [])]
    texts = [_attachment_text(c.get("attachment", {})) for c in resource.get("content", [])]
    text = "\n\n".join(t for t in texts if t.strip())
    if not text.strip():
        raise ResourceProblem("no text in content.attachment")
    custodian = (resource.get("custodian") or {}).get("display", "")
    return {"note_date": _required(date, "context.period.start or date"), "text": text, "exam": "",
            "unit": custodian, "note_type": next((DOCUMENT_TYPES[c] for c in codes if c in DOCUMENT_TYPES), "clinical")}


def _attachment_text(attachment: dict) -> str:
    """An attachment's text: base64 ``data`` decoded by its charset, HTML and RTF stripped to plain text."""
    content_type = attachment.get("contentType", "text/plain")
    mime, _, params = content_type.partition(";")
    mime = mime.strip().lower()
    charset = params.split("charset=")[-1].strip() if "charset=" in params else "utf-8"
    if "data" not in attachment:
        if attachment.get("url"):
            raise ResourceProblem("attachment is a link (url), which is not fetched; send the text as data")
        return ""
    try:
        raw = base64.b64decode(attachment["data"], validate=True).decode(charset)
    except (binascii.Error, UnicodeDecodeError, LookupError) as err:
        raise ResourceProblem(f"attachment data cannot be decoded as base64 {charset} text: {err}") from None
    if mime == "text/plain":
        return raw
    if mime in ("text/html", "application/xhtml+xml"):
        return html_to_text(raw)
    if mime in ("text/rtf", "application/rtf"):
        return rtf_to_text(raw).strip("\n")
    raise ResourceProblem(f"attachment content type {mime!r} is not text (text/plain, text/html or text/rtf)")


def _patient(resource: dict) -> str:
    subject = resource.get("subject") or {}
    reference = subject.get("reference", "")
    patient = reference.split("/", 1)[1] if reference.startswith("Patient/") else ""
    return _required(patient or (subject.get("identifier") or {}).get("value"), "subject (a Patient reference)")


def _required(value, name: str) -> str:
    if not value or not str(value).strip():
        raise ResourceProblem(f"{name} is missing")
    return str(value).strip()


class _TextOfHtml(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style") and self.skip > 0
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(" ".join(data.split()) if "\n" in data else data)


def html_to_text(markup: str) -> str:
    """Simple HTML (a narrative div, paragraphs, lists, line breaks) as plain text, one block a line."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)

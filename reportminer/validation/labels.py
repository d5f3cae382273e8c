"""Auditors' labels on a validation sample: recorded blind, resolved into final labels.

An auditor answers a sampled patient ("should this patient be on the list?": yes, no, unsure) or marks the
concepts of a sampled note (spans with a concept and an assertion; a note with no span mentions none of them).
:func:`record_label` stores the answer first and only then reads reportminer's answer, which it stores beside the
label and returns, so whoever calls it (the workspace, ``make demo``) can show reportminer's answer only after the
auditor's is on record. Each auditor labels an item once; an adjudicator settles items where auditors disagree.

A note's label per concept is the strongest assertion among its spans of that concept (present > uncertain >
historical > hypothetical > negated), as in the gold files (CONTRACT.md).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime

import pandas as pd
import sqlalchemy as sa

from ..evaluate import GOLD_CONCEPTS, LABEL_STRENGTH
from ..state import cases, engine_for, mentions, notes, upgrade
from .tables import items, labels

ANSWERS = ("yes", "no", "unsure")
ROLES = ("auditor", "adjudicator")
NOTE_CONCEPTS = GOLD_CONCEPTS
MAX_SPANS = 200


class LabelError(ValueError):
    """A label that cannot be recorded (unknown item, bad span, already labelled)."""


@dataclass(frozen=True)
class Span:
    """A concept marked by an auditor: ``start``/``end`` are character (code point) offsets into the note's text,
    or both None for a note-level label without a span."""

    concept: str
    assertion: str
    start: int | None = None
    end: int | None = None
    text: str = ""


def check_spans(raw: list[dict], text: str) -> list[Span]:
    """Validate spans sent by an auditor against the note's text.

    Each item has ``concept`` and ``assertion``, and optionally ``start``, ``end`` (code point offsets) and
    ``text`` (the marked characters, which must equal ``text[start:end]``: a check that the browser and the
    database agree on the note).

    Raises
    ------
    LabelError
        Naming the span (1-based) and what is wrong with it.
    """
    if not isinstance(raw, list):
        raise LabelError("spans must be a list")
    if len(raw) > MAX_SPANS:
        raise LabelError(f"at most {MAX_SPANS} spans per note (got {len(raw)})")
    out = []
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise LabelError(f"span {i}: not an object")
        concept, assertion = item.get("concept"), item.get("assertion")
        if concept not in NOTE_CONCEPTS:
            raise LabelError(f"span {i}: concept {concept!r} is not one of {', '.join(NOTE_CONCEPTS)}")
        if assertion not in LABEL_STRENGTH:
            raise LabelError(f"span {i}: assertion {assertion!r} is not one of {', '.join(LABEL_STRENGTH)}")
        start, end = item.get("start"), item.get("end")
        if start is None and end is None:
            out.append(Span(concept, assertion))
            continue
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise LabelError(f"span {i}: start {start!r} and end {end!r} must be offsets with 0 <= start < end <= "
                             f"{len(text)} (the note's length)")
        quoted = item.get("text")
        if quoted is not None and quoted != text[start:end]:
            raise LabelError(f"span {i}: the marked text {quoted!r} is not the note's text at {start}-{end} "
                             f"({text[start:end]!r}); reload the note")
        out.append(Span(concept, assertion, start, end, text[start:end]))
    return out


def note_labels_of(spans: list[Span] | list[dict]) -> dict[str, str]:
    """The note-level label per concept: the strongest assertion among the spans of that concept."""
    best: dict[str, str] = {}
    for s in spans:
        concept, assertion = (s["concept"], s["assertion"]) if isinstance(s, dict) else (s.concept, s.assertion)
        if concept not in best or LABEL_STRENGTH.index(assertion) < LABEL_STRENGTH.index(best[concept]):
            best[concept] = assertion
    return dict(sorted(best.items()))


# --- reportminer's answer (read only after the auditor's is stored) -------------------------------------------
def system_patient(conn, patient_id: str) -> dict:
    """reportminer's answer for a patient: flagged by the rules, priority, reasons, workup, evidence."""
    row = conn.execute(sa.select(cases).where(cases.c.patient_id == patient_id)).first()
    if row is None:
        return {"flagged": False, "priority": "", "reasons": "", "workup": "", "evidence": ""}
    return {"flagged": row.rule_flagged == "true", "priority": row.priority, "reasons": row.reasons,
            "workup": row.workup, "evidence": row.evidence}


def system_note(conn, note_id: str) -> dict:
    """reportminer's answer for a note: its mentions of the note-level concepts and the label per concept."""
    rows = conn.execute(sa.select(mentions.c.concept, mentions.c.assertion, mentions.c.start, mentions.c.end,
                                  mentions.c.text, mentions.c.sentence)
                        .where(mentions.c.note_id == note_id).where(mentions.c.concept.in_(NOTE_CONCEPTS))
                        .order_by(mentions.c.start, mentions.c.end, mentions.c.concept)).all()
    found = [{"concept": r.concept, "assertion": r.assertion, "start": r.start, "end": r.end, "text": r.text,
              "sentence": r.sentence} for r in rows]
    return {"labels": note_labels_of(found), "mentions": found}


def note_text(conn, note_id: str) -> str:
    return conn.execute(sa.select(notes.c.text).where(notes.c.note_id == note_id)).scalar() or ""


# --- recording --------------------------------------------------------------------------------------------------
def record_label(db_url: str, sample_id: int, target: str, target_id: str, auditor: str, *, answer: str = "",
                 spans: list[dict] | None = None, comment: str = "", role: str = "auditor",
                 when: datetime | None = None) -> dict:
    """Store one auditor's label on a sampled patient or note, then return reportminer's answer.

    Parameters
    ----------
    db_url : the state database.
    sample_id, target, target_id : the item: ``target`` is "patient" (``target_id`` a patient id) or "note".
    auditor : who labels (one label per auditor, role and item).
    answer : for a patient, "yes" (should be on the list), "no" or "unsure".
    spans : for a note, the marked concepts (see :func:`check_spans`); empty means it mentions none.
    role : "auditor", or "adjudicator" to settle a disagreement.
    when : the time recorded (defaults to now).

    Returns
    -------
    reportminer's answer, as stored with the label (:func:`system_patient` or :func:`system_note`).
    """
    auditor = (auditor or "").strip()
    if not auditor:
        raise LabelError("the auditor's name is required")
    if role not in ROLES:
        raise LabelError(f"role {role!r} is not one of {ROLES}")
    if target == "patient" and answer not in ANSWERS:
        raise LabelError(f"answer {answer!r} is not one of {', '.join(ANSWERS)}")
    upgrade(db_url)
    engine = engine_for(db_url)
    with engine.begin() as conn:
        _check_item(conn, sample_id, target, target_id)
        if has_label(conn, sample_id, target, target_id, auditor, role):
            raise LabelError(f"{auditor} has already labelled {target} {target_id} in sample {sample_id}")
        checked = check_spans(spans or [], note_text(conn, target_id)) if target == "note" else []
        row = {"sample_id": sample_id, "target": target, "target_id": target_id, "auditor": auditor, "role": role,
               "answer": answer if target == "patient" else "",
               "spans": json.dumps([asdict(s) for s in checked], ensure_ascii=False), "comment": comment or "",
               "submitted_at": (when or datetime.now()).replace(microsecond=0), "system": ""}
        label_id = conn.execute(labels.insert().values(**row)).inserted_primary_key[0]
        # the auditor's answer is on record: only now is reportminer's answer read (and kept with it)
        system = system_patient(conn, target_id) if target == "patient" else system_note(conn, target_id)
        conn.execute(labels.update().where(labels.c.id == label_id)
                     .values(system=json.dumps(system, ensure_ascii=False, default=str)))
    return system


def _check_item(conn, sample_id: int, target: str, target_id: str) -> None:
    key = items.c.patient_id if target == "patient" else items.c.note_id
    if target not in ("patient", "note"):
        raise LabelError(f"target {target!r} is not 'patient' or 'note'")
    found = conn.execute(sa.select(items.c.id).where(items.c.sample_id == sample_id)
                         .where(items.c.target == target).where(key == target_id).limit(1)).first()
    if found is None:
        raise LabelError(f"{target} {target_id!r} is not in validation sample {sample_id}")


def has_label(conn, sample_id: int, target: str, target_id: str, auditor: str, role: str = "auditor") -> bool:
    """Whether ``auditor`` has labelled the item (in ``role``)."""
    return conn.execute(sa.select(labels.c.id).where(labels.c.sample_id == sample_id)
                        .where(labels.c.target == target).where(labels.c.target_id == target_id)
                        .where(labels.c.auditor == auditor).where(labels.c.role == role).limit(1)).first() is not None


# --- reading and resolving --------------------------------------------------------------------------------------
def read_labels(db_url: str, sample_id: int | None = None) -> pd.DataFrame:
    """Every label (of one sample, or all), oldest first, with ``spans`` and ``system`` decoded."""
    upgrade(db_url)
    query = sa.select(labels).order_by(labels.c.submitted_at, labels.c.id)
    if sample_id is not None:
        query = query.where(labels.c.sample_id == sample_id)
    with engine_for(db_url).connect() as conn:
        frame = pd.read_sql(query, conn)
    frame["spans"] = [json.loads(s) if s else [] for s in frame["spans"]]
    frame["system"] = [json.loads(s) if s else {} for s in frame["system"]]
    frame["value"] = [label_value(t, a, s) for t, a, s in zip(frame["target"], frame["answer"], frame["spans"])]
    return frame


def label_value(target: str, answer: str, spans: list[dict]) -> str:
    """What two labels must share to agree: the answer, or the note's labels as ``concept=label`` joined."""
    if target == "patient":
        return answer
    return ";".join(f"{c}={a}" for c, a in note_labels_of(spans).items())


def resolve(frame: pd.DataFrame) -> pd.DataFrame:
    """One final label per labelled item.

    The latest adjudicator's label wins; else the auditors' label when all of them agree (``status`` agreed, or
    single with one auditor); else the item is ``disputed`` (no final label until adjudicated).
    """
    rows = []
    for (sample_id, target, target_id), group in frame.groupby(["sample_id", "target", "target_id"], sort=True):
        judged = group[group["role"] == "adjudicator"]
        auditors = group[group["role"] == "auditor"]
        if len(judged):
            chosen, status = judged.iloc[-1], "adjudicated"
        elif auditors["value"].nunique() == 1:
            chosen, status = auditors.iloc[-1], "agreed" if auditors["auditor"].nunique() > 1 else "single"
        else:
            chosen, status = auditors.iloc[-1], "disputed"
        rows.append({"sample_id": sample_id, "target": target, "target_id": target_id, "status": status,
                     "answer": chosen["answer"], "spans": chosen["spans"], "system": chosen["system"],
                     "auditor": chosen["auditor"], "submitted_at": chosen["submitted_at"],
                     "auditors": ", ".join(sorted(auditors["auditor"].unique()))})
    return pd.DataFrame(rows, columns=["sample_id", "target", "target_id", "status", "answer", "spans", "system",
                                       "auditor", "submitted_at", "auditors"])


def auditor_disagreements(frame: pd.DataFrame) -> pd.DataFrame:
    """Items whose auditors disagree and that no adjudicator settled: the workspace's adjudication queue."""
    final = resolve(frame)
    return final[final["status"] == "disputed"].reset_index(drop=True)


def final_patient_answers(db_url: str) -> pd.DataFrame:
    """Final answers on sampled patients of every sample (patient_id, answer, auditor, submitted_at)."""
    final = resolve(read_labels(db_url))
    final = final[(final["target"] == "patient") & (final["status"] != "disputed")]
    return final.rename(columns={"target_id": "patient_id"})[["patient_id", "answer", "auditor", "submitted_at"]]

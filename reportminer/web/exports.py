"""The case list with its review decisions as CSV and Excel, and the decision log.

Cells that a spreadsheet would run as a formula (text starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return: note sentences and comments are untrusted) are written as text: in CSV with a leading
apostrophe, in Excel as string cells.
"""
from __future__ import annotations

import pandas as pd

from .. import export
from ..io import CASE_COLUMNS
from .data import CaseRow, Decision

EXTRA_COLUMNS = ("language", "rule_flagged", "review_status", "decision", "reviewer", "decided_at", "comment",
                 "decisions")
DECISION_COLUMNS = ("patient_id", "decision", "reviewer", "decided_at", "comment")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def case_frame(rows: list[CaseRow]) -> pd.DataFrame:
    """The cases in the columns of cases.csv, then language and the standing decision; in the given order."""
    records = []
    for c in rows:
        d = c.decision
        records.append({
            "patient_id": c.patient_id, "flagged": "true" if c.flagged else "false", "priority": c.priority,
            "reasons": ";".join(c.reasons), "first_index_date": c.first_index_date, "workup": c.workup,
            "sex": c.sex, "age": c.age, "risk_factors": ";".join(c.risk_factors),
            "evidence_note_ids": ";".join(c.evidence_note_ids), "evidence": c.evidence, "language": c.language,
            "rule_flagged": "true" if c.rule_flagged else "false", "review_status": c.review_status,
            "decision": d.decision if d else "", "reviewer": d.reviewer if d else "",
            "decided_at": d.decided_at.isoformat(sep=" ") if d else "", "comment": d.comment if d else "",
            "decisions": str(c.decision_count)})
    return pd.DataFrame(records, columns=[*CASE_COLUMNS, *EXTRA_COLUMNS])


def decision_frame(log: list[Decision]) -> pd.DataFrame:
    return pd.DataFrame([{"patient_id": d.patient_id, "decision": d.decision, "reviewer": d.reviewer,
                          "decided_at": d.decided_at.isoformat(sep=" "), "comment": d.comment} for d in log],
                        columns=list(DECISION_COLUMNS))


def _defuse(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.map(_defuse).to_csv(index=False, lineterminator="\n").encode("utf-8")


def xlsx_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """One sheet per frame, every text cell a string cell (never a formula); see reportminer.export."""
    return export.xlsx_bytes(sheets)

"""One home for what people decide: auditors' review decisions and validation labels.

The nightly job (a standing decision closes a case), the ranker (decisions and validation answers are its
training labels), ``suggest`` (confirmed patients), the review workspace and the validation commands all read and
write through this module, which imports only the state database's tables; so none of them imports another for a
decision.

Decisions are append-only: the latest one per patient stands. Validation labels are append-only too: an auditor's
answer on a sampled item, written before reportminer's answer is shown to them (see
:mod:`reportminer.validation.labels`).
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from .state import DECISIONS, cases, decisions, engine_for, upgrade

POSITIVE = ("confirmed",)
NEGATIVE = ("dismissed", "workup_done")

__all__ = ["DECISIONS", "POSITIVE", "NEGATIVE", "record_decision", "read_decisions", "latest_decisions",
           "verdicts", "confirmed_patients", "load_decisions_csv"]


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def record_decision(db_url: str, patient_id: str, decision: str, reviewer: str, comment: str = "",
                    when: datetime | None = None) -> None:
    """Append an auditor's decision; the case closes at once (flagged again only on newer evidence).

    Raises
    ------
    KeyError
        When the database holds no case for ``patient_id``.
    ValueError
        When ``decision`` is not one of :data:`DECISIONS`.
    """
    if decision not in DECISIONS:
        raise ValueError(f"decision {decision!r} is not one of {DECISIONS}")
    upgrade(db_url)
    engine = engine_for(db_url)
    when = when or _now()
    with engine.begin() as conn:
        if conn.execute(sa.select(cases.c.patient_id).where(cases.c.patient_id == patient_id)).first() is None:
            raise KeyError(f"no case for patient {patient_id!r} in the database")
        conn.execute(decisions.insert().values(patient_id=patient_id, decision=decision, reviewer=reviewer,
                                               comment=comment, decided_at=when))
        conn.execute(cases.update().where(cases.c.patient_id == patient_id)
                     .values(flagged="false", priority="", review_status=decision, score=None))


def latest_decisions(conn, patient_ids: list[str]) -> dict:
    """The standing (latest) decision row of each of ``patient_ids`` that has one, on an open connection."""
    rows = conn.execute(sa.select(decisions).where(decisions.c.patient_id.in_(patient_ids))
                        .order_by(decisions.c.patient_id, decisions.c.decided_at, decisions.c.id))
    return {r.patient_id: r for r in rows}  # the last one per patient stands


def decisions_seen(conn, patient_ids: list[str]) -> tuple:
    """How many review decisions the patients have, and the newest one's id: a case batch computed before a
    decision arrived is stale when this changed."""
    return tuple(conn.execute(sa.select(sa.func.count(), sa.func.max(decisions.c.id))
                              .where(decisions.c.patient_id.in_(patient_ids))).one())


def read_decisions(db_url: str) -> pd.DataFrame:
    """Every decision in the database (id, patient_id, decision, reviewer, comment, decided_at)."""
    with engine_for(db_url).connect() as conn:
        return pd.read_sql(sa.select(decisions).order_by(decisions.c.id), conn)


def verdicts(frame: pd.DataFrame) -> pd.DataFrame:
    """Each patient's latest decision that is a verdict (confirmed, dismissed, workup_done)."""
    frame = frame.copy()
    frame["decided_at"] = pd.to_datetime(frame["decided_at"])
    if "id" not in frame.columns:
        frame["id"] = range(len(frame))
    frame = frame[frame["decision"].isin(POSITIVE + NEGATIVE)]
    frame = frame.sort_values(["patient_id", "decided_at", "id"], kind="stable")
    return frame.groupby("patient_id", sort=True).tail(1).reset_index(drop=True)


def confirmed_patients(frame: pd.DataFrame) -> set[str]:
    """Patients whose latest verdict is ``confirmed``."""
    if frame.empty:
        return set()
    latest = verdicts(frame)
    return set(latest.loc[latest["decision"] == "confirmed", "patient_id"])


def load_decisions_csv(db_url: str, path: str | Path) -> int:
    """Append the decisions of a CSV (patient_id, decision, reviewer, comment, decided_at) to the database."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame = frame.sort_values(["decided_at", "patient_id"], kind="stable")
    for row in frame.itertuples(index=False):
        record_decision(db_url, row.patient_id, row.decision, row.reviewer, row.comment,
                        when=pd.Timestamp(row.decided_at).to_pydatetime())
    return len(frame)


def validation_verdicts(db_url: str) -> pd.DataFrame:
    """Validation answers on sampled patients as decisions the ranker can learn from.

    An auditor's (or adjudicator's) final answer "should be on the list" on a patient who was flagged becomes
    ``confirmed`` (yes) or ``dismissed`` (no), dated when it was given; columns as :func:`read_decisions`.
    """
    from .validation.labels import final_patient_answers

    answers = final_patient_answers(db_url)
    if answers.empty:
        return pd.DataFrame(columns=["id", "patient_id", "decision", "reviewer", "comment", "decided_at"])
    answers = answers[answers["answer"].isin(("yes", "no"))]
    return pd.DataFrame({
        "id": range(-len(answers), 0),  # after no real decision of the same moment: ids only break ties
        "patient_id": answers["patient_id"].to_numpy(),
        "decision": answers["answer"].map({"yes": "confirmed", "no": "dismissed"}).to_numpy(),
        "reviewer": answers["auditor"].to_numpy(),
        "comment": "validation label",
        "decided_at": pd.to_datetime(answers["submitted_at"]).to_numpy(),
    })

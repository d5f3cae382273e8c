"""The access log: who saw which patient's data, when, and from where (Swedish "loggkontroll").

Append-only: this module only inserts and reads, and the database itself refuses UPDATE and DELETE on the table
(triggers of migration 0006). Rows hold ids and actions, never note text.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd
import sqlalchemy as sa

from .state import access_log, engine_for

COLUMNS = ("at", "username", "role", "action", "patient_id", "remote_addr", "detail")
# What the workspace and the command line log (the README lists them).
ACTIONS = ("view_case_list", "view_case", "view_note", "decide", "export", "view_decision_log", "view_access_log",
           "export_access_log", "report", "sign_in", "sign_in_failed", "sign_out", "user_add", "user_disable")


@dataclass(frozen=True)
class AccessEntry:
    """One row of the access log."""

    username: str
    role: str
    action: str
    patient_id: str = ""
    remote_addr: str = ""
    detail: str = ""


def append_access(conn, entries: list[AccessEntry], at: datetime) -> None:
    """Append ``entries`` at time ``at`` in the caller's transaction (``conn`` from ``engine.begin()``)."""
    if entries:
        conn.execute(access_log.insert(), [{"at": at, **{k: str(getattr(e, k))[:2000] for k in COLUMNS[1:]}}
                                           for e in entries])


def read_access_log(db_url: str, patient: str | None = None, user: str | None = None,
                    since: datetime | None = None, newest: int | None = None) -> pd.DataFrame:
    """The access log in the order it was written, optionally only one patient's, one user's, or from ``since`` on.

    Parameters
    ----------
    db_url : SQLAlchemy URL of the state database.
    patient, user : keep only rows of this patient id / user name.
    since : keep only rows at or after this time.
    newest : only the last ``newest`` rows, newest first (for a page; the database does the cutting).

    Returns
    -------
    A DataFrame with the columns ``COLUMNS`` (``at`` as ISO text).
    """
    # in the order appended (the id), which is the order of events even if two servers' clocks disagree
    query = sa.select(*(access_log.c[c] for c in COLUMNS)).order_by(access_log.c.id)
    if newest is not None:
        query = query.order_by(None).order_by(access_log.c.id.desc()).limit(newest)
    query = _filtered(query, patient, user, since)
    with engine_for(db_url).connect() as conn:
        frame = pd.read_sql(query, conn)
    frame["at"] = pd.to_datetime(frame["at"]).dt.strftime("%Y-%m-%dT%H:%M:%S")
    return frame.astype(str).reset_index(drop=True)


def _filtered(query, patient: str | None, user: str | None, since: datetime | None):
    """The query limited to one patient, one user and rows from ``since`` on, as far as each is given."""
    if patient:
        query = query.where(access_log.c.patient_id == patient)
    if user:
        query = query.where(access_log.c.username == user)
    if since is not None:
        query = query.where(access_log.c.at >= since)
    return query


def count_access_log(db_url: str, patient: str | None = None, user: str | None = None,
                     since: datetime | None = None) -> int:
    """How many rows ``read_access_log`` would return with these filters."""
    query = sa.select(sa.func.count()).select_from(access_log)
    query = _filtered(query, patient, user, since)
    with engine_for(db_url).connect() as conn:
        return int(conn.execute(query).scalar_one())

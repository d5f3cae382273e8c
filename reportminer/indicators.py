"""Quality indicators: how often an index finding gets its sacral workup in time, per period and unit.

The figures come from the same patient timelines and flag rules as the case list (``timeline.py``,
``flags.py``), built from the state database exactly as the nightly job builds them. Every *episode* counts
(not only a patient's latest), in the period of its first index finding, so a month's figures do not change
when a patient comes back years later.

Per period (month, quarter or year of the episode's first index finding) and, optionally, per unit (the unit of
the note with that finding), for each indicator row:

* ``patients``: episodes (= patients: episodes are more than a year apart, so a patient has at most one per
  period) with a present index finding of the row's type;
* ``workup_in_window``: of these, how many had a sacral workup (CT, MRI or scintigraphy covering the sacrum, or a
  documented sacral fracture, as the contract and ``flags.DONE`` define it) from the contract's look-back before
  the first index finding up to ``window_days`` after it;
* ``share`` with its 95% Wilson interval (``ci_low``, ``ci_high``); empty when ``patients`` is 0;
* ``median_days_to_workup`` among those worked up in the window (negative: done before the finding);
* ``pending``: patients without a workup yet whose window had not closed at the latest note in the database;
* ``flagged``: episodes the flag rules flag (no workup at all), judged on the record up to the next episode;
* ``confirmed``: of the flagged, those whose standing auditor decision on that episode is ``confirmed``.

Rows: ``pubic_ramus_fracture``, ``vertebral_compression_fracture``, ``low_back_pain_at_risk`` (at risk as the flag
rule defines it) and ``age_65_plus`` (episodes in any of the three rows, aged 65 or more at the first index
finding). A patient with two finding types in one episode counts in both rows.
"""
from __future__ import annotations

import base64
import html
import io
from dataclasses import replace
from datetime import date, datetime

import numpy as np
import pandas as pd
import sqlalchemy as sa

from .config import DEFAULT, Settings
from .flags import flag_patient
from .state import decisions, engine_for, mentions, notes, patients
from .timeline import INDEX_CONCEPTS, Event, PatientTimeline, stored_timelines

INDICATORS = ("pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain_at_risk", "age_65_plus")
LABELS = {
    "pubic_ramus_fracture": "Pubic ramus fracture",
    "vertebral_compression_fracture": "Vertebral compression fracture",
    "low_back_pain_at_risk": "Low-back pain in a patient at risk",
    "age_65_plus": "Aged 65 or more",
}
PERIOD_FREQ = {"month": "M", "quarter": "Q", "year": "Y"}
OLDER_AGE = 65
# The timeline event kinds that flags.py counts as a done workup (flags.DONE); a test keeps the two in step.
WORKUP_KINDS = frozenset({"mri", "ct", "scintigraphy", "sacral_documented"})
EPISODE_COLUMNS = ("patient_id", "first_index_date", "unit", "indicators", "age", "days_to_workup", "flagged",
                   "confirmed")
TABLE_COLUMNS = ("period", "unit", "indicator", "window_days", "patients", "workup_in_window", "share", "ci_low",
                 "ci_high", "median_days_to_workup", "pending", "flagged", "confirmed")
_COUNTS = ("patients", "workup_in_window", "pending", "flagged", "confirmed")
_BATCH = 500
# The columns build_timelines reads (never the note text): less to read, and older schemas still work.
_NOTE_FACTS = ("note_id", "patient_id", "note_date", "note_type", "exam", "unit", "text_age", "text_sex")
_MENTION_FACTS = ("note_id", "patient_id", "note_date", "concept", "assertion", "start", "end", "text", "section",
                  "region", "unit", "sentence", "exam_date")


class NoStateDatabase(LookupError):
    """The database holds no reportminer state (the nightly job never ran against it)."""


# --- the interval -------------------------------------------------------------------------------------------
def wilson_interval(successes: int, total: int, confidence: float = 0.95) -> tuple[float, float]:
    """The Wilson score interval of ``successes / total``; ``(nan, nan)`` when ``total`` is 0.

    Examples
    --------
    >>> [round(x, 4) for x in wilson_interval(81, 263)]   # Newcombe (1998), table I
    [0.2553, 0.3662]
    """
    if total == 0:
        return float("nan"), float("nan")
    from scipy.stats import binomtest

    ci = binomtest(int(successes), int(total)).proportion_ci(confidence_level=confidence, method="wilson")
    return max(0.0, float(ci.low)), min(1.0, float(ci.high))


# --- episodes -----------------------------------------------------------------------------------------------
def episode_facts(t: PatientTimeline, units: dict[str, str], decided: pd.DataFrame | None = None,
                  settings: Settings = DEFAULT, older_age: int = OLDER_AGE) -> list[dict]:
    """One row per episode of ``t`` that has a present index finding of an indicator's type.

    Parameters
    ----------
    t : the patient's timeline (``timeline.build_timelines``).
    units : note id -> unit, for the note with the episode's first index finding.
    decided : the patient's auditor decisions (``decision``, ``decided_at``), in the order they were made;
        a decision belongs to the latest episode that had begun when it was made.
    settings : the flag rules' settings (look-back, episode gap, at-risk age).
    older_age : the age of the ``age_65_plus`` row.
    """
    episodes = t.episodes(settings)
    lookback = pd.Timedelta(days=settings.lookback_days)
    starts = [episode[0].date for episode in episodes]
    standing = _standing_decisions(starts, decided)
    rows = []
    for i, episode in enumerate(episodes):
        first = episode[0].date
        # Workups from the next episode's window on belong to that episode: each episode needs its own.
        cutoff = starts[i + 1] - lookback if i + 1 < len(starts) else None
        own = [w for w in t.workups if w.date >= first - lookback and (cutoff is None or w.date < cutoff)]
        age = t.age_at(first)
        kinds = _indicators(t, episode, age, settings, older_age)
        if not kinds:
            continue
        as_then = replace(t, anchors=[a for a in t.anchors if a.date <= episode[-1].date], workups=own)
        flagged = flag_patient(as_then, settings)["flagged"] == "true"
        done = sorted(w.date for w in own if w.kind in WORKUP_KINDS)
        rows.append({
            "patient_id": t.patient_id, "first_index_date": first.normalize(),
            "unit": units.get(episode[0].note_id, "") or "", "indicators": kinds, "age": age,
            "days_to_workup": (done[0].normalize() - first.normalize()).days if done else None,
            "flagged": flagged, "confirmed": flagged and standing.get(i) == "confirmed"})
    return rows


def _indicators(t: PatientTimeline, episode: list[Event], age: int | None, settings: Settings,
                older_age: int) -> tuple[str, ...]:
    kinds = {e.kind for e in episode}
    rows = [k for k in ("pubic_ramus_fracture", "vertebral_compression_fracture") if k in kinds]
    if "low_back_pain" in kinds and _at_risk(t, episode[0].date, settings):
        rows.append("low_back_pain_at_risk")
    if rows and age is not None and age >= older_age:
        rows.append("age_65_plus")
    return tuple(rows)


def _at_risk(t: PatientTimeline, when: pd.Timestamp, settings: Settings) -> bool:
    """Whether low-back pain on ``when`` would flag the patient, as flags.py decides it (not re-derived here)."""
    probe = replace(t, anchors=[Event(when, "low_back_pain", "", "")], workups=[])
    return flag_patient(probe, settings)["flagged"] == "true"


def _standing_decisions(starts: list[pd.Timestamp], decided: pd.DataFrame | None) -> dict[int, str]:
    """Episode index -> the last decision made while it was the patient's latest episode."""
    out: dict[int, str] = {}
    if decided is None or not starts:
        return out
    for row in decided.itertuples(index=False):
        when = pd.Timestamp(row.decided_at)
        index = max((i for i, s in enumerate(starts) if s <= when), default=0)
        out[index] = row.decision
    return out


# --- the state database -------------------------------------------------------------------------------------
def read_episodes(db_url: str, settings: Settings = DEFAULT, older_age: int = OLDER_AGE,
                  batch_size: int = _BATCH) -> tuple[pd.DataFrame, pd.Timestamp | None]:
    """Every counted episode in the state database, and the date of its latest note.

    Patients are read in batches, so memory is bounded by the batch size, not by the database.
    """
    engine = _state_engine(db_url)
    try:
        rows: list[dict] = []
        with engine.connect() as conn:
            ids = [r.patient_id for r in conn.execute(
                sa.select(mentions.c.patient_id)
                .where(mentions.c.concept.in_((*INDEX_CONCEPTS, "sacral_fracture")))
                .distinct().order_by(mentions.c.patient_id))]
            data_end = conn.execute(sa.select(sa.func.max(notes.c.note_date))).scalar()
            for i in range(0, len(ids), batch_size):
                rows += _batch_episodes(conn, ids[i:i + batch_size], settings, older_age)
    finally:
        engine.dispose()
    frame = pd.DataFrame(rows, columns=list(EPISODE_COLUMNS))
    return frame, (pd.Timestamp(data_end) if data_end is not None else None)


def rules_of_last_run(db_url: str):
    """The site rules (``rules.Rules``) of the last successful nightly run in the state database at ``db_url``;
    ``None`` when it has none recorded.

    Raises
    ------
    NoStateDatabase
        ``db_url`` holds no reportminer state database.
    """
    from .provenance import last_run_rules

    engine = _state_engine(db_url)
    try:
        with engine.connect() as conn:
            return last_run_rules(conn)
    finally:
        engine.dispose()


def _state_engine(db_url: str) -> sa.Engine:
    """An engine on ``db_url``; ``NoStateDatabase`` when no nightly run has made its tables there."""
    engine = engine_for(db_url)
    if not sa.inspect(engine).has_table(notes.name):
        engine.dispose()
        raise NoStateDatabase(f"{_safe_url(engine)}: no reportminer state database here "
                              "(run 'reportminer nightly' first)")
    return engine


def _safe_url(engine: sa.Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _batch_episodes(conn, batch: list[str], settings: Settings, older_age: int) -> list[dict]:
    from .state import read_exam_frame

    # The same reads as the nightly job's case computation (nightly._compute_cases), the same date conversions.
    note_frame = pd.read_sql(sa.select(*(notes.c[c] for c in _NOTE_FACTS)).where(notes.c.patient_id.in_(batch)),
                             conn)
    mention_frame = pd.read_sql(sa.select(*(mentions.c[c] for c in _MENTION_FACTS))
                                .where(mentions.c.patient_id.in_(batch)), conn)
    patient_frame = pd.read_sql(sa.select(patients).where(patients.c.patient_id.in_(batch)), conn)
    exam_frame = read_exam_frame(conn, batch)
    decided = pd.read_sql(sa.select(decisions.c.patient_id, decisions.c.decision, decisions.c.decided_at)
                          .where(decisions.c.patient_id.in_(batch))
                          .order_by(decisions.c.patient_id, decisions.c.decided_at, decisions.c.id), conn)
    if note_frame.empty:
        return []
    timelines = stored_timelines(note_frame, mention_frame, patient_frame, exam_frame, settings)
    units = dict(zip(note_frame["note_id"], note_frame["unit"].fillna("")))
    by_patient = {pid: part for pid, part in decided.groupby("patient_id", sort=False)}
    rows = []
    for pid in sorted(timelines):
        rows += episode_facts(timelines[pid], units, by_patient.get(pid), settings, older_age)
    return rows


# --- the table ----------------------------------------------------------------------------------------------
def indicator_table(episodes: pd.DataFrame, by: str = "month", by_unit: bool = False, window_days: int = 30,
                    start: date | datetime | None = None, end: date | datetime | None = None,
                    data_end: pd.Timestamp | None = None) -> pd.DataFrame:
    """The indicator table: every period from ``start`` (or the first episode) to ``end`` (or the last), every
    unit when ``by_unit``, every indicator; a period without patients has counts 0 and empty share and median.

    ``episodes`` is :func:`read_episodes`'s frame; ``start`` and ``end`` bound the first index date (inclusive);
    ``data_end`` (the latest note date) decides which windows are still open (``pending``).
    """
    if by not in PERIOD_FREQ:
        raise ValueError(f"by must be one of {sorted(PERIOD_FREQ)}, not {by!r}")
    freq = PERIOD_FREQ[by]
    eps = episodes.copy()
    first = pd.to_datetime(eps["first_index_date"]).dt.normalize()
    keep = pd.Series(True, index=eps.index)
    if start is not None:
        keep &= first >= pd.Timestamp(start).normalize()
    if end is not None:
        keep &= first <= pd.Timestamp(end).normalize()
    eps, first = eps[keep], first[keep]
    lo = pd.Timestamp(start) if start is not None else (first.min() if len(first) else None)
    hi = pd.Timestamp(end) if end is not None else (first.max() if len(first) else None)
    columns = [c for c in TABLE_COLUMNS if by_unit or c != "unit"]
    if lo is None or hi is None or lo > hi:
        return pd.DataFrame(columns=columns)
    periods = [str(p) for p in pd.period_range(lo.to_period(freq), hi.to_period(freq), freq=freq)]
    eps = _per_indicator(eps, first, freq, window_days, data_end)
    keys = ["period", "unit", "indicator"] if by_unit else ["period", "indicator"]
    grid = _grid(periods, sorted(eps["unit"].unique()) if by_unit else None)
    table = _aggregate(eps, keys).reindex(grid)
    table[list(_COUNTS)] = table[list(_COUNTS)].fillna(0).astype(int)
    table = table.reset_index()
    table["window_days"] = int(window_days)
    intervals = [wilson_interval(k, n) for k, n in zip(table["workup_in_window"], table["patients"])]
    table["ci_low"] = [lo_ for lo_, _ in intervals]
    table["ci_high"] = [hi_ for _, hi_ in intervals]
    table["share"] = (table["workup_in_window"] / table["patients"].where(table["patients"] > 0)).astype(float)
    return table[columns]


def _per_indicator(eps: pd.DataFrame, first: pd.Series, freq: str, window_days: int,
                   data_end: pd.Timestamp | None) -> pd.DataFrame:
    days = pd.to_numeric(eps["days_to_workup"], errors="coerce")
    in_window = days.notna() & (days <= window_days)
    window_open = (first + pd.Timedelta(days=window_days) > pd.Timestamp(data_end).normalize()
                   if data_end is not None else pd.Series(False, index=eps.index))
    out = eps.assign(period=first.dt.to_period(freq).astype(str), in_window=in_window,
                     days=days.where(in_window), pending=~in_window & window_open,
                     unit=eps["unit"].fillna("").astype(str), indicator=eps["indicators"].map(list))
    return out.explode("indicator").dropna(subset=["indicator"])


def _aggregate(eps: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    if eps.empty:
        return pd.DataFrame(columns=[*_COUNTS, "median_days_to_workup"],
                            index=pd.MultiIndex.from_tuples([], names=keys))
    grouped = eps.groupby(keys, sort=False)
    return pd.DataFrame({
        "patients": grouped.size(),
        "workup_in_window": grouped["in_window"].sum(),
        "median_days_to_workup": grouped["days"].median(),
        "pending": grouped["pending"].sum(),
        "flagged": grouped["flagged"].sum(),
        "confirmed": grouped["confirmed"].sum(),
    })


def _grid(periods: list[str], units: list[str] | None) -> pd.MultiIndex:
    if units is None:
        return pd.MultiIndex.from_product([periods, INDICATORS], names=["period", "indicator"])
    return pd.MultiIndex.from_product([periods, units or [""], INDICATORS], names=["period", "unit", "indicator"])


def compute_indicators(db_url: str, by: str = "month", by_unit: bool = False, window_days: int = 30,
                       start: date | datetime | None = None, end: date | datetime | None = None,
                       settings: Settings = DEFAULT) -> pd.DataFrame:
    """The indicator table of the state database at ``db_url`` (see :func:`indicator_table`).

    Examples
    --------
    >>> table = compute_indicators("sqlite:///state.db", by="quarter")          # doctest: +SKIP
    >>> table[table["indicator"] == "pubic_ramus_fracture"]                      # doctest: +SKIP
    """
    episodes, data_end = read_episodes(db_url, settings)
    return indicator_table(episodes, by, by_unit, window_days, start, end, data_end)


# --- presentation -------------------------------------------------------------------------------------------
def display_table(table: pd.DataFrame) -> pd.DataFrame:
    """The table as text for people: the share as "67% (21–94%)", empty where no patient counts."""
    out = table.drop(columns=["share", "ci_low", "ci_high", "window_days"]).copy()
    share = [_percent(r.share, r.ci_low, r.ci_high) for r in table.itertuples(index=False)]
    out.insert(out.columns.get_loc("workup_in_window") + 1, "share (95% CI)", share)
    out["median_days_to_workup"] = [_number(v) for v in table["median_days_to_workup"]]
    if "unit" in out:
        out["unit"] = out["unit"].replace("", "(no unit)")
    return out


def _percent(share: float, low: float, high: float) -> str:
    if pd.isna(share):
        return ""
    return f"{share:.0%} ({low * 100:.0f}–{high:.0%})"


def _number(value: float) -> str:
    if pd.isna(value):
        return ""
    return f"{value:g}"


def format_text(table: pd.DataFrame) -> str:
    """The table as plain text (for a terminal)."""
    if table.empty:
        return "no index findings in the period"
    window = int(table["window_days"].iloc[0])
    return (f"sacral workup within {window} days of the episode's first index finding\n"
            + display_table(table).to_string(index=False))


def csv_bytes(table: pd.DataFrame) -> bytes:
    """CSV (UTF-8): shares as fractions to 4 decimals, empty cells where no patient counts."""
    return table.round({"share": 4, "ci_low": 4, "ci_high": 4, "median_days_to_workup": 1}).to_csv(
        index=False, lineterminator="\n").encode("utf-8")


def xlsx_bytes(table: pd.DataFrame) -> bytes:
    """An Excel workbook (sheet ``indicators``; shares formatted as percentages); same table, same bytes."""
    from openpyxl.utils import get_column_letter

    from .export import stable_xlsx

    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        table.to_excel(writer, index=False, sheet_name="indicators")
        sheet = writer.sheets["indicators"]
        for name in ("share", "ci_low", "ci_high"):
            letter = get_column_letter(list(table.columns).index(name) + 1)
            for cell in sheet[letter][1:]:
                cell.number_format = "0.0%"
        sheet.freeze_panes = "A2"
    return stable_xlsx(buffer.getvalue())


def html_page(table: pd.DataFrame, charts: dict[str, bytes] | None = None, title: str = "Quality indicators"
              ) -> str:
    """A self-contained HTML page: the table, then each indicator's chart (SVG bytes, inlined)."""
    window = int(table["window_days"].iloc[0]) if len(table) else 30
    parts = [f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>",
             "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
             "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}"
             f"td:nth-child(-n+{3 if 'unit' in table else 2}),th{{text-align:left}}</style></head><body>",
             f"<h1>{html.escape(title)}</h1>",
             f"<p>Share of patients with a sacral workup (CT, MRI or scintigraphy covering the sacrum) within "
             f"{window} days of the episode's first index finding, with its 95% Wilson interval. "
             f"Empty: no patients in the period.</p>",
             display_table(table).to_html(index=False, na_rep="", border=0, escape=True)]
    for indicator, svg in (charts or {}).items():
        data = base64.b64encode(svg).decode("ascii")
        parts.append(f"<h2>{html.escape(LABELS.get(indicator, indicator))}</h2>"
                     f"<img alt=\"{html.escape(indicator)} trend\" src=\"data:image/svg+xml;base64,{data}\">")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def chart_figure(table: pd.DataFrame, indicator: str):
    """A matplotlib Figure: the indicator's share per period with its 95% interval, one line per unit.

    Empty periods leave a gap; each point is labelled with its counts (worked up / patients).
    """
    from matplotlib.figure import Figure
    from matplotlib.ticker import PercentFormatter

    rows = table[table["indicator"] == indicator]
    periods = list(dict.fromkeys(rows["period"]))
    units = sorted(rows["unit"].unique()) if "unit" in rows else [None]
    fig = Figure(figsize=(max(6.0, 0.5 * len(periods) + 2.5), 4.2), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    x = np.arange(len(periods), dtype=float)
    step = 0.6 / len(units) if len(units) > 1 else 0.0
    for j, unit in enumerate(units):
        part = (rows if unit is None else rows[rows["unit"] == unit]).set_index("period").reindex(periods)
        share, low, high = (part[c].astype(float).to_numpy() * 100 for c in ("share", "ci_low", "ci_high"))
        xs = x + (j - (len(units) - 1) / 2) * step
        label = None if unit is None else (unit or "(no unit)")
        ax.errorbar(xs, share, yerr=np.nan_to_num([share - low, high - share]), marker="o", capsize=3,
                    label=label)
        for xi, s, k, n in zip(xs, share, part["workup_in_window"], part["patients"]):
            if n > 0:
                ax.annotate(f"{int(k)}/{int(n)}", (xi, s), textcoords="offset points", xytext=(4, 4), fontsize=7)
    window = int(rows["window_days"].iloc[0]) if len(rows) else 30
    ax.set_title(f"{LABELS.get(indicator, indicator)}: sacral workup within {window} days")
    ax.set_xticks(x, periods, rotation=45 if len(periods) > 8 else 0, ha="right" if len(periods) > 8 else "center")
    ax.set_xlim(-0.6, max(len(periods) - 0.4, 0.6))
    ax.set_ylim(-2, 105)
    ax.yaxis.set_major_formatter(PercentFormatter())
    ax.set_ylabel("patients worked up (95% CI)")
    ax.grid(axis="y", alpha=0.3)
    if units != [None]:
        ax.legend(title="unit", fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig


def render_chart(table: pd.DataFrame, indicator: str, fmt: str = "png") -> bytes:
    """The indicator's trend chart as PNG or SVG bytes; the same table gives the same bytes."""
    import matplotlib

    if fmt not in ("png", "svg"):
        raise ValueError(f"fmt must be 'png' or 'svg', not {fmt!r}")
    fig = chart_figure(table, indicator)
    buffer = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    with matplotlib.rc_context({"svg.hashsalt": "reportminer", "svg.fonttype": "path"}):
        fig.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()

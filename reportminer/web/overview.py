"""The overview: flags per week by priority and by reason, and the share of reviewed cases confirmed.

A *flag* is a case the rules flag now or a decision closed (so flagged once); it counts in the ISO week
(Monday) of its first index finding, the clinical event, so a week's figures do not move when the nightly job
runs again. A case with two reasons counts once under each reason. The share confirmed is, among the cases
with a standing decision, the part whose decision is ``confirmed``.
"""
from __future__ import annotations

import io
from datetime import date, timedelta

from .data import DECISIONS, PRIORITIES, REASONS, CaseRow

COLOURS = {"high": "#b2182b", "medium": "#ef8a62", "low": "#67a9cf",
           "pubic_ramus_fracture": "#1b9e77", "vertebral_compression_fracture": "#d95f02",
           "low_back_pain": "#7570b3", "sacral_fracture": "#e7298a"}


def week_of(day: str) -> date | None:
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return None
    return d - timedelta(days=d.weekday())


def weekly(rows: list[CaseRow]) -> list[dict]:
    """One dict per week that has a flag, oldest first."""
    weeks: dict[date, dict] = {}
    for case in rows:
        week = week_of(case.first_index_date) if case.in_scope else None
        if week is None:
            continue
        w = weeks.setdefault(week, {"week": week, "flags": 0, "reviewed": 0, "confirmed": 0,
                                    **{p: 0 for p in PRIORITIES}, **{r: 0 for r in REASONS}})
        w["flags"] += 1
        if case.priority in PRIORITIES:
            w[case.priority] += 1
        for reason in case.reasons:
            if reason in REASONS:
                w[reason] += 1
        standing = case.decision.decision if case.decision else ""
        if standing in DECISIONS:
            w["reviewed"] += 1
            w["confirmed"] += standing == "confirmed"
    for w in weeks.values():
        w["share"] = w["confirmed"] / w["reviewed"] if w["reviewed"] else None
    return [weeks[k] for k in sorted(weeks)]


def totals(table: list[dict]) -> dict:
    out = {k: sum(w[k] for w in table) for k in ("flags", "reviewed", "confirmed", *PRIORITIES, *REASONS)}
    out["share"] = out["confirmed"] / out["reviewed"] if out["reviewed"] else None
    return out


def render_chart(table: list[dict], fmt: str = "png") -> bytes:
    """Three stacked panels sharing the week axis: by priority, by reason, share confirmed. PNG or SVG."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure  # no pyplot: no global state, safe in a threaded server

    fig = Figure(figsize=(10, 7.5), dpi=100, layout="constrained")
    axes = fig.subplots(3, 1, sharex=True, height_ratios=[3, 3, 2])
    weeks = [w["week"] for w in table]
    if not table:
        for ax in axes:
            ax.text(0.5, 0.5, "no flagged cases", ha="center", va="center", transform=ax.transAxes)
    _stacked(axes[0], table, PRIORITIES, "Flags per week by priority")
    _stacked(axes[1], table, REASONS, "Flags per week by reason (a case counts under each of its reasons)")
    reviewed = [w for w in table if w["reviewed"]]
    total = totals(table)
    share = "no decisions yet" if total["share"] is None else (
        f"{total['confirmed']} of {total['reviewed']} reviewed = {total['share']:.0%} overall")
    axes[2].bar([w["week"] for w in reviewed], [w["share"] * 100 for w in reviewed], width=5, color="#444444")
    axes[2].plot([w["week"] for w in reviewed], [w["share"] * 100 for w in reviewed], "o", color="#444444",
                 markersize=3)  # a week with 0% confirmed still shows
    axes[2].set_ylim(0, 105)
    axes[2].set_yticks([0, 25, 50, 75, 100])
    axes[2].set_ylabel("% confirmed")
    axes[2].set_title(f"Share confirmed missed among reviewed cases ({share})", fontsize=10, loc="left")
    if weeks:
        locator = AutoDateLocator()
        axes[2].xaxis.set_major_locator(locator)
        axes[2].xaxis.set_major_formatter(ConciseDateFormatter(locator))
        axes[2].set_xlim(weeks[0] - timedelta(days=7), weeks[-1] + timedelta(days=7))
    axes[2].set_xlabel("week of the first index finding")
    buffer = io.BytesIO()
    metadata = {"Software": None} if fmt == "png" else {"Date": None}
    fig.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


def _stacked(ax, table: list[dict], keys, title: str) -> None:
    bottom = [0] * len(table)
    weeks = [w["week"] for w in table]
    for key in keys:
        values = [w[key] for w in table]
        if any(values):
            ax.bar(weeks, values, bottom=bottom, width=5, color=COLOURS[key], label=key.replace("_", " "))
            bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_title(title, fontsize=10, loc="left")
    ax.set_ylabel("cases")
    ax.yaxis.get_major_locator().set_params(integer=True)
    if any(bottom):
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)

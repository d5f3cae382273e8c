"""The default flagging rules of CONTRACT.md, applied to patient timelines: one case row per patient."""
from __future__ import annotations

import pandas as pd

from .config import DEFAULT, Settings
from .io import CASE_COLUMNS
from .timeline import Event, PatientTimeline

# Strongest first (CONTRACT.md): what the workup column reports.
WORKUP_ORDER = ("sacral_fracture_documented", "mri", "ct", "scintigraphy", "ordered", "radiograph_only", "none")
_KIND_TO_WORKUP = {"sacral_documented": "sacral_fracture_documented", "mri": "mri", "ct": "ct",
                   "scintigraphy": "scintigraphy", "ordered": "ordered", "radiograph": "radiograph_only"}
DONE = frozenset({"sacral_fracture_documented", "mri", "ct", "scintigraphy"})


def flag_patients(timelines: dict[str, PatientTimeline], settings: Settings = DEFAULT) -> pd.DataFrame:
    """Cases for every patient with an index finding or a sacral fracture mention, sorted by patient."""
    rows = [flag_patient(t, settings) for t in timelines.values() if t.anchors or t.has_sacral_mention]
    frame = pd.DataFrame([r for r in rows if r is not None], columns=list(CASE_COLUMNS))
    return frame.sort_values("patient_id", kind="stable").reset_index(drop=True)


def flag_patient(t: PatientTimeline, settings: Settings = DEFAULT) -> dict | None:
    episodes = t.episodes(settings)
    latest = episodes[-1] if episodes else []
    index_concepts = [e for e in t.anchors if e.kind != "sacral_fracture"]
    if not index_concepts and not t.has_sacral_mention:
        return None
    first = latest[0].date if latest else None
    window_start = first - pd.Timedelta(days=settings.lookback_days) if first is not None else None
    in_window = sorted((w for w in t.workups if window_start is None or w.date >= window_start), key=_order)
    workup, workup_events = _workup(in_window)
    kinds = {e.kind for e in latest}
    age = t.age_at(first if first is not None else _last_date(t))
    risks = sorted({r.kind for r in t.risks})
    counted = [r for r in risks if r in settings.risk_factors]  # the site's rules say which risks count
    at_risk = bool(counted) or (t.sex in settings.at_risk_sexes and age is not None and age >= settings.at_risk_age)
    drivers = [e for e in latest if e.kind != "low_back_pain" or at_risk]
    flagged = bool(drivers) and workup not in done_workups(settings)
    shown_risks = [r for r in t.risks if r.kind in settings.risk_factors]
    evidence = _evidence(latest, workup_events, shown_risks if "low_back_pain" in kinds and flagged else [], settings)
    return {
        "patient_id": t.patient_id,
        "flagged": "true" if flagged else "false",
        "priority": priority_for(kinds, settings) if flagged else "",
        "reasons": ";".join(sorted(kinds)),
        "first_index_date": first.date().isoformat() if first is not None else "",
        "workup": workup,
        "sex": t.sex,
        "age": "" if age is None else str(age),
        "risk_factors": ";".join(risks),
        "evidence_note_ids": ";".join(dict.fromkeys(e.split(":", 1)[0] for _, e in evidence)),
        "evidence": " | ".join(e for _, e in evidence),
    }


def _workup(events: list[Event]) -> tuple[str, list[Event]]:
    """The strongest workup among the events, and the events that show it."""
    best = "none"
    for event in events:
        status = _KIND_TO_WORKUP[event.kind]
        if WORKUP_ORDER.index(status) < WORKUP_ORDER.index(best):
            best = status
    return best, [e for e in events if _KIND_TO_WORKUP[e.kind] == best]


def _order(event: Event) -> tuple:
    return event.date, event.note_id, event.evidence


def priority_for(kinds: set[str], settings: Settings = DEFAULT) -> str:
    """The priority for a flagged case with these reasons: the first of the rules' priority rules whose reasons
    the case all has (the contract's by default), else the default priority."""
    for priority, reasons in settings.priority_rules:
        if set(reasons) <= kinds:
            return priority
    return settings.default_priority


def done_workups(settings: Settings = DEFAULT) -> frozenset[str]:
    """The workup values that count as a sacral workup under ``settings`` (a documented fracture always does)."""
    return frozenset({"sacral_fracture_documented", *settings.covering_modalities})


def _last_date(t: PatientTimeline) -> pd.Timestamp | None:
    dates = [e.date for e in (*t.anchors, *t.workups, *t.risks)]
    return max(dates) if dates else None


def _evidence(latest: list[Event], workups: list[Event], risks: list[Event], settings: Settings
              ) -> list[tuple[pd.Timestamp, str]]:
    """Deciding sentences in date order: the episode's findings, the workup status, the risk that counts."""
    chosen: dict[str, pd.Timestamp] = {}
    first_risk = {}
    for r in sorted(risks, key=_order):
        first_risk.setdefault(r.kind, r)
    for event in (*latest, *workups[:3], *first_risk.values()):
        chosen.setdefault(event.evidence, event.date)
    ordered = sorted(chosen.items(), key=lambda kv: (kv[1], kv[0]))
    return [(date, text) for text, date in ordered[: settings.max_evidence]]

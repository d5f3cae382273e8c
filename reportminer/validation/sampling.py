"""Reproducible, stratified validation samples drawn from the state database.

Four kinds of item, each drawn on its own so each estimate has a known sampling fraction:

- ``flagged``: patients the rules flag (``cases.rule_flagged``, before any review): the PPV of a flag;
- ``unflagged_index``: patients with a present index finding whom the rules did not flag: the missed-case rate
  (weighted by its sampling fraction, it gives the sensitivity of the flag among index patients);
- ``random_note``: notes drawn from all analysed notes: note-level precision and recall as the notes come;
- ``candidate_note``: notes holding at least one mention of a note-level concept in any assertion (the notes
  where the concepts' terms occur): enough positives for precision and recall per concept and assertion.

Within a kind, items are split into strata (``by`` unit or language; one stratum otherwise) and ``n`` items are
allocated to the strata in proportion to their size (largest remainder, at least one per non-empty stratum),
then drawn without replacement. Each item's weight is its stratum's population divided by the number drawn.
The draw depends only on the seed and the database's content (populations are sorted before drawing), so the
same seed on the same database gives the same sample.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd
import sqlalchemy as sa

from ..evaluate import GOLD_CONCEPTS
from ..state import cases, engine_for, mentions, notes, runs, upgrade
from .tables import items, samples

KINDS = ("flagged", "unflagged_index", "random_note", "candidate_note")
PATIENT_KINDS = ("flagged", "unflagged_index")
BY = ("", "unit", "language")


@dataclass(frozen=True)
class Sample:
    """A stored sample: its id, settings, strata (per kind: population, drawn, fraction) and items."""

    sample_id: int
    seed: int
    n: int
    by: str
    strata: dict
    items: pd.DataFrame


def populations(conn, by: str = "") -> dict[str, pd.DataFrame]:
    """Per kind, the candidates for drawing: ``patient_id``, ``note_id`` ('' for patients) and ``stratum``,
    sorted so the draw is reproducible."""
    if by not in BY:
        raise ValueError(f"--by must be one of unit, language (got {by!r})")
    note_frame = pd.read_sql(sa.select(notes.c.note_id, notes.c.patient_id, notes.c.unit, notes.c.language), conn)
    case_frame = pd.read_sql(sa.select(cases.c.patient_id, cases.c.rule_flagged, cases.c.reasons,
                                       cases.c.evidence_note_ids), conn)
    candidate_ids = {r.note_id for r in conn.execute(
        sa.select(mentions.c.note_id).where(mentions.c.concept.in_(GOLD_CONCEPTS)).distinct())}
    note_frame["stratum"] = note_frame[by].replace("", "(none)") if by else "all"
    note_frame = note_frame.sort_values("note_id", kind="stable").reset_index(drop=True)
    case_frame["stratum"] = patient_strata(case_frame, note_frame, by)
    index = case_frame[case_frame["reasons"].fillna("") != ""]
    out = {
        "flagged": case_frame[case_frame["rule_flagged"] == "true"],
        "unflagged_index": index[index["rule_flagged"] != "true"],
        "random_note": note_frame,
        "candidate_note": note_frame[note_frame["note_id"].isin(candidate_ids)],
    }
    for kind in PATIENT_KINDS:
        out[kind] = out[kind].assign(note_id="")
    return {k: f[["patient_id", "note_id", "stratum"]].sort_values(["patient_id", "note_id"], kind="stable")
            .reset_index(drop=True) for k, f in out.items()}


def patient_strata(case_frame: pd.DataFrame, note_frame: pd.DataFrame, by: str) -> list[str]:
    """A patient's stratum: that of the first evidence note of the case (else of the patient's first note)."""
    if not by:
        return ["all"] * len(case_frame)
    of_note = dict(zip(note_frame["note_id"], note_frame["stratum"]))
    first_of_patient = note_frame.groupby("patient_id")["stratum"].first().to_dict()
    out = []
    for pid, evidence in zip(case_frame["patient_id"], case_frame["evidence_note_ids"].fillna("")):
        found = [of_note[n] for n in evidence.split(";") if n in of_note]
        out.append(found[0] if found else first_of_patient.get(pid, "(none)"))
    return out


def allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Split ``n`` draws over strata in proportion to their sizes (largest remainder), at least one per non-empty
    stratum while ``n`` allows, never more than a stratum holds."""
    total = sum(sizes.values())
    if total == 0 or n <= 0:
        return {s: 0 for s in sizes}
    n = min(n, total)
    exact = {s: n * size / total for s, size in sizes.items()}
    out = {s: min(size, max(1 if size and n >= len(sizes) else 0, int(exact[s]))) for s, size in sizes.items()}
    # hand out what is left by largest remainder (ties by stratum name), never past a stratum's size
    while sum(out.values()) < n:
        open_ = [s for s in sorted(sizes) if out[s] < sizes[s]]
        best = max(open_, key=lambda s: (exact[s] - out[s], -sorted(sizes).index(s)))
        out[best] += 1
    while sum(out.values()) > n:  # the at-least-one rule overshot: take from strata given more than one
        worst = max((s for s in sorted(out) if out[s] > 1), key=lambda s: (out[s] - exact[s], out[s]))
        out[worst] -= 1
    return out


def draw(pops: dict[str, pd.DataFrame], n: int, seed: int) -> tuple[pd.DataFrame, dict]:
    """Draw ``n`` items per kind from ``pops`` (see :func:`populations`) with ``seed``.

    Returns
    -------
    items : one row per drawn item: position, kind, stratum, target, patient_id, note_id, weight.
    strata : {kind: {stratum: {"population": N, "drawn": k, "fraction": k / N}}}.
    """
    rng = np.random.default_rng(seed)
    rows, strata = [], {}
    for kind in KINDS:
        frame = pops[kind]
        sizes = frame.groupby("stratum").size().to_dict()
        counts = allocate(sizes, n)
        strata[kind] = {}
        for stratum in sorted(sizes):
            members = frame[frame["stratum"] == stratum]
            k = counts[stratum]
            chosen = members.iloc[np.sort(rng.choice(len(members), size=k, replace=False))] if k else members.iloc[:0]
            strata[kind][stratum] = {"population": int(len(members)), "drawn": int(k),
                                     "fraction": round(k / len(members), 6)}
            for r in chosen.itertuples(index=False):
                rows.append({"kind": kind, "stratum": stratum, "target": "patient" if kind in PATIENT_KINDS else "note",
                             "patient_id": r.patient_id, "note_id": r.note_id, "weight": len(members) / k})
    frame = pd.DataFrame(rows, columns=["kind", "stratum", "target", "patient_id", "note_id", "weight"])
    # auditors work through the items in a shuffled order, so the kind of an item does not give its answer away
    order = rng.permutation(len(frame))
    frame = frame.iloc[order].reset_index(drop=True)
    frame.insert(0, "position", range(1, len(frame) + 1))
    return frame, strata


def draw_sample(db_url: str, n: int, seed: int = 1, by: str = "", when: datetime | None = None) -> Sample:
    """Draw a sample from the state database at ``db_url`` and store it (sample, strata, items).

    Parameters
    ----------
    db_url : SQLAlchemy URL of a state database the nightly job has filled.
    n : items to draw per kind (fewer where a kind has fewer members).
    seed : the random seed; the same seed on the same database gives the same sample.
    by : "" (no strata), "unit" or "language".
    when : the creation time recorded with the sample (defaults to now).
    """
    if n < 1:
        raise ValueError(f"--n must be at least 1 (got {n})")
    upgrade(db_url)
    engine = engine_for(db_url)
    with engine.connect() as conn:
        pops = populations(conn, by)
        version = conn.execute(sa.select(runs.c.pipeline_version).order_by(runs.c.run_id.desc()).limit(1)).scalar()
    if sum(len(p) for p in pops.values()) == 0:
        raise ValueError("the database holds no analysed notes: run `reportminer nightly` first")
    frame, strata = draw(pops, n, seed)
    with engine.begin() as conn:
        sample_id = conn.execute(samples.insert().values(
            created_at=(when or datetime.now()).replace(microsecond=0), seed=seed, n=n, stratify_by=by,
            pipeline_version=version or "", strata=json.dumps(strata, sort_keys=True))).inserted_primary_key[0]
        if len(frame):
            conn.execute(items.insert(), [{**r, "sample_id": sample_id} for r in frame.to_dict("records")])
    return Sample(int(sample_id), seed, n, by, strata, frame)


def load_sample(db_url: str, sample_id: int | None = None) -> Sample:
    """A stored sample (the latest when ``sample_id`` is None).

    Raises
    ------
    LookupError
        When the database holds no such sample.
    """
    upgrade(db_url)
    with engine_for(db_url).connect() as conn:
        query = sa.select(samples)
        query = (query.where(samples.c.sample_id == sample_id) if sample_id
                 else query.order_by(samples.c.sample_id.desc()))
        row = conn.execute(query.limit(1)).first()
        if row is None:
            raise LookupError("no validation sample in the database" if sample_id is None
                              else f"no validation sample {sample_id} in the database")
        frame = pd.read_sql(sa.select(items).where(items.c.sample_id == row.sample_id).order_by(items.c.position),
                            conn)
    return Sample(int(row.sample_id), row.seed, row.n, row.stratify_by, json.loads(row.strata), frame)

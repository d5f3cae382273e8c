"""A labelled sample turned into tables: sampled patients and notes with their final labels, the estimates, and
every disagreement between the auditors' final labels and reportminer's."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
import sqlalchemy as sa

from ..state import cases, engine_for, notes
from .estimates import BOOTSTRAP, Estimate, kappas, note_estimates, patient_estimates
from .labels import NOTE_CONCEPTS, note_labels_of, read_labels, resolve
from .sampling import Sample, load_sample, patient_strata

GROUPINGS = ("language", "unit")
PATIENT_COLUMNS = ("positive", "flagged", "submitted_at", "evidence", *GROUPINGS)


@dataclass
class Results:
    """Everything the validation report shows."""

    sample: Sample
    patients: pd.DataFrame  # kind, stratum, weight, patient_id, answer, positive, flagged, language, unit
    notes: pd.DataFrame  # note_id, kinds, gold, pred, language, unit, submitted_at
    labels: pd.DataFrame  # every label (read_labels)
    final: pd.DataFrame  # one final label per item (labels.resolve)
    estimates: pd.DataFrame  # Estimate rows
    disagreements: pd.DataFrame  # newest first
    left_out: dict


def gather(db_url: str, sample_id: int | None = None, reps: int = BOOTSTRAP) -> Results:
    """Read a sample, its labels and the notes' facts; compute every estimate and list every disagreement."""
    sample = load_sample(db_url, sample_id)
    labels = read_labels(db_url, sample.sample_id)
    final = resolve(labels) if len(labels) else resolve(labels.assign(value=[]))
    with engine_for(db_url).connect() as conn:
        facts = pd.read_sql(sa.select(notes.c.note_id, notes.c.patient_id, notes.c.language, notes.c.unit,
                                      notes.c.text).where(notes.c.note_id.in_(list(sample.items["note_id"]))), conn)
        note_frame = pd.read_sql(sa.select(notes.c.note_id, notes.c.patient_id, notes.c.language, notes.c.unit), conn)
        case_frame = pd.read_sql(sa.select(cases.c.patient_id, cases.c.evidence_note_ids), conn)
    settled = final[final["status"] != "disputed"]
    left_out = {"disputed": int((final["status"] == "disputed").sum()),
                "unsure": int(((settled["target"] == "patient") & (settled["answer"] == "unsure")).sum()),
                "not_labelled": int(len(sample.items) - _labelled_items(sample.items, final))}
    patients = _patients(sample.items, settled, note_frame, case_frame)
    note_rows = _notes(sample.items, settled, facts)
    estimates = _estimates(patients, note_rows, labels, reps)
    return Results(sample, patients, note_rows, labels, final, estimates,
                   _disagreements(patients, note_rows), left_out)


def _labelled_items(items: pd.DataFrame, final: pd.DataFrame) -> int:
    done = set(zip(final["target"], final["target_id"]))
    keys = [(t, p if t == "patient" else n) for t, p, n in zip(items["target"], items["patient_id"], items["note_id"])]
    return sum(k in done for k in keys)


def _patients(items, settled, note_frame, case_frame) -> pd.DataFrame:
    answers = settled[settled["target"] == "patient"].set_index("target_id")
    frame = items[items["target"] == "patient"].copy()
    frame = frame[frame["patient_id"].isin(answers.index)]
    frame["answer"] = frame["patient_id"].map(answers["answer"])
    frame = frame[frame["answer"].isin(("yes", "no"))]
    if frame.empty:
        return frame.assign(**{c: [] for c in PATIENT_COLUMNS})
    frame["positive"] = frame["answer"].eq("yes")
    frame["flagged"] = frame["patient_id"].map(answers["system"]).map(lambda s: bool(s.get("flagged")))
    frame["submitted_at"] = frame["patient_id"].map(answers["submitted_at"])
    frame["evidence"] = frame["patient_id"].map(answers["system"]).map(lambda s: s.get("evidence", ""))
    strata_notes = note_frame.assign(stratum="")
    evidence = case_frame.set_index("patient_id").reindex(frame["patient_id"]).reset_index().fillna("")
    for by in GROUPINGS:
        strata_notes["stratum"] = strata_notes[by].replace("", "(none)")
        frame[by] = patient_strata(evidence, strata_notes, by)
    return frame.reset_index(drop=True)


def _notes(items, settled, facts) -> pd.DataFrame:
    answers = settled[settled["target"] == "note"].set_index("target_id")
    frame = items[items["target"] == "note"]
    frame = frame[frame["note_id"].isin(answers.index)]
    kinds = frame.groupby("note_id")["kind"].agg(lambda k: ";".join(sorted(set(k))))
    out = pd.DataFrame({"note_id": kinds.index, "kinds": kinds.to_numpy()})
    if out.empty:
        return out.assign(**{c: [] for c in ("spans", "gold", "system", "pred", "submitted_at", "patient_id",
                                              "language", "unit", "text")})
    out["spans"] = out["note_id"].map(answers["spans"])
    out["gold"] = out["spans"].map(note_labels_of)
    out["system"] = out["note_id"].map(answers["system"])
    out["pred"] = out["system"].map(lambda s: s.get("labels", {}))
    out["submitted_at"] = out["note_id"].map(answers["submitted_at"])
    facts = facts.set_index("note_id")
    for col in ("patient_id", "language", "unit", "text"):
        out[col] = out["note_id"].map(facts[col]).fillna("")
    out["unit"] = out["unit"].replace("", "(none)")
    return out


def _estimates(patients, note_rows, labels, reps) -> pd.DataFrame:
    rows: list[Estimate] = []
    rows += patient_estimates(patients, "all", reps) if len(patients) else []
    rows += note_estimates(note_rows, "all", reps) if len(note_rows) else []
    for kind in ("random_note", "candidate_note"):  # random notes: unbiased for all notes; candidates: enriched
        part = note_rows[note_rows["kinds"].str.contains(kind)] if len(note_rows) else note_rows
        rows += note_estimates(part, f"kind={kind}", reps) if len(part) else []
    for by in GROUPINGS:
        for value, part in (patients.groupby(by, sort=True) if len(patients) else []):
            rows += patient_estimates(part, f"{by}={value}", reps)
        for value, part in (note_rows.groupby(by, sort=True) if len(note_rows) else []):
            rows += note_estimates(part, f"{by}={value}", reps)
    rows += kappas(labels) if len(labels) else []
    return pd.DataFrame([r.row() for r in rows], columns=list(Estimate.__dataclass_fields__))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) of ``text`` holding ``start:end``."""
    left = max((m.end() for m in re.finditer(r"[.!?]\s|\n", text[:start])), default=0)
    right = re.search(r"[.!?](\s|$)|\n", text[end:])
    return text[left:end + (right.start() + 1 if right else len(text) - end)].strip()


def _disagreements(patients: pd.DataFrame, note_rows: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for p in patients.itertuples(index=False):
        if p.positive != p.flagged:
            rows.append({"submitted_at": p.submitted_at, "kind": p.kind, "patient_id": p.patient_id, "note_id": "",
                         "concept": "flag", "sentence": (p.evidence or "").split(" | ")[0],
                         "auditor_label": "on the list" if p.positive else "not on the list",
                         "reportminer_label": "flagged" if p.flagged else "not flagged", "span": "",
                         "language": p.language, "unit": p.unit})
    for n in note_rows.itertuples(index=False):
        for concept in NOTE_CONCEPTS:
            g, p = n.gold.get(concept, ""), n.pred.get(concept, "")
            if g == p:
                continue
            span = next((s for s in n.spans if s["concept"] == concept and s.get("start") is not None), None)
            mention = next((m for m in n.system.get("mentions", []) if m["concept"] == concept), None)
            sentence = (sentence_around(n.text, span["start"], span["end"]) if span
                        else mention["sentence"] if mention else "")
            rows.append({"submitted_at": n.submitted_at, "kind": n.kinds, "patient_id": n.patient_id,
                         "note_id": n.note_id, "concept": concept, "sentence": sentence,
                         "auditor_label": g or "not mentioned", "reportminer_label": p or "not mentioned",
                         "span": span["text"] if span else "", "language": n.language, "unit": n.unit})
    frame = pd.DataFrame(rows, columns=["submitted_at", "kind", "patient_id", "note_id", "concept", "sentence",
                                        "auditor_label", "reportminer_label", "span", "language", "unit"])
    return frame.sort_values(["submitted_at", "note_id", "patient_id", "concept"], ascending=[False, True, True, True],
                             kind="stable").reset_index(drop=True)


def headline(results: Results) -> list[str]:
    """The report's headline figures as lines of text."""
    est = results.estimates
    overall = est[(est["group"] == "all") & (est["concept"] == "") & (est["assertion"] == "")]
    names = {"ppv": "PPV of a flag", "sensitivity": "Sensitivity of the flag (weighted)",
             "missed_rate": "Missed-case rate among unflagged index patients (weighted)",
             "precision": "Note-level precision", "recall": "Note-level recall", "f1": "Note-level F1"}
    lines = []
    for measure, label in names.items():
        row = overall[overall["measure"] == measure]
        if len(row):
            r = row.iloc[0]
            basis = {"sensitivity": "an estimated {k} of {n} index patients who belong on the list are flagged",
                     "missed_rate": "{k} of {n} sampled unflagged index patients belong on the list"}
            counted = basis.get(measure, "{k} of {n}").format(k=_num(r.k), n=_num(r.n))
            lines.append(f"{label}: {_pct(r.value)} (95% CI {_pct(r.low)}-{_pct(r.high)}; {counted})")
    for r in est[est["measure"] == "kappa"].itertuples(index=False):
        lines.append(f"Cohen's kappa, {r.group}: {r.value:.2f} (observed agreement {r.k:.0%}, {int(r.n)} items)")
    lo = results.left_out
    lines.append(f"Left out: {lo['not_labelled']} items not labelled yet, {lo['disputed']} disputed (awaiting "
                 f"adjudication), {lo['unsure']} answered unsure; {len(results.disagreements)} disagreements with "
                 "reportminer")
    return lines


def _pct(value: float) -> str:
    return "n/a" if pd.isna(value) else f"{value:.1%}"


def _num(value: float) -> str:
    return f"{value:g}" if float(value) != int(value) else str(int(value))

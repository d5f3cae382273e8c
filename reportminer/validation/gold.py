"""Fill a sample from gold files (CONTRACT.md, "Gold files for evaluation") through the workspace's code path.

For trying the validation workflow end to end (``make demo``) and for sites that already hold annotated notes:
each sampled patient gets the answer of ``gold_cases.csv`` (flagged true: yes, should be on the list), each
sampled note its labels of ``gold_note_labels.csv`` as note-level labels without spans (a note of ``notes.csv``
without a gold row mentions none of the concepts). Every label goes through :func:`labels.record_label`, as an
auditor's submission in the workspace does.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path


from ..io import read_table
from .labels import has_label, record_label
from .sampling import load_sample


def fill_from_gold(db_url: str, gold_dir: str | Path, sample_id: int | None = None, auditor: str = "gold",
                   when: datetime | None = None) -> dict[str, int]:
    """Label every item of a sample that the gold files cover; returns counts labelled and skipped."""
    from ..state import engine_for

    gold_dir = Path(gold_dir)
    sample = load_sample(db_url, sample_id)
    cases = read_table(gold_dir / "gold_cases.csv").fillna("").astype(str)
    note_labels = read_table(gold_dir / "gold_note_labels.csv").fillna("").astype(str)
    gold_notes = set(read_table(gold_dir / "notes.csv")["note_id"].astype(str))
    flagged = dict(zip(cases["patient_id"], cases["flagged"].str.lower()))
    by_note = {nid: [{"concept": c, "assertion": a} for c, a in zip(g["concept"], g["label"])]
               for nid, g in note_labels.groupby("note_id")}
    moment = when or datetime.now().replace(microsecond=0)
    done = {"labelled": 0, "skipped": 0}
    engine = engine_for(db_url)
    seen = set()
    for i, item in enumerate(sample.items.itertuples(index=False)):
        target_id = item.patient_id if item.target == "patient" else item.note_id
        if (item.target, target_id) in seen:
            continue
        seen.add((item.target, target_id))
        with engine.connect() as conn:
            if has_label(conn, sample.sample_id, item.target, target_id, auditor):
                done["skipped"] += 1
                continue
        stamp = moment + timedelta(seconds=i)  # one after another, as an auditor works through the list
        if item.target == "patient" and target_id in flagged:
            record_label(db_url, sample.sample_id, "patient", target_id, auditor,
                         answer="yes" if flagged[target_id] == "true" else "no", when=stamp)
        elif item.target == "note" and target_id in gold_notes:
            record_label(db_url, sample.sample_id, "note", target_id, auditor, spans=by_note.get(target_id, []),
                         when=stamp)
        else:
            done["skipped"] += 1
            continue
        done["labelled"] += 1
    return done

"""From disagreements to a site lexicon, and a before/after comparison on the labelled sample.

A note where the auditors marked a concept that reportminer did not find gives two kinds of proposal for the
site's ``concepts.json``: the marked text itself, and the phrases ``reportminer suggest`` finds near an orphaned
fracture, pain or imaging word of that note that lie inside the marked text. Phrases already in the lexicon are
never proposed. A curator reads the proposals; ``apply_proposals`` writes the chosen ones into the site folder
(lists extend the bundled lexicon). A changed lexicon file changes the lexicon version, so the next nightly run
reprocesses every note.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..language import detect_language
from ..lexicon import load_lexicon
from ..textnorm import fold_lower
from .estimates import counts, f1_of, note_triples
from .labels import note_labels_of
from .results import Results

PROPOSAL_COLUMNS = ("language", "concept", "phrase", "source", "note_id", "assertion_marked", "sentence")


def proposals(results: Results, lexicon_dir: str | None = None) -> pd.DataFrame:
    """Proposed site-lexicon entries from the notes where the auditors marked a concept reportminer missed."""
    from ..suggest import _cached_anchors, suggest

    rows = []
    for n in results.notes.itertuples(index=False):
        language = n.language or detect_language(n.text)
        known = _cached_anchors(language, lexicon_dir).lexicon_terms
        missed = [s for s in n.spans if s.get("start") is not None and s["concept"] not in n.pred]
        if not missed:
            continue
        near = suggest(pd.DataFrame([{"patient_id": n.patient_id, "note_id": n.note_id, "language": language,
                                      "text": n.text}]), {n.patient_id}, lexicon_dir, min_count=1)
        for span in missed:
            marked = fold_lower(span["text"].strip())
            found = [("marked text", marked)] + [("suggest", p) for p in near["phrase"] if fold_lower(p) in marked]
            for source, phrase in found:
                if phrase and phrase not in known:
                    rows.append({"language": language, "concept": span["concept"], "phrase": phrase,
                                 "source": source, "note_id": n.note_id, "assertion_marked": span["assertion"],
                                 "sentence": _sentence(results, n.note_id, span["concept"])})
    frame = pd.DataFrame(rows, columns=list(PROPOSAL_COLUMNS))
    return frame.drop_duplicates(["language", "concept", "phrase"]).sort_values(
        ["language", "concept", "phrase"], kind="stable").reset_index(drop=True)


def _sentence(results: Results, note_id: str, concept: str) -> str:
    hit = results.disagreements[(results.disagreements["note_id"] == note_id)
                                & (results.disagreements["concept"] == concept)]
    return hit["sentence"].iloc[0] if len(hit) else ""


def apply_proposals(frame: pd.DataFrame, site_dir: str | Path) -> list[Path]:
    """Add the proposals' phrases to ``<site_dir>/<language>/concepts.json`` (created when missing), lists sorted
    and without duplicates; returns the files written. The lexicon loader checks the result."""
    written = []
    for language, part in frame.groupby("language", sort=True):
        path = Path(site_dir) / language / "concepts.json"
        data = (json.loads(path.read_text(encoding="utf-8")) if path.exists() else
                {"language": language, "purpose": "concepts",
                 "description": "Site additions from validation disagreements (reportminer validate propose)",
                 "concepts": {}})
        for concept, phrases in part.groupby("concept", sort=True):
            entries = data.setdefault("concepts", {}).setdefault(concept, [])
            plain = {e for e in entries if isinstance(e, str)}
            others = [e for e in entries if not isinstance(e, str)]
            data["concepts"][concept] = others + sorted(plain | set(phrases["phrase"]))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        load_lexicon(language, site_dir)  # fail here, naming the file, rather than in tonight's run
        written.append(path)
    return written


def compare(results: Results, before_dir: str | None, after_dir: str | None) -> pd.DataFrame:
    """Rerun the pipeline on the labelled notes with two lexicon folders; note-level precision, recall and F1
    against the auditors' final labels, overall and per concept, with each lexicon's version."""
    from ..nlp import get_pipeline
    from ..pipeline import analyse_notes

    notes = results.notes
    if notes.empty:
        raise ValueError("no labelled notes in the sample: label some before comparing lexicons")
    frame = pd.DataFrame({"note_id": notes["note_id"], "patient_id": notes["patient_id"],
                          "note_date": pd.Timestamp("2000-01-01"), "note_type": "clinical", "exam": "",
                          "text": notes["text"], "language": notes["language"], "unit": notes["unit"]})
    rows = []
    for name, folder in (("before", before_dir), ("after", after_dir)):
        found, _, _ = analyse_notes(frame, folder)
        pred = {nid: note_labels_of(g.to_dict("records")) for nid, g in found.groupby("note_id")}
        scored = notes.assign(pred=notes["note_id"].map(lambda nid: pred.get(nid, {})))
        triples = note_triples(scored)
        versions = "+".join(f"{lang}:{get_pipeline(lang, folder).lexicon.version}" for lang in ("sv", "en"))
        for concept in ["", *sorted(set(triples["concept"]))]:
            part = triples if not concept else triples[triples["concept"] == concept]
            tp, fp, fn = counts(part)
            rows.append({"lexicon": name, "folder": folder or "(bundled)", "version": versions,
                         "concept": concept or "all", "tp": tp, "fp": fp, "fn": fn,
                         "precision": tp / (tp + fp) if tp + fp else float("nan"),
                         "recall": tp / (tp + fn) if tp + fn else float("nan"), "f1": f1_of(tp, fp, fn)})
    return pd.DataFrame(rows)


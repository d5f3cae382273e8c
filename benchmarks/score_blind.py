"""Scores on the frozen outside-style sets (tests/data/blind_outside, tests/data/challenge_exams).

No rule is tuned on these sets: they were written by authors who never saw the lexicons, and only their scores
are read. Run after all tuning:

    .venv/bin/python benchmarks/score_blind.py

Prints, per language, the assertion API's precision/recall/F1 per class on the sentence sets, and
``reportminer evaluate``'s headline figures (note-level F1, present F1, flag F1, workup accuracy) on every gold
folder.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import pandas as pd
from sklearn.metrics import precision_recall_fscore_support

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import reportminer  # noqa: E402
from reportminer.evaluate import evaluate_folder  # noqa: E402
from reportminer.io import read_patients  # noqa: E402

BLIND = ROOT / "tests" / "data" / "blind_outside"
GOLD_FOLDERS = [ROOT / "tests" / "data" / "challenge_exams", BLIND / "radiology_en", BLIND / "clinical_en",
                BLIND / "clinical_sv", ROOT / "tests" / "data" / "heldout"]
CLASSES = ("present", "negated", "uncertain", "hypothetical", "historical")


def score_assertions(path: Path, language: str) -> pd.DataFrame:
    """Per-class precision, recall and F1 of reportminer.assertion on one sentence set."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    others = [r for r in rows if r.get("experiencer") == "other"]
    rows = [r for r in rows if r.get("experiencer") != "other"]  # the patient's own conditions
    if others:
        said = [reportminer.assertion(r["text"], r["start"], r["end"], language=language) for r in others]
        print(f"\n{path.name}: {len(others)} spans about another person (family); reportminer says "
              f"{pd.Series(said).value_counts().to_dict()}")
    gold = [r["assertion"] for r in rows]
    pred = [reportminer.assertion(r["text"], r["start"], r["end"], language=language) for r in rows]
    p, r, f, n = precision_recall_fscore_support(gold, pred, labels=list(CLASSES), zero_division=0)
    table = pd.DataFrame({"class": CLASSES, "n": n, "precision": p, "recall": r, "f1": f}).round(3)
    accuracy = sum(g == q for g, q in zip(gold, pred)) / len(gold)
    print(f"\n{path.name}: {len(rows)} spans, accuracy {accuracy:.3f}")
    print(table.to_string(index=False))
    return table


def score_folder(folder: Path) -> None:
    """scan + evaluate on a gold folder; prints the headline rows per language."""
    notes = pd.read_csv(folder / "notes.csv", dtype=str, keep_default_na=False)
    patients, _ = read_patients(folder / "patients.csv")
    mentions, cases = reportminer.scan(notes, patients)
    out = Path(tempfile.mkdtemp())
    mentions.to_csv(out / "mentions.csv", index=False)
    cases.to_csv(out / "cases.csv", index=False)
    tables = evaluate_folder(folder, out)
    print(f"\n{folder.relative_to(ROOT)}: {len(notes)} notes")
    for lang in ("sv", "en"):
        def pick(table, item, column="f1"):
            frame = tables[table]
            row = frame[(frame["language"] == lang) & (frame["item"] == item)]
            return float(row[column].iloc[0]) if len(row) else float("nan")
        labels = tables["concepts"]
        if labels[(labels["language"] == lang) & (labels["item"] == "all")][["tp", "fp", "fn"]].to_numpy().sum() == 0:
            continue  # no note of this language in the folder
        print(f"  {lang}: note-level F1 {pick('concepts', 'all'):.3f}, present F1 {pick('assertions', 'present'):.3f},"
              f" flag F1 {pick('patients', 'flagged'):.3f}, workup accuracy {pick('workup', 'workup', 'accuracy'):.3f}")


def main() -> None:
    for language in ("en", "sv"):
        path = BLIND / f"assertion_{language}.jsonl"
        if path.exists():
            score_assertions(path, language)
    for folder in GOLD_FOLDERS:
        if (folder / "gold_cases.csv").exists():
            score_folder(folder)


if __name__ == "__main__":
    main()

"""Note-level accuracy of reportminer and of the medspaCy reference pipeline (same rules, PyRuSH sentences, as
medspaCy ships) on the sample set.

    .venv/bin/python benchmarks/bench_accuracy.py [GOLD_DIR]   (default: the bundled sample set)
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportminer.evaluate import GOLD_CONCEPTS, _score, note_labels  # noqa: E402
from reportminer.language import detect_language  # noqa: E402
from reportminer.pipeline import scan  # noqa: E402


def f1_by_language(gold: pd.DataFrame, pred: pd.DataFrame, language: dict[str, str]) -> dict[str, float]:
    out = {}
    for lang in ("sv", "en"):
        g = {(r.note_id, r.concept, r.label) for r in gold.itertuples() if language[r.note_id] == lang}
        p = {(r.note_id, r.concept, r.label) for r in pred.itertuples() if language.get(r.note_id) == lang
             and r.concept in GOLD_CONCEPTS}
        out[lang] = round(_score(g, p).f1, 3)
    return out


def main() -> None:
    gold_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "reportminer" / "data" / "sample"
    notes = pd.read_csv(gold_dir / "notes.csv", dtype=str, keep_default_na=False)
    gold = pd.read_csv(gold_dir / "gold_note_labels.csv", dtype=str, keep_default_na=False)
    language = {r.note_id: r.language or detect_language(r.text) for r in notes.itertuples()}
    ours = note_labels(scan(notes).mentions)
    print("reportminer      note-level F1 (5 concepts x assertion):", f1_by_language(gold, ours, language))
    tmp = Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "benchmarks/export_rules.py", str(tmp / "rules.json")], cwd=ROOT, check=True)
    notes.assign(lang=notes["note_id"].map(language)).to_csv(tmp / "notes.csv", index=False)
    worker = subprocess.Popen([str(ROOT / ".venv-bench" / "bin" / "python"), "benchmarks/worker_medspacy.py",
                               str(tmp / "rules.json"), "pyrush"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    reply, _ = worker.communicate(json.dumps({"cmd": "extract", "path": str(tmp / "notes.csv")}) + "\n")
    theirs = note_labels(pd.DataFrame(json.loads(reply.splitlines()[0])["mentions"]))
    print("medspaCy (ref.)  note-level F1 (5 concepts x assertion):", f1_by_language(gold, theirs, language))


if __name__ == "__main__":
    main()

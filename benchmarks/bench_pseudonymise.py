"""Speed of the evidence masking behind --pseudonymise, and how many clinical texts it changes.

    .venv/bin/python benchmarks/bench_pseudonymise.py

Masks every note text of the bundled sample set and every sentence of tests/golden (all written by us, with no
identifiers in them): prints texts per second and the number changed (each a false positive, listed).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportminer.pseudonymise import mask_text  # noqa: E402


def main() -> None:
    notes = pd.read_csv(ROOT / "reportminer" / "data" / "sample" / "notes.csv", dtype=str, keep_default_na=False)
    sentences = [json.loads(line)["text"] for path in sorted((ROOT / "tests" / "golden").glob("*/*.jsonl"))
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    mask_text("warm up: the recognisers are built once")
    print(f"set-up: {time.perf_counter() - started:.1f} s")
    for name, texts in (("sample notes", list(notes["text"])), ("golden sentences", sentences)):
        started = time.perf_counter()
        changed = [(t, m) for t in texts if (m := mask_text(t)) != t]
        seconds = time.perf_counter() - started
        print(f"{name}: {len(texts)} texts, {sum(map(len, texts))} characters, {seconds:.2f} s, "
              f"{len(texts) / seconds:.0f} texts/s; changed {len(changed)}")
        for before, after in changed[:20]:
            print(f"  {before[:100]!r} -> {after[:100]!r}")


if __name__ == "__main__":
    main()

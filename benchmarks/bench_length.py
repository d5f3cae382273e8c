"""Time per kilobyte of one note from 1 kB to 1 MB, typical and worst-case text.

    .venv/bin/python benchmarks/bench_length.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportminer.nlp import get_pipeline  # noqa: E402

UNITS = {
    "report": ("Fynd: Fraktur i vänster ramus superior, ingen sakrumfraktur. Kompression av L1, ca 30 %. "
               "Inga hållpunkter för fraktur i ramus eller sakrum. Pat har ont i ländryggen sedan en vecka.\n"),
    "no punctuation": "ingen fraktur i ramus eller sakrum men smärta i ländryggen och kompression av L1 ",
    "triggers and commas": "ingen, misstänkt, ?, tidigare, fraktur i ramus, sakrum eller acetabulum, ej, om, ",
}


def main() -> None:
    pipeline = get_pipeline("sv")
    print(f"{'text':<22}" + "".join(f"{size:>10}" for size in ("1 kB", "10 kB", "100 kB", "1 MB")) + "   (ms per kB)")
    for name, unit in UNITS.items():
        row = []
        for kb in (1, 10, 100, 1000):
            text = (unit * (kb * 1024 // len(unit) + 1))[: kb * 1024]
            pipeline.extract(text)
            start = time.perf_counter()
            repeats = max(1, 100 // kb)
            for _ in range(repeats):
                pipeline.extract(text)
            row.append((time.perf_counter() - start) / repeats / kb * 1000)
        print(f"{name:<22}" + "".join(f"{v:>10.2f}" for v in row))


if __name__ == "__main__":
    main()

"""End-to-end scaling of `reportminer scan` (read, analyse, flag, write) over input size and workers.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 10000 100000 1000000] [--workers 1 2] [--format parquet]

Notes come from reportminer.synthetic (deterministic, ~900 characters, both languages, findings in a minority).
Prints notes/second and peak RSS of the main process and of the largest worker process.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportminer.synthetic import generate_notes  # noqa: E402

RUNNER = """
import json, resource, sys
from reportminer.cli import main
try:
    main(sys.argv[1:])
except SystemExit as e:
    code = e.code
print(json.dumps({"self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def make_input(n: int, fmt: str, folder: Path) -> Path:
    path = folder / f"notes-{n}.{fmt}"
    if not path.exists():
        for start in range(0, n, 100_000):  # generate in slices so the generator itself stays small
            part = generate_notes(min(100_000, n - start), seed=start // 100_000)
            part["note_id"] = [f"n{start + i:09d}" for i in range(len(part))]
            part["patient_id"] = [f"p{(start + i) // 4:08d}" for i in range(len(part))]
            if fmt == "csv":
                part.to_csv(path, mode="a", header=start == 0, index=False)
            else:
                part.to_parquet(folder / f"part-{start:09d}.parquet", index=False)
        if fmt == "parquet":
            import pyarrow.parquet as pq
            parts = sorted(folder.glob("part-*.parquet"))
            writer = None
            for p in parts:
                table = pq.read_table(p)
                writer = writer or pq.ParquetWriter(path, table.schema)
                writer.write_table(table)
                p.unlink()
            writer.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "reportminer-bench")
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    print(f"{'notes':>9} {'workers':>7} {'seconds':>8} {'notes/s':>8} {'main RSS MB':>12} {'worker RSS MB':>14}")
    for n in args.sizes:
        path = make_input(n, args.format, args.data)
        for w in args.workers:
            out = args.data / f"out-{n}-{w}"
            start = time.perf_counter()
            run = subprocess.run([sys.executable, "-c", RUNNER, "scan", str(path), "--out", str(out),
                                  "--workers", str(w)], capture_output=True, text=True, cwd=ROOT)
            seconds = time.perf_counter() - start
            if run.returncode != 0:
                sys.exit(run.stderr)
            rss = json.loads(run.stdout.strip().splitlines()[-1])
            print(f"{n:>9} {w:>7} {seconds:>8.1f} {n / seconds:>8.0f} {rss['self_kb'] / 1024:>12.0f} "
                  f"{rss['children_kb'] / 1024:>14.0f}", flush=True)


if __name__ == "__main__":
    main()

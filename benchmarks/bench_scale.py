"""End-to-end scaling of `reportminer scan` (read, analyse, store, flag, write) over input size and workers.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 10000 100000 1000000] [--workers 1 2] [--format parquet]

Notes come from benchmarks/corpus.py (varied sentences, ~900 characters, both languages, findings in a minority),
written in Parquet row groups of 10,000 notes whatever the size, so that the input is read the same way at
every size. Prints wall time, notes/second, the speed-up of each worker count over one, and the peak RSS of the
main process and of the largest worker process, and the CPU seconds of the main process and of all workers: on a
shared machine wall time says little about scaling, but the main process's CPU share bounds it (with W workers
on W free cores, the speed-up is at most total CPU / max(main CPU, total CPU / W)).
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

from benchmarks.corpus import generate_corpus  # noqa: E402

SLICE = 10_000  # notes generated, and written as one Parquet row group, at a time

RUNNER = """
import json, resource, sys
from reportminer.cli import main
try:
    main(sys.argv[1:])
except SystemExit as e:
    code = e.code
me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"self_kb": me.ru_maxrss, "children_kb": children.ru_maxrss,
                  "self_cpu": me.ru_utime + me.ru_stime, "children_cpu": children.ru_utime + children.ru_stime}))
"""


def make_input(n: int, fmt: str, folder: Path) -> Path:
    path = folder / f"corpus-{n}.{fmt}"
    if path.exists():
        return path
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    for start in range(0, n, SLICE):
        part = generate_corpus(min(SLICE, n - start), seed=start // SLICE)
        part["note_id"] = [f"n{start + i:09d}" for i in range(len(part))]
        part["patient_id"] = [f"p{(start + i) // 4:08d}" for i in range(len(part))]
        if fmt == "csv":
            part.to_csv(path, mode="a", header=start == 0, index=False)
            continue
        table = pa.Table.from_pandas(part, preserve_index=False)
        writer = writer or pq.ParquetWriter(path, table.schema)
        writer.write_table(table, row_group_size=SLICE)
    if writer is not None:
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
    print(f"{'notes':>9} {'workers':>7} {'seconds':>8} {'notes/s':>8} {'speed-up':>9} {'main RSS MB':>12} "
          f"{'worker RSS MB':>14} {'main CPU s':>11} {'workers CPU s':>14} {'bound':>6}")
    for n in args.sizes:
        path = make_input(n, args.format, args.data)
        one = None
        for w in args.workers:
            out = args.data / f"out-{n}-{w}"
            start = time.perf_counter()
            run = subprocess.run([sys.executable, "-c", RUNNER, "scan", str(path), "--out", str(out),
                                  "--workers", str(w)], capture_output=True, text=True, cwd=ROOT)
            seconds = time.perf_counter() - start
            if run.returncode != 0:
                sys.exit(run.stderr)
            rss = json.loads(run.stdout.strip().splitlines()[-1])
            one = seconds if w == 1 else one
            speedup = f"{one / seconds:.2f}x" if one else "-"
            workers_rss = f"{rss['children_kb'] / 1024:.0f}" if w > 1 else "-"
            total = rss["self_cpu"] + rss["children_cpu"]
            bound = total / max(rss["self_cpu"], total / w)
            print(f"{n:>9} {w:>7} {seconds:>8.1f} {n / seconds:>8.0f} {speedup:>9} {rss['self_kb'] / 1024:>12.0f} "
                  f"{workers_rss:>14} {rss['self_cpu']:>11.1f} {rss['children_cpu']:>14.1f} {bound:>5.2f}x",
                  flush=True)


if __name__ == "__main__":
    main()

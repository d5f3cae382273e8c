"""Throughput of reportminer's scan against a medspaCy reference pipeline, interleaved on the same notes.

    .venv/bin/python benchmarks/bench_throughput.py [--notes 2000] [--batch 250] [--chars 900]

Needs the benchmark environment for medspaCy (it pins an older spaCy, so it lives apart from the product):
    python3 -m venv .venv-bench && .venv-bench/bin/pip install medspacy==1.3.1 \\
        && .venv-bench/bin/pip install "spacy>=3.8,<3.9" "numpy>=2" pandas pyarrow
Each engine runs in its own process (so peak RSS is its own); batches alternate between them, so machine noise
hits both alike. Also printed: the floor, spaCy's blank tokenizer alone over the same notes.
"""
from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportminer.synthetic import generate_notes  # noqa: E402


class Worker:
    def __init__(self, argv: list[str]):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)

    def ask(self, **cmd) -> dict:
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker {self.proc.args} died")
        return json.loads(line)

    def close(self) -> None:
        self.proc.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=250)
    parser.add_argument("--chars", type=int, default=900)
    parser.add_argument("--finding-rate", type=float, default=0.15)
    parser.add_argument("--no-medspacy", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    notes = generate_notes(args.notes, seed=1, finding_rate=args.finding_rate, mean_chars=args.chars)
    notes["lang"] = ["sv" if i % 2 == 0 else "en" for i in range(len(notes))]
    notes.to_parquet(tmp / "notes.parquet", index=False)
    chars = int(notes["text"].str.len().sum())
    workers = {"reportminer": Worker([sys.executable, "benchmarks/worker_reportminer.py"])}
    bench_python = ROOT / ".venv-bench" / "bin" / "python"
    if not args.no_medspacy:
        if not bench_python.exists():
            sys.exit("no .venv-bench: see this script's docstring, or pass --no-medspacy")
        subprocess.run([sys.executable, "benchmarks/export_rules.py", str(tmp / "rules.json")], cwd=ROOT, check=True)
        workers["medspacy"] = Worker([str(bench_python), "benchmarks/worker_medspacy.py", str(tmp / "rules.json")])
    for w in workers.values():
        w.ask(cmd="load", path=str(tmp / "notes.parquet"))
    seconds = {name: 0.0 for name in (*workers, "tokenizer floor")}
    for start in range(0, args.notes, args.batch):
        end = min(args.notes, start + args.batch)
        for name, w in workers.items():
            seconds[name] += w.ask(cmd="run", start=start, end=end)["seconds"]
        seconds["tokenizer floor"] += workers["reportminer"].ask(cmd="tokenize", start=start, end=end)["seconds"]
    rss = {name: w.ask(cmd="rss")["rss_kb"] / 1024 for name, w in workers.items()}
    for w in workers.values():
        w.close()
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{len(__import__('os').sched_getaffinity(0))} cores; {args.notes} notes, "
          f"{chars / args.notes:.0f} chars/note, finding rate {args.finding_rate}")
    print(f"{'engine':<18}{'notes/s':>10}{'chars/s':>12}{'peak RSS MB':>13}")
    for name, secs in seconds.items():
        peak = rss.get(name, rss["reportminer"]) if name != "tokenizer floor" else float("nan")
        print(f"{name:<18}{args.notes / secs:>10.0f}{chars / secs:>12.0f}{peak:>13.0f}")
    if "medspacy" in seconds:
        print(f"reportminer / medspaCy: {seconds['medspacy'] / seconds['reportminer']:.1f}x")


if __name__ == "__main__":
    main()

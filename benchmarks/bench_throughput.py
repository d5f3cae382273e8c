"""The fair speed comparison: reportminer against medspaCy 1.3.1 in its fastest configuration, same notes, same
rules, interleaved in one run.

    .venv/bin/python benchmarks/bench_throughput.py [--notes 20000] [--batch 2000] [--chars 900] [--pyrush]

Needs the benchmark environment for medspaCy (it pins spacy<3.8 on Python 3.11, so it lives apart from the
product; spaCy 3.8 and numpy 2 are restored there afterwards, which medspaCy runs with):
    python3.11 -m venv .venv-bench && .venv-bench/bin/pip install medspacy==1.3.1 \\
        && .venv-bench/bin/pip install "spacy>=3.8,<3.9" "numpy>=2" pandas pyarrow

Notes come from benchmarks/corpus.py: templates with randomly filled slots, both languages, ~900 characters,
so that sentences rarely repeat and no tokenizer cache hides the work (the share of distinct sentences, and of
sentences that reach spaCy in reportminer, are printed). Rules: benchmarks/export_rules.py exports reportminer's
compiled lexicon (concept patterns, context triggers, section headings) for medspaCy's TargetMatcher, ConText and
Sectionizer.

Engines, each in its own process (so its peak RSS is its own), batch after batch in turn so that a noisy machine
slows all alike:
- medspaCy, fastest configuration: spaCy's rule-based ``sentencizer`` (not PyRuSH), ``nlp.pipe``; end to end
  (read the notes file, extract, write mentions.csv) and extraction alone (the ``nlp.pipe`` part of it);
- medspaCy with PyRuSH (its default sentence splitter), with --pyrush;
- reportminer extraction alone (``NotePipeline.extract``, language given, as medspaCy gets it);
- reportminer per-note analysis (``analyse_notes``: language, mentions, exam column, stated age and sex);
- ``reportminer scan`` end to end, one process (read the batch's Parquet file, validate, hash, analyse, store in
  the scratch database, recompute cases, write mentions.csv and cases.csv), pipelines already loaded; each batch
  is a new scan into a new database, so each pays the scan's fixed costs (schema set-up, run bookkeeping);
- the floor: spaCy's blank tokenizer over all the text.

Every engine first runs on 20 other notes, off the clock (first-call costs belong to the start-up, printed apart).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate_corpus  # noqa: E402


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


def _startup_seconds() -> float:
    """A fresh interpreter importing reportminer and building both pipelines (what each scan pays once)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from reportminer.nlp import get_pipeline; "
                    "[get_pipeline(lang) for lang in ('sv', 'en')]"], cwd=ROOT, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=2_000)
    parser.add_argument("--chars", type=int, default=900)
    parser.add_argument("--finding-rate", type=float, default=0.08, help="share of sentences about a finding")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-medspacy", action="store_true")
    parser.add_argument("--pyrush", action="store_true", help="also medspaCy with PyRuSH sentences (slow)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="reportminer-throughput-"))
    notes = generate_corpus(args.notes, seed=args.seed, mean_chars=args.chars, finding_rate=args.finding_rate)
    notes["lang"] = ["sv" if i % 2 == 0 else "en" for i in range(len(notes))]
    notes.to_parquet(tmp / "notes.parquet", index=False)
    batches = []
    for k, start in enumerate(range(0, args.notes, args.batch)):
        end = min(args.notes, start + args.batch)
        path = tmp / f"batch-{k}.parquet"
        notes.iloc[start:end].to_parquet(path, index=False)
        batches.append((k, start, end, path))
    chars = int(notes["text"].str.len().sum())
    # Every engine warms up on a few other notes before the clock runs: first-call costs (imports, the scan's
    # database set-up) are the start-up's, printed apart, not the throughput's.
    warm = generate_corpus(20, seed=args.seed + 1000, mean_chars=args.chars, finding_rate=args.finding_rate)
    warm["lang"] = ["sv" if i % 2 == 0 else "en" for i in range(len(warm))]
    warm.to_parquet(tmp / "warm.parquet", index=False)

    # One process per engine, so that none reads a sentence memo another filled with the same notes.
    rm = Worker([sys.executable, "benchmarks/worker_reportminer.py"])
    rm_extract = Worker([sys.executable, "benchmarks/worker_reportminer.py"])
    rm_bare = Worker([sys.executable, "benchmarks/worker_reportminer.py", "--no-memo"])
    rm_scan = Worker([sys.executable, "benchmarks/worker_reportminer.py"])
    medspacy: dict[str, Worker] = {}
    if not args.no_medspacy:
        bench_python = ROOT / ".venv-bench" / "bin" / "python"
        if not bench_python.exists():
            sys.exit("no .venv-bench: see this script's docstring, or pass --no-medspacy")
        subprocess.run([sys.executable, "benchmarks/export_rules.py", str(tmp / "rules.json")], cwd=ROOT, check=True)
        for config in ("sentencizer", "pyrush") if args.pyrush else ("sentencizer",):
            medspacy[config] = Worker([str(bench_python), "benchmarks/worker_medspacy.py", str(tmp / "rules.json"),
                                       config])
    for w in (rm, rm_extract, rm_bare, rm_scan, *medspacy.values()):
        w.ask(cmd="load", path=str(tmp / "notes.parquet"), warm=str(tmp / "warm.parquet"), scratch=str(tmp / "warm"))

    names = {
        "ms_e2e": "medspaCy 1.3.1, sentencizer + nlp.pipe, end to end",
        "ms_extract": "medspaCy 1.3.1, sentencizer + nlp.pipe, extraction alone",
        "ms_pyrush": "medspaCy 1.3.1, PyRuSH + nlp.pipe, end to end",
        "scan": "reportminer scan, end to end, 1 process",
        "analyse": "reportminer analyse_notes (per-note half of scan)",
        "extract": "reportminer extract, extraction alone",
        "bare": "reportminer extract, no sentence memo",
        "floor": "floor: spaCy blank tokenizer, all text",
    }
    seconds = dict.fromkeys(names, 0.0)
    found = dict.fromkeys(names, 0)
    for k, start, end, path in batches:
        if "sentencizer" in medspacy:
            r = medspacy["sentencizer"].ask(cmd="e2e", path=str(path), out=str(tmp / f"ms-{k}.csv"))
            seconds["ms_e2e"] += r["seconds"]
            seconds["ms_extract"] += r["extract_seconds"]
            found["ms_e2e"] = found["ms_extract"] = found["ms_e2e"] + r["mentions"]
        if "pyrush" in medspacy:
            r = medspacy["pyrush"].ask(cmd="e2e", path=str(path), out=str(tmp / f"pr-{k}.csv"))
            seconds["ms_pyrush"] += r["seconds"]
            found["ms_pyrush"] += r["mentions"]
        r = rm_scan.ask(cmd="scan", path=str(path), out=str(tmp / f"scan-{k}"))
        seconds["scan"] += r["seconds"]
        found["scan"] += r["mentions"]
        for name, worker, cmd in (("analyse", rm, "analyse"), ("extract", rm_extract, "extract"),
                                  ("bare", rm_bare, "extract")):
            r = worker.ask(cmd=cmd, start=start, end=end)
            seconds[name] += r["seconds"]
            found[name] += r["mentions"]
        seconds["floor"] += rm.ask(cmd="tokenize", start=start, end=end)["seconds"]
        print(f"  batch {k + 1}/{len(batches)} done", file=sys.stderr, flush=True)
    stats = rm.ask(cmd="stats")
    memo = rm_extract.ask(cmd="memo")
    rss = {"rm": rm.ask(cmd="rss")["rss_kb"] / 1024, "scan": rm_scan.ask(cmd="rss")["rss_kb"] / 1024,
           "extract": rm_extract.ask(cmd="rss")["rss_kb"] / 1024, "bare": rm_bare.ask(cmd="rss")["rss_kb"] / 1024,
           **{c: w.ask(cmd="rss")["rss_kb"] / 1024 for c, w in medspacy.items()}}
    for w in (rm, rm_extract, rm_bare, rm_scan, *medspacy.values()):
        w.close()
    startup = _startup_seconds()

    peak = {"ms_e2e": rss.get("sentencizer"), "ms_extract": rss.get("sentencizer"), "ms_pyrush": rss.get("pyrush"),
            "scan": rss["scan"], "analyse": rss["rm"], "extract": rss["extract"], "bare": rss["bare"], "floor": None}
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{len(os.sched_getaffinity(0))} cores, load average {os.getloadavg()[0]:.1f} at the end")
    print(f"corpus: {args.notes} notes (benchmarks/corpus.py, seed {args.seed}), {chars / args.notes:.0f} "
          f"characters/note, {stats['sentences']} sentences, {stats['distinct'] / stats['sentences']:.0%} distinct; "
          f"{stats['to_spacy'] / stats['sentences']:.1%} of sentences reach spaCy in reportminer; "
          f"{memo['hits'] / max(1, memo['hits'] + memo['misses']):.0%} of candidate sentences were repeats read from "
          "the sentence memo")
    print(f"{'engine':<58}{'notes/s':>9}{'chars/s':>11}{'mentions':>10}{'peak RSS MB':>13}")
    for name, label in names.items():
        if not seconds[name]:
            continue
        rss_text = f"{peak[name]:.0f}" if peak[name] else "-"
        count = found[name] if name != "floor" else "-"
        print(f"{label:<58}{args.notes / seconds[name]:>9,.0f}{chars / seconds[name]:>11,.0f}{count:>10}"
              f"{rss_text:>13}")
    print(f"reportminer start-up (fresh interpreter, both pipelines built): {startup:.1f} s, paid once per scan")
    if seconds["ms_e2e"]:
        print(f"ratios: scan end to end / medspaCy end to end = {seconds['ms_e2e'] / seconds['scan']:.1f}x; "
              f"extract / medspaCy extraction = {seconds['ms_extract'] / seconds['extract']:.1f}x; "
              f"extract / tokenizer floor = {seconds['floor'] / seconds['extract']:.2f}x")


if __name__ == "__main__":
    main()

"""reportminer.assertion() against negspacy and medspaCy's ConText, side by side on sets the project wrote.

    .venv/bin/python benchmarks/bench_assertion.py

Sets: benchmarks/data/assertion_general.jsonl (general clinical sentences, a target term each, English and
Swedish) and the English radiology development set (tests/golden/en/devset*.jsonl, every labelled span).
negspacy and medspaCy run in .venv-bench (see benchmarks/worker_assertion.py) with their default English
rules; they have no Swedish rules, so Swedish is scored for reportminer only. negspacy only tells negated from
not negated: its other classes are blank. reportminer runs twice: with no concept (general triggers only, as
the other tools) and with the span's concept named where the set knows it.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import reportminer  # noqa: E402
from reportminer.lexicon import ASSERTIONS  # noqa: E402

CLASSES = ("negated", "uncertain", "hypothetical", "historical", "present")


def load_items() -> list[dict]:
    items = []
    for line in (ROOT / "benchmarks" / "data" / "assertion_general.jsonl").read_text().splitlines():
        row = json.loads(line)
        start = row["text"].index(row["term"])
        items.append({**row, "start": start, "end": start + len(row["term"]), "concept": None, "set": "general"})
    for name in ("devset", "devset_frozen"):
        for line in (ROOT / "tests" / "golden" / "en" / f"{name}.jsonl").read_text().splitlines():
            case = json.loads(line)
            text = f"{case['section']}: {case['text']}" if case.get("section") else case["text"]
            for exp in case["expected"]:
                start = text.index(exp["text"], len(text) - len(case["text"]))
                items.append({"id": case["id"], "language": "en", "text": text, "start": start,
                              "end": start + len(exp["text"]), "label": exp["assertion"], "concept": exp["concept"],
                              "set": "radiology"})
    return items


def f1_per_class(gold: list[str], pred: list[str]) -> dict[str, float]:
    out = {}
    for cls in CLASSES:
        tp = sum(g == p == cls for g, p in zip(gold, pred))
        fp = sum(p == cls and g != cls for g, p in zip(gold, pred))
        fn = sum(g == cls and p != cls for g, p in zip(gold, pred))
        out[cls] = round(2 * tp / (2 * tp + fp + fn), 3) if tp + fp + fn else float("nan")
    return out


def run_reportminer(items: list[dict], named: bool) -> tuple[list[str], float]:
    for item in items[:5]:  # warm-up: pipelines load once
        reportminer.assertion(item["text"], item["start"], item["end"], language=item["language"])
    begin, out = time.perf_counter(), []
    for item in items:
        out.append(reportminer.assertion(item["text"], item["start"], item["end"], language=item["language"],
                                         concept=item["concept"] if named else None))
    return out, time.perf_counter() - begin


def run_others(items: list[dict]) -> dict:
    python = ROOT / ".venv-bench" / "bin" / "python"
    if not python.exists():
        print("(.venv-bench missing: negspacy and medspaCy skipped)")
        return {}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump([{k: i[k] for k in ("text", "start", "end")} for i in items], fh)
    reply = subprocess.run([str(python), str(ROOT / "benchmarks" / "worker_assertion.py"), fh.name],
                           capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(reply.stdout.strip().splitlines()[-1])


def report(title: str, items: list[dict], results: dict[str, tuple[list[str], float]]) -> None:
    gold = [i["label"] for i in items]
    counts = {c: gold.count(c) for c in CLASSES}
    print(f"\n{title}: {len(items)} spans {counts}")
    print(f"  {'engine':28s} " + " ".join(f"{c[:6]:>7s}" for c in CLASSES) + "   accuracy  spans/s")
    for name, (pred, seconds) in results.items():
        f1 = f1_per_class(gold, pred)
        if name == "negspacy":  # it has no other classes
            f1 = {c: (v if c in ("negated",) else float("nan")) for c, v in f1.items()}
        acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
        cells = " ".join(f"{v:7.3f}" if v == v else f"{'-':>7s}" for v in f1.values())
        print(f"  {name:28s} {cells}   {acc:8.3f}  {len(items) / seconds:7.0f}")


def main() -> None:
    items = load_items()
    assert all(i["label"] in ASSERTIONS for i in items)
    subsets = (
        ("English, general clinical sentences", [i for i in items if i["language"] == "en" and i["set"] == "general"]),
        ("English, radiology development set (spine, pelvis)", [i for i in items if i["set"] == "radiology"]),
        ("Swedish, general clinical sentences", [i for i in items if i["language"] == "sv"]),
    )
    for title, subset in subsets:
        results = {"reportminer (no concept)": run_reportminer(subset, named=False)}
        if subset[0]["set"] == "radiology":
            results["reportminer (concept named)"] = run_reportminer(subset, named=True)
        if subset[0]["language"] == "en":
            results.update({name: (res["labels"], res["seconds"]) for name, res in run_others(subset).items()})
        report(title, subset, results)


if __name__ == "__main__":
    main()

"""Score reportminer on the English radiology development set (tests/golden/en/devset*.jsonl).

    .venv/bin/python benchmarks/score_devset.py [--show-errors]

Prints, for the tuning part and the frozen part separately: mention-level precision, recall and F1 over
(concept, assertion), F1 per assertion, and the share of sentences read exactly right. Errors are shown for the
tuning part only: the frozen part is never tuned on.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportminer.lexicon import ASSERTIONS, IMAGING_CONCEPTS  # noqa: E402
from reportminer.nlp import get_pipeline  # noqa: E402


def judge(case: dict, pipeline) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """(true positives, false positives, false negatives) of one case, each as (concept, assertion, text)."""
    heading = case.get("section")
    text = f"{heading}: {case['text']}" if heading else case["text"]
    offset = len(text) - len(case["text"])
    found = [m for m in pipeline.extract(text) if m.concept not in IMAGING_CONCEPTS]
    tp, fp, fn, used = [], [], [], set()
    for exp in case["expected"]:
        start = offset + case["text"].index(exp["text"])
        end = start + len(exp["text"])
        key = (exp["concept"], exp["assertion"], exp["text"])
        hits = [m for m in found if m.concept == exp["concept"] and m.start < end and m.end > start
                and id(m) not in used]
        if hits and hits[0].assertion == exp["assertion"]:
            tp.append(key)
        else:
            fn.append(key)
            if hits:
                fp.append((hits[0].concept, hits[0].assertion, hits[0].text))
        used.update(id(h) for h in hits)
    fp += [(m.concept, m.assertion, m.text) for m in found if id(m) not in used]
    return tp, fp, fn


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


def score(cases: list[dict], show_errors: bool = False) -> dict:
    pipeline = get_pipeline("en")
    counts: dict[str, Counter] = {a: Counter() for a in ASSERTIONS}
    total, exact = Counter(), 0
    for case in cases:
        tp, fp, fn = judge(case, pipeline)
        total.update(tp=len(tp), fp=len(fp), fn=len(fn))
        exact += not fp and not fn
        for kind, rows in (("tp", tp), ("fp", fp), ("fn", fn)):
            for row in rows:
                counts[row[1]][kind] += 1
        if show_errors and (fp or fn):
            print(f"  {case['id']}: {case['text']!r}\n      missed {fn}\n      wrong  {fp}")
    return {"sentences": len(cases), "exact": round(exact / len(cases), 3),
            "mention_prf": _f1(total["tp"], total["fp"], total["fn"]),
            "f1_by_assertion": {a: _f1(c["tp"], c["fp"], c["fn"])[2] for a, c in counts.items() if sum(c.values())}}


def main() -> None:
    folder = ROOT / "tests" / "golden" / "en"
    for name in ("devset", "devset_frozen"):
        cases = [json.loads(line) for line in (folder / f"{name}.jsonl").read_text().splitlines() if line.strip()]
        result = score(cases, show_errors="--show-errors" in sys.argv and name == "devset")
        print(name, json.dumps(result))


if __name__ == "__main__":
    main()

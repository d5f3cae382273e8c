"""reportminer's side of the throughput benchmark, and the floor (spaCy's blank tokenizer over every note);
speaks the worker protocol of bench_throughput.py on stdin/stdout."""
from __future__ import annotations

import json
import resource
import sys
import time

import pandas as pd
import spacy

from reportminer.io import validate_notes
from reportminer.pipeline import analyse_notes


def main() -> None:
    notes = None
    blank = {"sv": spacy.blank("sv"), "en": spacy.blank("en")}
    analyse_notes(validate_notes(pd.DataFrame([{"note_id": "w", "patient_id": "w", "note_date": "2024-01-01",
                                                "note_type": "clinical", "text": "warm up"}]), "w")[0])
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["cmd"] == "load":
            notes, _ = validate_notes(pd.read_parquet(cmd["path"]).drop(columns=["lang"]), "bench")
            reply = {"ok": True}
        elif cmd["cmd"] == "run":
            batch = notes.iloc[cmd["start"]:cmd["end"]]
            start = time.perf_counter()
            found, _, _ = analyse_notes(batch)
            reply = {"seconds": time.perf_counter() - start, "mentions": len(found)}
        elif cmd["cmd"] == "tokenize":
            batch = notes.iloc[cmd["start"]:cmd["end"]]
            start, tokens = time.perf_counter(), 0
            for text, lang in zip(batch["text"], batch["language"].where(batch["language"] != "", "sv")):
                tokens += len(blank[lang].make_doc(text))
            reply = {"seconds": time.perf_counter() - start, "tokens": tokens}
        elif cmd["cmd"] == "rss":
            reply = {"rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
        else:
            break
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()

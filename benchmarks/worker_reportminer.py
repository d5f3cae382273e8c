"""reportminer's side of the throughput benchmark, and the floor (spaCy's blank tokenizer over every note);
speaks the worker protocol of bench_throughput.py on stdin/stdout (one JSON command per line, one JSON reply).

Commands: ``load`` (the notes file), ``extract`` (``NotePipeline.extract`` per note, language given: extraction
alone), ``analyse`` (``analyse_notes``: the per-note half of a scan), ``scan`` (``reportminer scan`` on a batch
file, in this process: read, validate, hash, analyse, store, flag, write CSV), ``tokenize`` (the floor),
``stats`` (sentences in all, and those that reach spaCy), ``rss``.
"""
from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import time
from pathlib import Path

import pandas as pd
import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportminer.cli import main as cli  # noqa: E402
from reportminer.io import validate_notes  # noqa: E402
from reportminer.nlp import get_pipeline  # noqa: E402
from reportminer.pipeline import analyse_notes  # noqa: E402


def _scan(path: str, out: str) -> float:
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        cli(["scan", path, "--out", out], standalone_mode=False)
    return time.perf_counter() - start


def main() -> None:
    notes = raw = None
    blank = {"sv": spacy.blank("sv"), "en": spacy.blank("en")}
    pipelines = {lang: get_pipeline(lang) for lang in ("sv", "en")}
    if "--no-memo" in sys.argv:  # every candidate sentence analysed, repeats too
        for pipeline in pipelines.values():
            pipeline.sentence_memo_size = 0
    seen: dict[str, int] = {"hits": 0, "misses": 0}
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["cmd"] == "load":
            raw = pd.read_parquet(cmd["path"])
            notes, _ = validate_notes(raw.drop(columns=["lang"]), "bench")
            warm = pd.read_parquet(cmd["warm"])  # first calls, off the clock
            analyse_notes(validate_notes(warm.drop(columns=["lang"]), "warm")[0])
            _scan(cmd["warm"], cmd["scratch"] + f"-{id(raw)}")
            reply = {"ok": True}
        elif cmd["cmd"] == "extract":
            batch = raw.iloc[cmd["start"]:cmd["end"]]
            before = {lang: len(p._sentence_memo) for lang, p in pipelines.items()}
            start, found = time.perf_counter(), 0
            for text, lang in zip(batch["text"], batch["lang"]):
                found += len(pipelines[lang].extract(text))
            reply = {"seconds": time.perf_counter() - start, "mentions": found}
            # off the clock: how many candidate sentences the memo served (it holds each sentence analysed once)
            candidates = sum(len(pipelines[lang].candidate_sentences(text))
                             for text, lang in zip(batch["text"], batch["lang"]))
            analysed = sum(len(p._sentence_memo) - before[lang] for lang, p in pipelines.items())
            seen["misses"] += analysed
            seen["hits"] += candidates - analysed
        elif cmd["cmd"] == "analyse":
            batch = notes.iloc[cmd["start"]:cmd["end"]]
            start = time.perf_counter()
            found, _, _ = analyse_notes(batch)
            reply = {"seconds": time.perf_counter() - start, "mentions": len(found)}
        elif cmd["cmd"] == "scan":
            seconds = _scan(cmd["path"], cmd["out"])
            reply = {"seconds": seconds, "mentions": len(pd.read_csv(Path(cmd["out"]) / "mentions.csv"))}
        elif cmd["cmd"] == "tokenize":
            batch = raw.iloc[cmd["start"]:cmd["end"]]
            start, tokens = time.perf_counter(), 0
            for text, lang in zip(batch["text"], batch["lang"]):
                tokens += len(blank[lang].make_doc(text))
            reply = {"seconds": time.perf_counter() - start, "tokens": tokens}
        elif cmd["cmd"] == "stats":
            sentences = candidates = 0
            distinct: set[str] = set()
            for text, lang in zip(raw["text"], raw["lang"]):
                pipeline = pipelines[lang]
                found = pipeline.splitter.sentences(text)
                sentences += len(found)
                distinct.update(text[s.start:s.end] for s in found)
                candidates += len(pipeline.candidate_sentences(text))
            reply = {"sentences": sentences, "distinct": len(distinct), "to_spacy": candidates}
        elif cmd["cmd"] == "memo":
            reply = seen
        elif cmd["cmd"] == "rss":
            reply = {"rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
        else:
            break
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()

"""The reference pipeline, built from medspaCy 1.3.1: sentences, TargetMatcher with reportminer's rules for the
same concepts, ConText with its default rules plus reportminer's triggers (Swedish included), and the
Sectionizer. Runs in the benchmark-only environment (.venv-bench); speaks the worker protocol of
bench_throughput.py on stdin/stdout.

    worker_medspacy.py RULES.json [sentencizer|pyrush]

``sentencizer`` (the default) is medspaCy's fastest configuration: spaCy's rule-based ``sentencizer`` instead of
PyRuSH, and notes fed through ``nlp.pipe``; ``pyrush`` is medspaCy's default sentence splitter."""
from __future__ import annotations

import json
import resource
import sys
import time

import loguru
import medspacy
import pandas as pd
import spacy
from medspacy.context import ConTextRule
from medspacy.ner import TargetRule
from medspacy.section_detection import SectionRule
from spacy.language import Language

loguru.logger.remove()  # PyRuSH logs every sentence otherwise

_FOLD = str.maketrans("åäöÅÄÖéÉ", "aaoAAOeE")


@Language.component("fold_norm")
def fold_norm(doc):
    for token in doc:
        token.norm_ = token.lower_.translate(_FOLD)
    return doc


def build(language: str, rules: dict, sentences: str = "sentencizer"):
    if sentences == "pyrush":
        nlp = medspacy.load(spacy.blank(language), medspacy_enable=["medspacy_pyrush", "medspacy_target_matcher",
                                                                    "medspacy_context", "medspacy_sectionizer"])
        nlp.add_pipe("fold_norm", after="medspacy_pyrush")
    else:
        nlp = medspacy.load(spacy.blank(language), medspacy_enable=["medspacy_target_matcher", "medspacy_context",
                                                                    "medspacy_sectionizer"])
        nlp.add_pipe("sentencizer", first=True)
        nlp.add_pipe("fold_norm", after="sentencizer")
    nlp.get_pipe("medspacy_target_matcher").add(
        [TargetRule(t["literal"] or t["label"], t["label"], pattern=t["pattern"]) for t in rules["targets"]])
    context = nlp.get_pipe("medspacy_context")
    context.add([ConTextRule(c["literal"], c["category"], pattern=c["pattern"], direction=c["direction"],
                             max_scope=c["max_scope"]) for c in rules["context"]])
    nlp.get_pipe("medspacy_sectionizer").add([SectionRule(s["literal"], s["category"]) for s in rules["sections"]])
    return nlp


def _assertion(ent) -> str:
    if ent._.is_negated:
        return "negated"
    if ent._.is_uncertain:
        return "uncertain"
    if ent._.is_hypothetical:
        return "hypothetical"
    if ent._.is_historical:
        return "historical"
    return "present"


def _mentions(pipes: dict, texts, langs, batch_size: int = 50) -> list[list]:
    """Mentions per note, each language's notes through its pipeline's ``nlp.pipe``."""
    out = [None] * len(texts)
    for lang, nlp in pipes.items():
        idx = [i for i, l in enumerate(langs) if l == lang]
        for i, doc in zip(idx, nlp.pipe((texts[i] for i in idx), batch_size=batch_size)):
            out[i] = [(ent.label_, _assertion(ent), ent.start_char, ent.end_char) for ent in doc.ents]
    return out


def main() -> None:
    rules = json.load(open(sys.argv[1]))
    sentences = sys.argv[2] if len(sys.argv) > 2 else "sentencizer"
    pipes = {lang: build(lang, rules[lang], sentences) for lang in ("sv", "en")}
    notes = None
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["cmd"] == "load":
            notes = pd.read_parquet(cmd["path"])
            warm = pd.read_parquet(cmd["warm"])  # first calls, off the clock
            _mentions(pipes, list(warm["text"]), list(warm["lang"]))
            reply = {"ok": True}
        elif cmd["cmd"] == "run":  # extraction alone: texts in memory -> mentions with assertions
            batch = notes.iloc[cmd["start"]:cmd["end"]]
            start = time.perf_counter()
            found = _mentions(pipes, list(batch["text"]), list(batch["lang"]))
            reply = {"seconds": time.perf_counter() - start, "mentions": sum(map(len, found))}
        elif cmd["cmd"] == "e2e":  # end to end: read the notes file, extract, write mentions.csv
            start = time.perf_counter()
            frame = pd.read_parquet(cmd["path"])
            extract_start = time.perf_counter()
            found = _mentions(pipes, list(frame["text"]), list(frame["lang"]))
            extract_seconds = time.perf_counter() - extract_start
            rows = [(note_id, *m) for note_id, ms in zip(frame["note_id"], found) for m in ms]
            pd.DataFrame(rows, columns=["note_id", "concept", "assertion", "start", "end"]).to_csv(
                cmd["out"], index=False)
            reply = {"seconds": time.perf_counter() - start, "extract_seconds": extract_seconds,
                     "mentions": len(rows)}
        elif cmd["cmd"] == "extract":  # mentions with assertions, for the accuracy comparison
            frame = pd.read_csv(cmd["path"], dtype=str, keep_default_na=False)
            found = _mentions(pipes, list(frame["text"]), list(frame["lang"]))
            rows = [{"note_id": note_id, "concept": m[0], "assertion": m[1]}
                    for note_id, ms in zip(frame["note_id"], found) for m in ms]
            reply = {"mentions": rows}
        elif cmd["cmd"] == "rss":
            reply = {"rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
        else:
            break
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()

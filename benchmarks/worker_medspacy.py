"""The reference pipeline, built from medspaCy: PyRuSH sentences, TargetMatcher with reportminer's rules for
the same concepts, ConText with its default rules plus reportminer's triggers (Swedish included), and the
Sectionizer. Runs in the benchmark-only environment (.venv-bench); speaks the worker protocol of
bench_throughput.py on stdin/stdout."""
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


def build(language: str, rules: dict):
    nlp = medspacy.load(spacy.blank(language), medspacy_enable=["medspacy_pyrush", "medspacy_target_matcher",
                                                                "medspacy_context", "medspacy_sectionizer"])
    nlp.add_pipe("fold_norm", after="medspacy_pyrush")
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


def main() -> None:
    rules = json.load(open(sys.argv[1]))
    pipes = {lang: build(lang, rules[lang]) for lang in ("sv", "en")}
    notes = None
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["cmd"] == "load":
            notes = pd.read_parquet(cmd["path"])
            reply = {"ok": True}
        elif cmd["cmd"] == "run":
            batch = notes.iloc[cmd["start"]:cmd["end"]]
            start, found = time.perf_counter(), 0
            for text, lang in zip(batch["text"], batch["lang"]):
                found += len(pipes[lang](text).ents)
            reply = {"seconds": time.perf_counter() - start, "mentions": found}
        elif cmd["cmd"] == "extract":  # mentions with assertions, for the accuracy comparison
            frame = pd.read_csv(cmd["path"], dtype=str, keep_default_na=False)
            rows = []
            for note_id, text, lang in zip(frame["note_id"], frame["text"], frame["lang"]):
                for ent in pipes[lang](text).ents:
                    rows.append({"note_id": note_id, "concept": ent.label_, "assertion": _assertion(ent)})
            reply = {"mentions": rows}
        elif cmd["cmd"] == "rss":
            reply = {"rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
        else:
            break
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()

"""Matches per second of spaCy's Matcher and reportminer's TokenMatcher on the sample notes (run on demand).

    .venv/bin/python benchmarks/bench_matcher.py [--repeat 5]

Every sentence of every sample note is tokenized and normalized once, in its note's language; then each
matcher set (the groups the pipeline matches: concepts, exclusions, regions, sacrum assessment, coordination
sites, context triggers) runs over all of them. TokenMatcher is timed twice: "cold" is the first pass of
freshly built matchers (nothing remembered yet), "warm" the best later pass (the steady state of a long run).
"""
from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from spacy.matcher import Matcher

from reportminer.concepts import cached_lexicon, make_compiler
from reportminer.language import detect_language
from reportminer.matcher import TokenMatcher
from reportminer.nlp import build_nlp
from reportminer.sections import SectionSplitter

NOTES = Path(__file__).resolve().parent.parent / "reportminer" / "data" / "sample" / "notes.csv"


def rule_groups(nlp, lexicon) -> list[dict[str, list[list[dict]]]]:
    """The pattern groups the pipeline builds one matcher each for."""
    compiler = make_compiler(nlp, lexicon)

    def compiled(groups: dict) -> dict[str, list[list[dict]]]:
        return {key: [compiler.compile(e).tokens for e in entries] for key, entries in groups.items() if entries}

    groups = [
        compiled(lexicon.concepts),
        compiled({"exclusion": lexicon.exclusions}),
        compiled(lexicon.regions),
        compiled({"sacrum_assessed": lexicon.sacrum_assessed}),
        compiled(lexicon.coordination.get("sites", {})),
        compiled({str(i): t.entries for i, t in enumerate(lexicon.triggers)}),
    ]
    return [g for g in groups if g]


def build(factory, vocab, groups) -> list:
    matchers = []
    for rules in groups:
        matcher = factory(vocab)
        for key, patterns in rules.items():
            matcher.add(key, patterns)
        matchers.append(matcher)
    return matchers


def run(matchers, docs) -> tuple[int, float]:
    """(matches found, seconds) for one pass of every matcher over every doc."""
    start = time.perf_counter()
    found = 0
    for doc in docs:
        for matcher in matchers:
            found += len(matcher(doc, as_spans=True))
    return found, time.perf_counter() - start


def sample_docs() -> dict[str, list]:
    """Normalized sentence docs of the sample notes, by language."""
    by_language: dict[str, list[str]] = {"sv": [], "en": []}
    with NOTES.open(encoding="utf-8", newline="") as f:
        for note in csv.DictReader(f):
            text = note["text"]
            by_language[note.get("language") or detect_language(text)].append(text)
    docs = {}
    for language, texts in by_language.items():
        nlp = build_nlp(language)
        normalize = nlp.get_pipe("reportminer_normalizer")
        splitter = SectionSplitter(cached_lexicon(language, None))
        docs[language] = [normalize(nlp.make_doc(t[s.start:s.end])) for t in texts for s in splitter.sentences(t)]
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per matcher (best one counts)")
    args = parser.parse_args()
    totals = {"spacy": [0, 0.0], "cold": [0, 0.0], "warm": [0, 0.0]}
    for language, docs in sample_docs().items():
        nlp = build_nlp(language)
        vocab = docs[0].vocab if docs else nlp.vocab
        groups = rule_groups(nlp, cached_lexicon(language, None))
        reference = build(lambda v: Matcher(v, validate=True), vocab, groups)
        fast = build(TokenMatcher, vocab, groups)
        cold = run(fast, docs)
        timings = {
            "spacy": min((run(reference, docs) for _ in range(args.repeat)), key=lambda r: r[1]),
            "cold": cold,
            "warm": min((run(fast, docs) for _ in range(args.repeat)), key=lambda r: r[1]),
        }
        counts = {name: found for name, (found, _) in timings.items()}
        assert len(set(counts.values())) == 1, f"match counts differ: {counts}"
        tokens = sum(len(d) for d in docs)
        print(f"{language}: {len(docs)} sentences, {tokens} tokens, {counts['spacy']} matches, "
              f"{sum(len(g) for g in groups)} keys, {sum(len(p) for g in groups for p in g.values())} patterns")
        for name, (found, seconds) in timings.items():
            totals[name][0] += found
            totals[name][1] += seconds
            print(f"  {name:>5}: {seconds * 1000:8.1f} ms  {found / seconds:10,.0f} matches/s  "
                  f"{tokens / seconds:10,.0f} tokens/s")
    (found, spacy_s), cold_s, warm_s = totals["spacy"], totals["cold"][1], totals["warm"][1]
    print(f"all: spaCy Matcher {found / spacy_s:,.0f} matches/s; TokenMatcher cold {found / cold_s:,.0f} "
          f"({spacy_s / cold_s:.1f}x), warm {found / warm_s:,.0f} matches/s ({spacy_s / warm_s:.1f}x)")


if __name__ == "__main__":
    main()

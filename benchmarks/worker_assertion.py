"""negspacy and medspaCy's ConText on target spans, with their own default rules. Runs in the benchmark-only
environment (.venv-bench); reads a JSON list of {text, start, end} items from the file named in argv[1] and
prints one JSON object: each tool's assertions and the seconds it took."""
from __future__ import annotations

import json
import sys
import time

import spacy
from medspacy.context import ConText  # noqa: F401  (registers medspacy_context)
from negspacy.negation import Negex  # noqa: F401  (registers negex)
from negspacy.termsets import termset


def _negspacy():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("negex", config={"ent_types": ["TARGET"], "neg_termset": termset("en_clinical").get_patterns()})
    return nlp, lambda ent: "negated" if ent._.negex else "present"


def _medspacy():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("medspacy_context")

    def label(ent) -> str:  # the order of reportminer's priorities; another person's condition is historical
        if ent._.is_negated:
            return "negated"
        if ent._.is_uncertain:
            return "uncertain"
        if ent._.is_hypothetical:
            return "hypothetical"
        if ent._.is_historical or ent._.is_family:
            return "historical"
        return "present"
    return nlp, label


def run(nlp, label, items: list[dict]) -> tuple[list[str], float]:
    out, begin = [], time.perf_counter()
    for item in items:
        doc = nlp.make_doc(item["text"])
        doc.ents = [doc.char_span(item["start"], item["end"], label="TARGET", alignment_mode="expand")]
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        out.append(label(doc.ents[0]) if doc.ents else "present")
    return out, time.perf_counter() - begin


def main() -> None:
    items = json.load(open(sys.argv[1]))
    result = {}
    for name, build in (("negspacy", _negspacy), ("medspacy_context", _medspacy)):
        nlp, label = build()
        run(nlp, label, items[:5])  # warm-up
        labels, seconds = run(nlp, label, items)
        result[name] = {"labels": labels, "seconds": seconds}
    print(json.dumps(result))


if __name__ == "__main__":
    main()

"""Export reportminer's compiled lexicon (token patterns, triggers, headings) as JSON for the medspaCy
reference pipeline, so that both engines run the same rules. Run with the project's venv."""
from __future__ import annotations

import json
import sys

from reportminer.concepts import make_compiler
from reportminer.nlp import get_pipeline

MEDSPACY_CATEGORY = {"negated": "NEGATED_EXISTENCE", "uncertain": "POSSIBLE_EXISTENCE",
                     "hypothetical": "HYPOTHETICAL", "historical": "HISTORICAL", "present": "PSEUDO"}
MEDSPACY_DIRECTION = {"preceding": "FORWARD", "following": "BACKWARD", "bidirectional": "BIDIRECTIONAL",
                      "pseudo": "PSEUDO", "termination": "TERMINATE"}


def export(language: str) -> dict:
    pipeline = get_pipeline(language)
    lexicon = pipeline.lexicon
    compiler = make_compiler(pipeline.nlp, lexicon)
    targets = [{"label": concept, "literal": (c := compiler.compile(e)).literal, "pattern": c.tokens}
               for concept, entries in lexicon.concepts.items() for e in entries]
    context = []
    for trig in lexicon.triggers:
        category = "TERMINATE" if trig.direction == "termination" else (
            "PSEUDO" if trig.direction == "pseudo" else MEDSPACY_CATEGORY[trig.assertion])
        direction = MEDSPACY_DIRECTION[trig.direction] if category != "PSEUDO" else "PSEUDO"
        for entry in trig.entries:
            c = compiler.compile(entry)
            context.append({"literal": c.literal or str(entry), "category": category, "direction": direction,
                            "pattern": c.tokens, "max_scope": trig.max_scope})
    sections = [{"literal": h, "category": rule.name} for rule in lexicon.sections for h in rule.headings]
    return {"targets": targets, "context": context, "sections": sections}


if __name__ == "__main__":
    json.dump({lang: export(lang) for lang in ("sv", "en")}, open(sys.argv[1], "w"), ensure_ascii=False)

"""Golden sentence cases (tests/golden/<lang>/cases.jsonl, challenge.jsonl, imaging.jsonl), one test per case.

challenge.jsonl was written by an author who never saw the lexicons, in the terse styles of real reports.

A case passes when every expected mention is found (same concept and assertion, overlapping the expected key
phrase, and for imaging the same region) and nothing else of the case's concepts is found. Known failures are
listed in KNOWN_FAILURES and run as strict xfails, so a fix shows up as an unexpected pass.
"""
from __future__ import annotations

import pytest

from reportminer.lexicon import IMAGING_CONCEPTS
from reportminer.nlp import get_pipeline

from .conftest import load_golden

# Known failures, each a real limit of the rules (kept visible rather than fitted away):
KNOWN_FAILURES: set[str] = {
}


def _params(name: str, languages: tuple[str, ...] = ("sv", "en")):
    for language in languages:
        for case in load_golden(language, name):
            marks = [pytest.mark.xfail(strict=True, reason="known failure")] if case["id"] in KNOWN_FAILURES else []
            yield pytest.param(language, case, id=case["id"], marks=marks)


def _text(case: dict) -> str:
    heading = case.get("section")
    return f"{heading}: {case['text']}" if heading else case["text"]


def _check(language: str, case: dict, concepts) -> None:
    text = _text(case)
    found = [m for m in get_pipeline(language).extract(text) if m.concept in concepts]
    offset = len(text) - len(case["text"])
    used = set()
    for exp in case["expected"]:
        start = offset + case["text"].index(exp["text"])
        end = start + len(exp["text"])
        hits = [m for m in found if m.concept == exp["concept"] and m.start < end and m.end > start]
        assert hits, f"missing {exp} in {[(m.concept, m.assertion, m.text) for m in found]}"
        hit = hits[0]
        got = {"assertion": hit.assertion, **({"region": hit.region} if "region" in exp else {})}
        want = {"assertion": exp["assertion"], **({"region": exp["region"]} if "region" in exp else {})}
        assert got == want, f"{exp['concept']} {exp['text']!r}: got {got}, want {want}"
        used.add(id(hit))  # one mention may cover several expected phrases ("L2 och L4")
    unexpected = [(m.concept, m.assertion, m.text) for m in found if id(m) not in used]
    assert not unexpected, f"unexpected {unexpected}"


# devset.jsonl is the tuning part of the English radiology development set; devset_frozen.jsonl is never tuned
# on and is scored only by benchmarks/score_devset.py.
@pytest.mark.parametrize("language, case", [*_params("cases"), *_params("challenge"), *_params("devset", ("en",))])
def test_concepts_golden_case(language, case):
    _check(language, case, {c for c in _all_concepts() if c not in IMAGING_CONCEPTS})


@pytest.mark.parametrize("language, case", list(_params("imaging")))
def test_concepts_golden_imaging_case(language, case):
    _check(language, case, set(IMAGING_CONCEPTS))


def _all_concepts():
    from reportminer.lexicon import CONCEPTS
    return CONCEPTS

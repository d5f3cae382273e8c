"""Which spans a trigger can change: ``applies_to`` with concepts, ``@groups`` and ``"*"`` (any other concept)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportminer.lexicon import ANY_OTHER, CONCEPTS, LexiconError, Trigger, load_lexicon
from reportminer.nlp import NotePipeline


def _site(tmp_path: Path, language: str, purpose: str, data: dict) -> Path:
    folder = tmp_path / language
    folder.mkdir(parents=True)
    (folder / f"{purpose}.json").write_text(json.dumps({"language": language, "purpose": purpose,
                                                        "description": "site", **data}), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("applies_to, concept, applies", [
    (None, "anything", True),
    (frozenset({"osteoporosis"}), "osteoporosis", True),
    (frozenset({"osteoporosis"}), "chest pain", False),
    (frozenset({"osteoporosis", ANY_OTHER}), "chest pain", True),
    (frozenset({"osteoporosis", ANY_OTHER}), "low_back_pain", False),  # '*' is no wildcard for our own concepts
])
def test_trigger_groups_applies(applies_to, concept, applies):
    assert Trigger("negated", "preceding", ("no",), applies_to=applies_to).applies(concept) is applies


@pytest.mark.parametrize("language", ["sv", "en"])
def test_trigger_groups_expand_in_bundled_lexicons(language):
    lexicon = load_lexicon(language)
    named = [t.applies_to for t in lexicon.triggers if t.applies_to is not None]
    assert named, "the bundled triggers name their concepts"
    for members in named:
        assert members <= set(CONCEPTS) | {ANY_OTHER}, members  # no '@group' is left unexpanded
    general = [t for t in lexicon.triggers if t.assertion == "negated" and t.applies("a caller's own term")]
    assert general, "some negation triggers judge a span of any concept"


def test_trigger_groups_site_trigger_may_use_a_bundled_group(tmp_path):
    site = _site(tmp_path, "en", "context", {"triggers": [
        {"assertion": "negated", "direction": "following", "applies_to": ["@conditions"], "terms": ["dismissed"]}]})
    text = "Sacral fracture dismissed."
    assert NotePipeline("en", str(site)).extract(text)[0].assertion == "negated"


def test_trigger_groups_unknown_group_is_an_error(tmp_path):
    site = _site(tmp_path, "en", "context", {"triggers": [
        {"assertion": "negated", "direction": "following", "applies_to": ["@nonsense"], "terms": ["dismissed"]}]})
    with pytest.raises(LexiconError, match="unknown concept group '@nonsense'"):
        load_lexicon("en", site)


def test_trigger_groups_unknown_concept_in_applies_to_is_an_error(tmp_path):
    site = _site(tmp_path, "en", "context", {"triggers": [
        {"assertion": "negated", "direction": "following", "applies_to": ["hip_fracture"], "terms": ["dismissed"]}]})
    with pytest.raises(LexiconError, match=r"context\.json: triggers\[0\] applies_to names 'hip_fracture'"):
        load_lexicon("en", site)

"""Lexicon files: tidy (sorted, trimmed, no duplicates), complete, strictly loaded, extendable by a site."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportminer.lexicon import BUNDLED_DIR, CONCEPTS, FILES, LANGUAGES, LexiconError, load_lexicon
from reportminer.concepts import make_compiler
from reportminer.nlp import NotePipeline, get_pipeline

FILES_ON_DISK = sorted(BUNDLED_DIR.glob("*/*.json"))


def _string_lists(data: dict):
    for name, members in data.get("classes", {}).items():
        yield f"classes.{name}", members if isinstance(members, list) else members["not_in"]
    for i, trigger in enumerate(data.get("triggers", [])):
        yield f"triggers[{i}]", trigger["terms"]
    for section in data.get("sections", []):
        yield f"sections.{section['name']}", section["headings"]
    for key in ("abbreviations", "list_coordinators", "references", "other_objects"):
        if key in data:
            yield key, data[key]
    for status, reasons in data.get("status", {}).items():
        for reason, patterns in reasons.items():
            yield f"status.{status}.{reason}", patterns
    for key, patterns in data.get("coverage", {}).items():
        yield f"coverage.{key}", patterns
    for key in ("patterns", "exam_awaited", "exam_missing", "answer_no", "answer_yes"):
        if key in data.get("next_sentence_hedges", {}):
            yield f"next_sentence_hedges.{key}", data["next_sentence_hedges"][key]


@pytest.mark.parametrize("path", FILES_ON_DISK, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lexicon_lists_are_sorted_trimmed_and_unique(path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"language", "purpose", "description"} <= set(data)
    for where, items in _string_lists(data):
        words = [w for w in items if isinstance(w, str)]
        assert words == sorted(words, key=str.lower), f"{where} is not sorted"
        assert all(w == w.strip() and w for w in words), f"{where} has untrimmed or empty entries"
        assert len(words) == len(set(words)), f"{where} has duplicates"


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_has_every_concept_in_both_languages(language):
    lexicon = load_lexicon(language)
    missing = [c for c in CONCEPTS if not lexicon.concepts[c]]
    assert not missing


def _site_folder(tmp_path: Path, language: str, purpose: str, data: dict) -> Path:
    folder = tmp_path / language
    folder.mkdir(parents=True)
    (folder / f"{purpose}.json").write_text(json.dumps({"language": language, "purpose": purpose,
                                                        "description": "site", **data}), encoding="utf-8")
    return tmp_path


def test_lexicon_rejects_unknown_keys_naming_file_and_allowed_keys(tmp_path):
    site = _site_folder(tmp_path, "sv", "context", {"triggerz": []})
    with pytest.raises(LexiconError, match=r"context\.json.*unknown key.*triggerz.*allowed"):
        load_lexicon("sv", site)


@pytest.mark.parametrize("trigger", [
    {"direction": "termination", "ends": ["denied"], "terms": ["pga"]},  # not an assertion
    {"assertion": "negated", "direction": "preceding", "ends": ["negated"], "terms": ["ingen"]},  # not a termination
])
def test_lexicon_rejects_a_bad_ends_naming_file_and_trigger(tmp_path, trigger):
    site = _site_folder(tmp_path, "sv", "context", {"triggers": [trigger]})
    with pytest.raises(LexiconError, match=r"context\.json: triggers\[0\] ends"):
        load_lexicon("sv", site)


def test_a_site_termination_can_end_negations_only(tmp_path):
    site = _site_folder(tmp_path, "sv", "context", {"triggers": [
        {"direction": "termination", "ends": ["negated"], "terms": ["beroende på"]}]})
    lexicon = load_lexicon("sv", site)
    assert [t.ends for t in lexicon.triggers if t.ends and "beroende på" in t.entries] == [frozenset({"negated"})]


@pytest.mark.parametrize("trigger", [
    {"assertion": "present", "direction": "following", "outranks": ["old"], "terms": ["nu sämre"]},  # no assertion
    {"direction": "termination", "outranks": ["historical"], "terms": ["men"]},  # a termination asserts nothing
])
def test_lexicon_rejects_a_bad_outranks_naming_file_and_trigger(tmp_path, trigger):
    site = _site_folder(tmp_path, "sv", "context", {"triggers": [trigger]})
    with pytest.raises(LexiconError, match=r"context\.json: triggers\[0\] outranks"):
        load_lexicon("sv", site)


def test_lexicon_rejects_a_key_written_twice(tmp_path):
    # JSON keeps the last of two equal keys: a site's first list of abbreviations would vanish without a word
    folder = tmp_path / "sv"
    folder.mkdir()
    (folder / "sections.json").write_text(
        '{"language": "sv", "purpose": "sections", "description": "site",\n'
        ' "abbreviations": ["avd"], "abbreviations": ["mott"]}', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"sections\.json: the key 'abbreviations' appears twice"):
        load_lexicon("sv", tmp_path)


@pytest.mark.parametrize("path", sorted(Path(__file__).resolve().parent.parent.glob("lexicons/*/*.json")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lexicon_bundled_files_write_each_key_once(path: Path):
    keys_seen: list[list[str]] = []
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=lambda pairs: keys_seen.append(
        [k for k, _ in pairs]) or dict(pairs))
    assert all(len(keys) == len(set(keys)) for keys in keys_seen)


def test_lexicon_rejects_unknown_concept(tmp_path):
    site = _site_folder(tmp_path, "en", "concepts", {"concepts": {"hip_fracture": ["hip fracture"]}})
    with pytest.raises(LexiconError, match="unknown concept 'hip_fracture'"):
        load_lexicon("en", site)


def test_lexicon_rejects_bad_assertion(tmp_path):
    site = _site_folder(tmp_path, "en", "context", {"triggers": [
        {"assertion": "maybe", "direction": "preceding", "terms": ["perhaps"]}]})
    with pytest.raises(LexiconError, match="assertion 'maybe'"):
        load_lexicon("en", site)


def test_lexicon_site_folder_adds_a_local_abbreviation(tmp_path):
    text = "Pat med BFX hö."  # a made-up local abbreviation for a pubic ramus fracture
    assert NotePipeline("sv").extract(text) == []
    site = _site_folder(tmp_path, "sv", "concepts", {"concepts": {"pubic_ramus_fracture": [
        {"literal": "BFX", "pattern": ["bfx"]}]}})
    mentions = NotePipeline("sv", str(site)).extract(text)
    assert [(m.concept, m.assertion, m.text) for m in mentions] == [("pubic_ramus_fracture", "present", "BFX")]


def test_lexicon_site_trigger_extends_context(tmp_path):
    text = "Sakrumfraktur avfärdad."
    site = _site_folder(tmp_path, "sv", "context", {"triggers": [
        {"assertion": "negated", "direction": "following", "terms": ["avfärdad"]}]})
    assert NotePipeline("sv", str(site)).extract(text)[0].assertion == "negated"


def test_lexicon_rejects_a_bad_next_sentence_hedge(tmp_path):
    site = _site_folder(tmp_path, "en", "context", {"next_sentence_hedges": {"patterns": ["not (confirmed"]}})
    with pytest.raises(LexiconError, match=r"context\.json: next_sentence_hedges\.patterns: bad regular expression"):
        load_lexicon("en", site)
    site = _site_folder(tmp_path / "b", "en", "context", {"next_sentence_hedges": {"concepts": ["sacral_fracture"]}})
    with pytest.raises(LexiconError, match=r"unknown key.*concepts.*next_sentence_hedges"):
        load_lexicon("en", site)


def test_lexicon_site_next_sentence_hedge_extends_the_bundled_ones(tmp_path):
    text = "Sacral fracture. Radiology pending."  # a made-up local qualifier
    assert NotePipeline("en").extract(text)[0].assertion == "present"
    site = _site_folder(tmp_path, "en", "context", {"next_sentence_hedges": {"patterns": ["radiology pending"]}})
    pipeline = NotePipeline("en", str(site))
    assert pipeline.extract(text)[0].assertion == "uncertain"
    assert pipeline.extract("Sacral fracture. Not confirmed.")[0].assertion == "uncertain"  # the bundled stay


def test_lexicon_rejects_a_bad_hedge_exam_pattern(tmp_path):
    site = _site_folder(tmp_path, "sv", "context", {"next_sentence_hedges": {"exam_awaited": ["(avvaktar"]}})
    with pytest.raises(LexiconError, match=r"context\.json: next_sentence_hedges\.exam_awaited: bad regular"):
        load_lexicon("sv", site)


def test_lexicon_site_hedge_exam_wording_extends_the_bundled_ones(tmp_path):
    """A site's own word for a confirmation still to come makes the exam a qualifier names requested."""
    text = "Sacral fracture. Not confirmed on MRI, review next clinic."
    site = _site_folder(tmp_path, "en", "context", {"next_sentence_hedges": {
        "patterns": ["not confirmed on mri, review next clinic"], "exam_awaited": ["\\breview next clinic\\b"]}})
    mentions = NotePipeline("en", str(site)).extract(text)
    assert [(m.concept, m.assertion) for m in mentions] == [("sacral_fracture", "uncertain"),
                                                             ("imaging_mri", "hypothetical")]
    assert load_lexicon("en", site).next_sentence_hedge_exams["exam_missing"]  # the bundled stay


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_every_file_is_loaded(language):
    assert {p.stem for p in (BUNDLED_DIR / language).glob("*.json")} == set(FILES)


# --- an entry may name the token the prefilter anchors on ------------------------------------------------------
def test_an_entry_anchors_on_the_token_it_names():
    compiler = _english_compiler()
    entry = {"literal": "Normal sacrum", "pattern": ["normal|intact", "sacrum|sacra"]}
    assert compiler.compile(entry).anchor == "normal|intact"  # the first required token, by default
    assert compiler.compile({**entry, "anchor": 1}).anchor == "sacrum|sacra"


def test_an_entry_may_anchor_on_the_words_a_dict_token_lists():
    # "R PRF": the side word would let every sentence with "left" or "right" through; the listed capitals anchor it
    compiler = _english_compiler()
    entry = {"literal": "R PRF", "pattern": ["l|r|left|right", {"ORTH": {"IN": ["PRF", "PRFs"]}}]}
    assert compiler.compile(entry).anchor == "l|r|left|right"  # a dict's list is never picked by itself
    assert compiler.compile({**entry, "anchor": 1}).anchor == "prf|prfs"
    with pytest.raises(LexiconError, match=r"token 1 cannot anchor"):
        compiler.compile({**entry, "pattern": ["left", {"ORTH": {"IN": ["PRF"]}, "OP": "?"}], "anchor": 1})


def test_an_anchor_on_an_optional_token_is_refused():
    compiler = _english_compiler()
    with pytest.raises(LexiconError, match=r"token 1 cannot anchor"):
        compiler.compile({"literal": "x", "pattern": ["sacrum", "(left|right)?"], "anchor": 1})


@pytest.mark.parametrize("anchor", [2, -1, "1", 1.0])
def test_a_bad_anchor_index_fails_loading_naming_file_and_entry(tmp_path, anchor):
    site = _site_folder(tmp_path, "en", "concepts", {"concepts": {"sacral_fracture": [
        {"literal": "normal sacrum", "pattern": ["normal", "sacrum"], "anchor": anchor}]}})
    with pytest.raises(LexiconError, match=r"concepts\.json: entry 'normal sacrum': 'anchor' must be the index"):
        load_lexicon("en", site)


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_edges_only_that_is_not_a_boolean_fails_loading_naming_file_and_entry(tmp_path, value):
    site = _site_folder(tmp_path, "en", "concepts", {"exclusions": [
        {"literal": "on T1", "pattern": ["on", "t1"], "edges_only": value}]})
    with pytest.raises(LexiconError, match=r"concepts\.json: entry 'on T1': 'edges_only' must be true or false"):
        load_lexicon("en", site)


def _english_compiler():
    pipeline = get_pipeline("en")
    return make_compiler(pipeline.nlp, pipeline.lexicon)

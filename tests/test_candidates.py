"""The prefilter does work only where a concept can be: counted, not timed.

The tokenizer is wrapped in a counter, so a test sees exactly which texts reach spaCy. A note without a
candidate term is never tokenized, a note with one candidate sentence among many has only that sentence
tokenized, and the sentences the prefilter picks are exactly those the full split gives around its hits.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportminer.candidates import required_word_regex
from reportminer.textnorm import fold


class CountingTokenizer:
    """Wraps a spaCy tokenizer; remembers every text it was asked to tokenize."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.texts: list[str] = []

    def __call__(self, text):
        self.texts.append(text)
        return self.tokenizer(text)

    @property
    def tokens(self) -> int:
        return sum(len(self.tokenizer(t)) for t in self.texts)


@pytest.fixture
def counted(nlp_sv, nlp_en, monkeypatch):
    """The two pipelines with their tokenizers counted (language -> (pipeline, counter))."""
    out = {}
    for pipeline in (nlp_sv, nlp_en):
        counter = CountingTokenizer(pipeline.nlp.tokenizer)
        monkeypatch.setattr(pipeline.nlp, "tokenizer", counter)
        pipeline._sentence_memo.clear()  # sentences other tests analysed would not reach the tokenizer
        out[pipeline.language] = (pipeline, counter)
    return out


FILLER = {
    "sv": ["Pat söker för yrsel sedan 3 dagar.", "Blodtryck 145/85, puls 78, saturation 96 procent.",
           "Bor med dottern, hemtjänst två gånger dagligen.", "Ökar Alvedon till 1 g x 3.",
           "Lungor med vesikulärt andningsljud bilateralt.", "Återbesök på vårdcentralen om 2 veckor."],
    "en": ["Presents with dizziness for 3 days.", "Blood pressure 145/85, heart rate 78, saturation 96%.",
           "Lives with her daughter, carers visit twice a day.", "Increase paracetamol to 1 g four times daily.",
           "Heart sounds regular, no murmurs.", "Follow-up in clinic in 2 weeks."],
}
FINDING = {"sv": "Kompressionsfraktur av L1 med 30 % höjdreduktion.",
           "en": "Compression fracture of L1 with 30% height loss."}
# A word that anchors a pattern, in a sentence that lacks the pattern's other required words: pain that is not
# in the low back, a height that is no vertebra's.
NEAR_MISS = {"sv": "Ont i knät efter fall i hemmet, kan belasta.", "en": "Weight 70 kg, height 165 cm."}


def _note(language: str, sentences: int, extra: str | None = None, at: int = 0) -> str:
    body = [FILLER[language][i % len(FILLER[language])] for i in range(sentences)]
    if extra is not None:
        body.insert(at, extra)
    return "Status: " + " ".join(body[:len(body) // 2]) + "\nBedömning: " + " ".join(body[len(body) // 2:])


@pytest.mark.parametrize("language", ["sv", "en"])
def test_candidates_note_without_candidate_terms_is_never_tokenized(counted, language):
    pipeline, counter = counted[language]
    text = _note(language, 200)
    assert pipeline.extract(text) == []
    assert counter.texts == []


@pytest.mark.parametrize("language, sentence", [
    # other complaints' pain and trouble words are no anchors: a pattern that needs the low back is found by it
    ("sv", "Tidigare frisk förutom hypertoni och huvudvärk."),
    ("sv", "Ingen yrsel, ingen hosta, urinerar utan besvär."),
    ("sv", "Remitteras till vårdcentralen för bedömning av huvudvärk."),
    ("en", "No dizziness, passing urine without trouble."),
    ("en", "Previously well apart from hypertension and headache."),
    # a side word is no anchor either ("R PRF" is anchored on PRF)
    ("en", "Chest with scattered crackles at the left base."),
    ("en", "Abdomen soft, mildly tender in the bilateral lower quadrant."),
    ("en", "Bilateral ankle oedema, pitting to mid-shin."),
    ("en", "Left eye cataract surgery booked."),
    ("en", "Lower limb power 5/5 bilaterally."),
    ("sv", "Ont i höger knä efter fall."),
    ("sv", "Vänster öga opereras för katarakt."),
    ("sv", "Buksmärta lindrad med paracetamol."),
    ("sv", "Besvär med förstoppning."),
])
def test_candidates_everyday_complaints_are_never_tokenized(counted, language, sentence):
    pipeline, counter = counted[language]
    assert pipeline.extract(_note(language, 20, sentence, at=7)) == []
    assert counter.texts == []


@pytest.mark.parametrize("language", ["sv", "en"])
def test_candidates_anchor_without_the_rest_of_any_pattern_is_never_tokenized(counted, language):
    pipeline, counter = counted[language]
    text = _note(language, 40, NEAR_MISS[language], at=17)
    assert pipeline.prefilter.hits(fold(text)), "the near miss must hold an anchor word, or this tests nothing"
    assert pipeline.extract(text) == []
    assert counter.texts == []


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("sentences", [10, 400])
def test_candidates_only_the_candidate_sentence_is_tokenized(counted, language, sentences):
    pipeline, counter = counted[language]
    text = _note(language, sentences, FINDING[language], at=sentences // 3)
    mentions = pipeline.extract(text)
    assert {m.concept for m in mentions} == {"vertebral_compression_fracture"}
    assert counter.texts == [FINDING[language]]  # one sentence, however long the note
    assert counter.tokens == len(pipeline.nlp.tokenizer.tokenizer(FINDING[language]))


def test_candidates_tokenized_work_does_not_grow_with_the_note(counted):
    pipeline, counter = counted["sv"]
    pipeline.extract(_note("sv", 10, FINDING["sv"]))
    short = counter.tokens
    counter.texts.clear()
    pipeline._sentence_memo.clear()
    pipeline.extract(_note("sv", 1000, FINDING["sv"]))
    assert counter.tokens == short


@pytest.mark.parametrize("spec, expected", [
    ({"NORM": {"REGEX": "(?i)^(?:lumbal\\w*|lws)$"}}, "lumbal\\w*|lws"),
    ({"NORM": "ramus"}, "ramus"),
    ({"NORM": {"REGEX": "(?i)^(?:lumbal\\w*)$"}, "OP": "+"}, "lumbal\\w*"),
    ({"NORM": {"REGEX": "(?i)^(?:lumbal\\w*)$"}, "OP": "?"}, None),  # optional: proves nothing
    ({"NORM": {"REGEX": "(?i)^(?:lumbal\\w*)$"}, "OP": "!"}, None),
    ({"NORM": "x-ray"}, None),  # the tokenizer cuts it at the hyphen, words cannot see the whole token
    ({"NORM": "%"}, None),
    ({"NORM": {"REGEX": "(?i)^(?:fraktur(?!fri)\\w*)$"}}, None),  # looks at context
    ({"NORM": {"REGEX": "(?i)^(?:kompr\\.?)$"}}, None),
    ({"NORM": {"REGEX": "(?i)^(?:[^a]+)$"}}, None),
    ({"NORM": {"NOT_IN": ["och"]}}, None),
    ({"ORTH": "RA"}, None),
    ({}, None),
])
def test_candidates_only_word_safe_specs_are_checked_on_words(spec, expected):
    assert required_word_regex(spec) == expected


_PIECES = ["Fynd:", "FINDINGS", "Frågeställning:", "IMPRESSION:", "ont", "i", "ländryggen", "knät", "fraktur",
           "ramus", "sakrum", "L1", "height", "loss", "of", "low", "back", "pain", "hip", ".", ",", "?", "\n", " ",
           "Dr.", "ca.", "30", "%", "x-ray", "lower", "crackles", "kompr.", "ingen", "no"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=60), language=st.sampled_from(["sv", "en"]))
def test_candidates_sentences_at_hits_are_those_of_the_full_split(nlp_sv, nlp_en, pieces, language):
    pipeline = {"sv": nlp_sv, "en": nlp_en}[language]
    text = " ".join(pieces)
    starts = [start for start, _ in pipeline.prefilter.hits(fold(text))]
    full = pipeline.splitter.sentences(text)
    assert pipeline.splitter.sentences_at(text, starts) == [
        s for s in full if any(s.start <= p < s.end for p in starts)]


@pytest.mark.parametrize("text", [
    "Hon har ont i länd ryggen sedan en vecka.",
    "Smärta i ländryg-\ngen sedan fallet i trappan.",
    "Fraktur i blygd benet på höger sida.",
    "Ont i korsryg gen efter lyftet.",
])
def test_candidates_words_broken_by_a_space_or_a_line_end_hyphen_keep_their_mentions(nlp_sv, text):
    """The concept matcher mends broken words; the prefilter must let their sentences through."""
    with_gates = [(m.concept, m.assertion, m.start, m.end) for m in nlp_sv.extract(text)]
    assert with_gates == [(m.concept, m.assertion, m.start, m.end) for m in nlp_sv.extract(text, prefilter=False)]
    assert with_gates, "the broken word is a concept word"


_BROKEN_PIECES = _PIECES + ["länd", "ryggen", "ländryg-\n", "gen", "blygd", "benet", "2mg", "3länd", "kompressions",
                            "frak", "tur", "#", "Th12", "l1-kotan", "MR", "mr", "scint", "skelett", "röntgen", "_", "²"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(_BROKEN_PIECES), max_size=40),
       separators=st.lists(st.sampled_from([" ", "", "\n", ", ", "-"]), min_size=40, max_size=40),
       language=st.sampled_from(["sv", "en"]))
def test_candidates_hits_from_keywords_are_those_of_every_word(nlp_sv, nlp_en, pieces, separators, language):
    """The one-pass keyword search finds exactly the anchor words (and broken ones) a look at every word finds."""
    pipeline = {"sv": nlp_sv, "en": nlp_en}[language]
    text = "".join(piece + separator for piece, separator in zip(pieces, separators))
    folded = fold(text)
    assert pipeline.prefilter.hits(folded) == pipeline.prefilter._hits_word_by_word(folded.lower())


@pytest.mark.parametrize("language", ["sv", "en"])
def test_candidates_every_anchor_is_found_by_keywords(nlp_sv, nlp_en, language):
    """No lexicon anchor forces the slow path: each is told by how its words begin or by a string they hold."""
    pipeline = {"sv": nlp_sv, "en": nlp_en}[language]
    assert pipeline.prefilter._keywords is not None
    assert pipeline.placement.prefilter is None or pipeline.placement.prefilter._keywords is not None


def test_candidates_a_sentence_met_again_is_not_analysed_again(counted):
    """"No work done twice": the second note's identical sentence comes from the memo, with its own offsets."""
    pipeline, counter = counted["sv"]
    first = pipeline.extract("Status: Yrsel. Kompressionsfraktur av L1.")
    tokenized = len(counter.texts)
    again = pipeline.extract("Aktuellt: Pat söker för yrsel sedan 3 dagar. Status: Kompressionsfraktur av L1.")
    assert len(counter.texts) == tokenized  # nothing new reached spaCy
    assert [(m.concept, m.assertion, m.text) for m in again] == [(m.concept, m.assertion, m.text) for m in first]
    text = "Aktuellt: Pat söker för yrsel sedan 3 dagar. Status: Kompressionsfraktur av L1."
    assert text[again[0].start:again[0].end] == again[0].text  # offsets in the new note


def test_candidates_the_same_sentence_in_another_section_is_judged_there(counted):
    """The memo's key holds the section: a question in the referral is no finding in the report."""
    pipeline, _ = counted["sv"]
    asked = pipeline.extract("Frågeställning: Kompressionsfraktur L1?")
    found = pipeline.extract("Fynd: Kompressionsfraktur L1?")
    assert [m.assertion for m in asked] != [m.assertion for m in found]
    assert [m.assertion for m in asked] == [m.assertion for m in pipeline.extract(
        "Frågeställning: Kompressionsfraktur L1?", prefilter=False)]


@pytest.mark.parametrize("language,text", [
    ("sv", "F:X"), ("sv", "f.x"), ("sv", "Sakral insuff.fraktur bilat."), ("sv", "Kompr.fx L1."),
    ("en", "f.x"), ("en", "L1 compr fx."),
])
def test_candidates_a_word_broken_by_punctuation_finds_what_the_full_split_finds(language, text):
    from reportminer.nlp import get_pipeline
    pipeline = get_pipeline(language)
    assert pipeline.extract(text) == pipeline.extract(text, prefilter=False)


def _benchmark_corpus(n: int, seed: int):
    """Notes of the speed benchmark (benchmarks/corpus.py): everyday clinical sentences with findings among them."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("benchmark_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate_corpus(n, seed=seed, mean_chars=900, finding_rate=0.08)


def test_candidates_sentences_sent_to_spacy_nearly_all_hold_a_mention(nlp_sv, nlp_en):
    """The prefilter's precision on everyday notes. A pattern anchored on a common word (a pain word, a side word)
    silently sends every sentence holding that word to spaCy, and the whole tool slows down without a single
    output changing: this is the test that notices (two such anchors once tripled the tokenized sentences)."""
    corpus = _benchmark_corpus(1000, seed=7)  # notes alternate Swedish and English
    for pipeline, texts in ((nlp_sv, corpus.text[0::2]), (nlp_en, corpus.text[1::2])):
        sentences = candidates = empty = 0
        for text in texts:
            sentences += len(pipeline.splitter.sentences(text))
            found = pipeline.candidate_sentences(text)
            candidates += len(found)
            empty += sum(1 for mentions in pipeline.extract_sentences(text, found) if not mentions)
        assert candidates > 100, pipeline.language  # the corpus has findings: the prefilter lets them through
        assert empty <= 0.03 * candidates, (pipeline.language, empty, candidates)
        assert candidates <= 0.12 * sentences, (pipeline.language, candidates, sentences)


def _lexicon_examples(language: str) -> list[str]:
    """The example phrases of every lexicon entry's ``literal`` (the text before its bracketed note, cut at "; " and
    ", "): wording the rules were written for, in every file of the language's lexicon."""
    import json
    import re
    from pathlib import Path

    def literals(node):
        if isinstance(node, dict):
            if isinstance(node.get("literal"), str):
                yield node["literal"]
            for value in node.values():
                yield from literals(value)
        elif isinstance(node, list):
            for value in node:
                yield from literals(value)

    folder = Path(__file__).resolve().parent.parent / "lexicons" / language
    out: dict[str, None] = {}
    for path in sorted(folder.glob("*.json")):
        for literal in literals(json.loads(path.read_text(encoding="utf-8"))):
            head = re.split(r" \((?=[a-z])", literal, maxsplit=1)[0]
            for example in re.split(r"[;,] (?=[A-ZÅÄÖa-zåäö0-9#])", head):
                if example.strip():
                    out[example.strip()] = None
    return list(out)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_candidates_every_lexicon_example_reads_the_same_without_the_prefilter(nlp_sv, nlp_en, language):
    """The prefilter never loses a mention the full analysis finds, on the lexicons' own examples. A pattern whose
    prefilter anchor is a token no word can be was never looked for: this found "%" in "30% height loss" (and
    probing found "kot-" in "Kot- och revbensfrakturer", test_listed_sites.py)."""
    pipeline = nlp_sv if language == "sv" else nlp_en
    examples = _lexicon_examples(language)
    assert len(examples) > 500
    lost = []
    for example in examples:
        for note_type in ("radiology", "clinical"):
            fast = [(m.concept, m.assertion, m.start, m.end) for m in pipeline.extract(example, True, note_type)]
            full = [(m.concept, m.assertion, m.start, m.end) for m in pipeline.extract(example, False, note_type)]
            if fast != full:
                lost.append((note_type, example, fast, full))
    assert lost == []

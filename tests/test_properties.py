"""Property tests (hypothesis): extraction never crashes, offsets always point at the matched text, the
prefilter never loses a mention, and ``reportminer.assertion`` always answers with one of the five assertions.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import reportminer
from reportminer.lexicon import ASSERTIONS, CONCEPTS

LANGUAGES = ("sv", "en")

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that tend to break text handling: headings, punctuation runs, line breaks, combining marks,
# characters that fold (å/ä/ö, é, –) or change length when lower-cased (İ), and clinical words.
_TRICKY = [
    "Fynd:", "FYND", "Frågeställning:", "Utlatande:", "IMPRESSION", "IMPRESSION:", "FINDINGS", "Indication:",
    "Plan", "PLAN", "A/P:", "Status", "COMPARISON:", "Tidigare:", "?", "??", ",", ",,", ".", "...", "!", ":",
    ";", "(", ")", "[", "]", "\"", "'", "»", "-", "–", "/", "#", "+", "\n", "\r\n", "\r", "\t", " ", "  ",
    "\u0301", "\u0308", "e\u0301", "İ", "ß", "å", "Ä", "ö", "\u00a0", "\u200b", "\u2010", "\u2011", "\u00ad", "😀",
    "bl.a.", "t.ex.", "ua.",
    "Dr.", "ca.", "ev.", "hö.", "L1.", "Th12.", "T12", "S1", "L1-kotan", "Th12/L1", "ramus", "sakrum",
    "fraktur", "fracture", "kompression", "compression", "pubic", "rami", "sacrum", "ingen", "no",
    "kan ej uteslutas", "cannot be excluded", "MR bäcken", "CT pelvis", "ländryggssmärta", "low back pain",
]

any_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.lists(st.one_of(st.sampled_from(_TRICKY), st.text(max_size=5)), max_size=80).map("".join),
    st.lists(st.sampled_from(_TRICKY), max_size=60).map(" ".join),
)

# Long runs without sentence punctuation: these exercise the MAX_SENTENCE_CHARS cut.
long_runs = st.one_of(
    st.builds(lambda word, n: " ".join([word] * n), st.sampled_from(["fraktur", "ramus", "fracture", "ab", "?"]),
              st.integers(300, 900)),
    st.builds(lambda ch, n: ch * n, st.sampled_from(["a", "x", "?", ",", " ", "\n"]), st.integers(1000, 4000)),
    st.builds(lambda words, n: " ".join(words * n),
              st.lists(st.sampled_from(["ingen", "fraktur", "i", "ramus", "sakrum", "no", "fracture", "of", "the",
                                        "pubic", "rami", "sacrum", "L1", "kompression"]), min_size=1, max_size=8),
              st.integers(50, 400)),
)

_VOCABULARY = [
    # Swedish
    "ingen", "inga", "ej", "inte", "utan", "fraktur", "frakturer", "frakturen", "i", "av", "och", "eller", "men",
    "ramus", "superior", "inferior", "sakrum", "os", "sacrum", "pubis", "blygdben", "korsben", "L1", "L2",
    "Th12", "T12", "S1", "L1-kotan", "kota", "kotkompression", "kompression", "kompressionsfraktur",
    "ramusfraktur", "sakrumfraktur", "misstänkt", "trol.", "ev.", "kan", "uteslutas", "tidigare", "känd",
    "ländryggssmärta", "smärta", "ont", "ländryggen", "osteoporos", "kortison", "MR", "DT", "Rtg", "bäcken",
    "höger", "vänster", "hö", "ua", "Fynd:", "Frågeställning:", "Utlåtande:", "Bedömning:",
    # English
    "no", "not", "without", "evidence", "fracture", "fractures", "of", "the", "pubic", "rami", "ramus",
    "sacrum", "sacral", "insufficiency", "compression", "vertebral", "body", "height", "loss", "wedge",
    "low", "back", "pain", "lumbar", "osteoporosis", "prednisolone", "MRI", "CT", "pelvis", "x-ray",
    "suspected", "possible", "cannot", "be", "excluded", "rule", "out", "old", "healed", "history", "if",
    "left", "right", "and", "or", "but", "FINDINGS:", "IMPRESSION:", "INDICATION:", "IMPRESSION", "Plan:",
    # punctuation and layout
    ",", ",", ".", ".", "?", "!", ":", ";", "(", ")", "-", "/", "\n", "\n", "\r\n", "\n\n",
]

clinical_text = st.lists(st.sampled_from(_VOCABULARY), max_size=60).flatmap(
    lambda words: st.lists(st.sampled_from([" ", " ", " ", "", "\n", "  "]), min_size=len(words),
                           max_size=len(words)).map(lambda seps: "".join(w + s for w, s in zip(words, seps)))
)


def _check_mentions(text: str, mentions) -> None:
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), (m, len(text))
        assert text[m.start:m.end] == m.text, m
        assert m.concept in CONCEPTS, m
        assert m.assertion in ASSERTIONS, m
    assert [m.start for m in mentions] == sorted(m.start for m in mentions), "mentions are not in text order"


@pytest.mark.parametrize("language", LANGUAGES)
@SETTINGS
@given(text=any_text)
@example(text="")
@example(text="Fynd:")
@example(text="IMPRESSION\r\n\r\n?,?,?,\u0301\u0301 fracture\u0301 of the ramus?")
@example(text="Frågeställning: ramusfraktur?\r\nUtlatande: ingen fraktur i ramus, sakrum eller L1.")
@example(text="İİİ fraktur i ramus İ sakrum")
def test_properties_extract_any_text_offsets_match(language, text):
    _check_mentions(text, reportminer.extract(text, language=language))


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=long_runs)
def test_properties_extract_long_runs_offsets_match(language, text):
    _check_mentions(text, reportminer.extract(text, language=language))


@SETTINGS
@given(text=any_text)
def test_properties_extract_detected_language_offsets_match(text):
    _check_mentions(text, reportminer.extract(text))


@pytest.mark.parametrize("language", LANGUAGES)
@SETTINGS
@given(text=clinical_text)
@example(text="ingen fraktur i ramus, sakrum eller L1")
@example(text="no fracture of the pubic rami or sacrum ? L1 compression")
def test_properties_extract_clinical_fragments_offsets_match(language, text):
    _check_mentions(text, reportminer.extract(text, language=language))


@pytest.fixture(scope="module")
def pipelines(nlp_sv, nlp_en):
    return {"sv": nlp_sv, "en": nlp_en}


@pytest.mark.parametrize("language", LANGUAGES)
@SETTINGS
@given(text=clinical_text)
@example(text="fraktur i os pubis. Sakrum ua")
@example(text="Fynd: L1-kotan är sammanpressad, ingen sakrumfraktur")
def test_properties_prefilter_never_loses_a_mention(pipelines, language, text):
    pipeline = pipelines[language]
    assert pipeline.extract(text) == pipeline.extract(text, prefilter=False)


@pytest.mark.parametrize("language", LANGUAGES)
@SETTINGS
@given(text=any_text)
def test_properties_prefilter_never_loses_a_mention_any_text(pipelines, language, text):
    pipeline = pipelines[language]
    assert pipeline.extract(text) == pipeline.extract(text, prefilter=False)


@st.composite
def text_and_span(draw, texts=st.one_of(any_text, clinical_text)):
    text = draw(texts.filter(lambda t: len(t) > 0))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


@pytest.mark.parametrize("language", [*LANGUAGES, None])
@SETTINGS
@given(case=text_and_span())
@example(case=("No fracture here", 2, 3))
@example(case=("   ", 0, 3))
@example(case=("Ingen fraktur.\n\nSakrum", 14, 16))
@example(case=("No fracture. Sacral fracture.", 3, 28))
def test_properties_assertion_is_one_of_five(language, case):
    text, start, end = case
    assert reportminer.assertion(text, start, end, language=language) in ASSERTIONS


@pytest.mark.parametrize("start,end", [(-1, 2), (3, 3), (4, 2), (0, 100)])
def test_properties_assertion_rejects_span_outside_text(start, end):
    with pytest.raises(ValueError):
        reportminer.assertion("No fracture.", start, end, language="en")

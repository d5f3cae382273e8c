"""detect_language: Swedish or English from a note's own words."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reportminer
from reportminer.language import detect_language

SWEDISH = [
    # short notes
    "Rtg bäcken ua",
    "Ingen fraktur.",
    "Ont i ländryggen.",
    "Frågeställning: fraktur?",
    "inga frakturer",
    "kotkompression L1, ingen sakrumfraktur",
    # long notes
    "82-årig kvinna med smärta i korsryggen efter fall i hemmet. Rtg bäcken visar fraktur i ramus superior på "
    "höger sida. Ingen säker fraktur i sakrum. MR bäcken rekommenderas för att utesluta sakrumfraktur.",
    "Frågeställning: Sakrumfraktur?\nFynd: Kompression av L1-kotan med ca 30% höjdreduktion, oförändrad jämfört "
    "med tidigare undersökning. Sakrum och SI-lederna utan anmärkning.\nUtlåtande: Känd kotkompression L1.",
    # typed without å/ä/ö
    "Rtg backen ua",
    "ont i landryggen sedan 2 veckor",
    "dt backen utan anmarkning",
    "pat med smarta i korsryggen efter fall, rtg backen visar fraktur i ramus superior hoger sida",
    "Fragestallning: fraktur i sakrum? Bedomning: ingen fraktur, trol kontusion.",
    # many English terms
    "MR bäcken: STIR-hyperintensitet i sakrum, fracture?",
    "MRI: sacral fracture, STIR hyperintense, ingen ramusfraktur",
    "Pat. med MRI visande fracture i sakrum, STIR positivt.",
    "Pat med LBP, MRI visar wedge fracture L1",
    "Smärta i ländryggen sedan fallet. MRI med STIR ordinerad.",
    "Fx ramus sup hö, MRI pelvis planerad",
    "Insufficiency fracture i sakrum på MRI, STIR-signal bilateralt, ingen fracture i ramus.",
    # no evidence either way: Swedish is the default
    "",
    "   ",
    "CT",
    "12345",
]

ENGLISH = [
    # short notes
    "No fracture.",
    "Fracture?",
    "Low back pain.",
    "Indication: fracture?",
    "No fx",
    "LBP.",  # English notes' own abbreviations: low back pain, history, past medical history, years old
    "Hx of LBP, worse.",
    "84 yo F, c/o back pain.",
    "PMH: OP, HTN.",
    # long notes
    "82 year old woman with low back pain after a fall. Radiograph of the pelvis shows a fracture of the right "
    "superior pubic ramus. MRI of the pelvis is recommended.",
    "INDICATION: Rule out sacral fracture.\nTECHNIQUE: MRI pelvis with STIR.\nFINDINGS: There is a compression "
    "fracture of L1 with 30% height loss, unchanged from the prior study.\nIMPRESSION: Known L1 compression.",
    "MR lumbar spine: compression fracture of L1.",
    "CT pelvis: fracture of the right pubic ramus.",
    # a Swedish name in an English note
    "Seen by Dr. Åsa Öberg for low back pain.",
    "Patient Björn Andersson reports low back pain since the fall.",
    "Patient Åsa Björk. Pain in the lower back.",
    "Mrs Öberg has low back pain.",
    "Mr Lars Lindqvist, 79, seen in clinic for low back pain. He has a history of osteoporosis and is on "
    "prednisolone. MRI of the pelvis was ordered.",
]


@pytest.mark.parametrize("text", SWEDISH, ids=[f"sv-{t[:40]}" for t in SWEDISH])
def test_language_detects_swedish(text):
    assert detect_language(text) == "sv"


@pytest.mark.parametrize("text", ENGLISH, ids=[f"en-{t[:40]}" for t in ENGLISH])
def test_language_detects_english(text):
    assert detect_language(text) == "en"


ENGLISH_WITH_SWEDISH_NAMES = [
    "Göran Sjöström, 82, fell at home. No fracture.",
    "Referred by Dr Åke Söderström: low back pain.",
    "Björn Sjöström: no fracture of the pubic rami.",
    "Patient: Göran Sjöström. Status post fall, pain in the lower back.",
]


@pytest.mark.parametrize("text", ENGLISH_WITH_SWEDISH_NAMES, ids=[t[:40] for t in ENGLISH_WITH_SWEDISH_NAMES])
def test_language_english_with_swedish_name_letters(text):
    assert detect_language(text) == "en"


def test_language_english_note_with_swedish_name_keeps_negation():
    text = "Göran Sjöström, 82, fell at home. No fracture of the pubic rami."
    assert [(m.concept, m.assertion) for m in reportminer.extract(text)] == [("pubic_ramus_fracture", "negated")]


SWEDISH_WITH_ENGLISH_TERMS = [
    "MRI visar fracture line i sakrum, STIR-positiv.",
    "CT visar fracture line genom sakrum.",
    "MRI: STIR-hyperintens fracture line i sakrum, bilateralt.",
]


@pytest.mark.parametrize("text", SWEDISH_WITH_ENGLISH_TERMS, ids=[t[:40] for t in SWEDISH_WITH_ENGLISH_TERMS])
def test_language_swedish_with_english_terms_without_function_words(text):
    assert detect_language(text) == "sv"


def test_language_swedish_with_english_terms_keeps_sacral_fracture():
    text = "MRI visar fracture line i sakrum, STIR-positiv."
    assert ("sacral_fracture", "present") in {(m.concept, m.assertion) for m in reportminer.extract(text)}


@pytest.mark.parametrize("text,expected", [
    ("FRAKTUR I RAMUS SUPERIOR HÖGER SIDA", "sv"),
    ("NO FRACTURE OF THE SACRUM", "en"),
    ("Ingen Fraktur I Sakrum", "sv"),
    ("No Fracture Of The Sacrum", "en"),
])
def test_language_ignores_letter_case(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["Ingen fraktur.", "No fracture of the sacrum."])
def test_language_extract_uses_detected_language(text):
    mentions = reportminer.extract(text)
    language = detect_language(text)
    assert mentions == reportminer.extract(text, language=language)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_language_always_sv_or_en(text):
    assert detect_language(text) in ("sv", "en")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_language_is_deterministic(text):
    assert detect_language(text) == detect_language(text)


_LETTERS = "abcåäöéxyz ABÅÄÖÉ_1-.,\n\u0301ü"


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(st.text(), st.text(alphabet=_LETTERS)))
def test_language_counts_as_the_plain_expressions_do(text):
    """The fast counts are those of the plain definitions: words are runs of a-z in the folded lower-case text,
    and a Swedish word is one that opens with lower-case letters holding an å, ä or ö."""
    import re

    from reportminer.language import _NOT_A_LETTER, _accented_words
    from reportminer.textnorm import fold

    folded = fold(text).lower()
    if folded.isascii():
        assert folded.translate(_NOT_A_LETTER).split() == re.findall(r"[a-z]+", folded)
    assert _accented_words(text) == len(re.findall(r"(?<![\w])[a-zåäöé]*[åäö][a-zåäöé]*", text))

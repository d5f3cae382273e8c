"""Typography of text pasted from word processors and PDF exports: Unicode hyphens (U+2010, and the non-breaking
U+2011 that keeps "Th12‑kotan" on one line), dashes and no-break spaces read as their plain forms, with offsets
into the note as written."""
from __future__ import annotations

import pytest

from reportminer.textnorm import fold

from .phrasing import assertions

VCF = "vertebral_compression_fracture"
PR = "pubic_ramus_fracture"
SACRAL = "sacral_fracture"


@pytest.mark.parametrize("language,text,concept", [
    ("sv", "Kompressionsfraktur Th12\u2011kotan.", VCF),
    ("sv", "Lätt kompression av L1\u2010kotan.", VCF),
    ("en", "Compression\u2011fracture of T12.", VCF),
    ("en", "T12 compression\u2010type fracture.", VCF),
    ("en", "Acute\u00a0fracture of the left inferior pubic ramus.", PR),
    ("sv", "Fraktur\u00a0i\u00a0vänster ramus pubis.", PR),
    ("en", "Insufficiency fracture of the sacral ala\u2014bilateral.", SACRAL),
])
def test_typography_unicode_hyphens_and_spaces_read_as_plain(language, text, concept, nlp_sv, nlp_en):
    assert assertions(text, language, concept) == ["present"]
    found = {"sv": nlp_sv, "en": nlp_en}[language].extract(text)
    assert all(text[m.start:m.end] == m.text for m in found)  # offsets into the text as written


@pytest.mark.parametrize("language,text,concept", [
    ("sv", "Ingen kompression av Th12\u2011kotan.", VCF),
    ("en", "No compression\u2011fracture of T12.", VCF),
])
def test_typography_a_denial_reads_through_a_unicode_hyphen(language, text, concept):
    assert assertions(text, language, concept) == ["negated"]


def test_typography_fold_maps_each_hyphen_to_one_character():
    for hyphen in "\u2010\u2011\u2013\u2014":
        assert fold(f"L1{hyphen}kotan") == "L1-kotan"


@pytest.mark.parametrize("language,text,concept", [
    ("en", "Insufficiency fracture of the sacrum\u200b.", SACRAL),
    ("en", "Low\u200bback pain for six weeks.", "low_back_pain"),
    ("en", "\ufeffCompression fracture of L1.", VCF),
    ("en", "Insufficiency fracture of the sa\u00adcrum.", SACRAL),
    ("en", "Acute fracture of the left inferior pu\u00adbic ramus.", PR),
    ("sv", "Sak\u00adrumfraktur höger.", SACRAL),
    ("sv", "Ont i länd\u00adryggen sedan fallet.", "low_back_pain"),
    ("sv", "Kompressions\u00adfraktur L1.", VCF),
    ("sv", "Fraktur i ramus\u200bpubis vänster.", PR),
])
def test_typography_invisible_characters_are_read_through(language, text, concept, nlp_sv, nlp_en):
    # zero-width spaces separate words as spaces do; a soft hyphen inside a word is no part of it
    assert assertions(text, language, concept) == ["present"]
    found = {"sv": nlp_sv, "en": nlp_en}[language].extract(text)
    assert found and all(len(m.text) == m.end - m.start for m in found)  # offsets into the text as written
    assert all(text[m.start:m.end] == m.text for m in found)  # quoted as written, zero-width spaces kept


@pytest.mark.parametrize("language,text,concept", [
    ("en", "No sa\u00adcral fracture.", SACRAL),
    ("sv", "Ingen sak\u00adrumfraktur.", SACRAL),
])
def test_typography_a_denial_reads_through_a_soft_hyphen(language, text, concept):
    assert assertions(text, language, concept) == ["negated"]


def test_typography_zero_width_spaces_keep_the_length():
    from reportminer.textnorm import with_visible_spaces
    text = "L1\u200bkompression\u2060och\ufeff"
    assert with_visible_spaces(text) == "L1 kompression och "
    assert with_visible_spaces("plain ascii") == "plain ascii"


@pytest.mark.parametrize("language,text,concept", [
    ("sv", "Smärta i lÃ¤ndryggen.\u200bNy kompressionsfraktur L1.", "low_back_pain"),
    ("sv", "Kompressionsfraktur\u200bL1, fÃ¤rsk.", VCF),
    ("en", "CafÃ© owner. Left inferior pubic ramus fracture.", PR),
])
def test_typography_the_pipeline_reads_mojibake_and_zero_width_spaces_and_quotes_as_written(
        language, text, concept, nlp_sv, nlp_en):
    # NotePipeline.extract itself, not only reportminer.extract and scan, reads a garbled note as its letters
    found = [m for m in {"sv": nlp_sv, "en": nlp_en}[language].extract(text) if m.concept == concept]
    assert [m.assertion for m in found] == ["present"]
    assert all(text[m.start:m.end] == m.text for m in found)


def test_typography_read_text_maps_offsets_back_to_the_text_as_written():
    from reportminer.textnorm import read_text
    written = "lÃ¤ndrygg\u200bsmÃ¤rta"
    read = read_text(written)
    assert read.text == "ländrygg smärta"
    start = read.text.index("smärta")
    assert read.span(start, start + len("smärta")) == (written.index("sm"), len(written), "smÃ¤rta")
    plain = read_text("ländryggssmärta")
    assert plain.back is None and plain.text == plain.written
    assert plain.span(0, 4) == (0, 4, "länd")
    assert read_text("").span(0, 0) == (0, 0, "")

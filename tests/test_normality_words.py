"""A word of normality ("normal", "preserved", "maintained", "intact", "bevarad", "ua") describes a property: a
height, an alignment, a posterior wall, the signal of a bone. It denies a height it describes ("Normal vertebral
body heights", "Kothöjderna är bevarade") but never a fracture or a loss of height named beside it ("Normal
alignment with a mild compression fracture of L1", "Kompressionsfraktur L1 med bevarad bakkant", "Normal signal i
bäckenet och frakturlinje i sakrum"); inside a mention it still describes the site it precedes ("the ramus fracture
and an intact sacrum"). Each in both languages, with and without å/ä/ö."""
from __future__ import annotations

import pytest

from .phrasing import assertions

SACRAL, RAMUS, VCF = "sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture"


# --- a fracture named beside a word of normality is present --------------------------------------------------------
@pytest.mark.parametrize("sentence, language, concept", [
    ("Normal alignment with a mild compression fracture of L1.", "en", VCF),
    ("Normal alignment and a compression fracture of L1.", "en", VCF),
    ("L1 compression fracture with alignment maintained.", "en", VCF),
    ("Wedge compression of L2 with the posterior wall preserved.", "en", VCF),
    ("Mild loss of height of L1 with preserved posterior wall.", "en", VCF),
    ("Normal bone density and L1 compression fracture.", "en", VCF),
    ("Normal SI joints and a fracture of the left sacral ala.", "en", SACRAL),
    ("Normal signal in the pelvis and a fracture line in the sacrum.", "en", SACRAL),
    ("Preserved disc spaces and an acute fracture of the left superior pubic ramus.", "en", RAMUS),
    ("Kompressionsfraktur L1 med bevarad bakkant.", "sv", VCF),
    ("Kompressionsfraktur L1, bakkanten är intakt och bevarad, med bevarad alignment.", "sv", VCF),
    ("Sänkt höjd av L1 med bevarad bakkant.", "sv", VCF),
    ("Sankt hojd av L1 med bevarad bakkant.", "sv", VCF),
    ("Normal alignment och kompressionsfraktur av L1.", "sv", VCF),
    ("Normal signal i bäckenet och frakturlinje i sakrum.", "sv", SACRAL),
    ("Normal signal i backenet och frakturlinje i sakrum.", "sv", SACRAL),
    ("Normala SI-leder och fraktur i vänster sakralvinge.", "sv", SACRAL),
    ("Bevarade diskhöjder och en fraktur i vänster ramus superior.", "sv", RAMUS),
    ("Bevarade diskhojder och en fraktur i vanster ramus superior.", "sv", RAMUS),
])
def test_a_fracture_beside_a_word_of_normality_is_present(sentence, language, concept):
    assert assertions(sentence, language, concept, "radiology") == ["present"]


# --- look-alikes: the height the word describes, and the denials beside it, stay negated ---------------------------
@pytest.mark.parametrize("sentence, language", [
    ("Normal vertebral body heights.", "en"),
    ("Vertebral body heights are maintained.", "en"),
    ("Vertebral body heights are preserved throughout.", "en"),
    ("Normal vertebral body heights, no compression fracture.", "en"),
    ("Normal kothöjd.", "sv"),
    ("Kothöjderna är bevarade.", "sv"),
    ("Kothojderna ar bevarade.", "sv"),
    ("Normala kothöjder, ingen kotkompression.", "sv"),
    ("Normal höjd av samtliga lumbala kotkroppar, inga kompressioner.", "sv"),
])
def test_a_height_described_as_normal_stays_negated(sentence, language):
    assert set(assertions(sentence, language, VCF, "radiology")) == {"negated"}


@pytest.mark.parametrize("sentence, language, concept", [
    ("Negative for sacral fracture.", "en", SACRAL),
    ("Sacral fracture: nil.", "en", SACRAL),
    ("Frakturfria ramus och sakrum.", "sv", SACRAL),
    ("Frakturfritt sakrum.", "sv", SACRAL),
])
def test_words_that_deny_a_fracture_still_deny_it(sentence, language, concept):
    assert assertions(sentence, language, concept, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence, language", [
    ("CT pelvis showed the ramus fracture and an intact sacrum.", "en"),
    ("DT bäcken visade ramusfrakturen och ett intakt sakrum.", "sv"),
])
def test_an_intact_site_inside_the_mention_is_still_denied(sentence, language):
    assert assertions(sentence, language, SACRAL, "radiology") == ["negated"]
    assert assertions(sentence, language, RAMUS, "radiology") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Sakrum i övrigt med normal signal, ingen fraktur.",
    "Sakrum i ovrigt med normal signal, ingen fraktur.",
    "Sakrum med i övrigt normal benmärgssignal, inga frakturer.",
    "Vänster sakralvinge med lätt ödem, ingen säker fraktur.",
])
def test_a_sacrum_described_then_a_fracture_denied_after_a_comma(sentence):
    """The site with its signal or oedema, up to five words, then a fracture denied or unsure after a comma: the
    sacrum's own fracture ("frakturlinje" was read so before; "fraktur" now too)."""
    assert assertions(sentence, "sv", "sacral_fracture", "radiology") in (["negated"], ["uncertain"])

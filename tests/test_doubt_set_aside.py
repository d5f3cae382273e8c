"""A fracture judged unlikely that is still to be excluded is asked, not denied: "Sacral fracture, though unlikely,
should be excluded", "is unlikely but needs to be ruled out", "Sakrumfraktur, om än osannolik, bör uteslutas". Judged
unlikely alone it stays denied ("Sacral fracture unlikely.", "Sakrumfraktur är osannolik.")."""
import pytest

from tests.phrasing import assertions


@pytest.mark.parametrize("text, lang", [
    ("Sacral fracture, though unlikely, should be excluded.", "en"),
    ("A sacral fracture, although unlikely, needs to be ruled out.", "en"),
    ("Sacral fracture is unlikely but should be excluded.", "en"),
    ("Sakrumfraktur, om än osannolik, bör uteslutas.", "sv"),
    ("Sakrumfraktur är mindre sannolik men bör uteslutas.", "sv"),
])
def test_an_unlikely_fracture_to_be_excluded_is_asked(text, lang):
    assert assertions(text, lang, "sacral_fracture") == ["hypothetical"]


@pytest.mark.parametrize("text, lang", [
    ("Sacral fracture unlikely.", "en"),
    ("Sacral fracture is unlikely; no further imaging.", "en"),
    ("Sakrumfraktur är osannolik.", "sv"),
])
def test_an_unlikely_fracture_alone_is_denied(text, lang):
    assert assertions(text, lang, "sacral_fracture") == ["negated"]

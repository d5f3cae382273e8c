"""A hedge that its own sentence says was then confirmed is no hedge ("Suspected sacral fracture - confirmed.",
"Misstänkt sakrumfraktur, bekräftad på MR"), and a certainty word after a coordinator ends a hedge's or a
negation's scope ("possible ramus fracture and definite L1 compression": only the ramus is in doubt). Both
languages, with and without å/ä/ö; the look-alikes keep their hedge."""
from __future__ import annotations

import pytest

from .phrasing import assertions

SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"


@pytest.mark.parametrize("language, text", [
    ("en", "Suspected sacral fracture - confirmed."),
    ("en", "Suspected sacral fracture, confirmed on MRI."),
    ("en", "The suspected sacral fracture was confirmed."),
    ("sv", "Misstänkt sakrumfraktur, bekräftad på MR."),
    ("sv", "Misstänkt sakrumfraktur - bekräftad."),
    ("sv", "Den misstänkta sakrumfrakturen bekräftades på MR."),
    ("sv", "Den misstänkta sakrumfrakturen har nu bekräftats."),
    ("sv", "MR bekräftar den misstänkta sakrumfrakturen."),
    ("sv", "Trolig sakrumfraktur, nu verifierad med DT."),
    ("sv", "Misstankt sakrumfraktur, bekraftad pa MR."),
])
def test_a_hedge_then_confirmed_is_present(language, text):
    assert assertions(text, language, SACRAL, "clinical") == ["present"]


@pytest.mark.parametrize("language, text", [
    ("en", "Suspected sacral fracture - not confirmed."),
    ("en", "Suspected sacral fracture, not confirmed on MRI."),
    ("sv", "Misstänkt sakrumfraktur, ej bekräftad på MR."),
    ("sv", "Trolig sakrumfraktur som inte har bekräftats."),
    ("sv", "Misstänkt sakrumfraktur. Kunde ej bekräftas på DT."),
    ("sv", "Misstänkt sakrumfraktur på DT bekräftades inte på MR."),
])
def test_a_hedge_not_confirmed_stays_uncertain(language, text):
    assert assertions(text, language, SACRAL, "clinical") == ["uncertain"]


@pytest.mark.parametrize("language, text, first, second", [
    ("en", "Possible ramus fracture and definite L1 compression.", "uncertain", "present"),
    ("en", "Possible ramus fracture and confirmed L1 compression.", "uncertain", "present"),
    ("sv", "Misstänkt ramusfraktur och bekräftad kotkompression L1.", "uncertain", "present"),
    ("sv", "Mojlig ramusfraktur och saker kotkompression L1.", "uncertain", "present"),
    # without a certainty word the hedge goes on over the list (ConText)
    ("en", "Possible ramus fracture and L1 compression.", "uncertain", "uncertain"),
    ("sv", "Misstänkt ramusfraktur och kotkompression L1.", "uncertain", "uncertain"),
])
def test_a_certainty_word_ends_a_hedge(language, text, first, second):
    assert assertions(text, language, RAMUS, "radiology") == [first]
    assert assertions(text, language, VCF, "radiology") == [second]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "No sacral fracture and known L1 compression.", "present"),
    ("en", "No sacral fracture and definite L1 compression.", "present"),
    ("en", "No sacral fracture and no known L1 compression.", "negated"),
    ("sv", "Ingen sakrumfraktur och känd kotkompression L1.", "present"),
    ("sv", "Ingen sakrumfraktur och ingen känd kotkompression L1.", "negated"),
])
def test_a_certainty_word_ends_a_negation(language, text, expected):
    assert assertions(text, language, SACRAL, "radiology") == ["negated"]
    assert assertions(text, language, VCF, "radiology") == [expected]


# --- a doubt in a bracket with a few words of its source speaks of the finding before the bracket -------------------
@pytest.mark.parametrize("language, text, expected", [
    ("en", "Sacral fracture (not confirmed on imaging).", ["uncertain"]),
    ("en", "Sacral fracture (not confirmed).", ["uncertain"]),
    ("sv", "Sakrumfraktur (ej bekräftad radiologiskt).", ["uncertain"]),
    ("sv", "Sakrumfraktur (ej bekraftad radiologiskt).", ["uncertain"]),
    ("en", "Sacral fracture (not seen on the CT).", ["present"]),  # a negation in a bracket may be of something else
])
def test_a_bracketed_doubt_with_its_source(language, text, expected):
    assert assertions(text, language, SACRAL) == expected

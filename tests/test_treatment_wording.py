"""An absent treatment is not an absent disease: "No osteoporosis treatment", "Ingen osteoporosbehandling" leave the
osteoporosis a note implies present; "No osteoporosis on DXA", "Ingen osteoporos" still deny it. And a clinical
judgement is no imaged finding: "Bedöms kliniskt som sakrumfraktur" is suspected."""
from __future__ import annotations

import pytest

from .phrasing import assertions

OSTEOPOROSIS = "osteoporosis"


@pytest.mark.parametrize("sentence, language", [
    ("No osteoporosis treatment.", "en"),
    ("Not on any osteoporosis medication.", "en"),
    ("Ingen osteoporosbehandling.", "sv"),
    ("Ej osteoporosbehandling pga njursvikt.", "sv"),
    ("Ingen pagaende osteoporosbehandling.", "sv"),
])
def test_an_absent_treatment_leaves_the_disease(sentence, language):
    assert assertions(sentence, language, OSTEOPOROSIS) == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("No osteoporosis on DXA.", "en"),
    ("Ingen osteoporos.", "sv"),
])
def test_an_absent_disease_is_still_denied(sentence, language):
    assert assertions(sentence, language, OSTEOPOROSIS) == ["negated"]


# --- a sacral fracture judged on clinical grounds alone is suspected ---------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Bedöms kliniskt som sakrumfraktur.",
    "Bedoms kliniskt som sakrumfraktur.",
    "Kliniskt bedömd som sakral insufficiensfraktur, ej verifierad.",
])
def test_a_clinical_judgement_of_a_sacral_fracture_is_suspected(sentence):
    assert assertions(sentence, "sv", "sacral_fracture") == ["uncertain"]


@pytest.mark.parametrize("sentence", [
    "Kliniskt och radiologiskt sakrumfraktur.",
    "Sakrumfraktur verifierad med MR, kliniskt förbättrad.",
])
def test_a_sacral_fracture_shown_on_imaging_stays_documented(sentence):
    assert assertions(sentence, "sv", "sacral_fracture") == ["present"]

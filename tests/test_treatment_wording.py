"""An absent treatment is not an absent disease: "No osteoporosis treatment", "Ingen osteoporosbehandling" leave the
osteoporosis a note implies present; "No osteoporosis on DXA", "Ingen osteoporos" still deny it."""
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

"""Everyday words for the findings that clinical notes use beside the textbook ones (GLOSSARY.md's lay terms)."""
from __future__ import annotations

import pytest

from .phrasing import assertions

LBP = "low_back_pain"


@pytest.mark.parametrize("text, expected", [
    # "svanken", the small of the back: patients' and nurses' word for the low back
    ("Ont i svanken sedan fallet.", ["present"]),
    ("Värk i svanken och ned i skinkan.", ["present"]),
    ("Ingen smärta i svanken.", ["negated"]),
    ("Smarta i svanken vid gang.", ["present"]),
    # look-alikes: the curve of the spine, no pain
    ("Ökad svank.", []),
    ("Svankande hållning vid inspektion.", []),
])
def test_everyday_wording_svanken_is_the_low_back(text, expected):
    assert assertions(text, "sv", LBP) == expected

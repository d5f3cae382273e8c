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


@pytest.mark.parametrize("text, expected", [
    # "bottom" is the lay word for the buttocks (GLOSSARY.md: buttock/gluteal pain is low-back pain)
    ("Pain in her bottom since the fall.", ["present"]),
    ("She has pain in her bottom", ["present"]),
    ("No pain in her bottom.", ["negated"]),
    ("Pain at the base of the spine.", ["present"]),
    ("Pain at the bottom of her back.", ["present"]),
    # look-alikes: a bottom of something else
    ("Pain in his bottom teeth.", []),
    ("Pain in the bottom of her foot.", []),
    ("Pain at the base of her thumb.", []),
])
def test_everyday_wording_her_bottom_is_the_buttocks(text, expected):
    assert assertions(text, "en", LBP) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ont i lanryggen.", ["present"]),  # "ländryggen" typed without its d and its dots
    ("Ingen smärta i länryggen.", ["negated"]),
])
def test_everyday_wording_a_dropped_letter_in_landryggen(text, expected):
    assert assertions(text, "sv", LBP) == expected


@pytest.mark.parametrize("text, concept, expected", [
    # "ua"/"u.a." (utan anmärkning) after a site: the radiologist's survey of it, a negated finding, as in English
    ("Sakrum u.a.", "sacral_fracture", ["negated"]),
    ("Sakrum: ua.", "sacral_fracture", ["negated"]),
    ("Os sacrum utan anmärkning.", "sacral_fracture", ["negated"]),
    ("Ramus: u.a.", "pubic_ramus_fracture", ["negated"]),
    ("Kotkropparna ua.", "vertebral_compression_fracture", ["negated"]),
    ("Kotkropparna utan anmärkning.", "vertebral_compression_fracture", ["negated"]),
    ("Sakrum: fraktur genom vänster ala.", "sacral_fracture", ["present"]),
])
def test_everyday_wording_ua_surveys_a_site(text, concept, expected):
    assert assertions(text, "sv", concept, note_type="radiology") == expected


@pytest.mark.parametrize("text, concept, expected", [
    # "brott", the lay word for a fracture (GLOSSARY.md), in the compounds "-fraktur" makes
    ("Hon har ett kotbrott i ländryggen.", "vertebral_compression_fracture", ["present"]),
    ("Kotbrottet laker langsamt.", "vertebral_compression_fracture", ["present"]),
    ("Kompressionsbrott L2 efter fallet.", "vertebral_compression_fracture", ["present"]),
    ("Korsbensbrott vänster.", "sacral_fracture", ["present"]),
    ("Misstänkt korsbensbrott.", "sacral_fracture", ["uncertain"]),
    ("Inget korsbensbrott.", "sacral_fracture", ["negated"]),
    ("Blygdbensbrott hoger efter fall.", "pubic_ramus_fracture", ["present"]),
    ("Kotbrott L1 med bevarad bakkant.", "vertebral_compression_fracture", ["present"]),
    # look-alikes: a break that is no bone's
    ("Behandlingsavbrott i tre veckor.", "vertebral_compression_fracture", []),
    ("Höftbrott 2019.", "sacral_fracture", []),
])
def test_everyday_wording_brott_compounds_name_the_fracture(text, concept, expected):
    assert assertions(text, "sv", concept) == expected

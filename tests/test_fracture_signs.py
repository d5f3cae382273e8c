"""Fractures of the pelvic ring as reports also name them: the obturator ring that the two pubic rami make, the
rami abbreviated ("Left SPR and IPR fractures", "Fx ram sup sin") and a break in the cortex ("cortical breach",
"buckling of the anterior cortex of the sacral ala", "kortikalt avbrott"). Each family by at least two wordings, with
its denials and its look-alikes (a registrar is an SpR)."""
from __future__ import annotations

import pytest

from .phrasing import assertions

SACRAL, RAMUS = "sacral_fracture", "pubic_ramus_fracture"


@pytest.mark.parametrize("sentence, language, concept", [
    ("Left obturator ring fracture.", "en", RAMUS),
    ("Fracture of the left obturator ring.", "en", RAMUS),
    ("Left SPR and IPR fractures.", "en", RAMUS),
    ("# L SPR.", "en", RAMUS),
    ("Fx ram sup sin.", "sv", RAMUS),
    ("Ram sup dx fx.", "sv", RAMUS),
    ("Left inferior pubic ramus: cortical breach.", "en", RAMUS),
    ("Cortical breach of the left superior pubic ramus.", "en", RAMUS),
    ("Ramus superior vä: kortikalt avbrott.", "sv", RAMUS),
    ("Kortikalt avbrott i vanster ramus superior.", "sv", RAMUS),
    ("Buckling of the anterior cortex of the left sacral ala.", "en", SACRAL),
    ("Sacral ala: cortical buckling.", "en", SACRAL),
    ("Avbrott i främre kortex i vänster sakralvinge.", "sv", SACRAL),
    ("Avbrott i framre kortex i vanster sakralvinge.", "sv", SACRAL),
])
def test_other_names_and_signs_of_a_fracture(sentence, language, concept):
    assert assertions(sentence, language, concept, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, language, concept", [
    ("No cortical breach in the sacrum.", "en", SACRAL),
    ("Inget kortikalt avbrott i sakrum.", "sv", SACRAL),
])
def test_a_denied_cortical_break_is_a_denied_fracture(sentence, language, concept):
    assert assertions(sentence, language, concept, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence", [
    "Discussed with the SpR who confirmed fracture of the radius.",
    "Seen by the ortho SpR, fracture clinic follow-up.",
])
def test_a_registrar_is_no_pubic_ramus(sentence):
    assert assertions(sentence, "en", RAMUS, "clinical") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Sakralbensfraktur.", ["present"]),
    ("Fraktur i sakralbenet höger sida.", ["present"]),
    ("Sacralbensinsufficiensfraktur bilateralt.", ["present"]),
    ("Sakralbenet utan fraktur.", ["negated"]),
])
def test_the_sacral_bone_by_its_other_swedish_name(sentence, expected):
    assert assertions(sentence, "sv", "sacral_fracture", "radiology") == expected


@pytest.mark.parametrize("sentence, concept", [
    ("She broke her pubic ramus in March.", "pubic_ramus_fracture"),
    ("Broke her pelvis (pubic ramus) when she fell at home.", "pubic_ramus_fracture"),
    ("Her pubic ramus broke when she fell.", "pubic_ramus_fracture"),
])
def test_a_bone_she_broke_is_fractured(sentence, concept):
    assert assertions(sentence, "en", concept, "clinical") == ["present"]


def test_breaking_down_in_tears_breaks_no_bone():
    assert assertions("She broke down in tears about her sacral pain.", "en", "sacral_fracture", "clinical") == []


@pytest.mark.parametrize("sentence, language, expected", [
    ("Fragility fracture of the spine.", "en", ["present"]),
    ("Fractures in her spine from osteoporosis.", "en", ["present"]),
    ("No fracture to the spine.", "en", ["negated"]),
    ("Fracture of the spine of the scapula.", "en", []),
    ("Fraktur i ryggen efter fall.", "sv", ["present"]),
    ("Ryggfraktur efter fall i hemmet.", "sv", ["present"]),
    ("Ryggkotefraktur efter fall.", "sv", ["present"]),
    ("Kilkota Th11.", "sv", ["present"]),
    ("Ingen fraktur i ryggen eller bäckenet.", "sv", ["negated"]),
    ("Ont i ryggen efter fall, ingen fraktur i handleden.", "sv", []),
])
def test_a_fracture_of_the_spine_with_no_region_named(sentence, language, expected):
    assert assertions(sentence, language, "vertebral_compression_fracture", "clinical") == expected

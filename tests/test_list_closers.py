"""A list of fractured sites closed by what befell them ("Fragility fracture: right superior pubic ramus after a fall",
"Fraktur: ramus superior hö efter fall i hemmet"): the list ends there as at its sentence's end (coordination
``list_closers``), while a list that goes on into another word ("fracture of the distal radius, and sacral pain")
still names no site."""
import pytest

from tests.phrasing import assertions, assertions_by_concept

RAMUS, SACRUM = "pubic_ramus_fracture", "sacral_fracture"


@pytest.mark.parametrize("text, lang", [
    ("Fragility fracture: right superior pubic ramus after a fall.", "en"),
    ("Fracture: left inferior pubic ramus following a fall at home.", "en"),
    ("Index fracture: right superior and inferior pubic rami after a trip on the stairs.", "en"),
    ("Fractures: right pubic rami secondary to a fall from standing height.", "en"),
    ("Fragilitetsfraktur: ramus superior höger efter fall.", "sv"),
    ("Fraktur: ramus superior och inferior vänster efter fall i hemmet.", "sv"),
    ("Lågenergifraktur: ramus inferior hö pga fall i trappan.", "sv"),
])
def test_a_site_list_closed_by_its_cause_is_a_fracture(text, lang):
    assert assertions(text, lang, RAMUS) == ["present"]


@pytest.mark.parametrize("text, lang", [
    ("No fracture of the pelvis, sacrum or pubic rami after the fall.", "en"),
    ("Inga frakturer i blygdben, korsben eller acetabulum efter fallet.", "sv"),
])
def test_a_denied_list_closed_by_its_cause_denies_each_site(text, lang):
    found = assertions_by_concept(text, lang)
    assert found[RAMUS] == ["negated"] and found[SACRUM] == ["negated"]


@pytest.mark.parametrize("text, lang", [
    ("Fractures: left sacral ala and right superior pubic ramus secondary to a fall.", "en"),
    ("Frakturer: ramus superior vä och sakrum hö pga fall.", "sv"),
])
def test_two_sites_closed_by_a_cause(text, lang):
    found = assertions_by_concept(text, lang)
    assert found[RAMUS] == ["present"] and found[SACRUM] == ["present"]


@pytest.mark.parametrize("text, lang", [
    ("Previous fracture of the distal radius, and sacral pain since the fall.", "en"),
    ("Fraktur: ramus superior hö, smärta i ljumsken efter fall.", "sv"),
])
def test_a_list_that_goes_on_names_no_other_site(text, lang):
    found = assertions_by_concept(text, lang)
    assert SACRUM not in found

"""Vertebral fractures as MRI and CT reports describe them: an endplate pressed in ("Depression of the superior
endplate of L2", "Lätt inpressad övre platta på L3") and a level's oedema read as an insufficiency fracture after a
comma ("Oedema in the L2 vertebral body, in keeping with an acute insufficiency fracture"). Each family by at least
two wordings, Swedish with and without å/ä/ö, and look-alikes that name no fracture."""
from __future__ import annotations

import pytest

from .phrasing import assertions

VCF = "vertebral_compression_fracture"


@pytest.mark.parametrize("sentence, language", [
    ("Depression of the superior endplate of L2.", "en"),
    ("Depressed inferior endplate at T12.", "en"),
    ("Lätt inpressad övre platta på L3.", "sv"),
    ("Latt inpressad ovre platta pa L3.", "sv"),
    ("Intryckt täckplatta L1.", "sv"),
])
def test_an_endplate_pressed_in_is_a_compression_fracture(sentence, language):
    assert assertions(sentence, language, VCF, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("Oedema in the L2 vertebral body, in keeping with an acute insufficiency fracture.", "en"),
    ("Sclerotic band beneath the superior endplate of L2 with oedema, in keeping with an acute insufficiency fracture.",
     "en"),
    ("Ödem i L2, förenligt med färsk osteoporotisk fraktur.", "sv"),
    ("Odem i L2-kotkroppen, forenligt med insufficiensfraktur.", "sv"),
])
def test_a_levels_oedema_read_as_an_insufficiency_fracture(sentence, language):
    assert assertions(sentence, language, VCF, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("No depression of the endplates of L1.", "en"),
    ("Ingen inpressad platta i L1.", "sv"),
])
def test_an_endplate_denied_pressed_in_is_denied(sentence, language):
    assert assertions(sentence, language, VCF, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence, language", [
    ("Schmorl's node at the superior endplate of L2.", "en"),
    ("Disc bulge at L4-5, no compression fracture.", "en"),
    ("Diskbråck L4-L5, ingen kompressionsfraktur.", "sv"),
])
def test_no_present_fracture_without_one(sentence, language):
    assert "present" not in assertions(sentence, language, VCF, "radiology")


# --- a spinal region's field whose value denies a fracture surveys the vertebrae ---------------------------------
@pytest.mark.parametrize("sentence, language", [
    ("Lumbar spine: no fracture.", "en"),
    ("Thoracic spine: no acute fracture.", "en"),
    ("Ländryggen: ingen fraktur.", "sv"),
    ("LWS: ingen fraktur.", "sv"),
    ("Landryggen: ingen akut fraktur.", "sv"),
])
def test_a_spinal_field_denying_a_fracture_is_a_denied_compression(sentence, language):
    assert assertions(sentence, language, VCF, "radiology") == ["negated"]

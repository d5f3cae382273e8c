"""A fracture told by what the film shows at the bone rather than by the word "fracture".

A step in the cortex ("cortical step", "trappstegsbildning" at a ramus), a line through the bone ("lucent line",
"radiolucent line", "uppklarningslinje") and callus ("callus formation",
"kallusbildning") at a pubic ramus or the sacrum are fractures (concepts.json of each language). A lytic lucency,
a step elsewhere ("step-off at the L4/5 facet") and a denied line or step are not. An endplate lowered or buckled at a
level ("Sänkt ovanplatta L1", "inbuktning av övre täckplattan L3") is a compression.
"""
import pytest

from tests.phrasing import assertions_by_concept


@pytest.mark.parametrize("text, lang, concept", [
    ("Cortical step in the left superior pubic ramus.", "en", "pubic_ramus_fracture"),
    ("Lucent line through the right superior pubic ramus.", "en", "pubic_ramus_fracture"),
    ("Callus formation around the left inferior pubic ramus.", "en", "pubic_ramus_fracture"),
    ("Lucent line traversing the left sacral ala.", "en", "sacral_fracture"),
    ("Radiolucent line across the right sacral ala.", "en", "sacral_fracture"),
    ("Trappstegsbildning i vänster ramus superior.", "sv", "pubic_ramus_fracture"),
    ("Kallusbildning kring höger ramus inferior.", "sv", "pubic_ramus_fracture"),
    ("Uppklarningslinje genom höger ramus superior.", "sv", "pubic_ramus_fracture"),
    ("Uppklarningslinje genom vänster sakralvinge.", "sv", "sacral_fracture"),
])
def test_a_step_a_line_or_callus_at_the_bone_is_a_fracture(text, lang, concept):
    assert assertions_by_concept(text, lang, "radiology").get(concept) == ["present"]


@pytest.mark.parametrize("text, lang, concept, expected", [
    ("No lucent line through the pubic rami.", "en", "pubic_ramus_fracture", ["negated"]),
    ("Ingen trappstegsbildning i ramus.", "sv", "pubic_ramus_fracture", ["negated"]),
    ("Lytic lucency in the left sacral ala.", "en", "sacral_fracture", None),
    ("Step-off at the L4/5 facet joint.", "en", "pubic_ramus_fracture", None),
    # a step-off or step deformity alone also tells a joint's alignment ("at the pubic symphysis", "of the SI
    # joint"): only a cortical step is read; a linear lucency may be a vascular channel
    ("Step-off at the pubic symphysis.", "en", "pubic_ramus_fracture", None),
    ("Step-off at the left superior pubic ramus.", "en", "pubic_ramus_fracture", None),
    ("Linear lucency in the sacrum, likely a vascular channel.", "en", "sacral_fracture", None),
    ("Possible cortical step in the left superior ramus.", "en", "pubic_ramus_fracture", ["uncertain"]),
])
def test_a_denied_line_or_a_step_elsewhere_is_no_fracture_found(text, lang, concept, expected):
    assert assertions_by_concept(text, lang, "radiology").get(concept) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sänkt ovanplatta L1.", ["present"]),
    ("Lätt inbuktning av övre täckplattan L3.", ["present"]),
    ("Nedsänkt underplatta L4.", ["present"]),
    ("Schmorlsk impression i underplattan L4.", None),
    ("Lätt konkav övre ändplatta L5, lätt kompression kan inte uteslutas.", None),
])
def test_a_lowered_or_buckled_endplate_at_a_level_is_a_compression(text, expected):
    # "ovanplatta"/"underplatta" are endplates as "täckplatta" is; a Schmorl node's impression and a concave
    # endplate the radiologist hedges are not
    assert assertions_by_concept(text, "sv", "radiology").get("vertebral_compression_fracture") == expected


def test_callus_at_a_ramus_beside_a_sacral_fracture_is_a_ramus_fracture_of_its_own():
    found = assertions_by_concept("Callus at the left superior ramus, and an insufficiency fracture of the sacral ala.",
                                  "en", "radiology")
    assert found["pubic_ramus_fracture"] == ["present"] and found["sacral_fracture"] == ["present"]

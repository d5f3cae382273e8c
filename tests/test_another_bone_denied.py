"""A fracture found, then another bone's fracture denied in the same breath: "fracture of the left inferior pubic
ramus with no vertebral fracture" is a present ramus fracture and a denied vertebral one. The site-then-fracture
pattern used to read across "with no vertebral" to the spine's fracture word and deny the ramus fracture too."""
from __future__ import annotations

import pytest

from .phrasing import assertions

PR = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"


@pytest.mark.parametrize("sentence", [
    "CT shows a fracture of the left inferior pubic ramus with no vertebral fracture.",
    "Fracture of the right superior pubic ramus with no hip fracture.",
    "Undisplaced fracture of the left superior pubic ramus without acetabular fracture.",
    "Fractures of both pubic rami with no femoral neck fracture.",
])
def test_another_bone_denied_leaves_the_ramus_fracture_present(sentence):
    assert assertions(sentence, "en", PR, "radiology") == ["present"]


def test_another_bone_denied_is_itself_denied():
    assert assertions("CT shows a fracture of the left inferior pubic ramus with no vertebral fracture.", "en", VCF,
                      "radiology") == ["negated"]


@pytest.mark.parametrize("sentence,expected", [
    ("Pubic ramus with no fracture.", "negated"),
    ("Pubic rami without fracture.", "negated"),
    ("Left pubic ramus insufficiency fracture.", "present"),
    ("The pubic rami show undisplaced fractures.", "present"),
    ("Pubic ramus and acetabular fractures on the right.", "present"),
    ("Pubic rami and left acetabular fractures.", "present"),
    ("Left superior pubic ramus with a non-displaced fracture.", "present"),
])
def test_another_bone_denied_look_alikes_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", PR, "radiology") == [expected]

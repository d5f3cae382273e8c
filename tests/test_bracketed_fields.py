"""A bracket after an exam's region that opens with a list word widens the field: "CT L hip (including pelvis)",
"CT left hip (incl. pelvis)", "DT vä höft (inkl bäcken)" image the pelvis, as "CT of the left hip and pelvis" does.
A bracket of anything else keeps the region: "CT left hip (with contrast)", "(including femur)"."""
import pytest

from tests.phrasing import exam_rows


@pytest.mark.parametrize("text, lang, modality", [
    ("CT L hip (including pelvis) showed no fracture.", "en", "ct"),
    ("CT left hip (incl. pelvis): no fracture.", "en", "ct"),
    ("MRI right hip (including the pelvis): no fracture.", "en", "mri"),
    ("DT vä höft (inkl bäcken) visade ingen fraktur.", "sv", "ct"),
    ("MR hö höft (inklusive bäckenet): ingen fraktur.", "sv", "mri"),
])
def test_a_bracket_that_lists_the_pelvis_covers_it(text, lang, modality):
    assert exam_rows(text, lang) == [(modality, "performed", True)]


@pytest.mark.parametrize("text", [
    "CT left hip (with contrast): no fracture.",
    "CT left hip (including femur): no fracture.",
])
def test_a_bracket_of_something_else_keeps_the_hip(text):
    assert exam_rows(text, "en") == [("ct", "performed", False)]

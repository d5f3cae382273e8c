""""May have" grants as often as it doubts: "She may have a walking aid for the ramus fracture" allows an aid for a
fracture that is there, while "She may have a ramus fracture" doubts the fracture. An aid, a piece of equipment or a
treatment named between "may have a" and "for"/"because of" makes it a permission (a pseudo trigger longer than the
"may have a" it blocks); Swedish "får ha"/"får använda" never doubted."""
import pytest

from tests.phrasing import assertions


@pytest.mark.parametrize("text, lang, concept", [
    ("She may have a walking aid for the ramus fracture.", "en", "pubic_ramus_fracture"),
    ("She may have a stick for the L1 fracture.", "en", "vertebral_compression_fracture"),
    ("She may have a raised toilet seat because of the sacral fracture.", "en", "sacral_fracture"),
    ("He can use a back brace for the L1 compression fracture.", "en", "vertebral_compression_fracture"),
    ("She might get a wheelchair given the pubic rami fractures.", "en", "pubic_ramus_fracture"),
    ("Får använda rollator pga ramusfrakturen.", "sv", "pubic_ramus_fracture"),
    ("Kan behöva rollator på grund av ramusfrakturen.", "sv", "pubic_ramus_fracture"),
])
def test_an_aid_allowed_for_a_finding_leaves_the_finding(text, lang, concept):
    assert assertions(text, lang, concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("She may have a ramus fracture.", "pubic_ramus_fracture"),
    ("She may have a fracture of the sacrum.", "sacral_fracture"),
    ("She may have a lumbar fracture.", "vertebral_compression_fracture"),
    ("He may have a stick; possible L1 fracture.", "vertebral_compression_fracture"),
])
def test_may_have_a_finding_still_doubts_it(text, concept):
    assert assertions(text, "en", concept) == ["uncertain"]

"""An age word after a comma, then the missing oedema that bears it out: "L1 compression fracture, old, without
oedema", "Compression fractures of T11, L1 and L3, all old without oedema", "Kotkompressioner Th11, L1 och L3,
samtliga gamla utan ödem", "Kompression L1, äldre, inget benmärgsödem" are earlier fractures (`historical`;
context.json, a following trigger from the comma). A new fracture told with its oedema beside an old one keeps its
own reading."""
import pytest

from tests.phrasing import assertions_by_concept

VCF = "vertebral_compression_fracture"


@pytest.mark.parametrize("text, lang", [
    ("L1 compression fracture, old, without oedema.", "en"),
    ("Compression fractures of T11, L1 and L3, all old without oedema.", "en"),
    ("Compression fractures of T12 and L2, both chronic with no marrow edema.", "en"),
    ("Kotkompressioner Th11, L1 och L3, samtliga gamla utan ödem.", "sv"),
    ("Kompression L1, äldre, inget benmärgsödem.", "sv"),
    ("Kotkompressioner Th12 och L2, båda läkta utan benmärgsödem.", "sv"),
])
def test_an_old_fracture_without_oedema_is_earlier(text, lang):
    assert assertions_by_concept(text, lang, "radiology")[VCF] == ["historical"]


@pytest.mark.parametrize("text, lang, expected", [
    ("New L2 compression fracture with oedema, old L1 fracture without oedema.", "en", ["present", "historical"]),
    ("L1 compression fracture with marrow oedema.", "en", ["present"]),
    ("Färsk kompression L2 med ödem.", "sv", ["present"]),
])
def test_a_fracture_with_its_oedema_stays_current(text, lang, expected):
    assert assertions_by_concept(text, lang, "radiology")[VCF] == expected

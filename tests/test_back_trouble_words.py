"""Everyday words for trouble right before the low back name low-back pain: "problems with her lower back", "troubled
by his low back", "complains of her low back", "problem med ländryggen", "klagar på korsryggen". Other body parts,
and a seat that is no buttock ("Problem med sätet i rullstolen"), stay out."""
import pytest

from tests.phrasing import assertions

LBP = "low_back_pain"


@pytest.mark.parametrize("text, lang", [
    ("She is struggling with her lower back since the fall.", "en"),
    ("Ongoing problems with her lower back.", "en"),
    ("Troubled by his low back for three weeks.", "en"),
    ("Complains of her low back when getting out of the chair.", "en"),
    ("Hon har problem med ländryggen sedan fallet.", "sv"),
    ("Klagar på korsryggen vid uppresning.", "sv"),
    ("Krångel med landryggen igen.", "sv"),
])
def test_trouble_with_the_low_back_is_back_pain(text, lang):
    assert assertions(text, lang, LBP) == ["present"]


@pytest.mark.parametrize("text, lang", [
    ("No problems with her lower back.", "en"),
    ("Inga problem med ländryggen.", "sv"),
])
def test_denied_trouble_is_denied(text, lang):
    assert assertions(text, lang, LBP) == ["negated"]


@pytest.mark.parametrize("text, lang", [
    ("Problems with her lower limbs and knees.", "en"),
    ("Troubled by her shoulder.", "en"),
    ("Problem med sätet i rullstolen.", "sv"),
    ("Problem med hjärtat och lungorna.", "sv"),
])
def test_trouble_elsewhere_is_no_back_pain(text, lang):
    assert assertions(text, lang, LBP) == []

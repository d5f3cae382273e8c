"""A fracture not seen on one study but seen on a later one is a fracture: "Sacral fracture not seen on XR but seen on
CT", "Ramus fracture not seen on plain film, confirmed on CT", "Sakrumfrakturen syns inte på slätröntgen men väl på DT",
"ej synlig på rtg men tydligt vid MR". The whole contrast is one trigger, longer than its "not seen", that outranks the
denial. Not seen and not ruled out is suspected ("syns inte på rtg men kan ej uteslutas"). A denial that a study
confirmed, or a plan after "but", still denies."""
import pytest

from tests.phrasing import assertions


@pytest.mark.parametrize("text, lang, concept", [
    ("Sacral fracture not seen on XR but seen on CT.", "en", "sacral_fracture"),
    ("The sacral fracture was not visible on the radiograph but is clearly seen on MRI.", "en", "sacral_fracture"),
    ("Ramus fracture not seen on plain film, confirmed on CT.", "en", "pubic_ramus_fracture"),
    ("The L1 fracture was not appreciated on the initial films but was demonstrated on MRI.", "en",
     "vertebral_compression_fracture"),
    ("Sakrumfrakturen syns inte på slätröntgen men väl på DT.", "sv", "sacral_fracture"),
    ("Ramusfraktur ej synlig på rtg men tydligt vid MR.", "sv", "pubic_ramus_fracture"),
    ("Sakrumfraktur ej synlig på slätröntgen, bekräftad på DT.", "sv", "sacral_fracture"),
    ("Sakrumfraktur som ej syntes på rtg men påvisades vid MR.", "sv", "sacral_fracture"),
])
def test_missed_on_one_study_seen_on_another_is_a_fracture(text, lang, concept):
    assert assertions(text, lang, concept) == ["present"]


@pytest.mark.parametrize("text, lang", [
    ("Sacral fracture not seen on XR, but cannot be excluded.", "en"),
    ("Sakrumfraktur syns inte på rtg men kan ej uteslutas.", "sv"),
])
def test_not_seen_and_not_ruled_out_is_suspected(text, lang):
    assert assertions(text, lang, "sacral_fracture") == ["uncertain"]


@pytest.mark.parametrize("text, lang", [
    ("No sacral fracture, confirmed on MRI.", "en"),
    ("No sacral fracture seen on XR, but CT is advised.", "en"),
    ("No sacral fracture on CT, but seen on MRI is marrow oedema of the L5 body.", "en"),
    ("Sacral fracture not seen on CT or MRI.", "en"),
    ("Ingen sakrumfraktur på DT, bekräftad på MR.", "sv"),
    ("Sakrumfraktur syns inte på rtg, men DT rekommenderas.", "sv"),
])
def test_a_denial_confirmed_or_followed_by_a_plan_still_denies(text, lang):
    assert assertions(text, lang, "sacral_fracture") == ["negated"]

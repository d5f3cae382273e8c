"""A fracture whose confirmation is denied in the perfect or future passive is suspected, not documented:
"Sakrumfrakturen har ännu inte bekräftats radiologiskt", "som inte har verifierats", "has not yet been verified",
"is yet to be confirmed". The study that did not confirm it was still done: "Frakturen kunde ej säkerställas med DT
bäcken" is a CT performed ("säkerställas" is no "MR-säker", the scanner safety word)."""
import pytest

from tests.phrasing import assertions, statuses


@pytest.mark.parametrize("text, lang, concept", [
    ("Sakrumfrakturen har ej säkerställts radiologiskt.", "sv", "sacral_fracture"),
    ("Sakrumfrakturen har inte verifierats.", "sv", "sacral_fracture"),
    ("Sakrumfrakturen har annu inte bekraftats radiologiskt.", "sv", "sacral_fracture"),
    ("Insufficiensfraktur i sakrum som inte har bekräftats på MR.", "sv", "sacral_fracture"),
    ("Sakrumfrakturen har inte kunnat säkerställas.", "sv", "sacral_fracture"),
    ("Sacral fracture has not yet been verified.", "en", "sacral_fracture"),
    ("The sacral insufficiency fracture is yet to be confirmed.", "en", "sacral_fracture"),
    ("The L1 fracture has never been confirmed on imaging.", "en", "vertebral_compression_fracture"),
    ("The pubic ramus fracture has not been proven radiologically.", "en", "pubic_ramus_fracture"),
])
def test_a_confirmation_denied_in_the_perfect_leaves_it_suspected(text, lang, concept):
    assert assertions(text, lang, concept) == ["uncertain"]


@pytest.mark.parametrize("text, lang", [
    ("Sakrumfrakturen har verifierats med DT.", "sv"),
    ("Sakrumfrakturen har nu bekräftats på MR.", "sv"),
    ("Sacral fracture has been confirmed on CT.", "en"),
    ("The sacral fracture has since been verified on MRI.", "en"),
])
def test_a_confirmation_stated_leaves_it_documented(text, lang):
    assert assertions(text, lang, "sacral_fracture") == ["present"]


@pytest.mark.parametrize("text, modality", [
    ("Frakturen kunde ej säkerställas med DT bäcken.", "ct"),
    ("Frakturen kunde inte säkerställas på DT bäcken.", "ct"),
    ("Sakrumfrakturen kunde ej sakerstallas med MR backen.", "mri"),
])
def test_a_study_that_could_not_confirm_was_done(text, modality):
    assert statuses(text, "sv", modality) == ["performed"]


@pytest.mark.parametrize("text", [
    "MR bäcken ej utförd, pacemakern är inte MR-säker.",
    "MR ej möjlig, pacemakern är ej säker för MR.",
])
def test_a_scanner_that_is_not_safe_still_stops_the_study(text):
    assert statuses(text, "sv", "mri") == ["not_performed"]

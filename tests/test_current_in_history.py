"""A finding under a history heading that the note calls current is this episode's: "TIDIGARE SJUKDOMAR: Ramusfraktur
vä, aktuell", "PAST MEDICAL HISTORY: Left pubic ramus fracture - current". The word must follow the finding (after at
most a side and punctuation) and end its phrase: "Ramusfraktur 2019, inte aktuell nu", "ej aktuell", "not current"
and "aktuell för vertebroplastik 2018" (what the old fracture was a reason for) stay history."""
from __future__ import annotations

import pytest

from .phrasing import assertions

RAMUS, VCF = "pubic_ramus_fracture", "vertebral_compression_fracture"


@pytest.mark.parametrize("language, text, concept", [
    ("sv", "TIDIGARE SJUKDOMAR:\nRamusfraktur vä, aktuell.\nHypertoni.", RAMUS),
    ("sv", "TIDIGARE SJUKDOMAR:\nRamusfraktur va, aktuell nu.\nHypertoni.", RAMUS),
    ("sv", "Tidigare sjukdomar:\nKotkompression L1 - pågående.\nDiabetes.", VCF),
    ("en", "PAST MEDICAL HISTORY:\nLeft pubic ramus fracture - current.\nHypertension.", RAMUS),
    ("en", "PMH:\nL1 compression fracture (current).\nHypertension.", VCF),
    ("en", "Past medical history:\nRight superior pubic ramus fracture, ongoing.\nAF.", RAMUS),
])
def test_a_finding_called_current_under_a_history_heading_is_present(language, text, concept):
    assert assertions(text, language, concept, "clinical") == ["present"]


@pytest.mark.parametrize("language, text, concept", [
    ("sv", "TIDIGARE SJUKDOMAR:\nRamusfraktur vä 2019, inte aktuell nu.\nHypertoni.", RAMUS),
    ("sv", "TIDIGARE SJUKDOMAR:\nRamusfraktur vä, ej aktuell.\nHypertoni.", RAMUS),
    ("sv", "TIDIGARE SJUKDOMAR:\nKotkompression L1, aktuell för vertebroplastik 2018.\nHypertoni.", VCF),
    ("sv", "TIDIGARE SJUKDOMAR:\nRamusfraktur hö 2015. Nu läkt.\nHypertoni.", RAMUS),
    ("en", "PAST MEDICAL HISTORY:\nL1 compression fracture, now healed.\nHypertension.", VCF),
    ("en", "PAST MEDICAL HISTORY:\nL1 compression fracture, not current.\nHypertension.", VCF),
])
def test_history_not_called_current_stays_history(language, text, concept):
    assert assertions(text, language, concept, "clinical") == ["historical"]

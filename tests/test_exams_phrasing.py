"""Phrase families that decide a finding's certainty and an exam's fate, as clinicians and radiologists write
them, in Swedish (with and without å/ä/ö) and English: each family by several variants, never one sentence."""
from __future__ import annotations

import pandas as pd
import pytest

from reportminer.pipeline import scan

DAY = "2025-01-14"


def _notes(rows: list[tuple]) -> pd.DataFrame:
    """(note_id, date, type, exam, text, language) rows of one patient as a notes table."""
    return pd.DataFrame([dict(zip(("note_id", "note_date", "note_type", "exam", "text", "language"), r),
                              patient_id="p1") for r in rows])


def _assertions(text: str, language: str, concept: str) -> list[str]:
    found = scan(_notes([("n1", DAY, "clinical", "", text, language)])).mentions
    return found[found["concept"] == concept]["assertion"].tolist()


# --- a hedge in brackets, after a dash, or in a working-diagnosis heading --------------------------------------
HEDGED_SACRAL = [
    ("en", "Assessment: Sacral fracture (probable). Analgesia."),
    ("en", "Assessment: Sacral insufficiency fracture (suspected), left pubic ramus fracture."),
    ("en", "Impression: right sacral ala fracture (presumed, no imaging)."),
    ("en", "Dx: Sacral insufficiency fracture (?)"),
    ("en", "Diagnosis: sacral fracture – unconfirmed"),
    ("en", "Assessment: sacral fracture, not yet verified."),
    ("en", "Sacral fracture (clinical diagnosis, not imaged)."),
    ("en", "Working diagnosis: sacral insufficiency fracture."),
    ("en", "Provisional diagnosis: fracture of the sacrum."),
    ("sv", "Bedömning: Sakrumfraktur (trolig). Smärtlindring."),
    ("sv", "Bedomning: Sakrumfraktur (trolig). Smartlindring."),
    ("sv", "Diagnos: Insufficiensfraktur i sakrum (misstänkt)."),
    ("sv", "Diagnos: Insufficiensfraktur i sakrum (misstankt)."),
    ("sv", "Diagnos: Sakrumfraktur – ej verifierad."),
    ("sv", "Diagnos: Korsbensfraktur - ej sakerstalld"),
    ("sv", "Bedömning: Sakrumfraktur (sannolik), ej bekräftad med DT."),
    ("sv", "Arbetsdiagnos: sakrumfraktur."),
    ("sv", "Preliminar diagnos: insufficiensfraktur i korsbenet."),
]


@pytest.mark.parametrize("language,text", HEDGED_SACRAL, ids=[f"{c[0]}-{c[1][:45]}" for c in HEDGED_SACRAL])
def test_exams_phrasing_a_hedged_sacral_fracture_is_suspected(language, text):
    assert _assertions(text, language, "sacral_fracture") == ["uncertain"]


@pytest.mark.parametrize("language,text,assertion", [
    ("en", "Assessment: Sacral fracture (left ala), confirmed on CT.", "present"),
    ("sv", "Bedömning: Sakrumfraktur (vänster sida) enligt DT.", "present"),
    ("en", "New compression deformity L4 (not seen 2021).", "present"),  # a bracketed negation is about 2021
    ("en", "Right inferior pubic ramus fracture (old, healed).", "historical"),
    ("sv", "Ramusfraktur vä (gammal, läkt).", "historical"),
])
def test_exams_phrasing_a_bracket_qualifies_what_precedes_it_only_when_it_hedges(language, text, assertion):
    concept = next(c for c in ("sacral_fracture", "vertebral_compression_fracture", "pubic_ramus_fracture")
                   if _assertions(text, language, c))
    assert _assertions(text, language, concept) == [assertion]


@pytest.mark.parametrize("language,text", [
    ("sv", "Sakrum utan ödem eller fraktur."),
    ("sv", "Sakrum utan odem eller fraktur."),
    ("sv", "Korsbenet utan ödem och utan frakturlinje."),
    ("en", "Sacrum without edema or fracture."),
])
def test_exams_phrasing_without_oedema_or_fracture_negates_the_fracture(language, text):
    assert _assertions(text, language, "sacral_fracture") == ["negated"]

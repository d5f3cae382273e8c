"""A line that opens with the sex letter and the age, as triage and ward lists write them ("F, 81, fall at home",
"M 79. Fell from standing.", "K, 81, fallit i hemmet", "K 84: fall i hemmet"), gives both. Look-alikes keep theirs: a
grade and a score ("Grade F, 81 points"), a weight ("M, 75 kg"), a room or a bay with a small number ("M 12, säng 2")."""
from __future__ import annotations

import pandas as pd
import pytest

from reportminer.demographics import read_age_sex
from reportminer.lexicon import load_lexicon

NOTE_DATE = pd.Timestamp("2025-03-01")


@pytest.fixture(scope="module")
def lexicons():
    return {"sv": load_lexicon("sv"), "en": load_lexicon("en")}


@pytest.mark.parametrize("language, text, expected", [
    ("en", "F, 81, fall at home.", (81, "F")),
    ("en", "ED triage\nM 79. Fell from standing.", (79, "M")),
    ("en", "F 84: mechanical fall, long lie.", (84, "F")),
    ("en", "Triage\nF, 81y, unable to weight bear", (81, "F")),
    ("sv", "K, 81, fallit i hemmet.", (81, "F")),
    ("sv", "Akut\nK 84: fall i hemmet.", (84, "F")),
    ("sv", "M 79. Ramlat i trappan.", (79, "M")),
])
def test_the_sex_letter_then_the_age_at_a_line_start(lexicons, language, text, expected):
    assert read_age_sex(text, lexicons[language], NOTE_DATE) == expected


@pytest.mark.parametrize("language, text", [
    ("en", "Grade F, 81 points."),
    ("en", "Vitals: BP 140/80\nM, 75 kg"),
    ("sv", "M, 75 kg"),
    ("sv", "Sal 3\nM 12, säng 2"),
])
def test_a_letter_before_a_number_that_is_no_age(lexicons, language, text):
    assert read_age_sex(text, lexicons[language], NOTE_DATE)[0] is None

"""More forms of age and sex: a title, a name and the age ("Mrs Jones, 84"), a field "Kön: kvinna", a bare "Female."
beside a date of birth. And the look-alikes: a dose after a name, a telephone number. (A Swedish personal identity
number is not read: an extract for a quality team is pseudonymised, and its patterns cost every note a pass.)"""
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
    ("en", "Mrs Jones, 84, fell at home.", (84, "F")),
    ("en", "Mr Brown, 79, known osteoporosis.", (79, "M")),
    # 12 March or 3 December 1941: either way her birthday is still ahead on 1 March 2025, so 83 (round 19)
    ("en", "DOB 12/03/1941. Female.", (83, "F")),
    ("en", "Mrs Smith (83) presents with low back pain.", (83, "F")),
    ("en", "Mr John Brown (79y) attended the fracture clinic.", (79, "M")),
    ("en", "G/O: 90-year-old widow, lives alone.", (90, "F")),
    ("en", "Widow, 81, lives alone.", (81, "F")),  # a sex word, a comma and the age (session of rounds 63-66)
    ("en", "Lady, 79, brought in by ambulance.", (79, "F")),
    ("en", "Gentleman, 82, fell in the garden.", (82, "M")),
    ("sv", "Ålder: 81 år. Kön: kvinna.", (81, "F")),
    ("sv", "Alder: 81 ar. Kon: kvinna.", (81, "F")),
    ("sv", "Remiss från vårdcentral, kvinna född 1941 med ryggont.", (84, "F")),
])
def test_more_forms_of_age_and_sex(lexicons, language, text, expected):
    assert read_age_sex(text, lexicons[language], NOTE_DATE) == expected


@pytest.mark.parametrize("language, text, expected", [
    # an age given by its decade reads as the decade's first year: a lower bound, enough for an age threshold
    ("en", "Elderly female in her 80s with new low back pain.", (80, "F")),
    ("en", "Lady in her late 70s, fell at home.", (70, "F")),
    ("en", "She is in her 90s and lives alone.", (90, "F")),
    ("en", "Gentleman in his 80's, known osteoporosis.", (80, "M")),
    ("sv", "Kvinna i 80-årsåldern med ländryggssmärta.", (80, "F")),
    ("sv", "Hon är i 90-arsaldern och bor ensam.", (90, "F")),
    # look-alikes: a vital sign in the nineties is no age
    ("en", "Sats in her 90s on room air.", (None, "F")),
    ("en", "Systolic BP in the 90s overnight.", (None, "")),
    # age and sex letter apart, as a history opens ("83 F with ..."); a temperature in Fahrenheit is no age
    ("en", "83 F with LBP after a fall.", (83, "F")),
    ("en", "HPI: 79 M presents with back pain.", (79, "M")),
    ("en", "Temp 101 F with rigors.", (None, "")),
    ("en", "Febrile to 102 F with rigors overnight.", (None, "")),
])
def test_an_age_given_by_its_decade_or_a_letter_apart(lexicons, language, text, expected):
    assert read_age_sex(text, lexicons[language], NOTE_DATE) == expected


@pytest.mark.parametrize("language, text", [
    ("en", "Mr Smith 12 mg daily."),
    ("sv", "Telefon 0701234567."),
    ("sv", "Remissnummer 1234567890."),
    ("en", "Mrs Smith (Ward 7) presents."),
])
def test_numbers_that_are_no_age(lexicons, language, text):
    assert read_age_sex(text, lexicons[language], NOTE_DATE)[0] is None


@pytest.mark.parametrize("language, text, expected", [
    # a sex word, then the age alone, at a note's or sentence's start ("Kvinna, 82, söker ...") or in brackets
    ("sv", "Kvinna, 82, söker för ryggsmärta.", (82, "F")),
    ("sv", "Kvinna 82. Ont i ländryggen.", (82, "F")),
    ("sv", "Remiss. Man, 79, med ryggvärk.", (79, "M")),
    ("sv", "82-åring med ryggvärk, hon har ont.", (82, "F")),
    ("en", "F/82 with back pain.", (82, "F")),
    ("en", "79/M, fall at home.", (79, "M")),
    ("en", "Lady (82) with new low back pain.", (82, "F")),
])
def test_a_sex_word_with_the_age_alone(lexicons, language, text, expected):
    assert read_age_sex(text, lexicons[language], NOTE_DATE) == expected


@pytest.mark.parametrize("language, text", [
    ("sv", "Vid kontroll såg man 2 frakturer."),
    ("sv", "Smärtan har man 80 procent av tiden."),
    ("en", "BP 120/80, HR 82, L5/S1 disc bulge."),
    ("en", "T12/L1 fracture, review in 12/52."),
    ("en", "A man, 45 kg, with back pain."),
    ("en", "Widow, 12 years ago lost her husband."),
])
def test_a_sex_word_with_a_number_that_is_no_age(lexicons, language, text):
    assert read_age_sex(text, lexicons[language], NOTE_DATE)[0] is None


# The sex letter then the age at a line's start, as triage and ward lists write them; look-alikes keep theirs: a
# grade and a score, a weight, a room or a bay with a small number.
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

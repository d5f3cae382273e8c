"""A time back that dates an earlier episode named just before it ("som förra gången för tre år sedan", "som vid förra
frakturen för två år sedan") dates that episode, not a finding earlier in the sentence: "Hopsjunken kota igen, det känns
som förra gången för tre år sedan" is a new fracture. What follows such a phrase belongs to the earlier episode and is
history, as a bare time back before or after a finding is."""
import pytest

from tests.phrasing import assertions

VCF, LBP = "vertebral_compression_fracture", "low_back_pain"


@pytest.mark.parametrize("text, concept, expected", [
    ("Jag har fått en hopsjunken kota igen, det känns precis som förra gången för tre år sedan.", VCF, ["present"]),
    ("Jag tror att jag har fått en hopsjunken kota igen, det känns som förra gången för tre år sedan.", VCF,
     ["uncertain"]),
    ("Ny kompressionsfraktur L2, samma smärta som vid förra frakturen för två år sedan.", VCF, ["present"]),
    ("Ont i ländryggen, precis som förra gången för ett par år sedan.", LBP, ["present"]),
    ("Ny kotkompression Th12, likt foregaende episoden for fyra ar sedan.", VCF, ["present"]),  # no å/ä/ö
])
def test_a_time_back_that_dates_the_earlier_episode_leaves_the_new_finding(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


@pytest.mark.parametrize("text, concept", [
    ("Förra gången för tre år sedan hade hon en kompressionsfraktur L1.", VCF),
    ("Förra gången för två år sedan fick hon ont i ländryggen.", LBP),
    ("Kompressionsfraktur L1 för tre år sedan.", VCF),
    ("Kompressionsfraktur L1 förra gången, för tre år sedan.", VCF),
])
def test_what_the_earlier_episode_held_or_a_bare_time_back_stays_history(text, concept):
    assert assertions(text, "sv", concept) == ["historical"]


# --- a quotation is an earlier document when a date written in its intro or its first line says so ---------------------
@pytest.mark.parametrize("text, expected", [
    # the patient's own message of today: its time back dates the earlier episode it compares with, not the message
    ('Meddelande via 1177 från patienten:\n"Jag tror att jag har fått en hopsjunken kota igen, det känns precis som '
     'förra gången för tre år sedan. Kan jag få en tid?"', ["uncertain"]),
    ('Meddelande från dottern:\n"Mamma har fått en ny kompressionsfraktur i L2, hon hade en likadan för fyra år '
     'sedan."', ["present"]),
    # a report of an earlier episode quoted with its header's date, or under a dated intro, stays that episode's
    ('Utreddes hösten 2022, svar då:\n"DT LÄNDRYGG 2022-10-11\nUTLÅTANDE: Kompressionsfraktur L2."\nNu lumbago.',
     ["historical"]),
    ('Kopierat från akutanteckning 2021-03-01:\n"Bedömning: Kompressionsfraktur L1."\nNu ryggvärk.', ["historical"]),
])
def test_a_quotation_is_an_earlier_document_only_by_a_written_date(text, expected):
    assert assertions(text, "sv", VCF) == expected


SACRAL = "sacral_fracture"


@pytest.mark.parametrize("text, expected", [
    # a study named with an earlier year, with or without its body part, then what it showed (notes of 2025-01-14)
    ("Skelettscint 2021 visade sakrumfraktur.", ["historical"]),
    ("MR 2022 visade sakrumfraktur höger.", ["historical"]),
    ("MR bäcken 2022: sakrumfraktur höger.", ["historical"]),
    ("DT 2025 visade sakrumfraktur.", ["present"]),  # the note's own year dates no earlier episode
    ("Skelettscint visade sakrumfraktur.", ["present"]),
])
def test_a_study_named_with_an_earlier_year_dates_its_finding(text, expected):
    assert assertions(text, "sv", SACRAL) == expected

"""Telegraphic notes: a spaced dash parts items, and "Ix for" opens a work-up.

A spaced dash parts a telegraphic note's items: what the item after it denies is its own subject's.

"Low back pain - neuro intact", "Ländryggssmärta - labb ua", "L1 compression fracture - myeloma screen negative":
the normal or negative finding is of the examination, the bloods or the screen named after the dash, not of the pain
or the fracture before it, as a comma already kept them apart. A trigger right after the dash ("Sacral fracture -
negative", "Sakrum - ua") or after an exam's name only ("Sacral fracture - MRI negative") still speaks of what
precedes the dash.

A line that only names a level, perhaps after its field's label ("Fynd: Th12" + "kilformad."), is the label of the
description on the next line: the two read as one sentence.
"""
import pytest

from tests.phrasing import assertions

LBP, SACRAL, VCF, RAMUS = "low_back_pain", "sacral_fracture", "vertebral_compression_fracture", "pubic_ramus_fracture"


@pytest.mark.parametrize("text, lang, concept", [
    ("Low back pain - neuro intact.", "en", LBP),
    ("Low back pain - SLR negative.", "en", LBP),
    ("Low back pain - bloods normal.", "en", LBP),
    ("L1 compression fracture - myeloma screen negative.", "en", VCF),
    ("Right superior pubic ramus fracture \u2013 SLR negative.", "en", RAMUS),
    ("Sacral fracture - Ca normal.", "en", SACRAL),
    ("Ländryggssmärta - labb ua.", "sv", LBP),
    ("Ländryggssmärta - neurologiskt ua.", "sv", LBP),
    ("Landryggssmarta - Lasegue negativ.", "sv", LBP),
    ("Kompressionsfraktur L1 - myelomutredning negativ.", "sv", VCF),
    ("Insufficiensfraktur i vänster sakrumvinge - labb ua.", "sv", SACRAL),
    ("Insufficiensfraktur i vanster sakrumvinge - reflexer ua.", "sv", SACRAL),
])
def test_a_denial_after_a_dash_is_of_its_own_item(text, lang, concept):
    assert assertions(text, lang, concept) == ["present"]


@pytest.mark.parametrize("text, lang, concept", [
    ("Sacral fracture - negative.", "en", SACRAL),
    ("Sacral fracture - MRI negative.", "en", SACRAL),
    ("Sacral fracture - CT pelvis negative.", "en", SACRAL),
    ("Sacrum - intact.", "en", SACRAL),
    ("Sakrum - ua.", "sv", SACRAL),
    ("Sakrum ua.", "sv", SACRAL),
])
def test_a_denial_right_after_the_dash_or_an_exam_is_of_the_finding(text, lang, concept):
    assert assertions(text, lang, concept) == ["negated"]


# --- "Ix for" (investigations for) opens a work-up, as "investigations for" does -------------------------------
@pytest.mark.parametrize("text", [
    "Ix for sacral insufficiency fracture.",
    "Ix for ?sacral fracture.",
    "Plan: ix for sacral insufficiency fracture.",
])
def test_investigations_for_a_fracture_are_a_work_up(text):
    assert assertions(text, "en", SACRAL) == ["hypothetical"]


# --- a fracture's item closed by "- united" or "- consolidated" is healed, as "- healed" is --------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Left superior pubic ramus fracture - united.", RAMUS, ["historical"]),
    ("Left pubic ramus fracture - consolidated.", RAMUS, ["historical"]),
    ("Left pubic ramus fracture, not yet united.", RAMUS, ["present"]),
    ("Left pubic ramus fracture has not united.", RAMUS, ["present"]),
])
def test_a_united_fracture_is_healed(text, concept, expected):
    assert assertions(text, "en", concept) == expected


# --- a line that only names a level labels the description on the next line ------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Fynd: Th12\nkilformad.", "sv", ["present"]),
    ("Th12\nLätt kilformad, oförändrad.", "sv", ["present"]),
    ("Fynd: L1 och L2\nkilformade med lätt höjdreduktion.", "sv", ["present"]),
    ("Findings: T12\nwedged.", "en", ["present"]),
    ("T12\nWedged, unchanged.", "en", ["present"]),
    ("L1\nNormal height.", "en", ["negated"]),
    ("Kotkompression L1\nkotan i övrigt ua.", "sv", ["present"]),  # a finding then a level: two statements, as before
])
def test_a_level_alone_on_its_line_labels_the_next_line(text, lang, expected):
    assert assertions(text, lang, "vertebral_compression_fracture", note_type="radiology") == expected

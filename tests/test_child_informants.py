"""Where the patient's child tells the note ("Telephone call from daughter", "Son rang"), a parent named without a
possessor in a later sentence is the patient ("Mother has ongoing low back pain"), not family history; with a
possessor ("her mother", "patient's mother"), or in a note no child tells, a parent stays family. English
counterpart of the Swedish rule (tests/test_outside22_sv.py); context.json ``child_informants``."""
from __future__ import annotations

import pytest

from .phrasing import assertions

LBP, OSTEOPOROSIS, VCF = "low_back_pain", "osteoporosis", "vertebral_compression_fracture"


@pytest.mark.parametrize("text, concept", [
    ("Son phoned. Mother has ongoing low back pain.", LBP),
    ("Telephone call from her daughter.\nMother has had osteoporosis for years.", OSTEOPOROSIS),
    ("Spoke with the daughter by phone. Mother had a vertebral compression fracture of L1 on the x-ray this week.",
     VCF),
    ("Daughter reports that mum has more low back pain since the fall.", LBP),
])
def test_a_parent_named_by_the_patients_child_is_the_patient(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("Seen in clinic. Mother had osteoporosis.", OSTEOPOROSIS),
    ("Son phoned. The patient's mother had osteoporosis.", OSTEOPOROSIS),
    ("Telephone call from daughter. Her mother had a vertebral compression fracture.", VCF),
    ("Daughter rang. Grandmother had osteoporosis.", OSTEOPOROSIS),
])
def test_a_parent_with_a_possessor_or_without_a_child_informant_stays_family(text, concept):
    assert assertions(text, "en", concept) == ["historical"]

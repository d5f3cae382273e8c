"""A relative's condition told with words in apposition between the relative and the verb.

"Her mother, now 95, has osteoporosis", "Her sister (aged 80) had a compression fracture of L1", "His wife, with
whom he lives, has low back pain", "Hennes mamma, numera 95 år, har osteoporos", "Maken, 84 år, har ont i
ländryggen", "Systern (80 år) hade en kotkompression": the comma or bracket pair no longer ends the family history
(context.json, the relative's trigger with ``@GAP`` between ",|(" and ",|)"); the condition is `historical` (not the
patient's own). A relative who tells of the patient ("Her daughter, present today, reports she has low back pain",
"Dottern, som är med idag, berättar att pat har ont") leaves the patient's pain present.
"""
import pytest

from tests.phrasing import assertions_by_concept


@pytest.mark.parametrize("text, lang, concept", [
    ("Her mother, now 95, has osteoporosis.", "en", "osteoporosis"),
    ("Her sister (aged 80) had a compression fracture of L1.", "en", "vertebral_compression_fracture"),
    ("His wife, with whom he lives, has low back pain.", "en", "low_back_pain"),
    ("Her father, who died at 90, had a sacral fracture.", "en", "sacral_fracture"),
    ("Hennes mamma, numera 95 år, har osteoporos.", "sv", "osteoporosis"),
    ("Maken, 84 år, har svår ländryggssmärta.", "sv", "low_back_pain"),
    ("Systern (80 år) hade en kotkompression i L1.", "sv", "vertebral_compression_fracture"),
])
def test_a_relatives_condition_after_an_apposition_is_not_the_patients(text, lang, concept):
    assert assertions_by_concept(text, lang)[concept] == ["historical"]


@pytest.mark.parametrize("text, lang", [
    ("Her daughter, present today, reports she has low back pain.", "en"),
    ("Son (a nurse) says she has had low back pain for weeks.", "en"),
    ("Dottern, som är med idag, berättar att pat har ont i ländryggen.", "sv"),
])
def test_a_relative_who_tells_of_the_patient_leaves_the_patients_pain(text, lang):
    assert assertions_by_concept(text, lang)["low_back_pain"] == ["present"]

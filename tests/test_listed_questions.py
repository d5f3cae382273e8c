"""Questions listed after a request's question word and its colon are all asked.

"Rtg bäcken, frågeställning: Ramusfraktur? Sakrumfraktur?" and "XR pelvis, clinical question: Pubic ramus fracture?
Sacral fracture?" ask both findings (hypothetical), also in capitals: a query mark there does not end the sentence
when another short question follows (sections.py ``_lists_questions``), and "question" and "indication" are words of
a request in English too (context.json ``asking_words``). An answer after the list ("Svar: Ingen fraktur", "No
fracture seen") is no question, and a clinician's "query sacral fracture?" without a request stays a suspicion.
"""
import pytest

from tests.phrasing import assertions_by_concept


@pytest.mark.parametrize("text, lang", [
    ("Rtg bäcken, frågeställning: Ramusfraktur? Sakrumfraktur?", "sv"),
    ("Rtg backen, fragestallning: Ramusfraktur? Sakrumfraktur?", "sv"),
    ("RTG BÄCKEN, FRÅGESTÄLLNING: RAMUSFRAKTUR? SAKRUMFRAKTUR?", "sv"),
    ("Remiss till DT bäcken skickad, fs: Ramusfraktur? Insufficiensfraktur i sakrum?", "sv"),
    ("XR pelvis, clinical question: Pubic ramus fracture? Sacral fracture?", "en"),
    ("CT pelvis requested, question: Ramus fracture? Sacral insufficiency fracture?", "en"),
    ("Bone scan, indication: Pubic ramus fracture? Sacral fracture?", "en"),
])
def test_each_question_of_a_list_is_asked(text, lang):
    found = assertions_by_concept(text, lang)
    assert found["pubic_ramus_fracture"] == ["hypothetical"]
    assert found["sacral_fracture"] == ["hypothetical"]


@pytest.mark.parametrize("text, lang, concept, expected", [
    ("Frågeställning: Sakrumfraktur? Svar: Ingen fraktur i sakrum.", "sv", "sacral_fracture",
     ["hypothetical", "negated"]),
    ("XR pelvis, question: sacral fracture? No sacral fracture seen.", "en", "sacral_fracture",
     ["hypothetical", "negated"]),
    ("Impression: query sacral fracture? Plan MRI pelvis.", "en", "sacral_fracture", ["uncertain"]),
    ("Bedömning: Sakrumfraktur? Ramusfraktur? Planeras MR.", "sv", "sacral_fracture", ["uncertain"]),
])
def test_an_answer_or_a_clinicians_suspicion_is_no_listed_question(text, lang, concept, expected):
    assert assertions_by_concept(text, lang)[concept] == expected

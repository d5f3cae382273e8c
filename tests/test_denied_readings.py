"""A reading denied or doubted away: "not consistent with", "not suggestive of", "not in keeping with", "unlikely to
be", "Unlikely sepsis" and their Swedish counterparts ("ej talande för", "inte förenlig med", "inte typiskt för")
deny what follows them (context.json, the negations before a condition; a bare "unlikely" reaches three words).

The nearer "consistent with" (present) or "suggestive of" (uncertain) no longer outweighs the "not" before it. What
the denied reading is about keeps its own assertion ("The L1 compression fracture is not consistent with trauma").
"""
import pytest

import reportminer


def _judge(text, term, lang):
    start = text.index(term)
    return reportminer.assertion(text, start, start + len(term), language=lang)


@pytest.mark.parametrize("text, term, lang", [
    ("Not consistent with a sacral fracture.", "sacral fracture", "en"),
    ("Findings are not in keeping with an insufficiency fracture.", "insufficiency fracture", "en"),
    ("Appearances are not suggestive of metastasis.", "metastasis", "en"),
    ("The lesion is not compatible with a haemangioma.", "haemangioma", "en"),
    ("Symptoms not indicative of cauda equina syndrome.", "cauda equina syndrome", "en"),
    ("This is unlikely to be a sacral fracture.", "sacral fracture", "en"),
    ("Unlikely sepsis.", "sepsis", "en"),
    ("Not felt to be angina.", "angina", "en"),
    ("Ej talande för infektion.", "infektion", "sv"),
    ("Bilden är inte förenlig med sakrumfraktur.", "sakrumfraktur", "sv"),
    ("Fyndet är inte typiskt för metastas.", "metastas", "sv"),
    ("Röntgenbilden talar inte för fraktur.", "fraktur", "sv"),
])
def test_a_denied_reading_denies_what_follows(text, term, lang):
    assert _judge(text, term, lang) == "negated"


@pytest.mark.parametrize("text, term, lang, expected", [
    ("The L1 compression fracture is not consistent with trauma.", "L1 compression fracture", "en", "present"),
    ("Unlikely to walk again given her sacral fracture.", "sacral fracture", "en", "present"),
    ("Consistent with a sacral insufficiency fracture.", "sacral insufficiency fracture", "en", "present"),
    ("Suggestive of a sacral insufficiency fracture.", "sacral insufficiency fracture", "en", "uncertain"),
    ("Sakrumfrakturen talar inte för malignitet.", "Sakrumfrakturen", "sv", "present"),
    ("Talar för sakrumfraktur.", "sakrumfraktur", "sv", "present"),
])
def test_what_the_denied_reading_is_about_and_the_affirmed_one_keep_theirs(text, term, lang, expected):
    assert _judge(text, term, lang) == expected

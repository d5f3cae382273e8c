"""A risk factor's field left "not known" or "unknown" puts no one at risk: "Osteoporosis: not known",
"Kortisonbehandling: ej känt", "Hip replacement: unknown" (a form's field the writer could not fill). The
fractures keep their reading when their cause is "not known"."""
from __future__ import annotations

import pytest

from .phrasing import assertions, is_flagged, only_case


@pytest.mark.parametrize("language,sentence,concept,expected", [
    ("en", "Osteoporosis: not known.", "osteoporosis", "negated"),
    ("en", "Osteoporosis - not known", "osteoporosis", "negated"),
    ("en", "Steroid use: not known.", "steroid_therapy", "negated"),
    ("en", "Osteoporosis: unknown.", "osteoporosis", "uncertain"),
    ("en", "Hip replacement: unknown.", "hip_prosthesis", "uncertain"),
    ("sv", "Osteoporos: ej känd.", "osteoporosis", "negated"),
    ("sv", "Kortisonbehandling: ej känt.", "steroid_therapy", "negated"),
    ("sv", "Osteoporos: okänt.", "osteoporosis", "uncertain"),
])
def test_unknown_risk_factor_field_is_no_risk_factor(language, sentence, concept, expected):
    assert assertions(sentence, language, concept) == [expected]


@pytest.mark.parametrize("language,sentence,concept,expected", [
    ("en", "Known osteoporosis.", "osteoporosis", "present"),
    ("en", "Osteoporosis: known, on alendronate.", "osteoporosis", "present"),
    ("en", "L1 compression fracture, cause not known.", "vertebral_compression_fracture", "present"),
    ("sv", "Känd osteoporos.", "osteoporosis", "present"),
    ("sv", "Osteoporos: känd sedan 2015.", "osteoporosis", "present"),
    ("sv", "Kompressionsfraktur L1, orsak okänd.", "vertebral_compression_fracture", "present"),
])
def test_unknown_risk_factor_look_alikes_keep_their_reading(language, sentence, concept, expected):
    assert assertions(sentence, language, concept) == [expected]


@pytest.mark.parametrize("language,text", [
    ("en", "70-year-old man. Low back pain for 3 weeks. Osteoporosis: not known. Steroids: not known."),
    ("sv", "70-årig man. Ländryggssmärta sedan 3 veckor. Osteoporos: ej känd. Kortison: ej känt."),
])
def test_unknown_risk_factor_a_man_with_back_pain_is_not_at_risk(language, text):
    assert not is_flagged(only_case([("n1", "2025-01-14", "clinical", "", text, language)]))

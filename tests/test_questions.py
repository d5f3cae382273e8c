"""A sentence that opens with a question's words and ends with "?" asks about its findings (context.json
``question_openers``; CONTRACT: questions are hypothetical): "Has she had a vertebral fracture before?", "Finns det
någon sakrumfraktur?". A "?" alone on a finding stays the writer's doubt ("Sacral fracture?"), and a question that
only names a known finding does not doubt it. Both languages, with and without å/ä/ö."""
from __future__ import annotations

import pytest

from .phrasing import assertions


@pytest.mark.parametrize("language, text, concept", [
    ("en", "Has she had a vertebral fracture before?", "vertebral_compression_fracture"),
    ("en", "Is there a sacral fracture?", "sacral_fracture"),
    ("en", "Does she have low back pain?", "low_back_pain"),
    ("en", "Any history of vertebral fractures?", "vertebral_compression_fracture"),
    ("en", "Could this be a sacral insufficiency fracture?", "sacral_fracture"),
    ("sv", "Finns det någon sakrumfraktur?", "sacral_fracture"),
    ("sv", "Har hon ont i ländryggen?", "low_back_pain"),
    ("sv", "Kan det vara en insufficiensfraktur i sakrum?", "sacral_fracture"),
    ("sv", "Nagon sakrumfraktur?", "sacral_fracture"),
    ("sv", "Har hon ont i landryggen?", "low_back_pain"),
])
def test_a_question_to_someone_is_hypothetical(language, text, concept):
    assert assertions(text, language, concept, "clinical") == ["hypothetical"]


@pytest.mark.parametrize("language, text, concept, expected", [
    ("en", "Sacral fracture?", "sacral_fracture", "uncertain"),
    ("en", "Low back pain since the fall, ?sacral fracture", "sacral_fracture", "uncertain"),
    ("en", "Low back pain since the fall, ?sacral fracture", "low_back_pain", "present"),
    ("en", "Is the known L1 compression fracture the cause of her pain?", "vertebral_compression_fracture", "present"),
    ("sv", "Sakrumfraktur?", "sacral_fracture", "uncertain"),
    ("sv", "Har ont i ländryggen, ?sakrumfraktur", "sacral_fracture", "uncertain"),
    ("sv", "Har ont i ländryggen, ?sakrumfraktur", "low_back_pain", "present"),
])
def test_a_lone_query_or_a_statement_keeps_its_reading(language, text, concept, expected):
    assert assertions(text, language, concept, "clinical") == [expected]

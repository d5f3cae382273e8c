"""A finding weighed against another is in doubt, in Swedish as in English: "Sakrumfraktur vs metastas",
"Diff. diagnostiskt sakral insufficiensfraktur", "Sakrumfraktur svår att utesluta" ("vs", "differential
includes", "difficult to exclude"). "alternativt" is no such word: notes use it for a choice of drugs or studies
("Alvedon alternativt Panodil vid ländryggssmärta")."""
from __future__ import annotations

import pytest

from .phrasing import assertions

SACRAL = "sacral_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"


@pytest.mark.parametrize("language,sentence,concept", [
    ("sv", "Sakrumfraktur vs metastas.", SACRAL),
    ("sv", "Metastas versus insufficiensfraktur i sakrum.", SACRAL),
    ("sv", "Kompressionsfraktur L1 vs. äldre kilform.", VCF),
    ("sv", "Diff. diagnostiskt sakral insufficiensfraktur.", SACRAL),
    ("sv", "Diff diagnostiskt kompressionsfraktur Th12.", VCF),
    ("sv", "Sakrumfraktur svår att utesluta.", SACRAL),
    ("sv", "Kompressionsfraktur av L1 är svår att utesluta.", VCF),
    ("en", "Sacral insufficiency fracture vs metastatic deposit.", SACRAL),
    ("en", "Differential includes sacral insufficiency fracture.", SACRAL),
    ("en", "A sacral fracture is difficult to exclude.", SACRAL),
])
def test_differential_wording_makes_the_finding_uncertain(language, sentence, concept):
    assert assertions(sentence, language, concept, "radiology") == ["uncertain"]


@pytest.mark.parametrize("language,sentence,concept,expected", [
    ("sv", "Alvedon alternativt Panodil vid ländryggssmärta.", LBP, "present"),
    ("sv", "Sakrumfraktur. Metastas vs degenerativ förändring i L3.", SACRAL, "present"),
    ("sv", "Sakrumfraktur utesluten.", SACRAL, "negated"),
    ("sv", "Bilaterala insufficiensfrakturer i sakrum; vs-markering enligt rutin saknas.", SACRAL, "present"),
])
def test_differential_wording_look_alikes_keep_their_reading(language, sentence, concept, expected):
    assert assertions(sentence, language, concept, "radiology") == [expected]

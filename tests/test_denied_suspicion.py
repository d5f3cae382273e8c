"""A suspicion denied is a denial: "Sacral fracture is not suspected", "No suspicion of a pubic ramus fracture",
"Kompressionsfraktur misstänks ej", "Ej misstänkt sakrumfraktur". The hedge word inside the negation must not make
the finding uncertain (the nearest trigger used to be the hedge), and a suspicion that is not denied keeps its doubt.
"""
from __future__ import annotations

import pytest

from .phrasing import assertions, is_flagged, only_case

SACRAL = "sacral_fracture"
PR = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"


@pytest.mark.parametrize("language,sentence,concept", [
    ("en", "No suspicion of sacral fracture.", SACRAL),
    ("en", "No clinical suspicion of a pubic ramus fracture.", PR),
    ("en", "Sacral fracture is not suspected.", SACRAL),
    ("en", "A sacral insufficiency fracture is not suspected clinically.", SACRAL),
    ("en", "L1 compression fracture not suspected.", VCF),
    ("en", "Not suspicious for sacral fracture.", SACRAL),
    ("en", "Pubic rami fractures were not suspected at the time.", PR),
    ("en", "Sacral fracture no longer suspected after the MRI.", SACRAL),
    ("sv", "Sakrumfraktur misstänks inte.", SACRAL),
    ("sv", "Kompressionsfraktur L1 misstänks ej.", VCF),
    ("sv", "Ömhet över sakrum, sakr. fx misstänks ej.", SACRAL),
    ("sv", "Ej misstänkt sakrumfraktur.", SACRAL),
    ("sv", "Ramusfraktur inte misstänkt.", PR),
    ("sv", "Ingen klinisk misstanke om ramusfraktur.", PR),
    ("sv", "Sakrumfraktur misstänks inte längre efter MR.", SACRAL),
])
def test_denied_suspicion_is_a_denial(language, sentence, concept):
    assert assertions(sentence, language, concept) == ["negated"]


@pytest.mark.parametrize("language,sentence,concept", [
    ("en", "Sacral fracture suspected.", SACRAL),
    ("en", "Suspicion of sacral fracture.", SACRAL),
    ("en", "Sacral fracture cannot be excluded.", SACRAL),
    ("en", "Sacral fracture is suspected but not confirmed.", SACRAL),
    ("en", "No suspicious lesion; sacral fracture suspected.", SACRAL),
    ("en", "Not only pain: a pubic ramus fracture is suspected.", PR),
    ("sv", "Sakrumfraktur misstänks.", SACRAL),
    ("sv", "Misstänkt sakrumfraktur.", SACRAL),
    ("sv", "Sakrumfraktur kan ej uteslutas.", SACRAL),
    ("sv", "Misstanke om kompressionsfraktur L1.", VCF),
])
def test_denied_suspicion_a_suspicion_not_denied_keeps_its_doubt(language, sentence, concept):
    assert assertions(sentence, language, concept) == ["uncertain"]


@pytest.mark.parametrize("language,text", [
    ("en", "82-year-old woman. Low back pain for 4 weeks. Pubic ramus fracture not suspected, no imaging."),
    ("sv", "82-årig kvinna. Ländryggssmärta sedan 4 veckor. Ramusfraktur misstänks ej, ingen röntgen."),
])
def test_denied_suspicion_does_not_make_an_index_finding_but_the_pain_still_flags(language, text):
    case = only_case([("n1", "2025-01-14", "clinical", "", text, language)])
    assert is_flagged(case) and case["reasons"] == "low_back_pain"

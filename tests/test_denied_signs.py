"""A sign denied together with the reading it would have had denies the finding: "No sclerosis consistent with a
sacral fracture", "No marrow oedema in keeping with an insufficiency fracture", "Ingen skleros förenlig med fraktur
i sakrum". The affirming or hedging words ("consistent with", "suggestive of", "förenlig med") stand nearer the
finding than the "No" and used to decide it: a report that ruled the fracture out read as documenting it (present),
which would take a patient off the list. The sign's denial reaches over up to eight words of its own phrase, never
over a new clause, a contrast or a change ("No change in the sclerosis consistent with ...", "and there is")."""
from __future__ import annotations

import pytest

from .phrasing import assertions

SACRAL, RAMUS, VCF = "sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture"


@pytest.mark.parametrize("sentence, language, concept", [
    ("No sclerosis consistent with sacral fracture.", "en", SACRAL),
    ("No lucency compatible with a fracture of the sacrum.", "en", SACRAL),
    ("No marrow oedema in keeping with sacral insufficiency fracture.", "en", SACRAL),
    ("No marrow edema in keeping with an insufficiency fracture of the sacrum.", "en", SACRAL),
    ("No cortical break or sclerotic band indicative of sacral fracture.", "en", SACRAL),
    ("No sclerosis suggestive of sacral fracture.", "en", SACRAL),
    ("No abnormal uptake suggestive of a sacral fracture.", "en", SACRAL),
    ("No focal increased tracer uptake in the pelvis typical of a pubic ramus fracture.", "en", RAMUS),
    ("Without endplate irregularity or height loss characteristic of an L1 compression fracture.", "en", VCF),
    ("Ingen skleros förenlig med fraktur i sakrum.", "sv", SACRAL),
    ("Inget benmärgsödem förenligt med insufficiensfraktur i sakrum.", "sv", SACRAL),
    ("Inget benmargsodem forenligt med insufficiensfraktur i sakrum.", "sv", SACRAL),
    ("Ingen uppklarning eller skleros talande för fraktur i ramus superior.", "sv", RAMUS),
    ("Inget upptag typiskt för insufficiensfraktur i sakrum.", "sv", SACRAL),
])
def test_a_sign_denied_with_its_reading_denies_the_finding(sentence, language, concept):
    assert assertions(sentence, language, concept, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence, language, concept, expected", [
    # the sign stated, not denied
    ("Sclerosis consistent with sacral fracture.", "en", SACRAL, ["present"]),
    ("Skleros förenlig med sakrumfraktur.", "sv", SACRAL, ["present"]),
    ("Sclerosis suggestive of sacral fracture.", "en", SACRAL, ["uncertain"]),
    # a denial of something else, then a new clause or a contrast
    ("No pubic ramus fracture is seen and there is sclerosis consistent with a sacral fracture.", "en", SACRAL,
     ["present"]),
    ("No displacement; sclerosis suggestive of sacral fracture.", "en", SACRAL, ["uncertain"]),
    ("No other abnormality; oedema consistent with sacral fracture.", "en", SACRAL, ["present"]),
    ("Without displacement, oedema consistent with sacral fracture.", "en", SACRAL, ["present"]),
    ("No evidence of displacement but oedema in keeping with sacral fracture.", "en", SACRAL, ["present"]),
    ("No acute abnormality other than sclerosis consistent with a healing sacral fracture.", "en", SACRAL,
     ["present"]),
    ("No change in the sclerosis consistent with a healing sacral fracture.", "en", SACRAL, ["present"]),
    ("Ingen förändring av sklerosen förenlig med läkande sakrumfraktur.", "sv", SACRAL, ["present"]),
    ("Ingen ramusfraktur och skleros förenlig med sakrumfraktur.", "sv", SACRAL, ["present"]),
    ("Inga nya fynd, skleros förenlig med sakrumfraktur.", "sv", SACRAL, ["present"]),
])
def test_a_stated_sign_or_a_denial_of_something_else_keeps_the_finding(sentence, language, concept, expected):
    assert assertions(sentence, language, concept, "radiology") == expected

"""Bone-marrow oedema of the sacrum or a ramus without a (definite) fracture line is the picture of a stress
injury whose fracture line MRI has not shown: a suspected fracture (``uncertain``), not a denied one. Radiology
teaching describes insufficiency fractures on MRI as marrow oedema with or without a visible fracture line.
A fracture line denied without any oedema, or oedema denied with it, stays ``negated``."""
from __future__ import annotations

import pytest

from .phrasing import assertions

SACRAL, RAMUS = "sacral_fracture", "pubic_ramus_fracture"


@pytest.mark.parametrize("sentence, language, concept", [
    ("Sacral alar oedema without a discrete fracture line.", "en", SACRAL),
    ("Marrow oedema in the left sacral ala without a visible fracture line.", "en", SACRAL),
    ("Bone marrow oedema in the sacrum without fracture line: stress reaction.", "en", SACRAL),
    ("Sacral alar oedema without a discrete fracture line, early insufficiency fracture cannot be excluded.", "en",
     SACRAL),
    ("Oedema in the right superior pubic ramus with no definite fracture line.", "en", RAMUS),
    ("Ödem i sakrum utan säker frakturlinje.", "sv", SACRAL),
    ("Odem i sakrum utan saker frakturlinje.", "sv", SACRAL),
    ("Sakralt ödem utan frakturlinje.", "sv", SACRAL),
    ("Märgödem i höger ramus superior utan tydlig frakturlinje.", "sv", RAMUS),
])
def test_oedema_without_a_fracture_line_is_a_suspected_fracture(sentence, language, concept):
    assert assertions(sentence, language, concept, "radiology") == ["uncertain"]


@pytest.mark.parametrize("sentence, language, concept", [
    ("No sacral fracture line or oedema.", "en", SACRAL),
    ("No definite fracture line in the sacrum.", "en", SACRAL),
    ("No definite fracture of the sacrum.", "en", SACRAL),
    ("Sakrum utan ödem eller frakturlinje.", "sv", SACRAL),
    ("Sakrum utan synlig frakturlinje, dock begränsad känslighet på slätröntgen.", "sv", SACRAL),
    ("Ingen fraktur eller ödem i sakrum.", "sv", SACRAL),
])
def test_a_fracture_line_denied_without_oedema_stays_denied(sentence, language, concept):
    assert assertions(sentence, language, concept, "radiology") == ["negated"]

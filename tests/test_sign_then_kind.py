"""A radiologist describes a sign at a site, then reads it as a fracture of a kind: "low T1 signal in the right sacral
ala with surrounding marrow oedema, compatible with an insufficiency fracture", "skleros i sakralvingen parallellt
med SI-leden talar för läkande stressfraktur". The sign may stand several words from the site, with or without a
comma before the reading word. A list that goes on to another site ("... sacral ala with osteophytes, and an
insufficiency fracture of the left pubic ramus") is not such a reading, and a denied sign denies what it would
point to ("inget benmärgsödem i sakrum som talar för insufficiensfraktur")."""
from __future__ import annotations

import pytest

from .phrasing import assertions

SACRAL, RAMUS, VCF = "sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture"


@pytest.mark.parametrize("sentence, language", [
    ("Linear low T1 signal in the right sacral ala with surrounding marrow edema, compatible with an insufficiency "
     "fracture.", "en"),
    ("There is oedema in the sacral ala which is consistent with an insufficiency fracture.", "en"),
    ("Bone marrow oedema in the left sacral ala with a linear low signal line, in keeping with a stress fracture.",
     "en"),
    # an MRI sequence between the site and the reading is no T1 vertebra, and no reason to drop the finding
    ("Marked oedema throughout the sacrum with dark intraosseous streaks on T1, compatible with insufficiency "
     "fractures.", "en"),
    ("Lågsignalerande linje i sakrum med omgivande ödem och skleros, vilket är typiskt för insufficiensfraktur.",
     "sv"),
    ("Lagsignalerande linje i sakrum med omgivande odem och skleros, vilket ar typiskt for insufficiensfraktur.",
     "sv"),
    ("Skleros i vänster sakralvinge parallellt med SI-leden talar för läkande stressfraktur.", "sv"),
])
def test_a_sign_at_the_sacrum_read_as_a_fracture_is_a_sacral_fracture(sentence, language):
    assert assertions(sentence, language, SACRAL, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("Sclerotic band in the left sacral ala parallel to the SI joint suggests a healing insufficiency fracture.", "en"),
    ("Lågsignalerande linje i höger sakralvinge med omgivande ödem, sannolikt insufficiensfraktur.", "sv"),
])
def test_a_hedged_reading_of_a_sacral_sign_is_a_suspected_fracture(sentence, language):
    assert assertions(sentence, language, SACRAL, "radiology") == ["uncertain"]


@pytest.mark.parametrize("sentence, language", [
    ("Degenerative change at the SI joints and sacral ala with osteophytes, and an insufficiency fracture of the left "
     "pubic ramus.", "en"),
    ("Degenerativa förändringar i SI-lederna och sakrum med osteofyter, samt en insufficiensfraktur i vänster ramus "
     "superior.", "sv"),
])
def test_a_list_going_on_to_another_site_gives_the_sacrum_no_fracture(sentence, language):
    assert assertions(sentence, language, SACRAL, "radiology") == []
    assert assertions(sentence, language, RAMUS, "radiology") == ["present"]


def test_a_ramus_listed_before_a_sacral_fracture_keeps_only_the_sacral_one():
    # (a sign that is no fracture by itself: callus at the ramus is a healing fracture, tests/test_fracture_lines_and_steps.py)
    sentence = "Sclerosis at the left superior ramus, and an insufficiency fracture of the sacral ala."
    assert assertions(sentence, "en", SACRAL, "radiology") == ["present"]
    assert assertions(sentence, "en", RAMUS, "radiology") == []


@pytest.mark.parametrize("sentence, language", [
    ("Inget benmärgsödem i sakrum som talar för fraktur.", "sv"),
    ("Ingen skleros i sakrum som talar för insufficiensfraktur.", "sv"),
    ("Sakrum utan ödem som talar för insufficiensfraktur.", "sv"),
    ("Inga tecken i sakrum som tyder på insufficiensfraktur.", "sv"),
    ("No oedema in the sacrum which would suggest an insufficiency fracture.", "en"),
    ("Sacral alae show no marrow oedema to suggest an insufficiency fracture.", "en"),
])
def test_a_denied_sign_denies_the_fracture_it_would_point_to(sentence, language):
    assert assertions(sentence, language, SACRAL, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence", [
    "Inget ödem i bäckenet, men skleros i sakrum som talar för läkande insufficiensfraktur.",
    "Ingen fraktur i ramus, men ödem i sakrum som talar för insufficiensfraktur.",
])
def test_a_denial_before_but_leaves_the_sign_after_it_affirmed(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("Oedema in the L2 vertebral body, in keeping with an acute insufficiency fracture.", "en"),
    ("Ödem i L2-kotkroppen, förenligt med insufficiensfraktur.", "sv"),
])
def test_a_level_with_its_sign_read_as_a_fracture_is_still_a_compression(sentence, language):
    assert assertions(sentence, language, VCF, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("Fracture line visible on T1.", "en"),
    ("Hypointense T1 signal in the vertebral bodies.", "en"),
    ("Frakturlinje syns på T1.", "sv"),
])
def test_an_mri_sequence_at_the_edge_of_a_match_is_still_no_vertebra(sentence, language):
    assert assertions(sentence, language, VCF, "radiology") == []

"""Fracture sites listed after one fracture word, as reports write them: after a preposition ("Ingen fraktur i
bäckenet, sakrum eller blygdbenen"), after a colon ("Fractures: left sacral ala and right superior pubic ramus",
"Fraktur i bäckenringen: ..."), with the side after the site ("sakrum vänster") and with a last body part of no
concept ("korsben eller acetabulum"); and the Swedish compounds of a wedged vertebra ("kilkompression",
"kildeformerad", "fiskkota"). Each family with and without å/ä/ö, and its look-alikes that name no fracture."""
from __future__ import annotations

import pytest

from .phrasing import assertions

SACRAL, RAMUS, VCF = "sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture"


# --- a Swedish fracture word whose list of body parts the sites join ---------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Ingen fraktur i bäckenet, sakrum eller blygdbenen.",
    "Ingen fraktur i backenet, sakrum eller blygdbenen.",
    "Inga frakturer i höfter, bäcken, korsben eller blygdben.",
    "Ingen fraktur i bäckenring, sakrum eller acetabulum.",
])
def test_swedish_list_after_a_fracture_word_negates_the_sacrum(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence", [
    "Ingen fraktur i bäckenet, sakrum eller blygdbenen.",
    "Inga frakturer i höfter, korsben eller blygdben.",
])
def test_swedish_list_after_a_fracture_word_negates_the_rami(sentence):
    assert assertions(sentence, "sv", RAMUS, "radiology") == ["negated"]


# --- a colon opens the list of fractured sites -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, language", [
    ("Fractures: left sacral ala and right superior pubic ramus.", "en"),
    ("Fragility fractures of the pelvis: left sacral ala and left superior and inferior pubic rami.", "en"),
    ("Frakturer: sakrum vänster och ramus superior höger.", "sv"),
    ("Fraktur i backenringen: vanster sakralvinge samt vanster ramus superior och inferior.", "sv"),
    # the fracture word's preposition before the colon
    ("Frakturer i: vä sakralvinge och hö ramus superior.", "sv"),
    ("Frakturer i: sakrum vanster samt ramus superior hoger.", "sv"),
    ("Fractures involving: left sacral ala and right superior pubic ramus.", "en"),
    ("Fractures of: left sacral ala and right inferior pubic ramus.", "en"),
])
def test_a_colon_list_of_sites_names_each_fracture(sentence, language):
    assert assertions(sentence, language, SACRAL, "radiology") == ["present"]
    assert assertions(sentence, language, RAMUS, "radiology") == ["present"]


# --- look-alikes: the list must end the phrase, and a coordinator must join it -----------------------------------
@pytest.mark.parametrize("sentence, language", [
    ("Fracture of the distal radius, and sacral pain.", "en"),
    ("Fraktur i ramus, sakrum med ödem.", "sv"),
    ("Fraktur: nej. Sakrum och SI-leder ses väl.", "sv"),
    ("Fracture: none. The sacrum is well seen.", "en"),
])
def test_no_sacral_fracture_from_a_list_that_does_not_close(sentence, language):
    assert "present" not in assertions(sentence, language, SACRAL, "radiology")


@pytest.mark.parametrize("sentence, language", [
    ("Inga frakturer i: bäcken, sakrum eller höfter.", "sv"),
    ("No fractures involving: pelvis, sacrum or hips.", "en"),
])
def test_a_denied_colon_list_denies_the_sacrum(sentence, language):
    assert assertions(sentence, language, SACRAL, "radiology") == ["negated"]


# --- Swedish compounds of a wedged or biconcave vertebra ---------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Ny kilkompression av Th12.", "present"),
    ("Kilkompression L2 med ödem på STIR.", "present"),
    ("Kildeformerad Th8.", "present"),
    ("Fiskkota L2, förenligt med osteoporotisk fraktur.", "present"),
    ("Gammal kilkompression L1.", "historical"),
    ("Gammal kilkompression L1, oforandrad.", "historical"),
])
def test_swedish_wedge_compounds_are_compressions(sentence, expected):
    assert assertions(sentence, "sv", VCF, "radiology") == [expected]


# --- a joint, a wing of the ilium or a place near the sacrum is not a fractured sacrum ---------------------------
@pytest.mark.parametrize("sentence, language", [
    ("Compression fracture of L1 and degenerative change of the sacroiliac joints.", "en"),
    ("Healing fracture of the right superior pubic ramus and degenerative sacroiliac joints.", "en"),
    ("Fracture of the left acetabulum extending towards the sacroiliac joint.", "en"),
    ("Fracture of the left iliac ala.", "en"),
    ("Iliac wing fracture on the right; iliac ala fracture on the left.", "en"),
    ("Fracture of the transverse process of L5 adjacent to the sacral ala.", "en"),
    ("Fracture of the L5 transverse process near the sacrum.", "en"),
    ("Fraktur genom tvärutskottet L5 nära sakrum.", "sv"),
    ("Fraktur i tvarutskottet pa L5 intill sakrum.", "sv"),
])
def test_a_fracture_beside_the_sacrum_is_no_sacral_fracture(sentence, language):
    assert "present" not in assertions(sentence, language, SACRAL, "radiology")


@pytest.mark.parametrize("sentence, language", [
    ("Sacral fracture extending into the left sacroiliac joint.", "en"),
    ("Fracture through the sacrum and both sacroiliac joints.", "en"),
    ("Left sacral ala fracture near the S1 foramen.", "en"),
    ("Fracture of the iliac bone and sacrum.", "en"),
    ("Fraktur i sakrum nära SI-leden.", "sv"),
    ("Fraktur i vänster sakralvinge intill foramen S1.", "sv"),
])
def test_a_sacral_fracture_near_a_joint_stays_a_sacral_fracture(sentence, language):
    assert assertions(sentence, language, SACRAL, "radiology") == ["present"]


@pytest.mark.parametrize("sentence", [
    "The sacrum, iliac wings and acetabula appear unremarkable.",
    "No fracture of the sacrum or iliac wings.",
])
def test_an_intact_sacrum_listed_with_the_iliac_wings_stays_negated(sentence):
    assert assertions(sentence, "en", SACRAL, "radiology") == ["negated"]


# --- a colon or a bracket after the fracture word names its site, no coordinator needed --------------------------
@pytest.mark.parametrize("sentence, language, concept", [
    ("Bäckenfraktur (ramus sup vä).", "sv", RAMUS),
    ("Backenfraktur (ramus inf hö).", "sv", RAMUS),
    ("Fraktur (sakrum hö).", "sv", SACRAL),
    ("Frakturer: sakrum vänster.", "sv", SACRAL),
    ("Pelvic fractures (left superior pubic ramus).", "en", RAMUS),
    ("Fractures: left sacral ala.", "en", SACRAL),
    # the side abbreviated before the site, as dictated lists write it
    ("Fractures: L pubic rami (acute).", "en", RAMUS),
    ("Fractures: R sacral ala, L pubic rami.", "en", SACRAL),
    ("Fractures: Rt superior pubic ramus.", "en", RAMUS),
    ("Frakturer: bilat sakrum.", "sv", SACRAL),
])
def test_a_site_named_after_a_colon_or_bracket_is_the_fracture(sentence, language, concept):
    assert assertions(sentence, language, concept, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("Fraktur: ingen, sakrum u.a.", "sv"),
    ("Fraktur (se nedan). Sakrum u.a.", "sv"),
    ("Fracture: no, sacrum intact.", "en"),
    ("Fracture (see below). Sacrum intact.", "en"),
])
def test_a_colon_or_bracket_before_other_words_names_no_site(sentence, language):
    assert "present" not in assertions(sentence, language, SACRAL, "radiology")


# --- Swedish spellings that drop a letter ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Blygbensfraktur vä.", RAMUS),
    ("Fraktur i vänster blygben.", RAMUS),
    ("Insuffiensfraktur i sakrum.", SACRAL),
    ("Insufficensfraktur sakrum hö.", SACRAL),
])
def test_swedish_misspelt_fracture_words(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["present"]


# --- the sacrum named normal: in a list of sites before the normal word, after it, or as a template field --------
@pytest.mark.parametrize("sentence, language", [
    ("Sakrum och SI-leder utan anmärkning.", "sv"),
    ("Sakrum och SI-leder ua.", "sv"),
    ("Sakrum och SI-leder är normala.", "sv"),
    ("Sakrum och backenring utan anm.", "sv"),
    ("Sakrum utan anm.", "sv"),
    ("Normalt sakrum.", "sv"),
    ("Normal sacrum.", "en"),
    ("Normal sacrum and coccyx.", "en"),
    ("Sacrum: NAD.", "en"),
    ("Sacrum/SI joints: nil.", "en"),
])
def test_a_sacrum_named_normal_is_a_denied_fracture(sentence, language):
    assert assertions(sentence, language, SACRAL, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence, language", [
    ("Sacrum: clear fracture line through the left ala.", "en"),
    ("Sakrum och ramus superior med frakturer.", "sv"),
])
def test_a_fracture_after_a_site_list_stays_present(sentence, language):
    assert assertions(sentence, language, SACRAL, "radiology") == ["present"]


# --- a site named after a comma ("including", "inkluderande") shares the fracture word ----------------------------
@pytest.mark.parametrize("sentence, language, concept", [
    ("Further insufficiency fractures, including of the sacrum.", "en", SACRAL),
    ("Multiple fractures, including the left pubic rami.", "en", RAMUS),
    ("Multipla insufficiensfrakturer, inkluderande sakrum.", "sv", SACRAL),
    ("Flera frakturer, daribland vanster ramus.", "sv", RAMUS),
])
def test_a_site_named_after_a_comma_shares_the_fracture(sentence, language, concept):
    assert assertions(sentence, language, concept, "radiology") == ["present"]


# --- an article or a side before each later site does not end the list ---------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Fractures: the left sacral ala and the right superior pubic ramus.",
    "Fractures: left sacral ala and the right superior pubic ramus.",
    "Fractures of the left sacral ala and the right superior pubic ramus, both undisplaced.",
])
def test_an_article_before_a_later_site_keeps_the_list_going(sentence):
    assert assertions(sentence, "en", SACRAL, "radiology") == ["present"]
    assert assertions(sentence, "en", RAMUS, "radiology") == ["present"]


@pytest.mark.parametrize("sentence", [
    "No fracture of the pelvis, the sacrum or the left superior pubic ramus.",
    "No fractures of the sacrum or the pubic rami.",
])
def test_an_article_before_a_later_site_keeps_the_denial_going(sentence):
    assert assertions(sentence, "en", RAMUS, "radiology") == ["negated"]


def test_a_body_part_of_no_concept_after_the_article_adds_nothing():
    assert assertions("Fracture of the left sacral ala and the right hip.", "en", RAMUS, "radiology") == []


# --- a compound's first part written alone before another bone's fracture word ----------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Kot- och revbensfrakturer.", VCF, ["present"]),
    ("Kot- och revbensfrakturer efter fallet.", VCF, ["present"]),
    ("Inga kot- eller revbensfrakturer.", VCF, ["negated"]),
    ("Kot- och handledsfrakturer i anamnesen.", VCF, ["historical"]),
    ("Sakrum- och revbensfraktur.", SACRAL, ["present"]),
    ("Ramus- och handledsfraktur vänster.", RAMUS, ["present"]),
])
def test_a_compounds_first_part_before_another_bones_fracture_word(sentence, concept, expected):
    """The fracture word after "och" names another bone (a rib, the wrist): the first part still broke."""
    assert assertions(sentence, "sv", concept) == expected


@pytest.mark.parametrize("sentence", [
    "Revbensfrakturer och handledsfraktur.",
    "Kot- och revbensmetastaser utan fraktur.",
    "Kotkropparna och revbenen utan fraktur i övrigt.",
])
def test_other_bones_fracture_words_name_no_vertebral_fracture(sentence):
    assert "present" not in assertions(sentence, "sv", VCF)

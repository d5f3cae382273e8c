"""Swedish wording families found by the twenty-fourth round's outside-author notes (tests/data/outside24/sv:
negation, uncertainty and how far they reach): a checkbox template's ticked box ("Ramusfraktur: [ ] ja [x] nej",
"Kotkompression: [x] ja [ ] nej", "[x] kan ej uteslutas"), a site named as a clause's subject whose fracture the
next clause denies or doubts with no site of its own ("Sakrum skyms delvis av tarmgas men någon fraktur ses inte
där", "Sakrum delvis skymt av tarminnehåll; fraktur kan ej uteslutas", "... och är utan fraktur"), a lumbar exam or
region then a fracture denied ("Rtg ländrygg utan fraktur"), a fissure as a fracture ("fissur i höger ramus
superior"), where a pain sits said again after a comma ("ont baktill i bäckenet, lågt i ryggen"), a fracture dated
after a comma ("kotkompression L1, känd sedan 2019"), a hedge before "läkande" ("trolig läkande ramusfraktur"), and
a second site added with "också"/"även" and its own hedge ("insufficiensfraktur i sakrum, sannolikt också i ramus
hö"), while a pain at the second site is no fracture there ("Fraktur i ramus superior och ömhet över sakrum"); found
by probing the round's theme beyond the set: a question answered on its line ("Sakrumfraktur? Nej."), a
template field answered with a doubt ("Sakrumfraktur: osäker."), "ta ställning till" a fracture (a question) and
the same dating after a comma without "känd" ("Kotkompression L1, sedan 2019"). Each family by at least two
differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, scored_set

SET = Path(__file__).parent / "data" / "outside24" / "sv"
LBP, RAMUS, SACRAL, VCF = "low_back_pain", "pubic_ramus_fracture", "sacral_fracture", "vertebral_compression_fracture"


# --- a checkbox template's ticked box -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Kotfraktur: [ ] ja [x] nej", VCF, ["negated"]),
    ("Ramusfraktur: [ ] ja [x] nej", RAMUS, ["negated"]),
    ("Ramusfraktur: [X] Nej [ ] Ja", RAMUS, ["negated"]),
    ("Sakrumfraktur (x) nej ( ) ja", SACRAL, ["negated"]),
    ("Kotkompression: [x] ja [ ] nej – L1, se röntgen 2024-01-29", VCF, ["present"]),
    ("Kotkompression: ( ) nej (x) ja", VCF, ["present"]),
    ("Sakrumfraktur: [ ] ja [ ] nej [x] kan ej uteslutas", SACRAL, ["uncertain"]),
    ("Sakrumfraktur: [ ] ja [ ] nej [x] misstänkt", SACRAL, ["uncertain"]),
])
def test_outside24_sv_a_ticked_checkbox_gives_the_fields_reading(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


@pytest.mark.parametrize("text, concept", [
    ("Kotkompression: [ ] ja [ ] nej", VCF),
    ("Sakrumfraktur: [ja/nej]", SACRAL),
    ("Kotkompression: Ja/Nej", VCF),
])
def test_outside24_sv_a_checkbox_left_unticked_still_asks(text, concept):
    assert assertions(text, "sv", concept) == ["hypothetical"]


def test_outside24_sv_each_line_of_a_checkbox_template_keeps_its_own_box():
    text = ("Kotkompression: [x] ja [ ] nej\nRamusfraktur: [ ] ja [x] nej\n"
            "Sakrumfraktur: [ ] ja [ ] nej [x] kan ej uteslutas")
    assert assertions(text, "sv", VCF) == ["present"]
    assert assertions(text, "sv", RAMUS) == ["negated"]
    assert assertions(text, "sv", SACRAL) == ["uncertain"]


# --- a site as a clause's subject, its fracture denied or doubted in the next clause -----------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sakrum skyms delvis av tarmgas men någon fraktur ses inte där.", SACRAL, ["negated"]),
    ("Sakrum skyms delvis av tarmgas men ingen fraktur ses där.", SACRAL, ["negated"]),
    ("Sakrum var med på undersökningen och är utan fraktur.", SACRAL, ["negated"]),
    ("Ramus inferior skyms av blåsan men någon fraktur ses inte.", RAMUS, ["negated"]),
    ("Sakrum delvis skymt av tarminnehåll; fraktur kan ej uteslutas.", SACRAL, ["uncertain"]),
    ("Sakrum delvis skymt av tarminnehåll, fraktur kan ej uteslutas.", SACRAL, ["uncertain"]),
    ("Ramus superior vä svårbedömd pga överlagring; fraktur kan inte uteslutas.", RAMUS, ["uncertain"]),
])
def test_outside24_sv_a_sites_fracture_denied_or_doubted_in_the_next_clause(sentence, concept, expected):
    assert assertions(sentence, "sv", concept, "radiology") == expected


@pytest.mark.parametrize("sentence, ramus", [
    ("Sakrum skyms av tarmgas men fraktur ses i ramus superior.", ["present"]),
    ("Sakrum skyms av tarmgas men en fraktur ses i vänster ramus.", ["present"]),
    ("Ödem i sakrum men ingen fraktur påvisas i ramus superior.", ["negated"]),
    ("Sakrum med degenerativa förändringar men fraktur i ramus superior.", ["present"]),
])
def test_outside24_sv_a_fracture_in_the_next_clause_with_its_own_site_is_that_sites(sentence, ramus):
    assert assertions(sentence, "sv", SACRAL, "radiology") == []
    assert assertions(sentence, "sv", RAMUS, "radiology") == ramus


# --- a lumbar exam or region, then a fracture denied -------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Rtg ländrygg utan fraktur.",
    "DT ländrygg 3/4 visade ingen fraktur.",
    "Röntgen av ländryggen visade ingen färsk fraktur.",
    "Rtg LWS: ingen fraktur, spondylos.",
])
def test_outside24_sv_a_lumbar_study_without_fracture_denies_a_compression(sentence):
    assert assertions(sentence, "sv", VCF) == ["negated"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("DT ländrygg utan fraktur i sakrum.", SACRAL, ["negated"]),
    ("DT ländrygg utan fraktur i sakrum.", VCF, []),
    ("Rtg ländrygg visade ingen fraktur i bäckenet.", VCF, []),
    ("Rtg ländrygg: fraktur i L2.", VCF, ["present"]),
    ("Ont i ländryggen utan trauma.", VCF, []),
])
def test_outside24_sv_a_lumbar_study_whose_fracture_has_another_site_keeps_it(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- a fissure is a fracture -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Fissur i höger ramus inferior.", RAMUS, ["present"]),
    ("Möjlig fissur i höger ramus superior, tveksam, kan motsvara kärlkanal.", RAMUS, ["uncertain"]),
    ("Radiologen noterar en tveksam fissur i ramus hö.", RAMUS, ["uncertain"]),
    ("Fissur i sakrum.", SACRAL, ["present"]),
])
def test_outside24_sv_a_fissure_at_a_site_is_a_fracture(sentence, concept, expected):
    assert assertions(sentence, "sv", concept, "radiology") == expected


@pytest.mark.parametrize("sentence", ["Analfissur, ont vid defekation.", "Interlobär fissur utan vätska."])
def test_outside24_sv_a_fissure_with_no_bony_site_is_none(sentence):
    for concept in (RAMUS, SACRAL, VCF):
        assert assertions(sentence, "sv", concept, "radiology") == []


# --- where a pain sits, said again after a comma -----------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Har också ont baktill i bäckenet, lågt i ryggen.",
    "Ont i höger ljumske, även lågt i ryggen.",
    "Värk i höften, främst nedtill i ryggen.",
])
def test_outside24_sv_a_pain_placed_low_in_the_back_after_a_comma(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", ["Ont i knät, Hb lågt.", "Ont i ljumsken, lågt blodtryck i morse."])
def test_outside24_sv_a_low_value_after_a_comma_places_no_pain(sentence):
    assert assertions(sentence, "sv", LBP) == []


# --- a fracture dated after a comma ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("80-årig kvinna med osteoporos sedan 2019 och kotkompression L1, känd sedan 2019.", VCF),
    ("Ramusfraktur vä, känd sedan tidigare.", RAMUS),
    ("Sakrumfraktur hö, kända sedan 2020.", SACRAL),
    ("Kotkompression L1, sedan 2019.", VCF),
])
def test_outside24_sv_a_fracture_dated_after_a_comma_is_historical(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["historical"]


@pytest.mark.parametrize("sentence, concept", [
    ("Kotkompression L1, känd.", VCF),
    ("Osteoporos, känd sedan 2019.", "osteoporosis"),
    ("Ländryggssmärta, känd sedan 2019.", LBP),
    ("Känd kotkompression L1.", VCF),
])
def test_outside24_sv_known_alone_or_a_chronic_condition_stays_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


# --- a hedge before "läkande" ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Rtg visar trolig läkande ramusfraktur vä.",
    "Trolig läkande fraktur i vänster ramus superior.",
    "Möjligen läkande fraktur i höger ramus inferior.",
])
def test_outside24_sv_a_hedged_healing_fracture_is_suspected(sentence):
    assert assertions(sentence, "sv", RAMUS) == ["uncertain"]


@pytest.mark.parametrize("sentence", [
    "Läkande fraktur i höger ramus inferior.",
    "Skleroserande stråk i vänster ramus superior som talar för läkande fraktur.",
])
def test_outside24_sv_a_healing_fracture_unhedged_stays_present(sentence):
    assert assertions(sentence, "sv", RAMUS, "radiology") == ["present"]


# --- a second site added with "också"/"även", with its own hedge ---------------------------------------------------------
@pytest.mark.parametrize("sentence, first, second", [
    ("Scintigrafin talar för insufficiensfraktur i sakrum, sannolikt också i ramus hö.", SACRAL, RAMUS),
    ("Insufficiensfraktur i sakrum och sannolikt även i höger ramus superior.", SACRAL, RAMUS),
    ("Fraktur i vänster ramus superior, möjligen även i sakrum.", RAMUS, SACRAL),
])
def test_outside24_sv_a_second_site_added_with_its_own_hedge(sentence, first, second):
    assert assertions(sentence, "sv", first) == ["present"]
    assert assertions(sentence, "sv", second) == ["uncertain"]


@pytest.mark.parametrize("sentence", [
    "Fraktur i ramus superior, ont även i sakrum.",
    "Fraktur i ramus superior, ömhet även över sakrum.",
    "Fraktur i ramus superior och ömhet över sakrum.",
    "Fraktur i vänster ramus inferior med smärta i sakrum.",
])
def test_outside24_sv_pain_at_a_second_site_is_no_fracture_there(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == []
    assert assertions(sentence, "sv", RAMUS, "radiology") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Fraktur i ramus superior och sakrum.",
    "Fraktur i vänster ramus superior samt i sakrum.",
    "Smärtsam fraktur i sakrum.",
])
def test_outside24_sv_a_site_joined_to_a_fracture_without_a_pain_between_is_fractured(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["present"]


# --- beyond the set: a question answered on its line, a field answered with a doubt, "ta ställning till" -------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Sakral insufficiensfraktur? Nej.", SACRAL, ["negated"]),
    ("Sakrumfraktur? Nej, inga hållpunkter.", SACRAL, ["negated"]),
    ("Ramusfraktur? Ja.", RAMUS, ["present"]),
    ("Fynd: Sakrumfraktur? Nej.\nKotkompression L1.", SACRAL, ["negated"]),
])
def test_outside24_sv_a_question_answered_in_the_next_sentence_takes_the_answer(text, concept, expected):
    assert assertions(text, "sv", concept, "radiology") == expected


@pytest.mark.parametrize("text, concept, expected", [
    ("Sakrumfraktur? Misstänkt.", SACRAL, ["uncertain"]),
    ("?Sakrumfraktur. Nej.", SACRAL, ["uncertain"]),  # no question closing its sentence: the "Nej." answers nothing
    ("Sakrumfraktur? L5 ua. Nej.", SACRAL, ["uncertain"]),
    ("Frågeställning: Sakrumfraktur?\nNej.", SACRAL, ["hypothetical"]),
])
def test_outside24_sv_a_question_not_answered_right_after_keeps_its_reading(text, concept, expected):
    assert assertions(text, "sv", concept, "radiology") == expected


@pytest.mark.parametrize("text, concept", [
    ("Sakrumfraktur: osäker.", SACRAL),
    ("Kotkompression: tveksam.", VCF),
    ("Ramusfraktur: möjlig, kontroll om 2 v.", RAMUS),
])
def test_outside24_sv_a_template_field_answered_with_a_doubt_is_suspected(text, concept):
    assert assertions(text, "sv", concept, "radiology") == ["uncertain"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Ländryggssmärta: oklar genes.", LBP, ["present"]),
    ("Sakrumfraktur: Ja.", SACRAL, ["present"]),
    ("Sakrumfraktur: nej.", SACRAL, ["negated"]),
])
def test_outside24_sv_a_field_answered_otherwise_keeps_its_reading(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


@pytest.mark.parametrize("sentence, concept", [
    ("Ta ställning till sakrumfraktur.", SACRAL),
    ("Vi tar ställning till om kotkompression föreligger.", VCF),
    ("Får ta ställning till ramusfraktur efter DT.", RAMUS),
])
def test_outside24_sv_a_fracture_to_take_a_stand_on_is_a_question(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["hypothetical"]


# --- the whole set -------------------------------------------------------------------------------------------------------
def test_outside24_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

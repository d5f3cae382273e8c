"""Swedish wording families found by the twenty-seventh round's red-team notes (tests/data/outside27/sv: a negation,
or a word of healing or worry, that is about something else than the finding or exam beside it): the contrast "inte X
utan Y" / "inte X, bara Y" that denies a place, an age, a site, a time or a step and affirms what holds instead ("Smärtan
sitter inte i höften utan i ländryggen", "inte en gammal utan en färsk kompression", "DT bäcken gjordes inte här utan
på Danderyds sjukhus", "MR bäcken är inte inställd, bara flyttad"); a refusal whose object is a new or another study in
a sentence that tells one done ("Då MR bäcken redan är gjord avstår vi från skelettscintigrafi"); a fracture not (yet)
healed is there ("har ännu inte läkt", "Ej läkt sakrumfraktur", "ingen läkning av ramusfrakturen") and one healed
is history ("utläkt", "fullt konsoliderad", "har läkt ut"); "inkilad", "inkilning" as a compression; a friend's,
neighbour's or colleague's condition and the patient's own fear or question are no findings of the patient; a pain
denied at rest only ("Ingen ländryggssmärta i vila, men vid gång") is there. Each family by at least two differently
worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, only_case, scored_set, statuses

SET = Path(__file__).parent / "data" / "outside27" / "sv"
LBP, RAMUS, VCF, SACRAL, OP = ("low_back_pain", "pubic_ramus_fracture", "vertebral_compression_fracture",
                               "sacral_fracture", "osteoporosis")


# --- the contrast "inte X utan Y": what is denied is X, Y holds ------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Smärtan sitter inte i höften utan i ländryggen.", LBP, ["present"]),
    ("Hon har inte ont i ljumsken utan i korsryggen.", LBP, ["present"]),
    ("Det är inte höften utan ländryggen som gör ont.", LBP, ["present"]),
    ("Det är inte en gammal utan en färsk kompression av L1.", VCF, ["present"]),
    ("Kompressionen av L1 är inte gammal utan färsk.", VCF, ["present"]),
    ("Kompressionen av L1 är inte ny utan gammal.", VCF, ["historical"]),
    ("Frakturen sitter inte i acetabulum utan i ramus superior.", RAMUS, ["present"]),
    ("Enligt eftergranskning sitter frakturen inte i acetabulum, som jouren först trodde, utan i vänster ramus "
     "superior.", RAMUS, ["present"]),
    ("Det rör sig inte om en ramusfraktur utan om en sakrumfraktur.", RAMUS, ["negated"]),
    ("Det rör sig inte om en ramusfraktur utan om en sakrumfraktur.", SACRAL, ["present"]),
])
def test_outside27_sv_a_contrast_denies_only_what_stands_before_its_turn(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Smärtan sitter inte i ländryggen utan i ljumsken.", LBP, ["negated"]),
    ("Smärtan sitter inte i ländryggen.", LBP, ["negated"]),
    ("Ingen ländryggssmärta.", LBP, ["negated"]),
    ("Inte bara ramusfraktur utan även kompression av L1.", VCF, ["present"]),
    ("Inte bara ramusfraktur utan även kompression av L1.", RAMUS, ["present"]),
    ("Ramus superior och inferior bilateralt utan fraktur.", RAMUS, ["negated"]),
    ("Inget ödem i blygdbenen, ramus bilat utan fraktur.", RAMUS, ["negated"]),
    ("Ingen ramusfraktur, men väl en kotkompression L2.", RAMUS, ["negated"]),
    ("Ej dislocerad fraktur i ramus superior utan felställning.", RAMUS, ["present"]),
])
def test_outside27_sv_a_plain_denial_or_without_keeps_its_reading(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- an exam's place, body part, time or step denied, the exam itself not --------------------------------------------
@pytest.mark.parametrize("text, modality, expected", [
    ("DT bäcken gjordes inte här utan på Danderyds sjukhus 3/1.", "ct", ["performed"]),
    ("MR bäcken gjordes inte akut utan först dagen efter.", "mri", ["performed"]),
    ("Skelettscintigrafin är inte ombokad utan genomfördes som planerat 12/1.", "scintigraphy", ["performed"]),
    ("MR bäcken har inte uteblivit, patienten var där 10/1.", "mri", ["performed"]),
    ("DT bäcken är inte avbokad utan flyttad till 15/2.", "ct", ["requested"]),
    ("MR bäcken är inte inställd, bara flyttad en vecka.", "mri", ["requested"]),
])
def test_outside27_sv_a_denied_place_time_or_step_leaves_the_exam(text, modality, expected):
    assert statuses(text, "sv", modality) == expected


@pytest.mark.parametrize("text, modality, expected", [
    ("DT bäcken gjordes inte, patienten avböjde.", "ct", ["not_performed"]),
    ("MR bäcken är inställd.", "mri", ["not_performed"]),
    ("Patienten uteblev från MR bäcken.", "mri", ["not_performed"]),
    ("Hon har inte gjort någon DT bäcken, bara slätröntgen.", "ct", ["not_performed"]),
    ("DT bäcken flyttad till 15/2.", "ct", ["requested"]),
])
def test_outside27_sv_a_study_really_not_done_or_moved_keeps_its_status(text, modality, expected):
    assert statuses(text, "sv", modality) == expected


@pytest.mark.parametrize("text, region", [
    ("MR gjordes inte av ländryggen utan av bäckenet.", "pelvis"),
    ("MR gjordes inte av ländryggen, som patienten trott, utan av bäckenet 2025-04-22: inga frakturer.", "pelvis"),
    ("MR ländrygg gjordes 3/4.", "lumbar_spine"),
])
def test_outside27_sv_the_body_part_after_the_turn_is_the_exams(text, region):
    from .phrasing import one_note
    exams = one_note(text, "sv").exams
    assert exams[exams["modality"] == "mri"]["region"].tolist() == [region]


def test_outside27_sv_a_pelvic_mri_done_elsewhere_works_up_the_episode():
    rows = [("n1", "2024-12-28", "radiology", "Rtg ländrygg", "Nytillkommen kotkompression L2.", "sv"),
            ("n2", "2025-01-09", "outpatient", "", "Man 76 år med kotkompression L2 och ländryggssmärta. DT bäcken "
                                                   "gjordes inte här utan på Danderyds sjukhus 2025-01-03; ingen fraktur "
                                                   "i sakrum.", "sv")]
    assert only_case(rows)["workup"] == "ct"


# --- a refusal of a new or another study, in a sentence that tells one done ------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("Då MR bäcken redan är gjord avstår vi från skelettscintigrafi.", "mri"),
    ("Eftersom DT bäcken gjordes i januari avstår vi från ny undersökning.", "ct"),
    ("Eftersom DT bäcken gjordes i Skövde i förra veckan avstår vi från ny undersökning; den visade ingen fraktur.",
     "ct"),
    ("MR bäcken gjordes förra veckan och någon ny MR är inte aktuell.", "mri"),
])
def test_outside27_sv_a_refused_new_or_other_study_leaves_the_one_done(text, modality):
    assert statuses(text, "sv", modality)[0] == "performed"


@pytest.mark.parametrize("text, modality, expected", [
    ("Då MR bäcken redan är gjord avstår vi från skelettscintigrafi.", "scintigraphy", ["not_performed"]),
    ("Vi avstår från MR bäcken med hänsyn till hennes palliativa situation.", "mri", ["not_performed"]),
    ("MR bäcken beställdes men patienten avböjde.", "mri", ["not_performed"]),
])
def test_outside27_sv_the_refused_study_itself_is_not_done(text, modality, expected):
    assert statuses(text, "sv", modality) == expected


# --- healing: not healed is there, healed is history -----------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Ramusfrakturen har ännu inte läkt.", RAMUS),
    ("Ramusfrakturen har ännu inte läkt ut.", RAMUS),
    ("Frakturen i vänster ramus superior är inte läkt; frakturlinjen syns fortfarande.", RAMUS),
    ("Ingen läkning av ramusfrakturen.", RAMUS),
    ("Kotkompressionen är inte läkt.", VCF),
    ("Kompressionen av L2 har inte läkt ut; oförändrad höjd.", VCF),
    ("Sakrumfrakturen är fortfarande inte läkt.", SACRAL),
    ("Ej läkt sakrumfraktur höger.", SACRAL),
])
def test_outside27_sv_a_fracture_not_yet_healed_is_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Ramusfrakturen är läkt.", RAMUS, ["historical"]),
    ("Ramusfrakturen har läkt ut.", RAMUS, ["historical"]),
    ("Ramusfrakturen vänster från i våras är nu fullt konsoliderad.", RAMUS, ["historical"]),
    ("Kotkompressionen L1 är utläkt.", VCF, ["historical"]),
    ("Röntgen i höstas: kotkompressionen i Th12 är utläkt i oförändrat läge.", VCF, ["historical"]),
    ("Ramusfrakturen är under läkning.", RAMUS, ["present"]),
    ("Ramusfrakturen ännu ej konsoliderad.", RAMUS, ["present"]),
])
def test_outside27_sv_a_healed_fracture_is_history_a_healing_one_present(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- inkilad, inkilning ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "L3 är lätt inkilad.",
    "Lätt kotkroppsinkilning Th12.",
    "Normal kotkroppshöjd i bröst- och ländrygg förutom L1 som är lätt inkilad framtill.",
    "Kotkroppsinkilning Th12 och L1, nytillkommen.",
])
def test_outside27_sv_a_wedged_vertebra_inkilad_is_a_compression(sentence):
    assert "present" in assertions(sentence, "sv", VCF, "radiology")


@pytest.mark.parametrize("sentence, expected", [
    ("Ingen inkilning av kotkropparna.", ["negated"]),
    ("Diskarna är inkilade.", []),
])
def test_outside27_sv_no_wedging_or_no_level_keeps_its_reading(sentence, expected):
    assert assertions(sentence, "sv", VCF, "radiology") == expected


# --- someone outside the family, and the patient's own fear or question ----------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Han är orolig då en god vän till honom med benskörhet nyligen fick en kotkompression.", OP),
    ("Han är orolig då en god vän till honom med benskörhet nyligen fick en kotkompression.", VCF),
    ("Hans kollega på lagret har benskörhet och fick nyligen en kotkompression.", VCF),
    ("Grannen fick en sakrumfraktur i vintras.", SACRAL),
    ("Hans kompis från golfen har osteoporos.", OP),
])
def test_outside27_sv_a_friends_neighbours_or_colleagues_condition_is_not_the_patients(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["historical"]


@pytest.mark.parametrize("sentence, concept", [
    ("Han är rädd för att ha fått en kotkompression efter att ha läst om det.", VCF),
    ("Hon har läst på 1177 och undrar om det kan vara en sakrumfraktur.", SACRAL),
    ("Han vill därför veta om han själv kan ha benskörhet.", OP),
])
def test_outside27_sv_the_patients_own_fear_or_question_asks(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Hon är rädd för att falla igen efter ramusfrakturen.", RAMUS, ["present"]),
    ("Han har osteoporos och kotkompression L1.", OP, ["present"]),
    ("Sakrumfraktur kan inte uteslutas.", SACRAL, ["uncertain"]),
])
def test_outside27_sv_a_fear_of_something_else_or_a_finding_keeps_its_reading(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- a pain denied at rest only --------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Ingen ländryggssmärta i vila, men vid gång längre än 200 meter.", ["present"]),
    ("Inget ont i ländryggen i vila men vid belastning.", ["present"]),
    ("Ländryggssmärtan är inte borta men bättre.", ["present"]),
    ("Ingen ländryggssmärta i vila.", ["negated"]),
    ("Ingen ländryggssmärta i vila eller vid gång.", ["negated"]),
    ("Ländryggssmärtan är helt borta.", ["negated"]),
])
def test_outside27_sv_a_pain_denied_at_rest_only_or_not_gone_is_there(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


# --- a study of the whole thoracolumbar spine places back pain nowhere ---------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("RTG BRÖSTRYGG OCH LÄNDRYGG\nFrågeställning: 75-årig man med ryggsmärta efter fall. Fraktur?", []),
    ("Rtg bröst- och ländrygg pga ryggsmärta efter fall.", []),
    ("RTG LÄNDRYGG\nFrågeställning: 75-årig man med ryggsmärta efter fall. Fraktur?", ["present"]),
    ("Rtg bröst- och ländrygg pga ryggsmärta. Lågt sittande ryggsmärta.", ["present", "present"]),
])
def test_outside27_sv_a_thoracolumbar_study_does_not_place_back_pain_low(text, expected):
    assert assertions(text, "sv", LBP, "radiology") == expected


# --- the set ---------------------------------------------------------------------------------------------------------
def test_outside27_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside27_sv_set_flags_priorities_and_workups_match_gold():
    assert case_mismatches(SET, ("flagged", "priority", "workup", "reasons")) == []


# --- (lead) "sedan tidigare känd" after its fracture dates it, in either word order and after a contrast ------------
@pytest.mark.parametrize("text,concept", [
    ("Kotkompressionen L2 är inte ny utan sedan tidigare känd.", "vertebral_compression_fracture"),
    ("Kotkompressionen L2 är sedan tidigare känd.", "vertebral_compression_fracture"),
    ("Kompressionsfrakturen i L2 är tidigare känd.", "vertebral_compression_fracture"),
    ("Ramusfrakturen vänster är sedan tidigare känd.", "pubic_ramus_fracture"),
])
def test_outside27_sv_a_fracture_known_from_before_is_historical(text, concept):
    assert assertions(text, "sv", concept, "radiology") == ["historical"]


@pytest.mark.parametrize("text,concept,expected", [
    ("Kompressionsfrakturen i L2 är tidigare känd, nu ny fraktur i L4.", "vertebral_compression_fracture",
     ["historical", "present"]),
    ("Ny kompressionsfraktur L1. Sedan tidigare känd osteoporos.", "vertebral_compression_fracture", ["present"]),
])
def test_outside27_sv_a_fracture_known_from_before_leaves_a_new_one_present(text, concept, expected):
    assert assertions(text, "sv", concept, "radiology") == expected

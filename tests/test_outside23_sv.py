"""Swedish wording families found by the twenty-third round's outside-author notes (tests/data/outside23/sv: the
findings in clinicians' and patients' own words, outside radiology): a low back called pain-free after it
("ländryggen smärtfri nu"), the patient's partner named by a possessive with a relative clause before the verb
("Hennes man, som följde med, har själv haft ont i korsryggen"), a vertebra the patient broke ("bröt en kota i ryggen i
fjol"), a pain had or got in an earlier year ("Hade ryggskott 2023"; the note's own year is no earlier episode), and
the low back's stem coordinated with another pain compound ("Ländryggs- och höftsmärta"); found by probing the round's
theme beyond the set: a pelvic (ring) fracture whose site the sentence names ("Bäckenringsfraktur genom ramus",
"bäckenfraktur i vänster sakralvinge"), the pubic bone or the sacrum the patient broke ("bröt blygdbenet"), the
patient's verb of pain before the low back ("det hugger i korsryggen", "det molar i ländryggen") and a pain the patient
has stopped having ("har slutat ha ont i ländryggen"), back pain placed far down ("Ryggen värker längst ner", "ont
långt ner i ryggen"), a vertebra cracked ("sprucken kota"), and relatives by marriage or grandchildren ("svärsonen",
"barnbarnet") and a relative who broke a bone ("Mamma bröt en kota") as another person, and a pain of one's youth
("Lumbago i ungdomen": an earlier episode, unless "nu igen"). Each family by at least two differently worded sentences, and
its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportminer.pipeline import scan

from .phrasing import assertions, case_mismatches, notes_table, scored_set

SET = Path(__file__).parent / "data" / "outside23" / "sv"
LBP, RAMUS, VCF, SACRUM = "low_back_pain", "pubic_ramus_fracture", "vertebral_compression_fracture", "sacral_fracture"


# --- a low back called pain-free after it ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Ryggvärken har gått över, ländryggen smärtfri nu.",
    "Ländryggen är smärtfri sedan en vecka.",
    "Korsryggen besvärsfri.",
    "Smärtfri i ländryggen.",
])
def test_outside23_sv_a_low_back_called_pain_free_is_a_negated_pain(sentence):
    assert assertions(sentence, "sv", LBP) == ["negated"]


@pytest.mark.parametrize("sentence", [
    "Ländryggssmärta vid gång men smärtfri i vila.",
    "Lumbago men smärtfri med Alvedon.",
    "Ont i ländryggen, smärtfri nattetid.",
    "Ländryggen gör ont.",
])
def test_outside23_sv_a_pain_free_time_or_state_after_the_pain_keeps_it_present(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


# --- the patient's partner or relative named by a possessive -----------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Hennes man, som följde med, har själv haft ont i korsryggen hela vintern.",
    "Hennes man har ont i korsryggen.",
    "Hans fru har lumbago sedan i höstas.",
    "Patientens sambo, som är undersköterska, har själv ländryggssmärta.",
])
def test_outside23_sv_a_partners_back_pain_is_not_the_patients(sentence):
    assert assertions(sentence, "sv", LBP) == ["historical"]


@pytest.mark.parametrize("sentence", [
    "Man 74 år med lumbago.",
    "Mannen har ont i korsryggen sedan i går.",
    "Dottern ringer. Mamman har värk i ländryggen.",
    "Hennes make följer med och hon har ont i korsryggen.",
])
def test_outside23_sv_the_patient_called_man_or_the_callers_mother_keeps_the_pain(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


def test_outside23_sv_a_husbands_back_pain_does_not_flag_the_patient():
    rows = [("n1", "2025-01-22", "outpatient", "", "Fysioterapeut. Kvinna 63 år, nackvärk. Hennes man, som följde "
                                                 "med, har själv haft ont i korsryggen hela vintern.", "sv")]
    assert scan(notes_table(rows)).cases.empty


# --- a vertebra, the pubic bone or the sacrum the patient broke ----------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Hon berättar att hon bröt en kota i ryggen i fjol.", VCF, ["historical"]),
    ("Bröt en ryggkota 2019.", VCF, ["historical"]),
    ("Har brutit två kotor vid ett fall i förra veckan.", VCF, ["present"]),
    ("Hon bröt blygdbenet i fjol.", RAMUS, ["historical"]),
    ("Han bröt korsbenet när han föll från stegen.", SACRUM, ["present"]),
])
def test_outside23_sv_a_bone_the_patient_broke_is_its_fracture(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


@pytest.mark.parametrize("sentence", [
    "Hon bröt handleden i fjol.",
    "Bröt höften 2021, opererad med protes.",
    "Hon säger att hon bröt ryggen i fjol.",
])
def test_outside23_sv_another_bone_or_an_unnamed_level_is_no_vertebral_fracture(sentence):
    assert assertions(sentence, "sv", VCF) == []


# --- a pain had or got in an earlier year is an earlier episode ------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Hade ryggskott 2023, sedan dess besvärsfri i ryggen.",
    "Hade lumbago 2022.",
    "Fick ont i ländryggen hösten 2021.",
    "Drabbades av ryggskott 2020.",
])
def test_outside23_sv_a_pain_had_in_an_earlier_year_is_historical(sentence):
    assert assertions(sentence, "sv", LBP) == ["historical"]


@pytest.mark.parametrize("sentence", [
    "Hade ryggskott i januari 2025.",  # the note's own year (phrasing.DAY is in 2025)
    "Utreddes för ländryggssmärta i januari 2025.",
    "Hade ont i ländryggen i två veckor.",
    "Hade ryggskott i helgen.",
])
def test_outside23_sv_a_pain_of_this_year_or_undated_stays_present(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


# found at the merge: the pain's year phrase spans a fracture too, and must date it as the bare year did
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Hade fraktur i vänster blygdben 2018 som läkte utan problem.", RAMUS, "historical"),
    ("Hade ramusfraktur 2018.", RAMUS, "historical"),
    ("Behandlades för kotkompression L1 2019.", VCF, "historical"),
    ("Fick ramusfraktur i januari 2025.", RAMUS, "present"),  # the note's own year
])
def test_outside23_sv_a_fracture_had_in_a_year_is_dated_by_it(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == [expected]


def test_outside23_sv_an_earlier_years_pain_does_not_flag_a_woman_with_hip_pain():
    rows = [("n1", "2025-02-17", "outpatient", "", "Kvinna 62 år. Ont i höger höft och ljumske. Hade ryggskott 2023, "
                                                 "sedan dess besvärsfri i ryggen.", "sv")]
    cases = scan(notes_table(rows)).cases
    assert cases.empty or not cases["flagged"].astype(str).str.lower().eq("true").any()


# --- the low back's stem coordinated with another pain compound --------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Frågeställning: Ländryggs- och höftsmärta vä.",
    "Korsryggs- eller bensmärta sedan 3 veckor.",
    "Skink- och lårsmärta hö.",
    "Höft- och ländryggssmärta.",
])
def test_outside23_sv_a_low_back_stem_coordinated_with_a_pain_is_low_back_pain(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Nack- och skuldersmärta.",
    "Höft- och ljumsksmärta vä.",
    "Bröst- och buksmärta.",
])
def test_outside23_sv_other_coordinated_pains_are_no_low_back_pain(sentence):
    assert assertions(sentence, "sv", LBP) == []


# --- a pelvic (ring) fracture whose site the sentence names -------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Bäckenringsfraktur genom höger ramus superior.", RAMUS, ["present"]),
    ("Bäckenfraktur i ramus inferior vä.", RAMUS, ["present"]),
    ("Bäckenringsfraktur genom vänster sakralvinge.", SACRUM, ["present"]),
    ("Ingen bäckenfraktur i ramus.", RAMUS, ["negated"]),
])
def test_outside23_sv_a_pelvic_fracture_with_its_site_is_that_sites_fracture(sentence, concept, expected):
    assert assertions(sentence, "sv", concept, "radiology") == expected


@pytest.mark.parametrize("sentence", [
    "Bäckenfraktur.",
    "Stabil bäckenfraktur hö, hem med kryckor.",
    "Bäckenfraktur men ramus intakt.",
])
def test_outside23_sv_a_pelvic_fracture_without_a_fractured_ramus_is_none(sentence):
    assert "present" not in assertions(sentence, "sv", RAMUS)


# --- the patient's verb of pain before the low back ------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Det hugger i korsryggen när hon vänder sig i sängen.",
    "Det molar i ländryggen hela dagarna.",
    "Ilar till i skinkan ibland.",
])
def test_outside23_sv_a_verb_of_pain_at_the_low_back_is_low_back_pain(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Det sticker i bröstet.",
    "Ssk sticker i skinkan vid injektionen.",
    "Det hugger i ryggen ibland.",  # unlevelled
    "Det ilar ner i vänster ben.",
])
def test_outside23_sv_a_verb_of_pain_elsewhere_is_none(sentence):
    assert assertions(sentence, "sv", LBP) == []


# --- a pain the patient has stopped having ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Han har slutat ha ont i ländryggen.",
    "Slutade ha värk i korsryggen efter fysioterapin.",
])
def test_outside23_sv_a_pain_stopped_is_negated(sentence):
    assert assertions(sentence, "sv", LBP) == ["negated"]


def test_outside23_sv_stopping_a_drug_leaves_the_pain_present():
    assert assertions("Har slutat med Alvedon, fortfarande ont i ländryggen.", "sv", LBP) == ["present"]


# --- back pain placed far down -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Ryggen värker längst ner.",
    "Ont långt ner i ryggen sedan fallet.",
    "Ryggen gör ont långt ned.",
    "Ont i ryggen långt ner.",
])
def test_outside23_sv_back_pain_placed_far_down_is_low_back_pain(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Ryggen värker, hon har gått långt ner till affären.",
    "Har ont i ryggen, långt ifrån bra.",
])
def test_outside23_sv_far_down_about_something_else_places_nothing(sentence):
    assert assertions(sentence, "sv", LBP) == []


# --- a vertebra cracked; a relative who broke one ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Hon har en sprucken kota.", ["present"]),
    ("Ryggkotan har spruckit.", ["present"]),
    ("Mamma bröt en kota.", ["historical"]),
    ("Hennes mor bröt flera kotor.", ["historical"]),
])
def test_outside23_sv_a_cracked_vertebra_is_a_vertebral_fracture_a_mothers_is_hers(sentence, expected):
    assert assertions(sentence, "sv", VCF) == expected


@pytest.mark.parametrize("sentence", [
    "Disken L4-L5 har spruckit.",
    "Sprucken disk L4.",
])
def test_outside23_sv_a_cracked_disc_is_no_vertebral_fracture(sentence):
    assert assertions(sentence, "sv", VCF) == []


@pytest.mark.parametrize("sentence, concept", [
    ("Svärsonen har haft ryggskott.", LBP),
    ("Barnbarnet har ont i ländryggen.", LBP),
    ("Hennes svärmor har osteoporos.", "osteoporosis"),
])
def test_outside23_sv_a_relative_by_marriage_or_a_grandchild_is_another_person(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["historical"]


# --- a pain of one's youth is an earlier episode -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Lumbago i ungdomen.",
    "Hade ryggskott som ung, nu ont i höften.",
    "Ländryggssmärta i tonåren, sedan besvärsfri.",
])
def test_outside23_sv_a_pain_of_ones_youth_is_historical(sentence):
    assert assertions(sentence, "sv", LBP) == ["historical"]


@pytest.mark.parametrize("sentence", [
    "Ont i ländryggen sedan ungdomen.",
    "Ont i korsryggen som ung idrottare och nu igen.",
    "Ländryggssmärta, ung kvinna.",
])
def test_outside23_sv_a_pain_since_youth_or_back_again_stays_present(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


# --- the set -----------------------------------------------------------------------------------------------------------
def test_outside23_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside23_sv_set_flags_priorities_and_workups_match_gold():
    assert case_mismatches(SET, ("flagged", "priority", "workup", "reasons")) == []

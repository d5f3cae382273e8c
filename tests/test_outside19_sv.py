"""Swedish wording families found by the nineteenth round's outside-author notes (tests/data/outside19/sv: the
contract's case rules at their edges): a low-back pain whose course of care is dated by an earlier year is an earlier
episode ("utreddes för ländryggssmärta 2022"), the pubic rami listed and then called intact ("Ramus superior och
inferior bilat intakta"), and back pain placed low by where it sits ("sitter långt ner", "strax ovanför korsbenet");
found by probing the round's theme beyond the set: pain in the low back's region or area as one compound
("ländryggsregionen", "ländryggsområdet", "sätesområdet") and a study that has not yet happened or is waited for
("MR bäcken har ännu inte blivit av", "har väntat på MR bäcken sedan maj"), a compression whose age is open ("oklart om ny eller gammal"), and a steroid that is no long-term corticosteroid
treatment, which would make a man with low-back pain at risk (a single course, a pulse, a few days, a spray or a
cream), a study dated by its month and a two-digit year ("MR bäcken nov -23", "5 nov -23"), a differential diagnosis after its colon ("DD: sakrumfraktur"), a fracture to be investigated
("bör utredas avseende sakrumfraktur") and one judged probable ("bedöms som sannolik"), and a lumbar study in a clinical note whose next sentence says the sacrum
was not imaged ("DT ländrygg 3/4 ... Sakrum ej avbildat."); a full birth date gives the exact age at the note's date
("född 1964-06-15", "f. 15/6 1964": 59 in March 2024, where a birth year gives 60), and a day and month after
"född" are no two-digit year ("f. 15/6 1964" read as born 1915); a fracture dated by a two-digit year after a dash
("Kotkompression L1 -19") is an earlier episode, as one dated "2019" is. Each family
by at least two differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

import pytest

from reportminer.demographics import read_age_sex
from reportminer.lexicon import load_lexicon

from .phrasing import assertions, case_mismatches, exam_rows, one_note, only_case, scored_set, statuses

SET = Path(__file__).parent / "data" / "outside19" / "sv"
LBP, RAMUS = "low_back_pain", "pubic_ramus_fracture"


# --- a low-back pain's course of care dated by its year is an earlier episode ---------------------------------------
@pytest.mark.parametrize("sentence", [
    "Tidigare: utreddes för ländryggssmärta 2022, MR bäcken då utan anmärkning.",
    "Behandlades för lumbago hösten 2021 med fysioterapi.",
    "2021 utreddes hon för ont i ländryggen.",
    "Sökte vårdcentralen för lumbago 2019.",
])
def test_outside19_sv_a_dated_course_of_care_is_an_earlier_episode(sentence):
    assert assertions(sentence, "sv", LBP) == ["historical"]


@pytest.mark.parametrize("sentence", [
    "Sökte för ländryggssmärta i går.",
    "Utreddes för ländryggssmärta på VC förra veckan.",
    "Behandlas för ländryggssmärta sedan 2022.",
    "Ländryggssmärta sedan 2022, utreddes med MR.",
    "Utreddes för ländryggssmärta 2022, nu åter försämrad.",
])
def test_outside19_sv_a_pain_since_a_year_or_undated_stays_present(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


def test_outside19_sv_a_dated_earlier_pain_stays_out_of_a_new_episodes_reasons():
    rows = [("n1", "2024-05-14", "radiology", "Rtg bäcken", "Fraktur i vänster ramus superior.", "sv"),
            ("n2", "2024-05-14", "emergency", "", "Kvinna 76 år. Ramusfraktur vä. Tidigare: utreddes för "
                                                  "ländryggssmärta 2022. Inga ryggbesvär nu.", "sv")]
    case = only_case(rows)
    assert case["reasons"] == RAMUS and str(case["flagged"]).lower() == "true"


# --- the pubic rami listed, then called intact -----------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Fynd: Ingen fraktur i proximala femur. Ramus superior och inferior bilat intakta.",
    "Ramus superior och inferior intakta.",
    "Ramus sup dx och inf dx ua.",
    "Rami superior samt inferior bilateralt utan anmärkning.",
    "Ramus superior och inferior på båda sidor är intakta.",
])
def test_outside19_sv_rami_listed_then_intact_deny_a_ramus_fracture(sentence):
    assert assertions(sentence, "sv", RAMUS, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence, expected", [
    ("Ramus superior och inferior med frakturer, höftleder intakta.", ["present"]),
    ("Fraktur i ramus superior och inferior vä, höftlederna intakta.", ["present"]),
    ("Ramus superior och höftleden ua.", []),
])
def test_outside19_sv_a_fractured_ramus_or_another_intact_site_keeps_its_reading(sentence, expected):
    assert assertions(sentence, "sv", RAMUS, "radiology") == expected


# --- back pain placed low by where it sits ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Ont i ryggen sedan 3 veckor, sitter långt ner, strax ovanför korsbenet.",
    "Ont i ryggen, sitter långt ner.",
    "Ryggsmärta, sitter längst ner i ryggen.",
    "Ryggvärken sitter långt ned.",
    "Ont i ryggen strax ovanför korsbenet.",
    "Ont i ryggen. Öm vid korsbenet.",
])
def test_outside19_sv_back_pain_placed_low_by_where_it_sits(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Ont i ryggen när hon sitter ner.",
    "Ont i ryggen, ffa när hon sitter ner länge.",
    "Ont i ryggen mellan skulderbladen. Sitter långt ner i soffan.",
    "Ont i ryggen, sitter högt upp.",
])
def test_outside19_sv_sitting_down_or_a_high_back_places_nothing(sentence):
    assert assertions(sentence, "sv", LBP) == []


# --- pain in the low back's region or area, one compound ------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Värk i ländryggsregionen.",
    "Smärta i ländryggsregionen sedan 2 veckor.",
    "Ont i ländryggsområdet.",
    "Ont i landryggsomradet.",
    "Smärta i sätesområdet.",
])
def test_outside19_sv_pain_in_the_low_backs_region_is_low_back_pain(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Ingen smärta i ländryggsregionen.", ["negated"]),
    ("Ömhet i ländryggsregionen.", []),
    ("Smärta i ljumskregionen.", []),
    ("Rtg av ländryggsområdet utan anmärkning.", []),
])
def test_outside19_sv_tenderness_groin_or_an_exam_of_the_region_keep_their_reading(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


# --- a study not yet happened, or waited for, is still asked for -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "MR bäcken har ännu inte blivit av.",
    "MR bäcken har inte blivit av än.",
    "MR bäcken har fortfarande inte kommit till stånd.",
    "Har väntat på MR bäcken sedan maj.",
    "Pat har fått vänta länge på MR bäcken.",
    "Hon har väntat i två månader på MR bäcken.",
])
def test_outside19_sv_a_study_not_yet_happened_or_waited_for_is_requested(text):
    assert statuses(text, "sv", "mri") == ["requested"]


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken har inte blivit av.", ["not_performed"]),
    ("MR bäcken blev aldrig av då pat avled.", ["not_performed"]),
    ("Har väntat på svar på MR bäcken i två veckor.", ["performed"]),
    ("Har väntat på svaret på MR bäcken.", ["performed"]),
    ("MR bäcken blev av i går, visade ingen fraktur.", ["performed"]),
])
def test_outside19_sv_a_study_that_never_happened_or_whose_result_is_awaited_keeps_its_reading(text, expected):
    assert statuses(text, "sv", "mri") == expected


def test_outside19_sv_a_study_not_yet_happened_leaves_the_ramus_fracture_flagged():
    rows = [("n1", "2024-04-08", "radiology", "Rtg bäcken", "Fraktur i höger ramus superior.", "sv"),
            ("n2", "2024-05-20", "clinical", "", "Ramusfraktur hö. MR bäcken har ännu inte blivit av.", "sv")]
    assert (str(only_case(rows)["flagged"]).lower(), only_case(rows)["workup"]) == ("true", "ordered")


# --- a compression whose age is open is there -----------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Kotkompression L2, oklart om ny eller gammal.",
    "Kompression av L2, ny eller gammal?",
    "Kompression L1, gammal eller färsk kan ej avgöras.",
    "Kilformad kompression Th12, osäkert om färsk eller äldre.",
])
def test_outside19_sv_a_compression_whose_age_is_open_is_present(sentence):
    assert assertions(sentence, "sv", "vertebral_compression_fracture", "radiology") == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Gammal kotkompression L1.", ["historical"]),
    ("Gammal kompression L1, ny kompression L3.", ["historical", "present"]),
    ("Tidigare kotkompression L1, nu ny kotkompression L2.", ["historical", "present"]),
])
def test_outside19_sv_an_old_compression_beside_a_new_one_keeps_its_reading(sentence, expected):
    assert assertions(sentence, "sv", "vertebral_compression_fracture", "radiology") == expected


# --- a steroid course of days, a pulse or a local steroid is no long-term corticosteroid treatment -----------------
@pytest.mark.parametrize("sentence", [
    "Fick en kortisonkur i våras för KOL.",
    "Prednisolonkur 5 dagar.",
    "Stötdos kortison vid skov.",
    "Prednisolon 40 mg i 5 dagar.",
    "Använder kortisonspray i näsan.",
    "Kortisonsalva på eksemet.",
])
def test_outside19_sv_a_short_course_or_a_local_steroid_is_no_steroid_therapy(sentence):
    assert assertions(sentence, "sv", "steroid_therapy") == []


@pytest.mark.parametrize("sentence", [
    "Upprepade kortisonkurer senaste åren.",
    "Långvarig kortisonbehandling.",
    "Prednisolon 5 mg x 1 sedan 2019.",
    "Prednisolon 10 mg dagligen sedan 5 år, trappas ned med 2,5 mg i 14 dagar.",
])
def test_outside19_sv_long_term_steroid_treatment_stays_present(sentence):
    assert assertions(sentence, "sv", "steroid_therapy") == ["present"]


def test_outside19_sv_a_man_with_low_back_pain_after_a_short_steroid_course_is_not_at_risk():
    rows = [("n1", "2024-06-12", "outpatient", "", "Man 66 år med ländryggssmärta sedan 2 veckor. Fick en "
                                                   "kortisonkur i våras för KOL-exacerbation.", "sv")]
    case = only_case(rows)
    assert (str(case["flagged"]).lower(), case["reasons"]) == ("false", LBP)


# --- a study dated by its month and a two-digit year -----------------------------------------------------------------
def _dates(text: str, language: str = "sv") -> list[str]:
    found = one_note(text, language).exams  # notes of DAY, 2025-01-14
    return [d.strftime("%Y-%m-%d") for d in found["date"]]


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken nov -23 utan fynd.", ["2023-11-30"]),
    ("DT bäcken i mars-22 visade ingen fraktur.", ["2022-03-31"]),
    ("Skelettscint jan '24 utan patologiskt upptag.", ["2024-01-31"]),
    ("MR bäcken 5 nov -23 utan fraktur.", ["2023-11-05"]),
])
def test_outside19_sv_a_month_with_a_two_digit_year_dates_a_study(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken i november utan fynd.", ["2024-11-30"]),
    ("MR bäcken 5 nov utan fraktur.", ["2024-11-05"]),
    ("MR bäcken i nov, pat född -48.", ["2024-11-30"]),
    ("Kvinna född mars -48. MR bäcken i dag utan fynd.", ["2025-01-14"]),
    ("Skelettscint 5/11 förra året, utan frakturer.", ["2024-11-05"]),
])
def test_outside19_sv_a_month_alone_or_a_birth_year_keeps_its_reading(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("MRI pelvis on March 2-14 showed nothing.", ["2024-03-02"]),
    ("MRI pelvis Mar-23 was normal.", ["2023-03-31"]),
])
def test_outside19_sv_english_ranges_and_short_years(text, expected):
    assert _dates(text, "en") == expected


def test_outside19_sv_a_study_of_a_two_digit_year_before_the_episode_is_no_workup():
    rows = [("n1", "2024-05-14", "radiology", "Rtg bäcken", "Fraktur i vänster ramus superior.", "sv"),
            ("n2", "2024-05-15", "clinical", "", "Ramusfraktur vä. MR bäcken nov -22 utan fraktur i sakrum.", "sv")]
    assert (str(only_case(rows)["flagged"]).lower(), only_case(rows)["workup"]) == ("true", "radiograph_only")


# --- a differential diagnosis, a fracture to be investigated, one judged probable -----------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Differentialdiagnos: sakrumfraktur, diskbråck.", "uncertain"),
    ("DD: sakrumfraktur.", "uncertain"),
    ("Diff diagnos: sakrumfraktur.", "uncertain"),
    ("Sakrumfraktur får anses sannolik.", "uncertain"),
    ("Sakrumfraktur bedöms som sannolik.", "uncertain"),
    ("Bör utredas avseende sakrumfraktur.", "hypothetical"),
    ("Behöver utredas för sakrumfraktur.", "hypothetical"),
    ("Sakrumfraktur bör utredas.", "hypothetical"),
])
def test_outside19_sv_a_differential_a_fracture_to_investigate_or_a_probable_one_is_no_finding(sentence, expected):
    assert assertions(sentence, "sv", "sacral_fracture") == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Diagnos: sakrumfraktur.", ["present"]),
    ("Sakrumfraktur, utredd med MR.", ["present"]),
    ("Sakrumfraktur bedöms som stabil.", ["present"]),
    ("Sakrumfraktur anses läkt.", ["historical"]),
])
def test_outside19_sv_a_diagnosis_or_a_judged_fracture_keeps_its_reading(sentence, expected):
    assert assertions(sentence, "sv", "sacral_fracture") == expected


def test_outside19_sv_a_sacral_fracture_in_a_differential_flags_instead_of_stopping_the_flag():
    rows = [("n1", "2024-09-09", "outpatient", "", "Kvinna 81 år med ländryggssmärta sedan 3 veckor. Differentialdiagnos: "
                                                   "sakrumfraktur, diskbråck.", "sv")]
    case = only_case(rows)
    assert (str(case["flagged"]).lower(), case["priority"]) == ("true", "high")


# --- the next sentence saying the sacrum was not imaged ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "DT ländrygg 3/4 visade kotkompression L2. Sakrum ej inkluderat.",
    "DT ländrygg 3/4 visade kotkompression L2. Sakrum ej avbildat.",
    "MR ländrygg 3/4 visade kotkompression L2. Sakrum ej bedömt.",
    "DT buk 3/4 visade divertikulit. Bäckenet ej med.",
])
def test_outside19_sv_the_next_sentence_saying_the_sacrum_was_not_imaged_denies_coverage(text):
    assert [row[2] for row in exam_rows(text, "sv")] == [False]


@pytest.mark.parametrize("text", [
    "DT ländrygg 3/4 visade kotkompression L2. Sakrum utan fraktur.",
    "MR ländrygg 3/4 visade kotkompression L2. Sakrum ua.",
    "DT buk-bäcken 3/4 visade divertikulit. Pat har ont i sakrum.",
])
def test_outside19_sv_a_next_sentence_reading_the_sacrum_or_about_pain_leaves_coverage(text):
    assert [row[2] for row in exam_rows(text, "sv")] == [True]


# --- a full birth date gives the exact age --------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kvinna, född 1964-06-15, lumbago.", (59, "F")),
    ("Kvinna f. 15/6 1964.", (59, "F")),
    ("Pat född 15.6.1964, kvinna.", (59, "F")),
    ("Kvinna f. 30/6-48.", (75, "F")),
    ("Kvinna född 15 juni 1964.", (60, "F")),
])
def test_outside19_sv_a_full_birth_date_gives_the_exact_age(text, expected):
    assert read_age_sex(text, load_lexicon("sv"), pd.Timestamp("2024-03-12" if "64" in text else "2024-05-14")) \
        == expected


@pytest.mark.parametrize("text, expected", [
    ("Kvinna född 1964, lumbago.", (60, "F")),
    ("Kvinna född -64, lumbago.", (60, "F")),
    ("Man född 1950. Lumbago.", (74, "M")),
    ("Kvinna född 48, föll.", (76, "F")),
    ("Kvinna född -48. Söker för smärta i ländryggen.", (76, "F")),
])
def test_outside19_sv_a_birth_year_keeps_its_reading(text, expected):
    assert read_age_sex(text, load_lexicon("sv"), pd.Timestamp("2024-03-12" if "64" in text else "2024-05-14")) \
        == expected


def test_outside19_sv_a_woman_of_59_by_her_birth_date_is_not_at_risk_for_low_back_pain():
    rows = [("n1", "2024-03-12", "outpatient", "", "Kvinna, född 1964-06-15. Ländryggssmärta sedan 4 veckor.", "sv")]
    assert str(only_case(rows)["flagged"]).lower() == "false"


# --- a fracture dated by a two-digit year after a dash -------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Ramusfraktur hö -22.", RAMUS),
    ("Kotkompression L1 -19.", "vertebral_compression_fracture"),
    ("Kotkompression L1 (-19).", "vertebral_compression_fracture"),
    ("Kotkompression L1 nov -23.", "vertebral_compression_fracture"),
])
def test_outside19_sv_a_fracture_of_an_earlier_two_digit_year_is_historical(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["historical"]  # notes of 2025-01-14


@pytest.mark.parametrize("sentence, concept", [
    ("Kotkompression L1 -25.", "vertebral_compression_fracture"),
    ("Kompression L1 ca 20 -25 %.", "vertebral_compression_fracture"),
    ("Ländryggssmärta sedan -19.", LBP),
])
def test_outside19_sv_this_years_fracture_a_range_or_a_pain_since_keep_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


# --- the set ---------------------------------------------------------------------------------------------------------
def test_outside19_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside19_sv_set_flags_priorities_and_workups_match_gold():
    assert case_mismatches(SET, ("flagged", "priority", "workup", "reasons")) == []

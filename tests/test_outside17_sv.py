"""Swedish wording families found by the seventeenth round's outside-author notes (tests/data/outside17/sv: long
epikriser and crowded sentences): a fracture site named as the exception to a denial ("inga frakturer förutom L1"),
a word of age that qualifies the next site, not the one before it ("L2 och den gamla L4"), the patient's worry
about "en" fracture and the clinician's own concern, a study dated by a season just past ("lungröntgen i höstas"),
a new time given for a study not done, and radiology's units and note headings that are no exam. Each family by
at least two differently worded sentences, with and without å/ä/ö, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from reportminer.dates import stated_exam_date
from reportminer.lexicon import load_lexicon

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).parent / "data" / "outside17" / "sv"
SACRAL, RAMUS, VCF = "sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    return exam_rows(text, "sv", note_type, exam)


# --- a site named as the exception to a denied fracture is a fracture found ------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Inga frakturer förutom L1.", VCF, ["present"]),
    ("Inga frakturer forutom L1 som ar kilformad.", VCF, ["present"]),
    ("Inga kotkompressioner utom i L3.", VCF, ["negated", "present"]),
    ("Ingen kotkompression förutom den kända i Th12.", VCF, ["negated", "present"]),
    ("Inga kotkompressioner bortsett från L1.", VCF, ["negated", "present"]),
    ("Inga frakturer i bäckenet förutom i sakrum.", SACRAL, ["present"]),
    ("Inga frakturer förutom i höger ramus inferior.", RAMUS, ["present"]),
    ("Ingen kotkompression utom möjligen L1.", VCF, ["negated", "uncertain"]),
    ("Inga frakturer förutom den gamla läkta L4.", VCF, ["historical"]),
    ("No fractures except L1.", VCF, ["present"]),
    ("No fractures of the pelvis except the sacrum.", SACRAL, ["present"]),
    ("No fractures with the exception of the left pubic rami.", RAMUS, ["present"]),
])
def test_outside17_sv_a_site_excepted_from_a_denial_is_found(sentence, concept, expected):
    language = "en" if sentence.startswith("No ") else "sv"
    assert assertions(sentence, language, concept, "radiology") == expected


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Inga frakturer förutom att sakrum är svårbedömt.", SACRAL, []),
    ("Inga frakturer, förutom degenerativa förändringar L4–S1.", VCF, []),
    ("Ingen rotkompression förutom L5.", VCF, []),
    ("Inga kotkompressioner.", VCF, ["negated"]),
    ("Ingen fraktur i sakrum eller ramus pubis.", RAMUS, ["negated"]),
    ("No fractures except degenerative change at L4.", VCF, []),
    ("No cord compression except at C5.", VCF, []),
])
def test_outside17_sv_an_exception_that_names_no_fractured_site_adds_none(sentence, concept, expected):
    language = "en" if sentence.startswith("No ") else "sv"
    assert assertions(sentence, language, concept, "radiology") == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Kotkropparna har normal höjd utom Th12.", "sv", ["negated", "present"]),
    ("Bevarade kothöjder förutom L1.", "sv", ["negated", "present"]),
    ("Vertebral body heights are maintained except at L1.", "en", ["negated", "present"]),
    ("Vertebral body heights are preserved except for L1.", "en", ["negated", "present"]),
    ("Benmärgsödem saknas i kotkropparna förutom L1.", "sv", []),
    ("Ligamenten normala utom vid L4.", "sv", []),
    ("Alignment is maintained except at L4.", "en", []),
])
def test_outside17_sv_a_level_excepted_from_normal_heights_is_a_compression(sentence, language, expected):
    assert assertions(sentence, language, VCF, "radiology") == expected


def test_outside17_sv_a_compression_excepted_from_a_denial_flags():
    case = only_case([
        ("n1", "2025-03-10", "radiology", "Rtg ländrygg", "RTG LÄNDRYGG\nInga frakturer förutom L1, som är kilformad "
                                                          "med ca 40 % höjdreduktion.", "sv"),
    ])
    assert flag_and_workup(case) == ("true", "radiograph_only")
    assert case["reasons"] == VCF


# --- a word of age after "och" or an article qualifies the next site, not the one before it --------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Kotkompression L2 och gammal kompression av L4.", ["present", "historical"]),
    ("Ny kompression L2 och en äldre läkt L4.", ["present"]),
    ("Kotkompression L2 och den gamla L4.", ["present"]),
    ("Inga frakturer förutom L2 och den gamla L4.", ["present", "historical"]),
    ("Compression fracture of L2 and old compression of L4.", ["present", "historical"]),
])
def test_outside17_sv_an_age_word_before_the_next_site_leaves_the_first_as_it_is(sentence, expected):
    language = "en" if sentence.startswith("Compression") else "sv"
    assert assertions(sentence, language, VCF, "radiology") == expected


@pytest.mark.parametrize("sentence", [
    "Kotkompression L2, gammal.",
    "Gammal läkt kompression av L3.",
    "Gammal kompression L4 och ny kompression L2.",
    "Kompression av L1, läkt.",
])
def test_outside17_sv_an_age_word_of_its_own_fracture_still_ages_it(sentence):
    assert "historical" in assertions(sentence, "sv", VCF, "radiology")


# --- the patient's worry about "en" fracture asks; the clinician's own concern suspects -----------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Pat är orolig för en sakrumfraktur som hennes väninna haft.", SACRAL),
    ("Hon är rädd för att ha en kotkompression.", VCF),
    ("Pat orolig for en sakrumfraktur.", SACRAL),
])
def test_outside17_sv_a_patients_worry_about_a_fracture_asks(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence", [
    "Jag är orolig för en sakrumfraktur.",
    "Vi är oroliga för en insufficiensfraktur i sakrum.",
])
def test_outside17_sv_the_clinicians_own_concern_suspects(sentence):
    assert assertions(sentence, "sv", SACRAL) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept", [
    ("Pat orolig för sin kotkompression.", VCF),
    ("Sakrumfraktur hö, pat orolig för en längre sängläges tid.", SACRAL),
    ("Kotkompression L1. Pat orolig för en försämring.", VCF),
])
def test_outside17_sv_a_worry_beside_a_found_fracture_leaves_it_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


# --- a season just past dates a study: "i höstas", "i våras", "last winter" -----------------------------------------
@pytest.mark.parametrize("sentence, note_date, expected, language", [
    ("Kotkompression Th12 enligt lungröntgen i höstas.", "2025-04-04", "2024-11-30", "sv"),
    ("Rtg ländrygg i våras visade inget.", "2025-10-01", "2025-05-31", "sv"),
    ("Rtg bäcken i somras, ua.", "2025-08-15", "2024-08-31", "sv"),
    ("DT buk gjordes i vintras.", "2025-03-10", "2025-02-28", "sv"),
    ("Rtg backen i hostas.", "2025-12-10", "2025-11-30", "sv"),
    ("MRI pelvis last winter was normal.", "2025-06-01", "2025-02-28", "en"),
])
def test_outside17_sv_a_season_just_past_dates_the_study(sentence, note_date, expected, language):
    got = stated_exam_date(sentence, pd.Timestamp(note_date), load_lexicon(language))
    assert got == pd.Timestamp(expected)


def test_outside17_sv_a_radiograph_of_last_autumn_is_outside_the_window():
    rows = [("n1", "2025-04-04", "outpatient", "", "76-årig kvinna. Ländryggssmärtan sedan jul. Misstänkt lätt "
                                                   "kotkompression Th12 enligt lungröntgen i höstas.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")
    rows = [("n1", "2025-04-04", "outpatient", "", "76-årig kvinna. Ländryggssmärtan sedan jul. Misstänkt lätt "
                                                   "kotkompression Th12 enligt lungröntgen förra veckan.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "radiograph_only")


# --- a new time given for a study not done keeps it requested ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "MR bäcken ej utförd, kameran ur funktion. Ny tid ges.",
    "MR backen 16/6 ej utford, kameran ur funktion - ny tid 30/6.",
    "MR bäcken avbokad pga trasig kamera. Ombokas till nästa vecka.",
    "MR bäcken ej genomförd – pat orolig, behöver sedering. Ny tid med sedering bokas.",
    "Pat uteblev från MR bäcken. Kallas på nytt.",
])
def test_outside17_sv_a_new_time_after_a_study_not_done_is_a_request(text):
    assert _exams(text) == [("mri", "requested", True)]


@pytest.mark.parametrize("text", [
    "MR bäcken ej utförd, pacemaker. Ingen ny tid.",
    "MR bäcken avbokad. Ny tid ej aktuell.",
    "MR bäcken avbokad pga pacemaker. Ny tid hos fysioterapeut 3/4.",
])
def test_outside17_sv_no_new_time_or_another_appointment_leaves_it_not_done(text):
    assert _exams(text) == [("mri", "not_performed", True)]


def test_outside17_sv_a_new_time_after_a_study_done_changes_nothing():
    assert _exams("DT bäcken utförd 3/3. Ny tid 5/4.") == [("ct", "performed", True)]


# --- a patient who died before the study: the request was never carried out -------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Skelettscint bokad 3/4 – pat avled 1/4.", [("scintigraphy", "not_performed", True)]),
    ("DT bäcken beställd. Patienten avled i natt.", [("ct", "not_performed", True)]),
    ("MR bäcken bokad; hon dog innan undersökningen.", [("mri", "not_performed", True)]),
    ("Mamma avled i bröstcancer. MR bäcken bokad.", [("mri", "requested", True)]),
])
def test_outside17_sv_a_study_the_patient_died_before_was_not_done(text, expected):
    assert _exams(text) == expected


def test_outside17_sv_a_study_the_patient_died_before_leaves_an_order():
    case = only_case([
        ("n1", "2025-07-07", "emergency", "", "85-årig man. Rtg bäcken: fraktur i vä ramus superior. DT bäcken "
                                              "beställd.", "sv"),
        ("n2", "2025-07-09", "clinical", "", "Pat avled i natt. DT bäcken hann inte utföras.", "sv"),
    ])
    assert flag_and_workup(case) == ("true", "ordered")


# --- radiology's units and a note's heading naming radiology are no exam ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Anteckning röntgen, MR-enheten",
    "Telefonanteckning röntgen",
    "Administrativ anteckning, röntgen",
    "Telefon från MR-enheten: pat har pacemaker.",
])
def test_outside17_sv_radiologys_units_and_headings_are_no_exam(text):
    assert _exams(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Röntgen: ingen fraktur.", [("radiograph", "performed", False)]),
    ("Ramusfraktur enligt röntgen.", [("radiograph", "performed", False)]),
    ("MR bäcken bokad enligt röntgen.", [("mri", "requested", True)]),
    ("MR bäcken avbokad av röntgen pga pacemaker.", [("mri", "not_performed", True)]),
])
def test_outside17_sv_radiology_as_a_source_or_as_the_teller_of_a_booking(text, expected):
    assert _exams(text) == expected


# --- "L-rygg" (ländrygg) as tokenized, and a transposed "fratkur" ---------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Smärta i L-ryggen.", ["present"]),
    ("L-ryggssmärta sedan jul.", ["present"]),
    ("Ont i L-ryggen sedan fallet.", ["present"]),
    ("L-ryggen gör ont vid förflyttning.", ["present"]),
    ("Ingen smärta i L-ryggen.", ["negated"]),
    ("Fysioterapi för L-ryggen.", []),
    ("Rtg L-rygg: ua.", []),
])
def test_outside17_sv_l_rygg_is_the_low_back(sentence, expected):
    assert assertions(sentence, "sv", "low_back_pain") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Ont i ryggen sedan fallet, ffa lågt.", ["present"]),
    ("Ont i ryggen sedan ett par veckor, sitter lågt.", ["present"]),
    ("Ryggvärk sedan en vecka, sitter mest i nedre delen av ryggen.", ["present"]),
    ("Ont i ryggen sedan igår, blodtrycket lågt.", []),
    ("Ont i ryggen sedan fallet, ffa högt upp mellan skulderbladen, inte lågt.", []),
])
def test_outside17_sv_back_pain_placed_low_after_a_clause(sentence, expected):
    assert assertions(sentence, "sv", "low_back_pain") == expected


@pytest.mark.parametrize("sentence, concept", [
    ("Sakrumfratkur vä.", SACRAL),
    ("Fratkur i vänster ramus superior.", RAMUS),
])
def test_outside17_sv_a_transposed_fracture_word_is_a_fracture(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["present"]


# --- a fracture of a named vertebra, as the ICD texts write it ("Fraktur på bröstkota") -----------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Dx: S22.0 Fraktur på bröstkota.", ["present"]),
    ("Fraktur i ländkotan L2.", ["present"]),
    ("Fraktur i kotkroppen L1.", ["present"]),
    ("Ingen fraktur på kotan.", ["negated"]),
    ("Revbensfraktur i höjd med bröstkota Th8.", []),
])
def test_outside17_sv_a_fracture_of_a_named_vertebra(sentence, expected):
    assert assertions(sentence, "sv", VCF, "radiology") == expected


# --- a new fracture under a history heading is no history --------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Tidigare: sakrumfraktur 2019. Nu ny ramusfraktur hö på rtg.", RAMUS, ["present"]),
    ("Tidigare sjukdomar: Hypertoni. Kotkompression L1. Nu nytillkommen kompression av L2.", VCF,
     ["historical", "present"]),
    ("Tidigare: ramusfraktur hö.", RAMUS, ["historical"]),
    ("Tidigare: ny kotkompression L1 2021.", VCF, ["historical"]),
    ("Tidigare: färsk kotkompression L3 i fjol.", VCF, ["historical"]),
])
def test_outside17_sv_a_new_fracture_under_a_history_heading_is_present(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


def test_outside17_sv_a_new_ramus_fracture_after_an_old_sacral_one_flags():
    case = only_case([("n1", "2025-04-04", "clinical", "", "Kvinna 80 år. Tidigare: sakrumfraktur 2019. Nu ny "
                                                           "ramusfraktur hö på rtg.", "sv")])
    assert flag_and_workup(case) == ("true", "radiograph_only")


# --- the set as a user scores it --------------------------------------------------------------------------------------
def test_outside17_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside17_sv_set_flags_priorities_and_workups_match_gold():
    assert case_mismatches(SET) == []

"""Swedish wording families found by the forty-first round's red-team notes (tests/data/outside41/sv: the spine and pain
clinics' own words): the wedge fracture of a vertebra in one word ("kilkotfraktur L1", "kotkilfraktur L3"), a
compression; the lumbar facet joints' or the SI joint's pain named by its source ("facettledssmärta L4–S1", "facetogen
smärta L5-S1", "smärta från facettlederna L4–S1", "SI-ledsrelaterad smärta", "Smärta vänster SI-led"), low-back pain,
while the neck's facet joints and tenderness are none; a pain had years back in the past tense ("Hade lumbago för tio
år sedan", "Hade ont i ländryggen för två år sedan"), an earlier episode; a CT that guides a needle ("SI-ledsinjektion
under DT-ledning", "DT-ledd SI-ledsinjektion", exams.json `guided_procedures`), no study of the SI joints or the
sacrum; the clinician's conclusion that names the next study ("..., varför MR bäcken.") and a patient registered for
one ("Anmäld till MR bäcken"), requests; and an age word after a comma with the sign that dates it ("Kotkompression L3
ca 25 %, äldre utan ödem"), historical. Each family by several differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportminer.pipeline import scan

from .phrasing import (assertions, case_mismatches, flag_and_workup, is_flagged, notes_table, one_note, only_case,
                       scored_set)

SET = Path(__file__).resolve().parent / "data" / "outside41" / "sv"
VCF, LBP = "vertebral_compression_fracture", "low_back_pain"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)]


# --- kilkotfraktur, kotkilfraktur: the wedge fracture of a vertebra in one word ------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Ny kilkotfraktur L4 efter fallet.", ["present"]),
    ("Kilkotfrakturer i Th12 och L1.", ["present"]),
    ("Kotkilfraktur i L2, bakre kanten intakt.", ["present"]),
    ("Osteoporotisk kilkotfraktur.", ["present"]),
    ("Gammal kilkotfraktur Th9.", ["historical"]),
    ("Ingen kilkotfraktur.", ["negated"]),
])
def test_outside41_sv_a_wedge_fracture_in_one_word_is_a_compression(sentence, expected):
    assert assertions(sentence, "sv", VCF) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kilformad kota L1.", ["present"]),
    ("Kotfraktur L3.", ["present"]),
    ("Kilfraktur i laterala tibiaplatån.", []),
    ("Sover med en kilkudde under benen.", []),
])
def test_outside41_sv_wedge_look_alikes_keep_their_reading(sentence, expected):
    assert assertions(sentence, "sv", VCF) == expected


# --- the lumbar facet joints' and the SI joint's pain named by its source -----------------------------------------
@pytest.mark.parametrize("sentence", [
    "Facettledsvärk L5–S1 bilateralt sedan ett år.",
    "Facetogen värk i L4-L5.",
    "Facettledsorsakad smärta L3–L5 vänster.",
    "Smärta från facettleden L5-S1 höger.",
    "Facettledssmärta lumbalt, värst vid extension.",
    "Lumbal facettledsvärk.",
    "SI-ledsorsakad smärta höger.",
    "Värk höger SI-led vid gång.",
])
def test_outside41_sv_facet_and_si_joint_pain_is_low_back_pain(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Facettledssmärta C4–C5 vid rotation.", []),
    ("Facettledsvärk i nacken.", []),
    ("Ömhet över facettlederna L4–S1.", []),
    ("Facettledsartros L4–S1.", []),
    ("Smärta vänster ben, SI-lederna ua.", []),
    ("Ingen facettledssmärta L4-L5.", ["negated"]),
])
def test_outside41_sv_facet_look_alikes_keep_their_reading(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


# --- a pain had years back, in the past tense ------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Hon hade ländryggssmärta för ca 3 år sedan.",
    "Hade ont i korsryggen för många år sedan, inga besvär sedan dess.",
    "Hade lumbago för fem år sedan efter en flytt.",
])
def test_outside41_sv_a_pain_had_years_back_is_historical(sentence):
    assert assertions(sentence, "sv", LBP) == ["historical"]


@pytest.mark.parametrize("sentence", [
    "Hade ont i ländryggen för tre veckor sedan när hon föll och har det fortfarande.",
    "Har ont i ländryggen sedan tre år.",
    "Fick ont i ländryggen för två år sedan och har haft ont sedan dess.",
    "Smärtan i ländryggen började för två år sedan.",
])
def test_outside41_sv_a_pain_that_began_years_back_or_weeks_ago_stays_present(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


def test_outside41_sv_a_pain_years_back_does_not_flag():
    rows = [("n1", "2025-01-10", "outpatient", "", "78-årig kvinna med neurogen claudicatio, bensmärta. Hade lumbago "
                                                  "för tio år sedan som gick över. Ingen kotkompression.", "sv")]
    cases = scan(notes_table(rows, "sv")).cases  # no present index finding: no case at all
    assert not any(is_flagged(c) for _, c in cases.iterrows())


# --- a CT that guides a needle -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Facettledsinjektion L4–L5 höger under DT-ledning.", [("ct", "other", "performed", False)]),
    ("DT-styrd injektion i höger SI-led, inga komplikationer.", [("ct", "other", "performed", False)]),
    ("Planerar DT-ledd SI-ledsinjektion vänster.", [("ct", "other", "requested", False)]),
])
def test_outside41_sv_a_ct_that_guides_a_needle_is_no_study_of_the_si_joints(text, expected):
    assert _exams(text) == expected


def test_outside41_sv_a_guided_injection_report_is_no_study_of_the_si_joints():
    found = _exams("Under DT-ledning förs nålen in i vänster SI-led. Inga komplikationer.", "radiology",
                   "DT-LEDD SI-LEDSINJEKTION VÄNSTER")
    assert found and all(not covers for *_, covers in found)


@pytest.mark.parametrize("text, expected", [
    ("DT av SI-lederna visade inga erosioner och ingen fraktur.", [("ct", "si_joints", "performed", True)]),
    ("DT bäcken: ingen fraktur i sakrum.", [("ct", "pelvis", "performed", True)]),
])
def test_outside41_sv_a_ct_of_the_si_joints_stays_one(text, expected):
    assert _exams(text) == expected


def test_outside41_sv_a_guided_injection_leaves_low_back_pain_flagged():
    rows = [("n1", "2025-01-03", "outpatient", "", "80-årig kvinna med smärta i höger skinka sedan en månad.", "sv"),
            ("n2", "2025-01-10", "outpatient", "", "SI-ledsinjektion höger under DT-ledning, 40 mg metylprednisolon.",
             "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "none")


# --- 'varför <study>' and 'anmäld till <study>': requests ----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Oklar smärta i korsryggen hos 80-årig kvinna, varför DT bäcken.", [("ct", "pelvis", "requested", True)]),
    ("Fortsatt smärta trots blockad, varför ny MR ländrygg.", [("mri", "lumbar_spine", "requested", False)]),
    ("Pat anmäls till MR bäcken.", [("mri", "pelvis", "requested", True)]),
    ("Hon är anmäld för DT bäcken.", [("ct", "pelvis", "requested", True)]),
])
def test_outside41_sv_the_next_study_of_a_conclusion_is_requested(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Smärta i korsryggen, varför MR bäcken gjordes, som visade en sakral insufficiensfraktur.",
     [("mri", "pelvis", "performed", True)]),
    ("MR bäcken visade ingen fraktur, varför vi avvaktar.", [("mri", "pelvis", "performed", True)]),
])
def test_outside41_sv_a_study_done_before_or_after_varfor_stays_done(text, expected):
    assert _exams(text) == expected


def test_outside41_sv_varfor_mr_leaves_the_flag_with_an_order():
    rows = [("n1", "2025-01-03", "outpatient", "", "82-årig kvinna med ländryggssmärta sedan tre veckor, varför MR "
                                                  "bäcken.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "ordered")


# --- an age word after a comma, with the sign that dates it ---------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Kompressionsfraktur Th12, äldre utan benmärgsödem.", ["historical"]),
    ("Kilformig L2, gammal utan ödem.", ["historical"]),
    ("Kotkompression L4 ca 20 %, äldre utan ödem.", ["historical"]),
    ("Kotkompression L1, utan ödem.", ["present"]),
    ("Kotkompression L3 ca 25 %, färsk med ödem.", ["present"]),
    ("Kotkompression L3, äldre än den i L1.", ["present"]),
])
def test_outside41_sv_an_age_word_with_its_sign_after_a_comma_dates_the_compression(sentence, expected):
    assert assertions(sentence, "sv", VCF, "radiology") == expected


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

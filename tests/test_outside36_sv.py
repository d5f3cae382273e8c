"""Swedish wording families found by the thirty-sixth round's red-team notes (tests/data/outside36/sv: notes written by
the other professions: fysioterapeut, sjuksköterska, undersköterska, arbetsterapeut, hemsjukvård, farmaceut, 1177,
ambulans, kurator). A pain field whose value is the place ("Smärta: ländrygg, NRS 5", "Smärta (NRS): 7, ländrygg",
"Smärtlokalisation: korsrygg", "Smärta: NRS 8, lokalisation: korsryggen", "Lokalisation: ländryggen, VAS 6"); a pain
word compounded with its kind ("belastningssmärta", "rörelsesmärta", "genombrottssmärta", "vilovärk", "nattvärk" in the
low back); a drug given as needed against the pain ("Oxynorm 5 mg vid behov mot ländryggssmärta", "vb för lumbago"), the
pain being the drug's indication and no conditional; the buttock in everyday words ("ont i stjärten", not "stjärtbenet",
the coccyx); the low back's "problem" and "problematik" ("ländryggsproblematik", "ryggproblem" placed low); a relative
as the source of what the care said ("Enligt dottern har läkaren sagt att ..."), the patient's finding and not the
relative's; the lay "benbrott" at a site of ours ("benbrott i korsbenet"); and a fracture dated by a month written in
digits with its year ("ramusfraktur vänster 2023-05", "05/2023") more than a year back, an earlier episode. Each family
by at least two differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

import reportminer

from .phrasing import assertions, case_mismatches, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside36" / "sv"
LBP = "low_back_pain"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"


# --- a pain field whose value is the place --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Smärta: korsrygg, VAS 7 vid gång.",
    "Smärta (VAS): 5, ffa ländryggen.",
    "Smärtlokalisation: ländrygg och vänster skinka.",
    "Smärtintensitet: NRS 6 i ländryggen vid förflyttning.",
    "Smärta: NRS 6 vid vändning, lokalisation: nedre ländryggen.",
    "Smärta: kraftig, var: korsryggen.",
    "Smärta: ja.\nLokalisation: korsryggen, NRS 7 vid gång.",  # the place in a field of its own, with its score
    "Lokalisation: ländryggen med VAS 5.",
])
def test_outside36_sv_a_pain_field_naming_the_low_back_is_low_back_pain(text):
    assert assertions(text, "sv", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "Smärta: NRS 3 i höger höft. Ländrygg: ua.",
    "Smärta: Nej. Hud: Trycksår kategori 1 sakralt.",
    "Hud: Trycksår. Lokalisation: sakralt.",
    "Smärta: ingen. Lokalisation av trycksåret: korsbensregionen.",
    "Smärta: vänster knä, NRS 4.",
    "Lokalisation: korsryggen, NRS 0.",
    "DXA: ländrygg, T-score -2,9.",
])
def test_outside36_sv_a_pain_field_elsewhere_or_a_wound_field_is_no_low_back_pain(text):
    assert assertions(text, "sv", LBP) in ([], ["negated"])


# --- a pain word compounded with its kind ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tilltagande belastningssmärta i korsryggen senaste veckan.",
    "Har rörelsesmärta lumbalt vid påklädning.",
    "Vilovärk i ländryggen nattetid.",
    "Genombrottssmärta i korsryggen trots Norspan, extra dos Oxynorm given.",
    "Nattvärk i ländryggen sedan fallet.",
])
def test_outside36_sv_a_pain_of_some_kind_in_the_low_back_is_low_back_pain(text):
    assert assertions(text, "sv", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "Belastningssmärta i vänster knä.",
    "Rörelsesmärta i höger axel vid abduktion.",
    "Genombrottssmärta i buken postoperativt.",
])
def test_outside36_sv_a_pain_of_some_kind_elsewhere_is_none(text):
    assert assertions(text, "sv", LBP) == []


# --- a drug given as needed against the pain ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Paracetamol 1 g vid behov mot ont i korsryggen, max 4 g per dygn.",
    "Morfin 5 mg vb mot smärta i ländryggen.",
    "Ipren 400 mg vid behov för ländryggsvärk.",
    "Tradolan 50 mg vb pga lumbago.",
])
def test_outside36_sv_a_drug_as_needed_against_the_pain_keeps_it_present(text):
    assert assertions(text, "sv", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "Alvedon vid behov om ont i ländryggen.",
    "Åter vid behov om smärtan i korsryggen inte går över.",
    "Kontakt vid behov, t.ex. vid försämrad smärta i ländryggen.",
])
def test_outside36_sv_a_conditional_as_needed_still_asks(text):
    assert assertions(text, "sv", LBP) == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "Paracetamol 1 g vid behov mot smärta.",
    "Oxynorm 5 mg vb mot smärta, högst tre doser per dygn.",
])
def test_outside36_sv_an_as_needed_order_against_pain_with_no_site_still_asks(text):
    target = "smärta"
    start = text.index(target)
    assert reportminer.assertion(text, start, start + len(target), language="sv") == "hypothetical"


# --- the buttock in everyday words ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Klagar på värk i stjärten när hon sitter.",
    "Stjärten gör ont sedan fallet på isen.",
])
def test_outside36_sv_pain_in_the_stjart_is_low_back_pain(text):
    assert assertions(text, "sv", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "Ont i stjärtbenet efter fallet.",
    "Ramlade och landade på stjärten, ont i höger handled.",
    "Ingen smärta i stjärten.",
])
def test_outside36_sv_the_coccyx_or_a_painless_stjart_is_none(text):
    assert assertions(text, "sv", LBP) in ([], ["negated"])


# --- the low back's problem and problematik --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Sedan länge ländryggsproblem, nu försämrade.",
    "Känd korsryggsproblematik sedan 1990-talet.",
    "Ryggproblem sedan flera år, sitter ffa i ländryggen.",
])
def test_outside36_sv_the_low_backs_problems_are_low_back_pain(text):
    assert assertions(text, "sv", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "Ryggproblem sedan flera år, ffa i bröstryggen.",
    "Inga ländryggsproblem.",
])
def test_outside36_sv_problems_elsewhere_or_denied_are_no_present_low_back_pain(text):
    assert "present" not in assertions(text, "sv", LBP)


# --- a relative as the source of what the care said -----------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Enligt sonen har doktorn på akuten sett en spricka i blygdbenet.", RAMUS),
    ("Enl. maken har ortopeden konstaterat en kotkompression i L2.", VCF),
    ("Enligt dottern hade läkaren hittat en fraktur i ramus inferior.", RAMUS),
])
def test_outside36_sv_a_relative_reporting_the_cares_words_states_the_patients_finding(text, concept):
    assert assertions(text, "sv", concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("Maken har en kotkompression i L1.", VCF),
    ("Enligt dottern har även hon benskörhet.", "osteoporosis"),
    ("Sonen hade en ramusfraktur förra året.", RAMUS),
])
def test_outside36_sv_the_relatives_own_condition_stays_theirs(text, concept):
    assert assertions(text, "sv", concept) == ["historical"]


# --- the lay "benbrott" at a site of ours ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Anhöriga berättar att hon fått ett benbrott i korsbenet.", "sacral_fracture"),
    ("Benbrott i vänster blygdben enligt akuten.", RAMUS),
])
def test_outside36_sv_a_benbrott_at_a_site_is_its_fracture(text, concept):
    assert assertions(text, "sv", concept) == ["present"]


@pytest.mark.parametrize("text", [
    "Benbrott i handleden 2019.",
    "Inga tidigare benbrott.",
    "Lårbensbrott vänster, opererat 2020.",
])
def test_outside36_sv_a_benbrott_elsewhere_or_with_no_site_is_no_mention(text):
    found = [c for c in (RAMUS, VCF, "sacral_fracture") if assertions(text, "sv", c)]
    assert found == []


# --- a fracture dated by a month in digits with its year ------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Tidigare frakturer: kotkompression Th12 2022-11, handledsfraktur.", VCF),
    ("Fallanamnes: ramusfraktur höger 03/2023.", RAMUS),
    ("Tidigare fraktur: [x] Ja, kotkompression L2 2021-06.", VCF),
])
def test_outside36_sv_a_fracture_dated_by_an_earlier_year_month_is_historical(text, concept):
    assert assertions(text, "sv", concept) == ["historical"]


@pytest.mark.parametrize("text, concept", [
    ("Ramusfraktur höger 2024-11, nu mobiliserad med rollator.", RAMUS),
    ("Kotkompression L1 12/2024 enligt röntgen.", VCF),
])
def test_outside36_sv_a_year_month_within_the_year_keeps_the_fracture_present(text, concept):
    # a note of 2025-01-14 (tests.phrasing.DAY): within a year, this episode's fracture
    assert assertions(text, "sv", concept) == ["present"]


# --- cases -----------------------------------------------------------------------------------------------------------
def test_outside36_sv_a_nurses_pain_field_flags_an_old_woman_with_plain_films_only():
    rows = [("n1", "2025-01-08", "clinical", "", "Hemsjukvård. 84-årig kvinna, fall i hemmet.\n"
                                                 "Smärta (NRS): 7, korsrygg.", "sv"),
            ("n2", "2025-01-09", "radiology", "Rtg bäcken", "Ingen fraktur. Ramus superior och inferior intakta.",
             "sv")]
    case = only_case(rows)
    assert flag_and_workup(case) == ("true", "radiograph_only")


def test_outside36_sv_a_relatives_report_of_a_ramus_fracture_flags_high():
    rows = [("n1", "2025-01-08", "clinical", "", "Kurator. 85-årig kvinna. Enligt sonen har doktorn sagt att det är "
                                                 "en spricka i blygdbenet.", "sv")]
    case = only_case(rows)
    assert (flag_and_workup(case), case["priority"]) == (("true", "none"), "high")


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

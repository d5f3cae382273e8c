"""Swedish wording families found by the forty-fifth round's red-team notes (tests/data/outside45/sv: intyg, försäkring
och medicinska utlåtanden, documents that report what others found, did and did not do):
a study in a counterfactual, never done ("Hade DT bäcken utförts ...", "Med en MR bäcken hade ... kunnat ...",
"En skelettscintigrafi hade kunnat visa ...", "skulle troligen ha visat"), no order; a study never asked for ("DT
bäcken remitterades aldrig", "Remiss till MR bäcken skrevs aldrig", "MR bäcken var aldrig aktuell", "borde DT
bäcken ha beställts", "någon MR bäcken finns inte i journalen", "Det är inte dokumenterat att ... beställdes"), no
order; a study the patient did not get ("inte fick någon röntgen", "Det gjordes ingen skiktröntgen", "inte
undersöktes med magnetkamera"); a finding never found ("Någon sakrumfraktur har aldrig påvisats", "påvisades
aldrig"; "har aldrig verifierats" unconfirmed) and the studies it was never found on, undated; the record giving no
support ("Inget i journalen talar för", "det saknas stöd i journalen för"); the patient's claim the record does not
confirm (", vilket inte finns dokumenterat i journalen", "men detta har inte kunnat verifieras"); the patient's
worry that she has a fracture ("Patienten är orolig för att hon har en ..."); a relative as the source after
"enligt uppgift från"; a teaching statement of how often a finding occurs ("förekommer ofta vid osteoporos",
"föreligger ofta samtidig ...") and the patient's own clause after it (", men röntgen visade ..."); a fracture older
than the accident ("äldre än olyckan", "fanns redan före trafikolyckan"); a low-back pain dated by an earlier year
right after it ("Lumbago 2019"); a fracture healed after a comma with its source (", läkt enligt kontrollröntgen i
februari"); a clinical note saying the sacrum was never examined, so its sacral fracture denied is no reading of the
lumbar study it names. Each family by several differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside45" / "sv"
SACRAL, RAMUS, VCF, LBP, OP = ("sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture",
                               "low_back_pain", "osteoporosis")
RAMUS_FILM = ("n1", "2025-01-05", "radiology", "Rtg bäcken",
              "Frågeställning: 79-årig kvinna, fall.\nFynd: Fraktur i höger ramus superior.", "sv")


def _statuses(text: str) -> list[tuple[str, str]]:
    """(modality, status) of each exam of a single Swedish clinical note."""
    found = one_note(text, "sv").exams
    return [tuple(r) for r in found[["modality", "status"]].itertuples(index=False)]


def _after_a_ramus_fracture(text: str) -> tuple[str, str]:
    """Flag and workup of a woman with a ramus fracture on plain films and then a note of ``text``."""
    return flag_and_workup(only_case([RAMUS_FILM, ("n2", "2025-03-10", "clinical", "", text, "sv")]))


# --- a study in a counterfactual: never done, and no order ------------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("Hade en MR av bäckenet gjorts i januari hade diagnosen ställts tidigare.", "mri"),
    ("Hade man gjort DT bäcken direkt hade frakturen setts.", "ct"),
    ("Med en skelettscintigrafi hade frakturen sannolikt upptäckts.", "scintigraphy"),
    ("En MR bäcken skulle troligen ha visat frakturen.", "mri"),
    ("DT av bäckenet hade kunnat påvisa skadan redan på akuten.", "ct"),
    ("Om MR bäcken hade utförts hade behandlingen kunnat anpassas.", "mri"),
    ("Hade hon fått en MR bäcken hade frakturen upptäckts.", "mri"),
    ("Hade patienten undersökts med DT bäcken hade skadan setts.", "ct"),
])
def test_outside45_sv_a_study_in_a_counterfactual_was_not_done(text, modality):
    assert _statuses(text) == [(modality, "not_performed")]


@pytest.mark.parametrize("text", [
    "Utlåtande: Hade en MR av bäckenet gjorts hade en sakrumfraktur kunnat uteslutas.",
    "Med DT bäcken hade en skada i bakre bäckenringen sannolikt påvisats.",
])
def test_outside45_sv_a_counterfactual_study_is_no_workup_and_no_order(text):
    assert _after_a_ramus_fracture(text) == ("true", "radiograph_only")


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken hade gjorts dagen innan och visade ingen fraktur.", [("mri", "performed")]),
    ("DT bäcken hade visat en sakrumfraktur vänster.", [("ct", "performed")]),
    ("Hade tidigare gjort MR bäcken på annat sjukhus, ua.", [("mri", "performed")]),
    ("Om smärtan kvarstår görs MR bäcken.", [("mri", "requested")]),
])
def test_outside45_sv_a_pluperfect_or_a_plan_is_no_counterfactual(text, expected):
    assert _statuses(text) == expected


# --- a study never asked for: no order ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Någon DT bäcken remitterades aldrig.",
    "Skelettscintigrafi beställdes dock aldrig.",
    "MR bäcken har aldrig remitterats.",
    "En remiss till MR bäcken skickades aldrig.",
    "Ingen remiss för DT bäcken utfärdades.",
    "MR bäcken var aldrig aktuell.",
    "Det är inte dokumenterat att DT bäcken beställdes.",
    "Enligt utredningen borde MR bäcken ha remitterats.",
    "Läkaren borde ha beställt MR bäcken.",
    "Någon skelettscintigrafi finns inte i journalen.",
    "Remiss för MR bäcken saknas.",
    "MR bäcken borde ha övervägts.",
    "Verksamheten har inte kunnat visa att MR bäcken beställdes.",
])
def test_outside45_sv_a_study_never_asked_for_was_not_done(text):
    assert [s for _, s in _statuses(text)] == ["not_performed"]
    assert _after_a_ramus_fracture(text) == ("true", "radiograph_only")


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken har inte visat att det finns en fraktur.", [("mri", "performed")]),
    ("Det är inte dokumenterat att MR bäcken visade fraktur.", [("mri", "performed")]),
    ("Rtg bäcken togs ingen fraktur", [("radiograph", "performed")]),
    ("MR bäcken 2025-01-03: remissvar saknas.", [("mri", "performed")]),
])
def test_outside45_sv_a_study_reported_with_a_denial_is_no_study_not_asked_for(text, expected):
    assert _statuses(text) == expected


@pytest.mark.parametrize("text", [
    "MR bäcken beställdes men utfördes aldrig.",
    "MR bäcken remitterades 2025-02-10 men blev aldrig av.",
    "Radiologen rekommenderade DT bäcken, men någon remiss skickades aldrig.",
    "Remiss MR bäcken skickad.",
    "MR bäcken beställdes 2025-02-01 men patienten kallades aldrig.",
    "MR bäcken avbokades av röntgen och ombokades aldrig.",
])
def test_outside45_sv_a_request_that_came_to_nothing_stays_an_order(text):
    assert _after_a_ramus_fracture(text) == ("true", "ordered")


# --- a study the patient did not get ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("Hon är missnöjd med att hon aldrig fick någon MR.", "mri"),
    ("Patienten klagar över att han inte fått någon skiktröntgen.", "ct"),
    ("Det gjordes ingen röntgen på vårdcentralen.", "radiograph"),
    ("Ingen DT gjordes på akuten.", "ct"),
    ("Hon har frågat varför hon inte undersöktes med magnetkamera.", "mri"),
])
def test_outside45_sv_a_study_the_patient_did_not_get_was_not_done(text, modality):
    assert _statuses(text) == [(modality, "not_performed")]


@pytest.mark.parametrize("text, expected", [
    ("Pat har inte fått någon tid till MR bäcken än.", [("mri", "requested")]),
    ("Hon fick en MR bäcken 2025-01-05 som visade en sakrumfraktur.", [("mri", "performed")]),
    ("Pat har inte fått någon ny MR-tid efter att hon uteblev.", [("mri", "not_performed")]),
])
def test_outside45_sv_a_time_not_given_or_a_study_had_keeps_its_status(text, expected):
    assert _statuses(text) == expected


def test_outside45_sv_no_films_a_patient_did_not_get_is_no_radiograph_workup():
    rows = [("n1", "2025-01-10", "outpatient", "", "77-årig kvinna med ont i ländryggen sedan en vecka.", "sv"),
            ("n2", "2025-02-20", "clinical", "", "Svar på klagomål. Patienten är missnöjd med att hon inte fick "
                                                  "någon röntgen vid besöket.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


# --- a finding never found --------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Sakrumfraktur har aldrig diagnostiserats.", SACRAL),
    ("Någon kotkompression har aldrig konstaterats.", VCF),
    ("Fraktur i ramus superior påvisades aldrig.", RAMUS),
    ("Någon fraktur i korsbenet sågs aldrig.", SACRAL),
    ("Någon sakral insufficiensfraktur har aldrig kunnat påvisas.", SACRAL),
    ("Kotkompression har aldrig noterats i journalen.", VCF),
])
def test_outside45_sv_a_finding_never_found_is_denied(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["negated"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sakrumfraktur har aldrig verifierats.", SACRAL, ["uncertain"]),
    ("Sakrumfrakturen påvisades först på MR.", SACRAL, ["present"]),
    ("Kotkompressionen i L1 har aldrig orsakat henne några besvär.", VCF, ["present"]),
    ("Ramusfrakturen har aldrig läkt ut helt.", RAMUS, ["present"]),
])
def test_outside45_sv_never_confirmed_or_another_never_keeps_its_reading(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


def test_outside45_sv_films_a_finding_was_never_found_on_are_earlier_undated_ones():
    rows = [("n1", "2025-01-10", "outpatient", "", "74-årig kvinna med ont i ländryggen sedan en månad.", "sv"),
            ("n2", "2025-02-20", "clinical", "", "Någon kotkompression har aldrig påvisats på röntgen.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


# --- the record gives no support ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Inget i journalanteckningarna talar för en kotkompression.", VCF),
    ("Ingenting i remissvaret tyder på sakrumfraktur.", SACRAL),
    ("Det saknas belägg för ramusfraktur.", RAMUS),
    ("Journalen ger inget stöd för en sakrumfraktur.", SACRAL),
    ("Det finns inget i journalen som talar för en ramusfraktur.", RAMUS),
    ("Ingen journalanteckning talar för att hon haft en ramusfraktur.", RAMUS),
    ("Inget i journalen talar för att patienten haft en sakrumfraktur.", SACRAL),
])
def test_outside45_sv_the_record_giving_no_support_denies(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["negated"]


@pytest.mark.parametrize("sentence, concept", [
    ("Allt i journalen talar för en sakrumfraktur.", SACRAL),
    ("Det finns stöd i journalen för en kotkompression L1.", VCF),
])
def test_outside45_sv_the_record_supporting_a_finding_keeps_it(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


# --- the patient's claim the record does not confirm ------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Patienten uppger en kotkompression L1, vilket inte finns dokumenterat.", VCF),
    ("Han berättar om en spricka i blygdbenet, något som inte finns journalfört.", RAMUS),
    ("Hon säger att hon har en sakrumfraktur men detta har inte kunnat verifieras.", SACRAL),
    ("Hon uppger en fraktur i korsbenet, vilket inte kan bekräftas av journalen.", SACRAL),
])
def test_outside45_sv_a_claim_the_record_does_not_confirm_is_uncertain(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept", [
    ("Sakrumfraktur enligt MR 2025-01-10, vilket finns dokumenterat i journalen.", SACRAL),
    ("Patienten uppger att hon har en kotkompression L2.", VCF),
])
def test_outside45_sv_a_claim_or_a_documented_finding_stays_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


def test_outside45_sv_an_unconfirmed_claim_of_a_sacral_fracture_flags():
    rows = [("n1", "2025-01-10", "outpatient", "", "70-årig kvinna med ont i korsryggen. Hon uppger att hon har en "
                                                   "spricka i korsbenet, vilket inte finns dokumenterat.", "sv")]
    case = only_case(rows)
    assert flag_and_workup(case) == ("true", "none") and case["priority"] == "high"


# --- the patient's worry that she has a fracture ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Hon är orolig att hon har en kotkompression.", VCF, ["hypothetical"]),
    ("Patienten är rädd för att han har en fraktur i korsbenet.", SACRAL, ["hypothetical"]),
    ("Pat är mycket orolig för att det finns en fraktur i blygdbenet.", RAMUS, ["hypothetical"]),
    ("Patienten befarar att hon har en fraktur i korsbenet.", SACRAL, ["hypothetical"]),
    ("Jag är orolig för att hon har en sakrumfraktur.", SACRAL, ["uncertain"]),
    ("Patienten är orolig för sin kända kotkompression i L2.", VCF, ["present"]),
])
def test_outside45_sv_the_patients_worry_asks_the_clinicians_suspects(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- a relative as the source after "enligt uppgift från" -------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Enligt uppgift från sonen har patienten ont i korsryggen.", LBP, ["present"]),
    ("Enl. uppgifter från maken har hon en spricka i blygdbenet.", RAMUS, ["present"]),
    ("Enligt uppgift från dottern har patienten en kotkompression i L1.", VCF, ["present"]),
    ("Enligt uppgift från dottern har hon själv haft en kotkompression.", VCF, ["historical"]),
    ("Maken har en kotkompression.", VCF, ["historical"]),
])
def test_outside45_sv_a_relative_as_the_source_reports_the_patient(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


def test_outside45_sv_a_relatives_report_of_a_ramus_fracture_is_a_case():
    rows = [("n1", "2025-03-20", "clinical", "", "Färdtjänstintyg. 68-årig kvinna. Enligt uppgift från maken har "
                                                 "patienten en fraktur i vänster blygdben, sedd på röntgen i Spanien.",
             "sv")]
    case = only_case(rows)
    assert flag_and_workup(case) == ("true", "radiograph_only") and case["priority"] == "high"


# --- a teaching statement of how often a finding occurs, and the patient's clause after it --------------------------
@pytest.mark.parametrize("sentence", [
    "Kotkompressioner förekommer ofta hos äldre kvinnor.",
    "Sakrala insufficiensfrakturer förekommer vanligen vid osteoporos.",
    "Vid bäckenfraktur hos äldre föreligger ofta en samtidig sakrumfraktur.",
    "Vid osteoporos uppstår ofta kotkompressioner.",
    "Det är känt att äldre med ramusfraktur ofta har en samtidig sakrumfraktur.",
])
def test_outside45_sv_how_often_a_finding_occurs_is_about_no_patient(sentence):
    assert one_note(sentence, "sv").mentions.query("concept != 'imaging_radiograph'").empty


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Ramusfrakturer är vanliga hos äldre, men hos patienten finns ingen fraktur i ramus.", RAMUS, ["negated"]),
    ("Kotkompressioner är vanliga vid benskörhet, men röntgen visade normal höjd av kotkropparna.", VCF,
     ["negated"]),
    ("Smärtan i ländryggen förekommer ofta vid gång.", LBP, ["present"]),
    ("Vid gång uppstår ofta smärta i ländryggen.", LBP, ["present"]),
    ("Kotkompressioner är vanliga vid osteoporos och kortisonbehandling.", VCF, []),
])
def test_outside45_sv_the_patients_clause_after_a_teaching_statement_is_read(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


def test_outside45_sv_a_teaching_statement_makes_no_case():
    rows = [("n1", "2025-01-10", "clinical", "", "58-årig man med ont i ländryggen. Kotkompressioner förekommer "
                                                 "ofta vid osteoporos, men patienten har ingen känd osteoporos.",
             "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "none")


# --- a fracture older than the accident ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Kotkompressionen L1 är äldre än fallolyckan.", ["historical"]),
    ("Kompression av Th12, sannolikt äldre än skadan.", ["historical"]),
    ("Kotkompressionen förelåg redan före trafikolyckan.", ["historical"]),
    ("Kotkompressionen L2 bedöms ha uppkommit före olyckan.", ["historical"]),
    ("Kotkompressionen Th12 är sannolikt äldre än trafikolyckan.", ["historical"]),
    ("Kotkompressionen L2 uppkom vid olyckan.", ["present"]),
    ("Ny kotkompression L2 efter olyckan.", ["present"]),
])
def test_outside45_sv_a_fracture_older_than_the_accident_is_an_earlier_one(sentence, expected):
    assert assertions(sentence, "sv", VCF) == expected


# --- a low-back pain dated by an earlier year right after it --------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Ländryggssmärta 2018, utredd på VC.", ["historical"]),
    ("Tidigare: lumbago 2016.", ["historical"]),
    ("Ländryggssmärta sedan 2019.", ["present"]),
    ("Lumbago 2025, nu förbättrad.", ["present"]),
    ("Ont i ländryggen efter fall 2025-01-10.", ["present"]),
])
def test_outside45_sv_a_low_back_pain_dated_by_an_earlier_year_is_an_earlier_episode(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


# --- a fracture healed after a comma, with its source ------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Kotkompression Th12, läkt enligt DT i mars.", VCF, ["historical"]),
    ("Fraktur i vänster ramus inferior, utläkt på kontrollröntgen 2024-11-02.", RAMUS, ["historical"]),
    ("Kotkompression L2, läkande enligt MR.", VCF, ["present"]),
    ("Sakrumfraktur, ej läkt enligt DT.", SACRAL, ["present"]),
])
def test_outside45_sv_healed_after_a_comma_with_its_source(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- a clinical note saying the sacrum was never examined --------------------------------------------------------
@pytest.mark.parametrize("text, workup", [
    ("MR ländrygg 2025-01-12 visade diskbråck. Ingen sakrumfraktur har påvisats, men sakrum har inte undersökts.",
     "none"),
    ("DT ländrygg 2025-01-12 utan fraktur. Sakrumfraktur har aldrig påvisats; korsbenet är inte undersökt med MR.",
     "none"),
    ("MR ländrygg 2025-01-12 visade diskbråck. Sakrum utan fraktur.", "mri"),
])
def test_outside45_sv_a_sacrum_said_unexamined_is_no_reading_of_a_lumbar_study(text, workup):
    rows = [("n1", "2025-01-10", "outpatient", "", "76-årig kvinna med ont i ländryggen sedan fall.", "sv"),
            ("n2", "2025-01-20", "clinical", "", text, "sv")]
    assert flag_and_workup(only_case(rows))[1] == workup


# --- a form's pain from the sacrum, and an insurer's question --------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Aktivitetsbegränsning: Klarar inte att sitta pga smärta från korsbenet.", LBP, ["present"]),
    ("Värk från sakrum vid gång.", LBP, ["present"]),
    ("Fråga från försäkringsbolaget: Föreligger sakrumfraktur?", SACRAL, ["hypothetical"]),
    ("Föreligger kotkompression? Nej.", VCF, ["negated"]),
    ("Smärta från höger knä.", LBP, []),
])
def test_outside45_sv_a_forms_pain_from_the_sacrum_and_an_insurers_question(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- the set --------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

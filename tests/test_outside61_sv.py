"""Swedish wording families found by the sixty-first round's red-team notes (tests/data/outside61/sv: tabeller, listor
och exporter): the fields of a semicolon or pipe export written without spaces ("MR bäcken;2025-05-06;Besvarad;Ingen
fraktur i sakrum"), each its own words, so its "Ingen" denies; a heading of planned studies over bare rows
("Planerat:", "Planerade undersökningar:", "Kommande undersökningar:"), a plan; a done field answered no ("MR bäcken |
Utförd: Nej"), the order's record that the study was not done; a template's row left empty ("MR bäcken | | |") and the
rows of a table a line above gives to another patient ("Tabellen nedan avser annan patient"), no exam of this patient;
and a problem list's or diagnosis table's status field closing the problem ("Kotkompression Th12 (M48.5) - inaktiv,
2018", "Fraktur ramus superior (S32.50) – avslutad 2021"), an earlier episode. Each family by several differently
worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside61" / "sv"
SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"


# --- the fields of an export written without spaces ------------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Export: DT bäcken;2024-12-20;Besvarad;Ingen sakrumfraktur", SACRAL, ["negated"]),
    ("Svar;Inga tecken till fraktur i korsbenet", SACRAL, ["negated"]),
    ("MR sakrum|2024-12-28|Klar|Ingen fraktur i sakrum", SACRAL, ["negated"]),
    ("Rtg bäcken;2024-12-01;Besvarad;Fraktur i höger ramus superior", RAMUS, ["present"]),
    ("MR bäcken;Besvarad;Insufficiensfraktur i vänster sakralvinge", SACRAL, ["present"]),
    ("Diagnos;Kotkompression L1;Aktiv", VCF, ["present"]),
])
def test_outside61_sv_an_export_field_is_its_own_words(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


# --- a heading of planned studies over bare rows ---------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Planerat:\nMR bäcken\nDXA\nÅterbesök om 4 veckor.", [("mri", "requested", True)]),
    ("Planerade undersökningar:\nDT bäcken", [("ct", "requested", True)]),
    ("Kommande undersökningar:\nSkelettscintigrafi", [("scintigraphy", "requested", True)]),
    ("Planerade åtgärder:\nDT bäcken\nSmärtlindring", [("ct", "requested", True)]),
])
def test_outside61_sv_a_planned_studies_heading_plans_its_rows(text, expected):
    assert exam_rows(text, "sv") == expected


@pytest.mark.parametrize("text, expected", [
    ("Planerade undersökningar:\nMR bäcken 2025-01-02 – utförd, ua", [("mri", "performed", True)]),
    ("Planerat:\nMR bäcken gjord i går, ingen fraktur.", [("mri", "performed", True)]),
    ("Utförda undersökningar:\nMR bäcken", [("mri", "performed", True)]),
    ("Planerat: sjukgymnastik. MR bäcken visade ingen fraktur.", [("mri", "performed", True)]),
    # a certificate's field "Planerad utredning" is no heading of a plan: the lines after it are other fields
    ("Planerad utredning: Ingen.\nÖvrigt: Med en MR av bäckenet hade en skada kunnat uteslutas.",
     [("mri", "not_performed", True)]),
])
def test_outside61_sv_a_done_study_or_a_form_field_is_no_plan(text, expected):
    assert exam_rows(text, "sv") == expected


# --- a done field answered no ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("MR bäcken | Utförd: Nej | Pacemaker", [("mri", "not_performed", True)]),
    ("DT bäcken | 2025-01-02 | Genomförd: nej", [("ct", "not_performed", True)]),
    ("Skelettscintigrafi – gjord: nej", [("scintigraphy", "not_performed", True)]),
    ("MR bäcken, utförd: nej", [("mri", "not_performed", True)]),
])
def test_outside61_sv_a_done_field_answered_no_is_not_done(text, expected):
    assert exam_rows(text, "sv") == expected


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken | Utförd: Ja | Ingen fraktur i sakrum", [("mri", "performed", True)]),
    ("DT bäcken | Genomförd: ja", [("ct", "performed", True)]),
    ("MR bäcken utförd, nej ingen fraktur i sakrum", [("mri", "performed", True)]),
])
def test_outside61_sv_a_done_field_answered_yes_stays_done(text, expected):
    assert exam_rows(text, "sv") == expected


def test_outside61_sv_a_study_its_row_says_not_done_leaves_its_order():
    rows = [("n1", "2025-01-02", "radiology", "RTG BÄCKEN", "Fynd: Fraktur i vänster ramus inferior.", "sv"),
            ("n2", "2025-01-20", "outpatient", "", "Undersökning | Utförd\nDT bäcken | Utförd: Nej | Pat avvaktar.",
             "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "ordered")


# --- a template's empty row, a table given to another patient --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Mall:\nUndersökning | Datum | Status | Svar\nMR bäcken | | |\nDT bäcken | | |",
    "Undersökning;Datum;Status\nSkelettscintigrafi;;",
    "MR sakrum |  |  | ",
    "Obs! Nedanstående tabell avser annan patient, felaktigt inklistrad:\nMR bäcken | 2024-12-01 | Besvarad | ua",
    "Tabellen gäller fel patient:\nUndersökning | Datum | Status\nDT bäcken | 2024-12-01 | Utförd",
    "Raderna nedan från annan patient – stryks:\nSkelettscint helkropp\t2024-11-02\tBesvarad",
])
def test_outside61_sv_a_row_of_no_study_of_the_patient_is_no_exam(text):
    assert exam_rows(text, "sv") == []


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken | 2024-12-02 | |", [("mri", "performed", True)]),
    ("MR bäcken | | Besvarad | ua", [("mri", "performed", True)]),
    ("MR bäcken;", [("mri", "performed", True)]),
    ("Undersökningar:\nMR bäcken | 2024-12-01 | Besvarad | ua", [("mri", "performed", True)]),
    ("Rumskamraten har annan patients remiss.\nMR bäcken | 2024-12-01 | Besvarad | ua", [("mri", "performed", True)]),
    ("Tabellen avser annan patient.\n\nMR bäcken 2024-12-01 visade ingen fraktur.", [("mri", "performed", True)]),
])
def test_outside61_sv_a_row_that_tells_of_the_patients_study_stays(text, expected):
    assert exam_rows(text, "sv") == expected


# --- a problem list's status field closing the problem ---------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Problemlista:\nKotkompression Th12 (M48.5) - inaktiv, 2018", VCF),
    ("Fraktur ramus superior höger (S32.50) – avslutad 2021", RAMUS),
    ("Problem | Status | Datum\nKotkompression L1 | Inaktiv | 2019", VCF),
    ("Lumbago (M54.5), status: avslutad", LBP),
    ("Sakrumfraktur (S32.1) - historisk", SACRAL),
    ("Blygdbensfraktur vä (inaktiv)", RAMUS),
])
def test_outside61_sv_a_closed_problem_is_historical(text, concept):
    assert assertions(text, "sv", concept) == ["historical"]


@pytest.mark.parametrize("text, concept", [
    ("Kotkompression L1 (M48.5) | Aktiv | 2025-01-02", VCF),
    ("Lumbago (M54.5) - aktiv", LBP),
    ("Ramusfraktur vä (S32.5) – aktiv, sjukskrivning avslutad", RAMUS),
    ("Ländryggssmärta, avslutad sjukgymnastik utan effekt.", LBP),
    ("Kotkompression L2, behandling med teriparatid avslutad 2024.", VCF),
])
def test_outside61_sv_an_open_problem_or_a_closed_treatment_stays_present(text, concept):
    assert assertions(text, "sv", concept) == ["present"]


def test_outside61_sv_a_closed_problem_opens_no_episode():
    rows = [("n1", "2025-01-02", "outpatient", "",
             "Problemlista:\nFraktur ramus inferior vänster (S32.5) - inaktiv, 2020\nLumbago - aktiv\n"
             "68-årig man med ont i ländryggen.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("false", "none")


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

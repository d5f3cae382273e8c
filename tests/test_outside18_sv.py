"""Swedish wording families found by the eighteenth round's outside-author notes (tests/data/outside18/sv: a
patient's story across many notes, exam statements that change or conflict): "det kan finnas" hedges a finding,
an osteoporosis assessment asked for ("osteoporosbedömning"), a spine region or its exam with a compression denied
("rtg LWS utan kompression"), the sentence after a done study's own telling its field ("Undersökningen sträcker sig
ned till L5"), a study quoted by its month alone that is the month's report, a weekday just past or a day back that
dates a study ("i tisdags", "i går"), a study done "utan MR", "83-årig K", a quoted study dated by a written day and
month ("MR 12 mars visade ...") and a bracket that opens on the place ("DT bäcken (Danderyd 2/5)"). Each family by
at least two differently worded sentences, with and without å/ä/ö, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from reportminer.dates import day_just_past
from reportminer.demographics import read_age_sex
from reportminer.lexicon import load_lexicon

from .phrasing import (assertions, case_mismatches, exam_rows, flag_and_workup, one_note, only_case,
                       scored_set)

SET = Path(__file__).parent / "data" / "outside18" / "sv"
SACRAL, VCF, OSTEO = "sacral_fracture", "vertebral_compression_fracture", "osteoporosis"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    return exam_rows(text, "sv", note_type, exam)


def _dates(text: str, note_type: str = "clinical") -> list[str]:
    found = one_note(text, "sv", note_type).exams
    return [d.strftime("%Y-%m-%d") for d in found["date"]]


# --- "det kan finnas", "kan föreligga": a finding that may be there is suspected --------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Smärtbilden talar för att det kan finnas en samtidig insufficiensfraktur i sakrum.", SACRAL),
    ("Det kan finnas en sakrumfraktur vänster.", SACRAL),
    ("Kan det foreligga en sakrumfraktur.", SACRAL),
    ("Det skulle kunna finnas en kotkompression i L1.", VCF),
    ("En lätt kompression av L2 kan även föreligga.", VCF),
])
def test_outside18_sv_what_may_be_there_is_suspected(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Det finns en sakrumfraktur vänster.", SACRAL, ["present"]),
    ("Kotkompression L1 finns sedan tidigare.", VCF, ["historical"]),
    ("Det finns ingen sakrumfraktur.", SACRAL, ["negated"]),
])
def test_outside18_sv_what_is_there_keeps_its_reading(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- an osteoporosis assessment asked for is a question -------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Remiss reumatolog för osteoporosbedömning, DXA.",
    "Osteoporos-bedömning önskas.",
    "Osteoporosvardering via VC.",
])
def test_outside18_sv_an_osteoporosis_assessment_asks(sentence):
    assert assertions(sentence, "sv", OSTEO) == ["hypothetical"]


@pytest.mark.parametrize("sentence", [
    "Osteoporosbehandling med Prolia sedan 2022.",
    "Känd osteoporos, bedömning av frakturrisk.",
    "L4-kompressionen bedöms osteoporotisk.",
])
def test_outside18_sv_osteoporosis_treated_or_assessed_as_such_stays_present(sentence):
    assert assertions(sentence, "sv", OSTEO) == ["present"]


# --- a spine region or its exam with a compression denied ------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Ländryggssmärta sedan augusti, rtg LWS 5/9 utan kompression.",
    "Rtg ländrygg visade ingen kompression.",
    "Bröstryggen utan kompression.",
])
def test_outside18_sv_a_spine_with_a_compression_denied(sentence):
    assert assertions(sentence, "sv", VCF) == ["negated"]


@pytest.mark.parametrize("sentence, expected", [
    ("Ländryggen utan kompression av nervrötterna.", []),
    ("MR ländrygg: ingen kompression av duralsäcken.", []),
    ("Rtg ländrygg: kompression av L2.", ["present"]),
])
def test_outside18_sv_nerve_compression_or_a_level_keeps_its_reading(sentence, expected):
    assert assertions(sentence, "sv", VCF, "radiology") == expected


# --- the sentence after a done study's own, pointing back, tells its field ------------------------------------------
@pytest.mark.parametrize("text", [
    "DT buk 4/6: okomplicerad divertikulit. Undersökningen sträcker sig ned till L5, lilla bäckenet och sakrum är "
    "inte avbildade.",
    "DT buk 4/6 visade divertikulit. Undersokningen omfattade inte backenet.",
    "DT buk-bäcken i går visade njursten. Undersökningen täckte ej sakrum.",
])
def test_outside18_sv_the_next_sentence_pointing_back_denies_coverage(text):
    assert _exams(text) == [("ct", "performed", False)]


@pytest.mark.parametrize("text, expected", [
    ("DT bäcken 4/6 utan fraktur. Undersökningen visade även artros i höfterna.", [("ct", "performed", True)]),
    ("DT buk-bäcken 4/6 visade divertikulit. Pat mår bättre och är uppegående.", [("ct", "performed", True)]),
    ("DT buk-bäcken 4/6 visade divertikulit. MR bäcken planeras, undersökningen omfattar inte ländryggen.",
     [("ct", "performed", True), ("mri", "requested", True)]),
])
def test_outside18_sv_a_next_sentence_on_something_else_leaves_coverage(text, expected):
    assert _exams(text) == expected


def test_outside18_sv_a_study_whose_next_sentence_denies_the_sacrum_is_no_workup():
    rows = [("n1", "2025-06-02", "radiology", "Rtg bäcken", "Fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-06-05", "clinical", "", "Känd ramusfraktur hö. DT buk 4/6: divertikulit. Undersökningen "
                                                 "sträcker sig ned till L5, sakrum är inte avbildat.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "radiograph_only")


# --- a study quoted by its month alone is that month's report --------------------------------------------------------
def _month_quote_case(report_date: str) -> tuple[str, str]:
    return flag_and_workup(only_case([
        ("n1", report_date, "radiology", "DT buk-bäcken", "DT BUK-BÄCKEN\nInga frakturer i bäcken eller sakrum.",
         "sv"),
        ("n2", "2025-02-24", "outpatient", "", "81-årig kvinna, ont i ländryggen sedan i lördags.", "sv"),
        ("n3", "2025-03-10", "outpatient", "", "Ländryggssmärta. DT buk-bäcken i januari visade inga frakturer i "
                                               "bäckenet.", "sv")]))


def test_outside18_sv_a_month_quote_takes_its_reports_day():
    assert _month_quote_case("2025-01-10") == ("true", "none")  # 45 days before the index: outside the window


def test_outside18_sv_a_month_quote_of_a_report_inside_the_window_stays_a_workup():
    assert _month_quote_case("2025-01-28") == ("false", "ct")


def test_outside18_sv_a_month_quote_without_a_report_keeps_the_months_end():
    case = only_case([
        ("n2", "2025-02-24", "outpatient", "", "81-årig kvinna, ont i ländryggen sedan i lördags.", "sv"),
        ("n3", "2025-03-10", "outpatient", "", "Ländryggssmärta. DT buk-bäcken i januari visade inga frakturer i "
                                               "bäckenet.", "sv")])
    assert flag_and_workup(case) == ("false", "ct")  # 31 January: within 30 days before 24 February


@pytest.mark.parametrize("sentence, expected", [
    ("MR i januari visade sakrumfraktur.", ["2025-01-14"]),  # the note's own month: never after the note
    ("MR i december visade sakrumfraktur.", ["2024-12-31"]),
])
def test_outside18_sv_a_month_named_alone_is_never_after_the_note(sentence, expected):
    assert _dates(sentence) == expected


# --- a weekday just past or a day back dates a done study -----------------------------------------------------------
@pytest.mark.parametrize("sentence, language, expected", [
    ("DT bäcken gjord på Karolinska i tisdags, utan fraktur.", "sv", "2025-01-07"),  # the note is of a Tuesday
    ("MR backen i fredags visade sakrumfraktur.", "sv", "2025-01-10"),
    ("DT bäcken igår: ua.", "sv", "2025-01-13"),
    ("MR i förrgår.", "sv", "2025-01-12"),
    ("CT pelvis last Friday was normal.", "en", "2025-01-10"),
    ("MRI yesterday showed a sacral fracture.", "en", "2025-01-13"),
])
def test_outside18_sv_a_day_just_past(sentence, language, expected):
    assert day_just_past(sentence, pd.Timestamp("2025-01-14"), load_lexicon(language)) == pd.Timestamp(expected)


@pytest.mark.parametrize("sentence, expected", [
    ("DT bäcken i tisdags visade ingen fraktur i sakrum.", ["2025-01-07"]),
    ("Föll i tisdags, DT bäcken 3/1 visade fraktur i ramus.", ["2025-01-03"]),  # the study's own date wins
    ("MR bäcken bokad i fredags.", ["2025-01-14"]),  # a request is of its note
    ("DT bäcken utan fraktur.", ["2025-01-14"]),
])
def test_outside18_sv_a_day_just_past_dates_only_a_done_study_without_a_date_of_its_own(sentence, expected):
    assert _dates(sentence) == expected


# --- "utan MR", "utan behov av DT", "behov av DT bäcken" --------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Sakrumfraktur kan ej bekräftas utan MR.", [("mri", "not_performed", True)]),
    ("Behandlas konservativt utan DT.", [("ct", "not_performed", False)]),
    ("Fraktur i ramus superior på rtg, utan behov av DT.", [("radiograph", "performed", False),
                                                            ("ct", "not_performed", True)]),
    ("Behov av kompletterande MR bäcken.", [("mri", "requested", True)]),
    ("Behov av DT backen.", [("ct", "requested", True)]),
])
def test_outside18_sv_a_study_done_without_or_needed(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("DT bäcken utan kontrast: ingen fraktur.", [("ct", "performed", True)]),
    ("Behov av hjälp i hemmet, DT bäcken 3/3 utan fraktur.", [("ct", "performed", True)]),
    ("MR bäcken utan MR-fynd av fraktur.", [("mri", "performed", True)]),
    ("Inget behov av DT bäcken.", [("ct", "not_performed", True)]),
])
def test_outside18_sv_without_contrast_or_findings_leaves_the_study(text, expected):
    assert _exams(text) == expected


def test_outside18_sv_a_suspected_sacral_fracture_not_confirmed_without_mri_flags():
    case = only_case([("n1", "2025-03-01", "clinical", "", "K 83 år. Misstänkt sakrumfraktur, kan ej bekräftas utan "
                                                           "MR. Behandlas konservativt.", "sv")])
    assert flag_and_workup(case) == ("true", "none")


# --- "83-årig K": sex and age ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("83-årig K med ländryggssmärta.", (83, "F")),
    ("83-arig K med landryggssmarta.", (83, "F")),
    ("79-årig M, lumbago.", (79, "M")),
])
def test_outside18_sv_age_and_a_one_letter_sex(text, expected):
    assert read_age_sex(text, load_lexicon("sv"), pd.Timestamp("2025-03-01")) == expected


@pytest.mark.parametrize("text", ["83-årig mamma till tre barn, ländryggssmärta.",
                                  "83-årig med ländryggssmärta."])
def test_outside18_sv_a_word_beginning_with_the_letter_is_no_sex(text):
    assert not read_age_sex(text, load_lexicon("sv"), pd.Timestamp("2025-03-01"))[1]


# --- a quoted study dated by a written day and month names no body part ---------------------------------------------
@pytest.mark.parametrize("sentence", [
    "MR 12 mars visade ingen fraktur i sakrum.",
    "MR den 12 mars: ingen sakrumfraktur.",
    "DT i tisdags visade ingen fraktur i sakrum.",
    "Sakrumfraktur vä enligt MR 12/3.",
])
def test_outside18_sv_a_dated_study_reading_the_sacrum_covers_it(sentence):
    assert [r[2] for r in _exams(sentence)] == [True]


def test_outside18_sv_a_dated_study_of_another_part_does_not():
    assert _exams("MR 12 mars thorax visade ingen fraktur.") == [("mri", "performed", False)]


# --- a bracket opening on the place dates the study; one on a comparison does not ------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("DT bäcken (Danderyd 2/1): ua.", ["2025-01-02"]),
    ("DT backen (SÖS 2/1) utan fraktur.", ["2025-01-02"]),
    ("DT bäcken (jmf 2/1): ingen fraktur.", ["2025-01-14"]),
    ("DT bäcken (tidigare 2/1): ingen fraktur.", ["2025-01-14"]),
])
def test_outside18_sv_a_bracketed_place_and_date(sentence, expected):
    assert _dates(sentence) == expected


# --- pain in the sacral region named as a region compound ----------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Smärta i sakrumregionen sedan fallet.", ["present"]),
    ("Ont i korsbensregionen, värst vid gång.", ["present"]),
    ("Smartor i sacrumregionen.", ["present"]),
    ("Ingen smärta i sakrumregionen.", ["negated"]),
    ("Rodnad i sakrumregionen.", []),
    ("Ömhet i korsbensregionen vid palpation.", []),
    ("Smärta i ljumskregionen.", []),
])
def test_outside18_sv_pain_in_the_sacral_region(sentence, expected):
    assert assertions(sentence, "sv", "low_back_pain") == expected


# --- still waiting for a study is a request; for its result, a study done --------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Väntar fortfarande på MR bäcken.", [("mri", "requested", True)]),
    ("Vantar fortfarande pa MR backen.", [("mri", "requested", True)]),
    ("Pat väntar nu på DT bäcken.", [("ct", "requested", True)]),
    ("Väntar fortfarande på svar på MR bäcken.", [("mri", "performed", True)]),
    ("Väntar på svar på MR bäcken.", [("mri", "performed", True)]),
])
def test_outside18_sv_still_waiting_for_a_study_or_its_result(text, expected):
    assert _exams(text) == expected


# --- the set ---------------------------------------------------------------------------------------------------------
def test_outside18_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside18_sv_set_flags_priorities_and_workups_match_gold():
    assert case_mismatches(SET) == []

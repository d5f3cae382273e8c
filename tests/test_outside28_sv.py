"""Swedish wording families found by the twenty-eighth round's red-team notes (tests/data/outside28/sv: the note's
structure): a numbered list whose items carry no full stop ("1 Ingen höftfraktur" + "2 Fraktur i vä ramus superior"),
where the first item's negation or hedge reached the next; a blank form's unanswered fields ("Kortisonbehandling: " +
"Reumatisk sjukdom: "), read as risk factors that put a man with lumbago at risk; a report or note of an earlier
episode pasted in quotes under a dated line ("Kopierat från akutanteckning 2022-02-01:" + a quoted "Ramusfraktur vä"),
read as this episode's finding (a documented sacral fracture that stopped the flag); a date written with full stops
year first or with a two-digit year ("MR bäcken 2024.03.12", "DT buk-bäcken 12.1.24"), which dated an earlier study
to the note's day and made it a workup; the referral-question heading abbreviated "Frgst" / "Frågest."; and
"kompr. av L2", whose abbreviation's full stop ended the compression's words; found by probing the theme beyond the
set: a question's heading with a dash for its colon ("Frgst - ...", "Fst - ..."), and an addendum after a plan
("Åtgärd: MR bäcken." + "Tillägg 13/1: MR bäcken utan sakrumfraktur"), whose study the plan made a request. Each family by at least two
differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from reportminer.dates import stated_exam_date
from reportminer.lexicon import load_lexicon
from reportminer.pipeline import scan

from .phrasing import assertions, case_mismatches, exam_rows, notes_table, only_case, scored_set, statuses

SET = Path(__file__).parent / "data" / "outside28" / "sv"
LBP, RAMUS, VCF, SACRAL = "low_back_pain", "pubic_ramus_fracture", "vertebral_compression_fracture", "sacral_fracture"


def _dated_assertions(text: str, date: str, concept: str, note_type: str = "clinical") -> list[str]:
    """The assertions of ``concept``'s mentions in a single note of ``date``."""
    found = scan(notes_table([("n1", date, note_type, "", text, "sv")])).mentions
    return found[found["concept"] == concept]["assertion"].tolist()


# --- a numbered list without full stops: each item is a sentence of its own ----------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("UTLÅTANDE\n1 Ingen höftfraktur\n2 Fraktur i vä ramus superior och inferior\n3 Måttlig coxartros", RAMUS),
    ("Sammanfattning\n1 Ingen lungembolism\n2 Kotkompression Th12, bifynd på DT", VCF),
    ("Sammanfattande bedömning\n1 Ingen misstanke om malignitet\n2 Kotkompression L3, sannolikt osteoporotisk\n"
     "3 Ländryggssmärta sedan fallet", LBP),
    ("Bedömning\n1) Ingen ramusfraktur\n2) Ländryggssmärta", LBP),
    # the items on one line, numbered without stops
    ("UTLÅTANDE\n1 Ingen sakrumfraktur 2 Fraktur i hö ramus inferior 3 Ingen höftfraktur", RAMUS),
    ("Bedömning: 1 Ingen ramusfraktur 2 Ländryggssmärta", LBP),
])
def test_outside28_sv_a_denied_item_stays_in_its_item(text, concept):
    assert assertions(text, "sv", concept)[-1:] == ["present"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Sammanfattande bedömning\n1 Ingen misstanke om malignitet\n2 Kotkompression L3, sannolikt osteoporotisk\n"
     "3 Ländryggssmärta sedan fallet", VCF, ["present"]),
    ("Diagnoser\n1 Misstänkt sakral insufficiensfraktur\n2 Ramusfraktur hö", SACRAL, ["uncertain"]),
    ("Diagnoser\n1 Misstänkt sakral insufficiensfraktur\n2 Ramusfraktur hö", RAMUS, ["present"]),
    # an item's words that go on to the next line stay one sentence
    ("UTLÅTANDE\n1 Fraktur i vä ramus superior och\ninferior\n2 Ingen sakrumfraktur", RAMUS, ["present"]),
    ("UTLÅTANDE\n1 Fraktur i vä ramus superior och\ninferior\n2 Ingen sakrumfraktur", SACRAL, ["negated"]),
    ("Ingen fraktur i sakrum eller\nramus superior.", RAMUS, ["negated"]),
    ("Ingen kompression av 2 kotor L1 och L2.", VCF, ["negated"]),
    ("1 Ingen fraktur i sakrum eller ramus 3 Höftfraktur", RAMUS, ["negated"]),
    ("1. Ingen höftfraktur.\n2. Fraktur i hö ramus inferior.", RAMUS, ["present"]),
])
def test_outside28_sv_list_items_and_wrapped_lines_keep_their_reading(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


def test_outside28_sv_a_ramus_fracture_in_a_list_without_stops_flags():
    rows = [("n1", "2024-02-12", "radiology", "Rtg bäcken", "UTLÅTANDE\n1 Ingen höftfraktur\n"
             "2 Fraktur i vä ramus superior och inferior, lätt dislocerad\n3 Måttlig coxartros bilat", "sv")]
    case = only_case(rows)
    assert case["reasons"] == RAMUS and str(case["flagged"]).lower() == "true" and case["priority"] == "high"


# --- a blank form's unanswered fields state nothing ------------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Riskfaktorer:\nOsteoporos: nej\nKortisonbehandling: \nReumatisk sjukdom: \nHöftprotes: \nStatus: ua",
     "steroid_therapy"),
    ("Riskfaktorer:\nOsteoporos: nej\nKortisonbehandling: \nReumatisk sjukdom: \nHöftprotes: \nStatus: ua",
     "rheumatic_disease"),
    ("Riskfaktorer\nLångvarig kortisonbehandling:\nReumatisk sjukdom:\nStrålbehandling mot lilla bäckenet:\n"
     "Bedömning: Lumbago.", "pelvic_radiation"),
    ("Kortison:\nRA:\nÖvrigt: inget", "steroid_therapy"),
])
def test_outside28_sv_an_unanswered_field_of_a_blank_form_asks(text, concept):
    assert assertions(text, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Kortisonbehandling: Prednisolon 5 mg dagligen sedan 2020\nReumatisk sjukdom: PMR", "steroid_therapy",
     ["present", "present"]),
    ("Kortisonbehandling: Prednisolon 5 mg dagligen sedan 2020\nReumatisk sjukdom: PMR", "rheumatic_disease",
     ["present", "present"]),
    ("Osteoporos:\nBehandlas med alendronat sedan 2019.", "osteoporosis", ["present"]),
    ("Reumatisk sjukdom: nej\nHöftprotes: nej", "hip_prosthesis", ["negated"]),
    ("Osteoporos: Ja / Nej", "osteoporosis", ["hypothetical"]),
])
def test_outside28_sv_answered_fields_and_a_label_over_its_text_keep_their_reading(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


def test_outside28_sv_a_man_with_lumbago_and_a_blank_form_is_not_at_risk():
    text = ("Aktuellt: Man 66 år med ont i ländryggen sedan 3 veckor.\nRiskfaktorer:\nOsteoporos: nej\n"
            "Kortisonbehandling: \nReumatisk sjukdom: \nHöftprotes: \nStrålbehandling mot bäckenet: \n"
            "Status: Ömhet paravertebralt L4-S1.\nBedömning: Lumbago.")
    case = only_case([("n1", "2024-04-10", "outpatient", "", text, "sv")])
    assert str(case["flagged"]).lower() == "false" and case["risk_factors"] == ""


# --- an earlier episode's report or note pasted in quotes ------------------------------------------------------------
@pytest.mark.parametrize("text, date, concept", [
    ('Kopierat från akutanteckning 2022-02-01:\n"Bedömning: Ramusfraktur vä efter fall på isen."\nNu lumbago.',
     "2024-09-23", RAMUS),
    ('Utreddes hösten 2022 för ryggsmärta, svar då:\n"MR BÄCKEN 2022-11-03\nUTLÅTANDE: Insufficiensfraktur i vä '
     'sakrumvinge med omgivande ödem."', "2025-01-21", SACRAL),
    ("Röntgensvar från 2021 inklistrat:\n\u201dKompression av L1 med 20 % höjdminskning.\u201d", "2024-03-01", VCF),
    ('Tidigare svar (DT bäcken 2020-06-01):\n\u00abFraktur i hö ramus superior.\u00bb', "2024-03-01", RAMUS),
])
def test_outside28_sv_a_quoted_report_of_an_earlier_episode_is_historical(text, date, concept):
    assert _dated_assertions(text, date, concept) == ["historical"]


@pytest.mark.parametrize("text, date, concept", [
    ('Svar MR bäcken 2/9 inklistrat:\n"Insufficiensfraktur i hö sakrumvinge."', "2024-09-10", SACRAL),
    ('Svar DT bäcken 2024-11-12 inklistrat:\n"UTLÅTANDE: Fraktur i hö ramus superior."', "2024-11-13", RAMUS),
    ('Svar DT bäcken 2024-03-12 inklistrat:\n"Fraktur i hö ramus superior."', "2025-01-13", RAMUS),
    ('Röntgensvar inklistrat:\n"Kompression av L1 med 20 % höjdminskning."', "2024-03-01", VCF),
    ('Pat. berättar: "Jag föll på isen 2019 och har haft ont i ländryggen sedan dess."', "2024-03-01", LBP),
])
def test_outside28_sv_this_episodes_or_an_undated_quoted_report_keeps_present(text, date, concept):
    assert _dated_assertions(text, date, concept) == ["present"]


def test_outside28_sv_a_quoted_old_sacral_fracture_does_not_stop_a_new_ramus_fracture_flag():
    rows = [("n1", "2025-01-20", "radiology", "Rtg bäcken", "Fynd: Fraktur i hö ramus superior och inferior, ny.",
             "sv"),
            ("n2", "2025-01-21", "clinical", "", 'Anamnes: Känd osteoporos. Utreddes hösten 2022, svar då:\n'
             '"MR BÄCKEN 2022-11-03\nUTLÅTANDE: Insufficiensfraktur i vä sakrumvinge."\nBed: Ramusfraktur hö.', "sv")]
    case = only_case(rows)
    assert (str(case["flagged"]).lower(), case["priority"], case["workup"]) == ("true", "high", "radiograph_only")


# --- dates written with full stops -----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("MR bäcken 2024.03.12 utan fraktur i sakrum.", "2024-03-12"),
    ("DT buk-bäcken 12.1.24 (pga buksmärta) utan skelettpatologi.", "2024-01-12"),
    ("Skelettscintigrafi 5.11.23: ua.", "2023-11-05"),
    ("DT bäcken 03.05.2024: ingen fraktur i sakrum.", "2024-05-03"),
])
def test_outside28_sv_a_date_with_full_stops_dates_the_study(sentence, expected):
    assert stated_exam_date(sentence, pd.Timestamp("2024-05-14"), load_lexicon("sv")) == pd.Timestamp(expected)


@pytest.mark.parametrize("sentence", [
    "Inkom kl. 03.15, MR bäcken i morgon.",
    "MR bäcken på 1.5 T utan fraktur.",
    "T-score -2.5 i ländryggen, DT bäcken utan fraktur.",
])
def test_outside28_sv_a_time_a_field_strength_or_a_decimal_is_no_date(sentence):
    assert stated_exam_date(sentence, pd.Timestamp("2024-05-14"), load_lexicon("sv")) is None


def test_outside28_sv_an_earlier_study_dated_with_full_stops_is_no_workup():
    rows = [("n1", "2024-05-08", "outpatient", "", "Kvinna 81 år. Ont i korsryggen sedan mitten av april.\n"
             "Tidigare utredning: MR bäcken 2024.03.12 utan fraktur i sakrum.\nBed: Ländryggssmärta.", "sv")]
    case = only_case(rows)
    assert (str(case["flagged"]).lower(), case["workup"]) == ("true", "none")


# --- the referral question's heading abbreviated ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Frgst: Ländryggssmärta efter lyft, ?kotkompression",
    "Frgst: Lumbago, långvarig kortison. Kotkompression?",
    "Frågest.: Ländryggsvärk sedan fall. ?kotkompression",
])
def test_outside28_sv_an_abbreviated_referral_question_asks(text):
    assert assertions(text, "sv", VCF, "radiology") == ["hypothetical"]


@pytest.mark.parametrize("text, concept", [
    ("Frgst - 74-årig kvinna, lumbago sedan 2 mån, ?kotkompression", VCF),
    ("Fst - Ländryggsvärk. Sakrumfraktur?", SACRAL),
    ("Frågeställning \u2013 fall i hemmet, ?ramusfraktur", RAMUS),
])
def test_outside28_sv_a_referral_question_heading_with_a_dash_asks(text, concept):
    assert assertions(text, "sv", concept, "radiology") == ["hypothetical"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Status - Öm över L4. Kotkompression?", VCF, ["uncertain"]),  # only a question's heading takes a dash
    ("Fst - Ländryggsvärk. Sakrumfraktur?\nIngen sakrumfraktur.", SACRAL, ["hypothetical", "negated"]),
])
def test_outside28_sv_a_dash_after_another_heading_or_the_answer_keep_their_reading(text, concept, expected):
    assert assertions(text, "sv", concept, "radiology") == expected


# --- an addendum under a plan reports a result ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Åtgärd: MR bäcken.\nTillägg 13/1: MR bäcken utan sakrumfraktur.",
    "Åtgärd: MR bäcken.\nTillägg kl. 15.30: MR bäcken utan sakrumfraktur.",
    "Planering:\nMR bäcken.\nTILLÄGGSSVAR 2025-01-13\nMR bäcken utan sakrumfraktur.",
    "Planering: DT bäcken.\nKompletterande svar: DT bäcken utan sakrumfraktur.",
])
def test_outside28_sv_an_addendum_after_the_plan_reports_the_study_done(text):
    assert "performed" in [row[1] for row in exam_rows(text, "sv") if row[0] in ("mri", "ct")]


@pytest.mark.parametrize("text, expected", [
    ("Åtgärd: MR bäcken.\nKontroll om 4 veckor.", ["requested"]),
    ("Tillägg av alendronat diskuteras. MR bäcken planeras.", ["requested"]),
])
def test_outside28_sv_a_plan_without_an_addendum_stays_requested(text, expected):
    assert statuses(text, "sv", "mri") == expected


@pytest.mark.parametrize("text, expected", [
    ("Frgst: Lumbago, ?kotkompression\nFynd: Kilformig kompression av Th12.", ["hypothetical", "present"]),
    ("Bedömning: Lumbago, ?kotkompression", ["uncertain"]),
])
def test_outside28_sv_findings_after_the_question_and_an_assessments_query_keep_their_reading(text, expected):
    assert assertions(text, "sv", VCF, "radiology") == expected


# --- "kompr." with its full stop -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Rtg ländrygg 5/3: kompr. av L2 ca. 20 %, i övrigt u.a.", ["present"]),
    ("Rtg visar kompr. av L1.", ["present"]),
    ("Kompr. L2, ny jämfört med 2021.", ["present"]),
    ("Ingen kompr. av L2.", ["negated"]),
    ("Rotkompr. av L5-roten.", []),
])
def test_outside28_sv_an_abbreviated_compression_with_its_stop(sentence, expected):
    assert assertions(sentence, "sv", VCF) == expected


# --- the set ---------------------------------------------------------------------------------------------------------
def test_outside28_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside28_sv_set_flags_priorities_and_workups_match_gold():
    assert case_mismatches(SET, ("flagged", "priority", "workup", "reasons")) == []

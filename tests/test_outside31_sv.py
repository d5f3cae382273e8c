"""Swedish wording families found by the thirty-first round's red-team notes (tests/data/outside31/sv: patientens
förlopp över tid, which notes fall in the window and which episode a finding belongs to): a done study dated by an
"ago" phrase with a hedge or a short unit ("för ca två månader sedan", "för drygt tre månader sedan", "för ett halvår
sedan", "för 3 mån sedan", "för 8 v sedan", "för ungefär ett år sedan") read as of the note's day, so that a study
outside the window counted as workup; a fracture dated to an earlier episode by a full date or a month and year
("Ramusfraktur hö 2022-11-03", "Ramusfraktur vä i maj 2023") or by a hedged count of years ("för drygt två år
sedan", "för ca 3 år sedan", "för ett och ett halvt år sedan") read `present`; a suspicion in the past passive after
its finding ("sakrumfraktur misstänktes men MR hann inte göras") read `present`; and a result said not to exist
("Inget MR-svar finns i journalen") read as a study done. Each family by at least two differently worded sentences,
and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, only_case, scored_set

SET = Path(__file__).parent / "data" / "outside31" / "sv"
LBP, RAMUS, VCF, SACRAL = "low_back_pain", "pubic_ramus_fracture", "vertebral_compression_fracture", "sacral_fracture"
DAY = "2025-03-10"
FRACTURE = "Kvinna 80 år. Fraktur i vänster ramus superior efter fall igår. "


def _flag_and_workup(exam_sentence: str) -> tuple[str, str]:
    case = only_case([("n1", DAY, "clinical", "", FRACTURE + exam_sentence)], "sv")
    return str(case["flagged"]).lower(), case["workup"]


# --- a done study dated by a hedged or abbreviated "ago" -------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "DT buk-bäcken gjordes för ca två månader sedan på kirurgen, skelettet utan destruktioner.",
    "MR bäcken gjordes för drygt tre månader sedan inför höftprotes, i övrigt ua.",
    "DT bäcken för ett halvår sedan efter ett annat fall, då utan fraktur.",
    "MR bäcken för 3 mån sedan (utredning av bäckenbottenbesvär) utan skelettpatologi.",
    "DT bäcken för 8 v sedan utan skelettpatologi.",
    "Hon gjorde en MR bäcken för ungefär ett år sedan, som var normal.",
    "DT bäcken för knappt två månader sedan visade ingen sakrumfraktur.",
    "MR bäcken för cirka 10 veckor sedan: ua.",
    "DT bäcken för ett och ett halvt år sedan utan fraktur.",
])
def test_outside31_sv_a_study_dated_by_a_hedged_ago_lies_outside_the_window(sentence):
    assert _flag_and_workup(sentence) == ("true", "none")


@pytest.mark.parametrize("sentence, workup", [
    ("DT bäcken för tre veckor sedan visade ingen sakrumfraktur.", "ct"),
    ("MR bäcken för 10 dagar sedan: ingen sakrumfraktur.", "mri"),
    ("DT bäcken för ca en vecka sedan visade ingen sakrumfraktur.", "ct"),
    ("MR bäcken för drygt två veckor sedan utan fraktur i sakrum.", "mri"),
    ("DT bäcken igår: ingen fraktur i sakrum.", "ct"),
    ("MR bäcken för 2 v sedan: ingen sakrumfraktur.", "mri"),
])
def test_outside31_sv_a_study_dated_inside_the_window_keeps_its_workup(sentence, workup):
    assert _flag_and_workup(sentence) == ("false", workup)


@pytest.mark.parametrize("sentence", [
    "MR bäcken i fjol visade inga frakturer.",
    "MR bäcken i oktober 2024 visade inga frakturer.",
    "DT bäcken den 5 januari, då utan fraktur.",
])
def test_outside31_sv_a_study_dated_otherwise_before_the_window_stays_outside(sentence):
    assert _flag_and_workup(sentence) == ("true", "none")


# --- a fracture dated to an earlier episode by a full date or a month and year ---------------------------------------
@pytest.mark.parametrize("text", [
    "Sjukdomar/diagnoser:\n- Hypertoni\n- Ramusfraktur hö 2022-11-03 (cykelolycka)",
    "Diagnoser: Ramusfraktur vä 2023-06-01. Hypertoni.",
    "74-årig kvinna. Ramusfraktur vä i maj 2023 efter fall, behandlades konservativt.",
    "Ramusfraktur hö i december 2023, nu besvärsfri.",
    "Fraktur i höger ramus inferior under mars 2022.",
    "Ramusfraktur hö 3.11.2022.",
    "Ramusfraktur vä i slutet av maj 2023.",
    "Ramusfraktur vä, maj 2023.",
])
def test_outside31_sv_a_ramus_fracture_dated_more_than_a_year_back_is_historical(text):
    assert assertions(text, "sv", RAMUS) == ["historical"]


@pytest.mark.parametrize("text", [
    "Diagnoser: Kotkompression Th12 2021-08-15. Hypertoni.",
    "Kotkompression L1 i augusti 2022, behandlad med korsett.",
])
def test_outside31_sv_a_compression_dated_more_than_a_year_back_is_historical(text):
    assert assertions(text, "sv", VCF) == ["historical"]


@pytest.mark.parametrize("text, concept", [
    ("Diagnos: Ramusfraktur vä 2025-02-12.", RAMUS),                       # this episode, weeks back
    ("Ramusfraktur vä 2024-12-28, fortsatt ont.", RAMUS),                  # the year before, within a year
    ("Ramusfraktur vä i december 2024, fortsatt ont.", RAMUS),
    ("Fraktur i vä ramus superior, ny jämfört med 2023-04-01.", RAMUS),    # a comparison's date is the earlier study's
    ("Kompression av L1, oförändrad sedan 2023-04-01.", VCF),              # unchanged since: there now
    ("Kotkompression L1 2025-02-01 enligt rtg.", VCF),
    # a date right after a study's name dates that study, not the finding
    ("Kompression av L2 som är ny sedan MR 2023-04-01.", VCF),
    ("Nytillkommen kotkompression L3 sedan rtg i maj 2023.", VCF),
    ("Kotkompression L1, oförändrad jämfört med rtg i maj 2023.", VCF),
    ("Fraktur i vänster ramus superior som inte sågs vid DT 2023-04-01.", RAMUS),
    ("Ramusfraktur vä, ej synlig på DT i maj 2023.", RAMUS),
])
def test_outside31_sv_a_fracture_dated_within_the_year_or_compared_stays_present(text, concept):
    assert assertions(text, "sv", concept) == ["present"]


def test_outside31_sv_a_year_alone_keeps_its_reading():
    assert assertions("Ramusfraktur vä 2023. Nu ont i ländryggen.", "sv", RAMUS) == ["historical"]


def test_outside31_sv_a_compared_study_dated_by_its_day_stays_an_earlier_study():
    text = "Fraktur i höger ramus superior, oförändrat läge jämfört med rtg 2024-01-22."
    assert assertions(text, "sv", "imaging_radiograph") == ["historical"]


# --- a fracture dated by a hedged count of years ---------------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Tidigare frisk, ramusfraktur vä för drygt två år sedan efter halka.", RAMUS),
    ("Kotkompression L1 för ca 3 år sedan efter fall från stege, inga besvär sedan dess.", VCF),
    ("71-årig man. Kotkompression L2 för ett och ett halvt år sedan, följdes då på ortopeden.", VCF),
    ("Ramusfraktur hö för ungefär fyra år sedan.", RAMUS),
    ("Kompression av L3 för cirka 2 år sedan.", VCF),
])
def test_outside31_sv_a_fracture_a_hedged_count_of_years_back_is_historical(text, concept):
    assert assertions(text, "sv", concept) == ["historical"]


@pytest.mark.parametrize("text, concept", [
    ("Ramusfraktur vä för drygt två veckor sedan, fortsatt ont.", RAMUS),
    ("Kotkompression L1 för ett halvt år sedan, fortsatt ont.", VCF),
    ("Kotkompression L1 för tre veckor sedan enligt slätröntgen, fortsatt ont.", VCF),
    ("Ny kompression av L2 jämfört med DT för ca två år sedan.", VCF),
])
def test_outside31_sv_a_recent_or_compared_fracture_stays_present(text, concept):
    assert assertions(text, "sv", concept) == ["present"]


# --- a suspicion in the past passive after its finding ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Svår smärta över korsbenet, sakrumfraktur misstänktes men MR hann inte göras före utskrivning.",
    "Sakrumfraktur har misstänkts sedan inläggningen.",
    "En sakrumfraktur misstänktes på akuten, MR planeras.",
])
def test_outside31_sv_a_fracture_that_was_suspected_is_uncertain(text):
    assert assertions(text, "sv", SACRAL) == ["uncertain"]


@pytest.mark.parametrize("text, expected", [
    ("Sakrumfraktur misstänktes och bekräftades på DT.", ["present"]),
    ("Den misstänkta sakrumfrakturen bekräftades på MR.", ["present"]),
    ("Sakrumfraktur misstänks inte längre.", ["negated"]),
])
def test_outside31_sv_a_suspicion_then_confirmed_or_withdrawn_keeps_its_reading(text, expected):
    assert assertions(text, "sv", SACRAL) == expected


# --- a result said not to exist ---------------------------------------------------------------------------------------
_REQUEST = ("n1", "2025-05-20", "outpatient", "",
            "Kvinna 78 år med kompression av L2 och ländryggssmärta. MR bäcken bokad 2025-06-12 för att utesluta "
            "sakrumfraktur.")


@pytest.mark.parametrize("later", [
    "Pat fortfarande ont i ländryggen. Inget MR-svar finns i journalen.",
    "Det finns inget MR-svar i journalen.",
    "Något MR-svar finns inte i journalen.",
    "Inget MR-svar ännu.",
    "Inget svar på MR bäcken ännu.",
    "Något svar på MR bäcken har inte kommit ännu.",
])
def test_outside31_sv_a_result_that_does_not_exist_leaves_the_order(later):
    case = only_case([_REQUEST, ("n2", "2025-07-01", "clinical", "", later)], "sv")
    assert (str(case["flagged"]).lower(), case["workup"]) == ("true", "ordered")


@pytest.mark.parametrize("later", [
    "MR-svaret visar ingen fraktur i sakrum.",
    "MR-svar: ingen sakrumfraktur.",
])
def test_outside31_sv_a_result_told_is_a_study_done(later):
    case = only_case([_REQUEST, ("n2", "2025-07-01", "clinical", "", later)], "sv")
    assert (str(case["flagged"]).lower(), case["workup"]) == ("false", "mri")


# --- cases -----------------------------------------------------------------------------------------------------------
def test_outside31_sv_an_old_dated_ramus_fracture_does_not_flag_a_young_man():
    case = only_case([
        ("n1", "2025-03-04", "outpatient", "",
         "Sjukdomar/diagnoser:\n- Hypertoni\n- Ramusfraktur hö 2022-11-03 (cykelolycka)\n"
         "Aktuellt: 57-årig man med ont i ländryggen sedan en vecka efter trädgårdsarbete."),
    ], "sv")
    assert (str(case["flagged"]).lower(), case["reasons"]) == ("false", LBP)


def test_outside31_sv_a_follow_up_note_carries_the_episode_and_its_mri():
    case = only_case([
        ("n1", "2024-03-01", "radiology", "MR bäcken",
         "Fynd: Fraktur i höger ramus superior. Sakrum med normal signal, ingen sakrumfraktur."),
        ("n2", "2024-04-15", "outpatient", "", "Ramusfrakturen hö läker, fortsatt lätt ont vid längre promenader."),
        ("n3", "2025-03-05", "outpatient", "", "82-årig kvinna med smärta i ländryggen sedan två veckor."),
    ], "sv")
    assert (str(case["flagged"]).lower(), case["workup"]) == ("false", "mri")


def test_outside31_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside31_sv_set_flags_priorities_and_workups_match_gold():
    assert case_mismatches(SET, ("flagged", "priority", "workup", "reasons")) == []


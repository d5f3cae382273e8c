"""Round nineteen, English: the wording families that notes by an outside author (tests/data/outside19/en: each
patient built on one case rule of the contract at its edge — episodes, the 30-day workup window, at-risk status,
priority, a suspected or documented sacral fracture, the strongest workup) showed the pipeline misreading, each by
several differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from reportminer.dates import stated_exam_date
from reportminer.demographics import read_age_sex
from reportminer.lexicon import load_lexicon

from .phrasing import assertions, flag_and_workup, one_note, only_case, scored_set

SACRAL = "sacral_fracture"
SET = Path(__file__).resolve().parent / "data" / "outside19" / "en"


# --- a calendar month or year just past dates a study ("CT abdomen and pelvis last month") ------------------------
@pytest.mark.parametrize("sentence,expected", [
    ("Had a CT abdomen and pelvis last month for weight loss.", "2025-08-31"),
    ("CT pelvis last month: no fracture.", "2025-08-31"),
    ("She had an MRI of the pelvis last month at the private hospital.", "2025-08-31"),
    ("MRI pelvis last year showed no sacral fracture.", "2024-12-31"),
    ("Bone scan done last year was normal.", "2024-12-31"),
])
def test_outside19_en_last_month_or_year_dates_the_study(sentence, expected):
    assert stated_exam_date(sentence, pd.Timestamp("2025-09-10"), load_lexicon("en")) == pd.Timestamp(expected)


@pytest.mark.parametrize("sentence", [
    "No CT pelvis in the last month.",
    "MRI pelvis has been requested twice over the last year.",
    "CT pelvis this last month was delayed.",
])
def test_outside19_en_the_last_month_is_no_calendar_period(sentence):
    assert stated_exam_date(sentence, pd.Timestamp("2025-09-10"), load_lexicon("en")) is None


def test_outside19_en_a_january_note_takes_last_month_in_december():
    found = stated_exam_date("CT pelvis last month was normal.", pd.Timestamp("2025-01-05"), load_lexicon("en"))
    assert found == pd.Timestamp("2024-12-31")


_CT_REPORT = ("n1", "2024-08-01", "radiology", "CT abdomen and pelvis",
              "CT ABDOMEN AND PELVIS\nIndication: weight loss.\nFindings: No mass. Bones: no sacral fracture.")
_RAMUS = ("n2", "2024-09-01", "radiology", "XR pelvis",
          "XR PELVIS\nFindings: Fracture of the left superior pubic ramus.\nConclusion: Left superior pubic ramus fracture.")


@pytest.mark.parametrize("quote", [
    "Had a CT abdomen and pelvis last month for weight loss.",
    "CT abdomen/pelvis last month showed no sacral fracture.",
    "She had a CT of the abdomen and pelvis last month, reported as normal.",
])
def test_outside19_en_a_quote_of_last_months_report_keeps_the_reports_day(quote):
    # the report is 31 days before the fracture: outside the window, also when a later note quotes it as "last month"
    case = only_case([_CT_REPORT, _RAMUS, ("n3", "2024-09-02", "clinical", "", "Left pubic ramus fracture. " + quote)],
                     "en")
    assert flag_and_workup(case) == ("true", "radiograph_only")


def test_outside19_en_a_report_within_the_window_still_counts_when_quoted_as_last_month():
    report = ("n1", "2024-08-05", "radiology", "CT abdomen and pelvis", _CT_REPORT[4])
    case = only_case([report, _RAMUS, ("n3", "2024-09-02", "clinical", "", "Had a CT abdomen and pelvis last month.")],
                     "en")
    assert flag_and_workup(case) == ("false", "ct")


def test_outside19_en_last_month_without_a_report_takes_the_months_last_day():
    # no report of it: the month's last day, within 30 days of the fracture, so the study counts
    case = only_case([_RAMUS, ("n3", "2024-09-02", "clinical", "",
                               "Left pubic ramus fracture. MRI pelvis last month at the private hospital showed no "
                               "sacral fracture.")], "en")
    assert flag_and_workup(case) == ("false", "mri")


def test_outside19_en_last_years_mri_is_an_earlier_study():
    case = only_case([("n1", "2025-03-10", "outpatient", "",
                       "82-year-old woman with low back pain for 2 weeks. MRI pelvis last year showed no sacral "
                       "fracture.")], "en")
    assert flag_and_workup(case) == ("true", "none")


# --- a scan's normal reading of the sacrum is a negated sacral fracture ("Normal uptake in the sacrum") -------------
@pytest.mark.parametrize("text", [
    "Findings: No skeletal metastases. Normal uptake in the sacrum. Degenerative uptake at L4-L5.",
    "Normal marrow signal in the sacral alae.",
    "Unremarkable signal of the sacrum.",
    "No abnormal uptake in the sacrum.",
    "No increased tracer activity over the sacral alae.",
])
def test_outside19_en_a_normal_reading_of_the_sacrum_is_negated(text):
    assert assertions(text, "en", SACRAL, "radiology") == ["negated"]


@pytest.mark.parametrize("text,expected", [
    ("Increased uptake in the right sacral ala, equivocal for an insufficiency fracture.", ["uncertain"]),
    ("Abnormal signal in the sacrum, suspicious for an insufficiency fracture.", ["uncertain"]),
    ("Increased uptake in the sacrum, likely degenerative.", []),
    ("Normal uptake in the sacroiliac joints.", []),
    ("Physiological tracer uptake in the sacrum and pelvis.", []),
    ("Normal signal in the lumbar vertebrae.", []),
])
def test_outside19_en_other_readings_of_the_sacrum_keep_theirs(text, expected):
    assert assertions(text, "en", SACRAL, "radiology") == expected


# --- a hip replacement, pelvic radiotherapy or steroids still to come is no risk factor yet -------------------------
# (beyond the set's misses: the round's at-risk rule read "Awaiting hip replacement" as a prosthesis)
def _risks(text: str) -> list[str]:
    found = one_note("Man with low back pain. " + text, "en", "outpatient").cases
    return [r for r in found.iloc[0]["risk_factors"].split(";") if r]


@pytest.mark.parametrize("text", [
    "Awaiting hip replacement.",
    "Hip replacement planned.",
    "Listed for right total hip replacement.",
    "Referred for consideration of hip replacement.",
    "Right hip OA, may need a THR in future.",
    "Referred for pelvic radiotherapy.",
    "Pelvic radiotherapy planned.",
    "Will need long-term steroids.",
])
def test_outside19_en_a_procedure_or_treatment_to_come_is_no_risk(text):
    assert _risks(text) == []


@pytest.mark.parametrize("text,risk", [
    ("Left THR 2016, awaiting revision.", "hip_prosthesis"),
    ("Awaiting revision of his left THR.", "hip_prosthesis"),
    ("Listed for revision of the right hip replacement.", "hip_prosthesis"),
    ("Right THR 2019, functioning well.", "hip_prosthesis"),
    ("Hip replacement 2015. Awaiting knee replacement.", "hip_prosthesis"),
    ("Awaiting MRI. Right THR 2019.", "hip_prosthesis"),
    ("Pelvic radiotherapy in 2020.", "pelvic_radiation"),
    ("On long-term prednisolone.", "steroid_therapy"),
])
def test_outside19_en_a_prosthesis_or_treatment_had_stays_a_risk(text, risk):
    assert _risks(text) == [risk]


def test_outside19_en_a_man_awaiting_a_hip_replacement_is_not_flagged_for_low_back_pain():
    case = only_case([("n1", "2025-03-10", "outpatient", "",
                       "70-year-old man with low back pain for a month. Severe right hip OA, awaiting hip replacement.")],
                     "en")
    assert flag_and_workup(case) == ("false", "none")


# --- an age given by its decade in words ("a woman in her late sixties") ------------------------------------------
# (beyond the set's misses: the decade in figures was read, in words not)
@pytest.mark.parametrize("text,expected", [
    ("Woman in her late sixties with low back pain.", (60, "F")),
    ("She is in her eighties and lives alone.", (80, "F")),
    ("Gentleman in his seventies, known osteoporosis.", (70, "M")),
    ("Pt in his mid-seventies.", (70, "M")),
    ("Lady in her early fifties.", (50, "F")),
    ("Sats in the nineties on room air.", (None, "")),
    ("BP in the nineties systolic.", (None, "")),
])
def test_outside19_en_an_age_by_its_decade_in_words(text, expected):
    assert read_age_sex(text, load_lexicon("en"), pd.Timestamp("2025-01-14")) == expected


@pytest.mark.parametrize("text,flagged", [
    ("Woman in her late sixties with low back pain for 3 weeks.", "true"),
    ("Woman in her fifties with low back pain for 3 weeks.", "false"),
])
def test_outside19_en_a_woman_by_her_decade_is_at_risk_from_sixty(text, flagged):
    case = only_case([("n1", "2025-03-10", "outpatient", "", text)], "en")
    assert flag_and_workup(case)[0] == flagged


# --- a suspicion the same sentence says was confirmed is a documented finding ------------------------------------
# (beyond the set's misses: the round's "documented sacral fracture stops the flag" met "suspected ..., confirmed on
# MRI", read as only suspected)
@pytest.mark.parametrize("text,concept", [
    ("Suspected sacral insufficiency fracture, confirmed on MRI.", SACRAL),
    ("Suspected sacral insufficiency fracture was confirmed on MRI.", SACRAL),
    ("Query sacral fracture on XR - confirmed on MRI 12/3.", SACRAL),
    ("Possible sacral fracture on X-ray, now confirmed by CT.", SACRAL),
    ("MRI confirmed the suspected sacral fracture.", SACRAL),
    ("The suspected sacral fracture was confirmed.", SACRAL),
    ("Suspected right pubic ramus fracture, confirmed on CT.", "pubic_ramus_fracture"),
    ("Possible L1 compression fracture, confirmed on lateral view.", "vertebral_compression_fracture"),
])
def test_outside19_en_a_suspicion_then_confirmed_is_present(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text", [
    "Suspected sacral fracture, not confirmed on MRI.",
    "Suspected sacral fracture, to be confirmed on MRI.",
    "Suspected sacral fracture, yet to be confirmed on MRI.",
    "Suspected sacral fracture, which has not been confirmed by CT.",
    "Suspected sacral fracture; MRI awaited to confirm.",
    "The suspected sacral fracture was not confirmed.",
    "MRI did not confirm the suspected sacral fracture.",
])
def test_outside19_en_a_suspicion_not_or_not_yet_confirmed_stays_suspected(text):
    assert assertions(text, "en", SACRAL) == ["uncertain"]


def test_outside19_en_a_confirmed_suspicion_stops_the_flag():
    case = only_case([
        ("n1", "2025-03-01", "radiology", "XR pelvis", "XR PELVIS\nFindings: Possible right sacral ala fracture."),
        ("n2", "2025-03-20", "outpatient", "", "GP letter. Suspected sacral insufficiency fracture, confirmed on MRI "
                                               "at St Mary's."),
    ], "en")
    assert flag_and_workup(case) == ("false", "sacral_fracture_documented")


# --- back pain placed low by a word between: "Backache, mainly low down", "Back pain, worse at the L5 level" --------
# (beyond the set's misses: the round's "back pain without a level that the note does or does not place low")
LBP = "low_back_pain"


@pytest.mark.parametrize("text", [
    "Backache, mainly low down.",
    "Backache low down.",
    "Back pain - worst low down.",
    "Back pain, mainly low down, no leg symptoms.",
    "Back pain, worse at the L5 level.",
    "Backache mainly over L4/5.",
    "Back pain, maximal at L3.",
])
def test_outside19_en_back_pain_placed_low_by_a_word_between(text):
    assert assertions(text, "en", LBP) == ["present"]


@pytest.mark.parametrize("text,expected", [
    ("Back pain, worse at T8.", []),
    ("Back pain, worse on bending.", []),
    ("Mid back pain, mainly at T10.", []),
    ("Back pain, worst at the thoracolumbar junction.", []),
    ("Feeling low down in the dumps.", []),
    ("No backache low down.", ["negated"]),
])
def test_outside19_en_back_pain_placed_elsewhere_or_denied_keeps_its_reading(text, expected):
    assert assertions(text, "en", LBP) == expected


# --- a birth date with its day and month gives the age at the note's date ("born 1964-06-01") ---------------------
# (beyond the set's misses: the round's "ages at the note's date" met a full date of birth, read by its year alone)
@pytest.mark.parametrize("text,before,after", [
    ("Woman, born 1964-06-01, low back pain.", 59, 60),
    ("Woman (DOB 1 June 1964) with low back pain.", 59, 60),
    ("Woman, DOB: June 1st, 1964.", 59, 60),
    ("Mrs A (DOB 01.06.1964).", 59, 60),
    ("Mrs A, DOB 15/06/1964, low back pain.", 59, 60),
    ("Mrs A, DOB 06/15/1964.", 59, 60),
])
def test_outside19_en_a_full_birth_date_gives_the_age_at_the_note(text, before, after):
    lexicon = load_lexicon("en")
    assert read_age_sex(text, lexicon, pd.Timestamp("2024-01-10")) == (before, "F")
    assert read_age_sex(text, lexicon, pd.Timestamp("2024-07-10")) == (after, "F")


@pytest.mark.parametrize("text,expected", [
    ("Mrs A, born 1964.", 60),               # the year alone: as before
    ("Mrs A, DOB 01/06/1964.", 60),          # 1 June or 6 January: the two readings disagree, the year decides
    ("Mrs A, DOB 09/01/1964.", 60),          # 9 January (past) or 1 September (ahead): they disagree too
])
def test_outside19_en_a_birth_date_that_cannot_tell_keeps_the_years_age(text, expected):
    assert read_age_sex(text, load_lexicon("en"), pd.Timestamp("2024-01-10"))[0] == expected


def test_outside19_en_a_woman_of_59_by_her_birth_date_is_not_at_risk():
    case = only_case([("n1", "2024-01-10", "outpatient", "", "Woman, born 1964-06-01, low back pain for 2 weeks.")],
                     "en")
    assert flag_and_workup(case)[0] == "false"


# --- a finding not seen that still cannot be excluded is suspected ("Ramus fracture not seen, but cannot be excluded")
# (beyond the set's misses: the round's "uncertain ramus fracture is no index finding", as a radiologist hedges it)
@pytest.mark.parametrize("text,concept", [
    ("Ramus fracture not seen, but cannot be excluded.", "pubic_ramus_fracture"),
    ("Ramus fracture not seen, but can't be excluded.", "pubic_ramus_fracture"),
    ("Sacral fracture not identified on radiographs - cannot be ruled out.", SACRAL),
    ("L1 compression fracture not seen; however cannot be entirely excluded.", "vertebral_compression_fracture"),
    ("Left inferior pubic ramus fracture not clearly seen, but an undisplaced fracture cannot be excluded.",
     "pubic_ramus_fracture"),
])
def test_outside19_en_not_seen_but_not_excluded_is_suspected(text, concept):
    assert assertions(text, "en", concept, "radiology") == ["uncertain"]


@pytest.mark.parametrize("text,concept", [
    ("Ramus fracture not seen.", "pubic_ramus_fracture"),
    ("Ramus fracture not seen, but can be excluded.", "pubic_ramus_fracture"),
    ("Sacral fracture not seen on CT, excluded.", SACRAL),
    ("Sacral fracture not seen. MRI can exclude it if needed.", SACRAL),
])
def test_outside19_en_not_seen_and_not_hedged_stays_negated(text, concept):
    assert assertions(text, "en", concept, "radiology") == ["negated"]


# --- the whole set -----------------------------------------------------------------------------------------------
def test_outside19_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

"""Round fifty-three, English (tests/data/outside53/en): studies done elsewhere.

Families fixed, each with wordings not taken from the set and look-alikes that keep their reading:
- a study done elsewhere whose report is missing, still to come or not yet seen ("MRI pelvis at the Spire - report
  unavailable", "the report of the CT pelvis performed at St Mary's is not available to us", "report of her CT pelvis
  still awaited from Wexham Park"): the study was done (exams.json ``status.performed.result_awaited``), while a
  study that is itself unavailable, or a report of one asked for in the same note, keeps its reading;
- the images, an image link, a CD or a second opinion of a study asked for or awaited ("Images of her MRI pelvis
  requested via IEP", "IEP link for his CT pelvis requested", "awaiting image transfer of the CT pelvis", "Formal
  second opinion on the outside MRI pelvis requested"): the request is of the images or the opinion, the study was
  done (exams.json ``status.performed.reported``); "images requested from St Mary's" names no study;
- a second read that refutes another reader's finding: the sentence right after one that tells an outside report's
  finding, opened by the second read ("On review, no sacral fracture is seen", "Our review: no pubic ramus
  fracture"), puts it right as a correction does (context.json ``next_sentence_hedges.second_read`` and
  ``other_read``, reportminer/hedges.py); "... reported on the outside CT is not supported on review" denies it
  (context.json negation trigger; "not supported by the imaging" of an allegation stays a doubt). A review after
  the note's own finding, a second read that agrees and a preliminary read's own hedge keep their reading;
- a UK letter's slashed dates are day first where it names another NHS trust or the Image Exchange Portal
  ("CT pelvis 01/12/2024 at the referring trust", exams.json ``exam_dates.day_first_cues``); a US "OSH" note and a
  note that only "trusts" someone keep the month-first reading.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.phrasing import assertions, case_mismatches, exam_rows, one_note, scored_set

SET = Path(__file__).parent / "data" / "outside53" / "en"
SACRAL = "sacral_fracture"


# --- a study done elsewhere whose report is missing or still to come ------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("Private MRI of the pelvis at the BMI clinic on 02/01/2025, report unavailable at present.", "mri"),
    ("She had a CT pelvis in Bournemouth; the report of that CT pelvis is not available to us yet.", "ct"),
    ("The formal report of the bone scan done at the Royal Marsden has not been received.", "scintigraphy"),
    ("Report for his MRI pelvis still awaited from the Princess Grace.", "mri"),
    ("CT abdomen and pelvis in Malta last month - the written report has not reached us.", "ct"),
])
def test_a_study_done_elsewhere_whose_report_is_missing_was_done(text, modality):
    rows = [r for r in exam_rows(text, "en") if r[0] == modality]
    assert [r[1] for r in rows] == ["performed"]
    assert bool(rows[0][2])


@pytest.mark.parametrize("text, status", [
    ("MRI pelvis requested. Report awaited.", "requested"),
    ("MRI pelvis not available until March.", "requested"),
    ("No report of an MRI pelvis in the notes.", "not_performed"),
    ("CT pelvis requested; the scanner is unavailable today.", "not_performed"),
])
def test_lookalikes_of_a_missing_report_keep_their_reading(text, status):
    assert [r[1] for r in exam_rows(text, "en")] == [status]


# --- the images, a link or a second opinion of a study asked for ----------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("Images of the CT pelvis from Salisbury requested on the portal.", "ct"),
    ("PACS link for her MRI pelvis from the Spire has been requested.", "mri"),
    ("We are still awaiting the images of his outside CT pelvis.", "ct"),
    ("Chasing the CD of the MRI of her pelvis done in Portugal.", "mri"),
    ("Independent second opinion on the external MRI sacrum (Harley Street) requested by the family.", "mri"),
    ("Second opinion requested from the MSK radiologists on the CT of the pelvis from Wexham.", "ct"),
])
def test_the_images_or_opinion_of_a_study_asked_for_are_of_a_study_done(text, modality):
    assert [r[1] for r in exam_rows(text, "en") if r[0] == modality] == ["performed"]


@pytest.mark.parametrize("text, expected", [
    ("Images requested from St Mary's.", []),
    ("MRI pelvis requested to look for a sacral fracture; images to be reviewed at the MDT.",
     [("mri", "requested", True)]),
    ("Request for MRI pelvis sent to radiology.", [("mri", "requested", True)]),
])
def test_lookalikes_of_an_image_request_keep_their_reading(text, expected):
    assert exam_rows(text, "en") == expected


# --- a second read that refutes another reader's finding ------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("The external report describes a left sacral ala fracture. On our review there is no sacral fracture; the line "
     "is a vascular channel.", SACRAL),
    ("Reported elsewhere as bilateral sacral insufficiency fractures. Consultant review: no sacral fracture.", SACRAL),
    ("The original report from the private clinic called a right inferior pubic ramus fracture. Second opinion: no "
     "pubic ramus fracture, the lucency is the obturator canal.", "pubic_ramus_fracture"),
    ("Outside radiologist: T12 wedge compression fracture. On review, T12 is of normal height; no compression "
     "fracture.", "vertebral_compression_fracture"),
    ("The left sacral ala fracture described externally is not supported on review of the images.", SACRAL),
    ("The sacral insufficiency fracture reported by the referring hospital was not borne out on our review.", SACRAL),
])
def test_a_finding_another_reader_made_that_the_second_read_refutes_is_denied(text, concept):
    assert "present" not in assertions(text, "en", concept)
    assert "negated" in assertions(text, "en", concept)


@pytest.mark.parametrize("text, concept, expected", [
    ("Outside report: right sacral ala fracture. Our review: we agree.", SACRAL, "present"),
    ("The outside report states no fracture. On our review there is an undisplaced fracture of the left sacral ala.",
     SACRAL, "present"),
    ("L1 compression fracture. On review of the old films, no compression fracture in 2022.",
     "vertebral_compression_fracture", "present"),
    ("Preliminary report: ? left sacral ala fracture. On review, no sacral fracture.", SACRAL, "uncertain"),
    ("The left sacral fracture is not supported by a clinical history of trauma.", SACRAL, "present"),
    ("The alleged sacral fracture is not supported by the imaging.", SACRAL, "uncertain"),
])
def test_lookalikes_of_a_refuting_second_read_keep_their_reading(text, concept, expected):
    found = assertions(text, "en", concept)
    order = ["present", "uncertain", "historical", "hypothetical", "negated"]
    assert min(found, key=order.index) == expected


# --- a UK letter's dates are day first ------------------------------------------------------------------------------
def _dates(text: str) -> list[str]:
    exams = one_note(text, "en").exams
    return [pd.Timestamp(d).strftime("%Y-%m-%d") for d in exams["date"]]


@pytest.mark.parametrize("text, day", [
    ("Transfer letter from another trust: CT pelvis 01/12/2024 showed no fracture.", "2024-12-01"),
    ("MRI pelvis 03/11/2024 at the referring trust: sacral ala oedema.", "2024-11-03"),
    ("CT pelvis 02/12/2024 reviewed via IEP: no sacral fracture.", "2024-12-02"),
    ("Images on the Image Exchange Portal: MRI pelvis 04/12/2024, no fracture.", "2024-12-04"),
])
def test_a_uk_letters_slashed_date_is_day_first(text, day):
    assert _dates(text) == [day]


@pytest.mark.parametrize("text, day", [
    ("OSH CT A/P 01/12/2024 negative for fracture.", "2024-01-12"),
    ("She does not trust the other doctors. CT pelvis 01/12/2024: no fracture.", "2024-01-12"),
])
def test_lookalikes_of_a_uk_letter_keep_the_month_first_date(text, day):
    assert _dates(text) == [day]


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round sixty-one, English: tables, lists and exports. The wording families that a red team's notes
(tests/data/outside61/en) showed the pipeline misreading, each by several differently worded rows and sentences, with
look-alikes that must keep their reading: a Y/N cell or a "Performed: N" field after an exam (not done; a "Y" cell
done); a blank template's "Performed: Y / N" left unfilled (no study recorded done, and no order); a table row whose
status cell follows an exam name that says "W/WO CONTRAST" (the status is the study's, not its contrast's); a list of
studies under a planning heading with no verb of its own ("Imaging to be arranged:", "To arrange:", "Planned
investigations:"); semicolon- and pipe-separated exports written without spaces, whose cells are words of their own;
and a fracture in a problem list marked resolved (an old fracture, historical; a resolved pain is a past one too,
never today's; "Resolved: low back pain" as a heading still denies)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside61" / "en"


def _statuses(text: str) -> list[tuple]:
    return [(modality, status) for modality, status, _ in exam_rows(text, "en")]


# --- a Y/N cell or a "Performed: N" field ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Imaging (Y/N): X-ray lumbar spine Y, CT pelvis N, MRI pelvis N",
     [("radiograph", "performed"), ("ct", "not_performed"), ("mri", "not_performed")]),
    ("Imaging in the emergency department:\nXR pelvis: Y\nMRI pelvis: N\nBone scan: N",
     [("radiograph", "performed"), ("mri", "not_performed"), ("scintigraphy", "not_performed")]),
    ("Order: MRI PELVIS W/O | Requested 2024-12-02 | Performed: N | Reason: pacemaker",
     [("mri", "not_performed")]),
    ("CT pelvis - Done (Y/N): N", [("ct", "not_performed")]),
    ("Bone scan | 2024-11-20 | Completed: No", [("scintigraphy", "not_performed")]),
    ("Study | Done? | Note\nMR sacrum | N | could not tolerate lying flat", [("mri", "not_performed")]),
    ("MRI pelvis: No", [("mri", "not_performed")]),
])
def test_a_no_cell_after_an_exam_is_the_study_not_done(text, expected):
    assert _statuses(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("MRI pelvis performed: no fracture.", [("mri", "performed")]),
    ("CT pelvis done: no acute fracture.", [("ct", "performed")]),
    ("Imaging (Y/N): CT pelvis Y", [("ct", "performed")]),
    ("XR pelvis | 2024-12-20 | Final | no fracture", [("radiograph", "performed")]),
    ("MRI pelvis | 2024-12-20 | Completed", [("mri", "performed")]),
    ("Bone scan (whole body) done on 2024-12-12: no abnormal uptake.", [("scintigraphy", "performed")]),
])
def test_lookalikes_of_no_cells_keep_their_reading(text, expected):
    assert _statuses(text) == expected


# --- a blank template's Y/N choice left unfilled ---------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("MRI pelvis   Performed: Y / N   Date: ________", [("mri", "not_performed")]),
    ("CT pelvis - done: yes/no", [("ct", "not_performed")]),
    ("Bone scan completed Y/N, date ____", [("scintigraphy", "not_performed")]),
])
def test_an_unfilled_y_n_choice_records_no_study_done(text, expected):
    assert _statuses(text) == expected


def test_an_unfilled_template_is_no_sacral_workup():
    case = only_case([("n1", "2025-01-14", "outpatient", "", "66F with osteoporosis and low back pain for 2 months.\n"
                       "Imaging checklist\nMRI pelvis   Performed: Y / N   Date: ________\nGP to consider imaging.",
                       "en")])
    assert flag_and_workup(case) == ("true", "none")


@pytest.mark.parametrize("text, expected", [
    ("CT pelvis  Performed (Y/N): Y", [("ct", "performed")]),
    ("MRI pelvis - performed: yes", [("mri", "performed")]),
])
def test_a_filled_y_choice_keeps_the_study_done(text, expected):
    assert _statuses(text) == expected


# --- a status cell after an exam name that says "W/WO CONTRAST" -----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("CT PELVIS WO CONTRAST | 03-Jan-2025 | Cancelled", [("ct", "not_performed")]),
    ("MRI PELVIS W/WO CONTRAST\t2024-12-30\tCanceled by patient", [("mri", "not_performed")]),
    ("Order history: CT ABD/PELVIS W CONTRAST | 12/28/2024 | Discontinued", [("ct", "not_performed")]),
    ("MR SACRUM WITHOUT CONTRAST | 2024-12-29 | DNA", [("mri", "not_performed")]),
])
def test_a_status_cell_is_the_studys_not_its_contrasts(text, expected):
    assert _statuses(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("CT pelvis with contrast: contrast cancelled because of the eGFR, non-contrast study performed.",
     [("ct", "performed")]),
    ("CT pelvis - cancelled due to contrast allergy", [("ct", "not_performed")]),
    ("CT PELVIS W CONTRAST | 2025-01-03 | Completed", [("ct", "performed")]),
])
def test_lookalikes_of_contrast_cells_keep_their_reading(text, expected):
    assert _statuses(text) == expected


# --- studies listed under a planning heading -------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Imaging to be arranged:\n- MRI pelvis\n- DEXA", [("mri", "requested")]),
    ("To arrange:\n- CT pelvis", [("ct", "requested")]),
    ("Planned investigations:\nBone scan", [("scintigraphy", "requested")]),
    ("Investigations to be arranged:\n1. MRI sacrum", [("mri", "requested")]),
    ("Planned imaging:\n* CT pelvis", [("ct", "requested")]),
])
def test_a_study_under_a_planning_heading_is_asked_for(text, expected):
    assert _statuses(text)[:len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Investigations:\n- CT pelvis: no fracture", [("ct", "performed")]),
    ("Imaging:\n- MRI pelvis 2024-12-20: no sacral fracture", [("mri", "performed")]),
    ("Results:\nBone scan - no abnormal uptake in the sacrum", [("scintigraphy", "performed")]),
])
def test_lookalikes_of_planning_headings_keep_their_reading(text, expected):
    assert _statuses(text) == expected


# --- semicolon- and pipe-separated exports without spaces -------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Exam;Date;Status;Result\nCT pelvis;2024-12-12;Final;No fracture of the sacrum", "sacral_fracture", ["negated"]),
    ("XR pelvis|2024-12-20|Final|Left superior pubic ramus fracture", "pubic_ramus_fracture", ["present"]),
    ("MRI sacrum;2024-12-02;Final;no sacral fracture", "sacral_fracture", ["negated"]),
    ("Problem;Status\nLow back pain;Active", "low_back_pain", ["present"]),
])
def test_cells_of_an_export_without_spaces_are_read_apart(text, concept, expected):
    assert assertions_by_concept(text, "en").get(concept) == expected


@pytest.mark.parametrize("text, expected", [
    ("CT pelvis;2024-12-12;Final;No fracture of the sacrum", [("ct", "performed", True)]),
    ("MRI pelvis;2024-12-20;Final;no marrow oedema", [("mri", "performed", True)]),
    ("Bone scan|2024-12-20|Final|no abnormal uptake", [("scintigraphy", "performed", True)]),
])
def test_an_export_row_without_spaces_keeps_its_region(text, expected):
    assert exam_rows(text, "en") == expected


@pytest.mark.parametrize("text, concept, expected", [
    ("CT pelvis; no fracture of the sacrum.", "sacral_fracture", ["negated"]),
    ("L1 compression fracture; sacrum intact.", "vertebral_compression_fracture", ["present"]),
    ("Right superior pubic ramus fracture on 2025-01-10.", "pubic_ramus_fracture", ["present"]),
])
def test_lookalikes_of_exports_keep_their_reading(text, concept, expected):
    assert assertions_by_concept(text, "en").get(concept) == expected


# --- a fracture marked resolved in a problem list --------------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Problem | Status\nL1 compression fracture | Resolved", "vertebral_compression_fracture"),
    ("Resolved: | S32.592A | Other specified fracture of left pubis | 2021", "pubic_ramus_fracture"),
    ("Past problems: sacral insufficiency fracture, resolved", "sacral_fracture"),
    ("Problem list: T12 wedge fracture - resolved", "vertebral_compression_fracture"),
])
def test_a_fracture_marked_resolved_is_an_old_one(text, concept):
    assert assertions_by_concept(text, "en").get(concept) == ["historical"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Problem | Status\nLow back pain | Resolved", "low_back_pain", ["historical"]),  # a past problem, as a fracture
    ("Resolved: low back pain", "low_back_pain", ["negated"]),
    ("Low back pain, resolved", "low_back_pain", ["historical"]),
    ("Previous LBP, resolved.", "low_back_pain", ["historical"]),
    ("Problem | Status\nRight superior pubic ramus fracture | Active", "pubic_ramus_fracture", ["present"]),
    ("Active: | M80.08XA | Osteoporosis with current pathological fracture, L2 compression fracture",
     "vertebral_compression_fracture", ["present"]),
])
def test_lookalikes_of_resolved_fractures_keep_their_reading(text, concept, expected):
    assert assertions_by_concept(text, "en").get(concept) == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

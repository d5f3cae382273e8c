"""Round thirty-six, English: notes by the other professions. The wording families that a red team's notes
(tests/data/outside36/en: physiotherapy, nursing, care-home, district-nurse, pharmacist, NHS 111, ambulance, falls-clinic
and orthogeriatric notes) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: the sacroiliac joint written "SIJ" or "sacroiliac region"; "Lx", the lumbar
spine; a pain score or a form's pain field with its site after it; a body chart's numbered pain areas (P1, P2); the skin
over the sacrum and buttocks in pressure-area checks and wound care, no bone and no pain; a caller who is the patient's
child telling of "her mother"/"his father"; a nurse preparing the patient for a study (nil by mouth, fasting, cannula,
consent) and a plan written "..., for <study>", both a request; a pain score of 0/10 at a site; a red-flag screen
answered with bare N's; the physiotherapist's "24 h pattern" (no H-pattern of the sacrum); and a report's "No
radiographic abnormality", which reports its own radiograph done."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside36" / "en"


def _lbp(sentence: str) -> list[str]:
    return assertions(sentence, "en", "low_back_pain")


# --- the sacroiliac joint as "SIJ", or its region --------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Left SIJ pain on stairs and turning in bed.",
    "Aching over the R SIJ when standing on one leg.",
    "Pain in both SIJs after the long drive.",
    "Sacroiliac region pain, worse on rising from a chair.",
    "C/o sacroiliac pain since digging the garden.",
])
def test_sij_and_sacroiliac_region_pain_is_low_back_pain(sentence):
    assert _lbp(sentence) == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("SIJ provocation tests negative bilaterally.", []),
    ("SIJ belt issued and fitted.", []),
    ("Both SI joints preserved without erosion.", []),
    ("No SIJ pain today.", ["negated"]),
])
def test_lookalikes_of_sij_pain_keep_their_reading(sentence, expected):
    assert _lbp(sentence) == expected


# --- "Lx", the lumbar spine -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Reports Lx pain after bending to the dishwasher.",
    "Ache in the low Lx most mornings.",
    "Lx: pain on extension and left side flexion.",
    "Central Lx ache, 5/10, no leg symptoms.",
])
def test_lx_pain_is_low_back_pain(sentence):
    assert _lbp(sentence) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Lx ROM full, pain-free.",
    "FNE: Lx normal, cords mobile.",
    "Lx flexion to mid-shin.",
])
def test_lookalikes_of_lx_pain_are_no_present_pain(sentence):
    assert "present" not in _lbp(sentence)


# --- a pain score or a form's pain field, then its site ---------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Pain score 6/10, lower back.",
    "NRS 4/10 in the lower back.",
    "VAS 8/10 - low back.",
    "Pain 5/10 (R buttock).",
    "Pain score: 7/10 in the lumbar region.",
    "Pain (Y/N): Y - lumbar, since Tuesday.",
    "Pain Y/N: Yes - lower back.",
    "Pain 2/10 at rest, 7/10 on walking, in the lower back.",
    "Pain scores: neck 2/10, lower back 7/10.",
    "L buttock 6/10 after sitting.",
    "SIJ - 5/10 on stairs.",
])
def test_a_pain_score_with_a_low_back_site_is_low_back_pain(sentence):
    assert _lbp(sentence) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Pain score 6/10, R knee.",
    "Pain (Y/N): Y - R shoulder.",
    "NRS 3/10 in the neck.",
    "Pain (Y/N): N",
    "Knee 6/10, hip 3/10.",
    "MRI lumbar spine 2/10: no fracture.",
    "XR lumbar 4/10 showed degenerative change.",
])
def test_a_pain_score_at_another_site_is_no_low_back_pain(sentence):
    assert _lbp(sentence) == []


# --- a body chart's numbered pain areas -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Body chart: P1 L buttock, P2 L lateral thigh.",
    "P1: lumbar spine (constant), P2: R calf.",
    "P1 central low back; P2 R calf, intermittent.",
    "P1 R buttock now 3/10, P2 resolved.",
])
def test_a_body_chart_area_at_the_low_back_is_low_back_pain(sentence):
    assert _lbp(sentence) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Body chart: P1 R knee, P2 R ankle.",
    "G3P2, pain in the right iliac fossa.",
])
def test_lookalikes_of_body_chart_areas_are_no_low_back_pain(sentence):
    assert _lbp(sentence) == []


# --- the skin over the sacrum and buttocks ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Pressure areas checked: sacrum and heels intact.",
    "Heels and sacrum intact, 2-hourly turns.",
    "Pressure area care: sacrum - intact.",
    "Skin: sacrum and buttocks intact.",
    "Dressing to sacral sore renewed.",
    "Sores on both buttocks dressed.",
    "Red, sore bottom - Cavilon applied.",
    "Sore buttocks after sitting all day, barrier cream applied.",
])
def test_the_skin_over_the_sacrum_is_no_sacral_fracture_and_no_pain(sentence):
    found = {c: assertions(sentence, "en", c) for c in ("sacral_fracture", "low_back_pain")}
    assert found == {"sacral_fracture": [], "low_back_pain": []}


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sacrum and pelvic ring intact.", "sacral_fracture", ["negated"]),
    ("Sacrum and hips intact on CT.", "sacral_fracture", ["negated"]),
    ("Sacral pain when sitting.", "low_back_pain", ["present"]),
    ("She is sore over her buttocks since the fall.", "low_back_pain", ["present"]),
    ("Sacral pressure ulcer; c/o low back pain.", "low_back_pain", ["present"]),
])
def test_lookalikes_of_the_skin_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


def test_a_pressure_area_check_makes_no_case():
    case_rows = [("n1", "2024-05-02", "clinical", "", "Nursing care plan. Waterlow 17. Pressure areas: sacrum intact, "
                  "heels intact. Sore buttocks, barrier cream applied. Pain: nil.", "en")]
    from .phrasing import notes_table
    from reportminer.pipeline import scan
    assert scan(notes_table(case_rows)).cases.empty


# --- a caller who is the patient's child ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Caller (son) says his mother has had low back pain since Sunday.", "low_back_pain"),
    ("Caller - son - reports his father has had pain in his lower back for a week.", "low_back_pain"),
    ("Caller is the patient's daughter; her mother has osteoporosis.", "osteoporosis"),
    ("Daughter (caller) says her mother has had pain in her lower back since the fall.", "low_back_pain"),
])
def test_a_callers_parent_is_the_patient(sentence, concept):
    assert assertions(sentence, "en", concept) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Caller reports her mother had osteoporosis.",
    "Family history: mother had osteoporosis.",
    "Caller (daughter). Family history: her mother had osteoporosis.",
])
def test_lookalikes_of_a_callers_parent_stay_another_persons(sentence):
    assert assertions(sentence, "en", "osteoporosis") == ["historical"]


# --- preparing the patient for a study, a plan written "for <study>" --------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Reviewed by the ortho team, for MRI pelvis.", [("mri", "requested", True)]),
    ("Ortho: for CT pelvis, then decide on weight bearing.", [("ct", "requested", True)]),
    ("NBM from midnight for MRI pelvis.", [("mri", "requested", True)]),
    ("Starved since 07:00 for CT pelvis.", [("ct", "requested", True)]),
    ("Cannula sited ready for CT pelvis with contrast.", [("ct", "requested", True)]),
    ("Metal check completed before MRI of the pelvis.", [("mri", "requested", True)]),
    ("For XR pelvis today.", [("radiograph", "requested", False)]),
])
def test_preparation_for_a_study_and_for_a_study_are_requests(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Pt went for CT pelvis at 11:00.", [("ct", "performed", True)]),
    ("MRI pelvis done, for review by ortho.", [("mri", "performed", True)]),
    ("CT pelvis showed no fracture, for mobilisation.", [("ct", "performed", True)]),
    ("Back from MRI, eating again after being NBM for the scan.", [("mri", "performed", False)]),
    ("X-ray pelvis showed no fracture, for physio.", [("radiograph", "performed", False)]),
])
def test_lookalikes_of_preparation_report_the_study_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_study_only_prepared_for_is_an_order():
    case = only_case([
        ("n1", "2025-02-03", "radiology", "XR LUMBAR SPINE", "XR LUMBAR SPINE\nFINDINGS: New compression fracture of "
         "L2 with 30% loss of height.", "en"),
        ("n2", "2025-02-04", "clinical", "", "Nursing: NBM from 06:00 for CT pelvis, cannula sited. Porter booked.",
         "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- a pain score of nought ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Pain score 0/10 lower back today.", ["negated"]),
    ("NRS 0/10 in the lower back.", ["negated"]),
    ("Pain 0/10 at rest, 7/10 on walking (lower back).", ["present"]),
    ("Pain score 2/10 lower back.", ["present"]),
    ("Pain: 4/10 R knee, 0/10 lower back.", ["negated"]),
    ("Lower back 0/10 today.", ["negated"]),
])
def test_a_pain_score_of_nought_denies_the_pain(sentence, expected):
    assert _lbp(sentence) == expected


# --- a red-flag screen answered with bare N's -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Red flags: trauma N, steroids N, osteoporosis N.", "osteoporosis", ["negated"]),
    ("Red flags: trauma N, steroids N, osteoporosis N.", "steroid_therapy", ["negated"]),
    ("RA: N. Steroids: N.", "rheumatic_disease", ["negated"]),
    ("Hx Ca: N / Osteoporosis: N / Trauma: Y", "osteoporosis", ["negated"]),
    ("Red flags: steroids Y, osteoporosis Y.", "osteoporosis", ["present"]),
    ("Osteoporosis (Y/N): Y", "osteoporosis", ["present"]),
    ("Long-term steroids (Y/N): N", "steroid_therapy", ["negated"]),
])
def test_a_forms_n_denies_and_its_y_affirms(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


def test_denied_risk_factors_leave_a_younger_man_unflagged():
    case = only_case([("n1", "2024-06-03", "outpatient", "", "Physio. 64 yo M, c/o LBP for 3 weeks after lifting. "
                       "Red flags: Ca N, steroids N, osteoporosis N, night pain N.", "en")])
    assert flag_and_workup(case) == ("false", "none")


# --- the physiotherapist's 24-hour pattern ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("24 h pattern: worse at night.", []),
    ("24-hour pattern: stiff in the morning.", []),
    ("Increased sacral uptake in an H pattern.", ["present"]),
])
def test_a_24_hour_pattern_is_no_h_pattern(sentence, expected):
    assert assertions(sentence, "en", "sacral_fracture") == expected


# --- "No radiographic abnormality" reports its own radiograph ----------------------------------------------------------
@pytest.mark.parametrize("text, note_type, exam, expected", [
    ("XR SI JOINTS\nFINDINGS: SI joints preserved.\nCONCLUSION: No radiographic abnormality.", "radiology",
     "XR SI JOINTS", [("radiograph", "performed", False)]),
    ("XR pelvis today: no radiographic abnormalities.", "clinical", "", [("radiograph", "performed", False)]),
    ("No radiograph was taken.", "clinical", "", [("radiograph", "not_performed", False)]),
])
def test_no_radiographic_abnormality_reports_the_radiograph(text, note_type, exam, expected):
    assert exam_rows(text, "en", note_type, exam) == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Swedish wording families found by the sixty-seventh round's blind notes (tests/data/outside67/sv: patientens väg
genom vården, månad för månad) and by differently worded sentences of its theme written after first contact (the set
itself read as its corrected gold at first contact): a booked study the patient forgot or missed ("Pat glömde tiden
till MR bäcken", "hade glömt bort MR-tiden", "glömde att hon hade tid till DT bäcken", "försov sig och missade DT
bäcken", "var inte på plats till MR bäcken") is not done as did_not_attend, so it keeps its order (exams.json
status.not_performed.did_not_attend); a study rebooked or moved at the patient's wish ("MR bäcken ombokad på pat
begäran", "flyttad på patientens egen begäran", "Tiden ändrad på pat önskemål") is still booked, not declined
(status.not_performed.declined's "på ... begäran" no longer follows a rebooking word; status.requested.booked's
"flyttad" takes "på ... begäran" after it); and a study "fortfarande inte gjord/bokad" still waits, as "ännu inte
gjord" does (status.requested.waiting). Each family by several differently worded sentences, and its look-alikes: a
study cancelled or not done at the patient's wish stays not done, a forgotten medicine is no study's fate, a study
missed by the patient but then done stays done."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside67" / "sv"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status"]].itertuples(index=False)]


# --- a booked study forgotten or missed: not done (did not attend) ----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ont i ländryggen. Pat glömde tiden till MR bäcken.", [("mri", "pelvis", "not_performed")]),
    ("Ont i ländryggen. Pat glömde bort sin tid till MR bäcken.", [("mri", "pelvis", "not_performed")]),
    ("Ont i korsryggen. Pat hade glömt tiden för DT bäcken.", [("ct", "pelvis", "not_performed")]),
    ("Ländryggssmärta. Pat har glömt bort MR-tiden för bäckenet.", [("mri", "pelvis", "not_performed")]),
    ("Ländryggssmärta. Pat glömde att hon hade tid till DT bäcken.", [("ct", "pelvis", "not_performed")]),
    ("Ont i sätet. Pat glömde bort att hon hade en tid för MR bäcken.", [("mri", "pelvis", "not_performed")]),
    ("Ländryggssmärta. Pat försov sig och missade DT bäcken.", [("ct", "pelvis", "not_performed")]),
    ("Ländryggssmärta. Hon missade sin bokade skelettscintigrafi.", [("scintigraphy", "whole_body", "not_performed")]),
    ("Ont i ländryggen. Pat var inte på plats till MR bäcken.", [("mri", "pelvis", "not_performed")]),
])
def test_outside67_sv_a_forgotten_or_missed_study_is_not_done(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a forgotten medicine or errand is no study's fate
    ("Ländryggssmärta. Pat glömde ta sina tabletter i går. MR bäcken gjord i går utan fraktur.",
     [("mri", "pelvis", "performed")]),
    ("Ländryggssmärta. Pat glömde bort sin tid hos tandläkaren. MR bäcken bokad till 12/3.",
     [("mri", "pelvis", "requested")]),
    # missed, then a new time: still asked; missed, then done: done
    ("Ländryggssmärta. Pat glömde tiden till MR bäcken, ny tid bokad till 20/5.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. MR bäcken: pat uteblev, ny kallelse skickad.", [("mri", "pelvis", "requested")]),
])
def test_outside67_sv_a_forgotten_errand_or_a_new_time_keeps_the_study(text, expected):
    assert _exams(text) == expected


# --- a study rebooked at the patient's wish: still booked --------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. MR bäcken ombokad på pat begäran.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. MR bäcken flyttad på patientens egen begäran.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Tiden för DT bäcken ändrad på pat önskemål.", [("ct", "pelvis", "requested")]),
    ("Ont i korsryggen. Skelettscintigrafin ombokades på hennes egen begäran.",
     [("scintigraphy", "whole_body", "requested")]),
])
def test_outside67_sv_a_study_rebooked_at_the_patients_wish_is_booked(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. DT bäcken avbokad på pat begäran.", [("ct", "pelvis", "not_performed")]),
    ("Ländryggssmärta. MR bäcken ej gjord på patientens egen begäran.", [("mri", "pelvis", "not_performed")]),
    ("Ländryggssmärta. MR bäcken ställdes in på patientens begäran.", [("mri", "pelvis", "not_performed")]),
])
def test_outside67_sv_a_study_called_off_at_the_patients_wish_stays_not_done(text, expected):
    assert _exams(text) == expected


# --- "fortfarande inte gjord": still waiting ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. DT bäcken är fortfarande inte gjord.", [("ct", "pelvis", "requested")]),
    ("Ont i korsryggen. MR bäcken fortfarande ej utförd, pat väntar på kallelse.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Skelettscintigrafin är fortfarande inte bokad.", [("scintigraphy", "whole_body", "requested")]),
])
def test_outside67_sv_a_study_still_not_done_waits(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. MR bäcken blev aldrig av.", [("mri", "pelvis", "not_performed")]),
    ("Ländryggssmärta. MR bäcken har inte blivit av, pat avböjer.", [("mri", "pelvis", "not_performed")]),
    ("Ländryggssmärta. DT bäcken fortfarande utan fraktur jämfört med i våras.", [("ct", "pelvis", "performed")]),
])
def test_outside67_sv_a_study_never_done_or_done_keeps_its_reading(text, expected):
    assert _exams(text) == expected


# --- whole patients ---------------------------------------------------------------------------------------------------
def test_outside67_sv_a_forgotten_study_keeps_its_order():
    rows = [("n1", "2025-03-01", "outpatient", "", "81-årig kvinna med ont i korsryggen sedan fall. Remiss MR bäcken.",
             "sv"),
            ("n2", "2025-04-02", "clinical", "", "Telefon. Pat glömde tiden till MR bäcken i går.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "ordered")


def test_outside67_sv_a_study_rebooked_at_her_wish_then_done_is_a_workup():
    rows = [("n1", "2025-03-01", "outpatient", "", "80-årig kvinna, ländryggssmärta. Remiss MR bäcken.", "sv"),
            ("n2", "2025-03-20", "clinical", "", "MR bäcken ombokad på pat begäran till 2/4.", "sv"),
            ("n3", "2025-04-02", "radiology", "MR bäcken", "MR BÄCKEN\nFynd: Ingen sakrumfraktur. SI-lederna ua.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "mri")


def test_outside67_sv_a_ramus_fracture_whose_ct_she_missed_is_flagged():
    rows = [("n1", "2025-05-02", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-05-30", "clinical", "", "Pat försov sig och missade DT bäcken. Ny remiss skrivs ej, "
                                                "pat vill avvakta.", "sv")]
    case = only_case(rows)
    assert flag_and_workup(case) == ("true", "ordered") and case["priority"] == "high"


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

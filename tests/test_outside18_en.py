"""Round eighteen, English: the wording families that notes by an outside author (tests/data/outside18/en: a
patient's story across many notes, with exam statements that change or conflict — booked, cancelled, abandoned,
re-requested, quoted from another hospital, corrected by an addendum) showed the pipeline misreading, each by several
differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

import pandas as pd

from reportminer.pipeline import scan

from .phrasing import assertions, exam_rows, flag_and_workup, notes_table, one_note, only_case, scored_set, statuses

PR = "pubic_ramus_fracture"
SACRAL = "sacral_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
SET = Path(__file__).resolve().parent / "data" / "outside18" / "en"


# --- a study booked for a clock time is planned, not done ("MRI pelvis today at 14:00") ---------------------------
@pytest.mark.parametrize("text", [
    "WR. L pubic rami fractures. MRI pelvis today at 14:00 to exclude sacral fracture.",
    "MRI pelvis today at 14:00.",
    "CT pelvis tomorrow at 9.30 am.",
    "MRI pelvis at 15:30 this afternoon to look for a sacral fracture.",
])
def test_outside18_en_a_study_at_a_clock_time_is_planned(text):
    assert statuses(text, "en", "mri" if "MRI" in text else "ct") == ["requested"]


@pytest.mark.parametrize("text,modality", [
    ("MRI pelvis done today at 10:15: no sacral fracture.", "mri"),
    ("CT pelvis performed at 09:30 today, no fracture.", "ct"),
    ("MRI pelvis today: bilateral sacral insufficiency fractures.", "mri"),
])
def test_outside18_en_a_study_done_at_a_clock_time_stays_done(text, modality):
    assert statuses(text, "en", modality) == ["performed"]


# --- "Not rebooked." after a study that failed: the study stays not done ------------------------------------------
@pytest.mark.parametrize("text", [
    "MRI pelvis could not be completed (orthopnoea). Not rebooked.",
    "MRI pelvis abandoned after the localisers. It was not rebooked.",
    "CT pelvis cancelled as she went home. Never rebooked.",
])
def test_outside18_en_a_failed_study_not_rebooked_stays_not_done(text):
    assert statuses(text, "en", "mri" if "MRI" in text else "ct") == ["not_performed"]


@pytest.mark.parametrize("text", [
    "MRI pelvis cancelled. Rebooked for Friday.",
    "MRI pelvis could not be completed. To be rebooked with sedation.",
])
def test_outside18_en_a_failed_study_rebooked_is_requested_again(text):
    assert statuses(text, "en", "mri") == ["requested"]


# --- "not requested at present, will review in 6 weeks": a clinical review is no plan for the study ---------------
@pytest.mark.parametrize("text", [
    "Discussed MRI - not requested at present, will review in 6 weeks and refer if no better.",
    "Discussed MRI - not requested at present, will review in 6 weeks.",
    "MRI considered but not ordered; see again in 2 weeks.",
])
def test_outside18_en_a_study_weighed_and_not_requested_is_no_order(text):
    assert statuses(text, "en", "mri") == ["not_performed"]


@pytest.mark.parametrize("text", [
    "Repeat MRI pelvis in 6 weeks.",
    "MRI pelvis requested; review in 6 weeks.",
    "CT pelvis in 2 weeks if pain persists.",
])
def test_outside18_en_a_study_planned_in_weeks_is_requested(text):
    assert statuses(text, "en", "mri" if "MRI" in text else "ct") == ["requested"]


def test_outside18_en_a_discussed_mri_not_requested_leaves_plain_films_only():
    case = only_case([
        ("n1", "2025-10-06", "outpatient", "", "76-year-old gentleman with low back pain for 6 weeks. PMH: left total "
                                               "hip replacement 2016."),
        ("n2", "2025-10-10", "radiology", "XR lumbar spine", "XR LUMBAR SPINE\nVertebral body heights maintained."),
        ("n3", "2025-11-20", "outpatient", "", "Still low back pain. Discussed MRI - not requested at present, will "
                                               "review in 6 weeks and refer if no better."),
    ], "en")
    assert flag_and_workup(case) == ("true", "radiograph_only")


# --- a report's words on what ANOTHER study left out are not of its own exam ----------------------------------------
@pytest.mark.parametrize("text,exam", [
    ("CT PELVIS\nIndication: LBP and buttock pain, sacrum not covered on recent lumbar MRI.\nFindings: The sacrum is "
     "intact with no fracture line.", "CT pelvis"),
    ("MRI PELVIS\nClinical details: the sacrum was incompletely seen on the outside CT of the abdomen.\nFindings: "
     "Normal marrow signal in the sacrum and SI joints.", "MRI pelvis"),
    ("CT PELVIS\nHistory: sacrum obscured by bowel gas on the XR of 3/2.\nFindings: No sacral fracture.", "CT pelvis"),
])
def test_outside18_en_coverage_denied_of_another_study_leaves_the_report_covering(text, exam):
    own = [r for r in exam_rows(text, "en", "radiology", exam) if r[0] == exam.split()[0].lower()]
    assert own and all(r[2] in (True, "true") for r in own)


@pytest.mark.parametrize("text,exam", [
    ("MRI LUMBAR SPINE\nFindings: Vertebral heights normal. The sacrum is not included.", "MRI lumbar spine"),
    ("CT PELVIS\nFindings: the sacrum is outside the field of view on this CT.", "CT pelvis"),
    ("MRI LUMBAR SPINE\nFindings: The upper sacrum is only partly included and incompletely evaluated.",
     "MRI lumbar spine"),
])
def test_outside18_en_coverage_denied_of_the_report_itself_still_counts(text, exam):
    own = [r for r in exam_rows(text, "en", "radiology", exam) if r[0] == exam.split()[0].lower()]
    assert own and all(r[2] in (False, "false") for r in own)


def test_outside18_en_the_other_study_named_gets_no_coverage_from_the_report():
    text = ("CT PELVIS\nIndication: LBP and buttock pain, sacrum not covered on recent lumbar MRI.\nFindings: The "
            "sacrum is intact with no fracture line.")
    rows = exam_rows(text, "en", "radiology", "CT pelvis")
    lumbar = [r for r in rows if r[0] == "mri"]
    assert lumbar and all(r[2] in (False, "false") for r in lumbar)


# --- "low back pain - presumed sacral fracture": the hedge after a dash is of what follows it ----------------------
@pytest.mark.parametrize("text", [
    "Diagnosis: low back pain - presumed left sacral insufficiency fracture, not confirmed on imaging.",
    "Low back pain - presumptive sacral insufficiency fracture.",
    "Buttock pain - presumably a sacral stress fracture.",
])
def test_outside18_en_a_dash_hedge_leaves_the_pain_before_it_present(text):
    assert assertions(text, "en", LBP) == ["present"]
    assert assertions(text, "en", SACRAL) == ["uncertain"]


@pytest.mark.parametrize("text", [
    "Sacral insufficiency fracture, presumed.",
    "Left sacral fracture - possible.",
    "Impression: left sacral ala fracture - presumed.",
])
def test_outside18_en_a_hedge_after_the_finding_still_hedges_it(text):
    assert assertions(text, "en", SACRAL) == ["uncertain"]


# --- "?X" in a sentence that asks its reader (a referral, "please", "clinical query") is a question --------------
@pytest.mark.parametrize("text,concept", [
    ("Please see and consider imaging - ?sacral insufficiency fracture.", SACRAL),
    ("Clinical query left pubic ramus fracture vs hip fracture.", PR),
    ("Referred by GP with buttock pain ?SIF.", SACRAL),
    ("Kindly assess, ?L1 compression fracture.", VCF),
])
def test_outside18_en_a_query_in_an_asking_sentence_is_hypothetical(text, concept):
    assert assertions(text, "en", concept) == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "Imp: ?SIF. XR pelvis and analgesia, admit.",
    "?sacral fracture - consider MRI.",
    "Assessment: buttock pain, ?sacral insufficiency fracture.",
    "Imp: referred pain into the buttock ?sacral insufficiency fracture.",
])
def test_outside18_en_a_query_in_an_assessment_stays_a_suspicion(text):
    assert assertions(text, "en", SACRAL) == ["uncertain"]


# --- a fracture another study showed, "not visible on radiographs", is still there --------------------------------
@pytest.mark.parametrize("text", [
    "The left sacral fracture shown on the MRI is not visible on radiographs.",
    "The known left sacral fracture is not seen on these radiographs.",
    "The sacral fracture demonstrated on CT is not visible on plain films.",
])
def test_outside18_en_a_fracture_shown_elsewhere_is_present(text):
    assert assertions(text, "en", SACRAL) == ["present"]


@pytest.mark.parametrize("text", [
    "No sacral fracture is visible on radiographs.",
    "Sacral fracture not seen on radiographs.",
    "The previously described sacral fracture is not seen on today's MRI.",
])
def test_outside18_en_a_fracture_not_seen_without_another_study_stays_denied(text):
    assert assertions(text, "en", SACRAL) == ["negated"]


# --- "No further imaging." after a fracture is the end of the imaging, not doubt about the fracture ----------------
@pytest.mark.parametrize("text,concept", [
    ("Discharge: right superior pubic ramus fracture, conservative management. No further imaging.", PR),
    ("L2 compression fracture on XR. No further imaging.", VCF),
])
def test_outside18_en_no_further_imaging_leaves_the_fracture_present(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text", [
    "Sacral fracture. No confirmatory imaging.",
    "Sacral fracture. No imaging yet.",
])
def test_outside18_en_no_imaging_yet_still_leaves_the_fracture_unconfirmed(text):
    assert assertions(text, "en", SACRAL) == ["uncertain"]


# --- "fractures incl. sacrum": the abbreviation names the site as "including" does ------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Bone scan requested to look for other fractures incl. sacrum.", SACRAL),
    ("Bone scan to look for further fractures incl. the left pubic ramus.", PR),
    ("Multiple insufficiency fractures, incl. the sacrum.", SACRAL),
])
def test_outside18_en_incl_names_the_fractured_site(text, concept):
    assert len(assertions(text, "en", concept)) == 1


# --- "cat" is the animal; "CAT scan" is a CT ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "83F, tripped over her cat at home this morning.",
    "Lives alone with her cat; independent.",
])
def test_outside18_en_a_cat_is_no_ct(text):
    assert one_note(text, "en").exams.empty


@pytest.mark.parametrize("text", [
    "CAT scan of the pelvis showed no fracture.",
    "CAT-scan pelvis: no sacral fracture.",
])
def test_outside18_en_a_cat_scan_is_a_ct(text):
    assert statuses(text, "en", "ct") == ["performed"]


# --- a note's own day-month order: "CT pelvis 15/3" tells that its "XR 10/3" is 10 March ------------------------
def _exam_dates(text: str, day: str, modality: str, note_type: str = "clinical", exam: str = "") -> list[str]:
    exams = scan(notes_table([("n1", day, note_type, exam, text)], "en")).exams
    return [pd.Timestamp(d).strftime("%Y-%m-%d") for d in exams[exams["modality"] == modality]["date"]]


@pytest.mark.parametrize("text,day,modality,exam,expected", [
    ("Investigations: XR pelvis 10/3; CT pelvis 15/3 - no sacral fracture.", "2025-03-20", "radiograph", "",
     "2025-03-10"),
    ("Transferred in. XR pelvis done 4/2 at St Mary's: rami fractures. CT pelvis 28/1 was normal.", "2025-02-10",
     "radiograph", "", "2025-02-04"),
    ("CT PELVIS\nComparison: XR pelvis 10/03/2025.\nFindings: right pubic rami fractures.", "2025-03-15",
     "radiograph", "CT pelvis", "2025-03-10"),
])
def test_outside18_en_a_day_first_note_reads_its_short_dates_day_first(text, day, modality, exam, expected):
    note_type = "radiology" if exam else "clinical"
    assert expected in _exam_dates(text, day, modality, note_type, exam)


@pytest.mark.parametrize("text,day,modality,expected", [
    ("CT pelvis 3/15 negative. XR pelvis 3/10: rami fractures.", "2025-03-20", "radiograph", "2025-03-10"),
    ("XR pelvis done 10/3: rami fractures. CT pelvis 10/28 negative.", "2025-11-02", "radiograph", "2025-10-03"),
])
def test_outside18_en_a_month_first_note_keeps_its_short_dates_month_first(text, day, modality, expected):
    assert expected in _exam_dates(text, day, modality)


# --- "MRI of 12 March showed no sacral fracture": a dated, unnamed study that read the sacrum looked at it ----------
@pytest.mark.parametrize("text", [
    "GP letter. Her MRI of 12 March showed no sacral fracture.",
    "GP letter. The MRI on March 12th showed no sacral fracture.",
    "GP letter. CT of 3/3 showed a left sacral ala fracture.",
    "GP letter. MRI on 12 March: no sacral fracture.",
])
def test_outside18_en_a_dated_unnamed_study_reading_the_sacrum_covers_it(text):
    rows = exam_rows(text, "en")
    assert rows and all(r[1] == "performed" and r[2] in (True, "true") for r in rows)


@pytest.mark.parametrize("text", [
    "GP letter. Her MRI of 12 March showed an L2 compression fracture.",
    "GP letter. MRI of 12 March: disc bulge at L4/5.",
])
def test_outside18_en_a_dated_unnamed_study_of_something_else_does_not_cover(text):
    rows = exam_rows(text, "en")
    assert rows and all(r[2] in (False, "false") for r in rows)


def test_outside18_en_a_quoted_dated_mri_without_a_sacral_fracture_is_the_workup():
    case = only_case([
        ("n1", "2025-03-05", "outpatient", "", "80F, low back pain for 3 weeks. MRI requested."),
        ("n2", "2025-04-02", "outpatient", "", "Letter. Her MRI of 12 March showed no sacral fracture; low back pain "
                                               "settling."),
    ], "en")
    assert flag_and_workup(case) == ("false", "mri")


# --- "LBP ?L1 wedge fracture": a "?" written onto a level asks about that level's finding, not the pain before it ----
@pytest.mark.parametrize("text", [
    "Imp: mechanical LBP ?L1 wedge fracture.",
    "Low back pain ?T12 compression - XR requested.",
    "Buttock pain ?S1 radiculopathy.",
])
def test_outside18_en_a_query_on_a_level_leaves_the_pain_present(text):
    assert assertions(text, "en", LBP) == ["present"]


def test_outside18_en_a_query_on_a_level_still_hedges_its_fracture():
    assert assertions("Imp: mechanical LBP ?L1 wedge fracture.", "en", VCF) == ["uncertain"]


def test_outside18_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

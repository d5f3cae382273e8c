"""Round eight, English: the wording families that notes by an outside author (tests/data/outside8/en: geriatric,
falls-clinic, GP, telephone and nursing notes, addenda) showed the pipeline misreading, each by several
differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

import pandas as pd
import pytest

from reportminer.pipeline import scan

from .phrasing import DAY, assertions, notes_table


def _notes(rows: list[tuple]) -> pd.DataFrame:
    return notes_table(rows, "en")


def _assertions(text: str, concept: str, note_type: str = "clinical") -> list[str]:
    return assertions(text, "en", concept, note_type)


def _exams(text: str, note_type: str = "clinical") -> pd.DataFrame:
    return scan(_notes([("n1", DAY, note_type, "", text)])).exams


def _case(rows: list[tuple]) -> pd.Series:
    cases = scan(_notes(rows)).cases
    assert len(cases) == 1
    return cases.iloc[0]


# --- an exam the clinicians chose not to pursue was not done, and leaves no order -------------------------------
@pytest.mark.parametrize("text", [
    "Given her frailty we did not pursue CT or MRI; managed as a presumed sacral fracture.",
    "We decided not to pursue an MRI of the pelvis as it would not alter her care.",
    "After discussion with the family, the team chose not to pursue MRI pelvis.",
])
def test_outside8_en_an_exam_not_pursued_was_not_done(text):
    exams = _exams(text)
    cross = exams[exams["modality"].isin(["ct", "mri"])]
    assert len(cross) and set(cross["status"]) == {"not_performed"}
    case = _case([("n1", DAY, "clinical", "", "Right superior pubic ramus fracture on XR. " + text)])
    assert case["flagged"] in (True, "true") and case["workup"] not in ("mri", "ct")


def test_outside8_en_a_pursued_exam_is_not_negated():
    exams = _exams("MRI pelvis was performed on 10/01 and showed no sacral fracture.")
    assert set(exams["status"]) == {"performed"}


# --- a polite request in a letter is no condition on the finding it introduces ----------------------------------
@pytest.mark.parametrize("text,concept", [
    ("I'd be grateful if you could see this 85-year-old woman with a new L3 compression fracture.",
     "vertebral_compression_fracture"),
    ("I would be grateful if you could review her fracture of the left inferior pubic ramus.",
     "pubic_ramus_fracture"),
    ("We would appreciate it if you could see him regarding his T12 wedge compression fracture.",
     "vertebral_compression_fracture"),
])
def test_outside8_en_a_polite_request_keeps_the_finding_present(text, concept):
    assert _assertions(text, concept) == ["present"]


@pytest.mark.parametrize("text", ["If she develops a new compression fracture, refer back.",
                                  "Please re-refer if there is a compression fracture on the VFA."])
def test_outside8_en_a_real_condition_stays_hypothetical(text):
    assert _assertions(text, "vertebral_compression_fracture") == ["hypothetical"]


# --- a finding queried on an earlier study and not confirmed is doubtful --------------------------------------
@pytest.mark.parametrize("text", [
    "Incidental query T8 wedge on CT was not confirmed on plain films.",
    "The queried L2 compression fracture was not confirmed on review.",
    "Queried T11 wedge compression on the chest CT; not seen on the VFA.",
])
def test_outside8_en_a_queried_finding_is_uncertain(text):
    assert _assertions(text, "vertebral_compression_fracture") == ["uncertain"]


# --- "sacral insufficiency" with the fracture left unsaid is a sacral fracture mention ---------------------------
@pytest.mark.parametrize("text,note_type,expected", [
    ("Clinical info: fall, low back pain. ?new fracture, ?sacral insufficiency", "radiology", "hypothetical"),
    ("CI: buttock pain after a fall. ?sacral insufficiency", "radiology", "hypothetical"),
    ("Imp: probable sacral insufficiency, for analgesia and mobilisation.", "clinical", "uncertain"),
])
def test_outside8_en_sacral_insufficiency_names_the_fracture(text, note_type, expected):
    assert _assertions(text, "sacral_fracture", note_type) == [expected]


# --- a lumbar study that is to include the sacrum images it -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "MRI lumbosacral spine including the whole sacrum requested as an outpatient.",
    "MRI lumbar spine to include the sacrum has been requested.",
    "Plan: MRI L-spine to include sacrum, booked for next week.",
])
def test_outside8_en_a_study_to_include_the_sacrum_covers_it(text):
    exams = _exams(text)
    mri = exams[exams["modality"] == "mri"]
    assert list(mri["status"]) == ["requested"] and list(mri["covers_sacrum"]) == [True]


@pytest.mark.parametrize("text", ["MRI lumbar spine requested as an outpatient.",
                                  "Plan: MRI L-spine, booked for next week."])
def test_outside8_en_a_lumbar_request_alone_does_not_cover_the_sacrum(text):
    exams = _exams(text)
    assert list(exams[exams["modality"] == "mri"]["covers_sacrum"]) == [False]


# --- a "?X" after the exam a sentence requests is the request's question ----------------------------------------
@pytest.mark.parametrize("text", [
    "MRI pelvis requested as outpt for ongoing buttock pain ?sacral #.",
    "CT pelvis booked for Thursday ?sacral insufficiency fracture.",
    "Plan: bone scan requested, ?SIF.",
])
def test_outside8_en_a_question_after_a_request_is_hypothetical(text):
    assert _assertions(text, "sacral_fracture") == ["hypothetical"]


@pytest.mark.parametrize("text", ["?sacral fracture - MRI pelvis requested.",
                                  "Imp: ?sacral insufficiency fracture. MRI pelvis requested."])
def test_outside8_en_a_suspicion_before_the_request_stays_uncertain(text):
    assert _assertions(text, "sacral_fracture") == ["uncertain"]


# --- a question section ends where a blank line starts the report's own text -----------------------------------
@pytest.mark.parametrize("text", [
    "CT CHEST\nIndication: 72F, weight loss. ?malignancy\n\nBones: possible mild wedging of T8.",
    "INDICATION: cough, ex-smoker\n\nNo lung mass. Probable compression fracture of T7.",
    "INDICATION: cough, ex-smoker\r\n\r\nNo lung mass. Probable compression fracture of T7.",  # Windows line ends
    "INDICATION:\n\ncough, ex-smoker\n\nNo lung mass. Probable compression fracture of T7.",  # heading on its own line
])
def test_outside8_en_text_after_a_blank_line_is_no_longer_the_question(text):
    assert _assertions(text, "vertebral_compression_fracture", "radiology") == ["uncertain"]


@pytest.mark.parametrize("text", [
    "INDICATION:\n\nfall, possible compression fracture of L1\n\nFINDINGS: normal vertebral heights.",
    "Clinical details: fall, ?L1 compression fracture\nFINDINGS: normal vertebral heights.",
])
def test_outside8_en_the_question_itself_still_asks(text):
    assert _assertions(text, "vertebral_compression_fracture", "radiology")[0] == "hypothetical"


# --- a patient sent home before the exam never had it; a slot not rebooked is not booked ------------------------
@pytest.mark.parametrize("text", [
    "She went home before her CT pelvis.",
    "Discharged to the care home prior to the MRI pelvis.",
    "Pt was discharged before the bone scan.",
    "The CT pelvis slot was given to another patient; not rebooked.",
    "MRI pelvis cancelled by radiology and has not been rescheduled.",
])
def test_outside8_en_sent_home_before_the_exam_or_not_rebooked_is_not_performed(text):
    exams = _exams(text)
    assert len(exams) and set(exams["status"]) == {"not_performed"}


@pytest.mark.parametrize("text", ["Discharged home; MRI pelvis booked as an outpatient.",
                                  "MRI pelvis to be rebooked after the scanner repair."])
def test_outside8_en_a_booking_after_discharge_stays_requested(text):
    assert set(_exams(text)["status"]) == {"requested"}


# --- the next item of a numbered list ends the hedge of the item before it ---------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Imp: 1) # R sup + inf pubic rami 2) ?sacral #", "pubic_ramus_fracture"),
    ("Problems: 1) L1 compression fracture 2) possible sacral fracture 3) LBP", "vertebral_compression_fracture"),
    ("Dx: a) osteoporotic T12 wedge fracture b) ?sacral insufficiency fracture", "vertebral_compression_fracture"),
])
def test_outside8_en_a_numbered_item_keeps_its_own_assertion(text, concept):
    assert _assertions(text, concept) == ["present"]
    assert _assertions(text, "sacral_fracture") == ["uncertain"]


def test_outside8_en_a_bracketed_grade_is_no_list_item():
    assert _assertions("Possible wedge fracture (grade 2) of T8.", "vertebral_compression_fracture") == ["uncertain"]


# --- age and sex in the forms geriatric letters use ------------------------------------------------------------
@pytest.mark.parametrize("text,sex,age", [
    ("Mrs Smith is 81 and lives alone.", "F", "81"),
    ("Mr O'Neill is 79 years old, lives with his wife.", "M", "79"),
    ("Elderly woman, aged 84, fall at home.", "F", "84"),
    ("Frail elderly gentleman, DOB 1938.", "M", "87"),
])
def test_outside8_en_age_and_sex_in_letters(text, sex, age):
    case = _case([("n1", DAY, "clinical", "", text + " Complains of low back pain.")])
    assert (case["sex"], str(case["age"])) == (sex, age)


def test_outside8_en_a_weight_after_a_name_is_no_age():
    case = _case([("n1", DAY, "clinical", "", "Mrs Smith is 81 kg. Complains of low back pain.")])
    assert str(case["age"]) in ("", "nan", "None", "<NA>")


# --- only the upper sacrum in the field, or the sacrum outside a SPECT field, is no coverage --------------------
def _report_exams(exam: str, text: str) -> pd.DataFrame:
    return scan(_notes([("n1", DAY, "radiology", exam, text)])).exams


@pytest.mark.parametrize("exam,text", [
    ("MRI lumbar spine", "MRI LUMBAR SPINE\nL2 compression fracture. Included upper sacrum unremarkable."),
    ("MRI lumbar spine", "MRI LUMBAR SPINE\nL2 compression fracture. The imaged upper sacrum is normal."),
    ("SPECT-CT lumbar spine", "SPECT/CT LUMBAR SPINE\nUptake at the L4 facets. The sacrum lies outside the SPECT field."),
])
def test_outside8_en_a_partly_imaged_sacrum_is_not_covered(exam, text):
    exams = _report_exams(exam, text)
    assert len(exams) and not exams["covers_sacrum"].any()


@pytest.mark.parametrize("exam,text", [
    ("MRI lumbar spine", "MRI LUMBAR SPINE\nL2 compression fracture. The sacrum and SI joints are normal."),
    ("MRI pelvis", "MRI PELVIS\nInsufficiency fracture of the upper sacrum on the right."),
])
def test_outside8_en_a_sacrum_assessed_is_covered(exam, text):
    assert _report_exams(exam, text)["covers_sacrum"].all()


# --- a "?" written onto the next word asks about that word, not about the symptom before it ---------------------
@pytest.mark.parametrize("text,concept", [
    ("LBP ?mechanical.", "low_back_pain"),
    ("R buttock pain ?sciatica ?SIJ.", "low_back_pain"),
    ("Pain L buttock - ?referred from hip OA.", "low_back_pain"),
    ("Findings: L1 compression fracture ?acute.", "vertebral_compression_fracture"),
])
def test_outside8_en_a_prefixed_question_leaves_the_finding_before_it(text, concept):
    assert _assertions(text, concept) == ["present"]


@pytest.mark.parametrize("text", ["?LBP", "Low back pain?", "Lower back pain - ? osteoporotic collapse."])
def test_outside8_en_a_question_on_the_finding_itself_still_hedges(text):
    assert _assertions(text, "low_back_pain") == ["uncertain"]

"""Round fifty-nine, English: imaging results retold by clinicians. The wording families that a red team's notes
(tests/data/outside59/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: a terse result right after a study's name, before a plan of another study
in the same sentence ("CT pelvis NAD - MRI pelvis requested", "CT neg, MRI requested"), which reports the first study
done; a study as the subject of "suggested" ("CT pelvis suggested a ramus fracture", "MRI confirmed what the CT had
suggested"), a reading of a study done, not a recommendation; a study the patient or a relative tells of that the
record cannot find ("we cannot find any record of it", "not found on our system", "it cannot be traced"), which was
not done; a fracture an earlier admission's or last year's study showed ("At her last admission (2023) CT pelvis
showed ...", "CT pelvis from his 2023 admission: ...", "Last year's CT pelvis showed ...") or that "healed" in the
bare past tense, an earlier episode's; and, found in the set's notes, a pain "posteriorly over the sacrum", a sacrum
that "looked fine", and a result promised by letter that names its study ("will write again with the MRI result")."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside59" / "en"


# --- a terse result, then a plan of another study, in one sentence -------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("CT neg, MRI pelvis requested.", [("ct", "performed", False), ("mri", "requested", True)]),
    ("CT pelvis nad, MRI pelvis booked for Thursday.", [("ct", "performed", True), ("mri", "requested", True)]),
    ("CT pelvis no fracture, MRI pelvis ordered.", [("ct", "performed", True), ("mri", "requested", True)]),
    ("CT abdo/pelvis - no acute bony injury - MRI sacrum to follow.", [("ct", "performed", True),
                                                                       ("mri", "requested", True)]),
    ("Plan: CT pelvis neg, bone scan requested.", [("ct", "performed", True), ("scintigraphy", "requested", True)]),
    ("XR pelvis no fracture, CT pelvis requested.", [("radiograph", "performed", False), ("ct", "requested", True)]),
    ("CT pelvis clear, for MRI pelvis next week.", [("ct", "performed", True), ("mri", "requested", True)]),
])
def test_a_terse_result_before_another_studys_plan_reports_the_first_study(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("CT pelvis requested, MRI if CT clear.", [("ct", "requested", True), ("mri", "performed", False)]),
    ("Plan: CT pelvis, MRI pelvis.", [("ct", "requested", True), ("mri", "requested", True)]),
    ("CT, MRI and bone scan of the pelvis were cancelled.", [("ct", "not_performed", True),
                                                              ("mri", "not_performed", True),
                                                              ("scintigraphy", "not_performed", True)]),
    ("CT pelvis no longer needed.", [("ct", "not_performed", True)]),
    ("MRI pelvis if no fracture on CT.", [("mri", "performed", True), ("ct", "requested", True)]),
])
def test_lookalikes_of_a_terse_result_keep_their_reading(sentence, expected):
    # as before this round (the MRI's "if" and the CT's plan are older readings, unchanged here)
    assert exam_rows(sentence, "en") == expected


def test_a_ct_known_only_from_a_terse_result_is_the_workup():
    case = only_case([
        ("n1", "2024-03-05", "radiology", "XR PELVIS", "XR PELVIS\nFINDINGS: Fracture of the left superior pubic "
         "ramus.", "en"),
        ("n2", "2024-03-07", "clinical", "", "Ward round. CT pelvis nad - MRI pelvis requested for posterior pain. "
         "Ramus fracture, mobilising.", "en")])
    assert flag_and_workup(case) == ("false", "ct")


# --- a study as the subject of "suggested" --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("The CT pelvis suggested a fracture of the left inferior pubic ramus.", [("ct", "performed", True)]),
    ("CT of the pelvis yesterday suggests an undisplaced right sacral ala fracture.", [("ct", "performed", True)]),
    ("Her bone scan had suggested a fracture at L2.", [("scintigraphy", "performed", True)]),
    ("MRI sacrum confirmed what the CT pelvis had suggested.", [("mri", "performed", True),
                                                              ("ct", "performed", True)]),
    ("The MRI showed what the bone scan had hinted at.", [("mri", "performed", False),
                                                          ("scintigraphy", "performed", True)]),
    ("Bone scan suggested an L4 fracture, which the MRI lumbar spine confirmed.",
     [("scintigraphy", "performed", True), ("mri", "performed", False)]),
])
def test_a_study_that_suggested_a_finding_was_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Radiology suggest MRI pelvis.", [("mri", "requested", True)]),
    ("MRI pelvis suggested by radiology.", [("mri", "requested", True)]),
    ("Ortho suggested a CT pelvis.", [("ct", "requested", True)]),
    ("CT pelvis suggested.", [("ct", "requested", True)]),
    ("CT pelvis suggested to exclude a sacral fracture.", [("ct", "requested", True)]),
    ("The radiologist suggested an MRI of the pelvis.", [("mri", "requested", True)]),
    ("We will do what the radiologist suggested: an MRI pelvis.", [("mri", "requested", True)]),
])
def test_lookalikes_of_a_study_that_suggested_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_bone_scan_that_suggested_a_fracture_is_the_workup():
    case = only_case([
        ("n1", "2025-03-03", "radiology", "MRI LUMBAR SPINE", "MRI LUMBAR SPINE\nFINDINGS: Acute L3 compression "
         "fracture. The study ends at L5.", "en"),
        ("n2", "2025-03-10", "outpatient", "", "The whole body bone scan of 25/02 suggested a fracture at L3, which "
         "the MRI confirmed.", "en")])
    assert flag_and_workup(case) == ("false", "scintigraphy")


# --- a study the patient or a relative tells of that the record cannot find ------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("She says she had an MRI of the pelvis in Spain, but we cannot find any record of it.",
     [("mri", "not_performed", True)]),
    ("Reports an MRI pelvis at a private clinic in March, which we cannot locate.", [("mri", "not_performed", True)]),
    ("Her son thinks she had a CT of her pelvis last month; it is not found on our system.",
     [("ct", "not_performed", True)]),
    ("He mentioned a bone scan in Leeds, but nothing can be found on PACS or the shared record.",
     [("scintigraphy", "not_performed", True)]),
    ("According to her daughter she had a CT pelvis in May. It cannot be traced.", [("ct", "not_performed", True)]),
])
def test_a_study_told_of_that_cannot_be_found_was_not_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("She says she had an MRI pelvis at the Spire in March; we cannot locate the report yet.",
     [("mri", "performed", True)]),
    ("She had an MRI pelvis on 03/03 which we cannot find on PACS.", [("mri", "performed", True)]),
    ("Daughter says she had an MRI pelvis in March; report obtained: no fracture.", [("mri", "performed", True)]),
    ("She reports an MRI pelvis last week at the Nuffield; report awaited from them.", [("mri", "performed", True)]),
    ("MRI pelvis done; we cannot find any fracture.", [("mri", "performed", True)]),
])
def test_lookalikes_of_a_study_that_cannot_be_found_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_study_told_of_that_cannot_be_found_leaves_the_flag():
    case = only_case([("n1", "2024-07-08", "outpatient", "", "79F with rheumatoid arthritis, low back pain for three "
                       "weeks. She says she had an MRI of her pelvis last month, but we cannot find any record of it. "
                       "XR lumbar spine today: degenerative only.", "en")])
    assert flag_and_workup(case) == ("true", "radiograph_only")


# --- a fracture an earlier admission's or last year's study showed ----------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("At her last admission (2023) CT pelvis showed a left sacral fracture, treated conservatively.",
     "sacral_fracture"),
    ("During his previous admission, an MRI showed an L2 compression fracture.", "vertebral_compression_fracture"),
    ("CT pelvis from her 2023 admission: right superior pubic ramus fracture.", "pubic_ramus_fracture"),
    ("Last year's CT pelvis showed a left pubic ramus fracture.", "pubic_ramus_fracture"),
    ("Last year's MRI: T12 compression fracture.", "vertebral_compression_fracture"),
    ("Left superior pubic ramus fracture, which healed without surgery.", "pubic_ramus_fracture"),
    ("L1 compression fracture that healed uneventfully.", "vertebral_compression_fracture"),
])
def test_a_fracture_of_an_earlier_admission_is_historical(sentence, concept):
    assert assertions_by_concept(sentence, "en")[concept] == ["historical"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Since her last admission she has had a new L1 compression fracture.", "vertebral_compression_fracture",
     ["present"]),
    ("Compared with last year's CT, there is a new L1 compression fracture.", "vertebral_compression_fracture",
     ["present"]),
    ("On this admission CT pelvis showed a left sacral fracture.", "sacral_fracture", ["present"]),
    ("CT pelvis on admission showed a left sacral fracture.", "sacral_fracture", ["present"]),
    ("L1 compression fracture, which is healing well.", "vertebral_compression_fracture", ["present"]),
    ("Left pubic ramus fracture that has not healed.", "pubic_ramus_fracture", ["present"]),
    ("At her last clinic visit she reported low back pain.", "low_back_pain", ["present"]),
    # the note's own year (phrasing.DAY is in 2025) is no earlier episode
    ("CT pelvis from her 2025 admission: right pubic ramus fracture.", "pubic_ramus_fracture", ["present"]),
])
def test_lookalikes_of_an_earlier_admissions_fracture_keep_their_reading(sentence, concept, expected):
    assert assertions_by_concept(sentence, "en")[concept] == expected


def test_an_earlier_admissions_sacral_fracture_documents_nothing_now():
    case = only_case([
        ("n1", "2025-02-10", "radiology", "XR PELVIS", "XR PELVIS\nFINDINGS: Fracture of the right inferior pubic "
         "ramus.", "en"),
        ("n2", "2025-02-11", "clinical", "", "Background: At her last admission (2023) CT pelvis showed a left sacral "
         "fracture, treated conservatively. Now right groin pain only.", "en")])
    assert flag_and_workup(case) == ("true", "radiograph_only")


# --- found in the set's notes: a pain placed by an adverb, a sacrum that looked fine, a result promised by letter ------
@pytest.mark.parametrize("sentence, expected", [
    ("Pain posteriorly over the sacrum.", {"low_back_pain": ["present"]}),
    ("Ache centrally across the sacrum when sitting.", {"low_back_pain": ["present"]}),
    ("Tender posteriorly over the sacrum.", {}),
    ("Pain posteriorly over the knee.", {}),
    ("Sacrum looked fine on the CT.", {"sacral_fracture": ["negated"], "imaging_ct": ["present"]}),
    ("The sacrum looks OK.", {"sacral_fracture": ["negated"]}),
    ("Low back pain, otherwise fine.", {"low_back_pain": ["present"]}),
])
def test_a_placed_pain_and_a_sacrum_that_looked_fine(sentence, expected):
    assert assertions_by_concept(sentence, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("MRI pelvis requested. I will write again with the MRI result.", ["requested"]),
    ("MRI pelvis requested. We shall phone her with the MRI pelvis results.", ["requested"]),
    ("MRI pelvis requested. Will call her with the pelvic MRI results.", ["requested"]),
    ("MRI pelvis done on 03/03. Results discussed with her today.", ["performed"]),
    ("Called pt about her MRI pelvis results: no sacral fracture.", ["performed"]),
])
def test_a_result_promised_by_letter_keeps_the_study_requested(text, expected):
    assert [status for modality, status, _ in exam_rows(text, "en") if modality == "mri"][-1:] == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

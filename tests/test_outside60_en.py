"""Round sixty, English: aborted, partial and contraindicated studies. The wording families that a red team's notes
(tests/data/outside60/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: a study called failed or unsuccessful before its name or with a count after
it ("Failed MRI pelvis", "MRI pelvis failed x2"), not done; a stopped study told repeated or completed in a later
clause of its sentence ("...abandoned on Monday; successfully repeated on Thursday"), done; a radiology report whose
own study is told not tolerated in a short sentence ("Unable to tolerate.") or deferred ("Examination deferred ..."),
not done or put off; a study done in an adapted position because the patient could not lie flat ("done in the lateral
decubitus position as she was unable to lie flat"), done; a study "delayed" for a reason, put off (requested); a study
too limited to exclude a fracture ("too severe to exclude", "do not allow exclusion of"), a suspected fracture; a
bone scan of spot views of a part in a clinical note, done with a limited field; and steroid premedication for a
contrast allergy, no long-term steroid therapy."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside60" / "en"


def _report(exam: str, text: str) -> list[tuple]:
    return exam_rows(text, "en", "radiology", exam)


# --- a study called failed or unsuccessful ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, modality", [
    ("Unsuccessful MRI pelvis on 2 May because of claustrophobia.", "mri"),
    ("Failed attempt at an outpatient MRI pelvis last week.", "mri"),
    ("Failed bone scan - could not lie still.", "scintigraphy"),
    ("MRI sacrum unsuccessful x3.", "mri"),
    ("CT pelvis failed on two occasions because of agitation.", "ct"),
])
def test_a_failed_study_was_not_done(sentence, modality):
    assert exam_rows(sentence, "en") == [(modality, "not_performed", True)]


@pytest.mark.parametrize("sentence, expected", [
    ("Failed conservative management; MRI pelvis requested.", [("mri", "requested", True)]),
    ("Failed physiotherapy; MRI pelvis showed no fracture.", [("mri", "performed", True)]),
    ("CT shows failed fixation of the right sacral screw.", [("ct", "performed", False)]),
])
def test_lookalikes_of_a_failed_study_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_failed_pelvic_mri_leaves_its_order():
    case = only_case([
        ("n1", "2025-03-02", "emergency", "", "81F fell onto her bottom, low back pain. MRI pelvis to rule out a "
         "sacral insufficiency fracture.", "en"),
        ("n2", "2025-03-04", "clinical", "", "Unsuccessful MRI pelvis this morning because of claustrophobia. "
         "Walking with a frame.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- a stopped study repeated or completed in a later clause ---------------------------------------------------------
@pytest.mark.parametrize("sentence, modality", [
    ("MRI pelvis terminated on 4/3 because of pain; repeated on 11/3 with analgesia, showing a left sacral ala "
     "fracture.", "mri"),
    ("Bone scan abandoned (patient unable to lie still); re-scanned the next day with good images: no abnormal uptake "
     "in the sacrum.", "scintigraphy"),
    ("CT pelvis aborted because of agitation; completed later that day after haloperidol: no fracture.", "ct"),
    ("The first MRI pelvis was abandoned, but it was completed on the second attempt with diazepam.", "mri"),
])
def test_a_stopped_study_repeated_in_the_same_sentence_was_done(sentence, modality):
    assert exam_rows(sentence, "en") == [(modality, "performed", True)]


@pytest.mark.parametrize("sentence, status", [
    ("MRI pelvis aborted (claustrophobia); repeat under GA requested.", "requested"),
    ("MRI pelvis abandoned; repeat to be arranged under GA.", "requested"),
    ("MRI pelvis aborted - repeat booked for the open scanner.", "requested"),
    ("MRI pelvis aborted; repeat under GA.", "not_performed"),
    ("MRI pelvis abandoned; re-attempted on 3/4 but again not tolerated.", "not_performed"),
])
def test_a_repeat_only_asked_for_or_failed_again_leaves_the_study_not_done(sentence, status):
    assert exam_rows(sentence, "en") == [("mri", status, True)]


def test_a_stopped_pelvic_mri_repeated_under_sedation_is_the_workup():
    case = only_case([
        ("n1", "2025-01-24", "discharge", "", "78F with low back pain, osteoporosis. MRI pelvis terminated on 20/01 "
         "because of claustrophobia; repeated on 23/01 under sedation, showing no sacral fracture.", "en")])
    assert flag_and_workup(case) == ("false", "mri")


# --- a report's own study not tolerated or deferred ------------------------------------------------------------------
@pytest.mark.parametrize("exam, text, status", [
    ("MRI PELVIS", "MRI PELVIS\nPatient could not lie still.", "not_performed"),
    ("MRI SACRUM", "MRI SACRUM\nPatient unable to tolerate the scanner.", "not_performed"),
    ("CT PELVIS", "CT PELVIS\nStudy deferred pending confirmation of pregnancy status.", "requested"),
    ("MRI PELVIS", "MRI PELVIS\nThe examination was postponed as the patient is pregnant.", "requested"),
])
def test_a_reports_own_study_not_tolerated_or_deferred_was_not_done(exam, text, status):
    assert _report(exam, text) == [(exam.split()[0].lower(), status, True)]


@pytest.mark.parametrize("exam, text, expected", [
    ("MRI PELVIS", "MRI PELVIS\nThe patient could not lie still. Coronal STIR shows normal marrow signal in the "
     "sacrum.", [("mri", "performed", True)]),
    ("MRI PELVIS", "MRI PELVIS\nFINDINGS: No sacral fracture. The patient could not lie still.\nIMPRESSION: Normal.",
     [("mri", "performed", True)]),
    ("MRI LUMBAR SPINE", "MRI LUMBAR SPINE\nTECHNIQUE: Examination protocolled by the duty radiologist.\nFINDINGS: "
     "L2 compression fracture.", [("mri", "performed", False)]),
    ("MRI LUMBAR SPINE", "MRI LUMBAR SPINE\nFINDINGS: L2 compression fracture. Follow-up examination deferred to the "
     "clinical team.", [("mri", "performed", False)]),
])
def test_lookalikes_of_a_reports_own_study_not_done_keep_their_reading(exam, text, expected):
    assert _report(exam, text) == expected


def test_a_deferred_bone_scan_report_leaves_an_order():
    case = only_case([
        ("n1", "2025-06-09", "radiology", "XR LUMBAR SPINE", "XR LUMBAR SPINE\nFINDINGS: New compression fracture of "
         "L2 with 30% height loss.", "en"),
        ("n2", "2025-06-16", "radiology", "NM BONE SCAN WHOLE BODY", "NM BONE SCAN WHOLE BODY\nThe patient is "
         "pregnant. Study deferred after discussion with the referrer.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- a study done in an adapted position -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, modality", [
    ("CT pelvis performed prone because she could not lie supine: no sacral fracture.", "ct"),
    ("MRI pelvis obtained in the left lateral decubitus position as he was unable to lie flat: right sacral ala "
     "fracture.", "mri"),
])
def test_a_study_done_in_an_adapted_position_was_done(sentence, modality):
    assert exam_rows(sentence, "en") == [(modality, "performed", True)]


def test_a_report_done_on_the_side_because_the_patient_could_not_lie_flat_was_done():
    assert _report("CT PELVIS", "CT PELVIS\nTECHNIQUE: The scan was performed with the patient on her side because "
                   "she could not tolerate lying flat. The whole sacrum is included.\nFINDINGS: Degenerative change "
                   "only.") == [("ct", "performed", True)]


@pytest.mark.parametrize("sentence", [
    "MRI pelvis not possible: unable to lie in the supine position.",
    "Bone scan not possible - pt unable to lie flat.",
])
def test_a_position_the_patient_could_not_take_still_stops_the_study(sentence):
    assert [r[1] for r in exam_rows(sentence, "en")] == ["not_performed"]


# --- a study delayed ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, modality", [
    ("CT pelvis delayed due to contrast allergy.", "ct"),
    ("Bone scan delayed by two weeks because of her pregnancy test.", "scintigraphy"),
    ("MRI sacrum delayed until the cardiology device check.", "mri"),
])
def test_a_study_delayed_is_still_asked_for(sentence, modality):
    assert exam_rows(sentence, "en") == [(modality, "requested", True)]


@pytest.mark.parametrize("sentence, modality", [
    ("Bone scan with delayed images of the pelvis: normal.", "scintigraphy"),
    ("CT pelvis with delayed phase: no fracture.", "ct"),
    ("MRI pelvis was delayed by 40 minutes but completed without difficulty: no fracture.", "mri"),
    ("Delayed union of the right pubic ramus fracture on CT.", "ct"),
])
def test_delayed_images_a_short_wait_and_a_delayed_union_leave_the_study_done(sentence, modality):
    assert [r[:2] for r in exam_rows(sentence, "en")] == [(modality, "performed")]


# --- a study too limited to exclude a fracture -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("The study is too limited to exclude a sacral fracture.", "sacral_fracture"),
    ("Motion is too severe to confidently exclude an undisplaced fracture of the left sacral ala.", "sacral_fracture"),
    ("The limited sequences do not allow exclusion of an L1 compression fracture.", "vertebral_compression_fracture"),
    ("Inadequate to rule out a pubic ramus fracture.", "pubic_ramus_fracture"),
])
def test_a_study_too_limited_to_exclude_a_fracture_leaves_it_suspected(sentence, concept):
    assert assertions_by_concept(sentence, "en", "radiology") == {concept: ["uncertain"]}


@pytest.mark.parametrize("sentence, label", [
    ("No sacral fracture is seen on the limited images.", "negated"),
    ("MRI pelvis to exclude a sacral fracture.", "hypothetical"),
    ("A sacral fracture cannot be excluded.", "uncertain"),
])
def test_lookalikes_of_a_study_too_limited_keep_their_reading(sentence, label):
    assert assertions_by_concept(sentence, "en")["sacral_fracture"] == [label]


def test_a_lumbar_mri_too_degraded_to_exclude_a_sacral_fracture_flags_it():
    case = only_case([
        ("n1", "2025-08-04", "radiology", "MRI LUMBAR SPINE", "MRI LUMBAR SPINE\nINDICATION: 70M, low back pain.\n"
         "FINDINGS: Degenerative disc disease. Motion is too severe to exclude an undisplaced sacral fracture.", "en")])
    assert (flag_and_workup(case), case["priority"]) == (("true", "none"), "high")


# --- a bone scan of spot views of a part, in a clinical note -----------------------------------------------------------
@pytest.mark.parametrize("sentence, covers", [
    ("Bone scan 02/03: unable to lie flat, so only static views of the thoracolumbar spine - uptake at L1.", False),
    ("Bone scan: only spot views of the pelvis obtained as she could not lie flat: no abnormal sacral uptake.", True),
])
def test_a_bone_scan_limited_to_a_part_was_done_on_that_part(sentence, covers):
    assert exam_rows(sentence, "en") == [("scintigraphy", "performed", covers)]


# --- steroid premedication ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Premedicated with prednisone 50 mg at 13, 7 and 1 hours before contrast.",
    "Methylprednisolone 32 mg 12 and 2 hours before the CT.",
    "Steroid premedication for the contrast allergy.",
    "Known contrast allergy; premedication with hydrocortisone 200 mg IV 4 hours before the scan.",
])
def test_steroid_premedication_for_a_study_is_no_steroid_therapy(sentence):
    assert "steroid_therapy" not in assertions_by_concept(sentence, "en")


@pytest.mark.parametrize("sentence", [
    "Prednisolone 5 mg daily since 2019, taken 1 hour before breakfast.",
    "Long-term prednisolone 7.5 mg; steroid cover for the operation.",
])
def test_long_term_steroids_taken_at_an_hour_or_with_cover_stay_steroid_therapy(sentence):
    assert "present" in assertions_by_concept(sentence, "en")["steroid_therapy"]


# --- the set ------------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

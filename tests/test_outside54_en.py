"""Round fifty-four, English (tests/data/outside54/en): comparisons, priors and follow-up imaging.

Families fixed, each with wordings not taken from the set and look-alikes that keep their reading:
- a suspicion of an earlier study told confirmed, or now plainly seen, by a later one, the suspicion named by its own
  word ("The previously questioned fracture of the left sacral ala is now confirmed", "the L2 wedge compression
  questioned on the radiograph of 2 May is confirmed", "The previously suspected L2 compression fracture is now
  evident"): `present`, the confirmation outranking the doubt and the "previously" of the suspicion (context.json
  pseudo triggers); "is not confirmed", "is yet to be confirmed" keep the doubt;
- a new finding said to be absent on an earlier study ("a new fracture of the left superior pubic ramus that was not
  seen on the prior radiograph", "... was not present on the October film and is therefore new"): the denial is the
  earlier study's, and the finding keeps what the sentence's other words say (context.json
  ``earlier_study_denials``, context.py); "not seen on today's CT", "Sacral fracture not seen on the earlier CT"
  still deny;
- a study found to be another patient's ("The MRI pelvis dated 05/11/2024 on PACS belongs to a different patient",
  "COMPARISON: ... - this study is of another patient and has been disregarded", "wrong patient - not used"): no study
  of this patient and no order (exams.json status ``other_patient``, exams.py), also where another sentence quoted
  it as done; a letter that mentions a study ("The referral letter mentions an MRI pelvis") asks for none
  (exams.json ``referral``);
- a study done and read "at follow-up MRI pelvis", "on follow-up CT": performed; "at follow-up MRI in 6 weeks" still
  plans (context.json pseudo triggers);
- the sacrum one of several sites read as normal ("intact pubic rami and sacrum", "no sacral or pelvic abnormality"):
  a denied sacral fracture (concepts.json sacral_fracture).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.phrasing import (assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set,
                            statuses)

SET = Path(__file__).parent / "data" / "outside54" / "en"


# --- a suspicion of an earlier study confirmed by a later one --------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("The queried right inferior pubic ramus fracture on the ED film is confirmed on CT.", "pubic_ramus_fracture"),
    ("The equivocal T12 wedging on the chest radiograph has now been confirmed on the lateral lumbar view.",
     "vertebral_compression_fracture"),
    ("Previously suspected sacral fracture is confirmed.", "sacral_fracture"),
    ("The possible left sacral ala fracture on the earlier CT is now clearly seen on MRI.", "sacral_fracture"),
    ("The previously suspected L2 compression fracture is now evident.", "vertebral_compression_fracture"),
    ("The questionable left superior pubic ramus fracture from the initial films is now confirmed, with callus.",
     "pubic_ramus_fracture"),
    ("Initially suspected bilateral sacral insufficiency fractures are confirmed on the MRI of 10/01/2025.",
     "sacral_fracture"),
])
def test_a_suspicion_confirmed_by_a_later_study_is_present(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("The previously questioned fracture of the left sacral ala is not confirmed.", "sacral_fracture"),
    ("The possible sacral fracture has not been confirmed.", "sacral_fracture"),
    ("The previously queried L1 compression is yet to be confirmed.", "vertebral_compression_fracture"),
    ("Previously suspected sacral fracture; MRI appointment is confirmed for Monday.", "sacral_fracture"),
    ("Possible right sacral fracture. Appointment is confirmed.", "sacral_fracture"),
])
def test_a_suspicion_not_confirmed_keeps_its_doubt(text, concept):
    assert assertions(text, "en", concept)[0] == "uncertain"


# --- a new finding said to be absent on an earlier study --------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("New right sacral ala fracture that was not evident on the previous MRI.", "sacral_fracture"),
    ("Interval fracture of the left inferior pubic ramus that was not seen on the comparison film.",
     "pubic_ramus_fracture"),
    ("An L4 compression fracture that was not present on the radiograph of 12/11/2024.",
     "vertebral_compression_fracture"),
    ("The L1 wedging was not visible on the March study and is therefore new.", "vertebral_compression_fracture"),
    ("Right superior pubic ramus fracture was not present on 01/12/2024 and is therefore new.",
     "pubic_ramus_fracture"),
    ("There are new bilateral sacral fractures which were not seen on the baseline scan.", "sacral_fracture"),
])
def test_a_new_finding_absent_on_the_prior_study_is_present(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("Sacral fracture not seen on the earlier CT; MRI requested.", "sacral_fracture"),
    ("A new sacral fracture is not seen on this MRI.", "sacral_fracture"),
    ("A new pubic ramus fracture that was not seen on today's CT.", "pubic_ramus_fracture"),
    ("No new fracture of the pubic rami, not present on prior.", "pubic_ramus_fracture"),
    ("Pubic ramus fracture not present on the prior radiograph.", "pubic_ramus_fracture"),
    ("No new compression fracture since the prior study.", "vertebral_compression_fracture"),
])
def test_lookalikes_of_an_absence_on_the_prior_still_deny(text, concept):
    assert assertions(text, "en", concept) == ["negated"]


# --- a study found to be another patient's ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("The CT pelvis in the file is of another patient.", "ct"),
    ("Comparison: MRI pelvis 10/10/2024 (mislabelled; belongs to another patient, not used).", "mri"),
    ("The bone scan uploaded to her record was another patient's and has been removed.", "scintigraphy"),
    ("CT abdomen/pelvis of 02/01/2025: wrong patient, disregarded.", "ct"),
    ("Comparison: CT pelvis of 3rd January 2025 (different patient - disregarded).", "ct"),
])
def test_another_patients_study_is_no_study_of_this_patient(text, modality):
    assert statuses(text, "en", modality) == ["not_performed"]


@pytest.mark.parametrize("text, modality, status", [
    ("CT pelvis 03/01/2025 reviewed on PACS: no sacral fracture.", "ct", "performed"),
    ("Her CT pelvis was done today, after another patient's scan overran.", "ct", "performed"),
    ("The CT pelvis was originally booked under the wrong patient but was performed on 10/01/2025 and shows no "
     "fracture.", "ct", "performed"),
    ("The referral letter mentions an MRI pelvis of 05/11/2024.", "mri", "performed"),
    ("Referral for MRI pelvis sent.", "mri", "requested"),
    ("Referred for MRI pelvis.", "mri", "requested"),
    ("MRI pelvis 02/01/2025 (a different patient's request form was scanned in error): no sacral fracture.", "mri",
     "performed"),
])
def test_lookalikes_of_another_patients_study_keep_their_status(text, modality, status):
    assert statuses(text, "en", modality) == [status]


def test_a_study_quoted_done_then_found_another_patients_is_no_workup():
    case = only_case([
        ("n1", "2025-01-06", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Undisplaced fracture of the left "
         "inferior pubic ramus.", "en"),
        ("n2", "2025-01-08", "discharge", "", "80F, left inferior pubic ramus fracture. The discharge letter from "
         "the care home mentions a CT pelvis of 02/01/2025. That CT pelvis on PACS is of a different patient with "
         "the same surname; no pelvic CT or MRI exists for her.", "en"),
    ])
    assert flag_and_workup(case) == ("true", "radiograph_only")


def test_another_patients_study_leaves_this_patients_own_study():
    case = only_case([
        ("n1", "2025-01-06", "radiology", "MRI pelvis", "MRI PELVIS\nFINDINGS: Right superior pubic ramus fracture. "
         "Sacrum intact.", "en"),
        ("n2", "2025-01-08", "clinical", "", "Right superior pubic ramus fracture. The CT pelvis of 02/01/2025 "
         "belongs to another patient.", "en"),
    ])
    assert flag_and_workup(case) == ("false", "mri")


# --- a study done, read "at follow-up MRI" ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("At follow-up MRI pelvis on 10/01/2025 there was no sacral fracture.", "mri"),
    ("At follow-up CT pelvis the right pubic rami fractures had united.", "ct"),
    ("On follow-up CT the sacral ala fracture shows callus.", "ct"),
    ("On the follow-up MRI pelvis the sacral fractures are healing.", "mri"),
])
def test_a_study_read_at_follow_up_was_done(text, modality):
    assert statuses(text, "en", modality) == ["performed"]


@pytest.mark.parametrize("text, modality", [
    ("Healing will be assessed at follow-up MRI pelvis in 6 weeks.", "mri"),
    ("Sacral healing to be reviewed at follow-up MRI in 3 months.", "mri"),
    ("At follow-up in 6 weeks we will request an MRI pelvis.", "mri"),
    ("She will have a CT pelvis at follow-up.", "ct"),
    ("Follow-up MRI pelvis in 3 months.", "mri"),
    ("At follow-up MRI pelvis next month we will review the sacrum.", "mri"),
])
def test_lookalikes_of_a_follow_up_study_still_plan(text, modality):
    assert statuses(text, "en", modality) == ["requested"]


# --- the sacrum one of several sites read as normal ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "CT showed intact pubic rami and sacrum.",
    "Normal hips and sacrum.",
    "No sacral or pelvic abnormality.",
    "No pelvic or sacral abnormality.",
    "No sacral or hip abnormality on the bone scan.",
])
def test_the_sacrum_among_normal_sites_is_a_denied_sacral_fracture(text):
    assert assertions(text, "en", "sacral_fracture") == ["negated"]


@pytest.mark.parametrize("text, expected", [
    ("Intact pubic rami and a sacral fracture.", ["present"]),
    ("No pelvic abnormality, and a sacral fracture.", ["present"]),
    ("Intact skin over the heels and sacrum.", []),
])
def test_lookalikes_of_normal_sites_keep_their_reading(text, expected):
    assert assertions(text, "en", "sacral_fracture") == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

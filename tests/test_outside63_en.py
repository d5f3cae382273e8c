"""Round sixty-three, English: exams spoken of without being ordered or done. The wording families that a red team's
notes (tests/data/outside63/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: what a modality does in general ("MRI is the most sensitive test", "plain
films miss most of these", "an MRI can show a fracture that an X-ray cannot"), no exam of the patient (exams.json
``spoken_of.after``); an exam named in a leaflet, a guideline's quote or an unticked box of an order set
(``spoken_of.before``); the patient's wish or fear ("She would like an MRI", "terrified of the MRI tube",
``spoken_of.wishes``), unless a status word follows; another patient's study ("the other patient in the bay had a CT
pelvis", ``other_persons``); a scanner, a queue or a place ("the CT scanner was down", "the MRI waiting list is 8
weeks", "in the MRI waiting area": concepts.json exclusions); options weighed and judged needless ("I do not think a CT
pelvis is needed", "neither would change management", a template's "CT / MRI / bone scan: not applicable":
``status.not_performed.not_indicated``); and an earlier plan never carried out ("Previous plan of MRI pelvis ... was
never carried out": ``earlier_attempt`` no longer takes a previous plan for a first attempt). Requests and studies
done ("MRI pelvis requested", "booked for CT pelvis on Friday", "I have asked for an MRI", "CT pelvis done
yesterday") keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside63" / "en"


# --- what a modality does in general ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "MRI is the most sensitive test for sacral insufficiency fractures.",
    "MRI is the investigation of choice for suspected sacral insufficiency fractures.",
    "Bone scans are highly sensitive but not specific.",
    "CT can miss undisplaced sacral fractures.",
    "Plain films miss most of these fractures.",
    "Plain radiographs have a low sensitivity for these injuries.",
    "X-rays often miss sacral fractures in osteoporotic bone.",
    "Explained that a CT may not show a hairline fracture.",
    "I explained that an MRI can show a fracture that an X-ray cannot.",
    "A CT of the pelvis cannot show a bone bruise.",
    "CT pelvis is rarely needed for a ramus fracture.",
    "He has read that MRI is the best scan for hip problems.",
])
def test_what_a_modality_does_in_general_is_no_exam(sentence):
    assert exam_rows(sentence, "en") == []


@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis showed a left sacral ala fracture.", [("mri", "performed", True)]),
    ("X-ray pelvis shows a right superior ramus fracture.", [("radiograph", "performed", False)]),
    ("The MRI can show whether there is a fracture of the sacrum.", [("mri", "performed", True)]),
    ("If pain persists, MRI is more sensitive for a sacral fracture.", [("mri", "requested", False)]),
    ("CT pelvis done yesterday: no sacral fracture.", [("ct", "performed", True)]),
])
def test_a_study_reported_or_advised_keeps_its_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a leaflet, a guideline's quote, an unticked box ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Gave her the leaflet on what to expect from an MRI scan.",
    "Information sheet about bone scans provided.",
    'Leaflet "Having an MRI scan" given for information only.',
    'Our local pathway states: "MRI of the pelvis is recommended when a sacral insufficiency fracture is suspected."',
    'The BOA guidance states: "CT of the pelvis should be considered in the elderly with pelvic pain".',
    "NICE guidance suggests MRI of the pelvis when a sacral insufficiency fracture is suspected.",
    "Imaging: [ ] CT pelvis [ ] MRI pelvis",
    "Order set: [ ] XR pelvis [ ] CT pelvis [ ] MRI pelvis [ ] Bone scan",
])
def test_an_exam_named_in_a_leaflet_a_guideline_or_an_unticked_box_is_no_exam(sentence):
    assert exam_rows(sentence, "en") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Leaflet given and MRI pelvis booked for Tuesday.", [("mri", "requested", True)]),
    ("Per the pathway, MRI pelvis requested today.", [("mri", "requested", True)]),
    ("Imaging: [x] MRI pelvis", [("mri", "performed", True)]),
])
def test_a_request_beside_a_leaflet_or_a_pathway_stays_a_request(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- the patient's wish or fear ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "She would like an MRI of her pelvis.",
    "He is keen to have an MRI of his back, as his brother had one.",
    "His daughter is pushing for a CT scan of the pelvis.",
    "She asked for a scan of her back.",
    "She is terrified of the MRI tube.",
    "She is frightened of the MRI scanner.",
    "Patient is scared of having a CT.",
    "She is claustrophobic and dreads MRI.",
])
def test_the_patients_wish_or_fear_is_no_exam(sentence):
    assert exam_rows(sentence, "en") == []


@pytest.mark.parametrize("sentence, expected", [
    ("She would like an MRI of her pelvis, which I have requested.", [("mri", "requested", True)]),
    ("He is keen to have the MRI booked for Friday.", [("mri", "requested", False)]),
    ("She is anxious about the MRI tomorrow.", [("mri", "requested", False)]),
    ("I asked for an MRI of the pelvis.", [("mri", "requested", True)]),
    ("I have asked for an MRI of the pelvis.", [("mri", "requested", True)]),
    ("She had a panic attack in the MRI scanner and the scan was abandoned.", [("mri", "not_performed", False)]),
])
def test_a_wish_granted_or_a_doctors_request_stays_a_request(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- another patient's study ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The other patient in the bay had a CT pelvis this morning.",
    "The lady in the next bed had a CT pelvis this morning.",
    "The gentleman in the next bed had an MRI of his spine today.",
    "Another patient on the ward needed a bone scan.",
    "Daughter had a bone scan for her cancer last year.",
])
def test_another_patients_study_is_no_exam(sentence):
    assert exam_rows(sentence, "en") == []


def test_the_patients_own_study_stays_done():
    assert exam_rows("The patient had a CT pelvis this morning.", "en") == [("ct", "performed", True)]


# --- a scanner, a queue, a place -------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The CT scanner was down this morning.",
    "The CT scanner is broken today.",
    "MRI machine out of order until Thursday.",
    "The MRI scanner is out of action until Monday.",
    "CT is running an hour behind.",
    "The MRI waiting list is currently 12 weeks.",
    "The CT wait is about 3 weeks at present.",
    "She slipped in the MRI waiting area while accompanying her husband.",
    "Seen in the CT waiting area.",
    "She fell in the X-ray corridor.",
])
def test_a_scanner_a_queue_or_a_place_is_no_exam(sentence):
    assert exam_rows(sentence, "en") == []


def test_a_patient_on_the_waiting_list_stays_asked_for():
    assert exam_rows("She is on the MRI waiting list.", "en") == [("mri", "requested", False)]


# --- options weighed and judged needless --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("I do not think a CT pelvis is needed.", [("ct", "not_performed", True)]),
    ("I do not think an MRI is needed.", [("mri", "not_performed", False)]),
    ("I don't think she needs a CT of the pelvis.", [("ct", "not_performed", True)]),
    ("We discussed CT and MRI; neither would alter management.", [("ct", "not_performed", False),
                                                                 ("mri", "not_performed", False)]),
    ("Discussed MRI versus CT; neither is needed.", [("mri", "not_performed", False), ("ct", "not_performed", False)]),
    ("Previous plan of MRI pelvis in 2023 was never carried out.", [("mri", "not_performed", True)]),
])
def test_an_exam_judged_needless_or_never_carried_out_is_not_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence", [
    "Investigations - CT / MRI / bone scan: not applicable.",
    "Imaging - MRI / CT: n/a.",
    "MRI pelvis: not applicable (plain films adequate).",
])
def test_a_template_field_not_applicable_is_not_done(sentence):
    rows = exam_rows(sentence, "en")
    assert rows and {status for modality, status, _ in rows if modality != "radiograph"} == {"not_performed"}


_RAMUS = ("n0", "2025-03-01", "radiology", "XR pelvis", "XR PELVIS\nUndisplaced fracture of the right superior pubic "
          "ramus.")


@pytest.mark.parametrize("text", [
    "Ramus fracture. We discussed CT versus MRI of the pelvis with her; we agreed that neither would change management.",
    "Ramus fracture. I do not think a CT pelvis is needed; it would not change what we do.",
    "Ramus fracture. Imaging order set (not used):\n[ ] CT pelvis\n[ ] MRI pelvis\n[ ] Bone scan",
    "Ramus fracture. The other patient in the bay had a CT pelvis this morning and she has not.",
    "Ramus fracture. Teaching point: MRI is the most sensitive test for sacral insufficiency fractures.",
    "Ramus fracture. The CT scanner was down and the MRI waiting list is 8 weeks; neither is needed here.",
])
def test_a_patient_whose_exams_are_only_spoken_of_is_flagged_with_her_films(text):
    case = only_case([_RAMUS, ("n1", "2025-03-02", "clinical", "", text)], "en")
    assert flag_and_workup(case) == ("true", "radiograph_only")


@pytest.mark.parametrize("text, expected", [
    ("Ramus fracture. MRI pelvis requested.", ("true", "ordered")),
    ("Ramus fracture. Booked for CT pelvis on Friday.", ("true", "ordered")),
    ("Ramus fracture. She would like an MRI of her pelvis, which I have requested.", ("true", "ordered")),
    ("Ramus fracture. CT pelvis done yesterday: no sacral fracture.", ("false", "ct")),
])
def test_a_request_or_a_study_done_keeps_its_case(text, expected):
    case = only_case([_RAMUS, ("n1", "2025-03-02", "clinical", "", text)], "en")
    assert flag_and_workup(case) == expected


# --- the set ----------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round forty, English: the emergency department and orthopaedics after a fall. The wording families that a red
team's notes (tests/data/outside40/en) showed the pipeline misreading, each by several differently worded sentences,
with look-alikes that must keep their reading: an exam written first and then its condition ("CT pelvis if still
unable to mobilise", "MRI if XR negative", "MRI hip if occult fracture suspected"), a plan; a fracture not seen on a
film "but"/"although" not excluded, with no comma, a suspicion; a trauma CT, which images head to pelvis; the lateral
compression (LC1) injury of the sacral ala named by its own words (a buckle, an impaction, a "sacral compression
fracture"), a sacral fracture and no vertebral compression; the lay words for the buttocks with the pain word first
("sore bum", "painful bottom"); and a pain score given at the sacrum ("Pain 6/10 sacrum")."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside40" / "en"


# --- an exam written first, then the condition it waits on: a plan ---------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("CT if she is still unable to mobilise tomorrow morning.", [("ct", "requested", False)]),
    ("CT pelvis if unable to bear weight after a night's analgesia.", [("ct", "requested", True)]),
    ("MRI pelvis if not weight bearing by day 3.", [("mri", "requested", True)]),
    ("Non-contrast CT of the hip and pelvis if he cannot stand with the physio.", [("ct", "requested", True)]),
    ("MRI if non-weight bearing at 48 hours.", [("mri", "requested", False)]),
    ("CT pelvis if the X-ray is normal but she still cannot walk.", [("ct", "requested", True),
                                                                    ("radiograph", "performed", False)]),
    ("Rapid MRI of the pelvis if plain films negative.", [("mri", "requested", True),
                                                          ("radiograph", "performed", False)]),
    ("MRI hips and pelvis if an occult fracture is still suspected.", [("mri", "requested", True)]),
])
def test_an_exam_on_a_condition_of_mobility_a_film_or_a_suspicion_is_a_plan(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("CT pelvis showed no fracture; if still unable to weight bear, for rehab.", [("ct", "performed", True)]),
    ("CT pelvis: no fracture. If unable to mobilise, refer to community rehab.", [("ct", "performed", True)]),
    ("CT pelvis done as she was unable to weight bear.", [("ct", "performed", True)]),
    ("CT pelvis on admission, unable to mobilise.", [("ct", "performed", True)]),
    ("MRI pelvis showed a sacral fracture, which explains why she is unable to mobilise.",
     [("mri", "performed", True)]),
])
def test_lookalikes_of_a_conditional_exam_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_conditional_ct_never_done_is_an_order():
    case = only_case([
        ("n1", "2024-09-02", "radiology", "XR PELVIS", "XR PELVIS\nFINDINGS: Undisplaced fracture of the left "
         "inferior pubic ramus.", "en"),
        ("n2", "2024-09-03", "clinical", "", "Ward round. 83F with L inferior ramus fracture, still not mobilising. "
         "Consultant: CT pelvis if unable to weight bear after the weekend.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- a fracture not seen on a film but not excluded, with no comma -----------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Sacral fracture not demonstrated on these radiographs but can't be excluded.", "sacral_fracture"),
    ("Right sacral ala fracture not visible on the film although it cannot be excluded.", "sacral_fracture"),
    ("Left inferior pubic ramus fracture not clearly seen on XR but not ruled out.", "pubic_ramus_fracture"),
    ("Superior pubic ramus fracture not identified however not excluded.", "pubic_ramus_fracture"),
    ("Sacral insufficiency fracture not seen on XR yet not excluded.", "sacral_fracture"),
])
def test_a_fracture_not_seen_but_not_excluded_is_suspected(sentence, concept):
    assert assertions_by_concept(sentence, "en")[concept] == ["uncertain"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("No sacral fracture seen.", "sacral_fracture", ["negated"]),
    ("Sacral fracture not seen. Cannot exclude a hip fracture.", "sacral_fracture", ["negated"]),
    ("Pubic ramus fracture not seen, but a hip fracture cannot be excluded.", "pubic_ramus_fracture", ["negated"]),
    ("No sacral fracture seen but the sacrum is obscured by bowel gas.", "sacral_fracture", ["negated"]),
])
def test_lookalikes_of_a_fracture_not_excluded_keep_their_reading(sentence, concept, expected):
    assert assertions_by_concept(sentence, "en")[concept] == expected


# --- a trauma CT images head to pelvis ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Trauma CT in resus: no acute bony injury.",
    "Major trauma CT showed no fracture.",
    "Trauma protocol CT negative for injury.",
    "CT trauma series on arrival: nil acute.",
    "CT-trauma: no fracture.",
])
def test_a_trauma_ct_covers_the_sacrum(sentence):
    assert exam_rows(sentence, "en") == [("ct", "performed", True)]


@pytest.mark.parametrize("sentence, expected", [
    ("Trauma CT head: no intracranial bleed.", [("ct", "performed", False)]),
    ("Trauma CT head and C-spine: no acute injury.", [("ct", "performed", False)]),
    ("Trauma CT (head and neck only): no injury.", [("ct", "performed", False)]),
    ("Trauma team called; CT head: no bleed.", [("ct", "performed", False)]),
    ("Seen by the trauma team.", []),
])
def test_lookalikes_of_a_trauma_ct_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("exam, expected", [
    ("CT TRAUMA", [("ct", "performed", True)]),
    ("CT HEAD TRAUMA", [("ct", "performed", False)]),
    ("TRAUMA CT HEAD AND C-SPINE", [("ct", "performed", False)]),
])
def test_a_trauma_ct_report_covers_the_sacrum_unless_it_names_another_field(exam, expected):
    assert exam_rows("FINDINGS: No intracranial haemorrhage.", "en", "radiology", exam) == expected


def test_a_trauma_ct_is_the_workup():
    case = only_case([("n1", "2024-11-05", "clinical", "", "79F on rivaroxaban, fell at home and hit her head. "
                       "Trauma CT in resus: no acute injury. Now low back pain on mobilising.", "en")])
    assert flag_and_workup(case) == ("false", "ct")


# --- the LC1 injury of the sacral ala by its own words ------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Right sacral ala buckle on CT.",
    "Buckle of the right sacral ala, in keeping with LC1.",
    "Left sacral ala impaction with ipsilateral rami fractures.",
    "Impaction of the anterior left sacral ala.",
    "Subtle right sacral impaction.",
])
def test_a_buckle_or_impaction_of_the_sacral_ala_is_a_sacral_fracture(sentence):
    assert assertions_by_concept(sentence, "en")["sacral_fracture"] == ["present"]


@pytest.mark.parametrize("sentence", [
    "Right sacral compression fracture (LC1 pattern).",
    "Compression fracture of the anterior right sacral ala.",
    "LC1 injury: sacral ala compression fracture on the left.",
])
def test_a_sacral_compression_fracture_is_no_vertebral_compression(sentence):
    found = assertions_by_concept(sentence, "en")
    assert found["sacral_fracture"] == ["present"]
    assert "vertebral_compression_fracture" not in found


@pytest.mark.parametrize("sentence, expected", [
    ("No buckle or impaction of the sacral ala.", {"sacral_fracture": ["negated"]}),
    ("Buckle fracture of the distal radius.", {}),
    ("Impacted femoral neck fracture.", {}),
    ("Faecal impaction in the rectum anterior to the sacrum.", {}),
    ("New compression fracture of L2.", {"vertebral_compression_fracture": ["present"]}),
    ("Sacral ala compression fracture and L2 compression fracture.",
     {"sacral_fracture": ["present"], "vertebral_compression_fracture": ["present"]}),
    ("Acute on chronic LBP, r/o compression fx vs sacral insufficiency fx.",
     {"low_back_pain": ["present"], "vertebral_compression_fracture": ["hypothetical"],
      "sacral_fracture": ["hypothetical"]}),
    ("Compression fracture versus sacral insufficiency fracture.",
     {"sacral_fracture": ["uncertain"], "vertebral_compression_fracture": ["uncertain"]}),
    ("Compression fracture and sacral fracture.",
     {"sacral_fracture": ["present"], "vertebral_compression_fracture": ["present"]}),
    ("Sacral and vertebral compression fractures.",
     {"sacral_fracture": ["present"], "vertebral_compression_fracture": ["present"]}),
])
def test_lookalikes_of_the_sacral_buckle_keep_their_reading(sentence, expected):
    assert assertions_by_concept(sentence, "en") == expected


def test_a_sacral_buckle_is_a_documented_sacral_fracture():
    case = only_case([("n1", "2025-01-10", "radiology", "CT PELVIS", "CT PELVIS\nFINDINGS: Fractures of the right "
                       "superior and inferior pubic rami. Right sacral ala buckle. SI joints intact.", "en")])
    assert flag_and_workup(case) == ("false", "sacral_fracture_documented")


# --- the lay words for the buttocks with the pain word first -------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Sore bum since she sat down hard on the floor.", ["present"]),
    ("Painful backside after the fall off the commode.", ["present"]),
    ("Aching bottom, worse on sitting.", ["present"]),
    ("Complains of bum pain when sitting.", ["present"]),
    ("Denies a sore bum.", ["negated"]),
])
def test_a_sore_bum_or_painful_bottom_is_low_back_pain(sentence, expected):
    assert assertions_by_concept(sentence, "en")["low_back_pain"] == expected


@pytest.mark.parametrize("sentence", [
    "Red, sore bottom - barrier cream applied.",
    "Sore bottom from incontinence, Cavilon applied.",
    "Sore on the bottom, dressing applied.",
    "Painful bottom lip.",
    "Bumped her head on the bottom step.",
])
def test_lookalikes_of_the_lay_buttock_words_are_no_low_back_pain(sentence):
    assert "low_back_pain" not in assertions_by_concept(sentence, "en")


# --- a pain score at the sacrum -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Pain 7/10 sacrum on sitting.", ["present"]),
    ("NRS 5/10 over the sacrum.", ["present"]),
    ("Sacrum 6/10 on standing.", ["present"]),
    ("Pain 0/10 sacrum.", ["negated"]),
])
def test_a_pain_score_at_the_sacrum_is_low_back_pain(sentence, expected):
    assert assertions_by_concept(sentence, "en")["low_back_pain"] == expected


@pytest.mark.parametrize("sentence", [
    "Pain 6/10 L groin.",
    "Pressure areas: sacrum intact.",
    "Sacrum intact, pain 3/10 in the left knee.",
])
def test_lookalikes_of_a_sacral_pain_score_are_no_low_back_pain(sentence):
    assert "low_back_pain" not in assertions_by_concept(sentence, "en")


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round fifteen, English: the wording families that notes by an outside author (tests/data/outside15/en: order-entry
and worklist text with a status field, vetting rejections, appointment letters and department e-mails, addenda and
corrected readings, discrepancy and peer-review records, English by non-native writers and with Swedish exam names,
terse shorthand) showed the pipeline misreading, each by several differently worded sentences, with look-alikes that
must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from reportminer.nlp import build_nlp

from .phrasing import assertions, flag_and_workup, one_note, only_case, scored_set, statuses

SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"
SET = Path(__file__).resolve().parent / "data" / "outside15" / "en"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> pd.DataFrame:
    return one_note(text, "en", note_type, exam).exams


def _statuses(text: str, modality: str, note_type: str = "clinical", exam: str = "") -> list[str]:
    return statuses(text, "en", modality, note_type, exam)


# --- an order-entry line with a status field speaks of the exam named on the line before --------------------------
@pytest.mark.parametrize("text,modality", [
    ("MRI PELVIS WITHOUT CONTRAST\nOrder status: CANCELLED 24/11/2022 14:05\nReason: patient discharged before the "
     "appointment.", "mri"),
    ("CT PELVIS NON CONTRAST\nStatus: Cancelled by the requesting team - patient transferred to another hospital.",
     "ct"),
    ("NM BONE SCAN WHOLE BODY\nExam status: Discontinued (duplicate order).", "scintigraphy"),
])
def test_outside15_en_a_status_line_cancels_the_exam_named_before_it(text, modality):
    assert _statuses(text, modality, "order") == ["not_performed"]


def test_outside15_en_a_completed_status_line_leaves_the_exam_done():
    assert _statuses("MRI PELVIS WITHOUT CONTRAST\nOrder status: Completed 24/11/2022 14:05", "mri", "order") == [
        "performed"]


# --- a request rejected at vetting, or not made again, was never performed ------------------------------------------
@pytest.mark.parametrize("text", [
    "Examination requested: MRI pelvis/sacrum\nOutcome: REJECTED by consultant radiologist (vetting 12/09/2025).",
    "MRI sacrum request rejected by the duty radiologist - please discuss.",
    "Clinical details insufficient for MR sacrum under the direct-access criteria.",
    "Insufficient clinical information to justify an MRI of the pelvis; request closed.",
])
def test_outside15_en_a_request_rejected_at_vetting_is_not_performed(text):
    assert _statuses(text, "mri") == ["not_performed"]


@pytest.mark.parametrize("text", [
    "MRI was not re-requested after the radiology rejection.",
    "The MRI pelvis has not been re-ordered since the cancellation.",
])
def test_outside15_en_a_request_not_made_again_is_not_performed(text):
    assert _statuses(text, "mri") == ["not_performed"]


def test_outside15_en_a_request_made_again_stays_requested():
    assert _statuses("MRI pelvis re-requested today after the rejection.", "mri") == ["requested"]


def test_outside15_en_a_vetting_rejection_leaves_an_order_and_the_flag():
    case = only_case([
        ("n1", "2025-09-08", "gp", "", "74F. LBP x 3/12. XR T/L spine: wedge # T12, ~30% anterior height loss. "
                                       "MRI pelvis/sacrum requested via ICE to exclude sacral insufficiency #."),
        ("n2", "2025-09-12", "letter", "", "Radiology vetting outcome - ICE request\nExamination requested: MRI "
                                           "pelvis/sacrum\nOutcome: REJECTED by consultant radiologist.\nComment: "
                                           "Clinical details insufficient for MR sacrum under current GP "
                                           "direct-access criteria. Request closed."),
    ], "en")
    assert flag_and_workup(case) == ("true", "ordered")


# --- a bracket right after an exam is a remark on that exam alone --------------------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("XR lumbar spine (done by GP last week): mild L5/S1 disc space narrowing. Plan: No further imaging indicated.",
     "radiograph"),
    ("CT pelvis (performed at the local hospital): no fracture. No further imaging needed.", "ct"),
])
def test_outside15_en_a_bracket_saying_an_exam_was_done_keeps_it_done(text, modality):
    assert _statuses(text, modality) == ["performed"]


@pytest.mark.parametrize("text,modality,status", [
    ("MRI pelvis (cancelled - pacemaker) and physiotherapy arranged.", "mri", "not_performed"),
    ("CT pelvis (to be done by the GP) if the pain persists.", "ct", "requested"),
])
def test_outside15_en_a_bracket_after_an_exam_gives_its_own_status(text, modality, status):
    assert _statuses(text, modality) == [status]


# --- a study cut short that still acquired images was performed (its coverage read apart) --------------------------
@pytest.mark.parametrize("text,exam,modality", [
    ("NM BONE SCAN\nTechnique: Patient unable to tolerate lying supine for whole-body acquisition; limited static spot "
     "views of the thoracolumbar spine only were obtained. The pelvis and sacrum were not imaged.\nConclusion: Recent "
     "L2 compression fracture.", "NM bone scan", "scintigraphy"),
    ("MRI PELVIS\nThe patient could not tolerate the full protocol; limited views of both hips only were obtained. "
     "The sacrum was not included.", "MRI pelvis", "mri"),
])
def test_outside15_en_a_partial_study_is_performed_without_the_sacrum(text, exam, modality):
    exams = _exams(text, "radiology", exam)
    own = exams[exams["modality"] == modality]
    assert own["status"].tolist()[:1] == ["performed"] and not bool(own["covers_sacrum"].iloc[0])


@pytest.mark.parametrize("text,exam", [
    ("MRI PELVIS\nThe examination was abandoned at the patient's request; no images were obtained.", "MRI pelvis"),
    ("CT PELVIS\nPatient declined the examination; no images were acquired.", "CT pelvis"),
])
def test_outside15_en_a_study_refused_before_any_image_is_not_performed(text, exam):
    exams = _exams(text, "radiology", exam)
    assert exams["status"].tolist()[:1] == ["not_performed"]


def test_outside15_en_a_partial_bone_scan_and_a_recommended_ct_leave_an_order():
    case = only_case([
        ("n1", "2023-03-07", "letter", "", "Mrs K, 77, L2 osteoporotic vertebral compression fracture and persistent "
                                           "low back pain. I have requested a whole-body isotope bone scan."),
        ("n2", "2023-03-28", "radiology", "NM bone scan",
         "NM BONE SCAN\nTechnique: Patient unable to tolerate lying supine for whole-body acquisition; limited static "
         "spot views of the thoracolumbar spine only were obtained. The pelvis and sacrum were not imaged.\n"
         "Conclusion: Recent L2 compression fracture. CT of the pelvis is recommended to assess the sacrum."),
    ], "en")
    assert flag_and_workup(case) == ("true", "ordered")


# --- "Adv:" (advice) and "to get it done" ask for an exam ----------------------------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("Adv: CT pelvis - CT machine under maintenance, patient to get done outside if possible.", "ct"),
    ("Adv - MRI LS spine with screening of the pelvis. Review with report.", "mri"),
    ("Advice: bone scan, review after.", "scintigraphy"),
    ("Son will try to have the MRI pelvis done at a private centre next week.", "mri"),
])
def test_outside15_en_advice_lines_and_getting_it_done_are_requests(text, modality):
    assert _statuses(text, modality) == ["requested"]


@pytest.mark.parametrize("text,modality", [
    ("Known adv. prostate cancer; bone scan shows no metastases.", "scintigraphy"),
    ("Adverse reaction to contrast in 2019; CT pelvis today shows no fracture.", "ct"),
])
def test_outside15_en_words_that_only_begin_like_advice_ask_for_nothing(text, modality):
    assert _statuses(text, modality) == ["performed"]


def test_outside15_en_a_study_that_could_not_be_done_outside_leaves_an_order():
    case = only_case([
        ("n1", "2025-08-11", "emergency", "", "76F, fall, c/o pain in buttocks and lower back. K/c/o RA on steroids. "
                                              "Imp: ? sacral fracture\nAdv: CT pelvis - CT machine under maintenance, "
                                              "patient to get done outside if possible."),
        ("n2", "2025-08-25", "outpatient", "", "CT could not be done outside (cost). Pain in lower back slightly "
                                               "reduced."),
    ], "en")
    assert flag_and_workup(case) == ("true", "ordered")


# --- Swedish exam names left in an English note ---------------------------------------------------------------------
@pytest.mark.parametrize("text,modality,region,status", [
    ("DT bäcken was done 3/5: the sacrum is without fracture.", "ct", "pelvis", "performed"),
    ("DT backen was done yesterday, no fracture of the sacrum.", "ct", "pelvis", "performed"),
    ("MR bäcken is booked (remiss sent today).", "mri", "pelvis", "requested"),
    ("Rtg bäcken today: callus at the fracture lines.", "radiograph", "pelvis", "performed"),
    ("MR ländrygg planned next week.", "mri", "lumbar_spine", "requested"),
])
def test_outside15_en_swedish_exam_names_in_an_english_note(text, modality, region, status):
    exams = _exams(text)
    assert exams[["modality", "region", "status"]].values.tolist() == [[modality, region, status]]


@pytest.mark.parametrize("text", [
    "History of alcohol withdrawal with DTs in 2019.",
    "DT review: diet advice given by the dietitian.",
])
def test_outside15_en_dt_alone_is_no_ct(text):
    assert _exams(text).empty


# --- a bracket and a colon are two tokens, not an emoticon: "):" ends a negation's scope -----------------------------
@pytest.mark.parametrize("text", [
    "CTPA this admission (?PE - negative): incidental L1 compression fracture with 20% loss of height.",
    "CT chest (neg for PE): incidental T12 compression fracture.",
])
def test_outside15_en_a_negation_inside_a_bracket_ends_at_the_bracket(text):
    assert assertions(text, "en", VCF) == ["present"]


def test_outside15_en_a_bracket_before_a_colon_is_its_own_token():
    nlp = build_nlp("en")
    assert [t.text for t in nlp.make_doc("(neg): L1")] == ["(", "neg", ")", ":", "L1"]


def test_outside15_en_a_negation_inside_the_bracket_still_holds_there():
    assert assertions("CT chest (no vertebral compression fracture): lungs clear.", "en", VCF) == ["negated"]


# --- a statement of what usually goes with a finding is no finding of the patient ----------------------------------
@pytest.mark.parametrize("text", [
    "CT is advised, as insufficiency fractures of the anterior ring are often accompanied by sacral fractures.",
    "Pubic rami fractures in the elderly are frequently associated with sacral insufficiency fractures.",
    "Anterior ring fractures commonly coexist with sacral fractures, so the sacrum should be imaged.",
])
def test_outside15_en_what_often_accompanies_a_fracture_is_hypothetical(text):
    assert assertions(text, "en", SACRAL) == ["hypothetical"]


def test_outside15_en_an_associated_fracture_found_stays_present():
    assert assertions("Left pubic rami fractures with an associated left sacral ala fracture.", "en", SACRAL) == [
        "present"]


# --- an exam's purpose after its request: "MRI pelvis for sacral insufficiency #" ----------------------------------
@pytest.mark.parametrize("text", [
    "Plan: analgesia, MRI pelvis for sacral insufficiency # as ongoing buttock pain.",
    "MRI pelvis requested for sacral insufficiency fracture.",
    "CT of the pelvis booked for sacral fracture.",
])
def test_outside15_en_the_fracture_an_exam_is_requested_for_is_hypothetical(text):
    assert assertions(text, "en", SACRAL) == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "Referred for sacral fracture management to the orthopaedic clinic.",
    "MRI showed a sacral fracture; referred for sacral fracture rehabilitation.",
    "Admitted for sacral insufficiency fracture.",
])
def test_outside15_en_a_fracture_treated_or_found_stays_present(text):
    assert "present" in assertions(text, "en", SACRAL)


def test_outside15_en_a_reports_title_purpose_still_asks():
    found = one_note("MRI PELVIS FOR SACRAL FRACTURE\nFINDINGS: Normal marrow signal.", "en", "radiology",
                     "MRI pelvis").mentions
    assert found[found["concept"] == SACRAL]["assertion"].tolist() == ["hypothetical"]


# --- a hedge on a fracture's kind after a comma does not doubt the fracture ----------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("There is an undisplaced fracture of the left inferior pubic ramus, both likely insufficiency fractures.", RAMUS),
    ("Fracture of the right superior pubic ramus, likely an insufficiency fracture.", RAMUS),
    ("Non-displaced fracture of the right sacral ala, probably an insufficiency fracture.", SACRAL),
])
def test_outside15_en_a_hedge_on_the_kind_of_a_stated_fracture_leaves_it_present(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text,concept", [
    ("Sclerosis of the left pubic ramus, which may reflect a healing insufficiency fracture.", RAMUS),
    ("Questionable lucency in the right sacral ala, possibly an insufficiency fracture.", SACRAL),
])
def test_outside15_en_a_hedge_on_a_finding_named_without_a_fracture_still_doubts_it(text, concept):
    assert assertions(text, "en", concept) == ["uncertain"]


# --- a "?" about something else after a comma does not doubt a stated ramus fracture --------------------------------
@pytest.mark.parametrize("text", [
    "Order comment: post fall, L sup ramus # on XR, ?occult fracture elsewhere.",
    "R inferior pubic ramus # on plain film, ?further fracture.",
])
def test_outside15_en_a_later_question_leaves_a_stated_ramus_fracture_present(text):
    assert assertions(text, "en", RAMUS) == ["present"]


def test_outside15_en_a_questioned_ramus_stays_uncertain():
    assert assertions("Left pubic ramus, ?fracture.", "en", RAMUS) == ["uncertain"]


# --- the set itself -----------------------------------------------------------------------------------------------
def test_outside15_en_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

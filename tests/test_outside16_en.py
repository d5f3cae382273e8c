"""Round sixteen, English: the wording families that notes by an outside author (tests/data/outside16/en: time and
coverage — dates in every form, studies before the window, requests changed by later notes, protocols and fields of
view) showed the pipeline misreading, each by several differently worded sentences, with look-alikes that must keep
their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, flag_and_workup, only_case, scored_set, statuses

SACRAL = "sacral_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
SET = Path(__file__).resolve().parent / "data" / "outside16" / "en"


# --- a request ending in a colon, then its "?": the question is the request's ---------------------------------------
@pytest.mark.parametrize("text", [
    "MRI pelvis requested: ?sacral insufficiency fracture.",
    "CT pelvis ordered: query sacral fracture.",
    "Bone scan booked: ?insufficiency fracture of the sacrum.",
])
def test_outside16_en_a_question_after_a_request_and_colon_asks(text):
    assert assertions(text, "en", SACRAL) == ["hypothetical"]


def test_outside16_en_a_suspicion_before_the_request_stays_uncertain():
    assert assertions("?sacral insufficiency fracture - MRI pelvis requested.", "en", SACRAL) == ["uncertain"]


# --- a result promised by letter or call keeps the study a request --------------------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("I have requested an MRI of the pelvis/sacrum with STIR and will write with the result.", "mri"),
    ("Bone scan ordered, will update you with the results.", "scintigraphy"),
    ("MRI sacrum booked and we will let her know the result.", "mri"),
])
def test_outside16_en_a_result_promised_later_keeps_the_request(text, modality):
    assert statuses(text, "en", modality) == ["requested"]


def test_outside16_en_a_letter_after_a_reported_result_leaves_the_study_done():
    assert statuses("MRI pelvis showed no fracture; will write to the GP with the result.", "en", "mri") == [
        "performed"]


# --- an appointment confirmed is a booking, not a study that confirmed something ------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("Telephone note: MRI pelvis appointment tomorrow confirmed.", "mri"),
    ("Bone scan booking for 14/3 confirmed by phone with the daughter.", "scintigraphy"),
])
def test_outside16_en_an_appointment_confirmed_is_a_request(text, modality):
    assert statuses(text, "en", modality) == ["requested"]


def test_outside16_en_a_study_that_confirmed_a_fracture_was_done():
    assert statuses("Bone scan confirmed a sacral insufficiency fracture.", "en", "scintigraphy") == ["performed"]


# --- a hip MRI whose report reads the sacrum is a sacral workup; one silent on it is not ----------------------------
_AT_RISK = ("n1", "2025-08-04", "outpatient", "",
            "69 year old man with rheumatoid arthritis on prednisolone 10 mg daily. Right buttock pain for 4 weeks.")


@pytest.mark.parametrize("report", [
    "Coronal STIR of the whole pelvis includes the sacrum and both SI joints: no sacral marrow oedema or fracture. "
    "No avascular necrosis.",
    "No AVN. The large field-of-view coronal sequences show a normal sacrum without fracture line or oedema.",
])
def test_outside16_en_a_hip_mri_reading_the_sacrum_is_a_workup(report):
    case = only_case([_AT_RISK, ("n2", "2025-08-21", "radiology", "MRI right hip", report)], "en")
    assert flag_and_workup(case) == ("false", "mri")


def test_outside16_en_a_hip_mri_silent_on_the_sacrum_is_no_workup():
    case = only_case([_AT_RISK, ("n2", "2025-08-21", "radiology", "MRI right hip",
                                 "No avascular necrosis. Small hip effusion. Mild gluteal tendinopathy.")], "en")
    assert flag_and_workup(case)[0] == "true"


# --- an MRI sequence after a signal word is no T1/T2 vertebra -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "There is a hypointense T1 fracture line in the left sacral ala.",
    "Dark T1 fracture line through the right sacral ala with surrounding STIR oedema.",
])
def test_outside16_en_a_sequence_after_a_signal_word_is_no_vertebra(text):
    assert assertions(text, "en", VCF, "radiology") == []
    assert assertions(text, "en", SACRAL, "radiology") == ["present"]


def test_outside16_en_a_t1_fracture_with_height_loss_stays_a_compression():
    assert assertions("T1 fracture with 20% height loss.", "en", VCF, "radiology") == ["present"]


# --- a hedge on a pain's kind or cause leaves the pain present ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "LBP likely discogenic/facet. PT referral.",
    "Low back pain, most likely mechanical.",
    "Possibly mechanical low back pain, no red flags.",
    "Buttock pain probably myofascial.",
])
def test_outside16_en_a_hedge_on_the_kind_of_pain_leaves_it_present(text):
    assert assertions(text, "en", LBP) == ["present"]


def test_outside16_en_a_hedged_fracture_stays_uncertain():
    assert assertions("Low back pain, likely sacral insufficiency fracture.", "en", SACRAL) == ["uncertain"]


# --- the set as a user scores it -------------------------------------------------------------------------------------
def test_outside16_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

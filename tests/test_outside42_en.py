"""Round forty-two, English: primary care, home care and geriatrics. The wording families that a red team's notes
(tests/data/outside42/en) showed the pipeline misreading, each by several differently worded sentences not taken
from the set, with look-alikes that must keep their reading: a relative named in everyday British words ("his mum",
"her nan", "gran", "granny"), whose condition is not the patient's; a drug taken as needed against a low-back pain
("prn for lower back pain", "as needed for LBP"), which names a present pain; a warning of what stopping or delaying
a treatment brings ("rebound vertebral fractures if stopped abruptly"), feared and not found; a referral's request
for an opinion or advice on "?X", the referral's question; a request for an exam "sent", "faxed", "completed" or
"done on ICE", which asks for the study and reports none done; the lay words for a broken vertebra ("squashed
vertebra at T12", "cracked vertebra at L2", "a vertebra in her lower back has collapsed"); a pain that moved or spread
from elsewhere to the low back; a low-back pain had in a decade of life long past or "used to get" (an earlier
episode); and a patient preferring to wait rather than have the study (declined)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside42" / "en"
LBP = "low_back_pain"
OST = "osteoporosis"
SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"


# --- a relative named in everyday British words ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Her mum had osteoporosis and a dowager's hump.", OST),
    ("Mum has osteoporosis, on alendronate.", OST),
    ("His nan had osteoporosis.", OST),
    ("Gran had a dowager's hump from osteoporosis.", OST),
    ("Her granny had rheumatoid arthritis.", "rheumatic_disease"),
    ("His grandad had osteoporosis and several fractures.", OST),
    ("Her mum and her nan both had osteoporosis.", OST),
])
def test_a_relative_in_everyday_words_is_not_the_patient(sentence, concept):
    assert assertions(sentence, "en", concept) == ["historical"]


@pytest.mark.parametrize("sentence, concept", [
    ("Daughter (NOK) says mum has osteoporosis.", OST),
    ("Son (NOK) rang: mum has been complaining of low back pain.", LBP),
    ("Spoke to daughter: mum has osteoporosis and is on Prolia.", OST),
    ("Caller (daughter) reports her mum has osteoporosis.", OST),
    ("She has osteoporosis, like her mum.", OST),
])
def test_lookalikes_of_a_relative_in_everyday_words_stay_the_patients(sentence, concept):
    assert assertions(sentence, "en", concept)[:1] == ["present"]


def test_a_relatives_osteoporosis_puts_no_man_at_risk():
    case = only_case([("n1", "2024-04-02", "clinical", "", "70M, 3 weeks of low back pain after gardening. His mum "
                       "had osteoporosis. No steroids.", "en")])
    assert flag_and_workup(case) == ("false", "none")


# --- a drug taken as needed against a low-back pain ------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Paracetamol 1 g PRN for lower back pain.",
    "Oxycodone 5 mg prn for LBP, taking two doses a day.",
    "Codeine 30 mg prn for lumbago.",
    "Tramadol 50 mg as needed for low back pain.",
    "Diazepam 2 mg as required for lumbar pain and spasm.",
    "Naproxen prn for buttock pain.",
])
def test_a_drug_as_needed_against_a_low_back_pain_names_a_present_pain(sentence):
    assert assertions(sentence, "en", LBP) == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Paracetamol prn if low back pain.", ["hypothetical"]),
    ("Take paracetamol as needed if the low back pain returns.", ["hypothetical"]),
    ("Oramorph prn for breakthrough pain.", []),
    ("Ibuprofen gel prn for knee pain.", []),
    ("PRN analgesia for pain.", []),
])
def test_lookalikes_of_a_drug_as_needed_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", LBP) == expected


def test_a_drug_as_needed_against_a_low_back_pain_flags_an_older_woman():
    case = only_case([("n1", "2025-01-20", "clinical", "", "Care home review. 89F. Medicines: paracetamol 1 g qds, "
                       "morphine sulfate solution 2.5 mg prn for lower back pain.", "en")])
    assert flag_and_workup(case) == ("true", "none")


# --- a warning of what stopping or delaying a treatment brings -------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Denosumab: rebound vertebral fractures if stopped abruptly.",
    "Prolia must not be stopped suddenly - multiple vertebral fractures if it is stopped without a plan.",
    "Explained the risk of rebound vertebral fractures if doses are delayed.",
    "Warned about spinal fractures if the injections are missed.",
    "Rebound vertebral fractures may follow if denosumab is discontinued.",
])
def test_a_warning_of_stopping_a_treatment_fears_the_fracture(sentence):
    assert assertions(sentence, "en", VCF) == ["hypothetical"]


@pytest.mark.parametrize("sentence, expected", [
    ("She sustained multiple vertebral fractures when denosumab was stopped in 2022.", ["historical"]),
    ("New L1 compression fracture; stopped alendronate.", ["present"]),
    ("L2 compression fracture. Alendronic acid stopped after 5 years.", ["present"]),
])
def test_lookalikes_of_a_warning_keep_the_fracture(sentence, expected):
    assert assertions(sentence, "en", VCF) == expected


# --- a referral's request for an opinion or advice on "?X" ------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Grateful for your opinion re ?sacral insufficiency fracture.", SACRAL),
    ("I would value your advice regarding ?SIF.", SACRAL),
    ("Your opinion on ?pubic ramus fracture would be appreciated.", RAMUS),
    ("Advice and guidance request: ?osteoporotic collapse L1.", VCF),
    ("Would be grateful if you could see her, ?sacral fracture.", SACRAL),
])
def test_a_referrals_request_for_an_opinion_asks_its_question(sentence, concept):
    assert assertions(sentence, "en", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept", [
    ("A: Low back pain after a fall, ?sacral insufficiency fracture.", SACRAL),
    ("Impression: ?L1 compression fracture.", VCF),
    ("Advice given. ?Sacral insufficiency fracture.", SACRAL),
])
def test_lookalikes_of_a_request_for_an_opinion_stay_suspicions(sentence, concept):
    assert assertions(sentence, "en", concept) == ["uncertain"]


def test_an_opinion_asked_on_a_sacral_fracture_does_not_flag_a_man_without_risk():
    case = only_case([("n1", "2024-06-03", "clinical", "", "Referral to orthopaedics. 71M, buttock pain since a fall "
                       "4 weeks ago. XR pelvis normal. Grateful for your opinion re ?sacral fracture.", "en")])
    assert flag_and_workup(case)[0] == "false"


# --- a request for an exam sent, faxed or completed ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Request for MRI pelvis sent to radiology today.", [("mri", "requested", True)]),
    ("Request for CT pelvis faxed to the hospital.", [("ct", "requested", True)]),
    ("Request for an urgent MRI of the pelvis completed and sent.", [("mri", "requested", True)]),
    ("Request for isotope bone scan e-mailed to nuclear medicine.", [("scintigraphy", "requested", True)]),
    ("MRI pelvis request done on ICE.", [("mri", "requested", True)]),
    ("CT pelvis request completed via ICE.", [("ct", "requested", True)]),
])
def test_a_request_sent_asks_for_the_study(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The request for MRI pelvis was rejected by radiology.", [("mri", "not_performed", True)]),
    ("Request for MRI pelvis: declined by the patient.", [("mri", "not_performed", True)]),
    ("CT pelvis done 3/4: no fracture.", [("ct", "performed", True)]),
    ("MRI pelvis completed yesterday, no fracture.", [("mri", "performed", True)]),
])
def test_lookalikes_of_a_request_sent_keep_their_status(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_request_sent_is_no_workup():
    case = only_case([("n1", "2024-09-02", "clinical", "", "86F, low back pain since a fall 2 weeks ago. Request for "
                       "CT pelvis completed and sent to radiology.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- the lay words for a broken vertebra -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The hospital told her she has a squashed vertebra at L1.",
    "X-ray showed a cracked vertebra at T11.",
    "Broken vertebra at L3 on the hospital film.",
    "One of the vertebrae in her back has collapsed.",
    "A vertebra in his lower back had collapsed on the X-ray.",
    "L2 squashed on the lateral view.",
])
def test_the_lay_words_for_a_broken_vertebra_name_a_compression(sentence):
    assert assertions(sentence, "en", VCF) == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("No broken vertebrae on the X-ray.", ["negated"]),
    ("Her husband has a cracked vertebra.", ["historical"]),
    ("Squashed fingers in the car door.", []),
    ("She collapsed at home; vertebral heights are maintained.", ["negated"]),
])
def test_lookalikes_of_the_lay_words_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", VCF) == expected


# --- a pain that moved to the low back -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The pain moved from her hip to her lower back.",
    "Pain in the groin at first, which has now spread from the groin round to the lower back.",
    "Ache radiating from the right hip into the low back.",
    "The pain has shifted from her knee to her lower back over the week.",
])
def test_a_pain_that_moved_to_the_low_back_is_low_back_pain(sentence):
    assert assertions(sentence, "en", LBP) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Moved from the chair to the bed with help.",
    "The pain moved from her hip to her knee.",
    "Pain spreading from the groin to the thigh.",
])
def test_lookalikes_of_a_pain_that_moved_name_no_low_back_pain(sentence):
    assert assertions(sentence, "en", LBP) == []


# --- a low-back pain of long ago -------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "She had lumbago in her thirties.",
    "Had low back pain in his twenties after a lifting injury.",
    "He had bad lumbago two decades ago.",
    "She had low back pain about 20 years ago.",
    "Used to get lumbago when she worked on the farm.",
])
def test_a_low_back_pain_of_long_ago_is_an_earlier_episode(sentence):
    assert assertions(sentence, "en", LBP) == ["historical"]


@pytest.mark.parametrize("sentence", [
    "She had low back pain for 3 weeks after the fall.",
    "Has had low back pain since her forties.",
    "Low back pain started 2 years ago and has continued.",
    "Lumbago since her forties.",
    "Had low back pain all last week.",
])
def test_lookalikes_of_a_pain_of_long_ago_stay_present(sentence):
    assert assertions(sentence, "en", LBP) == ["present"]


@pytest.mark.parametrize("sentence, concept", [
    ("She had a pubic ramus fracture in her sixties.", RAMUS),
    ("Had a wedge fracture of T12 some years ago.", VCF),
    ("She had a sacral fracture about 10 years ago.", SACRAL),
])
def test_a_fracture_had_long_ago_stays_an_earlier_episode(sentence, concept):
    assert assertions(sentence, "en", concept) == ["historical"]


def test_a_low_back_pain_of_long_ago_flags_no_one():
    cases = one_note("77F with left hip OA, pain in the groin on walking. Had lumbago in her forties, none since. "
                     "XR left hip: OA, pubic rami intact.", "en").cases
    assert cases.empty


# --- preferring to wait rather than have the study -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, modality", [
    ("She prefers to wait and see rather than have an MRI.", "mri"),
    ("He is happy to carry on with physio rather than have the CT.", "ct"),
    ("She would rather wait than have the MRI.", "mri"),
    ("Chose to manage at home instead of having the bone scan.", "scintigraphy"),
])
def test_preferring_to_wait_rather_than_have_the_study_declines_it(sentence, modality):
    assert [r[1] for r in exam_rows(sentence, "en") if r[0] == modality] == ["not_performed"]


@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis rather than CT was done: no fracture.", [("mri", "performed", True), ("ct", "performed", False)]),
    ("MRI pelvis requested rather than CT.", [("mri", "requested", True), ("ct", "not_performed", True)]),
])
def test_lookalikes_of_preferring_to_wait_keep_their_status(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

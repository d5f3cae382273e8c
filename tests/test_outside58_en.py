"""Round fifty-eight, English: American radiology reports and US clinical notes. The wording families that a red
team's notes (tests/data/outside58/en) showed the pipeline misreading, each by several differently worded sentences,
with look-alikes that must keep their reading: a pain named as what a workup is for ("workup for low back pain",
"LBP w/u"), which is the patient's complaint, not a question; a hedge on a pain's cause in US shorthand ("LBP likely
2/2 DJD", "probably d/t"), which leaves the pain present and suspects the cause; a study cancelled or rescheduled in
shorthand ("cx'd", "canc'd", "cxl'd", "r/s'd"); a study's prior-authorization state ("not yet authorized", "approved",
"appeal", "denied by insurance", "auth denied"), which asks for it or withdraws it and never performs it; and a
radiologist's modal suggestion ("MRI could establish acuity"), a recommendation."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside58" / "en"


# --- a pain that a workup is for ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "She is here for work-up of her low back pain.",
    "Pt referred to spine clinic for w/u of chronic LBP.",
    "Ongoing workup for lumbar pain, labs sent today.",
    "Buttock pain w/u in progress.",
    "Admitted for LBP work-up and pain control.",
    "Seen in clinic for workup for persistent lower back pain.",
])
def test_a_pain_that_a_workup_is_for_is_present(sentence):
    assert assertions_by_concept(sentence, "en")["low_back_pain"] == ["present"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Workup for sacral insufficiency fracture.", "sacral_fracture", ["hypothetical"]),
    ("w/u for compression fx of L1.", "vertebral_compression_fracture", ["hypothetical"]),
    ("Eval for SIF.", "sacral_fracture", ["hypothetical"]),
    ("LBP, r/o SIF.", "sacral_fracture", ["hypothetical"]),
    ("Denies LBP; w/u of her cough continues.", "low_back_pain", ["negated"]),
])
def test_lookalikes_of_a_workup_for_a_pain_keep_their_reading(sentence, concept, expected):
    assert assertions_by_concept(sentence, "en")[concept] == expected


# --- a hedge on a pain's cause, in shorthand ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "LBP likely 2/2 facet arthropathy.",
    "Lumbar pain probably d/t muscle spasm.",
    "Low back pain most likely 2/2 spondylosis; PT.",
    "Buttock pain possibly 2/2 piriformis syndrome.",
])
def test_a_hedge_on_a_pains_cause_in_shorthand_leaves_the_pain_present(sentence):
    assert assertions_by_concept(sentence, "en")["low_back_pain"] == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("LBP likely 2/2 SIF.", {"low_back_pain": ["present"], "sacral_fracture": ["uncertain"]}),
    ("Low back pain probably d/t a sacral insufficiency fx.",
     {"low_back_pain": ["present"], "sacral_fracture": ["uncertain"]}),
    ("LBP 2/2 SIF.", {"low_back_pain": ["present"], "sacral_fracture": ["present"]}),
    ("LBP likely due to SIF.", {"low_back_pain": ["present"], "sacral_fracture": ["uncertain"]}),
])
def test_the_cause_after_a_shorthand_hedge_is_suspected(sentence, expected):
    assert assertions_by_concept(sentence, "en") == expected


# --- a study cancelled or rescheduled, in shorthand -----------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Bone scan cx'd by pt.", [("scintigraphy", "not_performed", True)]),
    ("CT A/P canc'd.", [("ct", "not_performed", True)]),
    ("MRI pelvis cxl'd - no ride.", [("mri", "not_performed", True)]),
    ("MRI pelvis r/s'd to 02/20/2025.", [("mri", "requested", True)]),
    ("CT pelvis r/s per pt.", [("ct", "requested", True)]),
])
def test_a_study_cancelled_or_rescheduled_in_shorthand(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Blood cx neg x2.", []),
    ("MRI pelvis cancelled by pt.", [("mri", "not_performed", True)]),
    ("MRI pelvis done 01/02/2025: neg for fx.", [("mri", "performed", True)]),
    ("MRI pelvis rescheduled to 02/20/2025.", [("mri", "requested", True)]),
])
def test_lookalikes_of_shorthand_fates_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a study's prior-authorization state ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis not yet approved.", [("mri", "requested", True)]),
    ("CT pelvis not yet authorized by the plan.", [("ct", "requested", True)]),
    ("MRI pelvis approved.", [("mri", "requested", True)]),
    ("P2P done, MRI sacrum approved.", [("mri", "requested", True)]),
    ("Bone scan authorized by insurer today.", [("scintigraphy", "requested", True)]),
    ("Appeal submitted for the MRI pelvis.", [("mri", "requested", True)]),
    ("MRI pelvis denied by insurance.", [("mri", "not_performed", True)]),
    ("MRI pelvis: auth denied.", [("mri", "not_performed", True)]),
    ("MRI pelvis PA denied x2.", [("mri", "not_performed", True)]),
])
def test_a_prior_authorization_state_is_no_performed_study(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("MRI pelvis approved and completed 01/03/2025: no fracture.", [("mri", "performed", True)]),
    ("MRI pelvis was not approved.", [("mri", "not_performed", True)]),
    ("Insurance denied the MRI pelvis.", [("mri", "not_performed", True)]),
    ("Prior auth for MRI pelvis pending.", [("mri", "requested", True)]),
])
def test_lookalikes_of_prior_authorization_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_pelvic_mri_not_yet_authorized_is_no_sacral_workup():
    case = only_case([
        ("n1", "2025-01-06", "outpatient", "", "79 yo F c/o LBP x 4 wks. A/P: r/o SIF; ordered MRI pelvis w/o.", "en"),
        ("n2", "2025-01-13", "telephone", "", "MRI pelvis not yet authorized. Will call pt.", "en"),
    ])
    assert flag_and_workup(case) == ("true", "ordered")


def test_a_pelvic_ct_cancelled_in_shorthand_is_no_sacral_workup():
    case = only_case([
        ("n1", "2025-01-06", "outpatient", "", "81 yo F w/ LBP x 3 wks. CT pelvis w/o ordered.", "en"),
        ("n2", "2025-01-10", "telephone", "", "CT pelvis canc'd per daughter.", "en"),
    ])
    assert flag_and_workup(case) == ("true", "ordered")


# --- a radiologist's modal suggestion -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Bone scan could establish whether the fracture is recent.", [("scintigraphy", "requested", True)]),
    ("MRI could determine acuity.", [("mri", "requested", False)]),
    ("CT pelvis might characterize the sclerosis.", [("ct", "requested", True)]),
])
def test_a_modal_suggestion_of_a_study_is_a_recommendation(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_done_study_that_could_not_establish_it_stays_performed():
    assert exam_rows("MRI pelvis 01/02/2025 could not establish acuity.", "en") == [("mri", "performed", True)]


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round ten, English: the wording families that notes by an outside author (tests/data/outside10/en: RIS/PACS
printouts in capitals hard-wrapped at a fixed width, speech-recognition errors and addenda, copy-forward progress
notes, EMR templates with check boxes and ICD-10 problem lists, transfer summaries quoting outside imaging) showed
the pipeline misreading, each by several differently worded sentences, with look-alikes that must keep their
reading."""
from __future__ import annotations

import textwrap

import pandas as pd
import pytest

from reportminer.dates import stated_exam_date
from reportminer.lexicon import load_lexicon
from reportminer.sections import SectionSplitter

from .phrasing import DAY, assertions, is_flagged, one_note, only_case

RAMUS = ("n0", "2025-01-10", "radiology", "XR PELVIS", "Undisplaced fracture of the left superior pubic ramus.")
LBP_ON_STEROIDS = ("n0", "2025-01-10", "outpatient", "",
                   "Low back pain for 6 weeks. On prednisolone 10 mg daily for polymyalgia rheumatica.")


def _assertions(text: str, concept: str, note_type: str = "clinical") -> list[str]:
    return assertions(text, "en", concept, note_type)


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> pd.DataFrame:
    return one_note(text, "en", note_type, exam).exams


def _case(rows: list[tuple]) -> pd.Series:
    return only_case(rows, "en")


# --- a report printed in capitals and hard-wrapped at a fixed width reads as the unwrapped report ----------------
PRINTOUTS = [
    ("CT PELVIS", "sacral_fracture", "negated",
     "FINDINGS: MINIMALLY DISPLACED FRACTURES OF THE LEFT SUPERIOR AND INFERIOR PUBIC RAMI. THERE IS NO "
     "NON-DISPLACED OR DISPLACED SACRAL FRACTURE AND THE SACROILIAC JOINTS ARE CONGRUENT."),
    ("XR PELVIS AP", "sacral_fracture", "negated",
     "FINDINGS: THERE IS A MINIMALLY DISPLACED FRACTURE OF THE LEFT SUPERIOR PUBIC RAMUS. THE SACRUM IS PARTIALLY "
     "OBSCURED BY OVERLYING BOWEL GAS; NO DISPLACED SACRAL FRACTURE IS IDENTIFIED. BOTH HIPS ARE LOCATED."),
    ("MRI LUMBAR SPINE", "vertebral_compression_fracture", "negated",
     "FINDINGS: NO SUSPICIOUS MARROW LESION IN THE LUMBAR SPINE. NO COMPRESSION FRACTURE IS SEEN AT ANY LEVEL. "
     "MULTILEVEL DEGENERATIVE DISC DISEASE WITH MILD CANAL NARROWING AT L3-4 AND L4-5."),
    ("MRI LUMBAR SPINE", "sacral_fracture", "uncertain",
     "IMPRESSION: QUESTIONABLE EDEMA IN THE PARTIALLY IMAGED RIGHT SACRAL ALA; A SACRAL INSUFFICIENCY FRACTURE "
     "CANNOT BE EXCLUDED. A DEDICATED MRI OF THE SACRUM IS RECOMMENDED FOR FURTHER EVALUATION."),
]


@pytest.mark.parametrize("width", [44, 52, 61, 70])
@pytest.mark.parametrize("title,concept,expected,body", PRINTOUTS,
                         ids=["hyphen", "sacral-negated", "vcf-negated", "sif-hedged"])
def test_outside10_en_a_hard_wrapped_printout_reads_as_one_sentence(width, title, concept, expected, body):
    text = title + "\n" + "\n".join(textwrap.wrap(body, width=width))
    assert set(_assertions(text, concept, "radiology")) == {expected}


def test_outside10_en_short_lines_of_capitals_stay_apart():
    """Lines that end well before the note's width ended by themselves: no wrap joins them."""
    text = ("CT PELVIS\nNO FRACTURE OF THE PUBIC RAMI OR OF THE ACETABULA\n"
            "SACRAL ALA FRACTURE ON THE RIGHT WITH A SMALL ADJACENT HAEMATOMA NOTED")
    assert _assertions(text, "sacral_fracture", "radiology") == ["present"]
    splitter = SectionSplitter(load_lexicon("en"))
    assert len(splitter.sentences(text)) == 3


# --- contractions in capitals are read as in lower case ----------------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("IMPRESSION: A SACRAL INSUFFICIENCY FRACTURE CANNOT BE EXCLUDED.", "sacral_fracture"),
    ("IMPRESSION: L2 COMPRESSION FRACTURE CAN'T BE RULED OUT.", "vertebral_compression_fracture"),
    ("Impression: sacral fracture can't be excluded.", "sacral_fracture"),
])
def test_outside10_en_cannot_in_capitals_is_a_hedge(text, concept):
    assert _assertions(text, concept, "radiology") == ["uncertain"]


# --- "may" is a verb unless a time word or a number stands beside it ---------------------------------------------
@pytest.mark.parametrize("sentence,expected", [
    ("MRI MAY BE OBTAINED FOR ACUITY.", None),
    ("May consider MRI pelvis if no better.", None),
    ("MRI pelvis in May showed no sacral fracture.", "2025-05-31"),
    ("CT pelvis (May): no fracture.", "2025-05-31"),
])
def test_outside10_en_may_is_a_month_only_beside_a_time_word(sentence, expected):
    found = stated_exam_date(sentence, pd.Timestamp("2025-09-01"), load_lexicon("en"))
    assert (found is None if expected is None else found == pd.Timestamp(expected))


# --- a template field's value speaks of its field --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vertebral body heights: Maintained. Alignment: Normal.",
    "Vertebral body height: preserved.",
    "Vertebral heights: normal throughout.",
    "Vertebral body heights: WNL.",
    "Vertebral body heights: within normal limits.",
])
def test_outside10_en_a_normal_template_field_is_negated(text):
    assert set(_assertions(text, "vertebral_compression_fracture", "radiology")) == {"negated"}


@pytest.mark.parametrize("text,concept,expected", [
    ("SACRUM: INTACT.", "sacral_fracture", "negated"),
    ("Sacrum/SI joints: Normal.", "sacral_fracture", "negated"),
    ("Pubic rami: intact.", "pubic_ramus_fracture", "negated"),
    ("Sacrum: fracture of the right ala.", "sacral_fracture", "present"),
    ("Pubic rami: nondisplaced fracture of the left superior ramus.", "pubic_ramus_fracture", "present"),
])
def test_outside10_en_a_site_field_of_a_template(text, concept, expected):
    assert _assertions(text, concept, "radiology") == [expected]


# --- an unchecked box is a no; a ticked box ends it ------------------------------------------------------------
@pytest.mark.parametrize("text,concept,expected", [
    ("ROS: [x] back pain [ ] fever [ ] weight loss [ ] steroid use", "steroid_therapy", "negated"),
    ("Risk factors: [ ] osteoporosis [ ] prior fracture [x] smoker", "osteoporosis", "negated"),
    ("Red flags: [ ] fever [ ] saddle anaesthesia [x] long-term corticosteroid use", "steroid_therapy", "present"),
    ("PMH: [x] osteoporosis [ ] diabetes", "osteoporosis", "present"),
    ("Risk factors: \u2610 osteoporosis \u2612 smoker", "osteoporosis", "negated"),
    ("Red flags: \u2610 fever \u2610 weight loss \u2611 long-term steroid use", "steroid_therapy", "present"),
    ("Meds: ( ) prednisone (x) alendronate", "steroid_therapy", "negated"),
])
def test_outside10_en_check_boxes(text, concept, expected):
    assert _assertions(text, concept) == [expected]


def test_outside10_en_an_unticked_steroid_box_puts_no_man_at_risk():
    note = ("n0", DAY, "emergency", "",
            "45M lifting at work, acute low back pain.\nROS: [x] back pain [ ] fever [ ] cancer hx [ ] steroid use")
    assert not is_flagged(_case([note]))


# --- an ICD-10 'sequela' code is a healed, earlier fracture --------------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("3. S32.591S Other specified fracture of right pubis, sequela (fall 2019, healed)", "pubic_ramus_fracture"),
    ("S22.080S Wedge compression fracture of T11-T12 vertebra, sequela", "vertebral_compression_fracture"),
])
def test_outside10_en_a_sequela_code_is_historical(text, concept):
    assert _assertions(text, concept) == ["historical"]


@pytest.mark.parametrize("text,concept", [
    ("S32.591A Other specified fracture of right pubis, initial encounter", "pubic_ramus_fracture"),
    ("S32.591D Other specified fracture of right pubis, subsequent encounter for fracture with routine healing",
     "pubic_ramus_fracture"),
    ("S22.080K Wedge compression fracture of T11-T12 vertebra, subsequent encounter for fracture with nonunion",
     "vertebral_compression_fracture"),
])
def test_outside10_en_an_encounter_code_is_present(text, concept):
    assert _assertions(text, concept) == ["present"]


# --- "versus normal variant" hedges what precedes it, commas or not -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Possible mild compression deformity of the superior endplate of L2, approximately 10-15% height loss, versus "
    "normal variant.",
    "Slight wedging of T12, about 15% height loss, vs normal variant.",
    "Mild anterior wedging of L1 or a normal variant.",
])
def test_outside10_en_a_normal_variant_alternative_hedges(text):
    found = _assertions(text, "vertebral_compression_fracture", "radiology")
    assert found and "present" not in found


# --- "X - possible Y": the hedge after the dash is Y's --------------------------------------------------------------
@pytest.mark.parametrize("text,first,second", [
    ("2. R buttock pain - possible concomitant sacral insufficiency fracture. MRI pelvis ordered.",
     ("low_back_pain", "present"), ("sacral_fracture", "uncertain")),
    ("Low back pain - probable L1 compression fracture.",
     ("low_back_pain", "present"), ("vertebral_compression_fracture", "uncertain")),
    ("Sacral pain - likely sacral insufficiency fracture, MRI booked.",
     ("low_back_pain", "present"), ("sacral_fracture", "uncertain")),
])
def test_outside10_en_a_hedge_after_a_dash_is_of_what_follows(text, first, second):
    for concept, expected in (first, second):
        assert _assertions(text, concept) == [expected]


def test_outside10_en_a_trailing_dash_hedge_is_of_what_precedes():
    assert _assertions("Sacral fracture - possible.", "sacral_fracture") == ["uncertain"]


# --- "low back and <side> <part> pain" --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Presented to the OSH ED with low back and right groin pain.",
    "She reports lower back and left leg pain since the fall.",
])
def test_outside10_en_low_back_and_other_pain(text):
    assert _assertions(text, "low_back_pain") == ["present"]


# --- a referral field or clinical notes field asks: "?X" there is a question --------------------------------------
@pytest.mark.parametrize("text", [
    "SPINE FRACTURE SCREENING (VFA)\nReferral: 70F, height loss 4 cm, ? vertebral compression fracture.",
    "X-RAY LUMBAR SPINE\nClinical notes: back pain, on steroids, ? L1 compression fracture.",
    "MRI LUMBAR SPINE\nINDICATION: 84F LOW BACK PAIN, EVAL COMPRESSION FRACTURE.",
])
def test_outside10_en_a_referral_question_is_hypothetical(text):
    assert set(_assertions(text, "vertebral_compression_fracture", "radiology")) == {"hypothetical"}


# --- what became of an exam: calls, bookings never made, lost requests, no new request ------------------------------
@pytest.mark.parametrize("text", [
    "Pt called re his MRI pelvis appointment - he has not heard from radiology.",
    "Daughter phoned about the CT pelvis; they have not yet heard from the hospital.",
    "Pt's husband rang asking about the MRI pelvis appointment.",
    "She has not heard back regarding her CT pelvis.",
])
def test_outside10_en_a_call_about_an_appointment_leaves_it_awaited(text):
    assert set(_exams(text)["status"]) == {"requested"}


@pytest.mark.parametrize("text,status", [
    ("Called pt about her MRI pelvis results: no sacral fracture.", "performed"),
    ("Rang radiology regarding the MRI pelvis - done yesterday, report pending.", "performed"),
    ("The CT pelvis referral was misplaced and has been re-sent.", "requested"),
])
def test_outside10_en_a_call_or_a_lost_request_followed_by_its_outcome(text, status):
    assert set(_exams(text)["status"]) == {status}


@pytest.mark.parametrize("text", [
    "Checked the system: the MRI pelvis was never booked after the lumbar report recommended it.",
    "The CT pelvis was never arranged although the radiologist suggested it.",
    "Rang the imaging centre: no referral on file, the MRI pelvis request from the ward was lost.",
    "MRI pelvis: no request found in the system.",
    "The MRI pelvis request appears to have gone missing.",
    "Radiology have no record of the MRI pelvis referral.",
    "CT pelvis not completed yesterday; we will not re-request it for now.",
    "MRI pelvis: pt left before the scan; we would not rebook it.",
])
def test_outside10_en_an_exam_never_booked_or_lost_is_not_done_but_ordered(text):
    exams = _exams(text)
    assert set(exams["status"]) == {"not_performed"}
    case = _case([RAMUS, ("n1", DAY, "clinical", "", text)])
    assert is_flagged(case) and case["workup"] == "ordered"


# --- coverage: sagittal-only views, a finding's extent, a combined request -----------------------------------------
LUMBAR_LBP = ("n0", "2025-01-10", "outpatient", "", "78F with low back pain for 3 weeks.")


@pytest.mark.parametrize("finding,covers", [
    ("The upper sacrum, imaged on sagittal sequences only, is unremarkable.", False),
    ("Sacrum seen on the sagittal images only; no abnormality there.", False),
    ("The sacrum is imaged in the sagittal plane only and appears normal.", False),
    ("The sacrum and SI joints are included on the coronal STIR images and are normal.", True),
])
def test_outside10_en_a_sacrum_seen_on_sagittal_images_only_is_not_covered(finding, covers):
    report = ("n1", "2025-01-20", "radiology", "MRI LUMBAR SPINE", "Mild L4-5 facet arthropathy. " + finding)
    case = _case([LUMBAR_LBP, report])
    assert (case["workup"] == "mri") is covers and is_flagged(case) is not covers


@pytest.mark.parametrize("finding", [
    "There is a fracture line in the right sacral ala with marrow edema extending from S1 to S3.",
    "Band of STIR signal extending from S2 through S4 in the left ala, in keeping with an insufficiency fracture.",
])
def test_outside10_en_a_findings_extent_is_no_field_of_view(finding):
    exams = _exams("MRI SACRUM\n" + finding, "radiology", "MRI SACRUM")
    assert exams["covers_sacrum"].all()


def test_outside10_en_a_field_of_view_ending_at_s2_is_not_covered():
    exams = _exams("The field of view extends only to S2. No lumbar fracture.", "radiology", "MRI LUMBAR SPINE")
    assert not exams["covers_sacrum"].any()


@pytest.mark.parametrize("text", [
    "I have asked for an MRI of the lumbar spine and pelvis but the waiting list is long.",
    "CT of the lumbosacral spine and pelvis requested.",
])
def test_outside10_en_a_lumbar_and_pelvic_request_covers(text):
    exams = _exams(text)
    assert exams["covers_sacrum"].all() and set(exams["status"]) == {"requested"}


# --- a further study that names no body part is of the study beside it ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Order CT L-spine (MRI not possible - cochlear implant).",
    "CT lumbar spine booked as MRI is contraindicated (pacemaker).",
])
def test_outside10_en_an_unnamed_alternative_shares_the_named_studys_region(text):
    mri = _exams(text).query("modality == 'mri'")
    assert set(mri["region"]) == {"lumbar_spine"}
    case = _case([LBP_ON_STEROIDS, ("n1", DAY, "clinical", "", text)])
    assert is_flagged(case) and case["workup"] == "none"


@pytest.mark.parametrize("exam,text,workup", [
    ("XR LUMBAR SPINE", "Mild L2 endplate irregularity. MRI could be obtained if clinically warranted.",
     "radiograph_only"),
    ("XR LUMBAR SPINE", "L3 COMPRESSION FRACTURE. MRI MAY BE\nOBTAINED FOR ACUITY.", "radiograph_only"),
    ("XR PELVIS", "Sacrum obscured by bowel gas. MRI could be obtained if clinically warranted.", "ordered"),
])
def test_outside10_en_a_report_recommending_an_unnamed_study_means_its_own_region(exam, text, workup):
    case = _case([RAMUS, ("n1", "2025-01-11", "radiology", exam, text)])
    assert is_flagged(case) and case["workup"] == workup


# --- transfers: leaving before the exam, outside images that cannot be viewed, a waiting list ------------------------
@pytest.mark.parametrize("text,status", [
    ("Pt transferred before the MRI pelvis could be obtained.", "not_performed"),
    ("She was transferred to the rehab unit before her MRI pelvis.", "not_performed"),
    ("Images from the outside CT pelvis are not available for review.", "performed"),
    ("OSH CT pelvis reportedly showed a sacral fracture; images not available for review.", "performed"),
    ("MRI pelvis slots are not available until March.", "requested"),
    ("MRI is not available at this site.", "not_performed"),
])
def test_outside10_en_what_a_transfer_leaves_of_an_exam(text, status):
    assert set(_exams(text)["status"]) == {status}


# --- a flowsheet's pain field names where the pain is ---------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pain location: lower back; pain score 6/10.", ["present"]),
    ("Pain: 6/10 lower back, worse with transfers.", ["present"]),
    ("Pain site - buttocks, 5/10.", ["present"]),
    ("Pain location: L groin.", []),
    ("Pain: none reported. Lower back skin intact.", []),
])
def test_outside10_en_a_pain_field_with_a_low_back_location(text, expected):
    assert _assertions(text, "low_back_pain") == expected


# --- a template's ticked sex box says the sex ------------------------------------------------------------------------
@pytest.mark.parametrize("text,sex", [
    ("Patient: [x] Female [ ] Male    Age: 72\nLow back pain for 3 weeks.", "F"),
    ("Sex: [ ] Female [X] Male  Age: 72\nLow back pain.", "M"),
    ("\u2610 Male \u2612 Female, age 74. Low back pain.", "F"),
])
def test_outside10_en_a_ticked_sex_box(text, sex):
    case = _case([("n1", DAY, "clinical", "", text)])
    assert case["sex"] == sex and is_flagged(case) is (sex == "F")


# --- a level dictated with a hyphen ("L-1", "T-12") is a level ------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Wedge compression of L-1.", ["present"]),
    ("Mild anterior wedging of T-12 with 20% height loss.", ["present"]),
    ("No compression fracture at L-1 or L-2.", ["negated"]),
    ("Follow-up in T-2 weeks.", []),
])
def test_outside10_en_a_hyphenated_level(text, expected):
    assert _assertions(text, "vertebral_compression_fracture", "radiology") == expected


# --- steroids that are not long-term systemic therapy (medication lists) --------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("COPD on inhaled steroids.", []),
    ("Hydrocortisone 1% cream to rash.", []),
    ("Depo-Medrol injection into the R knee 2 wks ago.", []),
    ("Epidural steroid injection L4-5 last year.", []),
    ("Steroid-induced hyperglycaemia.", []),
    ("Medications: prednisolone 7.5 mg mane", ["present"]),
    ("Long-term oral steroids for asthma, plus steroid inhaler.", ["present"]),
])
def test_outside10_en_local_steroids_are_no_steroid_therapy(text, expected):
    assert _assertions(text, "steroid_therapy") == expected


def test_outside10_en_an_inhaler_puts_no_man_with_back_pain_at_risk():
    note = ("n0", DAY, "outpatient", "", "66M, 4 weeks of low back pain. COPD on a budesonide inhaler.")
    assert not is_flagged(_case([note]))


# --- numbered impressions on one line: each item is its own sentence -------------------------------------------------
@pytest.mark.parametrize("text,concept,expected", [
    ("Impression: 1) No sacral fracture 2) Right inferior pubic ramus fracture", "pubic_ramus_fracture", "present"),
    ("IMPRESSION: 1) NO ACUTE FRACTURE 2) L1 COMPRESSION DEFORMITY, UNCHANGED", "vertebral_compression_fracture",
     "present"),
    ("Impression: 1. Possible sacral insufficiency fracture 2. L2 compression fracture",
     "vertebral_compression_fracture", "present"),
    ("Impression: 1) No sacral fracture 2) Right inferior pubic ramus fracture", "sacral_fracture", "negated"),
])
def test_outside10_en_inline_numbered_items_are_sentences(text, concept, expected):
    assert _assertions(text, concept, "radiology") == [expected]

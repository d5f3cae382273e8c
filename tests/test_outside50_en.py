"""Round fifty, English: operations, anaesthesia and the surgical wards. The wording families that a red team's
surgical notes (tests/data/outside50/en: pre-operative assessment, anaesthetic pre-op visits, consent forms, operation
notes, intraoperative imaging, recovery, HDU, ICU and surgical-ward notes) showed the pipeline misreading, each by
several differently worded sentences, with look-alikes that must keep their reading:

- the pain of a surgical wound at the low back or buttock — an incision, an approach, a scar, a drain or entry site
  ("Lumbar incision pain", "Pain at the drain site in the left buttock", "buttock pain over the posterior approach
  wound"): the wound's, no low-back pain (concepts.json exclusions, as for pressure ulcers); a low-back pain beside a
  wound ("not related to the wound", "Low back pain at night, wound dry") stays;
- a consent form's risks and complications ("Serious or frequently occurring risks: ..., sacral fracture, ...",
  "Risks (as per consent form): ...", "Complications discussed include ..."): a fracture listed there may happen, it is
  no finding (context.json, hypothetical over the whole list); a "Complications:" heading of what did happen, a fracture
  named before the risks, and "Risk factors:" keep theirs;
- the Rommens-Hofmann classification of fragility fractures of the pelvis written out or named by its authors
  ("fragility fracture of the pelvis type IIb", "Rommens type IIIc", "FFP (Rommens) IIb"): read as "FFP IIb" already
  was (concepts.json); type IIa, whose posterior lesion may be of the ilium, names no site;
- the imaging of an operation, taken to guide or check it ("Intraoperative cone beam CT of the pelvis", "O-arm CT of
  the pelvis", "CT pelvis in theatre after fixation", report "INTRAOP 3D CT PELVIS"): no study of the region, never a
  sacral workup, as a CT-guided injection is not (exams.json guided_procedures and the new guiding_before, exams.py);
  a post-operative CT pelvis and a CT pelvis before theatre stay studies;
- a treatment under CT guidance in a report's title line ("Sacroplasty under CT guidance for sacral insufficiency
  fractures"): its "for" names what it treats, the guiding CT being no exam whose purpose the title asks (context.py);
  a CT pelvis "for" a fracture and a CT-guided biopsy "for ?..." still ask;
- a finding at the sacrum or at a level, then the fracture it is read as with no site of its own, after a colon or
  dash ("Right sacral ala oedema with a low T1 line: insufficiency fracture", "Sacral ala oedema: insufficiency
  fracture cannot be excluded", "Focal uptake at L2: recent fracture") or, at a level, "consistent with"/"in keeping
  with" without a comma ("uptake at L2 consistent with a recent fracture"): that site's fracture, as after a comma
  (concepts.json); a denied or degenerative reading and another site's fracture after a list keep theirs;
- "nil by mouth" (also "nil orally", "nil per os") before an operation for a fracture: no denial of it (context.json,
  pseudo triggers longer than the "nil" they block); "Nil fractures seen in the sacrum" still denies.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside50" / "en"


# --- the pain of a surgical wound at the low back or buttock ---------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Day 2: lumbar incisional pain, controlled with oral morphine.",
    "Sore lumbar scar, no erythema.",
    "Complains of pain at the drain site over the right buttock.",
    "Pain around the incision in her lower back when she sits up.",
    "Right buttock discomfort over the Kocher-Langenbeck wound.",
    "Gluteal wound pain since the drain was removed.",
    "Tender over the port sites in the lower back after the endoscopic discectomy.",
    "Sacral wound sore after the lumbopelvic fixation.",
    "Mild pain from the lumbar wound on walking.",
])
def test_the_pain_of_a_surgical_wound_is_no_low_back_pain(sentence):
    assert assertions(sentence, "en", "low_back_pain") == []


@pytest.mark.parametrize("sentence", [
    "Low back pain on sitting, not related to the wound.",
    "Low back pain at night, wound dry.",
    "Buttock pain on the operated side when walking; the wound has healed.",
    "New lower back pain since surgery, separate from the incision.",
    "Lumbar pain radiating to the buttock; drain removed this morning.",
    "Pain in the lower back, not at the wound.",
])
def test_lookalikes_of_wound_pain_keep_their_low_back_pain(sentence):
    assert assertions(sentence, "en", "low_back_pain") == ["present"]


# --- a consent form's risks and complications --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Serious or frequently occurring risks: bleeding, wound infection, cement leakage, a new compression fracture of an adjacent "
     "vertebra, nerve damage.", "vertebral_compression_fracture"),
    ("Risks: DVT, infection, sacral fracture, screw malposition.", "sacral_fracture"),
    ("Risks (as per the consent form): infection, nerve injury, fracture of the superior pubic ramus.",
     "pubic_ramus_fracture"),
    ("Complications discussed: infection, loss of fixation, a new sacral insufficiency fracture.", "sacral_fracture"),
    ("Possible complications include infection, bleeding and a fracture of the pubic ramus.", "pubic_ramus_fracture"),
    ("Risks explained to the patient and her son, including new vertebral collapse and cement embolism.",
     "vertebral_compression_fracture"),
    ("Potential complications: dural tear, new compression fractures at adjacent levels.",
     "vertebral_compression_fracture"),
    ("Risks discussed and documented on the consent form: bleeding, fracture of the sacrum, nerve injury.",
     "sacral_fracture"),
])
def test_a_consent_forms_risks_are_hypothetical(sentence, concept):
    assert assertions(sentence, "en", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept", [
    ("Complications: fracture of the left pubic ramus on day 2, managed non-operatively.", "pubic_ramus_fracture"),
    ("Post-op complications: new T12 compression fracture.", "vertebral_compression_fracture"),
    ("Consent for kyphoplasty of the L1 compression fracture. Risks: infection, bleeding.",
     "vertebral_compression_fracture"),
    ("Risks and benefits of kyphoplasty for her L2 compression fracture discussed.", "vertebral_compression_fracture"),
    ("Risk factors: osteoporosis and a right sacral insufficiency fracture in March.", "sacral_fracture"),
])
def test_lookalikes_of_consent_risks_keep_their_finding(sentence, concept):
    assert assertions(sentence, "en", concept) == ["present"]


# --- the Rommens-Hofmann classification written out or named by its authors --------------------------------------------
@pytest.mark.parametrize("sentence", [
    "CT: fragility fracture of the pelvis type IIc on the right.",
    "Diagnosis: Rommens IIb fragility fracture.",
    "Classified as Rommens type IVb (spinopelvic dissociation).",
    "Fragility fractures of the pelvis (FFP) type IIIc, for fixation.",
    "FFP (Rommens) IIb, non-operative.",
])
def test_the_written_out_ffp_type_names_the_sacral_fracture(sentence):
    assert assertions(sentence, "en", "sacral_fracture") == ["present"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Fragility fracture of the pelvis type Ia on the left.", "pubic_ramus_fracture", ["present"]),
    ("Fragility fracture of the pelvis type Ia on the left.", "sacral_fracture", []),
    ("Rommens type IIa.", "sacral_fracture", []),
    ("Fragility fracture of the pelvis, Rommens IIa.", "pubic_ramus_fracture", []),
    ("Rommens and Hofmann described the FFP classification in 2013.", "sacral_fracture", []),
    ("LC1 pelvic fracture.", "sacral_fracture", []),
])
def test_lookalikes_of_the_written_out_ffp_types(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- the imaging of an operation, taken to guide or check it ----------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Intraoperative cone-beam CT of the pelvis confirmed both iliosacral screws within bone.",
    "O-arm CT of the pelvis after insertion: screw contained.",
    "Intra-op CT pelvis: screws in the S1 corridor.",
    "CT of the pelvis on the table after fixation showed no breach.",
    "A CT pelvis in theatre confirmed the screw position.",
    "Navigated with an intraoperative CT of the pelvis.",
])
def test_the_imaging_of_an_operation_is_no_study_of_the_pelvis(sentence):
    assert exam_rows(sentence, "en") == [("ct", "performed", False)]


@pytest.mark.parametrize("exam", ["INTRAOP 3D CT PELVIS", "O-ARM CT PELVIS", "CT PELVIS INTRAOPERATIVE",
                                  "CONE BEAM CT PELVIS (THEATRE)"])
def test_a_report_of_an_operations_imaging_is_no_study_of_the_pelvis(exam):
    assert exam_rows("Screws within bone.", "en", "radiology", exam) == [("ct", "performed", False)]


@pytest.mark.parametrize("sentence, expected", [
    ("Post-op CT pelvis: iliosacral screws in satisfactory position.", [("ct", "performed", True)]),
    ("CT pelvis done in ED prior to theatre.", [("ct", "performed", True)]),
    ("For theatre tomorrow pending CT pelvis.", [("ct", "requested", True)]),
    ("3D CT of the pelvis for planning: no sacral fracture.", [("ct", "performed", True)]),
    ("Back from theatre. CT pelvis this afternoon showed no sacral fracture.", [("ct", "performed", True)]),
])
def test_lookalikes_of_an_operations_imaging_stay_studies(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_ramus_fracture_checked_by_intraoperative_ct_still_lacks_its_workup():
    case = only_case([
        ("n1", "2025-02-03", "radiology", "XR PELVIS", "Fracture of the right superior pubic ramus.", "en"),
        ("n2", "2025-02-06", "clinical", "", "Retrograde ramus screw. Intraoperative cone beam CT of the pelvis: "
         "screw within the ramus.", "en"),
    ])
    assert flag_and_workup(case) == ("true", "radiograph_only")


# --- a treatment under CT guidance in a report's title line -----------------------------------------------------------
@pytest.mark.parametrize("text, exam, concept, expected", [
    ("Right sacroplasty under CT guidance for a sacral insufficiency fracture. No cement leak.",
     "CT GUIDED SACROPLASTY", "sacral_fracture", ["present"]),
    ("CT-guided vertebroplasty of L3 for a painful osteoporotic compression fracture. 3 ml cement.",
     "CT GUIDED VERTEBROPLASTY", "vertebral_compression_fracture", ["present"]),
    ("CT pelvis for sacral insufficiency fracture. Findings: normal.", "CT PELVIS", "sacral_fracture",
     ["hypothetical"]),
    ("CT-guided biopsy for ?sacral metastasis or fracture. Core obtained.", "CT GUIDED BIOPSY", "sacral_fracture",
     ["hypothetical"]),
])
def test_a_guided_treatments_title_names_what_it_treats(text, exam, concept, expected):
    from .phrasing import one_note
    found = one_note(text, "en", "radiology", exam).mentions
    assert found[found["concept"] == concept]["assertion"].tolist() == expected


# --- a finding at the site, then after a colon the fracture it is read as -----------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Linear low T1 signal in the left sacral ala with surrounding oedema: insufficiency fracture.", "sacral_fracture",
     ["present"]),
    ("Band of sclerosis in the right sacral ala - stress fracture.", "sacral_fracture", ["present"]),
    ("Bilateral sacral alar oedema on STIR: probable insufficiency fractures.", "sacral_fracture", ["uncertain"]),
    ("Oedema in the left sacral ala: an insufficiency fracture cannot be excluded.", "sacral_fracture", ["uncertain"]),
    ("Increased tracer uptake at T11 consistent with a recent fracture.", "vertebral_compression_fracture",
     ["present"]),
    ("Focal intense uptake at L4: acute fracture.", "vertebral_compression_fracture", ["present"]),
    ("Linear uptake at L1 in keeping with a healing fracture.", "vertebral_compression_fracture", ["present"]),
])
def test_a_finding_at_the_site_then_its_fracture_after_a_colon(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sacrum normal: no insufficiency fracture.", "sacral_fracture", ["negated"]),
    ("Sacrum and pelvis: insufficiency fracture of the left pubic ramus.", "sacral_fracture", []),
    ("Uptake at the L4 facet joints consistent with arthropathy.", "vertebral_compression_fracture", []),
    ("L3 endplate irregularity: degenerative, no fracture.", "vertebral_compression_fracture", []),
])
def test_lookalikes_of_a_site_then_its_fracture_after_a_colon(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- "nil by mouth" before an operation is no negation -----------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Nil by mouth from 02:00 for fixation of the left sacral fracture.", "sacral_fracture"),
    ("Kept nil by mouth for theatre; right superior pubic ramus fracture for fixation.", "pubic_ramus_fracture"),
    ("Nil orally after midnight for kyphoplasty of the T12 compression fracture.", "vertebral_compression_fracture"),
])
def test_nil_by_mouth_denies_nothing(sentence, concept):
    assert assertions(sentence, "en", concept) == ["present"]


@pytest.mark.parametrize("sentence, concept", [
    ("Nil fractures seen in the sacrum.", "sacral_fracture"),
    ("Nil known osteoporosis.", "osteoporosis"),
])
def test_nil_before_a_finding_still_denies_it(sentence, concept):
    assert assertions(sentence, "en", concept) == ["negated"]


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

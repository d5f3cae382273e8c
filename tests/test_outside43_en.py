"""Round forty-three, English: body imaging done for other reasons. The wording families that a red team's notes
(tests/data/outside43/en) showed the pipeline misreading, each by several differently worded sentences or exam names,
with look-alikes that must keep their reading: a CT angiogram named "CTA" (a CT, a study of vessels that covers the
sacrum only where its report reads it); the names of body CTs that image the pelvis ("Whole-body PET-CT", "Trauma CT"
and "CT MAJOR TRAUMA", "CT STONE PROTOCOL", "CT colon", "CT A+P", "CT ABD PELV"); a sign at the sacrum read as a
fracture after a relative clause of more than one word ("which is most consistent with", "which in this clinical
context is consistent with"); a hedge on a fracture's age or on what it explains ("are likely old", "Likely chronic
... fracture", "is likely acute", "likely accounts for"); a fracture not fully excluded ("not completely excluded",
"...; an insufficiency fracture is not excluded"); buttock claudication, a buttock pain; and, found by probing beyond
the set, more studies of the abdomen and pelvis done for other reasons ("CTKUB", "CT RENAL COLIC PROTOCOL", CT and MR
enterography, MR proctogram, MRI fistulogram, CT cystogram)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside43" / "en"


def _report(exam: str, text: str = "FINDINGS: No acute abnormality.") -> list[tuple]:
    return exam_rows(text, "en", "radiology", exam)


# --- a CT angiogram named "CTA" ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("exam, text, expected", [
    ("CTA AORTA AND ILIACS", "FINDINGS: Stable 4.8 cm aneurysm. Both SI joints and the sacrum are intact.",
     [("ct", "performed", True)]),
    ("CTA abdominal aorta", "FINDINGS: Type II endoleak. The sacrum is unremarkable.", [("ct", "performed", True)]),
    ("CTA AORTA AND ILIACS", "FINDINGS: Stable 4.8 cm aneurysm.", [("ct", "performed", False)]),
    ("CTA RUNOFF", "FINDINGS: Occluded right popliteal artery.", [("ct", "performed", False)]),
    ("CTA ABDOMEN AND PELVIS", "FINDINGS: No mesenteric ischaemia.", [("ct", "performed", True)]),
])
def test_a_cta_is_a_ct_that_covers_the_sacrum_only_where_its_field_or_report_gives_it(exam, text, expected):
    assert _report(exam, text) == expected


@pytest.mark.parametrize("sentence", [
    "Her CTA of the legs last month: occluded left SFA; it also shows healing fractures of the left pubic rami.",
    "The CTA from 4 March additionally reports an undisplaced fracture of the right inferior pubic ramus.",
    "A recent CTA incidentally shows a healing left superior pubic ramus fracture.",
])
def test_a_cta_reporting_a_pubic_ramus_fracture_is_no_pelvic_study(sentence):
    rows = exam_rows(sentence, "en")
    assert [r[0] for r in rows] == ["ct"] and not any(r[2] for r in rows)


@pytest.mark.parametrize("sentence", [
    "Chest: CTA bilaterally, no wheeze. Abdomen soft.",
    "Lungs CTA, heart sounds normal.",
    "RESP: CTAB, good air entry.",
    "Reviewed by the CTA team.",
])
def test_lookalikes_of_cta_are_no_exam(sentence):
    assert exam_rows(sentence, "en") == []


# --- body CT names that image the pelvis --------------------------------------------------------------------------------
@pytest.mark.parametrize("exam", [
    "Whole-body PET-CT",
    "Whole body FDG PET/CT",
    "Trauma CT",
    "TRAUMA CT",
    "Major trauma CT",
    "CT MAJOR TRAUMA",
    "CT STONE PROTOCOL",
    "CT renal stone protocol",
    "CT COLON",
    "CT A+P",
    "CT ABD PELV W CONTRAST",
    "CT ABDO PEL",
])
def test_a_body_ct_named_so_covers_the_sacrum(exam):
    assert _report(exam) == [("ct", "performed", True)]


@pytest.mark.parametrize("exam", [
    "Trauma CT head",
    "Trauma CT (head and neck only)",
    "PET-CT",
    "CT abdomen",
    "CT upper abdomen",
    "CT chest",
])
def test_lookalikes_of_body_ct_names_do_not_cover_the_sacrum(exam):
    assert _report(exam) == [("ct", "performed", False)]


@pytest.mark.parametrize("sentence", [
    "Whole-body PET-CT in August showed no residual disease.",
    "Total body PET/CT last week was clear.",
    "CT colon in January: two small polyps.",
    "A CT A+P on admission showed a small bowel obstruction.",
    "CT stone protocol yesterday: no calculus.",
])
def test_a_body_ct_so_named_in_a_clinical_note_covers_the_sacrum(sentence):
    assert exam_rows(sentence, "en") == [("ct", "performed", True)]


@pytest.mark.parametrize("sentence", [
    "She passed a kidney stone last year.",
    "Gallstones on ultrasound; cholecystectomy planned.",
    "Colon cancer screening kit returned.",
])
def test_lookalikes_of_body_ct_words_are_no_exam(sentence):
    assert exam_rows(sentence, "en") == []


def test_a_trauma_ct_by_its_exam_name_is_the_workup():
    case = only_case([
        ("n1", "2024-05-06", "emergency", "", "ED: 80F fell down three steps; low back pain, GCS 15.", "en"),
        ("n2", "2024-05-06", "radiology", "Trauma CT", "TRAUMA CT\nFINDINGS: No intracranial injury. No fracture of "
         "the spine. Undisplaced fracture of the left superior pubic ramus.", "en")])
    assert flag_and_workup(case) == ("false", "ct")


# --- found by probing beyond the set: more studies of the abdomen and pelvis done for other reasons -------------------
@pytest.mark.parametrize("exam, expected", [
    ("CTKUB", [("ct", "performed", True)]),
    ("CT RENAL COLIC PROTOCOL", [("ct", "performed", True)]),
    ("CT ENTEROGRAPHY", [("ct", "performed", True)]),
    ("MR ENTEROGRAPHY", [("mri", "performed", True)]),
    ("MR PROCTOGRAM", [("mri", "performed", True)]),
    ("MRI DEFAECOGRAPHY", [("mri", "performed", True)]),
    ("MRI FISTULOGRAM", [("mri", "performed", True)]),
    ("CT CYSTOGRAM", [("ct", "performed", True)]),
    ("CT MESENTERIC ANGIOGRAM", [("ct", "performed", False)]),
    ("MRCP", [("other", "performed", False)]),
])
def test_studies_of_the_abdomen_and_pelvis_for_other_reasons_cover_the_sacrum(exam, expected):
    assert _report(exam) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Her CTKUB in the ED showed a 4 mm right VUJ stone.", [("ct", "performed", True)]),
    ("CT enterography in April showed active terminal ileal Crohn's.", [("ct", "performed", True)]),
    ("MR proctogram last month: large rectocele.", [("mri", "performed", True)]),
    ("Fistulogram of the left brachiocephalic fistula showed a venous stenosis.", []),
    ("Renal colic settled with diclofenac.", []),
])
def test_such_studies_named_in_a_clinical_note(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- a sign at the sacrum read as a fracture after a relative clause ---------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Linear sclerosis in the right sacral ala, which is most consistent with a healing insufficiency fracture.",
    "Oedema in both sacral alae, which is in keeping with bilateral insufficiency fractures.",
    "Low T1 signal band in the left sacral ala, which in this clinical setting is consistent with a stress fracture.",
    "Sclerotic line in the sacral ala, which is again most consistent with an insufficiency fracture.",
])
def test_a_sacral_sign_read_as_a_fracture_after_which_is_present(sentence):
    assert assertions(sentence, "en", "sacral_fracture") == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Sclerosis in the left sacral ala, which may represent an insufficiency fracture.", ["uncertain"]),
    ("Sclerosis in the left sacral ala, which is most likely degenerative.", []),
    ("Clinical sacral insufficiency fracture, not imaged.", ["uncertain"]),
])
def test_lookalikes_of_the_relative_clause_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", "sacral_fracture") == expected


# --- a hedge on a fracture's age or on what it explains -----------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("The right pubic rami fractures are probably old.", "pubic_ramus_fracture", ["historical"]),
    ("The T12 wedge fracture is most likely chronic.", "vertebral_compression_fracture", ["historical"]),
    ("Likely chronic compression fracture of L3.", "vertebral_compression_fracture", ["historical"]),
    ("Probably old healed fracture of the left inferior pubic ramus.", "pubic_ramus_fracture", ["historical"]),
    ("The L2 compression fracture is likely recent.", "vertebral_compression_fracture", ["present"]),
    ("The sacral ala fracture is probably acute.", "sacral_fracture", ["present"]),
    ("The L1 compression fracture probably explains her pain.", "vertebral_compression_fracture", ["present"]),
    ("A right sacral insufficiency fracture most likely accounts for the buttock pain.", "sacral_fracture",
     ["present"]),
])
def test_a_hedge_on_a_fractures_age_or_effect_leaves_it_there(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Likely L1 compression fracture.", "vertebral_compression_fracture", ["uncertain"]),
    ("The buttock pain is likely due to a sacral insufficiency fracture.", "sacral_fracture", ["uncertain"]),
    ("Pubic ramus fracture is likely.", "pubic_ramus_fracture", ["uncertain"]),
    ("Old healed fracture of the left superior pubic ramus.", "pubic_ramus_fracture", ["historical"]),
])
def test_lookalikes_of_age_hedges_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- a fracture not fully excluded -------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("A sacral insufficiency fracture is not completely excluded.", "sacral_fracture"),
    ("An undisplaced fracture of the left pubic ramus is not fully excluded on these images.",
     "pubic_ramus_fracture"),
    ("A sacral fracture is not fully ruled out by the radiographs.", "sacral_fracture"),
    ("Ill-defined sclerosis in the right sacral ala; a stress fracture is not excluded.", "sacral_fracture"),
    ("Subtle lucency in the left sacral ala, an insufficiency fracture is not ruled out.", "sacral_fracture"),
])
def test_a_fracture_not_fully_excluded_is_suspected(sentence, concept):
    assert assertions(sentence, "en", concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept", [
    ("A sacral fracture has been excluded on MRI.", "sacral_fracture"),
    ("Sacral insufficiency fracture completely excluded on MRI.", "sacral_fracture"),
    ("A sacral insufficiency fracture is excluded.", "sacral_fracture"),
    ("A pubic ramus fracture has been completely excluded.", "pubic_ramus_fracture"),
])
def test_lookalikes_of_not_excluded_keep_the_denial(sentence, concept):
    assert assertions(sentence, "en", concept) == ["negated"]


# --- buttock claudication -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Right buttock claudication at 150 yards for a year.",
    "Gluteal claudication on both sides after walking 50 m.",
    "Hip and buttock claudication on the left since the summer.",
    "He gets claudication in the left buttock when walking uphill.",
])
def test_buttock_claudication_is_low_back_pain(sentence):
    assert assertions(sentence, "en", "low_back_pain") == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Left calf claudication at 100 metres.", []),
    ("Neurogenic claudication with lumbar canal stenosis on MRI.", []),
    ("Jaw claudication; ESR 90.", []),
    ("Denies buttock claudication.", ["negated"]),
])
def test_lookalikes_of_buttock_claudication_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", "low_back_pain") == expected


# --- the set ------------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

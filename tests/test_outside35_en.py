"""Round thirty-five, English: what an exam is called, in every form. The wording families of exam names that a red
team's notes (tests/data/outside35/en) showed the pipeline misreading, each by several differently worded names and
sentences, with look-alikes that must keep their reading: nuclear-medicine order names without "scan" ("NM BONE 3
PHASE", "NM Bone Whole body") and the HDP/HMDP tracer; a staging CT whose fields are listed in brackets; dual-energy
CT called "DECT"; EOS biplanar imaging, a radiograph; an MR angiogram, a study of vessels that covers the sacrum
only where its report reads it; and a CPT procedure code standing for the exam's name in the exam column."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside35" / "en"


def _report(exam: str, text: str = "FINDINGS: Normal.") -> list[tuple]:
    return exam_rows(text, "en", "radiology", exam)


# --- nuclear medicine's order names and tracers ---------------------------------------------------------------------
@pytest.mark.parametrize("exam", [
    "NM BONE 3 PHASE",
    "NM Bone Whole body",
    "NM BONE WB",
    "NM SKELETAL WHOLE BODY",
    "NM Bone scan whole body",
])
def test_a_nuclear_medicine_bone_order_name_is_a_whole_body_scintigraphy(exam):
    assert _report(exam) == [("scintigraphy", "performed", True)]


@pytest.mark.parametrize("exam, expected", [
    ("NM BONE SPECT-CT LUMBAR SPINE", [("scintigraphy", "performed", False)]),  # the SPECT's field: lumbar only
    ("NM BONE SPECT/CT LUMBAR SPINE", [("scintigraphy", "performed", False)]),
    ("NM BONE SPECT-CT LUMBAR SPINE AND PELVIS", [("scintigraphy", "performed", True)]),
    ("NM THYROID UPTAKE", [("other", "performed", False)]),
    ("DXA HIP AND SPINE WITH VFA", [("other", "performed", False)]),
])
def test_lookalikes_of_nuclear_medicine_names_keep_their_reading(exam, expected):
    assert _report(exam) == expected


@pytest.mark.parametrize("sentence", [
    "Whole-body images 3 hours after IV injection of 600 MBq Tc-99m HDP: uptake at L2 only.",
    "Whole-body sweep 3 hours after 550 MBq Tc-99m HMDP: normal distribution.",
    "Delayed whole-body images (99mTc-HDP) were unremarkable.",
])
def test_a_bone_scan_named_by_its_tracer_is_a_scintigraphy(sentence):
    assert [r[0] for r in exam_rows(sentence, "en")] == ["scintigraphy"]


@pytest.mark.parametrize("sentence", [
    "Pregnancies complicated by HDP; now 78.",
    "Bloods: WBC 8.1, eos 0.3, neut 5.2.",
    "Had a bone density scan last year.",
])
def test_lookalikes_of_tracers_and_bone_words_are_no_exam(sentence):
    assert exam_rows(sentence, "en") == []


def test_a_bone_scan_known_by_its_order_name_is_the_workup():
    case = only_case([
        ("n1", "2024-05-06", "radiology", "XR LUMBAR SPINE 2-3 VIEWS", "XR LUMBAR SPINE\nFINDINGS: New compression "
         "fracture of L1 with 40% loss of anterior height.", "en"),
        ("n2", "2024-05-20", "radiology", "NM BONE 3 PHASE", "NM THREE PHASE STUDY\nINDICATION: L1 compression "
         "fracture.\nFINDINGS: Intense uptake at L1. Normal uptake in the sacrum.", "en")])
    assert flag_and_workup(case) == ("false", "scintigraphy")


# --- a staging CT whose fields are listed in brackets ---------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Staging CT (thorax, abdomen, pelvis) on 14 February 2024: no nodal or bony metastases.",
    "Restaging CT (chest, abdomen, pelvis) on 2 April 2024: stable liver lesions.",
    "CT (chest, abdomen and pelvis) yesterday: no metastases.",
    "Staging CT (thorax, abdomen and pelvis) last week: no metastases.",
])
def test_a_ct_whose_bracket_lists_the_pelvis_covers_the_sacrum(sentence):
    assert exam_rows(sentence, "en") == [("ct", "performed", True)]


@pytest.mark.parametrize("sentence, expected", [
    ("Staging CT (thorax, abdomen) last week: no metastases.", [("ct", "performed", False)]),
    ("CT (chest) last week: no emboli.", [("ct", "performed", False)]),
    ("MRI (lumbar spine), normal.", [("mri", "performed", False)]),
    ("Staging CT (chest/abdomen/pelvis) showed no metastases.", [("ct", "performed", True)]),
    ("CT chest, abdomen, pelvis last week: no metastases.", [("ct", "performed", True)]),
])
def test_lookalikes_of_bracketed_fields_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


# --- dual-energy CT called DECT ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "DECT pelvis on admission: no fracture and no marrow oedema.",
    "Rapid kV-switching DECT of the pelvis with VNCa maps showed no bone marrow oedema.",
    "Dual-energy CT of the pelvis yesterday showed no fracture.",
])
def test_dect_of_the_pelvis_is_a_pelvic_ct(sentence):
    assert exam_rows(sentence, "en") == [("ct", "performed", True)]


def test_a_dect_report_is_a_ct_workup():
    case = only_case([
        ("n1", "2024-04-02", "emergency", "", "75F on long-term prednisolone. Fell yesterday; right buttock and low "
         "back pain. XR pelvis: no fracture.", "en"),
        ("n2", "2024-04-02", "radiology", "DECT PELVIS", "DECT PELVIS\nFINDINGS: No fracture line. No bone marrow "
         "oedema on the VNCa maps.", "en")])
    assert flag_and_workup(case) == ("false", "ct")


# --- EOS imaging is a radiograph -----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "EOS imaging of the whole spine today: new L1 wedge fracture.",
    "EOS standing full-spine images showed a new L2 wedge fracture.",
    "EOS biplanar views: T12 wedge compression.",
])
def test_eos_imaging_is_a_radiograph(sentence):
    assert [r[0] for r in exam_rows(sentence, "en")] == ["radiograph"]


def test_an_eos_report_is_a_radiograph_only_workup():
    case = only_case([("n1", "2024-06-10", "radiology", "EOS FULL SPINE STANDING", "EOS FULL SPINE, STANDING\n"
                       "FINDINGS: Wedge compression of T12 with 30% anterior height loss.", "en")])
    assert flag_and_workup(case) == ("true", "radiograph_only")


# --- an MR angiogram is a study of vessels ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "MR angiogram of the pelvis and legs done last month for claudication: patent iliac stents.",
    "MR angiography of the pelvis showed no stenosis.",
    "MR venogram of the pelvis: no thrombosis.",
])
def test_an_mr_angiogram_of_the_pelvis_is_no_pelvic_mri(sentence):
    assert exam_rows(sentence, "en") == [("mri", "performed", False)]


@pytest.mark.parametrize("sentence, expected", [
    ("MR angiogram of the pelvis: patent vessels; the sacrum is intact.", [("mri", "performed", True)]),
    ("MRI pelvis showed no fracture.", [("mri", "performed", True)]),
    ("MR pelvis with angiographic sequences: no fracture.", [("mri", "performed", True)]),
    ("CT angiogram of the pelvis showed no bleed.", [("ct", "performed", True)]),
    ("MRA of the aorta and iliacs: patent.", []),
])
def test_lookalikes_of_vessel_studies_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("exam, text, expected", [
    ("MR ANGIOGRAM PELVIS AND LOWER LIMBS", "FINDINGS: Patent vessels.", [("mri", "performed", False)]),
    ("MR ANGIOGRAM PELVIS AND LOWER LIMBS", "FINDINGS: Patent vessels. The sacrum is normal.",
     [("mri", "performed", True)]),
    ("MRI PELVIS", "FINDINGS: Normal.", [("mri", "performed", True)]),
])
def test_an_mr_angiogram_report_covers_the_sacrum_only_where_it_reads_it(exam, text, expected):
    assert _report(exam, text) == expected


def test_an_mr_angiogram_is_no_sacral_workup():
    case = only_case([("n1", "2024-07-01", "outpatient", "", "73M, right total hip replacement 2019. Low back pain "
                       "for 2 months. MR angiogram of the pelvis and legs on 24 June 2024: left iliac stenosis.", "en")])
    assert flag_and_workup(case) == ("true", "none")


# --- a procedure code that stands for the exam's name ----------------------------------------------------------------
@pytest.mark.parametrize("exam, expected", [
    ("72195", [("mri", "performed", True)]),
    ("MRI 72195", [("mri", "performed", True)]),
    ("CT 72192", [("ct", "performed", True)]),
    ("74177", [("ct", "performed", True)]),
    ("78306", [("scintigraphy", "performed", True)]),
    ("MRI PELVIS WO CONTRAST (CPT 72195)", [("mri", "performed", True)]),
])
def test_a_procedure_code_names_its_exam(exam, expected):
    assert _report(exam) == expected


@pytest.mark.parametrize("exam, expected", [
    ("72148", [("mri", "performed", False)]),  # MRI lumbar spine: not the sacrum unless read
    ("72170", [("radiograph", "performed", False)]),
    ("70450", [("ct", "performed", False)]),
    ("77080", [("other", "performed", False)]),  # DXA
    ("12345", [("other", "performed", False)]),
])
def test_lookalikes_of_procedure_codes_keep_their_reading(exam, expected):
    assert _report(exam) == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round eleven, English: the wording families that notes by an outside author (tests/data/outside11/en:
oncology and radiotherapy follow-up, staging bone scans, fracture liaison and osteoporosis clinic letters, DXA with
VFA, rheumatology, pain-clinic and spine-intervention notes, physiotherapy, care-home letters, patient-portal
summaries, comparison-driven reports and second-opinion re-reads) showed the pipeline misreading, each by several
differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest


from .phrasing import assertions, is_flagged, one_note, only_case, scored_set

VCF = "vertebral_compression_fracture"
SACRAL = "sacral_fracture"
SET = Path(__file__).resolve().parent / "data" / "outside11" / "en"


def _assertions(text: str, concept: str, note_type: str = "clinical") -> list[str]:
    return assertions(text, "en", concept, note_type)


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> pd.DataFrame:
    return one_note(text, "en", note_type, exam).exams


# --- a wedge or height loss the reader puts down to projection, positioning or technique is no fracture --------
@pytest.mark.parametrize("text", [
    "The apparent wedging of L1 is positional.",
    "Apparent loss of height at T12 is due to projection.",
    "Mild anterior wedging of T12 is probably related to patient rotation.",
    "On second review the apparent anterior wedging of L2 is projectional; the vertebral height is preserved.",
    "Slight wedging of L3 is artefactual, from the oblique projection.",
])
def test_outside11_en_a_projectional_wedge_is_negated(text):
    found = _assertions(text, VCF, "radiology")
    assert found and "present" not in found and "negated" in found


@pytest.mark.parametrize("text", [
    "Anterior wedging of L1 with 20% height loss.",
    "New wedge compression of T12, not due to projection on the lateral view.",
])
def test_outside11_en_a_wedge_without_an_artefact_stays_present(text):
    assert "present" in _assertions(text, VCF, "radiology")


def test_outside11_en_a_second_reader_who_rejects_the_wedge_leaves_a_man_with_back_pain_unflagged():
    case = only_case([
        ("n1", "2025-01-20", "radiology", "XR lumbar spine",
         "Indication: 64M with low back pain after shovelling snow.\nFindings: ?Mild anterior wedging of L2."),
        ("n2", "2025-01-28", "radiology", "XR lumbar spine",
         "SECOND OPINION: I do not believe there is a genuine L2 compression fracture: the apparent anterior "
         "wedging is projectional."),
    ], "en")
    assert not is_flagged(case) and case["reasons"] == "low_back_pain"


# --- a height loss that names no vertebra is the patient's stature ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Clinical: 71F, LBP, loss of height. ?wedge fracture",
    "Given her age and height loss, advised to see her GP about a bone density scan.",
    "Her daughter has noticed loss of height and a stoop; DXA requested.",
    "Reason for referral: height loss over 10 years, back ache.",
])
def test_outside11_en_a_bare_height_loss_is_no_compression(text):
    assert "present" not in _assertions(text, VCF)


@pytest.mark.parametrize("text", [
    "There is 25% loss of height.",
    "Wedge deformity with loss of anterior height.",
    "Mild anterior height loss of T12, unchanged.",
    "Loss of approximately 40% of the anterior vertebral height at L1.",
    "L1 compression is stable, no progressive height loss.",
    "Known T12 fracture with no further loss of height.",
])
def test_outside11_en_a_height_loss_of_a_vertebral_body_stays_present(text):
    assert "present" in _assertions(text, VCF, "radiology")


# --- dual-energy X-ray absorptiometry written out is a bone density test, not a radiograph --------------------
@pytest.mark.parametrize("text", [
    "DUAL-ENERGY X-RAY ABSORPTIOMETRY + VFA\nFindings: T-score -2.6.",
    "Dual energy x ray absorptiometry of the lumbar spine and hip: osteopenia.",
])
def test_outside11_en_dxa_written_out_is_no_radiograph(text):
    exams = _exams(text, "radiology", "DXA")
    assert "radiograph" not in set(exams["modality"])


def test_outside11_en_a_plain_xray_is_still_a_radiograph():
    exams = _exams("Dual energy x-ray absorptiometry showed osteoporosis. Chest X-ray clear.")
    assert list(exams["modality"]) == ["radiograph"]


def test_outside11_en_a_vfa_fracture_with_dxa_written_out_has_no_workup():
    case = only_case([("n1", "2025-07-02", "radiology", "DXA with VFA",
                       "DUAL-ENERGY X-RAY ABSORPTIOMETRY + VFA\nClinical: 70M, long-term prednisolone.\n"
                       "VFA: moderate wedge deformity of T11, consistent with an osteoporotic vertebral fracture.")],
                     "en")
    assert is_flagged(case) and case["workup"] == "none"


# --- a conditional suspicion asks, also after a dash or as "should ... be suspected" ---------------------------
@pytest.mark.parametrize("text", [
    "Sacrum not imaged - if a sacral insufficiency fracture is clinically suspected, CT pelvis would be required.",
    "Sacrum not included - should a sacral insufficiency fracture be suspected, MRI pelvis is advised.",
    "If an occult sacral fracture is still suspected, consider MRI.",
    "Should a sacral fracture be clinically suspected, a dedicated MRI of the sacrum is recommended.",
])
def test_outside11_en_a_conditional_suspicion_is_hypothetical(text):
    assert _assertions(text, SACRAL, "radiology") == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "Left sacral ala - this may represent an early insufficiency fracture.",
    "A sacral insufficiency fracture is suspected.",
])
def test_outside11_en_an_unconditional_suspicion_stays_uncertain(text):
    assert _assertions(text, SACRAL, "radiology") == ["uncertain"]


def test_outside11_en_a_lumbar_ct_that_only_asks_about_the_sacrum_adds_no_reason():
    case = only_case([
        ("n1", "2025-10-06", "emergency", "", "79F fall. L groin pain and low back pain. XR pelvis: undisplaced "
                                                "fracture of the L inferior pubic ramus."),
        ("n2", "2025-10-06", "radiology", "CT lumbar spine",
         "Findings: No acute lumbar fracture. The sacrum is not included in the scanned range.\n"
         "Conclusion: Sacrum not imaged - if a sacral insufficiency fracture is clinically suspected, CT pelvis "
         "would be required."),
    ], "en")
    assert is_flagged(case) and case["reasons"] == "low_back_pain;pubic_ramus_fracture"


# --- "favours X (over Y)" is a reader's leaning, not a statement ----------------------------------------------
@pytest.mark.parametrize("text", [
    "The appearance favours a sacral insufficiency fracture over metastasis.",
    "Findings favour an insufficiency fracture of the sacrum rather than a metastasis.",
    "Pattern of uptake favoring a right sacral alar fracture.",
    "Appearances favor a sacral insufficiency fracture.",
])
def test_outside11_en_favouring_a_fracture_is_uncertain(text):
    assert _assertions(text, SACRAL, "radiology") == ["uncertain"]


def test_outside11_en_consistent_with_stays_present():
    assert _assertions("Linear uptake consistent with a sacral insufficiency fracture.", SACRAL,
                       "radiology") == ["present"]


# --- a check or a test for osteoporosis asks about it ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Advised to see her GP about an osteoporosis check.",
    "Bloods and osteoporosis testing arranged.",
    "Booked for an osteoporosis check-up at the practice.",
])
def test_outside11_en_an_osteoporosis_check_is_hypothetical(text):
    assert _assertions(text, "osteoporosis") == ["hypothetical"]


def test_outside11_en_known_osteoporosis_stays_present():
    assert _assertions("Known osteoporosis, on alendronate; calcium checked.", "osteoporosis") == ["present"]


def test_outside11_en_a_prosthesis_check_up_keeps_the_prosthesis():
    """Only osteoporosis is asked by a check: a joint replacement's check-up reviews a prosthesis she has."""
    assert _assertions("Annual hip replacement check-up: prosthesis well fixed.", "hip_prosthesis") == ["present"]


# --- a vertebral field whose value denies a compression ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Lumbar vertebrae: no compression. Small lytic lesions in both iliac bones.",
    "Vertebral bodies: no collapse.",
    "Lumbar spine: no wedging or collapse.",
])
def test_outside11_en_a_vertebral_field_without_compression_is_negated(text):
    assert "negated" in _assertions(text, VCF, "radiology")
    assert "present" not in _assertions(text, VCF, "radiology")


@pytest.mark.parametrize("text", ["Spine: no cord compression.", "Thoracic spine: no compression of the cord."])
def test_outside11_en_a_spinal_field_without_cord_compression_is_no_mention(text):
    assert _assertions(text, VCF, "radiology") == []


# --- sites listed after a fracture word whose list opens with a body part of no concept -----------------------
@pytest.mark.parametrize("text,expected", [
    ("No acute fracture of the pelvis, sacrum or pubic rami.", "negated"),
    ("No fractures involving the hips, acetabula, sacrum or pubic rami.", "negated"),
    ("Possible fracture of the iliac wing, sacrum or pubic rami.", "uncertain"),
])
def test_outside11_en_sites_listed_after_a_fracture_word_share_it(text, expected):
    found = one_note(text, "en", "radiology").mentions
    for concept in (SACRAL, "pubic_ramus_fracture"):
        assert found[found["concept"] == concept]["assertion"].tolist() == [expected], concept


@pytest.mark.parametrize("text", [
    "Fracture of the distal radius, and sacral pain.",  # the site word names a pain, not the list's fracture
    "Fracture of the left femoral neck; sacrum and pubic rami not assessed.",  # no list after the fracture
])
def test_outside11_en_a_site_outside_the_fracture_words_list_is_no_fracture(text):
    found = one_note(text, "en", "radiology").mentions
    assert found[found["concept"].isin([SACRAL, "pubic_ramus_fracture"])].empty


# --- a vertebral site adjective shares a later fracture word and its kind ------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Imp: LBP on long-term steroids - need to exclude a vertebral or sacral insufficiency fracture.", "hypothetical"),
    ("No vertebral or pelvic insufficiency fractures.", "negated"),
    ("Vertebral and sacral fragility fractures.", "present"),
])
def test_outside11_en_a_vertebral_adjective_shares_the_fracture_word(text, expected):
    assert _assertions(text, VCF, "radiology") == [expected]


# --- the whole set, as a user scores it ------------------------------------------------------------------------
def test_outside11_en_the_set_keeps_its_final_figures(tmp_path):
    """``reportminer scan`` + ``evaluate`` on the set (development data now): the flag and the workup of every
    patient right, and the figures the README records as a floor against regressions."""
    flag_f1, workup_accuracy, note_f1 = scored_set(SET, tmp_path, "en")
    assert (flag_f1, workup_accuracy) == (1.0, 1.0)
    assert note_f1 >= 0.97

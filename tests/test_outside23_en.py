"""Round twenty-three, English: the wording families that notes by an outside author (tests/data/outside23/en: the
findings in clinicians' and patients' own words, mostly outside radiology — GP, telephone advice, emergency,
orthogeriatrics, physiotherapy, district nursing, care homes, home care, pain clinic, discharge letters) showed the
pipeline misreading, each by several differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, flag_and_workup, one_note, only_case, scored_set

SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
SET = Path(__file__).resolve().parent / "data" / "outside23" / "en"


# --- OVCF: an osteoporotic vertebral compression fracture, abbreviated ---------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Known OVCF of L2, on alendronate.", ["present"]),
    ("OVCFs at T12 and L1 on the lateral film.", ["present"]),
    ("Chronic LBP since her OVCF L2 (2023).", ["historical"]),
    ("Painful OVCF at L3 - for vertebroplasty.", ["present"]),
])
def test_outside23_en_ovcf_is_a_compression_fracture(text, expected):
    assert assertions(text, "en", VCF) == expected


@pytest.mark.parametrize("text,expected", [
    ("VCF L2.", ["present"]),
    ("No vertebral compression fracture.", ["negated"]),
    ("Ovarian cyst on ultrasound.", []),
])
def test_outside23_en_vcf_look_alikes_keep_their_reading(text, expected):
    assert assertions(text, "en", VCF) == expected


# --- a site "clear": the clinician's all-clear of the sacrum (with its verb, or clear of what) or the rami ---------
@pytest.mark.parametrize("text,concept", [
    ("MRI: acute L3 fracture, the sacrum is clear.", SACRAL),
    ("Sacrum clear of fracture on the CT.", SACRAL),
    ("The sacrum is clear of fracture.", SACRAL),
    ("On review the sacrum remains clear.", SACRAL),
    ("Pubic rami clear.", RAMUS),
    ("XR pelvis: the pubic rami are clear.", RAMUS),
])
def test_outside23_en_a_site_clear_is_no_fracture(text, concept):
    assert assertions(text, "en", concept) == ["negated"]


@pytest.mark.parametrize("text,concept", [
    ("Sacral fracture clear on MRI.", SACRAL),
    ("Left pubic ramus fracture, clear on CT.", RAMUS),
    ("Sacral insufficiency fracture, clearly seen on the coronal STIR.", SACRAL),
    ("Sacral ala fracture is clear on the CT.", SACRAL),
])
def test_outside23_en_a_fracture_that_is_clear_stays_present(text, concept):
    assert assertions(text, "en", concept) == ["present"]


# --- the rami first in a list of sites that a survey word ends -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pubic rami, sacrum and SI joints intact.",
    "Pubic rami, acetabula and hips normal.",
    "Superior and inferior pubic rami, sacrum or SI joints unremarkable.",
])
def test_outside23_en_rami_first_in_an_intact_list_are_negated(text):
    assert assertions(text, "en", RAMUS) == ["negated"]


@pytest.mark.parametrize("text,expected", [
    ("Pubic rami fractured, sacrum and SI joints intact.", ["present"]),
    ("Fracture of the left acetabulum, rami intact.", ["negated"]),
    ("Pubic rami intact.", ["negated"]),
])
def test_outside23_en_rami_look_alikes_keep_their_reading(text, expected):
    assert assertions(text, "en", RAMUS) == expected


# --- a query mark written onto the fracture after the site, with no comma --------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Subtle cortical irregularity of the right inferior pubic ramus ?undisplaced fracture.", RAMUS),
    ("Left inferior pubic ramus ?fracture.", RAMUS),
    ("Left sacral ala ?fracture.", SACRAL),
    ("Sclerosis of the sacral ala ?insufficiency fracture.", SACRAL),
])
def test_outside23_en_site_then_query_fracture_is_suspected(text, concept):
    assert assertions(text, "en", concept, "radiology") == ["uncertain"]


@pytest.mark.parametrize("text,concept,expected", [
    ("Indication: sacral pain ?fracture.", SACRAL, []),
    ("Left inferior pubic ramus, ?fracture.", RAMUS, ["uncertain"]),
    ("Left inferior pubic ramus fracture.", RAMUS, ["present"]),
])
def test_outside23_en_query_look_alikes_keep_their_reading(text, concept, expected):
    assert assertions(text, "en", concept, "radiology") == expected


# --- a fracture of the pelvic ring through the rami ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "84F, fragility fracture of the pelvic ring through the left superior and inferior rami after a fall.",
    "Fracture of the pelvis involving both pubic rami.",
    "Insufficiency fracture of the pelvic ring across the right superior ramus.",
])
def test_outside23_en_a_pelvic_ring_fracture_through_the_rami_is_a_ramus_fracture(text):
    assert assertions(text, "en", RAMUS) == ["present"]


@pytest.mark.parametrize("text,expected", [
    ("Fracture of the pelvic ring, no involvement of the rami.", []),
    ("No fracture of the pelvic ring through the rami.", ["negated"]),
    ("Told she had a pelvic fracture.", []),
])
def test_outside23_en_pelvic_fracture_look_alikes_keep_their_reading(text, expected):
    assert assertions(text, "en", RAMUS) == expected


# --- complaints of the low back, and the buttocks ("bottom") last in a list of painful sites --------------------------
@pytest.mark.parametrize("text,expected", [
    ("No lower back symptoms.", ["negated"]),
    ("Lower back problems for years, worse lately.", ["present"]),
    ("Denies lower back trouble.", ["negated"]),
    ("Ongoing low back issues.", ["present"]),
    ("Pain in her tailbone area and bottom since she fell.", ["present"]),
    ("Pain in his hip and bottom when he sits.", ["present"]),
])
def test_outside23_en_low_back_complaints_and_the_bottom(text, expected):
    assert assertions(text, "en", LBP) == expected


@pytest.mark.parametrize("text", [
    "No back problems.",
    "Neck problems since the accident.",
    "Lower limb symptoms only.",
    "Pain in her heel and bottom of her foot.",
    "Pain in her hip and groin.",
])
def test_outside23_en_other_complaints_are_no_low_back_pain(text):
    assert assertions(text, "en", LBP) == []


# --- a relative spoken with is not the one the finding belongs to ---------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Result discussed with pt and son: crush fracture L1.", VCF),
    ("Discussed with daughter: L1 crush fracture.", VCF),
    ("Explained to her husband - fractured pubic rami.", RAMUS),
    ("Spoke to son - sacral insufficiency fracture confirmed.", SACRAL),
])
def test_outside23_en_a_relative_spoken_with_leaves_the_finding_the_patients(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text,concept", [
    ("Family history: mother: osteoporosis.", "osteoporosis"),
    ("Mother - osteoporosis.", "osteoporosis"),
    ("FH: sister: collapsed vertebrae.", VCF),
    ("Mother had a 'collapsed vertebra' at 70.", VCF),
])
def test_outside23_en_a_relatives_own_condition_stays_history(text, concept):
    assert assertions(text, "en", concept) == ["historical"]


# --- exams: a chest radiograph abbreviated; an MRI of the spine is no order of a sacral study -----------------------
@pytest.mark.parametrize("text", [
    "CXR for cough: no consolidation; incidental wedge fracture of T7.",
    "CXR: wedge fracture of T7.",
    "Repeat CXR clear.",
])
def test_outside23_en_cxr_is_a_radiograph(text):
    exams = one_note(text, "en").exams
    assert exams["modality"].tolist() == ["radiograph"] and exams["status"].tolist() == ["performed"]


def test_outside23_en_a_compression_found_on_a_chest_film_is_radiograph_only():
    case = only_case([("n1", "2024-01-30", "outpatient", "",
                       "76M COPD. CXR for cough: no consolidation; incidental wedge fracture of T7.")], "en")
    assert flag_and_workup(case) == ("true", "radiograph_only")


@pytest.mark.parametrize("text,region", [
    ("MRI spine requested to assess oedema.", "other"),
    ("MRI of the spine requested.", "other"),
    ("MRI spine and pelvis requested.", "pelvis"),
    ("MRI pelvis and spine requested.", "pelvis"),
    ("MRI whole spine requested.", "lumbar_spine"),
])
def test_outside23_en_mri_spine_region(text, region):
    assert one_note(text, "en").exams["region"].tolist() == [region]


@pytest.mark.parametrize("order,expected", [
    ("Considered for vertebroplasty - MRI spine requested to assess oedema.", "radiograph_only"),
    ("MRI of the spine booked.", "radiograph_only"),
    ("MRI spine and pelvis requested.", "ordered"),
    ("MRI requested.", "ordered"),
])
def test_outside23_en_an_mri_of_the_spine_is_no_order_of_a_sacral_study(order, expected):
    case = only_case([("n1", "2024-11-14", "outpatient", "",
                       "72F, pain low in the back. XR lumbar spine: crush fracture of L3, new."),
                      ("n2", "2024-12-16", "outpatient", "", "Painful L3 crush fracture. " + order)], "en")
    assert flag_and_workup(case) == ("true", expected)


# --- the whole set -----------------------------------------------------------------------------------------------
def test_outside23_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

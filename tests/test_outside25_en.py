"""Round twenty-five, English: the wording families that notes by an outside author (tests/data/outside25/en: words
bent out of shape — typing errors and transposed letters, speech-recognition errors, British and American
spellings, hyphens and line breaks inside words, shouting capitals, abbreviations and symbols, levels in every
form) showed the pipeline misreading, each by several differently worded sentences, with look-alikes that must
keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, exam_rows, flag_and_workup, only_case, scored_set

SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
SET = Path(__file__).resolve().parent / "data" / "outside25" / "en"


# --- "-ve" is negative: "Sacrum: -ve for SIF", "SIF -ve on MRI", "Sacral fracture: -ve" ----------------------------
@pytest.mark.parametrize("text,concept", [
    ("BONE SCINTIGRAPHY: uptake at L2. Sacrum: -ve for SIF.", SACRAL),
    ("Bone scan -ve for sacral fracture.", SACRAL),
    ("SIF -ve on MRI.", SACRAL),
    ("Sacral fracture: -ve.", SACRAL),
    ("Pubic rami -ve for fracture.", RAMUS),
    ("LBP -ve.", LBP),
])
def test_outside25_en_minus_ve_is_negative(text, concept):
    # a clinical note's line: a radiology report's first line would be its exam title, where "for" asks
    assert assertions(text, "en", concept) == ["negated"]


@pytest.mark.parametrize("text,concept", [
    ("Sacral fracture +ve on MRI.", SACRAL),
    ("MRI +ve for sacral fracture.", SACRAL),
    ("Urine dip -ve. L1 compression fracture.", VCF),
    ("L1 compression fracture. Urine dip -ve.", VCF),
])
def test_outside25_en_plus_ve_or_another_tests_minus_ve_keeps_the_finding(text, concept):
    assert assertions(text, "en", concept) == ["present"]


# --- "sacrum clear" in shorthand, no verb ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "L inferior ramus fracture confirmed on CT, sacrum clear.",
    "Sacrum clear.",
    "SI joints and sacrum clear; hips normal.",
    "Pubic rami fractured; sacrum clear, hips intact.",
])
def test_outside25_en_sacrum_clear_in_shorthand_is_negated(text):
    assert assertions(text, "en", SACRAL) == ["negated"]


@pytest.mark.parametrize("text", [
    "Fracture line through the sacrum clearly seen.",
    "Sacral insufficiency fracture, clear on MRI.",
])
def test_outside25_en_a_clearly_seen_sacral_fracture_stays_present(text):
    assert assertions(text, "en", SACRAL, "radiology") == ["present"]


# --- PRF with its side is a pubic ramus fracture; pulsed radiofrequency (PRF) is not --------------------------------
@pytest.mark.parametrize("text", [
    "ED: fall. XR: R PRF (sup + inf rami). Admit.",
    "Dx: L PRF.",
    "Bilat PRFs after a fall, mobilise as able.",
    "Left PRF, non-operative.",
])
def test_outside25_en_prf_with_its_side_is_a_ramus_fracture(text):
    assert assertions(text, "en", RAMUS) == ["present"]


@pytest.mark.parametrize("text", [
    "Plan: right PRF L4/5 facet.",
    "Left PRF of the genicular nerves last year helped.",
    "Left L5 DRG PRF for radicular pain.",
    "R PRF to the suprascapular nerve booked.",
    "PR: brown stool, no blood.",
])
def test_outside25_en_pulsed_radiofrequency_and_per_rectum_are_no_ramus_fracture(text):
    assert assertions(text, "en", RAMUS) == []


# --- TP (transverse process) fractures are no vertebral compression --------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ortho: cyclist, L iliac wing fx and L2 TP fx, both non-op.",
    "TP fractures L2-4 on the left.",
    "L2 and L3 TP fxs.",
    "Left L3 TP fracture.",
])
def test_outside25_en_transverse_process_abbreviated_is_no_compression(text):
    assert assertions(text, "en", VCF) == []


@pytest.mark.parametrize("text", [
    "L2 fx.",
    "L2 compression fx; T12 TP fx.",
    "L1 # after a fall.",
])
def test_outside25_en_a_vertebral_fracture_beside_tp_stays(text):
    assert assertions(text, "en", VCF) == ["present"]


# --- a level's finding, then "in keeping with the known fracture" ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "NM BONE SCAN: increased uptake at L3 only, in keeping with the known fracture.",
    "Uptake at T12, consistent with a recent fracture.",
    "Marrow oedema in L2, in keeping with an acute fracture.",
])
def test_outside25_en_a_level_read_as_a_known_or_recent_fracture_is_a_compression(text):
    assert assertions(text, "en", VCF, "radiology") == ["present"]


@pytest.mark.parametrize("text", [
    "Degenerative uptake at L4/5, no fracture.",
    "Uptake at L4, in keeping with facet arthropathy.",
])
def test_outside25_en_a_levels_other_reading_is_no_compression(text):
    assert assertions(text, "en", VCF, "radiology") == []


# --- levels as dictation and prose spell them: "L one", "T twelve", "first lumbar vertebra", "D12", "S 2" ------------
@pytest.mark.parametrize("text,concept", [
    ("Wedge compression of L one with approximately thirty percent height loss.", VCF),
    ("Fracture of T twelve.", VCF),
    ("L one fracture.", VCF),
    ("Fracture of the first lumbar vertebra.", VCF),
    ("Wedge compression of the twelfth thoracic vertebral body.", VCF),
    ("Fracture of the 1st lumbar vertebra.", VCF),
    ("Anterior wedging of D12.", VCF),
    ("D 12 wedge compression.", VCF),
    ("Transverse fracture through S two.", SACRAL),
    ("S 2 fracture.", SACRAL),
    ("Fracture of the second sacral segment.", SACRAL),
])
def test_outside25_en_spoken_and_ordinal_levels(text, concept):
    assert assertions(text, "en", concept, "radiology") == ["present"]


@pytest.mark.parametrize("text", [
    "T two weighted images show no marrow oedema.",
    "First lumbar puncture attempt failed.",
    "Vit D3 and calcium started.",
    "L one-sided weakness.",
])
def test_outside25_en_sequence_names_and_vitamins_are_no_levels(text):
    found = assertions(text, "en", VCF, "radiology") + assertions(text, "en", SACRAL, "radiology")
    assert found == []


# --- typing errors in the fracture, site and compression words --------------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Left pubic ramus farcture.", RAMUS),
    ("L1 frx.", VCF),
    ("Sacarl insufficiency fracture.", SACRAL),
    ("Fracture of the sacram.", SACRAL),
    ("Scaral fracture.", SACRAL),
    ("L1 compresison.", VCF),
    ("Comrpession fracture of L1.", VCF),
    ("Loss of height of the L4 vertbral body.", VCF),
    ("OVCFs.", VCF),
])
def test_outside25_en_typing_errors(text, concept):
    assert assertions(text, "en", concept, "radiology") == ["present"]


@pytest.mark.parametrize("text", [
    "Cold compress to the knee.",
    "Sacroiliac joint injection planned.",
])
def test_outside25_en_typing_error_families_keep_their_look_alikes(text):
    found = [c for c in (VCF, SACRAL, RAMUS) if assertions(text, "en", c)]
    assert found == []


# --- low-back pain bent: "lumber pain", "buttok pain", "Lower-back ache" ---------------------------------------------
@pytest.mark.parametrize("text", [
    "c/o lumber pain for 2 weeks.",
    "Lower-back ache since the fall.",
    "c/o buttok pain, worse sitting.",
    "lower-back pain, no red flags.",
])
def test_outside25_en_bent_low_back_pain(text):
    assert assertions(text, "en", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "He carries lumber at work. Pain in the left knee.",
    "Lumber yard worker, fell from a ladder.",
])
def test_outside25_en_lumber_without_pain_is_no_back_pain(text):
    assert assertions(text, "en", LBP) == []


# --- exam regions bent: "CT abd/pel", "MRI pelivs", "MR S I joints" ---------------------------------------------------
@pytest.mark.parametrize("text,region", [
    ("CT abd/pel done, no acute findings.", "abdomen_pelvis"),
    ("MRI pelivs: no fracture.", "pelvis"),
    ("CT pevlis: no fracture.", "pelvis"),
    ("MRI of the plevis booked.", "pelvis"),
    ("MR S I joints: no oedema.", "si_joints"),
])
def test_outside25_en_bent_exam_regions_cover_the_sacrum(text, region):
    from .phrasing import one_note
    exams = one_note(text, "en").exams
    assert exams["region"].tolist() == [region] and exams["covers_sacrum"].tolist() == [True]


def test_outside25_en_a_bent_pelvis_ct_works_up_a_ramus_fracture():
    case = only_case([("n1", "2024-05-11", "radiology", "XR pelvis", "Fracture of the left inferior pubic Ramos."),
                      ("n2", "2024-05-13", "clinical", "", "L inferior ramus fracture. CT pevlis done, sacrum clear.")],
                     "en")
    assert flag_and_workup(case) == ("false", "ct")


def test_outside25_en_spaced_si_joints_on_a_radiograph_are_still_a_radiograph():
    assert exam_rows("XR S I JOINTS: bilateral sacroiliitis.", "en", "radiology", "XR sacroiliac joints") == [
        ("radiograph", "performed", False)]


# --- the hedges, denials and datings bent by typing: "cant be excluded" must not read as excluded --------------------
@pytest.mark.parametrize("text,expected", [
    ("Sacral insufficiency fracture cant be excluded.", "uncertain"),
    ("Sacral insufficiency fracture cannot be exlcuded.", "uncertain"),
    ("Possibel sacral insufficiency fracture.", "uncertain"),
    ("Suspicous for sacral insufficiency fracture.", "uncertain"),
    ("Probabl sacral fracture.", "uncertain"),
    ("Withuot sacral fracture.", "negated"),
    ("Sacral fracture not identifed.", "negated"),
    ("Sacral fracture is unlikley.", "negated"),
    ("Prevous L1 compression fracture.", "historical"),
    ("No fractuer of the pubic rami.", "negated"),
])
def test_outside25_en_bent_hedges_denials_and_datings(text, expected):
    concept = RAMUS if "rami" in text else VCF if "L1" in text else SACRAL
    assert assertions("FINDINGS\n" + text, "en", concept, "radiology") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Sacral insufficiency fracture can be excluded.", "negated"),
    ("Sacral insufficiency fracture excluded.", "negated"),
    ("Definite sacral insufficiency fracture.", "present"),
])
def test_outside25_en_the_unbent_wordings_keep_their_reading(text, expected):
    assert assertions("FINDINGS\n" + text, "en", SACRAL, "radiology") == [expected]


# --- risk factors bent by typing --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("PMH: osteoperosis.", "osteoporosis"),
    ("PMH: Osteo-porosis on alendronate.", "osteoporosis"),
    ("PMH: rheumatiod arthritis.", "rheumatic_disease"),
    ("On long term predisolone for COPD.", "steroid_therapy"),
    ("On long-term prednisilone 10mg.", "steroid_therapy"),
    ("Hx of pelvic radiotherpy for cervical ca.", "pelvic_radiation"),
])
def test_outside25_en_bent_risk_factors(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text,concept", [
    ("Osteopenia on DXA.", "osteoporosis"),
    ("Osteo-arthritis of both knees.", "osteoporosis"),
])
def test_outside25_en_look_alikes_of_bent_risk_factors(text, concept):
    assert assertions(text, "en", concept) == []


# --- the whole set -----------------------------------------------------------------------------------------------
def test_outside25_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


# --- words run together ("sacralfracture", "L1compression"): the matcher's split of a word that lost its space was
# withdrawn at the merge (the prefilter, which reads whole words, could not see it, and a property test found a
# mention lost that way); its look-alikes stay without a mention
@pytest.mark.parametrize("text", [
    "FINDINGS\nSacroiliac joints normal. Spondylolisthesis L5. Osteoarthritis of both hips.",
    "FINDINGS\nIntervertebral discs preserved. Degenerative facet arthropathy.",
])
def test_outside25_en_long_words_that_are_whole_stay_whole(text):
    found = [c for c in (VCF, SACRAL, RAMUS) if assertions(text, "en", c, "radiology")]
    assert found == []

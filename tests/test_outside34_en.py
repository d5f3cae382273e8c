"""Round thirty-four, English: real published wording, the long tail. The wording families that a red team's notes
(tests/data/outside34/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading: a low back named first in a list of painful sites, the site entry of a pain
history, a finding denied with a hedging adverb after it ("is not clearly seen"), a suspicion called low, and
"consider <fracture>" as the writer's suspicion."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside34" / "en"
LBP = "low_back_pain"
SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"


# --- the low back first in a list of sites that one pain word ends ----------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("77-year-old lady with worsening lower back, hip and thigh pain for three months.", ["present"]),
    ("PC: low back, groin and right hip pain after a slip on wet decking.", ["present"]),
    ("Worsening low back, groin and hip pain for six weeks.", ["present"]),
    ("She describes lower back, hip, and knee pain on walking.", ["present"]),
    ("Buttock, hip and thigh pain on the left since the fall.", ["present"]),
    ("No lower back, hip or thigh pain.", ["negated"]),
])
def test_a_low_back_first_in_a_list_of_painful_sites_is_low_back_pain(sentence, expected):
    assert assertions(sentence, "en", LBP) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Pain in the hip, groin and thigh on the right.", []),
    ("Neck, shoulder and knee pain in keeping with her osteoarthritis.", []),
    ("Lower back, she also has knee pain.", []),
    ("Low back, sacrum and hips examined - pain on palpation of the right hip only.", []),
    ("Pain in her neck, shoulders and lower back, worse in the mornings.", ["present"]),
    ("Pain in the lower back & buttocks for 3 months.", ["present"]),
    ("She describes lower back and right buttock pain since the fall.", ["present"]),
])
def test_lookalikes_of_a_list_of_sites_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", LBP) == expected


# --- the site entry of a pain history -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "SOCRATES: Site - lower back, central, no radiation. Onset - sudden, bending to pick up the cat.",
    "Pain assessment:\nSite: lower back, R > L. No leg pain.\nOnset: 2 months, no injury.",
    "Pain history: Site - low back and left buttock. Duration - 6 weeks. Severity - 5/10.",
    "Site: lumbar spine. Character: aching. Radiation: nil.",
    "Pain score 6/10. Location: lower back.",
    "Site/radiation: lower back to the right buttock.",
])
def test_the_site_entry_of_a_pain_history_names_low_back_pain(text):
    assert assertions(text, "en", LBP) == ["present"]


@pytest.mark.parametrize("text, expected", [
    ("Wound site: lower back, clean and dry.", []),
    ("Injection site - lumbar region, no bruising.", []),
    ("Biopsy site: lower back, healing well.", []),
    ("Lesion location: lower back, 6 mm, regular border.", []),
    ("Site: left hip, lateral, on lying on that side.", []),
    ("Area of pain: low back, no radiation.", ["present"]),
    ("Pain location: lumbar spine and left buttock.", ["present"]),
])
def test_lookalikes_of_a_site_entry_keep_their_reading(text, expected):
    assert assertions(text, "en", LBP) == expected


def test_a_site_entry_flags_a_woman_at_risk():
    case = only_case([("n1", "2024-07-02", "emergency", "", "ED NOTE\nPC: back pain.\nSOCRATES: Site - lower back, "
                       "central. Onset - sudden. Severity - 8/10.\nPMH: osteoporosis on alendronic acid.\nPlan: "
                       "analgesia, no imaging indicated.", "en")])
    assert flag_and_workup(case) == ("true", "none")


# --- a finding denied with a hedging adverb after it --------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Both hips are intact. A left pubic ramus fracture is not clearly seen.", RAMUS),
    ("Sclerosis along the right SI joint is degenerative; a sacral fracture is not definitely identified.", SACRAL),
    ("An L1 compression fracture is not convincingly demonstrated.", VCF),
    ("Right superior pubic ramus fracture not confidently identified.", RAMUS),
    ("A sacral insufficiency fracture was not clearly demonstrated on the CT.", SACRAL),
])
def test_a_finding_not_clearly_seen_is_denied(sentence, concept):
    assert assertions(sentence, "en", concept, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("No pubic ramus fracture is clearly seen.", RAMUS, ["negated"]),
    ("Sacral fracture not definitely seen, but cannot be excluded.", SACRAL, ["uncertain"]),
    ("Ramus fracture not clearly seen - cannot be excluded on plain film.", RAMUS, ["uncertain"]),
    ("The known sacral fracture is not clearly visible on these radiographs.", SACRAL, ["present"]),
    ("The left superior pubic ramus fracture is clearly seen on the CT.", RAMUS, ["present"]),
])
def test_lookalikes_of_a_hedged_denial_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept, "radiology") == expected


def test_a_ramus_fracture_not_clearly_seen_is_no_index_finding():
    case = only_case([("n1", "2024-09-10", "radiology", "XR pelvis", "XR PELVIS\nFindings: A left pubic ramus fracture "
                       "is not clearly seen. Hips intact.\nConclusion: No fracture demonstrated.", "en"),
                      ("n2", "2024-09-12", "outpatient", "", "72F, lower back pain after the fall.", "en")])
    assert case["reasons"] == LBP


# --- a suspicion called low denies what it is of -----------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Mechanical back strain. Low clinical suspicion for a sacral insufficiency fracture; no imaging required.",
     SACRAL),
    ("Index of suspicion for a sacral stress fracture is low; MRI not indicated at present.", SACRAL),
    ("Suspicion of a sacral fracture is low.", SACRAL),
    ("Low index of suspicion for a vertebral compression fracture.", VCF),
    ("Low suspicion of a pubic ramus fracture clinically.", RAMUS),
])
def test_a_low_suspicion_denies(sentence, concept):
    assert assertions(sentence, "en", concept) == ["negated"]


@pytest.mark.parametrize("sentence, expected", [
    ("High suspicion for a sacral insufficiency fracture.", ["uncertain"]),
    ("Clinical suspicion of sacral fracture is high; MRI requested.", ["uncertain"]),
    ("Suspicion for a sacral insufficiency fracture.", ["uncertain"]),
    ("The transverse sacral fracture is low, at S4.", ["present"]),
])
def test_lookalikes_of_a_low_suspicion_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", SACRAL) == expected


def test_a_low_suspicion_flags_no_man_without_risk():
    case = only_case([("n1", "2024-04-22", "emergency", "", "74M, lower back pain after carrying shopping. Low clinical "
                       "suspicion for a sacral insufficiency fracture; no imaging required.", "en")])
    assert flag_and_workup(case) == ("false", "none")


# --- "consider <fracture>" is the writer's suspicion ------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Impression: No fracture seen. Consider sacral insufficiency fracture; MRI pelvis is recommended.", SACRAL),
    ("Consider left sacral insufficiency fracture. MRI would be the most sensitive test.", SACRAL),
    ("Consider an L1 or L2 compression fracture - XR lumbar spine requested.", VCF),
    ("Would consider an occult pubic ramus fracture.", RAMUS),
    ("Please consider a sacral insufficiency fracture in this patient.", SACRAL),
])
def test_consider_a_fracture_is_suspected(sentence, concept):
    assert assertions(sentence, "en", concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Consider kyphoplasty at L1.", VCF, ["present"]),
    ("Consider vertebroplasty for the painful L1 compression fracture.", VCF, ["present"]),
    ("Consider surgical fixation of the sacral fracture.", SACRAL, ["present"]),
    ("Consider fixation of the sacral fracture.", SACRAL, ["present"]),
    ("Consider the L1 fracture for vertebroplasty at the spinal MDT.", VCF, ["present"]),
    ("Consider the sacral fracture for sacroplasty.", SACRAL, ["present"]),
    ("I would consider a sacral insufficiency fracture unlikely.", SACRAL, ["negated"]),
    ("Consider DXA to assess for osteoporosis.", "osteoporosis", ["hypothetical"]),
    ("Consider bone protection for her osteoporosis.", "osteoporosis", ["present"]),
])
def test_lookalikes_of_consider_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


def test_consider_a_sacral_fracture_flags_high():
    case = only_case([("n1", "2024-06-11", "radiology", "XR pelvis", "XR PELVIS\nClinical details: 82F, low back and "
                       "buttock pain.\nFindings: Diffuse osteopenia. No pubic ramus fracture.\nImpression: No fracture "
                       "seen. Consider sacral insufficiency fracture; MRI pelvis is recommended.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")
    assert case["priority"] == "high"


# --- the set ------------------------------------------------------------------------------------------------------
def test_outside34_en_scores(tmp_path):
    """Flag F1 0.98 and workup 0.976 were what this round reached: E34-12's "CT pelvis 02/04/2024" in a UK summary
    with no date that only reads day first was read month first (English default). The lead's day-first cues
    (British spellings and terms, exam_dates.day_first_cues) then read it as 2 April: 1.000 on all four."""
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 == 1.0
    assert workup == 1.0
    assert note_f1 >= 0.97

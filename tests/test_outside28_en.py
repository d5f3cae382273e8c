"""Round twenty-eight, English: the note's structure. The wording families that a red team's notes
(tests/data/outside28/en: field lines, list items, wrapped lines, how far a heading reaches, reports pasted into a
later note, dates with points) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from reportminer.dates import stated_exam_date
from reportminer.lexicon import load_lexicon

from .phrasing import assertions, assertions_by_concept, scored_set

SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
SET = Path(__file__).resolve().parent / "data" / "outside28" / "en"


def _concepts(text: str, note_type: str = "clinical") -> dict[str, list[str]]:
    return assertions_by_concept(text, "en", note_type)


# --- a field's value that denies what its label names ("Sacral fracture: No", "Steroid use: N") -------------------
@pytest.mark.parametrize("text,concept", [
    ("Structured report\nNeck of femur fracture: No\nSacral fracture: No (sacrum partly obscured by bowel gas)\n"
     "Acetabulum: Intact", SACRAL),
    ("Falls assessment\nInjuries: bruising R knee\nLow back pain: No\nHip pain: No", LBP),
    ("Falls clinic\nLow back pain: nil\nOsteoporosis: No (DXA 2023, T-score -1.6)", "osteoporosis"),
    ("Low back pain - MSK template\nRed flags: none\nLong-term steroids: N\nInflammatory arthritis: N",
     "steroid_therapy"),
    ("Red flag screen:\nWeight loss: No\nSteroid use: No\nHistory of cancer: No", "steroid_therapy"),
    ("Vertebral fracture assessment (T4-L4):\nVertebral fractures identified: none", VCF),
    ("FRAX inputs: Previous fracture: No | Current smoking: Yes | Glucocorticoids: No | Rheumatoid arthritis: No",
     "steroid_therapy"),
])
def test_outside28_en_a_field_answered_no_is_negated(text, concept):
    found = _concepts(text)
    assert found.get(concept) and "present" not in found[concept], found


@pytest.mark.parametrize("text,concept", [
    ("Falls / MSK template\nLow back pain: Yes - 3 weeks, after lifting\nHip pain: No", LBP),
    ("Osteoporosis: Yes (DXA 2022, on alendronate)\nLong-term steroids: No", "osteoporosis"),
    ("Steroid use: Yes - prednisolone 10 mg daily for polymyalgia rheumatica.", "steroid_therapy"),
    ("Low back pain: no radiation to the legs, worse on standing.", LBP),
    ("Known osteoporosis.\nOsteoporosis treatment: none (declined bisphosphonates)", "osteoporosis"),
    ("Osteoporosis medication: No", "osteoporosis"),
    ("Structured report\nSacrum: Fracture: Yes - vertical fracture line through the right sacral ala", SACRAL),
    ("Pubic ramus fracture: Yes - left superior and inferior rami, undisplaced\nSacral fracture: No", RAMUS),
])
def test_outside28_en_a_field_answered_yes_or_described_keeps_its_finding(text, concept):
    assert "present" in _concepts(text)[concept]


# --- bullets run on one line: each item is a sentence of its own --------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("IMPRESSION: • No neck of femur fracture • Left superior pubic ramus fracture, minimally displaced • "
     "Degenerative change both hips", RAMUS),
    ("Conclusion: • No sacral fracture • L2 wedge compression fracture", VCF),
    ("Findings: ▪ No pubic ramus fracture ▪ Fracture of the right sacral ala", SACRAL),
])
def test_outside28_en_an_inline_bullet_ends_the_negation_before_it(text, concept):
    assert _concepts(text, "radiology")[concept] == ["present"]


@pytest.mark.parametrize("text", [
    "IMPRESSION: • No sacral or pubic ramus fracture",
    "IMPRESSION:\n• No sacral fracture\n• No pubic ramus fracture",
    "Findings: • No fracture of the sacrum or of the pubic rami",
])
def test_outside28_en_a_negation_within_one_bullet_keeps_its_reach(text):
    found = _concepts(text, "radiology")
    assert found[SACRAL] == ["negated"] and found[RAMUS] == ["negated"]


# --- headings of today's problems after a past-history list; "Comment" as a report's conclusion ---------------------
@pytest.mark.parametrize("text,concept", [
    ("DISCHARGE SUMMARY\nPast medical history:\n- Osteoporosis\n- T12 wedge fracture 2020\n\nIssues this admission:\n"
     "1. Right superior and inferior pubic rami fractures after a fall", RAMUS),
    ("Past medical history\nOsteoporosis\nRight THR 2018\nActive problems\nNew L4 compression fracture on XR", VCF),
    ("PMH:\n- osteoporosis\n- hypertension\nCurrent issues:\n- left superior pubic ramus fracture", RAMUS),
])
def test_outside28_en_a_problem_heading_ends_the_past_history(text, concept):
    assert "present" in _concepts(text)[concept]


def test_outside28_en_the_past_history_list_itself_stays_history():
    text = ("Past medical history:\n- Osteoporosis\n- T12 wedge fracture 2020\n\nIssues this admission:\n"
            "1. Delirium - resolved")
    assert _concepts(text)[VCF] == ["historical"]


# --- the radiologist's own text after a question written on its heading's line ---------------------------------------
@pytest.mark.parametrize("text", [
    "Clinical details: 63M, left buttock pain, no trauma. ?stress fracture\n"
    "There is a faint vertical sclerotic band in the left sacral ala ?stress fracture.",
    "Clinical details: 68M, right buttock pain.\nComment: There is ill-defined sclerosis in the right sacral ala "
    "?insufficiency fracture.",
    "Clinical details: Fall, low back pain.\nAppearances: Sclerotic band in the right sacral ala ?insufficiency "
    "fracture.",
    "Indication: fall, low back pain\nNo fracture of the pubic rami. Sclerosis in the right sacral ala ?insufficiency "
    "fracture.",
])
def test_outside28_en_a_query_in_the_reports_own_text_suspects(text):
    assert assertions(text, "en", SACRAL, "radiology")[-1] == "uncertain"


@pytest.mark.parametrize("text", [
    "Clinical details: fall, low back pain.\n?sacral fracture",
    "Indication: Fall 2 days ago.\nPain in the left buttock, ?sacral insufficiency fracture",
    "Clinical details: Pain L buttock ?sacral insufficiency fracture\nFindings: No fracture seen.",
])
def test_outside28_en_a_referral_of_two_lines_still_asks(text):
    assert assertions(text, "en", SACRAL, "radiology")[0] == "hypothetical"


# --- a differential-diagnosis list suspects -----------------------------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Assessment: low back and buttock pain\nDifferential diagnosis:\n- sacral stress fracture\n- SI joint "
     "dysfunction", SACRAL),
    ("Differentials:\n- pubic ramus fracture\n- hip osteoarthritis", RAMUS),
    ("DDx:\n1. L1 compression fracture\n2. Schmorl's node", VCF),
])
def test_outside28_en_a_differential_list_suspects(text, concept):
    assert _concepts(text)[concept] == ["uncertain"]


def test_outside28_en_a_diagnosis_list_states():
    assert _concepts("Diagnosis:\n- sacral stress fracture\n- SI joint dysfunction")[SACRAL] == ["present"]


# --- an earlier report pasted into a later note states that report's past findings ------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Spinal clinic\nFor reference, his previous MRI report is pasted below:\nMRI LUMBAR SPINE 14.03.2022\n"
     "FINDINGS: Acute compression fracture of L2 with approximately 30% loss of height.\n"
     "Examination today: good spinal movements.", VCF),
    ("XR PELVIS\nFindings: No acute fracture. Moderate right hip osteoarthritis.\nPrevious report (XR pelvis "
     "11.09.2023) for reference: Acute fractures of the right superior and inferior pubic rami.", RAMUS),
    ("Pre-admission clerking\nPrevious discharge summary (St. Luke's, 14.03.2023), copied:\nDiagnosis: Left "
     "superior and inferior pubic rami fractures. Managed non-operatively.\nNo injury since.", RAMUS),
])
def test_outside28_en_a_pasted_earlier_report_is_historical(text, concept):
    assert _concepts(text)[concept] == ["historical"]


@pytest.mark.parametrize("text,concept", [
    ("Previous XR report (2023): no fracture.\nXR today: right superior pubic ramus fracture.", RAMUS),
    ("For reference, her previous report is below:\nXR LUMBAR SPINE 2021: no fracture.\n\nToday: new L1 compression "
     "fracture on XR.", VCF),
    ("Comparison: XR lumbar spine 03.05.2021.\nFindings: New compression fracture of L3 with 25% height loss.", VCF),
])
def test_outside28_en_todays_finding_after_a_pasted_report_stays_present(text, concept):
    assert _concepts(text)[concept][-1] == "present"


# --- "#s 2)" is the plural of "#" before the next item, not a fracture of S2 ------------------------------------------
@pytest.mark.parametrize("text", [
    "Imp: 1) L sup/inf pubic rami #s 2) ?sacral # - for CT pelvis",
    "Imp: 1) R pubic rami #s 2) no sacral #",
])
def test_outside28_en_a_plural_hash_before_an_item_number_is_no_sacral_level(text):
    assert "present" not in assertions(text, "en", SACRAL)


def test_outside28_en_a_spaced_sacral_level_still_reads():
    assert assertions("Transverse fracture through S 2.", "en", SACRAL, "radiology") == ["present"]


# --- a line cut after a hedge or an adjective: the sentence goes on ------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Findings: Multilevel degenerative change. There is no evidence of acute\nL1 compression fracture.", "negated"),
    ("Conclusion: Appearances suggest a possible\nL2 compression fracture.", "uncertain"),
    ("Findings: There is a suspected\nT12 compression fracture.", "uncertain"),
])
def test_outside28_en_a_wrapped_hedge_or_negation_reaches_the_level(text, expected):
    assert assertions(text, "en", VCF, "radiology") == [expected]


@pytest.mark.parametrize("text", [
    "Onset: acute\nL1 compression fracture seen on XR.",
    "Findings: No sacral fracture.\nL1 compression fracture.",
])
def test_outside28_en_a_line_ending_otherwise_keeps_the_next_lines_finding(text):
    assert assertions(text, "en", VCF, "radiology")[-1] == "present"


# --- a densitometry site "total hip" is no hip replacement ---------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Results: L1-L4 T-score -1.9; total hip T-score -1.7; femoral neck T-score -2.1", []),
    ("Total hip BMD 0.712 g/cm2.", []),
    ("Left total hip replacement 2015.", ["present"]),
    ("She had a total hip in 2019.", ["present"]),
])
def test_outside28_en_a_total_hip_score_is_no_prosthesis(text, expected):
    assert assertions(text, "en", "hip_prosthesis") == expected


# --- a date with points and a two-digit year ("14.1.25") --------------------------------------------------------------
@pytest.mark.parametrize("sentence,expected", [
    ("CT abdomen/pelvis 14.1.25 (for abdominal pain): no fracture of the sacrum.", "2025-01-14"),
    ("MRI pelvis on 3.2.25 was normal.", "2025-02-03"),
    ("Bone scan 12.11.24: no sacral fracture.", "2024-11-12"),
])
def test_outside28_en_a_dotted_date_with_a_short_year_dates_the_study(sentence, expected):
    found = stated_exam_date(sentence, pd.Timestamp("2025-03-15"), load_lexicon("en"))
    assert found == pd.Timestamp(expected)


@pytest.mark.parametrize("sentence", [
    "T-score -2.5.",
    "MRI pelvis 3.5 T, no sacral fracture.",
])
def test_outside28_en_a_decimal_is_no_date(sentence):
    assert stated_exam_date(sentence, pd.Timestamp("2025-03-15"), load_lexicon("en")) is None


# --- what follows a bracketed list applies to each of its items ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Red flags (e.g. osteoporosis, long-term steroids, cancer, weight loss) screened and absent.",
    "Red flags (osteoporosis, steroids, cancer) absent.",
    "Risk factors (osteoporosis, steroid use) screened - none.",
])
def test_outside28_en_a_bracketed_list_takes_the_negation_after_it(text):
    assert assertions(text, "en", "osteoporosis") == ["negated"]


@pytest.mark.parametrize("text", [
    "Osteoporosis (on alendronate, vitamin D) is stable.",
    "Osteoporosis (T-score -2.8, 2023). No red flags.",
])
def test_outside28_en_a_risk_factor_before_a_bracket_stays_present(text):
    assert assertions(text, "en", "osteoporosis") == ["present"]


def test_outside28_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

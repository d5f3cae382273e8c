"""Round thirty-seven, English: English written by Swedish writers, and notes whose language is not given. The wording
families that a red team's notes (tests/data/outside37/en) showed the pipeline misreading, each by several
differently worded sentences, with look-alikes that must keep their reading: the low back and the buttocks translated
word by word ("pain in the cross" for korsryggen, "pain in the seat" for sätet); the sacrum as "the cross bone"
(korsbenet); Swedish hedges inside English sentences ("ev.", "susp.", "trol.", "misstänkt", "eventual" for
eventuell); "ua" and "without remark" (utan anmärkning) denying a finding at a site; "remiss" and "remitted to" as a
referral; the Swedish modality names DT and Rtg before English body parts, and more Swedish body parts in exam names
("DT buk-bäcken", "MR SI-leder", "DT ländrygg och bäcken"); Swedish compounds left in English ("blygdbensfraktur",
"kotkompression", "benskörhet", "höftprotes", "ländryggssmärta", "sakrumfraktur", "fractura ossis sacri"), Swedish
risk-factor words ("reumatoid artrit", "kortison", "strålbehandling") and "no compressions"; the sacrum first in a list
of sites "without fracture"; and the language of a note that names none, where exam names and shorthand that Swedish
writers carry into English ("Rtg ländrygg", "pat.", "ua") tell neither language."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportminer.language import detect_language

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside37" / "en"


def _report(exam: str, text: str = "Findings: normal.") -> list[tuple]:
    return exam_rows(text, "en", "radiology", exam)


# --- the low back and the buttocks, word by word ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "She has had pain in the cross for a fortnight.",
    "Aching in the lower cross when she gets out of bed.",
    "Pat. complains of cross pain after carrying the laundry.",
    "Cross-back pain, worse in the mornings.",
    "Sore over the cross since the fall on the ice.",
    "Pain in the left seat half when sitting on hard chairs.",
    "He reports pain in both seat halves after the long drive.",
    "Pain radiating down into the seat, left more than right.",
    "Has had ländryggssmärta for a month.",
    "Pain in ländryggen, worse on bending.",
    "Pains in the lower part of the back when she stands up.",
])
def test_the_low_back_translated_word_by_word_is_low_back_pain(sentence):
    assert assertions(sentence, "en", "low_back_pain") == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("No pain in the cross today.", ["negated"]),
    ("Denies cross pain.", ["negated"]),
    ("Abdominal bruising and pain in the seat belt area.", []),
    ("Pain on the cross-table lateral view was not assessed.", []),
    ("The cross-sectional imaging showed no cause for her pain.", []),
    ("She fell on the seat of the bus, no pain afterwards.", []),
    ("Pain in the lower part of the leg after the fall.", []),
    ("Pain when she crossed her legs.", []),
    ("Knee pain, volunteer with the Red Cross.", []),
])
def test_lookalikes_of_the_translated_low_back_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", "low_back_pain") == expected


# --- the cross bone: the sacrum ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Undisplaced fracture of the right cross bone.", ["present"]),
    ("Frågeställning: fracture in the cross bone?", ["hypothetical"]),
    ("Probably a fracture of the cross bone, MR to follow.", ["uncertain"]),
    ("No fracture of the cross bone on the CT.", ["negated"]),
    ("Cross bone fracture on the left, insufficiency type.", ["present"]),
])
def test_the_cross_bone_is_the_sacrum(sentence, expected):
    assert assertions(sentence, "en", "sacral_fracture") == expected


@pytest.mark.parametrize("sentence", [
    "Wrist fracture after crossing the road.",
    "Fracture of the radius; crossed fingers for healing.",
])
def test_lookalikes_of_the_cross_bone_name_no_sacrum(sentence):
    assert assertions(sentence, "en", "sacral_fracture") == []


# --- Swedish hedges inside English sentences --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Ev. insufficiency fracture of the sacrum.", "sacral_fracture"),
    ("Pain and tenderness, ev sacral fracture.", "sacral_fracture"),
    ("Susp. fracture of the left sacral ala.", "sacral_fracture"),
    ("Trol. sacral insufficiency fracture, treated with rest.", "sacral_fracture"),
    ("Misstänkt fracture of ramus inferior dx.", "pubic_ramus_fracture"),
    ("Eventual compression fracture of L2, to be compared with older images.", "vertebral_compression_fracture"),
    ("Eventual fracture of the sacrum; MRI when possible.", "sacral_fracture"),
])
def test_swedish_hedges_in_english_make_a_finding_uncertain(sentence, concept):
    assert assertions(sentence, "en", concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("The eventual diagnosis was a sacral insufficiency fracture.", "sacral_fracture", ["present"]),
    ("Every evening the sacral fracture pain is worse.", "sacral_fracture", ["present"]),
    ("Sacral fracture confirmed on MRI.", "sacral_fracture", ["present"]),
])
def test_lookalikes_of_swedish_hedges_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- "ua", "without remark": a site found normal ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Sacrum ua, degenerative change at L5-S1.", "sacral_fracture"),
    ("Os sacrum u.a.", "sacral_fracture"),
    ("The sacrum is without remark.", "sacral_fracture"),
    ("Sacrum and both SI joints without remarks.", "sacral_fracture"),
    ("Sacrum, SI joints and the acetabula without fracture.", "sacral_fracture"),
    ("Pubic rami ua bilaterally.", "pubic_ramus_fracture"),
    ("Sacrum: ua.", "sacral_fracture"),
    ("Os sacrum: without remark. SI joints: normal.", "sacral_fracture"),
])
def test_ua_and_without_remark_deny_a_finding_at_the_site(sentence, concept):
    assert assertions(sentence, "en", concept) == ["negated"]


@pytest.mark.parametrize("sentence, concept", [
    ("Neurology ua. Fracture of the left sacral ala.", "sacral_fracture"),
    ("Hips ua, fracture of ramus superior sin.", "pubic_ramus_fracture"),
    ("Status otherwise without remark; sacral fracture seen on the CT.", "sacral_fracture"),
])
def test_lookalikes_of_ua_keep_the_finding(sentence, concept):
    assert assertions(sentence, "en", concept) == ["present"]


# --- "remiss", "remitted to": a referral ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("The patient is remitted to MR bäcken.", [("mri", "requested", True)]),
    ("Remiss written to DT bäcken, question sacral fracture.", [("ct", "requested", True)]),
    ("We send a remiss for MRI of the pelvis.", [("mri", "requested", True)]),
    ("Remitted to skeletal scintigraphy.", [("scintigraphy", "requested", True)]),
    ("Has been remitted for an MRI of the pelvis, no time yet.", [("mri", "requested", True)]),
])
def test_a_remiss_is_a_referral(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("She was remitted to MR bäcken on 2024-02-03 which showed a sacral fracture.", [("mri", "performed", True)]),
    ("Remitted to us from the health centre because of falls.", []),
    ("MR bäcken done 2024-02-03: no fracture.", [("mri", "performed", True)]),
])
def test_lookalikes_of_a_remiss_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_remissed_pelvic_mri_never_done_is_an_order():
    case = only_case([("n1", "2024-03-01", "clinical", "", "80 y woman with a fracture of ramus superior sin. "
                       "Remiss MR bäcken sent today.", "en"),
                      ("n2", "2024-03-08", "discharge", "", "Discharged home, the MR has not been done.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- DT and Rtg with English body parts; Swedish body parts in exam names ---------------------------------------------
@pytest.mark.parametrize("exam, expected", [
    ("DT pelvis", [("ct", "performed", True)]),
    ("DT sacrum", [("ct", "performed", True)]),
    ("DT buk-bäcken", [("ct", "performed", True)]),
    ("DT buk och bäcken", [("ct", "performed", True)]),
    ("DT ländrygg och bäcken", [("ct", "performed", True)]),
    ("MR SI-leder", [("mri", "performed", True)]),
    ("DT lumbar spine", [("ct", "performed", False)]),
    ("Rtg pelvis", [("radiograph", "performed", False)]),
    ("Rtg bröstrygg", [("radiograph", "performed", False)]),
    ("Rtg sacrum", [("radiograph", "performed", False)]),
])
def test_swedish_exam_names_with_other_body_parts_name_their_exam(exam, expected):
    assert _report(exam) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("DT of the pelvis yesterday: no fracture.", [("ct", "performed", True)]),
    ("A DT-scan of the pelvis was done in the emergency room.", [("ct", "performed", True)]),
    ("Rtg of the left hip: no fracture.", [("radiograph", "performed", False)]),
    ("DT buk: no free air.", [("ct", "performed", False)]),
])
def test_dt_and_rtg_before_english_body_parts_are_exams(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence", [
    "History of DTs during alcohol withdrawal.",
    "DT 2 diabetes, well controlled.",
    "Tetanus vaccine (dT) given.",
])
def test_lookalikes_of_dt_name_no_exam(sentence):
    assert exam_rows(sentence, "en") == []


# --- Swedish compounds left in English --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("X-ray shows a blygdbensfraktur on the right.", "pubic_ramus_fracture", ["present"]),
    ("New kotkompression of L3 on today's X-ray.", "vertebral_compression_fracture", ["present"]),
    ("No new kotkompressioner.", "vertebral_compression_fracture", ["negated"]),
    ("Treated for benskörhet with zoledronic acid.", "osteoporosis", ["present"]),
    ("Spine X-ray: no compressions.", "vertebral_compression_fracture", ["negated"]),
    ("Lumbar spine: no new compressions, known L1 wedge.", "vertebral_compression_fracture", ["negated", "present"]),
    ("Sakrumfraktur on the left, conservative treatment.", "sacral_fracture", ["present"]),
    ("No korsbensfraktur on the CT.", "sacral_fracture", ["negated"]),
    ("Ramusfraktur sin after a fall in the garden.", "pubic_ramus_fracture", ["present"]),
    ("Dg: fractura ossis sacri.", "sacral_fracture", ["present"]),
    ("Chest compressions for 4 minutes.", "vertebral_compression_fracture", []),
    ("No chest compressions were needed.", "vertebral_compression_fracture", []),
])
def test_swedish_compounds_in_english_name_their_concept(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


@pytest.mark.parametrize("sentence, concept", [
    ("Reumatoid artrit since 2010, on methotrexate.", "rheumatic_disease"),
    ("Kortison for her asthma for many years.", "steroid_therapy"),
    ("Strålbehandling against the pelvis in 2021 for rectal cancer.", "pelvic_radiation"),
    ("Höftplastik on the right in 2019.", "hip_prosthesis"),
])
def test_swedish_risk_factor_words_in_english_are_read(sentence, concept):
    assert assertions(sentence, "en", concept) == ["present"]


def test_a_swedish_hip_prosthesis_word_is_a_risk_factor():
    case = only_case([("n1", "2024-05-02", "clinical", "", "58 y man, höftprotes sin 2015. Pain in the cross since "
                       "three weeks.", "en")])
    assert flag_and_workup(case) == ("true", "none")


# --- the language of a note that names none ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pat. 81 y woman with pain in ländryggen since 2 w. Rtg ländrygg: compression of L2, rest ua.",
    "Ctrl. Walks better with the rollator, pain in the cross less. Next ctrl in 2 mån.",
    "Rtg bäcken: fracture of ramus superior sin. Pat. mobilised with walker.",
    "Status: ua. MR bäcken planned for next week.",
    "DT bäcken 2024-03-05: no signs of fracture, SI joints ua.",
])
def test_english_notes_full_of_carried_swedish_words_read_as_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", [
    "Rtg bäcken ua",
    "Pat mobiliseras med rollator, rtg bäcken visar fraktur i ramus superior sin.",
    "MR bäcken: ingen fraktur. Åter vid behov.",
    "Ont i ländryggen sedan en vecka. Remiss DT ländrygg.",
    "Smärta i korsryggen, pat har svårt att gå. Rtg ua.",
])
def test_lookalikes_swedish_notes_with_the_same_words_stay_swedish(text):
    assert detect_language(text) == "sv"


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round fifty-one, English: dictation and speech recognition. The wording families that a red team's notes
(tests/data/outside51/en) showed the pipeline misreading, each by several differently worded sentences, with
look-alikes that must keep their reading (sections.json ``dictation``, read by textnorm.dictated):

- spoken punctuation left in the text ("full stop", "new paragraph", "new line", "comma", "semicolon", "open/close
  bracket", "question mark", "colon" after a heading word) ends its sentence or clause as the mark does;
- modality letters spelled out ("M R I", "M R of the pelvis", "C T pelvis") name the exam;
- sound-alikes of the sites and of "fracture" where the words around leave one sense ("sacred insufficiency
  fracture", "sack rail", "sacrel", "inferior Ramos", "rammus", "a fraction of the pubic ramus");
- "know" heard for "no" before a finding ("There is know evidence of", "showed know fracture");
- words split in two ("in tact", "osteo porosis");
- a correction addendum's "should read X" states X (context.json pseudo triggers);
- "she may have a ..." raises a possibility (context.json, uncertain);
- a clause that tells why a study was done ("Because the sacrum could not be seen well, a CT pelvis was done")
  names an earlier study's limit, not this one's (exams.json coverage ``done_because``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, case_mismatches, exam_rows, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside51" / "en"


def _read(text: str) -> dict[str, list[str]]:
    return assertions_by_concept(text, "en")


# --- spoken punctuation ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("pelvis colon no acute bony injury of the hips full stop undisplaced right inferior pubic ramus fracture full stop",
     "pubic_ramus_fracture", ["present"]),
    ("No fracture of the lumbar spine full stop Wedge compression fracture of T12 full stop",
     "vertebral_compression_fracture", ["negated", "present"]),
    ("there is no sacral fracture new paragraph healing fracture of the left inferior pubic ramus",
     "pubic_ramus_fracture", ["present"]),
    ("sacrum unremarkable with no fracture next line acute L2 compression fracture with 20 percent height loss",
     "vertebral_compression_fracture", ["present"]),
    ("negative for sacral fracture semicolon L1 compression fracture is new", "vertebral_compression_fracture",
     ["present"]),
    ("Impression colon sacral insufficiency fracture question mark", "sacral_fracture", ["uncertain"]),
    ("Assessment: fracture of the left sacral ala question mark. Plan: MRI.", "sacral_fracture", ["uncertain"]),
])
def test_spoken_punctuation_ends_its_sentence(text, concept, expected):
    assert _read(text)[concept] == expected


@pytest.mark.parametrize("text, concept, expected", [
    # a real full stop before a lower-case word still continues ("L1. and L2" stays one reading)
    ("Mobility came to a full stop after the L1 compression fracture.", "vertebral_compression_fracture",
     ["present"]),
    ("There is a question mark over whether this is a sacral fracture.", "sacral_fracture", ["hypothetical"]),
    ("No sacral fracture, comma-shaped lucency in the left pubic ramus is a vessel.", "sacral_fracture", ["negated"]),
    ("Sacral fracture (zone 1) on CT.", "sacral_fracture", ["present"]),
    ("fracture of the left sacral ala open bracket Denis zone one close bracket", "sacral_fracture", ["present"]),
])
def test_lookalikes_of_spoken_punctuation_keep_their_reading(text, concept, expected):
    assert _read(text)[concept] == expected


def test_a_new_iv_line_is_no_paragraph():
    assert _read("No sacral fracture; a new line was sited in the left arm.")["sacral_fracture"] == ["negated"]


# --- spelled-out modality letters -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("An M R I of the pelvis on 2 March showed no sacral fracture.", [("mri", "performed", True)]),
    ("M R pelvis was done last week and was normal.", [("mri", "performed", True)]),
    ("C T pelvis on admission: no fracture of the sacrum.", [("ct", "performed", True)]),
    ("She had a C T scan of the abdomen and pelvis yesterday, which showed no fracture.", [("ct", "performed", True)]),
    ("Will request an M R I of the sacrum.", [("mri", "requested", True)]),
])
def test_spelled_out_modality_letters_name_the_exam(text, expected):
    assert exam_rows(text, "en") == expected


@pytest.mark.parametrize("text", [
    "Seen with Dr C T Evans in clinic today.",
    "Letter copied to Mr M R Patel, GP.",
])
def test_initials_are_no_exam(text):
    assert exam_rows(text, "en") == []


# --- sound-alikes of the sites and of "fracture" -----------------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("CT shows a sacred insufficiency fracture on the right.", "sacral_fracture", ["present"]),
    ("Bilateral sack rail insufficiency fractures are seen.", "sacral_fracture", ["present"]),
    ("MRI: left sacrel stress fracture with marrow oedema.", "sacral_fracture", ["present"]),
    ("Undisplaced fracture of the right superior Ramos.", "pubic_ramus_fracture", ["present"]),
    ("Old healed fractures of the left superior and inferior rammus.", "pubic_ramus_fracture", ["historical"]),
    ("There is a fraction through the left inferior pubic ramus.", "pubic_ramus_fracture", ["present"]),
    ("Bilateral sacral insufficiency fractions.", "sacral_fracture", ["present"]),
    ("No fraction of the sacrum.", "sacral_fracture", ["negated"]),
])
def test_sound_alikes_of_the_sites_read_as_meant(text, concept, expected):
    assert _read(text)[concept] == expected


@pytest.mark.parametrize("text", [
    "Referred from the Sacred Heart Hospital fracture clinic.",
    "Palliative radiotherapy to the sacrum, 8 Gy in a single fraction.",
    "Ejection fraction 45%. Known fracture clinic follow-up.",
    "Seen by Dr Ramos in the fracture clinic.",
    "Thickening of the terminal ileum; no fracture.",
])
def test_lookalikes_of_sound_alikes_name_no_site(text):
    found = _read(text)
    assert "sacral_fracture" not in found and "pubic_ramus_fracture" not in found


# --- "know" heard for "no" -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("There is know evidence of a compression fracture.", "vertebral_compression_fracture"),
    ("The pelvic radiograph showed know fracture of the pubic rami.", "pubic_ramus_fracture"),
    ("Know acute fracture of the sacrum.", "sacral_fracture"),
    ("MRI lumbar spine: know loss of vertebral body height.", "vertebral_compression_fracture"),
])
def test_know_heard_for_no_denies(text, concept):
    assert _read(text)[concept] == ["negated"]


@pytest.mark.parametrize("text, concept, expected", [
    ("I know she has had an L1 compression fracture since March.", "vertebral_compression_fracture", ["present"]),
    ("We know the sacral fracture is healing.", "sacral_fracture", ["present"]),
    ("Let me know if the low back pain persists.", "low_back_pain", ["hypothetical"]),
])
def test_the_verb_know_keeps_its_reading(text, concept, expected):
    assert _read(text)[concept] == expected


# --- words split in two ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Pubic rami in tact.", "pubic_ramus_fracture", ["negated"]),
    ("The sacrum is in tact on the CT.", "sacral_fracture", ["negated"]),
    ("She has known osteo porosis on alendronic acid.", "osteoporosis", ["present"]),
    ("Osteo-porotic L1 wedge fracture; osteo porosis on DEXA.", "osteoporosis", ["present", "present"]),
])
def test_split_words_read_whole(text, concept, expected):
    assert _read(text)[concept] == expected


# --- corrections -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Addendum: correction - the impression should read acute L1 compression fracture.",
     "vertebral_compression_fracture", ["present"]),
    ("CORRECTION: line 2 should now read fracture of the left superior pubic ramus.", "pubic_ramus_fracture",
     ["present"]),
    ("Amended report: the conclusion should instead read bilateral sacral insufficiency fractures.",
     "sacral_fracture", ["present"]),
])
def test_a_correction_states_what_should_read(text, concept, expected):
    assert _read(text)[concept] == expected


@pytest.mark.parametrize("text, concept, expected", [
    ("Should the low back pain persist, MRI pelvis.", "low_back_pain", ["hypothetical"]),
    ("A sacral fracture should be excluded.", "sacral_fracture", ["hypothetical"]),
])
def test_should_elsewhere_keeps_its_reading(text, concept, expected):
    assert _read(text)[concept] == expected


# --- "may have a ..." ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("She may have a sacral insufficiency fracture.", "sacral_fracture"),
    ("He might have sustained an occult pubic ramus fracture.", "pubic_ramus_fracture"),
    ("I wonder whether she could have an underlying L1 compression fracture.", "vertebral_compression_fracture"),
])
def test_may_have_a_finding_is_a_possibility(text, concept):
    assert _read(text)[concept] == ["uncertain"]


@pytest.mark.parametrize("text, concept, expected", [
    ("She may have physio for her L1 compression fracture.", "vertebral_compression_fracture", ["present"]),
    ("The sacral fracture may have caused her fall.", "sacral_fracture", ["present"]),
    ("She may have analgesia for her low back pain.", "low_back_pain", ["present"]),
])
def test_may_have_without_a_finding_keeps_it(text, concept, expected):
    assert _read(text)[concept] == expected


# --- why a study was done --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Because the sacrum could not be seen well, a CT pelvis was done on 2 May: no fracture.",
     [("ct", "performed", True)]),
    ("As the sacrum was poorly visualised on the X-ray, an MRI of the pelvis was performed.",
     [("radiograph", "performed", False), ("mri", "performed", True)]),
    ("Since the sacrum was not included on the lumbar films, a CT pelvis was requested.",
     [("radiograph", "performed", False), ("ct", "requested", True)]),
])
def test_a_reason_clause_names_an_earlier_studys_limit(text, expected):
    assert exam_rows(text, "en") == expected


@pytest.mark.parametrize("text, exam, expected", [
    ("As the sacrum was not included, this study cannot exclude a sacral fracture.", "MRI LUMBAR SPINE",
     [("mri", "performed", False)]),
    ("CT pelvis: the sacrum could not be assessed because of metal artefact.", "",
     [("ct", "performed", False)]),
])
def test_a_studys_own_limit_still_denies_coverage(text, exam, expected):
    assert exam_rows(text, "en", "radiology" if exam else "clinical", exam) == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

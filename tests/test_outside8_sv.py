"""Swedish wording families found by the eighth round's outside-author notes (tests/data/outside8/sv): each family
by at least two differently worded sentences, with and without å/ä/ö, as primary-care, geriatric and radiology
notes write them."""
from __future__ import annotations

import pytest

from .phrasing import assertions, one_note


def _scan(text: str, note_type: str = "clinical", exam: str = ""):
    return one_note(text, "sv", note_type, exam)


def _assertions(text: str, concept: str, note_type: str = "clinical") -> list[str]:
    return assertions(text, "sv", concept, note_type)


# --- what a modality is (in)sensitive for is no finding of the patient -------------------------------------------
SENSITIVITY = [
    "Slätröntgen har begränsad känslighet för insufficiensfrakturer i korsbenet.",
    "Slatrontgen har lag kanslighet for sakrumfrakturer.",
    "Skelettscintigrafi är känsligare för sakrumfrakturer än vanlig röntgen.",
    "Vanlig röntgen är okänslig för insufficiensfraktur i sakrum.",
    "Insufficiensfrakturer i sakrum kan missas på slätröntgen.",
    "Sakrumfrakturer missas ofta pa vanlig rontgen.",
]


@pytest.mark.parametrize("text", SENSITIVITY)
def test_outside8_sv_a_modality_sensitivity_statement_names_no_sacral_fracture(text):
    # a teaching statement may also drop the finding altogether: either way it is no finding of the patient
    assert set(_assertions(text, "sacral_fracture")) <= {"hypothetical"}
    assert not _scan(text).cases["flagged"].astype(str).str.lower().eq("true").any()


@pytest.mark.parametrize("text", SENSITIVITY[:3])
def test_outside8_sv_a_modality_sensitivity_statement_is_no_performed_exam(text):
    exams = _scan(text).exams
    assert "performed" not in exams["status"].tolist()


# --- an exam's purpose: "för att se efter", "leta efter" -----------------------------------------------------------
PURPOSE = [
    "Röntgen bröst- och ländrygg för att se efter kotkompressioner.",
    "Rontgen av bröstryggen for att leta efter kotkompression.",
    "Remiss slätröntgen, vill se efter kompressionsfrakturer i ländryggen.",
    "DT för att söka efter kotkompression i L1.",
]


@pytest.mark.parametrize("text", PURPOSE)
def test_outside8_sv_looking_for_a_compression_is_a_question(text):
    assert _assertions(text, "vertebral_compression_fracture") == ["hypothetical"]


# --- a hedge inside a purpose or question asks, it does not suspect ------------------------------------------------
HEDGE_UNDER_QUESTION = [
    "MR ländrygg och bäcken beställs för att bedöma färsk fraktur och ev. sakrala frakturer.",
    "MR backen bestalls for att utesluta eventuell sakrumfraktur.",
    "DT bäcken för att värdera möjlig insufficiensfraktur i sakrum.",
]


@pytest.mark.parametrize("text", HEDGE_UNDER_QUESTION)
def test_outside8_sv_a_hedge_under_a_question_is_hypothetical(text):
    assert _assertions(text, "sacral_fracture") == ["hypothetical"]


@pytest.mark.parametrize("text", ["Misstänkt sakrumfraktur, MR bäcken beställs.",
                                  "Trolig sakrumfraktur. Smartlindring."])
def test_outside8_sv_a_hedge_without_a_question_still_suspects(text):
    assert _assertions(text, "sacral_fracture") == ["uncertain"]


# --- "blir inte av", "hann inte göras": the exam was not done --------------------------------------------------
NOT_DONE = [
    "Noterar att MR bäcken inte blir av tills vidare.",
    "MR backen blir inte av, pat flyttar till annan ort.",
    "DT bäcken blev aldrig av under vårdtiden.",
    "DT backen hann inte goras fore utskrivningen.",
    "Skelettscintigrafi hinner inte genomföras före hemgång.",
]


@pytest.mark.parametrize("text", NOT_DONE)
def test_outside8_sv_an_exam_that_did_not_come_about_is_not_performed(text):
    exams = _scan(text).exams
    assert exams["status"].tolist() == ["not_performed"]


@pytest.mark.parametrize("text", ["DT bäcken hann inte göras före utskrivning, ombokas polikliniskt.",
                                  "MR backen hann inte goras, ny tid bokas."])
def test_outside8_sv_a_missed_exam_that_is_rebooked_stays_requested(text):
    assert _scan(text).exams["status"].tolist() == ["requested"]


# --- the upper abdomen is not the pelvis ---------------------------------------------------------------------------
@pytest.mark.parametrize("exam,text", [
    ("DT övre buk", "DT ÖVRE BUK med kontrast. Gallstenar."),
    ("DT ovre buk", "DT ovre buk: lever och pankreas ua."),
    ("CT överbuk", "CT överbuk med iv kontrast. Inga fokala leverförändringar."),
])
def test_outside8_sv_an_upper_abdominal_ct_does_not_cover_the_sacrum(exam, text):
    exams = _scan(text, "radiology", exam).exams
    assert exams["covers_sacrum"].tolist() == [False]
    assert exams["region"].tolist() == ["other"]


@pytest.mark.parametrize("exam,text", [("DT buk", "DT buk med kontrast. Divertikulit."),
                                       ("DT buk och bäcken", "DT buk och bäcken: inga frakturer.")])
def test_outside8_sv_an_abdominal_ct_still_covers_the_pelvis(exam, text):
    assert _scan(text, "radiology", exam).exams["covers_sacrum"].tolist() == [True]


# --- a nerve root compressed a few words away is no vertebral compression ------------------------------------------
@pytest.mark.parametrize("text", [
    "Diskbråck L4-L5 höger paramedialt som komprimerar den högra L5-roten i recessen.",
    "Diskbrack L5-S1 vanster som komprimerar den vanstra S1-roten.",
    "Foraminal stenos som komprimerar den utträdande högra L4-roten.",
])
def test_outside8_sv_a_compressed_nerve_root_is_no_vertebral_compression(text):
    assert _assertions(text, "vertebral_compression_fracture") == []


@pytest.mark.parametrize("text", ["Kompression av L1 med 30 % höjdminskning, ingen påverkan på nervrötterna.",
                                  "Kotkompression L2. Rotpaverkan saknas."])
def test_outside8_sv_a_real_compression_beside_a_free_nerve_root_stays(text):
    assert "present" in _assertions(text, "vertebral_compression_fracture")


# --- a referral-information heading asks ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Remissinformation: Fall för 2 veckor sedan. Kotkompression?\n\nFynd: Bevarade kothöjder.",
    "Remisstext: Fall i hemmet. Kotkompression?\n\nFynd: Bevarade kothojder.",
])
def test_outside8_sv_a_question_under_a_referral_heading_is_hypothetical(text):
    assert _assertions(text, "vertebral_compression_fracture", "radiology")[0] == "hypothetical"


# --- a phrase soft-wrapped over two lines, or typed with a double space, still reads as one ------------------------
@pytest.mark.parametrize("text,expected", [
    ("Asymmetri i vä sakrumvinge, sakrumfraktur kan ej\nuteslutas.", "uncertain"),
    ("Asymmetri i va sakrumvinge, sakrumfraktur kan inte\r\nuteslutas.", "uncertain"),
    ("Sakrumfraktur kan ej  uteslutas.", "uncertain"),
    ("Bedömning: inga hållpunkter\nför sakrumfraktur.", "negated"),
    ("Bedomning: inga hallpunkter  for sakrumfraktur.", "negated"),
])
def test_outside8_sv_a_wrapped_or_double_spaced_phrase_still_matches(text, expected):
    assert _assertions(text, "sacral_fracture") == [expected]


def test_outside8_sv_a_wrapped_mention_keeps_its_offsets_in_the_note():
    text = "Skelett: känd kompression\nav Th12."
    found = _scan(text).mentions
    row = found[found["concept"] == "vertebral_compression_fracture"].iloc[0]
    assert text[row["start"]:row["end"]] == row["text"]
    assert row["assertion"] == "present"


# --- a suspicion as a plan's condition is hypothetical; told "about" a suspicion it stays suspected ----------------
@pytest.mark.parametrize("text,expected", [
    ("Vid misstänkt sakrumfraktur bör MR bäcken göras.", "hypothetical"),
    ("Vid misstankt sakrumfraktur gors DT backen.", "hypothetical"),
    ("Vid trolig insufficiensfraktur i sakrum: MR bäcken.", "hypothetical"),
    ("Pat informerad om trolig sakrumfraktur.", "uncertain"),
    ("Misstänkt sakrumfraktur, MR bäcken beställs.", "uncertain"),
])
def test_outside8_sv_a_conditional_suspicion_is_hypothetical(text, expected):
    assert _assertions(text, "sacral_fracture") == [expected]

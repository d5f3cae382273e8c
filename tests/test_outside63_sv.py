"""Swedish wording families found by the sixty-third round's red-team notes (tests/data/outside63/sv: undersökningar
som nämns utan att vara beställda eller gjorda): an exam spoken of that is no study of this patient, neither asked for
nor done (exams.json no_study; exams.py ExamWording.no_study_of_the_patient and in_a_menu): what a modality can show,
miss or is sensitive for, also told to the patient ("informerade om att en MR av bäckenet kan visa sprickor som inte
syns", "skelettscintigrafi kan vara falskt negativ", "DT missar många odislocerade sakrumfrakturer", the fracture a
question: context.json "missar"); a guideline's or PM's rule ("Enligt regionens vårdprogram görs MR bäcken vid
misstänkt sakrumfraktur"); a queue, a waiting time or the department's word ("väntetiden till MR bäcken är tio
veckor", "enligt röntgen är väntetiden ..."); the patient's wish or question ("önskar själv en magnetkamera-
undersökning av bäckenet", "frågar om hon borde göra en magnetkamera") unless the sentence or the next orders it,
while asking the care for a study ("Maken efterfrågar en DT av bäckenet", "undrar om hon kan få göra en MR") stays
a request; a relative's or a room-mate's study, also a second one joined to it ("Rumsgrannen ska på DT bäcken",
"maken, som själv nyligen gjort en skelettscintigrafi ... och har en MR bäcken inbokad"; exams.json other_persons,
exams.py _joined_to_someone_elses); a menu, a list of options or a copied plan ("Ordinationsmall bäckenfraktur: ...",
"Genomgång av möjliga undersökningar: ...", "Plan från föregående vårdtillfälle: MR bäcken"); and the clinicians'
decision to wait or to order nothing ("Vi valde gemensamt att avvakta", "Inget beställs", "bedöms inte tillföra
något ...; avstår bilddiagnostik": status.not_performed.not_indicated, no order). Each family by several differently
worded sentences, and its look-alikes that are requests or studies done ("Remiss skickad för MR bäcken", "MR bäcken
bokad", "Vi beställer MR bäcken som kan visa ...", "Pat står i kö till MR bäcken", "Enligt PM beställs MR bäcken",
"Hon önskar MR bäcken ... Remiss utfärdas.", "MR bäcken utförd igår")."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside63" / "sv"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status"]].itertuples(index=False)]


# --- what a modality can show or miss, also told to the patient: no exam ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Ländryggssmärta. Informerar pat om att DT bäcken kan påvisa frakturer i bakre bäckenringen.",
    "Ländryggssmärta. Har fått informationen att skelettscintigrafi och MR bäcken kan påvisa sprickor.",
    "Ont i korsryggen. Pat och make informerade om att en MR av bäckenet kan upptäcka frakturer tidigare.",
    "Ländryggssmärta. Skelettscintigrafi kan vara falskt negativ de första dagarna.",
    "Ländryggssmärta. MR av bäckenet har högst sensitivitet för stressfrakturer.",
    "Ländryggssmärta. Datortomografi missar ofta odislocerade frakturer i korsbenet.",
    "Ländryggssmärta. Skelettscintigrafi är känsligare än slätröntgen men mindre specifik.",
    "Ländryggssmärta. MR bäcken är förstahandsmetod vid misstänkt insufficiensfraktur.",
])
def test_outside63_sv_what_a_modality_can_show_is_no_exam(text):
    assert [e for e in _exams(text) if e[0] != "radiograph"] == []


def test_outside63_sv_what_a_modality_misses_is_no_finding():
    assert assertions("Ländryggssmärta. DT missar många odislocerade sakrumfrakturer.", "sv",
                      "sacral_fracture") == ["hypothetical"]
    assert assertions("Röntgen förbiser ofta frakturer i sakrum.", "sv", "sacral_fracture") == ["hypothetical"]


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. Vi beställer MR bäcken som kan visa om det finns en fraktur.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Skelettscintigrafi planeras, den kan visa fraktur tidigt.",
     [("scintigraphy", "whole_body", "requested")]),
    ("Ländryggssmärta. MR bäcken kunde inte påvisa någon fraktur.", [("mri", "pelvis", "performed")]),
    ("Ländryggssmärta. Pat informerad om att MR bäcken är bokad till 3/4.", [("mri", "pelvis", "requested")]),
])
def test_outside63_sv_a_study_asked_or_done_keeps_its_reading_beside_what_it_can_show(text, expected):
    assert _exams(text) == expected


# --- a guideline's rule, a queue, a waiting time, the department's word: no exam --------------------------------------
@pytest.mark.parametrize("text", [
    "Ländryggssmärta. Enligt vårdprogrammet för bäckenfrakturer ska MR bäcken göras vid misstänkt bakre ringskada.",
    "Ramusfraktur. Enligt lokalt PM för äldre med bäckenfraktur bör DT bäcken göras vid smärta bakåt.",
    "Ländryggssmärta. Enligt riktlinjen rekommenderas DT bäcken vid högenergivåld.",
    "Ländryggssmärta. Kö till MR bäcken ca tre månader.",
    "Ländryggssmärta. Väntetiden för DT bäcken är två veckor just nu.",
    "Ländryggssmärta. Lång kö till både DT och MR av bäckenet i regionen.",
    "Ländryggssmärta. Enligt röntgen är väntetiden till MR bäcken åtta veckor.",
    "Ländryggssmärta. Hon har hört att MR-kön är lång i regionen.",
])
def test_outside63_sv_a_guideline_or_a_queue_names_no_study_of_the_patient(text):
    assert _exams(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. Enligt PM beställs MR bäcken, remiss skickad idag.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Pat står i kö till MR bäcken.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Patienten är på kö till MR bäcken sedan mars.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Remiss skickad för MR bäcken, väntetiden är cirka sex veckor.",
     [("mri", "pelvis", "requested")]),
])
def test_outside63_sv_a_request_by_the_guideline_or_in_the_queue_stays_asked(text, expected):
    assert _exams(text) == expected


# --- the patient's wish or question: no exam, unless the care orders it -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Ländryggssmärta. Pat önskar röntgen av bäckenet och MR bäcken.",
    "Smärta i korsryggen. Har läst på nätet och önskar själv en magnetkameraundersökning av bäckenet.",
    "Ländryggssmärta. Pat frågar om hon ska göra en DT av bäckenet.",
    "Ländryggssmärta. Pat har önskemål om MR bäcken.",
    "Ont i ländryggen. Dottern önskar att mamma får göra en skelettscintigrafi.",
])
def test_outside63_sv_the_patients_wish_is_no_request(text):
    assert [e for e in _exams(text) if e[0] != "radiograph"] == []


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. Pat önskar MR bäcken, remiss skickad.", [("mri", "pelvis", "requested")]),
    ("Åtgärd: Hon önskar MR bäcken via sin sjukvårdsförsäkring. Remiss utfärdas.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Pat vill inte göra MR bäcken.", [("mri", "pelvis", "not_performed")]),
    ("MR bäcken ej genomförd pga pacemaker, pat. önskar ingen DT.",
     [("mri", "pelvis", "not_performed"), ("ct", "pelvis", "not_performed")]),
    ("Önskas: MR bäcken.", [("mri", "pelvis", "requested")]),
    # asking the care for a study stays a request (round eleven)
    ("Maken efterfrågar en DT av bäckenet.", [("ct", "pelvis", "requested")]),
    ("Pat undrar om hon kan få göra en MR av bäckenet.", [("mri", "pelvis", "requested")]),
])
def test_outside63_sv_a_wish_the_care_orders_or_a_refusal_keeps_its_reading(text, expected):
    assert _exams(text) == expected


# --- a relative's or a room-mate's study: not the patient's -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ländryggssmärta. Rumsgrannen ska på DT bäcken i morgon.",
    "Ländryggssmärta. Sonen har nyligen genomgått DT bäcken efter en trafikolycka.",
    "Ländryggssmärta. Systern har nyss gjort en skelettscintigrafi för sin bröstcancer.",
    "Ländryggssmärta. Maken ligger på samma avdelning och ska göra MR bäcken i eftermiddag.",
    "Ländryggssmärta. Bor med maken, som själv nyligen gjort en skelettscintigrafi för sin cancer och har en MR "
    "bäcken inbokad.",
])
def test_outside63_sv_a_relatives_study_is_not_the_patients(text):
    assert _exams(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. MR bäcken bokad, maken ska köra henne dit.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Dottern har bokat MR bäcken åt pat.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Maken har gjort en DT bäcken, men pat har gjort MR bäcken i går.",
     [("mri", "pelvis", "performed")]),
])
def test_outside63_sv_the_patients_own_study_beside_a_relative_keeps_its_reading(text, expected):
    assert _exams(text) == expected


# --- a menu, a list of options, a copied plan: no exam ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ländryggssmärta. Beställningsmall bäcken: Rtg, DT bäcken, MR bäcken.",
    "Ramusfraktur. Ordinationsmall höftfraktur (standardtext): Rtg höft, DT bäcken, labprover.",
    "Ländryggssmärta. Genomgång av tänkbara undersökningar: DT bäcken, MR bäcken, skelettscintigrafi.",
    "Ländryggssmärta. Plan från föregående vårdtillfälle (2023): MR bäcken.",
    "Ländryggssmärta. Kopierat från tidigare anteckning: planeras MR bäcken.",
    "Ländryggssmärta. Alternativen DT bäcken, MR bäcken eller skelettscintigrafi gicks igenom; pat vill avvakta.",
])
def test_outside63_sv_a_menu_or_a_copied_plan_is_no_exam(text):
    assert [e for e in _exams(text) if e[0] != "radiograph"] == []


# --- options weighed and the decision to wait or to order nothing: no order -------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. Diskuterade DT bäcken med pat och dotter. Vi valde gemensamt att avvakta.",
     [("ct", "pelvis", "not_performed")]),
    ("Ländryggssmärta. MR bäcken diskuterades, inget beställs i nuläget.", [("mri", "pelvis", "not_performed")]),
    ("Ländryggssmärta. Diskuterat DT bäcken respektive MR bäcken med pat, vi avvaktar tills vidare.",
     [("ct", "pelvis", "not_performed"), ("mri", "pelvis", "not_performed")]),
])
def test_outside63_sv_a_decision_to_wait_leaves_no_order(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. Vi väljer att avvakta med analgetika men remitterar till MR bäcken.",
     [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Diskuterat DT bäcken med pat. Remiss skickas.", [("ct", "pelvis", "requested")]),
    ("Ländryggssmärta. Remiss skickad för MR bäcken.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. MR bäcken utförd igår utan fraktur.", [("mri", "pelvis", "performed")]),
])
def test_outside63_sv_a_request_or_a_study_done_keeps_its_reading(text, expected):
    assert _exams(text) == expected


def test_outside63_sv_a_needless_study_then_avstar_is_no_order():
    rows = [("n1", "2025-05-20", "clinical", "", "84-årig kvinna med ländryggssmärta. DT bäcken bedöms inte tillföra "
                                                 "något då handläggningen blir densamma; avstår bilddiagnostik.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


# --- whole patients ---------------------------------------------------------------------------------------------------
def test_outside63_sv_a_queue_and_the_departments_word_leave_the_patient_without_workup():
    rows = [("n1", "2025-03-12", "outpatient", "", "83-årig kvinna med lumbago. Enligt röntgen är väntetiden till MR "
                                                   "bäcken just nu cirka åtta veckor. Paracetamol, åter om tre veckor.",
             "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


def test_outside63_sv_a_relatives_scan_leaves_the_fracture_without_workup():
    rows = [("n1", "2025-01-18", "radiology", "Rtg bäcken", "Fynd: Fraktur i vänster ramus superior.", "sv"),
            ("n2", "2025-01-20", "clinical", "", "Ramusfraktur vänster. Bor med maken, som själv nyligen gjort en "
                                                 "skelettscintigrafi och har en MR bäcken inbokad nästa vecka.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "radiograph_only")


def test_outside63_sv_a_wish_then_a_booking_and_its_report_is_a_workup():
    rows = [("n1", "2025-03-01", "outpatient", "", "80-årig kvinna med ont i korsryggen. Hon önskar själv en MR av "
                                                   "bäckenet. MR bäcken bokad.", "sv"),
            ("n2", "2025-03-20", "radiology", "MR bäcken", "Fynd: Normal signal i sakrum. Ingen fraktur.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "mri")


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

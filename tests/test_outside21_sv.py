"""Swedish wording families found by the twenty-first round's outside-author notes (tests/data/outside21/sv: the
radiology department's own paperwork about an exam): a request's question in mid-line after "frågeställning:"
("Rtg bäcken, frågeställning: ramusfraktur? sakrumfraktur?"), the low back written with one g ("ont i korsrygen"),
a patient called in for a study ("MR ländrygg + bäcken: Kallad till 2024-12-18"), the clinicians deciding against a
study ("avstår vi från DT och MR": no order), and a work list's bare status lines under an exam standing alone on its
line ("RIS-status DT bäcken" / "Remiss mottagen 2/7. Bokad 12/7. Avbokad av patienten."); found by probing the
round's theme beyond the set: a study that "tycks aldrig ha blivit av", a supplementary, preliminary or final report
("Kompletterande utlåtande MR bäcken", "Slutsvar DT bäcken") is a study done, not a request, sequences or images not
taken ("bäckensekvenser ej tagna") leave the sacrum unimaged, and a note's heading naming the department and its errand
("Röntgen, bokning", "Röntgen, administrativt") is no radiograph. Each family by at least two differently worded
sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, only_case, scored_set

SET = Path(__file__).parent / "data" / "outside21" / "sv"
LBP, RAMUS, SACRAL = "low_back_pain", "pubic_ramus_fracture", "sacral_fracture"


def _ramus_case(sentence: str) -> tuple[str, str]:
    """Flag and workup of a woman with a ramus fracture on a radiograph and a clinical note ending in ``sentence``."""
    rows = [("n1", "2025-01-10", "radiology", "Rtg bäcken", "Fraktur i ramus superior dx.", "sv"),
            ("n2", "2025-01-12", "discharge", "", "Kvinna 84 år. Ramusfraktur höger. " + sentence, "sv")]
    return flag_and_workup(only_case(rows))


# --- a request's question in mid-line, after "frågeställning:" -------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Rtg bäcken, frågeställning: ramusfraktur? sakrumfraktur?", SACRAL),
    ("Rtg bäcken, frågeställning: ramusfraktur? sakrumfraktur?", RAMUS),
    ("DT bäcken akut, fst: sakrumfraktur?", SACRAL),
    ("Röntgen bäcken, frågeställningen: ramusfraktur?", RAMUS),
])
def test_outside21_sv_a_question_after_frageställning_in_mid_line_asks(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Rtg bäcken visar ?ramusfraktur.", RAMUS, ["uncertain"]),
    ("Rtg bäcken visar ?sakrumfraktur.", SACRAL, ["uncertain"]),
    ("Rtg bäcken, frågeställning: sakrumfraktur. Svar: sakrumfraktur vä.", SACRAL, ["present", "present"]),
])
def test_outside21_sv_a_query_without_the_question_word_keeps_its_reading(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


def test_outside21_sv_a_question_in_mid_line_does_not_flag_a_suspicion():
    rows = [("n1", "2024-02-12", "emergency", "", "90-årig kvinna, fall. Ont i höger ljumske.\n"
                                                  "Rtg bäcken, frågeställning: ramusfraktur? sakrumfraktur?", "sv"),
            ("n2", "2024-02-12", "radiology", "Rtg bäcken", "Ingen fraktur i ramus eller sakrum.", "sv")]
    case = only_case(rows)
    assert flag_and_workup(case) == ("false", "radiograph_only") and case["reasons"] == ""


# --- the low back written with one g ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Fortsatt ont i korsrygen.", ["present"]),
    ("Korsrygssmärta sedan två veckor.", ["present"]),
    ("Ingen smärta i korsrygen.", ["negated"]),
])
def test_outside21_sv_korsrygen_with_one_g_is_the_low_back(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


@pytest.mark.parametrize("sentence", [
    "Ont i ryggen, använder korsett.",
    "Ett kors på ryggen av tejp.",
])
def test_outside21_sv_kors_near_ryggen_is_no_low_back(sentence):
    assert assertions(sentence, "sv", LBP) == []


# --- called in for a study -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("MR ländrygg + bäcken: Kallad till 2024-12-18. Kallelse skickad med säkerhetsformulär.", "mri"),
    ("Pat kallades till DT bäcken.", "ct"),
    ("Kallad till skelettscintigrafi 2025-03-02.", "scintigraphy"),
])
def test_outside21_sv_called_in_for_a_study_is_a_request(text, modality):
    assert [(m, s) for m, s, _ in exam_rows(text, "sv")] == [(modality, "requested")]


@pytest.mark.parametrize("text", [
    "MR bäcken visade en så kallad insufficiensfraktur i sakrum.",
    "Så kallad insufficiensfraktur i sakrum på MR bäcken 3/1.",
])
def test_outside21_sv_so_called_is_no_call(text):
    assert [(m, s) for m, s, _ in exam_rows(text, "sv")] == [("mri", "performed")]


# --- the clinicians decide against a study: no order -----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Pga skörhet och demens avstår vi från DT och MR.",
    "Därför avstod vi från MR bäcken.",
    "Nu avstår vi helt från DT bäcken.",
])
def test_outside21_sv_clinicians_deciding_against_a_study_leave_no_order(sentence):
    assert _ramus_case(sentence) == ("true", "radiograph_only")


@pytest.mark.parametrize("sentence", [
    "Pat avstår från MR bäcken.",
    "Hon avstår från DT bäcken, vill inte åka in.",
    "Eftersom patienten inte ville genomgå MR bäcken avstår vi.",
])
def test_outside21_sv_the_patient_declining_a_study_leaves_its_order(sentence):
    assert _ramus_case(sentence) == ("true", "ordered")


# --- a study that never happened -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Den externa MR-undersökningen tycks aldrig ha blivit av.", "not_performed"),
    ("MR bäcken har aldrig blivit av.", "not_performed"),
    ("MR bäcken har ännu inte blivit av.", "requested"),
])
def test_outside21_sv_a_study_that_never_happened_is_not_done(text, expected):
    assert [s for _, s, _ in exam_rows(text, "sv")] == [expected]


# --- a work list's bare status lines under an exam standing alone on its line ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("RIS-status DT bäcken\nRemiss mottagen 2/7. Bokad 2024-07-12. Avbokad av patienten (vill inte åka in). Ingen ny "
     "tid.", ("ct", "not_performed")),
    ("DT bäcken\nRemiss mottagen 2/7.", ("ct", "requested")),
    ("DT bäcken\nRemiss mottagen 2/7. Bokad 20/1. Pat uteblev.", ("ct", "not_performed")),
    ("MR ländrygg + bäcken\nKallad till 2025-02-03.", ("mri", "requested")),
    ("DT buk-bäcken\nProtokollerad. Väntar på tid.", ("ct", "requested")),
    ("DT bäcken\nAvbokad. Ny tid 3/2.", ("ct", "requested")),
])
def test_outside21_sv_bare_status_lines_under_a_work_list_exam_are_its_steps(text, expected):
    assert [(m, s) for m, s, _ in exam_rows(text, "sv")] == [expected]


@pytest.mark.parametrize("text, note_type, exam, expected", [
    ("DT bäcken utan fynd.\nBokad för fysioterapi.", "clinical", "", [("ct", "performed")]),
    ("DT bäcken: normal.\nBokad för fysioterapi.", "clinical", "", [("ct", "performed")]),
    ("DT bäcken 3/1.\nBokad för fysioterapi.", "clinical", "", [("ct", "performed")]),
    ("MR BÄCKEN\nRemiss mottagen 2/9, protokollerad.\nFynd: Sakrum ua.", "radiology", "MR bäcken",
     [("mri", "performed")]),
    ("DT LÄNDRYGG\nRemiss mottagen 10/4, prioritet 1. Genomförd 16/4.\nFynd: ua.", "radiology", "DT ländrygg",
     [("ct", "performed")]),
])
def test_outside21_sv_a_reported_study_or_a_report_keeps_its_reading(text, note_type, exam, expected):
    assert [(m, s) for m, s, _ in exam_rows(text, "sv", note_type, exam)] == expected


def test_outside21_sv_a_work_list_cancellation_leaves_a_suspicion_flagged():
    rows = [("n1", "2024-07-01", "radiology", "Rtg bäcken", "Sakrumfraktur vänster kan ej uteslutas. "
                                                          "DT bäcken rekommenderas.", "sv"),
            ("n2", "2024-07-01", "emergency", "", "Kvinna 76 år, smärta i korsryggen efter fall.", "sv"),
            ("n3", "2024-07-15", "clinical", "", "RIS-status DT bäcken\nRemiss mottagen 2/7. Bokad 2024-07-12. "
                                                 "Avbokad av patienten. Ingen ny tid.", "sv")]
    case = only_case(rows)
    assert flag_and_workup(case) == ("true", "ordered") and case["priority"] == "high"


# --- a supplementary, preliminary or final report is a study done ---------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("Kompletterande utlåtande MR bäcken 3/1: ingen sakrumfraktur.", "mri"),
    ("Kompletterande svar på DT bäcken: ramusfraktur vä.", "ct"),
    ("Slutsvar DT bäcken: ingen sakrumfraktur.", "ct"),
    ("Preliminärt svar MR bäcken: ödem i sakrum.", "mri"),
])
def test_outside21_sv_a_supplementary_or_final_report_is_a_study_done(text, modality):
    assert [(m, s) for m, s, _ in exam_rows(text, "sv")] == [(modality, "performed")]


@pytest.mark.parametrize("text, modality", [
    ("Kompletterande MR bäcken rekommenderas.", "mri"),
    ("Kompletterande DT bäcken med benfönster beställd.", "ct"),
    ("Komplettering med DT bäcken.", "ct"),
])
def test_outside21_sv_a_supplementary_study_asked_for_stays_a_request(text, modality):
    assert [(m, s) for m, s, _ in exam_rows(text, "sv")] == [(modality, "requested")]


# --- sequences or images not taken leave the sacrum unimaged --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "MR bäcken, bäckensekvenser ej tagna.",
    "MR ländrygg och bäcken: bäckenbilderna kunde inte tas.",
    "MR bäcken påbörjad, sakrumsekvenserna har inte körts.",
])
def test_outside21_sv_sequences_not_taken_do_not_cover_the_sacrum(text):
    assert [(m, c) for m, _, c in exam_rows(text, "sv")] == [("mri", False)]


@pytest.mark.parametrize("text, modality", [
    ("MR bäcken: alla sekvenser tagna, sakrum ua.", "mri"),
    ("DT bäcken: rekonstruktioner ej gjorda, sakrum ua.", "ct"),
])
def test_outside21_sv_other_images_not_taken_leave_the_coverage(text, modality):
    assert [(m, c) for m, _, c in exam_rows(text, "sv")] == [(modality, True)]


# --- a study judged non-diagnostic as a whole did not image the sacrum; a patient too heavy for the scanner ----------
@pytest.mark.parametrize("text", [
    "MR BÄCKEN\nRörelseartefakter, tekniskt otillfredsställande. Förnyad undersökning rekommenderas.",
    "MR BÄCKEN\nTekniskt otillfredsställande undersökning.",
    "MR BÄCKEN\nKoronal STIR. Bilderna är icke-diagnostiska.",
])
def test_outside21_sv_a_non_diagnostic_study_does_not_cover_the_sacrum(text):
    # the report's own study (round 60: a repeat it recommends, "Förnyad undersökning rekommenderas", is a request
    # of its own beside it)
    assert [c for _, s, c in exam_rows(text, "sv", "radiology", "MR bäcken") if s == "performed"] == [False]


@pytest.mark.parametrize("text", [
    "DT BÄCKEN\nTekniskt otillfredsställande bilder av höften pga protes. Sakrum ua.",
    "DT BÄCKEN\nSakrum ua. Diagnostisk kvalitet.",
])
def test_outside21_sv_a_part_limited_or_a_diagnostic_study_keeps_its_coverage(text):
    assert [(s, c) for _, s, c in exam_rows(text, "sv", "radiology", "DT bäcken")] == [("performed", True)]


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken: pat vägde för mycket för kameran.", "not_performed"),
    ("MR bäcken ej möjlig, pat överskrider viktgränsen.", "not_performed"),
    ("Pat väger 80 kg. MR bäcken utförd.", "performed"),
])
def test_outside21_sv_a_patient_too_heavy_for_the_scanner(text, expected):
    assert [s for _, s, _ in exam_rows(text, "sv")] == [expected]


# --- a note's heading naming the department and its errand is no radiograph -----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Röntgen, bokning\nMR ländrygg + bäcken: Kallad till 2024-12-18.", [("mri", "requested")]),
    ("Röntgen, administrativt\nBilder från annat sjukhus importerade.", []),
    ("Röntgen – bokning", []),
])
def test_outside21_sv_the_departments_heading_is_no_radiograph(text, expected):
    assert [(m, s) for m, s, _ in exam_rows(text, "sv")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Röntgen: fraktur i ramus.", [("radiograph", "performed")]),
    ("Röntgen bokas till i morgon.", [("radiograph", "requested")]),
])
def test_outside21_sv_an_x_ray_still_is_one(text, expected):
    assert [(m, s) for m, s, _ in exam_rows(text, "sv")] == expected


# --- the set ---------------------------------------------------------------------------------------------------------
def test_outside21_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside21_sv_set_flags_priorities_workups_and_reasons_match_gold():
    assert case_mismatches(SET, ("flagged", "priority", "workup", "reasons")) == []

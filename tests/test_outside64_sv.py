"""Swedish wording families found by the sixty-fourth round's red-team notes (tests/data/outside64/sv: undersökningsdagen,
logistik och avdelningens korta statusord): a study under way or on its way, not yet told done ("Pat nere på MR nu",
"Pat åkt ner till DT bäcken", "hämtad till DT bäcken", "på väg till MR bäcken", "MR bäcken pågår"), a request
(exams.json status.requested.planned); a preparation step done before it ("Förberedd för MR bäcken, pacemakerkontroll
gjord", "Inför transport till MR: metallkontroll gjord, MR-checklista ifylld"), whose "gjord" is the step's, not the
study's (status.requested.planned: the step's words take the "gjord" in); a study on today's list or at a clock time
with nothing done told ("Står på MR-listan för idag", "DT bäcken står på dagens lista", "MR bäcken kl 15.", "MR bäcken
14.30 idag", "DT bäcken senare idag", "MR bäcken ikväll"), a booking (status.requested.booked, .planned); an answer
awaited at a time to come ("MR bäcken: svar väntas i eftermiddag", "Svar på DT bäcken kommer imorgon"), a study done
(status.performed.reported: the awaited answer takes its time in); back from a study with its time, or back on the
ward in a clause of its own ("tillbaka från DT bäcken kl 14", "åkt på DT bäcken kl 15.30, åter på avdelningen 16.10"),
done (status.performed.reported, next_step); and a condition put first that denies a fracture ("Om ingen
sakrumfraktur: hemgång i morgon"), which asks it (context.json: a conditional trigger that outranks the denial). Each
family by several differently worded sentences, and its look-alikes: a study done whose answer is outstanding ("MR
bäcken gjord i eftermiddags, svar ej klart", "bilder tagna, eftergranskning pågår"), a study begun and then stopped or
finished ("påbörjad men avbröts", "påbörjad men fullföljdes"), a fate told with a clock time ("uteblev från MR bäcken
kl 08.40"), an answer to the referral, not the study ("Svar på remissen om MR bäcken kommer i morgon")."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside64" / "sv"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status"]].itertuples(index=False)]


# --- under way or on the way: not yet told done ----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. Pat nere på DT bäcken nu.", [("ct", "pelvis", "requested")]),
    ("Ländryggssmärta. Pat har åkt ner till MR bäcken med undersköterska.", [("mri", "pelvis", "requested")]),
    ("Ramusfraktur. Patienten är på skelettscintigrafi just nu.", [("scintigraphy", "whole_body", "requested")]),
    ("Ramusfraktur. Pat hämtas till DT bäcken av transporten.", [("ct", "pelvis", "requested")]),
    ("Ramusfraktur. Pat befinner sig på MR bäcken, åter om en timme.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Pat iväg till DT bäcken.", [("ct", "pelvis", "requested")]),
    ("Kotkompression L1. MR bäcken pågår.", [("mri", "pelvis", "requested")]),
    ("Ramusfraktur. DT bäcken påbörjad 09.40.", [("ct", "pelvis", "requested")]),
])
def test_outside64_sv_a_study_under_way_is_not_yet_done(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ramusfraktur. Pat tillbaka från MR bäcken kl 14.", [("mri", "pelvis", "performed")]),
    ("Ramusfraktur. Åter på avdelningen efter DT bäcken.", [("ct", "pelvis", "performed")]),
    ("Ramusfraktur. Har varit nere på MR bäcken i förmiddags.", [("mri", "pelvis", "performed")]),
    ("Ramusfraktur. Pat åkt på DT bäcken kl 15.30, åter på avdelningen 16.10.", [("ct", "pelvis", "performed")]),
    ("Ramusfraktur. Pat till MR bäcken 13.00, tillbaka kl 14.10.", [("mri", "pelvis", "performed")]),
    # "åter" with a day is a return visit, no return from the study
    ("Ramusfraktur. MR bäcken bokad, åter 15.04 för besked.", [("mri", "pelvis", "requested")]),
    ("Ramusfraktur. MR bäcken påbörjad men fick avbrytas pga smärta.", [("mri", "pelvis", "not_performed")]),
    ("Ramusfraktur. MR bäcken påbörjad men fullföljdes efter smärtlindring.", [("mri", "pelvis", "performed")]),
    ("Ramusfraktur. MR bäcken: bilder tagna, eftergranskning pågår.", [("mri", "pelvis", "performed")]),
    # begun, and its course told on: the study's reading, not its being under way (outside21)
    ("Ramusfraktur. MR bäcken påbörjad, sakrumsekvenserna har inte körts.", [("mri", "pelvis", "performed")]),
    # still under way: "åter efter lunch" is no return told
    ("Ramusfraktur. Pat nere på MR bäcken nu, åter efter lunch.", [("mri", "pelvis", "requested")]),
])
def test_outside64_sv_back_from_a_study_or_its_fate_keeps_its_reading(text, expected):
    assert _exams(text) == expected


# --- a preparation step done is no study done -------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ramusfraktur. Förberedd inför MR bäcken, metallkontroll gjord.", [("mri", "pelvis", "requested")]),
    ("Ramusfraktur. Krea taget och PVK satt inför DT bäcken.", [("ct", "pelvis", "requested")]),
    ("Ramusfraktur. ICD-kontroll utförd inför MR bäcken.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. MR-säkerhetsenkät ifylld, pat väntar på MR bäcken.", [("mri", "pelvis", "requested")]),
    ("Ramusfraktur. Pat redo för DT bäcken.", [("ct", "pelvis", "requested")]),
    ("Ramusfraktur. Pacemakern kontrollerad av fysiolog, MR bäcken i eftermiddag.", [("mri", "pelvis", "requested")]),
])
def test_outside64_sv_a_preparation_done_leaves_the_study_asked(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ramusfraktur. Premedicinerad inför MR bäcken. MR bäcken genomförd utan problem.",
     [("mri", "pelvis", "performed"), ("mri", "pelvis", "performed")]),  # the request takes the later fate
    ("Ramusfraktur. PVK satt. DT bäcken gjord 14.00, svar ej klart.", [("ct", "pelvis", "performed")]),
    ("Ramusfraktur. DT bäcken gjord, PVK satt för antibiotika.", [("ct", "pelvis", "performed")]),
    ("Ramusfraktur. Pacemakerkontroll gjord efter MR bäcken, ua.", [("mri", "pelvis", "performed")]),
])
def test_outside64_sv_a_preparation_beside_a_study_done_keeps_it_done(text, expected):
    assert _exams(text) == expected


# --- on today's list, at a clock time: booked -------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ramusfraktur. Står på DT-listan för eftermiddagen.", [("ct", "other", "requested")]),
    ("Ramusfraktur. MR bäcken finns på dagens program.", [("mri", "pelvis", "requested")]),
    ("Ramusfraktur. Pat ligger på kvällens lista för DT bäcken.", [("ct", "pelvis", "requested")]),
    ("Ländryggssmärta. DT bäcken kl 13.", [("ct", "pelvis", "requested")]),
    ("Ländryggssmärta. Skelettscintigrafi kl 10.30 idag.", [("scintigraphy", "whole_body", "requested")]),
    ("Ländryggssmärta. MR bäcken 15.45 i eftermiddag.", [("mri", "pelvis", "requested")]),
    ("Ramusfraktur. DT bäcken senare i dag.", [("ct", "pelvis", "requested")]),
    ("Ramusfraktur. MR bäcken ikväll.", [("mri", "pelvis", "requested")]),
    ("Ramusfraktur. Flyttad DT bäcken, ny tid ej given.", [("ct", "pelvis", "requested")]),
])
def test_outside64_sv_a_study_on_todays_list_or_at_a_time_is_booked(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ramusfraktur. DT bäcken gjord kl 13, svar ej klart.", [("ct", "pelvis", "performed")]),
    ("Ramusfraktur. Pat uteblev från MR bäcken kl 08.40.", [("mri", "pelvis", "not_performed")]),
    ("Ramusfraktur. Pat uteblev från MR bäcken 10/6 kl 08.40.", [("mri", "pelvis", "not_performed")]),
    ("Ramusfraktur. DT bäcken kl 03 visade ingen sakrumfraktur.", [("ct", "pelvis", "performed")]),
    ("Ramusfraktur. MR bäcken avbokad kl 10.", [("mri", "pelvis", "not_performed")]),
    ("Ramusfraktur. Natt: Pat tillbaka från DT bäcken 02.10, sover nu.", [("ct", "pelvis", "performed")]),
])
def test_outside64_sv_a_clock_time_beside_a_fate_keeps_the_fate(text, expected):
    assert _exams(text) == expected


# --- an answer awaited at a time to come: the study was done -------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ramusfraktur. MR bäcken – svar kommer i eftermiddag.", [("mri", "pelvis", "performed")]),
    ("Ländryggssmärta. Svaret på DT bäcken beräknas i morgon.", [("ct", "pelvis", "performed")]),
    ("Ländryggssmärta. DT bäcken: utlåtande väntas under dagen.", [("ct", "pelvis", "performed")]),
    ("Kotkompression L2. Svar på MR bäcken väntas först på måndag.", [("mri", "pelvis", "performed")]),
    ("Ländryggssmärta. Skelettscintigrafi, svar förväntas nästa vecka.",
     [("scintigraphy", "whole_body", "performed")]),
])
def test_outside64_sv_an_answer_awaited_later_is_of_a_study_done(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the referral's answer, not the study's
    ("Ramusfraktur. Svar på remissen om MR bäcken kommer i morgon.", [("mri", "pelvis", "requested")]),
    ("Ramusfraktur. MR bäcken i morgon, svar dagen efter.", [("mri", "pelvis", "requested")]),
    ("Ramusfraktur. Inväntar MR bäcken imorgon bitti.", [("mri", "pelvis", "requested")]),
])
def test_outside64_sv_a_study_to_come_keeps_its_request(text, expected):
    assert _exams(text) == expected


# --- a condition put first that denies a fracture asks it --------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Ramusfraktur vä. Om ingen sakrumfraktur: hemgång i morgon.", "sacral_fracture"),
    ("Om det inte finns någon sakrumfraktur kan hon gå hem.", "sacral_fracture"),
    ("Ifall ingen kotkompression ses, hemgång.", "vertebral_compression_fracture"),
    ("Om ej sakrumfraktur, fri mobilisering.", "sacral_fracture"),
    ("Om inga ramusfrakturer: hem med hemtjänst.", "pubic_ramus_fracture"),
])
def test_outside64_sv_a_denial_under_a_condition_asks_the_fracture(text, concept):
    assert assertions(text, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Ingen sakrumfraktur. Om smärtan kvarstår, ny kontakt.", "sacral_fracture", ["negated"]),
    ("Ingen sakrumfraktur på MR bäcken, om hon mår bra hemgång.", "sacral_fracture", ["negated"]),
    ("Om sakrumfraktur: ortopedkonsult.", "sacral_fracture", ["hypothetical"]),
    ("MR bäcken visar ingen sakrumfraktur. Hemgång om smärtfri.", "sacral_fracture", ["negated"]),
])
def test_outside64_sv_a_denial_outside_the_condition_stays_denied(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


# --- whole patients -----------------------------------------------------------------------------------------------------
def test_outside64_sv_a_fracture_whose_study_is_on_its_way_flags():
    rows = [("n1", "2025-03-01", "radiology", "Rtg bäcken", "Fynd: Fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-03-02", "clinical", "", "Ssk: Pat på väg ner till MR bäcken med transporten kl 10.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "ordered")


def test_outside64_sv_a_preparation_then_the_report_is_a_workup():
    rows = [("n1", "2025-03-01", "radiology", "Rtg bäcken", "Fynd: Fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-03-02", "clinical", "", "Pacemakerkontroll gjord inför MR bäcken.", "sv"),
            ("n3", "2025-03-02", "radiology", "MR bäcken", "Fynd: Ramusfraktur hö. Sakrum ua.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "mri")


@pytest.mark.parametrize("rows, expected", [
    ([("n1", "2025-05-01", "outpatient", "", "81-årig kvinna med ont i ländryggen. MR bäcken remitteras.", "sv"),
      ("n2", "2025-05-09", "telephone", "", "MR bäcken: svar väntas i eftermiddag.", "sv")], ("false", "mri")),
    ([("n1", "2025-05-01", "outpatient", "", "81-årig kvinna med ont i ländryggen. MR bäcken remitteras.", "sv"),
      ("n2", "2025-05-09", "telephone", "", "Står på MR-listan för idag.", "sv")], ("true", "ordered")),
])
def test_outside64_sv_the_day_of_the_study_decides_the_workup(rows, expected):
    assert flag_and_workup(only_case(rows)) == expected


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

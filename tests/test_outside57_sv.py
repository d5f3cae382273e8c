"""Swedish wording families found by the fifty-seventh round's red-team notes (tests/data/outside57/sv: patientens
förlopp över tid, a patient followed over several notes and weeks): an earlier note named as the source of a finding
("Enligt tidigare anteckning fraktur i ramus", "Enl. tidigare ant. kompressionsfraktur L1", "Som tidigare beskrivits
..."), which dates the note, not the finding (present, as "Som tidigare nämnts har hon" already was); a study done
"sedan förra besöket", between the last visit and the note, which is dated by the note and so works up the episode
(exams.json `exam_dates.days_back`; the time since a visit is no study compared with, context.json pseudo); a study that
never came about, told without a verb of cancelling ("Det blev aldrig någon MR", "Någon MR bäcken blev det aldrig",
"Det har aldrig blivit någon skelettscintigrafi": not done) or not yet ("Det har inte blivit någon MR än": awaited),
which leaves the earlier order standing instead of reporting the study (exams.json `not_done`, `waiting`); another
patient's study told in a shared room or of a relative ("Rumskamraten ska på MR bäcken i morgon", "Patienten i sängen
bredvid väntar på DT", "Hennes man gjorde en DT bäcken"): no exam of this patient (exams.json `other_persons`, new in
Swedish); and the pain's worst site after a comma with a word of time and the side before it ("Fortsatt smärta, nu
framförallt i vänster skinka och ländrygg"; concepts.json). Each family by several differently worded sentences, and
its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from .phrasing import DAY, assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside57" / "sv"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status"]].itertuples(index=False)]


def _dates(text: str) -> list:
    """The dates of a single Swedish note's exams (NaT: an earlier study of unknown date)."""
    return one_note(text, "sv").exams["date"].tolist()


# --- an earlier note as the source of a finding: the note is earlier, the finding is known and present -------------
@pytest.mark.parametrize("sentence, concept", [
    ("Enligt tidigare anteckning fraktur i vänster ramus superior och inferior.", "pubic_ramus_fracture"),
    ("Enl. tidigare ant. kompressionsfraktur L1.", "vertebral_compression_fracture"),
    ("Enligt tidigare journalanteckning kotkompression Th12, fortsatt värk.", "vertebral_compression_fracture"),
    ("Enligt föregående läkaranteckning ramusfraktur höger.", "pubic_ramus_fracture"),
    ("Som tidigare beskrivits fraktur i höger ramus inferior.", "pubic_ramus_fracture"),
    ("Som nämnts tidigare har pat en fraktur i vänster ramus superior.", "pubic_ramus_fracture"),
    ("Som tidigare konstaterats kompression av L3, nu mer smärta.", "vertebral_compression_fracture"),
])
def test_outside57_sv_an_earlier_note_as_source_leaves_the_finding_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Tidigare kotkompression L1.", "vertebral_compression_fracture", ["historical"]),
    ("Enligt tidigare anteckning ramusfraktur 2019.", "pubic_ramus_fracture", ["historical"]),
    ("Enligt tidigare MR kotkompression L1.", "vertebral_compression_fracture", ["historical"]),
    ("Enligt tidigare anteckning misstänkt sakrumfraktur.", "sacral_fracture", ["uncertain"]),
    ("Kompressionen i L1 enligt tidigare, oförändrad.", "vertebral_compression_fracture", ["present"]),
])
def test_outside57_sv_an_earlier_finding_keeps_its_reading(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- a study done since the last visit: dated by the note, a workup of the episode ---------------------------------
@pytest.mark.parametrize("sentence, modality", [
    ("Sedan förra besöket har pat genomgått DT bäcken som inte visade någon fraktur i sakrum.", "ct"),
    ("Pat har sedan senaste kontakten genomgått MR bäcken, ua.", "mri"),
    ("Sedan föregående besök har DT bäcken gjorts, sakrum utan frakturtecken.", "ct"),
    ("Sedan förra återbesöket är MR bäcken utförd utan fynd.", "mri"),
])
def test_outside57_sv_a_study_done_since_the_last_visit_is_dated_by_the_note(sentence, modality):
    found = one_note(sentence, "sv").exams
    assert found[["modality", "status"]].values.tolist() == [[modality, "performed"]]
    assert found["date"].tolist() == [pd.Timestamp(DAY)]


@pytest.mark.parametrize("sentence", [
    "Pat har genomgått DT bäcken.",
    "Jämfört med förra MR ingen ny fraktur.",
])
def test_outside57_sv_an_earlier_study_without_a_date_stays_undated(sentence):
    assert all(pd.isna(d) for d in _dates(sentence))


def test_outside57_sv_a_study_since_the_last_visit_works_up_the_fracture():
    rows = [("n1", "2025-01-02", "emergency", "", "81-årig kvinna. Rtg bäcken: fraktur i vänster ramus inferior.", "sv"),
            ("n2", "2025-01-14", "outpatient", "", "Remiss MR bäcken skickad.", "sv"),
            ("n3", "2025-02-10", "outpatient", "", "Sedan förra besöket har hon genomgått MR bäcken, ingen "
                                                  "sakrumfraktur.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("false", "mri")


# --- a study that never came about, or has not yet: no report of it, the order stands -----------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Det blev aldrig någon MR bäcken.", ("mri", "pelvis", "not_performed")),
    ("Någon DT bäcken blev det aldrig eftersom hon lades in på medicin.", ("ct", "pelvis", "not_performed")),
    ("Det har aldrig blivit någon skelettscintigrafi.", ("scintigraphy", "whole_body", "not_performed")),
    ("Det blev inte någon ny MR bäcken heller.", ("mri", "pelvis", "not_performed")),
    ("Det har inte blivit någon MR bäcken än.", ("mri", "pelvis", "requested")),
    ("Det har fortfarande inte blivit någon DT bäcken.", ("ct", "pelvis", "requested")),
])
def test_outside57_sv_a_study_that_never_came_about_is_not_reported(sentence, expected):
    assert _exams(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "Det blev ingen förbättring efter MR bäcken.",
    "Efter DT bäcken blev det inte bättre.",
    "Det blev en MR bäcken till slut, ua.",
])
def test_outside57_sv_what_did_not_come_after_a_study_leaves_it_done(sentence):
    assert [e[2] for e in _exams(sentence)] == ["performed"]


@pytest.mark.parametrize("later", [
    "Det blev aldrig någon MR.",
    "Någon MR blev det aldrig, hon ville inte.",
    "Det har inte blivit någon MR än, har fortfarande inte fått någon tid.",
])
def test_outside57_sv_the_order_stands_after_a_study_never_had(later):
    rows = [("n1", "2025-03-01", "emergency", "", "80-årig kvinna. Rtg bäcken: fraktur i höger ramus superior. "
                                                 "MR bäcken beställd.", "sv"),
            ("n2", "2025-04-01", "outpatient", "", later, "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "ordered")


# --- another person's study: no exam of the patient --------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Rumskamraten ska på MR bäcken i morgon och pat undrar om hon också ska det.",
    "Patienten i sängen bredvid väntar på DT bäcken.",
    "Hennes man gjorde en DT bäcken i våras.",
    "Grannens MR visade diskbråck.",
    "Medpatienten har fått tid till skelettscintigrafi.",
])
def test_outside57_sv_another_persons_study_is_no_exam_of_the_patient(sentence):
    assert _exams(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Dottern har bokat MR bäcken åt pat.",
    "Dottern ringer, pat har fått tid till MR bäcken.",
    "Pat delar rum med en kvinna som ska opereras. Pat ska på MR bäcken i morgon.",
])
def test_outside57_sv_the_patients_own_study_beside_another_person(sentence):
    assert _exams(sentence) == [("mri", "pelvis", "requested")]


def test_outside57_sv_a_roommates_study_leaves_no_order():
    rows = [("n1", "2025-03-11", "radiology", "RTG BÄCKEN", "Fynd: Fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-03-12", "clinical", "", "83-årig kvinna. Rumskamraten ska på MR bäcken i morgon.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "radiograph_only")


# --- where the pain is worst, after a comma, a word of time and the side ----------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Fortsatt smärta, nu framförallt i vänster skinka och ländrygg.",
    "Fortsatt smärta, nu mest i höger skinka.",
    "Ont vid gång, fortfarande främst i ländryggen.",
    "Värk sedan fallet, numera huvudsakligen i vänster skinka.",
])
def test_outside57_sv_the_worst_site_after_a_comma_is_low_back_pain(sentence):
    assert assertions(sentence, "sv", "low_back_pain") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Fortsatt smärta, nu framförallt i höger ljumske.",
    "Fortsatt smärta, nu framförallt i vänster höft.",
    "Fortsatt smärta, nu framförallt i bröstryggen.",
])
def test_outside57_sv_the_worst_site_elsewhere_is_no_low_back_pain(sentence):
    assert assertions(sentence, "sv", "low_back_pain") == []


# --- the set ------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 == 1.0
    assert workup == 1.0
    assert note_f1 >= 0.99

"""Swedish wording families found by the forty-ninth round's red-team notes (tests/data/outside49/sv: the imaging
department's own workflow): a change of method that names the new study ("Ändras till DT bäcken pga pacemaker",
"Undersökningen ändrad till DT bäcken", "MR bäcken bytt till DT bäcken", "byte av modalitet"), which asks for the new
study while the changed request is withdrawn; a priority given to a study ("MR bäcken med STIR, prio 3", "Prio:
rutin." right before the study), a queued request; the waiting-list letter named with its study ("Väntelistebrev
skickat: MR bäcken"), a request; a department named by a prefix and "röntgen" ("neuroröntgen", "narkosröntgen",
"barnröntgen"), no plain radiograph; and no indication with its source between ("ej indikation enligt radiolog för DT
bäcken"), a study judged needless (no order). Each family by several differently worded sentences, and its
look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside49" / "sv"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status"]].itertuples(index=False)]


def _imaging(text: str) -> list[str]:
    """The concepts of the imaging mentions of a single Swedish clinical note."""
    found = one_note(text, "sv").mentions
    return [c for c in found["concept"] if c.startswith("imaging_")]


# --- a change of method: the study a request is changed to is asked for, the changed one withdrawn ----------------
@pytest.mark.parametrize("text, expected", [
    ("Remissbedömning: ändras till DT bäcken då patienten har pacemaker.", [("ct", "pelvis", "requested")]),
    ("Radiologen har ändrat undersökningen till MR bäcken med STIR.", [("mri", "pelvis", "requested")]),
    ("Undersökningen byts till skelettscintigrafi pga metallimplantat i höften.",
     [("scintigraphy", "whole_body", "requested")]),
    ("Beställningen omvandlad till DT bäcken efter samråd med ortopeden.", [("ct", "pelvis", "requested")]),
    ("Byte av modalitet till DT bäcken pga uttalad klaustrofobi.", [("ct", "pelvis", "requested")]),
    ("MR ländrygg bytt till MR bäcken enligt radiolog.",
     [("mri", "lumbar_spine", "not_performed"), ("mri", "pelvis", "requested")]),
    ("Remiss MR bäcken ändrad till DT bäcken pga pacemaker.",
     [("mri", "pelvis", "not_performed"), ("ct", "pelvis", "requested")]),
])
def test_outside49_sv_the_study_a_request_is_changed_to_is_asked_for(text, expected):
    assert sorted(_exams(text)) == sorted(expected)


def test_outside49_sv_a_change_of_method_named_as_such_asks_for_both_studies_it_names():
    # "metodbyte": the radiologist's choice of method; which study ends up done is for a later note to tell
    assert sorted(_exams("Metodbyte: MR bäcken i stället för DT.")) == [("ct", "pelvis", "requested"),
                                                                         ("mri", "pelvis", "requested")]


@pytest.mark.parametrize("text, expected", [
    # the changed study then done, in the same sentence or the next
    ("Ändrad till DT bäcken, som gjordes samma dag och visade fraktur i sakrum.", [("ct", "pelvis", "performed")]),
    ("MR bäcken ändrades till DT bäcken, som utfördes 3/3.",
     [("ct", "pelvis", "performed"), ("mri", "pelvis", "not_performed")]),
    # a pain or a medicine changed is no study asked for
    ("Smärtan ändrades till värk efter MR bäcken.", [("mri", "pelvis", "performed")]),
    ("Medicineringen ändrades till Oxynorm. DT bäcken visade ingen fraktur.", [("ct", "pelvis", "performed")]),
    ("Smärtan har ändrats till att sitta mer i ländryggen. MR ländrygg 2024 visade diskbråck.",
     [("mri", "lumbar_spine", "performed")]),
])
def test_outside49_sv_change_words_leave_a_study_done_or_another_change_alone(text, expected):
    assert sorted(_exams(text)) == sorted(expected)


@pytest.mark.parametrize("text, reason", [
    ("Patienten kom inte till magnetundersökningen av bäckenet.", "did_not_attend"),
    ("Pat kom ej till MR bäcken i tisdags.", "did_not_attend"),
    ("Remiss MR bäcken returnerad till inremittent.", "withdrawn"),
])
def test_outside49_sv_a_fate_that_ends_in_till_before_its_study_is_that_studys_own(text, reason):
    # only a withdrawal that ends on the study a request was changed to leaves that study alone
    found = one_note(text, "sv").exams
    assert found[["status", "reason"]].values.tolist() == [["not_performed", reason]]


def test_outside49_sv_a_study_changed_to_and_never_done_is_an_order():
    rows = [("n1", "2025-03-03", "radiology", "RTG BÄCKEN", "Fynd: Fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-03-04", "clinical", "", "Röntgen har bedömt remissen: ändras till DT bäcken då pat har "
                                                 "pacemaker. Kallelse skickas.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "ordered")


def test_outside49_sv_a_study_changed_to_and_then_done_works_up_the_fracture():
    rows = [("n1", "2025-03-03", "radiology", "RTG BÄCKEN", "Fynd: Fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-03-04", "clinical", "", "MR bäcken bytt till DT bäcken pga pacemaker.", "sv"),
            ("n3", "2025-03-06", "radiology", "DT BÄCKEN", "Fynd: Känd ramusfraktur höger. Sakrum utan fraktur.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "ct")


# --- a priority given to a study: a queued request ------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("MR bäcken med STIR, prio 1.", [("mri", "pelvis", "requested")]),
    ("DT bäcken, prioritet: rutin.", [("ct", "pelvis", "requested")]),
    ("Prio 2. MR bäcken med koronal STIR och T1.", [("mri", "pelvis", "requested")]),
    ("Prio: akut. DT bäcken med tunna snitt genom sakrum.", [("ct", "pelvis", "requested")]),
    ("Omprioriterad till förtur. Skelettscintigrafi.", [("scintigraphy", "whole_body", "requested")]),
])
def test_outside49_sv_a_priority_given_to_a_study_is_a_request(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a priority, then the study told done
    ("Prio 2. DT bäcken 4/3 visade ingen fraktur.", [("ct", "pelvis", "performed")]),
    ("Prio 1. DT bäcken gjord: ingen sakrumfraktur.", [("ct", "pelvis", "performed")]),
    # a triage colour or a transport's priority is none of a study's
    ("Prio: Gul. Rtg bäcken visar fraktur i höger ramus superior.", [("radiograph", "pelvis", "performed")]),
    ("Transport till akuten prio 2. Rtg bäcken på akuten: fraktur i höger ramus.",
     [("radiograph", "pelvis", "performed")]),
    # a priority in a sentence of its own, the study two sentences on
    ("Prio 2. Pat ringd. DT bäcken: ingen fraktur.", [("ct", "pelvis", "performed")]),
])
def test_outside49_sv_a_priority_leaves_a_study_done_or_no_study_alone(text, expected):
    assert _exams(text) == expected


def test_outside49_sv_a_priority_in_a_radiology_report_leaves_its_own_study_done():
    assert _exams("Prio 2.\nFynd: Normal signal i sakrum.", "radiology", "MR BÄCKEN") == [
        ("mri", "pelvis", "performed")]


# --- the waiting-list letter: a request ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Väntelistebrev skickat för DT bäcken.", [("ct", "pelvis", "requested")]),
    ("Pat har fått ett väntelistebrev om MR bäcken, väntetid cirka två månader.", [("mri", "pelvis", "requested")]),
    ("Köbrev skickat: MR bäcken.", [("mri", "pelvis", "requested")]),
    ("Väntelisteplacerad för magnetkameraundersökning av bäckenet.", [("mri", "pelvis", "requested")]),
])
def test_outside49_sv_the_waiting_list_letter_is_a_request(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Väntelistebrev: MR bäcken gjord 3/3, du behöver inte komma.", [("mri", "pelvis", "performed")]),
    ("Pat fick väntelistebrev men MR bäcken har nu utförts på Capio och visade ingen fraktur.",
     [("mri", "pelvis", "performed")]),
])
def test_outside49_sv_a_waiting_list_letter_leaves_a_study_done(text, expected):
    assert _exams(text) == expected


# --- a department named by a prefix and "röntgen": no plain radiograph --------------------------------------------
@pytest.mark.parametrize("text", [
    "Kontakt med narkosröntgen angående tid.",
    "Bedömd av neuroröntgen, inget akut.",
    "Barnröntgen har granskat bilderna.",
    "Pat står på narkosröntgens väntelista.",
])
def test_outside49_sv_a_radiology_department_is_no_radiograph(text):
    assert _imaging(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Bäckenröntgen visar fraktur i vänster ramus inferior.", ["imaging_radiograph"]),
    ("Lungröntgen utan anmärkning.", ["imaging_radiograph"]),
    ("Neuroröntgen har bedömt DT hjärna: ingen blödning.", ["imaging_ct"]),
    ("Kontakt med narkosröntgen för MR i narkos.", ["imaging_mri"]),
])
def test_outside49_sv_films_and_studies_beside_a_department_stay(text, expected):
    assert _imaging(text) == expected


def test_outside49_sv_a_department_alone_leaves_no_radiograph_workup():
    rows = [("n1", "2025-02-10", "clinical", "", "80-årig kvinna med osteoporos och ont i ländryggen. Bedömd av "
                                                 "neuroröntgen: DT hjärna utan blödning.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


# --- no indication, its source between: a study judged needless ---------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ej indikation enligt radiolog för MR bäcken.", [("mri", "pelvis", "not_performed")]),
    ("Ingen indikation enligt röntgenläkaren för DT bäcken.", [("ct", "pelvis", "not_performed")]),
    ("Ej indikation enl. ortoped för skelettscintigrafi.", [("scintigraphy", "whole_body", "not_performed")]),
])
def test_outside49_sv_no_indication_by_whom_is_a_study_judged_needless(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Indikation enligt radiolog för MR bäcken föreligger, remiss skickas.", [("mri", "pelvis", "requested")]),
    ("Klar indikation enligt ortoped för DT bäcken, beställd.", [("ct", "pelvis", "requested")]),
])
def test_outside49_sv_an_indication_by_whom_still_asks(text, expected):
    assert _exams(text) == expected


def test_outside49_sv_a_study_judged_needless_leaves_no_order():
    rows = [("n1", "2025-04-01", "radiology", "RTG BÄCKEN", "Fynd: Fraktur i vänster ramus inferior.", "sv"),
            ("n2", "2025-04-02", "clinical", "", "Ingen indikation enligt radiolog för MR bäcken.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "radiograph_only")


# --- the set ----------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

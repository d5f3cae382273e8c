"""Swedish wording families found by the sixty-second round's red-team notes (tests/data/outside62/sv: osäker eller
motsägelsefull uppgift om utredningen): a study only possibly done or whose performance is doubted or cannot be
verified ("Möjligen gjord DT bäcken på annat sjukhus", "Inte säkert att DT bäcken utförts", "Går ej att verifiera att
MR bäcken är utförd", "MR bäcken: uppgift saknas", "Oklart om DT bäcken hunnit göras"), not done and no order
(exams.json status.not_performed.unverified); such a doubt, or a correction's "var inte gjord, det var DT ländrygg" /
"det angavs DT bäcken men undersökningen var DT ländrygg" / "i epikrisen stod MR ländrygg, korrekt är MR bäcken",
withdrawing the same study told done earlier in the note or
in an earlier note, never a radiology report's own exam (exams.py _unverified_studies); a study told done by someone's
word after its name ("MR bäcken gjord enligt pat, men ingen MR finns i journalen", "ska ha gjorts i Lund men kan ej
verifieras") with its record missing (exams.py _unrecorded_claims, unrecorded.absences); and a study asked with "?" as
an item of a list ("Utredning: Rtg bäcken ua, DT?, MR?"), a request (status.requested.considered). Each family by
several differently worded sentences, and its look-alikes: a doubt about the finding, not the study ("DT bäcken utan
säker fraktur", "ej möjligt att avgöra om frakturen är ny"), an uncertain plan ("Ev. MR bäcken längre fram"), a
record that settles the patient's doubt ("DT bäcken ej gjord enl pat, men enligt journalen utförd")."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside62" / "sv"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status"]].itertuples(index=False)]


# --- a study only possibly done, doubted or unverifiable: not done ----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. Det är inte säkert att skelettscintigrafin genomfördes.",
     [("scintigraphy", "whole_body", "not_performed")]),
    ("Ländryggssmärta. Kan inte bekräfta att DT bäcken utförts.", [("ct", "pelvis", "not_performed")]),
    ("Ländryggssmärta. Ej verifierat att MR bäcken har gjorts.", [("mri", "pelvis", "not_performed")]),
    ("Ländryggssmärta. Inte klart om DT bäcken blev av.", [("ct", "pelvis", "not_performed")]),
    ("Ont i korsryggen. Gick inte att se i journalen om MR av bäckenet hade gjorts.",
     [("mri", "pelvis", "not_performed")]),
    ("Ländryggssmärta. DT bäcken, ev. gjord på Capio i våras.", [("ct", "pelvis", "not_performed")]),
    ("Ländryggssmärta. Skelettscintigrafi eventuellt utförd i Norge 2024, inget svar.",
     [("scintigraphy", "whole_body", "not_performed")]),
    ("Smärta i skinkan. Möjligtvis har en MR bäcken redan gjorts av privat vårdgivare.",
     [("mri", "pelvis", "not_performed")]),
    ("Ont i ländryggen. Kanske har hon gjort en MR bäcken i Lund.", [("mri", "pelvis", "not_performed")]),
    ("Ländryggssmärta. Rtg bäcken ua. DT bäcken: uppgift saknas.",
     [("radiograph", "pelvis", "performed"), ("ct", "pelvis", "not_performed")]),
    ("Ländryggssmärta. Skelettscint – ingen uppgift.", [("scintigraphy", "whole_body", "not_performed")]),
    ("Ramusfraktur. Osäkert om DT bäcken hann göras innan hemgång.", [("ct", "pelvis", "not_performed")]),
])
def test_outside62_sv_a_doubted_study_is_not_done(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a doubt about the finding, not the study
    ("Ländryggssmärta. MR bäcken gjord, möjligen fraktur i sakrum.", [("mri", "pelvis", "performed")]),
    ("Ländryggssmärta. MR bäcken gjord 2025-01-03, ej möjligt att avgöra om frakturen är ny.",
     [("mri", "pelvis", "performed")]),
    ("Ländryggssmärta. DT bäcken utförd, kan inte verifiera fraktur.", [("ct", "pelvis", "performed")]),
    ("Ländryggssmärta. Frakturen kan inte verifieras på DT bäcken.", [("ct", "pelvis", "performed")]),
    ("Ländryggssmärta. DT bäcken utan säker fraktur.", [("ct", "pelvis", "performed")]),
    ("Ländryggssmärta. Möjligen har DT bäcken visat en fraktur.", [("ct", "pelvis", "performed")]),
    # an uncertain plan
    ("Ländryggssmärta. Ev. MR bäcken längre fram.", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Eventuellt DT bäcken om smärtan kvarstår.", [("ct", "pelvis", "requested")]),
    # a missing record of something else
    ("Ländryggssmärta. Uppgift saknas om läkemedel. DT bäcken gjord i går utan fraktur.",
     [("ct", "pelvis", "performed")]),
])
def test_outside62_sv_a_doubt_of_the_finding_or_the_plan_keeps_the_study(text, expected):
    assert _exams(text) == expected


# --- a correction: "var inte gjord, det var ...", "det angavs X men undersökningen var Y" ----------------------------
@pytest.mark.parametrize("text, expected", [
    ("Rättelse: DT bäcken var inte gjord, det var DT buk.",
     [("ct", "pelvis", "not_performed"), ("ct", "abdomen_pelvis", "performed")]),
    ("Ländryggssmärta. MR bäcken var inte gjord, det var en slätröntgen av bäckenet.",
     [("mri", "pelvis", "not_performed"), ("radiograph", "pelvis", "performed")]),
    ("Felskrivning: det angavs MR bäcken men undersökningen var MR ländrygg.",
     [("mri", "pelvis", "not_performed"), ("mri", "lumbar_spine", "performed")]),
    ("I remissen angavs MR bäcken men det var en DT bäcken som gjordes.",
     [("mri", "pelvis", "not_performed"), ("ct", "pelvis", "performed")]),
    # a study named wrongly, then put right after a comma or "men"
    ("Ländryggssmärta. I journalen stod DT bäcken, rätt är DT ländrygg.",
     [("ct", "pelvis", "not_performed"), ("ct", "lumbar_spine", "performed")]),
    ("Ländryggssmärta. I föregående anteckning angavs MR bäcken, den uppgiften avsåg felaktigt bäcken, korrekt är MR "
     "ländrygg.", [("mri", "pelvis", "not_performed"), ("mri", "lumbar_spine", "performed")]),
])
def test_outside62_sv_a_corrected_study_is_not_done(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. MR bäcken är inte gjord, den är bokad till 12/3.", [("mri", "pelvis", "requested")]),
    ("Rättelse: undersökningen var en MR bäcken, inte en DT bäcken.",
     [("mri", "pelvis", "performed"), ("ct", "pelvis", "not_performed")]),
    ("Ländryggssmärta. I epikrisen stod MR bäcken utan fraktur, pat mår bättre.", [("mri", "pelvis", "performed")]),
    ("Ländryggssmärta. Det angavs att MR bäcken var normal, korrekt.", [("mri", "pelvis", "performed")]),
])
def test_outside62_sv_a_correction_keeps_what_it_confirms(text, expected):
    assert _exams(text) == expected


# --- a doubt or correction withdraws the same study told done before it --------------------------------------------
def test_outside62_sv_a_relatives_word_then_its_doubt_is_no_workup():
    rows = [("n1", "2025-03-01", "outpatient", "", "79-årig kvinna med ont i ländryggen. Sonen berättar att en DT av "
                                                   "bäckenet gjordes i Thailand. Kan inte bekräfta att DT bäcken "
                                                   "utförts.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


def test_outside62_sv_a_report_then_its_doubt_in_the_same_sentence_is_no_workup():
    rows = [("n1", "2025-03-01", "outpatient", "", "82-årig kvinna med lumbago. Svar på MR bäcken finns inte, "
                                                   "ej möjligt att se om MR bäcken gjorts på annat sjukhus.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


def test_outside62_sv_a_later_notes_correction_withdraws_the_study():
    rows = [("n1", "2025-02-02", "clinical", "", "Fraktur i höger ramus superior. DT bäcken gjord i går utan "
                                                 "sakrumfraktur.", "sv"),
            ("n2", "2025-02-04", "clinical", "", "Rättelse: DT bäcken var inte gjord, det var DT thorax.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


@pytest.mark.parametrize("rows, expected", [
    # a radiology report's own exam stays done whatever the patient or a later note doubts
    ([("n1", "2025-02-01", "radiology", "DT bäcken", "Fynd: Fraktur i vänster ramus inferior. Sakrum ua.", "sv"),
      ("n2", "2025-02-10", "clinical", "", "Ramusfraktur. Kan inte bekräfta att DT bäcken utförts.", "sv")],
     ("false", "ct")),
    # a doubt answered by a later note's study
    ([("n1", "2025-02-01", "clinical", "", "78-årig kvinna, ländryggssmärta. Inte säkert att MR bäcken gjorts, "
                                           "remiss skickas.", "sv"),
      ("n2", "2025-02-15", "clinical", "", "MR bäcken utförd 2025-02-14 utan sakrumfraktur.", "sv")],
     ("false", "mri")),
])
def test_outside62_sv_a_doubt_leaves_a_report_and_a_later_study_done(rows, expected):
    assert flag_and_workup(only_case(rows)) == expected


# --- a claim after its study, its record missing ---------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. MR bäcken ska ha gjorts i Lund men kan ej verifieras.", [("mri", "pelvis", "not_performed")]),
    ("Ländryggssmärta. MR bäcken utförd enl dottern, uppgiften kan inte bekräftas.",
     [("mri", "pelvis", "not_performed")]),
    ("Ländryggssmärta. DT bäcken gjord enligt patienten, men ingen DT finns i PACS.",
     [("ct", "pelvis", "not_performed")]),
])
def test_outside62_sv_a_claim_after_its_study_with_no_record_is_not_done(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. DT bäcken utförd enligt pat, svar finns i PACS: ingen fraktur.", [("ct", "pelvis", "performed")]),
    ("Ländryggssmärta. DT bäcken gjord enligt remissvar, ingen fraktur.", [("ct", "pelvis", "performed")]),
    ("Ländryggssmärta. DT bäcken ej gjord enl pat, men enligt journalen utförd 2025-01-03 utan fraktur.",
     [("ct", "pelvis", "performed")]),
])
def test_outside62_sv_a_claim_the_record_bears_out_keeps_the_study(text, expected):
    assert _exams(text) == expected


def test_outside62_sv_a_belief_the_journal_does_not_hold_is_no_workup():
    rows = [("n1", "2025-04-01", "outpatient", "", "Pat tror att hon gjort en MR av bäckenet i vintras, ingen sådan "
                                                   "finns i journalen. 80-årig kvinna med ont i korsryggen.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


# --- "DT?" as an item of a list: asked, not done ----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # the list's region carries over to its bare items (as "DT och MR av bäckenet" does)
    ("Ländryggssmärta. Utredning: Rtg bäcken ua, DT?, MR?",
     [("radiograph", "pelvis", "performed"), ("ct", "pelvis", "requested"), ("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. Planering: MR?, DT?", [("mri", "other", "requested"), ("ct", "other", "requested")]),
    ("Smärta i korsryggen. Rtg bäcken gjord, skelettscint?", [("radiograph", "pelvis", "performed"),
                                                              ("scintigraphy", "whole_body", "requested")]),
    ("Rtg bäcken ua, DT?", [("radiograph", "pelvis", "performed"), ("ct", "pelvis", "requested")]),
])
def test_outside62_sv_a_listed_study_with_a_question_mark_is_asked(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. Frågeställning: fraktur? MR bäcken 2025-01-02 ua.", [("mri", "pelvis", "performed")]),
    ("Ländryggssmärta. DT bäcken ua, MR bäcken ua.", [("ct", "pelvis", "performed"), ("mri", "pelvis", "performed")]),
    # a short sentence that only asks stays a question, also of a study's being done
    ("MR bäcken gjord?", [("mri", "pelvis", "requested")]),
    ("Ländryggssmärta. DT bäcken?", [("ct", "pelvis", "requested")]),
])
def test_outside62_sv_a_question_about_the_finding_keeps_a_done_study(text, expected):
    assert _exams(text) == expected


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

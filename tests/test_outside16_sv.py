"""Swedish wording families found by the sixteenth round's outside-author notes (tests/data/outside16/sv), on when
and what an exam imaged: referral purposes abbreviated "avs", a radiologist's suggestion ("enligt röntgens förslag"),
no new study planned after one reported done, a denied oedema beside a denied fracture line, and a hip study whose
report reads the sacrum. Each family by at least two differently worded sentences, with and without å/ä/ö, and its
look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, exam_rows, flag_and_workup, gold_and_scanned_cases, one_note, only_case

SET = Path(__file__).parent / "data" / "outside16" / "sv"
SACRAL, RAMUS = "sacral_fracture", "pubic_ramus_fracture"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    return exam_rows(text, "sv", note_type, exam)


# --- "avs" / "avs." (avseende) names a referral's purpose: the fracture is asked about ------------------------------
@pytest.mark.parametrize("sentence", [
    "Remiss DT bäcken avs sakral insufficiensfraktur.",
    "Remiss MR backen avs. sakrumfraktur, svar till VC.",
    "Beställer DT bäcken avs. fraktur i sakrum.",
])
def test_outside16_sv_avs_names_the_purpose_of_a_referral(sentence):
    assert assertions(sentence, "sv", SACRAL) == ["hypothetical"]


def test_outside16_sv_a_fracture_found_is_not_made_a_question_by_avs_elsewhere():
    assert assertions("Sakrumfraktur vä påvisad på MR. Remiss till ortoped avs smärtlindring.", "sv",
                      SACRAL) == ["present"]


# --- the radiology department's or radiologist's suggestion is no exam, and no result ------------------------------
@pytest.mark.parametrize("sentence", [
    "MR bäcken enligt röntgens förslag har remitterats, svar ej klart vid utskrivning.",
    "MR backen enligt rontgens rekommendation ar bestalld.",
    "Enligt radiologens förslag beställs MR bäcken.",
])
def test_outside16_sv_a_study_asked_for_on_radiologys_suggestion_is_requested(sentence):
    assert _exams(sentence) == [("mri", "requested", True)]


def test_outside16_sv_a_report_quoted_from_radiology_is_still_a_radiograph_done():
    assert ("radiograph", "performed", False) in _exams("Enligt röntgens utlåtande ingen fraktur i ramus.")


# --- no (new) CT or MRI planned: not done, no order; a study reported done before it stays done -------------------
@pytest.mark.parametrize("sentence", [
    "Ingen MR av bäckenet planerad.",
    "Ingen ny DT bäcken beställd.",
    "Inga nya MR backen bokade.",
])
def test_outside16_sv_no_study_planned_is_not_done(sentence):
    assert [s for _, s, _ in _exams(sentence)] == ["not_performed"]


@pytest.mark.parametrize("sentence", [
    "DT buk-bäcken gjordes i februari pga divertikulit; ingen ny DT eller MR av bäckenet planerad.",
    "DT buk-backen utfordes 3/1, ingen ny DT planeras.",
])
def test_outside16_sv_a_study_done_keeps_its_result_beside_no_new_one_planned(sentence):
    found = one_note(sentence, "sv").exams
    assert found.iloc[0]["status"] == "performed" and found.iloc[0]["region"] == "abdomen_pelvis"
    assert "not_performed" in found["status"].tolist()


def test_outside16_sv_no_new_study_planned_leaves_the_fracture_without_order():
    case = only_case([
        ("n1", "2023-06-10", "radiology", "Rtg bäcken", "Fraktur i hö ramus inferior.", "sv"),
        ("n2", "2023-06-12", "clinical", "", "Ramusfraktur hö. DT buk-bäcken gjordes i februari, före fallet; "
                                            "ingen ny DT eller MR av bäckenet planerad.", "sv"),
    ])
    assert flag_and_workup(case) == ("true", "radiograph_only")


# --- a denied oedema beside a denied fracture line negates; an oedema without a sure line stays suspected ----------
@pytest.mark.parametrize("sentence", [
    "Inget benmärgsödem och ingen frakturlinje i sakrum.",
    "Inget odem, ingen frakturlinje i sakrum.",
    "Utan ödem och utan frakturlinje i sakralvingarna.",
    "Inget ödem i sakrum, ingen frakturlinje.",
])
def test_outside16_sv_denied_oedema_and_fracture_line_negate(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence", [
    "Ödem i vänster sakralvinge utan säker frakturlinje.",
    "Benmargsodem i hoger sakralvinge utan saker frakturlinje.",
    "Benmärgsödem i höger sakralvinge, ingen tydlig frakturlinje.",
    "STIR-signalforandring i vanster sakralvinge, utan saker frakturlinje.",
])
def test_outside16_sv_oedema_without_a_sure_line_stays_suspected(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["uncertain"]


# --- a hip study whose report read the sacrum is a sacral workup ---------------------------------------------------
@pytest.mark.parametrize("text, exam", [
    ("MR BÅDA HÖFTERNA\nKoronal STIR över hela bäckenet inklusive sakrum. Sakrum med normal signal, ingen fraktur "
     "i sakrum.", "MR höfter"),
    ("MR HOFTER\nKoronal STIR over backenet. Ingen fraktur i sakrum eller hofter.", "MR höft"),
])
def test_outside16_sv_a_hip_report_reading_the_sacrum_is_a_workup(text, exam):
    case = only_case([
        ("n1", "2025-04-07", "outpatient", "", "K 77 år. Ont i korsryggen sedan i mars.", "sv"),
        ("n2", "2025-04-24", "radiology", exam, text, "sv"),
    ])
    assert flag_and_workup(case) == ("false", "mri")


def test_outside16_sv_a_hip_report_silent_on_the_sacrum_is_no_workup():
    case = only_case([
        ("n1", "2025-04-07", "outpatient", "", "K 77 år. Ont i korsryggen sedan i mars.", "sv"),
        ("n2", "2025-04-24", "radiology", "MR höft", "MR HÖFT\nTrokanterbursit hö. Ingen collumfraktur.", "sv"),
    ])
    assert flag_and_workup(case)[0] == "true"


# --- the set as a user scores it --------------------------------------------------------------------------------------
def test_outside16_sv_set_flags_priorities_and_workups_match_gold():
    gold, cases = gold_and_scanned_cases(SET)
    for pid, row in gold.iterrows():
        got = cases.loc[pid]
        priority = got["priority"] if isinstance(got["priority"], str) else ""
        assert (str(got["flagged"]).lower(), priority, got["workup"]) == (
            row["flagged"], row["priority"], row["workup"]), pid

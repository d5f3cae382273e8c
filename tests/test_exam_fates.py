"""An imaging mention's assertion agrees with what its own sentence says of the exam (exams.py ``with_exam_fates``).

CONTRACT.md: for imaging, ``present`` is performed, ``hypothetical`` ordered or planned, ``negated`` not done or
cancelled. The exam stage reads the status wording of each exam's own clause; the mention's assertion follows it,
so that mentions.csv and exams.csv tell one story.
"""
from __future__ import annotations

import pytest

from .phrasing import flag_and_workup, one_note, only_case
from reportminer.exams import with_exam_fates
from reportminer.nlp import Mention


def _imaging(text: str, language: str) -> list[tuple[str, str, str]]:
    """(concept, assertion, exam status) of the single imaging mention and single exam of a one-note scan."""
    result = one_note(text, language)
    mentions = result.mentions[result.mentions["concept"].str.startswith("imaging_")]
    return [(m.concept, m.assertion, status) for m, status in zip(mentions.itertuples(), result.exams["status"])]


@pytest.mark.parametrize("language, text, concept, assertion, status", [
    # weighed, then not done: no one performed it
    ("en", "A CT of the pelvis was considered but not performed.", "imaging_ct", "negated", "not_performed"),
    ("en", "MRI pelvis was discussed but not pursued given her frailty.", "imaging_mri", "negated", "not_performed"),
    ("sv", "DT bäcken övervägdes men gjordes inte.", "imaging_ct", "negated", "not_performed"),
    ("sv", "DT backen overvagdes men gjordes inte.", "imaging_ct", "negated", "not_performed"),
    # contraindicated or missed
    ("sv", "MR bäcken kontraindicerad pga pacemaker.", "imaging_mri", "negated", "not_performed"),
    ("en", "Patient DNA'd her MRI pelvis appointment.", "imaging_mri", "negated", "not_performed"),
    # booked, then cancelled in the same sentence
    ("sv", "Planerad MR bäcken avbokades då pat avböjde undersökningen.", "imaging_mri", "negated", "not_performed"),
    ("en", "CT pelvis was ordered but cancelled as her pain settled.", "imaging_ct", "negated", "not_performed"),
    # a request the sentence reports done
    ("en", "MRI pelvis was ordered and performed on 12/10, negative.", "imaging_mri", "present", "performed"),
    ("sv", "MR bäcken utförd 2025-03-02: inga frakturer i sakrum.", "imaging_mri", "present", "performed"),
    # still to come
    ("sv", "Kallelse skickad till MR bäcken.", "imaging_mri", "hypothetical", "requested"),
    ("en", "The MRI pelvis has yet to be scheduled.", "imaging_mri", "hypothetical", "requested"),
    # look-alikes that keep their assertion: a plain report, a plain request, a plain refusal
    ("en", "MRI pelvis showed a sacral insufficiency fracture.", "imaging_mri", "present", "performed"),
    ("sv", "MR bäcken bokad.", "imaging_mri", "hypothetical", "requested"),
    ("sv", "Pat avböjer MR bäcken.", "imaging_mri", "negated", "not_performed"),
])
def test_exam_fates_imaging_assertion_follows_its_sentence(language, text, concept, assertion, status):
    assert _imaging(text, language) == [(concept, assertion, status)]


@pytest.mark.parametrize("language, text", [
    ("sv", "MR bäcken bokad. Pat uteblev."),  # a later sentence's fate is the exam's, not this mention's
    ("en", "MRI pelvis booked. She declined."),
])
def test_exam_fates_later_sentence_leaves_the_request_mention(language, text):
    result = one_note(text, language)
    assert result.mentions["assertion"].tolist() == ["hypothetical"]
    assert result.exams["status"].tolist() == ["not_performed"]


@pytest.mark.parametrize("text", ["Tidigare DT bäcken utan anmärkning.", "Previous CT pelvis 2019 was normal."])
def test_exam_fates_historical_exam_stays_historical(text):
    language = "sv" if "bäcken" in text else "en"
    result = one_note(text, language)
    assert result.mentions["assertion"].tolist() == ["historical"]


def test_exam_fates_only_imaging_mentions_change():
    ramus = Mention("pubic_ramus_fracture", "present", 0, 5, "ramus", "", None, "ramus")
    mri = Mention("imaging_mri", "present", 10, 13, "MRI", "", "pelvis", "MRI cancelled")
    assert with_exam_fates([ramus, mri], {0: "not_performed", 10: "not_performed"}) == [
        ramus, Mention("imaging_mri", "negated", 10, 13, "MRI", "", "pelvis", "MRI cancelled")]
    assert with_exam_fates([ramus, mri], {}) == [ramus, mri]


# --- wording the fates brought to light ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ingen MR bäcken behövs.",
    "Inget behov av MR bäcken i nuläget.",
    "Inget behov av MR backen i nulaget.",
    "Ingen indikation för DT bäcken.",
    "MR bäcken ej indicerad.",
    "MR backen inte medicinskt indicerad.",
])
def test_exam_fates_swedish_not_needed_is_not_done(text):
    result = one_note(text, "sv")
    assert result.exams["status"].tolist() == ["not_performed"]
    assert result.exams["reason"].isin(["not_indicated", "not_done"]).all()  # neither leaves an order behind
    assert result.mentions["assertion"].tolist() == ["negated"]


@pytest.mark.parametrize("text", [
    "MR bäcken behövs för att utesluta sakrumfraktur.",  # needed: a request
    "Ingen fraktur, MR bäcken behövs.",  # the "ingen" of another clause
])
def test_exam_fates_swedish_needed_is_a_request(text):
    assert one_note(text, "sv").exams["status"].tolist() == ["requested"]


@pytest.mark.parametrize("text", [
    "Mr Jones DNA'd his MRI pelvis appointment.",
    "Mr H did not attend the MRI pelvis.",
])
def test_exam_fates_a_title_is_no_mr_scan(text):
    result = one_note(text, "en")
    assert result.mentions["text"].tolist() == ["MRI"]
    assert result.exams[["region", "status"]].values.tolist() == [["pelvis", "not_performed"]]


@pytest.mark.parametrize("text", ["Mr Pelvis: no fracture.", "MR pelvis showed no fracture."])
def test_exam_fates_mr_before_a_body_part_is_a_scan(text):
    result = one_note(text, "en")
    assert result.exams[["modality", "region", "status"]].values.tolist() == [["mri", "pelvis", "performed"]]


# --- an exam followed only by its purpose is a plan (clinical notes) ---------------------------------------------

@pytest.mark.parametrize("language, text, region", [
    ("sv", "DT bäcken för att utesluta sakrumfraktur.", "pelvis"),
    ("sv", "Bedömning: Ramusfraktur vä. DT backen for att utesluta sakrumfraktur.", "pelvis"),
    ("sv", "MR bäcken ?sakrumfraktur.", "pelvis"),
    ("sv", "DT bäcken mtp sakrumfraktur.", "pelvis"),
    ("en", "CT pelvis to rule out sacral fracture.", "pelvis"),
    ("en", "Ramus fx. CT pelvis to r/o sacral fx.", "pelvis"),
    ("en", "MRI pelvis ?sacral insufficiency fracture.", "pelvis"),
    ("en", "CT pelvis for possible sacral fracture.", "pelvis"),
])
def test_exam_fates_exam_with_only_a_purpose_is_a_plan(language, text, region):
    result = one_note(text, language)
    exams = result.exams[result.exams["modality"] != "radiograph"]
    assert exams[["region", "status"]].values.tolist() == [[region, "requested"]]
    imaging = result.mentions[result.mentions["concept"].str.startswith("imaging_")]
    assert imaging["assertion"].tolist() == ["hypothetical"]


@pytest.mark.parametrize("language, text", [
    ("en", "Left pubic ramus fracture. CT pelvis to r/o sacral fx."),
    ("sv", "Ramusfraktur vänster. DT bäcken för att utesluta sakrumfraktur."),
])
def test_exam_fates_a_planned_study_leaves_the_case_ordered(language, text):
    case = one_note(text, language).cases.iloc[0]
    assert (case.flagged, case.workup) == ("true", "ordered")


@pytest.mark.parametrize("language, text", [
    # done all the same: a result, a verb of undergoing, a date or a place
    ("sv", "MR bäcken för att utesluta sakrumfraktur visade ingen fraktur."),
    ("sv", "Pat genomgick DT bäcken för att utesluta sakrumfraktur."),
    ("sv", "DT bäcken 3/3 för att utesluta fraktur: ua."),
    ("en", "She underwent CT pelvis to rule out sacral fracture."),
    ("en", "She had a CT pelvis to rule out fracture, which was negative."),
    ("en", "CT pelvis in ED to rule out fracture: no acute fracture."),
])
def test_exam_fates_exam_with_a_purpose_done_all_the_same(language, text):
    assert one_note(text, language).exams["status"].tolist() == ["performed"]


def test_exam_fates_a_radiology_report_keeps_its_exam_done():
    text = "DT bäcken för att utesluta sakrumfraktur. Inga frakturer i bäckenet eller sakrum."
    exams = one_note(text, "sv", "radiology", "DT bäcken").exams
    assert exams[["modality", "status", "covers_sacrum"]].values.tolist() == [["ct", "performed", True]]


# --- a purpose word outside a title line leaves the words inside it their say ------------------------------------

@pytest.mark.parametrize("language, text, assertion", [
    ("en", "Referred for possible sacral fracture.", "uncertain"),
    ("en", "CT pelvis for possible sacral fracture.", "uncertain"),
])
def test_exam_fates_for_possible_outside_a_title_is_possible(language, text, assertion):
    found = one_note(text, language).mentions
    assert found[found["concept"] == "sacral_fracture"]["assertion"].tolist() == [assertion]


# --- an appointment for an exam is a booking -----------------------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "MRI pelvis appt on 24/4."),
    ("en", "MRI appointment for her pelvis 24/4."),
    ("sv", "MR-tid 24/4."),
    ("sv", "Har fått MR-tid på fredag."),
    ("sv", "MR bäcken tid 24/4 kl 10."),
    ("sv", "Tid för MR backen 24/4."),
])
def test_exam_fates_an_appointment_is_a_booking(language, text):
    assert one_note(text, language).exams["status"].tolist() == ["requested"]


@pytest.mark.parametrize("language, text, status", [
    ("en", "Patient DNA'd her MRI pelvis appointment.", "not_performed"),
    ("sv", "Uteblev från MR-tiden.", "not_performed"),
    ("sv", "MR bäcken gjord 24/4, tid för återbesök 3/5.", "performed"),  # the time is the clinic's
    ("en", "MRI pelvis showed no fracture; follow-up appointment in 6 weeks.", "performed"),
])
def test_exam_fates_an_appointment_beside_a_fate_keeps_the_fate(language, text, status):
    assert one_note(text, language).exams["status"].tolist() == [status]


@pytest.mark.parametrize("text, status", [
    # "For MRI" opening a line of a ward round is the plan
    ("For MRI pelvis today.", "requested"),
    ("Plan: for urgent MRI pelvis.", "requested"),
    ("- For CT pelvis to assess for sacral fracture.", "requested"),
    # look-alikes: "for" after a verb of going, or not before the exam
    ("She went for her MRI pelvis yesterday.", "performed"),
    ("MRI pelvis for pain showed a sacral fracture.", "performed"),
])
def test_exam_fates_for_an_exam_opening_a_line_is_a_plan(text, status):
    assert one_note(text, "en").exams["status"].tolist() == [status]


@pytest.mark.parametrize("language, text", [
    ("en", "A/P: pubic rami fx.\n- CT pelvis from July reviewed - predates the fall; no new imaging indicated."),
    ("en", "Plan:\n- MRI pelvis from 2023 reviewed, no sacral fracture then."),
    ("sv", "Bedömning och åtgärd: DT bäcken från juli granskad, ingen fraktur då."),
])
def test_exam_fates_an_earlier_study_named_by_its_time_is_no_plan(language, text):
    # in a plan section, "CT pelvis from July" is a study reviewed, not one planned: no order
    exams = one_note(text, language).exams
    assert "requested" not in set(exams["status"])


# --- a study listed as not done for a reason that stands in its way is one that was wanted: an order left open ----
_RAMUS_FILMS = {"en": ("n1", "2025-03-01", "radiology", "XR pelvis", "Fracture of the left superior pubic ramus."),
                "sv": ("n1", "2025-03-01", "radiology", "Rtg bäcken", "Fraktur i vänster ramus superior.")}


@pytest.mark.parametrize("language, text", [
    ("en", "Investigations: MRI pelvis - not done, pacemaker."),
    ("en", "MRI pelvis not performed as she has a pacemaker."),
    ("en", "MRI pelvis not done (claustrophobic)."),
    ("en", "CT pelvis not performed - patient weight exceeds table limit."),
    ("sv", "Undersökningar: MR bäcken - ej utförd, pacemaker."),
    ("sv", "MR bäcken ej gjord (klaustrofobi)."),
    ("sv", "DT backen ej utford, viktgrans."),
    ("sv", "MR bäcken ej gjord då pat har pacemaker."),
])
def test_a_study_not_done_for_a_reason_in_its_way_leaves_an_order(language, text):
    case = only_case([_RAMUS_FILMS[language], ("n2", "2025-03-03", "clinical", "", text)], language)
    assert flag_and_workup(case) == ("true", "ordered")


@pytest.mark.parametrize("language, text", [
    ("en", "No CT done."),
    ("sv", "Ingen DT gjord."),
    ("sv", "MR bäcken ej utförd."),
])
def test_a_bare_not_done_orders_nothing(language, text):
    case = only_case([_RAMUS_FILMS[language], ("n2", "2025-03-03", "clinical", "", text)], language)
    assert flag_and_workup(case) == ("true", "radiograph_only")

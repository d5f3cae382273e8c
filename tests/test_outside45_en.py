"""Round forty-five, English: certificates, insurance and medicolegal writing. The wording families that a red team's
notes (tests/data/outside45/en: court and insurer reports, independent medical examinations, fit notes, occupational
health, benefit and care-needs assessments, incident reviews, complaint responses, coroner's statements) showed the
pipeline misreading, each by several differently worded sentences, with look-alikes that must keep their reading:

- a study known through the records: the records as the subject of "show" ("Records show an MRI of the pelvis was
  requested but not performed") report no result; "no evidence in the records of", "no report of", "at no stage was"
  a study ("Nowhere in the records is there a report of") is a study not done;
- a counterfactual study ("I would have expected an MRI of the pelvis to have been arranged", "Had a CT been carried
  out ...", "An MRI would have shown the fracture", "should have been requested", "never requested"): not done, no
  order;
- a counterfactual fracture ("Had a sacral fracture been present, it would have ...", "an MRI would have shown a
  sacral fracture", "would have been identified"): hypothetical;
- the standard of proof on a fracture's existence ("on the balance of probabilities she sustained", "more likely than
  not", "in all probability", "caused by an occult fracture"): uncertain, while the same words on a fracture's cause
  leave it present and "more likely than not" denies nothing; "insufficient evidence to conclude that she sustained"
  a fracture leaves it unconfirmed (uncertain);
- an allegation of a fracture ("alleges", "allegedly", "the alleged fracture"): uncertain; "the alleged accident" is
  none;
- a fracture missed at first ("not identified at the time of the fall", "did not identify the ... fractures"): present;
- a function denied or advised against with the fracture as its reason after "following", "after" or "despite":
  the fracture stays present;
- a recovery made ("recovered from her low back pain"): the pain negated, a fracture historical;
- a low-back pain dated in an earlier year ("consulted her GP with lumbago in 2019"): historical;
- how a condition typically presents: a teaching statement, no finding."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportminer.pipeline import scan

from .phrasing import assertions, case_mismatches, exam_rows, flag_and_workup, notes_table, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside45" / "en"


# --- a study known through the records ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Records show an MRI of the pelvis was requested but not performed.", [("mri", "not_performed", True)]),
    ("The records show an MRI of the pelvis was arranged but never done.", [("mri", "not_performed", True)]),
    ("The GP notes show that a CT pelvis was requested on 2 May but it was never carried out.",
     [("ct", "not_performed", True)]),
    ("There is no evidence in the records of an MRI of the pelvis having been performed.",
     [("mri", "not_performed", True)]),
    ("I have seen no report of an MRI of the pelvis.", [("mri", "not_performed", True)]),
    ("The records contain no report of a CT or MRI of the pelvis.",
     [("ct", "not_performed", True), ("mri", "not_performed", True)]),
    ("No report of a CT of the pelvis is included in the bundle.", [("ct", "not_performed", True)]),
    ("There is no report of a bone scan in the records provided to me.", [("scintigraphy", "not_performed", True)]),
    ("The records do not contain a report of an MRI of the pelvis.", [("mri", "not_performed", True)]),
    ("At no stage was an MRI of the pelvis performed.", [("mri", "not_performed", True)]),
    ("Nowhere in the records is there a report of an MRI of the pelvis.", [("mri", "not_performed", True)]),
])
def test_a_study_the_records_show_not_done_or_do_not_show_was_not_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The records show a CT of the pelvis on 2 May which demonstrated a sacral fracture.",
     [("ct", "performed", True)]),
    ("The notes show that she had an MRI of the pelvis on 3 June, which was normal.", [("mri", "performed", True)]),
    ("The records show that a CT of the pelvis was requested on 2 May.", [("ct", "requested", True)]),
    ("MRI pelvis: no evidence of sacral fracture.", [("mri", "performed", True)]),
    ("There is no evidence of a fracture on the MRI of the pelvis.", [("mri", "performed", True)]),
    ("The CT of the pelvis shows a sacral fracture.", [("ct", "performed", True)]),
])
def test_lookalikes_of_studies_through_the_records_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


def test_a_study_the_records_show_requested_but_not_done_is_an_order():
    case = only_case([
        ("n1", "2024-03-04", "radiology", "XR PELVIS", "XR PELVIS\nFINDINGS: Fractures of the left superior and "
         "inferior pubic rami.", "en"),
        ("n2", "2024-09-20", "clinical", "", "REPORT FOR THE COURT\nThe GP records show an MRI of the pelvis was "
         "requested on 5 March but it was not performed before she went home.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


def test_a_study_of_which_the_records_hold_no_report_is_no_workup():
    case = only_case([
        ("n1", "2024-05-12", "radiology", "XR LUMBAR SPINE", "XR LUMBAR SPINE\nFINDINGS: New wedge compression "
         "fracture of L2.", "en"),
        ("n2", "2024-11-03", "clinical", "", "INSURANCE REPORT\nI have found no report of a CT or MRI of the pelvis "
         "in the records supplied.", "en")])
    assert flag_and_workup(case) == ("true", "radiograph_only")


# --- a counterfactual study -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("I would have expected a CT or MRI of the pelvis to have been arranged.",
     [("ct", "not_performed", True), ("mri", "not_performed", True)]),
    ("I would have expected an MRI of the pelvis.", [("mri", "not_performed", True)]),
    ("In my view a CT of the pelvis would have been appropriate.", [("ct", "not_performed", True)]),
    ("A CT of the pelvis would have been a reasonable investigation.", [("ct", "not_performed", True)]),
    ("Had a CT of the pelvis been carried out on admission, the fracture would have been identified.",
     [("ct", "not_performed", True)]),
    ("If an MRI of the pelvis had been performed in May, a fracture would have been found.",
     [("mri", "not_performed", True)]),
    ("The failure to arrange an MRI of the pelvis fell below the standard of care.",
     [("mri", "not_performed", True)]),
    ("The review found that an MRI of the pelvis should have been requested.", [("mri", "not_performed", True)]),
    ("A competent clinician would have arranged a CT or MRI of the pelvis.",
     [("ct", "not_performed", True), ("mri", "not_performed", True)]),
    ("It would have been expected to show on an MRI of the pelvis, which was never requested.",
     [("mri", "not_performed", True)]),
    ("The fracture was never imaged with CT or MRI.",
     [("ct", "not_performed", False), ("mri", "not_performed", False)]),
])
def test_a_study_an_expert_says_should_have_been_done_was_not_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("I would have expected the MRI to show a fracture if one was present.", [("mri", "performed", False)]),
    ("MRI pelvis should be arranged.", [("mri", "requested", True)]),
    ("I recommend an MRI of the pelvis.", [("mri", "requested", True)]),
    ("An MRI of the pelvis was requested but never carried out.", [("mri", "not_performed", True)]),
])
def test_lookalikes_of_counterfactual_studies_keep_their_reading(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("words", [
    "I would have expected a CT or MRI of the pelvis to have been arranged at that stage.",
    "The review found that an MRI of the pelvis should have been requested, and I am sorry this did not happen.",
    "An MRI of the pelvis was never requested.",
])
def test_a_study_that_should_have_been_done_is_no_order(words):
    case = only_case([("n1", "2024-04-03", "radiology", "XR PELVIS", "XR PELVIS\nFINDINGS: Fracture of the left "
                       "inferior pubic ramus.", "en"),
                      ("n2", "2024-11-12", "clinical", "", f"EXPERT REPORT\n{words}", "en")])
    assert flag_and_workup(case) == ("true", "radiograph_only")


def test_a_study_requested_then_said_never_done_stays_an_order():
    case = only_case([("n1", "2024-04-03", "radiology", "XR PELVIS", "XR PELVIS\nFINDINGS: Fracture of the left "
                       "inferior pubic ramus.", "en"),
                      ("n2", "2024-04-04", "clinical", "", "Ward round: MRI pelvis requested.", "en"),
                      ("n3", "2024-11-12", "clinical", "", "EXPERT REPORT\nI have seen no report of an MRI of the "
                       "pelvis.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- a counterfactual fracture --------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Had a sacral insufficiency fracture been present, it would have been expected to show on an MRI.",
    "Had a fracture of the sacrum been there, an MRI would have shown it.",
    "An MRI would have been expected to demonstrate a sacral insufficiency fracture.",
    "An MRI would probably have shown a sacral fracture.",
    "A sacral fracture would have been identified on MRI.",
    "A sacral insufficiency fracture would probably have been identified.",
])
def test_a_counterfactual_sacral_fracture_is_hypothetical(sentence):
    assert assertions(sentence, "en", "sacral_fracture") == ["hypothetical"]


@pytest.mark.parametrize("sentence, expected", [
    ("The MRI showed a sacral insufficiency fracture.", ["present"]),
    ("A sacral fracture had been present on the earlier CT.", ["present"]),
    ("The sacral fracture was not diagnosed until the MRI.", ["present"]),
])
def test_lookalikes_of_counterfactual_fractures_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", "sacral_fracture") == expected


# --- the standard of proof on a fracture's existence ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("On the balance of probabilities she sustained a sacral insufficiency fracture.", "sacral_fracture"),
    ("On the balance of probabilities, he had a sacral fracture which was not diagnosed.", "sacral_fracture"),
    ("It is more likely than not that she sustained a fracture of the sacrum.", "sacral_fracture"),
    ("It is more likely than not that she had an undiagnosed sacral insufficiency fracture.", "sacral_fracture"),
    ("In all probability the claimant suffered a fracture of the left pubic ramus.", "pubic_ramus_fracture"),
    ("It is probable that he sustained an L1 compression fracture.", "vertebral_compression_fracture"),
    ("It is more likely than not that the buttock pain was caused by an occult fracture of the sacrum.",
     "sacral_fracture"),
    ("On the balance of probabilities her low back pain was due to an occult sacral fracture.", "sacral_fracture"),
    ("There is insufficient evidence to conclude that she sustained a sacral fracture.", "sacral_fracture"),
    ("There is not enough evidence to establish that he had a fracture of L1.", "vertebral_compression_fracture"),
])
def test_a_probable_fracture_is_uncertain(sentence, concept):
    assert assertions(sentence, "en", concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("On the balance of probabilities the L1 compression fracture was caused by the accident.",
     "vertebral_compression_fracture", ["present"]),
    ("It is more likely than not that the fall caused the L1 fracture.", "vertebral_compression_fracture",
     ["present"]),
    ("In all probability the pubic ramus fracture resulted from the fall.", "pubic_ramus_fracture", ["present"]),
    ("It is more likely than not that his low back pain was caused by the fall.", "low_back_pain", ["present"]),
    ("On the balance of probabilities she did not sustain a fracture of the pubic ramus.", "pubic_ramus_fracture",
     ["negated"]),
    ("I am satisfied that she sustained a fracture of the left pubic ramus.", "pubic_ramus_fracture", ["present"]),
    ("There is sufficient evidence to conclude that she sustained a sacral fracture.", "sacral_fracture", ["present"]),
    ("The evidence is insufficient to conclude that the fall caused the L1 fracture.",
     "vertebral_compression_fracture", ["present"]),
])
def test_lookalikes_of_probable_fractures_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


def test_a_probable_sacral_fracture_never_imaged_flags():
    case = only_case([
        ("n1", "2024-05-14", "radiology", "XR PELVIS", "XR PELVIS\nCLINICAL DETAILS: Fall, low back pain.\nFINDINGS: "
         "No fracture seen.", "en"),
        ("n2", "2024-12-02", "clinical", "", "EXPERT REPORT\nOn the balance of probabilities she sustained a sacral "
         "insufficiency fracture in the fall, which was never imaged with CT or MRI.", "en")])
    assert flag_and_workup(case) == ("true", "radiograph_only")
    assert case["priority"] == "high"


# --- an allegation ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("The claimant alleges that she sustained a fracture of the pubic ramus.", "pubic_ramus_fracture"),
    ("The alleged fracture of the sacrum is not supported by the imaging.", "sacral_fracture"),
    ("She allegedly fractured L1 when she fell from the bus.", "vertebral_compression_fracture"),
    ("He alleges a fracture of the left pubic ramus.", "pubic_ramus_fracture"),
])
def test_an_alleged_fracture_is_uncertain(sentence, concept):
    assert assertions(sentence, "en", concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept", [
    ("As a result of the alleged accident she sustained a fracture of the left pubic ramus.", "pubic_ramus_fracture"),
    ("The alleged index accident caused a fracture of L1.", "vertebral_compression_fracture"),
    ("After the alleged fall she had an X-ray showing a fracture of the right superior pubic ramus.",
     "pubic_ramus_fracture"),
])
def test_an_alleged_accident_leaves_the_fracture_as_it_is(sentence, concept):
    assert assertions(sentence, "en", concept) == ["present"]


# --- a fracture missed at first -------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Your mother's fracture of the pubic ramus was not identified at the time of the fall.", "pubic_ramus_fracture"),
    ("The fracture of the pubic ramus was not identified for 5 days.", "pubic_ramus_fracture"),
    ("The reporting radiographer did not identify the left pubic ramus fractures on the X-ray.",
     "pubic_ramus_fracture"),
    ("The ward team failed to identify the sacral fracture for a week.", "sacral_fracture"),
    ("The L1 compression fracture was not recognised at the time of the first visit.",
     "vertebral_compression_fracture"),
])
def test_a_fracture_missed_at_first_is_present(sentence, concept):
    assert assertions(sentence, "en", concept) == ["present"]


@pytest.mark.parametrize("sentence, concept", [
    ("A sacral fracture was not identified.", "sacral_fracture"),
    ("No fracture of the pubic rami was identified at the time.", "pubic_ramus_fracture"),
    ("The CT did not identify a sacral fracture.", "sacral_fracture"),
])
def test_lookalikes_of_missed_fractures_stay_denied(sentence, concept):
    assert assertions(sentence, "en", concept) == ["negated"]


# --- a function denied with the fracture as its reason ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("You should not drive for six weeks following the sacral fracture.", "sacral_fracture"),
    ("She cannot drive following her sacral fracture.", "sacral_fracture"),
    ("He could not return to work after the L1 fracture.", "vertebral_compression_fracture"),
    ("She does not need help with washing despite her pubic ramus fracture.", "pubic_ramus_fracture"),
    ("She was not able to walk for a month after her sacral fracture.", "sacral_fracture"),
])
def test_a_fracture_given_as_the_reason_of_a_denied_function_is_present(sentence, concept):
    assert assertions(sentence, "en", concept) == ["present"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("No sacral fracture after the fall.", "sacral_fracture", ["negated"]),
    ("She has no low back pain despite the L1 fracture.", "low_back_pain", ["negated"]),
    ("No fracture of the pubic rami following the fall.", "pubic_ramus_fracture", ["negated"]),
    ("The buttock pain he had after the fall has eased off completely.", "low_back_pain", ["negated"]),
    ("She does not have low back pain following the fall.", "low_back_pain", ["negated"]),
])
def test_lookalikes_of_denied_functions_keep_their_denial(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- a recovery made --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("She has recovered from her low back pain and is fit for full duties.", "low_back_pain", ["negated"]),
    ("He has made a full recovery from his lumbar pain.", "low_back_pain", ["negated"]),
    ("She has made a full recovery from the pubic ramus fractures.", "pubic_ramus_fracture", ["historical"]),
    ("He has fully recovered from his L1 fracture.", "vertebral_compression_fracture", ["historical"]),
])
def test_a_recovery_made_ends_the_pain_and_dates_the_fracture(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


@pytest.mark.parametrize("sentence, concept", [
    ("She has not recovered from her low back pain.", "low_back_pain"),
    ("She has partially recovered from her low back pain.", "low_back_pain"),
    ("She is recovering from her pubic ramus fracture.", "pubic_ramus_fracture"),
    ("She has not yet recovered from the L1 fracture.", "vertebral_compression_fracture"),
])
def test_a_recovery_not_made_keeps_the_finding(sentence, concept):
    assert assertions(sentence, "en", concept) == ["present"]


# --- a low-back pain dated in an earlier year -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "She consulted her GP with lumbago in 2019, which settled with physiotherapy.",
    "The GP records document an episode of low back pain in 2019.",
    "She was seen by a physiotherapist for low back pain in March 2020.",
    "There is one entry in the GP records in 2016 for low back pain.",
])
def test_a_low_back_pain_dated_in_an_earlier_year_is_historical(sentence):
    assert assertions(sentence, "en", "low_back_pain") == ["historical"]


@pytest.mark.parametrize("sentence", [
    "She has had low back pain since 2019.",
    "She has had low back pain for 3 weeks.",
    "She was seen with low back pain in January 2025.",  # the note's own year (phrasing.DAY)
    "She consulted her GP with lumbago last week.",
])
def test_lookalikes_of_dated_pain_stay_present(sentence):
    assert assertions(sentence, "en", "low_back_pain") == ["present"]


def test_a_past_lumbago_alone_is_no_index_finding():
    found = scan(notes_table([("n1", "2024-10-14", "clinical", "", "OCCUPATIONAL HEALTH\n63-year-old woman. "
                                     "She consulted her GP with lumbago in 2019, which settled; no back symptoms "
                                     "since.", "en")])).cases
    assert found.empty or not found["flagged"].astype(str).str.lower().eq("true").any()


# --- how a condition typically presents -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Sacral insufficiency fractures typically present with low back or buttock pain.",
    "Elderly patients with a sacral insufficiency fracture usually present with low back pain.",
    "These fractures tend to present with buttock pain.",
    "Pubic ramus fractures commonly present as groin pain.",
])
def test_how_a_condition_typically_presents_is_no_finding(sentence):
    found = [c for c in ("sacral_fracture", "low_back_pain", "pubic_ramus_fracture") if assertions(sentence, "en", c)]
    assert found == []


@pytest.mark.parametrize("sentence", [
    "She presented with low back pain.",
    "She typically gets low back pain after gardening.",
    "He usually presents to the GP with low back pain in the winter.",
])
def test_lookalikes_of_teaching_statements_keep_the_pain(sentence):
    assert assertions(sentence, "en", "low_back_pain") == ["present"]


# --- the set ----------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

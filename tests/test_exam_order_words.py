"""How an order and its wait are told without the usual verbs: "MRI pelvis requisitioned", "Request put in for MRI
pelvis", "MRI pelvis: no date yet", "MR bäcken rekvirerad", "MR bäcken aktualiseras", "Står på tur för MR bäcken",
"MR bäcken: ingen tid än". With no status word found, each read as a study done, a sacral workup nobody had."""
from __future__ import annotations

import pytest

from .phrasing import statuses


@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis requisitioned."),
    ("en", "Request put in for MRI pelvis."),
    ("en", "Put in for an MRI pelvis."),
    ("en", "MRI pelvis: no date yet."),
    ("en", "Still no date for her MRI pelvis."),
    ("sv", "MR bäcken rekvirerad."),
    ("sv", "MR bäcken aktualiseras."),
    ("sv", "Har aktualiserat MR bäcken."),
    ("sv", "Står på tur för MR bäcken."),
    ("sv", "MR bäcken: ingen tid än."),
    ("sv", "MR bäcken, fortfarande ingen tid."),
    # the request's paperwork done, not the study
    ("en", "MRI pelvis form completed."),
    ("en", "MRI safety form filled in for the pelvic MRI."),
    ("en", "Request form for MRI pelvis sent."),
    ("sv", "Remissen för MR bäcken är ifylld."),
])
def test_exam_order_words_an_order_or_its_wait_is_requested(language, text):
    assert statuses(text, language, "mri") == ["requested"]


@pytest.mark.parametrize("language,text,modality", [
    ("en", "CT pelvis showed the screws put in 2019.", "ct"),
    ("en", "MRI pelvis done; no date yet for the clinic review.", "mri"),
    ("sv", "MR bäcken gjord, står på tur för operation.", "mri"),
    ("en", "MRI pelvis performed; consent form signed for sacroplasty.", "mri"),
    ("en", "MRI pelvis done yesterday, screening form was completed beforehand.", "mri"),
])
def test_exam_order_words_about_something_else_leave_the_study_done(language, text, modality):
    assert statuses(text, language, modality) == ["performed"]


@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis: unable (claustrophobic)."),
    ("en", "MRI pelvis: pt said no."),
    ("en", "MRI pelvis: she changed her mind."),
    ("en", "MRI pelvis: pacemaker."),
    ("en", "MRI pelvis - not for now."),
    ("en", "MRI pelvis: N/A."),
    ("en", "MRI pelvis booked but she went home before it."),
    ("sv", "MR bäcken: nej tack."),
    ("sv", "MR bäcken: ångrade sig."),
    ("sv", "MR bäcken: pacemaker."),
    ("sv", "MR bäcken - inte nu."),
    ("sv", "MR bäcken bokad men hon åkte hem innan."),
    ("sv", "Hon gick hem innan MR bäcken."),
    ("sv", "Pat skrev ut sig innan MR bäcken."),
])
def test_exam_order_words_a_field_or_clause_that_tells_its_fate_is_not_done(language, text):
    # an exam field answered by its fate ("MRI pelvis: pacemaker", "MR bäcken: nej tack") read as done
    assert statuses(text, language, "mri") == ["not_performed"]


@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis: pacemaker checked, MRI-conditional; scan done."),
    ("en", "MRI pelvis done. Unable to weight bear."),
    ("sv", "MR bäcken gjord innan hon gick hem."),
    ("sv", "Hon ångrade sig och MR bäcken gjordes."),
])
def test_exam_order_words_a_fate_word_about_something_else_leaves_the_study_done(language, text):
    assert statuses(text, language, "mri") == ["performed"]


# --- a ward's list of jobs still to do holds studies not yet done -------------------------------------------------
@pytest.mark.parametrize("language,text", [
    ("en", "Outstanding:\nMRI pelvis."),
    ("en", "To do:\n- MRI pelvis\n- Bloods"),
    ("en", "Jobs:\n1. MRI pelvis\n2. Physio review"),
    ("en", "Outstanding jobs: MRI pelvis, OT assessment."),
    ("sv", "Att göra:\n- MR bäcken\n- Blodprover"),
    ("sv", "Kvarstående:\nMR bäcken."),
    ("sv", "Kvarstar: MR backen."),
])
def test_exam_order_words_a_study_in_a_list_of_jobs_is_requested(language, text):
    assert statuses(text, language, "mri") == ["requested"]


@pytest.mark.parametrize("language,text", [
    ("en", "Investigations:\nMRI pelvis - left sacral ala fracture."),
    ("en", "Jobs done:\nMRI pelvis performed, reported as normal."),
    ("sv", "Undersökningar:\nMR bäcken - fraktur i vä sakralvinge."),
])
def test_exam_order_words_a_study_listed_with_its_result_is_done(language, text):
    assert statuses(text, language, "mri") == ["performed"]


# --- a study named with how soon or where it is to be done is not done yet ----------------------------------------
@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis ASAP."),
    ("en", "MRI pelvis within 2 weeks."),
    ("en", "MRI pelvis as an outpatient."),
    ("en", "MRI pelvis as outpatient, GP to chase."),
    ("sv", "MR bäcken snarast."),
    ("sv", "MR backen polikliniskt."),
])
def test_exam_order_words_a_study_with_its_urgency_or_setting_is_requested(language, text):
    assert statuses(text, language, "mri") == ["requested"]


@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis performed within 2 weeks of the fall showed a sacral fracture."),
    ("en", "MRI pelvis was done as an outpatient last month."),
    ("sv", "MR bäcken har utförts polikliniskt, visar fraktur."),
    ("sv", "MR bäcken gjordes snarast, visade fraktur."),
])
def test_exam_order_words_urgency_or_setting_of_a_study_done_keeps_it_done(language, text):
    assert statuses(text, language, "mri") == ["performed"]


# --- a letter's own words for having ordered a study: asked for, listed for, organised --------------------------
@pytest.mark.parametrize("text", [
    "I have asked for an MRI of her pelvis.",
    "She has been listed for an MRI pelvis.",
    "She has been listed for MRI pelvis.",
    "An MRI of her pelvis has been organised.",
    "We will organise an MRI pelvis.",
    "She was on the waiting list for an MRI pelvis.",
])
def test_exam_order_words_a_letter_that_asked_for_a_study_requested_it(text):
    assert statuses(text, "en", "mri") == ["requested"]


@pytest.mark.parametrize("text", [
    # what was asked for is a done study's images or report
    "We asked for the images of her MRI pelvis from the Royal.",
    "I asked for her MRI pelvis report.",
    "The MRI pelvis, organised by her GP, showed a sacral fracture.",
])
def test_exam_order_words_asking_for_a_done_studys_report_leaves_it_done(text):
    assert statuses(text, "en", "mri") == ["performed"]


@pytest.mark.parametrize("text", [
    "MR bäcken är ordnad.",
    "MR backen ordnad till nasta vecka.",
    "Anhörig har begärt MR bäcken.",
    "MR bäcken begärd.",
    "Vi ordnar MR bäcken.",
])
def test_exam_order_words_a_swedish_study_arranged_or_asked_for_is_requested(text):
    assert statuses(text, "sv", "mri") == ["requested"]


@pytest.mark.parametrize("text", [
    "Begär svar på MR bäcken från Danderyd.",
    "Har begärt bilderna från MR bäcken på Danderyd.",
])
def test_exam_order_words_asking_for_a_swedish_studys_report_leaves_it_done(text):
    assert statuses(text, "sv", "mri") == ["performed"]

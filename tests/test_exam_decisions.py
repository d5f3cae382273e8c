"""What a sentence decides about an exam with "not": "MRI pelvis was not performed until last week" and "MR bäcken
gjordes inte förrän i förra veckan" were done, late; "MRI will not be done" and "MR bäcken kommer ej att utföras"
were decided against (both used to read the opposite way: the first as not done, the second, with no status word
found, as done, which made a pelvic MRI nobody did count as a sacral workup)."""
from __future__ import annotations

import pytest

from .phrasing import assertions_by_concept, statuses


@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis was not performed until last week."),
    ("en", "The MRI of the pelvis was not done until 3 March."),
    ("en", "MRI pelvis was not obtained until after discharge."),
    ("sv", "MR bäcken gjordes inte förrän i förra veckan."),
    ("sv", "MR bäcken blev inte gjord förrän efter tre veckor."),
    ("sv", "MR bäcken utfördes ej förrän i april."),
])
def test_exam_decisions_done_not_until_later_is_done(language, text):
    assert statuses(text, language, "mri") == ["performed"]


@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis will not be done."),
    ("en", "An MRI of the pelvis will not be performed."),
    ("en", "We will not arrange an MRI of the pelvis."),
    ("en", "MRI pelvis will not be done until she is reviewed in clinic."),
    ("sv", "MR bäcken kommer ej att utföras."),
    ("sv", "MR bäcken ska inte göras."),
    ("sv", "Vi kommer inte att beställa MR bäcken."),
])
def test_exam_decisions_a_study_decided_against_is_not_done(language, text):
    assert statuses(text, language, "mri") == ["not_performed"]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "MRI pelvis was not performed.", "not_performed"),
    ("en", "MRI pelvis has not been done until now.", "not_performed"),
    ("en", "MRI pelvis will be done next week.", "requested"),
    ("sv", "MR bäcken gjordes inte.", "not_performed"),
    ("sv", "MR bäcken har inte gjorts förrän nu.", "not_performed"),
    ("sv", "MR bäcken kommer att göras nästa vecka.", "requested"),
])
def test_exam_decisions_look_alikes_keep_their_status(language, text, expected):
    assert statuses(text, language, "mri") == [expected]


@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis: not yet."),
    ("en", "MRI pelvis - not yet."),
    ("sv", "MR bäcken: ej ännu."),
    ("sv", "MR bäcken: inte än."),
    ("sv", "MR bäcken vilande."),
])
def test_exam_decisions_a_field_answered_not_yet_is_still_awaited(language, text):
    # a check list's exam field answered "not yet" names no exam done (it read as done: no status word was found)
    assert statuses(text, language, "mri") == ["requested"]


@pytest.mark.parametrize("language,text", [
    ("en", "Sacral fracture: not yet excluded. MRI pelvis done."),
    ("sv", "Sakrumfraktur: ej ännu utesluten. MR bäcken gjord."),
])
def test_exam_decisions_not_yet_about_a_finding_leaves_the_exam_done(language, text):
    assert statuses(text, language, "mri") == ["performed"]


def test_exam_decisions_not_yet_done_in_a_sentence_stays_a_request():
    text = ("MRI pelvis requested 19/03 to exclude sacral insufficiency fracture - not yet done at time of transfer; "
            "radiology aware and will scan from the rehab ward.")
    assert statuses(text, "en", "mri") == ["requested"]


@pytest.mark.parametrize("language,text,modality", [
    ("en", "She will not tolerate an MRI of the pelvis.", "mri"),
    ("en", "He won't tolerate MRI pelvis because of his back pain.", "mri"),
    ("en", "She would not be able to lie for an MRI of the pelvis.", "mri"),
    ("en", "She will not tolerate an MRI, so CT pelvis was done.", "mri"),
    ("sv", "Hon kommer inte att klara MR bäcken.", "mri"),
    ("sv", "Hon klarar inte MR bäcken pga smärta.", "mri"),
    ("sv", "Klarar ej MR bäcken, DT bäcken gjord i stället.", "mri"),
    ("sv", "Pat skulle inte klara en MR av bäckenet.", "mri"),
])
def test_exam_decisions_a_study_the_patient_will_not_manage_is_not_done(language, text, modality):
    # "will not tolerate", "kommer inte att klara": the study is judged impossible (it read as done: no status word)
    assert statuses(text, language, modality) == ["not_performed"]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "She will not tolerate an MRI, so CT pelvis was done.", ["performed"]),
    ("en", "She tolerated the MRI of the pelvis well.", ["performed"]),
    ("sv", "Klarar ej MR bäcken, DT bäcken gjord i stället.", ["performed"]),
    ("sv", "Hon klarade MR bäcken utan problem.", ["performed"]),
])
def test_exam_decisions_the_study_done_instead_or_managed_stays_done(language, text, expected):
    modality = "ct" if "CT" in text or "DT" in text else "mri"
    assert statuses(text, language, modality) == expected


@pytest.mark.parametrize("language,text", [
    ("en", "Ideally MRI pelvis."),
    ("en", "MRI pelvis in due course."),
    ("en", "MRI pelvis TBC."),
    ("en", "MRI pelvis - date to be confirmed."),
    ("sv", "Helst MR bäcken."),
    ("sv", "MR bäcken så småningom."),
    ("sv", "MR bäcken i lugnt skede."),
    ("sv", "Lågt tröskelvärde för MR bäcken."),
])
def test_exam_decisions_a_study_named_with_a_wish_or_a_later_time_is_not_done(language, text):
    # no status verb, only a wish or a time ahead: the study is still to come (it read as done)
    assert statuses(text, language, "mri") == ["requested"]


def test_exam_decisions_the_patients_own_wish_is_no_request():
    # round sixty-three (docs/annotation.md): the patient's wish alone is neither an order nor a study
    assert statuses("She is keen for an MRI of the pelvis.", "en", "mri") == []


@pytest.mark.parametrize("language,text,expected", [
    ("en", "MRI pelvis was performed in due course and showed a sacral fracture.", "performed"),
    ("en", "Sacral fracture to be confirmed on MRI pelvis.", "requested"),
    ("en", "She was not keen on an MRI of the pelvis.", "not_performed"),
    ("sv", "MR bäcken gjordes i lugnt skede och visade sakrumfraktur.", "performed"),
    ("sv", "MR bäcken utfördes så småningom och visade en sakrumfraktur.", "performed"),
])
def test_exam_decisions_a_later_time_told_of_a_study_done_keeps_it_done(language, text, expected):
    assert statuses(text, language, "mri") == [expected]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "MRI pelvis would be more sensitive, and was performed on 3 March.", "performed"),
    ("en", "An MRI of the pelvis was recommended, and was done on 5 May.", "performed"),
    ("en", "MRI pelvis was advised by the radiologist and has since been completed.", "performed"),
    ("en", "MRI pelvis would be more sensitive, and is recommended.", "requested"),
    ("en", "MRI pelvis would be more sensitive, and was requested on 3 March.", "requested"),
])
def test_exam_decisions_the_next_clause_tells_what_became_of_the_suggestion(language, text, expected):
    # "..., and was performed on 3 March": the clause goes on to the study's next step (it kept the suggestion)
    assert statuses(text, language, "mri") == [expected]


# --- "since" ends a denial: what follows it happened ---------------------------------------------------------------
@pytest.mark.parametrize("language,text,modality,expected", [
    ("en", "She has not had back pain since the MRI pelvis in May.", "mri", "performed"),
    ("en", "She has not had any falls since the CT pelvis last week.", "ct", "performed"),
    ("en", "She has not had an MRI pelvis.", "mri", "not_performed"),
    ("en", "No MRI since she has a pacemaker.", "mri", "not_performed"),
    ("sv", "Hon har inte haft ont sedan MR bäcken i maj.", "mri", "performed"),
    ("sv", "Hon har inte haft någon MR bäcken.", "mri", "not_performed"),
])
def test_exam_decisions_a_denial_before_since_leaves_the_study_after_it_done(language, text, modality, expected):
    assert statuses(text, language, modality) == [expected]


# --- "without a" before an exam and before a finding: one denies the study, the other the finding ------------------
@pytest.mark.parametrize("language,text,modality", [
    ("en", "She was discharged without an MRI.", "mri"),
    ("en", "Discharged without a CT pelvis.", "ct"),
])
def test_exam_decisions_a_study_the_patient_went_without_is_not_done(language, text, modality):
    assert statuses(text, language, modality) == ["not_performed"]


@pytest.mark.parametrize("sentence", [
    "Sclerosis of the right sacral ala without a fracture line.",
    "Sclerosis of the right sacral ala without a fracture line; no sacral fracture.",
])
def test_exam_decisions_the_exams_without_leaves_a_findings_without_its_denial(sentence):
    # the exams' longer "without a" had shadowed the findings' "without", so the fracture read present
    assert set(assertions_by_concept(sentence, "en", "radiology")["sacral_fracture"]) == {"negated"}


# --- a judgement that the study would add nothing is a decision against it -----------------------------------------
@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis would be of no benefit."),
    ("en", "MRI pelvis is unlikely to change management."),
    ("en", "MRI pelvis unlikely to add anything at this stage."),
    ("en", "The radiologist felt an MRI pelvis would add nothing."),
    ("en", "An MRI of the pelvis would not add anything and will not be requested."),
    ("sv", "Röntgenläkaren bedömer att MR bäcken inte tillför något."),
    ("sv", "Rontgenlakaren bedomer att MR backen inte tillfor nagot."),
    ("sv", "MR bäcken bedöms inte tillföra något."),
    ("sv", "MR bäcken skulle inte tillföra något för handläggningen."),
    ("sv", "MR bäcken tillför sannolikt inget."),
])
def test_exam_decisions_a_study_that_would_add_nothing_is_not_done(language, text):
    assert statuses(text, language, "mri") == ["not_performed"]


@pytest.mark.parametrize("language,text", [
    # what a study that was done added, after the fact
    ("en", "The MRI pelvis added nothing new."),
    ("en", "The MRI pelvis did not add any further information."),
    ("sv", "MR bäcken tillförde inget nytt."),
    # a supplementary study that added nothing was done: "kompletterande" asks for nothing here
    ("sv", "Kompletterande MR bäcken tillförde inget ytterligare."),
    ("sv", "Kompletterande MR backen tillforde inget ytterligare."),
    ("sv", "MR bäcken har inte tillfört något nytt."),
    ("sv", "Den kompletterande MR-undersökningen av bäckenet tillförde ingen ny information."),
])
def test_exam_decisions_a_done_study_that_added_nothing_stays_done(language, text):
    assert statuses(text, language, "mri") == ["performed"]


@pytest.mark.parametrize("text", [
    "Kompletterande MR bäcken bedöms inte tillföra något.",
    "Kompletterande MR bäcken skulle inte tillföra något.",
])
def test_exam_decisions_a_supplementary_study_judged_useless_is_not_done(text):
    assert statuses(text, "sv", "mri") == ["not_performed"]

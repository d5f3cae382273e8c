"""A finding named as the cause of something else: "due to" ends a negation's reach, and a hedge on the cause
makes the cause suspected.

"Ingen aptit pga värken i ländryggen" denies the appetite, not the pain; "Pain possibly due to a sacral
insufficiency fracture" suspects the fracture and does not document it (a documented sacral fracture would close
the patient's case). NegEx lists the causal connectives among its scope ends ("secondary to", "as the cause of");
the hedged forms come from discharge and radiology wording ("?due to", "likely secondary to", "troligen pga",
"kan bero på").
"""
from __future__ import annotations

import pytest

from .phrasing import assertions

LBP = "low_back_pain"
SACRAL = "sacral_fracture"
VCF = "vertebral_compression_fracture"
RAMUS = "pubic_ramus_fracture"


@pytest.mark.parametrize("language, text, concept, expected", [
    ("sv", "Ingen aptit pga värken i ländryggen.", LBP, ["present"]),
    ("sv", "Ingen aptit på grund av ländryggssmärta.", LBP, ["present"]),
    ("sv", "Sover inte på grund av ryggvärk i svanken.", LBP, ["present"]),
    ("sv", "Ej kunnat mobiliseras till följd av lumbago.", LBP, ["present"]),
    ("sv", "Ingen sömn sekundärt till ländryggssmärta.", LBP, ["present"]),
    ("sv", "Ej belastningsbar pga ramusfrakturen.", RAMUS, ["present"]),
    ("sv", "Ej belastningsbar p.g.a. ramusfrakturen.", RAMUS, ["present"]),
    ("sv", "Har inte kunnat gå sedan kotkompressionen i L1.", VCF, ["present"]),
    ("en", "No appetite due to low back pain.", LBP, ["present"]),
    ("en", "Cannot mobilise owing to low back pain.", LBP, ["present"]),
    ("en", "Not weight bearing because of the pubic ramus fracture.", RAMUS, ["present"]),
    ("en", "Unable to sit as a result of low back pain.", LBP, ["present"]),
    # the negation itself still reaches what it names before the cause
    ("sv", "Ingen ländryggssmärta pga fallet.", LBP, ["negated"]),
    ("en", "No low back pain as a result of the fall.", LBP, ["negated"]),
])
def test_a_cause_is_outside_the_negation_of_its_effect(language, text, concept, expected):
    assert assertions(text, language, concept) == expected


@pytest.mark.parametrize("language, text", [
    ("en", "Pain possibly due to a sacral insufficiency fracture."),
    ("en", "Back pain, likely secondary to an occult sacral fracture."),
    ("en", "Buttock pain ?due to sacral fracture."),
    ("en", "Buttock pain ? due to sacral fracture."),
    ("en", "Pain, query due to sacral fracture."),
    ("en", "Pain that could be caused by a sacral fracture."),
    ("en", "Pain may well be due to a sacral fracture."),
    ("en", "Symptoms thought to be due to a sacral insufficiency fracture."),
    ("sv", "Ryggsmärta, misstänkt orsakad av sakrumfraktur."),
    ("sv", "Smärta möjligen pga sakrumfraktur."),
    ("sv", "Smärta ev pga sakral insufficiensfraktur."),
    ("sv", "Smärta ?pga sakrumfraktur"),
    ("sv", "Smärtan kan vara orsakad av en sakrumfraktur."),
    ("sv", "Smärtan beror troligen på en sakrumfraktur."),
    ("sv", "Smärtan kan tänkas bero på en sakrumfraktur."),
    ("sv", "Smartan troligen orsakad av sakrumfraktur."),
    ("sv", "Smärtan bedöms troligen bero på sakrumfraktur."),
])
def test_a_hedged_cause_is_a_suspected_sacral_fracture(language, text):
    assert assertions(text, language, SACRAL) == ["uncertain"]


@pytest.mark.parametrize("language, text, concept", [
    ("sv", "Smärta troligen pga kotkompression L1.", VCF),
    ("en", "Back pain likely from the L1 compression fracture.", VCF),
    ("sv", "Värk sannolikt till följd av ramusfraktur.", RAMUS),
])
def test_a_hedged_cause_is_no_index_finding(language, text, concept):
    assert assertions(text, language, concept) == ["uncertain"]


@pytest.mark.parametrize("language, text, concept, expected", [
    ("sv", "St.p. sakroplastik 2021 pga sakrumfraktur.", SACRAL, ["historical"]),
    ("sv", "Tidigare vertebroplastik på grund av kotkompression Th12.", VCF, ["historical"]),
    ("en", "Status post kyphoplasty 2019 due to L1 compression fracture.", VCF, ["historical"]),
    ("en", "S/p vertebroplasty secondary to T12 compression fracture.", VCF, ["historical"]),
])
def test_a_cause_of_a_past_treatment_is_past_too(language, text, concept, expected):
    # a cause ends a negation's scope only: the history reaches it ("ends": ["negated"] in context.json)
    assert assertions(text, language, concept) == expected


@pytest.mark.parametrize("language, text", [
    ("en", "Pain due to a sacral insufficiency fracture."),
    ("sv", "Smärta pga sakrumfraktur."),
])
def test_an_unhedged_cause_stays_documented(language, text):
    assert assertions(text, language, SACRAL) == ["present"]


@pytest.mark.parametrize("language, text", [
    ("sv", "Slätröntgen utesluter inte sakrumfraktur."),
    ("sv", "Normal röntgen utesluter ej sakral insufficiensfraktur."),
    ("sv", "DT uteslöt inte fraktur i sakrum."),
    ("sv", "Sakrumfraktur uteslöts inte."),
    ("en", "Plain films do not rule out a sacral fracture."),
    ("en", "CT did not exclude a sacral fracture."),
])
def test_an_exam_that_does_not_exclude_leaves_the_fracture_suspected(language, text):
    # "utesluter" alone denies; with "inte"/"ej" after it, the doubt stays (was: negated, or present)
    assert assertions(text, language, SACRAL) == ["uncertain"]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "MRI can rule out an occult sacral fracture.", ["hypothetical"]),  # what MRI can do: no result
    ("en", "MRI pelvis would be able to rule out a sacral insufficiency fracture.", ["hypothetical"]),
    ("sv", "MR utesluter sakrumfraktur.", ["negated"]),
])
def test_ruling_out_is_a_result_only_when_it_happened(language, text, expected):
    assert assertions(text, language, SACRAL) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Findings argue against a sacral fracture.", ["negated"]),
    ("en", "Sacral fracture is not favoured.", ["negated"]),
    ("sv", "Fynden talar emot sakrumfraktur.", ["negated"]),
    ("sv", "Sakrumfraktur bedöms mindre sannolik.", ["uncertain"]),
    ("sv", "Mindre sannolikt sakrumfraktur.", ["uncertain"]),
    ("en", "Sacral fracture less likely.", ["uncertain"]),
])
def test_a_reading_that_weighs_against_the_fracture(language, text, expected):
    assert assertions(text, language, SACRAL) == expected


@pytest.mark.parametrize("language, text", [
    ("en", "Cannot be differentiated from a sacral insufficiency fracture."),
    ("en", "Sacral insufficiency fracture is a consideration."),
    ("en", "Sacral insufficiency fracture is the main differential."),
    ("en", "An occult sacral fracture remains a concern."),
    ("sv", "Sakral insufficiensfraktur är en differentialdiagnos."),
    ("sv", "Sakrumfraktur kvarstår som en möjlighet."),
])
def test_a_diagnosis_weighed_in_a_report_is_suspected(language, text):
    # a radiologist's differential is a suspicion (flags, priority high), not a plan or a fact
    assert assertions(text, language, SACRAL, note_type="radiology") == ["uncertain"]


@pytest.mark.parametrize("language, text", [
    ("en", "MRI pelvis should be considered."),
    ("sv", "MR bäcken bör övervägas."),
])
def test_an_exam_to_be_considered_is_still_a_plan(language, text):
    assert assertions(text, language, "imaging_mri") == ["hypothetical"]


@pytest.mark.parametrize("text, note_type, expected", [
    # "query X" (British reports) reads as "?X": a suspicion, but the question of an indication or a request
    ("IMPRESSION: Query sacral insufficiency fracture.", "radiology", ["uncertain"]),
    ("Conclusion: query left sacral ala fracture; MRI recommended.", "radiology", ["uncertain"]),
    ("Query sacral insufficiency fracture.", "clinical", ["uncertain"]),
    ("INDICATION: Query sacral insufficiency fracture.", "radiology", ["hypothetical"]),
    ("HISTORY: fall, query sacral fracture.", "radiology", ["hypothetical"]),
    ("MRI pelvis requested, query sacral fracture.", "clinical", ["hypothetical"]),
])
def test_query_reads_as_a_question_mark(text, note_type, expected):
    assert assertions(text, "en", SACRAL, note_type=note_type) == expected


@pytest.mark.parametrize("text", [
    "Vertebroplasty is planned for the L1 compression fracture.",
    "Kyphoplasty was recommended for the T12 compression fracture.",
])
def test_a_planned_augmentation_leaves_its_fracture_present(text):
    # the plan is the procedure's: the fracture it treats is an index finding
    assert assertions(text, "en", "vertebral_compression_fracture") == ["present"]


@pytest.mark.parametrize("text, expected", [
    # a hedge inside a purpose asks too, as Swedish "för att bedöma ev. sakrala frakturer" already did
    ("MRI pelvis to evaluate for possible sacral insufficiency fracture.", ["hypothetical"]),
    ("CT pelvis to rule out possible sacral fracture.", ["hypothetical"]),
    ("MRI ordered to assess for possible sacral fracture.", ["hypothetical"]),
    # the writer's own suspicion before the plan stays a suspicion
    ("Possible sacral fracture; MRI to evaluate.", ["uncertain"]),
])
def test_a_hedge_inside_a_purpose_is_asked(text, expected):
    assert assertions(text, "en", SACRAL) == expected

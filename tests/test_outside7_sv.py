"""Swedish wording families that an outside author's notes (tests/data/outside7/sv) showed reportminer missing, each
by at least two differently worded sentences, with and without å/ä/ö, and their look-alikes. Called the way a user
calls the tool: ``reportminer.pipeline.scan`` on a one-note table."""
from __future__ import annotations

import pytest

from .phrasing import assertions, one_note


def _scan(text: str, note_type: str = "clinical", exam: str = ""):
    return one_note(text, "sv", note_type, exam)


def _assertions(text: str, concept: str, note_type: str = "clinical") -> list[str]:
    return assertions(text, "sv", concept, note_type)


def _statuses(text: str) -> list[tuple[str, str]]:
    found = _scan(text).exams
    return sorted(zip(found["modality"], found["status"]))


def _ids(cases):
    return [f"{c[0][:50]}" for c in cases]


# --- findings --------------------------------------------------------------------------------------------------
FINDINGS = [
    # lumboischias is lumbago with sciatica: low-back pain
    ("Pat har lumboischias på vänster sida sedan i fredags.", "low_back_pain", ["present"]),
    ("Sokte for akut lumboischias hoger.", "low_back_pain", ["present"]),
    ("Ingen lumboischias.", "low_back_pain", ["negated"]),
    # pain over the sacrum, with words between the pain and its place
    ("Uttalad smärta även bak över korsbenet vid gång.", "low_back_pain", ["present"]),
    ("Ont aven bak over korsbenet nar hon sitter.", "low_back_pain", ["present"]),
    ("Smärtor mest över sakrum.", "low_back_pain", ["present"]),
    ("Smärta framför allt nedtill över korsbenet.", "low_back_pain", ["present"]),
    ("Ont i ryggen och over korsbenet.", "low_back_pain", ["present"]),
    # buttock and sacral-region pain as compounds and regions
    ("Glutealsmärta bilat sedan en vecka.", "low_back_pain", ["present"]),
    ("Glutealvark vanster.", "low_back_pain", ["present"]),
    ("Korsbensvärk efter fallet.", "low_back_pain", ["present"]),
    ("Ont i glutealregionen.", "low_back_pain", ["present"]),
    ("Smarta i satesregionen.", "low_back_pain", ["present"]),
    ("Smärta i ljumsken, fraktur i korsbenet.", "low_back_pain", []),
    # a negated fracture survey of the thoracic or lumbar spine is a negated compression
    ("Ingen fraktur i bröstryggen.", "vertebral_compression_fracture", ["negated"]),
    ("Inga frakturer i landryggen.", "vertebral_compression_fracture", ["negated"]),
    ("Fraktur i bröstryggen kan inte uteslutas.", "vertebral_compression_fracture", ["uncertain"]),
    ("Inga frakturer i brost- och landryggen.", "vertebral_compression_fracture", ["negated"]),
    ("Ingen fraktur i BWS eller LWS.", "vertebral_compression_fracture", ["negated"]),
    # a site (and its neighbour) without oedema or fracture
    ("Ramus superior och inferior bilateralt utan ödem eller fraktur.", "pubic_ramus_fracture", ["negated"]),
    ("Sakrum och SI-lederna bilateralt utan odem eller fraktur.", "sacral_fracture", ["negated"]),
    ("Ramus superior fraktur utan dislokation.", "pubic_ramus_fracture", ["present"]),
    # a question after a list of alternatives asks them all; in an assessment that is a suspicion
    ("Bedömning: Fraktur i sakrum/SI-led? Inflammation?", "sacral_fracture", ["uncertain"]),
    ("Bedomning: Fraktur i korsbenet/SI-leden?", "sacral_fracture", ["uncertain"]),
    # what an exam is for is a question
    ("Skelettscintigrafi för att kartlägga frakturer i bäcken/sakrum.", "sacral_fracture", ["hypothetical"]),
    ("MR for att utvardera sakrumfraktur.", "sacral_fracture", ["hypothetical"]),
    ("MR visade fraktur i sakrum.", "sacral_fracture", ["present"]),
    # something to be considered is not yet found
    ("Insufficiensfraktur i sakrum måste övervägas.", "sacral_fracture", ["hypothetical"]),
    ("Sakrumfraktur behover overvagas.", "sacral_fracture", ["hypothetical"]),
    ("Insufficiensfraktur i korsbenet bör beaktas.", "sacral_fracture", ["hypothetical"]),
    # an osteoporosis investigation is no diagnosis
    ("Remiss för osteoporosutredning.", "osteoporosis", ["hypothetical"]),
    ("Benskorhetsutredning via frakturkedjan.", "osteoporosis", ["hypothetical"]),
]


@pytest.mark.parametrize("text,concept,expected", FINDINGS, ids=_ids(FINDINGS))
def test_outside7_sv_findings(text, concept, expected):
    assert _assertions(text, concept) == expected


def test_outside7_sv_an_investigation_that_found_osteoporosis_still_finds_it():
    assert "present" in _assertions("Osteoporosutredningen visade osteoporos.", "osteoporosis")


@pytest.mark.parametrize("text", ["Öm över korsbenet.", "Smärta i ljumsken. Ömhet over sakrum."])
def test_outside7_sv_tenderness_over_the_sacrum_is_no_pain(text):
    assert _assertions(text, "low_back_pain") == []


# --- exam fates ------------------------------------------------------------------------------------------------
EXAMS = [
    # a plan heading, also abbreviated, and a proposal ask for the exam
    ("Åtg: DT ländrygg.", [("ct", "requested")]),
    ("Atg: MR backen.", [("mri", "requested")]),
    ("Förslag: DT bäcken som alternativ.", [("ct", "requested")]),
    ("Forslagsvis MR backen.", [("mri", "requested")]),
    # told the result of an exam: it was done
    ("Informerat om DT: kompressionsfraktur L4.", [("ct", "performed")]),
    ("Informerad om MR-svaret, ingen fraktur.", [("mri", "performed")]),
    # no exam done and we hold off: no order
    ("Ingen DT eller MR bäcken utförd, vi avvaktar.", [("ct", "not_performed"), ("mri", "not_performed")]),
    ("Ingen MR backen gjord, avvaktar.", [("mri", "not_performed")]),
    ("Ej rontgad, avvaktar.", [("radiograph", "not_performed")]),
    # look-alike: a booked exam we wait for is still a request
    ("MR bäcken bokad, avvaktar.", [("mri", "requested")]),
]


@pytest.mark.parametrize("text,expected", EXAMS, ids=_ids(EXAMS))
def test_outside7_sv_exam_statuses(text, expected):
    assert _statuses(text) == expected


def test_outside7_sv_a_radiologists_proposal_is_no_workup():
    """A report that could not be done and proposes another study leaves an order, never a performed CT."""
    text = ("MR BÄCKEN\nUndersökningen kunde inte genomföras. Patienten har pacemaker som inte är MR-villkorlig. "
            "Förslag: DT bäcken som alternativ.")
    exams = _scan(text, "radiology", "MR bäcken").exams
    assert "performed" not in exams["status"].tolist()
    assert set(exams["status"]) <= {"requested", "not_performed"}

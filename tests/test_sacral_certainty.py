"""A sacral fracture named with its confirming study still to come ("Sacral insufficiency fracture - awaiting MRI",
"Sakrumfraktur – inväntar MR") or treated as one ("Treat as sacral fracture") is suspected, not documented (issue 10):
the case stays open. A fracture a study showed stays documented when a further study is awaited for another reason."""
from __future__ import annotations

import pytest

from .phrasing import assertions, one_note

SACRAL = "sacral_fracture"


@pytest.mark.parametrize("sentence, language", [
    ("Sacral insufficiency fracture - awaiting MRI.", "en"),
    ("Sacral insufficiency fracture, pending CT.", "en"),
    ("Treat as sacral fracture.", "en"),
    ("Treating as a sacral insufficiency fracture.", "en"),
    ("Sakral insufficiensfraktur – inväntar MR.", "sv"),
    ("Sakral insufficiensfraktur, avvaktar DT.", "sv"),
    ("Sakrumfraktur - vantar pa MR.", "sv"),
])
def test_a_sacral_fracture_awaiting_its_study_is_suspected(sentence, language):
    assert assertions(sentence, language, SACRAL) == ["uncertain"]


@pytest.mark.parametrize("sentence, language", [
    ("Sacral fracture on CT, awaiting MRI for extent.", "en"),
    ("Sakral fraktur på DT, inväntar MR för utbredning.", "sv"),
])
def test_a_fracture_a_study_showed_stays_documented(sentence, language):
    assert assertions(sentence, language, SACRAL) == ["present"]


@pytest.mark.parametrize("sentence, language, modality", [
    ("Sacral insufficiency fracture - awaiting MRI.", "en", "mri"),
    ("Sakral insufficiensfraktur, avvaktar DT.", "sv", "ct"),
])
def test_the_awaited_study_is_a_request(sentence, language, modality):
    exams = one_note(sentence, language).exams
    assert exams[["modality", "status"]].values.tolist() == [[modality, "requested"]]


# --- a teaching sentence speaks of no patient --------------------------------------------------------------------
@pytest.mark.parametrize("sentence, language, concept", [
    ("Pubic ramus fracture is a common injury in the elderly.", "en", "pubic_ramus_fracture"),
    ("Sacral insufficiency fractures occur mainly in elderly women.", "en", SACRAL),
    ("Ramusfraktur är en vanlig skada hos äldre.", "sv", "pubic_ramus_fracture"),
    ("Sakrala insufficiensfrakturer forekommer framst hos aldre kvinnor.", "sv", SACRAL),
])
def test_a_teaching_sentence_names_no_finding(sentence, language, concept):
    assert assertions(sentence, language, concept) == []


@pytest.mark.parametrize("sentence, language, concept", [
    ("Left pubic ramus fracture; falls are a common problem for her.", "en", "pubic_ramus_fracture"),
    ("Ramusfraktur vänster, fallen ses främst på natten.", "sv", "pubic_ramus_fracture"),
])
def test_a_finding_beside_a_common_word_stays(sentence, language, concept):
    assert assertions(sentence, language, concept) == ["present"]


# --- a doubt that cannot be settled either way is a suspicion, not a question ------------------------------------
@pytest.mark.parametrize("sentence, language", [
    ("Difficult to exclude a sacral fracture.", "en"),
    ("Unable to exclude a sacral fracture.", "en"),
    ("It is not possible to exclude a sacral fracture.", "en"),
    ("Svårt att avgöra om det rör sig om en sakral fraktur.", "sv"),
    ("Kan ej avgora om sakral fraktur foreligger.", "sv"),
    ("Svårbedömt om det föreligger en fraktur i sakrum.", "sv"),
])
def test_a_doubt_left_open_is_a_suspicion(sentence, language):
    assert assertions(sentence, language, SACRAL, "radiology") == ["uncertain"]


@pytest.mark.parametrize("sentence, language", [
    ("MRI to rule out a sacral fracture.", "en"),
    ("MR för att utesluta sakral fraktur.", "sv"),
])
def test_a_study_to_rule_out_still_asks(sentence, language):
    assert assertions(sentence, language, SACRAL) == ["hypothetical"]


# --- a fracture weighed as less likely is still possible; one called improbable is denied ------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Sacral fracture is less likely.", ["uncertain"]),
    ("A sacral fracture is considered less likely.", ["uncertain"]),
    ("Sacral fracture thought less likely given the normal MRI.", ["uncertain"]),
    ("Less likely a sacral fracture.", ["uncertain"]),
    ("Sacral fracture is felt to be improbable.", ["negated"]),
    ("Sacral fracture is unlikely.", ["negated"]),
])
def test_a_sacral_fracture_weighed_against(sentence, expected):
    assert assertions(sentence, "en", "sacral_fracture", "radiology") == expected


def test_less_likely_of_another_diagnosis_leaves_the_fracture_present():
    assert assertions("An L1 compression fracture is seen; metastasis is less likely.", "en",
                      "vertebral_compression_fracture", "radiology") == ["present"]

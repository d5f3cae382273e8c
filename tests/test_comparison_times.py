"""A time that dates the study a finding is compared with ("compared with the CT of 3 months ago", "sedan DT för 2 år
sedan") leaves the finding of today present; a time that dates the finding itself ("L1 compression fracture 2 years
ago", "för 2 år sedan") still makes it historical. Each family by at least two wordings per language."""
from __future__ import annotations

import pytest

from .phrasing import assertions

VCF = "vertebral_compression_fracture"


@pytest.mark.parametrize("sentence, language", [
    ("Progressive height loss of L1 compared with the study of 3 months ago.", "en"),
    ("New L1 compression fracture since the CT 2 years ago.", "en"),
    ("Compared with the CT of 2 years ago, there is a new L1 compression fracture.", "en"),
    ("Progredierande höjdreduktion av L1 jämfört med undersökningen för 3 månader sedan.", "sv"),
    ("Ny kompressionsfraktur L1 sedan DT för 2 år sedan.", "sv"),
    ("Jamfort med DT for tva ar sedan ses nu en kompressionsfraktur L1.", "sv"),
])
def test_a_time_of_the_compared_study_leaves_the_finding_present(sentence, language):
    assert assertions(sentence, language, VCF, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("L1 compression fracture 2 years ago.", "en"),
    ("She had an L1 compression fracture 2 years ago.", "en"),
    ("Kompressionsfraktur L1 för 2 år sedan.", "sv"),
    ("Kompressionsfraktur L1 for tva ar sedan.", "sv"),
])
def test_a_time_of_the_finding_makes_it_history(sentence, language):
    assert assertions(sentence, language, VCF, "radiology") == ["historical"]


# --- an old finding and a new one in one sentence: the age word of each is its own ------------------------------
RAMUS, SACRAL = "pubic_ramus_fracture", "sacral_fracture"


@pytest.mark.parametrize("sentence, language, concept", [
    ("Old healed right pubic ramus fractures and a new left superior ramus fracture.", "en", RAMUS),
    ("Old T12 wedge fracture and new L1 compression fracture.", "en", VCF),
    ("History of L1 fracture with new compression fracture of L2.", "en", VCF),
    ("Gamla läkta ramusfrakturer hö samt ny fraktur i vä ramus superior.", "sv", RAMUS),
    ("Gamla lakta ramusfrakturer ho samt ny fraktur i va ramus superior.", "sv", RAMUS),
    # one match would otherwise run from the old finding across "och ny" into the new one
    ("Gammal kilkompression Th12 och ny kompressionsfraktur L1.", "sv", VCF),
    ("Äldre kilkompression Th12 samt nytillkommen kompression av L1.", "sv", VCF),
    ("Aldre kilkompression Th12 samt nytillkommen kompression av L1.", "sv", VCF),
    ("Status efter vertebroplastik L1 med ny kompressionsfraktur L2.", "sv", VCF),
    ("Old T12 wedge compression and new L1 compression fracture.", "en", VCF),
    ("Status post kyphoplasty at L1 with a new compression fracture at L2.", "en", VCF),
    # other words for "new"
    ("Chronic T12 wedge deformity and an additional acute compression fracture of L1.", "en", VCF),
    ("Old healed left ramus fractures plus another fracture of the right superior ramus.", "en", RAMUS),
    ("Gammal läkt ramusfraktur vä och en färsk fraktur i hö ramus superior.", "sv", RAMUS),
    ("Gammal lakt ramusfraktur va och en farsk fraktur i ho ramus superior.", "sv", RAMUS),
])
def test_a_new_finding_after_an_old_one_is_present(sentence, language, concept):
    assert assertions(sentence, language, concept, "radiology") == ["historical", "present"]


@pytest.mark.parametrize("sentence, language, concept", [
    ("L1 med ny kompression.", "sv", VCF),
    ("Sacrum with a new fracture line.", "en", SACRAL),
    ("Sakrum med ny frakturlinje.", "sv", SACRAL),
])
def test_a_site_with_a_new_fracture_is_one_present_finding(sentence, language, concept):
    assert assertions(sentence, language, concept, "radiology") == ["present"]


# --- what recedes around a fracture is the oedema or the uptake, not the fracture --------------------------------
@pytest.mark.parametrize("sentence", [
    "Resolution of the oedema around the known sacral fracture.",
    "Decreased marrow oedema at the left sacral fracture.",
])
def test_receding_oedema_leaves_the_fracture_present(sentence):
    assert assertions(sentence, "en", SACRAL, "radiology") == ["present"]

"""Fractures and findings that look like the index findings but are not: the ramus of the mandible, a degenerate
disc's lost height, fractures of a vertebra's posterior elements (transverse or spinous process, pars). Each family
by at least two differently worded sentences, and the index finding beside its look-alike stays found."""
from __future__ import annotations

import pytest

from .phrasing import assertions

RAMUS, VCF = "pubic_ramus_fracture", "vertebral_compression_fracture"


@pytest.mark.parametrize("sentence, language", [
    ("Fracture of the left mandibular ramus.", "en"),
    ("Ramus fracture of the mandible.", "en"),
    ("Mandibular ramus and condyle fractures.", "en"),
    ("Fraktur i underkäkens ramus.", "sv"),
    ("Käkfraktur genom ramus mandibulae.", "sv"),
    ("Fraktur i ramus mandibulae vänster.", "sv"),
])
def test_the_ramus_of_the_mandible_is_no_pubic_ramus(sentence, language):
    assert assertions(sentence, language, RAMUS, "radiology") == []


@pytest.mark.parametrize("sentence, language", [
    ("Fracture of the right superior pubic ramus; mandible intact.", "en"),
    ("Pubic ramus fracture. Jaw pain since the fall.", "en"),
    ("Fraktur i höger ramus superior. Käken u.a.", "sv"),
])
def test_a_pubic_ramus_beside_the_jaw_stays_a_fracture(sentence, language):
    assert assertions(sentence, language, RAMUS, "radiology") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Loss of disc height at L4-5.",
    "Reduced intervertebral disc height at L5-S1 with Modic type 1 endplate changes.",
    "Moderate loss of disk height at L3-L4 and L4-L5.",
    "Disc space height loss at L5/S1.",
])
def test_a_degenerate_discs_lost_height_is_no_compression(sentence):
    assert assertions(sentence, "en", VCF, "radiology") == []


@pytest.mark.parametrize("sentence", [
    "Loss of height of the L1 vertebral body and loss of disc height at L4-5.",
    "Compression fracture of L2 with disc space narrowing at L4-5.",
])
def test_a_compression_beside_a_degenerate_disc_stays_found(sentence):
    assert assertions(sentence, "en", VCF, "radiology") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Transverse process fracture of L2.",
    "Fracture of the left L3 transverse process.",
    "Spinous process fracture of C7.",
    "Pars fracture at L5.",
    "Acute fractures of the right L2 and L3 transverse processes.",
])
def test_a_posterior_element_fracture_is_no_compression(sentence):
    assert assertions(sentence, "en", VCF, "radiology") == []


@pytest.mark.parametrize("sentence", [
    "L1 compression fracture, pars intact.",
    "Transverse process fractures of L2 and L3 and a compression fracture of L1.",
])
def test_a_compression_beside_a_posterior_element_stays_found(sentence):
    assert assertions(sentence, "en", VCF, "radiology") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Fraktur i L1 bakre element.",
    "Fraktur i L1:s bakre båge.",
    "Fraktur i L2 bakre elementen, kotkroppen intakt.",
    "Fraktur i L1:s bakre bage.",
])
def test_a_swedish_posterior_element_after_its_level_is_no_compression(sentence):
    assert "present" not in assertions(sentence, "sv", VCF, "radiology")


@pytest.mark.parametrize("sentence", [
    "Fraktur i L1:s bakre kant.",
    "L1-fraktur, bakre elementen intakta.",
    "Kompressionsfraktur L1 med engagemang av bakre kanten.",
])
def test_a_swedish_vertebral_body_fracture_beside_its_posterior_parts_stays_found(sentence):
    assert assertions(sentence, "sv", VCF, "radiology") == ["present"]


# --- a compression fracture beside spinal hardware is still a fracture -------------------------------------------
@pytest.mark.parametrize("sentence", [
    "L3-L5 fusion with an L2 compression fracture above the construct.",
    "L1 compression deformity above the rods.",
    "New T12 compression fracture above the fixation construct.",
])
def test_a_compression_fracture_beside_the_hardware_stays_found(sentence):
    assert assertions(sentence, "en", VCF, "radiology") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Compression across the plate at L4.",
    "Loss of compression across the L4 graft.",
    "Compression of the cage into the L4 endplate.",
])
def test_the_hardwares_compression_is_no_fracture(sentence):
    assert assertions(sentence, "en", VCF, "radiology") == []


# --- a pressure sore over the sacrum is a wound, and the skin there is not the bone ------------------------------
LBP, SACRAL = "low_back_pain", "sacral_fracture"


@pytest.mark.parametrize("sentence, language", [
    ("Sacral pressure sore grade 2.", "en"),
    ("Pain from her sacral pressure ulcer.", "en"),
    ("Grade 3 pressure ulcer over the sacrum, dressing changed.", "en"),
    ("Trycksår sakralt grad 2.", "sv"),
    ("Ont i sakrum av liggsår.", "sv"),
    ("Sakralt trycksar, omlagt.", "sv"),
])
def test_a_sacral_pressure_sore_is_no_back_pain(sentence, language):
    assert assertions(sentence, language, LBP) == []


@pytest.mark.parametrize("sentence, language", [
    ("Low back pain and a sacral pressure sore.", "en"),
    ("Sacral pain. Pressure areas intact.", "en"),
    ("Ont i ländryggen och trycksår sakralt.", "sv"),
    ("Sakral smärta, inga trycksår.", "sv"),
])
def test_back_pain_beside_a_pressure_sore_stays_found(sentence, language):
    assert assertions(sentence, language, LBP) == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("Skin over the sacrum intact.", "en"),
    ("Sacral skin red but intact.", "en"),
    ("Huden över sakrum hel.", "sv"),
    ("Huden sakralt u.a.", "sv"),
])
def test_intact_skin_over_the_sacrum_says_nothing_of_a_fracture(sentence, language):
    assert assertions(sentence, language, SACRAL) == []


# --- a compression or wedge fracture of a limb bone is no vertebral compression ----------------------------------
@pytest.mark.parametrize("sentence, language", [
    ("Compression fracture of the lateral tibial plateau.", "en"),
    ("Wedge fracture of the distal radius.", "en"),
    ("Compression fracture of the calcaneus.", "en"),
    ("Tibial plateau compression fracture.", "en"),
    ("Kompressionsfraktur i laterala tibiaplatån.", "sv"),
    ("Impressionsfraktur i tibiakondylen.", "sv"),
    ("Kompressionsfraktur i hogra calcaneus.", "sv"),
])
def test_a_limb_bones_compression_fracture_is_no_vertebral_compression(sentence, language):
    assert assertions(sentence, language, VCF, "radiology") == []


@pytest.mark.parametrize("sentence, language", [
    ("Compression fracture of L1 and distal radius fracture.", "en"),
    ("Compression fracture of the L1 vertebral body.", "en"),
    ("Kompressionsfraktur i L1 och distal radiusfraktur.", "sv"),
    ("Kompressionsfraktur.", "sv"),
])
def test_a_vertebral_compression_beside_a_limb_fracture_stays_found(sentence, language):
    assert assertions(sentence, language, VCF, "radiology") == ["present"]


# --- a site word before a pain word is where it hurts, not a fractured bone --------------------------------------
@pytest.mark.parametrize("sentence, language", [
    ("Fracture of the distal radius and sacral pain.", "en"),
    ("Wrist fracture last year and now sacral pain.", "en"),
    ("Fractured pubic rami and sacral ache.", "en"),
    ("Fraktur i distala radius och sakral smärta.", "sv"),
    ("Fraktur i ramus och sakral värk.", "sv"),
    ("Fraktur i distala radius och sakral smarta.", "sv"),
])
def test_a_sacral_pain_after_another_fracture_is_no_sacral_fracture(sentence, language):
    assert assertions(sentence, language, SACRAL) == []
    assert assertions(sentence, language, LBP) == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("Sacral fracture pain.", "en"),
    ("Fractured pubic rami and sacrum.", "en"),
    ("Fraktur i ramus och sakrum.", "sv"),
    ("Sakrumfraktur med smärta.", "sv"),
    ("Sakrumfraktur smärtlindras.", "sv"),  # a compound's fracture word before a pain word: still the fracture
    ("Sakrumfraktur smartlindras med oxikodon.", "sv"),
])
def test_a_fractured_sacrum_beside_pain_stays_a_fracture(sentence, language):
    assert assertions(sentence, language, SACRAL) == ["present"]


# --- a wedge another cause may explain ("may be developmental", "sannolikt konstitutionell") is no sure compression --
@pytest.mark.parametrize("sentence, language", [
    ("Mild anterior wedging of T11, may be developmental.", "en"),
    ("Mild wedging of T11, possibly a normal variant.", "en"),
    ("Mild anterior wedging of T12, likely physiological.", "en"),
    ("Lätt kilform av Th11, sannolikt konstitutionell.", "sv"),
    ("Latt kilform av Th11, kan vara konstitutionell.", "sv"),
    ("Kilform av Th12, trol. normalvariant.", "sv"),
])
def test_a_wedge_that_may_be_developmental_is_uncertain(sentence, language):
    assert assertions(sentence, language, "vertebral_compression_fracture", "radiology") == ["uncertain"]


@pytest.mark.parametrize("sentence, language", [
    ("L1 compression fracture. Mild wedging of T11, likely developmental.", "en"),
    ("Kompression av L1. Lätt kilform av Th11, sannolikt konstitutionell.", "sv"),
])
def test_the_fracture_in_the_sentence_before_a_developmental_wedge_stays_present(sentence, language):
    assert assertions(sentence, language, "vertebral_compression_fracture", "radiology") == ["present", "uncertain"]


# --- a wedge the report calls a variant outright ("a normal variant", "som är medfödd") is no compression; Cupid's bow
# is a normal variant of the lower lumbar endplates ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, language", [
    ("Mild anterior wedging of T12, a normal variant.", "en"),
    ("Mild wedging of T11, which is developmental.", "en"),
    ("Lätt kilform av Th12, normalvariant.", "sv"),
    ("Latt kilform av Th11 och Th12, konstitutionell.", "sv"),
    ("Kilform av Th12, som är medfödd.", "sv"),
])
def test_a_wedge_called_a_variant_is_no_compression(sentence, language):
    assert assertions(sentence, language, "vertebral_compression_fracture", "radiology") == ["negated"]


@pytest.mark.parametrize("sentence, expected", [
    ("Cupid's bow deformity of L4 and L5, a normal variant.", []),
    ("Cupid's bow contour of the L4 inferior endplate. New compression fracture of L1.", ["present"]),
])
def test_cupids_bow_is_no_compression(sentence, expected):
    assert assertions(sentence, "en", "vertebral_compression_fracture", "radiology") == expected


@pytest.mark.parametrize("sentence, language", [
    ("Rtg visar lätt kompression av L1 samt en fjärilskota som är medfödd och ofarlig.", "sv"),
    ("Mild compression of L1 and a butterfly vertebra at T9 which is developmental.", "en"),
])
def test_a_variant_named_after_another_vertebra_leaves_the_fracture(sentence, language):
    assert assertions(sentence, language, "vertebral_compression_fracture", "radiology") == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    # a word of age after a preposition qualifies the noun after it, not the fracture before it
    ("Acute L1 fracture superimposed on chronic compression.", ["present"]),
    ("Acute on chronic L1 compression fracture.", ["present"]),
    ("L1 compression fracture, unchanged compared with prior study.", ["present"]),
    ("L1 compression, chronic.", ["historical"]),
])
def test_a_word_of_age_after_a_preposition(sentence, expected):
    assert assertions(sentence, "en", "vertebral_compression_fracture", "radiology") == expected

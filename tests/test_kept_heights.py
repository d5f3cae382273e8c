"""An unchanged or stable height is a kept height (no compression: as "maintained", "bevarad"), while an unchanged
or stable loss of height, or an unchanged compression, is a compression still there (docs/annotation.md:
"unchanged", "stable" keep a fracture present). Both languages, with and without å/ä/ö."""
from __future__ import annotations

import pytest

from .phrasing import assertions

VCF = "vertebral_compression_fracture"


@pytest.mark.parametrize("language, text", [
    ("en", "Unchanged vertebral body heights."),
    ("en", "Vertebral body heights are unchanged."),
    ("en", "Stable vertebral body heights since 2023."),
    ("en", "The height of L2 is unchanged."),
    ("sv", "Oförändrad höjd av L4."),
    ("sv", "Oförändrad kothöjd i L2."),
    ("sv", "Hojden av L4 ar oforandrad jamfort med 2021."),
])
def test_an_unchanged_height_is_a_kept_height(language, text):
    assert assertions(text, language, VCF, "radiology") == ["negated"]


@pytest.mark.parametrize("language, text", [
    ("en", "Unchanged height loss of L1."),
    ("en", "Stable height loss at T12."),
    ("en", "Height loss at L1 is unchanged."),
    ("en", "Unchanged vertebral body height loss at L1."),
    ("en", "Known L1 compression is stable."),
    ("en", "Stable compression deformity of L1."),
    ("sv", "Oförändrad höjdreduktion av L1."),
    ("sv", "Oforandrad hojdminskning av Th12."),
    ("sv", "Kompressionen av L1 är oförändrad."),
])
def test_an_unchanged_loss_of_height_is_a_compression_still_there(language, text):
    assert assertions(text, language, VCF, "radiology") == ["present"]


@pytest.mark.parametrize("language, text", [
    ("en", "Unchanged height of the L1 compression fracture."),
    ("en", "Stable height of the known T12 wedge fracture."),
    ("sv", "Oförändrad höjd av L1-kompressionen."),
    ("sv", "Oförändrad höjd på den kända kotfrakturen Th12."),
    ("sv", "Oforandrad hojd av L1 kompressionen."),
])
def test_an_unchanged_height_of_a_compression_is_the_compression_kept(language, text):
    # the height of the fractured vertebra: the fracture is there, unchanged
    assert assertions(text, language, VCF, "radiology") == ["present"]


@pytest.mark.parametrize("language, text", [
    ("en", "Unchanged height of the L1 vertebral body."),
    ("en", "Unchanged height of L1."),
    ("sv", "Oförändrad höjd av L1-kotkroppen."),
    ("sv", "Oförändrad höjd av kotkropparna."),
])
def test_an_unchanged_height_of_a_vertebra_stays_a_kept_height(language, text):
    assert assertions(text, language, VCF, "radiology") == ["negated"]


@pytest.mark.parametrize("text", [
    "Loss of 30% of its anterior height.",
    "There is loss of 30% of the anterior height.",
    "30% height loss.",
    "Approximately 30% loss of height.",
    "The L1 vertebral body has lost 30% of its height.",
])
def test_a_share_of_height_lost_is_a_compression(text):
    assert assertions(text, "en", VCF, "radiology") == ["present"]


@pytest.mark.parametrize("text", [
    "Body weight and height recorded.",
    "Loss of 30% of her body weight and height.",
    "Body mass index 19, height 160 cm.",
    "Body temperature 37.2, height 162 cm, weight 58 kg.",
    "She has noticed some height loss.",
])
def test_a_persons_body_weight_and_height_name_no_vertebra(text):
    """"body" before a word of the whole person (weight, mass, temperature) is no vertebral body."""
    assert assertions(text, "en", VCF) == []

"""A vertebral fracture that narrows the canal or presses on the cord is still a fracture.

Compression of a nerve root, the dural sac or the cord is no vertebral compression fracture (issue 10, item 3), so
"compression of the L5 nerve root" and "kompression av nervroten" stay out of the findings. That exclusion reads a
word of compressing ("compression", "compressing", "komprimerar"), not a fracture's own shape: "L1 VCF with spinal
canal compromise", "L2 collapse with cord compression", "Kompressionsfraktur L1 med spinalkanalpåverkan" keep the
fracture, and so does a fracture whose sentence only names the spinal team.
"""
import pytest

from tests.phrasing import assertions

VCF = "vertebral_compression_fracture"


@pytest.mark.parametrize("text, lang", [
    ("L1 VCF with mild spinal canal compromise.", "en"),
    ("L2 vertebral collapse with cord compression.", "en"),
    ("L1 VCF discussed with spinal team.", "en"),
    ("T12 wedge fracture with 30% loss of height and mild narrowing of the spinal canal.", "en"),
    ("Compression of L1 with cord compression.", "en"),
    ("Vertebroplasty of the L1 compression fracture discussed with the spinal surgeons.", "en"),
    ("Kompressionsfraktur L1 med lätt spinalkanalpåverkan.", "sv"),
    ("Kompressionsfraktur L1 med latt spinalkanalpaverkan.", "sv"),
    ("Kilkompression av L1 med påverkan på spinalkanalen.", "sv"),
    ("Kilkompression av L1 med paverkan pa spinalkanalen.", "sv"),
    ("Kotkompression Th12, diskuteras med ryggkirurgen.", "sv"),
])
def test_a_fracture_that_narrows_the_canal_stays_a_fracture(text, lang):
    assert assertions(text, lang, VCF) == ["present"]


@pytest.mark.parametrize("text, lang", [
    ("Compression of the traversing right L5 nerve root.", "en"),
    ("Disc protrusion compressing the L5 nerve root.", "en"),
    ("Severe compression of the thecal sac at L4/5.", "en"),
    ("Broad-based disc bulge with compression of the cauda equina.", "en"),
    ("Kompression av nervroten L5.", "sv"),
    ("Diskbråck L4-L5 med kompression av L5-roten.", "sv"),
    ("Diskbrack L4-L5 med kompression av L5-roten.", "sv"),
    ("Komprimerar durasäcken på nivå L4-L5.", "sv"),
    ("Komprimerar durasacken pa niva L4-L5.", "sv"),
])
def test_a_nerve_root_or_dural_sac_compressed_is_no_fracture(text, lang):
    assert assertions(text, lang, VCF) == []

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

"""A study done without some part of its technique is still done, and still images the sacrum.

"DT bäcken utförd men ej med kontrast" and "MR bäcken gjord men ej diffusion" say what the study lacked, not that it
was not done: the negation after "men" or "dock" belongs to the contrast or the sequence. Nor does "ej med
kontrast" say that the sacrum was left out, as "sakrum kom ej med" does. The same sentences with a missing report
("utförd men ej granskad") keep their reading, and a study that did not happen stays not performed.
"""
import pytest

from tests.phrasing import exam_rows


@pytest.mark.parametrize("text, lang, expected", [
    ("DT bäcken utförd men ej med kontrast.", "sv", ("ct", "performed", True)),
    ("DT backen utford men ej med kontrast.", "sv", ("ct", "performed", True)),
    ("MR bäcken gjord men ej diffusion.", "sv", ("mri", "performed", True)),
    ("MR bäcken utförd, dock ej med STIR.", "sv", ("mri", "performed", True)),
    ("MR bäcken blev av men ej med i.v. kontrast.", "sv", ("mri", "performed", True)),
    ("MRI pelvis done, but not with contrast.", "en", ("mri", "performed", True)),
])
def test_a_study_without_part_of_its_technique_is_done_and_covers(text, lang, expected):
    assert exam_rows(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("DT bäcken: sakrum kom ej med.", "sv", ("ct", "performed", False)),
    ("DT backen: sakrum kom ej med.", "sv", ("ct", "performed", False)),
    ("DT buk: bäckenet ej med.", "sv", ("ct", "performed", False)),
    ("DT bäcken blev inte av.", "sv", ("ct", "not_performed", True)),
    ("DT bäcken blev aldrig gjord.", "sv", ("ct", "not_performed", True)),
    ("MR bäcken gjord men ej granskad.", "sv", ("mri", "performed", True)),
])
def test_the_look_alikes_keep_their_reading(text, lang, expected):
    assert exam_rows(text, lang) == [expected]

"""A year, or a month and its year, put first with its preposition dates the fracture the sentence goes on to tell of:
"In 2019 she had an L2 compression fracture", "I maj 2023 fick hon en kotkompression L2" are an earlier episode (a
year before the note's). The trigger counts only where it opens the sentence (context.json `opens_sentence`): "Compared
with the CT in 2019 there is a new L2 compression fracture" dates the CT, not the fracture; and the note's own year is
no earlier episode."""
from __future__ import annotations

import pytest

from .phrasing import assertions

RAMUS, VCF = "pubic_ramus_fracture", "vertebral_compression_fracture"


@pytest.mark.parametrize("language, sentence, concept", [
    ("en", "In 2019 she had an L2 compression fracture.", VCF),
    ("en", "In May 2023 she sustained an L2 compression fracture.", VCF),
    ("en", "In 2019, after a fall, she had an L1 compression fracture.", VCF),
    ("en", "During 2021 he suffered a left superior pubic ramus fracture.", RAMUS),
    ("sv", "I maj 2023 fick hon en kotkompression L2.", VCF),
    ("sv", "År 2019 fick hon en ramusfraktur vä.", RAMUS),
    ("sv", "I slutet av 2020 konstaterades en kotkompression Th12.", VCF),
])
def test_a_time_put_first_dates_the_fracture_to_an_earlier_episode(language, sentence, concept):
    assert assertions(sentence, language, concept, "clinical") == ["historical"]


@pytest.mark.parametrize("language, sentence, concept", [
    ("en", "In 2025 she had an L2 compression fracture.", VCF),
    ("en", "Compared with the CT in 2019 there is a new L2 compression fracture.", VCF),
    ("en", "In 2019 she had a hip replacement and now has an L2 compression fracture.", VCF),
    ("sv", "I januari 2025 fick hon en kotkompression L2.", VCF),
    ("sv", "Jämfört med DT i maj 2019 ses en ny kotkompression L2.", VCF),
])
def test_the_notes_own_year_or_a_year_later_in_the_sentence_leaves_the_fracture_present(language, sentence, concept):
    assert assertions(sentence, language, concept, "clinical") == ["present"]

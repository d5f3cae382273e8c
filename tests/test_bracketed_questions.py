"""Questions listed inside a bracket are one sentence with what opens the bracket: "Remiss MR ländrygg (Frågeställning
diskbråck? Sakrumfraktur?)" asks about the sacral fracture, in capitals too; a query mark outside a bracket still ends
its sentence ("Har hon feber? Ja (mest på kvällarna).")."""
import pytest

from reportminer.nlp import get_pipeline
from tests.phrasing import assertions


def _sentences(text: str, lang: str) -> list[str]:
    return [text[s.start:s.end] for s in get_pipeline(lang).splitter.sentences(text)]


@pytest.mark.parametrize("text, lang", [
    ("Remiss MR ländrygg (Frågeställning diskbråck? Sakrumfraktur?) skickad.", "sv"),
    ("REMISS MR LÄNDRYGG (FRÅGESTÄLLNING DISKBRÅCK? SAKRUMFRAKTUR?)", "sv"),
    ("MRI lumbar spine requested (query disc prolapse? Sacral fracture?).", "en"),
    ("REFERRAL MRI LUMBAR SPINE (DISC PROLAPSE? SACRAL INSUFFICIENCY FRACTURE?)", "en"),
])
def test_questions_in_a_bracket_ask(text, lang):
    assert len(_sentences(text, lang)) == 1
    assert assertions(text, lang, "sacral_fracture") == ["hypothetical"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Har hon feber? Ja (mest på kvällarna).", "sv", ["Har hon feber?", "Ja (mest på kvällarna)."]),
    ("Frågeställning: Diskbråck? Sakrumfraktur?", "sv", ["Diskbråck?", "Sakrumfraktur?"]),
    ("Any trauma? No. (Fell last year.)", "en", ["Any trauma?", "No.", "(Fell last year.)"]),
])
def test_a_query_mark_outside_a_bracket_ends_its_sentence(text, lang, expected):
    assert _sentences(text, lang) == expected

"""A note written all in capitals: a heading word at a line's start, with text after it on the line, is told a
heading by its capitals only where the rest of the note has small letters ("FYND Ingen fraktur"). In a note that is
capitals throughout, "REMISS MR BÄCKEN SKICKAD 5/3" and "FOLLOW-UP MRI PELVIS ON 20 SEPTEMBER: COMPLETE RESPONSE"
are sentences: a referral sent, a study done. Headings before a colon, or alone on their line, stay headings. And a
letter's "MR IVERSEN, AN 80-YEAR-OLD MAN", "REVIEWED MR HUGHES TODAY" is a title and a name, no MR scan."""
import pytest

from tests.phrasing import assertions_by_concept, statuses


@pytest.mark.parametrize("text, lang, modality, status", [
    ("ONT I LÄNDRYGGEN SEDAN FALLET.\nREMISS MR BÄCKEN SKICKAD 5/3, FRÅGESTÄLLNING SAKRUMFRAKTUR?", "sv", "mri",
     "requested"),
    ("79-ÅRIG KVINNA MED ONT I LÄNDRYGGEN.\nREMISS SKICKAD TILL DT BÄCKEN FÖR ATT SE BAKRE BÄCKENRINGEN.", "sv", "ct",
     "requested"),
    ("66M, ANAL CANCER.\nFOLLOW-UP MRI PELVIS AFTER CHEMORADIATION ON 20 SEPTEMBER: COMPLETE RESPONSE, NO SACRAL "
     "FRACTURE.", "en", "mri", "performed"),
])
def test_a_heading_word_opening_a_sentence_in_capitals(text, lang, modality, status):
    assert statuses(text, lang, modality) == [status]


@pytest.mark.parametrize("text, lang", [
    ("ONT I LÄNDRYGGEN.\nFRÅGESTÄLLNING: SAKRUMFRAKTUR?", "sv"),
    ("LOW BACK PAIN AFTER A FALL.\nQUESTION:\nSACRAL INSUFFICIENCY FRACTURE?", "en"),
])
def test_a_heading_with_its_colon_or_alone_still_asks(text, lang):
    assert assertions_by_concept(text, lang)["sacral_fracture"] == ["hypothetical"]


def test_a_capital_heading_in_a_note_with_small_letters_still_heads():
    found = assertions_by_concept("Ont i ländryggen.\nFRÅGESTÄLLNING Sakrumfraktur?", "sv")
    assert found["sacral_fracture"] == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "MR IVERSEN, AN 80-YEAR-OLD MAN ADMITTED WITH DIVERTICULITIS.",
    "MR WHITFIELD, 66, HAD RADIOTHERAPY TO THE PROSTATE.",
    "MR OKAFOR (76) ATTENDED THE SPINAL CLINIC.",
    "MR HAROLD JENKS, 67-YEAR-OLD GENTLEMAN, RETIRED BUS DRIVER.",
    "I REVIEWED MR HUGHES TODAY WITH HIS DAUGHTER.",
    "MR LEWIS ATTENDED 6 SESSIONS OF PHYSIOTHERAPY.",
    "DISCUSSED WITH MR WHITFIELD AND HIS WIFE.",
    "MR ADEYEMI'S BUTTOCK PAIN HAS SETTLED.",  # the name's possessive
    "THE SCAN WAS NORMAL AND MR PRICE’S DAUGHTER WAS REASSURED.",
    "YOURS SINCERELY,\nMR. R. KHAN, CONSULTANT SPINAL SURGEON",  # the title with its full stop
    "SEEN WITH DR A. SMITH AND MR. J. JONES.",
])
def test_a_title_a_surname_and_the_age_in_capitals_is_no_mri(text):
    assert "imaging_mri" not in assertions_by_concept(text, "en")


@pytest.mark.parametrize("text", [
    "MR PELVIS, 12 IMAGES REVIEWED: NO FRACTURE.",
    "MR LUMBAR SPINE, A LIMITED STUDY.",
    "MR SACRUM (2024-01-02): NO FRACTURE.",
    "MR SACRUM AND PELVIS WAS NORMAL.",
    "MR TODAY SHOWED A SACRAL FRACTURE.",
    "MR AND CT WERE BOTH NORMAL.",
])
def test_an_mr_study_in_capitals_stays_one(text):
    assert assertions_by_concept(text, "en")["imaging_mri"] == ["present"]


@pytest.mark.parametrize("text", [
    "MRI PELVIS AT THE PRIVATE CLINIC SHOWED BILATERAL SIFS.",
    "Impression: bilateral SIFs, no pubic ramus fracture.",
])
def test_sacral_insufficiency_fractures_abbreviated_in_the_plural(text):
    assert assertions_by_concept(text, "en")["sacral_fracture"] == ["present"]

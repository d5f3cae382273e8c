"""Swedish wording families found by the fifty-first round's red-team notes (tests/data/outside51/sv: diktat och
taligenkänning, what dictation and speech recognition leave in the text): site words misheard as words that sound
alike ("sackral", "sakrall", "sackrum", "sakrumm", "ramos", "os pubes"), also as an exam's region ("MR av
sackrum"); "ingenting" written for a dictated "ingen" right before the finding ("Ingenting kotkompression"), while
"ingenting hjälper mot ländryggssmärtan" denies nothing; the punctuation dictated as words ("punkt", "komma",
"kolon", "ny rad", "nytt stycke") read as the marks in a note that shows it was dictated so, while "ömmaste punkt",
"får komma åter" and "divertiklar i kolon" keep their reading; compounds parted by dictation ("blygd bensfraktur",
"kors bensfraktur", "höft protes"); and a correction in the sentence after a dictation error ("Rättelse: ska vara
ingen fraktur i sakrum", "Rättelse: ska vara ramusfraktur"), which replaces what it corrects. Each family by several
differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportminer.textnorm import read_text

from .phrasing import (assertions, assertions_by_concept, case_mismatches, exam_rows, flag_and_workup, only_case,
                       scored_set)

SET = Path(__file__).resolve().parent / "data" / "outside51" / "sv"
SACRAL, RAMUS, VCF, LBP = "sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain"


# --- site words misheard as words that sound alike ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sackral insufficiensfraktur vänster.", SACRAL, ["present"]),
    ("Misstänkt sakrall stressfraktur.", SACRAL, ["uncertain"]),
    ("Frakturlinje genom sackrum på höger sida.", SACRAL, ["present"]),
    ("Inga tecken till fraktur i sakrumm.", SACRAL, ["negated"]),
    ("Ödem och fraktur i vänster sackralvinge.", SACRAL, ["present"]),
    ("Sackrumfraktur bilateralt.", SACRAL, ["present"]),
    ("Fraktur genom vänster ramos inferior.", RAMUS, ["present"]),
    ("Ramosfraktur höger, ej förskjuten.", RAMUS, ["present"]),
    ("Fraktur i höger os pubes.", RAMUS, ["present"]),
])
def test_outside51_sv_a_misheard_site_word_is_the_site(sentence, concept, expected):
    assert assertions(sentence, "sv", concept, "radiology") == expected


@pytest.mark.parametrize("sentence", [
    "Sackar efter i rehabiliteringen. Ont i höger knä.",
    "Dr Ramos bedömer patienten i morgon. Ingen fraktur i höften.",
    "Remiss från dr Ramos, fraktur i handleden.",
    "Öm över pubes. Ingen fraktur i höften.",
])
def test_outside51_sv_words_that_only_look_like_the_misheard_ones_name_no_site(sentence):
    found = assertions_by_concept(sentence, "sv")
    assert SACRAL not in found and RAMUS not in found


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. Gjort MR av sackrum, ingen fraktur.", [("mri", "performed", True)]),
    ("Lumbago. Remiss DT sackrum skickad.", [("ct", "requested", True)]),
])
def test_outside51_sv_a_misheard_sacrum_is_the_region_of_its_exam(text, expected):
    assert exam_rows(text, "sv") == expected


def test_outside51_sv_an_mri_of_the_misheard_sacrum_works_up_low_back_pain():
    rows = [("n1", "2025-02-01", "outpatient", "", "79-årig kvinna med ont i korsryggen. Remiss MR sackrum.", "sv"),
            ("n2", "2025-02-20", "outpatient", "", "MR av sackrum gjord 2025-02-15 utan fraktur.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "mri")


# --- 'ingenting' dictated for 'ingen' ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Ingenting kotkompression av L2.", VCF),
    ("Ingenting fraktur i sakrum eller blygdben.", SACRAL),
    ("Ingenting ramusfraktur.", RAMUS),
    ("Pat har ingenting ont i ländryggen.", LBP),
])
def test_outside51_sv_ingenting_right_before_the_finding_denies_it(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["negated"]


@pytest.mark.parametrize("sentence", [
    "Ingenting hjälper mot hennes ländryggssmärta.",
    "Ingenting har lindrat smärtan i korsryggen.",
    "Ingenting nytt, fortsatt ont i ländryggen.",
    "Det finns ingenting mer att göra åt lumbagon.",
    "Ingenting av smärtstillande biter på ländryggssmärtan.",
])
def test_outside51_sv_ingenting_that_helps_or_changes_denies_nothing(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


# --- punctuation dictated as words -----------------------------------------------------------------------------------
@pytest.mark.parametrize("written, read", [
    ("fynd kolon ingen fraktur i höften punkt fraktur i ramus punkt",
     "fynd: ingen fraktur i höften. Fraktur i ramus."),
    ("inga frakturer ny rad sakrum med ödem punkt", "inga frakturer\nSakrum med ödem."),
    ("status kolon öm komma svullen punkt nytt stycke bedömning kolon lumbago punkt",
     "status: öm, svullen.\nBedömning: lumbago."),
])
def test_outside51_sv_dictated_punctuation_reads_as_the_marks(written, read):
    got = read_text(written)
    assert got.text == read
    assert got.span(0, len(got.text))[2] == written  # offsets still point into the text as written


@pytest.mark.parametrize("written", [
    "Ömmaste punkt över höger SI-led. Får komma åter vid behov.",
    "Divertiklar i kolon punkt",  # a spoken stop at the end, but "i kolon" is the bowel
    "Punkt 3 i vårdplanen: smärtlindring.",
])
def test_outside51_sv_the_words_as_words_keep_their_reading(written):
    text = read_text(written).text
    assert "punkt" in text.lower() or "kolon" in text


@pytest.mark.parametrize("text, concept, expected", [
    ("inga frakturer i ramus ny rad sakrum med frakturlinje i vänster ala punkt", SACRAL, ["present"]),
    ("ingen fraktur i sakrum punkt kompressionsfraktur av L1 punkt", VCF, ["present"]),
    ("ingen fraktur i höften punkt nytt stycke fraktur i höger ramus inferior punkt", RAMUS, ["present"]),
    ("frågeställning kolon ont i ländryggen sedan fall punkt ny rad fynd kolon ingen fraktur punkt", LBP, ["present"]),
])
def test_outside51_sv_a_denial_stops_at_the_dictated_stop(text, concept, expected):
    assert assertions(text, "sv", concept, "radiology") == expected


@pytest.mark.parametrize("text, concept, expected", [
    ("fraktur i höger ramus superior punkt ny rad sakrum utan fraktur punkt", SACRAL, ["negated"]),
    ("fynd kolon ingen fraktur i sakrum komma inga kotkompressioner punkt", VCF, ["negated"]),
])
def test_outside51_sv_a_denial_after_the_dictated_stop_keeps_its_reach(text, concept, expected):
    assert assertions(text, "sv", concept, "radiology") == expected


# --- compounds parted by dictation -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Rtg visar blygd bensfraktur vänster.", RAMUS, ["present"]),
    ("Ingen blygd bens fraktur.", RAMUS, ["negated"]),
    ("Kors bensfraktur höger sida.", SACRAL, ["present"]),
    ("Misstänkt kors bens fraktur.", SACRAL, ["uncertain"]),
    ("Har höft protes höger sedan 2012.", "hip_prosthesis", ["present"]),
    ("Opererad med total höft plastik 2019.", "hip_prosthesis", ["present"]),
])
def test_outside51_sv_a_compound_parted_by_dictation_is_the_compound(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


@pytest.mark.parametrize("sentence", [
    "Blygd ben ömt vid palpation.",
    "Sitter med benen i kors.",
    "Ont i höft, protes i knä sedan tidigare.",
])
def test_outside51_sv_the_parted_words_alone_name_nothing(sentence):
    found = assertions_by_concept(sentence, "sv")
    assert not set(found) & {RAMUS, SACRAL, "hip_prosthesis"}


# --- a correction in the sentence after ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Fraktur i höger sakralvinge. Rättelse: ska vara ingen fraktur i sakrum.", SACRAL, ["negated", "negated"]),
    ("Sakrumfraktur vänster. Feldikterat, ska stå ingen sakrumfraktur.", SACRAL, ["negated", "negated"]),
    ("Kotkompression av L3. Korrigering: ska vara ingen kotkompression.", VCF, ["negated", "negated"]),
    ("Ingen fraktur i ramus. Rättelse: ska vara fraktur i vänster ramus inferior.", RAMUS, ["present", "present"]),
    ("Sakrumfraktur höger. Rättelse: ska vara ramusfraktur höger.", SACRAL, ["negated"]),
])
def test_outside51_sv_a_correction_replaces_what_it_corrects(text, concept, expected):
    assert assertions(text, "sv", concept, "radiology") == expected


@pytest.mark.parametrize("text, concept, expected", [
    ("Fraktur i sakrum. Rättelse: även fraktur i höger ramus.", SACRAL, ["present"]),
    ("Fraktur i sakrum. Rättelse av datum: ska vara 2025-03-04.", SACRAL, ["present"]),
    ("Fraktur i sakrum. Ingen fraktur i ramus. Rättelse: ska vara ingen fraktur i ramus inferior.", SACRAL,
     ["present"]),
])
def test_outside51_sv_a_correction_of_something_else_leaves_the_finding(text, concept, expected):
    assert assertions(text, "sv", concept, "radiology") == expected


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

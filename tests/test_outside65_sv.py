"""Swedish wording families found by the sixty-fifth round's blind notes (tests/data/outside65/sv: röntgensvar från
många sjukhus): a fracture of the vertebrae named in the plural, as a survey read in a report or quoted from one ("ingen
fraktur i kotor eller korsben", "inga frakturer i kotkropparna", "fraktur i två kotor"), a vertebral fracture as "fraktur
i kotan" is (concepts.json, vertebral_compression_fracture: "fraktur på bröstkota ... ingen fraktur i kotorna"); and a
suspected fracture that the re-reading explains as a mimic ("Den misstänkta frakturlinjen i sakrum motsvarar ett
kärlkanalsförlopp", "bedöms vid eftergranskning vara artefakt", "tolkas som normalvariant"), no fracture (context.json,
a negating trigger that follows the finding and outranks its suspicion). Each family by several differently worded
sentences, and its look-alikes: the vertebrae named with no fracture ("Ont i ryggen, sitter i kotorna"), artefacts that
only limit the view ("svårbedömd pga artefakter", "delvis skymd av artefakter"), a mimic denied ("som inte är en
artefakt"), and an unconfirmed compression then called a variant (outside10's S10-18: stays suspected)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, case_mismatches, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside65" / "sv"
VCF, SACRAL, RAMUS = "vertebral_compression_fracture", "sacral_fracture", "pubic_ramus_fracture"


def _read(text: str, note_type: str = "clinical") -> dict[str, list[str]]:
    """The fracture concepts of a single Swedish note, with their assertions in text order."""
    found = assertions_by_concept(text, "sv", note_type)
    return {c: a for c, a in found.items() if c in (VCF, SACRAL, RAMUS)}


# --- the vertebrae in the plural after a fracture word: a vertebral fracture ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("MR ländrygg genomgången med pat: degenerativa förändringar, ingen fraktur i kotor eller korsben.",
     {VCF: ["negated"], SACRAL: ["negated"]}),
    ("Ingen fraktur i kotorna.", {VCF: ["negated"]}),
    ("DT buk: inga frakturer i kotkropparna.", {VCF: ["negated"]}),
    ("Utan fraktur i kotor och korsben.", {VCF: ["negated"], SACRAL: ["negated"]}),
    ("Ingen fraktur i ryggkotor eller bäcken.", {VCF: ["negated"]}),
    ("Ingen fraktur i någon kota.", {VCF: ["negated"]}),
    ("Fraktur i kotor eller korsben kan uteslutas.", {VCF: ["negated"], SACRAL: ["negated"]}),
    ("Frakturer i två kotor efter fallet.", {VCF: ["present"]}),
    ("Fraktur i kotkropparna Th12 och L1.", {VCF: ["present"]}),
    ("Fraktur i kotorna kan ej uteslutas.", {VCF: ["uncertain"]}),
    ("Ingen fraktur i kotor men misstänkt fraktur i korsbenet.", {VCF: ["negated"], SACRAL: ["uncertain"]}),
])
def test_outside65_sv_a_fracture_of_the_vertebrae_in_the_plural(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ont i ryggen, sitter i kotorna.", {}),
    ("Degenerativa förändringar i kotorna, ingen fraktur i sakrum.", {SACRAL: ["negated"]}),
    ("Ingen fraktur i ramus. Spondylos i kotorna.", {RAMUS: ["negated"]}),
    ("Fraktur i höger ramus inferior. Kotorna ua.", {RAMUS: ["present"], VCF: ["negated"]}),
    ("Ingen fraktur i kota eller sakrum.", {VCF: ["negated"], SACRAL: ["negated"]}),
    ("Ingen fraktur i ländkotorna.", {VCF: ["negated"]}),
])
def test_outside65_sv_the_vertebrae_without_a_fracture_word_keep_their_reading(text, expected):
    assert _read(text) == expected


# --- a suspected fracture the re-reading explains as a mimic: no fracture ------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Den misstänkta frakturlinjen i sakrum motsvarar ett kärlkanalsförlopp.", {SACRAL: ["negated"]}),
    ("Misstänkt fraktur i vänster sakralvinge på preliminärsvaret bedöms vid eftergranskning vara artefakt.",
     {SACRAL: ["negated"]}),
    ("Misstänkt fraktur i höger ramus superior, vid eftergranskning rörelseartefakt.", {RAMUS: ["negated"]}),
    ("Misstänkt kompression av L1 tolkas som normalvariant.", {VCF: ["negated"]}),
    ("Den misstänkta ramusfrakturen representerar en kärlfåra.", {RAMUS: ["negated"]}),
    ("Den på jouren misstänkta sakrumfrakturen motsvarar vid eftergranskning ett kärlforamen.", {SACRAL: ["negated"]}),
    ("Frakturlinjen i sakrum motsvarar ett kärlkanalsförlopp.", {SACRAL: ["negated"]}),
])
def test_outside65_sv_a_suspicion_explained_as_a_mimic_is_no_fracture(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # artefacts that limit the view leave the finding as it was
    ("Sakrumfraktur, delvis skymd av artefakter från höftprotesen.", {SACRAL: ["present"]}),
    ("Fraktur i ramus superior, svårbedömd pga artefakter.", {RAMUS: ["present"]}),
    ("Sakrumfraktur vä. Rörelseartefakter begränsar bedömningen.", {SACRAL: ["present"]}),
    ("Fraktur i sakrum. Bedömningen är begränsad av artefakter.", {SACRAL: ["present"]}),
    # a mimic denied, or a re-reading that keeps the finding
    ("Sakrumfraktur som inte är en artefakt.", {SACRAL: ["present"]}),
    ("Fraktur i vä sakralvinge är artefaktfri på STIR.", {SACRAL: ["present"]}),
    ("Misstänkt sakrumfraktur, ej artefakt.", {SACRAL: ["uncertain"]}),
    ("Fraktur i ramus superior som vid eftergranskning är tydlig.", {RAMUS: ["present"]}),
    ("Misstänkt sakrumfraktur. Vid eftergranskning kvarstår misstanken.", {SACRAL: ["uncertain"]}),
    ("Sakrumfraktur bedöms vara insufficiensfraktur.", {SACRAL: ["present"]}),
    # not confirmed, then called a variant: the doubt stands (outside10's S10-18)
    ("Eftergranskning av röntgen med radiolog: den ifrågasatta kompressionen av Th7 kunde ej bekräftas, bedöms som "
     "normalvariant.", {VCF: ["uncertain"]}),
])
def test_outside65_sv_artefacts_that_limit_the_view_keep_the_finding(text, expected):
    assert _read(text) == expected


# --- whole patients -------------------------------------------------------------------------------------------------
def test_outside65_sv_a_sacral_suspicion_withdrawn_on_re_reading_does_not_flag():
    rows = [("n1", "2025-03-03", "radiology", "Rtg bäcken",
             "RTG BÄCKEN\nFrågeställning: 82-årig kvinna, fall. Fraktur?\nFynd: Misstänkt fraktur i vänster "
             "sakralvinge på preliminärsvaret bedöms vid eftergranskning vara artefakt. Ingen fraktur i ramus.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "radiograph_only")


def test_outside65_sv_fractures_of_two_vertebrae_flag():
    rows = [("n1", "2025-03-03", "clinical", "",
             "Ortopedmott. 80-årig kvinna. Föll i badrummet, ont i ryggen mellan skulderbladen. Rtg: fraktur i "
             "kotorna Th7 och Th8.", "sv")]
    case = only_case(rows)
    assert flag_and_workup(case) == ("true", "radiograph_only")
    assert case["reasons"] == VCF


def test_outside65_sv_a_lumbar_report_reading_the_sacrum_is_a_workup():
    rows = [("n1", "2025-01-20", "radiology", "MR ländrygg",
             "MR LÄNDRYGG\nFrågeställning: 81 år, smärta i ländryggen. Fraktur?\nFynd: Normal kothöjd L1-L5. "
             "Sakrum och SI-lederna utan frakturtecken eller benmärgsödem.", "sv"),
            ("n2", "2025-02-03", "outpatient", "",
             "Ryggmottagningen. 81-årig kvinna, MR ländrygg genomgången: ingen fraktur i kotor eller korsben. "
             "Ländryggsvärken bättre.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "mri")


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

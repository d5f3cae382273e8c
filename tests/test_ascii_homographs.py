"""Swedish words that become other words when å/ä/ö are missing, as in notes typed on a keyboard without them.

"varken ... eller" (neither ... nor) against "värken" (the ache): folded, the two are one word. The conjunction denies
what follows it only together with its "eller"; alone, at the head of a sentence about the back, "varken" is the ache.
A lexicon exclusion (``head_only``) and a negation trigger (``needs_after``) both wait for the "eller".

"besvarad" (answered: "Remissen besvaras") against "besvärad av" (troubled by): before "av" it is the trouble.
"""
import pytest

from tests.phrasing import assertions

LBP = "low_back_pain"


@pytest.mark.parametrize("text", [
    "Varken i ländryggen har ökat sedan i går.",
    "Varken i landryggen ar battre efter Alvedon.",
    "Pat uppger att varken sitter lågt i ryggen.",
    "Varken i korsryggen kvarstår, NRS 6.",
])
def test_the_ache_without_its_dots_is_back_pain(text):
    assert assertions(text, "sv", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "Hon har varken ländryggssmärta eller feber.",
    "Varken lumbago eller ischias.",
    "Varken landryggssmarta eller feber.",
    "Inga besvär varken i vila eller vid belastning, ländryggssmärta saknas.",
])
def test_neither_nor_still_denies(text):
    assert assertions(text, "sv", LBP) == ["negated"]


@pytest.mark.parametrize("text", [
    "Ingen smärta varken i ländryggen eller i höften.",
    "Ingen smarta varken i landryggen eller i hoften.",
])
def test_neither_nor_over_sites_is_no_ache(text):
    assert "present" not in assertions(text, "sv", LBP)


@pytest.mark.parametrize("text", [
    "Värken i ländryggen har ökat sedan i går.",
    "Värken sitter lågt i ryggen.",
])
def test_the_ache_with_its_dots_reads_as_before(text):
    assert assertions(text, "sv", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "Besvarad av ryggvark i korsryggen, lindrig.",
    "Pat ar besvarad av smarta i landryggen sedan fallet.",
])
def test_troubled_by_without_its_dots_is_back_pain(text):
    assert assertions(text, "sv", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "Remissen besvarad, landryggen ua.",
    "Remissen besvaras med MR landrygg.",
])
def test_an_answered_referral_is_no_back_pain(text):
    assert "present" not in assertions(text, "sv", LBP)

"""Back pain with no level counts as low-back pain only where the note places it low (issue 11 item 5).

Each case is a whole note: (language, text, expected), expected being the (text, assertion) of every low-back pain
mention that ``reportminer.extract`` finds. Swedish cases run twice, as written and with å/ä/ö written a/a/o.
"""
from __future__ import annotations

import json

import pytest

import reportminer
from reportminer.lexicon import LexiconError, load_lexicon

LBP = "low_back_pain"

PLACED_LOW = [
    ("sv", "Ryggsmärta sedan 1 v. Status: palpationsöm över ländryggen.", {("Ryggsmärta", "present")}),
    ("sv", "Kontaktorsak: Ont i ryggen.\nAktuellt: Utstrålning ned i vänster ben sedan i går.",
     {("Ont i ryggen", "present")}),
    ("sv", "Rygg-värk sedan fallet. MR visar diskbråck L4-L5.", {("Rygg-värk", "present")}),
    ("sv", "Ryggen värker sedan fallet. Tidigare ischias.", {("Ryggen värker", "present")}),
    ("sv", "Kontaktorsak: Ryggvärk.\nStatus: Lasègue negativ bilateralt.", {("Ryggvärk", "present")}),
    ("sv", "Känd lumbago-ischias. Nu ökad ryggsmärta.", {("lumbago", "present"), ("ryggsmärta", "present")}),
    ("sv", "Förnekar ryggsmärta. Rörlighet i ländryggen ua.", {("ryggsmärta", "negated")}),
    ("sv", "Lågt sittande ryggsmärta sedan en vecka. Ryggsmärtan har nu lättat något.",
     {("Lågt sittande ryggsmärta", "present"), ("Ryggsmärtan", "present")}),  # refers back to the placed one
    ("sv", "Ont i nedre delen av ryggen.", {("Ont i nedre delen av ryggen", "present")}),
    ("en", "Back pain since yesterday. Positive straight leg raise on the left.", {("Back pain", "present")}),
    ("en", "CC: back pain\nHPI: the pain radiates down the left leg to the foot.", {("back pain", "present")}),
    ("en", "She reports that her back is sore. Tender over the lumbar spine.", {("back is sore", "present")}),
    ("en", "Backache for two weeks. History of sciatica.", {("Backache", "present")}),
    ("en", "Denies back pain. Lumbar spine nontender.", {("back pain", "negated")}),
    ("en", "Chronic lumbago. Her back pain is worse this week.", {("lumbago", "present"), ("back pain", "present")}),
]

NOT_PLACED_LOW = [
    ("sv", "Ryggsmärta sedan 1 v, ingen feber.", set()),
    ("sv", "Ont i ryggen sedan i går. Afebril.", set()),
    ("sv", "Ryggvärk sedan flera år, ffa i bröstryggen. Lumbalt ua.", set()),  # its own sentence places it higher
    ("sv", "Ryggsmärta. Ont mellan skulderbladen. Tidigare ischias.", set()),  # the note places it higher
    ("sv", "Inget ont i ryggen. St p kompressionsfraktur L2 2022, MR bäcken utan sakrumfraktur.", set()),
    ("sv", "Förnekar tidigare ryggbesvär men har nu ont i ländryggen.", {("ont i ländryggen", "present")}),
    ("en", "Back pain since yesterday.", set()),
    ("en", "Thoracic back pain between the shoulder blades. Old L1 compression fracture.", set()),
    ("en", "Mid back pain. History of sciatica.", set()),
    ("en", "Pain in the back of the head. Lumbar spine tenderness.", set()),
    ("en", "Chest pain radiating to the back. L4-L5 disc herniation in 2010.", set()),
    ("en", "Upper back pain after lifting. No sciatica.", set()),
]


def _unaccented(text: str) -> str:
    return text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))


def _cases(cases):
    for i, (language, text, expected) in enumerate(cases):
        yield pytest.param(language, text, expected, id=f"{language}-{i:02d}")
        if language == "sv" and _unaccented(text) != text:
            expected_plain = {(_unaccented(t), a) for t, a in expected}
            yield pytest.param(language, _unaccented(text), expected_plain, id=f"{language}-{i:02d}-plain")


def _lbp(language: str, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.assertion) for m in reportminer.extract(text, language=language) if m.concept == LBP}


@pytest.mark.parametrize("language, text, expected", list(_cases(PLACED_LOW)))
def test_placement_back_pain_placed_low_by_the_note_is_low_back_pain(language, text, expected):
    assert _lbp(language, text) == expected


@pytest.mark.parametrize("language, text, expected", list(_cases(NOT_PLACED_LOW)))
def test_placement_back_pain_not_placed_low_is_no_mention(language, text, expected):
    assert _lbp(language, text) == expected


def test_placement_mention_says_it_was_placed_by_the_note():
    found = reportminer.extract("Ryggsmärta. Status: öm över ländryggen.", language="sv")
    assert [(m.text, m.placed) for m in found] == [("Ryggsmärta", False)]
    found = reportminer.extract("Ont i ländryggen.", language="sv")
    assert [(m.text, m.placed) for m in found] == [("Ont i ländryggen", True)]


def test_placement_lexicon_rejects_unknown_back_pain_key(tmp_path):
    folder = tmp_path / "sv"
    folder.mkdir()
    data = {"language": "sv", "purpose": "concepts", "description": "site", "back_pain": {"high": []}}
    (folder / "concepts.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"back_pain.*allowed"):
        load_lexicon("sv", tmp_path)

"""Round thirty-three, Swedish: själva sakrumfrakturen — dokumenterad, misstänkt eller avfärdad. The wording
families that a red team's notes (tests/data/outside33/sv: a sacral fracture stated, hedged, awaited, dismissed)
showed the pipeline misreading, each by several differently worded sentences, with look-alikes that must keep their
reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, flag_and_workup, only_case, scored_set

SACRAL = "sacral_fracture"
SET = Path(__file__).resolve().parent / "data" / "outside33" / "sv"


# --- a suspicion dismissed in the past tense or the perfect ("avfärdades", "har avfärdats", "avskrevs", ----------
# --- "avfärdad efter MR"): the finding is denied, as "avfärdas"/"avskrivs" already were --------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Misstänkt sakrumfraktur avfärdades på DT bäcken 5/11.", SACRAL),
    ("Misstanken om sakral insufficiensfraktur har avfärdats efter MR bäcken.", SACRAL),
    ("Sakrumfraktur avskrevs efter normal skelettscintigrafi.", SACRAL),
    ("Frågan om fraktur i korsbenet avfärdades av ortopeden efter DT.", SACRAL),
    ("Misstanke om kotkompression avfärdad efter MR ländrygg.", "vertebral_compression_fracture"),
    ("Ramusfraktur avfärdades på DT bäcken.", "pubic_ramus_fracture"),
])
def test_outside33_sv_a_dismissed_suspicion_is_denied(sentence, concept):
    assert assertions_by_concept(sentence, "sv").get(concept) == ["negated"]


@pytest.mark.parametrize("sentence, expected", [
    ("Sakrumfraktur avfärdades inte, MR bäcken beställs.", ["uncertain"]),
    ("Misstanken om sakrumfraktur kunde inte avfärdas.", ["uncertain"]),
    ("Misstänkt sakrumfraktur, ej avfärdad.", ["uncertain"]),
    ("Sakrumfraktur kan inte avfärdas.", ["uncertain"]),
    ("Sakrumfrakturen kunde avfärdas på DT.", ["negated"]),
    ("Misstanken om sakrumfraktur avskrivs.", ["negated"]),
])
def test_outside33_sv_a_suspicion_not_dismissed_keeps_its_doubt(sentence, expected):
    assert assertions_by_concept(sentence, "sv").get(SACRAL) == expected


# --- the suspicion in its definite form ("Misstanken om sakrumfraktur kvarstår"): a suspicion, not an "om" (if) --
@pytest.mark.parametrize("sentence", [
    "Misstanken om sakrumfraktur kvarstår trots normal slätröntgen.",
    "Misstanken om sakral insufficiensfraktur stärks av MR-fynden.",
    "Misstanken på fraktur i sakralvingen är stark.",
    "Remiss MR bäcken med misstanken om sakral insufficiensfraktur.",
])
def test_outside33_sv_the_definite_suspicion_is_uncertain(sentence):
    assert assertions_by_concept(sentence, "sv").get(SACRAL) == ["uncertain"]


@pytest.mark.parametrize("sentence, expected", [
    ("Om misstanken om sakrumfraktur kvarstår görs MR bäcken.", ["hypothetical"]),
    ("Vid misstanke om sakrumfraktur görs MR bäcken.", ["hypothetical"]),
    ("Ingen misstanke om sakrumfraktur.", ["negated"]),
    ("Om sakrumfraktur bekräftas på MR ges avlastning.", ["hypothetical"]),
])
def test_outside33_sv_conditions_and_denials_keep_their_reading(sentence, expected):
    assert assertions_by_concept(sentence, "sv").get(SACRAL) == expected


# --- the case: a suspicion dismissed on a study is no open suspicion once the study is done ----------------------
def test_outside33_sv_a_dismissed_suspicion_after_ct_is_not_flagged():
    rows = [("n1", "2025-11-04", "emergency", "", "81-årig kvinna med smärta i korsryggen. Misstänkt sakrumfraktur. "
             "Inväntar DT bäcken.", "sv"),
            ("n2", "2025-11-05", "radiology", "DT bäcken", "Fynd: Ingen fraktur i sakrum eller ramus.", "sv"),
            ("n3", "2025-11-07", "discharge", "", "Misstänkt sakrumfraktur avfärdades på DT bäcken 5/11.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "ct")


def test_outside33_sv_a_suspicion_never_studied_flags():
    rows = [("n1", "2025-03-25", "outpatient", "", "76-årig kvinna med ländryggssmärta. Misstanken om sakral "
             "insufficiensfraktur kvarstår. Remiss MR bäcken.", "sv")]
    case = only_case(rows)
    assert flag_and_workup(case) == ("true", "ordered") and case["priority"] == "high"


def test_outside33_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

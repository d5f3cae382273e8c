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


# --- the perfect with "kunnat" ("har inte kunnat påvisas", "har ej kunnat bekräftas", "har kunnat uteslutas"): -----
# --- not shown is denied, not confirmed or not excluded is doubted, excluded is denied ----------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sakrumfraktur har inte kunnat påvisas på DT bäcken.", SACRAL, ["negated"]),
    ("Någon fraktur i sakralvingen har ej kunnat ses på MR.", SACRAL, ["negated"]),
    ("Kotkompression har ej kunnat påvisas.", "vertebral_compression_fracture", ["negated"]),
    ("Sakrumfraktur har kunnat uteslutas med MR.", SACRAL, ["negated"]),
    ("Sakral insufficiensfraktur har inte kunnat bekräftas.", SACRAL, ["uncertain"]),
    ("Fraktur i korsbenet har inte kunnat uteslutas.", SACRAL, ["uncertain"]),
    ("Ramusfraktur har ej kunnat uteslutas på slätröntgen.", "pubic_ramus_fracture", ["uncertain"]),
])
def test_outside33_sv_the_perfect_with_kunnat(sentence, concept, expected):
    assert assertions_by_concept(sentence, "sv").get(concept) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sakrumfraktur har kunnat påvisas på MR.", ["present"]),
    ("Pat har inte kunnat gå sedan sakrumfrakturen.", ["present"]),
    ("Sakrumfraktur, pat har inte kunnat sitta.", ["present"]),
    ("Man har inte kunnat påvisa någon sakrumfraktur.", ["negated"]),
])
def test_outside33_sv_kunnat_look_alikes_keep_their_reading(sentence, expected):
    assert assertions_by_concept(sentence, "sv").get(SACRAL) == expected


# --- a qualifier after a comma that closes its sentence, alone or with a short source or date ("Sakrumfraktur, ----
# --- utesluten.", "..., ej påvisad på DT.", "..., läkt sedan 2023."): it qualifies the finding before the comma ----
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sakrumfraktur, utesluten.", SACRAL, ["negated"]),
    ("Fraktur i vänster sakralvinge, ej påvisad på DT.", SACRAL, ["negated"]),
    ("Ramusfraktur, utesluten på DT.", "pubic_ramus_fracture", ["negated"]),
    ("Sakral insufficiensfraktur, läkt sedan 2023.", SACRAL, ["historical"]),
    ("Sakrumfraktur, läkt enligt DT.", SACRAL, ["historical"]),
    ("Kotkompression L1, läkt 2019.", "vertebral_compression_fracture", ["historical"]),
])
def test_outside33_sv_a_qualifier_after_a_comma_closing_its_sentence(sentence, concept, expected):
    assert assertions_by_concept(sentence, "sv").get(concept) == expected


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Ramusfraktur vä, trolig sakrumfraktur.", "pubic_ramus_fracture", ["present"]),
    ("Sakrumfraktur, ej påvisad på DT men synlig på MR.", SACRAL, ["present"]),
    ("Kotkompression L1, ej sedd på MR i mars.", "vertebral_compression_fracture", ["present"]),
    ("Ny fraktur i vänster ramus superior, ej synlig vid föregående DT.", "pubic_ramus_fracture", ["present"]),
    ("Ny fraktur i ramus superior, ej synlig tidigare.", "pubic_ramus_fracture", ["present"]),
    ("Ramusfraktur vä, sakrum ua.", "pubic_ramus_fracture", ["present"]),
    ("Sakrumfraktur vä, ej dislocerad.", SACRAL, ["present"]),
    ("Sakrumfraktur, verifierad med DT 3/4.", SACRAL, ["present"]),
])
def test_outside33_sv_comma_look_alikes_keep_their_reading(sentence, concept, expected):
    assert assertions_by_concept(sentence, "sv").get(concept) == expected


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

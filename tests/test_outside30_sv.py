"""Swedish wording families found by the thirtieth round's red-team notes (tests/data/outside30/sv: siffror och koder,
numbers and codes that look alike): a height loss the radiologist judges as no fracture ("höjdreduktion under 15 %,
inte att betrakta som fraktur", "bedöms inte som en fraktur") read as a compression; and a bone scan's uptake denied
or normal at the sacrum ("Inget patologiskt upptag i sakrum", "Normalt upptag i sakrum") not read as a denied sacral
fracture. Each family by at least two differently worded sentences, and its look-alikes (nerve roots, disc levels,
ranges, sequences, dates next to levels, Genant grades in digits, ICD-10-SE codes) that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, scored_set

SET = Path(__file__).parent / "data" / "outside30" / "sv"
LBP, RAMUS, VCF, SACRAL = "low_back_pain", "pubic_ramus_fracture", "vertebral_compression_fracture", "sacral_fracture"


# --- a height loss judged as no fracture ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Lätt konkav övre täckplatta L4, höjdreduktion under 15 %, inte att betrakta som fraktur (Genant grad 0).",
    "Höjdreduktion av L2 ca 10 %, ej att betrakta som kompressionsfraktur.",
    "Lätt kilform av Th12, som betraktas inte som fraktur utan som normalvariant.",
    "Kilformig L1 med 10 % höjdreduktion, bedöms inte som en fraktur.",
    "Lätt höjdreduktion av L3 framtill, räknas inte som kompression.",
])
def test_outside30_sv_a_height_loss_judged_as_no_fracture_is_denied(text):
    assert assertions(text, "sv", VCF, "radiology") == ["negated"]


@pytest.mark.parametrize("text, expected", [
    ("Kompressionsfraktur L1 med 30 % höjdreduktion, att betrakta som färsk.", ["present"]),
    ("Kilformig kompression L1, som bör betraktas som osteoporotisk fraktur.", ["present"]),
    ("Kompression L1 med 30 % höjdreduktion. Höjdreduktion av L2 under 10 %, inte att betrakta som fraktur.",
     ["negated", "present"]),
    ("Kilformig kompression av L1 med ca 30 % höjdreduktion framtill, bakre kanten intakt.", ["present"]),
    ("L1: Genant grad 1 (ca 20 % höjdreduktion).", ["present"]),
    ("VFA: Kotfraktur Th12 grad 2 enligt Genant.", ["present"]),
])
def test_outside30_sv_a_compression_with_its_numbers_keeps_its_reading(text, expected):
    assert sorted(set(assertions(text, "sv", VCF, "radiology"))) == expected


# --- a bone scan's uptake denied or normal at the sacrum ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Inget patologiskt upptag i sakrum eller bäckenet.",
    "Inget ökat upptag över korsbenet.",
    "Normalt upptag i sakrum och SI-lederna.",
    "Ingen upptagsökning i sakrum.",
])
def test_outside30_sv_no_uptake_in_the_sacrum_denies_its_fracture(text):
    assert assertions(text, "sv", SACRAL, "radiology") == ["negated"]


@pytest.mark.parametrize("text, expected", [
    ("Ökat upptag i sakrum bilateralt, H-format.", ["present"]),
    ("Ökat upptag i sakrum vänster, förenligt med insufficiensfraktur.", ["present"]),
    ("Ökat upptag i L1 av linjär typ, förenligt med kompressionsfraktur.", []),
])
def test_outside30_sv_uptake_at_the_sacrum_keeps_its_reading(text, expected):
    assert sorted(set(assertions(text, "sv", SACRAL, "radiology"))) == expected


# --- numbers and codes that look alike (look-alikes the rules read right on first contact) ---------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Disk L5-S1: vänstersidigt paramedianbråck som trycker på S1-roten i recessen.", VCF, []),
    ("L4-L5: diskbråck vä med kompression av L5-roten i recessen.", VCF, []),
    ("Lumbago-ischias hö med S1-rotpåverkan.", SACRAL, []),
    ("Kompressionsfrakturer Th11-L2 med 20-40 % höjdreduktion.", VCF, ["present"]),
    ("Kilformig kotkompression T12 med ca 20 % höjdreduktion framtill.", VCF, ["present"]),
    ("Spondylolistes grad 1 L5-S1 (ca 15 %). Kotkropparnas höjd är bevarad.", VCF, ["negated"]),
    ("Frakturlinje genom vänster sakrala ala som når S1- och S2-foramina (Denis zon II).", SACRAL, ["present"]),
    ("Hela os sacrum S1-S5 avbildat med normal signal, ingen fraktur.", SACRAL, ["negated"]),
])
def test_outside30_sv_levels_roots_and_ranges_keep_their_reading(text, concept, expected):
    assert sorted(set(assertions(text, "sv", concept, "radiology"))) == expected


@pytest.mark.parametrize("text, concept, expected", [
    ("Diagnoser:\nS32.1 Fraktur på korsbenet\nM80.0 Postmenopausal osteoporos med patologisk fraktur", SACRAL,
     ["present"]),
    ("Diagnoser: S32.5 Fraktur på blygdbenet, vänster. M81.0 Postmenopausal osteoporos.", RAMUS, ["present"]),
    ("Tidigare: S32.5 Fraktur på blygdbenet 2019, läkt.", RAMUS, ["historical"]),
    ("Diagnos: M48.5 Kotkompression L2 (kollaps av kota).", VCF, ["present"]),
    ("Diagnoser: M54.5, I48.9, M81.0 Postmenopausal osteoporos", SACRAL, []),
    ("Diagnoser: M80.0 Postmenopausal osteoporos med patologisk fraktur.", VCF, []),
])
def test_outside30_sv_diagnosis_codes_keep_their_reading(text, concept, expected):
    assert sorted(set(assertions(text, "sv", concept, "discharge"))) == expected


# --- the set ---------------------------------------------------------------------------------------------------------
def test_outside30_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside30_sv_set_flags_priorities_and_workups_match_gold():
    assert case_mismatches(SET, ("flagged", "priority", "workup", "reasons")) == []

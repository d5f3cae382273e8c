"""Swedish wording families found by the twentieth round's outside-author notes (tests/data/outside20/sv: the
radiologist's classifications, grades and descriptive vocabulary): an endplate ("täckplattorna L2-L4") is no field
of view that ends at L4, so a lumbar report that reads the sacrum still covers it; a vertebral level written with a
space ("Th 12", "L 2", "T 12"); the half of the sacrum ("hemisakrum"); the sacrum heading a list and a colon before
its denied fracture ("Sakrum och SI-lederna: normal signal, ingen fraktur"); a study the clinician refrains from as
needless ("bedöms inte påverka handläggningen, avstår DT"), which is no order; "utan säker(t)" as the hedge "inga
säkra" is; the SI joints named as imaged or normal in a report, which do not place unlevelled back pain low; and,
found by probing the round's theme beyond the set: an endplate lowered ("sänkt övre täckplatta L3"), a Genant grade
with its level ("Genant grad 2 i L1", "L1: Genant grad 2"), a level "kollaberad", a fracture by Denis' zones ("Denis
zon I-fraktur"), "Honda sign", and the MRI sign of a sacral fracture, a low-signal line in the oedema
("märgödem i vänster sakrala ala med lågsignalerande linje"). Each family by at least two differently worded
sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, one_note, only_case, scored_set

SET = Path(__file__).parent / "data" / "outside20" / "sv"
LBP, RAMUS, SACRAL, VCF = "low_back_pain", "pubic_ramus_fracture", "sacral_fracture", "vertebral_compression_fracture"


# --- an endplate is no field of view: "täckplattorna L2-L4" does not say the study ended at L4 -----------------------
@pytest.mark.parametrize("text", [
    "Fynd: Schmorlska noduli i täckplattorna L2-L4. Ingen kotkompression. Sakrum och SI-lederna utan anmärkning.",
    "Fynd: Sänkt övre täckplatta L1. Sakrum utan fraktur.",
    "Fynd: Modic typ 1 i täckplattan L4-L5. Sakrum och SI-leder ua.",
])
def test_outside20_sv_an_endplate_with_levels_leaves_the_sacrum_read(text):
    assert exam_rows(text, "sv", "radiology", "MR ländrygg") == [("mri", "performed", True)]


@pytest.mark.parametrize("text", [
    "Undersökningen täcker Th12-L5. Sakrum ua.",
    "Fynd: Täckplattorna L1-L3 med Schmorlska noduli. Undersökningen omfattar Th11-L5, sakrum ej avbildat.",
])
def test_outside20_sv_a_field_that_ends_at_a_lumbar_level_still_leaves_the_sacrum_out(text):
    assert exam_rows(text, "sv", "radiology", "MR ländrygg") == [("mri", "performed", False)]


# --- a level written with a space ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Kilformig kompression Th 12 (ca 25 %).",
    "Bikonkav kompression av L 2.",
    "Kompression T 12.",
    "Kompression i L 3 och L 4.",
    "Fraktur L 1.",
])
def test_outside20_sv_a_spaced_level_is_a_vertebra(sentence):
    assert assertions(sentence, "sv", VCF, "radiology") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Lågsignalerande linje på T 1 i L2, ingen kompression.",
    "Ödem på T 2 i ländkotorna, ingen kompression.",
])
def test_outside20_sv_a_spaced_mri_sequence_is_no_vertebra(sentence):
    assert "present" not in assertions(sentence, "sv", VCF, "radiology")


def test_outside20_sv_a_dose_with_a_litre_is_no_level():
    assert assertions("Vätska 2 L 1 gång dagligen.", "sv", VCF) == []


# --- the half of the sacrum ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, label", [
    ("Insufficiensfraktur i vänster hemisakrum, Denis zon II.", "present"),
    ("Fraktur i höger hemisacrum.", "present"),
    ("Hemisakrumfraktur vä.", "present"),
    ("Vänster hemisakrum utan fraktur.", "negated"),
])
def test_outside20_sv_the_half_of_the_sacrum_is_the_sacrum(sentence, label):
    assert assertions(sentence, "sv", SACRAL, "radiology") == [label]


# --- the sacrum heading a list, a colon, then its fracture denied -------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Sakrum och SI-lederna: normal signal, ingen fraktur eller ödem.",
    "Sakrum och SI-leder avbildade: normal signal, ingen fraktur, inga metastaser.",
    "Undersökningen inkluderar sakrum och SI-lederna: inga frakturer där.",
])
def test_outside20_sv_the_sacrum_heading_its_denied_fracture_is_negated(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence, allowed", [
    ("Sakrum: fraktur i vänster ala.", ["present"]),
    ("Sakrum och SI-leder: frakturlinje genom vänster ala, ingen fraktur i höger ala.", ["present", None]),
])
def test_outside20_sv_a_fracture_under_the_sacrum_heading_is_not_denied(sentence, allowed):
    found = assertions(sentence, "sv", SACRAL, "radiology")
    assert "negated" not in found and (found[:1] or [None])[0] in allowed


# --- a study the clinician refrains from as needless is no order ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bedömning: Kontusion, misstänkt sakrumfraktur. Bilddiagnostik bedöms inte påverka handläggningen i nuläget, "
    "avstår DT. Smärtlindring.",
    "Misstänkt sakrumfraktur. Avstår DT bäcken då det inte skulle påverka handläggningen.",
    "Misstänkt sakrumfraktur. Avstår MR eftersom det inte bedöms nödvändigt.",
])
def test_outside20_sv_refraining_from_a_needless_study_is_no_order(text):
    exams = one_note(text, "sv").exams
    assert exams[["status", "reason"]].values.tolist() == [["not_performed", "not_indicated"]]
    case = only_case([("n1", "2024-09-30", "emergency", "", "Man 60 år. " + text, "sv")])
    assert (str(case["flagged"]).lower(), case["priority"], case["workup"]) == ("true", "high", "none")


@pytest.mark.parametrize("text", [
    "Misstänkt sakrumfraktur. Patienten avstår MR bäcken.",
    "Misstänkt sakrumfraktur. MR bäcken remitteras. Pat avstår då hon inte vill åka in.",
    "Misstänkt sakrumfraktur. Avstår DT, patienten vill inte.",
])
def test_outside20_sv_a_patient_who_declines_leaves_the_order(text):
    assert one_note(text, "sv").exams["reason"].tolist() == ["declined"]
    case = only_case([("n1", "2024-09-30", "outpatient", "", "Kvinna 80 år. " + text, "sv")])
    assert case["workup"] == "ordered"


# --- "utan säker(t)" hedges, as "inga säkra" does ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Ramus superior och inferior ossis pubis utan säkert kortikalt avbrott.", RAMUS),
    ("Ramus superior utan säker fraktur.", RAMUS),
    ("Sakrum utan säkra frakturtecken.", SACRAL),
    ("Inga säkra frakturer i främre bäckenringen.", RAMUS),
])
def test_outside20_sv_without_a_sure_fracture_is_uncertain(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["uncertain"]


@pytest.mark.parametrize("sentence, concept", [
    ("Sakrum utan säkra hållpunkter för fraktur.", SACRAL),
    ("Ramus superior utan fraktur.", RAMUS),
    ("Ramus superior och inferior ossis pubis utan kortikalt avbrott.", RAMUS),
])
def test_outside20_sv_without_signs_or_without_a_fracture_stays_negated(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["negated"]


# --- the SI joints named as imaged or normal do not place unlevelled back pain low ----------------------------------
@pytest.mark.parametrize("text", [
    "Frågeställning: Prostatacancer, ryggsmärta, metastaser? Fynd: Sakrum och SI-leder avbildade: normal signal, "
    "ingen fraktur, inga metastaser.",
    "Frågeställning: ryggsmärta. Fynd: SI-lederna kongruenta, inga erosioner.",
    "Frågeställning: ryggsmärta. Fynd: SI-lederna ua.",
])
def test_outside20_sv_joints_imaged_or_normal_place_no_pain(text):
    assert assertions(text, "sv", LBP, "radiology") == []


@pytest.mark.parametrize("text", [
    "Frågeställning: ryggsmärta, ömhet över SI-lederna.",
    "Ryggsmärta som sitter vid SI-leden.",
    "Frågeställning: ryggsmärta, sakroiliit? Fynd: SI-lederna utan erosioner.",
])
def test_outside20_sv_pain_at_the_joints_stays_low(text):
    assert assertions(text, "sv", LBP, "radiology") == ["present"]


# --- the radiologist's signs and grades of a vertebral fracture ----------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Sänkt övre täckplatta L3.",
    "Lätt sänkning av täckplattan på L2.",
    "Genant grad 2 i L1.",
    "L1: Genant grad 2.",
    "Th12 Genant 1.",
    "L4 är kollaberad.",
])
def test_outside20_sv_signs_and_grades_are_compressions(sentence):
    assert assertions(sentence, "sv", VCF, "radiology") == ["present"]


@pytest.mark.parametrize("sentence", [
    "L1: Genant grad 0.",
    "Genant grad 0 i L1.",
    "Sänkt diskhöjd L4-L5.",
    "Kollaberad lunga, L1 ua.",
    "Schmorlska noduli L2-L4.",
    "Limbus vertebra L4.",
    "Modic typ 1-förändringar L4-L5.",
    "Fjärilskota Th9.",
    "Tvärutskottsfraktur L3 vä.",
    "Spondylolys L5.",
    "Degenerativa ändplattsförändringar L3-L5.",
])
def test_outside20_sv_lookalikes_are_no_compressions(sentence):
    assert assertions(sentence, "sv", VCF, "radiology") == []


# --- the radiologist's signs and classes of a sacral fracture ------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Denis zon I-fraktur vänster.",
    "Denis zon 2 fraktur.",
    "Fraktur Denis zon II.",
    "Honda sign.",
    "Positivt Hondas tecken.",
    "Märgödem i vänster sakrala ala med lågsignalerande linje på T1.",
    "Lågsignalerande linje i höger sakralvinge på T1 med omgivande ödem.",
    "Sakrum: ödem i vänster ala med lågsignalerande linje.",
])
def test_outside20_sv_sacral_signs_and_zones_are_fractures(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Zon 1-fraktur i basen av metatarsale V.", []),
    ("Ingen lågsignalerande linje i sakrum.", ["negated"]),
    ("Fraktur i höftbensvingen.", []),
    ("Coccyxfraktur.", []),
    ("Acetabulumfraktur med engagemang av främre pelaren.", []),
    ("Bäckenfraktur.", []),
])
def test_outside20_sv_sacral_lookalikes_keep_their_reading(sentence, expected):
    assert assertions(sentence, "sv", SACRAL, "radiology") == expected


def test_outside20_sv_a_lumbar_report_that_finds_the_sacral_sign_read_the_sacrum():
    text = "Fynd: Kompression L1. Sakrum: ödem i vänster ala med lågsignalerande linje."
    assert exam_rows(text, "sv", "radiology", "MR ländrygg") == [("mri", "performed", True)]


# --- a fracture heading, a colon, then the sites: the sacrum's wing or lateral mass is one site -------------------
@pytest.mark.parametrize("sentence", [
    "Frakturer i främre och bakre bäckenringen: ramus superior vä och sakrala ala vä (FFP IIb).",
    "Frakturer i bäckenringen: ramus inferior hö, sakrala alan hö.",
    "Fraktur: sakrala ala vä.",
    "Fraktur: massa lateralis vä.",
])
def test_outside20_sv_sites_after_a_colon_name_the_sacral_wing(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Frakturer i främre bäckenringen: ramus superior och inferior vä.", SACRAL, []),
    ("Inga frakturer i bakre bäckenringen: sakrum och SI-leder ua.", SACRAL, ["negated"]),
    ("Frakturer i främre och bakre bäckenringen: ramus superior vä och sakrala ala vä.", RAMUS, ["present"]),
])
def test_outside20_sv_sites_after_a_colon_keep_their_reading(sentence, concept, expected):
    assert sorted(set(assertions(sentence, "sv", concept, "radiology"))) == expected


# --- a level as a field, its value the compression; "crush"; a ramus near the symphysis; a ramus branch as a field ----
@pytest.mark.parametrize("sentence, concept, expected", [
    ("L1: kilformig.", VCF, ["present"]),
    ("Th12: kilformig, Genant 2.", VCF, ["present"]),
    ("L3: lätt kompression.", VCF, ["present"]),
    ("L1: ingen kompression.", VCF, ["negated"]),
    ("Crush L4.", VCF, ["present"]),
    ("Crushdeformitet av L4.", VCF, ["present"]),
    ("Symfysnära fraktur vä.", RAMUS, ["present"]),
    ("Ramus inferior: frakturlinje.", RAMUS, ["present"]),
    ("Ramus superior vä: ingen fraktur.", RAMUS, ["negated"]),
])
def test_outside20_sv_fields_and_short_forms_of_the_sites(sentence, concept, expected):
    assert assertions(sentence, "sv", concept, "radiology") == expected


@pytest.mark.parametrize("sentence, concept", [
    ("L4-L5: kompression av nervroten L5 hö.", VCF),
    ("L5-S1: kompression av S1-roten.", VCF),
    ("L4: kompression av durasäcken.", VCF),
    ("Crushskada på handen.", VCF),
    ("Patienten kollaberade i hemmet.", VCF),
    ("Symfysen ua.", RAMUS),
])
def test_outside20_sv_fields_and_short_forms_keep_their_lookalikes(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == []


# --- back pain placed at the waist is low ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ryggvärk i höjd med midjan.",
    "Ont i ryggen vid midjan, strålar inte.",
    "Ont i ryggen sedan en vecka. Smärtan sitter vid midjan.",
])
def test_outside20_sv_back_pain_at_the_waist_is_low(text):
    assert assertions(text, "sv", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "Ont i ryggen. Har gått ner i vikt runt midjan.",
    "Ont i ryggen mellan skulderbladen. Byxorna sitter löst i midjan.",
])
def test_outside20_sv_the_waist_without_the_pain_places_nothing(text):
    assert assertions(text, "sv", LBP) == []


# --- the set --------------------------------------------------------------------------------------------------------
def test_outside20_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside20_sv_set_flags_priorities_and_workups_match_gold():
    assert case_mismatches(SET, ("flagged", "priority", "workup", "reasons")) == []

"""Swedish wording families found by the forty-seventh round's red-team notes (tests/data/outside47/sv: secondary
osteoporosis in the medical clinics — reumatologi, njurmedicin, endokrinologi, onkologi, gastro, HIV):

- what a drug, a treatment or a disease can bring, said generally ("Strålbehandling mot bäckenet kan ge
  insufficiensfrakturer i sakrum", "kortison kan leda till kotkompressioner", "Aromatashämmare kan orsaka
  benskörhet", "leder ofta till", and after the finding "... kan uppstå", "kan nya kotkompressioner uppstå") is a risk,
  not a finding: `hypothetical`, as "can lead to" is in English (context.json triggers);
- a scintigraphy of an organ ("Sestamibiskintigrafi av bisköldkörtlarna", "Paratyreoideascintigrafi",
  "Tyreoideascintigrafi", "Lungscintigrafi", "DMSA-scintigrafi av transplantatnjuren") images no skeleton: region
  `other`, no sacral workup, and asked for it is no order of one (exams.json `regions.other`, `other_region`,
  `other_region_before`; exams.py reads the exam word itself with the words before it);
- Swedish trade names of systemic glucocorticoids ("Deltison", "Betapred", "Lodotra") are long-term steroid therapy
  with a daily dose, and a course of days stays none (concepts.json class STEROID);
- "muskelreumatism", the everyday name of polymyalgia rheumatica, is a rheumatic disease (class RHEUM);
- "GIOP" is glucocorticoid-induced osteoporosis (concepts.json osteoporosis);
- a vertebral deformity, the word of a VFA ("Th9 deformerad, grad 1", "Deformitet av L1", "Kotkroppsdeformitet Th6",
  "Inga vertebrala deformiteter"), is a vertebral compression fracture, present or denied; a scoliotic or kyphotic
  deformity over several levels and a deformed joint are none.

Each family by several differently worded sentences not taken from the set, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import (assertions, assertions_by_concept, case_mismatches, flag_and_workup, one_note, only_case,
                       scored_set)

SET = Path(__file__).resolve().parent / "data" / "outside47" / "sv"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)]


# --- what a drug or a disease can bring, said generally ------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Denosumab-utsättning kan leda till kotkompressioner i flera nivåer.", "vertebral_compression_fracture"),
    ("Högdos kortison kan orsaka insufficiensfrakturer i sakrum.", "sacral_fracture"),
    ("Aromatashämmare kan medföra benskörhet.", "osteoporosis"),
    ("Strålning mot lilla bäckenet kan ge upphov till frakturer i korsbenet.", "sacral_fracture"),
    ("Glukokortikoider leder ofta till osteoporos.", "osteoporosis"),
    ("Vid fortsatt kortisonbehandling kan nya kotkompressioner uppstå.", "vertebral_compression_fracture"),
    ("Ramusfrakturer kan uppkomma vid lågenergivåld hos äldre.", "pubic_ramus_fracture"),
    ("Benskörhet kan uppstå redan efter några månaders behandling.", "osteoporosis"),
])
def test_outside47_sv_what_a_treatment_can_bring_is_a_risk(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept", [
    ("Kortisonbehandlingen har gett henne osteoporos.", "osteoporosis"),
    ("Fallet ledde till en fraktur i vänster ramus superior.", "pubic_ramus_fracture"),
    ("Hon har en kotkompression L1 som kan ge smärta.", "vertebral_compression_fracture"),
    ("Pat har osteoporos som kan leda till fler frakturer.", "osteoporosis"),
    ("Smärtan i ländryggen uppstod vid ett lyft.", "low_back_pain"),
    ("Insufficiensfrakturen i sakrum kan leda till långvarig smärta.", "sacral_fracture"),
    ("Ont i ländryggen sedan tre veckor, som kan ge sömnproblem.", "low_back_pain"),
])
def test_outside47_sv_a_finding_before_what_it_can_bring_stays_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


def test_outside47_sv_a_general_risk_of_radiation_documents_no_sacral_fracture():
    rows = [("n1", "2025-02-03", "outpatient", "", "68-årig kvinna, strålbehandlad mot bäckenet för analcancer 2022. "
                                                   "Ont i korsryggen sedan en månad. Strålning mot bäckenet kan ge "
                                                   "upphov till insufficiensfrakturer i korsbenet. Remiss MR bäcken.",
             "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "ordered")


def test_outside47_sv_a_general_risk_gives_a_young_man_no_compression():
    rows = [("n1", "2025-02-03", "outpatient", "", "42-årig man med ulcerös kolit, fick en kortisonkur i vintras. "
                                                   "Lumbago efter snöskottning. Upprepade kurer kan leda till "
                                                   "kotkompressioner.", "sv")]
    case = only_case(rows)
    assert (case["reasons"], flag_and_workup(case)) == ("low_back_pain", ("false", "none"))


# --- a scintigraphy of an organ is no bone scan ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Sestamibiscintigrafi av halsen visade ett adenom.",
    "Tyreoideascintigrafi med ökat upptag i höger lob.",
    "Lungscintigrafi utan tecken till lungemboli.",
    "Scintigrafi av sköldkörteln gjord i mars visade en varm knöl.",
    "Leukocytscintigrafi utan infektionsfokus.",
])
def test_outside47_sv_an_organ_scintigraphy_images_no_skeleton(text):
    assert _exams(text) == [("scintigraphy", "other", "performed", False)]


@pytest.mark.parametrize("exam", ["Paratyreoideascintigrafi", "Tyreoideascintigrafi", "DMSA-scintigrafi"])
def test_outside47_sv_an_organ_scintigraphy_report_is_no_workup(exam):
    rows = [("n1", "2025-03-01", "outpatient", "", "70-årig kvinna med osteoporos och ont i ländryggen.", "sv"),
            ("n2", "2025-03-05", "radiology", exam, "Fynd: Fokalt upptag. Utlåtande: Adenom.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


@pytest.mark.parametrize("plan", [
    "Remiss för scintigrafi av bisköldkörtlarna.",
    "Paratyreoideascintigrafi bokad.",
    "Myokardscintigrafi planeras.",
    "Remiss för lungscintigrafi.",
])
def test_outside47_sv_an_organ_scintigraphy_asked_for_is_no_order(plan):
    rows = [("n1", "2025-01-10", "outpatient", "", "72-årig kvinna med ont i ländryggen. " + plan, "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


@pytest.mark.parametrize("text, expected", [
    ("Skelettscintigrafi utan metastaser.", [("scintigraphy", "whole_body", "performed", True)]),
    ("Scintigrafi av skelettet pga tyreoideacancer utan metastaser.",
     [("scintigraphy", "whole_body", "performed", True)]),
])
def test_outside47_sv_a_bone_scan_beside_an_organ_word_stays_a_bone_scan(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("plan", ["Remiss skelettscintigrafi.", "Scintigrafi planeras.",
                                  "Remiss för scintigrafi pga tyreoideacancer."])
def test_outside47_sv_a_bone_scan_asked_for_stays_an_order(plan):
    rows = [("n1", "2025-01-10", "outpatient", "", "72-årig kvinna med ont i ländryggen. " + plan, "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "ordered")


# --- trade names of systemic glucocorticoids ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Deltison 10 mg dagligen sedan 2023.", ["present"]),
    ("Betapred 0,5 mg x 1 sedan i höstas.", ["present"]),
    ("Lodotra 5 mg till kvällen sedan två år.", ["present"]),
    ("Aldrig behandlats med Deltison.", ["negated"]),
    ("Deltison 40 mg i fem dagar vid skovet.", []),
    ("Betapred 4 mg i tre dagar.", []),
])
def test_outside47_sv_trade_names_of_glucocorticoids(sentence, expected):
    assert assertions(sentence, "sv", "steroid_therapy") == expected


def test_outside47_sv_a_man_on_deltison_with_lumbago_is_at_risk():
    rows = [("n1", "2025-04-01", "outpatient", "", "52-årig man med sarkoidos, Deltison 10 mg sedan 2023. Ont i "
                                                   "ländryggen sedan två veckor.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


# --- muskelreumatism and GIOP -------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Muskelreumatism sedan i våras.", "rheumatic_disease", ["present"]),
    ("Behandlas för muskelreumatism.", "rheumatic_disease", ["present"]),
    ("Mamma hade muskelreumatism.", "rheumatic_disease", ["historical"]),
    ("Muskelvärk efter träning.", "rheumatic_disease", []),
    ("GIOP, alendronat sedan 2022.", "osteoporosis", ["present"]),
    ("Ingen GIOP enligt DXA.", "osteoporosis", ["negated"]),
])
def test_outside47_sv_everyday_and_short_names_of_risk_conditions(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- a vertebral deformity on VFA ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("VFA: Deformitet av L1 grad 2.", ["present"]),
    ("Deformerad kotkropp Th11.", ["present"]),
    ("Kotkroppsdeformitet Th6 (grad 1).", ["present"]),
    ("L2 är deformerad.", ["present"]),
    ("Inga vertebrala deformiteter på VFA.", ["negated"]),
    ("Inga kotkroppsdeformiteter.", ["negated"]),
])
def test_outside47_sv_a_vertebral_deformity_is_a_compression(sentence, expected):
    assert assertions(sentence, "sv", "vertebral_compression_fracture", "radiology") == expected


@pytest.mark.parametrize("sentence", [
    "Skoliotisk deformitet Th10-L2.",
    "Deformerad höftkula vänster.",
    "Deformitet av vänster fotled.",
    "Kyfotisk deformitet i bröstryggen.",
])
def test_outside47_sv_other_deformities_are_no_compression(sentence):
    assert "vertebral_compression_fracture" not in assertions_by_concept(sentence, "sv", "radiology")


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

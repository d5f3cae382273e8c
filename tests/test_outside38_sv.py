"""Swedish wording families found by the thirty-eighth round's red-team notes (tests/data/outside38/sv: the notes of
the people who look after bone health, frakturkedjan, osteoporos-, reumatolog- and endokrinologmottagning, DXA with
VFA). Four families, each by several differently worded sentences and its look-alikes:

- a fracture list by site under a fracture heading: the heading names the fracture, the list its sites, each item
  closed by a comma, a vertebral level a site too ("Tidigare frakturer: radius 2019, L1 2022, ramus 2023",
  "Frakturanamnes: Th12 2021", "Indexfraktur: L2", "Aktuell fragilitetsfraktur: ramus superior vänster");
- a risk word compounded with what is at risk is a risk, no diagnosis of osteoporosis ("FRAX: 10-årsrisk för
  osteoporosfraktur 8 %", "Livstidsrisken för osteoporosfraktur"), as "risk för" is; a FRAX value with its category
  ("FRAX 34 % för större osteoporosfraktur") stays present, as outside30/sv's gold reads it;
- the purpose of an exam or a screening looks for a fracture, it finds none ("VFA görs för att upptäcka
  kotkompressioner", "i syfte att hitta ockulta frakturer i sakrum", "för att leta kotfrakturer");
- an exam still to be done: in the present passive with its means ("verifieras med MR", "utreds vidare med MR bäcken",
  "bör verifieras med DT") or followed by its purpose ("MR bäcken görs för att upptäcka ...", "DT bäcken i syfte att
  hitta ...") is requested, not performed."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, assertions_by_concept, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside38" / "sv"
RAMUS, VCF, SACRAL, OP = "pubic_ramus_fracture", "vertebral_compression_fracture", "sacral_fracture", "osteoporosis"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "status", "covers_sacrum"]].itertuples(index=False)]


# --- a fracture list by site under a fracture heading --------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Tidigare frakturer: handled vä 2016, Th11 2020, ramus sup hö 2022.", {VCF: ["historical"], RAMUS: ["historical"]}),
    ("Frakturanamnes: fotled 2010, L3 2019.", {VCF: ["historical"]}),
    ("Tidigare osteoporosfrakturer: överarm hö 2018, L2 2021 och sakrum 2022.",
     {OP: ["present"], VCF: ["historical"], SACRAL: ["historical"]}),
    ("Indexfraktur: Th12.", {VCF: ["present"]}),
    ("Fragilitetsfraktur: ramus superior höger, fall i badrummet.", {RAMUS: ["present"]}),
    ("Aktuell lågenergifraktur: L1.", {VCF: ["present"]}),
    ("Frakturer: fotled 2012, L4 2019.", {VCF: ["historical"]}),
])
def test_outside38_sv_a_fracture_heading_lists_its_sites(text, expected):
    assert assertions_by_concept(text, "sv") == expected


@pytest.mark.parametrize("text", [
    "Tidigare frakturer: inga.",
    "Tidigare frakturer: radius 2019.",
    "Indexfraktur: distal radius vänster, gipsad.",
    "Frakturer: ingen, L1 ua.",
    "Sakrumfraktur, diskbråck L5 och spinal stenos.",
    "Frakturer: radius 2019 L1.",
    "Fynd: Diskbuktning L4, L5 och S1.",
])
def test_outside38_sv_a_level_outside_a_fracture_list_names_no_fracture(text):
    assert VCF not in assertions_by_concept(text, "sv")


def test_outside38_sv_a_listed_site_with_its_fracture_word_keeps_its_reading():
    text = "Tidigare frakturer: handledsfraktur 2019, kotkompression Th12 2021."
    assert assertions_by_concept(text, "sv") == {VCF: ["historical"]}


# --- a risk word compounded with what is at risk is a risk --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "FRAX: 10-årsrisk för osteoporosfraktur 11 %.",
    "10-årsrisk för osteoporosfraktur enligt FRAX: 16 %.",
    "Livstidsrisken för osteoporosfraktur bedöms som hög.",
    "Tioårsrisk för osteoporotisk fraktur 22 % enligt FRAX.",
])
def test_outside38_sv_a_compound_risk_word_asks(text):
    assert assertions(text, "sv", OP) == ["hypothetical"]


@pytest.mark.parametrize("text", [
    # a FRAX value with its category names osteoporosis as outside30/sv's gold reads it ("FRAX 34 % för större
    # osteoporosfraktur", P30S11_02), in either order
    "FRAX 28 % för större osteoporosfraktur.",
    "FRAX-beräkning: större osteoporotisk fraktur 19 %, höftfraktur 5 %.",
    "Osteoporosfraktur i form av kotkompression L1.",
    "DXA: T-score ländrygg -3,0. Osteoporos. FRAX 25 %.",
])
def test_outside38_sv_osteoporosis_beside_frax_stays_present(text):
    assert assertions(text, "sv", OP) == ["present"]


def test_outside38_sv_larger_compression_is_no_risk():
    assert assertions("Större kotkompression i L2 än i L1.", "sv", VCF) == ["present"]


# --- the purpose of an exam or a screening looks for a fracture ----------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Kotfrakturbedömning görs för att upptäcka tysta kotkompressioner.", VCF),
    ("VFA i syfte att hitta kotfrakturer som inte gett symtom.", VCF),
    ("Rtg bröstrygg för att leta kotfrakturer hos patient med längdminskning.", VCF),
    ("Skelettscintigrafi i avsikt att upptäcka en ockult fraktur i sakrum.", SACRAL),
    ("DT bäcken för att hitta eventuell fraktur i ramus.", RAMUS),
    ("Bentäthetsmätning för att hitta osteoporos.", OP),
])
def test_outside38_sv_a_fracture_looked_for_is_asked(text, concept):
    assert assertions(text, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Kotkompressionen i Th12 upptäcktes vid VFA.", VCF, "present"),
    ("Vi hittade en färsk kotkompression i L1.", VCF, "present"),
    ("MR gjordes för att hitta orsaken till kotkompressionen i L2.", VCF, "present"),
    ("Utredning för att finna förklaringen till osteoporosen.", OP, "present"),
])
def test_outside38_sv_a_fracture_found_or_explained_stays_as_it_is(text, concept, expected):
    assert assertions(text, "sv", concept) == [expected]


# --- an exam still to be done --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("Misstänkt sakrumfraktur, bekräftas med MR bäcken.", "mri"),
    ("Smärtan i korsryggen utreds vidare med DT bäcken.", "ct"),
    ("Misstanken följs upp med skelettscintigrafi.", "scintigraphy"),
    ("MR bäcken görs för att hitta en eventuell insufficiensfraktur.", "mri"),
    ("DT av bäckenet i syfte att upptäcka frakturer i sakrum.", "ct"),
])
def test_outside38_sv_an_exam_still_to_be_done_is_requested(text, modality):
    assert _exams(text) == [(modality, "requested", True)]


@pytest.mark.parametrize("text, modality", [
    ("Sakrumfrakturen bekräftades med MR bäcken i förra veckan.", "mri"),
    ("Misstanken har verifierats med DT bäcken, ingen fraktur.", "ct"),
    ("Diagnosen bekräftas med MR bäcken som visar ödem i sakrum.", "mri"),
    ("MR bäcken gjordes för att upptäcka en eventuell sakrumfraktur, ingen fraktur.", "mri"),
])
def test_outside38_sv_an_exam_reported_done_stays_performed(text, modality):
    assert _exams(text) == [(modality, "performed", True)]


def test_outside38_sv_a_radiologists_verification_is_an_order():
    rows = [("n1", "2025-01-02", "radiology", "RTG BÄCKEN",
             "Fynd: Misstänkt fraktur i höger sakralvinge. Ramus ua.\nUtlåtande: Fyndet bör verifieras med DT.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "ordered")


def test_outside38_sv_a_purpose_clause_leaves_a_ramus_fracture_unworked():
    rows = [("n1", "2025-01-02", "emergency", "", "Rtg bäcken: fraktur i vänster ramus inferior.", "sv"),
            ("n2", "2025-01-09", "outpatient", "", "DT bäcken i syfte att hitta ockulta frakturer i sakrum.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "ordered")


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97


@pytest.mark.parametrize("text, modality", [
    ("Sakrumfrakturen kunde inte verifieras med MR.", "mri"),
    ("Frakturen har inte kunnat bekräftas med DT.", "ct"),
    ("Frakturen kunde ej bekräftas med DT.", "ct"),
])
def test_a_confirmation_that_failed_leaves_the_exam_done(text, modality):
    """"verifieras med MR" asks for the study, but one that could not confirm the fracture was done (the merge with
    tests/test_exams_phrasing.py's negated confirmations)."""
    from .phrasing import statuses
    assert statuses(text, "sv", modality) == ["performed"]

"""Swedish wording families found by the fiftieth round's red-team notes (tests/data/outside50/sv: operations,
anaesthesia and the surgical wards): a pain given as the reason something cannot be done ("Spinalanestesi ej möjlig
pga smärta i ländryggen"), which is there, "ej/inte möjlig" being no hedge (while "inte möjligt att utesluta/bekräfta"
still doubts a fracture); the risks told in a consent ("Risker med ingreppet: ...", "informerad om risker, bl.a. ..."),
each listed risk what may follow the operation; imaging during the operation ("peroperativ DT av bäckenet (O-arm)",
"genomlysning med C-båge", "Kontroll-DT peroperativt", "navigerad DT"), which steers the screws and is no study of the
patient, as fluoroscopy under a procedure is not; the surgical wound's pain ("Ont i operationssåret i ländryggen",
"ont vid incisionen"), the wound's and no low-back pain, as a pressure ulcer's is not; the sacral site word of a
fracture after a pain ("Smärta i korsryggen, misstänkt sakral insufficiensfraktur", "Smärtsamma sakrala
insufficiensfrakturer"), the fracture's site, not where it hurts; and the evidence called by a modality's adjective
("Ingen scintigrafisk hållpunkt för fraktur", "Ingen MR-mässig hållpunkt"), no exam for "Ingen" to deny. Each family
by several wordings not taken from the set, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside50" / "sv"
LBP, SACRAL, RAMUS, VCF = "low_back_pain", "sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)]


# --- a pain given as the reason something cannot be done -------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Epiduralbedövning inte möjlig på grund av ländryggssmärta.",
    "Sittande ställning ej möjlig pga smärta i ländryggen.",
    "Förflyttning till britsen var inte möjlig pga ont i korsryggen.",
    "Undersökning i bukläge bedömdes ej möjlig p.g.a. smärta i korsryggen.",
])
def test_outside50_sv_a_pain_that_makes_something_impossible_is_there(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Möjlig sakrumfraktur vänster.", SACRAL, ["uncertain"]),
    ("Sakrumfraktur är inte möjlig att utesluta.", SACRAL, ["uncertain"]),
    ("Det är inte möjligt att utesluta en sakrumfraktur.", SACRAL, ["uncertain"]),
    ("Kotkompression L1 ej möjlig att bekräfta på slätröntgen.", VCF, ["uncertain"]),
    ("Ramusfraktur inte möjlig att verifiera.", RAMUS, ["uncertain"]),
])
def test_outside50_sv_a_fracture_not_possible_to_exclude_or_confirm_stays_suspected(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- the risks told in a consent --------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Informerats om riskerna med operationen: blödning, infektion och ramusfraktur vid skruvplaceringen.", RAMUS),
    ("Riskerna med ingreppet är bl.a. nervskada, blödning och fraktur i sakrum.", SACRAL),
    ("Upplyst om eventuella komplikationer, t.ex. cementläckage, infektion och kotkompression i grannkotan.", VCF),
    ("Risker inkluderar infektion, skruvlossning och kotkompression ovanför fusionen.", VCF),
    ("Komplikationsrisker: djup infektion, nervskada, sakral insufficiensfraktur.", SACRAL),
])
def test_outside50_sv_a_risk_told_in_the_consent_is_hypothetical(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Kotkompression L1. Risker med ingreppet genomgångna, pat samtycker.", VCF, ["present"]),
    ("Postop komplikation: ny kotkompression i L2 efter vertebroplastiken.", VCF, ["present"]),
    ("Pat informerad om att sakrumfrakturen läker långsamt.", SACRAL, ["present"]),
    ("Informerad om röntgensvaret: fraktur i vänster ramus superior.", RAMUS, ["present"]),
])
def test_outside50_sv_a_finding_beside_the_consent_keeps_its_reading(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


def test_outside50_sv_a_risk_of_compression_flags_no_one():
    text = ("74-årig kvinna med bensmärta vid gång, ingen ländryggssmärta. Riskerna med operationen: infektion, "
            "nervskada och ny kotkompression ovanför stelningen.")
    assert one_note(text, "sv", "outpatient").cases.empty


# --- imaging during the operation -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Peroperativ DT över bäckenet för kontroll av skruvarna.",
    "Intraoperativ genomlysning: implantatet i gott läge.",
    "Genomlysning med C-båge visade god reposition av ramus superior.",
    "Navigerad DT av ländrygg och bäcken.",
    "O-arm-DT över bäckenet efter skruvplaceringen.",
    "DT av bäckenet intraoperativt: skruvarna intraossöst.",
])
def test_outside50_sv_imaging_during_the_operation_is_no_study(text):
    assert _exams(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Postoperativ DT bäcken visade skruvarna väl placerade.", [("ct", "pelvis", "performed", True)]),
    ("Preoperativ DT bäcken för operationsplanering visade sakrumfraktur.", [("ct", "pelvis", "performed", True)]),
    ("Genomlysning av esofagus ua.", [("radiograph", "other", "performed", False)]),
    ("Sakroplastik vänster under DT-vägledning.", [("ct", "other", "performed", False)]),
])
def test_outside50_sv_imaging_before_or_after_the_operation_stays(text, expected):
    assert _exams(text) == expected


def test_outside50_sv_a_peroperative_ct_of_the_pelvis_works_up_nothing():
    rows = [("n1", "2025-02-03", "radiology", "RTG BÄCKEN", "Fynd: Fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-02-10", "clinical", "", "Operationsberättelse. Retrograd skruv i höger ramus superior. "
                                                "Intraoperativ DT över bäckenet visar skruven i gott läge.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "radiograph_only")


def test_outside50_sv_fluoroscopy_in_theatre_is_no_radiograph():
    rows = [("n1", "2025-02-03", "clinical", "", "86-årig kvinna med ont i ländryggen sedan fallet. Op: volar platta "
                                                "distala radius under peroperativ genomlysning.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


# --- the surgical wound's pain ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Smärta kring operationssnittet i korsryggen.",
    "Ont i ärret i ländryggen vid beröring.",
    "Operationssåret i ländryggen värker vid belastning.",
    "Ömmande operationssår i ländryggen, inga infektionstecken.",
])
def test_outside50_sv_the_surgical_wounds_pain_is_no_low_back_pain(sentence):
    assert assertions(sentence, "sv", LBP) == []


@pytest.mark.parametrize("sentence", [
    "Ont i ländryggen, operationssåret läker fint.",
    "Ont i ländryggen nedanför ärret.",
    "Ländryggssmärta sedan operationen, incisionen ua.",
    "Smärta i ländryggen i snitt NRS 5.",
])
def test_outside50_sv_a_low_back_pain_beside_the_wound_stays(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


# --- the sacral site word of a fracture after a pain ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, lbp, sacral", [
    ("Ont i ländryggen, misstänkt sakral stressfraktur.", ["present"], ["uncertain"]),
    ("Värk i korsryggen, trolig sakral insufficiensfraktur höger.", ["present"], ["uncertain"]),
    ("Smärtsam sakral insufficiensfraktur höger.", [], ["present"]),
    ("Smärtande bilaterala sakrala frakturer.", [], ["present"]),
])
def test_outside50_sv_a_sacral_site_before_a_fracture_is_the_fractures(sentence, lbp, sacral):
    assert (assertions(sentence, "sv", LBP), assertions(sentence, "sv", SACRAL)) == (lbp, sacral)


@pytest.mark.parametrize("sentence", [
    "Smärta sakralt.",
    "Smärta lumbalt och sakralt.",
    "Ont i korsryggen och sakral fraktur påvisad.",
    "Ont sakralt, fraktur?",
])
def test_outside50_sv_a_sacral_pain_stays(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


# --- the evidence called by a modality's adjective --------------------------------------------------------------------
@pytest.mark.parametrize("exam, text, expected", [
    ("SKELETTSCINTIGRAFI", "Fynd: Normalt upptag.\nUtlåtande: Inga scintigrafiska tecken till fraktur.",
     ("scintigraphy", "whole_body", "performed", True)),
    ("MR BÄCKEN", "Fynd: Normal signal.\nUtlåtande: Ingen MR-mässig hållpunkt för sakral fraktur.",
     ("mri", "pelvis", "performed", True)),
    ("DT BÄCKEN", "Fynd: Inga frakturlinjer.\nUtlåtande: Inga DT-mässiga tecken till fraktur i sakrum.",
     ("ct", "pelvis", "performed", True)),
])
def test_outside50_sv_evidence_named_by_the_modality_denies_no_study(exam, text, expected):
    assert _exams(text, "radiology", exam) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Ländryggssmärta. Skelettscintigrafi ej utförd.", [("scintigraphy", "whole_body", "not_performed", True)]),
    ("Ländryggssmärta. Ingen DT bäcken gjord.", [("ct", "pelvis", "not_performed", True)]),
])
def test_outside50_sv_a_study_denied_by_name_stays_not_done(text, expected):
    assert _exams(text) == expected


# --- the set ----------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

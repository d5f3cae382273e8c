"""Swedish wording families found by the forty-fourth round's red-team notes (tests/data/outside44/sv: young patients,
pregnancy and sport): someone the patient trains or plays with ("Lagkamraten har en stressfraktur i sakrum",
"Träningskompisen fick ..."), another person, as a colleague or a neighbour is; a relative's or another person's
condition in the genitive right before it ("mormors osteoporos", "lagkamratens sakrumfraktur") and the long
grandparent forms ("Farmodern hade", "Morfadern fick"); the patient's worry with a bare noun ("Orolig för
sakrumfraktur", "rädd att det är en stressfraktur"), a question as "orolig för en sakrumfraktur" is; a low-back pain or
a fracture of an earlier pregnancy ("Hade ont i ländryggen under förra graviditeten"), an earlier episode; a stress
reaction at the sacrum with no fracture line ("Stressreaktion i höger sakralvinge utan frakturlinje"), suspected as the
oedema is; imaging avoided or unsuitable in pregnancy or breastfeeding ("Röntgen undviks under graviditeten",
"Skelettscintigrafi är inte lämplig så länge hon ammar"), contraindicated, not done; a study put off until after the
delivery or the breastfeeding ("MR bäcken görs efter förlossningen", "MR bäcken när hon slutat amma"), planned; and
juvenile idiopathic arthritis (JIA), an inflammatory rheumatic disease. Each family by several differently worded
sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportminer.pipeline import scan

from .phrasing import (assertions, case_mismatches, flag_and_workup, notes_table, one_note, only_case,
                       scored_set)

SET = Path(__file__).resolve().parent / "data" / "outside44" / "sv"
SACRAL, RAMUS, VCF, LBP, OP = ("sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture",
                               "low_back_pain", "osteoporosis")


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "status", "covers_sacrum"]].itertuples(index=False)]


# --- someone the patient trains or plays with -----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Lagkamraten har en stressfraktur i korsbenet och spelar inte.", SACRAL),
    ("Hennes träningskamrat fick en stressfraktur i ramus inferior förra månaden.", RAMUS),
    ("En klubbkompis hade en sakral stressfraktur i höstas.", SACRAL),
    ("Två lagkamrater har haft stressfrakturer i sakrum.", SACRAL),
    ("Medspelaren fick en kotkompression i vintras.", VCF),
])
def test_outside44_sv_a_teammates_fracture_is_not_the_patients(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["historical"]


@pytest.mark.parametrize("sentence, concept", [
    ("Hon krockade med en lagkamrat och fick en fraktur i ramus superior.", RAMUS),
    ("Tacklades av en motståndare och har nu en kotkompression L1.", VCF),
    ("Föll under träningen med klubbkamraterna; stressfraktur i vänster sakralvinge på MR.", SACRAL),
])
def test_outside44_sv_the_patients_own_fracture_beside_a_teammate_stays_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


# --- a relative's or another person's condition in the genitive; the long grandparent forms -------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Hon tänker mycket på mormors osteoporos.", OP),
    ("Mammas osteoporos upptäcktes efter en höftfraktur.", OP),
    ("Pappans kotkompression i L1 upptäcktes vid 70 års ålder.", VCF),
    ("Farmoderns kotkompressioner gjorde henne krokig.", VCF),
    ("Lagkamratens sakrumfraktur läkte på tre månader.", SACRAL),
    ("Mormodern hade osteoporos.", OP),
    ("Morfadern fick en ramusfraktur efter ett fall.", RAMUS),
])
def test_outside44_sv_a_relatives_condition_in_the_genitive_or_long_form_is_not_the_patients(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["historical"]


@pytest.mark.parametrize("sentence, concept", [
    ("Enligt mammas uppgift har pojken ont i ländryggen sedan en vecka.", LBP),
    ("Pappas uppgifter: ont i korsryggen sedan fotbollsmatchen.", LBP),
    ("Patientens osteoporos behandlas med alendronat.", OP),
    ("Mamma till två barn, osteoporos sedan förra året.", OP),
])
def test_outside44_sv_a_parent_telling_or_the_patients_own_condition_stays_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


# --- the patient's worry with a bare noun ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Orolig för sakrumfraktur efter att ha läst på nätet.",
    "Rädd för stressfraktur i korsbenet inför säsongen.",
    "Hon är rädd att det är en stressfraktur i sakrum.",
    "Pat är orolig för att det kan vara en sakrumfraktur.",
])
def test_outside44_sv_the_patients_worry_about_a_fracture_asks(sentence):
    assert assertions(sentence, "sv", SACRAL) == ["hypothetical"]


@pytest.mark.parametrize("sentence, expected", [
    ("Jag är orolig för sakrumfraktur och remitterar till MR.", ["uncertain"]),
    ("Vi är oroliga för stressfraktur i sakrum.", ["uncertain"]),
    ("Orolig för sin sakrumfraktur som inte läker.", ["present"]),
    ("Orolig för att sakrumfrakturen inte läker.", ["present"]),
])
def test_outside44_sv_a_clinicians_concern_or_a_known_fracture_keeps_its_reading(sentence, expected):
    assert assertions(sentence, "sv", SACRAL) == expected


# --- a pain or a fracture of an earlier pregnancy -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Hade ont i ländryggen under förra graviditeten.", LBP),
    ("Under förra graviditeten 2021 hade hon foglossning och ländryggssmärta.", LBP),
    ("Lumbago i samband med förra förlossningen, sedan dess inga besvär.", LBP),
    ("Fick en kotkompression under första graviditeten.", VCF),
])
def test_outside44_sv_an_earlier_pregnancys_pain_or_fracture_is_historical(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["historical"]


@pytest.mark.parametrize("sentence, concept", [
    ("Ont i ländryggen nu, precis som under förra graviditeten.", LBP),
    ("Ont i ländryggen som under förra graviditeten.", LBP),
    ("Ont i ländryggen sedan förra graviditeten.", LBP),
    ("Ont i ländryggen under graviditeten, vecka 30.", LBP),
    ("Osteoporos diagnostiserad under förra graviditeten.", OP),
])
def test_outside44_sv_a_pain_like_or_since_the_last_pregnancy_stays_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


def test_outside44_sv_an_earlier_pregnancys_pain_is_no_index_finding():
    earlier = ("n1", "2025-02-03", "outpatient", "", "35-årig kvinna med osteoporos sedan 2020. Hade ont i ländryggen "
                                                      "under förra graviditeten.", "sv")
    assert scan(notes_table([earlier], "sv")).cases.empty
    now = ("n2", "2025-02-10", "outpatient", "", "Ont i ländryggen sedan en vecka.", "sv")
    assert flag_and_workup(only_case([earlier, now])) == ("true", "none")


# --- a stress reaction at the sacrum with no fracture line ----------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Stressreaktion i korsbenet utan frakturlinje.",
    "Stressreaktion i höger sakralvinge utan synlig frakturlinje.",
    "Stressreaktion i vänster sakralvinge, ingen frakturlinje.",
    "Stressförändring i sakrum utan frakturlinje.",
])
def test_outside44_sv_a_sacral_stress_reaction_without_fracture_line_is_suspected(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["uncertain"]


@pytest.mark.parametrize("sentence", [
    "Sakrum utan frakturlinje.",
    "Ingen stressreaktion och ingen frakturlinje i sakrum.",
    "Stressreaktion i höger sakralvinge, ingen fraktur.",
])
def test_outside44_sv_the_sacrum_without_a_fracture_line_or_a_fracture_stays_denied(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["negated"]


# --- imaging avoided or unsuitable in pregnancy and breastfeeding ---------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Röntgen bör undvikas under graviditeten.", [("radiograph", "not_performed", False)]),
    ("DT bäcken undviks pga graviditeten.", [("ct", "not_performed", True)]),
    ("Skelettscintigrafi olämplig under amningen.", [("scintigraphy", "not_performed", True)]),
    ("Skelettscintigrafi bedöms inte lämplig medan hon ammar.", [("scintigraphy", "not_performed", True)]),
    ("Vi undviker DT under graviditeten.", [("ct", "not_performed", False)]),
])
def test_outside44_sv_imaging_avoided_in_pregnancy_is_not_performed(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken utan kontrast gjordes eftersom gadolinium undviks under graviditet.", [("mri", "performed", True)]),
    ("Stressfraktur på MR bäcken, löpning undviks sex veckor.", [("mri", "performed", True)]),
    ("DT bäcken gjordes; hopp och löpning olämpligt i tre månader.", [("ct", "performed", True)]),
    ("Rtg bäcken visade ingen fraktur, tung lyftning är olämplig.", [("radiograph", "performed", False)]),
    ("MR bäcken visade att löpning är olämplig under läkningen.", [("mri", "performed", True)]),
])
def test_outside44_sv_something_else_avoided_leaves_the_study_done(text, expected):
    assert _exams(text) == expected


def test_outside44_sv_a_bone_scan_unsuitable_while_breastfeeding_is_no_workup():
    rows = [("n1", "2025-03-03", "outpatient", "", "33-årig kvinna med amningsassocierad osteoporos och ont i "
                                                   "ländryggen. Skelettscintigrafi är olämplig under amningen.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "ordered")


# --- a study put off until after the delivery or the breastfeeding -----------------------------------------------
@pytest.mark.parametrize("text", [
    "MR bäcken görs efter förlossningen.",
    "MR bäcken tas när amningen är avslutad.",
    "Skelettscintigrafi planeras efter amningsperioden.",
    "MR av bäckenet när hon har slutat amma.",
])
def test_outside44_sv_a_study_put_off_until_after_delivery_is_requested(text):
    assert [e[1] for e in _exams(text)] == ["requested"]


@pytest.mark.parametrize("text", [
    "MR bäcken efter förlossningen visade stressfraktur i sakrum.",
    "MR bäcken gjordes två veckor efter förlossningen.",
    "MR bäcken veckan efter förlossningen: stressfraktur i vänster sakralvinge.",
    "DT buk gjordes pga buksmärta efter förlossningen.",
])
def test_outside44_sv_a_study_done_after_delivery_stays_performed(text):
    assert [e[1] for e in _exams(text)] == ["performed"]


def test_outside44_sv_a_study_put_off_until_after_delivery_is_no_workup():
    rows = [("n1", "2024-09-02", "outpatient", "", "Gravid v 28, Prednisolon 10 mg dagligen sedan 2021. Ont i "
                                                   "ländryggen sedan en månad. MR bäcken tas när hon slutat amma.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "ordered")


# --- juvenile idiopathic arthritis --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Juvenil idiopatisk artrit sedan 6 års ålder.",
    "JIA, behandlas med metotrexat och adalimumab.",
    "Juvenil kronisk artrit i barndomen, nu i remission.",
    "Barnreumatism sedan förskoleåldern.",
])
def test_outside44_sv_juvenile_idiopathic_arthritis_is_a_rheumatic_disease(sentence):
    assert assertions(sentence, "sv", "rheumatic_disease") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Jia kom på besök med sin mamma.",
    "Reaktiv artrit efter salmonellainfektion.",
    "Juvenil epifysiolys på vänster sida.",
])
def test_outside44_sv_a_name_or_another_arthritis_is_no_rheumatic_disease(sentence):
    assert assertions(sentence, "sv", "rheumatic_disease") == []


def test_outside44_sv_low_back_pain_with_jia_flags():
    rows = [("n1", "2025-03-03", "outpatient", "", "26-årig kvinna med JIA sedan barndomen. Ont i ländryggen sedan "
                                                   "sex veckor.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

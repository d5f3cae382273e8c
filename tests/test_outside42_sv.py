"""Swedish wording families found by the forty-second round's red-team notes (tests/data/outside42/sv: primärvård,
hemsjukvård och geriatrik): a relative on the phone who speaks of the patient as "mamma"/"pappa" in informant forms the
rules did not know ("Tel från dotter: mamma har ...", "Närstående ringer: ...", "Samtal från sonen, pappa har ...",
"Dotter ringer 1177: hennes mamma har ..."), the patient, not a family history (context.json ``child_informants`` and a
pseudo trigger against the relative's heading "Dotter:"), while "pat:s mamma" stays the patient's mother; "oklar"
about a pain's cause, not its existence ("Oklar ländryggssmärta", "ryggvärk, oklar genes, sitter lågt"), a pseudo
trigger; a pain placed in the low back after a comma by a focusing word ("Ont vid förflyttning, framför allt i
korsryggen") or at the lumbosacral junction written short ("smärta över L-S-övergången"), concepts.json; a denied
suspicion "Ej/Inte misstanke om X", negated; a differential diagnosis written "Diff dx:", a possibility, and a
differential heading's reach through its comma list ("DD: spinal stenos, sakrumfraktur"); and an exam
weighed in the present tense ("Diskuterar MR bäcken med ...", requested) or not managed in the perfect tense ("har inte
orkat åka på MR-undersökningen", "kom inte iväg på MR:en", not performed), exams.json. Each family by several
differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, only_case, scored_set, statuses

SET = Path(__file__).resolve().parent / "data" / "outside42" / "sv"
LBP, OSTEOPOROSIS, VCF, RAMUS, SACRAL = ("low_back_pain", "osteoporosis", "vertebral_compression_fracture",
                                         "pubic_ramus_fracture", "sacral_fracture")


# --- a relative on the phone speaks of the patient as a parent -----------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Tel från sonen: pappa har fått mer ont i ländryggen i helgen.", LBP),
    ("Telefon från dottern: mamman har ont lågt i ryggen och vill inte gå upp.", LBP),
    ("SMS från dotter: mamma har ont i korsryggen igen.", LBP),
    ("Närstående ringer och uppger att mamma har osteoporos sedan flera år.", OSTEOPOROSIS),
    ("Anhörig (dotter) ringer: pappa har ont i svanken sedan fallet.", LBP),
    ("Samtal från sonen, mamma fick ont i ländryggen när hon lyfte tvättkorgen.", LBP),
    ("Son ringer 1177: hans pappa har ont i ryggslutet och kommer inte ur sängen.", LBP),
])
def test_outside42_sv_a_relative_on_the_phone_speaks_of_the_patient(text, concept):
    assert assertions(text, "sv", concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("Tel från dotter: pat:s mamma hade osteoporos.", OSTEOPOROSIS),
    ("Tel från sonen. Mormor hade lumbago.", LBP),
    ("Tel från dietist: mamma hade osteoporos.", OSTEOPOROSIS),
    ("Närstående ringer. Hereditet: mamma hade benskörhet.", OSTEOPOROSIS),
    ("Återbesök. Mamman hade ländryggssmärta i många år.", LBP),
    ("Hereditet: Dotter: osteoporos.", OSTEOPOROSIS),
])
def test_outside42_sv_a_parent_without_a_child_informant_or_owned_by_the_patient_stays_family(text, concept):
    assert assertions(text, "sv", concept) == ["historical"]


# --- "oklar" about a pain's cause -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Kontaktorsak: Oklara ländryggssmärtor sedan i höstas.",
    "Oklar smärta i korsryggen sedan tre veckor.",
    "Ont i ryggslutet sedan nyår, oklar orsak, sitter lågt.",
    "Tilltagande värk i ländryggen, oklar etiologi.",
    "Bedömning: Oklar ländryggsvärk hos 84-årig kvinna.",
])
def test_outside42_sv_an_unexplained_pain_is_present(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence, concept", [
    ("Oklar kotkompression Th12.", VCF),
    ("Oklar fraktur i vänster ramus superior.", RAMUS),
    ("Oklart om ländryggssmärta föreligger.", LBP),
    ("Oklart om sakrumfraktur.", SACRAL),
])
def test_outside42_sv_an_unclear_finding_stays_uncertain(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["uncertain"]


# --- a pain placed in the low back after a comma, or at the lumbosacral junction -----------------------------------
@pytest.mark.parametrize("sentence", [
    "Smärta vid gång, mest i ländryggen.",
    "Har ont vid uppresning, främst i korsryggen.",
    "Värk när hon vänder sig i sängen, framförallt i svanken.",
    "Ont överallt, särskilt i ländryggen och sätet.",
    "Smärta över L-S-övergången vid framåtböjning.",
    "Ont i ryggen, L-S-övergången.",
    "Smärtan sitter i LS-övergången.",
])
def test_outside42_sv_a_pain_placed_low_after_a_comma_or_at_the_lumbosacral_junction(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Smärta vid förflyttning, framför allt i höger höft.",
    "Ont i knäna, mest på morgonen.",
    "Ont i ryggen, framför allt mellan skulderbladen.",
    "Spondylartros i L-S-övergången.",
    "Ömhet vid palpation, framför allt över korsryggen.",
])
def test_outside42_sv_a_pain_elsewhere_or_a_finding_at_the_junction_is_no_low_back_pain(sentence):
    assert assertions(sentence, "sv", LBP) == []


# --- a denied suspicion ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Ej misstanke om kotkompression.", VCF),
    ("Inte misstanke om fraktur i korsbenet.", SACRAL),
    ("Ej klinisk misstanke på ramusfraktur.", RAMUS),
    ("Lumbago, inte klinisk misstanke om sakral insufficiensfraktur.", SACRAL),
])
def test_outside42_sv_no_suspicion_denies(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["negated"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Misstanke om kotkompression L2.", VCF, ["uncertain"]),
    ("Stark klinisk misstanke om sakrumfraktur.", SACRAL, ["uncertain"]),
    ("Inte bara misstanke om kotkompression utan påvisad på rtg.", VCF, ["present"]),
])
def test_outside42_sv_a_suspicion_stays_as_it_was(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- a differential diagnosis written "Diff dx" ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Diff dx: sakral insufficiensfraktur.", SACRAL),
    ("Diff. dx: kotkompression L1, spinal stenos.", VCF),
    ("Diffdx ramusfraktur vänster.", RAMUS),
    ("Ländryggssmärta. Diff-dx: sakrumfraktur eller lumbago.", SACRAL),
])
def test_outside42_sv_a_differential_diagnosis_is_a_possibility(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept", [
    ("DD: spinal stenos, sakrumfraktur.", SACRAL),
    ("Differentialdiagnoser: muskulär smärta, spinal stenos, kotkompression L1.", VCF),
    ("Diff dx: lumbago, artros, ramusfraktur vänster.", RAMUS),
])
def test_outside42_sv_a_differential_heading_reaches_through_its_list(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["uncertain"]


@pytest.mark.parametrize("sentence", [
    "DD: spinal stenos, men sakrumfraktur påvisad på MR.",
    "DD: malignitet. Sakrumfraktur påvisad.",
    "Sakrumfraktur påvisad, DD: metastas.",
])
def test_outside42_sv_a_fracture_outside_the_differential_stays_stated(sentence):
    assert assertions(sentence, "sv", SACRAL) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Dx: sakral insufficiensfraktur.",
    "Smärta dx sida, sakrumfraktur dx.",
])
def test_outside42_sv_dx_alone_states_the_diagnosis(sentence):
    assert assertions(sentence, "sv", SACRAL) == ["present"]


# --- an exam weighed in the present tense, or not managed in the perfect tense ----------------------------------
@pytest.mark.parametrize("sentence, modality", [
    ("Diskuterar MR bäcken med patienten och maken.", "mri"),
    ("Vi diskuterar DT bäcken med dottern.", "ct"),
    ("Jag diskuterar en skelettscintigrafi med pat.", "scintigraphy"),
])
def test_outside42_sv_an_exam_discussed_is_requested(sentence, modality):
    assert statuses(sentence, "sv", modality) == ["requested"]


@pytest.mark.parametrize("sentence, modality", [
    ("Diskuterar MR-svaret med pat.", "mri"),
    ("Diskuterar DT-fynden med dottern.", "ct"),
    ("Har orkat åka på MR:en trots smärtan.", "mri"),
    ("Åkte på MR-undersökningen i fredags.", "mri"),
])
def test_outside42_sv_a_result_discussed_or_an_exam_attended_was_performed(sentence, modality):
    assert statuses(sentence, "sv", modality) == ["performed"]


@pytest.mark.parametrize("sentence, modality", [
    ("Hon har inte orkat åka in på MR bäcken.", "mri"),
    ("Har inte kunnat åka till DT bäcken pga smärtan.", "ct"),
    ("Pat har aldrig velat åka på skelettscintigrafin.", "scintigraphy"),
    ("Kom inte iväg på MR-undersökningen i tisdags.", "mri"),
    ("Orkar inte åka på MR:en, vill vänta.", "mri"),
])
def test_outside42_sv_an_exam_not_managed_was_not_performed(sentence, modality):
    assert statuses(sentence, "sv", modality) == ["not_performed"]


def test_outside42_sv_a_pelvic_mri_not_managed_leaves_the_request_open():
    rows = [("n1", "2025-03-03", "outpatient", "", "81-årig kvinna. Ont vid gång, framför allt i korsryggen. "
             "Remitterar till MR bäcken.", "sv"),
            ("n2", "2025-03-20", "clinical", "", "Tel från dotter: mamma har inte orkat åka på MR:en av bäckenet.",
             "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "ordered")


# --- the set -----------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

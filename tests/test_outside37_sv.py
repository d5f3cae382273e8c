"""Swedish wording families found by the thirty-seventh round's red-team notes (tests/data/outside37/sv: Swedish with
English and Latin words, and notes without a stated language): English status words after an exam in a Swedish
sentence ("MRI bäcken pending", "Awaiting MRI bäcken", "MRI bäcken TBD", "to be done", "not done yet", "requested": a
request; "MRI bäcken contraindicated", "not done": not performed); English cue words in a Swedish note, mostly an
English report quoted in it ("No sacral insufficiency fracture", "Possible ... fracture of the right sacral ala",
"Suspected ... (not yet imaged)", "Previous pubic ramus fracture", "Old L2 compression fracture", "Denies LBP",
"Pubic rami intact", "Sacrum unremarkable", "Sakrum WNL"), with English pseudo-negations that confirm ("No change in
the known L1 compression", "Acute on chronic VCF"); the purpose of a workup ("workup för sakral insufficiensfraktur",
"eval for"): asked; English compression words ("wedge", "wedging", "wedge-deformitet", "collapse", "L2 compression
fracture", "Fractura compressiva"); the clipped fracture with a Swedish ending ("Sakrumfxen", "ramusfxen") and a
clipped kind before "fx" ("Insuff fx sakrum", "Stress fx ramus"), which dictation mending no longer glues to its site;
the Latin diagnosis abbreviated with its dots ("Fract. oss. sacri", "Fract. rami sup. oss. pubis", "Fract. corp.
vert. L1"); a sacral segment's fracture ("S2-fraktur", "S3 fx"); the scintigraphic "H-sign"; and low-back pain by its
Latin and English names ("sakralgi", "buttock pain", "gluteal pain", "lower back pain"). Each family by several
differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, only_case, scored_set, statuses

SET = Path(__file__).resolve().parent / "data" / "outside37" / "sv"
SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"


# --- English status words after an exam in a Swedish sentence ----------------------------------------------------
@pytest.mark.parametrize("text, modality, expected", [
    ("Remiss skickad, MR bäcken pending.", "mri", ["requested"]),
    ("Skelettscint: pending, pat kallas.", "scintigraphy", ["requested"]),
    ("Awaiting DT bäcken, ringer röntgen imorgon.", "ct", ["requested"]),
    ("DT bäcken TBD efter helgen.", "ct", ["requested"]),
    ("MR sakrum to be booked via ortopeden.", "mri", ["requested"]),
    ("MR bäcken not yet done, pat påmind.", "mri", ["requested"]),
    ("DT bäcken ordered av jouren.", "ct", ["requested"]),
    ("MR bäcken contraindicated pga pacemaker.", "mri", ["not_performed"]),
    ("MR bäcken was not performed, pat vägrade.", "mri", ["not_performed"]),
])
def test_outside37_sv_an_english_status_word_gives_the_exam_its_status(text, modality, expected):
    assert statuses(text, "sv", modality) == expected


@pytest.mark.parametrize("text, modality, expected", [
    ("MR bäcken gjord igår, svar pending.", "mri", ["performed"]),
    ("DT bäcken utförd 3/2, utlåtande pending.", "ct", ["performed"]),
    ("MR bäcken done, sakrum ua.", "mri", ["performed"]),
    ("MR bäcken ej kontraindicerad, bokas.", "mri", ["requested"]),
])
def test_outside37_sv_a_result_awaited_keeps_a_study_done(text, modality, expected):
    assert statuses(text, "sv", modality) == expected


# --- English cue words in a Swedish note, an English report quoted in it -------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ('Svar från hyrradiolog: "No fracture of the sacrum."', SACRAL, ["negated"]),
    ('Enligt engelskt utlåtande: "No evidence of sacral insufficiency fracture."', SACRAL, ["negated"]),
    ("Sacral fx ruled out på MRI.", SACRAL, ["negated"]),
    ("Pat denies LBP, ont i ljumsken.", LBP, ["negated"]),
    ('Utlåtande från London: "Pubic rami intact."', RAMUS, ["negated"]),
    ('Rtg-svar: "Possible undisplaced fracture of the left sacral ala."', SACRAL, ["uncertain"]),
    ("Dx: Probable sacral insufficiency fracture, MR planeras.", SACRAL, ["uncertain"]),
    ('Radiologen skriver: "Sacral fracture cannot be excluded."', SACRAL, ["uncertain"]),
    ("Suspected sacral insufficiency fracture (not yet imaged).", SACRAL, ["uncertain"]),
    ("Previous pubic ramus fracture efter fall.", RAMUS, ["historical"]),
    ("Rtg LWS: Old Th12 compression fracture.", VCF, ["historical"]),
    ("Healed fracture of the right superior pubic ramus på rtg.", RAMUS, ["historical"]),
    ("Bäckenet: sacrum unremarkable.", SACRAL, ["negated"]),
    ("Sakrum WNL, SI-leder ua.", SACRAL, ["negated"]),
    ("Rami pubis unremarkable bilat.", RAMUS, ["negated"]),
    ("Sakrum oauffälligt.", SACRAL, ["negated"]),
])
def test_outside37_sv_english_cues_in_a_swedish_note_are_read(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


@pytest.mark.parametrize("sentence, concept, expected", [
    ("No change in the known L1 compression.", VCF, ["present"]),
    ("Kotkompression L1, no further collapse.", VCF, ["present"]),
    ("Acute L2 compression fracture på DT.", VCF, ["present"]),
    ("Low back pain sedan 3 v, ingen trauma.", LBP, ["present"]),
    ('Svar: "Findings consistent with insufficiency fracture of the left sacral ala."', SACRAL, ["present"]),
    ("Osteoporotic VCF L2.", VCF, ["present"]),
    ("Acute on chronic VCF L1, ny höjdförlust.", VCF, ["present"]),
    ("Chronic VCF Th12.", VCF, ["historical"]),
    ("Lower back pain sedan fallet.", LBP, ["present"]),
    ("82 year old kvinna med ramusfx hö.", RAMUS, ["present"]),
    ("79-year-old F, VCF L1 på rtg.", VCF, ["present"]),
    ("Smärta prior to fallet, nu sakrumfraktur på DT.", SACRAL, ["present"]),
])
def test_outside37_sv_english_words_that_state_a_finding_keep_it(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- the purpose of a workup asks -----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Remiss MR bäcken, workup för sakral insufficiensfraktur.", SACRAL),
    ("DT bäcken som work-up avseende ramusfraktur.", RAMUS),
    ("Skelettscint, eval for sacral insufficiency fracture.", SACRAL),
    ("MR ländrygg to rule out kotkompression.", VCF),
])
def test_outside37_sv_the_fracture_a_workup_is_for_is_asked(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Workupen för sakrumfraktur är negativ.", SACRAL, ["negated"]),
    ("Efter workup på MR: sakrumfraktur vä.", SACRAL, ["present"]),
])
def test_outside37_sv_a_workup_done_reports_its_finding(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- English compression words in Swedish sentences -----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Th11 wedge, ny sedan förra året.",
    "Lätt wedging av L3.",
    "L1 med wedge-deformitet.",
    "Wedge-deformitet av Th12 på rtg.",
    "Collapse av L2 med retropulsion.",
    "Rtg: L4 compression fracture, färsk.",
    "S32.0 Fractura compressiva corporis vertebrae L1",
])
def test_outside37_sv_english_compression_words_are_a_compression(sentence):
    assert assertions(sentence, "sv", VCF) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Wedge-resektion av lungan 2019.",
    "Nerve root compression L5 på MR.",
    "Compression av nervroten L5.",
    "Kollaps av höger lunga, pleuradrän.",
])
def test_outside37_sv_other_wedges_and_compressions_are_none(sentence):
    assert assertions(sentence, "sv", VCF) == []


# --- the clipped fracture with a Swedish ending, and a clipped kind before fx ---------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sakrumfxen läker, belastar fullt.", SACRAL, ["present"]),
    ("Ramusfxen vä syns tydligt.", RAMUS, ["present"]),
    ("Sakrumfxen är läkt.", SACRAL, ["historical"]),
    ("Insuff fx sakrum hö enl MR.", SACRAL, ["present"]),
    ("Stress fx i ramus sup vä.", RAMUS, ["present"]),
    ("Insuff fx L1, ny.", VCF, ["present"]),
])
def test_outside37_sv_clipped_fracture_words_keep_their_site(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


@pytest.mark.parametrize("sentence", ["Knäfxen läker.", "Radiusfxen vä gipsad.", "Fxen läker bra."])
def test_outside37_sv_a_clipped_fracture_of_another_site_is_none(sentence):
    found = [assertions(sentence, "sv", c) for c in (SACRAL, RAMUS, VCF)]
    assert found == [[], [], []]


@pytest.mark.parametrize("sentence", ["länd ryggs smärta sedan 2 v.", "kors rygg värk sedan fallet."])
def test_outside37_sv_a_word_dictation_broke_in_three_still_joins(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


# --- a sacral segment, then its fracture ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("DT: S2-fraktur bilat.", ["present"]),
    ("S3 fx hö, odislocerad.", ["present"]),
    ("S1-frakturen läker.", ["present"]),
    ("Ingen S2-fraktur.", ["negated"]),
    ("L5-S1 diskbråck, S1-rot påverkad.", []),
])
def test_outside37_sv_a_sacral_segments_fracture_is_sacral(sentence, expected):
    assert assertions(sentence, "sv", SACRAL) == expected


# --- the Latin diagnosis abbreviated with its dots ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Dg: Fract. oss. sacri bilat. (S32.1)", SACRAL, ["present"]),
    ("Fract. ossis sacri sin.", SACRAL, ["present"]),
    ("St.p. fract. oss. sacri 2019.", SACRAL, ["historical"]),
    ("Dg: Fract. rami sup. oss. pubis dx.", RAMUS, ["present"]),
    ("Fract. rami sup. et inf. oss. pubis sin.", RAMUS, ["present"]),
    ("Dg: Fract. corp. vert. L1.", VCF, ["present"]),
])
def test_outside37_sv_an_abbreviated_latin_diagnosis_names_its_site(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


@pytest.mark.parametrize("sentence", ["Fract. colli femoris dx.", "Fract. oss. coccygis.", "Fract. radii loco typico."])
def test_outside37_sv_an_abbreviated_latin_diagnosis_of_another_bone_is_none(sentence):
    found = [assertions(sentence, "sv", c) for c in (SACRAL, RAMUS, VCF)]
    assert found == [[], [], []]


# --- the scintigraphic H-sign, and sacral-region pain by its Latin and English names ---------------------------------
@pytest.mark.parametrize("sentence", [
    "Skelettscint: typisk H-sign i sakrum.",
    "Utlåtande: H-sign.",
    "Bone scanen visade H-signet.",
])
def test_outside37_sv_the_h_sign_is_a_sacral_fracture(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Sakralgi sedan fallet.", ["present"]),
    ("Sakralgin kvarstår trots Alvedon.", ["present"]),
    ("Buttock pain hö sedan 3 v.", ["present"]),
    ("Gluteal pain bilat vid sittande.", ["present"]),
    ("Höftsmärta, ingen buttock pain.", ["negated"]),
    ("Coccygodyni efter fall på rumpan.", []),
    ("Ont i ljumsken, ingen fx.", []),
])
def test_outside37_sv_sacral_region_pain_by_its_latin_and_english_names(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


# --- cases -----------------------------------------------------------------------------------------------------------
def test_outside37_sv_a_pending_mri_leaves_the_ramus_fracture_flagged():
    rows = [("n1", "2025-01-02", "emergency", "", "83-årig kvinna. Rtg bäcken: ramusfx hö. MR bäcken pending.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "ordered")


def test_outside37_sv_a_quoted_english_denial_is_a_workup_not_a_documented_fracture():
    rows = [("n1", "2025-01-02", "outpatient", "", "79-årig kvinna med LBP sedan 2 v. Remiss MR bäcken.", "sv"),
            ("n2", "2025-01-16", "clinical", "",
             'Svar från privat röntgen: "MRI pelvis: No sacral insufficiency fracture." Pat informerad.', "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("false", "mri")


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

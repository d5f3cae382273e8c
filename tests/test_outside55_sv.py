"""Swedish wording families found by the fifty-fifth round's red-team notes (tests/data/outside55/sv: what a study
covered). A targeted bone scan named as such after its modality ("SKELETTSCINTIGRAFI RIKTAD LÄNDRYGG",
"Skelettscintigrafi (riktad mot ländryggen)") or opening its technique with targeted views ("Teknik: Riktade bilder
över bröst- och ländryggen") is no whole-body study; a study whose field is said to take in more ("MR höger höft
2025-02-10 som även inkluderade bäckenet") images that part, a date before the verb or not (exams.json
`region_reach_words`); a normal reading of a wider field that ends with the sacrum it includes ("Normal
benmärgssignal i bäckenet i övrigt, inklusive sakrum", "Normalt upptag i hela skelettet inklusive bäckenet och
sakrum") denies a sacral fracture, and so reads the sacrum of a hip study; coverage denied with the negation before
its verb, as a Swedish subordinate clause puts it ("där sakrum inte ingick", "som ej omfattade bäckenet"), or with
the sacrum placed out of the field in few words ("Sakrum ej i bildfältet"); a DT BUK of the upper abdomen only
("omfattar endast övre buken", "från diafragmavalven till njurarnas nedre poler"), also where a clinical note quotes
it by its month; and an exam named alone in a clinical note's assessment ("Bedömning: Misstänkt sakrumfraktur.
MR bäcken."; exams.json `assessment_headings`), a plan, not a study done, while under an epikris, a summary or a
diagnosis list it stays a study the stay saw done. A hedge "kan inte med säkerhet uteslutas" is no study "inte med"
(not including the sacrum). Each family by several differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside55" / "sv"
SACRAL = "sacral_fracture"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)]


def _covers(text: str, note_type: str = "clinical", exam: str = "") -> list[bool]:
    return [row[3] for row in _exams(text, note_type, exam)]


# --- a targeted bone scan is no whole-body study ---------------------------------------------------------------------
@pytest.mark.parametrize("exam, text", [
    ("SKELETTSCINTIGRAFI RIKTAD LÄNDRYGG", "Fynd: Ökat upptag i L3."),
    ("SKELETTSCINT, RIKTAD BRÖSTRYGG", "Fynd: Inget patologiskt upptag."),
    ("SKELETTSCINTIGRAFI", "Teknik: Riktade bilder över bröst- och ländryggen, fram och bak.\nFynd: Upptag i Th11."),
    ("SKELETTSCINTIGRAFI", "Teknik: Endast riktad undersökning av ländryggen.\nFynd: Degenerativt upptag."),
])
def test_outside55_sv_a_targeted_bone_scan_report_does_not_cover_the_sacrum(exam, text):
    assert _covers(text, "radiology", exam) == [False]


@pytest.mark.parametrize("text", [
    "Skelettscintigrafi (riktad mot bröst- och ländryggen) 2025-01-03 visade upptag i Th12.",
    "Skelettscint, riktad mot ländryggen, 2/1: ökat upptag L2.",
    "Gjorde skelettscintigrafi riktad över nedre ländryggen 2025-01-05 utan patologiskt upptag.",
])
def test_outside55_sv_a_targeted_bone_scan_told_in_a_note_does_not_cover_the_sacrum(text):
    assert [(m, s, c) for m, _, s, c in _exams(text)] == [("scintigraphy", "performed", False)]


@pytest.mark.parametrize("exam, text", [
    ("SKELETTSCINTIGRAFI HELKROPP", "Fynd: Ökat upptag i L2."),
    ("SKELETTSCINTIGRAFI", "Teknik: Helkroppsbilder fram och bak samt riktade bilder över ländryggen.\nFynd: Upptag L2."),
    ("SKELETTSCINTIGRAFI", "Teknik: Riktade bilder över bäckenet och ländryggen.\nFynd: Normalt upptag."),
    ("SKELETTSCINTIGRAFI RIKTAD BÄCKEN", "Fynd: Normalt upptag i bäckenet."),
])
def test_outside55_sv_a_whole_body_scan_or_targeted_views_of_the_pelvis_cover_it(exam, text):
    assert _covers(text, "radiology", exam) == [True]


def test_outside55_sv_a_targeted_spine_scan_leaves_a_ramus_fracture_without_workup():
    rows = [("n1", "2025-01-05", "emergency", "", "81-årig kvinna. Rtg bäcken: fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-01-09", "radiology", "SKELETTSCINTIGRAFI RIKTAD LÄNDRYGG", "Fynd: Inget ökat upptag.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "radiograph_only")


# --- a study whose field is said to take in more ---------------------------------------------------------------------
@pytest.mark.parametrize("text, region", [
    ("MR höger höft 2025-01-03 som även inkluderade bäckenet: ingen fraktur i höften eller bäckenet.", "pelvis"),
    ("MR vänster höft den 3/1 som också omfattade hela bäckenet visade ingen fraktur.", "pelvis"),
    ("DT höger höft 2025-01-02 som även täckte bäckenet visade ingen fraktur.", "pelvis"),
])
def test_outside55_sv_a_hip_study_that_included_the_pelvis_covers_it(text, region):
    assert [(r, s, c) for _, r, s, c in _exams(text)] == [(region, "performed", True)]


@pytest.mark.parametrize("text", [
    "MR höger höft 2025-01-03 omfattade inte bäckenet, ingen collumfraktur.",
    "MR höger höft 2025-01-03: artros, ingen fraktur.",
    "MR höft 2025-01-03 inkluderade inte sakrum.",
])
def test_outside55_sv_a_hip_study_that_left_the_pelvis_out_does_not_cover_it(text):
    assert _covers(text) == [False]


# --- the sacrum read normal at the end of a wider field --------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Normal benmärgssignal i bäckenet i övrigt, inklusive sakrum.",
    "Normalt upptag i hela skelettet inklusive bäckenet och sakrum.",
    "Normal signal i bäckenskelettet inkl. sakrum och SI-lederna.",
])
def test_outside55_sv_a_normal_field_including_the_sacrum_denies_its_fracture(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence", [
    "Ödem i bäckenet inklusive sakrum.",
    "Ökat upptag i bäckenet inklusive sakrum.",
])
def test_outside55_sv_an_abnormal_field_including_the_sacrum_denies_nothing(sentence):
    assert "negated" not in assertions(sentence, "sv", SACRAL, "radiology")


def test_outside55_sv_a_hip_report_reading_the_pelvis_with_the_sacrum_is_a_workup():
    rows = [("n1", "2025-01-02", "emergency", "", "85-årig kvinna. Rtg höft: ingen säker fraktur.", "sv"),
            ("n2", "2025-01-03", "radiology", "MR HÖFT VÄNSTER",
             "Teknik: Koronal STIR över hela bäckenet.\nFynd: Fraktur i vänster ramus superior. Normal "
             "benmärgssignal i bäckenet i övrigt, inklusive sakrum.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("false", "mri")


# --- coverage denied with the negation before its verb, or the sacrum out of the field -------------------------------
@pytest.mark.parametrize("text", [
    "DT ländrygg 2025-01-03 där sakrum inte ingick visade kompression av L2.",
    "MR ländrygg 2025-01-03, som ej omfattade bäckenet, visade diskbråck.",
    "MR ländrygg 2025-01-03 visade diskbråck; eftersom sakrum inte kom med kan fraktur där ej bedömas.",
])
def test_outside55_sv_a_lumbar_study_whose_clause_leaves_the_sacrum_out_does_not_cover_it(text):
    assert _covers(text) == [False]


@pytest.mark.parametrize("text", [
    "Fynd: Diskbråck L4-L5. Sakrum ej i bildfältet.",
    "Fynd: Diskbråck L4-L5. Bäckenet inte inom undersökningsområdet.",
    "Fynd: Diskbråck L4-L5. Sakrum ligger ej inom bildfältet.",
])
def test_outside55_sv_a_lumbar_report_placing_the_sacrum_out_of_its_field_does_not_cover_it(text):
    assert _covers(text, "radiology", "MR LÄNDRYGG") == [False]


@pytest.mark.parametrize("text", [
    "Fynd: Diskbråck L4-L5. Sakrum ingår i undersökningen och är ua.",
    "Fynd: Diskbråck L4-L5. SI-lederna avbildas och är ua.",
    "Fynd: Diskbråck L4-L5. Sakrum i bildfältet utan ödem eller frakturlinje.",
])
def test_outside55_sv_a_lumbar_report_reading_the_sacrum_in_its_field_covers_it(text):
    assert _covers(text, "radiology", "MR LÄNDRYGG") == [True]


# --- a DT BUK of the upper abdomen only ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Teknik: Undersökningen omfattar endast övre buken, från diafragmavalven till njurarnas nedre poler.\nFynd: ua.",
    "Teknik: Endast övre buk, portovenös fas.\nFynd: Pankreatit.",
    "Teknik: Från diafragman ned till njurarnas nedre poler.\nFynd: Levercysta.",
])
def test_outside55_sv_an_upper_abdominal_ct_does_not_cover_the_sacrum(text):
    assert _covers(text, "radiology", "DT BUK") == [False]


@pytest.mark.parametrize("text", [
    "Teknik: Portovenös fas från diafragma till symfysen.\nFynd: ua.",
    "Fynd: Övre buken ua. Lilla bäckenet ua.",
    "Fynd: Divertikulit i sigmoideum. Skelettet ua.",
])
def test_outside55_sv_an_abdominal_ct_to_the_symphysis_covers_it(text):
    assert _covers(text, "radiology", "DT BUK") == [True]


def test_outside55_sv_a_note_quoting_an_upper_abdominal_ct_by_its_month_keeps_its_field():
    rows = [("n1", "2025-01-20", "radiology", "DT BUK",
             "Teknik: Endast övre buken.\nFynd: Kilformad kompression av L1.", "sv"),
            ("n2", "2025-02-10", "outpatient", "", "75-årig man. Kotkompression L1 på DT buk i januari.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "none")


def test_outside55_sv_a_note_quoting_a_full_abdominal_ct_by_its_month_is_a_workup():
    rows = [("n1", "2025-01-20", "radiology", "DT BUK", "Fynd: Kilformad kompression av L1.", "sv"),
            ("n2", "2025-02-10", "outpatient", "", "75-årig man. Kotkompression L1 på DT buk i januari.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("false", "ct")


# --- an exam named alone in a clinical note's assessment is planned --------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("Bedömning: Misstänkt sakrumfraktur. MR bäcken.", "mri"),
    ("Status: Öm lågt i ryggen.\nBedömning: Lumbago hos äldre kvinna. DT bäcken.", "ct"),
    ("Bedömning: Ländryggssmärta, trolig insufficiensfraktur. Skelettscintigrafi.", "scintigraphy"),
    ("Bedömning: Ramusfraktur vänster.\nMR ländrygg och bäcken.", "mri"),
])
def test_outside55_sv_an_exam_named_alone_in_the_assessment_is_planned(text, modality):
    assert [(m, s) for m, _, s, _ in _exams(text)] == [(modality, "requested")]


@pytest.mark.parametrize("text", [
    "Bedömning: Lumbago. DT bäcken ua.",
    "Bedömning: Lumbago. MR bäcken 3/1 visade ingen fraktur.",
    "Bedömning: Ramusfraktur på DT bäcken.",
    "Aktuellt: Ramusfraktur. DT bäcken: ingen sakrumfraktur.",
    "Epikris: Inlagd efter fall med ramusfraktur. DT bäcken. Mobiliserad med rollator.",
    "Sammanfattning: Ramusfraktur vänster. MR bäcken.",
    "Diagnos: Ramusfraktur. DT bäcken.",
])
def test_outside55_sv_an_exam_reported_in_the_assessment_stays_done(text):
    assert [s for _, _, s, _ in _exams(text)] == ["performed"]


@pytest.mark.parametrize("text", [
    "Utlåtande: Stressreaktion i vänster sakralvinge; insufficiensfraktur i sakrum kan inte med säkerhet uteslutas.",
    "Fynd: Ödem i höger sakralvinge. Fraktur kan inte med säkerhet påvisas i sakrum.",
    "Fynd: Sakrum ua. Ramusfraktur kan ej med visshet uteslutas.",
])
def test_outside55_sv_a_hedge_with_inte_med_sakerhet_denies_no_coverage(text):
    # "inte med" of "inte med säkerhet" is a hedge, not the sacrum left out of the study ("sakrum inte med")
    assert _covers(text, "radiology", "MR BÄCKEN") == [True]


def test_outside55_sv_a_planned_pelvic_mri_then_its_hedged_report_is_a_workup():
    rows = [("n1", "2025-01-02", "outpatient", "", "Aktuellt: 77-årig kvinna med smärta i nedre ländryggen.\n"
                                                   "Bedömning: Misstänkt insufficiensfraktur. MR bäcken.", "sv"),
            ("n2", "2025-01-16", "radiology", "MR bäcken", "Utlåtande: Stressreaktion i vänster sakralvinge; "
                                                           "insufficiensfraktur i sakrum kan inte med säkerhet uteslutas.",
             "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("false", "mri")


def test_outside55_sv_a_pelvic_mri_only_planned_then_stopped_is_ordered():
    rows = [("n1", "2025-01-02", "outpatient", "", "79-årig kvinna, ramusfraktur vänster på rtg bäcken.\n"
                                                   "Bedömning: Misstänkt sakrumfraktur. MR bäcken.", "sv"),
            ("n2", "2025-01-09", "radiology", "MR BÄCKEN",
             "Teknik: Undersökningen avbröts efter lokalizer pga klaustrofobi. Inga diagnostiska bilder.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "ordered")


# --- the set ----------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Swedish wording families found by the sixtieth round's red-team notes (tests/data/outside60/sv: studies stopped,
partial, degraded or not possible): a study stopped and then done, told in one sentence ("avbröts ... men gjordes om
11/2 i narkos", "Första försöket avbröts, andra försöket i narkos gav diagnostiska bilder", "genomförd efter andra
försöket (första avbröts pga smärta)"), done (exams.json `next_step`, `earlier_attempt`); a study that could be done
after all ("som därefter kunde genomföras"), done; a study postponed or paused ("senarelagt", "pausad", "får vänta
tills", "framflyttat", "sköts upp"), still asked for; a study cut short after sagittal images only ("endast sagittala
sekvenser hann tas"), which images the sacrum only in part; a study stopped before a named part or sequence was
imaged ("avbröts innan bäckenet hann avbildas"), done with its field limited; a report asking for its own study again
or for its completion over the sacrum ("Omtag i sedering rekommenderas", "Undersökningen bör göras om i narkos",
"Kompletteras med koronal STIR över sakrum"), a request beside the study done (exams.json `repeat_study`); and a
finding credited to a study cut short ("Kompressionsfraktur L1 enligt MR, som fick avbrytas i förtid"), a study done.
Each family by several differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside60" / "sv"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)]


def _statuses(text: str, note_type: str = "clinical", exam: str = "") -> list[str]:
    return [e[2] for e in _exams(text, note_type, exam)]


# --- a study stopped, then done again or at a later attempt -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "MR bäcken 3/3 avbröts pga panikångest men gjordes om 10/3 i narkos, ingen sakrumfraktur.",
    "MR bäcken avbröts men togs om veckan efter med premedicinering.",
    "DT bäcken fick avbrytas pga oro men gjordes på nytt dagen efter.",
    "Första försöket till MR bäcken fick avbrytas, andra försöket med Stesolid gav diagnostiska bilder.",
    "MR bäcken avbröts pga smärta, vid nytt försök i sedering lyckades undersökningen.",
    "MR bäcken utförd 12/5 efter andra försöket (första avbröts pga klaustrofobi).",
    "Skelettscintigrafi genomförd 4/4 (första gången avbruten pga smärta).",
])
def test_outside60_sv_a_study_stopped_then_done_is_done(text):
    assert _statuses(text) == ["performed"]


@pytest.mark.parametrize("text", [
    "MR bäcken avbröts, andra försöket avbröts också.",
    "MR bäcken avbröts, vid nytt försök lyckades man inte heller.",
    "Första försöket till MR bäcken avbröts pga klaustrofobi.",
    "Pat togs om hand på akuten, MR bäcken avbröts pga smärta.",
    "MR bäcken avbröts pga klaustrofobi.",
])
def test_outside60_sv_a_study_stopped_and_not_done_again_stays_not_done(text):
    assert _statuses(text) == ["not_performed"]


def test_outside60_sv_a_study_redone_works_up_a_ramus_fracture():
    rows = [("n1", "2025-02-03", "radiology", "Rtg bäcken", "Fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-02-14", "discharge", "", "Epikris. Ramusfraktur höger. MR bäcken 7/2 avbröts pga smärta "
                                                  "men gjordes om 11/2 i sedering, ingen sakrumfraktur.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "mri")


# --- a study that could be done after all -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pat fick diazepam inför MR bäcken som därefter kunde genomföras.",
    "Efter lugnande kunde MR bäcken till slut utföras utan anmärkning.",
    "DT bäcken kunde sedan göras i ryggläge med extra smärtlindring.",
])
def test_outside60_sv_a_study_that_could_be_done_was_done(text):
    assert _statuses(text) == ["performed"]


@pytest.mark.parametrize("text", [
    "MR bäcken kunde inte genomföras pga klaustrofobi.",
    "DT bäcken kunde ej utföras pga patientens vikt.",
    "Pat fick diazepam inför MR bäcken som ändå inte kunde genomföras.",
])
def test_outside60_sv_a_study_that_could_not_be_done_was_not(text):
    assert _statuses(text) == ["not_performed"]


# --- a study postponed or paused ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "MR bäcken senarelagt då insulinpumpen måste kopplas bort.",
    "MR bäcken pausad pga pneumoni.",
    "MR bäcken får vänta tills pat kan ligga plant.",
    "DT bäcken framflyttat en vecka.",
    "MR bäcken sköts upp pga infektion.",
    "Skelettscintigrafi måste vänta tills hon är smärtlindrad.",
])
def test_outside60_sv_a_study_postponed_is_still_asked_for(text):
    assert _statuses(text) == ["requested"]


@pytest.mark.parametrize("text", [
    "MR bäcken utförd, pat får vänta på svaret.",
    "MR bäcken gjord 3/3, får vänta på utlåtande från eftergranskning.",
    "MR bäcken 3/3 visade ingen sakrumfraktur.",
])
def test_outside60_sv_waiting_for_a_result_is_of_a_study_done(text):
    assert _statuses(text) == ["performed"]


def test_outside60_sv_a_postponed_pelvic_mri_leaves_the_case_flagged():
    rows = [("n1", "2025-05-06", "outpatient", "", "78-årig kvinna med smärta i ländryggen. Remiss MR bäcken.", "sv"),
            ("n2", "2025-05-20", "clinical", "", "MR bäcken senarelagt då pacemakern ska kontrolleras först.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "ordered")


# --- a study cut short after sagittal images only ------------------------------------------------------------------------
@pytest.mark.parametrize("text, note_type, exam", [
    ("MR bäcken 17/3: endast sagittala sekvenser hann tas innan pat ville avbryta.", "clinical", ""),
    ("MR bäcken igår, bara sagittal STIR och T1 innan hon ville ut.", "clinical", ""),
    ("MR BÄCKEN\nTeknik: Enbart sagittal T1 och STIR hann tas.\nFynd: Inget ödem.", "radiology", "MR bäcken"),
])
def test_outside60_sv_sagittal_images_only_do_not_cover_the_sacrum(text, note_type, exam):
    assert [(e[2], e[3]) for e in _exams(text, note_type, exam)] == [("performed", False)]


@pytest.mark.parametrize("text, note_type, exam", [
    ("MR bäcken 3/3 med sagittala och koronala sekvenser, ingen fraktur i sakrum.", "clinical", ""),
    ("MR BÄCKEN\nTeknik: Endast sagittala och koronala sekvenser, axiala uteslutna pga smärta.\nFynd: Sakrum ua.",
     "radiology", "MR bäcken"),
    ("MR BÄCKEN\nTeknik: Kortat protokoll pga smärta: koronal STIR och T1 över hela bäckenet.\nFynd: Sakrum ua.",
     "radiology", "MR bäcken"),
])
def test_outside60_sv_a_partial_study_with_coronal_images_still_covers(text, note_type, exam):
    assert [(e[2], e[3]) for e in _exams(text, note_type, exam)] == [("performed", True)]


# --- a study stopped before a named part or sequence was imaged ----------------------------------------------------------
@pytest.mark.parametrize("exam, text", [
    ("MR ländrygg", "MR LÄNDRYGG\nTeknik: Sagittala T1 och T2. Undersökningen avbröts innan bäckenet hann avbildas.\n"
                    "Fynd: Kompression av L1."),
    ("MR ländrygg", "MR LÄNDRYGG\nTeknik: Sagittal STIR. Undersökningen avbröts innan de koronala sekvenserna över "
                    "sakrum hann tas, pga smärta.\nFynd: Ödem i L2."),
    ("MR bäcken", "MR BÄCKEN\nTeknik: Koronal STIR. Undersökningen avbröts före de axiala sekvenserna kunde tas.\n"
                  "Fynd: Inget ödem."),
])
def test_outside60_sv_a_study_stopped_before_a_named_part_was_done(exam, text):
    assert [(e[2], e[3]) for e in _exams(text, "radiology", exam)] == [("performed", False)]


@pytest.mark.parametrize("text", [
    "MR BÄCKEN\nUndersökningen avbröts pga klaustrofobi innan några diagnostiska sekvenser hann tas.",
    "MR BÄCKEN\nUndersökningen avbröts innan undersökningen hann påbörjas.",
    "MR BÄCKEN\nUndersökningen avbröts efter lokaliseringsbilderna. Inga diagnostiska bilder.",
])
def test_outside60_sv_a_study_stopped_before_any_images_was_not_done(text):
    assert _statuses(text, "radiology", "MR bäcken") == ["not_performed"]


def test_outside60_sv_a_lumbar_mri_stopped_before_the_pelvis_leaves_no_order():
    rows = [("n1", "2025-04-07", "radiology", "MR ländrygg",
             "MR LÄNDRYGG\nFrågeställning: 70-årig man, smärta i ländryggen.\nTeknik: Sagittala T1, T2 och STIR. "
             "Undersökningen avbröts innan bäckenet hann avbildas.\nFynd: Kompression av L1 med ödem.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


# --- a report asking for its own study again, or for its completion over the sacrum -------------------------------------
@pytest.mark.parametrize("exam, text, asked", [
    ("MR bäcken", "MR BÄCKEN\nKraftiga rörelseartefakter. Omtag i sedering rekommenderas.", ("mri", "pelvis")),
    ("MR bäcken", "MR BÄCKEN\nIcke diagnostisk. Förnyad undersökning i narkos föreslås.", ("mri", "pelvis")),
    ("DT bäcken", "DT BÄCKEN\nRörelseartefakter. Undersökningen bör göras om.", ("ct", "pelvis")),
    ("MR ländrygg", "MR LÄNDRYGG\nUtlåtande: Diskbråck L4-L5. Kompletteras med koronal STIR över sakrum.",
     ("mri", "sacrum")),
    ("MR ländrygg", "MR LÄNDRYGG\nUtlåtande: Ingen kompression. Bör kompletteras med STIR-sekvenser genom bäckenet.",
     ("mri", "pelvis")),
])
def test_outside60_sv_a_repeat_or_completion_asked_in_a_report_is_a_request(exam, text, asked):
    found = _exams(text, "radiology", exam)
    assert [e[2] for e in found] == ["performed", "requested"]
    assert found[1][:2] == asked


@pytest.mark.parametrize("exam, text", [
    ("DT bäcken", "DT BÄCKEN\nRörelseartefakter trots omtag av nedre delen, men sakrum bedömbart.\nFynd: Sakrum intakt."),
    ("MR bäcken", "MR BÄCKEN\nTeknik: Koronal STIR (omtagen pga rörelse) och T1.\nFynd: Ingen fraktur i sakrum."),
    ("MR bäcken", "MR BÄCKEN\nIngen fraktur i sakrum. Förnyad undersökning ej nödvändig."),
])
def test_outside60_sv_a_sequence_retaken_or_a_repeat_declined_asks_for_nothing(exam, text):
    assert _statuses(text, "radiology", exam) == ["performed"]


def test_outside60_sv_a_non_diagnostic_study_with_a_repeat_recommended_is_an_order():
    rows = [("n1", "2025-01-15", "outpatient", "", "82-årig kvinna med smärta i korsryggen.", "sv"),
            ("n2", "2025-01-29", "radiology", "MR bäcken", "MR BÄCKEN\nKraftiga rörelseartefakter.\nUtlåtande: Icke "
                                                           "diagnostisk undersökning. Omtag i sedering rekommenderas.",
             "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "ordered")


# --- a finding credited to a study cut short -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kompressionsfraktur L1 enligt MR, som fick avbrytas i förtid.",
    "Ingen sakrumfraktur på DT bäcken, som dock avbröts i förtid pga smärta.",
    "Ramusfraktur vänster enligt DT, som avbröts efter halva undersökningen.",
])
def test_outside60_sv_a_study_credited_with_a_finding_was_done(text):
    assert _statuses(text) == ["performed"]


@pytest.mark.parametrize("text, status", [
    ("Ramusfraktur och MR bäcken, som hon avböjde.", "not_performed"),
    ("Sakrumfraktur kunde inte verifieras med MR, som avbröts.", "not_performed"),
])
def test_outside60_sv_a_finding_beside_a_study_refused_leaves_it_refused(text, status):
    assert _statuses(text) == [status]


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

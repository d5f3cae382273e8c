"""Exam events (reportminer.exams): status, coverage, date and evidence of every exam a note speaks of, in Swedish
(with and without å/ä/ö) and English; the latest statement wins; only a performed exam covering the sacrum is a
workup; adding an unrelated note never changes a case."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportminer.exams import EXAM_COLUMNS, describe_exams
from reportminer.lexicon import LexiconError, load_lexicon
from reportminer.pipeline import scan

DAY = "2025-01-14"


def _notes(rows: list[tuple]) -> pd.DataFrame:
    """(note_id, patient_id, date, type, exam, text, language) rows as a notes table."""
    return pd.DataFrame([dict(zip(("note_id", "patient_id", "note_date", "note_type", "exam", "text", "language"), r))
                         for r in rows])


def _exams(text: str, language: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    found = scan(_notes([("n1", "p1", DAY, note_type, exam, text, language)])).exams
    return [(r.modality, r.region, r.status, bool(r.covers_sacrum)) for r in found.itertuples(index=False)]


MRI_PELVIS = ("mri", "pelvis")
REQUESTED = (*MRI_PELVIS, "requested", True)
NOT_PERFORMED = (*MRI_PELVIS, "not_performed", True)

STATUS_CASES = [
    # performed: a result is quoted
    ("sv", "DT bäcken visade ingen fraktur.", [("ct", "pelvis", "performed", True)]),
    ("sv", "DT backen visade ingen fraktur.", [("ct", "pelvis", "performed", True)]),
    ("en", "CT pelvis showed no fracture.", [("ct", "pelvis", "performed", True)]),
    # requested: ordered, referral sent, recommended, planned, booked, called in, awaited
    ("sv", "MR bäcken beställd.", [REQUESTED]),
    ("sv", "MR backen bestalld.", [REQUESTED]),
    ("en", "MRI pelvis ordered.", [REQUESTED]),
    ("sv", "Remiss skickad för MR bäcken.", [REQUESTED]),
    ("sv", "Remiss utfardad for MR backen.", [REQUESTED]),
    ("en", "Referral sent for MRI pelvis.", [REQUESTED]),
    ("sv", "MR bäcken rekommenderas.", [REQUESTED]),
    ("en", "An MRI of the pelvis is recommended.", [REQUESTED]),
    ("sv", "MR bäcken planeras.", [REQUESTED]),
    ("en", "MRI pelvis planned.", [REQUESTED]),
    ("sv", "MR bäcken bokad till nästa vecka.", [REQUESTED]),
    ("en", "MRI pelvis booked for next week.", [REQUESTED]),
    ("sv", "Kallelse skickad till MR bäcken.", [REQUESTED]),
    ("sv", "Väntar på MR bäcken.", [REQUESTED]),
    ("sv", "Vantar pa MR backen.", [REQUESTED]),
    ("en", "Awaiting MRI pelvis.", [REQUESTED]),
    # not performed, by reason
    ("sv", "MR bäcken avbokad.", [NOT_PERFORMED]),
    ("sv", "MR backen installd.", [NOT_PERFORMED]),
    ("en", "MRI pelvis was cancelled.", [NOT_PERFORMED]),
    ("sv", "Pat avböjer MR bäcken.", [NOT_PERFORMED]),
    ("sv", "Pat avbojer MR backen.", [NOT_PERFORMED]),
    ("en", "Patient declined the MRI pelvis.", [NOT_PERFORMED]),
    ("sv", "Pat uteblev från MR bäcken.", [NOT_PERFORMED]),
    ("sv", "Pat uteblev fran MR backen.", [NOT_PERFORMED]),
    ("en", "Patient did not attend the MRI pelvis appointment.", [NOT_PERFORMED]),
    ("sv", "MR bäcken kan inte göras pga pacemaker.", [NOT_PERFORMED]),
    ("sv", "MR backen ej mojlig pga klaustrofobi.", [NOT_PERFORMED]),
    ("en", "MRI pelvis contraindicated: pacemaker is not MRI safe.", [NOT_PERFORMED]),
    ("en", "MRI pelvis not possible because of claustrophobia.", [NOT_PERFORMED]),
    ("sv", "MR bäcken aldrig bokad.", [NOT_PERFORMED]),
    ("en", "MRI pelvis was never booked.", [NOT_PERFORMED]),
    ("sv", "MR bäcken remitterad men remissen har kommit bort.", [NOT_PERFORMED]),
    ("en", "The MRI pelvis request was lost.", [NOT_PERFORMED]),
    ("sv", "MR bäcken blev aldrig utförd.", [NOT_PERFORMED]),
    ("sv", "MR backen blev aldrig utford.", [NOT_PERFORMED]),
    ("sv", "MR bäcken ej gjord.", [NOT_PERFORMED]),
    ("en", "MRI pelvis not done.", [NOT_PERFORMED]),
    ("sv", "Remissen till MR bäcken återkallad.", [NOT_PERFORMED]),
    ("en", "The referral for MRI pelvis was withdrawn.", [NOT_PERFORMED]),
    ("en", "MRI pelvis referral returned by radiology.", [NOT_PERFORMED]),
    ("en", "MRI pelvis was ordered but cancelled.", [NOT_PERFORMED]),
    ("sv", "Remiss MR bäcken skickad, men pat avböjde.", [NOT_PERFORMED]),
    ("en", "MRI pelvis and CT pelvis were recommended. None of these studies were done.",
     [NOT_PERFORMED, ("ct", "pelvis", "not_performed", True)]),
    ("sv", "MR bäcken remitterad. Pat uteblev från undersökningen.", [NOT_PERFORMED]),
    # a later clause wins ("rebooked"), but a result word of another clause does not make an order performed
    ("sv", "MR bäcken avbokad, ny tid bokas.", [REQUESTED]),
    ("en", "MRI pelvis was cancelled, will be rescheduled.", [REQUESTED]),
    ("en", "MRI pelvis ordered; labs normal.", [REQUESTED]),
    ("sv", "MR bäcken beställd, blodprover normala.", [REQUESTED]),
    # results awaited: the exam was done
    ("en", "CT pelvis done, report pending.", [("ct", "pelvis", "performed", True)]),
    ("en", "Awaiting results of CT pelvis.", [("ct", "pelvis", "performed", True)]),
    ("sv", "DT bäcken gjord, svar inväntas.", [("ct", "pelvis", "performed", True)]),
    ("sv", "Pat meddelar att hon inte kommer på MR bäcken i morgon, vill inte.", [NOT_PERFORMED]),
    # a refusal of something else is no refusal of the exam
    ("en", "MRI pelvis showed no fracture; she declined IV contrast.", [("mri", "pelvis", "performed", True)]),
    ("sv", "MR bäcken beställd, pat avböjer kontrast.", [REQUESTED]),
    # a statement that no pelvic imaging was done names no exam
    ("sv", "Ingen bilddiagnostik av bäckenet utförd.", []),
    ("sv", "Ingen bilddiagnostik av backenet utford.", []),
    # a reported result is not undone by a refusal of something else
    ("en", "MRI pelvis showed no fracture; she declines surgery.", [("mri", "pelvis", "performed", True)]),
    ("sv", "MR bäcken visade ingen fraktur, pat avböjer operation.", [("mri", "pelvis", "performed", True)]),
]


@pytest.mark.parametrize("language,text,expected", STATUS_CASES, ids=[f"{c[0]}-{c[1][:40]}" for c in STATUS_CASES])
def test_exams_status(language, text, expected):
    assert _exams(text, language) == expected


LUMBAR = {"sv": "MR ländrygg", "en": "MRI lumbar spine"}
COVERAGE_CASES = [
    # a lumbar study covers the sacrum only when its report assesses it
    ("sv", "MR ländrygg", "Diskbuktning L4-L5. Sakrum och SI-leder ua.", True),
    ("sv", "MR ländrygg", "Diskbuktning L4-L5. Sakrum och SI-leder ua.".replace("ä", "a"), True),
    ("sv", "MR ländrygg", "Diskbuktning L4-L5. Ingen spinal stenos.", False),
    ("en", "MRI lumbar spine", "Disc bulge at L4-5. The sacrum and SI joints are normal.", True),
    ("en", "MRI lumbar spine", "Disc bulge at L4-5. No spinal stenosis.", False),
    # ... and never when it says the sacrum was not (fully) imaged or assessed
    ("sv", "MR ländrygg", "Diskbuktning L4-L5. Sakrum ingår ej i undersökningen.", False),
    ("sv", "MR ländrygg", "Diskbuktning L4-L5. Sakrum ingar ej.", False),
    ("sv", "MR ländrygg", "Sakrum bedöms ej.", False),
    ("sv", "DT ländrygg", "Sakrum endast delvis avbildat, utan fraktur.", False),
    ("sv", "MR ländrygg", "Sakrum ofullständigt avbildat.", False),
    ("sv", "MR ländrygg", "Riktad MR av sakrum rekommenderas.", False),
    ("en", "MRI lumbar spine", "The sacrum is not included in the field of view.", False),
    ("en", "MRI lumbar spine", "The sacrum is not assessed.", False),
    ("en", "MRI lumbar spine", "The sacrum is only partly imaged.", False),
    ("en", "CT lumbar spine", "The sacrum is incompletely evaluated.", False),
    ("en", "MRI lumbar spine", "Sacrum unremarkable. A dedicated MRI of the sacrum is recommended.", False),
    ("en", "CT pelvis", "The sacrum is incompletely evaluated because of motion.", False),
    # pelvis, sacrum, SI joints, abdomen and pelvis, whole-body scintigraphy cover it
    ("sv", "MR bäcken", "Inga frakturer.", True),
    ("sv", "MR sakrum", "Inga frakturer.", True),
    ("sv", "DT SI-leder", "Inga frakturer.", True),
    ("sv", "DT buk-bäcken", "Inga frakturer.", True),
    ("sv", "Skelettscintigrafi", "Inga upptag.", True),
    ("en", "CT abdomen/pelvis", "No fracture.", True),
    ("en", "Bone scan whole body", "No abnormal uptake.", True),
    ("en", "MRI sacrum", "No fracture.", True),
]


@pytest.mark.parametrize("language,exam,text,covers", COVERAGE_CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2][:30]}" for c in COVERAGE_CASES])
def test_exams_coverage_of_the_reports_own_exam(language, exam, text, covers):
    found = _exams(f"{exam.upper()}\n{text}", language, "radiology", exam)
    assert found[0][2:] == ("performed", covers)


LOOKALIKE_CASES = [
    # a comparison names an earlier study: performed, on the date it gives, else on no date
    ("en", "XR pelvis", "COMPARISON: CT pelvis 2018-03-01.\nFINDINGS: Right superior pubic ramus fracture.",
     ("ct", "pelvis", "performed", True, "2018-03-01")),
    ("en", "XR pelvis", "COMPARISON: CT pelvis.\nFINDINGS: Right superior pubic ramus fracture.",
     ("ct", "pelvis", "performed", True, "")),
    ("sv", "Rtg bäcken", "Jämförelse: DT bäcken 2019-05-01.\nFynd: Fraktur i höger ramus inferior.",
     ("ct", "pelvis", "performed", True, "2019-05-01")),
    ("sv", "Rtg backen", "Jamforelse: DT backen 2019-05-01.\nFynd: Fraktur i hoger ramus inferior.",
     ("ct", "pelvis", "performed", True, "2019-05-01")),
    # the technique section of a report speaks of the report's own exam
    ("en", "MRI pelvis", "EXAM ABORTED: patient unable to lie still.", ("mri", "pelvis", "not_performed", True, DAY)),
    ("sv", "MR bäcken", "Teknik: Undersökningen fick avbrytas efter första serien.",
     ("mri", "pelvis", "not_performed", True, DAY)),
    ("en", "CT pelvis", "TECHNIQUE: Non-contrast; the patient declined IV contrast.\nFINDINGS: No sacral fracture.",
     ("ct", "pelvis", "performed", True, DAY)),
    # a radiograph images the pelvis but is no sacral workup
    ("sv", "Rtg bäcken", "Fraktur i höger ramus superior.", ("radiograph", "pelvis", "performed", False, DAY)),
    ("en", "XR pelvis", "Right superior pubic ramus fracture.", ("radiograph", "pelvis", "performed", False, DAY)),
    # a bone density scan is an exam of its own, no workup
    ("sv", "DXA", "T-score -3,1 i ländryggen.", ("other", "other", "performed", False, DAY)),
    ("en", "DXA", "Lumbar spine T-score -3.1.", ("other", "other", "performed", False, DAY)),
]


@pytest.mark.parametrize("language,exam,text,expected", LOOKALIKE_CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2][:25]}" for c in LOOKALIKE_CASES])
def test_exams_lookalikes(language, exam, text, expected):
    found = scan(_notes([("n1", "p1", DAY, "radiology", exam, text, language)])).exams
    rows = {(r.modality, r.region, r.status, bool(r.covers_sacrum),
             "" if pd.isna(r.date) else r.date.strftime("%Y-%m-%d")) for r in found.itertuples(index=False)}
    assert expected in rows


@pytest.mark.parametrize("language,text", [("sv", "DXA visade osteoporos."), ("en", "DXA showed osteoporosis."),
                                           ("en", "Bone density scan: osteopenia.")])
def test_exams_bone_density_in_a_note_is_no_workup(language, text):
    assert all(row[0] not in ("ct", "mri", "scintigraphy") for row in _exams(text, language))


def test_exams_date_is_the_sentences_then_the_notes():
    found = _exams("DT bäcken 2024-12-20 visade ingen fraktur. MR bäcken planeras.", "sv")
    notes = _notes([("n1", "p1", DAY, "clinical", "", "DT bäcken 2024-12-20 visade ingen fraktur. MR bäcken planeras.",
                     "sv")])
    dates = [r.date.strftime("%Y-%m-%d") for r in scan(notes).exams.itertuples(index=False)]
    assert [f[:3] for f in found] == [("ct", "pelvis", "performed"), ("mri", "pelvis", "requested")]
    assert sorted(dates) == ["2024-12-20", DAY]


def _two_notes(first: str, second: str, language: str) -> pd.DataFrame:
    return _notes([("n1", "p1", "2025-01-14", "clinical", "", first, language),
                   ("n2", "p1", "2025-02-20", "clinical", "", second, language)])


@pytest.mark.parametrize("language,first,second,status", [
    ("en", "Right pubic ramus fracture. MRI pelvis ordered.", "Patient declined the MRI.", "not_performed"),
    ("sv", "Ramusfraktur hö. Remiss MR bäcken skickad.", "MR bäcken avbokad.", "not_performed"),
    ("sv", "Ramusfraktur ho. Remiss MR backen skickad.", "Pat avbojer MR.", "not_performed"),
    ("en", "Right pubic ramus fracture. MRI pelvis ordered.", "MRI pelvis showed no fracture.", "performed"),
    ("en", "Right pubic ramus fracture. MRI pelvis ordered.", "Still awaiting the MRI pelvis.", "requested"),
])
def test_exams_the_latest_statement_wins(language, first, second, status):
    result = scan(_two_notes(first, second, language))
    request = result.exams[result.exams["note_id"] == "n1"]
    assert request["status"].tolist() == [status]


def test_exams_a_cancelled_request_gives_workup_ordered_and_says_what_happened():
    result = scan(_two_notes("Right pubic ramus fracture. MRI pelvis ordered.",
                             "Patient declined the MRI, she does not want more tests.", "en"))
    case = result.cases.iloc[0]
    assert (case.flagged, case.priority, case.workup) == ("true", "high", "ordered")
    assert describe_exams(result.exams.assign(status=["requested", "not_performed"])) == [
        "MRI pelvis requested 2025-01-14; not performed (declined, 2025-02-20)"]


@pytest.mark.parametrize("language,text,workup,flagged", [
    ("sv", "Ramusfraktur hö. DT bäcken visade ingen sakrumfraktur.", "ct", "false"),
    ("sv", "Ramusfraktur hö. DT bäcken avbokad.", "ordered", "true"),
    ("sv", "Ramusfraktur hö. MR ländrygg utan anmärkning.", "none", "true"),
    ("en", "Right pubic ramus fracture. XR pelvis only.", "radiograph_only", "true"),
    ("en", "Right pubic ramus fracture. MRI pelvis cancelled.", "ordered", "true"),
    ("en", "Right pubic ramus fracture. Bone scan showed no sacral uptake.", "scintigraphy", "false"),
])
def test_exams_only_a_performed_covering_exam_is_a_workup(language, text, workup, flagged):
    case = scan(_notes([("n1", "p1", DAY, "clinical", "", text, language)])).cases.iloc[0]
    assert (case.workup, case.flagged) == (workup, flagged)


CERTAINTY_CASES = [
    ("sv", "Ramusfraktur hö. Trolig sakral fraktur, ej bekräftad."),
    ("sv", "Ramusfraktur hö. Sakrumfraktur ej bekräftad."),
    ("sv", "Ramusfraktur ho. Sakrumfraktur ej bekraftad."),
    ("sv", "Ramusfraktur hö. Sakrumfraktur kan ej uteslutas."),
    ("sv", "Ramusfraktur hö. Sannolik sakral fraktur utan verifierande undersökning."),
    ("sv", "Ramusfraktur hö. Sakrumfraktur, ej verifierad."),
    ("en", "Right pubic ramus fracture. Probable sacral fracture."),
    ("en", "Right pubic ramus fracture. Presumed sacral insufficiency fracture."),
    ("en", "Right pubic ramus fracture. Sacral fracture, not verified."),
    ("en", "Right pubic ramus fracture. Possible sacral fracture."),
    ("en", "Right pubic ramus fracture. Managed as a presumed sacral fracture without imaging."),
    ("en", "Right pubic ramus fracture. Sacral fracture not confirmed on imaging."),
]


@pytest.mark.parametrize("language,text", CERTAINTY_CASES, ids=[c[1][28:70] for c in CERTAINTY_CASES])
def test_exams_a_hedged_sacral_fracture_is_suspected_and_keeps_the_case_open(language, text):
    result = scan(_notes([("n1", "p1", DAY, "clinical", "", text, language)]))
    sacral = result.mentions[result.mentions["concept"] == "sacral_fracture"]
    assert sacral["assertion"].tolist() == ["uncertain"]
    case = result.cases.iloc[0]
    assert (case.flagged, case.priority) == ("true", "high") and case.workup != "sacral_fracture_documented"


@pytest.mark.parametrize("language,text", [
    ("sv", "Ramusfraktur hö. MR bäcken visar sakrumfraktur hö."),
    ("en", "Right pubic ramus fracture. MRI pelvis confirms a right sacral insufficiency fracture."),
    ("en", "Right pubic ramus fracture. MRI pelvis showed a non-displaced left sacral ala fracture."),
    ("sv", "Ramusfraktur hö. MR bäcken visar odislocerad sakrumfraktur vä."),
])
def test_exams_a_sacral_fracture_stated_by_a_performed_exam_is_documented(language, text):
    case = scan(_notes([("n1", "p1", DAY, "clinical", "", text, language)])).cases.iloc[0]
    assert (case.flagged, case.workup) == ("false", "sacral_fracture_documented")


# --- the lexicon's exam wording is data, loaded strictly -----------------------------------------------------
def _site(tmp_path, exams: dict) -> str:
    (tmp_path / "sv").mkdir()
    (tmp_path / "sv" / "exams.json").write_text(json.dumps({"language": "sv", "purpose": "exams", **exams}),
                                                encoding="utf-8")
    return str(tmp_path)


def test_exams_wording_rejects_an_unknown_status(tmp_path):
    with pytest.raises(LexiconError, match=r"exams.json.*unknown key.*'postponed'.*allowed"):
        load_lexicon("sv", _site(tmp_path, {"status": {"postponed": {"later": ["\\bsenare\\b"]}}}))


def test_exams_wording_rejects_a_bad_regular_expression(tmp_path):
    with pytest.raises(LexiconError, match=r"status.not_performed.cancelled: bad regular expression"):
        load_lexicon("sv", _site(tmp_path, {"status": {"not_performed": {"cancelled": ["(avbokad"]}}}))


def test_exams_wording_rejects_an_unknown_coverage_key(tmp_path):
    with pytest.raises(LexiconError, match=r"unknown key.*'maybe'"):
        load_lexicon("sv", _site(tmp_path, {"coverage": {"maybe": ["x"]}}))


def test_exams_a_sites_wording_extends_a_reason(tmp_path):
    site = _site(tmp_path, {"status": {"not_performed": {"cancelled": ["\\bstrukits ur planen\\b"]}}})
    lexicon = load_lexicon("sv", site)
    assert "\\bstrukits ur planen\\b" in lexicon.exam_status["not_performed"]["cancelled"]
    assert len(lexicon.exam_status["not_performed"]["cancelled"]) > 1  # ours are kept
    found = scan(_notes([("n1", "p1", DAY, "clinical", "", "MR bäcken har strukits ur planen.", "sv")]),
                 lexicon_dir=site).exams
    assert found["status"].tolist() == ["not_performed"]


def test_a_sites_correction_wording_is_read(tmp_path):
    """exams.json ``corrections`` is read with the note's own lexicon, a site's folder included: a site word for a
    correction ("Erratum" is ours, "Rectification" the site's) makes a later note put right the study of an earlier
    one."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "exams.json").write_text(json.dumps({"language": "en", "purpose": "exams",
                                                            "corrections": ["\\brectification\\b"]}), encoding="utf-8")
    notes = _notes([("n1", "p1", "2025-03-02", "clinical", "", "Ramus fracture. MRI pelvis 02/03: no fracture.", "en"),
                    ("n2", "p1", "2025-03-03", "clinical", "", "Rectification of yesterday's entry: the MRI of 02/03 "
                     "was of the lumbar spine, not the pelvis.", "en")])

    def first_mri(lexicon_dir):
        found = scan(notes, lexicon_dir=lexicon_dir).exams
        row = found[found["note_id"] == "n1"].iloc[0]
        return row["region"], bool(row["covers_sacrum"])

    assert first_mri(None) == ("pelvis", True)
    assert first_mri(str(tmp_path)) == ("lumbar_spine", False)


def test_exams_frame_has_the_columns_of_exams_csv():
    found = scan(_notes([("n1", "p1", DAY, "clinical", "", "MR bäcken planeras.", "sv")])).exams
    assert list(found.columns[:len(EXAM_COLUMNS)]) == list(EXAM_COLUMNS)


# --- property: an unrelated note never changes a case --------------------------------------------------------
_BASE = _notes([
    ("a1", "A", "2025-01-10", "radiology", "Rtg bäcken", "Rtg bäcken\nFynd: Fraktur i höger ramus superior.", "sv"),
    ("a2", "A", "2025-01-12", "clinical", "", "Remiss MR bäcken skickad.", "sv"),
    ("a3", "A", "2025-02-01", "clinical", "", "Pat avböjer MR bäcken.", "sv"),
    ("b1", "B", "2025-03-01", "clinical", "", "Low back pain. 80 yo F. MRI pelvis showed no sacral fracture.", "en"),
])
_BASE_CASES = scan(_BASE).cases

_UNRELATED_TEXT = st.sampled_from([
    "Kontroll av blodtryck, inga nya besvär.", "Follow-up for hypertension; doing well.",
    "Remiss skickad till hudkliniken.", "Patient declined the flu vaccine.", "Avbokad tid hos tandläkaren.",
    "MR bäcken avbokad.", "Ramusfraktur hö. Trolig sakrumfraktur.", "CT pelvis was cancelled.",
])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_UNRELATED_TEXT, other_patient=st.booleans(), day=st.integers(0, 400))
def test_exams_an_unrelated_note_never_changes_a_case(text, other_patient, day):
    """A note of another patient (any content), or a note of the patient that names no concept and no exam,
    leaves every case of the base patients as it was."""
    names_something = not scan(_notes([("x", "Z", DAY, "clinical", "", text, "")])).mentions.empty
    if names_something and not other_patient:
        other_patient = True  # a note naming a concept is unrelated only as another patient's
    date = (pd.Timestamp("2024-12-01") + pd.Timedelta(days=day)).strftime("%Y-%m-%d")
    extra = _notes([("x1", "Z" if other_patient else "A", date, "clinical", "", text, "")])
    cases = scan(pd.concat([_BASE, extra], ignore_index=True)).cases
    pd.testing.assert_frame_equal(cases[cases["patient_id"].isin(["A", "B"])].reset_index(drop=True), _BASE_CASES)


@pytest.mark.parametrize("language,text,date", [
    ("en", "Right pubic ramus fracture. CT pelvis was done at the outside hospital years ago.", "2023-01-15"),
    ("en", "Right pubic ramus fracture. CT pelvis 3 months ago was normal.", "2024-10-16"),
    ("sv", "Ramusfraktur hö. DT bäcken för två år sedan utan anmärkning.", "2023-01-15"),
    ("sv", "Ramusfraktur ho. DT backen for tva ar sedan utan anmarkning.", "2023-01-15"),
    ("sv", "Ramusfraktur hö. DT bäcken 2024-12-20 visade ingen sakrumfraktur.", "2024-12-20"),
    ("en", "Right pubic ramus fracture. CT pelvis 3/15/2024 was normal.", "2024-03-15"),
    ("en", "Right pubic ramus fracture. CT pelvis on 1/10 was normal.", "2025-01-10"),
    ("sv", "Ramusfraktur hö. DT bäcken den 10/1 utan fraktur i sakrum.", "2025-01-10"),
])
def test_exams_a_stated_date_dates_the_exam_and_decides_the_window(language, text, date):
    result = scan(_notes([("n1", "p1", DAY, "clinical", "", text, language)]))
    assert result.exams["date"].dt.strftime("%Y-%m-%d").tolist() == [date]
    in_window = pd.Timestamp(date) >= pd.Timestamp(DAY) - pd.Timedelta(days=30)
    assert result.cases.iloc[0].workup == ("ct" if in_window else "none")


# --- the nightly database keeps the exam statements, and a later note changes the case ------------------------
def test_exams_nightly_stores_statements_and_a_later_note_resolves_the_order(db_url, tmp_path):
    from reportminer.export import write_exams
    from reportminer.nightly import NightlyRun, read_cases
    from reportminer.sources import FileSource

    from .conftest import write_rows

    first = [{"note_id": "n1", "patient_id": "p1", "note_date": "2025-01-14", "note_type": "clinical", "exam": "",
              "text": "Ramusfraktur hö. Remiss MR bäcken skickad.", "language": "sv"}]
    NightlyRun(db_url, FileSource(write_rows(tmp_path / "a.csv", first), 50)).run()
    assert read_cases(db_url).loc[0, ["flagged", "workup"]].tolist() == ["true", "ordered"]
    later = first + [{"note_id": "n2", "patient_id": "p1", "note_date": "2025-01-20", "note_type": "radiology",
                      "exam": "MR bäcken", "text": "MR BÄCKEN\nFynd: Ramusfraktur hö. Ingen fraktur i sakrum.",
                      "language": "sv"}]
    summary = NightlyRun(db_url, FileSource(write_rows(tmp_path / "b.csv", later), 50)).run()
    assert (summary.notes_new, summary.notes_unchanged) == (1, 1)
    assert read_cases(db_url).loc[0, ["flagged", "workup"]].tolist() == ["false", "mri"]
    path, count = write_exams(db_url, tmp_path / "exams.csv")
    exams = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert exams[["note_id", "date", "modality", "region", "status", "covers_sacrum"]].values.tolist() == [
        ["n1", "2025-01-14", "mri", "pelvis", "performed", "true"],  # the request, found done
        ["n2", "2025-01-20", "mri", "pelvis", "performed", "true"]]


def test_exams_export_writes_the_stored_exam_events_like_scan(tmp_path):
    """`reportminer export --exams` reads the nightly database's exam events: the same table as scan's exams.csv."""
    from click.testing import CliRunner

    from reportminer.cli import main

    from .conftest import write_rows

    rows = [{"note_id": "n1", "patient_id": "p1", "note_date": "2025-01-14", "note_type": "clinical", "exam": "",
             "text": "Right pubic ramus fracture. MRI pelvis ordered.", "language": "en"},
            {"note_id": "n2", "patient_id": "p1", "note_date": "2025-02-20", "note_type": "clinical", "exam": "",
             "text": "Patient declined the MRI.", "language": "en"}]
    notes = write_rows(tmp_path / "notes.csv", rows)
    runner = CliRunner()
    db = str(tmp_path / "state.db")
    assert runner.invoke(main, ["nightly", str(notes), "--db", db]).exit_code == 0
    result = runner.invoke(main, ["export", "--db", db, "--out", str(tmp_path / "cases.csv"),
                                  "--exams", str(tmp_path / "exams.csv")])
    assert result.exit_code == 0, result.output
    assert "2 exam events" in result.output
    assert runner.invoke(main, ["scan", str(notes), "--out", str(tmp_path / "scan")]).exit_code == 0
    assert (tmp_path / "exams.csv").read_bytes() == (tmp_path / "scan" / "exams.csv").read_bytes()
    exams = pd.read_csv(tmp_path / "exams.csv", dtype=str)
    assert exams["status"].tolist() == ["not_performed", "not_performed"]  # the order was later declined
    bad = runner.invoke(main, ["export", "--db", db, "--out", str(tmp_path / "c.csv"), "--exams", str(tmp_path / "e.xlsx")])
    assert bad.exit_code == 2 and "--exams" in bad.output

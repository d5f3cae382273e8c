"""The default flagging rules of CONTRACT.md, end to end on small hand-written patient histories."""
from __future__ import annotations

import pandas as pd
import pytest

import reportminer
from reportminer.io import read_patients

RAMUS_XR_SV = ("radiology", "Rtg bäcken", "Fynd: Fraktur i vänster ramus superior. Höftleder ua.")
RAMUS_XR_EN = ("radiology", "XR pelvis", "FINDINGS: Fracture of the left superior pubic ramus.")
MR_PELVIS_SV = ("radiology", "MR bäcken", "Fynd: Ingen fraktur i sakrum. Normala förhållanden i bäckenet.")
MRI_PELVIS_EN = ("radiology", "MRI pelvis", "FINDINGS: No sacral fracture. Normal pelvic bones.")


def _notes(*rows) -> pd.DataFrame:
    """rows: (patient_id, date, (note_type, exam, text)); note ids are numbered."""
    return pd.DataFrame([
        {"note_id": f"n{i}", "patient_id": pid, "note_date": date, "note_type": kind, "exam": exam, "text": text}
        for i, (pid, date, (kind, exam, text)) in enumerate(rows)])


def _patients(*rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["patient_id", "sex", "birth_date"])


def _case(notes: pd.DataFrame, patients: pd.DataFrame | None = None, pid: str = "p1") -> dict:
    _, cases = reportminer.scan(notes, patients)
    rows = cases[cases["patient_id"] == pid].to_dict("records")
    return rows[0] if rows else {}


@pytest.mark.parametrize("ramus", [RAMUS_XR_SV, RAMUS_XR_EN], ids=["sv", "en"])
def test_flags_ramus_fracture_with_radiograph_only_is_flagged_high(ramus):
    case = _case(_notes(("p1", "2024-03-01", ramus)), _patients(("p1", "F", "1940-01-01")))
    assert (case["flagged"], case["priority"], case["reasons"], case["workup"]) == (
        "true", "high", "pubic_ramus_fracture", "radiograph_only")
    assert (case["first_index_date"], case["age"], case["sex"]) == ("2024-03-01", "84", "F")


@pytest.mark.parametrize("ramus, mri", [(RAMUS_XR_SV, MR_PELVIS_SV), (RAMUS_XR_EN, MRI_PELVIS_EN)], ids=["sv", "en"])
@pytest.mark.parametrize("mri_date, flagged, workup", [
    ("2024-03-10", "false", "mri"),  # after the index finding
    ("2024-02-10", "false", "mri"),  # 20 days before: inside the 30-day lookback
    ("2024-01-20", "true", "radiograph_only"),  # 41 days before: too early
])
def test_flags_pelvic_mri_counts_within_the_window(ramus, mri, mri_date, flagged, workup):
    case = _case(_notes(("p1", "2024-03-01", ramus), ("p1", mri_date, mri)))
    assert (case["flagged"], case["workup"]) == (flagged, workup)


def test_flags_compression_fracture_with_low_back_pain_is_medium():
    notes = _notes(("p1", "2024-05-02", ("emergency", "", "Anamnes: Ont i ländryggen sedan en vecka.")),
                   ("p1", "2024-05-02", ("radiology", "Rtg ländrygg", "Fynd: Kompressionsfraktur av L1.")))
    case = _case(notes)
    assert (case["flagged"], case["priority"], case["reasons"]) == (
        "true", "medium", "low_back_pain;vertebral_compression_fracture")


@pytest.mark.parametrize("sex, birth, extra, flagged", [
    ("F", "1955-01-01", "", "true"),  # woman of 69: at risk
    ("M", "1980-01-01", "", "false"),  # man of 44, no risk factor
    ("M", "1980-01-01", " Känd osteoporos.", "true"),  # risk factor
    ("F", "1970-01-01", " Prednisolon 10 mg dagligen.", "true"),  # long-term steroids
])
def test_flags_low_back_pain_flags_only_patients_at_risk(sex, birth, extra, flagged):
    notes = _notes(("p1", "2024-06-01", ("outpatient", "", "Aktuellt: Smärta i ländryggen sedan 3 veckor." + extra)))
    case = _case(notes, _patients(("p1", sex, birth)))
    assert (case["flagged"], case["reasons"]) == (flagged, "low_back_pain")
    assert case["priority"] == ("low" if flagged == "true" else "")


def test_flags_suspected_sacral_fracture_flags_on_its_own():
    notes = _notes(("p1", "2024-02-01", ("radiology", "Rtg bäcken", "Utlåtande: Misstänkt sakrumfraktur vä.")))
    case = _case(notes)
    assert (case["flagged"], case["priority"], case["reasons"], case["workup"]) == (
        "true", "high", "sacral_fracture", "radiograph_only")


def test_flags_documented_sacral_fracture_is_not_flagged():
    notes = _notes(("p1", "2024-02-01", RAMUS_XR_EN),
                   ("p1", "2024-02-03", ("radiology", "CT pelvis", "IMPRESSION: Left sacral insufficiency fracture.")))
    case = _case(notes)
    assert (case["flagged"], case["workup"]) == ("false", "sacral_fracture_documented")


@pytest.mark.parametrize("report, flagged, workup", [
    ("FINDINGS: Degenerative disc disease L4-L5.", "true", "none"),
    ("FINDINGS: Degenerative disc disease L4-L5. The sacrum and SI joints are normal.", "false", "mri"),
])
def test_flags_lumbar_mri_counts_only_when_it_assessed_the_sacrum(report, flagged, workup):
    notes = _notes(("p1", "2024-04-01", ("outpatient", "", "HPI: Compression fracture of L2 diagnosed last week.")),
                   ("p1", "2024-04-05", ("radiology", "MRI lumbar spine", report)))
    case = _case(notes)
    assert (case["flagged"], case["workup"]) == (flagged, workup)


def test_flags_ct_abdomen_pelvis_is_a_workup():
    notes = _notes(("p1", "2024-04-01", RAMUS_XR_EN),
                   ("p1", "2024-04-02", ("radiology", "CT abdomen/pelvis", "FINDINGS: Diverticulosis.")))
    assert _case(notes)["workup"] == "ct"


def test_flags_ordered_exam_is_not_a_workup():
    notes = _notes(("p1", "2024-04-01", RAMUS_XR_SV),
                   ("p1", "2024-04-02", ("clinical", "", "Planering: Remiss för MR bäcken skickad.")))
    case = _case(notes)
    assert (case["flagged"], case["workup"]) == ("true", "ordered")


def test_flags_comparison_line_names_an_old_study():
    report = "COMPARISON: CT pelvis 2021-05-01.\nFINDINGS: Fracture of the right inferior pubic ramus."
    case = _case(_notes(("p1", "2024-04-01", ("radiology", "XR pelvis", report))))
    assert (case["flagged"], case["workup"]) == ("true", "radiograph_only")


def test_flags_new_episode_after_a_year_is_judged_afresh():
    notes = _notes(("p1", "2021-01-10", RAMUS_XR_SV), ("p1", "2021-01-12", MR_PELVIS_SV),
                   ("p1", "2024-03-01", RAMUS_XR_SV))
    case = _case(notes)
    assert (case["flagged"], case["first_index_date"], case["workup"]) == ("true", "2024-03-01", "radiograph_only")


def test_flags_age_and_sex_from_the_text_when_the_patients_table_lacks_them():
    notes = _notes(("p1", "2024-03-01", ("emergency", "", "Aktuellt: 82-årig kvinna med smärta i ländryggen.")))
    case = _case(notes)
    assert (case["sex"], case["age"], case["flagged"]) == ("F", "82", "true")


def test_flags_negated_and_questioned_findings_are_no_index_findings():
    notes = _notes(("p1", "2024-03-01", ("radiology", "Rtg bäcken",
                                         "Frågeställning: Ramusfraktur?\nFynd: Ingen fraktur i ramus eller sakrum.")))
    case = _case(notes)
    assert (case["flagged"], case["reasons"], case["workup"]) == ("false", "", "radiograph_only")


def test_flags_evidence_quotes_the_deciding_sentences_with_note_ids():
    case = _case(_notes(("p1", "2024-03-01", RAMUS_XR_EN)))
    assert case["evidence_note_ids"] == "n0"
    assert "n0: FINDINGS: Fracture of the left superior pubic ramus." not in case["evidence"]
    assert "n0: Fracture of the left superior pubic ramus." in case["evidence"]
    assert "n0: [exam: XR pelvis]" in case["evidence"]


def test_flags_shuffled_notes_give_the_same_cases(sample_notes, sample_patients):
    _, cases = reportminer.scan(sample_notes, sample_patients)
    _, shuffled = reportminer.scan(sample_notes.sample(frac=1, random_state=7), sample_patients)
    pd.testing.assert_frame_equal(cases, shuffled)


def test_flags_a_pelvic_mri_never_adds_a_flag(sample_notes, sample_patients):
    _, before = reportminer.scan(sample_notes, sample_patients)
    extra = pd.DataFrame([{"note_id": f"extra-{pid}", "patient_id": pid, "note_date": "2026-01-01",
                           "note_type": "radiology", "exam": "MR bäcken", "text": "Fynd: Normala förhållanden."}
                          for pid in before["patient_id"]])
    _, after = reportminer.scan(pd.concat([sample_notes, extra], ignore_index=True), sample_patients)
    newly = set(after.loc[after["flagged"] == "true", "patient_id"]) - set(
        before.loc[before["flagged"] == "true", "patient_id"])
    assert not newly


@pytest.fixture(scope="module")
def sample_notes():
    from .conftest import SAMPLE
    return pd.read_csv(SAMPLE / "notes.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def sample_patients():
    from .conftest import SAMPLE
    return read_patients(SAMPLE / "patients.csv")[0]

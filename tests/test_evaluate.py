"""evaluate_folder's figures checked by hand on a three-patient fixture."""
from __future__ import annotations

import pandas as pd

from reportminer.evaluate import evaluate_folder


def _write(folder, name, rows):
    pd.DataFrame(rows).to_csv(folder / name, index=False)


def _fixture(tmp_path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    _write(gold, "notes.csv", [
        {"note_id": f"n{i}", "patient_id": f"p{i}", "note_date": "2024-01-01", "note_type": "clinical",
         "exam": "", "text": "Written for this test.", "language": "en", "unit": ""} for i in (1, 2, 3)])
    _write(gold, "gold_note_labels.csv", [{"note_id": "n1", "concept": "low_back_pain", "label": "present"}])
    _write(gold, "gold_cases.csv", [
        {"patient_id": "p1", "flagged": "false", "priority": "", "reasons": "low_back_pain", "workup": "mri"},
        {"patient_id": "p2", "flagged": "false", "priority": "", "reasons": "", "workup": ""},
        {"patient_id": "p3", "flagged": "true", "priority": "low", "reasons": "low_back_pain", "workup": "none"}])
    _write(pred, "mentions.csv", [{"note_id": "n1", "patient_id": "p1", "note_date": "2024-01-01",
                                   "concept": "low_back_pain", "assertion": "present", "start": 0, "end": 4,
                                   "text": "back", "section": ""}])
    _write(pred, "cases.csv", [{"patient_id": "p1", "flagged": "false", "workup": "mri"},
                               {"patient_id": "p3", "flagged": "true", "workup": "ct"}])
    return gold, pred


def test_evaluate_workup_accuracy_over_patients_with_a_gold_workup(tmp_path):
    tables = evaluate_folder(*_fixture(tmp_path))
    row = tables["workup"].set_index("language").loc["all"]
    # p1 mri = mri; p2 has no gold workup (not judged); p3 none != ct
    assert (row["patients"], row["correct"], row["accuracy"]) == (2, 1, 0.5)


def test_evaluate_patient_flag_and_note_label(tmp_path):
    tables = evaluate_folder(*_fixture(tmp_path))
    flags = tables["patients"].set_index("language").loc["all"]
    assert (flags["tp"], flags["fp"], flags["fn"]) == (1, 0, 0)
    concepts = tables["concepts"]
    lbp = concepts[(concepts["language"] == "all") & (concepts["item"] == "low_back_pain")].iloc[0]
    assert (lbp["tp"], lbp["fp"], lbp["fn"]) == (1, 0, 0)

"""Accuracy on our annotated sets, measured with the same code as ``reportminer evaluate``.

The bundled sample set is the development split (rules are tuned on it; the issue's bar is F1 >= 0.95 per
language). tests/data/heldout is the frozen test split: no rule is ever tuned on it, so its figures say how
the rules generalise; its thresholds only guard against regressions.
"""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from reportminer.cli import main
from reportminer.evaluate import evaluate_folder

from .conftest import HELDOUT, SAMPLE


def _scores(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp(folder.name)
    result = CliRunner().invoke(main, ["scan", str(folder / "notes.csv"), "--patients", str(folder / "patients.csv"),
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    return evaluate_folder(folder, out)


@pytest.fixture(scope="module")
def sample_scores(tmp_path_factory):
    return _scores(SAMPLE, tmp_path_factory)


@pytest.fixture(scope="module")
def heldout_scores(tmp_path_factory):
    return _scores(HELDOUT, tmp_path_factory)


def _f1(tables, table, language, item):
    frame = tables[table]
    return float(frame[(frame["language"] == language) & (frame["item"] == item)]["f1"].iloc[0])


@pytest.mark.parametrize("language", ["sv", "en"])
def test_accuracy_sample_note_level_f1(sample_scores, language):
    assert _f1(sample_scores, "concepts", language, "all") >= 0.95


@pytest.mark.parametrize("language", ["sv", "en"])
def test_accuracy_sample_patient_flag_f1(sample_scores, language):
    assert _f1(sample_scores, "patients", language, "flagged") >= 0.95


@pytest.mark.parametrize("language", ["sv", "en"])
def test_accuracy_heldout_does_not_regress(heldout_scores, language):
    assert _f1(heldout_scores, "concepts", language, "all") >= 0.90
    assert _f1(heldout_scores, "patients", language, "flagged") >= 0.85

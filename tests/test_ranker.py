"""The ranker: training data rebuilt as decided, training, metrics, scoring, model files and their versions,
the byte-for-byte reproduction of models/ranker.* by models/make_models.py."""
from __future__ import annotations

import json
from contextlib import closing
import os
import subprocess
import sys
import warnings

import joblib
import numpy as np
import pandas as pd
import pytest
import sklearn
from click.testing import CliRunner

from reportminer import ranker
from reportminer.cli import main
from reportminer.io import read_notes, read_patients
from reportminer.nightly import NightlyRun, read_cases
from reportminer.pipeline import scan
from reportminer.sources import FileSource

from .conftest import ROOT, SAMPLE

MODELS = ROOT / "models"


@pytest.fixture(scope="module")
def data(sample_decided_db):
    return ranker.training_data_from_db(sample_decided_db)


@pytest.fixture(scope="module")
def quick_model(data):
    return ranker.train(data, trained_on="2026-01-12", repeats=2)


@pytest.fixture(scope="module")
def sample_scan():
    notes, _ = read_notes(SAMPLE / "notes.csv")
    return scan(notes, read_patients(SAMPLE / "patients.csv")[0])


def test_ranker_sample_decisions_are_plausible():
    decisions = pd.read_csv(SAMPLE / "decisions.csv", dtype=str, keep_default_na=False)
    gold = pd.read_csv(SAMPLE / "gold_cases.csv", dtype=str, keep_default_na=False)
    flagged = set(gold.loc[gold["flagged"] == "true", "patient_id"])
    assert set(decisions["patient_id"]) == flagged  # every flagged case reviewed, nothing else
    assert set(decisions["decision"]) <= {"confirmed", "dismissed", "workup_done", "follow_up"}
    latest = ranker.verdicts(decisions)
    assert (latest["decision"] == "confirmed").sum() > len(latest) / 2  # most flags confirmed
    assert (decisions["comment"].str.len() > 20).all() and (decisions["reviewer"] != "").all()
    pd.to_datetime(decisions["decided_at"], format="ISO8601")


def test_ranker_training_data_labels_the_latest_verdict(data):
    assert len(data.labels) == 27 and int(data.labels.sum()) == 16
    assert data.excluded == {"follow_up_only": 1, "not_flagged_when_decided": 0}
    by_patient = dict(zip(data.decisions["patient_id"], data.decisions["decision"]))
    assert by_patient["S014"] == "confirmed"  # follow_up first, confirmed later: the verdict stands
    assert "E021" not in by_patient  # follow_up only: no verdict
    assert list(data.features.columns) == list(ranker.FEATURES)
    gold = pd.read_csv(SAMPLE / "gold_cases.csv", dtype=str, keep_default_na=False).set_index("patient_id")
    for case in data.cases.itertuples():
        assert case.priority == gold.at[case.patient_id, "priority"]  # rebuilt as the auditor saw it


def test_ranker_decision_time_hides_later_evidence(sample_decided_db):
    notes, mentions, patients, _, exams = ranker.read_state(sample_decided_db)
    early = pd.DataFrame({"patient_id": ["E001"], "decision": ["confirmed"], "decided_at": ["2024-03-11T18:00:00"]})
    late = early.assign(decided_at="2025-12-01T12:00:00")
    before = ranker.training_data(notes, mentions, patients, early, exams=exams)
    after = ranker.training_data(notes, mentions, patients, late, exams=exams)
    assert before.cases.at[0, "workup"] == "radiograph_only"  # the CT pelvis was ordered on 2024-03-12
    assert after.cases.at[0, "workup"] == "ordered"
    assert before.features.at[0, "n_notes"] < after.features.at[0, "n_notes"]


def test_ranker_features_read_language_and_assertions(data):
    f = data.features.set_index(data.cases["patient_id"])
    assert (f.loc[f.index.str.startswith("S"), "language"] == "sv").all()
    assert (f.loc[f.index.str.startswith("E"), "language"] == "en").all()
    assert f.at["E024", "n_low_back_pain_negated"] >= 1  # "Denies low back pain"
    shares = f[[f"share_{a}" for a in ranker.ASSERTIONS]].sum(axis=1)
    np.testing.assert_allclose(shares, 1.0)
    assert f["days_since_index"].ge(0).all() and f["age"].notna().all()


def test_ranker_train_reports_cross_validated_metrics_and_the_rule_priority(quick_model):
    meta = quick_model.metadata
    cv = meta["cv"]
    for name in ("roc_auc", "average_precision", "brier"):
        assert 0.0 <= cv["model"][name]["mean"] <= 1.0
    assert 0.0 <= cv["rule_priority"]["average_precision"] <= 1.0
    assert sum(b["n"] for b in cv["calibration"]["bins"]) == 2 * 27
    assert meta["decisions"]["used"] == 27 and meta["trained_on"] == "2026-01-12"
    assert meta["features"]["numeric"] == list(ranker.NUMERIC_FEATURES)
    assert set(meta["versions"]) >= {"scikit-learn", "numpy", "scipy", "pandas", "joblib", "python"}
    assert len(meta["data_sha256"]) == 64
    assert meta["beats_rule_priority"] == ranker.beats_rule_priority(cv)
    assert meta["verdict"].startswith("The model")


def test_ranker_same_training_gives_the_same_bytes(data, tmp_path):
    paths = [ranker.save_model(ranker.train(data, "2026-01-12", repeats=1), tmp_path / f"m{i}" / "r.joblib")
             for i in range(2)]
    assert paths[0][0].read_bytes() == paths[1][0].read_bytes()
    assert paths[0][1].read_bytes() == paths[1][1].read_bytes()


def test_ranker_score_cases_scores_flagged_cases_of_a_scan(quick_model, sample_scan):
    cases, mentions = sample_scan.cases, sample_scan.mentions
    scores = ranker.score_cases(cases, mentions, quick_model)
    flagged = cases["flagged"] == "true"
    assert scores.name == "score" and scores.index.equals(cases.index)
    assert scores[flagged].between(0, 1).all() and scores[~flagged].isna().all()
    # the bare pipeline works as well, and the same input gives the same scores
    pd.testing.assert_series_equal(scores, ranker.score_cases(cases, mentions, quick_model.pipeline))


def test_ranker_score_cases_reads_the_state_database(quick_model, sample_decided_db):
    import sqlalchemy as sa

    from reportminer.state import engine_for, mentions

    cases = read_cases(sample_decided_db)
    with engine_for(sample_decided_db).connect() as conn:
        stored = pd.read_sql(sa.select(mentions), conn)
    scores = ranker.score_cases(cases, stored, quick_model)
    assert scores[cases["flagged"] == "true"].notna().all()
    assert scores[cases["flagged"] == "false"].isna().all()  # reviewed cases are closed: nothing to rank


def test_ranker_saved_model_loads_and_scores_the_same(quick_model, sample_scan, tmp_path):
    path, json_path = ranker.save_model(quick_model, tmp_path / "ranker.joblib")
    assert json.loads(json_path.read_text())["artifact"] == "ranker.joblib"
    loaded = ranker.load_model(path)
    pd.testing.assert_series_equal(ranker.score_cases(sample_scan.cases, sample_scan.mentions, loaded),
                                   ranker.score_cases(sample_scan.cases, sample_scan.mentions, quick_model))


def test_ranker_model_of_another_sklearn_version_is_refused(quick_model, tmp_path):
    path, json_path = ranker.save_model(quick_model, tmp_path / "ranker.joblib")
    meta = json.loads(json_path.read_text())
    meta["versions"]["scikit-learn"] = "1.4.2"
    json_path.write_text(json.dumps(meta))
    with pytest.raises(ranker.ModelVersionError, match=r"scikit-learn 1\.4\.2.*reportminer train"):
        ranker.load_model(path)
    with pytest.warns(RuntimeWarning, match="1.4.2"):
        ranker.load_model(path, allow_version_mismatch=True)


def test_ranker_version_in_the_payload_is_checked_without_the_json(quick_model, tmp_path):
    path = tmp_path / "ranker.joblib"
    joblib.dump({"format": ranker.FORMAT, "sklearn_version": "1.4.2", "features": list(ranker.FEATURES),
                 "pipeline": quick_model.pipeline}, path)
    with pytest.raises(ranker.ModelVersionError, match="1.4.2"):
        ranker.load_model(path)


def test_ranker_sklearn_unpickling_warning_becomes_an_error(quick_model, tmp_path, monkeypatch):
    path = tmp_path / "ranker.joblib"
    monkeypatch.setattr(sklearn.base, "__version__", "1.4.2")  # estimators pickle the version they were made by
    joblib.dump({"format": ranker.FORMAT, "sklearn_version": sklearn.__version__, "features": list(ranker.FEATURES),
                 "pipeline": quick_model.pipeline}, path)
    monkeypatch.undo()
    with pytest.raises(ranker.ModelVersionError, match="1.4.2"):
        ranker.load_model(path)


def test_ranker_not_a_model_file_is_refused(tmp_path):
    path = tmp_path / "other.joblib"
    joblib.dump({"something": 1}, path)
    with pytest.raises(ranker.ModelVersionError, match="not a reportminer ranker model"):
        ranker.load_model(path)


def test_ranker_too_few_decisions_says_how_many_are_needed(sample_decided_db, tmp_path):
    import sqlite3

    import sqlalchemy as sa

    from reportminer.state import decisions, engine_for

    db = tmp_path / "few.db"
    with closing(sqlite3.connect(sample_decided_db.removeprefix("sqlite:///"))) as source, closing(sqlite3.connect(db)) as copy:
        source.backup(copy)  # the WAL-mode database, whole
    url = f"sqlite:///{db}"
    with engine_for(url).begin() as conn:
        keep = [r.id for r in conn.execute(sa.select(decisions.c.id).order_by(decisions.c.id).limit(8))]
        conn.execute(decisions.delete().where(decisions.c.id.not_in(keep)))
    data = ranker.training_data_from_db(url)
    with pytest.raises(ranker.NotEnoughDecisions) as err:
        ranker.train(data, "2026-01-12")
    positives, negatives = int(data.labels.sum()), int(len(data.labels) - data.labels.sum())
    message = str(err.value)
    assert f"{positives + negatives} usable review decisions" in message
    assert f"at least {ranker.MIN_DECISIONS}" in message
    assert f"{ranker.MIN_DECISIONS - positives - negatives} more in all" in message
    assert "rule priority orders the list" in message
    result = CliRunner().invoke(main, ["train", "--db", str(db), "--out", str(tmp_path / "m.joblib")])
    assert result.exit_code == 1 and "training needs at least" in result.output
    assert not (tmp_path / "m.joblib").exists()


def test_ranker_no_decisions_at_all_is_the_same_clear_message(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    NightlyRun(url, FileSource(SAMPLE / "notes.csv", 2000), read_patients(SAMPLE / "patients.csv")[0]).run()
    with pytest.raises(ranker.NotEnoughDecisions, match="0 usable review decisions"):
        ranker.training_data_from_db(url)


def test_ranker_cli_train_prints_metrics_and_writes_both_files(sample_decided_db, tmp_path):
    out = tmp_path / "models" / "ranker.joblib"
    result = CliRunner().invoke(main, ["train", "--db", sample_decided_db, "--out", str(out), "--repeats", "2"])
    assert result.exit_code == 0, result.output
    for words in ("27 decisions", "ROC AUC", "average precision", "Brier", "rule priority", "calibration"):
        assert words in result.output
    assert out.exists() and out.with_suffix(".json").exists()
    assert ranker.load_model(out).metadata["cv"]["scheme"].startswith("5-fold")


def test_ranker_cli_commands_have_help():
    for command in ("train", "suggest"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "--db" in result.output


def test_ranker_committed_model_is_honest_about_the_rule_priority():
    meta = json.loads((MODELS / "ranker.json").read_text(encoding="utf-8"))
    cv = meta["cv"]
    m, rule = cv["model"]["average_precision"], cv["rule_priority"]["average_precision"]
    assert meta["beats_rule_priority"] == (m["mean"] - m["sd"] > rule)
    if meta["beats_rule_priority"]:
        assert meta["verdict"].startswith("The model beats the rule priority")
    else:
        assert "not" in meta["verdict"] and "not reliably beat" in meta["note"]
    assert f"{m['mean']:.3f}" in meta["verdict"] and f"{rule:.3f}" in meta["verdict"]


def _skip_unless_committed_versions_installed() -> None:
    meta = json.loads((MODELS / "ranker.json").read_text(encoding="utf-8"))
    installed = ranker.library_versions()
    differ = {k: (v, installed.get(k)) for k, v in meta["versions"].items() if installed.get(k) != v}
    if differ:
        pytest.skip(f"models/ranker.* were made with other library versions (made, installed): {differ}")


def _assert_same_fit(made, committed, path: str = "model") -> None:
    """Two fitted objects agree: the same structure and settings, numbers equal to floating-point noise. Bytes
    are too strict across machines: the same libraries give coefficients that differ in the last bit on another
    CPU (seen between two x86_64 vendors: 3e-16), as vectorised arithmetic sums in another order."""
    if isinstance(committed, dict):
        assert made.keys() == committed.keys(), path
        for key in committed:
            _assert_same_fit(made[key], committed[key], f"{path}/{key}")
    elif isinstance(committed, (list, tuple)):
        assert type(made) is type(committed) and len(made) == len(committed), path
        for i, (a, b) in enumerate(zip(made, committed)):
            _assert_same_fit(a, b, f"{path}[{i}]")
    elif isinstance(committed, np.ndarray):
        assert made.dtype == committed.dtype and made.shape == committed.shape, path
        if committed.dtype.kind in "fc":
            np.testing.assert_allclose(made, committed, rtol=1e-9, atol=1e-12, err_msg=path)
        else:
            assert np.array_equal(made, committed), path
    elif isinstance(committed, float):
        assert made == pytest.approx(committed, rel=1e-9, abs=1e-12, nan_ok=True), path
    elif hasattr(committed, "__dict__") and not isinstance(committed, type):
        assert type(made) is type(committed), path
        _assert_same_fit(vars(made), vars(committed), f"{path}.{type(committed).__name__}")
    else:
        assert made == committed, path


def test_ranker_make_models_reproduces_the_committed_files(tmp_path):
    _skip_unless_committed_versions_installed()
    env = {**os.environ, "PYTHONHASHSEED": "12345"}  # another process, another hash seed
    run = subprocess.run([sys.executable, str(MODELS / "make_models.py"), "--out", str(tmp_path)], env=env,
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr
    hint = ("is not what models/make_models.py makes now (the pipeline, lexicons or sample data changed?): run "
            "`.venv/bin/python models/make_models.py` and commit the result")
    # the metadata (cross-validated figures rounded to 4 places, versions, the training date) to the byte
    assert (tmp_path / "ranker.json").read_bytes() == (MODELS / "ranker.json").read_bytes(), f"models/ranker.json {hint}"
    made, committed = joblib.load(tmp_path / "ranker.joblib"), joblib.load(MODELS / "ranker.joblib")
    try:
        _assert_same_fit(made, committed)
    except AssertionError as error:
        raise AssertionError(f"models/ranker.joblib {hint}: {error}") from None


def test_ranker_a_refit_that_differs_beyond_noise_is_caught():
    committed = joblib.load(MODELS / "ranker.joblib")
    _assert_same_fit(committed, joblib.load(MODELS / "ranker.joblib"))
    changed = joblib.load(MODELS / "ranker.joblib")
    estimator = changed["pipeline"].steps[-1][1].calibrated_classifiers_[0].estimator
    estimator.coef_ = estimator.coef_ + 1e-6
    with pytest.raises(AssertionError, match="coef_"):
        _assert_same_fit(changed, committed)
    renamed = {**committed, "features": [*committed["features"][:-1], "another_feature"]}
    with pytest.raises(AssertionError, match="features"):
        _assert_same_fit(renamed, committed)


def test_ranker_committed_model_loads_without_version_warnings():
    _skip_unless_committed_versions_installed()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        model = ranker.load_model(MODELS / "ranker.joblib")
    assert model.metadata["decisions"]["used"] == len(ranker.verdicts(
        pd.read_csv(SAMPLE / "decisions.csv", dtype=str, keep_default_na=False)))

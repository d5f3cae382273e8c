"""Learning from auditors: the calibrated probability that an auditor confirms a flagged case.

The rules decide *which* patients are flagged; this module orders them. It learns from the review decisions in
the state database which flags were worth an auditor's time, and gives every flagged case a ``score``: the
calibrated probability that an auditor confirms it (a sacral fracture workup was missed).

Labels: ``confirmed`` is 1; ``dismissed`` (not missed) and ``workup_done`` (the workup was done after all) are 0;
``follow_up`` is no verdict and is left out. A patient's latest verdict stands. Each decided case is rebuilt
*as the auditor saw it*: the rules are run again on the patient's notes dated up to the decision, so evidence
that arrived later never leaks into the training data.

Features, one row per case (``case_features``): the case's reasons, rule priority, workup status, sex, age,
risk factors, the mix of assertions among its mentions and their counts per concept, notes and evidence notes,
the days from the first index finding to the latest mention, the language of the evidence, and a TF-IDF of the
evidence sentences. One scikit-learn ``Pipeline`` (a ``ColumnTransformer`` of the features, then a logistic
regression inside ``CalibratedClassifierCV``) turns them into probabilities.

``models/<name>.joblib`` holds the pipeline; ``models/<name>.json`` beside it holds the training date, the
number of decisions, the feature list, library versions, a SHA-256 of the training data and the cross-validated
metrics (ROC AUC, average precision, Brier score, a reliability table) next to those of the rule priority.
A model saved by another scikit-learn version is refused by :func:`load_model` (a pickled estimator of another
version can give wrong scores without any error).
"""
from __future__ import annotations

import hashlib
import json
import platform
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
import sklearn
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from .config import DEFAULT, Settings
from .decisions import NEGATIVE, POSITIVE, load_decisions_csv, verdicts  # noqa: F401  (re-exported)
from .flags import priority_for
from .language import detect_language
from .lexicon import ASSERTIONS
from .textnorm import fold_lower
from .timeline import INDEX_CONCEPTS, RISK_CONCEPTS

MIN_DECISIONS = 20  # usable verdicts on flagged cases before a model is trained
MIN_PER_CLASS = 5  # of each kind: five-fold stratified cross-validation needs one of each in every fold
CV_FOLDS = 5
CV_REPEATS = 10
SEED = 20240611
FORMAT = 1  # the layout of the .joblib payload

REASONS = (*INDEX_CONCEPTS, "sacral_fracture")
COUNTED_CONCEPTS = (*INDEX_CONCEPTS, "sacral_fracture", "osteoporosis")
IMAGING = ("imaging_radiograph", "imaging_ct", "imaging_mri", "imaging_scintigraphy")
PRIORITY_RANK = {"high": 3.0, "medium": 2.0, "low": 1.0}

NUMERIC_FEATURES = (
    "age", "days_since_index", "n_notes", "n_evidence_notes", "n_mentions", "rule_priority_rank",
    *(f"reason_{r}" for r in REASONS),
    *(f"risk_{r}" for r in RISK_CONCEPTS),
    *(f"share_{a}" for a in ASSERTIONS),
    *(f"n_{c}_{a}" for c in COUNTED_CONCEPTS for a in ASSERTIONS),
    *(f"n_{c}" for c in IMAGING),
)
CATEGORICAL_FEATURES = ("sex", "workup", "language")
TEXT_FEATURE = "evidence_text"
FEATURES = (*NUMERIC_FEATURES, *CATEGORICAL_FEATURES, TEXT_FEATURE)


class NotEnoughDecisions(ValueError):
    """Too few review decisions to train (and to cross-validate) a model."""

    def __init__(self, positives: int, negatives: int):
        self.positives, self.negatives = positives, negatives
        total = positives + negatives
        self.more_total = max(0, MIN_DECISIONS - total)
        self.more_confirmed = max(0, MIN_PER_CLASS - positives)
        self.more_not_confirmed = max(0, MIN_PER_CLASS - negatives)
        wanted = [f"{self.more_total} more in all"] if self.more_total else []
        if self.more_confirmed:
            wanted.append(f"{self.more_confirmed} more confirmed")
        if self.more_not_confirmed:
            wanted.append(f"{self.more_not_confirmed} more dismissed or workup_done")
        super().__init__(
            f"{total} usable review decisions on flagged cases ({positives} confirmed, {negatives} dismissed or "
            f"workup_done; follow_up is not counted); training needs at least {MIN_DECISIONS}, with at least "
            f"{MIN_PER_CLASS} of each kind: record {', '.join(wanted)}. Until then the rule priority orders the list.")


class ModelVersionError(RuntimeError):
    """The model file was written by another scikit-learn version (or is not a reportminer model)."""


@dataclass
class TrainingData:
    """Decided cases rebuilt as of their decision, their features and labels."""

    cases: pd.DataFrame  # the case rows (columns of cases.csv) as the auditor saw them
    features: pd.DataFrame
    labels: np.ndarray  # 1 confirmed, 0 dismissed or workup_done
    decisions: pd.DataFrame  # the verdict behind each label (patient_id, decision, decided_at)
    excluded: dict[str, int] = field(default_factory=dict)


@dataclass
class RankerModel:
    pipeline: Pipeline
    metadata: dict


# --- features -----------------------------------------------------------------------------------------------
def case_features(cases: pd.DataFrame, mentions: pd.DataFrame, until: pd.Series | None = None,
                  settings: Settings = DEFAULT) -> pd.DataFrame:
    """One feature row per case (same index as ``cases``), the columns of :data:`FEATURES`.

    Parameters
    ----------
    cases : case rows with the columns of cases.csv.
    mentions : mentions with at least patient_id, note_id, note_date, concept, assertion.
    until : per patient_id, the last moment to take mentions from (the decision time when training);
        None takes all. Mentions count from ``lookback_days`` before the case's first index finding.
    """
    cases = cases.fillna("").astype({c: str for c in ("reasons", "risk_factors", "evidence", "evidence_note_ids")})
    window = _episode_mentions(cases, mentions, until, settings)
    out = pd.DataFrame(index=cases.index)
    out["age"] = pd.to_numeric(cases["age"], errors="coerce")
    first = pd.to_datetime(cases["first_index_date"].replace("", None), errors="coerce")
    last = cases["patient_id"].map(window.groupby("patient_id")["note_date"].max())
    out["days_since_index"] = (pd.to_datetime(last) - first).dt.days.astype(float)
    out["n_notes"] = cases["patient_id"].map(window.groupby("patient_id")["note_id"].nunique()).fillna(0)
    out["n_evidence_notes"] = [len([n for n in s.split(";") if n]) for s in cases["evidence_note_ids"]]
    out["n_mentions"] = cases["patient_id"].map(window.groupby("patient_id").size()).fillna(0)
    reasons = cases["reasons"].str.split(";")
    out["rule_priority_rank"] = [PRIORITY_RANK[priority_for(set(r) - {""})] for r in reasons]
    for r in REASONS:
        out[f"reason_{r}"] = [float(r in rs) for rs in reasons]
    risks = cases["risk_factors"].str.split(";")
    for r in RISK_CONCEPTS:
        out[f"risk_{r}"] = [float(r in rs) for rs in risks]
    _add_mention_counts(out, cases, window)
    out["sex"] = cases["sex"].replace("", "unknown")
    out["workup"] = cases["workup"].replace("", "none")
    out[TEXT_FEATURE] = [_evidence_text(e) for e in cases["evidence"]]
    out["language"] = [detect_language(t) if t.strip() else "unknown" for t in out[TEXT_FEATURE]]
    return out[list(FEATURES)]


def _episode_mentions(cases: pd.DataFrame, mentions: pd.DataFrame, until: pd.Series | None,
                      settings: Settings) -> pd.DataFrame:
    """The mentions of each case's latest episode (from the lookback before its first index finding)."""
    frame = mentions[["patient_id", "note_id", "note_date", "concept", "assertion"]].copy()
    frame["note_date"] = pd.to_datetime(frame["note_date"])
    frame = frame[frame["patient_id"].isin(set(cases["patient_id"]))]
    first = pd.to_datetime(cases.set_index("patient_id")["first_index_date"].replace("", None), errors="coerce")
    start = frame["patient_id"].map(first - pd.Timedelta(days=settings.lookback_days))
    keep = start.isna() | (frame["note_date"] >= start)
    if until is not None:
        end = frame["patient_id"].map(pd.to_datetime(until))
        keep &= end.isna() | (frame["note_date"] <= end)
    return frame[keep]


def _add_mention_counts(out: pd.DataFrame, cases: pd.DataFrame, window: pd.DataFrame) -> None:
    counts = window.groupby(["patient_id", "concept", "assertion"]).size()
    by_assertion = window.groupby(["patient_id", "assertion"]).size().unstack(fill_value=0)
    totals = by_assertion.sum(axis=1)
    for a in ASSERTIONS:
        share = by_assertion[a] / totals if a in by_assertion else pd.Series(dtype=float)
        out[f"share_{a}"] = cases["patient_id"].map(share).fillna(0.0).to_numpy()
    lookup = counts.to_dict()
    pids = list(cases["patient_id"])
    for c in COUNTED_CONCEPTS:
        for a in ASSERTIONS:
            out[f"n_{c}_{a}"] = [float(lookup.get((p, c, a), 0)) for p in pids]
    by_concept = window.groupby(["patient_id", "concept"]).size().to_dict()
    for c in IMAGING:
        out[f"n_{c}"] = [float(by_concept.get((p, c), 0)) for p in pids]


def _evidence_text(evidence: str) -> str:
    """The evidence sentences without their "note_id: " prefixes, folded and lowercased."""
    sentences = [part.split(": ", 1)[-1] for part in evidence.split(" | ") if part.strip()]
    return fold_lower(" ".join(sentences))


# --- training data ------------------------------------------------------------------------------------------
def training_data(notes: pd.DataFrame, mentions: pd.DataFrame, patients: pd.DataFrame | None,
                  decisions: pd.DataFrame, settings: Settings = DEFAULT, exams: pd.DataFrame | None = None
                  ) -> TrainingData:
    """Rebuild each decided case as of its decision and turn it into features and a label.

    ``notes``, ``mentions`` and ``patients`` are the state database's tables (or a scan's frames with the note
    facts); ``decisions`` has patient_id, decision, decided_at; ``exams`` the exam statements (without them no
    exam counts as a workup).
    """
    from .flags import flag_patient
    from .timeline import build_timelines

    chosen = verdicts(decisions)
    until = chosen.set_index("patient_id")["decided_at"]
    notes = notes.assign(note_date=pd.to_datetime(notes["note_date"]))
    mentions = mentions.assign(note_date=pd.to_datetime(mentions["note_date"]),
                               exam_date=pd.to_datetime(mentions["exam_date"]))
    seen_notes = notes[notes["patient_id"].isin(until.index)]
    seen_notes = seen_notes[seen_notes["note_date"] <= seen_notes["patient_id"].map(until)]
    seen_mentions = mentions[mentions["note_id"].isin(set(seen_notes["note_id"]))]
    seen_exams = exams[exams["note_id"].isin(set(seen_notes["note_id"]))] if exams is not None else None
    timelines = build_timelines(seen_notes, seen_mentions, patients, seen_exams, settings)
    rows = [flag_patient(timelines[p], settings) for p in sorted(timelines)]
    cases = pd.DataFrame([r for r in rows if r is not None and r["flagged"] == "true"])
    excluded = {"follow_up_only": int(decisions.loc[~decisions["patient_id"].isin(until.index), "patient_id"].nunique()),
                "not_flagged_when_decided": int(len(until) - len(cases))}
    if cases.empty:
        raise NotEnoughDecisions(0, 0)
    cases = cases.sort_values("patient_id", kind="stable").reset_index(drop=True)
    chosen = chosen.set_index("patient_id").loc[cases["patient_id"]].reset_index()
    features = case_features(cases, seen_mentions, until, settings)
    labels = chosen["decision"].isin(POSITIVE).astype(int).to_numpy()
    return TrainingData(cases, features, labels, chosen[["patient_id", "decision", "decided_at"]], excluded)


def read_state(db_url: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Notes, mentions, patients, decisions and exam statements from the state database."""
    import sqlalchemy as sa

    from .state import read_exam_frame
    from .state import decisions, engine_for, mentions, notes, patients

    with engine_for(db_url).connect() as conn:
        frames = [pd.read_sql(sa.select(t), conn) for t in (notes, mentions, patients, decisions)]
        frames.append(read_exam_frame(conn))
    frames[2]["birth_date"] = pd.to_datetime(frames[2]["birth_date"])
    return tuple(frames)


def training_data_from_db(db_url: str, settings: Settings = DEFAULT, validation: bool = False) -> TrainingData:
    """:func:`training_data` on the tables of the state database at ``db_url``.

    With ``validation``, the final answers of validation samples on patients ("should this patient be on the
    list?": yes is confirmed, no dismissed) join the review decisions; a patient's latest verdict of either kind
    stands.
    """
    note_frame, mention_frame, patient_frame, decision_frame, exam_frame = read_state(db_url)
    if validation:
        from .decisions import validation_verdicts

        extra = validation_verdicts(db_url)
        if not extra.empty:
            decision_frame = pd.concat([decision_frame, extra.astype({"id": int})], ignore_index=True)
    if decision_frame.empty:
        raise NotEnoughDecisions(0, 0)
    return training_data(note_frame, mention_frame, patient_frame, decision_frame, settings, exam_frame)


# --- the model ----------------------------------------------------------------------------------------------
def make_pipeline(seed: int = SEED) -> Pipeline:
    """Features (scaled numbers, one-hot categories, TF-IDF of the evidence) -> calibrated logistic regression."""
    numeric = Pipeline([("impute", SimpleImputer(strategy="median", add_indicator=True, keep_empty_features=True)),
                        ("scale", StandardScaler())])
    features = ColumnTransformer([
        ("numeric", numeric, list(NUMERIC_FEATURES)),
        ("categorical", OneHotEncoder(handle_unknown="ignore"), list(CATEGORICAL_FEATURES)),
        ("evidence", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                                     token_pattern=r"(?u)\b[^\W\d_][^\W_]+\b"), TEXT_FEATURE),
    ])
    # Sigmoid (Platt) calibration: isotonic regression needs far more decisions than a hospital has at first.
    classifier = CalibratedClassifierCV(LogisticRegression(C=1.0, solver="liblinear"), method="sigmoid",
                                        cv=StratifiedKFold(3, shuffle=True, random_state=seed))
    return Pipeline([("features", features), ("classifier", classifier)])


def check_enough(labels: np.ndarray) -> None:
    positives, negatives = int(labels.sum()), int(len(labels) - labels.sum())
    if positives + negatives < MIN_DECISIONS or min(positives, negatives) < MIN_PER_CLASS:
        raise NotEnoughDecisions(positives, negatives)


def cross_validate(data: TrainingData, seed: int = SEED, repeats: int = CV_REPEATS) -> dict:
    """Out-of-fold metrics of the model, repeated stratified K-fold, next to the rule priority's."""
    X, y = data.features, data.labels
    rule = X["rule_priority_rank"].to_numpy()
    model = {"roc_auc": [], "average_precision": [], "brier": []}
    pooled_true, pooled_prob = [], []
    for r in range(repeats):
        folds = StratifiedKFold(CV_FOLDS, shuffle=True, random_state=seed + r)
        prob = cross_val_predict(make_pipeline(seed), X, y, cv=folds, method="predict_proba")[:, 1]
        model["roc_auc"].append(roc_auc_score(y, prob))
        model["average_precision"].append(average_precision_score(y, prob))
        model["brier"].append(brier_score_loss(y, prob))
        pooled_true.append(y)
        pooled_prob.append(prob)
    rule_ap = average_precision_score(y, rule)
    prevalence = float(y.mean())
    wins = sum(ap > rule_ap for ap in model["average_precision"])
    return {
        "scheme": f"{CV_FOLDS}-fold stratified cross-validation, repeated {repeats} times (seeds {seed}..{seed + repeats - 1}); "
                  "mean and standard deviation over the repeats",
        "model": {k: _summary(v) for k, v in model.items()},
        "rule_priority": {"roc_auc": round(float(roc_auc_score(y, rule)), 4), "average_precision": round(float(rule_ap), 4),
                          "note": "high > medium > low, ties in any order; no fitting, so no cross-validation needed"},
        "base_rate": {"average_precision": round(prevalence, 4), "brier": round(prevalence * (1 - prevalence), 4),
                      "note": "a list in random order, and the constant forecast of the confirmed share"},
        "model_vs_rule_average_precision": {
            "repeats_model_higher": int(wins), "repeats": repeats,
            "mean_difference": round(float(np.mean(model["average_precision"]) - rule_ap), 4)},
        "calibration": {
            "note": "out-of-fold forecasts of all repeats pooled (each case once per repeat) in equal-width bins; "
                    "a calibrated model's share confirmed is close to its mean forecast in every bin",
            "bins": _reliability(np.concatenate(pooled_true), np.concatenate(pooled_prob))},
    }


def _summary(values: list[float]) -> dict:
    return {"mean": round(float(np.mean(values)), 4), "sd": round(float(np.std(values)), 4)}


def _reliability(y: np.ndarray, prob: np.ndarray, bins: int = 5) -> list[dict]:
    """Out-of-fold probabilities in equal-width bins: how many, mean forecast, share confirmed."""
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(prob, edges[1:-1]), 0, bins - 1)
    rows = []
    for b in range(bins):
        inside = which == b
        if inside.any():
            rows.append({"bin": f"{edges[b]:.1f}-{edges[b + 1]:.1f}", "n": int(inside.sum()),
                         "mean_forecast": round(float(prob[inside].mean()), 4),
                         "share_confirmed": round(float(y[inside].mean()), 4)})
    return rows


def beats_rule_priority(cv: dict) -> bool:
    """True when the model's cross-validated average precision beats the rule priority's by more than the spread
    between repeats: only then should the score alone order the list (else priority first, score within it)."""
    m, r = cv["model"]["average_precision"], cv["rule_priority"]["average_precision"]
    return m["mean"] - m["sd"] > r


def verdict_text(cv: dict) -> str:
    """One honest sentence: does the model order the list better than the rule priority?"""
    m, r = cv["model"]["average_precision"], cv["rule_priority"]["average_precision"]
    won = cv["model_vs_rule_average_precision"]
    if beats_rule_priority(cv):
        head = "The model beats the rule priority in average precision under cross-validation"
    elif m["mean"] > r:
        head = ("The model's average precision is higher than the rule priority's on average, but within the "
                "spread between repeats, so it does not reliably beat it")
    else:
        head = "The model does not beat the rule priority in average precision under cross-validation"
    return (f"{head}: {m['mean']:.3f} (sd {m['sd']:.3f}) against {r:.3f}, higher in {won['repeats_model_higher']} "
            f"of {won['repeats']} repeats.")


def data_digest(data: TrainingData) -> str:
    """SHA-256 of the training table (features and labels, sorted by patient), stable across runs."""
    frame = data.features.assign(patient_id=data.cases["patient_id"].to_numpy(), label=data.labels)
    frame = frame.sort_values("patient_id", kind="stable")
    text = frame.to_csv(index=False, float_format="%.10g", lineterminator="\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def train(data: TrainingData, trained_on: str, seed: int = SEED, repeats: int = CV_REPEATS,
          extra: dict | None = None) -> RankerModel:
    """Cross-validate, then fit on all decisions. ``trained_on`` is the ISO date recorded as the training date."""
    check_enough(data.labels)
    cv = cross_validate(data, seed, repeats)
    pipeline = make_pipeline(seed).fit(data.features, data.labels)
    _forget_process_state(pipeline)
    counts = data.decisions["decision"].value_counts().to_dict()
    metadata = {
        "name": "ranker",
        "purpose": "probability that an auditor confirms a flagged case (a missed sacral fracture workup)",
        "trained_on": trained_on,
        "decisions": {"used": int(len(data.labels)), "confirmed": int(data.labels.sum()),
                      "not_confirmed": int(len(data.labels) - data.labels.sum()),
                      "by_decision": {k: int(v) for k, v in sorted(counts.items())},
                      "left_out": dict(sorted(data.excluded.items()))},
        "label": "1 = confirmed; 0 = dismissed or workup_done; follow_up is no verdict and is left out; "
                 "a patient's latest verdict stands; cases rebuilt from the notes dated up to the decision",
        "features": {"numeric": list(NUMERIC_FEATURES), "categorical": list(CATEGORICAL_FEATURES),
                     "text": f"{TEXT_FEATURE}: TF-IDF of the evidence sentences, word 1-2-grams, min_df 2"},
        "n_features_out": int(len(pipeline.named_steps["features"].get_feature_names_out())),
        "estimator": "ColumnTransformer -> CalibratedClassifierCV(LogisticRegression(C=1.0, solver='liblinear'), method='sigmoid', cv=3)",
        "classes": [0, 1],
        "seed": seed,
        "data_sha256": data_digest(data),
        "versions": library_versions(),
        "cv": cv,
        "verdict": verdict_text(cv),
        "beats_rule_priority": beats_rule_priority(cv),
        **(extra or {}),
    }
    return RankerModel(pipeline, metadata)


def _forget_process_state(pipeline: Pipeline) -> None:
    """Drop caches that hold memory addresses (TfidfVectorizer's ``_stop_words_id`` is an ``id()``), so the
    same training gives the same bytes in every process; they are rebuilt on first use."""
    for _, transformer, _ in pipeline.named_steps["features"].transformers_:
        if hasattr(transformer, "_stop_words_id"):
            del transformer._stop_words_id


def library_versions() -> dict:
    import scipy

    from . import __version__

    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__, "numpy": np.__version__,
            "scipy": scipy.__version__, "pandas": pd.__version__, "joblib": joblib.__version__,
            "reportminer": __version__}


# --- files --------------------------------------------------------------------------------------------------
def metadata_path(model_path: str | Path) -> Path:
    return Path(model_path).with_suffix(".json")


def save_model(model: RankerModel, path: str | Path) -> tuple[Path, Path]:
    """Write ``<name>.joblib`` and ``<name>.json`` beside it (same content, same bytes)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"format": FORMAT, "sklearn_version": sklearn.__version__, "features": list(FEATURES),
               "pipeline": model.pipeline}
    meta = {**model.metadata, "artifact": path.name}
    tmp = path.with_name(path.name + ".tmp")
    joblib.dump(payload, tmp)
    tmp.replace(path)
    json_path = metadata_path(path)
    json_path.write_text(json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return path, json_path


def load_model(path: str | Path, allow_version_mismatch: bool = False) -> RankerModel:
    """Load a model saved by :func:`save_model`.

    Raises :class:`ModelVersionError` when it was made with another scikit-learn version (checked from the JSON
    before unpickling, and from the payload), unless ``allow_version_mismatch``, which warns instead.
    """
    path = Path(path)
    json_path = metadata_path(path)
    metadata = json.loads(json_path.read_text(encoding="utf-8")) if json_path.exists() else {}
    made_with = metadata.get("versions", {}).get("scikit-learn")
    if made_with:
        _check_version(path, made_with, allow_version_mismatch)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        payload = joblib.load(path)
    if not isinstance(payload, dict) or payload.get("format") != FORMAT or "pipeline" not in payload:
        raise ModelVersionError(f"{path}: not a reportminer ranker model (format {FORMAT})")
    _check_version(path, payload.get("sklearn_version", "unknown"), allow_version_mismatch)
    for w in caught:  # e.g. sklearn's InconsistentVersionWarning: never let it pass silently
        if "version" in str(w.message).lower() and not allow_version_mismatch:
            raise ModelVersionError(f"{path}: {w.message}")
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    if list(payload.get("features", [])) != list(FEATURES):
        raise ModelVersionError(f"{path}: made for other features than this reportminer computes; retrain it with "
                                "`reportminer train`")
    return RankerModel(payload["pipeline"], metadata)


def _check_version(path: Path, made_with: str, allow: bool) -> None:
    if made_with == sklearn.__version__:
        return
    message = (f"{path} was made with scikit-learn {made_with}, but scikit-learn {sklearn.__version__} is "
               f"installed; a model unpickled by another version can give wrong scores without an error. Retrain "
               f"it (`reportminer train --db URL --out {path}`) or install scikit-learn=={made_with}.")
    if not allow:
        raise ModelVersionError(message)
    warnings.warn(message, RuntimeWarning, stacklevel=3)


# --- scoring ------------------------------------------------------------------------------------------------
def score_cases(cases_df: pd.DataFrame, mentions_df: pd.DataFrame, model: RankerModel | Pipeline) -> pd.Series:
    """The calibrated probability that an auditor confirms each flagged case.

    Returns a float Series named ``score`` on ``cases_df``'s index, rounded to 4 decimals (byte-stable exports);
    NaN for cases that are not flagged (the model knows flagged cases only).
    """
    pipeline = model.pipeline if isinstance(model, RankerModel) else model
    out = pd.Series(np.nan, index=cases_df.index, name="score", dtype=float)
    flagged = cases_df["flagged"].astype(str).str.lower().eq("true")
    if flagged.any():
        features = case_features(cases_df[flagged], mentions_df)
        out[flagged] = np.round(pipeline.predict_proba(features)[:, 1], 4)
    return out

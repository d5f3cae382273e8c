"""Estimates from a labelled validation sample, each with a 95% interval.

- PPV of a flag: the share of flagged patients the auditors say belong on the list, and the missed-case rate:
  the share of unflagged index patients who belong on the list; both weighted by the sampling fractions (Wilson
  interval on Kish's effective sample size: the plain Wilson interval under proportional allocation).
- Sensitivity of the flag among index patients, weighted by the sampling fractions: with ``w`` the weight
  (stratum population / drawn) of a sampled patient the auditors say belongs on the list,
  ``sum(w over flagged) / (sum(w over flagged) + sum(w over unflagged index patients))``; the interval is a
  percentile bootstrap that resamples within each kind and stratum.
- Note level: a (note, concept, label) triple is a true positive when the auditors' final label and reportminer's
  agree (a wrong assertion counts once as a false positive and once as a false negative, as ``evaluate`` does);
  precision and recall get Wilson intervals, F1 a percentile bootstrap over notes. Notes are not weighted: the
  figures over all labelled notes lean on the candidate-term notes (enriched for the concepts); the group
  ``kind=random_note`` is the unbiased estimate for notes as they come.
- Cohen's kappa between each pair of auditors on the items both labelled (scikit-learn).

"unsure" answers and disputed items (auditors disagree, not yet adjudicated) are left out and counted.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from itertools import combinations

import numpy as np
import pandas as pd
from scipy.stats import norm
from sklearn.metrics import cohen_kappa_score

from ..evaluate import LABEL_STRENGTH
from .labels import NOTE_CONCEPTS, note_labels_of

Z95 = float(norm.ppf(0.975))
BOOTSTRAP = 2000
SEED = 20240611


@dataclass(frozen=True)
class Estimate:
    """One figure: ``measure`` over ``group`` (``all``, ``language=sv``, ``unit=X``), for a ``concept`` and an
    ``assertion`` where it applies; ``k``/``n`` the counts behind it; ``method`` names the interval."""

    measure: str
    group: str
    value: float
    low: float
    high: float
    k: float
    n: float
    method: str
    concept: str = ""
    assertion: str = ""

    def row(self) -> dict:
        return asdict(self)


def wilson(k: float, n: float, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion ``k / n`` (NaN, NaN when ``n`` is 0)."""
    if n <= 0:
        return float("nan"), float("nan")
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return float(max(0.0, centre - half)), float(min(1.0, centre + half))


def proportion(measure: str, group: str, k: int, n: int, **extra) -> Estimate:
    low, high = wilson(k, n)
    return Estimate(measure, group, k / n if n else float("nan"), low, high, k, n, "Wilson", **extra)


# --- patients ------------------------------------------------------------------------------------------------
KISH = "Wilson (weighted; Kish effective sample size)"


def weighted_proportion(measure: str, group: str, weights: np.ndarray, positive: np.ndarray) -> Estimate:
    """A proportion weighted by the sampling fractions (strata drawn at different fractions count in proportion
    to their populations). The Wilson interval uses Kish's effective sample size ``(sum w)^2 / sum w^2``: the
    number sampled when all weights are equal (proportional allocation), so it is then the plain Wilson interval.
    ``k`` and ``n`` are the sampled counts."""
    if not len(weights):
        return Estimate(measure, group, float("nan"), float("nan"), float("nan"), 0, 0, KISH)
    value = float(weights[positive].sum() / weights.sum())
    n_eff = float(weights.sum() ** 2 / (weights ** 2).sum())
    low, high = wilson(value * n_eff, n_eff)
    return Estimate(measure, group, value, low, high, int(positive.sum()), len(weights), KISH)


def _of_kind(patients: pd.DataFrame, kind: str) -> tuple[np.ndarray, np.ndarray]:
    part = patients[patients["kind"] == kind]
    return part["weight"].to_numpy(float), part["positive"].to_numpy(bool)


def ppv(patients: pd.DataFrame, group: str = "all") -> Estimate:
    """PPV of a flag from sampled flagged patients (``kind``, ``weight``, ``positive``): weighted, Wilson."""
    return weighted_proportion("ppv", group, *_of_kind(patients, "flagged"))


def missed_rate(patients: pd.DataFrame, group: str = "all") -> Estimate:
    """The share of unflagged index patients who belong on the list: weighted, Wilson."""
    return weighted_proportion("missed_rate", group, *_of_kind(patients, "unflagged_index"))


def _design_sums(patients: pd.DataFrame) -> np.ndarray:
    """Per sampled patient: its weight if flagged and positive, and its weight if unflagged and positive."""
    w = patients["weight"].to_numpy(float)
    flagged = (patients["kind"] == "flagged").to_numpy()
    positive = patients["positive"].to_numpy(bool)
    return np.column_stack([w * flagged * positive, w * ~flagged * positive])


def weighted_sensitivity(patients: pd.DataFrame) -> float:
    """Sensitivity of the flag among index patients from sampled patients (``kind``, ``weight``, ``positive``)."""
    found, missed = _design_sums(patients).sum(axis=0) if len(patients) else (0.0, 0.0)
    return float(found / (found + missed)) if found + missed else float("nan")


def bootstrap_sensitivity(patients: pd.DataFrame, reps: int = BOOTSTRAP, seed: int = SEED) -> tuple[float, float]:
    """Percentile 95% interval of the weighted sensitivity over resamples drawn with replacement within each kind
    and stratum (the sampling design)."""
    rng = np.random.default_rng(seed)
    totals = np.zeros((reps, 2))
    sums = _design_sums(patients)
    for _, index in sorted(patients.reset_index(drop=True).groupby(["kind", "stratum"]).indices.items()):
        picks = rng.integers(0, len(index), (reps, len(index)))
        totals += sums[index][picks].sum(axis=1)
    found, missed = totals.T
    values = np.divide(found, found + missed, out=np.full(reps, np.nan), where=found + missed > 0)
    values = values[~np.isnan(values)]
    if not len(values):
        return float("nan"), float("nan")
    return float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def patient_estimates(patients: pd.DataFrame, group: str = "all", reps: int = BOOTSTRAP) -> list[Estimate]:
    """PPV, weighted sensitivity and missed-case rate of one group of sampled patients.

    When every resample gives the same sensitivity (all sampled flagged patients confirmed and no missed one
    found, say), a percentile interval would claim certainty; the interval is then the one implied by the Wilson
    bounds of the PPV and the missed-case rate, with the estimated numbers of flagged and unflagged patients.
    """
    p, q = ppv(patients, group), missed_rate(patients, group)
    found, missed = _design_sums(patients).sum(axis=0)
    low, high = bootstrap_sensitivity(patients, reps)
    method = "weighted; stratified percentile bootstrap"
    if low == high:
        n_flagged = patients.loc[patients["kind"] == "flagged", "weight"].sum()
        n_unflagged = patients.loc[patients["kind"] == "unflagged_index", "weight"].sum()
        low = _ratio(n_flagged * p.low, n_unflagged * q.high)
        high = _ratio(n_flagged * p.high, n_unflagged * q.low)
        method = "weighted; from the Wilson bounds of PPV and missed-case rate (the bootstrap had no spread)"
    sensitivity = Estimate("sensitivity", group, weighted_sensitivity(patients), low, high, round(float(found), 3),
                           round(float(found + missed), 3), method)
    return [p, sensitivity, q]


def _ratio(found: float, missed: float) -> float:
    return float(found / (found + missed)) if found + missed > 0 else float("nan")


# --- notes ---------------------------------------------------------------------------------------------------
def note_triples(notes: pd.DataFrame) -> pd.DataFrame:
    """Per note (``note_id``, ``gold`` and ``pred``: {concept: label}) the (note, concept, label) triples with
    ``in_gold`` and ``in_pred``."""
    rows = []
    for note_id, gold, pred in zip(notes["note_id"], notes["gold"], notes["pred"]):
        for concept in NOTE_CONCEPTS:
            g, p = gold.get(concept), pred.get(concept)
            if g is not None and g == p:
                rows.append((note_id, concept, g, True, True))
                continue
            if g is not None:
                rows.append((note_id, concept, g, True, False))
            if p is not None:
                rows.append((note_id, concept, p, False, True))
    return pd.DataFrame(rows, columns=["note_id", "concept", "label", "in_gold", "in_pred"])


def counts(triples: pd.DataFrame) -> tuple[int, int, int]:
    """True positives, false positives and false negatives among ``triples``."""
    gold, pred = triples["in_gold"], triples["in_pred"]
    return int((gold & pred).sum()), int((~gold & pred).sum()), int((gold & ~pred).sum())


def f1_of(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def bootstrap_f1(triples: pd.DataFrame, note_ids: list[str], reps: int = BOOTSTRAP, seed: int = SEED
                 ) -> tuple[float, float]:
    """Percentile 95% interval of F1, resampling notes with replacement (a note's triples travel together)."""
    if not note_ids:
        return float("nan"), float("nan")
    per_note = pd.DataFrame(index=pd.Index(note_ids, name="note_id"))
    both = (triples["in_gold"] & triples["in_pred"]).groupby(triples["note_id"]).sum()
    only_pred = (~triples["in_gold"] & triples["in_pred"]).groupby(triples["note_id"]).sum()
    only_gold = (triples["in_gold"] & ~triples["in_pred"]).groupby(triples["note_id"]).sum()
    table = np.column_stack([per_note.index.map(s).fillna(0).to_numpy(float) for s in (both, only_pred, only_gold)]) \
        if len(triples) else np.zeros((len(note_ids), 3))
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(note_ids), (reps, len(note_ids)))
    sums = table[picks].sum(axis=1)  # reps x 3: tp, fp, fn
    denom = 2 * sums[:, 0] + sums[:, 1] + sums[:, 2]
    values = np.divide(2 * sums[:, 0], denom, out=np.full(reps, np.nan), where=denom > 0)
    values = values[~np.isnan(values)]
    if not len(values):
        return float("nan"), float("nan")
    return float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def note_estimates(notes: pd.DataFrame, group: str = "all", reps: int = BOOTSTRAP) -> list[Estimate]:
    """Precision, recall and F1 overall, per concept and per assertion, for one group of labelled notes."""
    triples = note_triples(notes)
    ids = list(notes["note_id"])
    parts = [("", "", triples)]
    parts += [(c, "", triples[triples["concept"] == c]) for c in NOTE_CONCEPTS]
    parts += [("", a, triples[triples["label"] == a]) for a in LABEL_STRENGTH]
    out = []
    for concept, assertion, part in parts:
        tp, fp, fn = counts(part)
        if tp + fp + fn == 0:
            continue
        out.append(proportion("precision", group, tp, tp + fp, concept=concept, assertion=assertion))
        out.append(proportion("recall", group, tp, tp + fn, concept=concept, assertion=assertion))
        low, high = bootstrap_f1(part, ids, reps)
        method = "percentile bootstrap over notes"
        if low == high:  # no spread (every note right, say): the F1 of the Wilson bounds of precision and recall
            (p_low, p_high), (r_low, r_high) = wilson(tp, tp + fp), wilson(tp, tp + fn)
            low, high = _f1(p_low, r_low), _f1(p_high, r_high)
            method = "from the Wilson bounds of precision and recall (the bootstrap had no spread)"
        out.append(Estimate("f1", group, f1_of(tp, fp, fn), low, high, tp, tp + fp + fn, method, concept,
                            assertion))
    return out


# --- agreement between auditors ----------------------------------------------------------------------------------
def kappas(labels: pd.DataFrame) -> list[Estimate]:
    """Cohen's kappa for each pair of auditors, on patients (answers) and on notes (one category per note and
    concept: its label, or ``none``), over the items both labelled."""
    out = []
    auditors = labels[labels["role"] == "auditor"]
    for target in ("patient", "note"):
        part = auditors[auditors["target"] == target]
        names = sorted(part["auditor"].unique())
        for a, b in combinations(names, 2):
            left = part[part["auditor"] == a].drop_duplicates("target_id", keep="last").set_index("target_id")
            right = part[part["auditor"] == b].drop_duplicates("target_id", keep="last").set_index("target_id")
            common = sorted(set(left.index) & set(right.index))
            if len(common) < 2:
                continue
            x, y = _categories(left.loc[common], target), _categories(right.loc[common], target)
            value = cohen_kappa_score(x, y) if len(set(x) | set(y)) > 1 else float("nan")
            out.append(Estimate("kappa", f"{target}s: {a} vs {b}", float(value), float("nan"), float("nan"),
                                float(np.mean(np.array(x) == np.array(y))), len(common),
                                "Cohen's kappa; k is the observed agreement"))
    return out


def _categories(frame: pd.DataFrame, target: str) -> list[str]:
    if target == "patient":
        return list(frame["answer"])
    out = []
    for spans in frame["spans"]:
        labelled = note_labels_of(spans)
        out += [labelled.get(c, "none") for c in NOTE_CONCEPTS]
    return out

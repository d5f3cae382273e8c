"""Estimates from a labelled validation sample, each with a 95% interval.

- PPV of a flag: the share of flagged patients the auditors say belong on the list, weighted by the sampling
  fractions (Wilson interval on Kish's effective sample size: the plain Wilson interval under proportional
  allocation).
- Sensitivity of the flag among index patients, weighted by the sampling fractions: with ``w`` the weight
  (stratum population / drawn) of a sampled patient the auditors say belongs on the list,
  ``sum(w over flagged) / (sum(w over flagged) + sum(w over unflagged index patients))``; the interval is a
  percentile bootstrap that resamples within each kind and stratum. The missed-case rate is the weighted share
  of unflagged index patients who belong on the list (same bootstrap).
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
def ppv(patients: pd.DataFrame, group: str = "all") -> Estimate:
    """PPV from sampled flagged patients (``kind``, ``weight``, ``positive``).

    Weighted by the sampling fractions (strata drawn at different fractions count in proportion to their
    populations); the Wilson interval uses Kish's effective sample size ``(sum w)^2 / sum w^2``, which is the
    number sampled when all weights are equal (proportional allocation), so it is then the plain Wilson interval.
    """
    flagged = patients[patients["kind"] == "flagged"]
    w = flagged["weight"].to_numpy(float)
    if not len(w):
        return Estimate("ppv", group, float("nan"), float("nan"), float("nan"), 0, 0, "Wilson")
    value = float(w[flagged["positive"].to_numpy(bool)].sum() / w.sum())
    n_eff = float(w.sum() ** 2 / (w ** 2).sum())
    low, high = wilson(value * n_eff, n_eff)
    return Estimate("ppv", group, value, low, high, int(flagged["positive"].sum()), len(flagged),
                    "Wilson (weighted; Kish effective sample size)")


def _design_sums(patients: pd.DataFrame) -> np.ndarray:
    """Per sampled patient: weight if flagged and positive, weight if unflagged and positive, weight if unflagged."""
    w = patients["weight"].to_numpy(float)
    flagged = (patients["kind"] == "flagged").to_numpy()
    positive = patients["positive"].to_numpy(bool)
    return np.column_stack([w * flagged * positive, w * ~flagged * positive, w * ~flagged])


def weighted_sensitivity(patients: pd.DataFrame) -> float:
    """Sensitivity of the flag among index patients from sampled patients (``kind``, ``weight``, ``positive``)."""
    found, missed, _ = _design_sums(patients).sum(axis=0) if len(patients) else (0.0, 0.0, 0.0)
    return float(found / (found + missed)) if found + missed else float("nan")


def missed_rate(patients: pd.DataFrame) -> float:
    """Weighted share of unflagged index patients who belong on the list."""
    _, missed, unflagged = _design_sums(patients).sum(axis=0) if len(patients) else (0.0, 0.0, 0.0)
    return float(missed / unflagged) if unflagged else float("nan")


def stratified_bootstrap(patients: pd.DataFrame, reps: int = BOOTSTRAP, seed: int = SEED) -> dict[str, tuple]:
    """Percentile 95% intervals of the weighted sensitivity and missed-case rate over resamples drawn with
    replacement within each kind and stratum (the sampling design)."""
    rng = np.random.default_rng(seed)
    totals = np.zeros((reps, 3))
    sums = _design_sums(patients)
    for _, index in sorted(patients.reset_index(drop=True).groupby(["kind", "stratum"]).indices.items()):
        picks = rng.integers(0, len(index), (reps, len(index)))
        totals += sums[index][picks].sum(axis=1)
    found, missed, unflagged = totals.T
    out = {}
    for name, num, den in (("sensitivity", found, found + missed), ("missed_rate", missed, unflagged)):
        values = np.divide(num, den, out=np.full(reps, np.nan), where=den > 0)
        values = values[~np.isnan(values)]
        out[name] = ((float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))) if len(values)
                     else (float("nan"), float("nan")))
    return out


def patient_estimates(patients: pd.DataFrame, group: str = "all", reps: int = BOOTSTRAP) -> list[Estimate]:
    """PPV, weighted sensitivity and missed-case rate of one group of sampled patients."""
    found, missed, unflagged = _design_sums(patients).sum(axis=0)
    intervals = stratified_bootstrap(patients, reps)
    method = "weighted; stratified percentile bootstrap"
    return [ppv(patients, group),
            Estimate("sensitivity", group, weighted_sensitivity(patients), *intervals["sensitivity"],
                     round(float(found), 3), round(float(found + missed), 3), method),
            Estimate("missed_rate", group, missed_rate(patients), *intervals["missed_rate"],
                     round(float(missed), 3), round(float(unflagged), 3), method)]


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
        out.append(Estimate("f1", group, f1_of(tp, fp, fn), low, high, tp, tp + fp + fn,
                            "percentile bootstrap over notes", concept, assertion))
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

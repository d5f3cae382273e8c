"""Compare a scan's output with gold files (CONTRACT.md, "Gold files for evaluation").

Note level: for each of the five gold concepts, a note's label is the strongest assertion among its mentions
(present > uncertain > historical > hypothetical > negated). A (note, concept, label) triple is a true
positive when gold and prediction agree, so a wrong assertion counts once as a false positive and once as a
false negative. The table also gives, per assertion, the same figures over the triples with that label.
Patient level: ``flagged`` of gold_cases.csv against cases.csv (a patient absent from cases.csv is unflagged),
and ``workup`` accuracy over the gold patients whose workup is filled (a patient absent from cases.csv has none).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .io import InputError, read_table

GOLD_CONCEPTS = ("pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain", "sacral_fracture",
                 "osteoporosis")
LABEL_STRENGTH = ("present", "uncertain", "historical", "hypothetical", "negated")  # strongest first


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def note_labels(mentions: pd.DataFrame) -> pd.DataFrame:
    """The strongest assertion per note and gold concept, from a mentions table."""
    m = mentions[mentions["concept"].isin(GOLD_CONCEPTS)].copy()
    m["strength"] = m["assertion"].map({a: i for i, a in enumerate(LABEL_STRENGTH)})
    best = m.sort_values("strength").drop_duplicates(["note_id", "concept"])
    return best.rename(columns={"assertion": "label"})[["note_id", "concept", "label"]].reset_index(drop=True)


def _score(gold: set, pred: set) -> Score:
    return Score(len(gold & pred), len(pred - gold), len(gold - pred))


def evaluate_folder(gold_dir: str | Path, pred_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Scores as tables: note level per concept and per assertion, patient level, each overall and per language."""
    gold_dir, pred_dir = Path(gold_dir), Path(pred_dir)
    notes = read_table(gold_dir / "notes.csv")
    gold_labels = read_table(gold_dir / "gold_note_labels.csv")
    gold_cases = read_table(gold_dir / "gold_cases.csv")
    mentions = _read_pred(pred_dir, "mentions")
    cases = _read_pred(pred_dir, "cases")
    language = _note_languages(notes, pred_dir)
    patient_language = notes.assign(language=notes["note_id"].map(language)).groupby("patient_id")["language"].agg(
        lambda s: s.mode().iat[0] if len(s.mode()) else "")
    pred_labels = note_labels(mentions)
    rows, assertion_rows, patient_rows, workup_rows = [], [], [], []
    pred_workup = dict(zip(cases["patient_id"], cases["workup"]))
    for lang in ("all", "sv", "en"):
        keep_note = (lambda nid: True) if lang == "all" else (lambda nid, l=lang: language.get(nid) == l)
        g = {(r.note_id, r.concept, r.label) for r in gold_labels.itertuples() if keep_note(r.note_id)}
        p = {(r.note_id, r.concept, r.label) for r in pred_labels.itertuples() if keep_note(r.note_id)}
        for concept in (*GOLD_CONCEPTS, "all"):
            pick = (lambda t: True) if concept == "all" else (lambda t, c=concept: t[1] == c)
            rows.append(_row(lang, concept, _score({t for t in g if pick(t)}, {t for t in p if pick(t)})))
        for label in LABEL_STRENGTH:
            assertion_rows.append(_row(lang, label, _score({t for t in g if t[2] == label},
                                                           {t for t in p if t[2] == label})))
        keep_patient = (lambda pid: True) if lang == "all" else (lambda pid, l=lang: patient_language.get(pid) == l)
        gold_flag = {r.patient_id for r in gold_cases.itertuples() if r.flagged == "true" and keep_patient(r.patient_id)}
        pred_flag = {r.patient_id for r in cases.itertuples() if r.flagged == "true" and keep_patient(r.patient_id)}
        patient_rows.append(_row(lang, "flagged", _score(gold_flag, pred_flag)))
        judged = [r for r in gold_cases.itertuples() if r.workup and keep_patient(r.patient_id)]
        right = sum(pred_workup.get(r.patient_id, "none") == r.workup for r in judged)
        workup_rows.append({"language": lang, "item": "workup", "patients": len(judged), "correct": right,
                            "accuracy": round(right / len(judged), 3) if judged else 1.0})
    return {
        "concepts": pd.DataFrame(rows),
        "assertions": pd.DataFrame(assertion_rows),
        "patients": pd.DataFrame(patient_rows),
        "workup": pd.DataFrame(workup_rows),
    }


def _row(language: str, name: str, score: Score) -> dict:
    return {"language": language, "item": name, "tp": score.tp, "fp": score.fp, "fn": score.fn,
            "precision": round(score.precision, 3), "recall": round(score.recall, 3), "f1": round(score.f1, 3)}


def _agreement(language: str, name: str, pairs: list[tuple[str, str]]) -> dict:
    """How many (gold, predicted) pairs agree: n, correct and accuracy (1.0 for no pairs)."""
    correct = sum(gold == pred for gold, pred in pairs)
    return {"language": language, "item": name, "n": len(pairs), "correct": correct,
            "accuracy": round(correct / len(pairs), 3) if pairs else 1.0}


def _read_pred(pred_dir: Path, name: str) -> pd.DataFrame:
    for suffix in (".csv", ".parquet"):
        if (pred_dir / f"{name}{suffix}").exists():
            return read_table(pred_dir / f"{name}{suffix}")
    raise InputError(f"{pred_dir}: no {name}.csv or {name}.parquet; run 'reportminer scan' first")


def _note_languages(notes: pd.DataFrame, pred_dir: Path) -> dict[str, str]:
    """Each note's language: the gold notes' column, else the language the scan detected."""
    from .language import detect_language

    return {r.note_id: (r.language if getattr(r, "language", "") else detect_language(r.text))
            for r in notes.itertuples()}


def format_report(tables: dict[str, pd.DataFrame]) -> str:
    parts = []
    titles = {"concepts": "Note level, per concept (label = strongest assertion)",
              "assertions": "Note level, per assertion", "patients": "Patient level: flagged",
              "workup": "Patient level: workup accuracy"}
    for key, title in titles.items():
        parts.append(f"{title}\n{tables[key].to_string(index=False)}")
    return "\n\n".join(parts)

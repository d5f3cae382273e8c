"""What the phrase-family tests share: one patient's notes as a notes table, and what a scan of one note says."""
from __future__ import annotations

import pandas as pd

from reportminer.pipeline import ScanResult, scan

DAY = "2025-01-14"
_COLUMNS = ("note_id", "note_date", "note_type", "exam", "text", "language")


def notes_table(rows: list[tuple], language: str | None = None) -> pd.DataFrame:
    """(note_id, date, type, exam, text[, language]) rows of one patient, "p1", as a notes table; ``language`` is
    that of the rows that name none."""
    return pd.DataFrame([{"language": language, **dict(zip(_COLUMNS, row)), "patient_id": "p1"} for row in rows])


def one_note(text: str, language: str, note_type: str = "clinical", exam: str = "") -> ScanResult:
    """The scan of a single note of ``DAY``."""
    return scan(notes_table([("n1", DAY, note_type, exam, text, language)]))


def exam_rows(text: str, language: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, status, covers_sacrum) of each exam of a single note, in the order exams.csv lists them."""
    found = one_note(text, language, note_type, exam).exams
    return [tuple(r) for r in found[["modality", "status", "covers_sacrum"]].itertuples(index=False)]


def statuses(text: str, language: str, modality: str, note_type: str = "clinical", exam: str = "") -> list[str]:
    """The statuses of a single note's exams of ``modality``, in the order exams.csv lists them."""
    exams = one_note(text, language, note_type, exam).exams
    return exams[exams["modality"] == modality]["status"].tolist()


def assertions(text: str, language: str, concept: str, note_type: str = "clinical") -> list[str]:
    """The assertions of ``concept``'s mentions in a single note, in text order."""
    found = one_note(text, language, note_type).mentions
    return found[found["concept"] == concept]["assertion"].tolist()


def assertions_by_concept(text: str, language: str, note_type: str = "clinical") -> dict[str, list[str]]:
    """Each concept found in a single note, with the assertions of its mentions in text order."""
    found = one_note(text, language, note_type).mentions
    return {c: found[found["concept"] == c]["assertion"].tolist() for c in found["concept"].unique()}


def only_case(rows: list[tuple], language: str | None = None) -> pd.Series:
    """The single case of a scan of one patient's notes (``rows`` as :func:`notes_table` takes them)."""
    cases = scan(notes_table(rows, language)).cases
    assert len(cases) == 1, f"expected one case, got {len(cases)}"
    return cases.iloc[0]


def is_flagged(case: pd.Series) -> bool:
    """Whether a case row (from scan or from cases.csv, where booleans are text) is flagged."""
    return case["flagged"] in (True, "true")


def flag_and_workup(case: pd.Series) -> tuple[str, str]:
    """A case's flag (as "true"/"false") and workup, the two things a round's case tests compare."""
    return str(case["flagged"]).lower(), case["workup"]


def scored_set(folder, out, language: str) -> tuple[float, float, float]:
    """(flag F1, workup accuracy, note-level F1) of an outside-author set in ``language``, scored as a user scores
    it: ``reportminer scan`` of its notes and patients into ``out``, then ``evaluate`` against its gold."""
    from click.testing import CliRunner

    from reportminer.cli import main
    from reportminer.evaluate import evaluate_folder

    result = CliRunner().invoke(main, ["scan", str(folder / "notes.csv"), "--patients", str(folder / "patients.csv"),
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    scores = evaluate_folder(folder, out)
    patients = scores["patients"].set_index(["language", "item"])
    workup = scores["workup"].set_index(["language", "item"])
    concepts = scores["concepts"].set_index(["language", "item"])
    return (patients.loc[(language, "flagged"), "f1"], workup.loc[(language, "workup"), "accuracy"],
            concepts.loc[(language, "all"), "f1"])


def gold_and_scanned_cases(folder) -> tuple[pd.DataFrame, pd.DataFrame]:
    """An outside-author set's gold cases and the cases a scan of its notes and patients gives, both by patient id
    (the notes file must read without a problem)."""
    from reportminer.io import read_notes, read_patients

    notes, problems = read_notes(folder / "notes.csv")
    patients, _ = read_patients(folder / "patients.csv")
    assert problems == []
    gold = pd.read_csv(folder / "gold_cases.csv", dtype=str, keep_default_na=False).set_index("patient_id")
    return gold, scan(notes, patients).cases.set_index("patient_id")


def case_mismatches(folder, columns=("flagged", "priority", "workup")) -> list[tuple]:
    """(patient id, scanned, gold) for each patient of an outside-author set whose case differs from the gold in
    ``columns``; a gold patient without a scanned case must be unflagged with no workup."""
    gold, cases = gold_and_scanned_cases(folder)
    out = []
    for pid, row in gold.iterrows():
        want = tuple(row[c] for c in columns)
        if pid not in cases.index:
            if row["flagged"] != "false" or row["workup"] != "":
                out.append((pid, None, want))
            continue
        got = cases.loc[pid]
        got = tuple(str(got[c]).lower() if c == "flagged" else (got[c] if isinstance(got[c], str) else "")
                    for c in columns)
        if got != want:
            out.append((pid, got, want))
    return out

"""Write the challenge set's CSV files from the hand-written notes and labels.

Run from this folder: ``python3 build.py`` (inside source/). Writes ../notes.csv, ../patients.csv,
../gold_note_labels.csv, ../gold_cases.csv and ../gold_exams.csv.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from model import exam_rows, gold_case
from notes_en import P as EN
from notes_sv import P as SV

OUT = Path(__file__).resolve().parent.parent
ORDER = ["present", "uncertain", "historical", "hypothetical", "negated"]


def write(name: str, header: list[str], rows: list[dict]) -> None:
    with open(OUT / name, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main() -> int:
    patients = SV + EN
    problems = []
    ids = Counter(n.note_id for p in patients for n in p.notes)
    problems += [f"duplicate note id {i}" for i, c in ids.items() if c > 1]
    notes, labels, cases, exams = [], [], [], []
    for p in patients:
        if not 2 <= len(p.notes) <= 6:
            problems.append(f"{p.patient_id}: {len(p.notes)} notes")
        for n in p.notes:
            if not 200 <= len(n.text) <= 1500:
                problems.append(f"{n.note_id}: {len(n.text)} characters")
            if not "2022-01-01" <= n.date <= "2026-12-31":
                problems.append(f"{n.note_id}: date {n.date}")
            if (n.note_type == "radiology") != bool(n.exam):
                problems.append(f"{n.note_id}: exam column vs note type")
            notes.append({"note_id": n.note_id, "patient_id": p.patient_id, "note_date": n.date,
                          "note_type": n.note_type, "exam": n.exam, "text": n.text,
                          "language": n.language, "unit": n.unit})
            for c in sorted(n.labels):
                labels.append({"note_id": n.note_id, "concept": c, "label": n.labels[c]})
        cases.append(gold_case(p))
        exams += exam_rows(p)
    write("notes.csv", ["note_id", "patient_id", "note_date", "note_type", "exam", "text", "language", "unit"], notes)
    write("patients.csv", ["patient_id", "sex", "birth_date"],
          [{"patient_id": p.patient_id, "sex": p.sex, "birth_date": p.birth_date} for p in patients])
    write("gold_note_labels.csv", ["note_id", "concept", "label"], labels)
    write("gold_cases.csv", ["patient_id", "flagged", "priority", "reasons", "workup"], cases)
    write("gold_exams.csv", ["note_id", "patient_id", "date", "modality", "region", "status", "covers_sacrum",
                             "stated_status"], exams)
    for msg in problems:
        print("PROBLEM:", msg, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

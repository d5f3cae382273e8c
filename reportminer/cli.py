"""Command line: the only module that touches paths, the clock and the environment.

Exit codes: 0 done (rows that could not be used are listed on stderr and in ``rejected.csv``);
1 the input cannot be used (missing file or column, duplicate note ids, bad lexicon): nothing was written;
2 wrong usage.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click
import pandas as pd

from .io import CASE_COLUMNS, MENTION_COLUMNS, InputError, read_notes, read_patients, write_table
from .lexicon import LexiconError

MAX_PROBLEM_LINES = 20


def _fail(message: str) -> None:
    click.echo(f"reportminer: error: {message}", err=True)
    sys.exit(1)


@click.group()
@click.version_option(package_name="reportminer")
def main() -> None:
    """reportminer: flag patients with a possibly missed sacral insufficiency fracture."""


@main.command()
@click.argument("notes", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--patients", type=click.Path(dir_okay=False, path_type=Path), help="Patients table (sex, birth_date or age).")
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True)
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Ignore notes dated after this day.")
@click.option("--lexicons", type=click.Path(file_okay=False, path_type=Path),
              help="A site's lexicon folder (<lang>/<purpose>.json) that extends the bundled lexicons.")
def scan(notes: Path, patients: Path | None, out: Path, fmt: str, as_of, lexicons: Path | None) -> None:
    """Scan NOTES (.csv, .jsonl or .parquet) and write mentions and cases to --out."""
    from .pipeline import scan as run_scan

    try:
        note_table, problems = read_notes(notes)
        patient_table = None
        if patients is not None:
            patient_table, patient_problems = read_patients(patients)
            problems += patient_problems
        result = run_scan(note_table, patient_table, as_of=as_of, lexicon_dir=str(lexicons) if lexicons else None)
    except (InputError, LexiconError) as err:
        _fail(str(err))
    out.mkdir(parents=True, exist_ok=True)
    mentions_path = write_table(result.mentions[list(MENTION_COLUMNS)].assign(
        note_date=result.mentions["note_date"].dt.strftime("%Y-%m-%d")), out / f"mentions.{fmt}")
    cases_path = write_table(result.cases[list(CASE_COLUMNS)], out / f"cases.{fmt}")
    _report_problems(problems, out)
    cases = result.cases
    flagged = cases[cases["flagged"] == "true"]
    by_priority = ", ".join(f"{p} {int((flagged['priority'] == p).sum())}" for p in ("high", "medium", "low"))
    click.echo(
        f"reportminer scan: {len(note_table)} notes read, {len(problems)} rows skipped, "
        f"{result.skipped_after_as_of} after --as-of; {len(result.mentions)} mentions, {len(cases)} cases, "
        f"{len(flagged)} flagged ({by_priority}) -> {mentions_path}, {cases_path}"
    )


def _report_problems(problems, out: Path) -> None:
    path = out / "rejected.csv"
    if not problems:
        path.unlink(missing_ok=True)
        return
    for problem in problems[:MAX_PROBLEM_LINES]:
        click.echo(f"reportminer: skipped: {problem}", err=True)
    if len(problems) > MAX_PROBLEM_LINES:
        click.echo(f"reportminer: ... and {len(problems) - MAX_PROBLEM_LINES} more", err=True)
    frame = pd.DataFrame([vars(p) for p in problems], columns=["file", "row", "column", "reason"])
    write_table(frame, path)
    click.echo(f"reportminer: {len(problems)} skipped row(s) listed in {path}", err=True)


@main.command()
@click.option("--gold", required=True, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Folder with notes.csv, gold_note_labels.csv and gold_cases.csv.")
@click.option("--pred", required=True, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Output folder of 'reportminer scan' on the gold notes.")
def evaluate(gold: Path, pred: Path) -> None:
    """Precision, recall and F1 per concept, assertion and patient flag, overall and per language."""
    from .evaluate import evaluate_folder, format_report

    try:
        click.echo(format_report(evaluate_folder(gold, pred)))
    except InputError as err:
        _fail(str(err))


if __name__ == "__main__":  # pragma: no cover
    main()

"""The subcommands of ``reportminer validate`` (the group is registered by :mod:`reportminer.commands.validate`).

sample (draw and store a stratified sample) -> auditors label it in the workspace's Validation section (or
``label-gold`` from gold files) -> report (figures with 95% intervals) -> propose (site-lexicon entries from the
disagreements) -> compare (the labelled notes rerun with the site folder: before and after).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click


def _url(db: str) -> str:
    from ..state import default_url

    return db if "://" in db else default_url(db)


def _fail(message: str) -> None:
    click.echo(f"reportminer: error: {message}", err=True)
    sys.exit(1)


_DB = click.option("--db", required=True, help="State database: a SQLAlchemy URL or a SQLite file path.")
_SAMPLE = click.option("--sample", "sample_id", type=int, default=None, help="Sample id [the latest sample].")


@click.group()
def validate() -> None:
    """Validate reportminer at your hospital: samples, blind labels, figures with intervals, a tuned lexicon."""


@validate.command("sample")
@_DB
@click.option("--n", type=click.IntRange(1), required=True,
              help="Items per kind: flagged patients, unflagged index patients, random notes, candidate-term notes.")
@click.option("--seed", type=int, default=1, show_default=True,
              help="Random seed: the same seed gives the same sample.")
@click.option("--by", type=click.Choice(["unit", "language"]), default=None, help="Stratify by unit or language.")
def sample_command(db: str, n: int, seed: int, by: str | None) -> None:
    """Draw a reproducible, stratified random sample and store it (seed, strata, sampling fractions)."""
    from ..validation.sampling import draw_sample

    try:
        sample = draw_sample(_url(db), n, seed, by or "")
    except ValueError as err:
        _fail(str(err))
    click.echo(f"reportminer validate sample: sample {sample.sample_id}, seed {seed}, "
               f"{len(sample.items)} items; label them in the workspace (reportminer serve, Validation)")
    for kind, strata in sample.strata.items():
        parts = ", ".join(f"{s}: {v['drawn']} of {v['population']}" for s, v in sorted(strata.items()))
        click.echo(f"  {kind}: {parts or 'none in the database'}")


@validate.command("label-gold")
@_DB
@_SAMPLE
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path), required=True,
              help="A folder of gold files (notes.csv, gold_cases.csv, gold_note_labels.csv).")
@click.option("--auditor", default="gold", show_default=True, help="The name the labels are recorded under.")
def label_gold(db: str, sample_id: int | None, gold_dir: Path, auditor: str) -> None:
    """Label a sample from gold files, through the same code path as the workspace (for demos and sites with
    annotated notes)."""
    from ..io import InputError
    from ..validation.gold import fill_from_gold
    from ..validation.labels import LabelError

    try:
        done = fill_from_gold(_url(db), gold_dir, sample_id, auditor)
    except (LookupError, InputError, LabelError) as err:
        _fail(str(err))
    click.echo(f"reportminer validate label-gold: {done['labelled']} items labelled, {done['skipped']} skipped "
               "(not in the gold files, or labelled before)")


@validate.command("report")
@_DB
@_SAMPLE
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report: .html, .csv (estimates) or .xlsx.")
def report_command(db: str, sample_id: int | None, out: Path | None) -> None:
    """PPV, weighted sensitivity, note-level precision/recall/F1, Cohen's kappa, each with a 95% interval, and
    every disagreement; prints the headline figures."""
    from ..validation.report import INTENDED_USE, write_report
    from ..validation.results import gather, headline

    if out is not None and out.suffix not in (".html", ".csv", ".xlsx"):
        raise click.UsageError(f"{out}: --out must end in .html, .csv or .xlsx")
    try:
        results = gather(_url(db), sample_id)
    except LookupError as err:
        _fail(str(err))
    click.echo(f"reportminer validate report: sample {results.sample.sample_id}")
    for line in headline(results):
        click.echo(f"  {line}")
    click.echo(f"  Intended use: {INTENDED_USE}")
    if out is not None:
        click.echo(f"reportminer validate report: -> {write_report(results, out)}")


@validate.command("propose")
@_DB
@_SAMPLE
@click.option("--lexicons", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The site's lexicon folder (proposals leave out what it already holds).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write proposals to this CSV.")
@click.option("--apply", "apply_", is_flag=True, help="Add the proposals to the --lexicons folder's concepts.json.")
def propose(db: str, sample_id: int | None, lexicons: Path | None, out: Path | None, apply_: bool) -> None:
    """Turn the disagreements (concepts the auditors marked and reportminer missed) into proposed site-lexicon
    entries, reusing `reportminer suggest`."""
    from ..io import write_table
    from ..lexicon import LexiconError
    from ..validation.lexicon import apply_proposals, proposals
    from ..validation.results import gather

    if apply_ and lexicons is None:
        raise click.UsageError("--apply needs --lexicons FOLDER (the site's folder to write to)")
    try:
        results = gather(_url(db), sample_id, reps=1)
        site = str(lexicons) if lexicons is not None and lexicons.is_dir() else None
        frame = proposals(results, site)
    except (LookupError, LexiconError) as err:
        _fail(str(err))
    click.echo(f"reportminer validate propose: {len(frame)} proposed entries")
    if len(frame):
        click.echo(frame[["language", "concept", "phrase", "source", "note_id"]].to_string(index=False))
    if out is not None:
        click.echo(f"reportminer validate propose: -> {write_table(frame, out)}")
    if apply_ and len(frame):
        try:
            for path in apply_proposals(frame, lexicons):
                click.echo(f"reportminer validate propose: -> {path} (the lexicon version changes: the next nightly "
                           "run reprocesses every note)")
        except LexiconError as err:
            _fail(str(err))


@validate.command("compare")
@_DB
@_SAMPLE
@click.option("--lexicons", type=click.Path(file_okay=False, exists=True, path_type=Path), required=True,
              help="The site's lexicon folder to try.")
@click.option("--before", "before", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="The folder to compare against [the bundled lexicons alone].")
def compare_command(db: str, sample_id: int | None, lexicons: Path, before: Path | None) -> None:
    """Rerun the pipeline on the labelled notes with and without the site folder; print before/after figures."""
    from ..lexicon import LexiconError
    from ..validation.lexicon import compare
    from ..validation.results import gather

    try:
        table = compare(gather(_url(db), sample_id, reps=1), str(before) if before else None, str(lexicons))
    except (LookupError, LexiconError, ValueError) as err:
        _fail(str(err))
    for name in ("before", "after"):
        row = table[(table["lexicon"] == name)].iloc[0]
        click.echo(f"{name:6}  {row['folder']}  lexicon version {row['version']}")
    shown = table.pivot_table(index="concept", columns="lexicon", values=["precision", "recall", "f1"], sort=True)
    click.echo(shown.round(3).to_string())

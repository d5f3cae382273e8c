"""Command line: the only module that touches paths, the clock and the environment.

Exit codes: 0 done (rows that could not be used are listed on stderr and in ``rejected.csv``);
1 the input cannot be used (missing file or column, duplicate note ids, bad lexicon): nothing was written;
2 wrong usage; 3 another nightly run holds the lock; 4 the run failed (for example the database went away).
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click
import pandas as pd

from .commands.options import RULES_OPTION, fail, load_site_rules
from .io import InputError, read_patients, write_table
from .lexicon import LexiconError

MAX_PROBLEM_LINES = 20


@click.group()
@click.version_option(package_name="reportminer")
def main() -> None:
    """reportminer: flag patients with a possibly missed sacral insufficiency fracture."""


def _model_and_engine_options(command):
    """--model, --engine and --scheduler, shared by scan and nightly."""
    options = [
        click.option("--model", type=click.Path(dir_okay=False, exists=True, path_type=Path),
                     help="A ranker model (reportminer train): adds the score p(confirmed) to flagged cases."),
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                     help="local: processes on this machine (--workers); dask: a Dask cluster (--scheduler)."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="With --engine dask: a running dask.distributed scheduler, tcp://host:8786 "
                          "[default: a local cluster, one worker per core]."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


_PSEUDONYMISE_OPTION = click.option(
    "--pseudonymise", "key_file", type=click.Path(dir_okay=False, path_type=Path), metavar="KEYFILE",
    help="Write keyed pseudonyms (HMAC-SHA256 under the key in KEYFILE) for patient and note ids and mask "
         "names, personal identity numbers, dates of birth, phone numbers and e-mail addresses in the evidence.")


def _pseudonymiser(key_file: Path | None):
    if key_file is None:
        return None
    from .pseudonymise import PseudonymKeyError, Pseudonymiser, read_key

    try:
        return Pseudonymiser(read_key(key_file))
    except PseudonymKeyError as err:
        fail(str(err))


def _input_facts(*paths: Path | None) -> list[dict]:
    """Name, size and SHA-256 of each input file that exists (a missing one is reported by the reader)."""
    from .provenance import file_facts

    return [file_facts(p) for p in paths if p is not None and p.is_file()]


@main.command()
@click.argument("notes", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--patients", type=click.Path(dir_okay=False, path_type=Path), help="Patients table (sex, birth_date or age).")
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True)
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Ignore notes dated after this day.")
@click.option("--lexicons", type=click.Path(file_okay=False, path_type=Path),
              help="A site's lexicon folder (<lang>/<purpose>.json) that extends the bundled lexicons.")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True, help="Processes for the analysis.")
@click.option("--chunk-size", type=click.IntRange(10), default=2000, show_default=True,
              help="Notes per chunk: peak memory depends on it, not on the input's size.")
@_model_and_engine_options
@RULES_OPTION
@_PSEUDONYMISE_OPTION
def scan(notes: Path, patients: Path | None, out: Path, fmt: str, as_of, lexicons: Path | None, workers: int,
         chunk_size: int, model: Path | None, engine: str, scheduler: str | None, rules_file: Path | None,
         key_file: Path | None) -> None:
    """Scan NOTES (.csv, .jsonl, .parquet; .hl7 HL7 v2; .ndjson, .json FHIR) and write mentions, exams and cases to --out,
    and run.json (provenance: versions, rules, input files with sizes and SHA-256, times, counts).

    The notes stream through the nightly machinery into a scratch database beside --out, chunk by chunk, so a
    million notes need no more memory than a thousand; the tables are written only when the run succeeded.
    """
    import tempfile

    _check_engine(engine, scheduler)
    rules = load_site_rules(rules_file)
    pseudonymiser = _pseudonymiser(key_file)
    if engine == "dask":
        if model is not None:
            raise click.UsageError("--model is for --engine local")
        if pseudonymiser is not None:
            raise click.UsageError("--pseudonymise is for --engine local (or run 'export --pseudonymise')")
        _scan_on_dask(notes, patients, out, fmt, as_of, lexicons, scheduler, rules)
        return
    from .export import write_case_list, write_exams, write_mentions
    from .nightly import NightlyRun
    from .sources import FileSource, read_patients_file
    from .state import default_url

    base = out if out.is_dir() else out.resolve().parent
    base.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=base, prefix=".reportminer-scan-") as scratch:
        db = default_url(Path(scratch) / "scan.db")
        try:
            source = FileSource(notes, chunk_size)
            patient_table, problems = read_patients_file(patients) if patients is not None else source.patients()
            summary = NightlyRun(db, source, patient_table, workers=workers, as_of=as_of,
                                 lexicon_dir=str(lexicons) if lexicons else None,
                                 model_path=str(model) if model else None, rules=rules,
                                 inputs=_input_facts(notes, patients)).run()
        except (InputError, LexiconError) as err:
            fail(str(err))
        problems = problems + summary.problems
        out.mkdir(parents=True, exist_ok=True)
        (mentions_path, count), (cases_path, _), _ = _write_tables(
            [(write_mentions, out / f"mentions.{fmt}"), (write_case_list, out / f"cases.{fmt}"),
             (write_exams, out / f"exams.{fmt}")], db, pseudonymiser, workers)
        counts = _flag_counts(db)
        _write_run_json(db, summary.run_id, out, pseudonymiser is not None, [mentions_path, cases_path])
    _report_problems(problems, out)
    _scan_summary(summary.notes_read + summary.after_as_of, problems, summary.after_as_of, count, counts,
                  mentions_path, cases_path)


def _write_tables(writers: list, db_url: str, pseudonymiser, workers: int) -> list[tuple[Path, int]]:
    """Run each (writer, path) of a finished scan; with more than one worker the tables are written side by side
    in processes of their own (each reads the database and writes its own file), else one after the other."""
    if workers == 1:
        return [write(db_url, path, pseudonymiser=pseudonymiser) for write, path in writers]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(min(workers, len(writers))) as pool:
        futures = [pool.submit(write, db_url, path, pseudonymiser=pseudonymiser) for write, path in writers]
        return [future.result() for future in futures]


def _write_run_json(db_url: str, run_id: int, out: Path, pseudonymised: bool, outputs: list[Path]) -> None:
    """scan's run.json: the run's provenance record, and which files it wrote."""
    from .provenance import RUN_FILE, read_run_record, write_json
    from .state import engine_for

    with engine_for(db_url).connect() as conn:
        record = read_run_record(conn, run_id)
    record.pop("run_id", None)  # the scratch database's run number means nothing outside it
    record.update(pseudonymised=pseudonymised, outputs=[p.name for p in outputs])
    write_json(record, out / RUN_FILE)


def _flag_counts(db_url: str) -> dict[str, int]:
    """Cases, flagged, and flagged per priority, counted by the database."""
    import sqlalchemy as sa

    from .state import cases, engine_for

    with engine_for(db_url).connect() as conn:
        rows = conn.execute(sa.select(cases.c.flagged, cases.c.priority, sa.func.count())
                            .group_by(cases.c.flagged, cases.c.priority)).all()
    counts = {"cases": sum(n for _, _, n in rows), "flagged": sum(n for f, _, n in rows if f == "true")}
    counts.update({p: sum(n for f, q, n in rows if f == "true" and q == p) for p in ("high", "medium", "low")})
    return counts


def _frame_counts(cases) -> dict[str, int]:
    flagged = cases[cases["flagged"] == "true"]
    return {"cases": len(cases), "flagged": len(flagged),
            **{p: int((flagged["priority"] == p).sum()) for p in ("high", "medium", "low")}}


def _scan_summary(notes_read, problems, after_as_of, mention_count, counts, mentions_path, cases_path) -> None:
    by_priority = ", ".join(f"{p} {counts[p]}" for p in ("high", "medium", "low"))
    click.echo(
        f"reportminer scan: {notes_read} notes read, {len(problems)} rows skipped, "
        f"{after_as_of} after --as-of; {mention_count} mentions, {counts['cases']} cases, "
        f"{counts['flagged']} flagged ({by_priority}) -> {mentions_path}, {cases_path}"
    )


def _check_engine(engine: str, scheduler: str | None) -> None:
    """--scheduler only with --engine dask, and --engine dask only with the dask extra installed."""
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if engine == "dask":
        try:
            import dask.dataframe  # noqa: F401
            import distributed  # noqa: F401
        except ImportError:
            raise click.UsageError("--engine dask needs the dask extra: pip install 'reportminer[dask]'") from None


def _scan_on_dask(notes: Path, patients: Path | None, out: Path, fmt: str, as_of, lexicons: Path | None,
                  scheduler: str | None, rules) -> None:
    """scan --engine dask: per-note work as map_partitions, per-patient work after a shuffle by patient."""
    from .dask_engine import scan_dask_result
    from .export import exam_table, write_cases
    from .io import check_not_empty

    try:
        if notes.is_file():
            check_not_empty(notes)
        patient_table, problems = read_patients(patients) if patients is not None else (None, [])
        started = datetime.now().replace(microsecond=0)
        result = scan_dask_result(notes, patient_table, scheduler=scheduler, as_of=as_of,
                                  lexicon_dir=str(lexicons.resolve()) if lexicons else None, settings=rules.settings)
    except (InputError, LexiconError) as err:
        fail(str(err))
    except Exception as err:  # the cluster or a worker failed: say what
        click.echo(f"reportminer: run failed: {err.__class__.__name__}: {err}", err=True)
        sys.exit(4)
    problems = problems + result.problems
    out.mkdir(parents=True, exist_ok=True)
    mentions = result.mentions.assign(note_date=result.mentions["note_date"].dt.strftime("%Y-%m-%d"))
    mentions_path = write_table(mentions, out / f"mentions.{fmt}")
    cases_path = write_cases(result.cases, out / f"cases.{fmt}")
    write_table(exam_table(result.exams), out / f"exams.{fmt}")
    _write_dask_run_json(out, rules, lexicons, _input_facts(notes, patients), started, result,
                         [mentions_path, cases_path])
    _report_problems(problems, out)
    _scan_summary(result.notes_read, problems, result.skipped_after_as_of, len(mentions),
                  _frame_counts(result.cases), mentions_path, cases_path)


def _write_dask_run_json(out: Path, rules, lexicons: Path | None, inputs: list[dict], started, result,
                         outputs: list[Path]) -> None:
    from .lexicon import LANGUAGES
    from .nightly import pipeline_version
    from .nlp import get_pipeline
    from .provenance import RUN_FILE, run_record, write_json

    lexicon_dir = str(lexicons) if lexicons else None
    record = run_record(pipeline_version(lexicon_dir),
                        {lang: get_pipeline(lang, lexicon_dir).lexicon.version for lang in LANGUAGES}, rules, inputs)
    flagged = result.cases[result.cases["flagged"] == "true"]
    record.update(started_at=started.isoformat(), ended_at=datetime.now().replace(microsecond=0).isoformat(),
                  status="ok", engine="dask", pseudonymised=False, outputs=[p.name for p in outputs],
                  counts={"notes_read": result.notes_read, "after_as_of": result.skipped_after_as_of,
                          "rows_skipped": len(result.problems), "cases": len(result.cases),
                          "cases_flagged": len(flagged)})
    write_json(record, out / RUN_FILE)


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
        fail(str(err))


def _db_url(db: str) -> str:
    """A SQLAlchemy URL, or a plain file path for an embedded SQLite database."""
    from .state import default_url

    return db if "://" in db else default_url(db)


@main.command()
@click.argument("notes", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--db", required=True, help="State database: a SQLAlchemy URL (postgresql://...) or a SQLite file path.")
@click.option("--source-url", help="Read notes with an SQL query from this database (SQLAlchemy URL).")
@click.option("--query", help="The SQL query returning the notes columns (with --source-url).")
@click.option("--query-file", type=click.Path(dir_okay=False, exists=True, path_type=Path), help="The query, from a file.")
@click.option("--patients", type=click.Path(dir_okay=False, path_type=Path), help="Patients table (sex, birth_date or age).")
@click.option("--workers", type=click.IntRange(1), default=None, help="Processes for the analysis [default: cores].")
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Ignore notes dated after this day.")
@click.option("--chunk-size", type=click.IntRange(10), default=2000, show_default=True,
              help="Notes per chunk: memory is bounded by it, and a crash loses at most one chunk of work.")
@click.option("--lexicons", type=click.Path(file_okay=False, path_type=Path), help="A site's lexicon folder.")
@click.option("--stale-minutes", type=click.IntRange(1), default=30, show_default=True,
              help="A lock without a heartbeat for this long belongs to a dead run and is taken over.")
@_model_and_engine_options
@RULES_OPTION
def nightly(notes, db, source_url, query, query_file, patients, workers, as_of, chunk_size, lexicons, stale_minutes,
            model, engine, scheduler, rules_file):
    """Process new and changed notes into the state database and update the cases they touch.

    NOTES is a file (as for scan); --source-url reads an SQL query; with neither, the notes that
    `reportminer listen` stored in --db and that are new or corrected since they were last analysed.

    Quiet in cron: one summary line on stdout; a progress counter only on a terminal.
    """
    import logging
    import os
    from datetime import timedelta

    from .nightly import LockHeld, NightlyRun, pipeline_version
    from .sources import FileSource, SqlSource, StoredSource, read_patients_file

    logging.basicConfig(level=logging.WARNING, format="reportminer: %(levelname)s: %(message)s")
    if notes and source_url:
        raise click.UsageError("give NOTES or --source-url, not both (neither: the notes `reportminer listen` stored)")
    if source_url and bool(query) == bool(query_file):
        raise click.UsageError("--source-url needs exactly one of --query or --query-file")
    _check_engine(engine, scheduler)
    if engine == "dask" and workers:
        raise click.UsageError("--workers is for --engine local; on Dask every worker thread takes a share")
    progress = _progress_counter() if sys.stderr.isatty() else None
    rules = load_site_rules(rules_file)  # a change of rules re-evaluates every case in this run
    try:
        source = (FileSource(notes, chunk_size) if notes else
                  SqlSource(source_url, query or query_file.read_text(encoding="utf-8"), chunk_size) if source_url
                  else StoredSource(_db_url(db), pipeline_version(str(lexicons) if lexicons else None), chunk_size))
        patient_table, problems = read_patients_file(patients) if patients is not None else source.patients()
        run_class, on_dask = NightlyRun, {}
        if engine == "dask":
            from .dask_engine import DaskNightlyRun

            run_class, on_dask = DaskNightlyRun, {"scheduler": scheduler}
            lexicons = lexicons.resolve() if lexicons else None  # the workers may run elsewhere
        run = run_class(_db_url(db), source, patient_table, workers=workers or os.cpu_count() or 1, as_of=as_of,
                        lexicon_dir=str(lexicons) if lexicons else None,
                        stale_after=timedelta(minutes=stale_minutes), progress=progress,
                        model_path=str(model) if model else None, rules=rules,
                        inputs=_nightly_inputs(notes, patients, query or (query_file.read_text(encoding="utf-8")
                                                                         if query_file else None)), **on_dask)
        summary = run.run()
    except (InputError, LexiconError) as err:
        fail(str(err))
    except LockHeld as err:
        click.echo(f"reportminer: not started: {err}", err=True)
        sys.exit(3)
    except Exception as err:  # the database or a worker failed: say what, exit non-zero for cron
        click.echo(f"reportminer: run failed: {err.__class__.__name__}: {err}", err=True)
        sys.exit(4)
    if progress:
        click.echo("", err=True)
    for problem in (problems + summary.problems)[:MAX_PROBLEM_LINES]:
        click.echo(f"reportminer: skipped: {problem}", err=True)
    click.echo(summary.line())


def _nightly_inputs(notes: Path | None, patients: Path | None, query: str | None) -> list[dict]:
    from .provenance import text_facts

    return _input_facts(notes, patients) + ([text_facts("query", query)] if query else [])


def _progress_counter():
    seen = [0]

    def show(rows: int) -> None:
        seen[0] += rows
        click.echo(f"\rreportminer nightly: {seen[0]:,} rows read", err=True, nl=False)

    return show


@main.command()
@click.argument("patient")
@click.option("--db", required=True, help="State database URL or SQLite file path.")
@click.option("--decision", required=True, type=click.Choice(["confirmed", "dismissed", "workup_done", "follow_up"]))
@click.option("--by", "reviewer", required=True, help="The reviewer's name.")
@click.option("--comment", default="", help="Free-text comment.")
def review(patient, db, decision, reviewer, comment):
    """Record an auditor's decision on PATIENT's case (append-only; the case stays closed until new evidence)."""
    from .nightly import record_decision

    try:
        record_decision(_db_url(db), patient, decision, reviewer, comment)
    except KeyError as err:
        fail(str(err.args[0]))
    click.echo(f"reportminer review: {patient}: {decision} by {reviewer}")


@main.command()
@click.option("--db", required=True, help="State database URL or SQLite file path.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output file: .csv, .parquet or .xlsx.")
@click.option("--exams", "exams_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the exam events (the columns of exams.csv) to this .csv or .parquet file.")
@_PSEUDONYMISE_OPTION
def export(db, out, exams_out, key_file):
    """Write the current case list (the columns of cases.csv, sorted by patient); same data, same bytes.

    The run id, versions and rules hash go into a 'metadata' sheet (.xlsx) or OUT.provenance.json beside a
    .csv or .parquet file. The export is recorded in the access log.
    """
    from .export import write_case_list, write_exams
    from .provenance import last_run_metadata, write_json
    from .state import engine_for, upgrade

    if out.suffix.lower() not in (".csv", ".parquet", ".xlsx"):
        raise click.UsageError(f"{out}: use a .csv, .parquet or .xlsx file name")
    if exams_out is not None and exams_out.suffix.lower() not in (".csv", ".parquet"):
        raise click.UsageError(f"{exams_out}: use a .csv or .parquet file name for --exams")
    if "://" not in db and not Path(db).is_file():  # a typo must not create an empty database
        raise click.BadParameter(f"{db}: no such database file (run 'reportminer nightly' first)", param_hint="--db")
    pseudonymiser = _pseudonymiser(key_file)
    url = _db_url(db)
    upgrade(url)  # an older database gets the access-log table
    with engine_for(url).connect() as conn:
        metadata = {**last_run_metadata(conn), "pseudonymised": str(pseudonymiser is not None).lower()}
    write_case_list(url, out, pseudonymiser=pseudonymiser, metadata=metadata)
    if out.suffix.lower() != ".xlsx":
        write_json(metadata, out.with_name(out.name + ".provenance.json"))
    _log_cli_access(url, "export", out.name + (" (pseudonymised)" if pseudonymiser else ""), _case_patients(url))
    counts = _flag_counts(url)
    message = f"reportminer export: {counts['cases']} cases, {counts['flagged']} flagged -> {out}"
    if exams_out is not None:
        _, n = write_exams(url, exams_out, pseudonymiser=pseudonymiser)
        message += f"; {n} exam events -> {exams_out}"
    click.echo(message)


def _case_patients(db_url: str) -> list[str]:
    import sqlalchemy as sa

    from .state import cases, engine_for

    with engine_for(db_url).connect() as conn:
        return list(conn.execute(sa.select(cases.c.patient_id).order_by(cases.c.patient_id)).scalars())


def _log_cli_access(db_url: str, action: str, detail: str, patients: list[str]) -> None:
    """An export from the command line goes into the access log too, one row per patient in it, under the
    operating-system user (as the workspace logs one row per exported patient)."""
    import getpass

    from .access_log import AccessEntry, append_access
    from .state import engine_for

    who = f"cli:{getpass.getuser()}"
    entries = [AccessEntry(who, "", action, patient_id=p, detail=detail) for p in patients]
    with engine_for(db_url).begin() as conn:
        append_access(conn, entries or [AccessEntry(who, "", action, detail=detail)],
                      datetime.now().replace(microsecond=0))


def _register_feature_commands() -> None:
    """Add the click commands of every module in reportminer/commands (web workspace, indicators, learning)."""
    import importlib
    import pkgutil

    from . import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, click.Command) and value.name not in main.commands:
                main.add_command(value)


_register_feature_commands()

if __name__ == "__main__":  # pragma: no cover
    main()

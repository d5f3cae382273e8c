"""Learning from auditors: ``reportminer train`` (a ranker of flagged cases) and ``reportminer suggest``
(lexicon phrases from the notes of confirmed cases). Registered by :mod:`reportminer.cli`."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from .options import fail

DEFAULT_MODEL = Path("models") / "ranker.joblib"


def _url(db: str) -> str:
    from ..state import default_url

    return db if "://" in db else default_url(db)



@click.command()
@click.option("--db", required=True, help="State database: a SQLAlchemy URL or a SQLite file path.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_MODEL, show_default=True,
              help="Model file (.joblib); its metadata and metrics go to the .json beside it.")
@click.option("--seed", type=int, default=None, help="Random seed of the cross-validation and calibration folds.")
@click.option("--repeats", type=click.IntRange(1), default=None, help="Repeats of the 5-fold cross-validation [10].")
@click.option("--with-validation", is_flag=True,
              help="Also learn from the answers of validation samples on flagged patients (`reportminer validate`).")
def train(db: str, out: Path, seed: int | None, repeats: int | None, with_validation: bool) -> None:
    """Fit the ranker: the probability that an auditor confirms a flagged case, from the review decisions in --db.

    Prints cross-validated ROC AUC, average precision and Brier score next to the rule priority's; writes the
    model and a JSON of metadata and metrics. Exit code 1 when there are too few decisions (the number needed is
    printed): the rule priority keeps ordering the list until then.
    """
    from .. import ranker

    if out.suffix != ".joblib":
        raise click.UsageError(f"{out}: the model file must end in .joblib")
    try:
        data = ranker.training_data_from_db(_url(db), validation=with_validation)
        model = ranker.train(data, trained_on=date.today().isoformat(), seed=ranker.SEED if seed is None else seed,
                             repeats=repeats or ranker.CV_REPEATS,
                             extra={"learned_from": "review decisions and validation answers" if with_validation
                                    else "review decisions"})
    except ranker.NotEnoughDecisions as err:
        fail(str(err))
    model_path, json_path = ranker.save_model(model, out)
    click.echo(format_metrics(model.metadata))
    click.echo(f"reportminer train: -> {model_path}, {json_path}")


def format_metrics(meta: dict) -> str:
    """The training summary: decisions, cross-validated metrics, the rule priority's, and the verdict."""
    d, cv = meta["decisions"], meta["cv"]
    m, rule, base = cv["model"], cv["rule_priority"], cv["base_rate"]
    why = {"follow_up_only": "with only follow_up", "not_flagged_when_decided": "not flagged when decided"}
    left_out = ", ".join(f"{v} {why.get(k, k)}" for k, v in d["left_out"].items() if v) or "none"
    return "\n".join([
        f"reportminer train: {d['used']} decisions ({d['confirmed']} confirmed, {d['not_confirmed']} dismissed or "
        f"workup_done); patients left out: {left_out}",
        f"  {cv['scheme']}",
        f"  model           ROC AUC {m['roc_auc']['mean']:.3f} ± {m['roc_auc']['sd']:.3f}   average precision "
        f"{m['average_precision']['mean']:.3f} ± {m['average_precision']['sd']:.3f}   Brier "
        f"{m['brier']['mean']:.3f} ± {m['brier']['sd']:.3f}",
        f"  rule priority   ROC AUC {rule['roc_auc']:.3f}           average precision {rule['average_precision']:.3f}",
        f"  base rate                               average precision {base['average_precision']:.3f}           "
        f"Brier {base['brier']:.3f}",
        "  calibration (out of fold): " + ", ".join(
            f"{b['bin']}: forecast {b['mean_forecast']:.2f}, confirmed {b['share_confirmed']:.2f} (n={b['n']})"
            for b in cv["calibration"]["bins"]),
        f"  {meta['verdict']}",
    ])


@click.command()
@click.option("--db", required=True, help="State database: a SQLAlchemy URL or a SQLite file path.")
@click.option("--notes", "notes_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="The notes file (.csv, .jsonl, .parquet): read whole notes, not only the sentences the database keeps.")
@click.option("--lexicons", type=click.Path(file_okay=False, path_type=Path), help="A site's lexicon folder.")
@click.option("--min-count", type=click.IntRange(1), default=2, show_default=True,
              help="Least number of confirmed-case notes a phrase must occur in.")
@click.option("--top", type=click.IntRange(1), default=50, show_default=True, help="Rows to print.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Also write all suggestions to this CSV.")
def suggest(db: str, notes_path: Path | None, lexicons: Path | None, min_count: int, top: int, out: Path | None) -> None:
    """Phrases near fracture, pain and imaging words that no lexicon term matched, ranked by how often they occur
    in notes of confirmed cases: candidate synonyms and local abbreviations for a site lexicon."""
    from .. import suggest as suggestions
    from ..io import InputError, read_notes, write_table
    from ..lexicon import LexiconError

    url = _url(db)
    confirmed = suggestions.confirmed_patients(suggestions.read_decisions(url))
    if not confirmed:
        fail("no confirmed cases in the database yet: suggestions are ranked by the notes of confirmed cases")
    try:
        units = (suggestions.units_from_notes(read_notes(notes_path)[0]) if notes_path
                 else suggestions.units_from_db(url))
        frame = suggestions.suggest(units, confirmed, str(lexicons) if lexicons else None, min_count)
    except (InputError, LexiconError) as err:
        fail(str(err))
    source = f"{len(units)} notes of {notes_path}" if notes_path else f"the stored sentences of {len(units)} notes"
    click.echo(f"reportminer suggest: {len(frame)} phrases from {source}, {len(confirmed)} confirmed patients")
    if len(frame):
        click.echo(frame.head(top).to_string(index=False))
    if out is not None:
        click.echo(f"reportminer suggest: -> {write_table(frame, out)}")

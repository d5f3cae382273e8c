"""``reportminer indicators``: the quality indicators of a state database, as a table and trend charts."""
from __future__ import annotations

from pathlib import Path

import click

from .options import RULES_OPTION, fail, load_site_rules

SUFFIXES = (".csv", ".xlsx", ".html", ".htm")


@click.command("indicators")
@click.option("--db", required=True, help="State database: a SQLAlchemy URL (postgresql://...) or a SQLite file path.")
@click.option("--from", "start", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="First day of episodes to count (by the date of the episode's first index finding).")
@click.option("--to", "end", type=click.DateTime(formats=["%Y-%m-%d"]), help="Last day of episodes to count.")
@click.option("--by", type=click.Choice(["month", "quarter", "year"]), default="month", show_default=True,
              help="Period of the episode's first index finding.")
@click.option("--by-unit", is_flag=True, help="One row per unit (the unit of the note with the first index finding).")
@click.option("--window-days", type=click.IntRange(0), default=30, show_default=True,
              help="A sacral workup counts when done at most this many days after the first index finding.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Table file: .csv, .xlsx or .html; a trend chart per indicator is written beside it. "
                   "Without it the table is printed.")
@click.option("--chart-format", type=click.Choice(["png", "svg"]), default="png", show_default=True,
              help="Format of the chart files written beside --out.")
@RULES_OPTION
def indicators(db, start, end, by, by_unit, window_days, out, chart_format, rules_file):
    """Per period (and unit): patients with each index finding, how many had a sacral workup within
    --window-days (share with 95% Wilson interval), median days to workup, flagged and confirmed flags.

    Episodes and flags are judged under the site rules of the last successful nightly run (so the figures
    match the case list), or under --rules when given."""
    from ..indicators import (INDICATORS, NoStateDatabase, compute_indicators, csv_bytes, format_text, html_page,
                              render_chart, rules_of_last_run, xlsx_bytes)
    from ..state import default_url

    if out is not None and out.suffix.lower() not in SUFFIXES:
        raise click.UsageError(f"{out}: use a .csv, .xlsx or .html file name")
    if start and end and start > end:
        raise click.UsageError("--from is after --to")
    if "://" not in db and not Path(db).is_file():
        fail(f"{db}: no such database file (run 'reportminer nightly' first)")
    url = db if "://" in db else default_url(db)
    rules = load_site_rules(rules_file) if rules_file else None
    try:
        run_rules = rules_of_last_run(url)
        if rules is not None and run_rules is not None and rules.hash != run_rules.hash:
            click.echo(f"reportminer: note: {rules.source} differ from the rules of the last nightly run "
                       f"({run_rules.source}); flag counts will not match the case list", err=True)
        rules = rules or run_rules or load_site_rules(None)
        table = compute_indicators(url, by=by, by_unit=by_unit, window_days=window_days, start=start, end=end,
                                   settings=rules.settings)
    except NoStateDatabase as err:
        fail(str(err))
    if out is None:
        click.echo(format_text(table))
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    written = []
    for indicator in INDICATORS:
        if len(table):
            path = out.with_name(f"{out.stem}-{indicator}.{chart_format}")
            path.write_bytes(render_chart(table, indicator, chart_format))
            written.append(path)
    if suffix == ".csv":
        out.write_bytes(csv_bytes(table))
    elif suffix == ".xlsx":
        out.write_bytes(xlsx_bytes(table))
    else:
        charts = {i: render_chart(table, i, "svg") for i in INDICATORS} if len(table) else {}
        out.write_text(html_page(table, charts), encoding="utf-8")
    periods = table["period"].nunique() if len(table) else 0
    click.echo(f"reportminer indicators: {periods} {by}(s), {len(table)} rows -> {out}"
               + (f" and {len(written)} charts ({out.stem}-<indicator>.{chart_format})" if written else ""))


"""Options and helpers that several commands share: site rules, and the one-line error that exits 1."""
from __future__ import annotations

import sys
from pathlib import Path

import click

RULES_OPTION = click.option(
    "--rules", "rules_file", type=click.Path(dir_okay=False, path_type=Path),
    help="Site rules (rules.toml: look-back, episode gap, at-risk age and sex, risk factors, priorities, covering "
         "exams) [default: the bundled contract rules].")


def fail(message: str) -> None:
    """Print ``reportminer: error: message`` on stderr and exit 1 (the input cannot be used)."""
    click.echo(f"reportminer: error: {message}", err=True)
    sys.exit(1)


def load_site_rules(rules_file: Path | None):
    """The validated ``rules.Rules`` of ``rules_file`` (the bundled rules for ``None``); a bad file exits 1 with
    a message naming the file and the key."""
    from ..rules import RulesError, load_rules

    try:
        return load_rules(rules_file)
    except RulesError as err:
        fail(str(err))

"""``reportminer users add|disable|list`` (named users of the workspace) and ``reportminer access-log``."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click


def _db(db: str, must_exist: bool = True) -> str:
    from ..state import default_url, upgrade

    if "://" not in db and must_exist and not Path(db).is_file():
        raise click.BadParameter(f"{db}: no such database file (run 'reportminer nightly' first)", param_hint="--db")
    url = db if "://" in db else default_url(db)
    upgrade(url)  # an older database gets the users and access-log tables
    return url


def _log_admin(url: str, action: str, detail: str) -> None:
    """Changes to who may see patient data are kept in the access log too."""
    import getpass

    from ..access_log import AccessEntry, append_access
    from ..state import engine_for

    with engine_for(url).begin() as conn:
        append_access(conn, [AccessEntry(f"cli:{getpass.getuser()}", "", action, detail=detail)],
                      datetime.now().replace(microsecond=0))


@click.group()
def users():
    """Named users of the review workspace (serve --users): add, disable, list.

    Roles: viewer (reads cases and notes), auditor (also records decisions), admin (also reads the access log).
    """


@users.command("add")
@click.argument("username")
@click.option("--db", required=True, help="State database: a SQLAlchemy URL or a SQLite file path.")
@click.option("--role", required=True, type=click.Choice(["viewer", "auditor", "admin"]))
@click.option("--sso", is_flag=True, help="Signs in through single sign-on only: no password.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
def users_add(username, db, role, sso, password_stdin):
    """Add USERNAME with a ROLE; asks for the password twice (at least 12 characters), stored as an argon2 hash."""
    from ..users import UserError, add_user

    url = _db(db)
    password = None
    if not sso:
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        add_user(url, username, role, password, datetime.now().replace(microsecond=0))
    except UserError as err:
        click.echo(f"reportminer: error: {err}", err=True)
        sys.exit(1)
    _log_admin(url, "user_add", f"{username} ({role}{', sso' if sso else ''})")
    click.echo(f"reportminer users: added {username} ({role}{', single sign-on only' if sso else ''})")


@users.command("disable")
@click.argument("username")
@click.option("--db", required=True, help="State database: a SQLAlchemy URL or a SQLite file path.")
def users_disable(username, db):
    """Disable USERNAME: no more sign-ins, and open sessions end at the next click. Their decisions stay."""
    from ..users import UserError, disable_user

    url = _db(db)
    try:
        disable_user(url, username, datetime.now().replace(microsecond=0))
    except UserError as err:
        click.echo(f"reportminer: error: {err}", err=True)
        sys.exit(1)
    _log_admin(url, "user_disable", username)
    click.echo(f"reportminer users: disabled {username}")


@users.command("list")
@click.option("--db", required=True, help="State database: a SQLAlchemy URL or a SQLite file path.")
def users_list(db):
    """List the users: name, role, how they sign in, enabled or disabled."""
    from ..users import list_users

    for user in list_users(_db(db)):
        click.echo(f"{user.username}\t{user.role}\t{'sso' if user.sso_only else 'password'}\t"
                   f"{'disabled' if user.disabled else 'enabled'}")


# the group holds its subcommands: out of the module namespace, so that cli.py registers only the group
del users_add, users_disable, users_list


@click.command("access-log")
@click.option("--db", required=True, help="State database: a SQLAlchemy URL or a SQLite file path.")
@click.option("--patient", help="Only this patient's rows.")
@click.option("--user", help="Only this user's rows.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]), help="Only from this day on.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="CSV file to write.")
def access_log(db, patient, user, since, out):
    """Export the access log (who viewed which patient's case, notes, exports, decision log; sign-ins) as CSV.

    The export is itself logged. The log cannot be edited: the database refuses changes to it.
    """
    import getpass

    from ..access_log import AccessEntry, append_access, read_access_log
    from ..state import engine_for

    url = _db(db)
    frame = read_access_log(url, patient, user, since)
    out.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(out, index=False, lineterminator="\n")
    with engine_for(url).begin() as conn:
        append_access(conn, [AccessEntry(f"cli:{getpass.getuser()}", "", "export_access_log",
                                         patient_id=patient or "", detail=str(out.name))],
                      datetime.now().replace(microsecond=0))
    click.echo(f"reportminer access-log: {len(frame)} rows -> {out}")

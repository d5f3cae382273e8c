"""``reportminer serve`` (the review workspace) and ``reportminer report`` (a static HTML case list)."""
from __future__ import annotations

import ipaddress
import logging
import sys
from pathlib import Path

import click


def _db_url(db: str) -> str:
    from ..state import default_url

    return db if "://" in db else default_url(db)


def _existing_db(db: str) -> str:
    """The URL of a state database that must exist already (a typo must not create an empty one)."""
    if "://" not in db and not Path(db).is_file():
        raise click.BadParameter(f"{db}: no such database file (run 'reportminer nightly' first)", param_hint="--db")
    return _db_url(db)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--db", required=True, help="State database: a SQLAlchemy URL or a SQLite file path.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default lets only this machine in.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="REPORTMINER_WEB_TOKEN", default=None, show_envvar=True,
              help="Require this access token (header 'Authorization: Bearer TOKEN', the login page, or ?token=).")
@click.option("--basic-auth", envvar="REPORTMINER_WEB_BASIC_AUTH", default=None, show_envvar=True,
              help="Require HTTP basic auth: USER:PASSWORD, several separated by commas.")
@click.option("--secret-key", envvar="REPORTMINER_WEB_SECRET_KEY", default=None, show_envvar=True,
              help="Key that signs session cookies [default: random, so a restart signs everybody out].")
@click.option("--threads", type=click.IntRange(1, 64), default=8, show_default=True)
@click.option("--users", "named_users", is_flag=True,
              help="Named users sign in (reportminer users add): roles viewer, auditor, admin; every view is logged.")
@click.option("--oidc-issuer", envvar="REPORTMINER_OIDC_ISSUER", show_envvar=True,
              help="Single sign-on: the OpenID Connect provider's issuer URL (implies --users).")
@click.option("--oidc-client-id", envvar="REPORTMINER_OIDC_CLIENT_ID", show_envvar=True)
@click.option("--oidc-client-secret", envvar="REPORTMINER_OIDC_CLIENT_SECRET", show_envvar=True)
@click.option("--oidc-username-claim", default="preferred_username", show_default=True,
              help="The ID-token claim that names the user in the users table.")
@click.option("--oidc-redirect-uri", envvar="REPORTMINER_OIDC_REDIRECT_URI", show_envvar=True,
              help="The callback registered at the provider, https://HOST/signin/sso/callback [default: from the "
                   "request; give it behind a reverse proxy].")
@click.option("--session-minutes", type=click.IntRange(1, 24 * 60), default=30, show_default=True,
              help="A session unused this long ends (and one ends 10 hours after sign-in in any case).")
def serve(db, host, port, token, basic_auth, secret_key, threads, named_users, oidc_issuer, oidc_client_id,
          oidc_client_secret, oidc_username_claim, oidc_redirect_uri, session_minutes):
    """Serve the review workspace over the state database --db (case list, case pages, decisions, overview).

    Prefer the environment variables to the options for secrets: options show in the process list.
    """
    import waitress

    from ..state import upgrade
    from ..web import Access, create_app
    from ..web.auth import AuthConfig, OidcConfig

    url = _existing_db(db)
    try:
        access = Access.parse(token, basic_auth)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--basic-auth")
    oidc = None
    if oidc_issuer:
        if not (oidc_client_id and oidc_client_secret):
            raise click.UsageError("--oidc-issuer needs --oidc-client-id and --oidc-client-secret")
        oidc = OidcConfig(oidc_issuer, oidc_client_id, oidc_client_secret, oidc_username_claim,
                          oidc_redirect_uri or "")
    auth = AuthConfig(named=named_users or oidc is not None, oidc=oidc, idle_minutes=session_minutes)
    if auth.named and access.enabled:
        raise click.UsageError("--users and --oidc-issuer replace --token and --basic-auth: give one or the other")
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s reportminer: %(levelname)s: %(message)s")
    logging.getLogger("reportminer.web").setLevel(logging.INFO)
    upgrade(url)  # the same migrations as the nightly job: a database from an older version gets note text
    app = create_app(url, access=access, secret_key=secret_key, auth=auth)
    if auth.named:
        from ..users import list_users

        if not any(u.role == "admin" and not u.disabled for u in list_users(url)):
            click.echo(f"reportminer serve: no admin yet; create one with: reportminer users add NAME --role admin "
                       f"--db {db}", err=True)
    if not _is_loopback(host) and not access.enabled and not auth.named:
        click.echo(f"reportminer serve: warning: listening on {host} without --token or --basic-auth: anyone who "
                   "can reach this port sees patient notes", err=True)
    # poll, not select: select() fails once a descriptor number passes 1024 (a busy process holds many)
    server = waitress.create_server(app, host=host, port=port, threads=threads, ident="reportminer",
                                    asyncore_use_poll=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"reportminer serve: the review workspace is at http://{shown}:{server.effective_port}/ "
               "(Ctrl+C stops it)")
    sys.stdout.flush()
    try:
        server.run()
    except KeyboardInterrupt:  # pragma: no cover - interactive
        pass
    finally:
        server.close()


@click.command()
@click.option("--db", required=True, help="State database: a SQLAlchemy URL or a SQLite file path.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The HTML file to write.")
@click.option("--all-cases", is_flag=True, help="Also cases the rules never flagged.")
@click.option("--pseudonymise", "key_file", type=click.Path(dir_okay=False, path_type=Path), metavar="KEYFILE",
              help="Keyed pseudonyms for patient and note ids (and reviewers); names, identity numbers, dates of "
                   "birth, phone numbers and e-mail addresses masked in evidence and comments.")
def report(db, out, all_cases, key_file):
    """Write the current case list with its evidence and decisions as one self-contained HTML file.

    Its footer names the run, the versions and the rules hash; the report is recorded in the access log.
    """
    from ..cli import _log_cli_access, _pseudonymiser
    from ..report import report_patients, write_report
    from ..state import upgrade

    url = _existing_db(db)
    pseudonymiser = _pseudonymiser(key_file)
    upgrade(url)
    summary = write_report(url, out, include_unflagged=all_cases, pseudonymiser=pseudonymiser)
    _log_cli_access(url, "report", out.name + (" (pseudonymised)" if pseudonymiser else ""), report_patients(url, all_cases))
    click.echo(f"reportminer report: {summary['cases']} cases ({summary['open']} open) -> {out}")

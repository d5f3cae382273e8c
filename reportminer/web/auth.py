"""Named users in the workspace: sign-in (password or OpenID Connect single sign-on), roles, session expiry,
rate-limited failed sign-ins, and the access log of every view of patient data.

``init_auth`` plugs this into the app of ``create_app``: a blueprint (sign-in and sign-out pages, the admin's
access-log page), a before-request check (signed in, session not expired, user still enabled, role allows the
page) and an after-request hook that appends to the access log. Without named users (``AuthConfig.named`` false:
the token and basic-auth options of app.py, or nobody asked on 127.0.0.1) the hooks still log every view; the
name logged is then the basic-auth user, ``token`` or ``anonymous``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import (Blueprint, Flask, Response, abort, current_app, flash, g, redirect, render_template, request,
                   session, url_for)
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, Length

from ..access_log import AccessEntry, append_access, count_access_log, read_access_log
from ..users import ROLES, check_password, get_user

log = logging.getLogger("reportminer.web.auth")
bp = Blueprint("auth", __name__)

PAGE_ROWS = 1000  # access-log rows on the page
PUBLIC = frozenset({"static", "auth.signin", "auth.sso_start", "auth.sso_callback", "web.login"})
# endpoint -> the permission it needs (users.ROLES); every other endpoint needs "read"
PERMISSIONS = {"web.decide": "decide", "auth.access_log_page": "access_log", "auth.access_log_csv": "access_log"}


@dataclass(frozen=True)
class OidcConfig:
    """The hospital's OpenID Connect provider.

    Attributes
    ----------
    issuer : the provider's issuer URL (its discovery document is ``ISSUER/.well-known/openid-configuration``).
    client_id, client_secret : this workspace's registration at the provider.
    username_claim : the ID-token claim that names the user in the users table.
    redirect_uri : the callback as registered at the provider (behind a reverse proxy, the public
        ``https://HOST/signin/sso/callback``); empty: derived from the request.
    """

    issuer: str
    client_id: str
    client_secret: str
    username_claim: str = "preferred_username"
    redirect_uri: str = ""


@dataclass(frozen=True)
class AuthConfig:
    """How people sign in.

    Attributes
    ----------
    named : named users from the users table (``reportminer users add``) must sign in.
    oidc : single sign-on through this provider (users still need a row in the users table: it holds the role).
    idle_minutes : a session unused this long ends.
    max_hours : a session ends this long after sign-in, used or not.
    failed_signin_limit : failed sign-ins allowed per remote address (Flask-Limiter syntax), then HTTP 429.
    """

    named: bool = False
    oidc: OidcConfig | None = None
    idle_minutes: int = 30
    max_hours: int = 10
    failed_signin_limit: str = "5 per 15 minutes"


class SignInForm(FlaskForm):
    username = StringField("User name", validators=[DataRequired(), Length(max=100)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=500)])
    submit = SubmitField("Sign in")


class SignOutForm(FlaskForm):
    submit = SubmitField("Sign out")


def init_auth(app: Flask, config: AuthConfig, now=datetime.now) -> None:
    """Add sign-in, roles, session expiry and the access log to ``app``.

    Parameters
    ----------
    app : the workspace (``create_app``).
    config : how people sign in.
    now : the clock (tests move it to expire sessions).
    """
    from flask_limiter import Limiter
    from flask_limiter.util import get_remote_address

    app.config["RM_AUTH"] = config
    app.config["RM_NOW"] = now
    app.register_blueprint(bp)
    # Only failed attempts count (deduct_when): a user who signs in right is never locked out by others' errors.
    limiter = Limiter(get_remote_address, app=app, storage_uri="memory://", default_limits=[])
    app.view_functions["auth.signin"] = limiter.limit(
        config.failed_signin_limit, methods=["POST"], deduct_when=lambda response: response.status_code == 401,
        on_breach=_too_many)(app.view_functions["auth.signin"])
    if config.oidc is not None:
        from authlib.integrations.flask_client import OAuth

        oauth = OAuth(app)
        oauth.register("sso", client_id=config.oidc.client_id, client_secret=config.oidc.client_secret,
                       server_metadata_url=config.oidc.issuer.rstrip("/") + "/.well-known/openid-configuration",
                       client_kwargs={"scope": "openid profile email"})
        app.extensions["reportminer_oauth"] = oauth
    app.before_request(_require_user)
    app.after_request(_log_access)
    app.context_processor(lambda: {"named_mode": config.named, "signed_in": g.get("named_user", False),
                                   "current_user": g.get("user", ""),
                                   "current_role": g.get("role", ""), "signout_form": SignOutForm(),
                                   "may": _may})


def _config() -> AuthConfig:
    return current_app.config["RM_AUTH"]


def _now() -> datetime:
    return current_app.config["RM_NOW"]()


def _may(permission: str) -> bool:
    if not _config().named:
        return permission != "access_log"  # a single-user install has no admin: the command line shows the log
    return permission in ROLES.get(g.get("role", ""), frozenset())


def _require_user():
    """Before every request: who is this, is their session still valid, may their role open this page?"""
    config = _config()
    g.named_user = False
    g.role = ""
    if not config.named:
        g.log_name = g.get("user", "") or _unnamed_user()  # for the access log; the reviewer field stays as typed
        return _check_permission()
    if request.endpoint in PUBLIC:
        return None
    username = session.get("uid")
    if not username:
        return _to_signin()
    now = _now()
    signed_in, seen = (datetime.fromisoformat(session.get(k, "1970-01-01T00:00:00")) for k in ("signed_in", "seen"))
    if now - seen > timedelta(minutes=config.idle_minutes) or now - signed_in > timedelta(hours=config.max_hours):
        session.clear()
        flash("Your session has expired: sign in again.", "error")
        return _to_signin()
    user = get_user(current_app.extensions["reportminer_engine"], username)
    if user is None or user.disabled:
        session.clear()
        return _to_signin()
    session["seen"] = now.isoformat()
    g.user, g.role, g.named_user = user.username, user.role, True
    return _check_permission()


def _unnamed_user() -> str:
    if request.authorization is not None and request.authorization.username:
        return request.authorization.username
    return "token" if current_app.config["RM_ACCESS"].token else "anonymous"


def _check_permission():
    permission = PERMISSIONS.get(request.endpoint or "", "read")
    if request.endpoint not in PUBLIC and not _may(permission):
        abort(403)
    g.admitted = True  # only an admitted request's views go into the access log
    return None


def _to_signin():
    if request.method != "GET":
        abort(401)
    return redirect(url_for("auth.signin", next=request.full_path if request.args else request.path))


def _safe_next(target: str | None) -> str:
    # only a path on this server: never an open redirect
    target = target or ""
    return target if target.startswith("/") and not target.startswith("//") else url_for("web.case_list")


def _start_session(username: str, how: str) -> None:
    session.clear()  # a new session id for the new user: no fixation
    now = _now().isoformat()
    session.update(uid=username, signed_in=now, seen=now, how=how)
    session.permanent = False


@bp.route("/signin", methods=["GET", "POST"])
def signin():
    config = _config()
    if not config.named:
        return redirect(url_for("web.case_list"))
    form = SignInForm()
    if form.validate_on_submit():
        user = check_password(current_app.extensions["reportminer_engine"], form.username.data.strip(),
                              form.password.data)
        if user is not None:
            _start_session(user.username, "password")
            _append(AccessEntry(user.username, user.role, "sign_in", detail="password", remote_addr=_remote()))
            return redirect(_safe_next(request.args.get("next")))
        _failed(form.username.data.strip(), "password")
        flash("Unknown user name or wrong password.", "error")
        return render_template("signin.html", form=form, sso=config.oidc is not None), 401
    return render_template("signin.html", form=form, sso=config.oidc is not None)


def _too_many(limit) -> Response:
    log.warning("sign-in refused: too many failed attempts from %s", _remote())
    return Response("Too many failed sign-ins from this address: wait and try again.\n", 429,
                    {"Retry-After": "900"})


def _failed(username: str, how: str) -> None:
    """A failed sign-in: logged (name tried and address, never the password) and kept in the access log."""
    log.warning("failed sign-in (%s) for user %r from %s", how, username[:100], _remote())
    _append(AccessEntry(username[:100], "", "sign_in_failed", detail=how, remote_addr=_remote()))


@bp.post("/signout")
def signout():
    if not SignOutForm().validate_on_submit():
        abort(400)
    if g.get("named_user"):
        _append(AccessEntry(g.user, g.role, "sign_out", remote_addr=_remote()))
    session.clear()
    return redirect(url_for("auth.signin") if _config().named else url_for("web.case_list"))


@bp.get("/signin/sso")
def sso_start():
    oauth = current_app.extensions.get("reportminer_oauth")
    if oauth is None:
        abort(404)
    session["sso_next"] = _safe_next(request.args.get("next"))
    return oauth.sso.authorize_redirect(_config().oidc.redirect_uri or url_for("auth.sso_callback", _external=True))


@bp.get("/signin/sso/callback")
def sso_callback():
    oauth = current_app.extensions.get("reportminer_oauth")
    if oauth is None:
        abort(404)
    try:
        token = oauth.sso.authorize_access_token()  # checks state, nonce, the ID token's signature and audience
    except Exception as err:  # the provider refused, or its answer did not verify
        _failed("", f"sso: {err.__class__.__name__}")
        flash("Single sign-on did not succeed.", "error")
        return redirect(url_for("auth.signin"))
    claims = token.get("userinfo") or {}
    username = str(claims.get(_config().oidc.username_claim) or "")
    user = get_user(current_app.extensions["reportminer_engine"], username) if username else None
    if user is None or user.disabled:
        _failed(username, "sso: no enabled user of that name")
        flash(f"{username or 'This account'} has no access to the workspace: ask an administrator.", "error")
        return redirect(url_for("auth.signin"))
    target = session.get("sso_next") or url_for("web.case_list")
    _start_session(user.username, "sso")
    _append(AccessEntry(user.username, user.role, "sign_in", detail="sso", remote_addr=_remote()))
    return redirect(_safe_next(target))


@bp.get("/access-log")
def access_log_page():
    f = {k: request.args.get(k, "").strip() for k in ("patient", "user", "since")}
    since = _parse_day(f["since"])
    where = (current_app.config["RM_DB_URL"], f["patient"] or None, f["user"] or None, since)
    shown = read_access_log(*where, newest=PAGE_ROWS)  # newest first; the CSV holds them all
    return render_template("access_log.html", rows=shown.to_dict("records"), total=count_access_log(*where),
                           filter=f)


@bp.get("/access-log.csv")
def access_log_csv():
    frame = read_access_log(current_app.config["RM_DB_URL"], request.args.get("patient") or None,
                            request.args.get("user") or None, _parse_day(request.args.get("since", "")))
    return Response(frame.to_csv(index=False, lineterminator="\n"), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="access-log.csv"'})


def _parse_day(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        flash(f"Not a date: {value[:30]!r} (use YYYY-MM-DD); showing every day.", "error")
        return None


# --- the access log -------------------------------------------------------------------------------------------
def _remote() -> str:
    return request.remote_addr or ""


def _append(*entries: AccessEntry) -> None:
    with current_app.extensions["reportminer_engine"].begin() as conn:
        append_access(conn, list(entries), _now())


def _log_access(response: Response) -> Response:
    """After a request that showed patient data: one row per patient (and per note shown)."""
    if response.status_code >= 400 or not g.get("admitted") or request.endpoint in PUBLIC:
        return response
    who = {"username": g.get("user", "") or g.get("log_name", "") or "anonymous", "role": g.get("role", ""),
           "remote_addr": _remote()}
    endpoint, args = request.endpoint, request.view_args or {}
    entries: list[AccessEntry] = []
    if endpoint == "web.case_list":
        entries.append(AccessEntry(action="view_case_list", detail=request.query_string.decode()[:500], **who))
    elif endpoint == "web.case_page":
        entries.append(AccessEntry(action="view_case", patient_id=args["patient_id"], **who))
        entries += [AccessEntry(action="view_note", patient_id=args["patient_id"], detail=n, **who)
                    for n in g.get("notes_shown", [])]
    elif endpoint == "web.decide" and request.method == "POST":
        entries.append(AccessEntry(action="decide", patient_id=args["patient_id"], **who))
    elif endpoint == "web.export_cases":
        name = f"cases.{args.get('fmt', '')}"
        entries += [AccessEntry(action="export", patient_id=p, detail=name, **who)
                    for p in g.get("exported_patients", [])] or [AccessEntry(action="export", detail=name, **who)]
    elif endpoint == "web.export_decisions":
        entries.append(AccessEntry(action="view_decision_log", detail="decisions.csv", **who))
    elif endpoint in ("auth.access_log_page", "auth.access_log_csv"):
        entries.append(AccessEntry(action="view_access_log", detail=request.query_string.decode()[:500], **who))
    if entries:
        _append(*entries)
    return response

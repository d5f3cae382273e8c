"""The Flask application: configuration, optional access control, security headers and quiet logging.

Access control is off by default (the server binds to 127.0.0.1). For a shared server give an access token
(``Authorization: Bearer TOKEN``, or once through the login page or ``?token=TOKEN``, after which a signed
session cookie carries it) and/or basic-auth accounts (``user:password``, comma-separated); either one admits.

Logs name the method, the path (which holds at most a patient id) and the status, never a query string, a form,
note text or an exception's message.
"""
from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass

from flask import Flask, Response, current_app, g, redirect, request, session, url_for
from flask_wtf.csrf import CSRFProtect

from ..state import engine_for
from . import validation_views, views

log = logging.getLogger("reportminer.web")


@dataclass(frozen=True)
class Access:
    """Who may use the workspace: nobody is asked when both are empty."""

    token: str = ""
    users: tuple[tuple[str, str], ...] = ()  # (user, password) pairs for basic auth

    @classmethod
    def parse(cls, token: str | None = None, basic_auth: str | None = None) -> Access:
        users = []
        for pair in (basic_auth or "").split(","):
            if not pair.strip():
                continue
            user, sep, password = pair.strip().partition(":")
            if not sep or not user or not password:
                raise ValueError("basic auth must be USER:PASSWORD (several separated by commas)")
            users.append((user, password))
        return cls((token or "").strip(), tuple(users))

    @property
    def enabled(self) -> bool:
        return bool(self.token or self.users)

    @property
    def fingerprint(self) -> str:
        """Stored in the session: a changed token or account list logs every session out."""
        return hmac.new(b"reportminer", repr((self.token, self.users)).encode(), "sha256").hexdigest()[:32]

    def token_ok(self, value: str | None) -> bool:
        return bool(self.token) and bool(value) and hmac.compare_digest(value.encode(), self.token.encode())

    def user_ok(self, user: str | None, password: str | None) -> bool:
        ok = False
        for name, secret in self.users:  # compare all: the time taken does not tell which user exists
            ok |= hmac.compare_digest((user or "").encode(), name.encode()) & hmac.compare_digest(
                (password or "").encode(), secret.encode())
        return ok


class WorkspaceFlask(Flask):
    def log_exception(self, exc_info) -> None:
        # Flask would log the traceback and message, which can quote SQL parameters (a comment, a note id
        # list): name the failure only.
        log.error("%s %s failed: %s", request.method, request.path, exc_info[0].__name__)


def create_app(db_url: str, *, access: Access | None = None, secret_key: str | bytes | None = None,
               testing: bool = False, auth=None, now=None) -> Flask:
    """The workspace over the state database at ``db_url``.

    Parameters
    ----------
    db_url : SQLAlchemy URL of a state database already at the newest schema (``state.upgrade``).
    access : who may use it; ``None`` asks nobody (fine while the server listens on 127.0.0.1 only).
    secret_key : signs the session cookie (CSRF tokens, sign-in); random when not given.
    testing : Flask's testing mode (exceptions propagate to the test client).
    auth : named users and single sign-on (``auth.AuthConfig``); ``None``: the token/basic-auth ``access`` only.
    now : the clock for session expiry and the access log (tests move it); ``datetime.now`` by default.

    Returns
    -------
    The Flask application (a WSGI callable: ``reportminer serve`` runs it on waitress).
    """
    app = WorkspaceFlask(__name__)
    app.config.update(
        SECRET_KEY=secret_key or secrets.token_bytes(32),
        TESTING=testing,
        WTF_CSRF_TIME_LIMIT=None,  # valid for the session: a case page left open over lunch still submits
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=64 * 1024,
        RM_DB_URL=db_url,
        RM_ACCESS=access or Access(),
    )
    app.extensions["reportminer_engine"] = engine_for(db_url)
    CSRFProtect(app)
    app.before_request(_check_access)
    app.after_request(_finish)
    app.register_blueprint(views.bp)
    app.register_blueprint(validation_views.bp)
    from datetime import datetime

    from .auth import AuthConfig, init_auth

    if auth is not None and auth.named and access is not None and access.enabled:
        raise ValueError("named users replace --token and --basic-auth: give one or the other")
    init_auth(app, auth or AuthConfig(), now or datetime.now)  # roles, sign-in and the access log (auth.py)
    return app


def _check_access():
    access: Access = current_app.config["RM_ACCESS"]
    g.user = ""
    if not access.enabled or request.endpoint in ("static", "web.login"):
        return None
    if session.get("auth") == access.fingerprint:
        g.user = session.get("user", "")
        return None
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer ") and access.token_ok(header[7:].strip()):
        return None
    basic = request.authorization
    if access.users and basic is not None and basic.type == "basic" and access.user_ok(basic.username,
                                                                                          basic.password):
        g.user = basic.username or ""
        return None
    if access.token_ok(request.args.get("token")):  # a link with the token: remember it, then drop it from the URL
        session["auth"] = access.fingerprint
        args = {k: v for k, v in request.args.items() if k != "token"}
        return redirect(url_for(request.endpoint, **(request.view_args or {}), **args))
    if access.users:
        return Response("Authentication required.\n", 401, {"WWW-Authenticate": 'Basic realm="reportminer"'})
    return redirect(url_for("web.login", next=request.path))


def _finish(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"  # patient data stays out of shared caches and disk
    log.info("%s %s %s", request.method, request.path, response.status_code)
    return response

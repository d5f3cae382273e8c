"""Named users of the review workspace: roles, argon2 password hashes, enabling and disabling.

A user with no password hash signs in through the hospital's single sign-on (OpenID Connect) only; the users
table still decides their role, so SSO proves who someone is and this table what they may do.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .state import engine_for, users

# What each role may do in the workspace: read cases and notes, record decisions, read the access log.
ROLES = {"viewer": frozenset({"read"}), "auditor": frozenset({"read", "decide"}),
         "admin": frozenset({"read", "decide", "access_log"})}
MIN_PASSWORD = 12
_HASHER = PasswordHasher()
# Verified against when the user does not exist, so the time taken does not tell which user names exist.
_DUMMY_HASH = _HASHER.hash("not a password of anyone")


class UserError(ValueError):
    """A user that cannot be added or changed; the message says why."""


@dataclass(frozen=True)
class User:
    username: str
    role: str
    disabled: bool
    sso_only: bool

    def may(self, permission: str) -> bool:
        return not self.disabled and permission in ROLES.get(self.role, frozenset())


def add_user(db_url: str, username: str, role: str, password: str | None, now: datetime) -> User:
    """Add a user; ``password`` None makes a single-sign-on-only account.

    Raises
    ------
    UserError
        Bad name or role, a short password, or the name is taken.
    """
    username = username.strip()
    if not username or len(username) > 100 or any(c.isspace() or c == ":" for c in username):
        raise UserError(f"user name {username!r}: 1 to 100 characters, no spaces or ':'")
    if role not in ROLES:
        raise UserError(f"role {role!r}: use one of {', '.join(ROLES)}")
    if password is not None and len(password) < MIN_PASSWORD:
        raise UserError(f"the password must have at least {MIN_PASSWORD} characters")
    digest = _HASHER.hash(password) if password is not None else None
    with engine_for(db_url).begin() as conn:
        if conn.execute(sa.select(users.c.username).where(users.c.username == username)).first():
            raise UserError(f"user {username!r} exists already")
        conn.execute(users.insert().values(username=username, password_hash=digest, role=role, disabled=False,
                                           created_at=now))
    return User(username, role, False, digest is None)


def disable_user(db_url: str, username: str, now: datetime) -> None:
    """Disable a user: they can no longer sign in, and their open sessions end at their next request."""
    with engine_for(db_url).begin() as conn:
        changed = conn.execute(users.update().where(users.c.username == username)
                               .values(disabled=True, disabled_at=now)).rowcount
    if not changed:
        raise UserError(f"no user {username!r}")


def list_users(db_url: str) -> list[User]:
    with engine_for(db_url).connect() as conn:
        rows = conn.execute(sa.select(users).order_by(users.c.username)).all()
    return [_user(r) for r in rows]


def get_user(db_url_or_engine, username: str) -> User | None:
    """The user named ``username``, or None."""
    engine = engine_for(db_url_or_engine) if isinstance(db_url_or_engine, str) else db_url_or_engine
    with engine.connect() as conn:
        row = conn.execute(sa.select(users).where(users.c.username == username)).first()
    return _user(row) if row else None


def check_password(engine, username: str, password: str) -> User | None:
    """The enabled user whose password this is, else None (unknown, disabled, SSO-only or wrong password)."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(users).where(users.c.username == username)).first()
    digest = row.password_hash if row is not None and row.password_hash else _DUMMY_HASH
    try:
        ok = _HASHER.verify(digest, password)
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok or row is None or not row.password_hash or row.disabled:
        return None
    if _HASHER.check_needs_rehash(row.password_hash):  # parameters got stronger since: store the new hash
        with engine.begin() as conn:
            conn.execute(users.update().where(users.c.username == username)
                         .values(password_hash=_HASHER.hash(password)))
    return _user(row)


def _user(row) -> User:
    return User(row.username, row.role, bool(row.disabled), row.password_hash is None)

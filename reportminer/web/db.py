"""The database of the running workspace, from the Flask application's own state (set by ``create_app``).

Views read it here instead of importing the application module, so the app imports its views and never the
other way round.
"""
from __future__ import annotations

import sqlalchemy as sa
from flask import current_app


def engine() -> sa.Engine:
    """The engine of the current application's state database."""
    return current_app.extensions["reportminer_engine"]


def db_url() -> str:
    """The SQLAlchemy URL of the current application's state database."""
    return current_app.config["RM_DB_URL"]

"""``reportminer validate``: measure reportminer on the hospital's own notes. Registered by :mod:`reportminer.cli`.

The group's subcommands live in :mod:`reportminer.validation.commands`, outside this package, so the registry
(which adds every command it finds here at the top level) sees the group only.
"""
from __future__ import annotations

from ..validation.commands import validate

__all__ = ["validate"]

"""The review workspace: auditors work through flagged cases in a browser (``reportminer serve``).

A small Flask application with server-rendered templates over the state database: the case list with filters,
the case page with each note's text and its mentions highlighted, review decisions (append-only, through
:func:`reportminer.decisions.record_decision`), blind validation labelling, an overview chart and exports.
"""
from .app import Access, create_app

__all__ = ["Access", "create_app"]

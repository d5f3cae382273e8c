"""The validation tables of the state database (defined with the others in :mod:`reportminer.state`)."""
from __future__ import annotations

from ..state import validation_items as items
from ..state import validation_labels as labels
from ..state import validation_samples as samples

__all__ = ["samples", "items", "labels"]

"""The validation tables of the state database (created by migration 0007)."""
from __future__ import annotations

import sqlalchemy as sa

from ..state import metadata

samples = sa.Table(
    "validation_samples", metadata,
    sa.Column("sample_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("seed", sa.Integer, nullable=False),
    sa.Column("n", sa.Integer, nullable=False),  # items asked for per kind
    sa.Column("stratify_by", sa.String, nullable=False),  # "", "unit" or "language"
    sa.Column("pipeline_version", sa.String, nullable=False),
    sa.Column("strata", sa.Text, nullable=False),  # JSON {kind: {stratum: {population, drawn, fraction}}}
)

items = sa.Table(
    "validation_items", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sample_id", sa.Integer, nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),  # the order auditors work through the sample
    sa.Column("kind", sa.String, nullable=False),  # flagged, unflagged_index, random_note, candidate_note
    sa.Column("stratum", sa.String, nullable=False),
    sa.Column("target", sa.String, nullable=False),  # patient or note
    sa.Column("patient_id", sa.String, nullable=False),
    sa.Column("note_id", sa.String, nullable=False),  # "" for a patient item
    sa.Column("weight", sa.Float, nullable=False),  # population / drawn of its kind and stratum
    sa.UniqueConstraint("sample_id", "kind", "patient_id", "note_id", name="uq_validation_item"),
)

labels = sa.Table(
    "validation_labels", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sample_id", sa.Integer, nullable=False, index=True),
    sa.Column("target", sa.String, nullable=False),  # patient or note
    sa.Column("target_id", sa.String, nullable=False, index=True),  # patient_id or note_id
    sa.Column("auditor", sa.String, nullable=False),
    sa.Column("role", sa.String, nullable=False),  # auditor or adjudicator
    sa.Column("answer", sa.String, nullable=False),  # patient: yes, no, unsure; note: ""
    sa.Column("spans", sa.Text, nullable=False),  # note: JSON list of {start, end, concept, assertion, text}
    sa.Column("comment", sa.Text, nullable=False),
    sa.Column("submitted_at", sa.DateTime, nullable=False),
    sa.Column("system", sa.Text, nullable=False),  # JSON: reportminer's answer when the label was submitted
)

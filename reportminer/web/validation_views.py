"""The workspace's Validation section: blind labelling of a validation sample, reveal, adjudication.

Blind: until the signed-in (or named) auditor has submitted a label for an item, its page carries the note text
(or the patient's notes) and the form only; reportminer's mentions, flag and evidence are read from the database
only after the label is stored (:func:`reportminer.validation.labels.record_label`) and shown on the reveal page.
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm
from wtforms import HiddenField, StringField, SubmitField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length, Optional

from ..evaluate import LABEL_STRENGTH
from ..state import notes
from ..validation.labels import (ANSWERS, NOTE_CONCEPTS, LabelError, auditor_disagreements, has_label, label_value,
                                 read_labels, record_label)
from ..validation.sampling import load_sample
from .data import CONCEPT_LABELS
from .db import db_url, engine

bp = Blueprint("validation", __name__, url_prefix="/validation")
ANSWER_LABELS = {"yes": "Yes, should be on the list", "no": "No", "unsure": "Unsure"}


class LabelForm(FlaskForm):
    auditor = StringField("Auditor", validators=[DataRequired(), Length(max=100)])
    answer = StringField("Answer", validators=[Optional(), AnyOf(list(ANSWERS))])
    spans = HiddenField("Spans", default="[]", validators=[Length(max=60000)])
    comment = TextAreaField("Comment", validators=[Length(max=4000)])
    role = HiddenField("Role", default="auditor", validators=[AnyOf(["auditor", "adjudicator"])])
    submit = SubmitField("Submit my answer")


def _auditor() -> str:
    return g.get("user") or session.get("auditor", "")


def _sample(sample_id: int | None):
    try:
        return load_sample(db_url(), sample_id)
    except LookupError:
        return None


@bp.get("/")
def index():
    """The latest sample's items, each with whether the current auditor labelled it, and the disputed items."""
    sample = _sample(request.args.get("sample", type=int))
    if sample is None:
        return render_template("validation_index.html", sample=None, rows=[], disputes=[], auditor=_auditor())
    auditor = _auditor()
    frame = read_labels(db_url(), sample.sample_id)
    theirs = frame[frame["auditor"] == auditor]
    mine = set(zip(theirs["target"], theirs["target_id"]))
    rows, seen = [], set()
    for item in sample.items.itertuples(index=False):
        target_id = item.patient_id if item.target == "patient" else item.note_id
        if (item.target, target_id) in seen:
            continue
        seen.add((item.target, target_id))
        rows.append({"position": item.position, "target": item.target, "target_id": target_id,
                     "stratum": item.stratum, "done": (item.target, target_id) in mine})
    return render_template("validation_index.html", sample=sample, rows=rows, disputes=_disputes(frame),
                           auditor=auditor)


def _disputes(frame) -> list[dict]:
    """Items whose auditors disagree and no adjudicator has settled, with each auditor's label."""
    if frame.empty:
        return []
    out = []
    for d in auditor_disagreements(frame).itertuples(index=False):
        own = frame[(frame["target"] == d.target) & (frame["target_id"] == d.target_id)
                    & (frame["role"] == "auditor")]
        out.append({"target": d.target, "target_id": d.target_id,
                    "labels": [(r.auditor, r.value or "(none)") for r in own.itertuples(index=False)]})
    return out


@bp.post("/auditor")
def set_auditor():
    name = (request.form.get("auditor") or "").strip()[:100]
    if name:
        session["auditor"] = name
    return redirect(url_for("validation.index"))


def _item_or_404(sample, target: str, target_id: str) -> None:
    if target not in ("patient", "note"):
        abort(404)
    column = "patient_id" if target == "patient" else "note_id"
    if not ((sample.items[column] == target_id) & (sample.items["target"] == target)).any():
        abort(404)


def _blind_context(sample, target: str, target_id: str) -> dict:
    """What an auditor may see before answering: note text and note facts, never mentions, flags or cases."""
    query = sa.select(notes.c.note_id, notes.c.note_date, notes.c.note_type, notes.c.exam, notes.c.unit,
                      notes.c.language, notes.c.text)
    query = (query.where(notes.c.note_id == target_id) if target == "note"
             else query.where(notes.c.patient_id == target_id).order_by(notes.c.note_date, notes.c.note_id))
    with engine().connect() as conn:
        rows = conn.execute(query).all()
    return {"sample": sample, "target": target, "target_id": target_id, "notes": rows,
            "concepts": [(c, CONCEPT_LABELS.get(c, c)) for c in NOTE_CONCEPTS], "assertions": LABEL_STRENGTH,
            "answers": ANSWER_LABELS}


@bp.route("/<int:sample_id>/<target>/<path:target_id>", methods=["GET", "POST"])
def item(sample_id: int, target: str, target_id: str):
    """GET: the blind form (or, once answered, the reveal). POST: record the answer, then reveal."""
    sample = _sample(sample_id)
    if sample is None:
        abort(404)
    _item_or_404(sample, target, target_id)
    role = "adjudicator" if request.values.get("role") == "adjudicator" else "auditor"
    form = LabelForm(auditor=_auditor(), role=role)
    auditor = _auditor()
    if request.method == "POST":
        if not form.validate_on_submit():
            return render_template("validation_item.html", form=form, **_blind_context(sample, target, target_id)), 400
        auditor = form.auditor.data.strip()
        try:
            spans = json.loads(form.spans.data or "[]")
            record_label(db_url(), sample_id, target, target_id, auditor, answer=form.answer.data or "",
                         spans=spans, comment=(form.comment.data or "").strip(), role=form.role.data)
        except (LabelError, json.JSONDecodeError) as err:
            flash(f"Not recorded: {err}", "error")
            return render_template("validation_item.html", form=form, **_blind_context(sample, target, target_id)), 400
        session["auditor"] = auditor
        return redirect(url_for("validation.item", sample_id=sample_id, target=target, target_id=target_id,
                                role=form.role.data))
    with engine().connect() as conn:
        answered = bool(auditor) and has_label(conn, sample_id, target, target_id, auditor, role)
    if not answered:
        return render_template("validation_item.html", form=form, **_blind_context(sample, target, target_id))
    return _reveal(sample, target, target_id, auditor, role)


def _reveal(sample, target: str, target_id: str, auditor: str, role: str):
    every = read_labels(db_url(), sample.sample_id)
    frame = every[(every["target"] == target) & (every["target_id"] == target_id)]
    mine = frame[(frame["auditor"] == auditor) & (frame["role"] == role)].iloc[-1]
    system = mine["system"]
    if target == "patient":
        theirs = "yes" if system.get("flagged") else "no"
        agree = None if mine["answer"] == "unsure" else mine["answer"] == theirs
    else:
        theirs = label_value("note", "", system.get("mentions", []))
        agree = mine["value"] == theirs
    others = [r for r in frame.itertuples(index=False) if not (r.auditor == auditor and r.role == role)]
    return render_template("validation_reveal.html", sample=sample, target=target, target_id=target_id, mine=mine,
                           system=system, agree=agree, others=others, concept_labels=CONCEPT_LABELS,
                           answers=ANSWER_LABELS, next_item=_next_item(sample, auditor, every))


def _next_item(sample, auditor: str, every) -> dict | None:
    """The first item of the sample the auditor has not labelled."""
    theirs = every[every["auditor"] == auditor]
    done = set(zip(theirs["target"], theirs["target_id"]))
    for item in sample.items.itertuples(index=False):
        target_id = item.patient_id if item.target == "patient" else item.note_id
        if (item.target, target_id) not in done:
            return {"target": item.target, "target_id": target_id}
    return None

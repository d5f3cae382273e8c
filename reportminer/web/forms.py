"""The workspace's forms (Flask-WTF: every POST carries a CSRF token)."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField, SubmitField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length

from .data import DECISION_LABELS


class DecisionForm(FlaskForm):
    # radio buttons drawn by the template (case.html), checked against the allowed values here
    decision = StringField("Decision", validators=[DataRequired(), AnyOf(list(DECISION_LABELS))])
    reviewer = StringField("Reviewer", validators=[DataRequired(), Length(max=100)])
    comment = TextAreaField("Comment", validators=[Length(max=4000)])
    record = SubmitField("Record decision")
    record_next = SubmitField("Record and open next case")


class TokenForm(FlaskForm):
    token = PasswordField("Access token", validators=[DataRequired(), Length(max=500)])
    submit = SubmitField("Open the workspace")

"""The workspace's pages: case list, case page with decisions, overview, exports, login."""
from __future__ import annotations

from flask import (Blueprint, Response, abort, current_app, flash, g, redirect, render_template, request, session,
                   url_for)
from flask_wtf.csrf import CSRFError

from ..decisions import record_decision
from ..provenance import last_run_metadata, metadata_frame
from . import data, exports, overview
from .db import engine
from .forms import DecisionForm, TokenForm
from .highlight import note_pieces, sentence_pieces

bp = Blueprint("web", __name__)


@bp.app_context_processor
def _labels() -> dict:
    return {"STATUS_LABELS": data.STATUS_LABELS, "DECISION_LABELS": data.DECISION_LABELS,
            "CONCEPT_LABELS": data.CONCEPT_LABELS, "WORKUP_LABELS": data.WORKUP_LABELS,
            "ASSERTIONS": data.ASSERTIONS, "access_enabled": current_app.config["RM_ACCESS"].enabled}


@bp.get("/")
def case_list():
    f = data.CaseFilter.from_args(request.args)
    with engine().connect() as conn:
        rows = data.load_cases(conn)
        run = data.last_run(conn)
    return render_template("cases.html", cases=f.apply(rows), filter=f, counts=data.counts(rows, f), run=run,
                           status_filters=data.STATUS_FILTERS, priorities=data.PRIORITIES, reasons=data.REASONS,
                           languages=data.LANGUAGES, sorts=data.SORTS)


def _case_context(patient_id: str, f: data.CaseFilter, form: DecisionForm) -> dict:
    with engine().connect() as conn:
        rows = data.load_cases(conn)
        case = next((c for c in rows if c.patient_id == patient_id), None)
        if case is None:
            abort(404)
        notes = data.load_notes(conn, patient_id, case.evidence_items)
        history = data.load_decisions(conn, patient_id)
        exams, exam_story = data.load_exams(conn, patient_id)
    g.notes_shown = [n.note_id for n in notes]  # for the access log (auth.py)
    by_id = {n.note_id: n for n in notes}
    evidence = []
    for note_id, sentence in case.evidence_items:
        note = by_id.get(note_id)
        evidence.append({"note": note, "note_id": note_id,
                         "pieces": sentence_pieces(note.text if note else "", sentence, note.mentions if note else [])})
    views = [{"note": n, "pieces": note_pieces(n.text, n.mentions, n.evidence_sentences) if n.text else None,
              "sentences": _sentences_without_text(n) if not n.text else []} for n in notes]
    previous, following = data.neighbours(rows, f, patient_id)
    return {"case": case, "why": data.why_flagged(case, exam_story), "evidence": evidence, "exams": exams,
            "notes": views, "history": history,
            "form": form, "filter": f, "previous": previous, "next": following}


def _sentences_without_text(note: data.NoteView) -> list:
    """A note stored before its text was: its mention sentences, each highlighted."""
    sentences = list(dict.fromkeys(m.sentence for m in note.mentions))
    return [sentence_pieces("", s, note.mentions) for s in sentences]


@bp.get("/case/<path:patient_id>")
def case_page(patient_id: str):
    f = data.CaseFilter.from_args(request.args)
    form = DecisionForm(reviewer=session.get("reviewer") or g.get("user") or "")
    return render_template("case.html", **_case_context(patient_id, f, form))


@bp.post("/case/<path:patient_id>/decision")
def decide(patient_id: str):
    f = data.CaseFilter.from_args(request.args)
    form = DecisionForm()
    if not form.validate_on_submit():
        return render_template("case.html", **_case_context(patient_id, f, form)), 400
    # a signed-in named user decides in their own name, never a typed one
    reviewer = g.user if g.get("named_user") else form.reviewer.data.strip()
    try:
        record_decision(current_app.config["RM_DB_URL"], patient_id, form.decision.data, reviewer,
                        (form.comment.data or "").strip())
    except KeyError:
        abort(404)
    session["reviewer"] = reviewer
    flash(f"Recorded for {patient_id}: {data.DECISION_LABELS[form.decision.data]}.", "ok")
    target = patient_id
    if form.record_next.data:
        with engine().connect() as conn:
            _, following = data.neighbours(data.load_cases(conn), f, patient_id)
        target = following or patient_id
    return redirect(url_for("web.case_page", patient_id=target, **f.params()))


@bp.get("/overview")
def overview_page():
    with engine().connect() as conn:
        rows = data.load_cases(conn)
    table = overview.weekly(rows)
    return render_template("overview.html", table=table, totals=overview.totals(table),
                           priorities=data.PRIORITIES, reasons=data.REASONS)


@bp.get("/overview.<any(png, svg):fmt>")
def overview_chart(fmt: str):
    with engine().connect() as conn:
        rows = data.load_cases(conn)
    body = overview.render_chart(overview.weekly(rows), fmt)
    return Response(body, mimetype="image/png" if fmt == "png" else "image/svg+xml")


@bp.get("/export.<any(csv, xlsx):fmt>")
def export_cases(fmt: str):
    f = data.CaseFilter.from_args(request.args)
    with engine().connect() as conn:
        rows = f.apply(data.load_cases(conn))
        log = data.load_decisions(conn, None)
        run = last_run_metadata(conn)  # provenance: run id, versions, rules hash on a metadata sheet
    g.exported_patients = [r.patient_id for r in rows]  # for the access log (auth.py)
    frame = exports.case_frame(rows)
    if fmt == "csv":
        return _download(exports.csv_bytes(frame), "text/csv; charset=utf-8", "cases.csv")
    body = exports.xlsx_bytes({"cases": frame, "decisions": exports.decision_frame(log),
                               "metadata": metadata_frame(run)})
    return _download(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "cases.xlsx")


@bp.get("/decisions.csv")
def export_decisions():
    with engine().connect() as conn:
        log = data.load_decisions(conn, None)
    return _download(exports.csv_bytes(exports.decision_frame(log)), "text/csv; charset=utf-8", "decisions.csv")


def _download(body: bytes, mimetype: str, name: str) -> Response:
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@bp.route("/login", methods=["GET", "POST"])
def login():
    access = current_app.config["RM_ACCESS"]
    form = TokenForm()
    if not access.token:
        return redirect(url_for("web.case_list"))
    if form.validate_on_submit():
        if access.token_ok(form.token.data):
            session["auth"] = access.fingerprint
            target = request.args.get("next", "")
            # only a path on this server: never an open redirect
            return redirect(target if target.startswith("/") and not target.startswith("//") else url_for("web.case_list"))
        flash("That token is not valid.", "error")
    return render_template("login.html", form=form), 200 if request.method == "GET" else 401


@bp.app_errorhandler(CSRFError)
def csrf_error(err):
    return render_template("error.html", title="Form expired",
                           message="The form was not sent from this workspace or has expired: reload the page and "
                                   "try again."), 400


@bp.app_errorhandler(404)
def not_found(err):
    return render_template("error.html", title="Not found", message="There is no such page or case."), 404


@bp.app_errorhandler(500)
def server_error(err):
    return render_template("error.html", title="Something went wrong",
                           message="The server could not answer; the log names the failure."), 500


_PERIODS = ("month", "quarter", "year")


def _indicator_args() -> tuple[str, bool, int]:
    by = request.args.get("by", "quarter")
    window = request.args.get("window", "30")
    return (by if by in _PERIODS else "quarter", request.args.get("unit") == "1",
            int(window) if window.isdigit() and 0 < int(window) <= 365 else 30)


@bp.get("/indicators")
def indicators_page():
    """The process indicator behind the flags: the share of patients worked up within the window."""
    from ..indicators import INDICATORS, LABELS, compute_indicators, display_table

    by, by_unit, window = _indicator_args()
    table = compute_indicators(current_app.config["RM_DB_URL"], by=by, by_unit=by_unit, window_days=window)
    shown = display_table(table)
    return render_template("indicators.html", columns=list(shown.columns), rows=shown.to_dict("records"),
                           indicators=INDICATORS, labels=LABELS, by=by, by_unit=by_unit, window=window,
                           periods=_PERIODS)


@bp.get("/indicators/<indicator>.<any(png, svg):fmt>")
def indicator_chart(indicator: str, fmt: str):
    from ..indicators import INDICATORS, compute_indicators, render_chart

    if indicator not in INDICATORS:
        abort(404)
    by, by_unit, window = _indicator_args()
    table = compute_indicators(current_app.config["RM_DB_URL"], by=by, by_unit=by_unit, window_days=window)
    return Response(render_chart(table, indicator, fmt), mimetype="image/png" if fmt == "png" else "image/svg+xml")

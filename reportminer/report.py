"""One self-contained HTML file of the current case list with its evidence and review decisions.

For sharing without a server: styles and the small filter script are inline (a Content-Security-Policy with
their hashes forbids anything else), there are no external links, and note text appears only as the evidence
sentences, with their mentions highlighted. Everything from the database is escaped. The same database content
gives the same file.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import replace
from importlib import resources
from pathlib import Path

import jinja2
import sqlalchemy as sa
from markupsafe import Markup

from .provenance import last_run_metadata
from .pseudonymise import pseudonym
from .state import engine_for, mentions, notes
from .web import data
from .web.highlight import sentence_pieces

_BATCH = 500
_CSS = """
.report-case td { border-bottom: 0; }
.report-detail td { padding-top: 0; }
details summary { cursor: pointer; color: var(--accent); }
.report-filters { display: flex; gap: 1rem; align-items: end; margin: 0.5rem 0; }
.report-filters label { display: flex; flex-direction: column; font-size: 0.8rem; color: var(--muted); }
"""
_SCRIPT = """
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("q"), status = document.getElementById("s"), priority = document.getElementById("p");
  function apply() {
    var q = box.value.trim().toLowerCase(), n = 0;
    document.querySelectorAll("tbody.case").forEach(function (body) {
      var ok = (!q || body.getAttribute("data-search").indexOf(q) >= 0)
        && (!status.value || body.getAttribute("data-status") === status.value)
        && (!priority.value || body.getAttribute("data-priority") === priority.value);
      body.hidden = !ok; if (ok) { n += 1; }
    });
    document.getElementById("n").textContent = n;
  }
  [box, status, priority].forEach(function (el) { el.addEventListener("input", apply); });
});
"""


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("reportminer.web", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.globals.update(STATUS_LABELS=data.STATUS_LABELS, DECISION_LABELS=data.DECISION_LABELS,
                       CONCEPT_LABELS=data.CONCEPT_LABELS, WORKUP_LABELS=data.WORKUP_LABELS, ASSERTIONS=data.ASSERTIONS)
    return env


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _evidence(conn, rows: list[data.CaseRow]) -> dict[str, list[dict]]:
    """Per patient: the evidence sentences, each cut into pieces with its mentions highlighted."""
    wanted = sorted({n for c in rows for n in c.evidence_note_ids})
    texts: dict[str, str] = {}
    found: dict[str, list[data.MentionRow]] = {}
    for i in range(0, len(wanted), _BATCH):
        batch = wanted[i:i + _BATCH]
        for r in conn.execute(sa.select(notes.c.note_id, notes.c.text).where(notes.c.note_id.in_(batch))):
            texts[r.note_id] = r.text or ""
        for m in conn.execute(sa.select(mentions).where(mentions.c.note_id.in_(batch))
                              .order_by(mentions.c.note_id, mentions.c.start, mentions.c.end, mentions.c.concept)):
            found.setdefault(m.note_id, []).append(data.MentionRow(m.note_id, m.concept, m.assertion, int(m.start),
                                                                   int(m.end), m.text, m.sentence, m.section))
    return {c.patient_id: [{"note_id": note_id, "pieces": sentence_pieces(texts.get(note_id, ""), sentence,
                                                                          found.get(note_id, []))}
                           for note_id, sentence in c.evidence_items] for c in rows}


def build_report(db_url: str, include_unflagged: bool = False, pseudonymiser=None) -> tuple[str, dict]:
    """The report as HTML text, with a summary.

    Parameters
    ----------
    db_url : SQLAlchemy URL of the state database.
    include_unflagged : also the cases the rules never flagged (by default: flagged now or closed by a decision).
    pseudonymiser : a ``pseudonymise.Pseudonymiser``: pseudonymous ids, masked evidence, reviewers and comments.

    Returns
    -------
    The HTML, and ``{"cases": cases in the report, "open": those flagged now}``.
    """
    with engine_for(db_url).connect() as conn:
        rows = data.load_cases(conn)
        run = data.last_run(conn)
        history: dict[str, list[data.Decision]] = {}
        for d in data.load_decisions(conn):
            history.setdefault(d.patient_id, []).append(d)
        scope = data.CaseFilter(status="all" if include_unflagged else "flagged")
        rows = scope.apply(rows)
        evidence = _evidence(conn, rows)
        provenance = last_run_metadata(conn)
    css = resources.files("reportminer.web").joinpath("static", "app.css").read_text(encoding="utf-8") + _CSS
    csp = (f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(_SCRIPT)}'; "
           "img-src 'none'; form-action 'none'; base-uri 'none'")
    cases = [{"case": c, "why": data.why_flagged(c), "evidence": evidence[c.patient_id],
              "history": history.get(c.patient_id, [])} for c in rows]
    if pseudonymiser is not None:
        cases = sorted((_pseudonymised(item, pseudonymiser) for item in cases), key=lambda i: i["case"].patient_id)
    html = _environment().get_template("report.html").render(
        cases=cases, run=run, csp=csp, css=Markup(css), script=Markup(_SCRIPT), priorities=data.PRIORITIES,
        open_count=sum(c.flagged for c in rows), include_unflagged=include_unflagged, provenance=provenance,
        pseudonymised=pseudonymiser is not None)
    return html, {"cases": len(rows), "open": sum(c.flagged for c in rows)}


def report_patients(db_url: str, include_unflagged: bool = False) -> list[str]:
    """The patient ids a report over ``db_url`` shows (for the access log)."""
    with engine_for(db_url).connect() as conn:
        rows = data.CaseFilter(status="all" if include_unflagged else "flagged").apply(data.load_cases(conn))
    return [c.patient_id for c in rows]


def _pseudonymised(item: dict, p) -> dict:
    """A report entry with pseudonymous ids, masked evidence pieces, and pseudonymous reviewers."""
    case = item["case"]
    case = replace(case, patient_id=p.patient(case.patient_id), evidence=p.evidence(case.evidence),
                   evidence_note_ids=tuple(p.note(n) for n in case.evidence_note_ids), decision=None)
    evidence = [{"note_id": p.note(e["note_id"]), "pieces": [replace(piece, text=p.mask(piece.text))
                                                              for piece in e["pieces"]]} for e in item["evidence"]]
    history = [replace(d, patient_id=case.patient_id, reviewer=pseudonym(p.key, "reviewer", d.reviewer),
                       comment=p.mask(d.comment)) for d in item["history"]]
    return {"case": case, "why": item["why"], "evidence": evidence, "history": history}


def write_report(db_url: str, out: str | Path, include_unflagged: bool = False, pseudonymiser=None) -> dict:
    """Write the report to ``out`` (atomically: a reader never sees half a file); return its summary."""
    out = Path(out)
    html, summary = build_report(db_url, include_unflagged, pseudonymiser)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return summary

"""The validation report: one self-contained HTML file (charts inline), or the tables as CSV or Excel.

Everything from the database is escaped (Jinja2 autoescape); the charts are PNG images embedded as data URIs.
"""
from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import jinja2
import pandas as pd

from .results import Results, headline

INTENDED_USE = (
    "reportminer is decision support for auditing the care pathway: it lists patients whose notes suggest a "
    "possibly missed sacral insufficiency fracture workup, for a person to review. It does not diagnose, and no "
    "flag acts on a patient without review. The figures below measure it on this hospital's own notes, labelled "
    "by its own auditors: PPV is the share of flags the auditors would keep; sensitivity (weighted by the "
    "sampling fractions) is the share of index patients who belong on the list that the list holds; note-level "
    "precision, recall and F1 measure the concepts and their assertions. Each figure holds for notes written like "
    "the sampled ones, within its 95% interval; a new template, unit or lexicon needs a new sample.")

_TEMPLATE = jinja2.Environment(autoescape=True).from_string("""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>reportminer validation report</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d2330; max-width: 75rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #d8dce3; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.use { background: #f3f6fb; border-left: 4px solid #2f5d9f; padding: 0.6rem 1rem; }
.headline li { margin: 0.2rem 0; }
</style></head><body>
<h1>Validation report</h1>
<p class="use"><strong>Intended use.</strong> {{ intended_use }}</p>
<p>Sample {{ sample.sample_id }}: seed {{ sample.seed }}, {{ sample.n }} items asked per kind,
strata {{ sample.by or "none" }}; {{ n_items }} items, {{ n_labels }} labels.</p>
<h2>Headline figures</h2>
<ul class="headline">{% for line in headline %}<li>{{ line }}</li>{% endfor %}</ul>
{% for title, uri in charts %}<figure><img alt="{{ title }}" src="{{ uri }}"><figcaption>{{ title }}</figcaption></figure>{% endfor %}
<h2>Sampling design</h2>
<table><thead><tr><th>kind</th><th>stratum</th><th>population</th><th>drawn</th><th>sampling fraction</th></tr></thead>
<tbody>{% for r in strata %}<tr><td>{{ r.kind }}</td><td>{{ r.stratum }}</td><td class="num">{{ r.population }}</td>
<td class="num">{{ r.drawn }}</td><td class="num">{{ "%.4f"|format(r.fraction) }}</td></tr>{% endfor %}</tbody></table>
<h2>All estimates</h2>
<table><thead><tr><th>measure</th><th>group</th><th>concept</th><th>assertion</th><th>value</th><th>95% interval</th>
<th>k</th><th>n</th><th>interval</th></tr></thead>
<tbody>{% for r in estimates %}<tr><td>{{ r.measure }}</td><td>{{ r.group }}</td><td>{{ r.concept }}</td>
<td>{{ r.assertion }}</td><td class="num">{{ fmt(r.value) }}</td><td class="num">{{ fmt(r.low) }} – {{ fmt(r.high) }}</td>
<td class="num">{{ num(r.k) }}</td><td class="num">{{ num(r.n) }}</td><td>{{ r.method }}</td></tr>{% endfor %}</tbody></table>
<h2>Disagreements with reportminer, newest first ({{ disagreements|length }})</h2>
<table><thead><tr><th>labelled</th><th>patient</th><th>note</th><th>concept</th><th>sentence</th><th>auditors</th>
<th>reportminer</th></tr></thead>
<tbody>{% for d in disagreements %}<tr><td>{{ d.submitted_at }}</td><td>{{ d.patient_id }}</td><td>{{ d.note_id }}</td>
<td>{{ d.concept }}</td><td>{{ d.sentence }}</td><td>{{ d.auditor_label }}</td><td>{{ d.reportminer_label }}</td></tr>
{% endfor %}</tbody></table>
</body></html>
""")


def strata_rows(results: Results) -> list[dict]:
    return [{"kind": kind, "stratum": stratum, **figures}
            for kind, by_stratum in results.sample.strata.items() for stratum, figures in sorted(by_stratum.items())]


def render_html(results: Results) -> str:
    """The report as one HTML document."""
    est = results.estimates
    return _TEMPLATE.render(
        intended_use=INTENDED_USE, sample=results.sample, n_items=len(results.sample.items),
        n_labels=len(results.labels), headline=headline(results), charts=_charts(est), strata=strata_rows(results),
        estimates=est.to_dict("records"), disagreements=results.disagreements.to_dict("records"),
        fmt=lambda v: "n/a" if pd.isna(v) else f"{v:.3f}", num=lambda v: "" if pd.isna(v) else f"{v:g}")


def _charts(est: pd.DataFrame) -> list[tuple[str, str]]:
    out = []
    overall = est[(est["group"] == "all") & (est["concept"] == "") & (est["assertion"] == "")
                  & est["measure"].isin(["ppv", "sensitivity", "missed_rate", "precision", "recall", "f1"])]
    if len(overall):
        out.append(("Headline figures with 95% intervals", _bars(overall, overall["measure"])))
    per_concept = est[(est["group"] == "all") & (est["measure"] == "f1") & (est["concept"] != "")]
    if len(per_concept):
        out.append(("Note-level F1 per concept with 95% bootstrap intervals",
                    _bars(per_concept, per_concept["concept"])))
    return out


def _bars(rows: pd.DataFrame, names: pd.Series) -> str:
    from matplotlib.figure import Figure  # no pyplot: no global state

    fig = Figure(figsize=(7, 0.5 + 0.45 * len(rows)), dpi=100, layout="constrained")
    ax = fig.subplots()
    values = rows["value"].fillna(0).to_numpy()
    low = (values - rows["low"].fillna(rows["value"]).fillna(0).to_numpy()).clip(0)
    high = (rows["high"].fillna(rows["value"]).fillna(0).to_numpy() - values).clip(0)
    ax.barh(range(len(rows)), values, xerr=[low, high], color="#2f5d9f", capsize=3)
    ax.set_yticks(range(len(rows)), list(names))
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def write_report(results: Results, out: str | Path) -> Path:
    """Write the report by suffix: ``.html``, ``.csv`` (the estimates) or ``.xlsx`` (estimates, disagreements,
    sampling design, labels)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".html":
        out.write_text(render_html(results), encoding="utf-8")
    elif out.suffix == ".csv":
        results.estimates.to_csv(out, index=False, float_format="%.6g")
    elif out.suffix == ".xlsx":
        labels = results.labels.drop(columns=["value"]).assign(
            spans=lambda f: f["spans"].map(lambda s: json.dumps(s, ensure_ascii=False)),
            system=lambda f: f["system"].map(lambda s: json.dumps(s, ensure_ascii=False)))
        with pd.ExcelWriter(out, engine="openpyxl") as writer:
            pd.DataFrame({"intended use": [INTENDED_USE]}).to_excel(writer, sheet_name="intended use", index=False)
            results.estimates.to_excel(writer, sheet_name="estimates", index=False)
            results.disagreements.to_excel(writer, sheet_name="disagreements", index=False)
            pd.DataFrame(strata_rows(results)).to_excel(writer, sheet_name="sampling design", index=False)
            labels.to_excel(writer, sheet_name="labels", index=False)
    else:
        raise ValueError(f"{out}: the report must end in .html, .csv or .xlsx")
    return out

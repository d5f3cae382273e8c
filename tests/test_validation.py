"""Validation: reproducible stratified samples, blind labels, estimates checked by hand, report, lexicon proposals.

Estimates are checked on small hand-made fixtures against hand arithmetic, statsmodels (Wilson intervals) and
scikit-learn (precision, recall, F1, Cohen's kappa).
"""
from __future__ import annotations

import ast
import json
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from sklearn.metrics import cohen_kappa_score, f1_score, precision_score, recall_score
from statsmodels.stats.proportion import proportion_confint

from reportminer.cli import main
from reportminer.io import read_patients
from reportminer.nightly import NightlyRun
from reportminer.sources import FileSource
from reportminer.validation import estimates as est
from reportminer.validation.labels import LabelError, check_spans, note_labels_of, read_labels, record_label, resolve
from reportminer.validation.sampling import allocate, draw, draw_sample, load_sample, populations

from .conftest import SAMPLE, write_rows
from .test_web import copy_db

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    """The bundled sample notes through the nightly job (no decisions), as a template to copy."""
    url = f"sqlite:///{tmp_path_factory.mktemp('validation') / 'state.db'}"
    NightlyRun(url, FileSource(SAMPLE / "notes.csv", 2000), read_patients(SAMPLE / "patients.csv")[0]).run()
    return url


@pytest.fixture
def db(sample_db, tmp_path) -> str:
    return copy_db(Path(sample_db.removeprefix("sqlite:///")), tmp_path / "state.db")


# --- sampling ---------------------------------------------------------------------------------------------------
def test_sampling_same_seed_same_sample_other_seed_other_sample(db):
    first = draw_sample(db, 5, seed=11, by="language")
    again = draw_sample(db, 5, seed=11, by="language")
    other = draw_sample(db, 5, seed=12, by="language")
    cols = ["position", "kind", "stratum", "patient_id", "note_id", "weight"]
    pd.testing.assert_frame_equal(first.items[cols].reset_index(drop=True), again.items[cols].reset_index(drop=True))
    assert first.sample_id != again.sample_id
    assert set(zip(first.items["kind"], first.items["note_id"], first.items["patient_id"])) != set(
        zip(other.items["kind"], other.items["note_id"], other.items["patient_id"]))


def test_sampling_is_stratified_and_stores_seed_strata_and_fractions(db):
    sample = draw_sample(db, 6, seed=3, by="unit")
    stored = load_sample(db, sample.sample_id)
    assert (stored.seed, stored.n, stored.by) == (3, 6, "unit")
    assert stored.strata == sample.strata
    import sqlalchemy as sa

    from reportminer.state import engine_for

    pops = populations_of(db, "unit")
    for kind, strata in stored.strata.items():
        sizes = pops[kind].groupby("stratum").size().to_dict()
        assert {s: v["population"] for s, v in strata.items()} == sizes
        assert sum(v["drawn"] for v in strata.values()) == min(6, sum(sizes.values()))
        drawn = stored.items[stored.items["kind"] == kind]
        for stratum, figures in strata.items():
            rows = drawn[drawn["stratum"] == stratum]
            assert len(rows) == figures["drawn"]
            assert figures["fraction"] == pytest.approx(figures["drawn"] / figures["population"], abs=1e-6)
            if figures["drawn"]:
                assert np.allclose(rows["weight"], figures["population"] / figures["drawn"])
            # every drawn item belongs to its kind's population and stratum
            members = pops[kind][pops[kind]["stratum"] == stratum]
            assert set(zip(rows["patient_id"], rows["note_id"])) <= set(zip(members["patient_id"], members["note_id"]))
    # flagged items are flagged by the rules; unflagged index items have a present index finding and no flag
    with engine_for(db).connect() as conn:
        case_rows = {r.patient_id: r for r in conn.execute(sa.text("select * from cases"))}
    for pid in stored.items.loc[stored.items["kind"] == "flagged", "patient_id"]:
        assert case_rows[pid].rule_flagged == "true"
    for pid in stored.items.loc[stored.items["kind"] == "unflagged_index", "patient_id"]:
        assert case_rows[pid].rule_flagged == "false" and case_rows[pid].reasons


@pytest.mark.parametrize("sizes, n, expected", [
    ({"a": 50, "b": 30, "c": 20}, 10, {"a": 5, "b": 3, "c": 2}),
    ({"a": 98, "b": 1, "c": 1}, 10, {"a": 8, "b": 1, "c": 1}),  # every stratum is seen
    ({"a": 3, "b": 2}, 10, {"a": 3, "b": 2}),  # never more than a stratum holds
    ({"a": 5, "b": 5, "c": 5}, 2, {"a": 1, "b": 1, "c": 0}),  # fewer draws than strata
])
def test_sampling_allocate_proportional_with_floor(sizes, n, expected):
    assert allocate(sizes, n) == expected


def test_sampling_draw_weights_are_inverse_fractions():
    pops = {k: pd.DataFrame({"patient_id": [f"p{i}" for i in range(12)], "note_id": "",
                             "stratum": ["x"] * 9 + ["y"] * 3}) for k in ("flagged", "unflagged_index")}
    pops |= {k: pd.DataFrame(columns=["patient_id", "note_id", "stratum"]) for k in ("random_note", "candidate_note")}
    items, strata = draw(pops, 4, seed=5)
    assert strata["flagged"] == {"x": {"population": 9, "drawn": 3, "fraction": round(3 / 9, 6)},
                                 "y": {"population": 3, "drawn": 1, "fraction": round(1 / 3, 6)}}
    assert sorted(items.loc[items["kind"] == "flagged", "weight"]) == [3.0, 3.0, 3.0, 3.0]
    assert strata["random_note"] == {}


def test_sampling_unhappy_inputs(db, tmp_path):
    with pytest.raises(ValueError, match="--n must be at least 1"):
        draw_sample(db, 0)
    with pytest.raises(ValueError, match="unit, language"):
        draw_sample(db, 3, by="ward")
    with pytest.raises(ValueError, match="no analysed notes"):
        draw_sample(f"sqlite:///{tmp_path / 'empty.db'}", 3)
    with pytest.raises(LookupError, match="no validation sample 99"):
        load_sample(db, 99)


# --- estimates by hand ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("k, n", [(0, 10), (3, 10), (10, 10), (37, 52), (1, 1)])
def test_estimates_wilson_equals_statsmodels(k, n):
    assert est.wilson(k, n) == pytest.approx(proportion_confint(k, n, alpha=0.05, method="wilson"), abs=1e-9)


def _design() -> pd.DataFrame:
    """Flagged: stratum A 4 of 10 drawn (3 yes), B 2 of 6 (1 yes); unflagged index: A 4 of 20 (1 yes),
    B 3 of 30 (0 yes)."""
    rows = []
    for kind, stratum, pop, answers in (("flagged", "A", 10, [1, 1, 1, 0]), ("flagged", "B", 6, [1, 0]),
                                        ("unflagged_index", "A", 20, [1, 0, 0, 0]),
                                        ("unflagged_index", "B", 30, [0, 0, 0])):
        rows += [{"kind": kind, "stratum": stratum, "weight": pop / len(answers), "positive": bool(a)} for a in answers]
    return pd.DataFrame(rows)


def test_estimates_ppv_weighted_sensitivity_and_missed_rate_by_hand():
    figures = {e.measure: e for e in est.patient_estimates(_design(), reps=500)}
    # PPV weighted: 3 of 4 drawn stand for 7.5 of 10 patients, 1 of 2 for 3 of 6
    assert figures["ppv"].value == pytest.approx((3 * 2.5 + 1 * 3) / 16)
    n_eff = 16 ** 2 / (4 * 2.5 ** 2 + 2 * 3 ** 2)  # Kish: 5.95 of the 6 drawn
    assert (figures["ppv"].low, figures["ppv"].high) == pytest.approx(
        proportion_confint(10.5 / 16 * n_eff, n_eff, method="wilson"))
    equal = est.ppv(_design().assign(weight=4.0))  # equal weights: the plain Wilson interval of 4 of 6
    assert (equal.value, equal.low, equal.high) == pytest.approx((4 / 6, *proportion_confint(4, 6, method="wilson")))
    found, missed = 3 * 2.5 + 1 * 3.0, 1 * 5.0  # estimated index patients on the list: flagged, and not flagged
    assert figures["sensitivity"].value == pytest.approx(found / (found + missed))  # 0.6774
    s = figures["sensitivity"]
    assert 0 <= s.low < s.value < s.high <= 1 and s.method.endswith("stratified percentile bootstrap")
    assert figures["missed_rate"].value == pytest.approx(missed / (20 + 30))
    n_eff = 50 ** 2 / (4 * 5 ** 2 + 3 * 10 ** 2)  # Kish: 6.25 of the 7 drawn
    assert (figures["missed_rate"].low, figures["missed_rate"].high) == pytest.approx(
        proportion_confint(0.1 * n_eff, n_eff, method="wilson"))


def test_estimates_sensitivity_interval_when_the_bootstrap_has_no_spread():
    """All sampled flagged patients confirmed, no missed one found: not a [100%, 100%] interval, but the one the
    Wilson bounds of PPV and missed-case rate imply."""
    same = _design().assign(positive=lambda f: f["kind"] == "flagged")
    figures = {e.measure: e for e in est.patient_estimates(same, reps=200)}
    s, p, q = figures["sensitivity"], figures["ppv"], figures["missed_rate"]
    assert s.value == 1.0 and s.high == pytest.approx(1.0) and s.method.startswith("weighted; from the Wilson bounds")
    assert s.low == pytest.approx(16 * p.low / (16 * p.low + 50 * q.high)) and s.low < 0.9
    assert q.high == pytest.approx(proportion_confint(0, 6.25, method="wilson")[1])


def test_estimates_note_precision_recall_f1_match_scikit_learn():
    notes = pd.DataFrame({
        "note_id": ["n1", "n2", "n3", "n4"],
        "gold": [{"pubic_ramus_fracture": "present"}, {"low_back_pain": "negated", "osteoporosis": "present"},
                 {}, {"sacral_fracture": "uncertain"}],
        "pred": [{"pubic_ramus_fracture": "present"}, {"low_back_pain": "present", "osteoporosis": "present"},
                 {"low_back_pain": "hypothetical"}, {}],
    })
    triples = est.note_triples(notes)
    # tp: n1 ramus, n2 osteoporosis; fp: n2 lbp present, n3 lbp; fn: n2 lbp negated, n4 sacral
    assert est.counts(triples) == (2, 2, 2)
    y_true, y_pred = triples["in_gold"].astype(int), triples["in_pred"].astype(int)
    figures = {(e.measure, e.concept, e.assertion): e for e in est.note_estimates(notes, reps=500)}
    assert figures[("precision", "", "")].value == pytest.approx(precision_score(y_true, y_pred))
    assert figures[("recall", "", "")].value == pytest.approx(recall_score(y_true, y_pred))
    assert figures[("f1", "", "")].value == pytest.approx(f1_score(y_true, y_pred))
    assert (figures[("recall", "", "")].low, figures[("recall", "", "")].high) == pytest.approx(
        proportion_confint(2, 4, method="wilson"))
    lbp = triples[triples["concept"] == "low_back_pain"]
    assert figures[("f1", "low_back_pain", "")].value == pytest.approx(
        f1_score(lbp["in_gold"].astype(int), lbp["in_pred"].astype(int), zero_division=0))
    assert figures[("precision", "", "present")].value == pytest.approx(2 / 3)
    f1 = figures[("f1", "", "")]
    assert 0 <= f1.low <= f1.value <= f1.high <= 1 and f1.method.startswith("percentile bootstrap")


def test_estimates_cohens_kappa_by_hand_and_scikit_learn():
    a = ["yes", "yes", "no", "no", "yes", "no"]
    b = ["yes", "no", "no", "no", "yes", "yes"]
    labels = pd.DataFrame({"target": "patient", "role": "auditor", "auditor": ["ann"] * 6 + ["bo"] * 6,
                           "target_id": [f"p{i}" for i in range(6)] * 2, "answer": a + b, "spans": [[]] * 12})
    (kappa,) = est.kappas(labels)
    observed, expected = 4 / 6, 0.5 * 0.5 + 0.5 * 0.5
    assert kappa.value == pytest.approx((observed - expected) / (1 - expected))  # 1/3
    assert kappa.value == pytest.approx(cohen_kappa_score(a, b))
    assert kappa.k == pytest.approx(observed) and kappa.n == 6


# --- labels -----------------------------------------------------------------------------------------------------
ODD = "Anamnes:\r\nPat 👩🏽‍⚕️ remitterad.\u200b Ont i korsryggen; e\u0301 r\u00e9sumé ﷽ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 fraktur i ramus superior."


@pytest.mark.parametrize("phrase", ["Ont i korsryggen", "fraktur i ramus superior", "👩🏽‍⚕️", "e\u0301 r\u00e9sumé"])
def test_labels_spans_survive_odd_unicode(phrase):
    start = ODD.index(phrase)
    (span,) = check_spans([{"concept": "low_back_pain", "assertion": "present", "start": start,
                            "end": start + len(phrase), "text": phrase}], ODD)
    assert ODD[span.start:span.end] == span.text == phrase


def test_labels_spans_in_a_long_note_and_bad_spans_named():
    text = ("Status: opåverkad. " * 20000) + "Ryggskott sedan igår."
    start = text.index("Ryggskott")
    (span,) = check_spans([{"concept": "low_back_pain", "assertion": "present", "start": start, "end": start + 9,
                            "text": "Ryggskott"}], text)
    assert text[span.start:span.end] == "Ryggskott"
    with pytest.raises(LabelError, match="span 1: the marked text 'Ryggskot' is not"):
        check_spans([{"concept": "low_back_pain", "assertion": "present", "start": start, "end": start + 9,
                      "text": "Ryggskot"}], text)
    with pytest.raises(LabelError, match="span 2: concept 'back'"):
        check_spans([{"concept": "low_back_pain", "assertion": "present"}, {"concept": "back", "assertion": "present"}],
                    text)
    with pytest.raises(LabelError, match="span 1: start 5 and end 999999999"):
        check_spans([{"concept": "osteoporosis", "assertion": "present", "start": 5, "end": 999999999}], text)
    with pytest.raises(LabelError, match="assertion 'maybe'"):
        check_spans([{"concept": "osteoporosis", "assertion": "maybe"}], text)


def test_labels_note_label_is_the_strongest_assertion():
    spans = [{"concept": "low_back_pain", "assertion": "negated"}, {"concept": "low_back_pain", "assertion": "present"},
             {"concept": "sacral_fracture", "assertion": "hypothetical"}]
    assert note_labels_of(spans) == {"low_back_pain": "present", "sacral_fracture": "hypothetical"}


def test_labels_record_blind_once_then_resolve_and_adjudicate(db):
    sample = draw_sample(db, 3, seed=1)
    pid = sample.items.loc[sample.items["kind"] == "flagged", "patient_id"].iloc[0]
    system = record_label(db, sample.sample_id, "patient", pid, "ann", answer="yes", when=datetime(2026, 1, 1, 9))
    assert system["flagged"] is True and system["evidence"]
    record_label(db, sample.sample_id, "patient", pid, "bo", answer="no", when=datetime(2026, 1, 1, 10))
    with pytest.raises(LabelError, match="ann has already labelled patient"):
        record_label(db, sample.sample_id, "patient", pid, "ann", answer="no")
    with pytest.raises(LabelError, match="is not in validation sample"):
        record_label(db, sample.sample_id, "patient", "NOPE", "ann", answer="no")
    with pytest.raises(LabelError, match="answer 'maybe'"):
        record_label(db, sample.sample_id, "patient", pid, "cy", answer="maybe")
    final = resolve(read_labels(db, sample.sample_id))
    assert final.set_index("target_id").at[pid, "status"] == "disputed"
    record_label(db, sample.sample_id, "patient", pid, "dr", answer="yes", role="adjudicator",
                 when=datetime(2026, 1, 2))
    final = resolve(read_labels(db, sample.sample_id)).set_index("target_id")
    assert (final.at[pid, "status"], final.at[pid, "answer"]) == ("adjudicated", "yes")


# --- the commands, end to end on the sample set -------------------------------------------------------------------
def test_validate_cli_sample_label_gold_report(db, tmp_path):
    runner = CliRunner()
    out = runner.invoke(main, ["validate", "sample", "--db", db, "--n", "6", "--seed", "4", "--by", "language"])
    assert out.exit_code == 0, out.output
    assert "flagged: en:" in out.output and "random_note:" in out.output
    filled = runner.invoke(main, ["validate", "label-gold", "--db", db, "--gold", str(SAMPLE)])
    assert filled.exit_code == 0 and " items labelled, 0 skipped" in filled.output, filled.output
    # a second auditor disagrees on one patient: kappa, a dispute and a disagreement with reportminer appear
    sample = load_sample(db)
    flagged = sample.items.loc[sample.items["kind"] == "flagged", "patient_id"]
    for i, pid in enumerate(flagged):
        record_label(db, sample.sample_id, "patient", pid, "bo", answer="no" if i == 0 else "yes",
                     when=datetime(2030, 1, 1, 12, i))
    for suffix in ("html", "csv", "xlsx"):
        result = runner.invoke(main, ["validate", "report", "--db", db, "--out", str(tmp_path / f"v.{suffix}")])
        assert result.exit_code == 0, result.output
    assert "PPV of a flag:" in result.output and "Cohen's kappa, patients: bo vs gold" in result.output
    assert "1 disputed" in result.output
    html = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert "Intended use." in html and "decision support" in html and "data:image/png;base64," in html
    table = pd.read_csv(tmp_path / "v.csv")
    assert {"ppv", "sensitivity", "precision", "recall", "f1", "kappa"} <= set(table["measure"])
    assert {"all", "language=sv", "language=en"} <= set(table["group"])
    sheets = pd.read_excel(tmp_path / "v.xlsx", sheet_name=None)
    assert {"intended use", "estimates", "disagreements", "sampling design", "labels"} <= set(sheets)


def test_validate_cli_unhappy(db, tmp_path):
    runner = CliRunner()
    none = runner.invoke(main, ["validate", "report", "--db", db])
    assert none.exit_code == 1 and "no validation sample in the database" in none.output
    bad = runner.invoke(main, ["validate", "report", "--db", db, "--out", str(tmp_path / "v.pdf")])
    assert bad.exit_code == 2 and "must end in .html, .csv or .xlsx" in bad.output
    zero = runner.invoke(main, ["validate", "sample", "--db", db, "--n", "0"])
    assert zero.exit_code == 2
    apply_without = runner.invoke(main, ["validate", "propose", "--db", db, "--apply"])
    assert apply_without.exit_code == 2 and "--apply needs --lexicons" in apply_without.output
    for command in ("sample", "report", "label-gold", "propose", "compare"):
        assert runner.invoke(main, ["validate", command, "--help"]).exit_code == 0


def test_validate_propose_apply_compare_on_a_missed_term(tmp_path):
    """An auditor marks 'häxskott' (lumbago) as low-back pain, which the lexicon lacks: the disagreement becomes a
    proposal, the site folder takes it, and compare shows recall rising and the lexicon version changing."""
    rows = [{"note_id": "N1", "patient_id": "P1", "note_date": "2025-03-01", "note_type": "outpatient", "exam": "",
             "text": "Vårdcentral. 81-årig kvinna med häxskott sedan tre dagar. Ingen feber.", "language": "sv",
             "unit": "VC"},
            {"note_id": "N2", "patient_id": "P2", "note_date": "2025-03-02", "note_type": "outpatient", "exam": "",
             "text": "Ont i korsryggen efter fall. Röntgen bäcken utan fraktur.", "language": "sv", "unit": "VC"}]
    url = f"sqlite:///{tmp_path / 'state.db'}"
    NightlyRun(url, FileSource(write_rows(tmp_path / "notes.csv", rows), 100)).run()
    sample = draw_sample(url, 2, seed=1)
    text = rows[0]["text"]
    at = text.index("häxskott")
    record_label(url, sample.sample_id, "note", "N1", "ann", spans=[
        {"concept": "low_back_pain", "assertion": "present", "start": at, "end": at + 8, "text": "häxskott"}])
    record_label(url, sample.sample_id, "note", "N2", "ann",
                 spans=[{"concept": "low_back_pain", "assertion": "present"}])
    site = tmp_path / "site"
    runner = CliRunner()
    proposed = runner.invoke(main, ["validate", "propose", "--db", url, "--lexicons", str(site), "--apply",
                                    "--out", str(tmp_path / "proposals.csv")])
    assert proposed.exit_code == 0, proposed.output
    frame = pd.read_csv(tmp_path / "proposals.csv")
    assert ("low_back_pain", "haxskott") in set(zip(frame["concept"], frame["phrase"]))  # phrases are folded
    written = json.loads((site / "sv" / "concepts.json").read_text(encoding="utf-8"))
    assert "haxskott" in written["concepts"]["low_back_pain"]
    compared = runner.invoke(main, ["validate", "compare", "--db", url, "--lexicons", str(site)])
    assert compared.exit_code == 0, compared.output
    from reportminer.validation.lexicon import compare
    from reportminer.validation.results import gather

    table = compare(gather(url, reps=1), None, str(site)).set_index(["lexicon", "concept"])
    assert table.at[("before", "all"), "recall"] == pytest.approx(0.5)
    assert table.at[("after", "all"), "recall"] == pytest.approx(1.0)
    assert table.at[("before", "all"), "version"] != table.at[("after", "all"), "version"]


# --- one home for decisions ----------------------------------------------------------------------------------------
def _imports(module: Path) -> set[str]:
    """Every reportminer module ``module`` imports, at any depth of its code (function-level imports too)."""
    package = module.relative_to(ROOT).with_suffix("").parts
    found = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = list(package[:len(package) - node.level]) if node.level else []
            name = ".".join(base + ([node.module] if node.module else []))
            found |= {name} | {f"{name}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found


@pytest.mark.parametrize("a, b", [("nightly", "ranker"), ("web/app", "web/views")])
def test_decisions_no_import_cycle(a, b):
    mod_a, mod_b = (f"reportminer.{x.replace('/', '.')}" for x in (a, b))
    imports_a = _imports(ROOT / "reportminer" / f"{a}.py")
    imports_b = _imports(ROOT / "reportminer" / f"{b}.py")
    assert not (mod_b in imports_a and mod_a in imports_b)
    assert mod_a not in imports_b  # the ranker and the views depend on neither the nightly job nor the app


def test_decisions_train_learns_from_validation_labels_too(db):
    from reportminer import ranker
    from reportminer.decisions import load_decisions_csv, validation_verdicts

    load_decisions_csv(db, SAMPLE / "decisions.csv")
    before = ranker.training_data_from_db(db)
    sample = draw_sample(db, 30, seed=2)
    flagged = list(sample.items.loc[sample.items["kind"] == "flagged", "patient_id"])
    new = [p for p in flagged if p not in set(before.cases["patient_id"])][:1]
    confirmed = before.decisions.loc[before.decisions["decision"] == "confirmed", "patient_id"]
    overruled = [p for p in confirmed if p in flagged][:1]
    assert new and overruled
    record_label(db, sample.sample_id, "patient", new[0], "ann", answer="yes")
    record_label(db, sample.sample_id, "patient", overruled[0], "ann", answer="no")  # newer than the decision
    assert set(validation_verdicts(db)["patient_id"]) == {new[0], overruled[0]}
    after = ranker.training_data_from_db(db, validation=True)
    assert len(after.labels) == len(before.labels) + 1
    label = dict(zip(after.cases["patient_id"], after.labels))
    assert label[new[0]] == 1 and label[overruled[0]] == 0
    assert dict(zip(before.cases["patient_id"], before.labels))[overruled[0]] == 1
    model = db.removeprefix("sqlite:///").replace("state.db", "ranker.joblib")
    trained = CliRunner().invoke(main, ["train", "--db", db, "--with-validation", "--repeats", "1", "--out", model])
    assert trained.exit_code == 0, trained.output
    assert "rule priority" in trained.output.splitlines()[-2]  # the verdict: does it beat the rule priority?
    meta = json.loads(Path(model).with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["learned_from"] == "review decisions and validation answers"
    assert meta["decisions"]["used"] == len(after.labels)


# --- the workspace (Flask test client; the browser tests are in test_validation_browser.py) -----------------------
def test_validation_web_blind_form_dispute_adjudication_and_bad_input(db):
    from reportminer.web import create_app

    sample = draw_sample(db, 3, seed=8)
    app = create_app(db, testing=True)
    app.config["WTF_CSRF_ENABLED"] = False
    client = app.test_client()
    pid = sample.items.loc[sample.items["kind"] == "flagged", "patient_id"].iloc[0]
    page = f"/validation/{sample.sample_id}/patient/{pid}"
    blind = client.get(page).get_data(as_text=True)
    assert 'id="label-form"' in blind and "Flagged" not in blind and "priority" not in blind
    for who, answer in (("ann", "yes"), ("bo", "no")):
        sent = client.post(page, data={"auditor": who, "answer": answer, "role": "auditor"})
        assert sent.status_code == 302
    listing = client.get("/validation/").get_data(as_text=True)
    assert 'id="disputes"' in listing and f"patient {pid}" in listing
    judged = client.post(page, data={"auditor": "cy", "answer": "yes", "role": "adjudicator"})
    assert judged.status_code == 302 and "role=adjudicator" in judged.location
    assert 'id="disputes"' not in client.get("/validation/").get_data(as_text=True)
    reveal = client.get(page + "?role=adjudicator").get_data(as_text=True)
    assert "you agree with reportminer" in reveal and "ann (auditor): yes" in reveal
    # unhappy: an item outside the sample, a span that is not the note's text, a missing answer
    assert client.get(f"/validation/{sample.sample_id}/patient/NOPE").status_code == 404
    assert client.get("/validation/999/patient/NOPE").status_code == 404
    note = sample.items.loc[sample.items["target"] == "note", "note_id"].iloc[0]
    bad = client.post(f"/validation/{sample.sample_id}/note/{note}", data={
        "auditor": "ann", "role": "auditor",
        "spans": json.dumps([{"concept": "osteoporosis", "assertion": "present", "start": 0, "end": 3,
                              "text": "zzz"}])})
    assert bad.status_code == 400 and "Not recorded: span 1: the marked text" in bad.get_data(as_text=True)
    assert client.post(page, data={"auditor": "dan", "role": "auditor"}).status_code == 400
    assert not read_labels(db, sample.sample_id).query("auditor == 'dan' or target == 'note'").shape[0]


def test_validation_flow_on_sqlite_and_postgresql(any_db_url, tmp_path):
    """Sample, label and report on both databases: the same sample from the same seed, the same figures."""
    rows = [{"note_id": f"N{i}", "patient_id": f"P{i}", "note_date": f"2025-03-0{i}", "note_type": "radiology",
             "exam": "Rtg bäcken", "text": text, "language": "sv", "unit": unit}
            for i, (text, unit) in enumerate([
                ("Fraktur i ramus superior höger. 84-årig kvinna.", "Röntgen"),
                ("Ingen fraktur. Normal höjd av kotkropparna.", "Röntgen"),
                ("Kompressionsfraktur av L1. Ingen DT utförd.", "Ortopedi"),
                ("Ont i korsryggen. Ingen fraktur i os pubis.", "Ortopedi")], start=1)]
    NightlyRun(any_db_url, FileSource(write_rows(tmp_path / "notes.csv", rows), 100)).run()
    sample = draw_sample(any_db_url, 2, seed=9, by="unit")
    for item in sample.items.drop_duplicates(["target", "patient_id", "note_id"]).itertuples(index=False):
        if item.target == "patient":
            record_label(any_db_url, sample.sample_id, "patient", item.patient_id, "ann", answer="yes")
        else:
            record_label(any_db_url, sample.sample_id, "note", item.note_id, "ann",
                         spans=[{"concept": "pubic_ramus_fracture", "assertion": "present"}])
    from reportminer.validation.results import gather

    results = gather(any_db_url, reps=50)
    assert results.left_out == {"disputed": 0, "unsure": 0, "not_labelled": 0}
    same = draw(populations_of(any_db_url, "unit"), 2, 9)[0]
    assert list(same["note_id"]) == list(sample.items["note_id"])
    ppv = results.estimates.query("measure == 'ppv' and group == 'all'").iloc[0]
    assert ppv.value == 1.0 and ppv.n == (sample.items["kind"] == "flagged").sum()


def populations_of(url: str, by: str) -> dict:
    from reportminer.state import engine_for

    with engine_for(url).connect() as conn:
        return populations(conn, by)


def test_validation_web_hostile_note_text_stays_text(tmp_path):
    from reportminer.web import create_app

    hostile = "Ont i korsryggen.</div><script>window.__pwned=1</script>' onmouseover='x' \" <b>fet</b>"
    rows = [{"note_id": "H1", "patient_id": "PH", "note_date": "2025-01-01", "note_type": "clinical", "exam": "",
             "text": hostile, "language": "sv", "unit": "VC"}]
    url = f"sqlite:///{tmp_path / 'state.db'}"
    NightlyRun(url, FileSource(write_rows(tmp_path / "notes.jsonl", rows), 10)).run()
    sample = draw_sample(url, 1, seed=1)
    client = create_app(url, testing=True).test_client()
    page = client.get(f"/validation/{sample.sample_id}/note/H1").get_data(as_text=True)
    assert "<script>window" not in page and "<b>fet" not in page and "' onmouseover" not in page
    start = page.index("data-text='") + len("data-text='")
    import html

    assert json.loads(html.unescape(page[start:page.index("'", start)])) == hostile

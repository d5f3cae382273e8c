"""Quality indicators on a small hand-written state database; every figure below was worked out by hand.

The fixture (dates in 2023-2024; 2024 is a leap year, so February has 29 days):

| patient | episode's first index finding | unit | rows | age | first sacral workup | flag | standing decision |
|---|---|---|---|---|---|---|---|
| P01 F | 2024-01-10 ramus | Akut | ramus, 65+ | 83 | MRI pelvis day 15 | - | - |
| P02 M | 2024-01-20 ramus | Ortopedi | ramus, 65+ | 74 | MRI pelvis day 30 (window edge) | - | - |
| P03 F | 2024-02-05 ramus | Akut | ramus, 65+ | 78 | CT pelvis day 31 (just outside) | - | - |
| P04 M | 2024-02-10 ramus + compression | Akut | ramus, vcf | 64 (65 the next day) | none | yes | confirmed |
| P05 F | 2024-03-01 low-back pain | Vårdcentral | lbp at risk (woman 69), 65+ | 69 | MRI pelvis day -30 (look-back edge) | - | - |
| P06 M | 2024-03-10 low-back pain | Vårdcentral | none: man of 54, no risk factor | | | | |
| P07 M | 2024-03-20 low-back pain + osteoporosis | Vårdcentral | lbp at risk | 44 | CT pelvis day -31 (too early: none) | yes | dismissed |
| P08 F | 2023-05-10 ramus (episode 1) | Ortopedi | ramus, 65+ | 85 | none before episode 2 | yes | confirmed (2023-06-01) |
| P08 F | 2024-08-15 compression (episode 2) | Akut | vcf, 65+ | 86 | MRI pelvis day 5 | - | - |
| P09 M | 2024-04-02 low-back pain, ramus 04-20 | Vårdcentral | ramus, 65+ (pain: not at risk) | 74 | CT pelvis day 31 | - | - |
| P10 F | 2024-03-15 ramus | Ortopedi | ramus, 65+ | 65 (birthday) | none (radiograph only) | yes | follow_up, then confirmed |
| P11 F | 2024-02-01 suspected sacral fracture | Akut | none: no index finding | | | | |
| P12 M | 2024-08-10 ramus | Akut | ramus, 65+ | 80 | none; window open at the last note | yes | confirmed, then dismissed |

The latest note is dated 2024-08-20 (P08's MRI).
"""
from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from statsmodels.stats.proportion import proportion_confint

from reportminer import flags
from reportminer.cli import main
from reportminer.indicators import (INDICATORS, WORKUP_KINDS, NoStateDatabase, chart_figure, compute_indicators,
                                    csv_bytes, indicator_table, read_episodes, render_chart, rules_of_last_run,
                                    wilson_interval)
from reportminer.io import read_patients
from reportminer.nightly import NightlyRun, read_cases, record_decision
from reportminer.rules import bundled_rules_text, parse_rules
from reportminer.sources import FileSource
from reportminer.state import cases, engine_for, upgrade

from .conftest import SAMPLE

RAMUS = ("radiology", "Rtg bäcken", "Fynd: Fraktur i vänster ramus superior. Höftleder ua.")
MR = ("radiology", "MR bäcken", "Fynd: Ingen fraktur i sakrum. Normala förhållanden i bäckenet.")
CT = ("radiology", "DT bäcken", "Fynd: Ingen fraktur i sakrum.")
LBP = ("outpatient", "", "Aktuellt: Smärta i ländryggen sedan 3 veckor.")
NOTES = [
    ("P01", "2024-01-10", "Akut", RAMUS), ("P01", "2024-01-25", "Röntgen", MR),
    ("P02", "2024-01-20", "Ortopedi", RAMUS), ("P02", "2024-02-19", "Röntgen", MR),
    ("P03", "2024-02-05", "Akut", RAMUS), ("P03", "2024-03-07", "Röntgen", CT),
    ("P04", "2024-02-10", "Akut", ("radiology", "XR pelvis",
                                   "FINDINGS: Fracture of the left inferior pubic ramus. Compression fracture of L1.")),
    ("P05", "2024-01-31", "Röntgen", MR), ("P05", "2024-03-01", "Vårdcentral", LBP),
    ("P06", "2024-03-10", "Vårdcentral", LBP),
    ("P07", "2024-02-18", "Röntgen", CT),
    ("P07", "2024-03-20", "Vårdcentral", ("outpatient", "", "Aktuellt: Smärta i ländryggen sedan 3 veckor. Känd osteoporos.")),
    ("P08", "2023-05-10", "Ortopedi", RAMUS),
    ("P08", "2024-08-15", "Akut", ("radiology", "Rtg ländrygg", "Fynd: Kompressionsfraktur av L1.")),
    ("P08", "2024-08-20", "Röntgen", MR),
    ("P09", "2024-04-02", "Vårdcentral", LBP), ("P09", "2024-04-20", "Akut", RAMUS), ("P09", "2024-05-03", "Röntgen", CT),
    ("P10", "2024-03-15", "Ortopedi", RAMUS),
    ("P11", "2024-02-01", "Akut", ("radiology", "Rtg bäcken", "Utlåtande: Misstänkt sakrumfraktur vä.")),
    ("P12", "2024-08-10", "Akut", RAMUS),
]
PATIENTS = [("P01", "F", "1940-06-01"), ("P02", "M", "1950-01-01"), ("P03", "F", "1945-07-01"),
            ("P04", "M", "1959-02-11"), ("P05", "F", "1955-03-01"), ("P06", "M", "1970-01-01"),
            ("P07", "M", "1980-01-01"), ("P08", "F", "1938-01-01"), ("P09", "M", "1949-12-31"),
            ("P10", "F", "1959-03-15"), ("P11", "F", "1940-01-01"), ("P12", "M", "1944-08-01")]
DECISIONS = [("P04", "confirmed", "2024-02-20"), ("P07", "dismissed", "2024-03-25"),
             ("P08", "confirmed", "2023-06-01"), ("P10", "follow_up", "2024-03-20"),
             ("P10", "confirmed", "2024-04-01"), ("P12", "confirmed", "2024-08-12"),
             ("P12", "dismissed", "2024-08-13")]
DATA_END = pd.Timestamp("2024-08-20")

R, V, L, O = INDICATORS  # ramus, vertebral compression, low-back pain at risk, aged 65+
# patient, first index date, unit, rows, age, days to the first sacral workup, flagged, confirmed
EPISODES = [
    ("P01", "2024-01-10", "Akut", (R, O), 83, 15, False, False),
    ("P02", "2024-01-20", "Ortopedi", (R, O), 74, 30, False, False),
    ("P03", "2024-02-05", "Akut", (R, O), 78, 31, False, False),
    ("P04", "2024-02-10", "Akut", (R, V), 64, None, True, True),
    ("P05", "2024-03-01", "Vårdcentral", (L, O), 69, -30, False, False),
    ("P07", "2024-03-20", "Vårdcentral", (L,), 44, None, True, False),
    ("P08", "2023-05-10", "Ortopedi", (R, O), 85, None, True, True),
    ("P08", "2024-08-15", "Akut", (V, O), 86, 5, False, False),
    ("P09", "2024-04-02", "Vårdcentral", (R, O), 74, 31, False, False),
    ("P10", "2024-03-15", "Ortopedi", (R, O), 65, None, True, True),
    ("P12", "2024-08-10", "Akut", (R, O), 80, None, True, False),
]
EMPTY = (0, 0, None, 0, 0, 0)
# by quarter, window 30 days: patients, worked up in the window, median days, pending, flagged, confirmed
BY_QUARTER = {
    "2023Q2": {R: (1, 0, None, 0, 1, 1), V: EMPTY, L: EMPTY, O: (1, 0, None, 0, 1, 1)},
    "2023Q3": {R: EMPTY, V: EMPTY, L: EMPTY, O: EMPTY},
    "2023Q4": {R: EMPTY, V: EMPTY, L: EMPTY, O: EMPTY},
    "2024Q1": {R: (5, 2, 22.5, 0, 2, 2),  # P01 15, P02 30, P03 31 (out), P04, P10 flagged and confirmed
               V: (1, 0, None, 0, 1, 1),  # P04, also counted under ramus
               L: (2, 1, -30, 0, 1, 0),  # P05 -30 (look-back edge), P07 flagged but dismissed
               O: (5, 3, 15, 0, 1, 1)},  # P01, P02, P03, P05, P10 (65 on the day); not P04 (64)
    "2024Q2": {R: (1, 0, None, 0, 0, 0), V: EMPTY, L: EMPTY, O: (1, 0, None, 0, 0, 0)},  # P09, day 31
    "2024Q3": {R: (1, 0, None, 1, 1, 0),  # P12: window open, confirmation withdrawn
               V: (1, 1, 5, 0, 0, 0),  # P08's second episode
               L: EMPTY, O: (2, 1, 5, 1, 1, 0)},
}
BY_YEAR = {
    "2023": {R: (1, 0, None, 0, 1, 1), V: EMPTY, L: EMPTY, O: (1, 0, None, 0, 1, 1)},
    "2024": {R: (7, 2, 22.5, 1, 3, 2), V: (2, 1, 5, 0, 1, 1), L: (2, 1, -30, 0, 1, 0),
             O: (8, 4, 10, 1, 2, 1)},  # median of 15, 30, -30, 5
}
FIGURES = ["patients", "workup_in_window", "median_days_to_workup", "pending", "flagged", "confirmed"]


def _write_fixture(folder) -> tuple:
    rows = [{"note_id": f"{pid}_{i:02d}", "patient_id": pid, "note_date": day, "note_type": kind, "exam": exam,
             "text": text, "language": "", "unit": unit} for i, (pid, day, unit, (kind, exam, text)) in enumerate(NOTES)]
    pd.DataFrame(rows).to_csv(folder / "notes.csv", index=False)
    pd.DataFrame(PATIENTS, columns=["patient_id", "sex", "birth_date"]).to_csv(folder / "patients.csv", index=False)
    return folder / "notes.csv", folder / "patients.csv"


def _build(db_url: str, folder) -> str:
    notes_path, patients_path = _write_fixture(folder)
    NightlyRun(db_url, FileSource(notes_path, 50), read_patients(patients_path)[0]).run()
    for pid, decision, day in DECISIONS:
        record_decision(db_url, pid, decision, "auditor", when=datetime.fromisoformat(day + "T12:00:00"))
    return db_url


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("indicators")
    return _build(f"sqlite:///{folder / 'state.db'}", folder)


@pytest.fixture(scope="module")
def episodes(fixture_db):
    return read_episodes(fixture_db)


def _figures(table: pd.DataFrame, keys: list[str]) -> dict:
    out = {}
    for row in table.to_dict("records"):
        values = tuple(None if pd.isna(row[f]) else row[f] for f in FIGURES)
        out[tuple(row[k] for k in keys)] = values
    return out


def _expected(by_period: dict) -> dict:
    return {(period, ind): figures for period, rows in by_period.items() for ind, figures in rows.items()}


# --- episodes -------------------------------------------------------------------------------------------------
def test_indicators_episode_facts_match_the_hand_worked_table(episodes):
    frame, data_end = episodes
    got = sorted((r.patient_id, r.first_index_date.strftime("%Y-%m-%d"), r.unit, tuple(r.indicators), r.age,
                  None if pd.isna(r.days_to_workup) else int(r.days_to_workup), bool(r.flagged), bool(r.confirmed))
                 for r in frame.itertuples(index=False))
    assert got == sorted(EPISODES)
    assert data_end == DATA_END


def test_indicators_latest_episode_flag_equals_the_case_list(fixture_db, episodes):
    frame, _ = episodes
    latest = frame.sort_values("first_index_date").groupby("patient_id").tail(1)
    with engine_for(fixture_db).connect() as conn:
        rule = dict(conn.execute(sa.select(cases.c.patient_id, cases.c.rule_flagged)).all())
    assert {r.patient_id: "true" if r.flagged else "false" for r in latest.itertuples()} == {
        pid: rule[pid] for pid in latest["patient_id"]}


def test_indicators_workup_kinds_are_the_ones_flags_counts_as_done():
    assert {flags._KIND_TO_WORKUP[k] for k in WORKUP_KINDS} == set(flags.DONE)


# --- the table ------------------------------------------------------------------------------------------------
def test_indicators_by_quarter_every_figure(fixture_db):
    table = compute_indicators(fixture_db, by="quarter")
    assert list(table.columns) == ["period", "indicator", "window_days", "patients", "workup_in_window", "share",
                                   "ci_low", "ci_high", "median_days_to_workup", "pending", "flagged", "confirmed"]
    assert list(table["period"].unique()) == list(BY_QUARTER)
    assert list(table["indicator"][:4]) == list(INDICATORS)
    assert _figures(table, ["period", "indicator"]) == _expected(BY_QUARTER)
    assert set(table["window_days"]) == {30}


def test_indicators_by_year_counts_a_patient_under_each_of_their_findings(fixture_db):
    table = compute_indicators(fixture_db, by="year")
    assert _figures(table, ["period", "indicator"]) == _expected(BY_YEAR)
    # P04 (ramus fracture and L1 compression in one report) is in both rows of 2024.
    frame, _ = read_episodes(fixture_db)
    p04 = frame[frame["patient_id"] == "P04"].iloc[0]
    assert set(p04["indicators"]) == {R, V}


def test_indicators_by_month_shows_every_month_between_the_first_and_last_episode(fixture_db):
    table = compute_indicators(fixture_db, by="month")
    assert list(table["period"].unique()) == [str(p) for p in pd.period_range("2023-05", "2024-08", freq="M")]
    ramus = table[table["indicator"] == R].set_index("period")
    assert ramus.loc["2024-01", ["patients", "workup_in_window", "median_days_to_workup"]].tolist() == [2, 2, 22.5]
    assert ramus.loc["2024-02", ["patients", "workup_in_window", "flagged"]].tolist() == [2, 0, 1]  # P03, P04
    assert ramus.loc["2024-04", "patients"] == 1  # P09: by the episode's first finding (pain on 04-02)


def test_indicators_share_is_the_fraction_and_empty_periods_stay_empty(fixture_db):
    table = compute_indicators(fixture_db, by="quarter")
    counted = table[table["patients"] > 0]
    assert (counted["share"] == counted["workup_in_window"] / counted["patients"]).all()
    empty = table[table["patients"] == 0]
    assert len(empty) == 24 - len(counted)
    assert empty[["share", "ci_low", "ci_high", "median_days_to_workup"]].isna().all().all()
    csv = pd.read_csv(pd.io.common.BytesIO(csv_bytes(table)), dtype=str, keep_default_na=False)
    row = csv[(csv["period"] == "2023Q3") & (csv["indicator"] == R)].iloc[0]
    assert (row["patients"], row["share"], row["ci_low"], row["ci_high"]) == ("0", "", "", "")
    zero = csv[(csv["period"] == "2023Q2") & (csv["indicator"] == R)].iloc[0]
    assert (zero["patients"], zero["share"], zero["ci_low"]) == ("1", "0.0", "0.0")  # 0 of 1 is 0%, not empty


@pytest.mark.parametrize("window, ramus_q1, ramus_q2, lbp_q1, vcf_q3, pending_q3", [
    (0, 0, 0, 1, 0, 0),  # only P05's MRI, done 30 days before the finding; P12's window closed on 08-10
    (5, 0, 0, 1, 1, 0),  # P08's day 5 on the edge; P12's window closed on 08-15, before the last note
    (29, 1, 0, 1, 1, 1),  # P01 (15); P02's day 30 is one day out
    (30, 2, 0, 1, 1, 1),  # P02 on the edge
    (31, 3, 1, 1, 1, 1),  # P03 and P09 on the edge
])
def test_indicators_window_edges(fixture_db, window, ramus_q1, ramus_q2, lbp_q1, vcf_q3, pending_q3):
    frame, data_end = read_episodes(fixture_db)
    table = indicator_table(frame, by="quarter", window_days=window, data_end=data_end).set_index(
        ["period", "indicator"])
    worked = table["workup_in_window"]
    assert (worked["2024Q1", R], worked["2024Q2", R], worked["2024Q1", L], worked["2024Q3", V]) == (
        ramus_q1, ramus_q2, lbp_q1, vcf_q3)
    assert table.loc[("2024Q3", R), "pending"] == pending_q3
    assert set(table["window_days"]) == {window}


def test_indicators_by_unit_uses_the_unit_of_the_first_index_finding(fixture_db):
    table = compute_indicators(fixture_db, by="quarter", by_unit=True)
    assert sorted(table["unit"].unique()) == ["Akut", "Ortopedi", "Vårdcentral"]
    assert len(table) == 6 * 3 * 4
    got = _figures(table, ["period", "unit", "indicator"])
    assert got["2024Q1", "Akut", R] == (3, 1, 15, 0, 1, 1)  # P01, P03, P04
    assert got["2024Q1", "Ortopedi", R] == (2, 1, 30, 0, 1, 1)  # P02, P10
    assert got["2024Q1", "Vårdcentral", R] == EMPTY
    assert got["2024Q2", "Vårdcentral", R] == (1, 0, None, 0, 0, 0)  # P09's pain note, not the ramus report (Akut)
    assert got["2023Q2", "Ortopedi", O] == (1, 0, None, 0, 1, 1)
    assert got["2024Q3", "Akut", O] == (2, 1, 5, 1, 1, 0)
    totals = table.groupby(["period", "indicator"], sort=False)[FIGURES[:2] + FIGURES[3:]].sum()
    overall = compute_indicators(fixture_db, by="quarter").set_index(["period", "indicator"])
    pd.testing.assert_frame_equal(totals, overall[FIGURES[:2] + FIGURES[3:]], check_dtype=False)


def test_indicators_from_and_to_bound_the_periods(fixture_db):
    table = compute_indicators(fixture_db, by="quarter", start=datetime(2024, 1, 1), end=datetime(2024, 6, 30))
    assert list(table["period"].unique()) == ["2024Q1", "2024Q2"]
    assert _figures(table, ["period", "indicator"]) == _expected({p: BY_QUARTER[p] for p in ("2024Q1", "2024Q2")})
    inside = compute_indicators(fixture_db, by="month", start=datetime(2024, 1, 15), end=datetime(2024, 2, 5))
    ramus = inside[inside["indicator"] == R].set_index("period")["patients"]
    assert ramus.to_dict() == {"2024-01": 1, "2024-02": 1}  # P02 (01-20) and P03 (02-05, the last day); not P01


def test_indicators_period_without_patients_is_all_empty(fixture_db):
    table = compute_indicators(fixture_db, by="quarter", start=datetime(2022, 1, 1), end=datetime(2022, 12, 31))
    assert list(table["period"].unique()) == ["2022Q1", "2022Q2", "2022Q3", "2022Q4"]
    assert (table[["patients", "workup_in_window", "flagged", "confirmed"]] == 0).all().all()
    assert table["share"].isna().all()


def test_indicators_empty_episode_frame_gives_an_empty_table():
    frame = pd.DataFrame(columns=["patient_id", "first_index_date", "unit", "indicators", "age", "days_to_workup",
                                  "flagged", "confirmed"])
    assert indicator_table(frame).empty
    assert len(indicator_table(frame, by="year", start=datetime(2024, 1, 1), end=datetime(2024, 12, 31))) == 4


def test_indicators_unknown_period_is_refused(episodes):
    with pytest.raises(ValueError, match="by must be one of"):
        indicator_table(episodes[0], by="week")


# --- the interval ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("k, n", [(0, 1), (1, 1), (0, 5), (2, 5), (5, 5), (1, 2), (3, 10), (7, 8), (0, 100),
                                  (50, 100), (99, 100), (1, 1000)])
def test_indicators_wilson_interval_matches_statsmodels(k, n):
    low, high = wilson_interval(k, n)
    ref_low, ref_high = proportion_confint(k, n, alpha=0.05, method="wilson")
    assert low == pytest.approx(ref_low, abs=1e-12) and high == pytest.approx(ref_high, abs=1e-12)
    assert 0.0 <= low <= k / n <= high <= 1.0


@pytest.mark.parametrize("k, n, low, high", [
    (81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611), (1, 29, 0.0061, 0.1718)])
def test_indicators_wilson_interval_matches_newcombe_1998(k, n, low, high):
    """Newcombe, Statistics in Medicine 1998;17:857-872, table I, method 3 (score interval without correction)."""
    assert [round(x, 4) for x in wilson_interval(k, n)] == [low, high]


def test_indicators_wilson_interval_of_nothing_is_empty():
    assert all(math.isnan(x) for x in wilson_interval(0, 0))


def test_indicators_table_intervals_match_statsmodels(fixture_db):
    table = compute_indicators(fixture_db, by="month", by_unit=True)
    counted = table[table["patients"] > 0]
    assert len(counted) > 10
    for row in counted.itertuples(index=False):
        ref = proportion_confint(row.workup_in_window, row.patients, alpha=0.05, method="wilson")
        assert (row.ci_low, row.ci_high) == pytest.approx(ref, abs=1e-12)


# --- charts ---------------------------------------------------------------------------------------------------
def test_indicators_chart_has_one_line_per_unit_and_gaps_for_empty_periods(fixture_db):
    table = compute_indicators(fixture_db, by="quarter", by_unit=True)
    ax = chart_figure(table, R).axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Akut", "Ortopedi", "Vårdcentral"]
    assert [t.get_text() for t in ax.get_xticklabels()] == list(BY_QUARTER)
    akut = ax.containers[0].lines[0].get_ydata()  # the data line of the first unit's error bar
    expected = [math.nan, math.nan, math.nan, 100 / 3, math.nan, 0.0]  # 2024Q3: P12, 0 of 1
    assert [round(v, 6) if not math.isnan(v) else "gap" for v in akut] == [
        round(v, 6) if not math.isnan(v) else "gap" for v in expected]


def test_indicators_chart_without_units_has_no_legend(fixture_db):
    ax = chart_figure(compute_indicators(fixture_db, by="quarter"), V).axes[0]
    assert ax.get_legend() is None and len(ax.containers) == 1


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG\r\n\x1a\n"), ("svg", b"<?xml")])
def test_indicators_chart_bytes_are_stable(fixture_db, fmt, magic):
    table = compute_indicators(fixture_db, by="quarter", by_unit=True)
    first, second = render_chart(table, O, fmt), render_chart(table, O, fmt)
    assert first.startswith(magic) and first == second


def test_indicators_chart_format_is_checked(fixture_db):
    with pytest.raises(ValueError, match="png"):
        render_chart(compute_indicators(fixture_db, by="year"), R, "gif")


# --- the command ----------------------------------------------------------------------------------------------
def _invoke(*args):
    return CliRunner().invoke(main, ["indicators", *args])


def test_indicators_cli_writes_csv_and_a_chart_per_indicator(fixture_db, tmp_path):
    out = tmp_path / "report" / "q.csv"
    result = _invoke("--db", fixture_db, "--by", "quarter", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == csv_bytes(compute_indicators(fixture_db, by="quarter"))
    for indicator in INDICATORS:
        assert (tmp_path / "report" / f"q-{indicator}.png").read_bytes().startswith(b"\x89PNG")
    assert "6 quarter(s), 24 rows" in result.output


def test_indicators_cli_sqlite_path_and_svg_charts(fixture_db, tmp_path):
    path = fixture_db.removeprefix("sqlite:///")
    result = _invoke("--db", path, "--by", "year", "--by-unit", "--window-days", "31", "--out",
                     str(tmp_path / "y.csv"), "--chart-format", "svg")
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(tmp_path / "y.csv", dtype={"unit": str}, keep_default_na=False)
    assert set(frame["window_days"]) == {31} and "unit" in frame
    assert (tmp_path / f"y-{O}.svg").read_bytes().startswith(b"<?xml")


def test_indicators_cli_writes_excel(fixture_db, tmp_path):
    out = tmp_path / "y.xlsx"
    assert _invoke("--db", fixture_db, "--by", "year", "--out", str(out)).exit_code == 0
    back = pd.read_excel(out, sheet_name="indicators")
    assert _figures(back, ["period", "indicator"]) == {(int(p), i): f for (p, i), f in _expected(BY_YEAR).items()}
    again = tmp_path / "again.xlsx"
    _invoke("--db", fixture_db, "--by", "year", "--out", str(again))
    assert out.read_bytes() == again.read_bytes()


def test_indicators_cli_writes_html_with_table_and_charts(fixture_db, tmp_path):
    out = tmp_path / "q.html"
    assert _invoke("--db", fixture_db, "--by", "quarter", "--by-unit", "--out", str(out)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("data:image/svg+xml;base64,") == 4
    assert "<table" in page and "Vårdcentral" in page and "40% (12–77%)" not in page  # per unit: 1/3, 1/2
    assert "33% (6–79%)" in page  # Akut, ramus, 2024Q1: 1 of 3


def test_indicators_cli_prints_the_table_without_out(fixture_db):
    result = _invoke("--db", fixture_db, "--by", "quarter")
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("2024Q1") and "pubic_ramus" in x)
    assert line.split() == ["2024Q1", R, "5", "2", "40%", "(12–77%)", "22.5", "0", "2", "2"]


@pytest.mark.parametrize("args, code, message", [
    (["--out", "x.txt"], 2, "use a .csv, .xlsx or .html"),
    (["--from", "2024-02-01", "--to", "2024-01-01"], 2, "--from is after --to"),
    (["--by", "week"], 2, "week"),
])
def test_indicators_cli_usage_errors(fixture_db, args, code, message):
    result = _invoke("--db", fixture_db, *args)
    assert result.exit_code == code and message in result.output


def test_indicators_cli_missing_database_exits_1(tmp_path):
    result = _invoke("--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no such database file" in result.output
    assert not (tmp_path / "none.db").exists()


def test_indicators_empty_database_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    sa.create_engine(url).connect().close()
    with pytest.raises(NoStateDatabase, match="reportminer nightly"):
        compute_indicators(url)


def test_indicators_cli_has_help():
    result = _invoke("--help")
    assert result.exit_code == 0 and "--window-days" in result.output and "Wilson" in result.output


# --- site rules ---------------------------------------------------------------------------------------------
NO_OSTEOPOROSIS = bundled_rules_text().replace('"hip_prosthesis", "osteoporosis",', '"hip_prosthesis",', 1)


@pytest.fixture(scope="module")
def site_rules_db(tmp_path_factory) -> tuple[str, Path]:
    """The fixture notes run under site rules where osteoporosis is no risk factor: P07 (44, M, low-back pain,
    known osteoporosis) is not flagged."""
    assert NO_OSTEOPOROSIS != bundled_rules_text()
    folder = tmp_path_factory.mktemp("site_rules")
    notes_path, patients_path = _write_fixture(folder)
    url = f"sqlite:///{folder / 'state.db'}"
    NightlyRun(url, FileSource(notes_path, 50), read_patients(patients_path)[0],
               rules=parse_rules(NO_OSTEOPOROSIS, "site.toml")).run()
    (folder / "bundled.toml").write_text(bundled_rules_text(), encoding="utf-8")
    return url, folder


def _low_back_flagged_2024q1(output: str) -> str:
    line = next(x for x in output.splitlines() if x.startswith("2024Q1") and L in x)
    return line.split()[-2]


def test_indicators_cli_judges_flags_under_the_rules_of_the_last_run(site_rules_db):
    url, _ = site_rules_db
    assert read_cases(url).set_index("patient_id").at["P07", "flagged"] == "false"
    result = CliRunner().invoke(main, ["indicators", "--db", url, "--by", "quarter"])
    assert result.exit_code == 0, result.output
    assert _low_back_flagged_2024q1(result.stdout) == "0" and result.stderr == ""


def test_indicators_cli_rules_option_overrides_and_says_it_differs_from_the_run(site_rules_db):
    url, folder = site_rules_db
    result = CliRunner().invoke(
        main, ["indicators", "--db", url, "--by", "quarter", "--rules", str(folder / "bundled.toml")])
    assert result.exit_code == 0, result.stderr
    assert _low_back_flagged_2024q1(result.stdout) == "1"  # P07 flagged again under the bundled rules
    assert "differ from the rules of the last nightly run" in result.stderr and "site.toml" in result.stderr


def test_indicators_cli_bad_rules_file_is_a_one_line_error(fixture_db, tmp_path):
    bad = tmp_path / "site.toml"
    bad.write_text(bundled_rules_text().replace("age = 60", "age = -1"), encoding="utf-8")
    result = CliRunner().invoke(main, ["indicators", "--db", fixture_db, "--rules", str(bad)])
    assert result.exit_code == 1 and str(bad) in result.stderr and "at_risk.age" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_last_run_rules_of_a_database_without_runs_is_none(tmp_path):
    url = f"sqlite:///{tmp_path / 'state.db'}"
    upgrade(url)
    assert rules_of_last_run(url) is None


# --- other data -----------------------------------------------------------------------------------------------
def test_indicators_sample_set_agrees_with_its_case_list(tmp_path):
    url = f"sqlite:///{tmp_path / 'sample.db'}"
    NightlyRun(url, FileSource(SAMPLE / "notes.csv", 200), read_patients(SAMPLE / "patients.csv")[0]).run()
    frame, _ = read_episodes(url)
    with engine_for(url).connect() as conn:
        case_rows = pd.read_sql(sa.select(cases), conn).set_index("patient_id")
    latest = frame.sort_values("first_index_date").groupby("patient_id").tail(1).set_index("patient_id")
    assert len(latest) > 20
    for pid, row in latest.iterrows():
        case = case_rows.loc[pid]
        assert (row["first_index_date"].strftime("%Y-%m-%d"), "true" if row["flagged"] else "false") == (
            case["first_index_date"], case["rule_flagged"]), pid
    table = compute_indicators(url, by="year")
    assert table["patients"].sum() == sum(len(i) for i in frame["indicators"])


def test_indicators_postgresql_gives_the_same_table(fixture_db, postgres_url, tmp_path):
    _build(postgres_url, tmp_path)
    for by_unit in (False, True):
        pd.testing.assert_frame_equal(compute_indicators(postgres_url, by="quarter", by_unit=by_unit),
                                      compute_indicators(fixture_db, by="quarter", by_unit=by_unit))

"""Lexicon suggestions: unmatched phrases near fracture, pain and imaging words, ranked by confirmed cases."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner

from reportminer import suggest
from reportminer.cli import main
from reportminer.io import read_notes
from reportminer.nightly import NightlyRun
from reportminer.pipeline import scan
from reportminer.sources import FileSource
from reportminer.textnorm import fold_lower

from .conftest import SAMPLE

LOCAL = [  # a local way of writing a posterior pelvic ring fracture that the bundled lexicon does not know
    ("P1", "P1_01", "Insufficiensfraktur i bäckenringen bakre delen. Smärta i ländryggen."),
    ("P2", "P2_01", "Misstänkt insufficiensfraktur i bäckenringen. Pat har ont."),
    ("P3", "P3_01", "Ingen insufficiensfraktur i bäckenringen."),
    ("P4", "P4_01", "Fraktur i höger ramus superior, ingen sakrumfraktur."),
]


def _units(rows=LOCAL) -> pd.DataFrame:
    return pd.DataFrame([(p, n, "sv", t) for p, n, t in rows], columns=["patient_id", "note_id", "language", "text"])


@pytest.fixture(scope="module")
def sample_notes():
    return read_notes(SAMPLE / "notes.csv")[0]


@pytest.fixture(scope="module")
def sample_suggestions(sample_decided_db, sample_notes):
    confirmed = suggest.confirmed_patients(suggest.read_decisions(sample_decided_db))
    return suggest.suggest(suggest.units_from_notes(sample_notes), confirmed, min_count=1)


def test_suggest_finds_an_unknown_site_word_near_a_fracture_word():
    found = suggest.suggest(_units(), confirmed={"P1", "P2", "P4"})
    top = found[found["confirmed_notes"] == found["confirmed_notes"].max()]
    assert "bäckenringen" in set(top["phrase"])
    row = found.set_index("phrase").loc["bäckenringen"]
    assert (row["confirmed_notes"], row["confirmed_patients"], row["other_notes"]) == (2, 2, 1)
    assert row["near"] == "fracture" and row["example_note_id"] == "P1_01"


def test_suggest_counts_only_confirmed_cases_for_the_threshold():
    assert suggest.suggest(_units(), confirmed=set()).empty
    assert suggest.suggest(_units(), confirmed={"P3"}).empty  # one note is below --min-count 2
    assert not suggest.suggest(_units(), confirmed={"P3"}, min_count=1).empty


def test_suggest_a_site_lexicon_entry_is_no_longer_suggested(tmp_path):
    site = tmp_path / "site" / "sv"
    site.mkdir(parents=True)
    (site / "concepts.json").write_text(json.dumps({
        "language": "sv", "purpose": "concepts", "description": "Local term for a posterior ring fracture",
        "concepts": {"sacral_fracture": ["insufficiensfraktur i bäckenringen"]}}, ensure_ascii=False))
    found = suggest.suggest(_units(), confirmed={"P1", "P2", "P4"}, lexicon_dir=str(tmp_path / "site"))
    assert not found["phrase"].str.contains("bäckenringen").any()


def test_suggest_never_proposes_what_the_lexicon_matched(sample_suggestions, sample_notes):
    mentions = scan(sample_notes).mentions
    matched = {" ".join(fold_lower(w) for w in t.split()) for t in mentions["text"]}
    phrases = {" ".join(fold_lower(w) for w in p.split()) for p in sample_suggestions["phrase"]}
    assert not phrases & matched
    for word in ("ramus", "sakrum", "lumbago", "kotkompression", "compression", "sacral"):
        assert word not in phrases


def test_suggest_ranks_by_notes_of_confirmed_cases(sample_suggestions):
    assert len(sample_suggestions) > 10
    counts = list(sample_suggestions["confirmed_notes"])
    assert counts == sorted(counts, reverse=True)
    assert set(sample_suggestions["language"]) == {"sv", "en"}
    assert set(";".join(sample_suggestions["near"]).split(";")) <= {"fracture", "pain", "imaging"}
    assert list(sample_suggestions.columns) == list(suggest.SUGGESTION_COLUMNS)
    first = sample_suggestions.iloc[0]["phrase"].split()
    assert first[0] not in suggest.STOPWORDS["sv"] | suggest.STOPWORDS["en"]


def test_suggest_is_deterministic(sample_decided_db, sample_notes, sample_suggestions):
    confirmed = suggest.confirmed_patients(suggest.read_decisions(sample_decided_db))
    again = suggest.suggest(suggest.units_from_notes(sample_notes.sample(frac=1, random_state=3)), confirmed,
                            min_count=1)
    pd.testing.assert_frame_equal(again, sample_suggestions)


def test_suggest_confirmed_patients_follow_the_latest_verdict():
    decisions = pd.DataFrame({
        "patient_id": ["A", "A", "B", "B", "C"],
        "decision": ["confirmed", "dismissed", "confirmed", "follow_up", "workup_done"],
        "decided_at": ["2025-01-01", "2025-02-01", "2025-01-01", "2025-03-01", "2025-01-01"]})
    assert suggest.confirmed_patients(decisions) == {"B"}
    assert suggest.confirmed_patients(decisions.iloc[0:0]) == set()


def test_suggest_units_from_the_database_are_the_stored_sentences(sample_decided_db):
    units = suggest.units_from_db(sample_decided_db)
    assert list(units.columns) == ["patient_id", "note_id", "language", "text"]
    assert units["note_id"].is_unique and set(units["language"]) == {"sv", "en"}


def test_suggest_cli_on_the_sample_database(sample_decided_db, tmp_path):
    out = tmp_path / "suggestions.csv"
    result = CliRunner().invoke(main, ["suggest", "--db", sample_decided_db, "--notes", str(SAMPLE / "notes.csv"),
                                       "--top", "5", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "16 confirmed patients" in result.output and "confirmed_notes" in result.output
    written = pd.read_csv(out)
    assert list(written.columns) == list(suggest.SUGGESTION_COLUMNS) and len(written) >= 5
    from_db = CliRunner().invoke(main, ["suggest", "--db", sample_decided_db])
    assert from_db.exit_code == 0 and "stored sentences" in from_db.output


def test_suggest_cli_without_confirmed_cases_says_so(tmp_path):
    url = f"sqlite:///{tmp_path / 'none.db'}"
    NightlyRun(url, FileSource(SAMPLE / "notes.csv", 2000), None).run()
    result = CliRunner().invoke(main, ["suggest", "--db", url])
    assert result.exit_code == 1 and "no confirmed cases" in result.output

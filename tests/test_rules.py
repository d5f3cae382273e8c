"""Site rules: the bundled rules.toml, strict validation naming the key, and a change of rules re-evaluating every
case on the next nightly run (without analysing a note again)."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from reportminer.cli import main
from reportminer.config import DEFAULT, Settings
from reportminer.flags import priority_for
from reportminer.nightly import NightlyRun, read_cases
from reportminer.rules import RulesError, bundled_rules_text, load_rules, parse_rules, rules_hash
from reportminer.sources import FileSource

from .conftest import write_rows

# Written by us: an 82-year-old woman with low-back pain and nothing else (at risk by age and sex alone), and a
# man with a pubic ramus fracture and a pelvic CT 40 days before it (outside the default 30-day look-back).
NOTES = [
    {"note_id": "R1", "patient_id": "A", "note_date": "2025-03-01", "note_type": "clinical", "exam": "",
     "text": "82-årig kvinna med ländryggssmärta sedan två veckor.", "language": "sv"},
    {"note_id": "R2", "patient_id": "B", "note_date": "2025-01-20", "note_type": "radiology", "exam": "DT bäcken",
     "text": "DT bäcken: inga frakturer.", "language": "sv"},
    {"note_id": "R3", "patient_id": "B", "note_date": "2025-03-01", "note_type": "radiology", "exam": "Rtg bäcken",
     "text": "Fraktur i höger ramus superior.", "language": "sv"},
]
PATIENTS = [{"patient_id": "A", "sex": "F", "birth_date": "1943-01-01"},
            {"patient_id": "B", "sex": "M", "birth_date": "1950-01-01"}]


def _edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def test_rules_bundled_file_holds_the_contract_defaults():
    rules = load_rules()
    assert rules.settings == DEFAULT == Settings()
    assert rules.hash == rules_hash(DEFAULT) and len(rules.hash) == 64


def test_rules_hash_ignores_comments_and_order_but_not_values():
    text = bundled_rules_text()
    commented = "# our hospital\n" + text.replace("lookback_days = 30", "lookback_days   =   30 # same")
    assert parse_rules(commented).hash == load_rules().hash
    assert parse_rules(_edit(text, "lookback_days = 30", "lookback_days = 45")).hash != load_rules().hash


@pytest.mark.parametrize("old,new,key", [
    ("gap_days = 365", "gap_days = 365\ngap_weeks = 52", "episodes.gap_weeks"),
    ("[evidence]", "[colours]\nred = 1\n[evidence]", "colours"),
    ("age = 60", "age = \"sixty\"", "at_risk.age"),
    ("age = 60", "age = 200", "at_risk.age"),
    ("lookback_days = 30", "lookback_days = -1", "episodes.lookback_days"),
    ("lookback_days = 30", "lookback_days = true", "episodes.lookback_days"),
    ('sexes = ["F"]', 'sexes = ["K"]', "at_risk.sexes"),
    ('"osteoporosis", ', '"osteopenia", ', "at_risk.risk_factors"),
    ('modalities = ["ct", "mri", "scintigraphy"]', 'modalities = ["ct", "xray"]', "workup.modalities"),
    ('modalities = ["ct", "mri", "scintigraphy"]', "modalities = []", "workup.modalities"),
    ('regions = ["abdomen_pelvis",', 'regions = ["pelvic",', "workup.regions"),
    ("lumbar_spine_when_sacrum_assessed = true", "lumbar_spine_when_sacrum_assessed = 1",
     "workup.lumbar_spine_when_sacrum_assessed"),
    ('default = "low"', 'default = "urgent"', "priority.default"),
    ('priority = "medium"', 'priority = "middle"', "priority.rules[3].priority"),
    ('reasons = ["sacral_fracture"]', 'reasons = ["sacrum"]', "priority.rules[2].reasons"),
    ('reasons = ["sacral_fracture"]', 'reasons = ["sacral_fracture"]\nweight = 2', "priority.rules[2].weight"),
    ("max_sentences = 10", "", "evidence.max_sentences"),
])
def test_rules_validation_names_the_bad_key(old, new, key):
    with pytest.raises(RulesError) as err:
        parse_rules(_edit(bundled_rules_text(), old, new), "site.toml")
    message = str(err.value)
    assert message.startswith("site.toml: ") and key in message, message


def test_rules_not_toml_and_missing_file_are_clear_errors(tmp_path):
    with pytest.raises(RulesError, match="site.toml: not valid TOML"):
        parse_rules("[episodes\nlookback_days = 30", "site.toml")
    with pytest.raises(RulesError, match="cannot read the rules file"):
        load_rules(tmp_path / "absent.toml")


def test_rules_priority_rules_first_match_wins():
    text = _edit(bundled_rules_text(), 'priority = "medium"\nreasons = ["low_back_pain", "vertebral_compression_fracture"]',
                 'priority = "high"\nreasons = ["vertebral_compression_fracture"]')
    settings = parse_rules(_edit(text, 'default = "low"', 'default = "medium"')).settings
    assert priority_for({"vertebral_compression_fracture"}, settings) == "high"
    assert priority_for({"low_back_pain"}, settings) == "medium"
    assert priority_for({"vertebral_compression_fracture"}) == "low"  # the contract's
    assert priority_for({"low_back_pain", "vertebral_compression_fracture"}) == "medium"


def _run(url: str, folder: Path, rules_text: str | None):
    notes = write_rows(folder / "notes.csv", NOTES)
    from reportminer.io import read_patients

    patients = read_patients(write_rows(folder / "patients.csv", PATIENTS))[0]
    rules = parse_rules(rules_text, "site.toml") if rules_text else None
    return NightlyRun(url, FileSource(notes, 100), patients, rules=rules).run()


def _flags(url: str) -> dict[str, str]:
    frame = read_cases(url)
    return dict(zip(frame["patient_id"], frame["flagged"]))


def test_rules_change_re_evaluates_cases_on_the_next_nightly_run(db_url, tmp_path):
    first = _run(db_url, tmp_path, None)
    assert _flags(db_url) == {"A": "true", "B": "true"}
    assert first.notes_new == 3

    same = _run(db_url, tmp_path, bundled_rules_text() + "\n# reformatted, same rules\n")
    assert same.cases_updated == 0  # nothing changed: nothing recomputed

    site = _edit(bundled_rules_text(), "age = 60", "age = 85")  # the woman of 82 is no longer at risk
    site = _edit(site, "lookback_days = 30", "lookback_days = 60")  # the CT 40 days before now counts
    changed = _run(db_url, tmp_path, site)
    assert changed.notes_unchanged == 3 and changed.notes_reprocessed == 0  # no note analysed again
    assert changed.cases_updated == 2
    assert _flags(db_url) == {"A": "false", "B": "false"}
    assert read_cases(db_url).set_index("patient_id").at["B", "workup"] == "ct"

    back = _run(db_url, tmp_path, None)  # back to the defaults: flagged again
    assert back.cases_updated == 2 and _flags(db_url) == {"A": "true", "B": "true"}


def test_rules_sex_and_risk_factor_settings_change_who_is_at_risk(tmp_path):
    url = f"sqlite:///{tmp_path / 'state.db'}"
    _run(url, tmp_path, _edit(bundled_rules_text(), 'sexes = ["F"]', "sexes = []"))
    assert _flags(url)["A"] == "false"
    _run(url, tmp_path, _edit(bundled_rules_text(), 'sexes = ["F"]', 'sexes = ["F", "M"]'))
    assert _flags(url)["A"] == "true"


def test_rules_covering_exams_setting(tmp_path):
    url = f"sqlite:///{tmp_path / 'state.db'}"
    site = _edit(bundled_rules_text(), "lookback_days = 30", "lookback_days = 60")
    _run(url, tmp_path, site)
    assert _flags(url)["B"] == "false"  # the pelvic CT counts
    _run(url, tmp_path, _edit(site, 'modalities = ["ct", "mri", "scintigraphy"]', 'modalities = ["mri"]'))
    assert _flags(url)["B"] == "true"  # only an MRI would
    _run(url, tmp_path, _edit(site, 'regions = ["abdomen_pelvis", "pelvis",', 'regions = ["abdomen_pelvis",'))
    assert _flags(url)["B"] == "true"  # a CT of the pelvis no longer covers


def test_rules_cli_option_bad_file_names_the_key(tmp_path):
    bad = tmp_path / "rules.toml"
    bad.write_text(_edit(bundled_rules_text(), "age = 60", "age = 60\nsex = 'F'"), encoding="utf-8")
    notes = write_rows(tmp_path / "notes.csv", NOTES)
    for args in (["scan", str(notes), "--out", str(tmp_path / "out")],
                 ["nightly", str(notes), "--db", str(tmp_path / "state.db")]):
        result = CliRunner().invoke(main, args + ["--rules", str(bad)])
        assert result.exit_code == 1, result.output
        assert re.search(r"rules\.toml: unknown key at_risk\.sex \(allowed in \[at_risk\]: age, risk_factors, sexes\)",
                         result.output), result.output
    assert not (tmp_path / "out").exists()


def test_rules_scan_with_site_rules(tmp_path):
    site = tmp_path / "rules.toml"
    site.write_text(_edit(bundled_rules_text(), "age = 60", "age = 85"), encoding="utf-8")
    notes = write_rows(tmp_path / "notes.csv", NOTES)
    patients = write_rows(tmp_path / "patients.csv", PATIENTS)
    result = CliRunner().invoke(main, ["scan", str(notes), "--patients", str(patients), "--out", str(tmp_path / "o"),
                                       "--rules", str(site)])
    assert result.exit_code == 0, result.output
    cases = pd.read_csv(tmp_path / "o" / "cases.csv", dtype=str, keep_default_na=False).set_index("patient_id")
    assert cases.at["A", "flagged"] == "false"

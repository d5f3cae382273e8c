"""The review workspace (Flask test client), the static report and the note-text migration.

The state database comes from the nightly job on the bundled sample notes plus one synthetic note whose text
holds HTML and a script (patient X001): it must show as text everywhere.
"""
from __future__ import annotations

import io
import logging
import re
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from click.testing import CliRunner

from reportminer.cli import main
from reportminer.flags import priority_for
from reportminer.io import read_patients
from reportminer.nightly import NightlyRun, read_cases, record_decision
from reportminer.report import build_report, write_report
from reportminer.sources import FileSource
from reportminer.state import MIGRATIONS, decisions, engine_for, notes, upgrade
from reportminer.web import Access, create_app
from reportminer.web import data as web_data
from reportminer.web.highlight import note_pieces, pieces, sentence_pieces

from .conftest import SAMPLE

SCRIPT = '<script>document.title="pwned";window.__pwned=1</script>'
HOSTILE_TEXT = f'Fynd: Fraktur i höger ramus superior. {SCRIPT} <b>fet</b> & "citat" <img src=x onerror=alert(1)>'
HOSTILE_NOTE = {"note_id": "X001_01", "patient_id": "X001", "note_date": "2025-02-03", "note_type": "radiology",
                "exam": "Rtg bäcken", "text": HOSTILE_TEXT, "language": "sv", "unit": "Röntgen"}


def notes_with_hostile_note(folder: Path) -> Path:
    frame = pd.read_csv(SAMPLE / "notes.csv", dtype=str, keep_default_na=False)
    frame = pd.concat([frame, pd.DataFrame([HOSTILE_NOTE])], ignore_index=True)
    path = folder / "notes.csv"
    frame.to_csv(path, index=False)
    return path


def run_nightly(url: str, notes_path: Path):
    patient_table = read_patients(SAMPLE / "patients.csv")[0]
    return NightlyRun(url, FileSource(notes_path, 200), patient_table, workers=1).run()


def build_state_db(folder: Path) -> Path:
    """The sample notes and the hostile note, through the nightly job, into ``folder/state.db``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "state.db"
    run_nightly(f"sqlite:///{path}", notes_with_hostile_note(folder))
    return path


def copy_db(source: Path, target: Path) -> str:
    """A consistent copy (the WAL included) through SQLite's backup API."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return f"sqlite:///{target}"


def add_users(path: Path, roles: dict[str, str], passwords: dict[str, str]) -> None:
    """Add each user of ``roles`` to the state database at ``path`` with ``reportminer users add``."""
    from click.testing import CliRunner

    from reportminer.cli import main

    for name, role in roles.items():
        result = CliRunner().invoke(main, ["users", "add", name, "--role", role, "--db", str(path),
                                           "--password-stdin"], input=passwords[name] + "\n")
        assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:
    return build_state_db(tmp_path_factory.mktemp("web-state"))


@pytest.fixture
def db_url(template_db, tmp_path) -> str:
    return copy_db(template_db, tmp_path / "state.db")


@pytest.fixture
def client(db_url):
    app = create_app(db_url, secret_key="test", testing=True)
    return app.test_client()


def csrf_token(page: str) -> str:
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)


def decide(client, patient_id: str, decision: str, reviewer: str = "Auditor A", comment: str = "", query: str = "",
           button: str = "record"):
    page = client.get(f"/case/{patient_id}{query}").get_data(as_text=True)
    return client.post(f"/case/{patient_id}/decision{query}", data={
        "csrf_token": csrf_token(page), "decision": decision, "reviewer": reviewer, "comment": comment,
        button: "x"})


def listed(page: str) -> list[str]:
    return re.findall(r'<tr data-patient="([^"]+)"', page)


# --- the migration and the stored text ------------------------------------------------------------------------
def test_web_nightly_stores_note_text_that_mention_offsets_index(db_url):
    with engine_for(db_url).connect() as conn:
        texts = dict(conn.execute(sa.select(notes.c.note_id, notes.c.text)).all())
        rows = conn.execute(sa.text('SELECT note_id, start, "end", text FROM mentions')).all()
    source = pd.read_csv(SAMPLE / "notes.csv", dtype=str, keep_default_na=False)
    assert len(texts) == len(source) + 1
    assert texts["X001_01"] == HOSTILE_TEXT
    assert all(texts[r.note_id][r.start:r.end] == r.text for r in rows)


def test_web_migration_0002_fills_text_on_the_next_run(template_db, tmp_path):
    url = copy_db(template_db, tmp_path / "state.db")
    before = read_cases(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    command.downgrade(config, "0001")  # a database written before note text was kept
    upgrade(url)
    with engine_for(url).connect() as conn:
        assert set(conn.execute(sa.select(notes.c.text, notes.c.pipeline_version)).all()) == {("", "")}
    summary = run_nightly(url, notes_with_hostile_note(tmp_path))
    assert (summary.notes_new, summary.notes_changed, summary.notes_reprocessed) == (0, 0, 164)
    with engine_for(url).connect() as conn:
        assert conn.execute(sa.select(notes.c.text).where(notes.c.note_id == "X001_01")).scalar_one() == HOSTILE_TEXT
    pd.testing.assert_frame_equal(read_cases(url), before)


# --- case list ---------------------------------------------------------------------------------------------------
def test_web_case_list_shows_open_flagged_cases_with_counts(client, db_url):
    page = client.get("/").get_data(as_text=True)
    flagged = read_cases(db_url).query("flagged == 'true'")
    assert sorted(listed(page)) == sorted(flagged["patient_id"])
    assert f'<strong id="shown-count">{len(flagged)}</strong>' in page
    assert "X001" in listed(page)
    high = listed(page)[:int((flagged["priority"] == "high").sum())]
    assert set(high) == set(flagged.query("priority == 'high'")["patient_id"])  # sorted by priority first


@pytest.mark.parametrize("query, check", [
    ("priority=medium", lambda c: c.priority == "medium"),
    ("reason=vertebral_compression_fracture", lambda c: "vertebral_compression_fracture" in c.reasons),
    ("language=sv", lambda c: "sv" in c.languages),
    ("from=2024-01-01&to=2024-06-30", lambda c: "2024-01-01" <= c.first_index_date <= "2024-06-30"),
    ("patient=e01", lambda c: c.patient_id.startswith("E01")),
], ids=["priority", "reason", "language", "date-range", "patient"])
def test_web_case_list_filters(client, db_url, query, check):
    with engine_for(db_url).connect() as conn:
        rows = web_data.load_cases(conn)
    expected = sorted(c.patient_id for c in rows if c.flagged and check(c))
    assert expected and len(expected) < sum(c.flagged for c in rows)
    assert sorted(listed(client.get(f"/?{query}").get_data(as_text=True))) == expected


def test_web_case_list_sorts_by_date_both_ways(client, db_url):
    cases = read_cases(db_url).query("flagged == 'true'")
    ascending = listed(client.get("/?sort=date").get_data(as_text=True))
    dates = [cases.set_index("patient_id").at[p, "first_index_date"] for p in ascending]
    assert dates == sorted(dates)
    descending = listed(client.get("/?sort=date&order=desc").get_data(as_text=True))
    assert [cases.set_index("patient_id").at[p, "first_index_date"] for p in descending] == sorted(dates, reverse=True)


def test_web_case_list_reports_bad_filter_values_and_ignores_them(client):
    page = client.get("/?priority=urgent&from=yesterday").get_data(as_text=True)
    assert "unknown priority &#39;urgent&#39; ignored" in page
    assert "is not a date" in page
    assert listed(page) == listed(client.get("/").get_data(as_text=True))


def test_web_rule_priority_matches_the_flag_rules(db_url):
    with engine_for(db_url).connect() as conn:
        rows = web_data.load_cases(conn)
    for case in rows:
        if case.flagged:
            assert web_data.rule_priority(case.reasons) == case.priority == priority_for(set(case.reasons))


# --- case page -----------------------------------------------------------------------------------------------------
def test_web_case_page_highlights_mentions_by_assertion_with_concept_on_hover(client):
    page = client.get("/case/S001").get_data(as_text=True)
    assert re.search(r'<mark class="m a-present[^"]*" data-concept="pubic_ramus_fracture" data-assertion="present" '
                     r'title="pubic ramus fracture \(pubic_ramus_fracture\): present">', page)
    assert 'class="m a-negated' in page  # "Ingen fraktur i sakrum"
    assert page.index('id="evidence"') < page.index('id="timeline"') < page.index('id="note-S001_01"')
    assert page.index('id="note-S001_01"') < page.index('id="note-S001_04"')  # timeline in date order
    assert "Flagged because the notes show a pubic ramus fracture and low-back pain in a woman aged 82" in page
    assert 'class="ev"' in page  # evidence sentences marked inside the note text


def test_web_case_page_note_text_round_trips(client, db_url):
    """The highlighted note text, tags removed and entities decoded, is exactly the stored text."""
    import html as html_module

    page = client.get("/case/S002").get_data(as_text=True)
    with engine_for(db_url).connect() as conn:
        stored = dict(conn.execute(sa.select(notes.c.note_id, notes.c.text).where(notes.c.patient_id == "S002")).all())
    for note_id, text in stored.items():
        body = re.search(rf'id="note-{note_id}".*?<div class="note-text">(.*?)</div>', page, re.S).group(1)
        assert html_module.unescape(re.sub(r"<[^>]+>", "", body)) == text


def test_web_case_page_escapes_note_text(client):
    page = client.get("/case/X001").get_data(as_text=True)
    assert SCRIPT not in page and "<b>fet</b>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;document.title=&#34;pwned&#34;;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;b&gt;fet&lt;/b&gt; &amp; &#34;citat&#34; &lt;img src=x onerror=alert(1)&gt;" in page
    assert page.count("<script") == 1  # the workspace's own app.js only


def test_web_unknown_case_is_404(client):
    assert client.get("/case/NOBODY").status_code == 404


def test_web_security_headers(client):
    response = client.get("/case/S001")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cache-Control"] == "no-store"


# --- decisions -------------------------------------------------------------------------------------------------------
def test_web_decision_without_csrf_token_is_refused(client, db_url):
    response = client.post("/case/S001/decision", data={"decision": "confirmed", "reviewer": "Mallory"})
    assert response.status_code == 400
    assert "Form expired" in response.get_data(as_text=True)
    with engine_for(db_url).connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(decisions)).scalar_one() == 0


def test_web_decision_is_appended_closes_the_case_and_shows_in_history(client, db_url):
    assert decide(client, "S001", "follow_up", "Auditor A", "Ask the ward").status_code == 302
    assert decide(client, "S001", "confirmed", "Auditor B", "Missed: no CT").status_code == 302
    with engine_for(db_url).connect() as conn:
        log = conn.execute(sa.select(decisions).order_by(decisions.c.id)).all()
    assert [(d.patient_id, d.decision, d.reviewer, d.comment) for d in log] == [
        ("S001", "follow_up", "Auditor A", "Ask the ward"), ("S001", "confirmed", "Auditor B", "Missed: no CT")]
    case = read_cases(db_url).set_index("patient_id").loc["S001"]
    assert (case["flagged"], case["priority"]) == ("false", "")
    page = client.get("/case/S001").get_data(as_text=True)
    assert page.index("Confirmed missed</strong> by <span class=\"reviewer\">Auditor B") < page.index(
        "Follow-up needed</strong> by <span class=\"reviewer\">Auditor A")
    assert "History (2)" in page and "Ask the ward" in page
    assert "closed by the decision \u201cConfirmed missed\u201d of Auditor B" in page
    assert "S001" not in listed(client.get("/").get_data(as_text=True))
    assert "S001" in listed(client.get("/?status=confirmed").get_data(as_text=True))


def test_web_decision_needs_a_reviewer_and_a_known_decision(client, db_url):
    assert decide(client, "S001", "confirmed", reviewer="  ").status_code == 400
    assert decide(client, "S001", "delete_everything").status_code == 400
    with engine_for(db_url).connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(decisions)).scalar_one() == 0


def test_web_record_and_next_opens_the_next_case_of_the_filtered_list(client):
    order = listed(client.get("/?priority=high").get_data(as_text=True))
    response = decide(client, order[0], "dismissed", query="?priority=high", button="record_next")
    assert response.headers["Location"] == f"/case/{order[1]}?priority=high"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert f'id="next-case" rel="next" href="/case/{order[2]}?priority=high"' in page
    assert f'id="prev-case" rel="prev" href="/case/{order[0]}?priority=high"' not in page  # closed: left the list


def test_web_decision_comment_is_escaped(client):
    decide(client, "S001", "dismissed", "<i>Eve</i>", f"see {SCRIPT}")
    page = client.get("/case/S001").get_data(as_text=True)
    assert SCRIPT not in page and "<i>Eve</i>" not in page
    assert "&lt;i&gt;Eve&lt;/i&gt;" in page


def test_web_decision_is_respected_by_the_next_nightly_run(client, db_url, tmp_path):
    decide(client, "S008", "workup_done", comment="CT at another hospital")
    run_nightly(db_url, notes_with_hostile_note(tmp_path))
    case = read_cases(db_url).set_index("patient_id").loc["S008"]
    assert case["flagged"] == "false"
    with engine_for(db_url).connect() as conn:
        row = web_data.load_cases(conn, "S008")[0]
    assert (row.review_status, row.rule_flagged, row.priority) == ("workup_done", True, "high")


def test_web_reopened_case_says_why(db_url):
    record_decision(db_url, "S001", "dismissed", "A", when=datetime(2020, 1, 1))
    with engine_for(db_url).begin() as conn:
        conn.execute(sa.text("UPDATE cases SET flagged='true', review_status='reopened' WHERE patient_id='S001'"))
        case = web_data.load_cases(conn, "S001")[0]
    sentence = web_data.why_flagged(case)
    assert sentence.startswith("Flagged because")
    assert "reopened because evidence dated 2024-02-16 came after the decision \u201cNot missed\u201d of 2020-01-01" \
        in sentence


# --- exports ---------------------------------------------------------------------------------------------------------
def test_web_csv_export_holds_the_decisions(client):
    decide(client, "S001", "confirmed", "Auditor B", "=HYPERLINK(\"http://evil\")")
    frame = pd.read_csv(io.BytesIO(client.get("/export.csv?status=flagged").data), dtype=str, keep_default_na=False)
    row = frame.set_index("patient_id").loc["S001"]
    assert (row["decision"], row["reviewer"], row["review_status"], row["flagged"]) == (
        "confirmed", "Auditor B", "confirmed", "false")
    assert row["comment"] == "'=HYPERLINK(\"http://evil\")"  # a spreadsheet shows it, never runs it
    assert list(frame.columns[:11]) == ["patient_id", "flagged", "priority", "reasons", "first_index_date", "workup",
                                        "sex", "age", "risk_factors", "evidence_note_ids", "evidence"]


def test_web_excel_export_has_cases_and_decision_log_as_text(client):
    from openpyxl import load_workbook

    decide(client, "S001", "confirmed", "Auditor B", "=1+1")
    response = client.get("/export.xlsx?status=flagged")
    assert response.headers["Content-Disposition"] == 'attachment; filename="cases.xlsx"'
    book = load_workbook(io.BytesIO(response.data))
    assert book.sheetnames == ["cases", "decisions", "metadata"]
    meta = dict(book["metadata"].iter_rows(min_row=2, values_only=True))
    assert meta["run_id"] == "1" and meta["pipeline_version"] and len(meta["rules_hash"]) == 64
    log = list(book["decisions"].iter_rows(values_only=True))
    assert log[1][:3] == ("S001", "confirmed", "Auditor B") and log[1][4] == "=1+1"
    assert book["decisions"].cell(2, 5).data_type == "s"


def test_web_decision_log_csv(client):
    decide(client, "S001", "follow_up", "Auditor A")
    frame = pd.read_csv(io.BytesIO(client.get("/decisions.csv").data), dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["patient_id", "decision", "reviewer", "decided_at", "comment"]
    assert frame.iloc[0][["patient_id", "decision"]].tolist() == ["S001", "follow_up"]


# --- overview ---------------------------------------------------------------------------------------------------------
def test_web_overview_counts_flags_per_week_and_share_confirmed(client, db_url):
    flagged = len(read_cases(db_url).query("flagged == 'true'"))
    decide(client, "S001", "confirmed")
    decide(client, "S008", "dismissed")
    page = client.get("/overview").get_data(as_text=True)  # closed cases still count as flags
    assert f"{flagged} flagged cases" in page
    assert "Of 2 reviewed, 1 confirmed missed (50%)" in page
    assert "<td>2024-02-05</td>" not in page and '<td class="nowrap">2024-02-05</td>' in page  # S001's week
    png = client.get("/overview.png")
    assert png.mimetype == "image/png" and png.data.startswith(b"\x89PNG")
    svg = client.get("/overview.svg")
    assert svg.mimetype == "image/svg+xml" and b"<svg" in svg.data


def test_web_overview_weeks_start_on_monday():
    case = web_data.CaseRow("P", True, True, "high", ("pubic_ramus_fracture",), "2024-02-11", "none", "F", "80", (),
                            (), "", "", None)
    from reportminer.web.overview import weekly

    assert weekly([case])[0]["week"].isoformat() == "2024-02-05"


# --- highlighting --------------------------------------------------------------------------------------------------------
def _mention(start, end, assertion="present", concept="low_back_pain", text="", sentence=""):
    return web_data.MentionRow("N", concept, assertion, start, end, text, sentence, "")


def test_web_pieces_cover_the_text_and_share_overlaps():
    text = "abc def ghi"
    parts = pieces(text, [_mention(0, 7, "negated"), _mention(4, 11, "present")], [(4, 7)])
    assert "".join(p.text for p in parts) == text
    assert [(p.text, p.assertion if p.mentions else None, p.evidence) for p in parts] == [
        ("abc ", "negated", False), ("def", "present", True), (" ghi", "present", False)]


def test_web_pieces_drop_spans_outside_the_text():
    assert [p.text for p in pieces("short", [_mention(3, 50)])] == ["short"]


def test_web_sentence_pieces_without_note_text_find_mentions_in_the_sentence():
    sentence = "Ont i ländryggen sedan fallet."
    parts = sentence_pieces("", sentence, [_mention(100, 110, text="ländryggen", sentence=sentence)])
    assert [(p.text, bool(p.mentions)) for p in parts] == [("Ont i ", False), ("ländryggen", True),
                                                           (" sedan fallet.", False)]


def test_web_note_pieces_mark_evidence_sentences():
    parts = note_pieces("A. Smärta i ländryggen. C.", [], ["Smärta i ländryggen."])
    assert [(p.text, p.evidence) for p in parts] == [("A. ", False), ("Smärta i ländryggen.", True), (" C.", False)]


# --- access and logs ----------------------------------------------------------------------------------------------------
def test_web_token_access(db_url):
    app = create_app(db_url, access=Access.parse(token="s3cret"), secret_key="test", testing=True)
    client = app.test_client()
    assert client.get("/").status_code == 302 and "/login" in client.get("/").headers["Location"]
    assert client.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 302
    assert client.get("/", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert client.get("/static/app.css").status_code == 200  # no patient data in the styles
    page = client.get("/login?next=/overview").get_data(as_text=True)
    assert client.post("/login?next=/overview", data={"csrf_token": csrf_token(page), "token": "nope"}).status_code == 401
    response = client.post("/login?next=/overview", data={"csrf_token": csrf_token(page), "token": "s3cret"})
    assert response.headers["Location"] == "/overview"
    assert client.get("/case/S001").status_code == 200  # the session carries it now


def test_web_token_in_a_link_is_dropped_from_the_url(db_url):
    client = create_app(db_url, access=Access.parse(token="s3cret"), testing=True).test_client()
    response = client.get("/case/S001?token=s3cret&priority=high")
    assert response.status_code == 302 and response.headers["Location"] == "/case/S001?priority=high"
    assert client.get("/case/S001").status_code == 200


def test_web_login_never_redirects_off_site(db_url):
    client = create_app(db_url, access=Access.parse(token="t"), testing=True).test_client()
    page = client.get("/login").get_data(as_text=True)
    response = client.post("/login?next=//evil.example/", data={"csrf_token": csrf_token(page), "token": "t"})
    assert response.headers["Location"] == "/"


def test_web_basic_auth(db_url):
    import base64

    app = create_app(db_url, access=Access.parse(basic_auth="anna:pw1,bo:pw2"), testing=True)
    client = app.test_client()
    response = client.get("/")
    assert response.status_code == 401 and response.headers["WWW-Authenticate"].startswith("Basic")

    def auth(user, password):
        return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}

    assert client.get("/", headers=auth("anna", "pw2")).status_code == 401
    page = client.get("/case/S001", headers=auth("bo", "pw2"))
    assert page.status_code == 200
    assert 'name="reviewer" required type="text" value="bo"' in page.get_data(as_text=True)  # reviewer filled in


def test_web_access_rejects_a_malformed_account():
    with pytest.raises(ValueError):
        Access.parse(basic_auth="no-password")


def test_web_logs_hold_ids_only(client, caplog):
    caplog.set_level(logging.INFO, logger="reportminer")
    client.get("/?patient=S00&reason=low_back_pain")
    client.get("/case/X001")
    decide(client, "X001", "confirmed", "Secret Reviewer", "Comment about the fall in the bathroom")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /case/X001 200" in logged and "POST /case/X001/decision 302" in logged
    for secret in ("ramus", "script", "Secret Reviewer", "bathroom", "low_back_pain", "patient=", "csrf"):
        assert secret not in logged


def test_web_errors_are_logged_without_their_message(db_url, caplog, monkeypatch):
    app = create_app(db_url, testing=False)
    client = app.test_client()

    def boom(*args, **kwargs):
        raise RuntimeError("note text: Fraktur i höger ramus")

    monkeypatch.setattr(web_data, "load_notes", boom)
    caplog.set_level(logging.INFO, logger="reportminer")
    assert client.get("/case/S001").status_code == 500
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /case/S001 failed: RuntimeError" in logged and "Fraktur" not in logged


# --- the static report ----------------------------------------------------------------------------------------------------
def test_web_report_is_self_contained_escaped_and_stable(db_url, tmp_path):
    record_decision(db_url, "S001", "confirmed", "<i>Eve</i>", f"{SCRIPT}", when=datetime(2026, 1, 2, 3, 4))
    html, summary = build_report(db_url)
    flagged = read_cases(db_url)
    assert summary == {"cases": int((flagged["flagged"] == "true").sum()) + 1,
                       "open": int((flagged["flagged"] == "true").sum())}
    assert SCRIPT not in html and "<i>Eve</i>" not in html and "<b>fet</b>" not in html
    assert "&lt;script&gt;document.title" in html and "&lt;i&gt;Eve&lt;/i&gt;" in html
    assert not re.search(r'(src|href)="(https?:)?//', html) and "<link" not in html
    assert html.count("<script>") == 1 and html.count("<style>") == 1
    import base64
    import hashlib
    import html as html_module

    csp = html_module.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))

    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert 'class="m a-present' in html and "Flagged because" in html
    assert write_report(db_url, tmp_path / "a.html") == summary
    write_report(db_url, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_web_report_command(db_url, tmp_path):
    out = tmp_path / "cases.html"
    result = CliRunner().invoke(main, ["report", "--db", db_url, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "-> " in result.output and out.read_text(encoding="utf-8").startswith("<!doctype html>")
    result = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "missing.db"), "--out", str(out)])
    assert result.exit_code == 2 and "no such database file" in result.output


def test_web_commands_have_help():
    for name in ("serve", "report"):
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "--db" in result.output


# --- the serve command -------------------------------------------------------------------------------------------------------
def test_web_serve_command_binds_to_localhost_and_logs_ids_only(db_url, tmp_path):
    import urllib.request

    db = db_url.removeprefix("sqlite:///")
    proc = subprocess.Popen([sys.executable, "-m", "reportminer.cli", "serve", "--db", db, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, line
        base = f"http://127.0.0.1:{match.group(1)}"
        with urllib.request.urlopen(f"{base}/case/X001?reason=pubic_ramus_fracture", timeout=30) as response:
            assert response.status == 200 and "&lt;script&gt;" in response.read().decode()
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "GET /case/X001 200" in err
    assert "ramus" not in err and "Fraktur" not in err


# --- PostgreSQL too --------------------------------------------------------------------------------------------------------
def test_web_flow_on_sqlite_and_postgresql(any_db_url, tmp_path):
    run_nightly(any_db_url, notes_with_hostile_note(tmp_path))
    client = create_app(any_db_url, testing=True).test_client()
    assert "X001" in listed(client.get("/?priority=high&language=sv").get_data(as_text=True))
    assert "&lt;script&gt;" in client.get("/case/X001").get_data(as_text=True)
    assert decide(client, "X001", "confirmed", "Auditor", "checked").status_code == 302
    frame = pd.read_csv(io.BytesIO(client.get("/export.csv?status=confirmed").data), dtype=str, keep_default_na=False)
    assert frame["patient_id"].tolist() == ["X001"] and frame["comment"].tolist() == ["checked"]
    assert client.get("/overview.png").status_code == 200
    html, _ = build_report(any_db_url)
    assert "Confirmed missed" in html


def test_web_indicators_page_shows_the_table_and_charts(client):
    page = client.get("/indicators?by=year").get_data(as_text=True)
    assert "Quality indicators" in page and "share (95% CI)" in page
    assert page.count('src="/indicators/') == 4
    chart = client.get("/indicators/pubic_ramus_fracture.png?by=year")
    assert chart.status_code == 200 and chart.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get("/indicators/not_an_indicator.png").status_code == 404


def test_web_case_page_lists_the_patients_exams_and_says_what_became_of_the_order(client):
    """E001: a CT pelvis ordered on 2024-03-12 and cancelled on 2024-03-15, after a pelvic radiograph."""
    page = client.get("/case/E001").get_data(as_text=True)
    assert page.index('id="evidence"') < page.index('id="exams"') < page.index('id="timeline"')
    table = re.search(r'<section class="exams" id="exams">(.*?)</section>', page, re.S).group(1)
    rows = re.findall(r"<tr class=\"exam-[^\"]+\">(.*?)</tr>", table, re.S)
    cells = [" ".join(re.sub(r"<[^>]+>", " ", r).split()).replace(" :", ":") for r in rows]
    assert any(c.startswith("2024-03-12 CT pelvis not performed (cancelled) yes E001_03:") for c in cells), cells
    assert any(c.startswith("2024-03-11 Radiograph pelvis performed no") for c in cells), cells
    assert "CT pelvis requested 2024-03-12; not performed (cancelled, 2024-03-15)" in page

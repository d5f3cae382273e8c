"""Named users: the users command, password sign-in, roles, session expiry, rate-limited failed sign-ins, and the
append-only access log (the workspace page, the access-log command, and attempts to edit it)."""
from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

import pandas as pd
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from reportminer.access_log import read_access_log
from reportminer.cli import main
from reportminer.state import access_log, decisions, engine_for, users
from reportminer.web import Access, create_app
from reportminer.web.auth import AuthConfig

from .test_web import add_users, build_state_db, copy_db, csrf_token

PASSWORDS = {"vera": "viewer-password-1", "aud": "auditor-password-1", "adm": "admin-password-12"}
ROLES = {"vera": "viewer", "aud": "auditor", "adm": "admin"}


class Clock:
    def __init__(self):
        self.now = datetime(2026, 1, 5, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def users_db(tmp_path_factory):
    """The workspace's state database with a viewer, an auditor and an admin (added with the command)."""
    path = build_state_db(tmp_path_factory.mktemp("auth"))
    add_users(path, ROLES, PASSWORDS)
    return path


@pytest.fixture
def db(users_db, tmp_path):
    path = tmp_path / "state.db"
    copy_db(users_db, path)
    return path


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def app(db, clock):
    return create_app(f"sqlite:///{db}", secret_key="test", testing=True, auth=AuthConfig(named=True), now=clock)


def sign_in(client, name: str, password: str | None = None, next_: str = ""):
    page = client.get("/signin").get_data(as_text=True)
    return client.post(f"/signin{next_}", data={"csrf_token": csrf_token(page), "username": name,
                                                "password": PASSWORDS.get(name, "") if password is None else password})


def post_decision(client, patient: str, reviewer: str = "Typed Name"):
    page = client.get(f"/case/{patient}").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    return client.post(f"/case/{patient}/decision", data={"csrf_token": token, "decision": "confirmed",
                                                          "reviewer": reviewer, "comment": ""})


def log_rows(db) -> pd.DataFrame:
    return read_access_log(f"sqlite:///{db}")


def test_auth_users_command_hashes_passwords_with_argon2_and_lists(db):
    with engine_for(f"sqlite:///{db}").connect() as conn:
        stored = {r.username: r.password_hash for r in conn.execute(sa.select(users))}
    assert all(h.startswith("$argon2id$") for h in stored.values())
    assert not any(PASSWORDS[n] in h for n, h in stored.items())
    result = CliRunner().invoke(main, ["users", "list", "--db", str(db)])
    assert result.output.splitlines() == ["adm\tadmin\tpassword\tenabled", "aud\tauditor\tpassword\tenabled",
                                          "vera\tviewer\tpassword\tenabled"]


@pytest.mark.parametrize("args,stdin,message", [
    (["aud", "--role", "auditor"], "another-long-password\n", "user 'aud' exists already"),
    (["newbie", "--role", "auditor"], "short\n", "at least 12 characters"),
    (["two words", "--role", "viewer"], "a-long-enough-password\n", "no spaces"),
    (["x", "--role", "superuser"], "a-long-enough-password\n", "Invalid value for '--role'"),
])
def test_auth_users_add_refuses_bad_input(db, args, stdin, message):
    result = CliRunner().invoke(main, ["users", "add", *args, "--db", str(db), "--password-stdin"], input=stdin)
    assert result.exit_code != 0 and message in result.output, result.output


def test_auth_users_command_needs_an_existing_database(tmp_path):
    result = CliRunner().invoke(main, ["users", "list", "--db", str(tmp_path / "typo.db")])
    assert result.exit_code == 2 and "no such database file" in result.output
    assert not (tmp_path / "typo.db").exists()


def test_auth_sign_in_redirects_then_admits_with_the_right_password(app, db):
    client = app.test_client()
    response = client.get("/case/S001")
    assert response.status_code == 302 and response.headers["Location"].startswith("/signin?next=/case/S001")
    assert sign_in(client, "aud", "wrong password").status_code == 401
    assert sign_in(client, "nobody", "whatever-password").status_code == 401
    response = sign_in(client, "aud", next_="?next=/case/S001")
    assert response.status_code == 302 and response.headers["Location"] == "/case/S001"
    page = client.get("/case/S001").get_data(as_text=True)
    assert '<span id="current-user">aud</span>' in page and 'id="current-role">auditor<' in page
    rows = log_rows(db)
    rows = rows[rows["action"] != "user_add"]
    assert list(rows["action"][:3]) == ["sign_in_failed", "sign_in_failed", "sign_in"]
    assert list(rows["username"][:3]) == ["aud", "nobody", "aud"]


def test_auth_failed_sign_ins_are_logged_without_the_password(app, caplog):
    caplog.set_level(logging.WARNING, logger="reportminer.web")
    sign_in(app.test_client(), "aud", "Secret-Guess-123")
    assert "failed sign-in (password) for user 'aud' from 127.0.0.1" in caplog.text
    assert "Secret-Guess-123" not in caplog.text


def test_auth_failed_sign_ins_are_rate_limited(db, clock):
    app = create_app(f"sqlite:///{db}", secret_key="t", testing=True, now=clock,
                     auth=AuthConfig(named=True, failed_signin_limit="3 per 15 minutes"))
    client = app.test_client()
    assert [sign_in(client, "aud", f"wrong-{i}").status_code for i in range(3)] == [401, 401, 401]
    refused = sign_in(client, "aud")  # even the right password, until the window has passed
    assert refused.status_code == 429 and "Too many failed sign-ins" in refused.get_data(as_text=True)
    good = create_app(f"sqlite:///{db}", secret_key="t", testing=True, now=clock,
                      auth=AuthConfig(named=True, failed_signin_limit="3 per 15 minutes")).test_client()
    assert [sign_in(good, "aud").status_code for _ in range(5)] == [302] * 5  # successes do not count


def test_auth_viewer_reads_but_cannot_decide(app, db):
    client = app.test_client()
    sign_in(client, "vera")
    page = client.get("/case/S001")
    assert page.status_code == 200 and 'id="decision-form"' not in page.get_data(as_text=True)
    token = csrf_token(page.get_data(as_text=True))
    response = client.post("/case/S001/decision", data={"csrf_token": token, "decision": "confirmed",
                                                        "reviewer": "vera", "comment": ""})
    assert response.status_code == 403
    with engine_for(f"sqlite:///{db}").connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(decisions)).scalar_one() == 0
    assert client.get("/access-log").status_code == 403


def test_auth_auditor_decides_in_their_own_name_never_a_typed_one(app, db):
    client = app.test_client()
    sign_in(client, "aud")
    page = client.get("/case/S001").get_data(as_text=True)
    assert 'name="reviewer" readonly required type="text" value="aud"' in page
    response = post_decision(client, "S001", reviewer="Somebody Else")
    assert response.status_code == 302
    with engine_for(f"sqlite:///{db}").connect() as conn:
        assert conn.execute(sa.select(decisions.c.reviewer)).scalars().all() == ["aud"]
    assert "decide" in set(log_rows(db)["action"])


def test_auth_auditor_cannot_read_the_access_log_admin_can(app, db):
    auditor = app.test_client()
    sign_in(auditor, "aud")
    auditor.get("/case/S001")
    assert auditor.get("/access-log").status_code == 403
    assert auditor.get("/access-log.csv").status_code == 403
    assert "Access log</a>" not in auditor.get("/").get_data(as_text=True)
    admin = app.test_client()
    sign_in(admin, "adm")
    assert "Access log</a>" in admin.get("/").get_data(as_text=True)
    page = admin.get("/access-log?patient=S001").get_data(as_text=True)
    assert "view_case" in page and "<td>aud</td>" in page and "<td>auditor</td>" in page
    csv = admin.get("/access-log.csv?user=aud").get_data(as_text=True)
    assert csv.startswith("at,username,role,action,patient_id,remote_addr,detail")
    assert set(pd.read_csv(pd.io.common.StringIO(csv))["username"]) == {"aud"}
    assert log_rows(db)["action"].iloc[-1] == "view_access_log"


def test_auth_every_view_of_patient_data_is_logged(app, db):
    client = app.test_client()
    sign_in(client, "aud")
    client.get("/?status=open")
    client.get("/case/S001")
    client.get("/export.csv?status=flagged")
    client.get("/decisions.csv")
    rows = log_rows(db)
    rows = rows[~rows["action"].isin(["sign_in", "user_add"])]
    assert (rows["username"] == "aud").all() and (rows["role"] == "auditor").all()
    assert (rows["remote_addr"] == "127.0.0.1").all()
    case_rows = rows[rows["patient_id"] == "S001"]
    assert case_rows["action"].tolist()[:1] == ["view_case"]
    notes = set(case_rows.loc[case_rows["action"] == "view_note", "detail"])
    with engine_for(f"sqlite:///{db}").connect() as conn:
        assert notes == set(conn.execute(sa.text("SELECT note_id FROM notes WHERE patient_id = 'S001'")).scalars())
    exported = rows[rows["action"] == "export"]
    assert len(exported) > 1 and set(exported["detail"]) == {"cases.csv"} and "S001" in set(exported["patient_id"])
    assert rows["action"].tolist().count("view_decision_log") == 1
    assert rows["action"].iloc[0] == "view_case_list"


def test_auth_access_log_cannot_be_edited_through_the_application(app, db):
    client = app.test_client()
    sign_in(client, "adm")
    client.get("/case/S001")
    before = log_rows(db)
    page = client.get("/access-log").get_data(as_text=True)
    token = csrf_token(page) if 'name="csrf_token"' in page else ""
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)("/access-log", data={"csrf_token": token, "id": "1", "username": "x"})
        assert response.status_code in (400, 405), method
    engine = app.extensions["reportminer_engine"]  # the application's own connection to the database
    for statement in ("UPDATE access_log SET username = 'someone else'", "DELETE FROM access_log"):
        with pytest.raises(sa.exc.DatabaseError, match="access_log is append-only"):
            with engine.begin() as conn:
                conn.execute(sa.text(statement))
    after = log_rows(db)
    assert len(after) > len(before)
    assert len(before.merge(after, how="inner")) == len(before)  # every earlier row still there, unchanged


def test_auth_access_log_is_append_only_on_postgresql(postgres_url):
    from reportminer.state import upgrade

    upgrade(postgres_url)
    engine = engine_for(postgres_url)
    with engine.begin() as conn:
        conn.execute(access_log.insert().values(at=datetime(2026, 1, 1), username="a", role="auditor",
                                                action="view_case", patient_id="P1", remote_addr="", detail=""))
    for statement in ("UPDATE access_log SET username = 'b'", "DELETE FROM access_log", "TRUNCATE access_log"):
        with pytest.raises(sa.exc.DatabaseError, match="access_log is append-only"):
            with engine.begin() as conn:
                conn.execute(sa.text(statement))
    assert read_access_log(postgres_url)["username"].tolist() == ["a"]
    engine.dispose()


def test_auth_session_expires_when_idle_and_after_the_maximum(app, clock):
    client = app.test_client()
    sign_in(client, "aud")
    clock.now += timedelta(minutes=29)
    assert client.get("/").status_code == 200  # used within 30 minutes: still valid, and the idle clock restarts
    clock.now += timedelta(minutes=29)
    assert client.get("/").status_code == 200
    clock.now += timedelta(minutes=31)
    response = client.get("/case/S001")
    assert response.status_code == 302 and "/signin" in response.headers["Location"]
    assert "session has expired" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert client.get("/").status_code == 302  # signed out for good
    sign_in(client, "aud")
    for _ in range(21):  # busy all day: the session still ends 10 hours after sign-in
        clock.now += timedelta(minutes=29)
        status = client.get("/").status_code
    assert status == 302


def test_auth_disabled_user_is_signed_out_at_the_next_request(app, db):
    client = app.test_client()
    sign_in(client, "aud")
    assert client.get("/").status_code == 200
    result = CliRunner().invoke(main, ["users", "disable", "aud", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert client.get("/").status_code == 302
    assert sign_in(client, "aud").status_code == 401
    assert "aud\tauditor\tpassword\tdisabled" in CliRunner().invoke(main, ["users", "list", "--db", str(db)]).output
    assert CliRunner().invoke(main, ["users", "disable", "ghost", "--db", str(db)]).exit_code == 1
    changes = log_rows(db)
    changes = changes[changes["action"].str.startswith("user_")]
    assert changes[["action", "detail"]].values.tolist() == [
        ["user_add", "vera (viewer)"], ["user_add", "aud (auditor)"], ["user_add", "adm (admin)"],
        ["user_disable", "aud"]]


def test_auth_sign_out(app):
    client = app.test_client()
    sign_in(client, "vera")
    page = client.get("/").get_data(as_text=True)
    token = re.search(r'id="signout".*?name="csrf_token" type="hidden" value="([^"]+)"', page, re.S).group(1)
    assert client.post("/signout", data={"csrf_token": token}).status_code == 302
    assert client.get("/").status_code == 302


def test_auth_sign_in_never_redirects_off_site(app):
    response = sign_in(app.test_client(), "aud", next_="?next=//evil.example/")
    assert response.headers["Location"] == "/"


def test_auth_token_and_basic_auth_stay_single_user_options(db):
    url = f"sqlite:///{db}"
    with pytest.raises(ValueError, match="named users replace"):
        create_app(url, access=Access.parse(token="t"), auth=AuthConfig(named=True))
    client = create_app(url, access=Access.parse(token="s3cret"), testing=True).test_client()
    assert client.get("/", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert client.get("/access-log", headers={"Authorization": "Bearer s3cret"}).status_code == 403
    rows = log_rows(db)
    assert rows.iloc[-1][["username", "action"]].tolist() == ["token", "view_case_list"]


def test_auth_access_log_command_filters_and_logs_itself(app, db, tmp_path):
    client = app.test_client()
    sign_in(client, "aud")
    client.get("/case/S001")
    client.get("/case/S002")
    out = tmp_path / "log.csv"
    result = CliRunner().invoke(main, ["access-log", "--db", str(db), "--patient", "S001", "--user", "aud",
                                       "--since", "2026-01-05", "--out", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["at", "username", "role", "action", "patient_id", "remote_addr", "detail"]
    assert set(frame["patient_id"]) == {"S001"} and "view_case" in set(frame["action"])
    later = CliRunner().invoke(main, ["access-log", "--db", str(db), "--user", "aud", "--since", "2026-01-06", "--out",
                                      str(tmp_path / "none.csv")])
    assert later.exit_code == 0 and "0 rows" in later.output
    assert log_rows(db)["action"].iloc[-1] == "export_access_log"
    bad = CliRunner().invoke(main, ["access-log", "--db", str(db), "--since", "yesterday", "--out", str(out)])
    assert bad.exit_code == 2


@pytest.mark.parametrize("args,message", [
    (["--users", "--token", "t"], "replace --token and --basic-auth"),
    (["--oidc-issuer", "https://login.hospital.example"], "--oidc-issuer needs --oidc-client-id"),
])
def test_auth_serve_refuses_conflicting_options(db, args, message):
    result = CliRunner().invoke(main, ["serve", "--db", str(db), *args])
    assert result.exit_code == 2 and message in result.output, result.output


def test_auth_sign_in_page_shows_no_navigation_before_sign_in(app):
    client = app.test_client()
    page = client.get("/signin").get_data(as_text=True)
    assert 'id="signin-form"' in page and "Decision log (CSV)" not in page
    sign_in(client, "vera")
    assert "Decision log (CSV)" in client.get("/").get_data(as_text=True)


def test_auth_access_log_page_shows_the_newest_rows_first_with_the_total(app, db, monkeypatch):
    import reportminer.web.auth as auth

    monkeypatch.setattr(auth, "PAGE_ROWS", 3)
    client = app.test_client()
    sign_in(client, "adm")
    for patient in ("S001", "S002"):
        client.get(f"/case/{patient}")
    page = client.get("/access-log").get_data(as_text=True)
    total = len(log_rows(db)) - 1  # the page's own row is appended after it is drawn
    assert f"{total} rows match; the newest 3 are shown" in page
    shown = re.findall(r"<tr><td>[^<]*</td><td>adm</td><td>admin</td><td>(\w+)</td><td>(\w*)</td>", page)
    newest = log_rows(db).iloc[-4:-1][::-1]
    assert shown == list(zip(newest["action"], newest["patient_id"]))

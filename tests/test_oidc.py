"""Single sign-on: the workspace signs users in through a real OpenID Connect provider on 127.0.0.1 (built from
Authlib's server components in tests/oidc_provider.py), and the users table still decides their role."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
import requests
from click.testing import CliRunner

from reportminer.access_log import read_access_log
from reportminer.cli import main
from reportminer.web import create_app
from reportminer.web.auth import AuthConfig, OidcConfig

from .oidc_provider import Provider
from .test_auth import users_db  # noqa: F401  (the module fixture: a database with three users)
from .test_web import copy_db

CALLBACK = "http://localhost/signin/sso/callback"


@pytest.fixture(scope="module")
def provider():
    running = Provider().start()
    running.register("reportminer", "client-secret-for-tests", CALLBACK)
    yield running
    running.stop()


@pytest.fixture
def app(users_db, provider, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")  # the test provider speaks plain HTTP on 127.0.0.1
    path = tmp_path / "state.db"
    copy_db(users_db, path)
    result = CliRunner().invoke(main, ["users", "add", "sso.auditor", "--role", "auditor", "--sso", "--db", str(path)])
    assert result.exit_code == 0, result.output
    oidc = OidcConfig(provider.issuer, "reportminer", "client-secret-for-tests")
    return create_app(f"sqlite:///{path}", secret_key="test", testing=True, auth=AuthConfig(named=True, oidc=oidc))


def sso_sign_in(client, provider, who: str, next_: str = "/case/S001"):
    """The browser's part: workspace -> provider -> back to the workspace's callback."""
    provider.signed_in = who
    start = client.get(f"/signin/sso?next={next_}")
    assert start.status_code == 302 and start.headers["Location"].startswith(provider.issuer + "/authorize?")
    at_provider = requests.get(start.headers["Location"], allow_redirects=False, timeout=10)
    assert at_provider.status_code == 302, at_provider.text
    back = urlsplit(at_provider.headers["Location"])
    assert f"{back.scheme}://{back.netloc}{back.path}" == CALLBACK
    return client.get(f"{back.path}?{back.query}")


def test_oidc_provider_serves_discovery_and_keys(provider):
    meta = requests.get(provider.issuer + "/.well-known/openid-configuration", timeout=10).json()
    assert meta["issuer"] == provider.issuer and meta["jwks_uri"].startswith(provider.issuer)
    assert requests.get(meta["jwks_uri"], timeout=10).json()["keys"][0]["kty"] == "RSA"


def test_oidc_sign_in_through_the_provider_gives_the_users_table_role(app, provider):
    client = app.test_client()
    assert "sso-link" in client.get("/signin").get_data(as_text=True)
    done = sso_sign_in(client, provider, "sso.auditor")
    assert done.status_code == 302 and done.headers["Location"] == "/case/S001"
    page = client.get("/case/S001").get_data(as_text=True)
    assert '<span id="current-user">sso.auditor</span>' in page and 'id="decision-form"' in page
    assert client.get("/access-log").status_code == 403  # an auditor, as the users table says
    rows = read_access_log(app.config["RM_DB_URL"])
    assert rows.loc[rows["action"] == "sign_in", "detail"].tolist() == ["sso"]


def test_oidc_existing_password_user_may_also_use_sso(app, provider):
    client = app.test_client()
    sso_sign_in(client, provider, "vera")
    page = client.get("/case/S001").get_data(as_text=True)
    assert 'id="current-role">viewer<' in page and 'id="decision-form"' not in page


def test_oidc_unknown_or_disabled_user_is_refused_and_logged(app, provider):
    client = app.test_client()
    refused = sso_sign_in(client, provider, "stranger")
    assert refused.status_code == 302 and refused.headers["Location"].startswith("/signin")
    assert client.get("/").status_code == 302
    CliRunner().invoke(main, ["users", "disable", "sso.auditor", "--db", app.config["RM_DB_URL"]])
    assert sso_sign_in(client, provider, "sso.auditor").headers["Location"].startswith("/signin")
    rows = read_access_log(app.config["RM_DB_URL"])
    failed = rows[rows["action"] == "sign_in_failed"]
    assert failed["username"].tolist() == ["stranger", "sso.auditor"]


def test_oidc_forged_callback_is_refused(app, provider):
    client = app.test_client()
    client.get("/signin/sso")
    response = client.get("/signin/sso/callback?code=made-up&state=made-up")
    assert response.status_code == 302 and response.headers["Location"].startswith("/signin")
    assert client.get("/").status_code == 302
    rows = read_access_log(app.config["RM_DB_URL"])
    assert rows["action"].tolist()[-1] == "sign_in_failed"


def test_oidc_sso_only_user_cannot_use_a_password(app):
    from .test_auth import sign_in

    assert sign_in(app.test_client(), "sso.auditor", "any-password-at-all").status_code == 401


def test_oidc_configured_redirect_uri_is_sent_to_the_provider(users_db, provider, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")
    public = "https://review.hospital.example/signin/sso/callback"
    app = create_app(copy_db(users_db, tmp_path / "state.db"), testing=True,
                     auth=AuthConfig(named=True, oidc=OidcConfig(provider.issuer, "reportminer", "s", redirect_uri=public)))
    location = app.test_client().get("/signin/sso").headers["Location"]
    assert "redirect_uri=https%3A%2F%2Freview.hospital.example%2Fsignin%2Fsso%2Fcallback" in location


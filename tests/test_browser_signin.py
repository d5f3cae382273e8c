"""Named users in a real browser (Debian's headless Chromium through Selenium, as tests/test_browser.py): an
auditor signs in and records a decision in their own name; a viewer signs in, reads, and has no decision form
and no access log; the admin sees both views in the access log."""
from __future__ import annotations

import threading
import time

import pytest

from reportminer.web import create_app
from reportminer.web.auth import AuthConfig

from .test_browser import _wait, browser  # noqa: F401  (the module's Chromium)
from .test_web import add_users, build_state_db

PASSWORDS = {"anna.auditor": "auditor-password-1", "vilma.viewer": "viewer-password-1", "ada.admin": "admin-password-1"}
ROLES = {"anna.auditor": "auditor", "vilma.viewer": "viewer", "ada.admin": "admin"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import waitress

    path = build_state_db(tmp_path_factory.mktemp("browser-signin"))
    add_users(path, ROLES, PASSWORDS)
    url = f"sqlite:///{path}"
    app = create_app(url, secret_key="browser-signin", auth=AuthConfig(named=True))
    httpd = waitress.create_server(app, host="127.0.0.1", port=0, threads=4, asyncore_use_poll=True)
    thread = threading.Thread(target=httpd.run, name="workspace-signin", daemon=True)
    thread.start()
    yield {"base": f"http://127.0.0.1:{httpd.effective_port}", "db_url": url}
    time.sleep(0.2)
    httpd.close()
    thread.join(timeout=5)


def _sign_in(driver, base: str, name: str, target: str = "/") -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC

    driver.delete_all_cookies()
    driver.get(base + target)
    _wait(driver, EC.presence_of_element_located((By.ID, "signin-form")))
    driver.find_element(By.ID, "username").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(PASSWORDS[name])
    driver.find_element(By.ID, "signin-button").click()
    _wait(driver, EC.text_to_be_present_in_element((By.ID, "current-user"), name))


def test_browser_auditor_signs_in_and_decides_in_their_own_name(browser, server):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC

    browser.delete_all_cookies()
    browser.get(server["base"] + "/signin")
    browser.find_element(By.ID, "username").send_keys("anna.auditor")
    browser.find_element(By.ID, "password").send_keys("not the password")
    browser.find_element(By.ID, "signin-button").click()
    _wait(browser, EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".flash.error"), "wrong password"))

    _sign_in(browser, server["base"], "anna.auditor", "/case/S001")
    assert browser.current_url.endswith("/case/S001")
    assert browser.find_element(By.ID, "current-role").text == "auditor"
    reviewer = browser.find_element(By.ID, "reviewer")
    assert reviewer.get_attribute("value") == "anna.auditor" and reviewer.get_attribute("readonly")
    reviewer.send_keys("Someone Else")  # read-only: typing changes nothing
    # the decision by its key, as auditors choose it ("2" = dismissed): no click that a late layout shift could land
    # on the neighbouring choice
    browser.find_element(By.TAG_NAME, "body").send_keys("2")
    assert browser.find_element(By.ID, "decision-dismissed").is_selected()
    comment = browser.find_element(By.ID, "comment")
    comment.send_keys("Pelvic MRI done at another hospital.")
    comment.send_keys(Keys.CONTROL, Keys.ENTER)
    _wait(browser, EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".flash.ok"), "Recorded for S001"))
    assert "by anna.auditor" in browser.find_element(By.ID, "history").text
    assert "Access log" not in browser.find_element(By.CSS_SELECTOR, "header nav").text

    browser.find_element(By.ID, "signout-button").click()
    _wait(browser, EC.presence_of_element_located((By.ID, "signin-form")))
    browser.get(server["base"] + "/case/S001")
    _wait(browser, EC.presence_of_element_located((By.ID, "signin-form")))  # signed out: back to sign-in


def test_browser_viewer_reads_but_cannot_decide(browser, server):  # noqa: F811
    from selenium.webdriver.common.by import By

    _sign_in(browser, server["base"], "vilma.viewer", "/case/S002")
    assert browser.find_element(By.ID, "current-role").text == "viewer"
    assert browser.find_element(By.ID, "patient-id").text == "S002"
    assert browser.find_elements(By.CSS_SELECTOR, ".note-text mark.m")  # the notes are readable
    assert not browser.find_elements(By.ID, "decision-form")
    browser.get(server["base"] + "/access-log")
    assert "Access log" not in browser.find_element(By.TAG_NAME, "body").text.split("\n")[0:3]
    assert not browser.find_elements(By.ID, "access-log")


def test_browser_admin_sees_who_viewed_what(browser, server):  # noqa: F811
    from selenium.webdriver.common.by import By

    _sign_in(browser, server["base"], "ada.admin")
    browser.find_element(By.LINK_TEXT, "Access log").click()
    rows = [r.text for r in browser.find_elements(By.CSS_SELECTOR, "#access-log tbody tr")]
    assert any("vilma.viewer viewer view_case" in r and "S002" in r for r in rows), rows
    assert any("anna.auditor auditor decide" in r and "S001" in r for r in rows), rows
    assert any("anna.auditor sign_in_failed" in r.replace("  ", " ") for r in rows), rows

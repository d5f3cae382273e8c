"""The review workspace in a real browser: Debian's headless Chromium driven by Selenium through Debian's chromedriver.

The app runs on waitress (as ``reportminer serve`` does) in a background thread on 127.0.0.1 and a free port,
over a state database the nightly job built from the sample notes. Under CI=true these tests must run: a missing
browser, driver or Selenium is a failure there, not a skip (``.ci/run`` installs chromium and chromium-driver).
"""
from __future__ import annotations

import io
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from reportminer.nightly import read_cases
from reportminer.report import write_report
from reportminer.web import create_app

from .test_web import build_state_db

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
IN_CI = os.environ.get("CI", "").lower() == "true"
WAIT = 20


def _missing() -> str:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.exists():
            return f"{path} is missing (apt-get install chromium chromium-driver)"
    return ""


@pytest.fixture(scope="module")
def browser():
    missing = _missing()
    if missing:
        if IN_CI:
            pytest.fail(f"CI=true but the browser tests cannot run: {missing}")
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="rm-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run",
                 f"--user-data-dir={profile}", "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def state_db(tmp_path_factory) -> Path:
    return build_state_db(tmp_path_factory.mktemp("browser-state"))


@pytest.fixture(scope="module")
def server(state_db):
    import waitress

    url = f"sqlite:///{state_db}"
    app = create_app(url, secret_key="browser-tests")
    httpd = waitress.create_server(app, host="127.0.0.1", port=0, threads=4, asyncore_use_poll=True)
    thread = threading.Thread(target=httpd.run, name="workspace", daemon=True)
    thread.start()
    yield {"base": f"http://127.0.0.1:{httpd.effective_port}", "db_url": url}
    time.sleep(0.2)  # let the last keep-alive request finish before the sockets close
    httpd.close()
    thread.join(timeout=5)


def _wait(driver, condition):
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    # Chromium may answer a check on a page being replaced with "Node with given id does not belong to the
    # document" rather than a stale element: poll again, as for a stale element, until the wait's time is up
    return WebDriverWait(driver, WAIT, ignored_exceptions=(WebDriverException,)).until(condition)


def _rows(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [r.get_attribute("data-patient") for r in driver.find_elements(By.CSS_SELECTOR, "#case-table tbody tr[data-patient]")]


def _fetch(driver, path: str) -> str:
    """A GET from inside the page: the browser's own session and cookies."""
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));", path)


def test_browser_review_flow_list_filter_case_decide_reload_export(browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select

    cases = read_cases(server["db_url"])
    flagged = cases[cases["flagged"] == "true"]
    browser.get(server["base"] + "/")
    assert sorted(_rows(browser)) == sorted(flagged["patient_id"])
    assert browser.find_element(By.ID, "shown-count").text == str(len(flagged))

    # filter: choosing a priority applies at once
    Select(browser.find_element(By.ID, "f-priority")).select_by_value("high")
    _wait(browser, EC.url_contains("priority=high"))
    high = sorted(flagged.loc[flagged["priority"] == "high", "patient_id"])
    assert sorted(_rows(browser)) == high
    first = _rows(browser)[0]

    # open the case: highlighted evidence, coloured by assertion, the concept on hover
    browser.find_element(By.CSS_SELECTOR, f'tr[data-patient="{first}"] a.case-link').click()
    _wait(browser, EC.presence_of_element_located((By.ID, "decision-form")))
    assert browser.find_element(By.ID, "patient-id").text == first
    evidence_marks = browser.find_elements(By.CSS_SELECTOR, "#evidence mark.m")
    assert evidence_marks and all(m.is_displayed() for m in evidence_marks)
    present = browser.find_elements(By.CSS_SELECTOR, ".note-text mark.m.a-present")
    assert present
    reasons = cases.set_index("patient_id").at[first, "reasons"].split(";")
    titles = [m.get_attribute("title") for m in present]
    assert any(f"({reason}): present" in t for reason in reasons for t in titles)
    colour = present[0].value_of_css_property("background-color")
    negated = browser.find_elements(By.CSS_SELECTOR, ".note-text mark.m.a-negated, .note-text mark.m.a-hypothetical")
    assert not negated or negated[0].value_of_css_property("background-color") != colour
    assert browser.find_element(By.ID, "why").text.startswith("Flagged because")

    # record a decision with the keyboard: 1 = confirmed missed, then reviewer, comment, Ctrl+Enter
    browser.find_element(By.TAG_NAME, "body").send_keys("1")
    assert browser.find_element(By.ID, "decision-confirmed").is_selected()
    reviewer = browser.switch_to.active_element
    assert reviewer.get_attribute("id") == "reviewer"
    reviewer.send_keys("Auditor Selenium")
    comment = browser.find_element(By.ID, "comment")
    comment.send_keys("No CT or MRI after the ramus fracture.")
    comment.send_keys(Keys.CONTROL, Keys.ENTER)
    _wait(browser, EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".flash.ok"), f"Recorded for {first}"))
    assert "Auditor Selenium" in browser.find_element(By.ID, "history").text

    # it persists after a reload, closes the case, and is in the export
    browser.refresh()
    _wait(browser, EC.presence_of_element_located((By.ID, "history")))
    history = browser.find_element(By.ID, "history").text
    assert "History (1)" in history and "Confirmed missed by Auditor Selenium" in history
    assert "No CT or MRI after the ramus fracture." in history
    assert "closed by the decision" in browser.find_element(By.ID, "why").text
    body = _fetch(browser, "/export.csv?status=flagged")
    assert body.startswith("patient_id,"), body[:300]
    exported = pd.read_csv(io.StringIO(body), dtype=str,
                           keep_default_na=False).set_index("patient_id")
    assert exported.loc[first, ["decision", "reviewer", "comment", "flagged"]].tolist() == [
        "confirmed", "Auditor Selenium", "No CT or MRI after the ramus fracture.", "false"]
    browser.find_element(By.ID, "back-to-list").click()
    _wait(browser, EC.url_contains("priority=high"))
    assert first not in _rows(browser)  # closed: no longer open


def test_browser_note_with_script_shows_as_text_and_never_runs(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(server["base"] + "/case/X001")
    text = browser.find_element(By.CSS_SELECTOR, "#note-X001_01 .note-text").text
    assert '<script>document.title="pwned";window.__pwned=1</script> <b>fet</b>' in text
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.title != "pwned"
    assert not browser.find_elements(By.CSS_SELECTOR, ".note-text b, .note-text img, .note-text script")


def test_browser_keyboard_moves_to_the_next_case(browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC

    browser.get(server["base"] + "/?sort=patient")
    order = _rows(browser)
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    body.send_keys("o")
    _wait(browser, EC.url_contains(f"/case/{order[0]}"))
    browser.find_element(By.TAG_NAME, "body").send_keys("n")
    _wait(browser, EC.url_contains(f"/case/{order[1]}"))
    assert browser.find_element(By.ID, "patient-id").text == order[1]
    browser.find_element(By.TAG_NAME, "body").send_keys("p")
    _wait(browser, EC.url_contains(f"/case/{order[0]}"))


def test_browser_overview_chart_loads(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(server["base"] + "/overview")
    image = browser.find_element(By.ID, "overview-chart")
    _wait(browser, lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", image))
    assert browser.execute_script("return arguments[0].naturalWidth", image) >= 800


def test_browser_static_report_filters_under_its_content_security_policy(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    out = tmp_path / "cases.html"
    write_report(server["db_url"], out)
    browser.get(out.as_uri())
    total = int(browser.find_element(By.ID, "n").text)
    assert total > 1
    assert browser.execute_script("return window.__pwned === undefined")
    browser.find_element(By.ID, "q").send_keys("x001")
    _wait(browser, lambda d: d.find_element(By.ID, "n").text == "1")  # the inline script runs: its hash is allowed
    visible = [b for b in browser.find_elements(By.CSS_SELECTOR, "tbody.case") if b.is_displayed()]
    assert [b.get_attribute("id") for b in visible] == ["case-X001"]
    visible[0].find_element(By.TAG_NAME, "summary").click()
    assert '<script>document.title="pwned"' in visible[0].text

"""The workspace's Validation section in headless Chromium (as tests/test_browser.py): blind labelling.

Before the auditor submits, the browser receives the note text and the form only: no mention, flag, priority or
evidence of reportminer's, in the page or through any request it makes. A span marked in a note with odd unicode
(emoji with modifiers and a zero-width joiner, astral-plane letters, CRLF, combining accents) is stored at the
Python offsets of the same characters.
"""
from __future__ import annotations

import threading
import time

import pytest
import sqlalchemy as sa

from reportminer.nightly import NightlyRun
from reportminer.sources import FileSource
from reportminer.state import engine_for
from reportminer.validation.labels import read_labels
from reportminer.validation.sampling import draw_sample
from reportminer.web import create_app

from .conftest import write_rows
from .test_browser import WAIT, browser  # noqa: F401  (the Chromium fixture)

ODD_TEXT = ("Akutjournal\r\nPat 👩🏽‍⚕️ 84-årig kvinna.\u200b Ont i korsryggen sedan fallet; re\u0301sume\u0301 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.\r\n"
            "Rtg bäcken: fraktur i ramus superior vänster. Ingen DT eller MR utförd.")
NOTES = [
    {"note_id": "U1", "patient_id": "PU", "note_date": "2025-02-01", "note_type": "emergency", "exam": "",
     "text": ODD_TEXT, "language": "sv", "unit": "Akuten"},
    {"note_id": "E1", "patient_id": "PE", "note_date": "2025-02-03", "note_type": "outpatient", "exam": "",
     "text": "Follow-up. 79 year old man with low back pain after a fall. No fracture on pelvic radiograph.",
     "language": "en", "unit": "Primary care"},
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import waitress

    folder = tmp_path_factory.mktemp("validation-browser")
    url = f"sqlite:///{folder / 'state.db'}"
    NightlyRun(url, FileSource(write_rows(folder / "notes.jsonl", NOTES), 100)).run()
    sample = draw_sample(url, 5, seed=1)
    app = create_app(url, secret_key="validation-browser-tests")
    httpd = waitress.create_server(app, host="127.0.0.1", port=0, threads=4, asyncore_use_poll=True)
    thread = threading.Thread(target=httpd.run, name="validation-workspace", daemon=True)
    thread.start()
    yield {"base": f"http://127.0.0.1:{httpd.effective_port}", "db_url": url, "sample": sample.sample_id}
    time.sleep(0.2)
    httpd.close()
    thread.join(timeout=5)


def _wait(driver, condition):
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    # Chromium may answer a check on a page being replaced with "Node with given id does not belong to the
    # document" rather than a stale element: poll again, as for a stale element, until the wait's time is up
    return WebDriverWait(driver, WAIT, ignored_exceptions=(WebDriverException,)).until(condition)


def _sign_as(driver, server, name: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(server["base"] + "/validation/")
    box = driver.find_element(By.ID, "auditor-name")
    box.clear()
    box.send_keys(name)
    from selenium.webdriver.support import expected_conditions as EC

    button = driver.find_element(By.CSS_SELECTOR, "#auditor-form button")
    button.click()
    _wait(driver, EC.staleness_of(button))  # the page reloaded after the POST
    _wait(driver, lambda d: d.find_element(By.ID, "auditor-name").get_attribute("value") == name)


def _mentions(url: str, note_id: str) -> list[str]:
    with engine_for(url).connect() as conn:
        rows = conn.execute(sa.text("select text from mentions where note_id = :n"), {"n": note_id})
        return [r.text for r in rows]


def _requests(driver) -> list[str]:
    return driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")


def test_validation_browser_blind_note_then_span_with_odd_unicode_then_reveal(browser, server):  # noqa: F811
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    mentions = _mentions(server["db_url"], "U1")
    assert "Ont i korsryggen" in mentions and "fraktur i ramus" in mentions  # reportminer found them
    _sign_as(browser, server, "Anna Auditor")
    browser.get(f"{server['base']}/validation/{server['sample']}/note/U1")
    _wait(browser, lambda d: d.find_element(By.ID, "note-text").text)
    # blind: the note text, exactly as stored, and nothing of reportminer's answer
    assert browser.execute_script("return document.getElementById('note-text').firstChild.data") == ODD_TEXT
    assert not browser.find_elements(By.CSS_SELECTOR, "mark, .mention, #reportminer-answer, [data-concept]")
    assert all(r.endswith((".css", ".js")) for r in _requests(browser)), _requests(browser)
    assert read_labels(server["db_url"]).empty  # nothing recorded, so nothing of reportminer's was read either

    # mark a mouse selection after the emoji, by keyboard: 3 = low-back pain, q = present, m = mark
    browser.execute_script(
        "const node = document.getElementById('note-text').firstChild, at = node.data.indexOf(arguments[0]);"
        "const range = document.createRange(); range.setStart(node, at); range.setEnd(node, at + arguments[0].length);"
        "const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);", "Ont i korsryggen")
    ActionChains(browser).send_keys("3").send_keys("q").send_keys("m").perform()
    _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#span-list li")) == 1)
    # and a phrase found by typing (keyboard only): 1 = pubic ramus fracture
    ActionChains(browser).send_keys("1").perform()
    find = browser.find_element(By.ID, "span-find")
    find.send_keys("ramus superior", Keys.ENTER)
    _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#span-list li")) == 2)
    assert not browser.find_elements(By.CSS_SELECTOR, "#reportminer-answer")
    browser.find_element(By.ID, "comment").send_keys("checked", Keys.CONTROL, Keys.ENTER)

    _wait(browser, lambda d: d.find_elements(By.ID, "agreement"))
    shown = browser.find_element(By.ID, "reportminer-answer").text
    assert "Ont i korsryggen" in shown and "fraktur i ramus" in shown  # revealed only now
    (label,) = read_labels(server["db_url"]).itertuples(index=False)
    spans = {s["text"]: s for s in label.spans}
    for phrase, concept in (("Ont i korsryggen", "low_back_pain"), ("ramus superior", "pubic_ramus_fracture")):
        span = spans[phrase]
        assert ODD_TEXT[span["start"]:span["end"]] == phrase  # Python offsets, past emoji and astral letters
        assert (span["concept"], span["assertion"]) == (concept, "present")
    assert label.system["labels"]  # reportminer's answer was stored with the label, after it


def test_validation_browser_blind_patient_then_reveal(browser, server):  # noqa: F811
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    _sign_as(browser, server, "Bo Auditor")
    browser.get(f"{server['base']}/validation/{server['sample']}/patient/PU")
    _wait(browser, lambda d: d.find_elements(By.ID, "answer"))
    page = browser.page_source
    for hidden in ("Flagged", "priority", "reportminer-answer", "workup:", "evidence"):
        assert hidden not in page
    assert all(r.endswith((".css", ".js")) for r in _requests(browser))
    ActionChains(browser).send_keys("1").perform()  # yes, should be on the list
    assert browser.find_element(By.CSS_SELECTOR, 'input[name=answer][value="yes"]').is_selected()
    browser.find_element(By.ID, "submit-label").click()
    _wait(browser, lambda d: d.find_elements(By.ID, "agreement"))
    assert browser.find_element(By.ID, "reportminer-answer").text.startswith("reportminer\nFlagged")
    assert browser.find_element(By.ID, "agreement").text == "you agree with reportminer"
    # back on the item: the reveal, not a second blank form
    browser.get(f"{server['base']}/validation/{server['sample']}/patient/PU")
    assert browser.find_elements(By.ID, "agreement") and not browser.find_elements(By.ID, "label-form")

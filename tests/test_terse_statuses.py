"""An exam's status in a word or two after it, as task lists and handovers write it.

"MRI pelvis - urgent", "on 2WW", "2/52 wait", "MR bäcken prio 1", "med förtur", "jagas": the study is asked for,
with a priority or a wait, so it is requested. "MRI pelvis failed due to claustrophobia", "- failed", "MR bäcken -
klarade inte", "pat klarade inte av att ligga still": the study was tried and not done. A failure of something else
("Failed conservative treatment, MRI pelvis showed ...", "failed to show a fracture") or a priority of another request
("remiss prio 1 till ortoped") leaves a done study done.
"""
import pytest

from tests.phrasing import exam_rows, statuses


@pytest.mark.parametrize("text, lang, status", [
    ("MRI pelvis - urgent.", "en", "requested"),
    ("MRI pelvis urgent please.", "en", "requested"),
    ("MRI pelvis on 2WW.", "en", "requested"),
    ("MRI pelvis - 2/52 wait.", "en", "requested"),
    ("MRI pelvis failed due to claustrophobia.", "en", "not_performed"),
    ("MRI pelvis - failed.", "en", "not_performed"),
    ("MR bäcken prio 1.", "sv", "requested"),
    ("MR backen prio 2.", "sv", "requested"),
    ("MR bäcken med förtur.", "sv", "requested"),
    ("MR bäcken - jagas.", "sv", "requested"),
    ("MR bäcken - klarade inte.", "sv", "not_performed"),
    ("MR bäcken, pat klarade inte av att ligga still.", "sv", "not_performed"),
    ("MR backen, pat klarade inte att ligga still.", "sv", "not_performed"),
])
def test_a_terse_status_after_the_exam(text, lang, status):
    assert statuses(text, lang, "mri") == [status]


@pytest.mark.parametrize("text, lang", [
    ("MRI pelvis failed to show a fracture.", "en"),
    ("Failed conservative treatment, MRI pelvis showed a sacral fracture.", "en"),
    ("Urgent MRI pelvis showed a sacral fracture.", "en"),
    ("Pat klarade inte att gå, MR bäcken visade sakrumfraktur.", "sv"),
    ("MR bäcken 12/3 visade fraktur, remiss prio 1 till ortoped.", "sv"),
])
def test_a_failure_or_priority_of_something_else_leaves_the_study_done(text, lang):
    assert statuses(text, lang, "mri") == ["performed"]


# --- the radiology department or its doctor is no radiograph of the patient ---------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Röntgen avböjer MR bäcken.", [("mri", "not_performed", True)]),
    ("Rontgen avbojer MR backen.", [("mri", "not_performed", True)]),
    ("Rtg-läkare ringer: fraktur i sakrum på DT.", [("ct", "performed", True)]),
    ("Röntgen godkänner remissen, MR bäcken bokas.", [("mri", "requested", True)]),
    ("Rtg bäcken visade ingen fraktur.", [("radiograph", "performed", False)]),
])
def test_the_department_is_no_radiograph(text, expected):
    assert exam_rows(text, "sv") == expected


# --- a list headed "Requests:" or "Orders:" asks for its studies; a study told done in its bracket was done --------
@pytest.mark.parametrize("text, modality, status", [
    ("Requests: MRI pelvis.", "mri", "requested"),
    ("Orders: CT pelvis, bloods.", "ct", "requested"),
    ("Requests: MRI pelvis (done 12/03, no fracture).", "mri", "performed"),
])
def test_a_requests_heading_asks_for_its_studies(text, modality, status):
    assert statuses(text, "en", modality) == [status]


# --- a priority given on its own line, right after or right before a study named bare, queues the study ---------------
@pytest.mark.parametrize("text, lang, modality", [
    ("MRI pelvis\nPriority: urgent.", "en", "mri"),
    ("CT pelvis\nUrgency: routine", "en", "ct"),
    ("Priority: urgent.\nMRI pelvis.", "en", "mri"),
    ("DT bäcken\nPrio: akut.", "sv", "ct"),
    ("MR backen\nPrioritet: rutin.", "sv", "mri"),
    ("Prio: rutin.\nDT bäcken, tunna snitt genom sakrum.", "sv", "ct"),
])
def test_a_priority_line_next_to_a_bare_study_makes_it_a_request(text, lang, modality):
    assert statuses(text, lang, modality) == ["requested"]


@pytest.mark.parametrize("text, lang, modality", [
    ("MRI pelvis showed a sacral insufficiency fracture.\nPriority: urgent.", "en", "mri"),  # its result: done
    ("DT bäcken visade sakrumfraktur.\nPrio 1.", "sv", "ct"),
    ("MRI pelvis\nPriority: Amber (triage colour)\nSeen by the physio.", "en", "mri"),  # a triage colour queues nothing
])
def test_a_priority_line_after_a_reported_study_or_a_triage_colour_leaves_it_done(text, lang, modality):
    assert statuses(text, lang, modality) == ["performed"]


# --- a study held off or waited for before it is had is still a request --------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("Patient prefers to hold off on the MRI pelvis.", "en"),
    ("We agreed to hold off on the MRI pelvis for now.", "en"),
    ("Hold off MRI pelvis.", "en"),
    ("She would rather wait before having the MRI pelvis.", "en"),
    ("Pat önskar avvakta med MR bäcken.", "sv"),
])
def test_a_study_held_off_is_still_requested(text, lang):
    assert statuses(text, lang, "mri") == ["requested"]


@pytest.mark.parametrize("text", [
    "MRI pelvis showed a sacral fracture; hold off on surgery.",  # what is held off is another thing
    "Waited before having the MRI pelvis, which showed a sacral fracture.",  # its result: done
])
def test_a_hold_of_something_else_or_a_study_reported_leaves_it_done(text):
    assert statuses(text, "en", "mri") == ["performed"]

"""A study said not to exist ("There is no prior pelvic MRI", "No previous CT of the pelvis is available for
comparison", "Ingen tidigare MR bäcken finns") was read as a study done: the conditions' negation "no prior" /
"ingen tidigare" is longer than the exams' own "no" / "ingen" and shadowed it, and it does not apply to exams.
The same shadow fell on "She's not had an MRI", "She has never received an MRI", "Har inte haft någon MR bäcken",
"Hon har aldrig fått någon MR", "Pat har ingen MR bäcken gjord". Such a sentence counted as a sacral workup for a
patient who never had one."""
from __future__ import annotations

import pytest

from .phrasing import assertions, statuses


@pytest.mark.parametrize("language,text,modality", [
    ("en", "There is no prior pelvic MRI.", "mri"),
    ("en", "No prior MRI pelvis for comparison.", "mri"),
    ("en", "No previous CT of the pelvis is available for comparison.", "ct"),
    ("en", "No recent bone scan.", "scintigraphy"),
    ("sv", "Ingen tidigare MR bäcken finns för jämförelse.", "mri"),
    ("sv", "Ingen tidigare DT av bäckenet finns.", "ct"),
    ("sv", "Inget tidigare skelettscintigram.", "scintigraphy"),
])
def test_no_prior_study_a_study_said_not_to_exist_is_not_done(language, text, modality):
    assert statuses(text, language, modality) == ["not_performed"]


@pytest.mark.parametrize("language,text,modality", [
    ("en", "MRI pelvis: no prior studies for comparison.", "mri"),
    ("en", "CT pelvis, no previous for comparison.", "ct"),
    ("en", "No prior imaging; CT pelvis today shows a sacral fracture.", "ct"),
    ("sv", "MR bäcken: inga tidigare undersökningar för jämförelse.", "mri"),
    ("sv", "Inga tidigare undersökningar. DT bäcken idag visar sakrumfraktur.", "ct"),
])
def test_no_prior_study_the_study_that_has_no_prior_stays_done(language, text, modality):
    assert statuses(text, language, modality) == ["performed"]


@pytest.mark.parametrize("language,text,concept", [
    ("en", "No prior vertebral compression fracture.", "vertebral_compression_fracture"),
    ("sv", "Ingen tidigare ländryggssmärta.", "low_back_pain"),
    ("sv", "Ingen tidigare kotkompression.", "vertebral_compression_fracture"),
])
def test_no_prior_study_a_finding_after_no_prior_stays_negated(language, text, concept):
    assert assertions(text, language, concept) == ["negated"]


@pytest.mark.parametrize("language,text,modality", [
    ("en", "She's not had an MRI of the pelvis.", "mri"),
    ("en", "She has never received an MRI of the pelvis.", "mri"),
    ("en", "No new CT of the pelvis since the fall.", "ct"),
    ("sv", "Hon har aldrig fått någon MR bäcken.", "mri"),
    ("sv", "Har inte haft någon MR bäcken.", "mri"),
    ("sv", "Har ej haft MR bäcken.", "mri"),
    ("sv", "Aldrig haft DT bäcken.", "ct"),
    ("sv", "Pat har ingen MR bäcken gjord.", "mri"),
])
def test_no_prior_study_a_study_never_had_is_not_done(language, text, modality):
    assert statuses(text, language, modality) == ["not_performed"]


@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis did not show a fracture."),
    ("en", "She does not have a fracture on the MRI pelvis."),
    ("en", "She has no back pain since the MRI pelvis."),
    ("sv", "Har inte haft ont sedan MR bäcken."),
    ("sv", "Har ingen smärta efter MR bäcken."),
    ("sv", "Har ingen fraktur enligt MR bäcken."),
])
def test_no_prior_study_a_denial_of_something_else_leaves_the_study_done(language, text):
    assert statuses(text, language, "mri") == ["performed"]


@pytest.mark.parametrize("language,rows", [
    ("sv", [("n1", "2023-03-01", "clinical", "", "Ländryggssmärta. Remiss MR bäcken."),
            ("n2", "2023-03-12", "radiology", "MR bäcken", "MR BÄCKEN\nFynd: Ingen fraktur i sakrum."),
            ("n3", "2025-04-22", "clinical", "", "MR bäcken 2023 visade inga frakturer. Ingen ny MR nu.")]),
    ("en", [("n1", "2023-03-01", "clinical", "", "Low back pain. MRI pelvis requested."),
            ("n2", "2023-03-12", "radiology", "MRI pelvis", "MRI PELVIS\nFindings: No sacral fracture."),
            ("n3", "2025-04-22", "clinical", "", "MRI pelvis 2023 showed no fracture. No new MRI now.")]),
])
def test_no_prior_study_a_new_study_not_done_leaves_the_old_request_done(language, rows):
    # "Ingen ny MR nu" is of a new study: the request of 2023, done on 12 March, stays done
    from reportminer.pipeline import scan
    from .phrasing import notes_table
    exams = scan(notes_table(rows, language)).exams
    request = exams[exams["note_id"] == "n1"]
    assert request["status"].tolist() == ["performed"]


@pytest.mark.parametrize("language,exam,text", [
    ("en", "MRI lumbar spine", "MRI LUMBAR SPINE\nNo prior MRI for comparison.\nFindings: Wedge compression of T12."),
    ("en", "XR pelvis", "XR PELVIS\nNo previous films for comparison.\nFindings: Left superior pubic ramus fracture."),
    ("en", "MRI pelvis", "MRI PELVIS\nNo prior MRI.\nFindings: Normal sacrum."),
    ("sv", "MR ländrygg", "MR LÄNDRYGG\nIngen tidigare MR för jämförelse.\nFynd: Kilformad kompression av Th12."),
    ("sv", "Rtg bäcken", "RTG BÄCKEN\nInga tidigare röntgenbilder för jämförelse.\nFynd: Fraktur i vänster ramus superior."),
])
def test_no_prior_study_a_report_with_no_prior_for_comparison_is_done(language, exam, text):
    # the denied earlier study is one of its own, never the report's: that exam stays done
    from .phrasing import one_note
    exams = one_note(text, language, "radiology", exam).exams
    assert exams["status"].iloc[0] == "performed" and exams["note_id"].iloc[0] == "n1"
    assert sorted(exams["status"].tolist()[1:]) == ["not_performed"] * (len(exams) - 1)

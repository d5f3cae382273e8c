"""Round thirty-one, English: the patient's course over time. The wording families that a red team's notes
(tests/data/outside31/en: requests and their fates, studies before or after the fracture, comparisons, old and new
episodes, discharge summaries, letters months later, dates written several ways) showed the pipeline misreading,
each by several differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, flag_and_workup, only_case, scored_set

SACRAL = "sacral_fracture"
VCF = "vertebral_compression_fracture"
RAMUS = "pubic_ramus_fracture"
SET = Path(__file__).resolve().parent / "data" / "outside31" / "en"


def _concepts(text: str, note_type: str = "clinical") -> dict[str, list[str]]:
    return assertions_by_concept(text, "en", note_type)


# --- a study dated by a count back without "ago" ("two months earlier", "four months before this", "six weeks ----
# --- before admission", "3 weeks previously") is that far back from the note, not on the note's day ------------
@pytest.mark.parametrize("text, expected", [
    ("66M, ankylosing spondylitis. 3 weeks of low back pain. A CT KUB two months earlier (renal colic) showed a "
     "4 mm stone; bones not commented on.", ("true", "none")),
    ("67M, osteoporosis. 3 weeks of lumbar pain. He had a CT abdomen and pelvis four months before this for a "
     "hernia; reported as normal.", ("true", "none")),
    ("73F, acute low back pain after a fall. XR lumbar spine: new L1 compression fracture. An MRI pelvis six weeks "
     "before admission (gynaecology) had shown normal pelvic bones.", ("true", "radiograph_only")),
    ("80F, right superior pubic ramus fracture on XR. MRI pelvis 3 months previously showed no bony abnormality.",
     ("true", "radiograph_only")),
    # look-alikes inside the 30-day window: the study still counts
    ("75F, 5 weeks of low back pain. An MRI lumbar spine and pelvis two weeks earlier showed an L2 compression "
     "fracture; sacrum and SI joints normal.", ("false", "mri")),
    ("78F, left superior pubic ramus fracture on XR. CT pelvis 10 days before admission showed the ramus fracture "
     "and an intact sacrum.", ("false", "ct")),
    ("80F, low back pain. MRI pelvis 3 months ago showed a fibroid only.", ("true", "none")),
])
def test_outside31_en_a_count_back_dates_the_study(text, expected):
    case = only_case([("n1", "2024-05-15", "clinical", "", text, "en")])
    assert flag_and_workup(case) == expected


# --- "the 2nd of February 2024": a day, "of", its month ---------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("L2 compression fracture on XR, low back pain. Bone scan on the 2nd of February 2024 (PSA rise) showed no "
     "metastases.", ("true", "radiograph_only")),
    ("Right pubic rami fractures on XR pelvis. CT pelvis on the 14th of February showed an intact sacrum.",
     ("true", "radiograph_only")),
    ("L2 compression fracture on XR. MRI pelvis on February the 2nd: sacrum normal.", ("true", "radiograph_only")),
    # look-alikes: a day inside the window, however written
    ("Right pubic rami fractures on XR pelvis. CT pelvis on the 12th of March showed an intact sacrum.", ("false", "ct")),
    ("Right pubic rami fractures on XR pelvis. CT pelvis on 12 March 2024 showed an intact sacrum.", ("false", "ct")),
    ("Right pubic rami fractures on XR pelvis. CT pelvis 2nd March: sacrum intact.", ("false", "ct")),
])
def test_outside31_en_a_day_of_a_month_dates_the_study(text, expected):
    case = only_case([("n1", "2024-03-20", "clinical", "", "80F. " + text, "en")])
    assert flag_and_workup(case) == expected


# --- a count of days or weeks back dates the study that showed a fracture, not an earlier episode --------------
@pytest.mark.parametrize("text, expected", [
    ("An MRI lumbar spine and pelvis two weeks earlier showed an L2 compression fracture with oedema.", "present"),
    ("CT 3 days before admission showed an acute L1 compression fracture.", "present"),
    ("An XR 10 days previously had shown a new L3 wedge fracture.", "present"),
    # look-alikes: years back, or an earlier study with no count, date an earlier episode
    ("Two years earlier she had an L2 compression fracture.", "historical"),
    ("An earlier MRI showed an L2 compression fracture.", "historical"),
    ("She had an L1 compression fracture three years ago.", "historical"),
    ("She had an L1 compression fracture 3 months previously.", "historical"),
])
def test_outside31_en_a_count_back_dates_the_study_not_the_fracture(text, expected):
    assert _concepts(text)[VCF] == [expected]


# --- a fracture "now healed", "which has since healed", "healed on XR" is the past's; not yet healed stays ---------
@pytest.mark.parametrize("text, concept", [
    ("Known left superior pubic ramus fracture in January, now healed on XR.", RAMUS),
    ("L1 compression fracture, which has since healed.", VCF),
    ("Right pubic ramus fracture in 2023, that has now united.", RAMUS),
    ("Known L2 fracture, healed on the latest films.", VCF),
    ("Known L1 fracture, now healed.", VCF),
])
def test_outside31_en_a_fracture_healed_by_now_is_historical(text, concept):
    assert _concepts(text)[concept] == ["historical"]


@pytest.mark.parametrize("text, concept", [
    ("The L1 fracture has not healed.", VCF),
    ("L3 compression fracture, which has not united.", VCF),
    ("Right pubic ramus fracture, now healing.", RAMUS),
    ("Right pubic ramus fracture, yet to heal.", RAMUS),
    ("L2 fracture, not yet healed on XR.", VCF),
])
def test_outside31_en_a_fracture_not_yet_healed_stays_present(text, concept):
    assert _concepts(text)[concept] == ["present"]


# --- the sacrum read as normal with the site first ("No abnormal sacral uptake", "no sacral abnormality") --------
@pytest.mark.parametrize("text", [
    "Findings: Focal uptake at the healing left ramus fracture. No abnormal sacral uptake. No metastases.",
    "Findings: Normal sacral uptake.",
    "CT pelvis on 03/04/2024 showed no sacral abnormality.",
    "Findings: There is no bony abnormality of the sacrum.",
    "Findings: No increased sacral tracer activity.",
])
def test_outside31_en_a_normal_sacrum_site_first_denies_a_sacral_fracture(text):
    assert _concepts(text, "radiology")[SACRAL] == ["negated"]


@pytest.mark.parametrize("text, expected", [
    ("Findings: Increased sacral uptake.", None),
    ("Findings: No sacral oedema.", None),
    ("Findings: No sacral nerve root compression.", None),
    ("Findings: H-shaped sacral uptake in keeping with insufficiency fractures.", "present"),
])
def test_outside31_en_other_sacral_words_keep_their_reading(text, expected):
    found = _concepts(text, "radiology").get(SACRAL)
    assert (found[0] if found else None) == expected


# --- episodes: a CT of an earlier episode does not count, one of the same episode does ---------------------------
def test_outside31_en_a_new_episode_after_a_year_is_judged_afresh():
    ct = ("n1", "2023-06-01", "radiology", "CT lumbar spine and pelvis",
          "Findings: Acute L1 compression fracture with 25% height loss. Sacrum and pelvic ring intact.", "en")
    later = "Fresh low back pain for a week after a fall from a chair. Old L1 fracture (June 2023), healed."
    assert flag_and_workup(only_case([ct, ("n2", "2024-06-06", "clinical", "", "79F. " + later, "en")])) \
        == ("true", "none")
    assert flag_and_workup(only_case([ct, ("n2", "2024-05-25", "clinical", "", "79F. " + later, "en")])) \
        == ("false", "ct")


def test_outside31_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

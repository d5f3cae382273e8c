"""A plan told after a condition, a result word or a verb of going on, and the earlier study it leaves done.

- A condition put first reaches past the colon that closes it: "If pain persists: MRI of the pelvis", "Vid
  kvarstående smärta: MR bäcken" plan the study (context.json ``past_colon`` on the conditional triggers); where the
  condition does not open the sentence, or another sentence follows, the colon still ends it.
- A condition that names an earlier study keeps its "if" for what follows: "If the radiograph is negative, proceed
  to MRI" plans the MRI (context.py ``_opens_with``: a trigger reaching only back that opens the sentence takes
  nothing from the forward one it overlaps).
- A condition on the pain put first plans the study after it, as a bare "if" does: "If the pain persists, MRI
  pelvis", "Should the pain persist, MRI pelvis", "Skulle smärtan kvarstå, MR bäcken" ("skulle" only where it opens
  the sentence: "Hon skulle ha gjort MR" is another word).
- Going on to a study plans it ("proceed to MRI", "going ahead with CT", "går vi vidare med DT"); the past tense
  tells it done ("proceeded to MRI, which showed", "gick vidare med MR som visade"); "not to proceed to CT or MRI"
  denies it.
- A result word before the first of two studies is that study's ("Vid normal slätröntgen remitteras hon till MR
  bäcken", "After a normal X-ray we will proceed to MRI pelvis": the X-ray done, the MRI planned), and of the studies
  joined to it by a coordinator alone ("Normal CT and MRI of the pelvis": both done; exams.py ``_coordinated_after``).
- A study asked for, one the department "will do" or "is happy to do", one "inplanerad" or "satt upp på" is
  planned; "did" tells it done.
- A pain had "years ago" in the past tense is an earlier episode without a number too ("Had lumbago years ago").
"""
import pytest

from tests.phrasing import assertions, statuses


@pytest.mark.parametrize("text, lang, modality", [
    ("If pain persists: MRI of the pelvis.", "en", "mri"),
    ("If the pain continues: bone scan.", "en", "scintigraphy"),
    ("Plan: If no better in two weeks: CT pelvis.", "en", "ct"),
    ("In case of ongoing pain: MRI sacrum.", "en", "mri"),
    ("Vid kvarstående smärta: MR bäcken.", "sv", "mri"),
    ("Om smärtan inte släpper: DT bäcken.", "sv", "ct"),
    ("Vid utebliven förbättring: skelettscintigrafi.", "sv", "scintigraphy"),
    ("Om MR är normal och smärtan kvarstår: skelettscintigrafi.", "sv", "scintigraphy"),
])
def test_a_condition_put_first_reaches_past_its_colon(text, lang, modality):
    assert statuses(text, lang, modality) == ["requested"]


@pytest.mark.parametrize("text, lang, modality", [
    ("If needed: analgesia. MRI pelvis done.", "en", "mri"),
    ("Return if worse. MRI pelvis: no fracture.", "en", "mri"),
    ("Vid behov: Alvedon. MR bäcken utförd igår.", "sv", "mri"),
    ("Åter vid försämring. DT bäcken: ingen fraktur.", "sv", "ct"),
])
def test_a_condition_in_another_sentence_leaves_the_study_done(text, lang, modality):
    assert statuses(text, lang, modality) == ["performed"]


@pytest.mark.parametrize("text, lang, modality", [
    ("If the radiograph is negative, proceed to MRI of the pelvis.", "en", "mri"),
    ("Should the radiograph be negative, MRI pelvis.", "en", "mri"),
    ("If the X-ray is normal: CT pelvis.", "en", "ct"),
    ("If the pain persists, MRI pelvis.", "en", "mri"),
    ("Should the pain persist, MRI pelvis.", "en", "mri"),
    ("If her back pain does not settle, MRI pelvis.", "en", "mri"),
    ("Skulle smärtan kvarstå, MR bäcken.", "sv", "mri"),
    ("Skulle hon inte bli bättre: DT bäcken.", "sv", "ct"),
])
def test_the_study_after_a_condition_put_first_is_planned(text, lang, modality):
    assert statuses(text, lang, modality) == ["requested"]


@pytest.mark.parametrize("text, lang, modality, status", [
    ("If the radiograph is negative, proceed to MRI of the pelvis.", "en", "radiograph", "performed"),
    ("Hon skulle ha gjort MR bäcken men uteblev.", "sv", "mri", "not_performed"),
    ("MR bäcken visade sakrumfraktur, skulle smärtan kvarstå övervägs sakroplastik.", "sv", "mri", "performed"),
])
def test_what_a_condition_does_not_govern_keeps_its_reading(text, lang, modality, status):
    assert statuses(text, lang, modality) == [status]


@pytest.mark.parametrize("text, lang, modality, status", [
    ("Proceed to MRI pelvis.", "en", "mri", "requested"),
    ("Will proceed with CT pelvis next week.", "en", "ct", "requested"),
    ("We are going ahead with MRI of the pelvis.", "en", "mri", "requested"),
    ("Vi går vidare med DT bäcken.", "sv", "ct", "requested"),
    ("Går vidare med MR bäcken efter helgen.", "sv", "mri", "requested"),
    ("She proceeded to MRI, which showed a sacral fracture.", "en", "mri", "performed"),
    ("We went ahead with CT pelvis, which was normal.", "en", "ct", "performed"),
    ("Vi gick vidare med MR bäcken som visade fraktur.", "sv", "mri", "performed"),
    ("It was decided not to proceed to MRI as she was improving.", "en", "mri", "not_performed"),
    ("We will not go ahead with MRI pelvis.", "en", "mri", "not_performed"),
])
def test_going_on_to_a_study_plans_it(text, lang, modality, status):
    assert statuses(text, lang, modality) == [status]


@pytest.mark.parametrize("text, lang, first, then", [
    ("Vid normal slätröntgen remitteras hon till MR bäcken.", "sv", "radiograph", "mri"),
    ("Normal slätröntgen och planerad MR bäcken.", "sv", "radiograph", "mri"),
    ("Vid negativ röntgen går vi vidare med DT bäcken.", "sv", "radiograph", "ct"),
    ("After a normal X-ray we will proceed to MRI pelvis.", "en", "radiograph", "mri"),
    ("With a negative radiograph we proceed to CT pelvis.", "en", "radiograph", "ct"),
])
def test_a_result_word_before_the_first_study_is_that_studys(text, lang, first, then):
    assert statuses(text, lang, first) == ["performed"]
    assert statuses(text, lang, then) == ["requested"]


@pytest.mark.parametrize("text, lang", [
    ("Normal CT and MRI of the pelvis.", "en"),
    ("Normal DT och MR av bäckenet.", "sv"),
    ("Unremarkable CT and MRI of the pelvis.", "en"),
])
def test_a_result_word_before_coordinated_studies_is_each_ones(text, lang):
    assert statuses(text, lang, "ct") == ["performed"]
    assert statuses(text, lang, "mri") == ["performed"]


@pytest.mark.parametrize("text, expected", [
    ("Had lumbago years ago.", "historical"),
    ("She had low back pain decades ago.", "historical"),
    ("She had low back pain for 2 weeks.", "present"),
    ("Had lumbago, started years ago.", "present"),
])
def test_a_pain_had_years_ago_is_an_earlier_episode(text, expected):
    assert assertions(text, "en", "low_back_pain") == [expected]


@pytest.mark.parametrize("text, lang, modality, status", [
    ("MRI pelvis has been asked for.", "en", "mri", "requested"),
    ("Radiology will do a CT pelvis today.", "en", "ct", "requested"),
    ("Radiology happy to do MRI pelvis.", "en", "mri", "requested"),
    ("They agreed to do an MRI of the pelvis on Friday.", "en", "mri", "requested"),
    ("Radiology did a CT pelvis today.", "en", "ct", "performed"),
    ("MR bäcken inplanerad.", "sv", "mri", "requested"),
    ("Vi planerar in MR bäcken.", "sv", "mri", "requested"),
    ("Satt upp på MR bäcken.", "sv", "mri", "requested"),
    ("MR bäcken som var inplanerad har gjorts och visar fraktur.", "sv", "mri", "performed"),
    ("Satt upp på britsen. MR bäcken visade fraktur.", "sv", "mri", "performed"),
])
def test_a_study_the_department_will_do_is_planned(text, lang, modality, status):
    assert statuses(text, lang, modality) == [status]


@pytest.mark.parametrize("text, lang, modality", [
    ("Rek DT bäcken.", "sv", "ct"),
    ("Misstänkt fraktur i ramus inferior hö, rek DT vid klinisk misstanke.", "sv", "ct"),
    ("Rec MRI pelvis.", "en", "mri"),
    ("Recc CT pelvis if pain persists.", "en", "ct"),
    ("Radiologist recommending MRI pelvis.", "en", "mri"),
])
def test_a_recommendation_abbreviated_plans_the_study(text, lang, modality):
    assert statuses(text, lang, modality) == ["requested"]

"""A crushed vertebra, a few typing slips of "sacral", and a study booked or put on hold in one word.

- "Krossfraktur av Th12", "kross av L1", "kotkroppskross L1" are vertebral compression fractures; "krossfraktur i
  tibiaplatån" and "krosskada på handen" are of other bones (concepts.json, sv).
- "Sacrual fracture", "Sarcal fracture" are sacral fractures; "sarcoma" and "sarcoidosis" are not (class SACRUM, en).
- A lumbar report that says the sacrum is included ("ingår i undersökningen", "täcker även sakrum") and reads it
  covers it; "ingår delvis" or "ingår inte" does not (exams.json sacrum_assessed, sv).
- "MR bäcken tidsbokad till 12/3", "Tidsbokning för MR bäcken" book the study; "vilandeförklarad" and "vilandelagd"
  put it on hold: requested, never done; "MR bäcken stryks" strikes it off and "remiss ... avslutad" closes its
  referral: not performed, while a study "avslutad" is one finished (exams.json status, sv).
- A request changed to another study ("MRI pelvis request downgraded to a pelvic X-ray", "Remiss MR bäcken ändrad
  till DT bäcken") leaves the first study undone (withdrawn); the study it was changed to is requested.
- A patient unfit or unsuitable for a study ("Not fit for MRI", "not a candidate for MRI", "Ej lämplig för MR",
  "Olämplig för MR") is judged no study for her: not performed, leaving no order (outside9 en O9E06 has "Not a
  candidate for MRI" with no workup ordered); unfit for surgery says nothing of the study.
- "She is unsure whether the MRI was ever done", "cannot remember if", "Oklart om MR bäcken blev gjord", "Pat minns inte om
  MR bäcken gjordes" leave it not done, as "unclear whether" does.
"""
import pytest

from tests.phrasing import assertions, exam_rows, statuses


@pytest.mark.parametrize("text, expected", [
    ("Krossfraktur av Th12.", ["present"]),
    ("Kross av L1 efter fallet.", ["present"]),
    ("Kotkroppskross L1.", ["present"]),
    ("Ingen kross av L1.", ["negated"]),
    ("Krossfraktur i tibiaplatån.", []),
    ("Krosskada på handen.", []),
])
def test_a_crushed_vertebra_is_a_compression_fracture(text, expected):
    assert assertions(text, "sv", "vertebral_compression_fracture") == expected


@pytest.mark.parametrize("text, expected", [
    ("Sacrual fracture on the left.", ["present"]),
    ("Sarcal fracture, right ala.", ["present"]),
    ("Sarcoma of the thigh.", []),
    ("Known sarcoidosis.", []),
])
def test_slips_of_sacral(text, expected):
    assert assertions(text, "en", "sacral_fracture") == expected


@pytest.mark.parametrize("text", [
    "MR bäcken tidsbokad till 12/3.",
    "Tidsbokning för MR bäcken 12/3.",
    "MR backen tidbokad till 12/3.",
    "MR bäcken är vilandeförklarad.",
    "MR bäcken vilandelagd i väntan på pacemakerbesked.",
])
def test_a_study_booked_or_on_hold_is_requested(text):
    assert statuses(text, "sv", "mri") == ["requested"]


def test_a_study_done_after_its_booking_is_done():
    assert statuses("MR bäcken tidsbokad till 12/3 och genomförd då; visade ingen fraktur.", "sv", "mri") == ["performed"]


@pytest.mark.parametrize("text, covers", [
    ("Sakrum och SI-leder ingår i undersökningen och är ua.", True),
    ("Sakrum och SI-leder ingick i undersökningen och var utan anmärkning.", True),
    ("Sagittala STIR-serier täcker även sakrum, som är utan anmärkning.", True),
    ("Sakrum ingår delvis, ua i avbildad del.", False),
    ("Sakrum ingår inte i undersökningen, övriga kotor ua.", False),
])
def test_a_lumbar_report_that_says_the_sacrum_is_included_and_reads_it(text, covers):
    assert exam_rows(text, "sv", "radiology", "MR ländrygg") == [("mri", "performed", covers)]


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken stryks då hon mår bättre.", ["not_performed"]),
    ("MR bäcken ströks från listan.", ["not_performed"]),
    ("MR bäcken: remiss ej prioriterad, avslutad.", ["not_performed"]),
    ("MR bäcken avslutad, bilder skickade för granskning.", ["performed"]),
    ("MR bäcken genomförd, undersökningen avslutad utan komplikationer.", ["performed"]),
    ("Alvedon stryks. MR bäcken visade fraktur.", ["performed"]),
])
def test_a_study_struck_off_or_its_referral_closed(text, expected):
    # "stryks" strikes the study off; a referral closed ("remiss ... avslutad") is withdrawn, while a study "avslutad"
    # is one finished (exams.json status.not_performed, sv)
    assert statuses(text, "sv", "mri") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("MRI pelvis request downgraded to a pelvic X-ray by radiology.", "en", ("mri", "not_performed")),
    ("The MRI request was changed to a CT pelvis.", "en", ("mri", "not_performed")),
    ("MRI pelvis converted to CT because of her pacemaker; the CT showed a sacral fracture.", "en", ("ct", "performed")),
    ("Remiss MR bäcken ändrad till DT bäcken pga pacemaker.", "sv", ("mri", "not_performed")),
    ("Remiss MR backen andrad till DT backen pga pacemaker.", "sv", ("mri", "not_performed")),
    ("Her pain changed to a dull ache after the MRI pelvis.", "en", ("mri", "performed")),
    ("Smärtan ändrades till värk efter MR bäcken.", "sv", ("mri", "performed")),
])
def test_a_request_changed_to_another_study_leaves_the_first_undone(text, lang, expected):
    modality, status = expected
    assert statuses(text, lang, modality) == [status]


def test_the_study_a_request_is_changed_to_is_no_withdrawn_one():
    assert statuses("Vetted: changed to CT pelvis (MRI waiting list 10 weeks).", "en", "ct") == ["requested"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Not suitable for MRI.", "en", ["not_performed"]),
    ("Unsuitable for MRI because of her pacemaker.", "en", ["not_performed"]),
    ("She is not a candidate for MRI.", "en", ["not_performed"]),
    ("Not fit for MRI at present.", "en", ["not_performed"]),
    ("MRI pelvis showed a fracture; not fit for surgery.", "en", ["performed"]),
    ("Ej lämplig för MR.", "sv", ["not_performed"]),
    ("Ej lamplig for MR.", "sv", ["not_performed"]),
    ("Olämplig för MR pga pacemaker.", "sv", ["not_performed"]),
    ("MR bäcken visade fraktur, olämplig för operation.", "sv", ["performed"]),
])
def test_a_patient_unfit_for_a_study(text, lang, expected):
    assert statuses(text, lang, "mri") == expected


@pytest.mark.parametrize("text", [
    "She is unsure whether the MRI of her pelvis was ever done.",
    "She cannot remember if the MRI of her pelvis was done.",
    "It is unclear whether the MRI pelvis was performed.",
])
def test_a_study_nobody_knows_was_done_is_not_counted_done(text):
    assert statuses(text, "en", "mri") == ["not_performed"]


@pytest.mark.parametrize("text", [
    "Oklart om MR bäcken blev gjord.",
    "Pat minns inte om MR bäcken gjordes.",
    "Vet ej om MR bäcken är gjord.",
    "Oklart om MR backen blev av.",
])
def test_a_swedish_study_nobody_knows_was_done_is_not_counted_done(text):
    assert statuses(text, "sv", "mri") == ["not_performed"]

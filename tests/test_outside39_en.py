"""Round thirty-nine, English: patients with cancer (metastases, myeloma, radiotherapy and the fractures they mimic or
cause). The wording families that a red team's notes (tests/data/outside39/en) showed the pipeline misreading, each by
several differently worded sentences, with look-alikes that must keep their reading:
- a radiotherapy prescription between the treatment and its pelvic site ("radiotherapy 60 Gy in 20 fractions to the
  prostate", "chemoradiotherapy (45 Gy in 25 fractions) to the pelvis", "EBRT 45 Gy/25# to pelvis") and proton beam
  therapy are pelvic radiation; radiotherapy to the cervical spine or nodes (the neck) is not;
- a fracture offered with a metastasis as the differential of a lesion at the sacrum ("...: metastasis or
  insufficiency fracture", "differential is ...") and a fracture called "the more likely diagnosis" are suspected;
- an impending (imminent, threatened) fracture or collapse is feared, not found: `hypothetical`;
- a lesion at a site, then its fracture or collapse denied ("lytic sacral metastasis, no fracture", "L4 lytic
  deposit, without collapse") denies that site's fracture;
- a steroid given for a number of days ("dexamethasone 8 mg for 5 days") is no long-term steroid therapy;
- a follow-up or restaging study with its result after a colon was done; a reminder of a study's date or appointment
  is a booking; a nuclear-medicine office heading ("NUCLEAR MEDICINE - administrative") is no scan;
- "from <the note's own year>" dates a finding in this episode, as "in <year>" does."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import (assertions, assertions_by_concept, case_mismatches, exam_rows, flag_and_workup, notes_table,
                       only_case, scored_set)
from reportminer.pipeline import scan

SET = Path(__file__).resolve().parent / "data" / "outside39" / "en"


# --- a radiotherapy prescription between the treatment and its pelvic site -------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Radiotherapy 74 Gy in 37 fractions to the prostate, completed 2021.",
    "She had chemoradiotherapy (50.4 Gy in 28 fractions, IMRT) to the pelvis and para-aortic nodes.",
    "Long-course chemoradiation 50 Gy in 25 fractions for rectal cancer.",
    "EBRT 46 Gy/23# to the whole pelvis, then HDR brachytherapy.",
    "Received 45 Gy to the pelvis in 2022.",
    "Whole-pelvis IMRT 50.4Gy in 28 fractions.",
    "Localised prostate cancer treated with proton beam therapy in 2020.",
    "Proton therapy for a sacral chordoma.",
    "SBRT to the prostate, 36.25 Gy in 5 fractions.",
])
def test_a_prescription_between_radiotherapy_and_its_pelvic_site_is_pelvic_radiation(sentence):
    assert assertions(sentence, "en", "pelvic_radiation") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Palliative radiotherapy 20 Gy in 5 fractions to the cervical spine.",
    "Radiotherapy to the cervical nodes for a head and neck cancer.",
    "Cervical spine radiotherapy for a C5 metastasis.",
    "SABR 30 Gy in 3 fractions to the T10 deposit.",
    "Radiotherapy 40 Gy in 15 fractions to the left breast.",
    "Whole-brain radiotherapy 20 Gy in 5 fractions.",
    "Omeprazole (proton pump inhibitor) 20 mg daily.",
    "Fractionation for the next lesion to be discussed at the MDT.",
])
def test_lookalikes_of_pelvic_radiation_name_none(sentence):
    assert assertions(sentence, "en", "pelvic_radiation") == []


@pytest.mark.parametrize("sentence", [
    "Radiotherapy for cervical cancer in 2021.",
    "Cervical cancer treated with chemoradiotherapy.",
    "Radical radiotherapy to the prostate in 2019.",
])
def test_the_cervix_keeps_its_pelvic_radiation(sentence):
    assert assertions(sentence, "en", "pelvic_radiation") == ["present"]


def test_low_back_pain_after_a_prescribed_pelvic_radiotherapy_flags_a_younger_man():
    case = only_case([("n1", "2024-06-01", "outpatient", "", "57M, radiotherapy 70 Gy in 35 fractions to the prostate "
                       "in 2021. Low back pain for 2 months. Plan: analgesia.", "en")])
    assert flag_and_workup(case) == ("true", "none")


# --- a fracture in the differential of a sacral lesion ---------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Sclerosis in the right sacral ala - stress fracture or blastic metastasis.",
    "Focal uptake in the sacrum: metastatic deposit or fracture.",
    "Low T1 signal in the left sacral ala: insufficiency fracture or metastasis?",
    "Patchy sacral sclerosis; differential is a sclerotic metastasis or an insufficiency fracture.",
    "Oedema in both sacral alae; differential includes insufficiency fractures and metastases.",
    "A sacral insufficiency fracture is the more likely explanation.",
    "Fracture of the left sacral ala is the more likely diagnosis; a deposit is less likely.",
])
def test_a_fracture_in_the_differential_of_a_sacral_lesion_is_suspected(sentence):
    assert assertions(sentence, "en", "sacral_fracture") == ["uncertain"]


@pytest.mark.parametrize("sentence, expected", [
    ("No evidence of sacral insufficiency fracture or metastasis.", ["negated"]),
    ("No fracture or metastatic deposit in the sacrum.", ["negated"]),
    ("No scintigraphic evidence of metastases or of a sacral insufficiency fracture.", ["negated"]),
    ("No metastasis or sacral fracture.", ["negated"]),
    ("No bone lesion, metastasis or fracture in the sacrum.", ["negated"]),
    ("Bilateral sacral insufficiency fractures; no metastasis or mass.", ["present"]),
    ("Sacral insufficiency fracture, not a metastasis.", ["present"]),
    ("Sacral metastasis or tumour recurrence.", []),
    ("Sacral ala oedema with a fracture line; metastasis less likely.", ["present"]),
])
def test_lookalikes_of_the_differential_keep_their_reading(sentence, expected):
    assert assertions(sentence, "en", "sacral_fracture") == expected


# --- an impending fracture -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Impending pathological fracture of L3.", "vertebral_compression_fracture"),
    ("Imminent collapse of the L4 vertebral body.", "vertebral_compression_fracture"),
    ("Threatened collapse of T12 from a myeloma deposit.", "vertebral_compression_fracture"),
    ("Lytic metastasis in the right sacral ala with impending fracture.", "sacral_fracture"),
    ("Large deposit in the left superior pubic ramus with impending fracture.", "pubic_ramus_fracture"),
])
def test_an_impending_fracture_is_feared_not_found(sentence, concept):
    assert assertions(sentence, "en", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence", [
    "Pathological fracture of L2.",
    "L2 pathological fracture with impending retropulsion.",
    "Completed pathological fracture of L2, previously impending.",
    "Impending cord compression at T8; L1 wedge fracture.",
])
def test_lookalikes_of_an_impending_fracture_keep_it_present(sentence):
    assert assertions(sentence, "en", "vertebral_compression_fracture") == ["present"]


# --- a lesion at a site, then its fracture denied -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Blastic sacral deposit, no pathological fracture.", "sacral_fracture"),
    ("Metastasis in the left sacral ala, without fracture.", "sacral_fracture"),
    ("Myeloma deposit at T12, no vertebral collapse.", "vertebral_compression_fracture"),
    ("Lytic lesion at L3, no collapse.", "vertebral_compression_fracture"),
    ("L5 lytic deposit, without collapse.", "vertebral_compression_fracture"),
])
def test_a_lesion_then_its_fracture_denied_denies_the_sites_fracture(sentence, concept):
    assert assertions(sentence, "en", concept) == ["negated"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("L2 metastasis with pathological fracture.", "vertebral_compression_fracture", ["present"]),
    ("Sacral metastasis with a pathological fracture.", "sacral_fracture", ["present"]),
    ("L2 metastasis, no cord compression.", "vertebral_compression_fracture", []),
    ("L2 metastasis, no fracture of the pedicle.", "vertebral_compression_fracture", []),
])
def test_lookalikes_of_a_lesion_without_fracture_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "en", concept) == expected


# --- a steroid given for days -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Dexamethasone 8 mg twice daily for 5 days, then stop.",
    "Plan: dexamethasone 16 mg daily for 3 days then taper.",
    "Dexamethasone 4 mg x 3 days with each cycle.",
    "Prednisolone 30 mg for a few days.",
])
def test_a_steroid_for_days_is_no_long_term_therapy(sentence):
    assert assertions(sentence, "en", "steroid_therapy") == []


@pytest.mark.parametrize("sentence", [
    "Prednisolone 5 mg daily since 2019.",
    "Prednisolone 10 mg daily for 3 years.",
    "Dexamethasone 40 mg weekly for 6 months with bortezomib.",
    "Prednisolone 7.5 mg for 10 years; dexamethasone for 3 days before chemotherapy.",
])
def test_lookalikes_of_a_short_steroid_keep_their_therapy(sentence):
    assert assertions(sentence, "en", "steroid_therapy") == ["present"]


# --- a follow-up study with its result; a reminder; a department's office --------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Follow-up MRI pelvis: complete response.", [("mri", "performed", True)]),
    ("Restaging CT chest, abdomen and pelvis: stable disease.", [("ct", "performed", True)]),
    ("Repeat MRI pelvis: the sacral fracture is healing.", [("mri", "performed", True)]),
    ("Follow-up CT pelvis 3/2: stable sacral metastasis.", [("ct", "performed", True)]),
    ("Surveillance MRI pelvis after chemoradiation on 4 May: no recurrence.", [("mri", "performed", True)]),
])
def test_a_follow_up_study_with_its_result_was_done(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Follow-up MRI pelvis in 3 months.", [("mri", "requested", True)]),
    ("Follow-up MRI pelvis: in 3 months.", [("mri", "requested", True)]),
    ("Follow-up MRI pelvis: to assess response.", [("mri", "requested", True)]),
    ("Plan: follow-up MRI pelvis in 3 months; no further action.", [("mri", "requested", True)]),
])
def test_lookalikes_of_a_follow_up_study_stay_requests(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Reminded her about the bone scan appointment on Friday.", [("scintigraphy", "requested", True)]),
    ("Reminder sent for the CT pelvis appointment.", [("ct", "requested", True)]),
    ("Reminded to take calcium; MRI pelvis normal.", [("mri", "performed", True)]),
])
def test_a_reminder_of_a_studys_date_is_a_booking(sentence, expected):
    assert exam_rows(sentence, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("NUCLEAR MEDICINE - administrative\nBone scan appointment cancelled by the patient.",
     [("scintigraphy", "not_performed", True)]),
    ("Nuclear medicine bookings: appointment letter sent.", []),
    ("Nuclear medicine bone scan 3/5: normal.", [("scintigraphy", "performed", True)]),
])
def test_a_nuclear_medicine_office_is_no_scan(text, expected):
    assert exam_rows(text, "en") == expected


def test_a_planned_bone_scan_cancelled_by_the_nuclear_medicine_office_stays_ordered():
    case = only_case([("n1", "2024-07-16", "outpatient", "", "62F, adjuvant pelvic RT 2022. Sacral pain for 5 weeks. "
                       "Plan: isotope bone scan.", "en"),
                      ("n2", "2024-08-06", "clinical", "", "NUCLEAR MEDICINE - administrative\nBone scan appointment "
                       "cancelled by the patient; not rebooked.", "en")])
    assert flag_and_workup(case) == ("true", "ordered")


# --- a finding dated by the note's own year ---------------------------------------------------------------------------
def _vcf(text: str, day: str) -> list[str]:
    mentions = scan(notes_table([("n1", day, "clinical", "", text, "en")])).mentions
    return mentions[mentions["concept"] == "vertebral_compression_fracture"]["assertion"].tolist()


@pytest.mark.parametrize("text, day, expected", [
    ("Known L1 compression fracture from 2024 staging, still painful.", "2024-04-09", ["present"]),
    ("L2 wedge fracture from 2025 imaging.", "2025-06-01", ["present"]),
    ("Known L1 compression fracture from 2022 staging.", "2024-04-09", ["historical"]),
    ("L1 compression fracture from 2023.", "2024-04-09", ["historical"]),
])
def test_from_the_notes_own_year_dates_this_episode(text, day, expected):
    assert _vcf(text, day) == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round twenty-six, English: the wording families that notes by an outside author (tests/data/outside26/en: the
story told in prose — one-paragraph radiology reports, case-report histories, clinic letters and multidisciplinary
summaries, with Latin names, relatives and earlier patients, several times and exams in one paragraph) showed the
pipeline misreading, each by several differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, exam_rows, flag_and_workup, only_case, scored_set

SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
SET = Path(__file__).resolve().parent / "data" / "outside26" / "en"


# --- a radiology report written as one paragraph has no title line: its hedges stay suspicions -------------------
@pytest.mark.parametrize("text,concept", [
    ("Radiograph of the pelvis in a 79-year-old woman with pain in the left buttock for a month, without trauma, "
     "shows a faint vertical sclerotic band in the left ala sacralis parallel to the sacroiliac joint, which could "
     "represent an insufficiency fracture, although overlying bowel gas limits the assessment.", SACRAL),
    ("Pelvic radiograph in an 82-year-old woman with bilateral groin pain after a fall shows a fracture of the right "
     "inferior pubic ramus and a sclerotic line in the right sacral ala that probably represents an insufficiency "
     "fracture.", SACRAL),
    ("Radiograph of the pelvis in a 73-year-old woman with right groin pain after a fall: a possible undisplaced "
     "fracture of the right inferior pubic ramus is seen on one projection only and cannot be confirmed.", RAMUS),
    ("CT of the lumbar spine in an 80-year-old man with back pain after a cough demonstrates mild anterior wedging "
     "of L1 that may represent a compression fracture of uncertain age.", VCF),
])
def test_outside26_en_a_one_paragraph_report_keeps_its_hedges(text, concept):
    assert assertions(text, "en", concept, "radiology") == ["uncertain"]


@pytest.mark.parametrize("text,concept,expected", [
    ("CT PELVIS ?SACRAL INSUFFICIENCY FRACTURE\nFindings: No fracture.", SACRAL, "hypothetical"),
    ("MRI LUMBAR SPINE FOR POSSIBLE COMPRESSION FRACTURE\nFindings: normal vertebral body heights.", VCF,
     "hypothetical"),
])
def test_outside26_en_a_short_title_line_still_asks(text, concept, expected):
    assert assertions(text, "en", concept, "radiology")[0] == expected


# --- a relative's own clause, then what became of that relative; another patient quoted as an example --------------
@pytest.mark.parametrize("text,concept", [
    ("He worries because his mother, who had osteoporosis, was left bent after a compression fracture of L2 in her "
     "seventies.", VCF),
    ("Her sister, who has rheumatoid arthritis, sustained an L1 compression fracture last spring.", VCF),
    ("His father, who had prostate cancer, developed a sacral insufficiency fracture after radiotherapy.", SACRAL),
    ("The team recalled the patient discussed in September, in whom a sacral fracture missed on plain films was "
     "found on MRI only weeks later.", SACRAL),
    ("We remembered a similar patient last year who had a sacral fracture missed on radiographs.", SACRAL),
    ("Like the lady we saw last month, who had a pubic ramus fracture, she was referred by her GP.", RAMUS),
    ("Her husband, who fell last winter and fractured his sacrum, accompanied her.", SACRAL),
    ("Her sister, who slipped on ice and sustained an L1 compression fracture, is her carer.", VCF),
])
def test_outside26_en_someone_elses_fracture_is_no_finding_of_the_patient(text, concept):
    assert assertions(text, "en", concept) == ["historical"]


@pytest.mark.parametrize("text,concept", [
    ("Her daughter, who has a car, drove her in; she has an L1 compression fracture.", VCF),
    ("Her husband, who has dementia, has noticed that she has low back pain.", LBP),
    ("His mother had osteoporosis; he has an L1 compression fracture.", VCF),
    ("She recalled the fall clearly; the MRI shows a sacral fracture.", SACRAL),
    ("Unlike the patient's previous scan, the MRI shows a sacral fracture.", SACRAL),
    ("Her daughter, who drove her in, says she has a sacral fracture on the MRI.", SACRAL),
    ("Her son, who brought her in, reports that she fractured L1 in a fall.", VCF),
])
def test_outside26_en_the_patients_own_finding_beside_a_relative_stays_present(text, concept):
    assert assertions(text, "en", concept) == ["present"]


# --- another person's exam is no workup of the patient -----------------------------------------------------------
_RAMUS_XR = ("n1", "2024-04-15", "radiology", "XR pelvis", "Fracture of the left superior pubic ramus.")


@pytest.mark.parametrize("note", [
    "Her husband, who had an MRI of his pelvis in March for his own prostate cancer, asked whether she should have "
    "the same scan.",
    "Her husband's MRI of the pelvis last week was normal; she has had no further imaging.",
    "His wife had a CT of the pelvis in April for her own hip, and he asked about one.",
])
def test_outside26_en_a_relatives_exam_is_no_workup(note):
    case = only_case([_RAMUS_XR, ("n2", "2024-04-25", "clinical", "", note)], "en")
    assert flag_and_workup(case) == ("true", "radiograph_only")


@pytest.mark.parametrize("note", [
    "Her husband reports that she had an MRI of the pelvis in April at another hospital.",
    "She and her husband say she had an MRI of the pelvis in April.",
])
def test_outside26_en_the_patients_exam_told_by_a_relative_counts(note):
    case = only_case([_RAMUS_XR, ("n2", "2024-04-25", "clinical", "", note)], "en")
    assert flag_and_workup(case) == ("false", "mri")


# --- a fracture that often comes with another: a general statement, the reason for an exam ------------------------
@pytest.mark.parametrize("text", [
    "The CT, which we had requested because a sacral fracture so often accompanies such injuries, was normal.",
    "CT was done since sacral fractures frequently accompany pubic rami fractures in the elderly.",
    "A sacral fracture commonly accompanies a ramus fracture in osteoporotic bone, hence the MRI.",
])
def test_outside26_en_a_fracture_that_often_accompanies_is_a_reason(text):
    assert assertions(text, "en", SACRAL) == ["hypothetical"]


def test_outside26_en_a_fracture_that_accompanies_here_is_present():
    assert assertions("A left sacral ala fracture accompanies the ramus fracture.", "en", SACRAL) == ["present"]


# --- a finding read as an old fracture ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Anterior wedging of T8 with well-corticated margins, in keeping with an old fracture.",
    "Mild wedging of T12, consistent with an old fracture.",
    "Anterior wedging of L2, compatible with an old fracture, unchanged.",
])
def test_outside26_en_wedging_read_as_an_old_fracture_is_historical(text):
    assert assertions(text, "en", VCF, "radiology") == ["historical"]


@pytest.mark.parametrize("text", [
    "Wedging of L1 with marrow oedema, in keeping with an acute fracture.",
    "Wedging of L1, in keeping with a compression fracture.",
])
def test_outside26_en_wedging_read_as_a_fracture_stays_present(text):
    assert assertions(text, "en", VCF, "radiology") == ["present"]


# --- heights kept and heights lost ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The vertebral bodies keep their height.",
    "All lumbar vertebral bodies retain their normal height.",
    "The MRI shows disc degeneration; the vertebral bodies keep their height, and the sacrum is normal.",
])
def test_outside26_en_vertebral_bodies_that_keep_their_height(text):
    assert assertions(text, "en", VCF, "radiology") == ["negated"]


@pytest.mark.parametrize("text", [
    "L1 has lost about a third of its height.",
    "The corpus vertebrae L4 was found to have lost about a quarter of its height.",
    "On the radiograph the L2 vertebral body has lost half of its anterior height.",
])
def test_outside26_en_a_vertebra_that_lost_a_share_of_its_height(text):
    assert assertions(text, "en", VCF, "radiology") == ["present"]


@pytest.mark.parametrize("text", [
    "The L4-5 disc has lost most of its height.",
    "She has lost 3 cm of her height.",
])
def test_outside26_en_a_disc_or_a_stature_that_lost_height_is_no_compression(text):
    assert assertions(text, "en", VCF, "radiology") == []


# --- a normal study or alignment after a finding; a reporting verb after a history word -----------------------------
def test_outside26_en_normal_alignment_after_a_colon_denies_no_pain_before_it():
    text = ("Lumbar spine radiographs in a 50-year-old man with low back pain and right sciatica: normal alignment, "
            "normal height of the vertebral bodies, narrowing of the L4-L5 disc space.")
    assert assertions(text, "en", LBP, "radiology") == ["present"]
    assert assertions(text, "en", VCF, "radiology") == ["negated"]


@pytest.mark.parametrize("text,concept,expected", [
    ("MRI of the pelvis in a woman with groin pain and normal radiographs shows an undisplaced fracture of the left "
     "superior pubic ramus.", RAMUS, "present"),
    ("MRI of the pelvis after normal plain films demonstrates a fracture of the right sacral ala.", SACRAL, "present"),
    ("Normal radiographs of the pelvis; no pubic ramus fracture.", RAMUS, "negated"),
    ("Sacrum: normal.", SACRAL, "negated"),
])
def test_outside26_en_normal_radiographs_deny_no_later_finding(text, concept, expected):
    assert assertions(text, "en", concept, "radiology") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("CT of the pelvis in a woman with buttock pain since a fall at Christmas demonstrates a fracture through the "
     "left sacral ala.", "present"),
    ("MRI in a woman with pain since a fall last month shows a fracture of the right sacral ala.", "present"),
    ("Old fracture of the left sacral ala, which shows sclerosis.", "historical"),
    ("Sacral fracture since 2019, unchanged.", "historical"),
])
def test_outside26_en_a_reporting_verb_ends_the_reach_of_since(text, expected):
    assert assertions(text, "en", SACRAL, "radiology") == [expected]


# --- a nerve root compressed several words after "compression" ---------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("MRI shows a disc extrusion at L4-L5 causing compression of the traversing right L5 nerve root.", []),
    ("Disc bulge at L5-S1 with compression of the exiting left L5 nerve root.", []),
    ("Compression fracture of L5 with narrowing of the left L5 exit foramen.", ["present"]),
])
def test_outside26_en_nerve_root_compression_is_no_vertebral_compression(text, expected):
    assert assertions(text, "en", VCF, "radiology") == expected


# --- a lumbar MRI's disc findings "from L3 to S1" do not limit its field ------------------------------------------
@pytest.mark.parametrize("text,covers", [
    ("MRI of the lumbar spine, with the field of view extended to include the whole sacrum, shows disc degeneration "
     "from L3 to S1; the sacrum and both alae show normal marrow signal.", True),
    ("MRI of the lumbar spine: degenerative changes from L3 to S1. The sacrum is normal.", True),
    ("FINDINGS: Imaged from T12 to S2. No sacral edema.", False),
    ("MRI lumbar spine, sagittal images from T11 to S1. No sacral edema.", False),
])
def test_outside26_en_disc_findings_from_l3_to_s1_are_no_field(text, covers):
    assert exam_rows(text, "en", "radiology", "MRI lumbar spine") == [("mri", "performed", covers)]


# --- the whole set -----------------------------------------------------------------------------------------------
def test_outside26_en_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "en")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


# --- a case history's main verb ends a denial in the patient's description ------------------------------------------
@pytest.mark.parametrize("text", [
    "A 69-year-old woman with no history of trauma presented with low back pain.",
    "An 81-year-old woman with no previous fractures presented with a three-week history of low back pain.",
    "A 72-year-old woman without any trauma came in with pain in the lower back.",
    "A 72-year-old man with no fall was admitted with severe lumbar pain.",
    "An 80-year-old woman without red flags describes low back pain.",
])
def test_outside26_en_a_denial_before_the_presentation_leaves_the_pain(text):
    assert assertions(text, "en", LBP) == ["present"]


@pytest.mark.parametrize("text,expected", [
    ("She presented with no low back pain.", "negated"),
    ("She was admitted without low back pain.", "negated"),
    ("She has not presented with low back pain before.", "negated"),
    ("She never presented with low back pain.", "negated"),
    ("If she presented with low back pain, an MRI would follow.", "hypothetical"),
])
def test_outside26_en_a_denied_or_conditional_presentation_keeps_its_reading(text, expected):
    assert assertions(text, "en", LBP) == [expected]


# --- an MRI that finds nothing at the sacrum ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The MRI showed an L2 compression fracture but, as the radiologist pointed out, no signal change in the sacrum.",
    "No abnormal marrow signal in the sacral alae.",
    "No abnormal signal within the sacrum.",
])
def test_outside26_en_no_signal_change_in_the_sacrum_denies_a_sacral_fracture(text):
    assert set(assertions(text, "en", SACRAL, "radiology")) == {"negated"}


@pytest.mark.parametrize("text,expected", [
    ("No oedema in the sacrum; there is a fracture line through the left sacral ala.", ["present"]),
    ("Left superior ramus fracture and no oedema in the sacrum or ilium.", []),
    ("Signal change in the sacrum, in keeping with an insufficiency fracture.", ["present"]),
])
def test_outside26_en_a_sacral_signal_finding_stays_a_finding(text, expected):
    assert assertions(text, "en", SACRAL, "radiology") == expected


# --- a plural noun right before "has": the denial was of that noun, "has" is the patient's own verb ----------------
@pytest.mark.parametrize("text", [
    "This 69-year-old woman with hypertension and no earlier fractures has pain in the left groin and in the low back.",
    "A man with no risk factors has low back pain.",
    "A woman without any falls has pain low in the back.",
])
def test_outside26_en_a_denied_plural_before_has_leaves_the_pain(text):
    assert assertions(text, "en", LBP) == ["present"]


@pytest.mark.parametrize("text", [
    "She no longer has low back pain.",
    "She denies that she has low back pain.",
    "A woman with no osteoporosis and no low back pain.",
])
def test_outside26_en_a_denied_pain_stays_denied(text):
    assert assertions(text, "en", LBP) == ["negated"]


# --- a fracture "treated conservatively" is the current plan; "was treated conservatively" its past ----------------
@pytest.mark.parametrize("text", [
    "She goes home today with her right pubic rami fractures treated conservatively and her pain controlled.",
    "Left superior and inferior pubic rami fractures treated conservatively; mobilise as able.",
])
def test_outside26_en_fractures_treated_conservatively_now_are_present(text):
    assert assertions(text, "en", RAMUS) == ["present"]


@pytest.mark.parametrize("text,concept", [
    ("Her sacral fracture was treated conservatively.", SACRAL),
    ("Both pubic rami fractures were treated conservatively.", RAMUS),
    ("Known L1 compression fracture from 2019, treated conservatively.", VCF),
])
def test_outside26_en_fractures_that_were_treated_conservatively_are_historical(text, concept):
    assert assertions(text, "en", concept) == ["historical"]


# --- "did not show" a finding is a done study; "did not show" for the appointment is a missed one ------------------
@pytest.mark.parametrize("text,modality", [
    ("CT pelvis did not show a sacral fracture.", "ct"),
    ("The CT of the pelvis, which we had requested because of the ramus fracture, did not show any fracture of the "
     "sacrum.", "ct"),
    ("The bone scan did not show any abnormal uptake in the sacrum.", "scintigraphy"),
])
def test_outside26_en_a_study_that_did_not_show_a_finding_was_done(text, modality):
    assert exam_rows(text, "en") == [(modality, "performed", True)]


@pytest.mark.parametrize("text,modality", [
    ("She did not show for her MRI pelvis appointment.", "mri"),
    ("Did not show up for the CT pelvis.", "ct"),
    ("The MRI pelvis was booked but she did not show.", "mri"),
])
def test_outside26_en_a_patient_who_did_not_show_missed_the_study(text, modality):
    assert exam_rows(text, "en") == [(modality, "not_performed", True)]


# --- "not until": the finding was found at last, not denied -------------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("It was not until the MRI that the sacral fracture was recognised.", SACRAL),
    ("It wasn't until the MRI that the sacral fracture was recognised.", SACRAL),
    ("The sacral fracture was not seen until the MRI.", SACRAL),
    ("The L1 compression fracture was not diagnosed until the CT.", VCF),
])
def test_outside26_en_not_until_is_no_denial(text, concept):
    assert assertions(text, "en", concept) == ["present"]


@pytest.mark.parametrize("text", [
    "No sacral fracture was seen.",
    "Sacral fracture not seen.",
    "No sacral fracture until the MRI.",
])
def test_outside26_en_a_denial_without_until_stays_denied(text):
    assert assertions(text, "en", SACRAL) == ["negated"]


# --- a study the team did not think needed is not done -----------------------------------------------------------
@pytest.mark.parametrize("text,modality", [
    ("We did not think an MRI of the pelvis was needed.", "mri"),
    ("We did not think she needed an MRI of the pelvis.", "mri"),
    ("I did not feel that he would need a CT of the pelvis.", "ct"),
])
def test_outside26_en_a_study_not_thought_needed_is_not_done(text, modality):
    assert exam_rows(text, "en") == [(modality, "not_performed", True)]


def test_outside26_en_a_study_not_thought_helpful_that_showed_a_fracture_was_done():
    text = "She did not think the MRI of the pelvis was helpful, but it showed a sacral fracture."
    assert exam_rows(text, "en") == [("mri", "performed", True)]

"""Look-alikes a review of the session's new rules found them reading wrongly, each kept to its right reading: a lower
lumbar vertebra's normal height, a site field of something other than pain, another part's pain "felt in the lumbar
dermatomes", a posture ("sitter i bilen"), tenderness beside the patient's own pain, a pain that "had gone on", a
treatment considered "for" a fracture, a postural pain, an American "organism", asking for a done study's report or a
review of it, and a likelihood called low in Swedish."""
from __future__ import annotations

import pandas as pd
import pytest

from reportminer.dates import note_day_order
from reportminer.lexicon import load_lexicon

from .phrasing import assertions, one_note, statuses

LBP, VCF, SACRAL = "low_back_pain", "vertebral_compression_fracture", "sacral_fracture"


@pytest.mark.parametrize("sentence, language, concept, expected", [
    ("Normal height of the lower lumbar vertebrae.", "en", VCF, ["negated"]),
    ("Heights of the lower lumbar vertebral bodies are preserved.", "en", VCF, ["negated"]),
    ("Fracture location: lumbar spine.", "en", LBP, []),
    ("Tumour site: lumbar spine.", "en", LBP, []),
    ("SOCRATES: Site - lower back.", "en", LBP, ["present"]),
    ("Leg pain, mainly on lumbar flexion.", "en", LBP, []),
    ("Radicular leg pain, felt in the lumbar dermatomes L5 and S1.", "en", LBP, []),
    ("Pain, mainly in the lumbar region.", "en", LBP, ["present"]),
    ("Ont i höger höft när hon sitter i bilen mot ländryggen.", "sv", LBP, []),
    ("Smärta som sitter i korsbenet.", "sv", LBP, ["present"]),
    ("Low back pain with local tenderness on palpation.", "en", LBP, ["present"]),
    ("Lower back pain since the fall with tenderness on palpation of L4.", "en", LBP, ["present"]),
    ("Low back pain had gone on for weeks before she came in.", "en", LBP, ["present"]),
    ("Low back pain is gone when lying down but returns on standing.", "en", LBP, ["present"]),
    ("Low back pain gone for a week now.", "en", LBP, ["negated"]),
    ("Consider bisphosphonate for L1 compression fracture.", "en", VCF, ["present"]),
    ("Consider IV zoledronate for her L1 compression fracture.", "en", VCF, ["present"]),
    ("Consider sacral insufficiency fracture.", "en", SACRAL, ["uncertain"]),
    ("Low back pain, likely postural.", "en", LBP, ["present"]),
    ("Ländryggssmärta, sannolikt konstitutionell.", "sv", LBP, ["present"]),
    ("Låg sannolikhet för sakrumfraktur.", "sv", SACRAL, ["negated"]),
    ("Låg misstanke om sakrumfraktur.", "sv", SACRAL, ["negated"]),
    ("Hög sannolikhet för sakrumfraktur.", "sv", SACRAL, ["uncertain"]),
])
def test_review_mends_readings(sentence, language, concept, expected):
    assert assertions(sentence, language, concept, "radiology") == expected


@pytest.mark.parametrize("language, text, expected", [
    ("en", "I asked for a copy of the MRI pelvis report.", "performed"),
    ("en", "I have asked for an opinion on her MRI pelvis.", "performed"),
    ("en", "She has been listed for surgery following her MRI pelvis.", "performed"),
    ("en", "She has been listed for an urgent MRI pelvis.", "requested"),
    ("sv", "Har begärt journalkopior med MR bäcken från Danderyd.", "performed"),
    ("sv", "Begär bedömning av MR bäcken från Danderyd.", "performed"),
])
def test_review_mends_what_was_asked_for(language, text, expected):
    assert statuses(text, language, "mri") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("CT pelvis 03/04/2024. Urine culture: no organisms.", None),
    ("CT pelvis 03/04/2024. Follow-up organised by the ward.", "dmy"),
])
def test_review_mends_an_american_organism_is_no_british_cue(text, expected):
    assert note_day_order(text, pd.Timestamp("2024-04-20"), load_lexicon("en")) == expected


@pytest.mark.parametrize("exam, language, expected", [
    # the hybrid study is read from the exam's name as read, a procedure code replaced by the name it stands for
    ("SPECT-CT bäcken", "sv", ("scintigraphy", "pelvis")),
    ("SPECT/CT lumbar spine", "en", ("scintigraphy", "lumbar_spine")),
    ("72192", "en", ("ct", "pelvis")),
    ("CT 72192", "en", ("ct", "pelvis")),
])
def test_review_mends_the_exam_column_read_after_its_code(exam, language, expected):
    exams = one_note("Report text.", language, "radiology", exam).exams
    assert (exams.iloc[0]["modality"], exams.iloc[0]["region"]) == expected


@pytest.mark.parametrize("exam, expected", [
    # an English catalogue name that lists its parts after its own two-word region, as Swedish "MR LÄNDRYGG, SAKRUM"
    ("MRI LUMBAR SPINE, SACRUM", ("sacrum", True)),
    ("CT lumbar spine, pelvis", ("pelvis", True)),
    ("MRI LUMBAR SPINE", ("lumbar_spine", False)),
    ("CT cervical spine, chest", ("other", False)),
])
def test_review_mends_an_english_name_listing_its_parts(exam, expected):
    exams = one_note("Report text.", "en", "radiology", exam).exams
    assert (exams.iloc[0]["region"], bool(exams.iloc[0]["covers_sacrum"])) == expected

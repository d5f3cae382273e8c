"""Round thirty-two, Swedish: vad en undersökning täcker. The wording families that a red team's notes
(tests/data/outside32/sv: lumbar reports that read the sacrum only in part or on review, a sacrum read as normal
by its signal, pelvic-organ MRI, studies of a neighbour or of a part with no region whose report reads the sacrum)
showed the pipeline misreading, each by several differently worded sentences, with look-alikes that must keep their
reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, exam_rows, flag_and_workup, one_note, only_case, scored_set

SACRAL = "sacral_fracture"
SET = Path(__file__).resolve().parent / "data" / "outside32" / "sv"
LUMBAR = "MR ländrygg\nFynd: Normal höjd av kotkropparna. Diskbuktning L4–L5. "


def _covers(text: str, exam: str) -> list[bool]:
    """covers_sacrum of each performed exam of a radiology report of ``exam``."""
    return [c for m, s, c in exam_rows(text, "sv", "radiology", exam) if s == "performed"]


def _case(report_exam: str, report: str, *more: tuple) -> tuple:
    rows = [("n1", "2025-03-01", "clinical", "", "82-årig kvinna med ländryggssmärta sedan 3 veckor.", "sv"),
            ("n2", "2025-03-05", "radiology", report_exam, report, "sv"), *more]
    return flag_and_workup(only_case(rows))


# --- a sacrum read as normal by its signal, the normal word first ("normal signal i sakrum"), or stated in the ----
# --- images, then its fracture denied ("Sakrum och SI-lederna i bild utan ödem eller frakturlinje") -------------
@pytest.mark.parametrize("sentence", [
    "Normal signal i sakrum, ingen fraktur.",
    "Skelettet: normal benmärgssignal i bäckenet och sakrum, inga metastaser eller frakturer.",
    "Bäckenskelettet: normal signal i sakrum, ingen fraktur eller metastas.",
    "Normal märgsignal inom sakrum.",
    "Sakrum och SI-lederna i bild utan ödem eller frakturlinje.",
    "Sakrum i bild utan ödem eller fraktur.",
])
def test_outside32_sv_a_sacrum_read_normal_denies_its_fracture(sentence):
    assert assertions_by_concept("Fynd: " + sentence, "sv", "radiology").get(SACRAL) == ["negated"]


@pytest.mark.parametrize("sentence, expected", [
    ("Normal signal i L5, ödem i sakrum med frakturlinje.", ["present"]),
    ("Normal signal i kotkropparna men ödem i sakrum, förenligt med insufficiensfraktur.", ["present"]),
    ("Normal signal i bäckenet. Fraktur i vänster sakralvinge.", ["present"]),
    ("Sakrum utan ödem eller fraktur.", ["negated"]),
    ("Övre delen av sakrum, S1–S2, utan ödem.", None),  # oedema denied names no fracture
    ("Inga skelettlesioner i bäcken eller sakrum.", None),
])
def test_outside32_sv_the_sacrum_keeps_its_reading(sentence, expected):
    assert assertions_by_concept("Fynd: " + sentence, "sv", "radiology").get(SACRAL) == expected


# --- a sacrum stated imaged or reviewed, then read as normal ("Hela sakrum avbildat, ua", "Sakrum har granskats ---
# --- på de befintliga bilderna och är ua"): a reading of the sacrum, and a workup ---------------------------------
@pytest.mark.parametrize("sentence", [
    "Hela sakrum avbildat, ua.",
    "Sakrum ingår i undersökningen och är ua.",
    "Sakrum har granskats på de befintliga bilderna och är ua.",
    "Sakrum eftergranskat på sagittala STIR, normal signal.",
])
def test_outside32_sv_a_sacrum_imaged_or_reviewed_then_read_is_a_workup(sentence):
    assert assertions_by_concept(LUMBAR + sentence, "sv", "radiology").get(SACRAL) == ["negated"]
    assert _covers(LUMBAR + sentence, "MR ländrygg") == [True]
    assert _case("MR ländrygg", LUMBAR + sentence) == ("false", "mri")


@pytest.mark.parametrize("addendum", [
    "Tilläggssvar: Sakrum har granskats på de befintliga bilderna och är ua.",
    "Tilläggsutlåtande: Sakrum och SI-lederna har eftergranskats på sagittala STIR och är normala.",
])
def test_outside32_sv_an_addendum_that_reads_the_sacrum_makes_the_lumbar_study_a_workup(addendum):
    report = LUMBAR + "Utlåtande: Ingen kotkompression."
    assert _case("MR ländrygg", report) == ("true", "none")
    assert _case("MR ländrygg", report, ("n3", "2025-03-07", "radiology", "MR ländrygg", addendum, "sv")) == (
        "false", "mri")


@pytest.mark.parametrize("sentence", [
    "Sakrum ej avbildat, L5 normal.",
    "Sakrum ingår inte i undersökningen och kan inte bedömas.",
])
def test_outside32_sv_a_sacrum_not_imaged_stays_no_workup(sentence):
    assert assertions_by_concept(LUMBAR + sentence, "sv", "radiology").get(SACRAL) is None
    assert _covers(LUMBAR + sentence, "MR ländrygg") == [False]


# --- a sacrum read only in its imaged parts ("De avbildade delarna av sakrum är ua", "Sakrum ua i avbildade ------
# --- delar", "endast avbildat i sagittalplanet"): incompletely evaluated, no workup --------------------------------
@pytest.mark.parametrize("sentence", [
    "De avbildade delarna av sakrum är ua.",
    "Sakrum ua i avbildade delar.",
    "Sakrum är ua i de inkluderade partierna.",
    "Sakrum är endast avbildat i sagittalplanet och ser normalt ut där.",
    "Sakrum är bara med på de sagittala bilderna, ua.",
])
def test_outside32_sv_a_sacrum_read_in_its_imaged_parts_is_no_workup(sentence):
    assert _covers(LUMBAR + sentence, "MR ländrygg") == [False]
    assert _case("MR ländrygg", LUMBAR + sentence) == ("true", "none")


@pytest.mark.parametrize("sentence", [
    "Sakrum ua på de sagittala bilderna.",
    "Sakrum och SI-leder ua.",
    "Sakrum med normal signal.",
])
def test_outside32_sv_a_sacrum_read_in_full_stays_a_workup(sentence):
    assert _covers(LUMBAR + sentence, "MR ländrygg") == [True]
    assert _case("MR ländrygg", LUMBAR + sentence) == ("false", "mri")


# --- an MRI of a pelvic organ (prostata, rektum, livmoder, äggstockar) images the pelvis -------------------------
@pytest.mark.parametrize("exam", ["MR prostata", "MR rektum", "MR livmoder", "MR av äggstockarna", "MR ändtarm"])
def test_outside32_sv_a_pelvic_organ_mri_covers_the_sacrum(exam):
    assert _covers(exam + "\nFynd: Ingen tumör. Inga förstorade lymfkörtlar.", exam) == [True]


@pytest.mark.parametrize("text, expected", [
    ("MR prostata gjord 2025-03-03: PI-RADS 5-lesion i vänster perifer zon.", [("mri", "pelvis", "performed", True)]),
    ("MR av livmodern 3/3 visade myom.", [("mri", "pelvis", "performed", True)]),
    ("MR ländrygg pga prostatacancer: ua.", [("mri", "lumbar_spine", "performed", False)]),
    ("DT thorax med tanke på prostatacancer visade inga metastaser.", [("ct", "other", "performed", False)]),
    ("Rtg ländrygg, prostata stor.", [("radiograph", "lumbar_spine", "performed", False)]),
])
def test_outside32_sv_pelvic_organ_studies_told_in_a_note(text, expected):
    found = one_note("82-årig kvinna med ländryggssmärta. " + text, "sv").exams
    assert [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)] == expected


# --- a study of a neighbour (svanskota) or of a part with no region of ours (DT angiografi, DT övre buk) covers ---
# --- the sacrum where its own report reads it; one far from it (DT thorax, MR knä) never does --------------------
@pytest.mark.parametrize("exam, report", [
    ("MR svanskota", "MR svanskota\nFynd: Ingen fraktur i coccyx. Sakrum med normal signal, ingen fraktur."),
    ("DT angiografi", "DT angiografi\nFynd: Ocklusion av vänster a. iliaca externa. Skelett: sakrum och bäcken utan fraktur."),
    ("DT övre buk", "DT övre buk\nFynd: Levercysta. Sakrum ua."),
])
def test_outside32_sv_another_region_read_for_the_sacrum_is_a_workup(exam, report):
    assert _covers(report, exam) == [True]
    assert _case(exam, report) == ("false", "ct" if exam.startswith("DT") else "mri")


@pytest.mark.parametrize("exam, report", [
    ("DT thorax", "DT thorax\nFynd: Emfysem. Sakrum ua."),
    ("MR knä hö", "MR höger knä\nFynd: Meniskskada. Sakrum ua."),
    ("DT angiografi", "DT angiografi\nFynd: Ocklusion av vänster a. iliaca externa."),
    ("MR svanskota", "MR svanskota\nFynd: Ingen fraktur i coccyx."),
])
def test_outside32_sv_another_region_silent_or_far_is_no_workup(exam, report):
    assert _covers(report, exam) == [False]
    assert _case(exam, report) == ("true", "none")


@pytest.mark.parametrize("text, covers", [
    ("DT angiografi 3/3 visade ocklusion i a. iliaca, sakrum utan fraktur.", True),
    ("DT angiografi 3/3 visade ocklusion i a. iliaca.", False),
    ("DT thorax 3/3: inga lungembolier, sakrum ua.", False),
])
def test_outside32_sv_another_region_told_in_a_clinical_note(text, covers):
    found = one_note("82-årig kvinna med ländryggssmärta. " + text, "sv").exams
    assert found["covers_sacrum"].tolist() == [covers]


def test_outside32_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

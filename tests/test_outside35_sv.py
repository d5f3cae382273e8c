"""Swedish wording families found by the thirty-fifth round's red-team notes (tests/data/outside35/sv: what the exam is
called, in all its forms): the older abbreviation NMR for MR ("NMR BÄCKEN", "NMR av bäckenet", "Remiss NMR bäcken");
the films a clinician speaks of ("plåtarna från akuten", "röntgenplåtarna"), plain radiographs; the SPECT of a hybrid
study named without "scintigrafi" ("SPECT/DT BÄCKEN", "SPECT/DT av bäckenet"), the scintigraphy's (its CT is no CT
workup), and a scintigraphy report's own study named again by its SPECT part (one study, the report's field); a
catalogue name listing its parts after a region of its own ("MR LÄNDRYGG, SAKRUM", "DT LÄNDRYGG, BÄCKEN",
"MR LÄNDRYGG INKL. SAKRUM"), which images the sacrum as "MR ländrygg och sakrum" does; and the sacrum with up to five
words of its own reading, then its fracture line denied after a comma ("Sakrum i övrigt med normal signal, ingen
frakturlinje"). Each family by at least two differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside35" / "sv"
SACRAL = "sacral_fracture"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)]


# --- NMR, the older name of MR -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("exam, text, expected", [
    ("NMR BÄCKEN", "Fynd: Normal benmärgssignal i bäckenskelettet. Inga frakturlinjer.\nUtlåtande: Ua.",
     ("mri", "pelvis", "performed", True)),
    ("NMR SAKRUM", "Fynd: Ingen fraktur.", ("mri", "sacrum", "performed", True)),
    ("NMR LÄNDRYGG", "Fynd: Diskbråck L4-L5.", ("mri", "lumbar_spine", "performed", False)),
])
def test_outside35_sv_nmr_in_the_exam_column_is_an_mri(exam, text, expected):
    assert _exams(text, "radiology", exam) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Pga långdragen smärta gjordes NMR av bäckenet 2025-01-03 som inte visade någon sakrumfraktur.",
     ("mri", "pelvis", "performed", True)),
    ("Ländryggssmärta. Remiss NMR bäcken skickad.", ("mri", "pelvis", "requested", True)),
    ("Ländryggssmärta. Gjort en NMR-undersökning av ländryggen i höstas, diskbråck.",
     ("mri", "lumbar_spine", "performed", False)),
])
def test_outside35_sv_nmr_in_a_clinical_note_is_an_mri(text, expected):
    assert _exams(text) == [expected]


def test_outside35_sv_an_nmr_of_the_pelvis_works_up_a_ramus_fracture():
    rows = [("n1", "2025-01-05", "radiology", "Rtg bäcken", "Fraktur i höger ramus superior.", "sv"),
            ("n2", "2025-01-12", "discharge", "", "Epikris. Ramusfraktur höger. NMR av bäckenet 2025-01-09 visade "
                                                  "ingen sakrumfraktur.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "mri")


# --- the films: plåtarna, röntgenplåtar ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, region", [
    ("Röntgenplåtarna från akuten visar en fraktur i höger ramus superior.", "other"),
    ("Tittat på plåtarna av ländrygg och bäcken tillsammans med jourhavande radiolog, ingen säker fraktur.", "pelvis"),
    ("Tog plåtar av bäckenet på akuten: ingen fraktur.", "pelvis"),
])
def test_outside35_sv_the_films_are_plain_radiographs(text, region):
    assert _exams(text) == [("radiograph", region, "performed", False)]


@pytest.mark.parametrize("text", [
    "Arbetade som plåtslagare i 40 år. Ont i ländryggen.",
    "Har en platta i vänster handled sedan tidigare. Ont i ländryggen.",
    "Ländryggssmärta. Tak av plåt på garaget föll ned.",
])
def test_outside35_sv_sheet_metal_and_plates_are_no_films(text):
    found = _exams(text)
    assert [e for e in found if e[0] == "radiograph" and e[2] == "performed" and "plåt" not in text] == []
    assert all(e[0] != "radiograph" for e in found) or "Tak av plåt" in text


def test_outside35_sv_films_alone_are_radiograph_only():
    rows = [("n1", "2025-01-10", "emergency", "", "78-årig kvinna med smärta i korsryggen sedan i förrgår. Tittat på "
                                                  "plåtarna av ländrygg och bäcken, ingen säker fraktur.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "radiograph_only")


# --- SPECT/DT named without "scintigrafi" --------------------------------------------------------------------------
@pytest.mark.parametrize("exam, expected", [
    ("SPECT/DT BÄCKEN", ("scintigraphy", "pelvis", "performed", True)),
    ("SPECT/DT LÄNDRYGG OCH BÄCKEN", ("scintigraphy", "pelvis", "performed", True)),
    ("SPECT-CT SAKRUM", ("scintigraphy", "sacrum", "performed", True)),
    ("SPECT/DT LÄNDRYGG", ("scintigraphy", "lumbar_spine", "performed", False)),
])
def test_outside35_sv_a_spect_column_is_a_scintigraphy(exam, expected):
    assert _exams("Fynd: Inget fokalt upptag.\nUtlåtande: Ua.", "radiology", exam) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Pga kvarstående smärta gjordes SPECT/DT av bäckenet 2025-01-08: inget upptag i sakrum.",
     [("scintigraphy", "pelvis", "performed", True)]),
    ("SPECT med lågdos-DT över bäckenet 2025-01-08 visade ökat upptag i vänster ramus.",
     [("scintigraphy", "pelvis", "performed", True)]),
    ("Skelettscintigrafi med SPECT/DT över bäckenet 2025-01-08 ua.", [("scintigraphy", "pelvis", "performed", True)]),
])
def test_outside35_sv_a_spect_in_a_clinical_note_is_a_scintigraphy_not_a_ct(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("exam, text", [
    ("Skelettscintigrafi", "Helkroppsbilder samt SPECT/DT över ländryggen. Ökat upptag i L2."),
    ("SKELETTSCINT HELKROPP", "Teknik: Helkroppsbilder och SPECT över nedre ländryggen. Inga fokala upptag."),
])
def test_outside35_sv_a_scintigraphy_reports_spect_part_is_its_own_study(exam, text):
    assert _exams(text, "radiology", exam) == [("scintigraphy", "whole_body", "performed", True)]


def test_outside35_sv_a_spect_of_the_pelvis_is_a_scintigraphy_workup():
    rows = [("n1", "2025-01-05", "radiology", "Rtg bäcken", "Fraktur i vänster ramus inferior.", "sv"),
            ("n2", "2025-01-20", "radiology", "SPECT/DT BÄCKEN", "Inget upptag i sakrum.\nUtlåtande: Läkande "
                                                                  "ramusfraktur. Ingen sakrumfraktur.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "scintigraphy")


@pytest.mark.parametrize("text, expected", [
    ("SPECT/DT över bröstryggen 2025-01-02 visade metastas.", ("scintigraphy", "other", "performed", False)),
    ("Myokardscintigrafi med SPECT 2025-01-02 utan ischemi.", ("scintigraphy", "other", "performed", False)),
    ("Hjärtscintigrafi 2025-01-02 utan ischemi.", ("scintigraphy", "other", "performed", False)),
    ("Skelettscintigrafi 2025-01-02 utan metastaser.", ("scintigraphy", "whole_body", "performed", True)),
])
def test_outside35_sv_a_spect_or_a_heart_scan_is_no_whole_body_bone_scan(text, expected):
    assert _exams(text) == [expected]


# --- a catalogue name listing its parts after a region of its own ---------------------------------------------------
@pytest.mark.parametrize("exam, region", [
    ("MR LÄNDRYGG, SAKRUM", "sacrum"),
    ("MR LÄNDRYGG INKL. SAKRUM", "sacrum"),
    ("DT LÄNDRYGG, BÄCKEN (DT3300)", "pelvis"),
    ("MR LÄNDRYGG, SI-LEDER", "si_joints"),
    ("MR LÄNDRYGG, SAKRUM OCH SI-LEDER", "sacrum"),
])
def test_outside35_sv_a_name_listing_the_sacrum_covers_it(exam, region):
    text = "Fynd: Diskdegeneration L4-L5. Inget benmärgsödem, ingen frakturlinje.\nUtlåtande: Inga frakturer."
    assert _exams(text, "radiology", exam) == [("mri" if exam.startswith("MR") else "ct", region, "performed", True)]


@pytest.mark.parametrize("exam, text", [
    ("MR LÄNDRYGG, HÖFTER", "Fynd: Diskdegeneration L4-L5.\nUtlåtande: Ua."),
    ("MR LÄNDRYGG EXKL. SAKRUM", "Fynd: Diskdegeneration L4-L5.\nUtlåtande: Ua."),
    ("MR LS-RYGG", "Teknik: Koronala STIR-sekvenser genom sakrum.\nFynd: Diskbråck L4-L5."),
])
def test_outside35_sv_a_lumbar_name_without_the_sacrum_does_not_cover_it(exam, text):
    assert [e[3] for e in _exams(text, "radiology", exam)] == [False]


@pytest.mark.parametrize("text, region", [
    ("Rtg ländrygg, prostata stor.", "lumbar_spine"),
    ("Ländryggssmärta. MR ländrygg, sakrum ej medtaget, visade diskbråck L5-S1.", "lumbar_spine"),
])
def test_outside35_sv_a_second_clause_after_a_comma_names_no_part_of_the_exam(text, region):
    found = _exams(text)
    assert [(e[1], e[3]) for e in found] == [(region, False)]


def test_outside35_sv_a_lumbar_and_sacral_mri_works_up_low_back_pain():
    rows = [("n1", "2025-01-02", "outpatient", "", "71-årig kvinna med lågt sittande ryggsmärta.", "sv"),
            ("n2", "2025-01-10", "radiology", "MR LÄNDRYGG, SAKRUM",
             "Fynd: Normal benmärgssignal i de undersökta skelettdelarna. Ingen frakturlinje.\nUtlåtande: Ua.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("false", "mri")


# --- the sacrum read in up to five words, then its fracture line denied after a comma -----------------------------
@pytest.mark.parametrize("sentence", [
    "Sakrum i övrigt med normal signal, ingen frakturlinje.",
    "Korsbenet i övrigt med normal signal, ingen frakturlinje.",
    "Sakrum med homogen normal benmärgssignal, ingen frakturlinje.",
])
def test_outside35_sv_the_sacrum_read_then_no_fracture_line_is_denied(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence, expected", [
    ("Ödem i höger sakralvinge med diffus utbredning, ingen säker frakturlinje.", ["uncertain"]),
    ("Benmärgsödem i vänster sakralvinge, ingen tydlig frakturlinje.", ["uncertain"]),
    ("Lågsignalerande linje i höger sakralvinge, förenligt med insufficiensfraktur.", ["present"]),
])
def test_outside35_sv_an_oedema_with_its_fracture_line_unsure_stays_suspected(sentence, expected):
    assert assertions(sentence, "sv", SACRAL, "radiology") == expected


def test_outside35_sv_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

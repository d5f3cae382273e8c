"""Swedish wording families found by the forty-third round's red-team notes (tests/data/outside43/sv: body imaging
requested for something else, the pelvis and the sacrum seen by the way): the radiologist's own doubt in the active
voice after the site ("sklerotisk linje i vänster sakrumvinge, kan inte utesluta insufficiensfraktur"), suspected; a
fracture called consolidated or knit before its noun ("Konsoliderade frakturer i ramus", "Sammanläkt fraktur"),
historical, while "delvis/ej/icke konsoliderad" stays present; an abdominal CT whose field stops above the sacrum
("DT BUK UTAN BÄCKEN", "DT buk utan bäcken", "DT buk (övre buk)", "Undersökningsområdet ... ned till crista
iliaca", "Scanning från lungbaserna till njurarnas nedre poler", "Undersökningen avslutad i höjd med L5", "Sakrum
utanför undersökningsområdet"), no sacral workup, and its "utan bäcken" no denial of
the finding after it; a height loss the radiologist will not call a fracture ("Lätt höjdreducerad L2 med Schmorlska
noder, ingen säker kompressionsfraktur"), suspected; the sacrum read normal by "utan patologisk signal/upptag/fynd",
a denied sacral fracture; a hedge after "och"/"samt" that belongs to the next site's fracture ("fraktur i höger ramus
superior och möjlig insufficiensfraktur i sakrum"), not the one before; and the radiologist named as the judge
("sklerosen i höger sakrumvinge, bedöms av radiolog som sannolik insufficiensfraktur"). Each family by several
differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportminer.pipeline import scan

from .phrasing import (assertions, case_mismatches, flag_and_workup, notes_table, one_note, only_case,
                       scored_set)

SET = Path(__file__).resolve().parent / "data" / "outside43" / "sv"
RAMUS, VCF, SACRAL = "pubic_ramus_fracture", "vertebral_compression_fracture", "sacral_fracture"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)]


def _found(text: str, note_type: str = "radiology") -> list[tuple[str, str]]:
    """(concept, assertion) of each fracture mention of a single Swedish note, in text order."""
    found = one_note(text, "sv", note_type).mentions
    found = found[found["concept"].isin([RAMUS, VCF, SACRAL])]
    return [tuple(r) for r in found[["concept", "assertion"]].itertuples(index=False)]


# --- the radiologist's own doubt in the active voice, after the site -----------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Skelett: Tunn sklerotisk linje i höger sakrumvinge, kan inte utesluta insufficiensfraktur.",
     [(SACRAL, "uncertain")]),
    ("Vänster sakralvinge med lätt ökad täthet, kan ej utesluta en stressfraktur.", [(SACRAL, "uncertain")]),
    ("Oregelbunden kortikalis i korsbenets högra vinge; kan inte helt utesluta fraktur.", [(SACRAL, "uncertain")]),
    ("Ramus inferior vänster med diskret kortikal oregelbundenhet, kan inte utesluta fraktur.",
     [(RAMUS, "uncertain")]),
    ("Sklerotiskt band i sakrum, där insufficiensfraktur inte kan uteslutas.", [(SACRAL, "uncertain")]),
])
def test_outside43_sv_the_site_then_kan_inte_utesluta_a_fracture_is_suspected(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sakrum ua, kan inte utesluta metastas i L3.", [(SACRAL, "negated")]),
    ("Sklerotiskt band i sakrum, kan utesluta fraktur.", []),
    ("Sakrum ua. Kan inte utesluta kotkompression L1.", [(SACRAL, "negated"), (VCF, "uncertain")]),
])
def test_outside43_sv_another_doubt_after_the_site_is_no_fracture_of_it(sentence, expected):
    assert _found(sentence) == expected


# --- consolidated, knit: a healed fracture -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Skelett: Konsoliderade frakturer i vänster ramus superior och inferior.", ["historical"]),
    ("Välkonsoliderad fraktur i höger ramus inferior.", ["historical"]),
    ("Sammanläkta frakturer i höger ramus superior och inferior.", ["historical"]),
    ("Fullt konsoliderad fraktur i vänster ramus superior.", ["historical"]),
    ("Fastläkt fraktur i höger ramus inferior.", ["historical"]),
    ("Fraktur i höger ramus superior, sammanläkt.", ["historical"]),
])
def test_outside43_sv_a_consolidated_or_knit_fracture_is_healed(sentence, expected):
    assert assertions(sentence, "sv", RAMUS, "radiology") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Delvis konsoliderad fraktur i höger ramus superior.", ["present"]),
    ("Partiellt konsoliderade frakturer i vänster ramus superior och inferior.", ["present"]),
    ("Icke konsoliderad fraktur i höger ramus inferior.", ["present"]),
    ("Ej konsoliderad fraktur i vänster ramus superior.", ["present"]),
    ("Fraktur i vänster ramus inferior, ännu ej konsoliderad.", ["present"]),
    ("Läkande fraktur i höger ramus superior med kallus.", ["present"]),
])
def test_outside43_sv_a_fracture_not_yet_united_stays_present(sentence, expected):
    assert assertions(sentence, "sv", RAMUS, "radiology") == expected


def test_outside43_sv_a_consolidated_fracture_beside_a_new_one():
    assert assertions("Konsoliderad fraktur i höger ramus superior. Ny fraktur i vänster ramus inferior.", "sv", RAMUS,
                      "radiology") == ["historical", "present"]


def test_outside43_sv_a_consolidated_compression_is_healed():
    assert assertions("Välkonsoliderad kompressionsfraktur L1.", "sv", VCF, "radiology") == ["historical"]


# --- an abdominal CT whose field stops above the sacrum ------------------------------------------------------------
@pytest.mark.parametrize("exam, text", [
    ("DT BUK UTAN BÄCKEN", "Fynd: Pankreatit.\nSkelett: Kompression av Th12."),
    ("DT BUK EXKL. BÄCKEN", "Fynd: Levercysta.\nSkelett: ua."),
    ("DT BUK", "Teknik: Undersökningsområdet från diafragmavalvet ned till crista iliaca.\nSkelett: ua."),
    ("DT BUK", "Teknik: Undersökningen avslutad i höjd med L4 då patienten inte låg still.\nSkelett: ua."),
    ("DT BUK", "Skelett: Sakrum utanför undersökningsområdet. Kompression av L2."),
    ("DT BUK", "Skelett: Bäckenet ligger utanför undersökt område."),
    ("DT BUK", "Teknik: Scanning från lungbaserna till njurarnas nedre poler.\nSkelett: ua."),
    ("DT BUK", "Teknik: Undersökt område från diafragma till aortabifurkationen.\nSkelett: ua."),
    ("DT BUK (ÖVRE BUK)", "Fynd: Levercysta.\nSkelett: ua."),
])
def test_outside43_sv_an_abdominal_ct_that_left_out_the_pelvis_does_not_cover_it(exam, text):
    assert _exams(text, "radiology", exam) == [("ct", "abdomen_pelvis", "performed", False)]


@pytest.mark.parametrize("exam, text", [
    ("DT BUK", "Teknik: Undersökningsområdet från diafragmavalvet till symfysen.\nSkelett: ua."),
    ("DT BUK", "Teknik: Undersökningsområdet från diafragmavalvet ned till och med bäckenet.\nSkelett: ua."),
    ("DT BUK-BÄCKEN", "Fynd: Ingen fri vätska i bäckenet, ingen vätska utanför tarmen."),
    ("DT BUK UTAN KONTRAST", "Fynd: Njursten höger. Skelett: ua."),
    ("DT BUK", "Skelett: Sakrum ua. Inga frakturer."),
    ("DT BUK", "Teknik: Scanning från lungbaserna till symfysen.\nSkelett: ua."),
    ("DT BUK", "Fynd: Ingen fri vätska i övre buken.\nSkelett: ua."),
    ("DT BUK", "Fynd: Ömhet i buken till vänster vid palpation.\nSkelett: ua."),
])
def test_outside43_sv_an_abdominal_ct_of_the_whole_field_covers_the_sacrum(exam, text):
    assert _exams(text, "radiology", exam) == [("ct", "abdomen_pelvis", "performed", True)]


@pytest.mark.parametrize("text, expected", [
    ("DT buk utan bäcken 2025-01-10 visade en kotkompression L2.", [(VCF, "present")]),
    ("Gallstensanfall. På DT buk utan bäcken en kotkompression L1.", [(VCF, "present")]),
    ("Gjorde DT buk men bäckenet kom inte med. Kotkompression L2.", [(VCF, "present")]),
    ("DT buk (övre buk) 2025-01-10 visade kotkompression L1.", [(VCF, "present")]),
])
def test_outside43_sv_dt_buk_utan_backen_in_a_clinical_note_covers_nothing_and_denies_nothing(text, expected):
    assert _found(text, "clinical") == expected
    assert [e[3] for e in _exams(text)] == [False]


@pytest.mark.parametrize("text, expected", [
    ("DT buk och bäcken utan kontrast visade kotkompression L2.", ([(VCF, "present")], [True])),
    ("DT buk utan bäckenfraktur men med kotkompression L2.", ([(VCF, "present")], [True])),
    ("DT buk visade ingen fraktur utan bara gallsten.", ([], [True])),
])
def test_outside43_sv_other_utan_after_an_abdominal_ct_leaves_its_field(text, expected):
    assert (_found(text, "clinical"), [e[3] for e in _exams(text)]) == expected


def test_outside43_sv_an_upper_abdominal_ct_leaves_the_compression_flagged():
    rows = [("n1", "2025-01-05", "radiology", "DT BUK UTAN BÄCKEN",
             "Fynd: Pankreatit.\nSkelett: Kompression av L1 med 30 % höjdreduktion.", "sv"),
            ("n2", "2025-01-09", "discharge", "", "Epikris. 81-årig kvinna. Bifynd kotkompression L1.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


def test_outside43_sv_a_whole_abdominal_ct_works_up_the_compression():
    rows = [("n1", "2025-01-05", "radiology", "DT BUK",
             "Fynd: Pankreatit.\nSkelett: Kompression av L1 med 30 % höjdreduktion. Sakrum ua.", "sv"),
            ("n2", "2025-01-09", "discharge", "", "Epikris. 81-årig kvinna. Bifynd kotkompression L1.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "ct")


# --- a height loss the radiologist will not call a fracture ---------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Lätt höjdreducerad L2 med Schmorlska noder, ingen säker kompressionsfraktur.", ["uncertain"]),
    ("Lätt kilformad Th12, ingen säker fraktur.", ["uncertain"]),
    ("Sänkt övre täckplatta L1, utan säker kotkompression.", ["uncertain"]),
    ("Diskret höjdminskning av L3 framtill, ingen tydlig kompression.", ["uncertain"]),
])
def test_outside43_sv_a_height_loss_not_called_a_fracture_is_suspected(sentence, expected):
    assert assertions(sentence, "sv", VCF, "radiology") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kotkompression L1, ingen säker kompression i L2.", ["present", "uncertain"]),
    ("Kotkompression L1 med 30 % höjdreduktion. Ingen säker fraktur i övrigt.", ["present"]),
    ("Kotkompression L1 med 30 % höjdreduktion.", ["present"]),
])
def test_outside43_sv_a_doubt_of_another_level_or_sentence_leaves_the_compression(sentence, expected):
    assert assertions(sentence, "sv", VCF, "radiology") == expected


def test_outside43_sv_a_doubt_after_a_height_loss_is_no_index_finding():
    rows = [("n1", "2025-01-05", "radiology", "DT ÖVRE BUK",
             "Skelett: Lätt höjdreducerad L2 med Schmorlska noder, ingen säker kompressionsfraktur.", "sv")]
    assert scan(notes_table(rows)).cases.empty  # no index finding, no sacral mention: no case


# --- the sacrum read normal by "utan patologisk ..." ----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Skelett: Sakrum utan patologisk signal.",
    "Bäckenet och sakrum utan patologiskt upptag.",
    "Sakrum utan patologiska fynd.",
    "Os sacrum utan patologiska förändringar.",
    "Korsbenet utan patologisk benmärgssignal.",
])
def test_outside43_sv_the_sacrum_without_pathology_is_a_denied_fracture(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence, expected", [
    ("Sakrum utan ödem.", []),
    ("Kotkompression L5 utan patologisk signal.", [(VCF, "present")]),
    ("Sakrala nervrötter utan patologisk signal.", []),
])
def test_outside43_sv_without_pathology_elsewhere_denies_no_sacral_fracture(sentence, expected):
    assert _found(sentence) == expected


# --- a hedge after "och"/"samt" belongs to the next site's fracture -------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Tar del av tilläggsutlåtandet: fraktur i höger ramus superior och möjlig insufficiensfraktur i sakrum.",
     [(RAMUS, "present"), (SACRAL, "uncertain")]),
    ("Fraktur i vänster ramus superior samt misstänkt fraktur i sakrum.", [(RAMUS, "present"), (SACRAL, "uncertain")]),
    ("Fraktur i höger ramus superior och trolig fraktur i höger ramus inferior.",
     [(RAMUS, "present"), (RAMUS, "uncertain")]),
    ("Kotkompression L1 och trolig kompression av L2.", [(VCF, "present"), (VCF, "uncertain")]),
])
def test_outside43_sv_a_hedge_after_och_is_the_next_sites(sentence, expected):
    assert _found(sentence, "clinical") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Benmärgsödem i höger sakrumvinge och trolig frakturlinje.", [(SACRAL, "uncertain")]),
    ("Misstänkt fraktur i ramus superior och sakrum.", [(RAMUS, "uncertain"), (SACRAL, "uncertain")]),
    ("Fraktur i vänster ramus superior och insufficiensfraktur i sakrum.", [(RAMUS, "present"), (SACRAL, "present")]),
    ("Kotkompression L1 och L2.", [(VCF, "present")]),
])
def test_outside43_sv_a_hedge_of_the_same_finding_or_none_keeps_its_reading(sentence, expected):
    assert _found(sentence, "clinical") == expected


# --- the radiologist named as the judge -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Bifyndet på DT buk, sklerosen i höger sakrumvinge, bedöms av radiolog som sannolik insufficiensfraktur.",
     [(SACRAL, "uncertain")]),
    ("Sklerosen i vänster sakrumvinge bedöms av radiologen som en trolig insufficiensfraktur.",
     [(SACRAL, "uncertain")]),
    ("Det sklerotiska bandet i sakrum tolkas av radiologen som en läkande insufficiensfraktur.", [(SACRAL, "present")]),
    ("Förändringen i vänster ramus inferior bedöms av radiolog som en möjlig stressfraktur.", [(RAMUS, "uncertain")]),
])
def test_outside43_sv_the_site_judged_by_the_radiologist_as_a_fracture(sentence, expected):
    assert _found(sentence, "clinical") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sakrum bedöms av radiologen som normalt, ingen fraktur.", [(SACRAL, "negated")]),
    ("Sklerosen i sakrum bedöms av radiologen som degenerativ, ingen fraktur.", [(SACRAL, "negated")]),
    ("Remiss till röntgen för rtg bäcken.", []),
])
def test_outside43_sv_the_radiologist_as_judge_of_something_else(sentence, expected):
    assert _found(sentence, "clinical") == expected


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

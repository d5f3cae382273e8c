"""Swedish wording families found by the forty-sixth round's red-team notes (tests/data/outside46/sv: palliativ vård,
skörhet och vårdnivåbeslut): the clinicians' presumption of a fracture not shown ("Vi utgår från att det rör sig om en
sakral insufficiensfraktur", "Vi antar att det är ...", "Vi behandlar smärtan som en ...", "Behandlas som
ramusfraktur"), suspected as "behandlas som trolig" is; a pain free at rest but felt on moving ("Smärtfri i vila, ont i
korsryggen vid förflyttning", "Ingen smärta i vila, ont i ..."), a present low-back pain; the pain of a pressure
ulcer at the buttock or sacrum ("Ont i sätet pga trycksår", "Ont vid trycksåret på vänster skinka", "Sår på skinkan
som smärtar"), the wound's and no low-back pain; doses as needed against a pain named with its site ("Ökat behov av
vb-doser mot ländryggssmärtan"), a present pain as "vid behov mot ländryggssmärta" is; an investigation forgone of a
fracture or a complaint ("Ingen vidare utredning av misstänkt sakral insufficiensfraktur", "Avstår vidare utredning av
smärtan i korsryggen"), which leaves the fracture suspected and the pain present, neither denied nor asked; an order
not made ("Ingen remiss skickas för MR bäcken", "Beställer inte MR bäcken", "MR bäcken remitteras inte"), no order;
and a film not taken ("röntgas ej", "röntgades inte"), no radiograph. Each family by several differently worded
sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside46" / "sv"
SACRAL, RAMUS, VCF, LBP = "sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)]


# --- the clinicians' presumption: a fracture assumed, not shown ------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Vi utgår från att det är en insufficiensfraktur i sakrum och ger smärtlindring.", SACRAL),
    ("Jag antar att det handlar om en sakral insufficiensfraktur.", SACRAL),
    ("Utgår vi från att det rör sig om en ramusfraktur vänster räcker konservativ behandling.", RAMUS),
    ("Vi behandlar det som en fraktur i ramus superior.", RAMUS),
    ("Vi behandlar värken som en sakral insufficiensfraktur.", SACRAL),
    ("Behandlas som kotkompression L2 med korsett.", VCF),
    ("Handläggs som ramusfraktur höger med smärtlindring.", RAMUS),
])
def test_outside46_sv_a_presumed_fracture_is_suspected(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Vi antar att det inte rör sig om någon sakrumfraktur.", SACRAL, ["negated"]),
    ("Vi utgår från att kotkompressionen är osteoporotisk.", VCF, ["present"]),
    ("Vi utgår från att ramusfrakturen läker.", RAMUS, ["present"]),
    ("Sakral insufficiensfraktur enligt MR, vi behandlar symtomatiskt.", SACRAL, ["present"]),
    ("Kotkompression L1 behandlas som stabil fraktur.", VCF, ["present"]),
])
def test_outside46_sv_a_known_or_denied_fracture_keeps_its_reading(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


def test_outside46_sv_a_presumed_sacral_fracture_flags_high():
    rows = [("n1", "2025-03-03", "clinical", "", "86-årig kvinna i ASIH med ont i korsryggen efter fall. Vi utgår från "
                                                 "att det rör sig om en sakral insufficiensfraktur och ger "
                                                 "smärtlindring. Avstår MR då det inte påverkar handläggningen.", "sv")]
    case = only_case(rows)
    assert flag_and_workup(case) == ("true", "none") and case["priority"] == "high"


# --- pain-free at rest, pain on moving ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Smärtfri i sängläge, ont i ländryggen när hon ska resa sig.",
    "Värkfri i vila, ont i ländryggen vid vändning.",
    "Ingen smärta i vila, ont i korsryggen vid förflyttning.",
    "Smärtfri i sittande men värk i korsryggen vid gång.",
])
def test_outside46_sv_a_pain_felt_on_moving_after_a_rest_free_of_pain_is_present(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Smärtfri i ländryggen och höfterna.",
    "Nu smärtfri i ländryggen även vid förflyttning.",
    "Ingen smärta i vila eller i ländryggen.",
    "Smärtfri i vila och i ländryggen.",
])
def test_outside46_sv_a_pain_free_low_back_stays_denied(sentence):
    assert assertions(sentence, "sv", LBP) == ["negated"]


# --- the pressure ulcer's pain ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Smärta från liggsåret över korsbenet.",
    "Ont kring trycksåret på höger skinka vid omläggning.",
    "Trycksåret på sätet som ömmar.",
    "Smärtande trycksår på vänster skinka.",
    "Har ont i skinkan pga trycksår kategori 3.",
])
def test_outside46_sv_a_pressure_ulcers_pain_is_no_low_back_pain(sentence):
    assert assertions(sentence, "sv", LBP) == []


@pytest.mark.parametrize("sentence", [
    "Ont i korsryggen samt trycksår på hälen.",
    "Värk i ländryggen, trycksår kategori 1 sakralt.",
    "Har ont i sätet. Trycksår kategori 2 på hälen.",
    "Trycksår på hälarna och ont i ländryggen.",
])
def test_outside46_sv_a_low_back_pain_beside_a_pressure_ulcer_stays(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


def test_outside46_sv_a_pressure_ulcers_pain_flags_no_one():
    rows = [("n1", "2025-02-03", "clinical", "", "84-årig kvinna med osteoporos, sängliggande på SÄBO. Ont kring "
                                                 "trycksåret på höger skinka vid omläggning.", "sv")]
    from reportminer.pipeline import scan
    from .phrasing import notes_table
    assert scan(notes_table(rows)).cases.empty


# --- doses as needed against a named pain --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Ökat antal extradoser vb mot värken i korsryggen.",
    "Tar vb-doser för ländryggssmärtan 3-4 gånger per dygn.",
    "Behovsdoser mot smärta i ländryggen ges nattetid.",
])
def test_outside46_sv_doses_as_needed_against_a_low_back_pain_name_it(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Vb-doser mot smärta ges vid behov.", []),
    ("Oxynorm vid behov om ont i ländryggen.", ["hypothetical"]),
])
def test_outside46_sv_a_standing_or_conditional_order_names_no_pain(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


# --- an investigation forgone -------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Avstår vidare utredning av eventuell sakrumfraktur.", SACRAL, ["uncertain"]),
    ("Avstår vi från ytterligare utredning av misstänkt ramusfraktur.", RAMUS, ["uncertain"]),
    ("Ingen utredning avseende misstänkt kotkompression.", VCF, ["uncertain"]),
    ("Ingen ytterligare utredning av ryggvärken lågt i ryggen.", LBP, ["present"]),
    ("Ingen vidare utredning av värken i ländryggen med hänsyn till allmäntillståndet.", LBP, ["present"]),
])
def test_outside46_sv_a_forgone_investigation_leaves_the_finding(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


@pytest.mark.parametrize("sentence, concept, expected", [
    ("För utredning av sakral insufficiensfraktur remitteras till MR.", SACRAL, ["hypothetical"]),
    ("Utredning av misstänkt sakrumfraktur planeras.", SACRAL, ["hypothetical"]),
    ("Remiss för utredning av ländryggssmärta.", LBP, ["hypothetical"]),
    ("Ingen misstänkt fraktur i sakrum.", SACRAL, ["negated"]),
    ("Inget benmärgsödem förenligt med insufficiensfraktur i sakrum.", SACRAL, ["negated"]),
])
def test_outside46_sv_an_investigation_planned_or_a_denial_keeps_its_reading(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


def test_outside46_sv_a_forgone_investigation_of_a_suspected_sacral_fracture_flags():
    rows = [("n1", "2025-05-05", "clinical", "", "79-årig man i livets slutskede, smärta i vänster skinka sedan ett "
                                                 "fall. Avstår vidare utredning av eventuell sakrumfraktur.", "sv")]
    case = only_case(rows)
    assert flag_and_workup(case) == ("true", "none") and case["priority"] == "high"


# --- an order not made -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Vi skriver ingen remiss till MR bäcken.", ("mri", "pelvis", "not_performed", True)),
    ("Ingen remiss skrivs för DT bäcken i nuläget.", ("ct", "pelvis", "not_performed", True)),
    ("DT bäcken remitteras ej med tanke på allmäntillståndet.", ("ct", "pelvis", "not_performed", True)),
    ("Vi beställer inte skelettscintigrafi.", ("scintigraphy", "whole_body", "not_performed", True)),
    ("Remiss till skelettscintigrafi skickas inte.", ("scintigraphy", "whole_body", "not_performed", True)),
    ("Vi har avstått från att remittera till MR bäcken.", ("mri", "pelvis", "not_performed", True)),
])
def test_outside46_sv_an_order_not_made_is_no_request(text, expected):
    assert _exams(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Remiss skrivs till MR bäcken.", ("mri", "pelvis", "requested", True)),
    ("DT bäcken beställs inte förrän smärtan utvärderats.", ("ct", "pelvis", "requested", True)),
    ("MR bäcken beställs inte ännu, avvaktar smärtutvecklingen.", ("mri", "pelvis", "requested", True)),
])
def test_outside46_sv_an_order_made_or_to_come_stays_requested(text, expected):
    assert _exams(text) == [expected]


def test_outside46_sv_an_order_not_made_leaves_the_films():
    rows = [("n1", "2025-06-02", "radiology", "RTG BÄCKEN", "Fynd: Fraktur i vänster ramus superior.", "sv"),
            ("n2", "2025-06-03", "clinical", "", "Ramusfraktur vänster. Vi skriver ingen remiss till MR bäcken i "
                                                 "samråd med dottern.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "radiograph_only")


# --- a film not taken ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("Hon röntgas inte då hon inte orkar transport.", "not_performed"),
    ("Röntgades inte på akuten.", "not_performed"),
    ("Röntgas ej heller efter fallet.", "not_performed"),
    ("Röntgas i morgon.", "requested"),
    ("Röntgades på akuten, ramusfraktur.", "performed"),
])
def test_outside46_sv_a_film_not_taken_is_not_performed(text, status):
    assert [e[2] for e in _exams(text) if e[0] == "radiograph"] == [status]


def test_outside46_sv_a_film_not_taken_is_no_radiograph_workup():
    rows = [("n1", "2025-01-10", "clinical", "", "88-årig kvinna på SÄBO med ont i ländryggen efter fall. Röntgas "
                                                 "inte enligt vårdnivåbeslutet.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Swedish wording families found by the thirty-ninth round's red-team notes (tests/data/outside39/sv: patients with
cancer — metastases, myeloma, pelvic radiation and the fractures they mimic or cause):
- a hedge on the cause of a stated finding doubts the cause, not the finding: a compound suspecting another diagnosis
  ("Smärta i ländryggen, metastasmisstanke", "Fraktur i ramus superior, metastasmisstänkt"), a hedged cause after
  the finding ("Kompressionsfrakturen i L1 bedöms som sannolikt osteoporotisk", "Frakturen i sakrum är sannolikt
  strålningsinducerad", "Ländryggssmärta som sannolikt orsakas av metastas"), a question on the cause after a dash
  ("Ländryggssmärta - metastas?") (context.json);
- a fracture weighed against a malignant lesion is suspected ("insufficiensfraktur eller metastas", "metastas eller
  insufficiensfraktur"), also where the sign at the site comes first ("Benmärgsödem i sakralvinge, metastas eller
  insufficiensfraktur"), while a denied list ("Inga myelomhärdar eller frakturer") stays denied (context.json,
  concepts.json);
- a fracture's risk or threat is none yet: "hög frakturrisk i L3", "hotande kotkollaps" (context.json);
- the spinal canal's contents compressed at a level are no vertebral compression: "spinal kompression på nivå L1",
  "epidural kompression L2" (concepts.json exclusions);
- chemoradiotherapy to a pelvic organ is pelvic radiation: "kemoradioterapi för analcancer", "radiokemoterapi mot
  bäckenet" (concepts.json class RADIATION);
- what a plain film misses is no finding: "undgår ofta upptäckt vid slätröntgen" (context.json);
- a lesion at the site, then a comma and a pathological fracture: "Osteolytisk metastas i ramus superior, patologisk
  fraktur" (concepts.json);
- the sacral nerves and plexus are no sacral region: "smärta pga tumörväxt mot de sakrala nervrötterna" (concepts.json
  exclusions);
- a patient who calls about a pain has it: "Pat ringer om fortsatt ont i ländryggen" (context.json pseudo).
Each family by several differently worded sentences not taken from the set, and its look-alikes; then the set."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, assertions_by_concept, case_mismatches, flag_and_workup, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside39" / "sv"
LBP = "low_back_pain"
VCF = "vertebral_compression_fracture"
SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
OST = "osteoporosis"
RT = "pelvic_radiation"


# --- a hedge on the cause of a stated finding ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Smärta i korsryggen sedan en månad, myelommisstanke.", LBP),
    ("Ont i ländryggen nattetid, tumörmisstanke.", LBP),
    ("Lumbago som troligen orsakas av skelettmetastaser.", LBP),
    ("Smärtan i ländryggen beror sannolikt på myelom.", LBP),
    ("Ländryggssmärta – skelettmetastas?", LBP),
    ("Kotkompression Th11, malignitetsmisstänkt.", VCF),
    ("Kotkollapsen i L4 är troligen myelomrelaterad.", VCF),
    ("Kompressionen av L3 är möjligen patologisk.", VCF),
    ("Sakrumfrakturen bedöms som sannolikt postaktinisk.", SACRAL),
    ("Frakturen i vänster ramus inferior är troligen strålningsrelaterad.", RAMUS),
])
def test_outside39_sv_a_hedged_cause_leaves_the_finding_stated(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


@pytest.mark.parametrize("sentence, expected", [
    ("Kotkompression L2 som bedöms som troligen osteoporotisk.", {VCF: ["present"], OST: ["uncertain"]}),
    ("Kompressionsfrakturen i Th12 är sannolikt osteoporotisk.", {VCF: ["present"], OST: ["uncertain"]}),
])
def test_outside39_sv_the_hedged_cause_is_suspected(sentence, expected):
    assert assertions_by_concept(sentence, "sv") == expected


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Trolig sakral insufficiensfraktur.", SACRAL, ["uncertain"]),
    ("Misstänkt kotkompression L1.", VCF, ["uncertain"]),
    ("Sannolikt osteoporotisk kompressionsfraktur i Th12.", VCF, ["uncertain"]),
    ("Kotkompression L2, trolig.", VCF, ["uncertain"]),
    ("Förändringen i sakrum är troligen en insufficiensfraktur.", SACRAL, ["uncertain"]),
    ("Ländryggssmärta?", LBP, ["uncertain"]),
    ("Osteoporosmisstanke.", OST, ["uncertain"]),
    ("Smärta lågt i ryggen, sannolikt orsakad av sakral insufficiensfraktur.", SACRAL, ["uncertain"]),
])
def test_outside39_sv_a_hedge_on_the_finding_itself_still_doubts_it(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- a fracture weighed against a malignant lesion ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Ödem i höger sakralvinge, tumör eller insufficiensfraktur.", SACRAL),
    ("Skleros i vänster sakralvinge, myelom eller läkande fraktur?", SACRAL),
    ("Lucens i höger ramus superior, metastas eller fraktur.", RAMUS),
    ("Stressfraktur i sakrum alternativt metastas.", SACRAL),
    ("Kotkompression L2 eller myelomhärd.", VCF),
])
def test_outside39_sv_a_fracture_or_a_metastasis_is_a_suspected_fracture(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["uncertain"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Inga metastaser eller frakturer i sakrum.", SACRAL, ["negated"]),
    ("Ingen tumör eller fraktur i ramus pubis.", RAMUS, ["negated"]),
    ("Inga tecken på skelettmetastaser eller fraktur i sakrum.", SACRAL, ["negated"]),
    ("Utan hållpunkter för myelom eller fraktur i höger ramus superior.", RAMUS, ["negated"]),
    ("Kotkompression L1, metastas eller osteoporos som orsak.", VCF, ["present"]),
    ("Insufficiensfraktur i höger sakralvinge, ingen metastas.", SACRAL, ["present"]),
])
def test_outside39_sv_a_denied_list_or_a_weighed_cause_is_no_differential(sentence, concept, expected):
    assert assertions(sentence, "sv", concept, "radiology") == expected


# --- a fracture's risk or threat -----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Stor lytisk metastas med hög frakturrisk i L4.", VCF),
    ("Hotande kotkollaps Th10.", VCF),
    ("Frakturrisken i sakrum bedöms som hög.", SACRAL),
    ("Överhängande risk för kotkollaps L1.", VCF),
    ("Metastasen hotar att ge en patologisk fraktur i höger ramus superior.", RAMUS),
])
def test_outside39_sv_a_fracture_threatened_is_none_yet(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept", [
    ("Kotkompression L1 med ökad frakturrisk framöver.", VCF),
    ("Ny kotkollaps Th10 trots profylaktisk strålbehandling.", VCF),
    ("Ökad frakturrisk pga osteoporos.", OST),
])
def test_outside39_sv_a_fracture_found_beside_a_risk_stays_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


# --- the spinal canal's contents compressed at a level ---------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Spinal kompression i nivå Th12.",
    "Epidural kompression vid L3 av tumörvävnad.",
    "Intraspinal kompression på nivå L1 av metastas.",
])
def test_outside39_sv_spinal_compression_is_no_vertebral_compression(sentence):
    assert assertions(sentence, "sv", VCF, "radiology") == []


@pytest.mark.parametrize("sentence", [
    "Kotkompression L2 utan spinal kompression.",
    "Kompression av L1 med 30 % höjdförlust.",
    "Patologisk kotkollaps Th11 med epidural tumörväxt.",
])
def test_outside39_sv_a_vertebral_compression_beside_it_stays(sentence):
    assert assertions(sentence, "sv", VCF, "radiology") == ["present"]


# --- chemoradiotherapy to a pelvic organ ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Genomgått kemoradioterapi mot lilla bäckenet 2023.",
    "Radiokemoterapi för analcancer 2022.",
    "Behandlad med kemostrålbehandling för cervixcancer.",
    "Kemoradiation mot prostatalogen 2021.",
])
def test_outside39_sv_chemoradiotherapy_to_the_pelvis_is_pelvic_radiation(sentence):
    assert assertions(sentence, "sv", RT) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Kemoterapi för rektalcancer 2023.",
    "Kemoradioterapi mot esofagus 2022.",
])
def test_outside39_sv_chemotherapy_or_radiation_elsewhere_is_not(sentence):
    assert assertions(sentence, "sv", RT) == []


def test_outside39_sv_chemoradiotherapy_puts_a_man_with_low_back_pain_at_risk():
    rows = [("n1", "2025-03-02", "outpatient", "",
             "Onkologi: 61-årig man, analcancer, kemoradioterapi 2023. Nu ont i ländryggen sedan fyra veckor.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "none")


# --- what a plain film misses -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Insufficiensfrakturer i sakrum undgår ofta upptäckt på slätröntgen.", ["hypothetical"]),
    ("Sakrala frakturer kan undgå upptäckt vid konventionell röntgen.", ["hypothetical"]),
    ("Sakrumfraktur syns tydligt på dagens röntgen.", ["present"]),
])
def test_outside39_sv_what_a_plain_film_misses_is_no_finding(sentence, expected):
    assert assertions(sentence, "sv", SACRAL, "radiology") == expected


# --- a lesion at the site, then a pathological fracture ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Lytisk metastas i höger ramus inferior, patologisk fraktur.", RAMUS),
    ("Osteolys i vänster sakralvinge, patologisk fraktur.", SACRAL),
])
def test_outside39_sv_a_pathological_fracture_after_its_site_is_there(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["present"]


def test_outside39_sv_a_normal_sacrum_before_a_fracture_elsewhere_is_no_sacral_fracture():
    found = assertions_by_concept("Sakrum ua, patologisk fraktur i L2.", "sv", "radiology")
    assert found.get(SACRAL, ["negated"]) == ["negated"] and found[VCF] == ["present"]


# --- the sacral nerves are no sacral region -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Smärta pga tumörinväxt i sakrala plexus.", []),
    ("Neuropatisk smärta från de sakrala nervrötterna.", []),
    ("Sakral smärta sedan tre veckor.", ["present"]),
    ("Smärta i sakrala regionen.", ["present"]),
])
def test_outside39_sv_pain_of_the_sacral_nerves_is_no_low_back_pain(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


# --- a call about a pain ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Pat ringer om ont i korsryggen.", ["present"]),
    ("Patienten ringde om tilltagande smärta i ländryggen.", ["present"]),
    ("Hör av sig om ont i ländryggen kvarstår.", ["hypothetical"]),
    ("Åter om smärtan i ländryggen tilltar.", ["hypothetical"]),
])
def test_outside39_sv_a_call_about_a_pain_states_it(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Round thirty-four, Swedish: verklig publicerad svenska, den långa svansen. The wording families that a red team's
notes (tests/data/outside34/sv: how Swedish radiologists and clinicians actually write hedges, elided compounds,
Latin sites, fragility fractures, hybrid SPECT/CT and lumbar MRI technique) showed the pipeline misreading, each by
several differently worded sentences, with look-alikes that must keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions_by_concept, exam_rows, flag_and_workup, only_case, scored_set, statuses

SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VCF = "vertebral_compression_fracture"
LBP = "low_back_pain"
SET = Path(__file__).resolve().parent / "data" / "outside34" / "sv"


# --- "kan ej/inte med säkerhet uteslutas": cannot be excluded, a suspicion (not a rule-out question) ------------
@pytest.mark.parametrize("sentence, concept", [
    ("Sakrum svårbedömt pga tarmgas; fraktur i sakrum kan ej med säkerhet uteslutas.", SACRAL),
    ("Ramusfraktur vänster kan inte med säkerhet uteslutas.", RAMUS),
    ("Man kan inte med säkerhet utesluta en kotkompression L1.", VCF),
    ("Stressreaktion i sakralvingen; insufficiensfraktur i sakrum kan inte med säkerhet uteslutas.", SACRAL),
    ("Fraktur i os pubis går inte med säkerhet att utesluta.", RAMUS),
])
def test_outside34_sv_not_excluded_with_certainty_is_uncertain(sentence, concept):
    assert assertions_by_concept(sentence, "sv").get(concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sakrum intakt; sakrumfraktur kan med säkerhet uteslutas.", SACRAL, ["negated", "negated"]),
    ("Fraktur i sakrum kan uteslutas med säkerhet.", SACRAL, ["negated"]),
    ("Sakrumfraktur kan ej uteslutas.", SACRAL, ["uncertain"]),
    ("Frågeställning: Ramusfraktur? Utesluta fraktur i os pubis.", RAMUS, ["hypothetical", "hypothetical"]),
])
def test_outside34_sv_exclusion_wordings_keep_their_reading(sentence, concept, expected):
    assert assertions_by_concept(sentence, "sv").get(concept) == expected


# --- likelihood hedges: "troligast", "med största sannolikhet", "rimligen", "rimligtvis", "troligtvis" ----------
@pytest.mark.parametrize("sentence, concept", [
    ("Bedömning: Troligast sakral insufficiensfraktur. Remiss MR bäcken.", SACRAL),
    ("Utlåtande: Med största sannolikhet icke-dislokerad fraktur i höger ramus superior.", RAMUS),
    ("Smärtorna rimligen orsakade av en sakral insufficiensfraktur.", SACRAL),
    ("Rimligtvis rör det sig om en ramusfraktur.", RAMUS),
    ("Troligtvis kotkompression L2.", VCF),
    ("Med all sannolikhet sakral insufficiensfraktur, MR ej möjlig.", SACRAL),
    ("Sannolikhet för sakral insufficiensfraktur bedöms som hög.", SACRAL),
    ("Hög sannolikhet för kotkompression L1.", VCF),
])
def test_outside34_sv_likelihood_hedges_are_uncertain(sentence, concept):
    assert assertions_by_concept(sentence, "sv").get(concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept", [
    ("Bedömning: Ländryggssmärta, rimligen muskulär.", LBP),  # the hedge is on the cause
    ("Kompression av L1 med ca 20 % höjdreduktion, sannolikt färsk.", VCF),  # the hedge is on the age
    ("Kliniskt talar bilden för sakral insufficiensfraktur.", SACRAL),
    ("Fynd förenliga med fraktur i vänster ramus superior och inferior.", RAMUS),
])
def test_outside34_sv_a_hedge_on_something_else_leaves_the_finding(sentence, concept):
    assert assertions_by_concept(sentence, "sv").get(concept) == ["present"]


# --- "Det rör sig [sannolikt] om X": the "om" of "röra sig om" is no "if" ------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Bedömning: Det rör sig sannolikt om lumbago.", LBP),
    ("Det rör sig troligen om en lindrig kotkompression eller muskulär smärta.", VCF),
    ("Rimligen rör det sig om en sakral insufficiensfraktur.", SACRAL),
    ("Det rör sig förmodligen om en ramusfraktur.", RAMUS),
])
def test_outside34_sv_a_hedged_roer_sig_om_is_uncertain(sentence, concept):
    assert assertions_by_concept(sentence, "sv").get(concept) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Det rör sig om en ramusfraktur.", RAMUS, ["present"]),
    ("Om det rör sig om en sakrumfraktur görs MR bäcken.", SACRAL, ["hypothetical"]),
    ("Det rör sig sannolikt inte om en sakrumfraktur.", SACRAL, ["negated"]),
    ("Det rör sig inte om en ramusfraktur.", RAMUS, ["negated"]),
])
def test_outside34_sv_roer_sig_om_lookalikes_keep_their_reading(sentence, concept, expected):
    assert assertions_by_concept(sentence, "sv").get(concept) == expected


# --- elided compounds: "sakrum- och ramusfraktur", "Varken sakrum- eller ramusfraktur", "Kot- och ramusfrakturer" -
@pytest.mark.parametrize("sentence, expected", [
    ("DT: Odislocerade sakrum- och ramusfrakturer på vänster sida.", {SACRAL: ["present"], RAMUS: ["present"]}),
    ("MR: Varken sakrum- eller ramusfraktur.", {SACRAL: ["negated"], RAMUS: ["negated"]}),
    ("Ramus- och sakrumfraktur höger.", {RAMUS: ["present"], SACRAL: ["present"]}),
    ("Inga kot- eller sakrumfrakturer.", {VCF: ["negated"], SACRAL: ["negated"]}),
    ("Misstänkta sakrum- och ramusfrakturer.", {SACRAL: ["uncertain"], RAMUS: ["uncertain"]}),
    ("Inga ramus- eller acetabulumfrakturer.", {RAMUS: ["negated"]}),
    ("Sakrum- resp. ramusfraktur vänster.", {SACRAL: ["present"], RAMUS: ["present"]}),
])
def test_outside34_sv_an_elided_compound_names_both_fractures(sentence, expected):
    found = assertions_by_concept(sentence, "sv")
    assert {c: found.get(c) for c in expected} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Höft- och ramusfraktur höger.", {RAMUS: ["present"]}),
    ("Ländryggs- och skinksmärta sedan fallet.", {LBP: ["present"]}),
    ("Sakrum- och SI-ledsartros.", {}),
])
def test_outside34_sv_elided_lookalikes_name_no_other_fracture(sentence, expected):
    found = assertions_by_concept(sentence, "sv")
    assert {c: v for c, v in found.items() if c in (SACRAL, RAMUS, VCF, LBP)} == expected


# --- the sacral ala in its Latin–Swedish form: "ala sacralis", "ala sakralis" ---------------------------------------
@pytest.mark.parametrize("sentence", [
    "Dessutom en vertikal, odislocerad fraktur i vänster ala sacralis.",
    "MR bäcken visade insufficiensfraktur i vänster ala sakralis.",
    "LC1-skada med fraktur genom höger ala sakralis och ramus superior.",
])
def test_outside34_sv_ala_sacralis_is_the_sacrum(sentence):
    assert assertions_by_concept(sentence, "sv").get(SACRAL) == ["present"]


def test_outside34_sv_the_iliac_wing_is_not_the_sacrum():
    assert SACRAL not in assertions_by_concept("Fraktur i ala ossis ilii vänster.", "sv")


# --- a fragility fracture of a named level, and fish vertebrae with or without a level -----------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Fynd: Fragilitetsfraktur i kota L2 med sänkt övre ändplatta.", ["present"]),
    ("Som bifynd insufficiensfraktur i Th11, ålder oklar.", ["present"]),
    ("Osteoporosfraktur i L2.", ["present"]),
    ("Multipla fiskkotor i ländryggen.", ["present"]),
    ("Fisk-kota L3.", ["present"]),
    ("Osteoporosfraktur i L2 för två år sedan, läkt.", ["historical"]),
    ("Ingen fiskkota.", ["negated"]),
])
def test_outside34_sv_fragility_fractures_of_a_level_and_fish_vertebrae(sentence, expected):
    assert assertions_by_concept(sentence, "sv").get(VCF) == expected


@pytest.mark.parametrize("sentence", [
    "Fragilitetsfraktur i handleden 2019.",
    "Stressfraktur i pars interarticularis L5.",
    "Insufficiensfraktur i sakrum höger.",
])
def test_outside34_sv_other_fragility_fractures_are_no_compression(sentence):
    assert VCF not in assertions_by_concept(sentence, "sv")


# --- "icke-dislokerad" (k spelling) describes a fracture, it denies nothing ---------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Icke-dislokerad fraktur i vänster ramus inferior.", RAMUS, ["present"]),
    ("Ej dislokerad fraktur i sakrum höger.", SACRAL, ["present"]),
    ("Fraktur i ramus superior, inte dislokerad.", RAMUS, ["present"]),
    ("Icke-förskjuten fraktur i os pubis.", RAMUS, ["present"]),
    ("Ingen dislokerad fraktur i ramus.", RAMUS, ["negated"]),
])
def test_outside34_sv_undisplaced_describes_the_fracture(sentence, concept, expected):
    assert assertions_by_concept(sentence, "sv").get(concept) == expected


# --- a SPECT/CT with no bone scan named before it is the bone scan -------------------------------------------------
@pytest.mark.parametrize("text, note_type, exam, expected", [
    ("Tel. SPECT-CT över bäckenet 2025-03-18 visade inget ökat upptag i sakrum.", "clinical", "",
     [("scintigraphy", "performed", True)]),
    ("SPECT/DT bäcken beställd.", "clinical", "", [("scintigraphy", "requested", True)]),
    ("SKELETTSCINTIGRAFI, SPECT/CT BÄCKEN\nFynd: Inget patologiskt upptag i sakrum.", "radiology", "SPECT-CT bäcken",
     [("scintigraphy", "performed", True)]),
    ("Fynd: Aktiv facettledsartros L4-L5.", "radiology", "SPECT-CT ländrygg", [("scintigraphy", "performed", False)]),
])
def test_outside34_sv_a_spect_ct_is_a_bone_scan(text, note_type, exam, expected):
    assert exam_rows(text, "sv", note_type, exam) == expected


def test_outside34_sv_a_ct_beside_a_bone_scan_stays_a_ct():
    rows = exam_rows("DT bäcken och skelettscintigrafi gjordes samma dag, båda ua.", "sv")
    assert {m for m, _, _ in rows} == {"ct", "scintigraphy"}


def test_outside34_sv_a_spect_ct_over_the_pelvis_is_a_scintigraphy_workup():
    case = only_case([
        ("n1", "2025-03-03", "outpatient", "", "78-årig kvinna med RA. Värk i ländryggen sedan tre veckor."),
        ("n2", "2025-03-24", "outpatient", "", "Tel. SPECT-CT över bäckenet 2025-03-18 visade inget ökat upptag i sakrum."),
    ], "sv")
    assert flag_and_workup(case) == ("false", "scintigraphy")


# --- a lumbar MRI's own added sequences ("kompletterande koronal STIR över sakrum") are technique, not a request ---
@pytest.mark.parametrize("text", [
    "Teknik: Sagittala T1, T2 och STIR. Kompletterande koronal STIR över sakrum och SI-lederna.\n"
    "Fynd: Normal kothöjd. Sakrum och SI-lederna utan ödem eller frakturlinje.",
    "Undersökning: MR LWS med kompletterande STIR koronalt över SI-lederna.\nFynd: SI-leder och sakrum utan ödem.",
    "MR LWS, kompletterat med koronal STIR över SI-lederna.\nFynd: SI-leder och sakrum utan ödem.",
])
def test_outside34_sv_added_sequences_over_the_sacrum_cover_it(text):
    assert exam_rows(text, "sv", "radiology", "MR ländrygg") == [("mri", "performed", True)]


@pytest.mark.parametrize("text, expected", [
    ("Fynd: Kotkompression L1. Sakrum utan ödem. Kompletterande MR bäcken rekommenderas.",
     [("mri", "performed", False), ("mri", "requested", True)]),
    ("Fynd: Kotkompression L1. Avbildade delar av sakrum utan ödem. Sakrum ofullständigt avbildat.",
     [("mri", "performed", False)]),
])
def test_outside34_sv_a_recommended_or_partial_sacral_study_still_denies_coverage(text, expected):
    assert exam_rows(text, "sv", "radiology", "MR ländrygg") == expected


# --- did not attend a booked study ("uteblev från bokad DT bäcken"): not performed -----------------------------------
@pytest.mark.parametrize("sentence, modality", [
    ("Pat uteblev från bokad DT bäcken 3/2.", "ct"),
    ("Pat uteblev från den bokade MR-undersökningen av bäckenet.", "mri"),
    ("Uteblev från planerad skelettscintigrafi.", "scintigraphy"),
])
def test_outside34_sv_absent_from_a_booked_study_is_not_performed(sentence, modality):
    assert statuses(sentence, "sv", modality) == ["not_performed"]


# --- a result not yet in ("Svar på MR bäcken 2/2 ej inkommit"): the study was done, the report awaited ---------------
@pytest.mark.parametrize("sentence, expected", [
    ("Svar på MR bäcken 2/2 ej inkommit.", ["performed"]),
    ("MR bäcken gjord 2/2, svaret har ännu inte kommit.", ["performed"]),
    ("Remissen till MR bäcken har ej inkommit till röntgen.", ["not_performed"]),
])
def test_outside34_sv_a_result_not_yet_in_is_of_a_study_done(sentence, expected):
    assert statuses(sentence, "sv", "mri") == expected


# --- "vid utebliven förbättring" (if it does not improve) is a condition, no absence from a study ------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Överväger MR bäcken vid utebliven förbättring.", ["requested"]),
    ("MR bäcken vid utebliven effekt av smärtlindring.", ["requested"]),
    ("Smärtlindringen uteblev, MR bäcken bokas.", ["requested"]),
    ("Uteblivet besök MR bäcken, ny kallelse skickas.", ["requested"]),
    ("Utebliven från MR bäcken.", ["not_performed"]),
])
def test_outside34_sv_an_improvement_that_fails_to_come_is_no_absence(sentence, expected):
    assert statuses(sentence, "sv", "mri") == expected


def test_outside34_sv_absent_then_rebooked_is_requested():
    assert statuses("Pat uteblev från bokad DT bäcken, ny tid bokas.", "sv", "ct") == ["requested"]


# --- a study's own reason for not being done is not replaced by another study's reason in the next clause ---------
@pytest.mark.parametrize("sentence, workup", [
    ("MR bäcken ej genomförbar pga pacemaker, DT bäcken diskuterad men avstås då behandlingen inte påverkas.",
     "ordered"),
    ("MR bäcken ej möjlig pga klaustrofobi, skelettscintigrafi avstås då det inte ändrar handläggningen.",
     "ordered"),
    ("MR och DT bäcken övervägdes men avstås då det inte påverkar handläggningen.", "none"),
    ("Med hänsyn till demens avstår vi MR bäcken, skulle inte påverka handläggningen.", "none"),
])
def test_outside34_sv_each_study_keeps_its_own_reason(sentence, workup):
    case = only_case([("n1", "2025-01-14", "clinical", "", "85-årig kvinna med smärta i ländryggen. " + sentence)], "sv")
    assert flag_and_workup(case) == ("true", workup)


# --- the set, scored as a user scores it -----------------------------------------------------------------------------
def test_outside34_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

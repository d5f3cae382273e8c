"""Swedish wording families found by the twenty-fifth round's outside-author notes (tests/data/outside25/sv: words
bent out of shape — typos, dictation, missing or broken å/ä/ö, compounds and split words, abbreviations): UTF-8 shown
as Windows-1252 ("SmÃ¤rta i lÃ¤ndryggen") is read as its letters, with offsets into the text as written; the sacrum
and the fracture's kind abbreviated ("sakr. insuff. fx", "Sakr.fx"); the old spelling "ondt" of "ont"; the vertebrae
in the genitive ("Kotornas höjd bevarad", "Ländkotornas höjd"); a ramus fracture of the mandible ("Ramusfraktur i
mandibeln") is no pubic ramus fracture; a modal verb before the finding and its passive infinitive after it ("bör
samtidig sakrumfraktur övervägas") asks; a pain "nästan borta" is still there; and the SI joints read in findings
with their result denied ("Os sacrum och SI-lederna utan fraktur") do not place a report's unlevelled back pain low.
Each family by at least two differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

import reportminer
from reportminer.textnorm import repair_mojibake

from .phrasing import assertions, case_mismatches, one_note, only_case, scored_set

SET = Path(__file__).parent / "data" / "outside25" / "sv"
LBP, RAMUS, VCF, SACRAL = ("low_back_pain", "pubic_ramus_fracture", "vertebral_compression_fracture",
                           "sacral_fracture")


# --- UTF-8 shown as Windows-1252 (mojibake) ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "SmÃ¤rta i lÃ¤ndryggen sedan 3 veckor.",
    "BedÃ¶mning: LÃ¤ndryggssmÃ¤rta.",
    "Ont i korsryggen sedan fallet, svÃ¥rt att gÃ¥.",
    "VÃ¤rk i nedre delen av ryggen.",
])
def test_outside25_sv_mojibake_low_back_pain_is_read(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Ingen sakrumfraktur pÃ¥visad.", SACRAL, ["negated"]),
    ("Misstänkt fraktur i hÃ¶ger ramus superior.", RAMUS, ["uncertain"]),
    ("Kotkompression L1, fÃ¤rsk.", VCF, ["present"]),
])
def test_outside25_sv_mojibake_keeps_each_reading(sentence, concept, expected):
    assert assertions(sentence, "sv", concept, "radiology") == expected


def test_outside25_sv_mojibake_offsets_point_into_the_text_as_written():
    text = "84-Ã¥rig kvinna. SmÃ¤rta i lÃ¤ndryggen. Ã–mhet lumbalt. BedÃ¶mning: LÃ¤ndryggssmÃ¤rta."
    found = [m for m in reportminer.extract(text, language="sv") if m.concept == LBP]
    assert [m.text for m in found] == ["SmÃ¤rta i lÃ¤ndryggen", "LÃ¤ndryggssmÃ¤rta"]
    assert all(text[m.start:m.end] == m.text for m in found)
    mentions = one_note(text, "sv").mentions
    rows = mentions[mentions["concept"] == LBP]
    assert all(text[s:e] == t for s, e, t in rows[["start", "end", "text"]].itertuples(index=False))


@pytest.mark.parametrize("text", [
    "Smärta i ländryggen.",            # correct UTF-8 stays as it is
    "Ã is a letter of its own here.",  # a lone Ã before a space
    "Temp 37Â°C.",                    # a degree sign shown as two characters is repaired as well
])
def test_outside25_sv_text_without_mojibake_pairs_is_left_alone(text):
    repaired, back = repair_mojibake(text)
    assert (repaired == text) == (back is None)
    if back is not None:
        assert back[-1] == len(text) and len(back) == len(repaired) + 1


def test_outside25_sv_mojibake_gives_the_stated_age_of_a_woman_with_low_back_pain():
    case = only_case([("n1", "2024-01-10", "outpatient", "", "84-Ã¥rig kvinna. SmÃ¤rta i lÃ¤ndryggen sedan "
                                                              "3 veckor, inget trauma.", "sv")])
    assert str(case["flagged"]).lower() == "true" and case["reasons"] == LBP and int(case["age"]) == 84


# --- the sacrum and the fracture's kind abbreviated -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Sakr. insuff. fx vä.", ["present"]),
    ("Sakr.fx bilat enligt DT.", ["present"]),
    ("Misstänkt sakr. fx, DT bäcken beställd.", ["uncertain"]),
    ("Sakral insuff. fx bilat på MR.", ["present"]),
    ("Tidigare sakr. insuff. fx 2019, läkt.", ["historical"]),
])
def test_outside25_sv_abbreviated_sacral_fracture(sentence, expected):
    assert assertions(sentence, "sv", SACRAL) == expected


@pytest.mark.parametrize("sentence", [
    "Palp.ömhet över sakr. Inget trauma.",
    "Ömhet över sakr., fx i radius vä i fjol.",
])
def test_outside25_sv_abbreviated_sacrum_without_its_fracture_is_none(sentence):
    assert assertions(sentence, "sv", SACRAL) == []


def test_outside25_sv_an_old_sacral_fracture_dates_the_mri_that_verified_it():
    rows = [("n1", "2024-09-09", "outpatient", "", "79-årig kvinna. Tidigare sakr. insuff. fx 2019, läkt, "
                                                     "verifierad på MR bäcken då. Nu ondt i ländryggen sedan 2 v.",
             "sv")]
    case = only_case(rows)
    assert (str(case["flagged"]).lower(), case["workup"], case["reasons"]) == ("true", "none", LBP)


# --- "ondt", the old spelling of "ont" --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Nu nya besvär: ondt i ländryggen sedan 2 v.", ["present"]),
    ("Har haft ondt i korsryggen hela veckan.", ["present"]),
    ("Ondt lågt i ryggen.", ["present"]),
    ("Inte ondt i ländryggen längre.", ["negated"]),
    ("Ondt i halsen och huvudet.", []),
])
def test_outside25_sv_ondt_is_ont(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


# --- the vertebrae in the genitive ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Kotornas höjd bevarad i ländryggen.", ["negated"]),
    ("Ländkotornas höjd är normal.", ["negated"]),
    ("Bröstkotornas höjder normala.", ["negated"]),
    ("Kotans höjd minskad med 30 %.", ["present"]),
    ("Kotornas höjd minskad i L2 och L3.", ["present"]),
])
def test_outside25_sv_genitive_vertebrae(sentence, expected):
    assert assertions(sentence, "sv", VCF, "radiology") == expected


@pytest.mark.parametrize("sentence", [
    "Kotornas läge normalt, ingen listes.",
    "Inga frakturer i kotornas bakre element.",
])
def test_outside25_sv_genitive_vertebrae_without_their_height_are_none(sentence):
    assert assertions(sentence, "sv", VCF, "radiology") == []


# --- a ramus fracture of the mandible ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Bedömning: Ramusfraktur i mandibeln vä.",
    "Ramusfrakturen i underkäken läker.",
    "Underkäkens ramusfraktur opereras.",
    "Fraktur genom ramus mandibulae vä.",
])
def test_outside25_sv_a_ramus_fracture_of_the_mandible_is_no_pubic_ramus_fracture(sentence):
    assert assertions(sentence, "sv", RAMUS, "radiology") == []


@pytest.mark.parametrize("sentence", [
    "Ramusfraktur hö, käken ua.",
    "Ramusfraktur superior hö och fraktur i mandibeln.",
    "Ramusfrakturer bilat efter fall, även käkfraktur.",
])
def test_outside25_sv_a_pubic_ramus_fracture_beside_the_jaw_stays(sentence):
    assert assertions(sentence, "sv", RAMUS, "radiology") == ["present"]


# --- a modal verb, the finding, then its passive infinitive -----------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Med tanke på osteoporosen bör samtidig sakrumfraktur övervägas, skelettscint bokad.",
    "Hos denna patient bör en sakral insufficiensfraktur utredas.",
    "Måste en sakrumfraktur övervägas? Ja, MR bäcken.",
])
def test_outside25_sv_a_fracture_to_be_considered_is_asked(sentence):
    assert assertions(sentence, "sv", SACRAL) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept", [
    ("Ramusfraktur hö, operation får övervägas.", RAMUS),
    ("Kotkompression L1. Behandling med alendronat bör övervägas.", VCF),
])
def test_outside25_sv_a_treatment_to_be_considered_leaves_the_fracture(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


def test_outside25_sv_a_sacral_fracture_to_be_considered_does_not_stop_the_flag():
    rows = [("n1", "2023-11-15", "radiology", "Rtg bäcken", "Fx ramus sup hö, odislocerad.", "sv"),
            ("n2", "2023-11-17", "clinical", "", "Känd osteoporos. Med tanke på osteoporosen bör samtidig "
                                                  "sakrumfraktur övervägas, skelettscint bokad.", "sv")]
    case = only_case(rows)
    assert (str(case["flagged"]).lower(), case["priority"], case["workup"]) == ("true", "high", "ordered")


# --- a pain almost gone is still there --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Mår bättre, smärtan i sätet nästan borta.",
    "Ländryggssmärtan nästan helt borta.",
    "Nu nästan smärtfri i ländryggen.",
    "Ländryggen nästan besvärsfri.",
])
def test_outside25_sv_a_pain_almost_gone_stays_present(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Smärtan i ländryggen är borta.",
    "Smärtfri i ländryggen.",
    "Ländryggen besvärsfri.",
])
def test_outside25_sv_a_pain_gone_stays_negated(sentence):
    assert assertions(sentence, "sv", LBP) == ["negated"]


# --- the SI joints read in findings place no back pain low ------------------------------------------------------------
REPORT = "DT BUK-BÄCKEN\nFrågeställning: Buksmärta, ryggvärk. Ca?\nFynd: Skelett: {}\nBedömning: Divertikulos."


@pytest.mark.parametrize("finding", [
    "Os sacrum och SI-lederna utan fraktur.",
    "SI-lederna bilat utan ödem eller artrit.",
    "SI-lederna utan anmärkning.",
])
def test_outside25_sv_si_joints_without_a_finding_place_no_back_pain(finding):
    assert assertions(REPORT.format(finding), "sv", LBP, "radiology") == []


@pytest.mark.parametrize("finding", [
    "Ömhet över SI-lederna.",
    "Artros i SI-lederna.",
])
def test_outside25_sv_si_joints_with_a_finding_still_place_it(finding):
    assert assertions(REPORT.format(finding), "sv", LBP, "radiology") == ["present"]


# --- found by probing the round's theme beyond the set ----------------------------------------------------------------
# a word dictation broke in three or a hyphen broke inside ("länd ryggs smärta", "länd-ryggen")
@pytest.mark.parametrize("sentence", [
    "Länd ryggs smärta sedan 2 v.",
    "Länd rygg smärta, värst på morgonen.",
    "Kors ryggs värk efter fallet.",
    "Ont i länd-ryggen.",
])
def test_outside25_sv_a_low_back_pain_broken_in_three_or_at_a_hyphen(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence, concept, expected", [
    ("Fraktur i blygd-benet hö.", RAMUS, ["present"]),
    ("Har ont i ryggen.", LBP, []),
    ("Höger-vänster skillnad i kraft.", LBP, []),
    ("Nu korsryggsvärk sedan 4 v.", LBP, ["present"]),
    ("Pat har smärta ffa lågt i ryggen.", LBP, ["present"]),
])
def test_outside25_sv_broken_words_keep_their_reading(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# a level written with a colon, dictated as a word, or as a dorsal vertebra ("L:1", "L ett", "D12")
@pytest.mark.parametrize("sentence", [
    "Kompression L:1.",
    "Kompression av Th:12.",
    "Fynd: L:1 kilformig.",
    "L ett kompression med 20 % höjdminskning.",
    "Kompression av L två.",
    "Kompression Th tolv.",
    "Kompression av D12.",
    "Kilformad D12 med 30 % höjdförlust.",
])
def test_outside25_sv_levels_with_a_colon_a_word_or_a_d(sentence):
    assert assertions(sentence, "sv", VCF, "radiology") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Klockan 10:15 kom pat. L:1 ua.",
    "Kalcium och D3 insatt.",
    "Cytostatika D1 och D8.",
    "Lågsignalerande på T ett och T två.",
])
def test_outside25_sv_times_vitamins_and_sequences_are_no_compression(sentence):
    assert assertions(sentence, "sv", VCF, "radiology") == []


def test_outside25_sv_a_dorsal_level_with_normal_height_is_a_negated_survey():
    assert assertions("D11 och L1 med normal höjd.", "sv", VCF, "radiology") == ["negated"]


# typos of compression and the low back abbreviated inside a compound
@pytest.mark.parametrize("sentence, concept", [
    ("Kotkopression L2.", VCF),
    ("Kopression av L1, ny.", VCF),
    ("Ländr.smärta hos pat med osteoporos.", LBP),
    ("Ländr.-värk efter lyft.", LBP),
])
def test_outside25_sv_typos_and_abbreviated_compounds(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


def test_outside25_sv_an_abbreviated_compound_is_read_by_the_matcher(nlp_sv):
    # the prefilter reads "korsr" and "värk" as two words, neither an anchor: alone in its sentence the compound
    # is found only with the prefilter off (left for later); beside another finding word it is found
    found = nlp_sv.extract("Korsr.värk sedan 2 v.", prefilter=False)
    assert [(m.concept, m.assertion) for m in found] == [(LBP, "present")]


# --- the set ----------------------------------------------------------------------------------------------------------
def test_outside25_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside25_sv_set_flags_priorities_and_workups_match_gold():
    assert case_mismatches(SET, ("flagged", "priority", "workup", "reasons")) == []

"""Swedish wording families found by the twenty-ninth round's red-team notes (tests/data/outside29/sv: grannarna,
what lies next to each index finding): the ischial ramus ("ramus ossis ischii") read as a pubic ramus; an acetabular
fracture that runs into ramus superior ("med utbredning ned i ramus superior", "som fortsätter ut i", "med engagemang
av") not read as a ramus fracture; a burst fracture ("Burstfraktur L1 med retropulsion") not read as a compression; a
fracture of a vertebra's process ("Fraktur i L3:s processus transversus", "Fraktur av Th12:s processus spinosus")
read as a compression; Schmorl's impressions in the endplates and a disc's lowered height ("Höjdreducerad disk
L4-L5", "höjdreduktion av disken L5-S1") read as compressions; a Chance fracture's line through the body read as a
compression; a trauma CT ("DT TRAUMA (skalle, halsrygg, thorax, buk och bäcken)") read as no pelvic study; a sacrum
denied after a remark ("Sakrum delvis skymt av tarmgas men utan synlig fraktur") and listed after the lumbar spine
("Ingen fraktur i ländrygg, sakrum eller coccyx") not read; "Informerat 70-åriga patienten om X" read as an 'if';
and, found by probing beyond the set, the buttocks a fall landed on ("Ont lågt vid svanskotan efter fall på rumpan")
read as the place of the pain. Each family by at least two differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, exam_rows, only_case, scored_set, statuses

SET = Path(__file__).parent / "data" / "outside29" / "sv"
LBP, RAMUS, VCF, SACRAL = "low_back_pain", "pubic_ramus_fracture", "vertebral_compression_fracture", "sacral_fracture"


# --- the ischial ramus is os ischii, not os pubis -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Fraktur genom vänster ramus ossis ischii, lätt dislocerad.",
    "Fraktur i vä ramus ossis ischii.",
    "Kvinna 82 år med fraktur i ramus ossis ischii vänster efter fall.",
    "Odislocerad fraktur i höger ramus ischii.",
    "Fraktur genom ramus inferior ossis ischii höger.",
])
def test_outside29_sv_the_ischial_ramus_is_no_pubic_ramus(text):
    assert assertions(text, "sv", RAMUS, "radiology") == []


@pytest.mark.parametrize("text, expected", [
    ("Fraktur genom vänster ramus ossis ischii. Ramus superior och inferior ossis pubis är intakta.", ["negated"]),
    ("Fraktur i höger ramus ossis ischii samt i höger ramus inferior ossis pubis, båda odislocerade.", ["present"]),
    ("Fraktur i os ischii och ramus inferior ossis pubis höger.", ["present"]),
    ("Fraktur i vänster ramus superior och inferior ossis pubis.", ["present"]),
    ("Fraktur i hö ramus inferior.", ["present"]),
    ("Fraktur i ramus superior ossis pubis vänster.", ["present"]),
])
def test_outside29_sv_a_pubic_ramus_next_to_the_ischium_keeps_its_reading(text, expected):
    assert sorted(set(assertions(text, "sv", RAMUS, "radiology"))) == expected


# --- a neighbouring bone's fracture that runs into the ramus --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Fraktur i höger acetabulums främre pelare med utbredning ned i ramus superior, lätt dislocerad.",
    "Acetabulumfraktur hö (främre pelaren) som fortsätter ut i ramus superior.",
    "Diagnos: Acetabulumfraktur vä med engagemang av ramus superior.",
    "Fraktur i vänster acetabulum som engagerar ramus superior.",
])
def test_outside29_sv_a_fracture_running_into_the_ramus_is_a_ramus_fracture(text):
    assert assertions(text, "sv", RAMUS, "radiology") == ["present"]


@pytest.mark.parametrize("text", [
    "Acetabulumfraktur vä utan engagemang av ramus superior.",
    "Fraktur i acetabulum som inte når ramus.",
    "Acetabulumfraktur vänster med engagemang av främre pelaren.",
])
def test_outside29_sv_an_acetabular_fracture_that_spares_the_ramus_is_none(text):
    assert "present" not in assertions(text, "sv", RAMUS, "radiology")


# --- a burst fracture is a compression; a Chance fracture with the height kept is not --------------------------------
@pytest.mark.parametrize("text", [
    "Burstfraktur L1 med retropulsion av bakkantsfragment, ca 5 mm in i spinalkanalen.",
    "Instabil burstfraktur Th12 med retropulsion av bakkantsfragment.",
    "Osteoporotisk burstfraktur L1, ingen neurologi.",
    "Burst-fraktur L2.",
])
def test_outside29_sv_a_burst_fracture_is_a_compression(text):
    assert assertions(text, "sv", VCF, "radiology")[:1] == ["present"]


@pytest.mark.parametrize("text, expected", [
    ("Ingen burstfraktur.", []),
    ("Horisontell frakturlinje genom L2:s kotkropp och bakre element, förenligt med Chancefraktur. "
     "Kotkroppens höjd bevarad.", ["negated"]),
    ("Fraktur genom L1 av flexions-distraktionstyp (Chancefraktur).", []),
    ("Kilformad kompression av L1. Chancefraktur L3.", ["present"]),
    ("Fraktur i L1, ingen distraktion.", ["present"]),
])
def test_outside29_sv_a_distraction_injury_is_no_compression(text, expected):
    assert assertions(text, "sv", VCF, "radiology") == expected


# --- a vertebra's process is not its body -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Fraktur i L3:s processus transversus vänster, odislocerad.",
    "Fraktur av Th12:s processus spinosus, lätt dislocerad.",
    "Fraktur i L5:s högra processus transversus.",
    "Fraktur i L2 vänster tvärutskott.",
])
def test_outside29_sv_a_fractured_process_is_no_compression(text):
    assert assertions(text, "sv", VCF, "radiology") == []


@pytest.mark.parametrize("text, expected", [
    ("Fraktur i L1 och L2.", ["present"]),
    ("Kompressionsfraktur L1, processus transversus ua.", ["present"]),
    ("Kotkompression Th12 och transversalutskottsfraktur L1.", ["present"]),
    ("Fraktur i L3:s processus transversus. Kilformad L3 med 20 % höjdreduktion.", ["present"]),
])
def test_outside29_sv_a_vertebral_body_next_to_its_process_keeps_its_reading(text, expected):
    assert assertions(text, "sv", VCF, "radiology")[-1:] == expected


@pytest.mark.parametrize("text", [
    "Fraktur i sakrum pars lateralis vänster.",
    "Fraktur i massa lateralis ossis sacri vänster.",
])
def test_outside29_sv_the_sacrum_s_own_parts_are_the_sacrum(text):
    assert assertions(text, "sv", SACRAL, "radiology") == ["present"]


# --- endplates and discs are not the body's height ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Schmorlska impressioner i ändplattorna Th12-L2.",
    "Impression av övre ändplattan L1 av Schmorlsk nod.",
    "Höjdreducerad disk L4-L5 och L5-S1 med Modic typ 1-förändringar.",
    "Diskdegeneration med höjdreduktion av disken L5-S1 och vakuumfenomen.",
    "Sänkt höjd av disken L4-L5.",
    "Höjdminskade diskar L3-S1.",
])
def test_outside29_sv_an_endplate_node_or_a_disc_height_is_no_compression(text):
    assert assertions(text, "sv", VCF, "radiology") == []


@pytest.mark.parametrize("text", [
    "Impressionsfraktur i övre ändplattan L1.",
    "Höjdreduktion av L2 med 20 %.",
    "Höjdreducerad kotkropp L1.",
    "Höjdreducerad disk L1-L2. Kilformad L1 med 25 % höjdreduktion.",
    "Schmorlska noder Th11-L1 och kompression av L2.",
])
def test_outside29_sv_a_body_compression_next_to_a_disc_or_node_keeps_its_reading(text):
    assert assertions(text, "sv", VCF, "radiology")[-1:] == ["present"]


# --- a trauma CT images the pelvis ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, exam", [
    ("DT TRAUMA (skalle, halsrygg, thorax, buk och bäcken)\nBurstfraktur L1. Bäcken och sakrum utan fraktur.",
     "DT trauma"),
    ("Traumalarm. DT trauma: burstfraktur L1, i övrigt inga skador. Bäcken ua.", ""),
])
def test_outside29_sv_a_trauma_ct_covers_the_pelvis(text, exam):
    note_type = "radiology" if exam else "clinical"
    assert exam_rows(text, "sv", note_type, exam) == [("ct", "performed", True)]


@pytest.mark.parametrize("text, exam, expected", [
    ("DT LÄNDRYGG\nKompression L2 efter trauma.", "DT ländrygg", [("ct", "performed", False)]),
    ("DT BRÖST- OCH LÄNDRYGG\nBurstfraktur Th12. Sakrum ej avbildat.", "DT bröstrygg", [("ct", "performed", False)]),
])
def test_outside29_sv_a_spine_ct_after_trauma_stays_a_spine_ct(text, exam, expected):
    assert exam_rows(text, "sv", "radiology", exam) == expected


# --- a site denied after a remark, or listed after the lumbar spine ---------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Sakrum delvis skymt av tarmgas men utan synlig fraktur.", SACRAL),
    ("Sakrum delvis skymt av tarmgas men utan fraktur.", SACRAL),
    ("Ramus superior skyms av tarmgas men utan synlig fraktur.", RAMUS),
    ("Ingen fraktur i ländrygg, sakrum eller coccyx.", SACRAL),
    ("Ingen fraktur i ländryggen eller sakrum.", SACRAL),
    ("Ingen fraktur i ländrygg, sakrum eller blygdben.", RAMUS),
])
def test_outside29_sv_a_site_denied_after_a_remark_or_in_a_list_is_negated(text, concept):
    assert assertions(text, "sv", concept, "radiology") == ["negated"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Sakrum skyms delvis men utan säker fraktur.", SACRAL, []),
    ("Ingen fraktur i ländrygg, sakrum eller coccyx.", VCF, ["negated"]),
    ("Ingen fraktur i bäcken, sakrum eller coccyx.", SACRAL, ["negated"]),
    ("Fraktur i ländryggen L1, sakrum ua.", VCF, ["present"]),
])
def test_outside29_sv_a_site_list_look_alikes_keep_their_reading(text, concept, expected):
    assert assertions(text, "sv", concept, "radiology") == expected


# --- informing someone of a finding: 'om' is no 'if' --------------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Telefon. Informerat 70-åriga patienten om kotkompression L1. Remiss DXA.", VCF),
    ("Informerat den 70-åriga patienten om kotkompressionen L1.", VCF),
    ("Informerat 82-åriga pat om ramusfraktur vä.", RAMUS),
    ("Informerat patienten om kotkompression L1.", VCF),
])
def test_outside29_sv_informing_of_a_finding_states_it(text, concept):
    assert assertions(text, "sv", concept) == ["present"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Informerat pat om att höra av sig om ländryggssmärtan tilltar.", LBP, ["hypothetical"]),
    ("Om smärtan kvarstår, MR bäcken för att utesluta sakrumfraktur.", SACRAL, ["hypothetical"]),
])
def test_outside29_sv_an_if_after_informing_still_asks(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


# --- the buttocks a fall landed on are not where it hurts ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ont lågt vid svanskotan efter fall på rumpan på isen.",
    "Föll på rumpan igår, ont i svanskotan.",
    "Halkade och landade på sätet. Ont vid svanskotan.",
    "Ramlade på stjärten i går, nu ont i ljumsken.",
])
def test_outside29_sv_the_buttocks_landed_on_are_no_low_back_pain(text):
    assert assertions(text, "sv", LBP) == []


@pytest.mark.parametrize("text", [
    "Föll på rumpan och har ont i ländryggen.",
    "Föll rakt ned på rumpan i går. Sedan dess ont i korsryggen och sätet.",
    "Ont i sätet efter fall på rumpan.",
    "Smärta i ländryggen efter att ha ramlat på rumpan.",
    "Ont i rumpan efter fallet.",
])
def test_outside29_sv_low_back_pain_after_a_fall_on_the_buttocks_keeps_its_reading(text):
    assert assertions(text, "sv", LBP) == ["present"]


# --- a safety check's field answered "Nej" is no declined study (found when running the round's tests) -----------
@pytest.mark.parametrize("check", ["Kontraindikation för MR: Nej.", "Kontraindikationer: nej.", "Pacemaker: nej.",
                                   "Kontrastallergi: nej."])
def test_outside29_sv_a_safety_field_answered_no_leaves_the_report_done(check):
    report = f"MR BÄCKEN\n{check}\nFynd: Normal signal i os sacrum och os ilium. Inget ödem."
    assert statuses(report, "sv", "mri", "radiology", "MR bäcken") == ["performed"]


@pytest.mark.parametrize("text", ["Plan: MR bäcken: nej tack.", "MR bäcken: pat ångrade sig.", "MR: nej tack."])
def test_outside29_sv_a_study_s_field_answered_no_is_still_declined(text):
    assert statuses(text, "sv", "mri") == ["not_performed"]


# --- cases -----------------------------------------------------------------------------------------------------------
def test_outside29_sv_an_ischial_ramus_fracture_does_not_flag():
    case = only_case([
        ("n1", "2025-01-20", "radiology", "Rtg bäcken",
         "Fynd: Fraktur genom vänster ramus ossis ischii. Ramus superior och inferior ossis pubis är intakta. "
         "Sakrum delvis skymt av tarmgas men utan synlig fraktur."),
    ], "sv")
    assert (str(case["flagged"]).lower(), case["workup"]) == ("false", "radiograph_only")


def test_outside29_sv_a_burst_fracture_of_an_old_woman_flags():
    case = only_case([
        ("n1", "2025-05-06", "radiology", "DT bröstrygg",
         "DT BRÖST- OCH LÄNDRYGG\nFynd: Burstfraktur Th12 med 4 mm retropulsion av bakkantsfragment. "
         "Övriga kotkroppar har normal höjd. Sakrum ej avbildat."),
        ("n2", "2025-05-06", "emergency", "", "78-årig kvinna med smärta i nedre bröstryggen efter lyft."),
    ], "sv")
    assert (str(case["flagged"]).lower(), case["reasons"]) == ("true", VCF)


def test_outside29_sv_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97


def test_outside29_sv_set_flags_priorities_and_workups_match_gold():
    assert case_mismatches(SET, ("flagged", "priority", "workup", "reasons")) == []

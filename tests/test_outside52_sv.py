"""Swedish wording families found by the fifty-second round's red-team notes (tests/data/outside52/sv: the patient's
and the relatives' own words): a son or daughter writing about "mamma"/"pappa" by a written channel ("Meddelande via
1177 från dottern", "E-post från sonen", "Synpunkt till patientnämnden från dottern") or named after the call ("Ringer
dottern."), where the parent is the patient (context.json ``child_informants``); pain made stronger in one everyday
word ("jätteont", "skitont": concepts.json class ``PAIN``); the patient's worry about herself in her own words ("Jag
är rädd att jag har brutit något i korsbenet": feared, hypothetical) and a belief that a fracture is there ("Jag tror
att jag har fått en hopsjunken kota": suspected) (context.json triggers); an exam the patient never got to have
("har aldrig fått göra någon magnetröntgen", "fick inte göra någon ...": exams.json ``not_done``); everyday names of
a bone scintigraphy ("skelettröntgen med spruta", "röntgen med radioaktivt spårämne": concepts.json
``imaging_scintigraphy``, its "röntgen" no film of its own in concepts.py) dated "förra veckan" (exams.json
``days_back``); and of the MR camera's bore with the images it took ("låg i tunneln ... tog bilder av bäckenet":
concepts.json ``imaging_mri``); a
form's question answered in a few words ("Har du benskörhet? Ja, upptäcktes 2019.": present; "Ja, för tio år
sedan.": historical; context.json ``next_sentence_hedges.answer_yes`` and the new ``answer_earlier``); and a bone
that "har gått sönder" or "gick av" in the patient's words (concepts.json). Each family by several differently
worded sentences, with its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, assertions_by_concept, case_mismatches, flag_and_workup, one_note, only_case, \
    scored_set

SET = Path(__file__).resolve().parent / "data" / "outside52" / "sv"
SACRAL, RAMUS, VERTEBRA, LBP, OSTEO = ("sacral_fracture", "pubic_ramus_fracture", "vertebral_compression_fracture",
                                       "low_back_pain", "osteoporosis")


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status", "covers_sacrum"]].itertuples(index=False)]


# --- the child writes or is named after the call: "mamma" is the patient -------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Mejl från dottern Sara. Mamma har ont i ländryggen sedan hon halkade.", LBP),
    ("Brev från sonen, inskannat. Pappa har fått en kotkompression enligt vårdcentralen.", VERTEBRA),
    ("Klagomål från dottern till patientnämnden. Mamma har benskörhet och fick vänta länge.", OSTEO),
    ("1177-meddelande från sonen: Mamma har värk i korsryggen och kan inte gå ut.", LBP),
    ("Ringde sonen. Pappa har ont i korsryggen efter fallet.", LBP),
    ("Tel. Ringer dotter. Mamman har fått ont i ländryggen igen.", LBP),
    ("Dottern skriver att mamma har ont i ländryggen sedan i helgen.", LBP),
])
def test_outside52_sv_a_childs_written_message_makes_the_parent_the_patient(text, concept):
    assert assertions(text, "sv", concept) == ["present"]


@pytest.mark.parametrize("text, concept", [
    ("Mejl från väninnan. Hennes mamma har benskörhet.", OSTEO),
    ("Meddelande via 1177 från patienten. Mamma har benskörhet.", OSTEO),
    ("Ringer patienten. Pappa hade en kotkompression.", VERTEBRA),
    ("Brev från grannen. Mamma har ont i ländryggen.", LBP),
])
def test_outside52_sv_a_message_from_someone_else_keeps_the_parent_a_relative(text, concept):
    assert assertions(text, "sv", concept) == ["historical"]


# --- pain made stronger in one word ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hon har jätteont i korsryggen sedan i fredags.",
    "Jag har skitont i ländryggen när jag reser mig.",
    "Han har svinont i nedre delen av ryggen.",
])
def test_outside52_sv_intensified_everyday_pain_in_the_low_back(text):
    assert assertions(text, "sv", LBP) == ["present"]


@pytest.mark.parametrize("text", ["Jag har jätteont i knät.", "Hon har skitont i axeln.",
                                  "Han har jätteont i ryggen mellan skulderbladen."])
def test_outside52_sv_intensified_pain_elsewhere_is_no_low_back_pain(text):
    assert LBP not in assertions_by_concept(text, "sv")


# --- the patient's worry about herself, a belief that a fracture is there -------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Jag är så rädd att jag har fått en spricka i blygdbenet.", RAMUS),
    ("Jag är orolig för att jag har en kotkompression.", VERTEBRA),
    ("Jag är väldigt orolig att jag kan ha brutit korsbenet.", SACRAL),
])
def test_outside52_sv_the_patients_own_worry_about_herself_is_feared_not_found(text, concept):
    assert assertions(text, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("text, concept", [
    ("Jag tror att jag har fått en hopsjunken kota.", VERTEBRA),
    ("Min dotter tror att jag har en spricka i korsbenet.", SACRAL),
    ("Hon tror själv att hon har en kompressionsfraktur.", VERTEBRA),
    ("Doktorn tror att det är en fraktur i korsbenet.", SACRAL),
])
def test_outside52_sv_a_belief_that_a_fracture_is_there_is_suspected(text, concept):
    assert assertions(text, "sv", concept) == ["uncertain"]


@pytest.mark.parametrize("text, concept, expected", [
    ("Jag är orolig att hon har en sakrumfraktur.", SACRAL, ["uncertain"]),  # the clinician's suspicion
    ("Hon tror att hon fick kotkompressionen när hon lyfte.", VERTEBRA, ["present"]),  # a known one
    ("Jag tror inte att det är en fraktur i korsbenet.", SACRAL, ["negated"]),
    ("Jag har en spricka i blygdbenet enligt röntgen.", RAMUS, ["present"]),
])
def test_outside52_sv_worry_and_belief_look_alikes_keep_their_reading(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


# --- an exam never had ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Hon har aldrig fått göra någon skiktröntgen av bäckenet.", ("ct", "pelvis", "not_performed", True)),
    ("Han fick inte göra någon magnetkameraundersökning av bäckenet.", ("mri", "pelvis", "not_performed", True)),
    ("Hon har inte fått gå på någon magnetröntgen av bäckenet.", ("mri", "pelvis", "not_performed", True)),
])
def test_outside52_sv_an_exam_never_had_is_not_performed(text, expected):
    assert _exams(text) == [expected]


@pytest.mark.parametrize("text", ["Hon fick göra en magnetröntgen av bäckenet.",
                                  "Hon har fått göra en magnetröntgen av bäckenet i mars."])
def test_outside52_sv_an_exam_she_got_to_have_is_performed(text):
    assert _exams(text) == [("mri", "pelvis", "performed", True)]


def test_outside52_sv_an_mri_never_had_leaves_low_back_pain_without_workup():
    rows = [("n1", "2025-01-02", "radiology", "RTG BÄCKEN",
             "Frågeställning: 79-årig kvinna, ont i korsryggen.\nFynd: Ingen fraktur.", "sv"),
            ("n2", "2025-02-20", "clinical", "", "Synpunkt från patienten: Jag har ont i ländryggen och har aldrig "
                                               "fått göra någon magnetröntgen av bäckenet.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "radiograph_only")


# --- everyday names of a bone scintigraphy, and "förra veckan" -------------------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("Hon har gjort en skelettundersökning med radioaktivt spårämne, den var normal.", "performed"),
    ("Han gjorde en röntgen med radioaktivt ämne av hela kroppen i maj.", "performed"),
    ("Skelettröntgen med spruta är bokad till nästa vecka.", "requested"),
])
def test_outside52_sv_an_examination_with_a_tracer_is_a_scintigraphy(text, status):
    assert _exams(text) == [("scintigraphy", "whole_body", status, True)]


@pytest.mark.parametrize("text", ["Jag gjorde en röntgen med kontrast av magen.",
                                  "Hon har gjort skelettröntgen för myelom.",
                                  "Hon fick en spruta med kortison i ryggen och gjorde sedan en röntgen."])
def test_outside52_sv_contrast_a_skeletal_survey_or_a_steroid_shot_is_no_scintigraphy(text):
    assert [e[0] for e in _exams(text)] == ["radiograph"]


def test_outside52_sv_a_scintigraphy_last_week_works_up_a_ramus_fracture():
    rows = [("n1", "2025-03-03", "radiology", "RTG BÄCKEN", "Fynd: Fraktur i vänster ramus superior.", "sv"),
            ("n2", "2025-03-25", "telefon", "", "Tel. Hon gjorde skelettröntgen med spruta förra veckan, svaret "
                                                "kom i går.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("false", "scintigraphy")


@pytest.mark.parametrize("text, day", [("Hon gjorde DT bäcken förra veckan.", "2025-01-07"),
                                       ("Hon gjorde DT bäcken i förra månaden.", "2024-12-15")])
def test_outside52_sv_last_week_and_last_month_date_the_exam(text, day):
    exams = one_note(text, "sv").exams
    assert [str(d.date()) for d in exams["date"]] == [day]


# --- the tunnel: the MR camera in the patient's words --------------------------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("Han kördes in i röret i förmiddags och de tog bilder av bäckenet.", "performed"),
    ("Hon ska ligga i tunneln på tisdag för bilder av bäckenet.", "requested"),
    ("Hon låg i magnettunneln en halvtimme medan de tog bilder över korsbenet.", "performed"),
])
def test_outside52_sv_the_tunnel_is_the_mr_camera(text, status):
    assert [(e[0], e[2], e[3]) for e in _exams(text)] == [("mri", status, True)]


@pytest.mark.parametrize("text", ["Vi körde genom tunneln på väg till sjukhuset.", "Hon har karpaltunnelsyndrom.",
                                  "Han låg i sängen hela dagen.",
                                  "Hon klarar inte att ligga i tunneln."])  # the bore alone names no exam
def test_outside52_sv_other_tunnels_are_no_exam(text):
    assert _exams(text) == []


# --- a form's question answered in a few words ---------------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Har du benskörhet? Ja, konstaterades för tre år sedan på DXA.", OSTEO, ["present"]),
    ("Har du ont i ländryggen? Ja, sedan i somras.", LBP, ["present"]),
    ("Har du haft lumbago? Ja, för femton år sedan.", LBP, ["historical"]),
    ("Har du brutit blygdbenet? Ja, för två år sedan.", RAMUS, ["historical"]),
    ("Har du benskörhet? Nej.", OSTEO, ["negated"]),
    ("Har du benskörhet? Ja.", OSTEO, ["present"]),
])
def test_outside52_sv_a_forms_question_takes_its_short_answer(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


@pytest.mark.parametrize("text", ["Har du ont i korsryggen? Kanske.",
                                  "Har du ont i korsryggen? Remiss till fysioterapeut skickas."])
def test_outside52_sv_a_question_without_its_answer_stays_asked(text):
    assert assertions(text, "sv", LBP) == ["hypothetical"]


# --- a bone "gått sönder" in the patient's words -------------------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Kotan gick sönder när hon lyfte kassen.", VERTEBRA, ["present"]),
    ("Blygdbenet gick av när hon föll.", RAMUS, ["present"]),
    ("Läkaren sa att korsbenet har gått sönder.", SACRAL, ["present"]),
    ("Röntgen visade att ingen kota har gått sönder.", VERTEBRA, ["negated"]),
    ("Korsbenet har inte gått sönder enligt röntgen.", SACRAL, ["negated"]),
])
def test_outside52_sv_a_bone_gone_to_pieces_is_its_fracture(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


@pytest.mark.parametrize("text", ["Protesen har gått sönder.",
                                  "Hennes rollator har gått sönder och hon har ont i blygdbenet.",
                                  "Jag är rädd att något har gått sönder i ryggen."])
def test_outside52_sv_other_things_gone_to_pieces_are_no_fracture(text):
    found = assertions_by_concept(text, "sv")
    assert not {SACRAL, RAMUS, VERTEBRA} & set(found)


# --- the set ----------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

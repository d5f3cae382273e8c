"""Swedish wording families found by the fifteenth round's outside-author notes (tests/data/outside15/sv): work-list
and order text with status fields, corrected reports (TILLÄGG, rättat svar), second opinions, Swedish with English
terms by doctors with another first language, very short notes. Each family by at least two differently worded
sentences, with and without å/ä/ö, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, exam_rows, flag_and_workup, gold_and_scanned_cases, one_note, only_case

SET = Path(__file__).parent / "data" / "outside15" / "sv"
VCF, SACRAL, RAMUS, OSTEO, LBP = ("vertebral_compression_fracture", "sacral_fracture", "pubic_ramus_fracture",
                                  "osteoporosis", "low_back_pain")


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    return exam_rows(text, "sv", note_type, exam)


# --- a sacral level after the site names where in the sacrum a finding lies --------------------------------------------
@pytest.mark.parametrize("sentence", [
    "TILLÄGG: Linjär sklerosering i höger sakralvinge i nivå med S1, som kan motsvara en insufficiensfraktur.",
    "Vid eftergranskning ödem i vänster massa lateralis i höjd med S2, misstänkt för insufficiensfraktur.",
    "Linjar sklerosering i hoger sakralvinge i niva med S1, som kan motsvara en insufficiensfraktur.",
])
def test_outside15_sv_a_sacral_level_after_the_site_keeps_the_suspected_fracture(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["uncertain"]


@pytest.mark.parametrize("sentence", [
    "Fynd: Kompression av ryggmärgen i höjd med Th8.",
    "Kompression av duralsäcken i nivå med L3, ingen fraktur.",
])
def test_outside15_sv_a_spinal_level_after_a_compression_is_still_no_fracture(sentence):
    assert assertions(sentence, "sv", VCF, "radiology") in ([], ["negated"])


# --- lumbalkotor, thorakalkotor are vertebrae ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Fynd: Normal höjd av lumbalkotorna.",
    "Lumbalkotorna har bevarad höjd.",
    "Thorakalkotorna har normal hojd.",
])
def test_outside15_sv_lumbal_and_thorakal_vertebrae_with_normal_height_negate_a_compression(sentence):
    assert assertions(sentence, "sv", VCF, "radiology") == ["negated"]


def test_outside15_sv_a_compressed_lumbalkota_is_a_compression():
    assert assertions("Kompression av lumbalkotan L2 med 30 % höjdreduktion.", "sv", VCF, "radiology") == ["present"]


# --- "osteoporos utredning" split in two is the investigation, not the disease ----------------------------------------
@pytest.mark.parametrize("sentence", [
    "Vi skickar remiss till vårdcentral för osteoporos utredning.",
    "Remiss for osteoporos-utredning till VC.",
    "Planerar osteoporos screening efter utskrivning.",
])
def test_outside15_sv_a_split_osteoporosis_workup_asks(sentence):
    assert assertions(sentence, "sv", OSTEO) == ["hypothetical"]


@pytest.mark.parametrize("sentence", [
    "Hon har osteoporos, utredning av fallrisk planeras.",
    "Känd osteoporos. Utredning av yrsel pågår.",
])
def test_outside15_sv_osteoporosis_before_another_workup_stays_present(sentence):
    assert assertions(sentence, "sv", OSTEO) == ["present"]


# --- an order heading in a clinical note asks for its exam, and its "?X" is the order's question -------------------
@pytest.mark.parametrize("text, modality", [
    ("Önskad undersökning: MR bäcken, ?sakral insufficiensfraktur", "mri"),
    ("Remisstext: MR backen, ?sakral insufficiensfraktur", "mri"),
    ("Beställningskommentar till nuklearmedicin: Skelettscintigrafi helkropp önskas inom 2 veckor.", "scintigraphy"),
    ("Bestallningskommentar: skelettscintigrafi helkropp, ?metastaser", "scintigraphy"),
])
def test_outside15_sv_an_exam_under_an_order_heading_is_requested(text, modality):
    assert [(m, s) for m, s, _ in _exams(text)] == [(modality, "requested")]


@pytest.mark.parametrize("text", [
    "Beställningskommentar: ?skelettmetastaser ?insufficiensfraktur i sakrum.",
    "Onskad undersokning: DT backen. ?sakrumfraktur",
])
def test_outside15_sv_a_question_under_an_order_heading_asks(text):
    assert assertions(text, "sv", SACRAL) == ["hypothetical"]


def test_outside15_sv_an_order_heading_over_a_study_done_keeps_it_done():
    assert [s for _, s, _ in _exams("Beställningskommentar: MR bäcken utförd 3/3, se svar.")] == ["performed"]


def test_outside15_sv_an_order_heading_in_a_report_names_the_report_itself():
    text = "Önskad undersökning: MR bäcken\nFynd: Ingen fraktur i sakrum."
    assert _exams(text, "radiology", "MR bäcken") == [("mri", "performed", True)]


def test_outside15_sv_an_ordered_scintigraphy_that_was_done_is_the_workup():
    case = only_case([
        ("n1", "2025-04-07", "clinical", "", "Ont i ländryggen sedan 6 v.\nBeställningskommentar till "
                                             "nuklearmedicin: Skelettscintigrafi helkropp önskas. ?insufficiensfraktur"),
        ("n2", "2025-04-22", "radiology", "Skelettscintigrafi", "Helkropp. Ingen fraktur i sakrum eller bäckenet."),
    ], "sv")
    assert case["workup"] == "scintigraphy"


# --- a modality's staff is no exam ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tel från röntgen (MR-ssk):\nMRI pelvis kan inte göras, pacemaker.",
    "Tel fran MR-sjukskoterskan: pat har pacemaker, MR backen kan ej genomforas.",
])
def test_outside15_sv_a_call_from_the_mri_nurse_is_no_mri(text):
    assert _exams(text) == [("mri", "not_performed", True)]


def test_outside15_sv_a_staff_word_does_not_hide_the_exam_it_speaks_of():
    assert _exams("DT-ssk meddelar att pat uteblev från DT bäcken.") == [("ct", "not_performed", True)]


# --- a corrected report's finding that "utgår" or "stryks" is withdrawn ----------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("TILLÄGG: Den tidigare beskrivna frakturen i vänster sakralvinge utgår.", SACRAL),
    ("Rättelse: Kompressionsfrakturen L3 stryks ur svaret, det rör sig om en Schmorlsk knuta.", VCF),
    ("Rattat svar: frakturen i hoger ramus superior utgar, normal karlkanal.", RAMUS),
])
def test_outside15_sv_a_withdrawn_finding_is_negated(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence", [
    "Kompressionsfraktur L1, Alendronat utgår pga njursvikt.",
    "Kompressionsfraktur L1 och Alendronat utgår.",
])
def test_outside15_sv_a_drug_that_utgår_leaves_the_fracture_present(sentence):
    assert assertions(sentence, "sv", VCF) == ["present"]


# --- English status words kept in a Swedish note ----------------------------------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("MRI pelvis cancelled av patient.", "not_performed"),
    ("Pat declined MRI pelvis, vill inte.", "not_performed"),
    ("No-show på MR bäcken 2/5.", "not_performed"),
    ("MR bäcken scheduled vecka 12.", "requested"),
    ("CT bäcken booked till 3/4.", "requested"),
])
def test_outside15_sv_an_english_status_word_in_a_swedish_note(text, status):
    assert [s for _, s, _ in _exams(text)] == [status]


def test_outside15_sv_a_cancelled_mri_pelvis_stays_an_order():
    case = only_case([
        ("n1", "2025-05-06", "clinical", "", "83-årig kvinna med fraktur i vänster ramus superior. MRI pelvis bokad."),
        ("n2", "2025-05-20", "clinical", "", "MRI pelvis cancelled av patient, vill inte."),
    ], "sv")
    assert flag_and_workup(case) == ("true", "ordered")


# --- English words for the low back, and "ländr." -------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Pat har smärta i low back sedan 2 v.",
    "Hon har ont i lower back sedan fallet.",
    "Han har pain i ländrygg, mycket.",
    "Kotkompr L2 ny, ++ ont ländr.",
    "Ont landr sedan 1 v.",
])
def test_outside15_sv_english_or_abbreviated_low_back_is_low_back_pain(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Smärta i vä ljumske och hö knä.",
    "Ländr.: ua.",
    "Ont i bröstryggen, low back ua.",
])
def test_outside15_sv_the_low_back_look_alikes_are_no_pain(sentence):
    assert "present" not in assertions(sentence, "sv", LBP)


# --- "# L1" in a short note is a vertebral fracture --------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("# L2, ny. Kraftig smärta.", "present"),
    ("#L1 ny.", "present"),
    ("ua sakrum. # L1 gammal.", "historical"),
])
def test_outside15_sv_the_fracture_sign_before_a_level(sentence, expected):
    assert assertions(sentence, "sv", VCF) == [expected]


def test_outside15_sv_a_numbered_priority_is_no_fracture():
    assert assertions("Prio # 2. Kotkropparna ua.", "sv", VCF) in ([], ["negated"])


# --- the set as a user scores it --------------------------------------------------------------------------------------
def test_outside15_sv_set_flags_priorities_and_workups_match_gold():
    gold, cases = gold_and_scanned_cases(SET)
    for pid, row in gold.iterrows():
        got = cases.loc[pid]
        priority = got["priority"] if isinstance(got["priority"], str) else ""
        assert (str(got["flagged"]).lower(), priority, got["workup"]) == (
            row["flagged"], row["priority"], row["workup"]), pid


# --- where bone density was measured is no place of pain ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "70-årig kvinna med bifynd kompressionsfraktur L2. Inga ryggbesvär.\nDXA: T-score ländrygg -2,9, lårbenshals -2,6.",
    "Ryggvark sedan fallet. Bentathet: landrygg L1-L4 T-score -3,1.",
])
def test_outside15_sv_a_dxa_site_does_not_place_back_pain_low(text):
    assert assertions(text, "sv", LBP) == []


@pytest.mark.parametrize("text", [
    "Ryggsmärta sedan 2 v, strålar till vänster ben. DXA: T-score ländrygg -2,9.",
    "Ryggvärk sedan fallet, sitter i ländryggen. Bentäthet: ländrygg T-score -3,1.",
])
def test_outside15_sv_back_pain_placed_low_beside_a_dxa_site_stays(text):
    assert "present" in assertions(text, "sv", LBP)


# --- the low back named after the pain, as a second-language writer may put it ---------------------------------------
@pytest.mark.parametrize("sentence", [
    "Patientin 81 år, har ont i rygg nedre del.",
    "Ryggvärk nedre delen sedan 3 v.",
    "Hon har ont i ryggen, nedre delen, sedan fallet.",
    "Ryggvark nedre delen sedan fallet.",
])
def test_outside15_sv_pain_in_the_back_lower_part_is_low_back_pain(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Ont i ryggen och nedre extremiteterna.",
    "Ont i magen, nedre delen.",
])
def test_outside15_sv_a_lower_part_of_something_else_is_no_low_back_pain(sentence):
    assert "present" not in assertions(sentence, "sv", LBP)


# --- "not done yet" in the neuter or with "ännu" after: still asked for; "ej gjort" alone: not done ---------------
@pytest.mark.parametrize("text", [
    "MRI pelvis inte gjort ännu.",
    "DT backen inte utfort an.",
    "MR bäcken ej bokat ännu, remiss finns.",
])
def test_outside15_sv_a_study_not_done_yet_is_still_requested(text):
    assert [s for _, s, _ in _exams(text)] == ["requested"]


@pytest.mark.parametrize("text", [
    "DT bäcken ej gjort.",
    "MR backen inte gjort, pat avbojde.",
])
def test_outside15_sv_a_study_not_done_in_the_neuter_is_not_performed(text):
    assert [s for _, s, _ in _exams(text)] == ["not_performed"]


# --- radiology's round or conference is no radiograph -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Diskuterad på röntgenronden, ingen fraktur i sakrum.",
    "Tas upp pa rontgenkonferens nasta vecka.",
    "Vid röntgenrond visades DT bäcken, sakrumfraktur bilat konstaterad.",
])
def test_outside15_sv_a_radiology_round_is_no_radiograph(text):
    assert "radiograph" not in [m for m, _, _ in _exams(text)]


def test_outside15_sv_a_radiograph_beside_the_round_words_is_still_one():
    assert _exams("Röntgen bäcken visade fraktur i ramus.") == [("radiograph", "performed", False)]


# --- a work list's status field on the line under its exam --------------------------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("MR bäcken\nStatus: Bokad 14/1 kl 10:20", "requested"),
    ("Undersökning: MR backen\nStatus: Makulerad\nOrsak: dubbelbestallning", "not_performed"),
    ("Remiss: MR bäcken\nRemisstatus: Avvisad – ej berättigad, ring för diskussion", "not_performed"),
    ("Us: DT bäcken\nBeställningsstatus: Väntar på tid", "requested"),
    ("Us: Skelettscintigrafi\nStatus: Utförd 2025-04-22", "performed"),
])
def test_outside15_sv_a_status_field_under_an_exam_is_its_status(text, status):
    assert [s for _, s, _ in _exams(text)] == [status]


@pytest.mark.parametrize("text, status", [
    ("MR bäcken beställd.\nStatus: AT gott, normalt gångmönster, öm över sakrum.", "requested"),
    ("MR bäcken utförd 3/3.\nStatus: Makulerad", "performed"),
    ("MR bäcken.\n\nAnamnes: fall.\nStatus: Bokad hemtjänst.", "performed"),
])
def test_outside15_sv_a_status_field_look_alikes(text, status):
    assert [s for _, s, _ in _exams(text)] == [status]


def test_outside15_sv_a_booked_work_list_line_is_no_workup():
    case = only_case([
        ("n1", "2025-02-03", "radiology", "Rtg bäcken", "Fraktur i vänster ramus superior."),
        ("n2", "2025-02-04", "clinical", "", "Arbetslista\nMR bäcken\nStatus: Bokad 2025-02-20"),
    ], "sv")
    assert flag_and_workup(case) == ("true", "ordered")


# --- "not certain" after a finding, also closing its clause after a comma -------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Frakturen i korsbenet är inte säker.", SACRAL),
    ("Kompression av L2, ej säker.", VCF),
    ("Fraktur i ramus inferior inte sakert, ev karlkanal.", RAMUS),
])
def test_outside15_sv_a_finding_not_certain_is_uncertain(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["uncertain"]


@pytest.mark.parametrize("sentence, concept", [
    ("Sakrumfraktur säker bilat.", SACRAL),
    ("Ramusfraktur vä, ej säker ålder.", RAMUS),
])
def test_outside15_sv_a_certain_finding_or_an_uncertain_age_stays_present(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["present"]


# --- lay "bruten"/"brutet" and "hopsjunken" ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Hon har bruten blygdben vänster.", RAMUS),
    ("Blygdbenet ar brutet pa hoger sida.", RAMUS),
    ("Hon har ett brutet korsben enligt MR.", SACRAL),
    ("Kotan L1 är bruten.", VCF),
    ("Hon har en hopsjunken kota i ländryggen.", VCF),
    ("Hopsjunken kota L2 sedan fallet.", VCF),
])
def test_outside15_sv_a_broken_bone_in_lay_words_is_a_fracture(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


@pytest.mark.parametrize("sentence", ["Brutet handledsben i fjol.", "Bruten arm, gipsad."])
def test_outside15_sv_a_broken_other_bone_is_none_of_ours(sentence):
    found = one_note(sentence, "sv").mentions
    assert not set(found["concept"]) & {RAMUS, SACRAL, VCF}


# --- English exam names kept in a Swedish note -------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Bone scan bokad vecka 10.", [("scintigraphy", "requested", True)]),
    ("Bonescan utford 3/4, inga upptag i sakrum.", [("scintigraphy", "performed", True)]),
    ("X-ray pelvis: ramus fraktur vä.", [("radiograph", "performed", False)]),
    ("Xray backen visade fraktur i ramus superior.", [("radiograph", "performed", False)]),
])
def test_outside15_sv_an_english_exam_name_in_a_swedish_note(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text", [
    "MRI lumbar spine visade diskbråck, sacrum not included.",
    "MRI L-spine: ingen fraktur i kotorna.",
])
def test_outside15_sv_an_english_lumbar_study_is_lumbar(text):
    found = one_note(text, "sv").exams
    assert found[["modality", "region", "covers_sacrum"]].values.tolist() == [["mri", "lumbar_spine", False]]


def test_outside15_sv_a_lumbar_mri_in_english_words_is_no_pelvic_request_done():
    case = only_case([
        ("n1", "2025-03-01", "clinical", "", "81 år kvinna, ont i ländryggen. Remiss MR bäcken skickad."),
        ("n2", "2025-03-20", "clinical", "", "MRI lumbar spine visade diskbråck L4-L5."),
    ], "sv")
    assert flag_and_workup(case) == ("true", "ordered")


# --- age then sex without "gammal" ("81 år kvinna", "75 y kvinna") ---------------------------------------------------
@pytest.mark.parametrize("text, sex, age", [
    ("81 år kvinna, ont i ländryggen sedan fallet.", "F", 81),
    ("75 y kvinna med osteoporos, low back pain sedan 3 veckor.", "F", 75),
    ("Pat 68 ar man, lumbago.", "M", 68),
])
def test_outside15_sv_age_then_sex_is_read(text, sex, age):
    case = only_case([("n1", "2025-03-01", "clinical", "", text)], "sv")
    assert (case["sex"], int(case["age"])) == (sex, age)


# --- an appointment called off ("avbokat sin tid för DT bäcken") is a cancellation, not a booking --------------------
@pytest.mark.parametrize("text", [
    "Meddelande från röntgen: pat har ringt och avbokat sin tid för DT bäcken.",
    "Pat avbokade tiden till MR bäcken, mår bättre.",
    "Dottern har avbestallt tiden for skelettscint.",
])
def test_outside15_sv_an_appointment_called_off_is_cancelled(text):
    assert [s for _, s, _ in _exams(text)] == ["not_performed"]


def test_outside15_sv_an_appointment_alone_is_a_request():
    assert [s for _, s, _ in _exams("Tid för MR bäcken 3/4.")] == ["requested"]


# --- the H sign's shape named after the site ("upptag i korsbenet bilateralt, H-formad") --------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Isotopundersökning av skelettet: ökad upptagning i korsbenet bilateralt, H-formad.", "present"),
    ("Skelettscintigrafi: upptag i sakrum med H-monster.", "present"),
    ("Skelettscintigrafi: upptag i sakrum, ej H-format, degenerativt.", "negated"),
])
def test_outside15_sv_the_h_shape_after_the_sacrum(sentence, expected):
    assert assertions(sentence, "sv", SACRAL, "radiology") == [expected]


# --- a second-language "has not happened (yet)" ------------------------------------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("MR bäcken har inte hänt än.", "requested"),
    ("DT backen har inte skett annu, vantar pa tid.", "requested"),
    ("MR bäcken har aldrig skett, pat flyttade.", "not_performed"),
    ("MR bäcken blev cancelad.", "not_performed"),
])
def test_outside15_sv_a_study_that_has_not_happened(text, status):
    assert [s for _, s, _ in _exams(text)] == [status]


# --- a report's answer about a finding ("Preliminärsvaret om ramusfraktur") and "kan inte verifieras" --------------
@pytest.mark.parametrize("sentence, concept", [
    ("Preliminärsvaret om ramusfraktur vä kvarstår.", RAMUS),
    ("Utlatandet om kompressionsfraktur L1 star fast.", VCF),
])
def test_outside15_sv_a_report_about_a_finding_states_it(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, concept", [
    ("Den i remissen angivna kotkompressionen L3 kan inte verifieras.", VCF),
    ("Sakrumfrakturen har inte kunnat verifieras.", SACRAL),
    ("Fraktur i ramus superior kan ej verifieras vid eftergranskning.", RAMUS),
])
def test_outside15_sv_a_finding_that_cannot_be_verified_is_uncertain(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["uncertain"]

"""Swedish wording families found by the thirteenth round's outside-author notes (tests/data/outside13/sv): nursing
and team notes, pharmacists' medication reviews, spine-surgery replies, radiology's protocol and hybrid SPECT/DT
reports, Finland-Swedish hälsocentral notes. Each family by at least two differently worded sentences, with and
without å/ä/ö, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, exam_rows, flag_and_workup, gold_and_scanned_cases, only_case

SET = Path(__file__).parent / "data" / "outside13" / "sv"
VCF, SACRAL, RAMUS, OSTEO = "vertebral_compression_fracture", "sacral_fracture", "pubic_ramus_fracture", "osteoporosis"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    return exam_rows(text, "sv", note_type, exam)


# --- a suspicion made a condition, however qualified ("om fortsatt klinisk misstanke om"), is a question -----------
@pytest.mark.parametrize("sentence", [
    "Om fortsatt klinisk misstanke om sakral fraktur kan DT bäcken övervägas.",
    "Vid kvarstående stark misstanke om sakral insufficiensfraktur rekommenderas MR bäcken.",
    "Vid kvarstaende klinisk misstanke pa sakrumfraktur bor MR backen goras.",
])
def test_outside13_sv_a_qualified_conditional_suspicion_asks(sentence):
    assert assertions(sentence, "sv", SACRAL, "radiology") == ["hypothetical"]


@pytest.mark.parametrize("sentence", [
    "Klinisk misstanke om sakral fraktur.",
    "Undersökt vid akutmottagningen med misstanke om sakral fraktur.",
])
def test_outside13_sv_a_suspicion_that_is_no_condition_stays_uncertain(sentence):
    assert assertions(sentence, "sv", SACRAL) == ["uncertain"]


# --- "om" after a letter or a talk is "about", not "if" ---------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Fått brev om ny kotkompression Th7 på DT thorax.", VCF),
    ("Samtal med dottern om ramusfrakturen och hemgången.", RAMUS),
    ("Pat har fatt ett brev hem om kompressionen i L1.", VCF),
])
def test_outside13_sv_a_letter_about_a_finding_states_it(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


def test_outside13_sv_the_study_a_letter_speaks_of_was_done():
    assert _exams("Fått brev om ny kotkompression Th7 på DT thorax.") == [("ct", "performed", False)]


@pytest.mark.parametrize("text", ["Brev skickat till pat om MR bäcken.", "Brev till pat om DT backen."])
def test_outside13_sv_a_letter_about_a_study_is_no_study_done(text):
    assert [s for _, s, _ in _exams(text)] == ["requested"]


@pytest.mark.parametrize("sentence", [
    "Om kotkompression påvisas startas behandling.",
    "Brev skickas till pat. Om kotkompression bekräftas erbjuds behandling.",
])
def test_outside13_sv_om_as_if_still_asks(sentence):
    assert assertions(sentence, "sv", VCF) == ["hypothetical"]


# --- the patient's worry ("orolig för benskörhet", "rädd för en ny kotfraktur") is no finding -------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Rtg ländrygg då hon är orolig för benskörhet.", OSTEO),
    ("Hon är rädd för att ha osteoporos och önskar DXA.", OSTEO),
    ("Rtg landrygg da hon ar orolig for benskorhet.", OSTEO),
    ("Pat orolig för en ny kotfraktur.", VCF),
    ("Hon ar radd for att fa nya kotkompressioner.", VCF),
])
def test_outside13_sv_a_worry_is_no_finding(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["hypothetical"]


@pytest.mark.parametrize("sentence, concept", [
    ("Pat orolig för sin kotkompression.", VCF),
    ("Känd osteoporos, orolig för fall.", OSTEO),
    ("Hon är orolig för sin osteoporos.", OSTEO),
    ("Oroar sig over sin benskorhet.", OSTEO),
])
def test_outside13_sv_a_worry_beside_a_known_finding_leaves_it_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


# --- "enligt tidigare" (as described before) keeps a finding present -------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Kompressionen i L1 enligt tidigare.", VCF),
    ("Kotkompression Th12 enl. tidigare, i övrigt ua.", VCF),
    ("Ramusfraktur vanster liksom tidigare.", RAMUS),
])
def test_outside13_sv_a_finding_as_before_is_present(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["present"]


def test_outside13_sv_an_earlier_fracture_stays_historical():
    assert assertions("Tidigare kotkompression L1 2019.", "sv", VCF) == ["historical"]


def test_outside13_sv_enligt_tidigare_before_a_study_names_an_earlier_study():
    text = "Ingen sakral fraktur enligt tidigare MR bäcken."
    assert assertions(text, "sv", "imaging_mri") == ["historical"]


# --- "bedöms inte föreligga" negates even a questioned finding; "kunde inte bekräftas" leaves it doubtful ------------
@pytest.mark.parametrize("sentence, concept", [
    ("Den ifrågasatta kompressionen av L2 bedöms inte föreligga.", VCF),
    ("Den tveksamma ramusfrakturen bedömdes ej föreligga vid eftergranskningen.", RAMUS),
    ("Misstankt kompression av L1 bedoms inte foreligga.", VCF),
])
def test_outside13_sv_a_finding_judged_absent_is_negated(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["negated"]


def test_outside13_sv_a_finding_not_confirmed_stays_doubtful():
    assert assertions("Den misstänkta kompressionen av L2 kunde inte bekräftas.", "sv", VCF, "radiology") == ["uncertain"]


# --- "Klinisk info:" is a referral's heading: its "X?" asks -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "DT bäcken\nKlinisk info: L2-kompression, pacemaker. Sakral fraktur?\nFynd: Ingen fraktur i bäckenringen.",
    "MR backen\nKlinisk info: fall, smarta over korsbenet. Sakrumfraktur?\nFynd: Normal signal.",
])
def test_outside13_sv_a_question_under_klinisk_info_asks(text):
    assert assertions(text, "sv", SACRAL, "radiology") == ["hypothetical"]


def test_outside13_sv_a_question_in_an_assessment_suspects():
    assert assertions("Bedömning: Lumbago, kotkompression? DT ländrygg beställd.", "sv", VCF) == ["uncertain"]


# --- the CT of a SPECT/DT is the scintigraphy's, not a CT study --------------------------------------------------------
@pytest.mark.parametrize("text, exam", [
    ("Skelettscintigrafi helkropp med SPECT/lågdos-DT över bäckenet. Normalt upptag i sakrum.", ""),
    ("Tillägg av SPECT/DT över bäckenet, utan fokalt upptag.", "Skelettscintigrafi"),
    ("Skelettscintigrafi med SPECT med lagdos-DT av landryggen och backenet, ua.", ""),
])
def test_outside13_sv_a_spect_ct_is_one_scintigraphy(text, exam):
    assert {m for m, _, _ in _exams(text, "radiology", exam)} == {"scintigraphy"}


def test_outside13_sv_a_ct_done_beside_a_scintigraphy_is_its_own_exam():
    modalities = {m for m, _, _ in _exams("DT bäcken och skelettscintigrafi gjordes samma dag, båda ua.")}
    assert modalities == {"ct", "scintigraphy"}


def test_outside13_sv_a_scintigraphy_with_spect_ct_is_a_scintigraphy_workup():
    case = only_case([
        ("n1", "2025-01-14", "radiology", "Rtg ländrygg", "Kompressionsfraktur Th12, ny."),
        ("n2", "2025-02-11", "radiology", "Skelettscintigrafi",
         "Skelettscintigrafi helkropp med SPECT/lågdos-DT Th10 till och med bäckenet.\n"
         "Bedömning: Färsk kotkompression Th12. Normalt upptag i sakrum."),
    ], "sv")
    assert flag_and_workup(case) == ("false", "scintigraphy")


# --- a bone scan limited to spot views of the spine ("endast riktade bilder", "inga helkroppsbilder") missed the sacrum --
@pytest.mark.parametrize("text", [
    "Endast riktade bilder över bröst- och ländrygg, inga helkroppsbilder. Ökat upptag L2.",
    "Riktad SPECT/DT over landryggen utan helkroppsbilder. Upptag i L2.",
    "Helkroppsbilder kunde inte tas pga smärta; endast riktade bilder över ländryggen.",
])
def test_outside13_sv_a_bone_scan_of_spot_views_misses_the_sacrum(text):
    assert _exams(text, "radiology", "Skelettscintigrafi") == [("scintigraphy", "performed", False)]


@pytest.mark.parametrize("text", [
    "Helkroppsbilder samt SPECT/DT över ländryggen. Ökat upptag i L2.",
    "Endast riktade bilder över bäckenet och ländryggen. Normalt upptag i sakrum.",
])
def test_outside13_sv_a_bone_scan_with_the_pelvis_in_view_covers_it(text):
    assert _exams(text, "radiology", "Skelettscintigrafi") == [("scintigraphy", "performed", True)]


# --- Finland-Swedish "skelettgammakuvning", "isotopkuvning" are bone scintigraphy --------------------------------------
@pytest.mark.parametrize("text, exam", [
    ("Skelettgammakuvning av hela kroppen visade inga frakturer.", ""),
    ("Isotopkuvning av skelettet: inga fokala upptag.", ""),
    ("Utlåtande: H-formad upptagsökning i sacrum, förenlig med insufficiensfraktur.", "Skelettgammakuvning"),
])
def test_outside13_sv_gammakuvning_is_a_bone_scintigraphy(text, exam):
    note_type = "radiology" if exam else "clinical"
    assert ("scintigraphy", "performed", True) in _exams(text, note_type, exam)


# --- an appointment for the study by its long name ("tid till magnetundersökning") is a request -------------------------
@pytest.mark.parametrize("text", [
    "Tid till magnetundersökning av bäckenet 12.5.",
    "Tiden för datortomografi av backenet ar pa fredag.",
    "Tid för skelettgammakuvning 3.6.",
])
def test_outside13_sv_an_appointment_by_the_long_name_is_a_request(text):
    assert [s for _, s, _ in _exams(text)] == ["requested"]


def test_outside13_sv_a_study_done_at_its_time_is_done():
    assert [s for _, s, _ in _exams("Magnetundersökning av bäckenet gjordes 12.5, inga frakturer.")] == ["performed"]


# --- radiology's protocol ("MR bäcken protokollerad") and a new time after a cancellation ("ny tid ges") are requests ----
@pytest.mark.parametrize("text", [
    "MR bäcken protokollerad, prio 2.",
    "Undersokningen protokolleras som MR backen med STIR koronalt.",
    "MR bäcken inställd pga maskinhaveri, ny tid ges.",
    "DT backen installd, ny tid har bokats.",
])
def test_outside13_sv_a_protocol_or_a_new_time_is_a_request(text):
    assert [s for _, s, _ in _exams(text)] == ["requested"]


def test_outside13_sv_a_report_that_names_its_protocol_was_done():
    text = "MR bäcken, protokollerad enligt sakrumprotokoll med STIR koronalt. Fynd: Sakrum med normal signal."
    assert [s for _, s, _ in _exams(text, "radiology", "MR bäcken")] == ["performed"]


def test_outside13_sv_a_protocolled_study_done_later_is_done():
    assert [s for _, s, _ in _exams("MR bäcken protokollerad och utförd 3/4, ua.")] == ["performed"]


# --- a result someone is to read ("tar del av svaret") is no report of a study done -----------------------------------
@pytest.mark.parametrize("text", [
    "Skelettscintigrafin hann inte utföras före utskrivning. Vårdcentralen tar del av scintigrafisvaret.",
    "MR bäcken bokad till nästa vecka. Pat far ta del av MR-svaret pa mottagningen.",
])
def test_outside13_sv_a_result_to_be_read_is_no_study_done(text):
    statuses = {s for _, s, _ in _exams(text)}
    assert "performed" not in statuses


def test_outside13_sv_a_result_read_after_a_study_done_keeps_it_done():
    assert _exams("MR bäcken gjordes 3/4, vårdcentralen tar del av svaret.") == [("mri", "performed", True)]


def test_outside13_sv_a_bone_scan_not_done_before_discharge_stays_an_order():
    case = only_case([
        ("n1", "2024-02-12", "clinical", "",
         "74-årig man med höftprotes. Smärta i korsryggen efter fall. Skelettscintigrafi beställd i stället för MR."),
        ("n2", "2024-02-16", "discharge", "",
         "Skelettscintigrafin hann inte utföras före utskrivning; kallelse skickas hem. "
         "Vårdcentralen tar del av scintigrafisvaret."),
    ], "sv")
    assert flag_and_workup(case) == ("true", "ordered")


# --- a study cancelled ("avbeställd"), withdrawn ("remissen dragen tillbaka") or overtaken ("innan X hann göras") -------
@pytest.mark.parametrize("text", [
    "MR bäcken avbeställd.",
    "MR backen avbestalldes av avdelningen da pat flyttats.",
    "MR-remissen dragen tillbaka.",
    "Pat avled innan MR bäcken hann göras.",
    "Pat skrevs ut innan DT backen kunde genomforas.",
])
def test_outside13_sv_a_study_called_off_is_not_done(text):
    assert [s for _, s, _ in _exams(text)] == ["not_performed"]


def test_outside13_sv_a_study_done_before_discharge_is_done():
    assert [s for _, s, _ in _exams("MR bäcken gjordes innan pat skrevs ut.")] == ["performed"]


def test_outside13_sv_a_cancelled_request_stays_an_order():
    case = only_case([
        ("n1", "2025-03-01", "clinical", "", "Ramusfraktur vä. Remiss MR bäcken skickad."),
        ("n2", "2025-03-05", "clinical", "", "MR bäcken avbeställd av avdelningen."),
    ], "sv")
    assert flag_and_workup(case) == ("true", "ordered")


# --- a clinical diagnosis of a sacral fracture ("Klinisk diagnos: sakral insufficiensfraktur") is unverified ------------
@pytest.mark.parametrize("sentence", [
    "Klinisk diagnos: sakral insufficiensfraktur.",
    "Klinisk diagnos sakral insufficiensfraktur, MR ej mojlig pga pacemaker.",
])
def test_outside13_sv_a_clinical_diagnosis_of_a_sacral_fracture_is_suspected(sentence):
    assert assertions(sentence, "sv", SACRAL) == ["uncertain"]


@pytest.mark.parametrize("sentence, concept", [
    ("Diagnos: Sakral insufficiensfraktur enligt MR.", SACRAL),
    ("Klinisk diagnos: Kompressionsfraktur L1.", VCF),  # only a sacral fracture waits for its imaging
])
def test_outside13_sv_a_diagnosis_look_alikes_stay_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


# --- a key:value report's answer ("Sakralfraktur: ej påvisad.", "Ramusfraktur: saknas.", "Sakrumfraktur: ej säker.") --
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Sakralfraktur: ej påvisad.", SACRAL, "negated"),
    ("Sakralfraktur: ej synlig, SI-leder ua.", SACRAL, "negated"),
    ("Ramusfraktur: saknas.", RAMUS, "negated"),
    ("Sakrumfraktur: ej säker, MR rekommenderas.", SACRAL, "uncertain"),
    ("Sakralfraktur: ej verifierad.", SACRAL, "uncertain"),
    ("Sakralfraktur: påvisad.", SACRAL, "present"),
    ("Kotkompression L1: ingen progress.", VCF, "present"),  # a value about the finding's course
])
def test_outside13_sv_a_key_value_answer_asserts_its_key(sentence, concept, expected):
    assert assertions(sentence, "sv", concept, "radiology") == [expected]


# --- a nurse's pain score given for the low back ("Smärta: VAS 4 i ländryggen") is low-back pain --------------------------
@pytest.mark.parametrize("sentence", [
    "Smärta: VAS 4 i ländryggen vid förflyttning.",
    "Smarta: NRS 6/10 landrygg, Oxynorm givet.",
    "Ländrygg: NRS 5 i vila.",
])
def test_outside13_sv_a_pain_score_for_the_low_back_is_low_back_pain(sentence):
    assert assertions(sentence, "sv", "low_back_pain") == ["present"]


@pytest.mark.parametrize("sentence", [
    "Smärta: NRS 0 i ländryggen.",  # a score of nought is no pain
    "Smärta: VAS 6 i höger höft.",  # hip pain is not low-back pain
])
def test_outside13_sv_a_pain_score_look_alikes(sentence):
    assert assertions(sentence, "sv", "low_back_pain") == []


# --- a survey of the whole spine ("inga frakturer i kotpelaren", "kotpelaren utan fraktur") negates a compression ----
@pytest.mark.parametrize("sentence", [
    "Inga frakturer i kotpelaren.",
    "Kotpelaren utan fraktur.",
    "Inga frakturer i ryggraden, normala kothojder.",
])
def test_outside13_sv_a_spine_survey_negates_a_compression(sentence):
    assert set(assertions(sentence, "sv", VCF, "radiology")) == {"negated"}


def test_outside13_sv_a_spine_survey_beside_a_compression_keeps_it():
    assert assertions("Kotpelaren utan fraktur men kompression av L2.", "sv", VCF, "radiology") == ["negated", "present"]


# --- the whole set: every case's flag, priority and workup --------------------------------------------------------------
def test_outside13_sv_set_flags_priorities_and_workups_match_gold():
    gold, cases = gold_and_scanned_cases(SET)
    for pid, row in gold.iterrows():
        got = cases.loc[pid]
        priority = got["priority"] if isinstance(got["priority"], str) else ""
        assert (str(got["flagged"]).lower(), priority, got["workup"]) == (
            row["flagged"], row["priority"], row["workup"]), pid

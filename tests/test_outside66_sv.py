"""Swedish wording families found by the sixty-sixth round's blind notes (tests/data/outside66/sv: journalanteckningar
från vårdens alla hörn): a visit, call or answer set after a study ("Åter efter MR.", "Återbesök efter MR bäcken",
"Nytt besök när MR är gjord", "Besked per telefon efter DT bäcken") puts the study ahead, a request, not a study
done (exams.json status.requested.planned); a study judged needless and then refrained from in one sentence ("MR
bäcken ... bedöms inte meningsfullt pga demens och oro, avstår", "ej indicerad, avstår") is no order: the carer's
"avstår" is the judgement's end, not the patient's refusal (status.not_performed.not_indicated); a heading that
names where its text comes from ("Remiss från VC: ?kotkompression", "Anamnes från dottern: ...") still opens its
section, so the referral's "?X" asks (sections.json heading_sources, sections.py); and a relative's prosthesis or
pelvic radiation ("Hustrun opererade nyligen en höftprotes", "Maken genomgick strålbehandling mot bäckenet") is no
mention of the patient's lasting risk (context.json triggers' "others", lexicon.py Trigger.others, context.py;
concepts.json KINVERB "opererade", "genomgick"). Each family by several differently worded sentences, and its
look-alikes: a patient back from the study ("Pat tillbaka från MR", "Pat åter efter MR bäcken kl 14.30"), a visit
after a study whose result the sentence gives, the patient's own refusal ("men pat avstår"), a sentence that only
names the referral ("Remiss från VC. Misstänkt kotkompression."), and the patient's own prosthesis or radiation."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside66" / "sv"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "region", "status"]].itertuples(index=False)]


def _risks(text: str) -> str:
    """The risk factors of the single case of a Swedish note."""
    return one_note(text, "sv").cases.iloc[0]["risk_factors"]


# --- a visit, call or answer set after a study: the study lies ahead -------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ont i ländryggen. Remiss MR bäcken skickad. Åter efter MR.",
     [("mri", "pelvis", "requested"), ("mri", "other", "requested")]),
    ("Ont i ländryggen. Återbesök efter MR bäcken.", [("mri", "pelvis", "requested")]),
    ("Ont i ländryggen. Nytt besök när MR är gjord.", [("mri", "other", "requested")]),
    ("Ont i ländryggen. Uppföljning efter MR bäcken.", [("mri", "pelvis", "requested")]),
    ("Ont i ländryggen. Ny kontakt efter skelettscintigrafin.", [("scintigraphy", "whole_body", "requested")]),
    ("Ont i ländryggen. Besked per telefon efter DT bäcken.", [("ct", "pelvis", "requested")]),
    ("Smärta i skinkan. Återbesök på mottagningen efter planerad DT bäcken.", [("ct", "pelvis", "requested")]),
])
def test_outside66_sv_a_visit_after_a_study_puts_it_ahead(text, expected):
    assert _exams(text) == expected


@pytest.mark.parametrize("text, expected", [
    # back from the study, or a visit after a study whose result the sentence gives: done
    ("Ont i ländryggen. Pat tillbaka från MR.", [("mri", "other", "performed")]),
    ("Ont i ländryggen. Pat åter efter MR bäcken kl 14.30.", [("mri", "pelvis", "performed")]),
    ("Ont i ländryggen. Återbesök efter DT bäcken som visade fraktur i sakrum.", [("ct", "pelvis", "performed")]),
    ("Ont i ländryggen. Uppföljning efter MR bäcken 3/3 som visade ingen fraktur.", [("mri", "pelvis", "performed")]),
])
def test_outside66_sv_a_study_back_from_or_with_its_result_stays_done(text, expected):
    assert _exams(text) == expected


# --- a study judged needless, then refrained from: no order -----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ont i ländryggen. MR bäcken har diskuterats med dottern, bedöms inte meningsfullt pga pat:s demens och oro, "
     "avstår.", ("mri", "pelvis", "not_performed", "not_indicated")),
    ("Ont i ländryggen. MR bäcken ej indicerad, avstår.", ("mri", "pelvis", "not_performed", "not_indicated")),
    ("Ont i ländryggen. DT bäcken bedöms inte vara till nytta, vi avstår.",
     ("ct", "pelvis", "not_performed", "not_indicated")),
    ("Smärta i sätet. Skelettscintigrafi anses ej motiverad i nuläget och avstås.",
     ("scintigraphy", "whole_body", "not_performed", "not_indicated")),
])
def test_outside66_sv_a_study_judged_needless_then_refrained_from_is_no_order(text, expected):
    found = one_note(text, "sv").exams
    assert [tuple(r) for r in found[["modality", "region", "status", "reason"]].itertuples(index=False)] == [expected]
    assert flag_and_workup(only_case([("n1", "2025-01-14", "clinical", "", "80-årig kvinna. " + text, "sv")])) == (
        "true", "none")


@pytest.mark.parametrize("text", [
    # the patient's own refusal stays a refusal after an offer (an order: workup ordered)
    "Ont i ländryggen. MR bäcken erbjuden, bedöms meningsfull men pat avstår.",
    "Ont i ländryggen. MR bäcken ej aktuellt i nuläget, pat avstår.",
    "Ont i ländryggen. MR bäcken diskuterad, pat avstår.",
])
def test_outside66_sv_the_patients_refusal_stays_an_order(text):
    assert flag_and_workup(only_case([("n1", "2025-01-14", "clinical", "", "80-årig kvinna. " + text, "sv")])) == (
        "true", "ordered")


# --- a heading that names its source still opens its section ---------------------------------------------------------
@pytest.mark.parametrize("text, concept, expected", [
    ("Remiss från VC: ?kotkompression, långvarig ryggvärk i ländryggen, 89 år.", "vertebral_compression_fracture",
     ["hypothetical"]),
    ("Remiss från ortopeden: ?sakrumfraktur.", "sacral_fracture", ["hypothetical"]),
    ("Remiss från distriktsläkare Berg: ?kotkompression L1.", "vertebral_compression_fracture", ["hypothetical"]),
    ("Frågeställning från remittenten: ?ramusfraktur.", "pubic_ramus_fracture", ["hypothetical"]),
    # look-alikes: a sentence that only names the referral, a source that is no heading
    ("Remiss från VC. Misstänkt kotkompression.", "vertebral_compression_fracture", ["uncertain"]),
    ("Bedömning från ortopeden: Kotkompression L1.", "vertebral_compression_fracture", ["present"]),
    ("Ont i ryggen från fallet: misstänkt kotkompression.", "vertebral_compression_fracture", ["uncertain"]),
])
def test_outside66_sv_a_heading_with_its_source_opens_its_section(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


# --- a relative's prosthesis or radiation is not the patient's risk ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Man 74 år med lumbago. Hustrun opererade nyligen en höftprotes och han har burit tungt hemma.",
    "Man 74 år med lumbago. Hustrun har höftprotes.",
    "Man 74 år med lumbago. Maken genomgick strålbehandling mot bäckenet 2020.",
    "Man 74 år med lumbago. Hans bror har också fått en höftprotes.",
    "Man 70 år med ont i korsryggen. Hans hustru, som själv har höftprotes, hjälper honom hemma.",
])
def test_outside66_sv_a_relatives_lasting_risk_is_not_the_patients(text):
    found = one_note(text, "sv")
    assert found.cases.iloc[0]["risk_factors"] == ""
    assert str(found.cases.iloc[0]["flagged"]).lower() == "false"


@pytest.mark.parametrize("text, expected", [
    ("Kvinna 74 år med lumbago. Höftprotes vä 2015.", "hip_prosthesis"),
    ("Kvinna 74 år med lumbago. St p höftprotes hö. Maken har diabetes.", "hip_prosthesis"),
    ("Kvinna 74 år med lumbago. Opererade en höftprotes 2019.", "hip_prosthesis"),
    ("Man 74 år med lumbago. Tidigare strålbehandlad mot bäckenet för prostatacancer.", "pelvic_radiation"),
    ("Man 74 år med lumbago. Han opererade en höftprotes 2019, likaså hans hustru.", "hip_prosthesis"),
])
def test_outside66_sv_the_patients_own_lasting_risk_stays(text, expected):
    assert _risks(text) == expected


# --- whole patients ----------------------------------------------------------------------------------------------------
def test_outside66_sv_an_aborted_study_then_a_visit_after_the_next_one_is_an_order():
    rows = [("n1", "2025-05-12", "outpatient", "", "84-årig man med reumatoid artrit. Smärta i ländryggen. "
                                                   "Remiss MR bäcken skickad.", "sv"),
            ("n2", "2025-05-27", "radiology", "MR bäcken", "MR BÄCKEN\nUndersökningen avbröts efter lokaliserande "
                                                           "serie pga klaustrofobi. Inga diagnostiska bilder.", "sv"),
            ("n3", "2025-06-02", "outpatient", "", "Ny remiss MR bäcken med sedering. Fortsatt ont i korsryggen. "
                                                   "Åter efter MR.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "ordered")


def test_outside66_sv_a_study_judged_needless_after_a_radiograph_leaves_the_radiograph():
    rows = [("n1", "2024-12-05", "radiology", "Rtg bäcken", "Frågeställning: Fall, ont i sätet. Fraktur?\n"
                                                            "Fynd: Ingen säker fraktur.", "sv"),
            ("n2", "2024-12-09", "outpatient", "", "84-årig kvinna, fortsatt ont i skinkan. MR bäcken har diskuterats, "
                                                   "bedöms inte meningsfullt pga demens, avstår.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "radiograph_only")


def test_outside66_sv_a_wifes_prosthesis_leaves_a_man_of_74_not_at_risk():
    rows = [("n1", "2024-09-19", "outpatient", "", "Man 74 år, lumbago sedan 5 v. Hustrun opererade nyligen en "
                                                   "höftprotes och han har burit tungt hemma.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "none")


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path, "sv")
    assert flag_f1 >= 0.97 and workup >= 0.97 and note_f1 >= 0.97

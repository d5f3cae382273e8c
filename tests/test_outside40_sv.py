"""Swedish wording families found by the fortieth round's red-team notes (tests/data/outside40/sv: akutmottagning och
ortopedi efter fall): a plan conditioned on "vid" and a lasting complaint or a suspicion, before the exam ("Vid
fortsatt belastningssmärta DT bäcken", "Vid oförmåga att belasta MR bäcken") or after it ("MR bäcken vid
tilltagande smärta", "DT bäcken vid misstanke om ockult fraktur"), a study still to come; an exam followed by its
purpose as a noun ("DT bäcken för ställningstagande till ...", "DT för verifikation", "för säkrare bedömning"), a
plan, unless the sentence tells it done ("gjort", "utförd", "visade"); a study told done because of the complaint
("Gjorde DT bäcken vid fortsatt smärta som visade ..."), whose finding stays a finding; osteoporosis to be
investigated ("Osteoporos bör utredas", "Benskörhet ska utredas"), not found; a compression fracture of the pelvis
(Young-Burgess lateral compression, "kompressionsfraktur i vänster sakralvinge", "kompressionsfraktur av os ilium"),
no vertebra's, the sacral or ramus fracture it names kept; a fracture compounded with its energy, the hyphen left
standing ("Låg-energifraktur i vänster ramus"); a finding written off after a study ("Ramusfraktur avskriven efter
DT bäcken"), the study done; a study refrained from because the patient is improving ("Avstår DT då hon mobiliseras
väl"), no order; and a reading hedged as not sure ("Sakrum bedöms ej säkert på denna undersökning"), no MR safety.
Each family by several differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside40" / "sv"
SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VERTEBRAL = "vertebral_compression_fracture"
OSTEOPOROSIS = "osteoporosis"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, status, covers_sacrum) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "status", "covers_sacrum"]].itertuples(index=False)]


def _reasons(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, status, reason) of each exam of a single Swedish note."""
    found = one_note(text, "sv", note_type, exam).exams
    return [tuple(r) for r in found[["modality", "status", "reason"]].itertuples(index=False)]


def _concepts(text: str, note_type: str = "clinical") -> dict[str, list[str]]:
    mentions = one_note(text, "sv", note_type).mentions
    mentions = mentions[~mentions.concept.str.startswith("imaging")]
    out: dict[str, list[str]] = {}
    for concept, assertion in zip(mentions.concept, mentions.assertion):
        out.setdefault(concept, []).append(assertion)
    return out


# --- a plan conditioned on "vid" and a lasting complaint or a suspicion ------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Vid kvarstående belastningssmärta i ljumsken DT bäcken.", ("ct", "requested", True)),
    ("Vid tilltagande värk i sätet MR bäcken.", ("mri", "requested", True)),
    ("Vid ökande smärta vid gång MR bäcken.", ("mri", "requested", True)),
    ("Vid oförmåga att mobiliseras DT bäcken.", ("ct", "requested", True)),
    ("Vid fortsatt oförmåga att gå MR bäcken.", ("mri", "requested", True)),
])
def test_outside40_sv_a_lasting_complaint_before_the_exam_makes_it_a_plan(text, expected):
    assert _exams(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Hem med rollator. MR bäcken vid tilltagande smärta.", ("mri", "requested", True)),
    ("DT bäcken vid persisterande belastningssmärta, annars kontroll hos VC.", ("ct", "requested", True)),
    ("Skelettscintigrafi vid kvarstående misstanke om ockult fraktur.", ("scintigraphy", "requested", True)),
    ("MR bäcken vid misstanke på insufficiensfraktur.", ("mri", "requested", True)),
])
def test_outside40_sv_a_condition_after_the_exam_makes_it_a_plan(text, expected):
    assert _exams(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("DT bäcken vid inskrivningen visade en fraktur i vänster ramus superior.", ("ct", "performed", True)),
    ("MR bäcken vid förra vårdtillfället ua.", ("mri", "performed", True)),
    ("DT bäcken vid misstanke om fraktur visade ingen skelettskada.", ("ct", "performed", True)),
    ("Vid besöket på akuten gjordes DT bäcken som var normal.", ("ct", "performed", True)),
])
def test_outside40_sv_a_visit_or_a_told_result_after_vid_leaves_the_exam_done(text, expected):
    assert _exams(text) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Vid ankomsten ont i ländryggen.", ["present"]),
    ("Vid belastning smärta i ländryggen.", ["present"]),
    ("Vid undersökningen ont i korsryggen.", ["present"]),
])
def test_outside40_sv_vid_and_a_moment_leaves_the_complaint_present(sentence, expected):
    assert assertions(sentence, "sv", "low_back_pain") == expected


def test_outside40_sv_a_conditional_pelvic_study_never_done_is_an_order():
    rows = [("n1", "2025-03-03", "radiology", "Rtg bäcken", "Fynd: Fraktur i höger ramus inferior.", "sv"),
            ("n2", "2025-03-03", "emergency", "", "82-årig kvinna. Ramusfraktur höger. Hem med hemtjänst. Vid "
                                                 "kvarstående belastningssmärta i ljumsken MR bäcken.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "ordered")


# --- an exam followed by its purpose as a noun -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ramus superior oklar, DT för verifiering.", ("ct", "requested", False)),
    ("MR bäcken för ställningstagande till operation.", ("mri", "requested", True)),
    ("Ömhet över korsbenet, DT bäcken för närmare bedömning av sakrum.", ("ct", "requested", True)),
    ("Skelettscintigrafi för vidare utredning av smärtan.", ("scintigraphy", "requested", True)),
])
def test_outside40_sv_an_exam_with_its_purpose_as_a_noun_is_a_plan(text, expected):
    assert _exams(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("DT bäcken för verifiering visade odislocerad fraktur i ramus inferior.", ("ct", "performed", True)),
    ("Har gjort MR bäcken för vidare utredning, inga frakturer.", ("mri", "performed", True)),
    ("DT bäcken för närmare bedömning utförd i förrgår.", ("ct", "performed", True)),
])
def test_outside40_sv_an_exam_told_done_for_its_purpose_stays_done(text, expected):
    assert _exams(text) == [expected]


def test_outside40_sv_a_purpose_noun_plan_never_done_is_an_order():
    rows = [("n1", "2025-04-07", "outpatient", "", "79-årig kvinna med ont i korsryggen sedan fallet. Rtg ländrygg "
                                                  "ua. DT bäcken för ställningstagande till insufficiensfraktur.",
             "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "ordered")


# --- a study told done because of the complaint -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept, expected", [
    ("Gjorde MR bäcken vid kvarstående smärta som visade fraktur i vänster sakralvinge.", SACRAL, ["present"]),
    ("DT bäcken gjordes vid tilltagande smärta och visade en sakrumfraktur.", SACRAL, ["present"]),
    ("Tog DT bäcken vid fortsatt misstanke som visade fraktur i ramus superior.", RAMUS, ["present"]),
    ("Vid fortsatt smärta MR bäcken för att utesluta sakrumfraktur.", SACRAL, ["hypothetical"]),
    ("Vid kvarstående smärta åter för ställningstagande till MR, sakrumfraktur?", SACRAL, ["hypothetical"]),
])
def test_outside40_sv_a_study_done_for_the_complaint_shows_a_finding(sentence, concept, expected):
    assert assertions(sentence, "sv", concept) == expected


# --- osteoporosis to be investigated --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Osteoporos ska utredas via vårdcentralen.", ["hypothetical"]),
    ("Benskörhet behöver utredas efter denna fraktur.", ["hypothetical"]),
    ("Osteoporos bör utredas med tanke på fallet.", ["hypothetical"]),
    ("Benskörhet bör uteslutas.", ["hypothetical"]),
    ("Osteoporosen bör behandlas med zoledronsyra.", ["present"]),
    ("Känd osteoporos, står på Prolia.", ["present"]),
    ("Osteoporos sedan 2019. Bör utredas för sekundära orsaker.", ["present"]),
])
def test_outside40_sv_osteoporosis_to_be_investigated_is_not_found(sentence, expected):
    assert assertions(sentence, "sv", OSTEOPOROSIS) == expected


def test_outside40_sv_low_back_pain_in_a_man_whose_osteoporosis_is_to_be_investigated_is_not_flagged():
    rows = [("n1", "2025-02-10", "emergency", "", "57-årig man som föll i trappan. Ont i ländryggen. Rtg ländrygg "
                                                 "ua. Benskörhet behöver utredas, remiss DXA.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("false", "radiograph_only")


# --- a compression fracture of the pelvis -----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Lateral kompressionsskada av bäckenet, LC1, med fraktur i vänster ramus inferior.", {RAMUS: ["present"]}),
    ("Kompressionsfraktur i höger massa lateralis.", {SACRAL: ["present"]}),
    ("Kompressionsfraktur av korsbenet höger.", {SACRAL: ["present"]}),
    ("Kompressionsfraktur genom vänster os ilium.", {}),
    ("Fraktur i vänster sakralvinge, kompressionsfraktur utan förskjutning.", {SACRAL: ["present"]}),
    ("Kompressionsfraktur i vänster ramus inferior.", {RAMUS: ["present"]}),
])
def test_outside40_sv_a_compression_fracture_of_the_pelvis_is_no_vertebras(sentence, expected):
    assert _concepts(sentence, "radiology") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kompressionsfraktur Th12.", {VERTEBRAL: ["present"]}),
    ("Sakrum ua, kompressionsfraktur L2 med 20 % höjdreduktion.", {SACRAL: ["negated"], VERTEBRAL: ["present"]}),
    ("Ingen fraktur i bäckenet, kompressionsfraktur i L1 som är ny.", {VERTEBRAL: ["present"]}),
    ("Lateral kilform av L3 med kompressionsfraktur.", {VERTEBRAL: ["present"]}),
])
def test_outside40_sv_a_vertebral_compression_fracture_stays(sentence, expected):
    assert _concepts(sentence, "radiology") == expected


def test_outside40_sv_a_lateral_compression_of_the_pelvis_gives_no_medium_priority():
    rows = [("n1", "2025-05-05", "radiology", "Rtg bäcken", "Lateral kompressionsfraktur av bäckenet med fraktur i "
                                                          "höger ramus superior. Smärta i ländryggen.", "sv")]
    case = only_case(rows, "sv")
    assert (case["flagged"], case["priority"], case["reasons"]) == ("true", "high",
                                                                   "low_back_pain;pubic_ramus_fracture")


# --- a fracture compounded with its energy, the hyphen left standing ----------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Låg-energifraktur i höger ramus inferior.", {RAMUS: ["present"]}),
    ("Lågenergi-fraktur i vänster ramus superior.", {RAMUS: ["present"]}),
    ("Hög-energifraktur i höger sakralvinge.", {SACRAL: ["present"]}),
    ("Hög-energifraktur i bäckenet.", {}),
])
def test_outside40_sv_an_energy_fracture_names_its_site(sentence, expected):
    assert _concepts(sentence) == expected


# --- a finding written off after a study ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Misstanken om ramusfraktur avskrevs efter DT bäcken.", ("ct", "performed", True)),
    ("Sakrumfraktur avskriven på MR bäcken, normal signal.", ("mri", "performed", True)),
    ("Frakturmisstanke avskriven utifrån skelettscintigrafi utan upptag.", ("scintigraphy", "performed", True)),
])
def test_outside40_sv_a_finding_written_off_after_a_study_leaves_it_done(text, expected):
    assert _exams(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Remissen till MR bäcken avskriven.", ("mri", "not_performed", True)),
    ("DT bäcken avskrivs då hon mår bra.", ("ct", "not_performed", True)),
    ("Remiss DT bäcken avskrevs efter telefonsamtal med dottern.", ("ct", "not_performed", True)),
])
def test_outside40_sv_a_referral_written_off_stays_not_done(text, expected):
    assert _exams(text) == [expected]


# --- a study refrained from because the patient is improving -------------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("Avstår MR bäcken då hon nu kan belasta fullt.", "mri"),
    ("Avstår DT eftersom smärtan har avtagit.", "ct"),
    ("Avstår vidare DT bäcken då patienten mobiliseras bra och går bättre.", "ct"),
])
def test_outside40_sv_refraining_because_the_patient_improves_is_not_indicated(text, modality):
    assert _reasons(text) == [(modality, "not_performed", "not_indicated")]


@pytest.mark.parametrize("text, modality", [
    ("Pat avstår MR då hon mår bättre och vill hem.", "mri"),
    ("Avstår DT då hon inte vill.", "ct"),
    ("Avstår DT bäcken.", "ct"),
])
def test_outside40_sv_the_patients_own_refusal_stays_declined(text, modality):
    assert _reasons(text) == [(modality, "not_performed", "declined")]


def test_outside40_sv_a_study_refrained_from_as_the_patient_improves_leaves_films_only():
    rows = [("n1", "2025-06-09", "emergency", "", "Rtg bäcken: fraktur i höger ramus superior. Avstår DT bäcken "
                                                 "då hon klarar att belasta med rollator.", "sv")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "radiograph_only")


# --- a reading hedged as not sure -----------------------------------------------------------------------------------
@pytest.mark.parametrize("exam, text, expected", [
    ("RTG BÄCKEN", "Fynd: Ingen fraktur. Sakrum bedöms inte säkert på denna undersökning.",
     ("radiograph", "performed", False)),
    ("RTG HÖFT VÄNSTER", "Fynd: Frakturlinjen i collum ses ej säkert på dessa bilder.",
     ("radiograph", "performed", False)),
])
def test_outside40_sv_a_reading_not_sure_is_no_contraindication(exam, text, expected):
    assert _exams(text, "radiology", exam) == [expected]


@pytest.mark.parametrize("text", [
    "Pacemakern är inte MR-säker.",
    "MR bäcken ej möjlig då implantatet inte är säkert för MR.",
])
def test_outside40_sv_an_implant_not_safe_still_contraindicates(text):
    assert [r[:2] for r in _reasons(text)][0] == ("mri", "not_performed")
    assert _reasons(text)[0][2] == "contraindicated"


def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

"""Phrase families that decide a finding's certainty and an exam's fate, as clinicians and radiologists write
them, in Swedish (with and without å/ä/ö) and English: each family by several variants, never one sentence."""
from __future__ import annotations

import pandas as pd
import pytest

from reportminer.pipeline import scan

from .phrasing import DAY
from .phrasing import assertions as _assertions
from .phrasing import notes_table as _notes
from .phrasing import one_note, statuses


# --- a hedge in brackets, after a dash, or in a working-diagnosis heading --------------------------------------
HEDGED_SACRAL = [
    ("en", "Assessment: Sacral fracture (probable). Analgesia."),
    ("en", "Assessment: Sacral insufficiency fracture (suspected), left pubic ramus fracture."),
    ("en", "Impression: right sacral ala fracture (presumed, no imaging)."),
    ("en", "Dx: Sacral insufficiency fracture (?)"),
    ("en", "Diagnosis: sacral fracture – unconfirmed"),
    ("en", "Assessment: sacral fracture, not yet verified."),
    ("en", "Sacral fracture (clinical diagnosis, not imaged)."),
    ("en", "Working diagnosis: sacral insufficiency fracture."),
    ("en", "Working dx: SIF; awaiting MRI."),
    ("en", "Provisional dx - sacral insufficiency fracture."),
    ("en", "Provisional diagnosis: fracture of the sacrum."),
    ("sv", "Bedömning: Sakrumfraktur (trolig). Smärtlindring."),
    ("sv", "Bedomning: Sakrumfraktur (trolig). Smartlindring."),
    ("sv", "Diagnos: Insufficiensfraktur i sakrum (misstänkt)."),
    ("sv", "Diagnos: Insufficiensfraktur i sakrum (misstankt)."),
    ("sv", "Diagnos: Sakrumfraktur – ej verifierad."),
    ("sv", "Diagnos: Korsbensfraktur - ej sakerstalld"),
    ("sv", "Bedömning: Sakrumfraktur (sannolik), ej bekräftad med DT."),
    ("sv", "Arbetsdiagnos: sakrumfraktur."),
    ("sv", "Preliminar diagnos: insufficiensfraktur i korsbenet."),
    ("sv", "Sakrumfraktur ej utesluten."),
    ("sv", "Sakrumfraktur är den troligaste diagnosen."),
    ("en", "Sacral fracture is the likely diagnosis."),
    ("en", "Treated empirically for a sacral fracture."),
    ("sv", "Behandlas empiriskt som sakrumfraktur."),
]


@pytest.mark.parametrize("language,text", HEDGED_SACRAL, ids=[f"{c[0]}-{c[1][:45]}" for c in HEDGED_SACRAL])
def test_exams_phrasing_a_hedged_sacral_fracture_is_suspected(language, text):
    assert _assertions(text, language, "sacral_fracture") == ["uncertain"]


# round five: favoured, "clinically a", not imaged, "frågetecken för", "skulle kunna motsvara", "inte helt utesluten"
HEDGED_SACRAL_ROUND_FIVE = [
    ("en", "Sacral insufficiency fracture favoured over metastasis."),
    ("en", "Sacral fracture is favored."),
    ("en", "Clinically a sacral fracture; analgesia."),
    ("en", "Sacral fracture, not imaged."),
    ("en", "Sacral fracture, no imaging performed."),
    ("sv", "Frågetecken för sakrumfraktur."),
    ("sv", "Fragetecken for sakrumfraktur."),
    ("sv", "Skulle kunna motsvara insufficiensfraktur i sakrum."),
    ("sv", "Sakrumfraktur är inte helt utesluten."),
    ("sv", "Sakrumfraktur ar inte helt utesluten."),
    ("sv", "Sakrumfraktur, ej röntgad."),
    ("sv", "Sakrumfraktur, ej rontgad."),
]


@pytest.mark.parametrize("language,text", HEDGED_SACRAL_ROUND_FIVE,
                         ids=[f"{c[0]}-{c[1][:45]}" for c in HEDGED_SACRAL_ROUND_FIVE])
def test_exams_phrasing_more_hedges_make_a_sacral_fracture_suspected(language, text):
    assert _assertions(text, language, "sacral_fracture") == ["uncertain"]


TRAILING_HEDGES = [
    ("en", "Impression: Sacral insufficiency fracture. Presumed."),
    ("en", "Impression: Sacral insufficiency fracture. Probable."),
    ("en", "Impression: Sacral insufficiency fracture. Suspected, not proven."),
    ("en", "Impression: Sacral insufficiency fracture - presumed."),
    ("en", "Impression: Sacral insufficiency fracture, probable."),
    ("sv", "Bedömning: Sakrumfraktur. Trolig."),
    ("sv", "Bedömning: Sakrumfraktur. Misstänkt."),
    ("sv", "Bedomning: Sakrumfraktur. Misstankt."),
    ("sv", "Bedömning: Sakrumfraktur, trolig."),
    ("sv", "Bedomning: Sakrumfraktur, sannolik."),
]


@pytest.mark.parametrize("language,text", TRAILING_HEDGES, ids=[f"{c[0]}-{c[1][:50]}" for c in TRAILING_HEDGES])
def test_exams_phrasing_a_trailing_hedge_word_makes_a_sacral_fracture_suspected(language, text):
    assert _assertions(text, language, "sacral_fracture") == ["uncertain"]


CAUSE_HEDGES = [
    # a hedge on the cause after the fracture leaves the fracture a fact ...
    ("en", "Sacral fracture, likely insufficiency type.", "sacral_fracture", "present"),
    ("en", "L1 compression fracture, presumed traumatic.", "vertebral_compression_fracture", "present"),
    ("sv", "Sakrumfraktur, trolig insufficiensgenes.", "sacral_fracture", "present"),
    ("sv", "Kotkompression L1, sannolikt traumatisk genes.", "vertebral_compression_fracture", "present"),
    # the cause named as a condition is itself hedged
    ("en", "L1 VCF, likely osteoporotic.", "osteoporosis", "uncertain"),
    # ... while a hedge before the fracture, or on a fracture word, hedges it
    ("en", "Presumed osteoporotic L1 compression fracture.", "vertebral_compression_fracture", "uncertain"),
    ("en", "Possible insufficiency fracture of the sacrum.", "sacral_fracture", "uncertain"),
    ("sv", "Trolig insufficiensfraktur i sakrum.", "sacral_fracture", "uncertain"),
    ("sv", "Trolig osteoporosfraktur i sakrum.", "sacral_fracture", "uncertain"),
    ("sv", "Sannolikt osteoporotisk kotkompression L1.", "vertebral_compression_fracture", "uncertain"),
]


@pytest.mark.parametrize("language,text,concept,assertion", CAUSE_HEDGES, ids=[f"{c[0]}-{c[1][:45]}" for c in CAUSE_HEDGES])
def test_exams_phrasing_a_hedge_on_the_cause_after_the_fracture_is_no_hedge_on_it(language, text, concept,
                                                                                   assertion):
    assert _assertions(text, language, concept) == [assertion]


@pytest.mark.parametrize("language,text,concept,assertion", [
    # look-alikes: the hedge word says something else of the finding, or of the future
    ("en", "L2 compression fracture, likely chronic.", "vertebral_compression_fracture", "historical"),
    ("sv", "Kotkompression L2, trolig äldre.", "vertebral_compression_fracture", "historical"),
    ("en", "Sacral fracture. Likely to heal with rest.", "sacral_fracture", "present"),
    ("sv", "Sakrumfraktur. Trolig läkning inom sex veckor.", "sacral_fracture", "present"),
])
def test_exams_phrasing_a_hedge_word_about_age_or_healing_is_no_hedge(language, text, concept, assertion):
    assert _assertions(text, language, concept) == [assertion]


@pytest.mark.parametrize("language,text,assertion", [
    # look-alikes: stated as a fact, or excluded
    ("en", "Clinically and radiologically a sacral fracture.", "present"),
    ("sv", "Kliniskt och radiologiskt sakrumfraktur.", "present"),
    ("sv", "Sakrumfraktur är utesluten.", "negated"),
    ("en", "Sacral fracture has been excluded.", "negated"),
])
def test_exams_phrasing_a_fact_or_an_exclusion_beside_hedge_words_is_no_hedge(language, text, assertion):
    assert _assertions(text, language, "sacral_fracture") == [assertion]


@pytest.mark.parametrize("language,text", [
    ("sv", "Trolig sakrumfraktur, ej röntgad."),
    ("sv", "Sakrumfraktur, ej undersökt med röntgen."),
])
def test_exams_phrasing_a_fracture_not_x_rayed_has_no_radiograph(language, text):
    found = scan(_notes([("n1", DAY, "clinical", "", text, language)]))
    assert "performed" not in found.exams["status"].tolist()


@pytest.mark.parametrize("language,text,assertion", [
    ("en", "Assessment: Sacral fracture (left ala), confirmed on CT.", "present"),
    ("sv", "Bedömning: Sakrumfraktur (vänster sida) enligt DT.", "present"),
    ("en", "New compression deformity L4 (not seen 2021).", "present"),  # a bracketed negation is about 2021
    ("en", "Right inferior pubic ramus fracture (old, healed).", "historical"),
    ("sv", "Ramusfraktur vä (gammal, läkt).", "historical"),
])
def test_exams_phrasing_a_bracket_qualifies_what_precedes_it_only_when_it_hedges(language, text, assertion):
    concept = next(c for c in ("sacral_fracture", "vertebral_compression_fracture", "pubic_ramus_fracture")
                   if _assertions(text, language, c))
    assert _assertions(text, language, concept) == [assertion]


@pytest.mark.parametrize("language,text", [
    ("sv", "Sakrum utan ödem eller fraktur."),
    ("sv", "Sakrum utan odem eller fraktur."),
    ("sv", "Korsbenet utan ödem eller frakturlinje."),
    ("en", "Sacrum without edema or fracture."),
])
def test_exams_phrasing_without_oedema_or_fracture_negates_the_fracture(language, text):
    assert _assertions(text, language, "sacral_fracture") == ["negated"]


# --- an exam spread over sentences and notes ------------------------------------------------------------------
RAMUS = {"en": ("2025-03-01", "radiology", "XR pelvis",
                "XR PELVIS\nFINDINGS: Fracture of the right superior pubic ramus."),
         "sv": ("2025-03-01", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i höger ramus superior.")}


def _case(language: str, *notes: tuple) -> tuple:
    """The case and the resolved exam statements of one patient whose ramus fracture is followed by ``notes``
    ((date, text) clinical notes)."""
    rows = [("n0", *RAMUS[language], language)]
    rows += [(f"n{i}", date, "clinical", "", text, language) for i, (date, text) in enumerate(notes, 1)]
    result = scan(_notes(rows))
    exams = [(r.modality, r.region, r.status, f"{r.date:%Y-%m-%d}") for r in result.exams.itertuples(index=False)
             if r.modality != "radiograph"]
    case = result.cases.iloc[0]
    return (case.flagged, case.workup), exams


@pytest.mark.parametrize("language,request_text,followup,modality", [
    ("en", "Plan: MRI pelvis ordered.", "Follow-up. The MRI was negative for further fracture.", "mri"),
    ("en", "CT of the pelvis requested.", "CT done yesterday: no sacral fracture.", "ct"),
    ("sv", "Planering: MR bäcken beställd.", "Återbesök. MR-undersökningen visade inget anmärkningsvärt.",
     "mri"),
    ("sv", "Planering: MR backen bestalld.", "Aterbesok. MR-undersokningen visade inget anmarkningsvart.", "mri"),
    ("sv", "Remiss DT bäcken skickad.", "DT har gjorts, utan fynd av ny fraktur.", "ct"),
])
def test_exams_phrasing_a_follow_up_naming_no_region_is_the_requested_study(language, request_text, followup,
                                                                           modality):
    case, exams = _case(language, ("2025-03-05", request_text), ("2025-03-20", followup))
    assert case == ("false", modality)
    assert exams[-1][:3] == (modality, "pelvis", "performed")


def test_exams_phrasing_a_follow_up_naming_no_region_after_another_request_stays_no_workup():
    case, _ = _case("en", ("2025-03-05", "MRI brain ordered for confusion."), ("2025-03-20", "The MRI was negative."))
    assert case == ("true", "radiograph_only")


@pytest.mark.parametrize("language,text", [
    ("sv", "MR bäcken beställd. Patienten uteblev."),
    ("sv", "MR backen bestalld. Patienten uteblev."),
    ("sv", "Remiss MR bäcken. Pat avböjer."),
    ("sv", "MR bäcken planerad. Pat har pacemaker som inte är MR-säker, varför MR avbokas."),
    ("en", "MRI pelvis was booked for Monday. She did not attend."),
    ("en", "MRI pelvis booked. Patient declined."),
    ("en", "MRI pelvis requested.\nUpdate: cancelled by radiology, pacemaker not MRI conditional."),
])
def test_exams_phrasing_a_status_in_the_next_sentence_ends_the_request(language, text):
    case, exams = _case(language, ("2025-03-05", text))
    assert case == ("true", "ordered")
    assert [e[2] for e in exams if e[1] == "pelvis"] == ["not_performed"]


@pytest.mark.parametrize("language,done", [
    ("en", "MRI pelvis performed 2025-03-12: no sacral fracture."),
    ("en", "MRI pelvis performed 3/12, no sacral fracture."),
    ("sv", "MR bäcken utförd 12/3 utan fynd av sakrumfraktur."),
    ("sv", "MR backen utford 12/3 utan fynd av sakrumfraktur."),
    ("sv", "MR bäcken gjord 2025-03-12, visade ingen sakrumfraktur."),
])
def test_exams_phrasing_a_later_note_with_a_stated_date_performs_the_request(language, done):
    ordered = "MRI pelvis ordered." if language == "en" else "MR bäcken beställd."
    case, exams = _case(language, ("2025-03-05", ordered), ("2025-03-20", done))
    assert case == ("false", "mri")
    assert exams[-1] == ("mri", "pelvis", "performed", "2025-03-12")


@pytest.mark.parametrize("language,text", [
    ("sv", "Aktuellt: Ländryggssmärta. MR bäcken utförd 2/1 inom annan utredning, utan anmärkning."),
    ("en", "HPI: Low back pain. MRI pelvis performed 1/2 for another reason, unremarkable."),
])
def test_exams_phrasing_a_stated_date_before_the_window_is_no_workup(language, text):
    result = scan(_notes([("n1", "2025-06-10", "clinical", "", text, language)]),
                  pd.DataFrame([{"patient_id": "p1", "sex": "F", "birth_date": pd.Timestamp("1940-01-01"),
                                 "age": None}]))
    assert result.exams.iloc[0]["date"] == pd.Timestamp("2025-01-02")
    assert (result.cases.iloc[0].flagged, result.cases.iloc[0].workup) == ("true", "none")


# --- a lumbar study covers the sacrum only when its report assesses it ---------------------------------------
LUMBAR_COVERAGE = [
    ("sv", "MR ländrygg", "Fynd: Diskdegeneration L4-S1. SI-lederna ua.", True),
    ("sv", "MR landrygg", "Fynd: Diskdegeneration L4-S1. SI-lederna ua.", True),
    ("sv", "MR ländrygg", "Fynd: Sakrum och iliosakralleder utan ödem.", True),
    ("en", "MRI lumbar spine", "FINDINGS: Disc degeneration L4-S1. The SI joints are unremarkable.", True),
    ("en", "CT lumbar spine", "FINDINGS: L3 endplate fracture. Visualised sacrum intact.", True),
    ("en", "MRI lumbar spine", "FINDINGS: No sacral edema on the STIR images.", True),
    ("sv", "MR ländrygg", "Fynd: Diskbuktning L4-L5. Ingen fraktur.", False),  # the sacrum is not spoken of
    ("en", "MRI lumbar spine", "FINDINGS: Disc bulge L4-5. No fracture.", False),
    ("sv", "MR ländrygg", "Fynd: Sakrum ingår endast delvis i undersökningen.", False),
    ("sv", "DT ländrygg", "Fynd: Korsbenet är inte helt avbildat.", False),
    ("sv", "DT ländrygg", "Fynd: Sakrum är ofullständigt avbildat. Ingen fraktur i ländryggen.", False),
    ("sv", "MR ländrygg", "Fynd: Sakrum bedoms ej pga rorelseartefakter.", False),
    ("sv", "MR ländrygg", "Fynd: Sakrum kan inte bedömas fullt ut.", False),
    ("sv", "MR ländrygg", "Fynd: Begränsad bedömning av sakrum, som ser normalt ut.", False),
    ("sv", "MR ländrygg", "Fynd: Ofullstandig avbildning av korsbenet, som ser normalt ut.", False),
    ("sv", "MR ländrygg", "Utlåtande: Ingen fraktur. Rekommenderar riktad undersökning av sakrum.", False),
    ("en", "MRI lumbar spine", "FINDINGS: The sacrum is only partially imaged.", False),
    ("en", "MRI lumbar spine", "FINDINGS: Sacrum not included.", False),
    ("en", "CT lumbar spine", "FINDINGS: Limited evaluation of the sacrum.", False),
    ("en", "MRI lumbar spine", "FINDINGS: Incompletely evaluated sacrum at the edge of the field of view.", False),
    ("en", "MRI lumbar spine", "FINDINGS: Partial visualisation of the sacrum, which appears normal.", False),
    ("en", "MRI lumbar spine", "FINDINGS: Limited assessment of the sacrum, which appears normal.", False),
    ("en", "MRI lumbar spine", "FINDINGS: The included upper sacrum is unremarkable; the lower sacrum is not imaged.",
     False),
    ("en", "MRI lumbar spine", "FINDINGS: Only the upper sacrum is included, unremarkable.", False),
    ("en", "MRI lumbar spine", "FINDINGS: The sacrum lies outside the field of view.", False),
    ("sv", "MR ländrygg", "Fynd: Sakrum avbildas ej.", False),
    ("sv", "MR ländrygg", "Fynd: Sakrum ej med i undersökningsområdet.", False),
    ("sv", "MR ländrygg", "Fynd: Endast övre delen av sakrum är med, utan anmärkning.", False),
    ("sv", "MR ländrygg", "Fynd: Normal signal i sakrum och SI-leder.", True),
    ("sv", "DT ländrygg", "Fynd: Ingen fraktur i ländryggen eller korsbenet.", True),
    # round five: a visualised part of the sacrum, an evaluation said to be limited, an obscured sacrum
    ("en", "MRI lumbar spine", "FINDINGS: L2 compression fracture. Visualized portions of the sacrum are unremarkable.",
     False),
    ("en", "MRI lumbar spine", "FINDINGS: The imaged part of the sacrum is normal.", False),
    ("en", "MRI lumbar spine", "FINDINGS: The sacrum is normal. Sacral evaluation is limited.", False),
    ("en", "MRI lumbar spine", "FINDINGS: The sacrum is not adequately assessed; no sacral edema.", False),
    ("sv", "MR ländrygg", "Fynd: Kotkompression L2. Avbildade delar av sakrum utan anmärkning.", False),
    ("sv", "MR landrygg", "Fynd: Kotkompression L2. Avbildade delar av sakrum utan anmarkning.", False),
    ("sv", "MR ländrygg", "Fynd: Sakrum svårbedömt, utan säkert ödem.", False),
    ("sv", "MR ländrygg", "Fynd: Sakrum svarbedomt, utan sakert odem.", False),
    # look-alikes: the partial view is of something else
    ("en", "MRI lumbar spine", "FINDINGS: The sacrum is normal. Visualized portions of the lower thoracic spine are "
     "unremarkable.", True),
    ("sv", "MR ländrygg", "Fynd: Sakrum utan anmärkning. Avbildade delar av nedre bröstryggen ua.", True),
]


NON_DIAGNOSTIC_REPORTS = [
    ("en", "MRI pelvis", "TECHNIQUE: Only localizer images were obtained before the patient asked to stop. No "
     "diagnostic images.", "not_performed"),
    ("en", "MRI pelvis", "Non-diagnostic study due to severe motion; the sacrum cannot be assessed.", "not_performed"),
    ("sv", "MR bäcken", "Endast översiktsbilder tagna innan patienten bad om att få avbryta. Ej diagnostisk "
     "undersökning.", "not_performed"),
    ("sv", "MR bäcken", "Icke diagnostisk undersökning pga rörelseartefakter, sakrum kan ej bedömas.", "not_performed"),
    ("sv", "MR bäcken", "Icke diagnostisk undersokning pga rorelseartefakter, sakrum kan ej bedomas.", "not_performed"),
    # look-alikes: what was not diagnostic is something else than the sacrum
    ("en", "CT pelvis", "FINDINGS: The sacrum is intact. Non-diagnostic evaluation of the bowel without oral "
     "contrast.", "performed"),
    ("sv", "DT bäcken", "Fynd: Sakrum intakt. Ej diagnostisk bedömning av tarmen utan peroral kontrast.", "performed"),
]


@pytest.mark.parametrize("language,exam,text,status", NON_DIAGNOSTIC_REPORTS,
                         ids=[f"{c[0]}-{c[2][:50]}" for c in NON_DIAGNOSTIC_REPORTS])
def test_exams_phrasing_a_non_diagnostic_report_was_not_performed(language, exam, text, status):
    found = scan(_notes([("n1", DAY, "radiology", exam, f"{exam.upper()}\n{text}", language)])).exams
    assert found["status"].tolist() == [status]


SACRAL_STUDY_RECOMMENDED = [
    ("en", "MRI lumbar spine", "FINDINGS: L2 compression fracture. Sacrum unremarkable.\nIMPRESSION: If there is "
     "clinical concern for sacral insufficiency fracture, MRI of the pelvis is recommended.", False),
    ("en", "MRI lumbar spine", "FINDINGS: L2 compression fracture. Sacrum unremarkable.\nIMPRESSION: Consider sacral "
     "MRI for further evaluation.", False),
    ("sv", "MR ländrygg", "Fynd: Kotkompression L2. Sakrum ua.\nUtlåtande: Vid misstanke om sakrumfraktur "
     "rekommenderas MR bäcken.", False),
    ("sv", "MR ländrygg", "Fynd: Kotkompression L2. Sakrum ua.\nUtlatande: Eventuellt komplettering med MR sakrum.",
     False),
    # look-alikes: a pelvic study asked for another question; a pelvic report asking for more
    ("en", "MRI lumbar spine", "FINDINGS: L2 compression fracture. Sacrum unremarkable.\nIMPRESSION: Pelvic MRI "
     "recommended to evaluate the pubic rami.", True),
    ("sv", "MR ländrygg", "Fynd: Kotkompression L2. Sakrum ua.\nUtlåtande: MR bäcken rekommenderas avseende "
     "ramusfraktur.", True),
]


@pytest.mark.parametrize("language,exam,text,covers", SACRAL_STUDY_RECOMMENDED,
                         ids=[f"{c[0]}-{c[2][-50:]}" for c in SACRAL_STUDY_RECOMMENDED])
def test_exams_phrasing_a_lumbar_report_asking_for_a_sacral_study_did_not_cover_the_sacrum(language, exam, text,
                                                                                         covers):
    found = scan(_notes([("n1", DAY, "radiology", exam, f"{exam.upper()}\n{text}", language)])).exams
    own = found[found["region"] == "lumbar_spine"]
    assert own[["status", "covers_sacrum"]].values.tolist() == [["performed", covers]]


def test_exams_phrasing_a_pelvic_report_asking_for_a_sacral_mri_still_covered_the_sacrum():
    text = "CT PELVIS\nFINDINGS: No fracture.\nIMPRESSION: MRI of the sacrum recommended if pain persists."
    found = scan(_notes([("n1", DAY, "radiology", "CT pelvis", text, "en")])).exams
    assert found[found["modality"] == "ct"]["covers_sacrum"].tolist() == [True]


@pytest.mark.parametrize("language,exam,text,covers", [
    ("en", "CT pelvis", "FINDINGS: No pubic ramus fracture. The sacrum is partly obscured by motion artefact.", False),
    ("en", "CT pelvis", "FINDINGS: Sacrum obscured by overlying hardware artifact.", False),
    ("sv", "DT bäcken", "Fynd: Ingen ramusfraktur. Sakrum svårbedömt pga rörelseartefakter.", False),
    ("sv", "DT bäcken", "Fynd: Ingen ramusfraktur. Sakrum svarbedomt pga rorelseartefakter.", False),
    ("sv", "DT bäcken", "Fynd: Korsbenet delvis skymt av metallartefakter.", False),
    ("en", "CT pelvis", "FINDINGS: The scan did not include the whole sacrum. No pubic ramus fracture.", False),
    ("sv", "DT bäcken", "Fynd: Undersökningen inkluderade inte hela sakrum. Ingen ramusfraktur.", False),
    ("sv", "DT bäcken", "Fynd: Undersokningen inkluderade inte hela sakrum. Ingen ramusfraktur.", False),
    # look-alikes: the organs are what is hard to assess
    ("en", "CT pelvis", "FINDINGS: Pelvic organs partly obscured by streak artefact. The sacrum is intact.", True),
    ("sv", "DT bäcken", "Fynd: Bäckenorganen svårbedömda pga tarmgas. Sakrum utan anmärkning.", True),
])
def test_exams_phrasing_an_obscured_or_hard_to_assess_sacrum_is_not_covered(language, exam, text, covers):
    found = scan(_notes([("n1", DAY, "radiology", exam, f"{exam.upper()}\n{text}", language)])).exams
    assert found[["region", "status", "covers_sacrum"]].values.tolist() == [["pelvis", "performed", covers]]


@pytest.mark.parametrize("language,exam,text", [
    ("en", "CT pelvis", "FINDINGS: No pelvic fracture. Pelvic organs incompletely evaluated without IV contrast."),
    ("en", "CT pelvis", "FINDINGS: No fracture. Limited evaluation of the pelvic soft tissues without contrast."),
    ("sv", "DT bäcken", "Fynd: Ingen fraktur. Begränsad bedömning av mjukdelarna i lilla bäckenet."),
    ("sv", "DT bäcken", "Fynd: Ingen fraktur. Bäckenorganen kan inte bedömas utan kontrast."),
])
def test_exams_phrasing_a_pelvic_study_limited_for_the_organs_still_covers_the_sacrum(language, exam, text):
    found = scan(_notes([("n1", DAY, "radiology", exam, f"{exam.upper()}\n{text}", language)])).exams
    assert found[["region", "status", "covers_sacrum"]].values.tolist() == [["pelvis", "performed", True]]


@pytest.mark.parametrize("language,exam,text,covers", LUMBAR_COVERAGE,
                         ids=[f"{c[0]}-{c[2][:50]}" for c in LUMBAR_COVERAGE])
def test_exams_phrasing_a_lumbar_study_covers_the_sacrum_only_when_assessed(language, exam, text, covers):
    found = scan(_notes([("n1", DAY, "radiology", exam, f"{exam.upper()}\n{text}", language)])).exams
    own = found[found["region"] == "lumbar_spine"]
    assert own[["status", "covers_sacrum"]].values.tolist() == [["performed", covers]]


# --- index findings that are not findings (issue 10, item 3) ---------------------------------------------------
def _report_assertions(text: str, language: str, concept: str, exam: str = "") -> list[str]:
    found = scan(_notes([("n1", DAY, "radiology" if exam else "clinical", exam, text, language)])).mentions
    return found[found["concept"] == concept]["assertion"].tolist()


V, R, S = "vertebral_compression_fracture", "pubic_ramus_fracture", "sacral_fracture"

NOT_FINDINGS = [
    # an exam's name or purpose
    ("en", "DXA", "SPINE FRACTURE SCREENING\nDXA with VFA.\nFINDINGS: T-score -2.8.", V),
    ("en", "XR thoracic spine", "EXAM: XR THORACIC SPINE - COMPRESSION FRACTURE SERIES\nFINDINGS: Normal.", V),
    ("en", "XR lumbar spine", "INDICATION: Back pain, to look for compression fractures.\nFINDINGS: Normal.", V),
    ("en", "XR pelvis", "Reason for exam: evaluate for pubic ramus fracture\nFINDINGS: Normal alignment.", R),
    ("sv", "Rtg ländrygg", "Frågeställning: Kotkompression?\nFynd: Normal höjd på kotkropparna.", V),
    ("sv", "", "Planering: Rtg bröstrygg, frågeställning kotkompression?", V),
    ("sv", "", "Planering: Rtg brostrygg, fragestallning kotkompression?", V),
    # loss of body height
    ("sv", "", "Aktuellt: Pat har blivit 3 cm kortare senaste åren.", V),
    ("en", "", "HPI: She reports a height loss of 4 cm over 5 years.", V),
    ("en", "", "HPI: She has shrunk an inch over the last years.", V),
    ("en", "", "HPI: Clinical height loss and kyphosis, DXA requested.", V),
    ("en", "DXA", "INDICATION: Height loss, to look for compression fractures.\nFINDINGS: T-score -2.6.", V),
    ("en", "XR thoracic spine", "Indication: Loss of height, ?VCF\nFINDINGS: Normal.", V),
    ("en", "XR thoracic spine", "Reason for exam: height loss, r/o compression fracture\nFINDINGS: Normal.", V),
    # compression of a nerve root, the dural sac, the cord or the canal
    ("en", "MRI lumbar spine", "FINDINGS: Disc extrusion L4-5 with compression of the left L5 nerve root.", V),
    ("en", "MRI lumbar spine", "FINDINGS: Moderate compression of the thecal sac at L3-4.", V),
    ("sv", "MR ländrygg", "Fynd: Diskbråck L5-S1 med kompression av S1-roten hö.", V),
    ("sv", "MR ländrygg", "Fynd: Kompression av durasacken och nervroten L5 vä.", V),
    # a conditional plan or a conditional suspicion
    ("en", "MRI lumbar spine", "IMPRESSION: Recommend dedicated pelvic MRI if sacral fracture is suspected.", S),
    ("en", "CT abdomen", "Recommend MRI of the sacrum if there is clinical concern for a sacral fracture.", S),
    ("sv", "DT buk", "Vid klinisk misstanke om sakrumfraktur rekommenderas MR.", S),
    ("sv", "DT buk", "Om misstanke om insufficiensfraktur i sakrum kvarstår rekommenderas riktad MR.", S),
    ("sv", "DXA", "Kotfrakturscreening med DXA: inga kotfrakturer.", V),
    ("sv", "MR bröstrygg", "Fynd: Kompression av ryggmärgen i höjd med Th8.", V),
    ("sv", "MR ländrygg", "Fynd: Diskbråck L4-L5 som komprimerar L5-roten.", V),
]


@pytest.mark.parametrize("language,exam,text,concept", NOT_FINDINGS, ids=[f"{c[0]}-{c[2][:50]}" for c in NOT_FINDINGS])
def test_exams_phrasing_names_purposes_stature_nerve_roots_and_conditions_are_not_present(language, exam, text,
                                                                                         concept):
    assert "present" not in _report_assertions(text, language, concept, exam)
    assert "uncertain" not in _report_assertions(text, language, concept, exam)


@pytest.mark.parametrize("language,exam,text,concept,assertion", [
    ("en", "MRI lumbar spine", "FINDINGS: L1 compression fracture with retropulsion causing canal compromise.", V,
     "present"),
    ("en", "", "PMH: Right pubic ramus fracture 2015, healed.", R, "historical"),
    ("sv", "", "Tidigare: Läkt ramusfraktur 2018.", R, "historical"),
    ("sv", "", "Anamnes: Ramusfraktur hö 2019, nu läkt.", R, "historical"),
    ("en", "XR pelvis", "FINDINGS: Old healed fracture of the left inferior pubic ramus.", R, "historical"),
    ("en", "XR lumbar spine", "ADDENDUM: The questioned L2 compression was not confirmed on review.", V, "uncertain"),
    ("sv", "Rtg ländrygg", "Eftergranskning: Den misstänkta kotkompressionen L2 kan inte bekräftas.", V,
     "uncertain"),
    ("sv", "Rtg bäcken", "Vid eftergranskning är ramusfrakturen tveksam.", R, "uncertain"),
    ("en", "XR lumbar spine", "Addendum: the reported L1 compression fracture is questionable on review.", V,
     "uncertain"),
    # a plan conditional on the fracture's healing leaves the fracture stated
    ("en", "", "Surgery would be considered only if the ramus fracture fails to unite.", R, "present"),
    ("en", "", "Fixation will be considered if the pubic ramus fracture does not unite.", R, "present"),
    ("sv", "", "Operation blir aktuell endast om ramusfrakturen inte läker.", R, "present"),
])
def test_exams_phrasing_healed_doubted_and_real_compressions(language, exam, text, concept, assertion):
    assert _report_assertions(text, language, concept, exam) == [assertion]


@pytest.mark.parametrize("language,request_text,followup", [
    ("en", "CT pelvis ordered.", "CT chest showed pulmonary emboli."),
    ("en", "MRI pelvis ordered.", "MRI of the brain was normal."),
    ("sv", "DT bäcken beställd.", "DT thorax visade lungemboli."),
    ("sv", "MR bäcken beställd.", "MR hjärna visade inga tecken till blödning."),
    ("sv", "MR backen bestalld.", "MR av bröstryggen visade kotkompression Th8."),
    ("sv", "DT bäcken beställd.", "Skalle-DT utan blödning."),
    ("en", "MRI pelvis ordered.", "Brain MRI was unremarkable."),
])
def test_exams_phrasing_a_follow_up_naming_another_body_part_is_not_the_requested_study(language, request_text,
                                                                                       followup):
    # CONTRACT.md: an order "that was never performed" is `ordered`; a study of the chest or brain performs no
    # pelvic order, so the request stays open and the case keeps its workup `ordered`
    case, exams = _case(language, ("2025-03-05", request_text), ("2025-03-20", followup))
    assert case == ("true", "ordered")
    assert exams[0][1:3] == ("pelvis", "requested")
    assert exams[-1][1:3] == ("other", "performed")


@pytest.mark.parametrize("language,request_text,followup,workup", [
    ("sv", "DT bäcken beställd.", "DT thorax-buk visade inga frakturer.", "ct"),  # chest and abdomen: covers
    ("en", "MRI pelvis ordered.", "The MRI was negative.", "mri"),  # names no body part: the requested study
    ("sv", "MR bäcken beställd.", "MR-undersökningen visade inget anmärkningsvärt.", "mri"),
])
def test_exams_phrasing_a_follow_up_that_may_be_the_requested_study(language, request_text, followup, workup):
    case, _ = _case(language, ("2025-03-05", request_text), ("2025-03-20", followup))
    assert case == ("false", workup)


# --- status words far from the modality, passives, brackets -------------------------------------------------
FAR_STATUS = [
    ("sv", "Vi har beställt en MR-undersökning av bäckenet som dock fick ställas in.", "pelvis", "not_performed"),
    ("sv", "Vi har bestallt en MR-undersokning av backenet som dock fick stallas in.", "pelvis", "not_performed"),
    ("sv", "MR av bäckenet som planerades i förra veckan har ännu inte blivit av.", "pelvis", "requested"),
    ("sv", "Patienten har fått kallelse till MR bäcken men uteblev.", "pelvis", "not_performed"),
    ("sv", "MR bäcken bokad 14/3, pat vill ej komma.", "pelvis", "not_performed"),
    ("sv", "DT bäcken beställd men pat skrevs ut innan undersökningen hann göras.", "pelvis", "not_performed"),
    ("sv", "Ingen bilddiagnostik (DT/MR) av bäckenet har gjorts.", "other", "not_performed"),
    ("sv", "DT bäcken hann ej göras före utskrivning.", "pelvis", "not_performed"),
    ("sv", "MR backen hanns inte med under vardtiden.", "pelvis", "not_performed"),
    ("en", "An MRI of the pelvis, which had been ordered on admission, was never performed.", "pelvis",
     "not_performed"),
    ("en", "The pelvic MRI did not happen as the patient was discharged.", "pelvis", "not_performed"),
    ("en", "The patient left before the CT of the pelvis could be done.", "pelvis", "not_performed"),
    ("en", "No pelvic imaging (CT/MRI) was performed during the admission.", "other", "not_performed"),
    ("en", "MRI pelvis was deferred to outpatients.", "pelvis", "requested"),
]


@pytest.mark.parametrize("language,text,region,status", FAR_STATUS, ids=[f"{c[0]}-{c[1][:50]}" for c in FAR_STATUS])
def test_exams_phrasing_a_status_far_from_its_modality(language, text, region, status):
    found = scan(_notes([("n1", DAY, "clinical", "", text, language)])).exams
    assert {(r.region, r.status) for r in found.itertuples(index=False)} == {(region, status)}


# --- a date stated in the sentence, in the forms notes use -----------------------------------------------------
@pytest.mark.parametrize("language,text,date", [
    ("sv", "MR bäcken utförd den 2 mars, utan anmärkning.", "2025-03-02"),
    ("sv", "MR backen utford 2:a mars utan anmarkning.", "2025-03-02"),
    ("sv", "DT bäcken 02.03.2025 visade ingen fraktur.", "2025-03-02"),
    ("sv", "MR bäcken utförd 2/3 visade ingen fraktur.", "2025-03-02"),
    ("en", "MRI pelvis on March 2 showed no fracture.", "2025-03-02"),
    ("en", "MRI pelvis performed 2nd March 2024 was normal.", "2024-03-02"),
    ("en", "CT pelvis done 3/2 showed no fracture.", "2025-03-02"),
    ("en", "CT pelvis done 4/2 showed no fracture.", "2025-02-04"),  # only day-first gives a recent date
])
def test_exams_phrasing_a_stated_day_dates_the_exam(language, text, date):
    found = scan(_notes([("n1", "2025-03-20", "clinical", "", text, language)])).exams
    assert found["date"].dt.strftime("%Y-%m-%d").tolist() == [date]


# --- a radiology report of an exam that did not happen, or happened with limits ---------------------------------
@pytest.mark.parametrize("language,exam,text,status", [
    ("sv", "MR bäcken", "MR BÄCKEN\nPatienten uteblev.", "not_performed"),
    ("sv", "Skelettscintigrafi", "SKELETTSCINTIGRAFI\nPatienten kom ej till injektionen. Ny tid bokas.",
     "not_performed"),
    ("en", "MRI pelvis", "MRI PELVIS\nPatient did not attend.", "not_performed"),
    ("en", "CT pelvis", "CT PELVIS\nThe study was cancelled at the request of the referring clinician.",
     "not_performed"),
    ("en", "MRI pelvis", "MRI PELVIS\nFINDINGS: The patient was unable to lie still, limiting evaluation. No sacral "
                         "fracture.", "performed"),
    ("sv", "MR bäcken", "MR BÄCKEN\nFynd: Patienten kunde inte ligga still, vilket begränsar bedömningen. Ingen "
                        "sakrumfraktur.", "performed"),
    ("en", "CT pelvis", "CT PELVIS\nFINDINGS: No comparison study was done. No sacral fracture.", "performed"),
    ("sv", "DT bäcken", "DT BÄCKEN\nJämförelse: Inga tidigare undersökningar gjorda.\nFynd: Ingen sakrumfraktur.",
     "performed"),
])
def test_exams_phrasing_a_report_says_whether_its_own_exam_happened(language, exam, text, status):
    found = scan(_notes([("n1", DAY, "radiology", exam, text, language)])).exams
    assert found["status"].tolist() == [status]


@pytest.mark.parametrize("language,exam,text,region,covers", [
    ("sv", "MR", "MR BÄCKEN\nFynd: Ingen sakrumfraktur.", "pelvis", True),
    ("en", "MRI", "MRI PELVIS WITHOUT CONTRAST\nFINDINGS: No sacral fracture.", "pelvis", True),
    ("en", "CT", "EXAM: CT PELVIS\nFINDINGS: Sacrum intact.", "pelvis", True),
    ("en", "MRI", "MRI LUMBAR SPINE\nFINDINGS: No fracture.", "lumbar_spine", False),
])
def test_exams_phrasing_a_report_names_the_region_its_exam_column_leaves_out(language, exam, text, region, covers):
    found = scan(_notes([("n1", DAY, "radiology", exam, text, language)])).exams
    assert found[["region", "status", "covers_sacrum"]].values.tolist() == [[region, "performed", covers]]


@pytest.mark.parametrize("language,text", [
    ("en", "CT pelvis showed no fracture; she went home before the report was discussed with her."),
    ("sv", "DT bäcken visade ingen fraktur, pat skrevs ut innan svaret kom."),
])
def test_exams_phrasing_leaving_before_a_result_is_no_cancellation(language, text):
    found = scan(_notes([("n1", DAY, "clinical", "", text, language)])).exams
    assert found["status"].tolist() == ["performed"]


@pytest.mark.parametrize("language,exam,text", [
    ("en", "MRI pelvis", "MRI PELVIS\nStudy terminated early at the patient's request. No sacral fracture on the STIR "
                         "images obtained."),
    ("sv", "MR bäcken", "MR BÄCKEN\nUndersökningen avbröts i förtid på patientens begäran. Ingen sakrumfraktur på "
                        "de serier som hann tas."),
])
def test_exams_phrasing_a_report_that_states_findings_was_performed(language, exam, text):
    found = scan(_notes([("n1", DAY, "radiology", exam, text, language)])).exams
    assert found["status"].tolist() == ["performed"]


@pytest.mark.parametrize("language,text", [
    ("en", "EXAMINATION: Tender over the pubic symphysis.\nXR shows a fracture of the left superior pubic ramus."),
    ("en", "Examination: tender left groin; radiograph shows a left superior pubic ramus fracture."),
])
def test_exams_phrasing_a_finding_under_an_examination_heading_stays_present(language, text):
    assert _assertions(text, language, "pubic_ramus_fracture") == ["present"]


# --- an exam that never happened must not default to performed ------------------------------------------------
NEVER_DONE = [
    ("sv", "MR bäcken har ej hunnits med."),
    ("sv", "MR backen kunde inte ordnas fore hemgang."),
    ("sv", "MR bäcken har inte kunnat genomföras."),
    ("en", "MRI pelvis wasn't done."),
    ("en", "The MRI of the pelvis did not go ahead."),
    ("en", "The pelvic MRI didn't take place."),
    ("en", "We didn't get the MRI pelvis."),
    ("en", "She never had the MRI of the pelvis."),
    ("en", "MRI pelvis could not be arranged before discharge."),
    ("en", "Unable to do the MRI pelvis because of pain."),
    ("en", "MRI pelvis has not been able to be performed."),
]


@pytest.mark.parametrize("language,text", NEVER_DONE, ids=[f"{c[0]}-{c[1][:45]}" for c in NEVER_DONE])
def test_exams_phrasing_an_exam_that_never_happened_is_not_performed(language, text):
    found = scan(_notes([("n1", DAY, "clinical", "", text, language)])).exams
    assert found["status"].tolist() == ["not_performed"]


def test_exams_phrasing_a_later_negation_about_something_else_keeps_the_result():
    found = scan(_notes([("n1", DAY, "clinical", "", "MRI pelvis showed no fracture and she didn't get worse "
                                                     "overnight.", "en")])).exams
    assert found["status"].tolist() == ["performed"]


# --- a request must not default to performed ---------------------------------------------------------------
REQUESTS = [
    ("en", "MRI pelvis next available slot."),
    ("en", "She is on the waiting list for an MRI pelvis."),
    ("en", "MRI pelvis?"),
    ("sv", "MR bäcken?"),
    ("sv", "MR bäcken vb."),
    ("sv", "MR backen inom 2 veckor."),
    ("sv", "Pat sätts upp för MR bäcken."),
    ("sv", "Pat står på väntelista för MR bäcken."),
    ("sv", "Bokar DT bäcken."),
    ("sv", "Behöver MR bäcken."),
]


@pytest.mark.parametrize("language,text", REQUESTS, ids=[f"{c[0]}-{c[1][:45]}" for c in REQUESTS])
def test_exams_phrasing_a_request_is_requested(language, text):
    found = scan(_notes([("n1", DAY, "clinical", "", text, language)])).exams
    assert found["status"].tolist() == ["requested"]


def test_exams_phrasing_no_need_for_an_exam_is_no_request():
    found = scan(_notes([("n1", DAY, "clinical", "", "Behöver inte MR bäcken.", "sv")])).exams
    assert found["status"].tolist() == ["not_performed"]


# --- an exam spoken of in passing is no done study; its results are ---------------------------------------------
@pytest.mark.parametrize("language,text,status", [
    ("en", "Discussed MRI pelvis with the patient and her son.", "requested"),
    ("en", "Informed her about the MRI of the pelvis.", "requested"),
    ("en", "MRI pelvis is the investigation of choice.", "requested"),
    ("en", "MRI pelvis is not available at this hospital.", "not_performed"),
    ("en", "MRI pelvis would not change management.", "not_performed"),
    ("sv", "Pat informerad om MR bäcken.", "requested"),
    ("sv", "Indikation för MR bäcken föreligger.", "requested"),
    ("sv", "MR bäcken ej tillgängligt i helgen.", "not_performed"),
    ("sv", "MR backen skulle inte paverka handlaggningen.", "not_performed"),
    ("en", "MRI pelvis results discussed with the patient.", "performed"),
    ("en", "MRI pelvis discussed at the MDT: no sacral fracture.", "performed"),
    ("sv", "Samtal med pat om resultatet av MR bäcken, ingen fraktur.", "performed"),
])
def test_exams_phrasing_an_exam_in_passing_and_its_results(language, text, status):
    found = scan(_notes([("n1", DAY, "clinical", "", text, language)])).exams
    assert found["status"].tolist() == [status]


# --- a referral returned, lost or bounced by radiology ------------------------------------------------------
@pytest.mark.parametrize("language,followup", [
    ("sv", "Röntgen har returnerat remissen till MR bäcken."),
    ("sv", "Remissen till MR bäcken har inte kommit fram."),
    ("en", "Radiology bounced the MRI pelvis request."),
    ("en", "The MRI pelvis request was vetted and rejected."),
])
def test_exams_phrasing_a_returned_referral_ends_the_request(language, followup):
    request = "Remiss MR bäcken skickad." if language == "sv" else "Referral for MRI pelvis sent."
    case, exams = _case(language, ("2025-03-05", request), ("2025-03-20", followup))
    assert case == ("true", "ordered")
    assert [e[2] for e in exams if e[0] == "mri"][-1] == "not_performed"


# --- round five: referrals returned or rejected, appointments missed, a patient too ill, a study judged needless -----
NOT_PERFORMED_FAMILIES = [
    ("en", "She was too unwell to travel for the MRI pelvis."),
    ("en", "MRI pelvis cancelled: patient too frail and confused to lie still."),
    ("en", "Patient DNA'd her MRI pelvis appointment."),
    ("en", "She did not attend her booked MRI pelvis."),
    ("en", "She missed her scheduled MRI pelvis."),
    ("en", "MRI pelvis request returned by radiology for more information."),
    ("en", "MRI pelvis request rejected by the radiologist."),
    ("en", "MRI pelvis not pursued given goals of care."),
    ("en", "Decided against MRI pelvis after discussion with her daughter."),
    ("sv", "Remissen för MR bäcken återremitteras från röntgen med begäran om kompletterande uppgifter."),
    ("sv", "Remissen for MR backen aterremitteras fran rontgen med begaran om kompletterande uppgifter."),
    ("sv", "Remiss till MR bäcken avvisad av röntgenläkare."),
    ("sv", "Remiss MR bäcken ej godkänd."),
    ("sv", "Remissen avseende MR bäcken skickad i retur."),
    ("sv", "Pat kom ej till bokad MR bäcken."),
    ("sv", "Pat kom ej till bokad MR backen."),
    ("sv", "Pat för dålig för att genomgå MR bäcken."),
    ("sv", "Pat for dalig for att genomga MR backen."),
    ("sv", "Pat har lämnat återbud till MR bäcken."),
    ("sv", "Pat har lamnat aterbud till MR backen."),
]


@pytest.mark.parametrize("language,text", NOT_PERFORMED_FAMILIES, ids=[f"{c[0]}-{c[1][:50]}" for c in NOT_PERFORMED_FAMILIES])
def test_exams_phrasing_an_exam_returned_missed_or_impossible_was_not_performed(language, text):
    case, exams = _case(language, ("2025-03-05", text))
    assert case[0] == "true" and case[1] in ("ordered", "radiograph_only")
    assert [e[2] for e in exams if e[0] == "mri"] == ["not_performed"]


@pytest.mark.parametrize("language,followup", [
    ("en", "Pacemaker precludes MRI."),
    ("en", "Decision made to manage conservatively without further imaging."),
    ("en", "No further imaging planned."),
    ("en", "Update: no indication for further imaging."),
    ("en", "The MRI was not completed due to claustrophobia."),
    ("en", "She withdrew her consent for the scan."),
    ("sv", "Pacemaker utgör kontraindikation."),
    ("sv", "Pacemaker utgor kontraindikation."),
    ("sv", "Ingen ytterligare bilddiagnostik planeras."),
    ("sv", "Ingen ytterligare bilddiagnostik planeras.".replace("ä", "a")),
    ("sv", "Handläggs konservativt utan vidare utredning."),
    ("sv", "Pat återtog sitt samtycke till undersökningen."),
    ("sv", "Pat aterttog sitt samtycke till undersokningen.".replace("aterttog", "atertog")),
    ("sv", "Pat ville ej ligga i kameran."),
])
def test_exams_phrasing_the_sentence_after_a_request_ends_it(language, followup):
    request = "MR bäcken beställd." if language == "sv" else "MRI pelvis requested."
    case, exams = _case(language, ("2025-03-05", f"{request} {followup}"))
    assert case == ("true", "ordered")
    assert [e[2] for e in exams if e[1] == "pelvis"] == ["not_performed"]


@pytest.mark.parametrize("language,text,status", [
    ("en", "MRI pelvis has been vetted and protocolled.", "requested"),
    ("sv", "MR bäcken har prioriterats av röntgenläkare.", "requested"),
    # look-alikes: a study done, then a needless further one
    ("en", "MRI pelvis showed no sacral fracture. No further imaging needed.", "performed"),
    ("sv", "MR bäcken visade ingen sakrumfraktur. Ingen ytterligare bilddiagnostik behövs.", "performed"),
])
def test_exams_phrasing_a_vetted_request_is_requested_and_a_done_study_stays_done(language, text, status):
    _, exams = _case(language, ("2025-03-05", text))
    assert [e[2] for e in exams] == [status]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "MRI pelvis was ordered and performed on 3/3, negative.", ("false", "mri")),
    ("en", "MRI pelvis requested on 2/20 and done on 3/3 - no fracture.", ("false", "mri")),
    ("sv", "MR bäcken beställd och utförd den 3/3, utan fraktur.", ("false", "mri")),
    ("sv", "MR backen bestalld och utford den 3/3, utan fraktur.", ("false", "mri")),
    # look-alikes: the request is still open, or ended otherwise
    ("en", "MRI pelvis ordered; not yet performed.", ("true", "ordered")),
    ("en", "MRI pelvis ordered and then cancelled.", ("true", "ordered")),
    ("sv", "MR bäcken beställd men ännu ej utförd.", ("true", "ordered")),
])
def test_exams_phrasing_a_request_its_own_sentence_reports_done_is_a_workup(language, text, expected):
    case, _ = _case(language, ("2025-03-05", text))
    assert case == expected


@pytest.mark.parametrize("text,modalities", [
    ("Remiss till MR bäcken avvisad av röntgenläkare.", ["mri"]),
    ("Rtg bäcken visade fraktur i ramus, bedömd av röntgenläkare.", ["radiograph"]),
    ("Enligt röntgenläkare ingen sakrumfraktur på DT.", ["ct"]),
    ("Bäckenröntgen visade fraktur i ramus.", ["radiograph"]),
])
def test_exams_phrasing_the_radiologist_is_no_radiograph(text, modalities):
    found = scan(_notes([("n1", DAY, "clinical", "", text, "sv")])).exams
    assert found["modality"].tolist() == modalities


@pytest.mark.parametrize("language,text,concept_text", [
    ("sv", "Frakturlinje genom vänster sakrumvinge.", "sakrumvinge"),
    ("sv", "Fraktur i vänster korsbensvinge.", "korsbensvinge"),
    ("sv", "Fraktur i vanster korsbensvinge.", "korsbensvinge"),
])
def test_exams_phrasing_the_sacral_wing_is_the_sacrum(language, text, concept_text):
    found = scan(_notes([("n1", DAY, "clinical", "", text, language)])).mentions
    sacral = found[found["concept"] == "sacral_fracture"]
    assert sacral["assertion"].tolist() == ["present"] and concept_text in sacral["text"].iloc[0]


@pytest.mark.parametrize("text", ["CT TAP showed no fracture.", "CT C/A/P negative for fracture.",
                                  "CT T/A/P: no fracture."])
def test_exams_phrasing_a_chest_abdomen_pelvis_ct_covers_the_sacrum(text):
    found = scan(_notes([("n1", DAY, "clinical", "", text, "en")])).exams
    assert found[["region", "status", "covers_sacrum"]].values.tolist() == [["abdomen_pelvis", "performed", True]]


@pytest.mark.parametrize("language,text,region", [
    ("en", "CT of the chest, abdomen, and pelvis showed no fracture.", "pelvis"),
    ("en", "CT chest, abdomen and pelvis on 3/4: no fracture.", "abdomen_pelvis"),
    ("en", "CT thorax, abdomen & pelvis was unremarkable.", "abdomen_pelvis"),
    ("sv", "DT thorax, buk och bäcken visade ingen fraktur.", "abdomen_pelvis"),
    ("sv", "DT thorax, buk och backen utan fraktur.", "abdomen_pelvis"),
    ("sv", "DT thorax, bäcken och ländrygg utförd.", "pelvis"),
])
def test_exams_phrasing_a_list_of_body_parts_with_commas_is_the_exam_field(language, text, region):
    found = scan(_notes([("n1", DAY, "clinical", "", text, language)])).exams
    assert found[["region", "status", "covers_sacrum"]].values.tolist() == [[region, "performed", True]]


@pytest.mark.parametrize("language,text,exam", [
    # look-alikes: after the comma another exam, or another clause, or a body part outside the list
    ("en", "CT head, pelvic x-ray and chest x-ray were done.", ""),
    ("en", "CT chest, pelvic x-ray normal.", ""),
    ("en", "CT abdomen, which was limited, pelvis not included.", ""),
    ("en", "CT head, pelvis normal.", ""),
    ("sv", "DT hjärna, rtg bäcken utan fraktur.", ""),
    ("en", "No fracture.", "CT head, neck"),
])
def test_exams_phrasing_a_comma_before_another_exam_or_clause_ends_the_field(language, text, exam):
    found = scan(_notes([("n1", DAY, "radiology" if exam else "clinical", exam, text, language)])).exams
    ct = found[found["modality"] == "ct"]
    assert ct["covers_sacrum"].tolist() == [False]


@pytest.mark.parametrize("language,exam", [
    ("en", "CT chest, abdomen and pelvis"), ("en", "CT chest, abdomen, pelvis with contrast"),
    ("sv", "DT thorax, buk och bäcken"),
])
def test_exams_phrasing_an_ordered_exam_name_with_commas_covers_the_sacrum(language, exam):
    found = scan(_notes([("n1", DAY, "radiology", exam, "No acute findings.", language)])).exams
    assert found[["modality", "status", "covers_sacrum"]].values.tolist() == [["ct", "performed", True]]


@pytest.mark.parametrize("language,text", [
    ("en", "MRI of the pelvis was deemed unnecessary by the orthopaedic team."),
    ("en", "MRI pelvis not clinically indicated."),
    ("sv", "MR bäcken bedöms ej indicerad."),
])
def test_exams_phrasing_a_study_judged_needless_is_no_order(language, text):
    case, exams = _case(language, ("2025-03-05", text))
    assert case == ("true", "radiograph_only")
    assert [e[2] for e in exams] == ["not_performed"]


@pytest.mark.parametrize("language,text", [
    ("en", "Discussed with radiology re MRI pelvis."),
    ("en", "MRI pelvis later today."),
    ("en", "MRI pelvis first thing tomorrow."),
    ("sv", "Vi tar MR bäcken."),
    ("sv", "Kontakt med röntgen angående MR bäcken."),
    ("sv", "Kontakt med rontgen angaende MR backen."),
    ("sv", "Vid fortsatta besvär MR bäcken."),
    ("sv", "Vid fortsatta besvar MR backen."),
])
def test_exams_phrasing_a_talk_with_radiology_a_time_or_a_condition_requests_the_exam(language, text):
    case, exams = _case(language, ("2025-03-05", text))
    assert case == ("true", "ordered")
    assert [e[2] for e in exams] == ["requested"]


@pytest.mark.parametrize("language,text", [
    # look-alikes: a talk with the radiologist about a study's result is no request
    ("en", "MRI pelvis discussed with radiologist: no fracture."),
    ("sv", "MR bäcken, kontakt med röntgenläkare: ingen fraktur."),
])
def test_exams_phrasing_a_result_discussed_with_radiology_is_no_request(language, text):
    case, exams = _case(language, ("2025-03-05", text))
    assert case == ("false", "mri") and [e[2] for e in exams] == ["performed"]


@pytest.mark.parametrize("language,text,expected", [
    # look-alikes: status words about something else than the study
    ("en", "Known sacral fracture on MRI pelvis, stiffness in the morning.", ("false", "sacral_fracture_documented")),
    ("en", "MRI pelvis ordered to avoid unnecessary surgery.", ("true", "ordered")),
    ("sv", "Känd sakrumfraktur enligt MR bäcken, vi tar bort katetern.", ("false", "sacral_fracture_documented")),
    ("sv", "MR bäcken gjord, i väntan på svar.", ("false", "mri")),
    ("sv", "MR bäcken i väntan på svar.", ("false", "mri")),
])
def test_exams_phrasing_status_words_about_something_else_leave_the_study(language, text, expected):
    case, _ = _case(language, ("2025-03-05", text))
    assert case == expected


@pytest.mark.parametrize("language,text", [
    # look-alikes: the study is reported done
    ("en", "MRI pelvis in the morning showed no fracture."),
    ("en", "Discussed the MRI pelvis result with radiology: no fracture."),
    ("sv", "MR bäcken visade ingen fraktur, vi tar bort katetern."),
])
def test_exams_phrasing_a_reported_study_beside_request_words_stays_done(language, text):
    case, exams = _case(language, ("2025-03-05", text))
    assert case == ("false", "mri")


@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis on hold until she is medically fit."),
    ("sv", "MR bäcken i väntan."),
    ("sv", "Pat står i kö för MR bäcken."),
    ("sv", "Pat star i ko for MR backen."),
])
def test_exams_phrasing_an_exam_on_hold_or_in_a_queue_is_requested(language, text):
    case, exams = _case(language, ("2025-03-05", text))
    assert case == ("true", "ordered")
    assert [e[2] for e in exams] == ["requested"]


@pytest.mark.parametrize("language,text,modality", [
    # the refusal, the frailty or the needlessness is of something else than the reported study
    ("en", "Pelvic MRI showed no sacral fracture; she is too unwell to go home today.", "mri"),
    ("en", "The MRI pelvis confirmed no sacral fracture; further imaging deemed unnecessary.", "mri"),
    ("sv", "MR bäcken visade ingen sakrumfraktur, pat för dålig för att gå hem.", "mri"),
    ("sv", "DT bäcken utförd utan fynd; remissen till sjukgymnast avvisad.", "ct"),
])
def test_exams_phrasing_a_reported_study_stays_performed_beside_a_look_alike(language, text, modality):
    case, exams = _case(language, ("2025-03-05", text))
    assert case == ("false", modality)
    assert [e[2] for e in exams] == ["performed"]


@pytest.mark.parametrize("text", ["Remiss till röntgen för MR bäcken.", "Röntgen har meddelat att MR bäcken är avbokad."])
def test_exams_phrasing_the_radiology_department_is_no_radiograph(text):
    found = scan(_notes([("n1", DAY, "clinical", "", text, "sv")])).exams
    assert found["modality"].tolist() == ["mri"]


# --- a hedge in the next sentence -----------------------------------------------------------------------------
NEXT_SENTENCE_HEDGES = [
    ("en", "Sacral fracture. Not confirmed on imaging."),
    ("en", "Assessment: Sacral insufficiency fracture. Unconfirmed."),
    ("en", "Impression: right sacral ala fracture. Not yet verified radiologically."),
    ("en", "Sacral fracture. Without imaging confirmation."),
    ("en", "Assessment: fracture of the sacrum. This has not been confirmed by MRI."),
    ("en", "Sacral insufficiency fracture.\nNot verified."),
    ("en", "Left sacral ala fracture. Awaiting radiological confirmation."),
    ("sv", "Sakrumfraktur. Ej röntgenverifierad."),
    ("sv", "Sakrumfraktur. Ej rontgenverifierad."),
    ("sv", "Misstänkt sakrumfraktur. Ej verifierad med MR."),
    ("sv", "Bedömning: Sakrumfraktur. Ej verifierad."),
    ("sv", "Bedomning: Insufficiensfraktur i sakrum. Inte bekraftad med DT."),
    ("sv", "Korsbensfraktur. Ännu ej säkerställd."),
    ("sv", "Sakrumfraktur vä. Overifierad."),
    ("sv", "Diagnos: Sakrumfraktur. Utan radiologisk verifikation."),
]


@pytest.mark.parametrize("language,text", NEXT_SENTENCE_HEDGES, ids=[f"{c[0]}-{c[1][:45]}" for c in NEXT_SENTENCE_HEDGES])
def test_exams_phrasing_a_bare_fracture_qualified_by_the_next_sentence_is_suspected(language, text):
    assert _assertions(text, language, "sacral_fracture") == ["uncertain"]


NEXT_SENTENCE_HEDGES_ROUND_FIVE = [
    ("en", "Assessment: sacral fracture. Radiologically unconfirmed."),
    ("en", "Assessment: sacral fracture. Imaging pending."),
    ("en", "Assessment: sacral fracture. No imaging yet."),
    ("en", "Assessment: sacral fracture. Not x-rayed."),
    ("en", "Assessment: sacral fracture. Clinical diagnosis."),
    ("sv", "Bedömning: sakrumfraktur. Ej röntgad."),
    ("sv", "Bedomning: sakrumfraktur. Ej rontgad."),
    ("sv", "Bedömning: sakrumfraktur. Ingen bilddiagnostik gjord."),
    ("sv", "Bedömning: sakrumfraktur. Ej utredd radiologiskt."),
    ("sv", "Bedömning: sakrumfraktur. Klinisk diagnos."),
    ("sv", "Bedomning: sakrumfraktur. Bilddiagnostik planeras."),
]


@pytest.mark.parametrize("language,text", NEXT_SENTENCE_HEDGES_ROUND_FIVE,
                         ids=[f"{c[0]}-{c[1][:45]}" for c in NEXT_SENTENCE_HEDGES_ROUND_FIVE])
def test_exams_phrasing_a_next_sentence_saying_no_imaging_yet_makes_the_fracture_suspected(language, text):
    result = scan(_notes([("n1", DAY, "clinical", "", text, language)]))
    found = result.mentions
    assert found[found["concept"] == "sacral_fracture"]["assertion"].tolist() == ["uncertain"]
    assert "performed" not in result.exams["status"].tolist()


@pytest.mark.parametrize("language,text,modality", [
    # look-alikes: the exam of the first sentence reported the fracture; "further" imaging is another study
    ("en", "Sacral fracture on CT. No further imaging.", "ct"),
    ("en", "Sacral fracture on CT. Patient declined further imaging.", "ct"),
    ("sv", "Sakrumfraktur på DT. Ingen ytterligare bilddiagnostik planeras.", "ct"),
])
def test_exams_phrasing_an_exam_that_found_the_fracture_stays_done_when_further_imaging_is_not(language, text,
                                                                                             modality):
    sacral, exams, case = _one_note(text, language)
    assert sacral == ["present"] and exams == [(modality, "performed", True)]
    assert case == ("false", "sacral_fracture_documented")


def test_exams_phrasing_a_fracture_and_an_exam_with_a_fate_of_its_own_is_not_a_report():
    case, exams = _case("en", ("2025-03-05", "Right pubic ramus fracture and MRI pelvis, which she declined."))
    assert case == ("true", "ordered") and [e[2] for e in exams] == ["not_performed"]


@pytest.mark.parametrize("language,text,concept,assertion", [
    # the next sentence states another finding, or qualifies with more than the bare qualifier
    ("en", "Sacral fracture. No pubic ramus fracture.", "sacral_fracture", "present"),
    ("en", "Sacral fracture. Not confirmed: pubic ramus fracture.", "sacral_fracture", "present"),
    ("sv", "Sakrumfraktur. Ingen ramusfraktur.", "sacral_fracture", "present"),
    ("sv", "Sakrumfraktur. Ej verifierad ramusfraktur hö.", "sacral_fracture", "present"),
    # a negated finding stays negated; only the last finding of the sentence is qualified
    ("en", "No sacral fracture. Not confirmed on imaging.", "sacral_fracture", "negated"),
    ("sv", "Ingen sakrumfraktur. Ej verifierad.", "sacral_fracture", "negated"),
    ("en", "Sacral fracture and L2 compression fracture. Not confirmed.", "sacral_fracture", "present"),
    ("sv", "Sakrumfraktur och kotkompression L2. Ej verifierad.", "sacral_fracture", "present"),
    ("sv", "Sakrumfraktur och kotkompression L2. Ej verifierad.", "vertebral_compression_fracture", "uncertain"),
    # a qualifier that is not the next sentence, or a confirmation, changes nothing
    ("en", "Sacral fracture. Analgesia given. Not confirmed.", "sacral_fracture", "present"),
    ("en", "Sacral fracture. Confirmed on CT.", "sacral_fracture", "present"),
    ("sv", "Sakrumfraktur. Verifierad med MR.", "sacral_fracture", "present"),
])
def test_exams_phrasing_a_next_sentence_hedge_changes_only_the_bare_last_finding(language, text, concept, assertion):
    assert _assertions(text, language, concept) == [assertion]


# --- the purpose of an exam in a radiology report's title line ------------------------------------------------
TITLE_PURPOSES = [
    ("en", "MRI lumbar spine", "EXAM: MRI LUMBAR SPINE FOR COMPRESSION FRACTURE\nFINDINGS: Normal vertebral heights.", V),
    ("en", "CT pelvis", "EXAMINATION: CT PELVIS TO EVALUATE FOR SACRAL FRACTURE\nFINDINGS: No fracture.", S),
    ("en", "CT pelvis", "EXAM: CT PELVIS R/O SACRAL INSUFFICIENCY FRACTURE\nFINDINGS: No fracture.", S),
    ("en", "XR pelvis", "EXAM: XR PELVIS ?PUBIC RAMUS FRACTURE\nFINDINGS: No fracture.", R),
    ("en", "XR pelvis", "Exam: Pelvis radiograph, query pubic ramus fracture\nFindings: No fracture.", R),
    ("en", "MRI lumbar spine", "MRI LUMBAR SPINE FOR COMPRESSION FRACTURE\nFINDINGS: Normal vertebral heights.", V),
    ("en", "MRI pelvis", "MRI PELVIS FOR ASSESSMENT OF SACRAL INSUFFICIENCY FRACTURE\nFINDINGS: Normal marrow.", S),
    ("sv", "MR ländrygg", "Undersökning: MR ländrygg avseende kotkompression\nFynd: Normal höjd på kotkropparna.", V),
    ("sv", "MR ländrygg", "Undersokning: MR landrygg avseende kotkompression\nFynd: Normal hojd pa kotkropparna.", V),
    ("sv", "DT bäcken", "Undersökning: DT bäcken med frågeställning sakrumfraktur\nFynd: Ingen fraktur.", S),
    ("sv", "DT bäcken", "Undersökning: DT backen mtp sakrumfraktur\nFynd: Ingen fraktur.", S),
    ("sv", "Rtg bäcken", "Undersökning: Rtg bäcken ? ramusfraktur\nFynd: Ingen fraktur.", R),
    ("sv", "MR bäcken", "MR BÄCKEN AVSEENDE INSUFFICIENSFRAKTUR I SAKRUM\nFynd: Normal märgsignal.", S),
]


@pytest.mark.parametrize("language,exam,text,concept", TITLE_PURPOSES, ids=[f"{c[0]}-{c[2][:50]}" for c in TITLE_PURPOSES])
def test_exams_phrasing_a_purpose_in_a_reports_title_line_is_hypothetical(language, exam, text, concept):
    found = _report_assertions(text, language, concept, exam)  # in text order: the title line's first
    assert found[0] == "hypothetical" and "present" not in found and "uncertain" not in found


@pytest.mark.parametrize("language,note_type,text,concept,assertion", [
    # a physical examination in a clinical note is no exam title
    ("en", "clinical", "Examination: tender over L4 for two weeks; compression fracture L4 on x-ray.", V, "present"),
    ("en", "clinical", "EXAMINATION: CT pelvis for pain shows a sacral fracture.", S, "present"),
    ("sv", "clinical", "Undersökning: Rtg visar kotkompression L1 avseende smärtan.", V, "present"),
    # in a report, "for" before the exam's name, or outside the title line, states no purpose
    ("en", "radiology", "EXAM: Compression fracture for follow-up, MRI lumbar spine.", V, "present"),
    ("en", "radiology", "EXAM: MRI LUMBAR SPINE\nFINDINGS: Compression fracture of L1, for correlation with CT.", V,
     "present"),
    ("sv", "radiology", "Undersökning: MR ländrygg\nFynd: Kotkompression L1 avseende Th12-L1.", V, "present"),
])
def test_exams_phrasing_a_purpose_word_outside_a_reports_title_line_changes_nothing(language, note_type, text,
                                                                                    concept, assertion):
    found = scan(_notes([("n1", DAY, note_type, "", text, language)])).mentions
    assert found[found["concept"] == concept]["assertion"].tolist() == [assertion]


# --- the exam named as the means of a negated confirmation ------------------------------------------------------
def _one_note(text: str, language: str, note_type: str = "clinical", exam: str = "") -> tuple:
    """The sacral fracture's assertions, the exam statements (modality, status, covers_sacrum) and the case
    (flagged, workup) of one patient with one note."""
    result = scan(_notes([("n1", DAY, note_type, exam, text, language)]))
    sacral = result.mentions[result.mentions["concept"] == "sacral_fracture"]["assertion"].tolist()
    exams = [(r.modality, r.status, bool(r.covers_sacrum)) for r in result.exams.itertuples(index=False)]
    case = result.cases.iloc[0] if len(result.cases) else None
    return sacral, exams, (case.flagged, case.workup) if case is not None else None


CONFIRMATION_DONE = [
    # next sentence
    ("en", "Probable sacral fracture. Not confirmed on MRI.", "mri"),
    ("en", "Assessment: sacral insufficiency fracture. Not verified by CT.", "ct"),
    ("en", "Suspected sacral insufficiency fracture.\nNot confirmed on MRI.", "mri"),
    ("sv", "Misstänkt sakrumfraktur. Ej verifierad med MR.", "mri"),
    ("sv", "Misstankt sakrumfraktur. Ej verifierad med MR.", "mri"),
    ("sv", "Bedömning: Sakrumfraktur. Inte bekräftad på DT.", "ct"),
    ("sv", "Bedomning: Sakrumfraktur. Inte bekraftad pa DT.", "ct"),
    # same sentence
    ("en", "Sacral insufficiency fracture suspected clinically, not confirmed on MRI.", "mri"),
    ("en", "Sacral fracture was not confirmed by CT.", "ct"),
    ("sv", "Sakrumfraktur kunde inte verifieras med MR.", "mri"),
    ("sv", "Sakrumfraktur kunde inte verifieras med DT.", "ct"),
    ("sv", "Sakrumfraktur kunde inte verifieras med DT.".replace("ä", "a"), "ct"),
]


@pytest.mark.parametrize("language,text,modality", CONFIRMATION_DONE, ids=[f"{c[0]}-{c[1][:50]}" for c in CONFIRMATION_DONE])
def test_exams_phrasing_the_exam_named_by_a_negated_confirmation_was_done_and_imaged_the_site(language, text,
                                                                                            modality):
    sacral, exams, case = _one_note(text, language)
    assert sacral == ["uncertain"]  # "not confirmed" stays suspected (CONTRACT.md)
    assert exams == [(modality, "performed", True)]
    assert case == ("false", modality)


CONFIRMATION_NOT_DONE = [
    # the exam word is part of the qualifier: no study is named
    ("sv", "Bedömning: Sakrumfraktur. Ej röntgenverifierad.", "none", None),
    ("sv", "Sakrumfraktur. Ej MR-verifierad.", "none", "not_performed"),
    ("en", "Sacral fracture. Not MRI-confirmed.", "none", "not_performed"),
    # the confirmation never came
    ("en", "Sacral fracture. Without MRI confirmation.", "none", "not_performed"),
    ("sv", "Sakrumfraktur, utan verifierande MR.", "none", "not_performed"),
    ("sv", "Sakrumfraktur (trolig), utan verifierande DT.", "none", "not_performed"),
    # the confirmation is still to come
    ("en", "Sacral fracture. Not yet confirmed on MRI.", "ordered", "requested"),
    ("en", "Sacral fracture. Awaiting confirmation by MRI.", "ordered", "requested"),
    ("en", "Sacral fracture, awaiting MRI confirmation.", "ordered", "requested"),
    ("sv", "Sakrumfraktur. Ännu ej verifierad med MR.", "ordered", "requested"),
    ("sv", "Sakrumfraktur. Annu ej verifierad med MR.", "ordered", "requested"),
    ("sv", "Sakrumfraktur. Avvaktar verifikation med DT.", "ordered", "requested"),
]


@pytest.mark.parametrize("language,text,workup,status", CONFIRMATION_NOT_DONE,
                         ids=[f"{c[0]}-{c[1][:50]}" for c in CONFIRMATION_NOT_DONE])
def test_exams_phrasing_a_confirmation_still_to_come_or_never_named_is_no_workup(language, text, workup, status):
    sacral, exams, case = _one_note(text, language)
    assert sacral == ["uncertain"]
    assert "performed" not in [e[1] for e in exams if e[0] != "radiograph"]
    if status is not None:
        assert [e[1] for e in exams if e[0] != "radiograph"] == [status]
    assert case == ("true", workup)


NOT_SEEN_ON_AN_EXAM = [
    ("en", "Sacral fracture suspected. Not seen on CT.", "ct", ["uncertain"]),
    ("en", "Suspected sacral fracture. No fracture on CT.", "ct", ["uncertain"]),
    ("en", "Sacral insufficiency fracture suspected clinically. Not evident on MRI.", "mri", ["uncertain"]),
    ("sv", "Misstänkt sakrumfraktur. Syns ej på DT.", "ct", ["uncertain"]),
    ("sv", "Misstankt sakrumfraktur. Syns ej pa DT.", "ct", ["uncertain"]),
    ("sv", "Misstänkt sakrumfraktur, ej synlig på DT.", "ct", ["uncertain"]),
    ("sv", "Misstänkt sakrumfraktur. Ingen fraktur på MR.", "mri", ["uncertain"]),
    ("sv", "Sakrumfraktur syns ej på DT.", "ct", ["negated"]),
    ("en", "Sacral fracture not seen on MRI.", "mri", ["negated"]),
]


@pytest.mark.parametrize("language,text,modality,sacral", NOT_SEEN_ON_AN_EXAM,
                         ids=[f"{c[0]}-{c[1][:50]}" for c in NOT_SEEN_ON_AN_EXAM])
def test_exams_phrasing_a_finding_not_seen_on_an_exam_means_the_exam_was_done_there(language, text, modality, sacral):
    found, exams, case = _one_note(text, language)
    assert found == sacral
    assert exams == [(modality, "performed", True)]
    assert case == ("false", modality)


@pytest.mark.parametrize("language,text,expected", [
    # look-alikes: another body part named, a plan, a sentence without the finding before it
    ("en", "Sacral fracture suspected. CT head done for the fall.", [("ct", "performed", False)]),
    ("sv", "Misstänkt sakrumfraktur. DT skalle utförd efter fallet.", [("ct", "performed", False)]),
    ("en", "Sacral fracture suspected.\nPlan: CT.", [("ct", "requested", False)]),
    ("en", "Hip pain. Not seen on CT.", [("ct", "performed", False)]),
    ("en", "Sacral fracture suspected. CT was performed to assess for pulmonary embolism.", [("ct", "performed", False)]),
    ("en", "Sacral fracture suspected; CT was performed to assess for pulmonary embolism.", [("ct", "performed", False)]),
    ("sv", "Misstänkt sakrumfraktur. DT gjordes för att utesluta lungemboli.", [("ct", "performed", False)]),
])
def test_exams_phrasing_an_exam_beside_a_finding_takes_its_site_only_when_naming_no_other(language, text, expected):
    assert _one_note(text, language)[1] == expected


NEGATED_CONFIRM_VERBS = [
    ("en", "The MRI has not confirmed a sacral fracture.", "mri"),
    ("en", "MRI failed to confirm a sacral fracture.", "mri"),
    ("en", "CT did not reveal a sacral fracture.", "ct"),
    ("en", "The CT has not demonstrated a fracture of the sacrum.", "ct"),
    ("en", "MRI didn't confirm a sacral fracture.", "mri"),
    ("sv", "MR har inte bekräftat någon sakrumfraktur.", "mri"),
    ("sv", "MR har inte bekraftat nagon sakrumfraktur.", "mri"),
    ("sv", "DT har ej påvisat någon fraktur i sakrum.", "ct"),
    ("sv", "MR bekräftar inte sakrumfraktur.", "mri"),
    ("sv", "DT visar ej sakrumfraktur.", "ct"),
]


@pytest.mark.parametrize("language,text,modality", NEGATED_CONFIRM_VERBS,
                         ids=[f"{c[0]}-{c[1][:50]}" for c in NEGATED_CONFIRM_VERBS])
def test_exams_phrasing_an_exam_that_did_not_confirm_the_finding_negates_it(language, text, modality):
    sacral, exams, case = _one_note(text, language)
    assert sacral == ["negated"]
    assert exams == [(modality, "performed", True)]
    assert case == ("false", modality)


@pytest.mark.parametrize("language,text,assertion", [
    # the verb confirms, or a suspicion stands beside it: not a negation
    ("en", "The MRI has confirmed a sacral fracture.", "present"),
    ("en", "MRI confirmed the sacral fracture.", "present"),
    ("en", "The CT does not confirm the suspected sacral fracture.", "uncertain"),
    ("sv", "MR har bekräftat sakrumfraktur.", "present"),
    ("sv", "MR bekraftar sakrumfraktur.", "present"),
    ("sv", "DT visar sakrumfraktur.", "present"),
])
def test_exams_phrasing_a_confirm_verb_without_negation_keeps_the_finding(language, text, assertion):
    assert _one_note(text, language)[0] == [assertion]


@pytest.mark.parametrize("language,text", [
    ("sv", "Sakrumfraktur, MR-verifierad."),
    ("sv", "MR-verifierad sakrumfraktur."),
    ("en", "Sacral fracture. MRI-confirmed."),
    ("en", "MRI-confirmed sacral insufficiency fracture."),
])
def test_exams_phrasing_an_exam_verifying_a_sacral_fracture_imaged_the_sacrum(language, text):
    sacral, exams, case = _one_note(text, language)
    assert sacral == ["present"] and exams == [("mri", "performed", True)]


def test_exams_phrasing_another_exam_beside_a_suspected_sacral_fracture_takes_no_region():
    sacral, exams, case = _one_note("Sacral fracture suspected; CT chest negative for PE.", "en")
    assert sacral == ["uncertain"] and exams == [("ct", "performed", False)] and case == ("true", "none")


def test_exams_phrasing_a_declined_exam_named_by_a_negated_confirmation_was_not_done():
    sacral, exams, case = _one_note("Sacral fracture, not confirmed on MRI as she declined the scan.", "en")
    assert sacral == ["uncertain"] and [e[:2] for e in exams] == [("mri", "not_performed")]
    assert case == ("true", "ordered")


@pytest.mark.parametrize("language,text,assertion", [
    ("sv", "Frisk. Aldrig behandlats med kortison.", "negated"),
    ("sv", "Aldrig behandlad med kortison.", "negated"),
    ("sv", "Har aldrig fått kortison.", "negated"),
    ("en", "Never treated with steroids.", "negated"),
    ("en", "She has never received prednisolone.", "negated"),
    ("sv", "Behandlas med kortison sedan 2019.", "present"),
])
def test_exams_phrasing_never_treated_with_a_drug_negates_the_drug(language, text, assertion):
    assert _assertions(text, language, "steroid_therapy") == [assertion]


# --- round six: closed referrals, studies judged needless, coverage by localisers and fields of view, other body
# parts, abdomen with pelvis, coordinated findings, clinic names --------------------------------------------------
CLOSED_REFERRALS = [
    ("en", "MRI pelvis requested.", "Radiology closed the MRI request after two appointment letters went unanswered."),
    ("en", "CT pelvis ordered.", "The CT referral was discharged by radiology; no appointment was made."),
    ("en", "MRI pelvis requested.", "She did not respond to two appointment letters for the MRI."),
    ("sv", "Remiss MR bäcken skickad.", "Remissen för MR bäcken avslutades och returnerades till remittenten."),
    ("sv", "Remiss DT bäcken skickad.", "DT bäcken: avslutad remiss, pat har inte svarat på kallelsen."),
    ("sv", "Remiss MR backen skickad.", "MR backen: remissen avskrevs da pat inte svarat pa kallelse."),
]


@pytest.mark.parametrize("language,request_text,followup", CLOSED_REFERRALS,
                         ids=[f"{c[0]}-{c[2][:45]}" for c in CLOSED_REFERRALS])
def test_exams_phrasing_a_closed_referral_or_unanswered_letters_end_the_request(language, request_text, followup):
    case, exams = _case(language, ("2025-03-05", request_text), ("2025-04-20", followup))
    assert case == ("true", "ordered")
    assert {e[2] for e in exams} == {"not_performed"}


@pytest.mark.parametrize("language,text,status", [
    # look-alikes: a closed reduction, a treatment that failed, a request still open
    ("en", "Closed reduction was not needed. MRI pelvis requested.", "requested"),
    ("en", "Did not respond to analgesia; MRI pelvis requested.", "requested"),
    ("sv", "MR bäcken visade ramusfraktur; pat har inte svarat på smärtbehandlingen.", "performed"),
    ("sv", "Remiss MR bäcken skickad, kallelse kommer per post.", "requested"),
])
def test_exams_phrasing_closing_and_not_responding_about_something_else_leave_the_exam(language, text, status):
    _, exams = _case(language, ("2025-03-05", text))
    assert [e[2] for e in exams if e[1] == "pelvis"] == [status]


JUDGED_NEEDLESS = [
    ("en", "An MRI of the pelvis would not change management, so it has not been requested."),
    ("en", "No indication for CT pelvis at present."),
    ("en", "MRI pelvis not ordered as it would not alter the treatment plan."),
    ("sv", "Ingen indikation för MR bäcken i nuläget, då den inte skulle påverka handläggningen."),
    ("sv", "Ingen klinisk indikation for DT backen da fyndet inte paverkar handlaggningen."),
    ("sv", "MR bäcken bedöms inte påverka behandlingen."),
]


@pytest.mark.parametrize("language,text", JUDGED_NEEDLESS, ids=[f"{c[0]}-{c[1][:45]}" for c in JUDGED_NEEDLESS])
def test_exams_phrasing_no_indication_or_no_change_in_management_is_no_order(language, text):
    case, exams = _case(language, ("2025-03-05", text))
    assert case == ("true", "radiograph_only")
    assert [e[2] for e in exams] == ["not_performed"]


@pytest.mark.parametrize("language,text", [
    # look-alikes: an indication stated, a request not yet made
    ("en", "MRI pelvis has not been requested yet; will request today."),
    ("en", "There is an indication for MRI pelvis; requested."),
    ("sv", "Indikation för MR bäcken föreligger, remiss skickad."),
    ("sv", "MR bäcken skulle kunna klargöra om sakrum är skadat."),
])
def test_exams_phrasing_an_indication_or_a_request_still_to_come_is_an_order(language, text):
    case, _ = _case(language, ("2025-03-05", text))
    assert case == ("true", "ordered")


PARTIAL_FIELDS = [
    # the sacrum only on localiser or scout images
    ("en", "MRI lumbar spine", "FINDINGS: L2 compression fracture. The sacrum, seen on the localiser images only, is "
     "unremarkable.", False),
    ("en", "MRI lumbar spine", "FINDINGS: L2 compression fracture. Sacrum unremarkable on the scout images.", False),
    ("sv", "MR ländrygg", "Fynd: Kotkompression L2. Sakrum ses endast på översiktsbilderna, där utan patologi.",
     False),
    ("sv", "MR landrygg", "Fynd: Kotkompression L2. Sakrum ua pa lokaliseringsbilderna.", False),
    # a field of view that ends at a sacral level
    ("en", "CT lumbar spine", "FINDINGS: L4 compression fracture. The scan extends only to S2; the included sacrum "
     "is intact.", False),
    ("en", "MRI lumbar spine", "FINDINGS: Imaged from T12 to S2. No sacral edema.", False),
    ("sv", "DT ländrygg", "Fynd: Kompressionsfraktur L3. Undersökningen sträcker sig ned till S2, sakrum i övrigt "
     "ua.", False),
    ("sv", "MR landrygg", "Fynd: Undersokningen omfattar Th12-S1. Sakrum utan odem.", False),
    # look-alikes: a coronal STIR over the sacrum, a disc level that names S1
    ("en", "MRI lumbar spine", "TECHNIQUE: Sagittal T1, T2, STIR; coronal STIR through the sacrum.\nFINDINGS: No "
     "marrow edema in the sacrum.", True),
    ("sv", "MR ländrygg", "Teknik: Sagittala T1, T2 och STIR samt koronar STIR över sakrum.\nFynd: Inget ödem i "
     "sakrum eller SI-lederna.", True),
    ("en", "MRI lumbar spine", "FINDINGS: Disc protrusion at L5-S1. The sacrum is unremarkable.", True),
    ("sv", "MR ländrygg", "Fynd: Diskbråck L5-S1. Sakrum utan anmärkning.", True),
]


@pytest.mark.parametrize("language,exam,text,covers", PARTIAL_FIELDS, ids=[f"{c[0]}-{c[2][:50]}" for c in PARTIAL_FIELDS])
def test_exams_phrasing_a_sacrum_seen_on_localisers_or_cut_at_a_sacral_level_is_not_covered(language, exam, text,
                                                                                           covers):
    found = scan(_notes([("n1", DAY, "radiology", exam, f"{exam.upper()}\n{text}", language)])).exams
    own = found[found["region"] == "lumbar_spine"]
    assert own[["status", "covers_sacrum"]].values.tolist() == [["performed", covers]]


@pytest.mark.parametrize("language,exam,text", [
    ("en", "CT abdomen", "CT ABDOMEN WITH CONTRAST (PELVIS INCLUDED)\nFINDINGS: No free fluid. The sacrum is intact."),
    ("en", "CT", "CT OF THE ABDOMEN INCLUDING THE PELVIS\nFINDINGS: No free fluid. No fracture."),
    ("sv", "DT buk", "DT BUK MED KONTRAST\nFynd: Ingen fri vätska. Skelettet i bäckenet utan fraktur."),
    ("sv", "DT", "DT BUK INKL. BÄCKEN\nFynd: Ingen fri vatska. Ingen fraktur."),
])
def test_exams_phrasing_an_abdominal_ct_that_includes_the_pelvis_covers_the_sacrum(language, exam, text):
    found = scan(_notes([("n1", DAY, "radiology", exam, text, language)])).exams
    assert found[["region", "status", "covers_sacrum"]].values.tolist() == [["abdomen_pelvis", "performed", True]]


@pytest.mark.parametrize("language,request_text,exam,report", [
    ("en", "CT pelvis requested.", "CT abdomen", "CT ABDOMEN WITH CONTRAST\nFINDINGS: Gallstones. The pelvis is not "
     "included in this examination."),
    ("en", "MRI pelvis requested.", "MRI brain", "MRI BRAIN\nFINDINGS: Small vessel disease. No acute infarct."),
    ("sv", "Remiss DT bäcken skickad.", "DT thorax", "DT THORAX\nFynd: Inga lungembolier."),
    ("sv", "Remiss MR backen skickad.", "MR hjarna", "MR HJARNA\nFynd: Inga tecken till blodning."),
])
def test_exams_phrasing_a_report_of_another_body_part_leaves_the_pelvic_request_open(language, request_text, exam,
                                                                                    report):
    rows = [("n0", *RAMUS[language], language), ("n1", "2025-03-05", "clinical", "", request_text, language),
            ("n2", "2025-03-10", "radiology", exam, report, language)]
    result = scan(_notes(rows))
    case = result.cases.iloc[0]
    assert (case.flagged, case.workup) == ("true", "ordered")


@pytest.mark.parametrize("language,exam,report", [
    # look-alikes: an exam column naming only the modality, or the modality and contrast, is the requested study
    ("en", "MRI", "MRI PELVIS\nFINDINGS: No sacral fracture."),
    ("en", "MRI with contrast", "MRI WITH CONTRAST\nFINDINGS: No sacral fracture."),
    ("sv", "MR", "MR BÄCKEN\nFynd: Ingen sakrumfraktur."),
    ("sv", "DT med kontrast", "DT MED KONTRAST\nFynd: Ingen sakrumfraktur."),
])
def test_exams_phrasing_a_report_naming_only_its_modality_answers_the_request(language, exam, report):
    ordered = {"en": "MRI pelvis requested.", "sv": "Remiss MR bäcken skickad."}[language]
    if exam.startswith("DT"):
        ordered = "Remiss DT bäcken skickad."
    rows = [("n0", *RAMUS[language], language), ("n1", "2025-03-05", "clinical", "", ordered, language),
            ("n2", "2025-03-10", "radiology", exam, report, language)]
    case = scan(_notes(rows)).cases.iloc[0]
    assert (case.flagged, case.workup) == ("false", "mri" if exam.startswith("M") else "ct")


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Her MRI of the pelvis showed the healing left inferior pubic ramus fracture and no sacral fracture.",
     {"pubic_ramus_fracture": "present", "sacral_fracture": "negated"}),
    ("en", "Right superior pubic ramus fracture, and no fracture of the sacrum.",
     {"pubic_ramus_fracture": "present", "sacral_fracture": "negated"}),
    ("sv", "Ramus superior hö med fraktur och ingen fraktur i sakrum.",
     {"pubic_ramus_fracture": "present", "sacral_fracture": "negated"}),
    ("sv", "Sakrum med fraktur och ingen fraktur i ramus.",
     {"sacral_fracture": "present", "pubic_ramus_fracture": "negated"}),
])
def test_exams_phrasing_a_finding_coordinated_with_a_negated_one_stays_present(language, text, expected):
    found = scan(_notes([("n1", DAY, "clinical", "", text, language)])).mentions
    got = {c: found[found["concept"] == c]["assertion"].tolist() for c in expected}
    assert got == {c: [a] for c, a in expected.items()}


@pytest.mark.parametrize("language,text,osteoporosis", [
    ("sv", "Osteoporosmottagningen\nBedömning: Kotkompression Th12.", []),
    ("sv", "Osteoporoskliniken, återbesök.\nBedömning: Kotkompression Th12.", []),
    ("sv", "Osteoporosmottagningen\nDiagnos: Osteoporos. Kotkompression Th12.", ["present"]),
    ("sv", "Bedomning: Osteoporotisk kotkompression Th12.", ["present"]),
    ("en", "Osteoporosis clinic\nAssessment: T12 compression fracture.", []),
    ("en", "Seen by the osteoporosis nurse today. T12 compression fracture.", []),
    ("en", "Osteoporosis clinic\nDiagnosis: osteoporosis. T12 compression fracture.", ["present"]),
])
def test_exams_phrasing_a_clinic_named_after_osteoporosis_is_no_diagnosis(language, text, osteoporosis):
    found = scan(_notes([("n1", DAY, "clinical", "", text, language)])).mentions
    assert found[found["concept"] == "osteoporosis"]["assertion"].tolist() == osteoporosis


ROUND_SIX_STATUSES = [
    # struck off or removed from the waiting list: not performed
    ("en", "She was removed from the MRI pelvis waiting list.", "not_performed"),
    ("en", "MRI pelvis: taken off the list after she moved out of area.", "not_performed"),
    ("sv", "MR bäcken struken från väntelistan.", "not_performed"),
    ("sv", "MR backen avford fran vantelistan da pat flyttat.", "not_performed"),
    ("sv", "MR bäcken utgår då pat inte vill.", "not_performed"),
    # rebooked, or to be done later: requested
    ("en", "The MRI pelvis slot was given to an emergency; to be rebooked.", "requested"),
    ("en", "MRI pelvis re-booked for next week.", "requested"),
    ("en", "MRI pelvis can be done as an outpatient.", "requested"),
    ("sv", "MR bäcken ombokas till nästa vecka.", "requested"),
    ("sv", "MR bäcken får göras polikliniskt efter utskrivning.", "requested"),
    ("sv", "MR backen far goras polikliniskt.", "requested"),
    # done, its result to follow: performed
    ("en", "MRI pelvis today, result to follow.", "performed"),
    ("en", "CT pelvis this morning, report to come.", "performed"),
    ("sv", "MR bäcken idag, svar följer.", "performed"),
    ("sv", "DT backen gjord idag, svaret droejer.", "performed"),
    # look-alikes: a list of something else, a study that cannot be done, pain that starts somewhere
    ("sv", "MR bäcken kan inte göras pga pacemaker.", "not_performed"),
    ("sv", "MR bäcken visade ödem som utgår från sakrum.", "performed"),
    ("en", "MRI pelvis requested; warfarin taken off the medication list.", "requested"),
]


@pytest.mark.parametrize("language,text,status", ROUND_SIX_STATUSES, ids=[f"{c[0]}-{c[1][:45]}" for c in ROUND_SIX_STATUSES])
def test_exams_phrasing_struck_off_rebooked_later_or_result_to_follow(language, text, status):
    _, exams = _case(language, ("2025-03-05", text))
    assert [e[2] for e in exams if e[1] == "pelvis"] == [status]


@pytest.mark.parametrize("language,exam,text,covers", [
    ("en", "MRI whole spine", "MRI WHOLE SPINE\nFINDINGS: T12 compression fracture. The sacrum and SI joints are "
     "normal.", True),
    ("en", "MRI entire spine", "MRI ENTIRE SPINE\nFINDINGS: T12 compression fracture.", False),
    ("sv", "MR hela ryggen", "MR HELA RYGGEN\nFynd: Kotkompression Th12. Sakrum och SI-leder ua.", True),
    ("sv", "MR helrygg", "MR HELRYGG\nFynd: Kotkompression Th12.", False),
])
def test_exams_phrasing_a_whole_spine_study_is_a_spine_study(language, exam, text, covers):
    found = scan(_notes([("n1", DAY, "radiology", exam, text, language)])).exams
    assert found[["region", "status", "covers_sacrum"]].values.tolist() == [["lumbar_spine", "performed", covers]]


@pytest.mark.parametrize("language,exam,report", [
    ("sv", "MR bäcken", "MR BÄCKEN\nUndersökningen ej genomförd då patienten har pacemaker."),
    ("sv", "MR backen", "MR BACKEN\nUndersokningen ej utford, pat kom inte."),
    ("en", "MRI pelvis", "MRI PELVIS\nExamination not performed. The scan was abandoned."),
    ("en", "CT pelvis", "CT PELVIS\nThe examination was not performed."),
])
def test_exams_phrasing_a_report_of_its_own_exam_not_done_leaves_an_order(language, exam, report):
    rows = [("n0", *RAMUS[language], language), ("n1", "2025-03-10", "radiology", exam, report, language)]
    case = scan(_notes(rows)).cases.iloc[0]
    assert (case.flagged, case.workup) == ("true", "ordered")


NEGATED_COORDINATIONS = [
    ("en", "No CT or MRI of the pelvis has been done.", ["not_performed", "not_performed"]),
    ("en", "Neither CT nor MRI of the pelvis was performed during this admission.", ["not_performed", "not_performed"]),
    ("sv", "Ingen DT eller MR av bäckenet har gjorts.", ["not_performed", "not_performed"]),
    ("sv", "Varken DT eller MR backen har utforts.", ["not_performed", "not_performed"]),
    # look-alikes: the negation is of a fracture, and the exams were done
    ("en", "Neither CT nor MRI showed a sacral fracture.", ["performed", "performed"]),
    ("en", "No fracture is seen on the CT or MRI that was performed.", ["performed", "performed"]),
    ("sv", "Varken DT eller MR visade någon sakrumfraktur.", ["performed", "performed"]),
    ("sv", "Ingen fraktur på DT och MR som gjorts.", ["performed", "performed"]),
]


@pytest.mark.parametrize("language,text,statuses", NEGATED_COORDINATIONS,
                         ids=[f"{c[0]}-{c[1][:45]}" for c in NEGATED_COORDINATIONS])
def test_exams_phrasing_a_negated_pair_of_exams_was_not_done(language, text, statuses):
    _, exams = _case(language, ("2025-03-05", text))
    assert [e[2] for e in exams] == statuses


@pytest.mark.parametrize("language,text", [
    ("en", "MRI pelvis was attempted but unsuccessful."),
    ("en", "Failed attempt at MRI pelvis due to claustrophobia."),
    ("sv", "Försök till MR bäcken misslyckades pga oro."),
    ("sv", "MR backen forsoktes men misslyckades."),
])
def test_exams_phrasing_a_failed_attempt_was_not_performed(language, text):
    case, exams = _case(language, ("2025-03-05", text))
    assert case == ("true", "ordered")
    assert [e[2] for e in exams] == ["not_performed"]


@pytest.mark.parametrize("language,first,second,workup", [
    # an outside study under review, then reviewed
    ("en", "Outside CT pelvis images uploaded to PACS; formal review pending.",
     "Formal review of the outside CT pelvis: no sacral fracture.", "ct"),
    ("sv", "Extern DT bäcken inhämtad, eftergranskning pågår.", "Eftergranskning av extern DT bäcken: ingen "
     "sakrumfraktur.", "ct"),
    # a study named by a relative clause of its doing is the requested one
    ("en", "MRI pelvis requested.", "No fracture on the MRI that was done last week.", "mri"),
    ("sv", "MR bäcken beställd.", "Ingen fraktur på MR som gjorts.", "mri"),
    ("sv", "MR backen bestalld.", "Ingen fraktur pa MR som gjorts.", "mri"),
])
def test_exams_phrasing_an_outside_study_reviewed_or_one_named_by_its_doing_is_a_workup(language, first, second,
                                                                                      workup):
    case, _ = _case(language, ("2025-03-05", first), ("2025-03-20", second))
    assert case == ("false", workup)


@pytest.mark.parametrize("language,text,assertion", [
    ("sv", "Status: Smärtfri i ländryggen sedan en vecka.", ["negated"]),
    ("sv", "Smartfri i landryggen sedan i fredags.", ["negated"]),
    ("sv", "Besvärsfri i ländryggen.", ["negated"]),
    ("en", "Pain-free in the lower back since last week.", ["negated"]),
    ("en", "She is now free of low back pain.", ["negated"]),
    # look-alikes: pain-free at rest only, or elsewhere
    ("sv", "Smärtfri i vila men ont i ländryggen vid gång.", ["present"]),
    ("en", "Pain-free at rest but low back pain on walking.", ["present"]),
])
def test_exams_phrasing_a_low_back_that_is_pain_free_has_no_pain(language, text, assertion):
    assert _assertions(text, language, "low_back_pain") == assertion


@pytest.mark.parametrize("language,text,concept", [
    ("sv", "Sakral insuff.fraktur bilat.", "sacral_fracture"),
    ("sv", "Insuff.fraktur i sakrum bilat.", "sacral_fracture"),
    ("sv", "Kompr.fx L1 enl rtg.", "vertebral_compression_fracture"),
    ("sv", "Komprfx Th12.", "vertebral_compression_fracture"),
    ("en", "L1 compr fx on x-ray.", "vertebral_compression_fracture"),
    ("en", "Sacral insuff fx bilaterally.", "sacral_fracture"),
])
def test_exams_phrasing_an_abbreviated_compound_names_the_fracture(language, text, concept):
    assert _assertions(text, language, concept) == ["present"]


@pytest.mark.parametrize("language,request_text,followup,modality", [
    ("en", "MRI pelvis booked for 3/10.", "Had her MRI this morning, report awaited.", "mri"),
    ("en", "CT pelvis requested.", "Her CT yesterday showed no sacral fracture.", "ct"),
    ("sv", "MR bäcken bokad till 10/3.", "Pat gjorde sin MR i morse, svar inväntas.", "mri"),
    ("sv", "Remiss DT bäcken skickad.", "DT igår visade ingen sakrumfraktur.", "ct"),
    ("sv", "Remiss DT backen skickad.", "DT igar visade ingen sakrumfraktur.", "ct"),
])
def test_exams_phrasing_a_follow_up_naming_only_a_time_is_the_requested_study(language, request_text, followup,
                                                                             modality):
    case, exams = _case(language, ("2025-03-05", request_text), ("2025-03-20", followup))
    assert case == ("false", modality)
    assert exams[-1][0] == modality and exams[-1][1] in ("pelvis", "sacrum") and exams[-1][2] == "performed"


ROUND_SIX_FATES = [
    # did not come, never went
    ("en", "MRI pelvis ordered by her PCP but she never went.", "not_performed", "ordered"),
    ("en", "She never went for the MRI pelvis.", "not_performed", "ordered"),
    ("sv", "MR bäcken: pat kom ej.", "not_performed", "ordered"),
    ("sv", "MR backen bokad men pat kom inte.", "not_performed", "ordered"),
    # the patient's own wish
    ("en", "MRI pelvis was not obtained due to patient preference.", "not_performed", "ordered"),
    ("en", "MRI pelvis not done per patient wishes.", "not_performed", "ordered"),
    ("sv", "MR bäcken ej gjord på patientens egen begäran.", "not_performed", "ordered"),
    ("sv", "MR backen ej aktuell enligt patientens onskemal.", "not_performed", "ordered"),
    # nobody knows whether it was done: no workup, no order
    ("en", "Unclear whether an MRI of the pelvis was ever done.", "not_performed", "radiograph_only"),
    ("en", "No record of an MRI pelvis in the chart.", "not_performed", "radiograph_only"),
    ("sv", "Oklart om MR bäcken har gjorts.", "not_performed", "radiograph_only"),
    ("sv", "Ingen uppgift om att DT backen har gjorts.", "not_performed", "radiograph_only"),
    # on hold: still requested
    ("en", "MRI pelvis was held as she is now comfort care.", "requested", "ordered"),
    # look-alikes: a finding unclear on a done study; the patient came
    ("en", "MRI pelvis done; unclear whether the sacral signal is a fracture.", "performed", "mri"),
    ("sv", "MR bäcken gjord, pat kom i tid.", "performed", "mri"),
]


@pytest.mark.parametrize("language,text,status,workup", ROUND_SIX_FATES, ids=[f"{c[0]}-{c[1][:45]}" for c in ROUND_SIX_FATES])
def test_exams_phrasing_never_went_own_wish_unknown_or_held(language, text, status, workup):
    case, exams = _case(language, ("2025-03-05", text))
    assert [e[2] for e in exams if e[1] in ("pelvis", "sacrum")] == [status]
    assert case[1] == workup


@pytest.mark.parametrize("language,text,date", [
    ("en", "Status post MRI pelvis 3/3 which was negative.", "2025-03-03"),
    ("en", "MRI pelvis (2/20): no sacral fracture.", "2025-02-20"),
    ("sv", "MR bäcken 3/2 ua.", "2025-02-03"),
    ("sv", "MR backen (20/2): ingen sakrumfraktur.", "2025-02-20"),
    # look-alikes: a proportion after a verb, a booking's future day
    ("en", "MRI pelvis showed 2/3 height loss of S1.", "2025-03-05"),
    ("sv", "MR bäcken bokad till 20/3.", "2025-03-05"),
])
def test_exams_phrasing_a_short_date_right_after_a_done_exams_name_dates_it(language, text, date):
    _, exams = _case(language, ("2025-03-05", text))
    assert [e[3] for e in exams if e[1] == "pelvis"] == [date]


@pytest.mark.parametrize("language,exam,text,covers", [
    ("sv", "MR ländrygg", "Fynd: Kotkompression L2. Sakrum avbildas delvis, ua.", False),
    ("sv", "MR landrygg", "Fynd: Kotkompression L2. Sakrum delvis avbildat, utan odem.", False),
    ("en", "MRI lumbar spine", "FINDINGS: L2 compression fracture. Limited views of the sacrum are unremarkable.", False),
    ("en", "MRI lumbar spine", "FINDINGS: L2 compression fracture. Partial coverage of the sacrum; no edema.", False),
    # look-alikes: the sacral wings named in the plural, the sacrum included and read
    ("sv", "MR ländrygg", "Fynd: Kotkompression L2. Normal signal i sakralvingarna.", True),
    ("sv", "MR ländrygg", "Fynd: Kotkompression L2. Sakrum och SI-leder inkluderade, ua.", True),
    ("en", "MRI lumbar spine", "FINDINGS: L2 compression fracture. The sacral alae are normal in signal.", True),
])
def test_exams_phrasing_a_sacrum_imaged_in_part_is_not_covered(language, exam, text, covers):
    found = scan(_notes([("n1", DAY, "radiology", exam, f"{exam.upper()}\n{text}", language)])).exams
    assert found[["region", "status", "covers_sacrum"]].values.tolist() == [["lumbar_spine", "performed", covers]]


@pytest.mark.parametrize("language,text,covers", [
    ("sv", "DT ländrygg utan sakrum visade kompression L2.", False),
    ("sv", "MR ländrygg exkl sakrum: kompression L2.", False),
    ("sv", "MR landrygg exklusive korsbenet: kompression L2.", False),
    ("en", "CT lumbar spine excluding the sacrum showed an L2 compression.", False),
    ("en", "Lumbar MRI without the sacrum: L2 compression.", False),
    # look-alikes: a pelvic study without a sacral fracture covers the sacrum
    ("sv", "DT bäcken utan sakrumfraktur.", True),
    ("sv", "DT bäcken: fraktur i ramus, utan sakrum-fraktur.", True),
    ("en", "CT pelvis without sacral fracture.", True),
    ("en", "CT pelvis: ramus fracture without sacrum fracture.", True),
])
def test_exams_phrasing_a_study_named_without_the_sacrum_does_not_cover_it(language, text, covers):
    exams = scan(_notes([("n1", DAY, "clinical", "", text, language)])).exams
    assert exams[["status", "covers_sacrum"]].values.tolist() == [["performed", covers]]


@pytest.mark.parametrize("language, text", [
    ("en", "MRI could not be performed due to claustrophobia despite sedation."),
    ("en", "MRI pelvis abandoned because of pain despite IV sedation."),
    ("sv", "MR kunde inte genomföras på grund av smärta trots lugnande."),
    ("sv", "MR bäcken avbröts pga klaustrofobi trots sedering."),
])
def test_a_refusal_whose_reason_names_sedation_is_still_the_exams(language, text):
    # "sedation" after the reason does not make the refusal sedation's ("declined sedation" would)
    r = one_note(text, language)
    assert list(r.exams["status"]) == ["not_performed"]


@pytest.mark.parametrize("language, text", [
    ("en", "Discussed with radiology who agreed to an urgent MRI pelvis."),
    ("en", "Radiology has accepted the request; MRI pelvis to be booked."),
    ("sv", "Diskuterat med röntgenläkare som accepterar akut MR bäcken."),
    ("sv", "DT bäcken om smärtan kvarstår."),
    ("sv", "MR bäcken ifall besvären inte släpper."),
])
def test_an_accepted_or_conditional_exam_is_requested(language, text):
    r = one_note(text, language)
    assert list(r.exams["status"]) == ["requested"]


@pytest.mark.parametrize("language, text", [
    ("sv", "Röntgenläkare avslår remissen om MR bäcken."),
    ("sv", "Remissen om MR bäcken avslås av röntgen."),
    ("en", "MRI pelvis not felt necessary."),
    ("en", "MRI pelvis was not thought to be indicated by the orthopaedic team."),
])
def test_a_rejected_or_unneeded_exam_is_not_performed(language, text):
    r = one_note(text, language)
    assert list(r.exams["status"]) == ["not_performed"]


@pytest.mark.parametrize("language, text, expected", [
    ("sv", "MR bäcken, frågeställning sakrumfraktur.", ["requested"]),  # its purpose after a comma: a plan
    ("sv", "MR bäcken, fst sakrumfraktur.", ["requested"]),
    ("en", "CT pelvis, r/o sacral fracture.", ["requested"]),
    ("en", "CT pelvis, no fracture.", ["performed"]),  # a result after the comma: done
    ("sv", "DT bäcken, ingen fraktur.", ["performed"]),
])
def test_a_clinical_notes_exam_with_its_purpose_after_a_comma_is_a_plan(language, text, expected):
    assert list(one_note(text, language).exams["status"]) == expected


@pytest.mark.parametrize("language, text, region", [
    ("sv", "MR bäcken för att utesluta sakral insufficiensfraktur.", "pelvis"),  # the exam's own region
    ("en", "MRI pelvis to rule out sacral fracture.", "pelvis"),
    ("sv", "MR bäcken pga misstänkt sakral fraktur.", "pelvis"),
    ("en", "MRI to rule out sacral fracture.", "sacrum"),  # no region of its own: its purpose says where
    ("sv", "MR ländrygg för att bedöma sakrum.", "lumbar_spine"),
])
def test_an_exams_region_is_the_one_named_before_its_purpose(language, text, region):
    assert list(one_note(text, language).exams["region"]) == [region]


@pytest.mark.parametrize("language, text", [
    ("sv", "Önskas: rtg LWS mtp kompressionsfraktur."),
    ("sv", "Önskemål: MR bäcken."),
    ("en", "Requested: MRI pelvis ?sacral fracture."),
])
def test_a_request_written_as_a_field_is_requested(language, text):
    # "Önskas:", "Requested:" ask for the exam after the colon (the colon ends no scope here)
    assert list(one_note(text, language).exams["status"]) == ["requested"]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "MRI pelvis once she is able to lie flat.", ["requested"]),  # a plan waiting on her
    ("sv", "MR bäcken när hon kan ligga plant.", ["requested"]),
    ("en", "MRI pelvis was done when she was able to lie flat.", ["performed"]),  # done, in the past
    ("sv", "MR bäcken gjordes när hon kunde ligga still.", ["performed"]),
])
def test_an_exam_waiting_on_the_patient_is_a_plan(language, text, expected):
    assert list(one_note(text, language).exams["status"]) == expected


def test_a_refusal_because_she_feels_better_stays_a_refusal():
    # "då hon mår bättre" gives the reason (since), not a time to come (when)
    text = "Pat har avböjt MR bäcken, vill inte genomgå undersökningen då hon mår bättre."
    assert list(one_note(text, "sv").exams["status"]) == ["not_performed"]


@pytest.mark.parametrize("text, status", [
    ("Skelettskint visar upptag i sakrum.", "performed"),
    ("Skintigrafi av skelettet planeras.", "requested"),
    ("Skelettskintigrafin visade hondatecken.", "performed"),
])
def test_a_bone_scan_spelled_with_k_is_a_scintigraphy(text, status):
    assert statuses(text, "sv", "scintigraphy") == [status]

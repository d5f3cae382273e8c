"""Swedish wording families found by the ninth round's outside-author notes (tests/data/outside9/sv): orthopaedic
letters, ward rounds, nuclear-medicine, DXA and multi-region CT reports, addenda and rehabilitation notes. Each
family by at least two differently worded sentences, with and without å/ä/ö, and its look-alikes."""
from __future__ import annotations

import pytest

from .phrasing import assertions, flag_and_workup, notes_table, one_note
from reportminer.pipeline import scan


def _scan(text: str, note_type: str = "clinical", exam: str = ""):
    return one_note(text, "sv", note_type, exam)


def _assertions(text: str, concept: str, note_type: str = "clinical") -> list[str]:
    return assertions(text, "sv", concept, note_type)


def _case(text: str) -> tuple[str, str]:
    cases = _scan(text).cases
    row = cases.iloc[0]
    return str(row["flagged"]).lower(), row["workup"]


# --- "med tanke på" / "mtp" a fracture after a requested exam: what the exam is to look for --------------------------
PURPOSE_OF_REQUEST = [
    "Kompletterande MR bäcken rekommenderas med tanke på sakral insufficiensfraktur.",
    "Remiss MR backen med tanke pa sakrumfraktur.",
    "DT bäcken beställs mtp insufficiensfraktur i sakrum.",
    "Skelettscintigrafi planeras med tanke på fraktur i korsbenet.",
    "Plan: MR bäcken avseende sakral insufficiensfraktur.",
    "Plan: MR backen ang. sakrumfraktur.",
    "MR bäcken för att bekräfta sakral insufficiensfraktur.",
    "DT backen for att verifiera sakrumfraktur.",
]


@pytest.mark.parametrize("text", PURPOSE_OF_REQUEST)
def test_outside9_sv_a_fracture_the_requested_exam_is_to_look_for_is_asked(text):
    assert _assertions(text, "sacral_fracture") == ["hypothetical"]


@pytest.mark.parametrize("text", PURPOSE_OF_REQUEST[:2])
def test_outside9_sv_a_purpose_leaves_the_fracture_undocumented_and_the_exam_ordered(text):
    flagged, workup = _case("Ramusfraktur hö efter fall. " + text)
    assert (flagged, workup) == ("true", "ordered")


@pytest.mark.parametrize("text,concept,expected", [
    # before the request, "med tanke på" gives the reason: a known finding stays present
    ("Med tanke på sakrumfrakturen beställs DT bäcken.", "sacral_fracture", "present"),
    ("Med tanke pa kand osteoporos bestalls DT backen.", "osteoporosis", "present"),
    # a symptom is no question of the exam: the pain is there
    ("MR bäcken beställs med tanke på smärtan i korsryggen.", "low_back_pain", "present"),
    ("MR backen bestalls med tanke pa smartan i landryggen.", "low_back_pain", "present"),
    # "avseende" a known fracture with no exam before it is no question
    ("Information till pat avseende ramusfrakturen.", "pubic_ramus_fracture", "present"),
])
def test_outside9_sv_a_reason_before_the_request_or_a_symptom_stays_present(text, concept, expected):
    assert _assertions(text, concept) == [expected]


# --- the sacrum first of a list without a fracture ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Sakrum, SI-leder och acetabula utan frakturlinje.",
    "Sakrum, SI-lederna och hoftlederna utan fraktur.",
    "Sakrum, SI-lederna och acetabula utan tecken till fraktur.",
])
def test_outside9_sv_a_sacrum_listed_as_normal_is_a_negated_sacral_fracture(text):
    assert _assertions(text, "sacral_fracture") == ["negated"]


@pytest.mark.parametrize("text", ["Sakrum, SI-leder och acetabula: fraktur i vä sakrumvinge.",
                                  "Fraktur i hö sakrumvinge, SI-lederna och höftlederna utan anmärkning."])
def test_outside9_sv_a_sacral_fracture_beside_a_normal_list_stays_present(text):
    assert "present" in _assertions(text, "sacral_fracture")


# --- a negated survey of the spine over a longer subject or a list of regions ----------------------------------------
@pytest.mark.parametrize("text", [
    "Kotkropparna i bröst- och ländrygg har bevarad höjd.",
    "Kotkropparna i brost- och landrygg har bevarad hojd.",
    "Kotorna i ländryggen är av normal höjd.",
    "Skelett: inga frakturer i bäckenet eller ländryggen.",
    "Inga frakturer i backenet eller landryggen.",
    "Vid eftergranskning är höjden av L4 oförändrad.",
    "Hojden av L4 ar oforandrad jamfort med 2021.",
    "Oförändrad höjd av L4.",
    "Oförändrad kothöjd i L2.",
])
def test_outside9_sv_kept_heights_and_no_fracture_of_the_spine_are_negated(text):
    assert _assertions(text, "vertebral_compression_fracture") == ["negated"]


@pytest.mark.parametrize("text", ["Kompressionen av L1 är oförändrad.", "Oförändrad kompression av L2.",
                                  "Kand kotkompression L1, oforandrad sedan forra undersokningen.",
                                  # an unchanged loss of height is a kept compression, not a kept height
                                  "Oförändrad höjdreduktion av L1.", "Oforandrad hojdminskning av Th12."])
def test_outside9_sv_an_unchanged_compression_stays_present(text):
    assert _assertions(text, "vertebral_compression_fracture") == ["present"]


# --- a fracture of a vertebral level ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Går igenom MR-fynden: färsk fraktur i L1 som förklarar smärtan.", "present"),
    ("Farsk fraktur av L2 med odem.", "present"),
    ("Ingen fraktur i L1.", "negated"),
])
def test_outside9_sv_a_fracture_of_a_vertebral_level_is_a_vertebral_fracture(text, expected):
    assert _assertions(text, "vertebral_compression_fracture") == [expected]


def test_outside9_sv_a_transverse_process_fracture_is_no_vertebral_compression():
    assert _assertions("Tvärutskottsfraktur i L1 vänster.", "vertebral_compression_fracture") == []


# --- pain low in the back after another site --------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Smärta VAS 6 i vä ljumske och lågt i ryggen.", ["present"]),
    ("Smarta i hoger ljumske och lagt i ryggen vid gang.", ["present"]),
    ("Smärta i ljumsken, ingen smärta lågt i ryggen.", ["negated"]),
])
def test_outside9_sv_pain_low_in_the_back_after_another_site(text, expected):
    assert _assertions(text, "low_back_pain") == expected


# --- a compound ending in -misstänkt hedges its first part -----------------------------------------------------------
@pytest.mark.parametrize("text,concept", [
    ("Ny osteoporosmisstänkt kompressionsfraktur L1.", "osteoporosis"),
    ("Osteoporosmisstankt kotkompression Th12.", "osteoporosis"),
    ("Frakturmisstänkt förändring i vänster sakrumvinge.", "sacral_fracture"),
])
def test_outside9_sv_a_misstankt_compound_is_suspected(text, concept):
    assert _assertions(text, concept) == ["uncertain"]


# --- an exam discussed at a round: weighed, then not done (an order) or judged needless (none) ------------------------
@pytest.mark.parametrize("text", [
    "Ramusfraktur hö. DT bäcken diskuterades på ronden pga smärta mot skinkan men blev aldrig utförd.",
    "Ramusfraktur ho. DT backen diskuterades pa ronden men blev aldrig utford.",
])
def test_outside9_sv_an_exam_discussed_and_never_done_stays_an_order(text):
    assert _case(text) == ("true", "ordered")
    assert _scan(text).exams["status"].tolist() == ["not_performed"]


@pytest.mark.parametrize("text", [
    "Ramusfraktur hö. MR bäcken diskuterades men bedömdes inte nödvändig.",
    "Ramusfraktur ho. MR backen diskuterades men bedomdes inte nodvandig.",
    "Ramusfraktur hö. Behandlingen blir densamma oavsett, varför MR bäcken inte bedömts nödvändig.",
    "Ramusfraktur ho. MR backen anses onodig.",
])
def test_outside9_sv_an_exam_judged_needless_is_no_order(text):
    assert _case(text) == ("true", "none")
    assert _scan(text).exams["status"].tolist() == ["not_performed"]


def test_outside9_sv_discussed_with_someone_is_no_weighing_of_an_exam():
    # "diskuterat med röntgenjouren" is a talk with a person; the day it names requests the exam
    text = "Ramusfraktur hö. Diskuterat med röntgenjouren, MR bäcken i morgon."
    exams = _scan(text).exams
    assert exams[["modality", "status"]].values.tolist() == [["mri", "requested"]]


# --- the radiology department as an agent or a person is no radiograph ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Ramusfraktur hö. Remissen för MR bäcken returneras, röntgen önskar först en annan frågeställning.",
    "Ramusfraktur ho. Rontgen efterfragar mer information om MR backen.",
    "Ramusfraktur hö. Ringt röntgenjouren angående MR bäcken.",
])
def test_outside9_sv_the_radiology_department_is_no_radiograph(text):
    assert "radiograph" not in _scan(text).exams["modality"].tolist()


# --- a referral returned, in the present tense or a few words after "remissen" -------------------------------------
@pytest.mark.parametrize("text", [
    "Ramusfraktur hö. Remissen för MR bäcken returneras från röntgen.",
    "Ramusfraktur ho. Remissen avseende DT backen returnerades fran rontgen.",
])
def test_outside9_sv_a_returned_referral_is_withdrawn_and_leaves_an_order(text):
    exams = _scan(text).exams
    assert exams["status"].tolist() == ["not_performed"]
    assert _case(text) == ("true", "ordered")


# --- the sacrum outside the SPECT (or another named) field ----------------------------------------------------------
@pytest.mark.parametrize("exam,text", [
    ("NM SKELETTSCINT SPECT/CT LÄNDRYGG",
     "SKELETTSCINTIGRAFI MED SPECT/CT, LÄNDRYGG\n"
     "Aktiv fraktur L3. Sakrum ligger utanför SPECT-fältet och har inte bedömts."),
    ("NM SKELETTSCINT SPECT/CT LANDRYGG",
     "SKELETTSCINTIGRAFI MED SPECT/CT\nKompression L2. Sakrum ar utanfor SPECT-faltet."),
])
def test_outside9_sv_a_sacrum_outside_the_spect_field_is_not_covered(exam, text):
    exams = _scan(text, "radiology", exam).exams
    scint = exams[exams["modality"] == "scintigraphy"]
    assert scint["covers_sacrum"].tolist() == [False]


def test_outside9_sv_a_whole_body_scan_still_covers_the_sacrum():
    text = "SKELETTSCINTIGRAFI HELKROPP\nInga fokala upptag. Sakrum och SI-leder med normalt upptag."
    exams = _scan(text, "radiology", "Skelettscintigrafi helkropp").exams
    assert exams["covers_sacrum"].tolist() == [True]


# --- a year of birth is no exam date ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kvinna född 1938, vårdad för kotkompressioner Th10 och L1, konstaterade på rtg bröst- och ländrygg 1/2.",
    "Kvinna fodd 1938. Kotkompression L1 pa rtg landrygg.",
    "Pat f. 1941. Rtg ländrygg: kotkompression L1.",
])
def test_outside9_sv_a_birth_year_does_not_date_the_exam(text):
    # the note is of 2025-01-14 (tests/phrasing.py): the radiograph is recent, never of the patient's birth year
    dates = _scan(text).exams["date"].tolist()
    assert dates and all(d.year >= 2024 for d in dates)


def test_outside9_sv_a_dated_earlier_study_keeps_its_year():
    dates = _scan("Utredd med MR bäcken 2020, ua.").exams["date"].tolist()
    assert [d.year for d in dates] == [2020]


# --- a whole round-nine patient: lumbar CT without the sacrum, a recommended pelvic MRI never done --------------------
def test_outside9_sv_a_recommended_pelvic_mri_after_a_lumbar_ct_is_an_open_order():
    rows = [
        ("n1", "2023-05-08", "radiology", "DT LÄNDRYGG",
         "DT LÄNDRYGG\nFynd: Kompressionsfraktur av L2. Sakrum ingår inte i undersökningsområdet.\n"
         "Bedömning: Kompletterande MR bäcken rekommenderas med tanke på sakral insufficiensfraktur.", "sv"),
        ("n2", "2023-07-03", "outpatient", "",
         "Pat har inte fått någon kallelse till MR bäcken. Smärtan i ländryggen avklingar.", "sv"),
    ]
    result = scan(notes_table(rows))
    case = result.cases.iloc[0]
    assert (str(case["flagged"]).lower(), case["workup"], case["priority"]) == ("true", "ordered", "medium")
    sacral = result.mentions[result.mentions["concept"] == "sacral_fracture"]
    assert sacral["assertion"].tolist() == ["hypothetical"]


# --- a finding at the sacrum, then the hedged fracture after a comma or in a subordinate clause ----------------------
@pytest.mark.parametrize("text,expected", [
    ("Oregelbunden kontur i vä sakrumvinge, fraktur kan inte uteslutas.", "uncertain"),
    ("Oregelbunden kontur i va sakrumvinge, fraktur kan ej helt uteslutas.", "uncertain"),
    ("Sklerotisk linje i höger sakrumvinge, sannolikt fraktur.", "uncertain"),
    ("Asymmetri i sakrum där fraktur inte kan uteslutas.", "uncertain"),
    ("Asymmetri i sakrum dar fraktur inte helt kan uteslutas.", "uncertain"),
    ("Ökat upptag i vänster sakrumvinge, förenligt med fraktur.", "present"),
    ("Okat upptag i vanster sakrumvinge, talande for fraktur.", "present"),
    # look-alikes: an intact sacrum with the fracture excluded, a sacrum without fracture beside another fracture
    ("Sakrum intakt, fraktur kan uteslutas.", "negated"),
    ("Sakrum utan fraktur, ramusfraktur hö.", "negated"),
])
def test_outside9_sv_a_hedged_fracture_after_a_finding_at_the_sacrum(text, expected):
    assert _assertions(text, "sacral_fracture") == [expected]


@pytest.mark.parametrize("text", ["Oregelbunden kontur i vä sakrumvinge, fraktur kan inte uteslutas.",
                                  "Asymmetri i sakrum dar fraktur inte kan uteslutas."])
def test_outside9_sv_a_sacral_fracture_that_cannot_be_excluded_flags_high(text):
    cases = _scan(text, "radiology", "Rtg bäcken").cases
    assert cases[["flagged", "priority"]].astype(str).values.tolist() == [["true", "high"]]


# --- a booking's month or day without a year lies ahead: the order stays in the episode ------------------------------
@pytest.mark.parametrize("text", [
    "Ramusfraktur hö. Skelettscintigrafi bokad i augusti.",
    "Ramusfraktur ho. Tid for MR backen den 3 mars.",
    "Ramusfraktur hö. MR bäcken planeras i februari.",
])
def test_outside9_sv_a_booking_month_without_a_year_keeps_the_order(text):
    exams = _scan(text).exams
    assert exams["status"].tolist() == ["requested"]
    assert _case(text) == ("true", "ordered")


@pytest.mark.parametrize("text,year", [("Ramusfraktur hö. MR bäcken remitterades i mars 2021.", 2021),
                                       ("Ramusfraktur ho. Remiss DT backen 2022-03-04.", 2022)])
def test_outside9_sv_a_request_with_a_written_year_keeps_its_date(text, year):
    assert [d.year for d in _scan(text).exams["date"]] == [year]


# --- a review of an earlier reading: "den tidigare beskrivna" is the earlier report's finding, not an old event ------
@pytest.mark.parametrize("text,expected", [
    ("Den tidigare beskrivna kompressionen av L2 är oförändrad.", "present"),
    ("Den tidigare beskrivna kompressionen av L2 ar oforandrad.", "present"),
    ("Vid eftergranskning bedöms den tidigare beskrivna kompressionen av L2 inte föreligga.", "negated"),
    ("Vid eftergranskning bedoms den tidigare beskrivna kompressionen av L2 inte foreligga.", "negated"),
    # look-alike: an earlier compression, now healed, stays historical
    ("Tidigare kompression av L2, nu utläkt.", "historical"),
])
def test_outside9_sv_a_finding_described_in_an_earlier_report(text, expected):
    assert _assertions(text, "vertebral_compression_fracture") == [expected]


# --- DXA/VFA and telegraphic wording of a vertebral fracture ---------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("VFA: grad 1-deformitet av Th7 enligt Genant.", "present"),
    ("VFA: grad 2-deformering av kotkroppen Th12.", "present"),
    ("Genant grad 2 fraktur Th12.", "present"),
    ("Fraktur L1.", "present"),
    ("Ingen fraktur L1-L5.", "negated"),
    ("Lätt sänkt framkantshöjd av L2.", "present"),
    ("Latt framkantsreduktion av Th8.", "present"),
    ("Normal framkantshöjd av L2.", "negated"),
])
def test_outside9_sv_vfa_and_telegraphic_vertebral_fractures(text, expected):
    assert _assertions(text, "vertebral_compression_fracture") == [expected]


# --- the pubic ramus as orthopaedic and radiology notes abbreviate or name it ----------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Parasymfyseal fraktur vä.", "present"),
    ("Parasymfyseal fraktur va, odislocerad.", "present"),
    ("Fraktur i vä blygdbensgren.", "present"),
    ("Ramus sup. fx hö.", "present"),
    ("Ramus inf fx va.", "present"),
    ("Frakturer i främre och bakre bäckenringen vänster.", "present"),
    ("Kortikal oregelbundenhet i vä ramus superior, fraktur kan inte uteslutas.", "uncertain"),
    ("Okat upptag i ho ramus inferior, forenligt med fraktur.", "present"),
])
def test_outside9_sv_pubic_ramus_wording(text, expected):
    assert _assertions(text, "pubic_ramus_fracture") == [expected]


def test_outside9_sv_the_symphysis_is_no_ramus():
    assert _assertions("Symfysen ua, ingen fraktur.", "pubic_ramus_fracture") == []


# --- an exam named by its modality and a date, then its result after a colon, speaks of the site the result names ----
@pytest.mark.parametrize("text,modality", [
    ("Kotkompression L1. DT 3/1: ingen fraktur i sakrum.", "ct"),
    ("Kotkompression L1. MR (3/1): ingen fraktur i sakrum.", "mri"),
    ("Kotkompression L1. MR den 3/1: ingen fraktur i korsbenet.", "mri"),
])
def test_outside9_sv_a_dated_exam_whose_result_names_the_sacrum_imaged_it(text, modality):
    exams = _scan(text).exams
    assert exams[["modality", "region", "covers_sacrum"]].values.tolist() == [[modality, "sacrum", True]]
    assert _case(text) == ("false", modality)


def test_outside9_sv_a_dated_exam_whose_result_names_another_site_is_no_workup():
    assert _case("Kotkompression L1. MR 3/1: ingen fraktur i L2.") == ("true", "none")


# --- a year after "sedan" dates a condition, not the exam the sentence orders ----------------------------------------
@pytest.mark.parametrize("text", ["Ramusfraktur vä. Med tanke på känd osteoporos sedan 2020 beställs DT bäcken.",
                                  "Ramusfraktur va. RA sedan 2010, remiss MR backen."])
def test_outside9_sv_a_year_since_a_condition_does_not_date_the_order(text):
    exams = _scan(text).exams
    assert [d.year for d in exams["date"]] == [2025]
    assert _case(text) == ("true", "ordered")


# --- an exam that never needed doing is no order --------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Ramusfraktur vä. Skelettscintigrafi diskuterades men behövde aldrig göras.",
                                  "Ramusfraktur va. DT backen behovde inte goras."])
def test_outside9_sv_an_exam_that_never_needed_doing_is_no_order(text):
    assert _scan(text).exams["status"].tolist() == ["not_performed"]
    assert _case(text) == ("true", "none")


# --- "MR-svar", "DT-svaret": a report of the exam, whatever else the clause says ------------------------------------
@pytest.mark.parametrize("text", ["Remitterad hit efter MR-svar: insufficiensfraktur i hö sakrumvinge.",
                                  "Remitterad till ortoped efter DT-svaret som visade ramusfraktur hö."])
def test_outside9_sv_an_exam_report_named_with_svar_was_performed(text):
    assert _scan(text).exams["status"].tolist() == ["performed"]


# --- age and sex as a ward or rehabilitation note opens -----------------------------------------------------------
@pytest.mark.parametrize("text,sex,age,flagged", [
    ("Änka, 84 år, ont i ländryggen.", "F", "84", "true"),
    ("Anka 84 ar, ont i landryggen.", "F", "84", "true"),
    ("Änkling, 81 år, ländryggssmärta.", "M", "81", "false"),
    ("Kvinna, f. -41, ont i korsryggen.", "F", "84", "true"),
    ("Hon, 84 år, har ont i korsryggen.", "F", "84", "true"),
    ("Han, 81 ar, har ont i landryggen.", "M", "81", "false"),
])
def test_outside9_sv_age_and_sex_as_notes_open(text, sex, age, flagged):
    case = _scan(text).cases.iloc[0]
    assert (case["sex"], str(case["age"]), str(case["flagged"]).lower()) == (sex, age, flagged)


@pytest.mark.parametrize("text", ["Ramusfraktur hö. Pat har inte kunnat genomgå MR pga pacemaker.",
                                  "Ramusfraktur ho. Pat hade inte kunnat ligga still i MR-kameran."])
def test_outside9_sv_an_mri_the_patient_could_not_undergo_is_not_performed_and_ordered(text):
    assert _scan(text).exams["status"].tolist() == ["not_performed"]
    assert _case(text) == ("true", "ordered")


# --- a lumbar study that sees only the upper sacrum, or the sacrum "i den mån" it is imaged, did not cover it --------
@pytest.mark.parametrize("exam,text,covers", [
    ("MR ländrygg", "MR LÄNDRYGG\nKompression av L2. Övre delen av sakrum ua.", False),
    ("MR ländrygg", "MR LANDRYGG\nKompression av L2. Ovre delen av korsbenet utan odem.", False),
    ("DT ländrygg", "DT LÄNDRYGG\nKompression av L2. I den mån sakrum avbildas ses ingen fraktur.", False),
    ("DT ländrygg", "DT LANDRYGG\nKompression av L2. Sa langt sakrum avbildas ses ingen fraktur.", False),
    # look-alike: the whole sacrum assessed
    ("MR ländrygg", "MR LÄNDRYGG\nKompression av L2. Sakrum och SI-leder utan ödem.", True),
])
def test_outside9_sv_a_partly_seen_sacrum_on_a_lumbar_study(exam, text, covers):
    exams = _scan(text, "radiology", exam).exams
    assert exams["covers_sacrum"].tolist() == [covers]


# --- pain of the sacroiliac joint is sacral-region pain; tenderness found there is not --------------------------------
@pytest.mark.parametrize("text,expected", [
    ("SI-ledssmärta vänster sedan 3 veckor.", ["present"]),
    ("SI-ledsvark va.", ["present"]),
    ("Smärta över vänster SI-led vid belastning.", ["present"]),
    ("Smarta over hoger SI-led.", ["present"]),
    ("Ingen smärta över SI-lederna.", ["negated"]),
    ("Ömhet över vänster SI-led.", []),
])
def test_outside9_sv_sacroiliac_joint_pain_is_low_back_pain(text, expected):
    assert _assertions(text, "low_back_pain") == expected


# --- "ej MR-verifierad" in the finding's own sentence: suspected, and the exam named in the qualifier not done --------
@pytest.mark.parametrize("text", ["Sakrumfraktur vä, ej MR-verifierad.", "Sakrumfraktur, inte DT-bekräftad.",
                                  "Bedömning: Sakrumfraktur, ej röntgenverifierad.",
                                  "Bedomning: Sakrumfraktur, ej rontgenverifierad."])
def test_outside9_sv_a_fracture_not_verified_by_a_named_exam_is_suspected_and_flags(text):
    assert _assertions(text, "sacral_fracture") == ["uncertain"]
    assert "performed" not in _scan(text).exams["status"].tolist()
    assert _case(text) == ("true", "none")


@pytest.mark.parametrize("text,modality", [("Sakrumfraktur, MR-verifierad.", "mri"),
                                           ("Sakrumfraktur, DT-bekräftad.", "ct")])
def test_outside9_sv_a_fracture_verified_by_a_named_exam_stays_documented(text, modality):
    assert _assertions(text, "sacral_fracture") == ["present"]
    assert _case(text) == ("false", "sacral_fracture_documented")


# --- lay and telegraphic low-back wording: "nedtill i ryggen", "i rumpan"; the coccyx is not the low back ------------
@pytest.mark.parametrize("text,expected", [
    ("Ont nedtill i ryggen.", ["present"]),
    ("Ont nere i ryggen sedan fallet.", ["present"]),
    ("Pat uppger värk i rumpan vid sittande.", ["present"]),
    ("Smarta i rumpan hoger sida.", ["present"]),
    ("Ingen smärta nedtill i ryggen.", ["negated"]),
    ("Ont i svanskotan.", []),
])
def test_outside9_sv_lay_low_back_wording(text, expected):
    assert _assertions(text, "low_back_pain") == expected


# --- "kan inte utesluta", "kan ej avskrivas", "ingen säkerställd": suspected, not asked or denied --------------------
@pytest.mark.parametrize("text,expected", [
    ("Kan inte utesluta fraktur i sakrum.", "uncertain"),
    ("Vi kan ej helt utesluta sakrumfraktur.", "uncertain"),
    ("Sakrumfraktur kan ej helt avskrivas.", "uncertain"),
    ("Fraktur i sakrum kan inte avfardas.", "uncertain"),
    ("Ingen säkerställd fraktur i sakrum.", "uncertain"),
    ("Inga sakert pavisbara frakturer i sakrum.", "uncertain"),
    # look-alikes: a fracture that can be dismissed, and a purpose to exclude one
    ("Sakrumfraktur kan avskrivas.", "negated"),
    ("För att utesluta fraktur i sakrum beställs MR.", "hypothetical"),
])
def test_outside9_sv_a_fracture_that_cannot_be_excluded_or_dismissed(text, expected):
    assert _assertions(text, "sacral_fracture") == [expected]


# --- a comparison's year dates the earlier study, not the new finding -------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Nytillkommen kompression av L3 jämfört med 2022.", "present"),
    ("Ny kompression av L3 jfr med DT 2022.", "present"),
    ("Nytillkommen kompression av L3 sedan 2022.", "present"),
    # look-alikes: a compression known since a year, or dated by it, stays historical
    ("Känd kotkompression L1 sedan 2019.", "historical"),
    ("Kompression av L1 2019.", "historical"),
])
def test_outside9_sv_a_comparison_year_does_not_make_a_new_finding_old(text, expected):
    assert _assertions(text, "vertebral_compression_fracture") == [expected]


def test_outside9_sv_the_compared_study_stays_an_earlier_one():
    mentions = _scan("Ny kompression av L3 jfr med DT 2022.", "radiology").mentions
    assert mentions[mentions["concept"] == "imaging_ct"]["assertion"].tolist() == ["historical"]


# --- the H sign (Honda sign) of bone scintigraphy is a sacral insufficiency fracture ---------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Typiskt H-tecken över sakrum.", "present"),
    ("Hondatecken på skelettscintigrafin.", "present"),
    ("Typiskt Honda-tecken.", "present"),
    ("H-format upptag i sakrum.", "present"),
    ("H-format monster over sakrum.", "present"),
    ("Inget H-tecken.", "negated"),
    ("Ökat upptag i båda sakrumvingarna och tvärs över S2, talande för insufficiensfraktur.", "present"),
])
def test_outside9_sv_the_h_sign_is_a_sacral_fracture(text, expected):
    assert _assertions(text, "sacral_fracture") == [expected]


def test_outside9_sv_an_h_shaped_brace_is_no_sign():
    assert _assertions("H-formad ländryggsskena.", "sacral_fracture") == []


# --- a change at the sacrum, then "men fraktur kan inte uteslutas" later in the sentence ------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Förändringen i vä sakrumvinge bedöms som tveksam och kan motsvara överlagrat tarminnehåll, men fraktur kan inte "
     "uteslutas.", ["uncertain"]),
    ("Sklerosering i hoger sakrumvinge, troligen degenerativ, men fraktur kan ej helt uteslutas.", ["uncertain"]),
    # look-alike: the hedged fracture is of another site
    ("Sakrum utan fraktur, men fraktur i ramus kan inte uteslutas.", ["negated"]),
])
def test_outside9_sv_a_hedged_fracture_after_men_speaks_of_the_sacrum_before(text, expected):
    assert _assertions(text, "sacral_fracture") == expected

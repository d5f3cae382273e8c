"""Swedish wording families found by the fifty-third round's red-team notes (tests/data/outside53/sv: undersökningar
gjorda på annat håll — imaging done at another hospital, a private clinic, abroad or by teleradiology, and reviewed
here):

- a radiology report that reviews its own study done elsewhere takes the day its text gives for that study
  ("Undersökningen är utförd på Unilabs 2024-11-18 och har lästs in i PACS", "Undersökningsdatum: 2024-10-29",
  "Extern undersökning utförd 2025-01-22 vid ...": exams.json `outside_study`), not the day of the review, so a study
  done before the episode is no workup of it;
- a study only the patient or a relative tells of, with no answer, no images and nothing registered in its sentence or
  the next ("Hon berättar att hon gjorde en MR av bäckenet i Alicante. Något svar eller några bilder finns inte"):
  not done (exams.json `unrecorded`: claims and absences);
- a short date after the place that did the study ("MR bäcken gjord på Capio 4/11", "DT bäcken utförd vid Capio
  Lundby 9/1"): the study's day (dates.py, a past participle's place);
- a clinic whose name ends in a capitalised "Röntgen" ("Aleris Röntgen Frösundavik", "Capio Röntgen Sabbatsberg"): a
  place, no radiograph (concepts.json exclusion);
- the sacrum that could not be read, in a subordinate clause or the past ("svaret beskriver ... att sakrum inte kan
  bedömas", "sakrum kunde inte bedömas"): the study did not cover it (exams.json coverage `not_covered`);
- a review of a study its note named before ("Eftergranskning av scintigrafin avvaktas"): that study, no new one
  (exams.json `reviewed`).

Each family by several differently worded sentences, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from .phrasing import case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside53" / "sv"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, region, status, covers_sacrum, date) of each exam of a single Swedish note of 2025-01-14."""
    found = one_note(text, "sv", note_type, exam).exams
    return [(m, r, s, c, str(pd.Timestamp(d).date()) if not pd.isna(d) else None)
            for m, r, s, c, d in found[["modality", "region", "status", "covers_sacrum", "date"]].itertuples(index=False)]


# --- a report of a study done elsewhere: the study's own day ------------------------------------------------------------
@pytest.mark.parametrize("exam, text, day", [
    ("MR bäcken", "EFTERGRANSKNING\nUndersökningen utfördes på Aleris Frösundavik 2024-11-05 och har hämtats via "
                  "bildlänk.\nFynd: Sakrum ua.", "2024-11-05"),
    ("DT BÄCKEN", "Undersökningsdatum: 2024-10-20 (Hallands sjukhus Varberg).\nFynd: Ingen fraktur i sakrum.",
     "2024-10-20"),
    ("MR bäcken", "Extern MR utförd 2024-12-01 vid Unilabs Täby, inläst i PACS 2025-01-10.\nFynd: Normal signal i "
                  "sakrum.", "2024-12-01"),
    ("Skelettscintigrafi", "Eftergranskning. Undersökningen gjord vid Sunderby sjukhus 2024-09-30.\nFynd: Normalt "
                           "upptag i sakrum.", "2024-09-30"),
    ("DT bäcken", "Undersökt: 2024-12-12. Granskad här 2025-01-13.\nFynd: Sakrum ua.", "2024-12-12"),
])
def test_outside53_sv_a_reviewed_outside_study_is_dated_by_its_text(exam, text, day):
    assert [e[4] for e in _exams(text, "radiology", exam)] == [day]


@pytest.mark.parametrize("exam, text, days", [
    # a comparison with an outside study names an earlier one, not the report's own
    ("MR bäcken", "Jämförelse med MR bäcken utförd på Capio 2023-05-02.\nFynd: Sakrum ua.", ["2023-05-02", "2025-01-14"]),
    # how the study was done is no place
    ("DT bäcken", "Undersökningen utförd i ryggläge. Jämförelse 2024-03-01.\nFynd: Sakrum ua.", ["2025-01-14"]),
    # the report's own study with no word of being done elsewhere
    ("MR bäcken", "Frågeställning: Fall 2024-12-24, sakrumfraktur?\nFynd: Sakrum ua.", ["2025-01-14"]),
])
def test_outside53_sv_a_report_with_no_outside_day_keeps_its_own(exam, text, days):
    assert [e[4] for e in _exams(text, "radiology", exam)] == days


def test_outside53_sv_an_outside_study_before_the_episode_is_no_workup():
    rows = [("n1", "2025-03-03", "radiology", "Rtg bäcken", "Fynd: Fraktur i vänster ramus superior.", "sv"),
            ("n2", "2025-03-12", "radiology", "MR bäcken", "Eftergranskning. Undersökningen är utförd på Unilabs "
                                                           "2024-11-18 och har lästs in från CD.\nFynd: Sakrum ua.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "radiograph_only")


def test_outside53_sv_an_outside_study_inside_the_episode_is_its_workup():
    rows = [("n1", "2025-03-03", "radiology", "Rtg bäcken", "Fynd: Fraktur i vänster ramus superior.", "sv"),
            ("n2", "2025-03-12", "radiology", "MR bäcken", "Eftergranskning. Undersökningen är utförd på Unilabs "
                                                           "2025-03-05 och har lästs in från CD.\nFynd: Sakrum ua.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "mri")


# --- a study only someone's word tells of, with no record: not done ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pat uppger att hon gjort en MR av bäckenet i Thailand men inga bilder eller svar finns.",
    "Hon säger att hon gjort DT av bäckenet på ett privat sjukhus i Turkiet, något svar har vi inte sett.",
    "Enligt patienten ska en MR bäcken ha gjorts i Spanien, inget svar finns tillgängligt.",
    "Uppger att MR av bäckenet gjorts på en privat klinik, svaret finns inte i journalen.",
    "Pat berättar att hon gjort en magnetkameraundersökning av bäckenet utomlands, uppgiften har inte kunnat bekräftas.",
    "Maken berättar att hon gjorde en skelettscintigrafi i Åbo förra månaden. Vi har inga uppgifter om den.",
    "Sonen säger att pappa gjorde DT av bäckenet på semestern. Något svar eller några bilder har inte gått att få fram.",
])
def test_outside53_sv_a_claimed_study_with_no_record_is_not_done(text):
    assert [e[2] for e in _exams(text)] == ["not_performed"]


@pytest.mark.parametrize("text", [
    # the answer is in hand or in the record
    "Hon berättar att hon gjorde MR bäcken på Aleris och har med sig svaret: ingen fraktur.",
    "Pat uppger att DT bäcken gjorts på Capio; svaret finns i NPÖ och visar ingen fraktur.",
    # the clinician tells the study done, its answer only awaited
    "DT bäcken gjord på Capio 2025-01-08: svaret har inte kommit ännu.",
    # images missing, the answer at hand
    "Hon gjorde MR bäcken på Aleris 2025-01-08. Inga bilder finns här, men enligt svaret är sakrum ua.",
    # someone's word, and nothing said of a missing record
    "Dottern berättar att mamma gjorde en MR av bäckenet i Spanien i december.",
])
def test_outside53_sv_a_told_or_answered_study_stays_done(text):
    assert [e[2] for e in _exams(text)] == ["performed"]


def test_outside53_sv_a_claimed_study_with_no_record_is_no_workup():
    rows = [("n1", "2025-05-06", "outpatient", "", "83-årig kvinna med smärta i ländryggen sedan februari. Hon berättar "
                                                  "att hon för två veckor sedan gjorde en MR av bäckenet på ett privat "
                                                  "sjukhus i Alicante. Något svar eller några bilder finns inte.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("true", "none")


# --- a short date after the place that did the study ------------------------------------------------------------------
@pytest.mark.parametrize("text, day", [
    ("MR bäcken gjord på Capio 4/11 pga höftsmärta visade höftledsartros.", "2024-11-04"),
    ("DT buk gjord på Södersjukhuset 2/12 inför tarmresektionen, inga skelettförändringar.", "2024-12-02"),
    ("DT bäcken utförd vid Capio Lundby 9/1: sakrum ua.", "2025-01-09"),
    ("Har begärt bilderna på MR bäcken utförd på Unilabs 8/1.", "2025-01-08"),
    ("DT bäcken gjordes på Capio S:t Görans sjukhus 3/1, ingen fraktur.", "2025-01-03"),
])
def test_outside53_sv_a_short_date_after_the_place_dates_the_study(text, day):
    assert [e[4] for e in _exams(text)] == [day]


@pytest.mark.parametrize("text, expected", [
    ("MR bäcken bokad på Aleris 3/2.", ("requested", "2025-01-14")),  # a booking's day lies ahead
    ("MR bäcken på Aleris 2/1: ingen fraktur.", ("performed", "2025-01-02")),
    ("MR bäcken gjord på Aleris, ingen fraktur.", ("performed", "2025-01-14")),
])
def test_outside53_sv_a_place_without_a_done_word_or_a_day_reads_as_before(text, expected):
    assert [(e[2], e[4]) for e in _exams(text)] == [expected]


# --- a clinic named "... Röntgen" ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Han har gjort en MR ländrygg på Aleris Röntgen Frösundavik förra veckan.", ["mri"]),
    ("Ett svar från Capio Röntgen Sabbatsberg finns i NPÖ: DT thorax med oförändrad lungnodul.", ["ct"]),
    ("Svar från Medicinsk Röntgen Odenplan: MR ländrygg ua.", ["mri"]),
    ("Kallelse från Unilabs Röntgen har kommit.", []),
])
def test_outside53_sv_a_clinic_named_rontgen_is_no_radiograph(text, expected):
    assert [e[0] for e in _exams(text)] == expected


@pytest.mark.parametrize("text", [
    "Röntgen bäcken: fraktur i höger ramus superior.",
    "Hon röntgades på Aleris, rtg bäcken utan fraktur.",
    "Ny röntgen av bäckenet visar läkande ramusfraktur.",
    "Slätröntgen på Capio 2025-01-08 visade ingen fraktur.",
])
def test_outside53_sv_a_film_stays_a_film(text):
    assert "radiograph" in [e[0] for e in _exams(text)]


def test_outside53_sv_a_clinic_named_rontgen_leaves_no_radiograph_workup():
    rows = [("n1", "2025-03-04", "outpatient", "", "45-årig man, ont i ländryggen sedan tre veckor. Han har gjort en MR "
                                                  "ländrygg på Aleris Röntgen förra veckan, diskbuktning L4-L5.", "sv")]
    assert flag_and_workup(only_case(rows)) == ("false", "none")


# --- the sacrum that could not be read, in a subordinate clause or the past ------------------------------------------
@pytest.mark.parametrize("text", [
    "Hon gjorde DT bäcken på Capio 2025-01-02; svaret beskriver kraftiga metallartefakter och att sakrum inte kan bedömas.",
    "MR bäcken på Aleris 2025-01-02, där sakrum inte kunde bedömas pga rörelseartefakter.",
    "DT bäcken 2025-01-02 och sakrum kunde inte bedömas.",
    "MR bäcken 2025-01-02: enligt svaret att korsbenet inte gick att bedöma.",
])
def test_outside53_sv_a_sacrum_not_readable_is_not_covered(text):
    assert [e[3] for e in _exams(text)] == [False]


@pytest.mark.parametrize("text", [
    "MR bäcken 2025-01-02: sakrum kan bedömas och är ua.",
    "DT bäcken 2025-01-02 visade ingen fraktur i sakrum.",
    "MR bäcken 2025-01-02: sakrum ua. Frakturens ålder i ramus kan inte bedömas.",
])
def test_outside53_sv_a_sacrum_read_stays_covered(text):
    assert [e[3] for e in _exams(text)] == [True]


# --- a review of a study its note named before -------------------------------------------------------------------------
@pytest.mark.parametrize("text, rows", [
    ("Hon gjorde en skelettscintigrafi på Ryhov i december. Eftergranskning av scintigrafin avvaktas.",
     [("scintigraphy", "2024-12-31")]),
    ("MR bäcken på Aleris 2024-11-20. Second opinion på MR:en begärd från Karolinska.", [("mri", "2024-11-20")]),
    ("DT bäcken utförd på Capio 2024-12-03. Granskning av den externa DT:n på röntgenronden i morgon.",
     [("ct", "2024-12-03")]),
])
def test_outside53_sv_a_review_is_of_the_study_named_before(text, rows):
    assert [(e[0], e[4]) for e in _exams(text)] == rows


@pytest.mark.parametrize("text, expected", [
    # nothing named before: the study the review looks at is still told of
    ("Eftergranskning av extern DT bäcken: ingen sakrumfraktur.", [("ct", "performed")]),
    # another modality named before is another study
    ("Rtg bäcken 2025-01-02 ua. Eftergranskning av MR bäcken från Aleris: sakrum ua.",
     [("radiograph", "performed"), ("mri", "performed")]),
])
def test_outside53_sv_a_review_with_no_study_before_it_names_one(text, expected):
    assert [(e[0], e[2]) for e in _exams(text)] == expected


# --- the set --------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 == 1.0
    assert workup == 1.0
    assert note_f1 >= 0.99

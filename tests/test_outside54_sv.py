"""Swedish wording families found by the fifty-fourth round's red-team notes (tests/data/outside54/sv: jämförelser,
tidigare undersökningar och uppföljande bilddiagnostik — a finding read over time):

- "som tidigare" / "liksom tidigare" / "såsom tidigare" opening a finding or closing its clause ("Som tidigare
  kilformad kompression av L1", "Kompression av L1 som tidigare."): the finding seen again, `present`, as "again seen"
  and "unchanged" are; "som tidigare behandlats", "som tidigare haft", "sedan tidigare känd" still tell a past event;
- an earlier study's doubt settled now: confirmed ("Den ifrågasatta sakrumfrakturen kan nu bekräftas", "Den tidigare
  misstänkta ramusfrakturen bekräftas nu") is `present`; dismissed with a modal or the perfect ("Den misstänkta
  sakrumfrakturen kan nu avfärdas", "har avskrivits") is `negated`; "kan inte bekräftas", "kan inte avfärdas" keep it
  suspected;
- a fracture not yet fully healed ("inte helt läkt", "delvis läkt", "ofullständigt läkt", "nästan läkt", "ej
  fullständigt utläkt") is still there (`present`); "läkt", "utläkt", "i huvudsak läkt" stay `historical`;
- the callus or the healing denied, not the fracture ("Ingen överbryggande kallus över frakturen i ramus", "utan
  läkningstecken"): the fracture is there; and the first study's reading denied ("Frakturen i sakrum sågs inte på
  primärundersökningen", "kunde inte ses på den akuta röntgen"): the finding stays as the report reads it now;
  "Ingen kallus och ingen fraktur", "sågs inte på DT bäcken igår" still deny;
- a comparison with last year ("jämfört med förra året", "jmf med i fjol") dates the study compared with, not the
  finding; "Kotkompression L2 förra året" is still an earlier one;
- a done study dated by its week number ("DT bäcken v. 46", "vecka 44", "v51 2023") takes that week's Sunday, never
  after the note (exams.json `exam_dates.weeks`; a week's "v." before its number ends no sentence: sections.json
  abbreviation "v"); "vecka 6 efter operationen" is no calendar week;
- a comparison study said not to include the pelvis in a relative clause ("DT buk 2024-12-20, som inte omfattade
  bäckenet") does not cover the sacrum (exams.json `coverage.not_covered`); "som inte omfattade höfterna" still does;
- a follow-up study ahead by a count with no word of a result ("Kontroll-MR av bäckenet efter 6 veckor.",
  "Kontrollröntgen om sex veckor.", "Ny röntgen om 6 v.") is requested (exams.json `status.requested.planned`); "...
  efter 6 veckor visade ...", "gjordes efter 6 veckor", "... efter 3 veckor: ingen fraktur" were done.

Each family by several sentences not taken from the set, and its look-alikes."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from .phrasing import assertions, case_mismatches, flag_and_workup, one_note, only_case, scored_set

SET = Path(__file__).resolve().parent / "data" / "outside54" / "sv"
SACRAL = "sacral_fracture"
RAMUS = "pubic_ramus_fracture"
VERTEBRA = "vertebral_compression_fracture"


def _exams(text: str, note_type: str = "clinical", exam: str = "") -> list[tuple]:
    """(modality, status, covers_sacrum, date) of each exam of a single Swedish note of 2025-01-14."""
    found = one_note(text, "sv", note_type, exam).exams
    return [(m, s, bool(c), None if pd.isna(d) else str(pd.Timestamp(d).date()))
            for m, s, c, d in found[["modality", "status", "covers_sacrum", "date"]].itertuples(index=False)]


# --- "som tidigare": the finding seen again ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Som tidigare lätt kilformad Th11 med ca 20 % höjdreduktion.", VERTEBRA),
    ("Som tidigare ses kompression av L3, utan progress.", VERTEBRA),
    ("Liksom tidigare syns frakturen i vänster ramus inferior, nu med kallus.", RAMUS),
    ("Såsom tidigare fraktur i höger sakralvinge med omgivande ödem.", SACRAL),
    ("Höjdreduktion av L4 som tidigare.", VERTEBRA),
    ("Fraktur i ramus superior dx, som tidigare.", RAMUS),
])
def test_outside54_sv_as_before_the_finding_is_seen_again(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, concept", [
    ("Ramusfraktur vä som tidigare behandlats konservativt.", RAMUS),
    ("Patienten som tidigare haft en kotkompression i Th9 har nu ont i axeln.", VERTEBRA),
    ("Sedan tidigare känd sakrumfraktur.", SACRAL),
    ("Tidigare kompression av L1.", VERTEBRA),
])
def test_outside54_sv_a_past_event_told_with_tidigare_stays_historical(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["historical"]


# --- an earlier doubt confirmed or dismissed now ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Den på slätröntgen ifrågasatta frakturen i höger ramus inferior kan nu bekräftas.", RAMUS),
    ("Den ifrågasatta kompressionen av Th12 bekräftas, med ödem i kotkroppen.", VERTEBRA),
    ("Den tidigare misstänkta frakturen i vänster sakralvinge bekräftas nu på MR.", SACRAL),
    ("Den tveksamma höjdreduktionen av L1 kan nu verifieras.", VERTEBRA),
])
def test_outside54_sv_a_doubt_confirmed_now_is_present(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, concept", [
    ("Den på DT misstänkta frakturen i höger sakralvinge kan nu avfärdas.", SACRAL),
    ("Den ifrågasatta ramusfrakturen vänster har avskrivits efter förnyad granskning.", RAMUS),
    ("Misstänkt kompression av L2 kan därmed avfärdas.", VERTEBRA),
])
def test_outside54_sv_a_doubt_dismissed_now_is_denied(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["negated"]


@pytest.mark.parametrize("sentence, concept", [
    ("Den ifrågasatta frakturen i vänster sakralvinge kan inte bekräftas på denna undersökning.", SACRAL),
    ("Misstänkt fraktur i höger ramus inferior kan inte avfärdas.", RAMUS),
    ("Den tidigare misstänkta sakrumfrakturen, ingen MR gjord ännu.", SACRAL),
])
def test_outside54_sv_a_doubt_left_open_stays_suspected(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["uncertain"]


# --- not yet fully healed --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Frakturen i höger ramus inferior är ännu inte helt läkt.", RAMUS),
    ("Sakrumfrakturen är delvis läkt, frakturlinjen syns fortfarande.", SACRAL),
    ("Ofullständigt läkt kompression av L2.", VERTEBRA),
    ("Ramusfrakturen vä är nästan läkt.", RAMUS),
    ("Frakturen i vänster sakralvinge är ej fullständigt utläkt.", SACRAL),
    ("Ramusfrakturen är inte fullt läkt; fortsatt avlastning.", RAMUS),
])
def test_outside54_sv_a_fracture_not_yet_fully_healed_is_present(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["present"]


@pytest.mark.parametrize("sentence, concept", [
    ("Ramusfrakturen hö är läkt.", RAMUS),
    ("Utläkt fraktur i vänster sakralvinge.", SACRAL),
    ("Frakturen i ramus superior är i huvudsak läkt.", RAMUS),
    ("Konsoliderad fraktur i höger ramus inferior.", RAMUS),
])
def test_outside54_sv_a_healed_fracture_stays_historical(sentence, concept):
    assert assertions(sentence, "sv", concept) == ["historical"]


# --- the callus or healing absent, the first study's reading denied ---------------------------------------------------
@pytest.mark.parametrize("sentence, concept", [
    ("Fortfarande ingen överbryggande kallus i frakturen i vänster ramus inferior.", RAMUS),
    ("Fraktur i höger ramus superior, ännu utan synlig kallusbildning.", RAMUS),
    ("Ingen säker läkning av frakturen i vänster sakralvinge.", SACRAL),
])
def test_outside54_sv_no_callus_yet_leaves_the_fracture_present(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, concept", [
    ("Frakturen i höger sakralvinge sågs inte på primärundersökningen men framträder nu med skleros.", SACRAL),
    ("Kompressionen av Th12 kunde inte ses på den akuta röntgen.", VERTEBRA),
    ("Frakturen i vänster ramus inferior syntes ej på den initiala DT:n.", RAMUS),
])
def test_outside54_sv_a_first_studys_reading_denied_leaves_the_finding(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology") == ["present"]


@pytest.mark.parametrize("sentence, concept", [
    ("Ingen kallus och ingen fraktur i ramus superior.", RAMUS),
    ("Ingen fraktur eller kallusbildning i sakrum.", SACRAL),
    ("Sakrumfraktur sågs inte på DT bäcken igår.", SACRAL),
    ("Ingen kotkompression sågs på primärundersökningen.", VERTEBRA),
])
def test_outside54_sv_a_fracture_denied_beside_callus_or_a_study_stays_denied(sentence, concept):
    assert assertions(sentence, "sv", concept, "radiology")[0] == "negated"


# --- a comparison with last year -------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Nytillkommen kompression av Th12 jämfört med förra året.",
    "Lätt progress av kompressionen av L3 jmf med i fjol.",
    "Ny höjdreduktion av L1 jämfört med föregående år.",
])
def test_outside54_sv_a_comparison_with_last_year_dates_the_study(sentence):
    assert assertions(sentence, "sv", VERTEBRA, "radiology") == ["present"]


def test_outside54_sv_a_fracture_of_last_year_stays_earlier():
    assert assertions("Kotkompression Th12 förra året.", "sv", VERTEBRA) == ["historical"]


# --- a study dated by its week number --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, day", [
    ("DT buk-bäcken v. 46 på kirurgen, utan skelettfynd.", "2024-11-17"),
    ("MR bäcken gjordes vecka 44 och visade ingen fraktur.", "2024-11-03"),
    ("Skelettscintigrafi v51 2023: inget patologiskt upptag.", "2023-12-24"),
    ("DT bäcken (v. 2) visade ingen sakrumfraktur.", "2025-01-12"),
])
def test_outside54_sv_a_study_dated_by_its_week_takes_that_week(sentence, day):
    assert [e[3] for e in _exams(sentence)] == [day]


@pytest.mark.parametrize("sentence, day", [
    ("MR bäcken vecka 6 efter operationen visade ingen fraktur.", "2025-01-14"),
    ("DT bäcken för 8 v sedan visade ingen fraktur.", "2024-11-19"),
    ("DT bäcken v. 3 visade ingen fraktur.", "2025-01-14"),
])
def test_outside54_sv_a_week_that_is_no_calendar_week_or_the_notes_own(sentence, day):
    assert [e[3] for e in _exams(sentence)] == [day]


def test_outside54_sv_a_week_outside_the_window_is_no_workup():
    rows = [("n1", "2025-01-27", "clinical", "", "78-årig kvinna med smärta i ländryggen sedan en vecka. "
             "DT buk-bäcken v. 42 pga buksmärta, utan skelettfynd.")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "none")
    rows = [("n1", "2025-01-27", "clinical", "", "78-årig kvinna med smärta i ländryggen sedan en vecka. "
             "DT buk-bäcken v. 4 pga buksmärta, utan skelettfynd.")]
    assert flag_and_workup(only_case(rows, "sv")) == ("false", "ct")


@pytest.mark.parametrize("sentence", [
    "Misstänkt sakral insufficiensfraktur hos 76-årig kvinna med ont i korsryggen. MR bäcken bokad v. 12.",
    "Misstänkt sakral insufficiensfraktur hos 76-årig kvinna med ont i korsryggen. MR bäcken planeras till vecka 14.",
])
def test_outside54_sv_a_booking_by_week_stays_an_order(sentence):
    """A week ahead dates no study done: the booking is an order, dated with its note."""
    assert flag_and_workup(only_case([("n1", "2025-03-04", "clinical", "", sentence)], "sv")) == ("true", "ordered")


def test_outside54_sv_a_film_planned_in_weeks_then_a_new_sentence():
    """"v." before a capital still ends its sentence: the CT of the next sentence is done, the film planned."""
    found = _exams("Ny röntgen om 6 v. DT bäcken 2024-12-01 visade ingen fraktur.")
    assert sorted(found) == [("ct", "performed", True, "2024-12-01"), ("radiograph", "requested", False, "2025-01-14")]


# --- a comparison study that did not include the pelvis --------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Jämförelse: DT buk 2024-12-20, som inte inkluderade bäckenet.",
    "Jämförelse: DT buk 2024-12-20 vilken ej täckte sakrum.",
    "Tidigare DT buk 2024-12-20, som inte omfattade bäckenskelettet, visade njursten.",
])
def test_outside54_sv_a_study_said_not_to_include_the_pelvis_covers_no_sacrum(sentence):
    assert _exams(sentence) == [("ct", "performed", False, "2024-12-20")]


@pytest.mark.parametrize("sentence", [
    "Jämförelse: DT buk 2024-12-20, som omfattade hela bäckenet.",
    "DT buk-bäcken 2024-12-20, som inte omfattade lårbenen, visade ingen fraktur.",
])
def test_outside54_sv_a_study_that_includes_the_pelvis_still_covers_it(sentence):
    assert _exams(sentence) == [("ct", "performed", True, "2024-12-20")]


# --- a follow-up study ahead by a count -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, modality", [
    ("Kontroll-DT av bäckenet efter åtta veckor.", "ct"),
    ("Uppföljande MR bäcken efter 6-8 veckor för läkningskontroll.", "mri"),
    ("Skelettscintigrafi efter tre månader.", "scintigraphy"),
    ("Kontrollröntgen av bäckenet om fem veckor.", "radiograph"),
    ("Rtg bäcken om 4 v, därefter återbesök.", "radiograph"),
])
def test_outside54_sv_a_follow_up_study_ahead_by_a_count_is_requested(sentence, modality):
    assert [(e[0], e[1]) for e in _exams(sentence)] == [(modality, "requested")]


@pytest.mark.parametrize("sentence, modality", [
    ("Kontroll-DT av bäckenet efter åtta veckor visade läkande ramusfraktur.", "ct"),
    ("MR bäcken utfördes efter 3 veckor och visade ödem i sakrum.", "mri"),
    ("Efter två veckor gjordes DT bäcken som var utan fraktur.", "ct"),
    ("MR bäcken efter 10 dagar på vårdavdelningen: ingen sakrumfraktur.", "mri"),
])
def test_outside54_sv_a_study_done_after_a_count_stays_done(sentence, modality):
    assert [(e[0], e[1]) for e in _exams(sentence)] == [(modality, "performed")]


def test_outside54_sv_a_follow_up_mr_ahead_is_an_order():
    rows = [("n1", "2025-03-04", "clinical", "", "79-årig kvinna med smärta i korsryggen. Misstänkt sakral "
             "insufficiensfraktur. Kontroll-MR av bäckenet efter 3 veckor.")]
    assert flag_and_workup(only_case(rows, "sv")) == ("true", "ordered")


# --- the set ----------------------------------------------------------------------------------------------------------
def test_every_case_of_the_set_reads_as_its_gold():
    assert case_mismatches(SET) == []


def test_the_set_scores(tmp_path):
    flag_f1, workup, note_f1 = scored_set(SET, tmp_path / "out", "sv")
    assert flag_f1 >= 0.97
    assert workup >= 0.97
    assert note_f1 >= 0.97

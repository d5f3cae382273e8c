"""A note whose lines were cut at one width (an export or a terminal that wraps at 69, 72 or 80 columns) reads as the
same note unwrapped, also where the cut falls before a capital ("There is no" + "CT or MRI of the pelvis ...", "Det
finns ingen" + "DT eller MR ..."). Lines of a form, each a field of about one width, stay apart.

A short note has too few lines to tell its width: there a line that ends on a negation ("Ingen" + "DT, MR ...", "There
is no" + "CT ...") or on a capitalised abbreviation before a line in small letters ("The MRI" + "pelvis requested")
goes on, unless the word answers a field or a box ("Höftfraktur: Ingen", "[ ] no") or the line is all capitals; so
does one that ends on a date or a closing bracket before a line in small letters ("MR bäcken 13/11" + "ej genomförd"),
not one that ends on a level ("Kotkompression L1" + "kotan i övrigt ua").

A short letter whose lines end near one width tells it by a single cut that goes on in a small letter: there a cut
before a capital ("fracture of the left" + "S1 segment of the sacrum") goes on too. A line that ends on a verb that
wants its object ("awaiting", "underwent", "avböjer", "inväntar": sections.json ``line_continuations``) goes on in any
note; a list of studies, one per line, keeps its lines."""
import textwrap

import pytest

from tests.phrasing import assertions_by_concept, exam_rows, statuses

EN = ("Seen in the falls clinic with her daughter. She has had low back pain since the fall in March and "
      "was tender over the sacrum today, and the pelvic radiograph showed a right superior ramus fracture. "
      "There is no CT or MRI of the pelvis in our records and none from the other hospital either, so the "
      "sacrum has not been imaged at all; she would rather wait and see how the pain settles.")
SV = ("Återbesök på vårdcentralen tillsammans med dottern. Hon har haft ont i ländryggen sedan fallet i mars "
      "och är öm över korsbenet, och röntgen av bäckenet visade en fraktur i höger ramus superior. Det finns "
      "ingen DT eller MR av bäckenet i journalen och inte heller från det andra sjukhuset, så korsbenet är "
      "inte undersökt alls; hon vill helst avvakta och se om smärtan går över.")


def _cut_before(text: str, word: str) -> str:
    """The text wrapped at the first width (56 to 89 columns) whose cut falls right before ``word``."""
    for width in range(56, 90):
        wrapped = textwrap.fill(text, width)
        if f"\n{word} " in wrapped:
            return wrapped
    raise AssertionError(f"no width cuts before {word!r}")


@pytest.mark.parametrize("text, lang, cut_before", [(EN, "en", "CT"), (SV, "sv", "DT")])
def test_a_note_cut_at_a_width_reads_as_unwrapped(text, lang, cut_before):
    wrapped = _cut_before(text, cut_before)
    assert exam_rows(wrapped, lang) == exam_rows(text, lang)
    assert {modality: status for modality, status, _ in exam_rows(wrapped, lang)}["ct"] != "performed"
    assert assertions_by_concept(wrapped, lang) == assertions_by_concept(text, lang)


def test_the_fields_of_a_form_stay_apart():
    form = ("Kotkompression: [x] ja [ ] nej – L1, se röntgen 2024-01-29, 30 %\n"
            "Ramusfraktur: [ ] ja [x] nej, ingen fraktur i främre bäckenringen\n"
            "Sakrumfraktur: [ ] ja [x] nej, sakrum ua på röntgen av bäckenet\n"
            "Ländryggssmärta: [x] ja [ ] nej, sedan fallet för tre veckor sedan")
    found = assertions_by_concept(form, "sv")
    assert found["vertebral_compression_fracture"] == ["present"]
    assert set(found["pubic_ramus_fracture"]) == {"negated"}
    assert found["low_back_pain"] == ["present"]


@pytest.mark.parametrize("text, lang, modality", [
    ("FÖRLOPP: INLAGD FÖR SMÄRTA I KORSRYGG OCH SÄTE. RTG BÄCKEN UTAN FRAKTUR. DT BÄCKEN KUNDE\n"
     "INTE GENOMFÖRAS UNDER VÅRDTIDEN.", "sv", "ct"),
    ("Inlagd för smärta i korsrygg. MR bäcken kommer\nInte att göras under vårdtiden.", "sv", "mri"),
    ("COURSE: ADMITTED WITH LOW BACK AND BUTTOCK PAIN. PELVIC RADIOGRAPH NORMAL. THE CT PELVIS COULD\n"
     "NOT BE PERFORMED DURING THE ADMISSION.", "en", "ct"),
])
def test_a_line_that_ends_on_an_auxiliary_goes_on(text, lang, modality):
    # a modal or auxiliary verb ends no sentence: the next line, even in capitals, is its complement
    assert [row[:2] for row in exam_rows(text, lang) if row[0] == modality] == [(modality, "not_performed")]


@pytest.mark.parametrize("text, lang", [
    ("Neck of femur fracture: No\nPubic ramus fracture: Yes - left superior ramus", "en"),
    ("NECK OF FEMUR FRACTURE: NO\nPUBIC RAMUS FRACTURE: YES - LEFT SUPERIOR RAMUS", "en"),
    ("Höftfraktur: Ingen\nRamusfraktur: Ja, vänster ramus superior", "sv"),
    ("TIDIGARE FRAKTURER: INGA\nRAMUSFRAKTUR: JA, VÄNSTER RAMUS SUPERIOR", "sv"),
])
def test_a_field_answered_no_ends_its_line(text, lang):
    # "No", "Ingen", "Inga" answer a field: the next field is not what they deny
    assert set(assertions_by_concept(text, lang)["pubic_ramus_fracture"]) == {"present"}


@pytest.mark.parametrize("text, concept", [
    ("DG: FRACT. OSS. SACRI BILAT. (S32.1)", "sacral_fracture"),
    ("Dg: Fract. oss. sacri bilat.", "sacral_fracture"),
    ("Dg: Fract. oss. pubis sin.", "pubic_ramus_fracture"),
    ("Diagnos: Fract. rami sup. oss. pubis dx.", "pubic_ramus_fracture"),
])
def test_a_latin_diagnosis_abbreviated_with_dots(text, concept):
    # "fract." and "oss." end no sentence, in capitals either (sections.json abbreviations)
    assert assertions_by_concept(text, "sv")[concept] == ["present"]


@pytest.mark.parametrize("text, lang, modality, status", [
    # a short note cut at 72 columns: too few lines to tell the width, but a negation ends no sentence
    ("Man 68 år, lumbago sedan mars, ingen riskfaktor, ingen kortison. Ingen\n"
     "DT, MR eller skelettscintigrafi av bäckenet har gjorts.", "sv", "ct", "not_performed"),
    ("Woman of 81 with low back pain since the fall, no steroids. There is no\n"
     "CT or MRI of the pelvis on the system.", "en", "ct", "not_performed"),
    # an abbreviation cut from what follows it in small letters
    ("Low back pain since Christmas. The MRI\npelvis requested in January was never done.", "en", "mri",
     "not_performed"),
    ("Ländryggssmärta sedan jul. Planerad MR\nbäcken blev aldrig av.", "sv", "mri", "not_performed"),
])
def test_a_short_note_cut_after_a_negation_or_an_abbreviation_goes_on(text, lang, modality, status):
    assert [row[:2] for row in exam_rows(text, lang) if row[0] == modality] == [(modality, status)]


@pytest.mark.parametrize("text, lang", [
    ("Low back pain: [x] yes [ ] no\nPubic ramus fracture: [x] yes [ ] no", "en"),
    ("Smärta: [ ] ja [x] ingen\nRamusfraktur: [x] ja [ ] nej", "sv"),
    ("BEDÖMNING: INGEN\nRamusfraktur vänster.", "sv"),
])
def test_a_boxed_answer_or_a_line_in_capitals_ends_its_line(text, lang):
    assert set(assertions_by_concept(text, lang)["pubic_ramus_fracture"]) == {"present"}


@pytest.mark.parametrize("text, lang, modality, status", [
    ("Discussed with her daughter: further scans (bone scan or MRI)\nwould not change management.", "en", "mri",
     "not_performed"),
    ("MR bäcken 13/11\nej genomförd, pat mycket orolig i kameran.", "sv", "mri", "not_performed"),
])
def test_a_line_cut_after_a_bracket_or_a_number_goes_on_in_small_letters(text, lang, modality, status):
    assert [row[:2] for row in exam_rows(text, lang) if row[0] == modality] == [(modality, status)]


@pytest.mark.parametrize("text, lang, concept, expected", [
    ("DIAGNOSES:\n1. LEFT SUPERIOR PUBIC RAMUS FRACTURE.\n2. SACRAL FRACTURE -\nRULED OUT ON CT.", "en",
     "sacral_fracture", ["negated"]),
    ("DIAGNOSER:\n1. SAKRUMFRAKTUR -\nUTESLUTEN PÅ DT.", "sv", "sacral_fracture", ["negated"]),
    # a dash before a line in mixed case stays a new line
    ("Sacral fracture -\nRamus fracture on the left.", "en", "sacral_fracture", ["present"]),
])
def test_a_field_cut_after_its_dash_in_capitals_goes_on(text, lang, concept, expected):
    assert assertions_by_concept(text, lang)[concept] == expected



# A short letter cut at 72 columns: one cut goes on in a small letter ("and low" + "back pain"), another falls
# before a level ("undisplaced fracture of the left" + "S1 segment of the sacrum"); three lines end near the
# widest, so the note reads as cut at a width and the level goes with its line.
CLINIC_EN = ("Back pain clinic\n"
             "79F, numbness over the lateral foot, pain in the left buttock and low\n"
             "back pain for six weeks.\n"
             "MRI lumbar spine and pelvis 12/03/2025: undisplaced fracture of the left\n"
             "S1 segment of the sacrum, extending into the S1 foramen; no L5 fracture.\n"
             "Plan: analgesia, physiotherapy, review in six weeks.")
CLINIC_SV = ("Ryggmottagningen\n"
             "79-årig kvinna, domning på fotens utsida, smärta i vänster skinka och\n"
             "ont i ländryggen sedan sex veckor.\n"
             "MR ländrygg och bäcken 2025-03-12: odislocerad fraktur genom vänster\n"
             "S1-segment av sakrum, ut i S1-foramen; ingen fraktur i L5 eller L4.\n"
             "Plan: smärtlindring, fysioterapi, återbesök om sex veckor.")


@pytest.mark.parametrize("text, lang", [(CLINIC_EN, "en"), (CLINIC_SV, "sv")])
def test_a_short_letter_cut_at_a_width_reads_as_unwrapped(text, lang):
    title, body = text.split("\n", 1)
    found = assertions_by_concept(text, lang)
    assert found == assertions_by_concept(title + "\n" + body.replace("\n", " "), lang)
    assert found["sacral_fracture"] == ["present"]


@pytest.mark.parametrize("text, lang, modality, status", [
    ("Daughter phoned: the family want no more tests and the patient is still awaiting\nMRI pelvis.", "en", "mri",
     "requested"),
    ("Seen on the ward round. She underwent\nCT of the pelvis yesterday, no fracture.", "en", "ct", "performed"),
    ("Dottern ringer: anhöriga önskar inga fler undersökningar och pat avböjer\nMR bäcken. Hon vill vara hemma.",
     "sv", "mri", "not_performed"),
    ("Dottern ringer: anhoriga onskar inga fler undersokningar och pat avbojer\nMR backen. Hon vill vara hemma.",
     "sv", "mri", "not_performed"),
    ("Pat inväntar\nMR bäcken enligt remiss från ortopeden.", "sv", "mri", "requested"),
])
def test_a_line_that_ends_on_a_verb_wanting_its_object_goes_on(text, lang, modality, status):
    assert statuses(text, lang, modality) == [status]


@pytest.mark.parametrize("text, lang, modality, status", [
    # a list of studies, one per line: the line before ends on a result, not on a verb
    ("Imaging\nCT pelvis 2/3: no fracture\nMRI pelvis 5/3: sacral insufficiency fracture", "en", "mri", "performed"),
    ("Undersökningar\nDT buk 2/3: ua\nMR bäcken 5/3: sakral insufficiensfraktur", "sv", "mri", "performed"),
])
def test_a_list_of_studies_keeps_its_lines(text, lang, modality, status):
    assert statuses(text, lang, modality) == [status]


@pytest.mark.parametrize("text, lang", [
    ("Misstänkt sakrumfraktur\navfärdades på DT bäcken 5/11, som visade artros men ingen fraktur.", "sv"),
    ("Misstankt sakrumfraktur\navfardades pa DT backen 5/11.", "sv"),
    ("Kompressionsfraktur L1, trolig\nkotkompression även L2 kan ej uteslutas.", "sv"),
    ("Suspected sacral fracture\nexcluded on CT pelvis 5/11, which showed SI joint arthropathy only.", "en"),
    ("Possible pubic ramus fracture\nruled out on the CT.", "en"),
])
def test_a_line_break_between_a_trigger_and_its_finding_changes_nothing(text, lang):
    assert assertions_by_concept(text, lang) == assertions_by_concept(text.replace("\n", " "), lang)


@pytest.mark.parametrize("text, lang", [
    # a bracketed remark in small letters cut onto the next line belongs to the sentence before it
    ("Remiss MR bäcken skickad till Unilabs\n(upphandlad MR).", "sv"),
    ("Hon har inte gjort någon DT av bäckenet\n(enligt dottern), bara slätröntgen.", "sv"),
    ("No CT of the pelvis has been done\n(per her daughter), only plain films.", "en"),
    ("MRI pelvis was declined by the patient\n(claustrophobia) in March.", "en"),
])
def test_a_bracketed_remark_cut_onto_the_next_line_goes_on(text, lang):
    assert exam_rows(text, lang) == exam_rows(text.replace("\n", " "), lang)
    assert assertions_by_concept(text, lang) == assertions_by_concept(text.replace("\n", " "), lang)


@pytest.mark.parametrize("text, lang, modality, status", [
    # an item of a lettered or numbered list in brackets opens its own line
    ("Plan:\n(a) MRI pelvis requested\n(b) no CT", "en", "mri", "requested"),
    ("Plan:\n(1) MR bäcken beställs\n(2) ingen DT", "sv", "mri", "requested"),
])
def test_a_bracketed_list_item_keeps_its_line(text, lang, modality, status):
    assert statuses(text, lang, modality) == [status]


@pytest.mark.parametrize("text, lang, concept, expected", [
    # the referral's question cut onto a second line: the report still opens on the line after it
    ("Clinical details: 63M, marathon runner, 3/52 left buttock pain, no\ntrauma. ?stress fracture\nThere is a faint "
     "sclerotic band in the left sacral ala ?stress fracture.", "en", "sacral_fracture", ["uncertain"]),
    ("Clinical details: 3/52 left buttock pain, no trauma. ?stress fracture\nThere is a faint sclerotic band in the "
     "left sacral ala ?stress fracture.", "en", "sacral_fracture", ["uncertain"]),  # the same on one line
    ("Frågeställning: 80-årig kvinna med ont i korsryggen sedan fallet, tidigare\nkotkompression. ?sakrumfraktur\n"
     "Det finns en skleros i vänster sakralvinge, ?insufficiensfraktur.", "sv", "sacral_fracture",
     ["hypothetical", "uncertain"]),  # the referral's question, then the report's own doubt
    # a Swedish report opens after a question on the heading's line, as an English one does
    ("Frågeställning: ont i korsryggen. ?sakrumfraktur\nSkelettet är osteopent. Det finns en skleros i vänster "
     "sakralvinge, ?insufficiensfraktur.", "sv", "sacral_fracture", ["hypothetical", "uncertain"]),
    # a second line of the referral that tells of an earlier study is no report: its question still asks
    ("Frågeställning: Fall i hemmet, ont i korsryggen.\nIngen fraktur på slätröntgen i går. ?sakrumfraktur", "sv",
     "sacral_fracture", ["hypothetical"]),
    # a question of two lines whose second line is no report keeps asking
    ("Clinical details: 3/52 left buttock pain after a fall, no\ntrauma since. ?sacral fracture\n?pubic ramus "
     "fracture", "en", "sacral_fracture", ["hypothetical"]),
])
def test_a_question_cut_onto_a_second_line_ends_where_the_report_opens(text, lang, concept, expected):
    assert assertions_by_concept(text, lang, "radiology")[concept] == expected

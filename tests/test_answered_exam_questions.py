"""A question about a study, settled by a bare answer in the next sentence, as a question about a finding is.

A short question naming a study reads as a request ("MRI pelvis?" in a plan). Answered "No" in the sentence after it
("DT bäcken? Nej.", "Any previous MRI of the pelvis? None."), no study was done and none was asked for. Answered
"Yes", the study was done only where the question asks whether it was (context.json
``next_sentence_hedges.done_question``: "Has she had", "Har hon gjort", "Tidigare MR bäcken?"); a yes to a proposal
("MRI pelvis? Yes.") agrees to ask for it. An answer that goes on with more than a bare word settles nothing."""
import pytest

from tests.phrasing import exam_rows, notes_table, scan


@pytest.mark.parametrize("text, lang, expected", [
    ("CT pelvis? No.", "en", "not_performed"),
    ("Has she had a CT of the pelvis? No.", "en", "not_performed"),
    ("Any previous MRI of the pelvis? None.", "en", "not_performed"),
    ("Has she had a CT of the pelvis? Yes, in March.", "en", "performed"),
    ("Did he have an MRI of the pelvis at the other hospital? Yes.", "en", "performed"),
    ("DT bäcken? Nej.", "sv", "not_performed"),
    ("Har hon gjort någon DT av bäckenet? Nej.", "sv", "not_performed"),
    ("Har hon gjort någon DT av bäckenet? Ja, i mars.", "sv", "performed"),
    ("Tidigare MR bäcken? Ja, 2023.", "sv", "performed"),
    ("Tidigare MR backen? Ja, for tva ar sedan.", "sv", "performed"),  # no å/ä/ö
    # a "no" that goes on, as an English one may ("No, never.")
    ("Tidigare DT bäcken? Nej, aldrig.", "sv", "not_performed"),
    ("Har hon gjort MR bäcken? Nej (enligt dottern).", "sv", "not_performed"),
    ("Has she had an MRI of the pelvis? No, never.", "en", "not_performed"),
])
def test_a_bare_answer_settles_a_question_about_a_study(text, lang, expected):
    assert [row[1] for row in exam_rows(text, lang)] == [expected]


@pytest.mark.parametrize("text, lang", [
    ("MRI pelvis? Yes.", "en"),  # a proposal agreed: asked for, not done
    ("CT pelvis? Yes, if the pain persists.", "en"),
    ("MR bäcken? Ja.", "sv"),
    ("MRI pelvis? Awaiting.", "en"),
    ("MR bäcken? Ska diskuteras med ortopeden.", "sv"),  # no bare answer
])
def test_a_yes_to_a_proposal_or_no_bare_answer_leaves_the_request(text, lang):
    assert [row[1] for row in exam_rows(text, lang)] == ["requested"]


def test_a_study_answered_done_is_a_workup_and_one_answered_no_leaves_none():
    notes = [("n1", "2025-01-14", "clinical", "", "Ramusfraktur vänster efter fallet. Har hon gjort någon DT av bäckenet efter "
              "fallet? Ja.", "sv"),
             ("n2", "2025-01-14", "clinical", "", "Ramus fracture on the left after a fall. CT pelvis? No.", "en")]
    table = notes_table([notes[0]])
    done = scan(table).cases.iloc[0]
    assert done["workup"] == "ct"
    not_done = scan(notes_table([notes[1]])).cases.iloc[0]
    assert not_done["workup"] == "none"


@pytest.mark.parametrize("text, concept, expected", [
    ("Sakrumfraktur? Nej, men ont i ländryggen.", "sacral_fracture", ["negated"]),
    ("Ländryggssmärta? Nej - mest i nacken.", "low_back_pain", ["negated"]),
    ("Osteoporos? Ingen.", "osteoporosis", ["negated"]),
])
def test_a_swedish_no_that_goes_on_denies_the_finding_asked(text, concept, expected):
    from tests.phrasing import assertions
    assert assertions(text, "sv", concept) == expected

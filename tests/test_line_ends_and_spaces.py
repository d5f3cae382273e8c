"""A note reads the same whatever its line ends and however many spaces stand between its words.

Notes exported from Windows systems end their lines with "\\r\\n"; typists put two spaces after a full stop, forms
pad their fields ("Sakrum:   ua"). Read as written, "\\r\\n" kept a word broken at a line-end hyphen ("länd-" +
"ryggssmärta") or a soft-wrapped clause apart, and the tokenizer made a token of each extra space, which parted the
words of a phrase or a trigger ("No  sacral fracture", "MRI pelvis was cancelled.  Patient declined"). Both are now
read as "\\n" and one space (textnorm.read_text), and every offset still points into the text as written. The
sample notes, scanned with "\\r\\n" line ends or with every space doubled, give the same mentions and cases."""
from __future__ import annotations

import re

import pandas as pd
import pytest

import reportminer
from reportminer.io import read_notes, read_patients
from reportminer.pipeline import scan
from reportminer.textnorm import read_text, single_spaced, unify_line_ends

from .phrasing import assertions, one_note, statuses

SAMPLE = reportminer.__file__.rsplit("/", 1)[0] + "/data/sample"


# --- the readers themselves ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("a\r\nb", "a\nb"),
    ("a\rb", "a\nb"),
    ("\r\n\r\nx\r", "\n\nx\n"),
])
def test_line_ends_are_read_as_newlines(text, expected):
    unified, back = unify_line_ends(text)
    assert unified == expected
    assert len(back) == len(unified) + 1 and back[-1] == len(text)


@pytest.mark.parametrize("text, expected", [
    ("no  sacral   fracture", "no sacral fracture"),
    ("Fraktur.  Ingen", "Fraktur. Ingen"),
    ("   indented  line", "   indented line"),  # indentation kept: it tells a wrapped line
    ("trailing  \nnext", "trailing  \nnext"),  # spaces before a line end part no words
])
def test_runs_of_spaces_between_words_are_read_as_one(text, expected):
    spaced, back = single_spaced(text)
    assert spaced == expected
    assert (back is None) == (spaced == text)


@pytest.mark.parametrize("text", ["Smärta i ländryggen.", "One line\nand another.", "", "\t tabbed"])
def test_text_with_neither_is_left_alone(text):
    read = read_text(text)
    assert read.text == text and read.back is None


def test_offsets_point_into_the_text_as_written():
    text = "Fall i hemmet.\r\nSmärta  i  ländryggen sedan\r\ntre veckor.  Rtg:  kotkompression  L1."
    found = one_note(text, "sv").mentions
    assert set(found["concept"]) >= {"low_back_pain", "vertebral_compression_fracture"}
    assert all(text[s:e] == t for s, e, t in found[["start", "end", "text"]].itertuples(index=False))
    assert all(text[m.start:m.end] == m.text for m in reportminer.extract(text, language="sv"))


# --- what they change --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language, concept, expected", [
    # each of these read otherwise as written (two spaces part a heading from its text, "\r\n" a broken word)
    ("GP consultation.  80-year-old woman.  Plan:  X-ray of the thoracolumbar spine, paracetamol.", "en",
     "imaging_radiograph", ["hypothetical"]),
    ("Osteo-\r\nporos sedan 2018.", "sv", "osteoporosis", ["present"]),
    # and these read so before as well, and still do
    ("Tilltagande länd-\r\nryggssmärta sedan jul.", "sv", "low_back_pain", ["present"]),
    ("Plan:  MRI of the pelvis.", "en", "imaging_mri", ["hypothetical"]),
    ("No  sacral fracture.", "en", "sacral_fracture", ["negated"]),
    ("Ingen  fraktur i sakrum.", "sv", "sacral_fracture", ["negated"]),
    ("Sakrum:   ua.", "sv", "sacral_fracture", ["negated"]),
    ("Possible  insufficiency fracture of the  sacrum.", "en", "sacral_fracture", ["uncertain"]),
])
def test_a_sentence_reads_as_it_would_with_single_spaces_and_newlines(text, language, concept, expected):
    assert assertions(text, language, concept) == expected


@pytest.mark.parametrize("text, language, modality, expected", [
    ("MRI pelvis was planned to look for\r\nfurther injury but was cancelled because of her pacemaker.", "en", "mri",
     ["not_performed"]),
    ("MR bäcken  avbokad  av patienten.", "sv", "mri", ["not_performed"]),
    ("CT pelvis  requested.", "en", "ct", ["requested"]),
])
def test_an_exams_fate_reads_as_it_would_with_single_spaces_and_newlines(text, language, modality, expected):
    assert statuses(text, language, modality) == expected


# --- the sample notes, whole --------------------------------------------------------------------------------------
def _labels(result) -> dict:
    m = result.mentions
    return {nid: sorted(set(zip(g["concept"], g["assertion"]))) for nid, g in m.groupby("note_id")}


def _cases(result) -> pd.DataFrame:
    return result.cases.set_index("patient_id")[["flagged", "priority", "workup"]].sort_index()


@pytest.mark.parametrize("rewrite", [
    lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n"),
    lambda t: re.sub(r"(?<=\S) (?=\S)", "  ", t),
    lambda t: re.sub(r"(?<=[.:;]) (?=\S)", "   ", t),
], ids=["crlf", "every-space-doubled", "spaces-after-stops"])
def test_the_sample_reads_the_same_rewritten(rewrite):
    notes, problems = read_notes(f"{SAMPLE}/notes.csv")
    patients, _ = read_patients(f"{SAMPLE}/patients.csv")
    assert problems == []
    rewritten = notes.assign(text=[rewrite(t) for t in notes["text"]])
    assert not rewritten["text"].equals(notes["text"])
    before, after = scan(notes, patients), scan(rewritten, patients)
    assert _labels(after) == _labels(before)
    pd.testing.assert_frame_equal(_cases(after), _cases(before))


# --- a note printed in capitals -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language, concept, expected", [
    ("SAKRUM U.A.", "sv", "sacral_fracture", ["negated"]),
    ("SAKRUM U.A. ÖVRIGA SKELETTET UTAN FOKALA FÖRÄNDRINGAR.", "sv", "sacral_fracture", ["negated"]),
    ("Sakrum U.A.", "sv", "sacral_fracture", ["negated"]),
    ("Sakrum u.a.", "sv", "sacral_fracture", ["negated"]),
])
def test_a_dotted_abbreviation_in_capitals_reads_as_in_lower_case(text, language, concept, expected):
    """spaCy cuts the last full stop off "u.a." but kept "U.A." whole, so the trigger "u.a." never found it and
    "SAKRUM U.A." read as a sacral fracture stated present."""
    assert assertions(text, language, concept, "radiology") == expected

"""Each note is read once: the per-note analysis normalises a note's text (``textnorm.read_text``: invisible spaces,
mojibake, line ends, spoken punctuation) one time, tells its language from that, and hands the text as read to
extraction (``NotePipeline.extract_read``), which reads no further. Counted, not timed. ``extract`` on its own, for
one note, reads the note itself and returns offsets into the note as written."""
from __future__ import annotations

import pandas as pd

import reportminer.nlp as nlp_module
import reportminer.pipeline as pipeline_module
from reportminer.pipeline import analyse_notes
from reportminer.io import validate_notes

NOTES = [
    ("n1", "p1", "2024-03-01", "clinical", "", "", "Ont i ländryggen sedan fallet. Rtg bäcken: fraktur i höger ramus."),
    ("n2", "p1", "2024-03-02", "radiology", "", "CT pelvis",
     "FINDINGS: Compression fracture of L1.\u200b No sacral fracture."),
    ("n3", "p2", "2024-03-03", "clinical", "sv", "", "Ingen smÃ¤rta i lÃ¤ndryggen."),  # mojibake, read once too
]


def _notes() -> pd.DataFrame:
    raw = pd.DataFrame(NOTES, columns=["note_id", "patient_id", "note_date", "note_type", "language", "exam", "text"])
    notes, problems = validate_notes(raw, "notes.csv")
    assert problems == []
    return notes


def _counting(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = nlp_module.read_text

    def counted(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(nlp_module, "read_text", counted)
    monkeypatch.setattr(pipeline_module, "read_text", counted)
    return calls


def test_the_per_note_analysis_reads_each_note_once(monkeypatch):
    calls = _counting(monkeypatch)
    mentions, facts, exams = analyse_notes(_notes())
    assert sorted(calls) == sorted(text for *_, text in NOTES)
    assert set(mentions["note_id"]) == {"n1", "n2", "n3"}


def test_offsets_point_into_the_note_as_written_after_a_single_read(monkeypatch):
    _counting(monkeypatch)
    mentions, _, _ = analyse_notes(_notes())
    written = {note_id: text for note_id, *_, text in NOTES}
    for row in mentions.itertuples():
        assert written[row.note_id][row.start:row.end] == row.text
    n3 = mentions[mentions["note_id"] == "n3"]
    assert list(zip(n3["concept"], n3["assertion"])) == [("low_back_pain", "negated")]


def test_extract_alone_reads_the_note_and_maps_back_to_it(nlp_sv):
    text = "Ingen smÃ¤rta i lÃ¤ndryggen. Fraktur i hÃ¶ger ramus."
    found = nlp_sv.extract(text)
    assert [(m.concept, m.assertion) for m in found] == [("low_back_pain", "negated"), ("pubic_ramus_fracture", "present")]
    assert [text[m.start:m.end] for m in found] == [m.text for m in found]
    read = nlp_sv.read(text)
    assert read.text != text
    on_read = nlp_sv.extract_read(read.text)
    assert [(m.concept, m.assertion) for m in on_read] == [(m.concept, m.assertion) for m in found]
    assert [read.text[m.start:m.end] for m in on_read] == [m.text for m in on_read]


def test_extract_read_of_a_note_without_findings_is_empty(nlp_en):
    assert nlp_en.extract_read("Blood pressure 145/85. Follow-up in two weeks.") == []

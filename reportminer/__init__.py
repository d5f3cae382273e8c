"""reportminer: finds possibly missed sacral insufficiency fractures in Swedish and English clinical notes.

Python API::

    import reportminer
    reportminer.extract("Fraktur i höger ramus superior, ingen sakrumfraktur.")   # mentions of one note
    reportminer.assertion("No evidence of fracture.", 15, 23, language="en")       # -> "negated"
    mentions, cases = reportminer.scan(notes_df, patients_df)                      # the two output tables
"""
from __future__ import annotations

import pandas as pd

from .language import detect_language
from .nlp import Mention, get_pipeline
from .textnorm import read_text

__version__ = "0.1.0"
__all__ = ["extract", "assertion", "scan", "detect_language", "Mention", "__version__"]


def extract(text: str, language: str | None = None, lexicon_dir: str | None = None,
            note_type: str | None = None) -> list[Mention]:
    """Concept mentions of one note's text, each with its assertion, offsets, section and (imaging) region.

    Parameters
    ----------
    text : the note's free text.
    language : "sv" or "en"; detected from the text when None.
    lexicon_dir : a site's lexicon folder that extends the bundled lexicons.
    note_type : the note's type as in CONTRACT.md ("radiology", "clinical", ...). In a radiology report's
        history field "?X" is the referral's question (hypothetical), in a clinical note's a suspicion
        (uncertain); None reads the text as a radiology report would be read.
    """
    language = language or detect_language(read_text(text).text)  # "lÃ¤ndrygg" is read as "ländrygg"
    return get_pipeline(language, lexicon_dir).extract(text, note_type=note_type)


def assertion(text: str, start: int, end: int, language: str | None = None, concept: str | None = None,
              lexicon_dir: str | None = None) -> str:
    """The assertion (present, negated, uncertain, hypothetical, historical) of any span ``text[start:end]``.

    Lets other projects use reportminer's context engine on their own target terms (a drop-in for negspacy or
    medspaCy's ConText): the span is judged in its sentence and section like a concept mention.

    Parameters
    ----------
    text : the whole note or sentence.
    start, end : character offsets of the target term in ``text``.
    language : "sv" or "en"; detected from the text when None.
    concept : one of reportminer's concepts (CONTRACT.md) to judge the span with that concept's triggers;
        None or any other name judges it with the general triggers (negation, uncertainty, hypothetical,
        historical; a condition of someone else, "family history of", "mother had", is ``historical``:
        background that is not the patient's own current finding).

    Returns
    -------
    str : one of ``present``, ``negated``, ``uncertain``, ``hypothetical``, ``historical``.

    Examples
    --------
    >>> text = "The patient denies chest pain."
    >>> assertion(text, text.index("chest pain"), len(text) - 1, language="en")
    'negated'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span ({start}, {end}) is not inside the text of length {len(text)}")
    if concept is not None and (not isinstance(concept, str) or not concept.strip()):
        raise ValueError(f"concept must be a non-empty string or None, got {concept!r}")
    pipeline = get_pipeline(language or detect_language(text), lexicon_dir)
    return pipeline.assert_span(text, start, end, concept)


def scan(notes: pd.DataFrame, patients: pd.DataFrame | None = None, as_of=None,
         lexicon_dir: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Mentions and cases (the columns of mentions.csv and cases.csv) for a notes table.

    ``patients`` is the output of :func:`reportminer.io.read_patients` or a DataFrame with
    ``patient_id, sex, birth_date`` (or ``age``). Rows that cannot be used are logged and skipped.
    """
    from .io import MENTION_COLUMNS, normalize_sex
    from .pipeline import log, scan as run_scan

    if patients is not None:
        patients = patients.copy()
        empty = pd.Series("", index=patients.index)
        patients["sex"] = patients.get("sex", empty).fillna("").map(normalize_sex)
        patients["birth_date"] = pd.to_datetime(patients.get("birth_date", empty), errors="coerce")
        patients["age"] = pd.to_numeric(patients.get("age", empty), errors="coerce")
    result = run_scan(notes, patients, as_of=as_of, lexicon_dir=lexicon_dir)
    for problem in result.problems:
        log.warning("skipped %s", problem)
    return result.mentions[list(MENTION_COLUMNS)], result.cases

"""Lexicon suggestions from the hospital's own notes, for lexicon curators.

Where a note uses a fracture, pain or imaging word (the lexicon's ``FX`` and ``PAIN`` classes and its one-word
imaging terms) that no concept of the lexicon took up, something nearby is often a synonym, a site or a local
abbreviation the lexicon lacks: "insufficiensfraktur i **bäckenringen**", "ont i **baken**", "**MRT-us** bäcken".
This module collects the phrases (one to three words) within a few words of such an orphaned word, leaves out
every phrase that overlaps a lexicon match or equals a lexicon entry, and ranks them by how many notes of
*confirmed* cases contain them (then by patients, then by how rarely they occur elsewhere). A curator reads the
list and adds what is a real term to a site lexicon folder (README, "Extending for a site").

The text comes from the notes file when given; otherwise from the state database, which keeps the sentences
that hold a mention (not whole notes), so only phrases in those sentences can be found.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import pandas as pd

from .concepts import make_compiler
from .lexicon import IMAGING_CONCEPTS, LANGUAGES, Lexicon
from .nlp import NotePipeline, get_pipeline
from .textnorm import fold_lower

WINDOW = 3  # words on either side of an orphaned fracture/pain/imaging word
MAX_WORDS = 3
SUGGESTION_COLUMNS = ("phrase", "language", "near", "confirmed_notes", "confirmed_patients", "other_notes",
                      "example_note_id")

# Words that carry no term of their own: a phrase may not begin or end with one (compared folded).
_STOPWORDS = {
    "sv": frozenset("""
        och i på av med som en ett är var har hade den det de där till för från vid efter utan ingen inga inget
        inte ej men om eller samt pga p.g.a ua u.a hö vä höger vänster sin dx bilat pat patienten sedan nu även
        ffa ca mm dvs sig sitt sina hon han hen kan ska skall får fick blir blev vara varit mot under över än
        då så nog också mycket lite lätt något några nytt ny nya sida sidan vid enligt bör både bara redan
        idag igår ev""".split()),
    "en": frozenset("""
        the a an of in on at to and or with without no not for from by is was are were has had have be been
        this that there as but r l rt lt right left bilateral b/l pt patient since now also about some any
        more less mild her his she he it its can could may might will would should into over under than
        then so very new which who when while due per after before during because c/o x""".split()),
}
STOPWORDS = {lang: frozenset(fold_lower(w) for w in words) for lang, words in _STOPWORDS.items()}


@dataclass(frozen=True)
class _Anchors:
    """The fracture, pain and imaging words of one language, as whole-token expressions."""

    kinds: tuple[tuple[str, re.Pattern], ...]
    lexicon_terms: frozenset[str]  # plain entries of the lexicon, folded: never suggested

    def kind_of(self, norm: str) -> str | None:
        for kind, regex in self.kinds:
            if regex.fullmatch(norm):
                return kind
        return None


def _anchors(pipeline: NotePipeline) -> _Anchors:
    lexicon = pipeline.lexicon
    compiler = make_compiler(pipeline.nlp, lexicon)
    kinds = []
    for kind, cls in (("fracture", "FX"), ("pain", "PAIN")):
        if isinstance(lexicon.classes.get(cls), list):
            kinds.append((kind, re.compile(compiler.class_regex(cls), re.IGNORECASE)))
    imaging = []
    for concept in IMAGING_CONCEPTS:
        for entry in lexicon.concepts.get(concept, ()):
            compiled = compiler.compile(entry)
            if len(compiled.tokens) == 1:
                norm = compiled.tokens[0].get("NORM")
                imaging.append(re.escape(norm) if isinstance(norm, str) else _bare(norm["REGEX"]))
    if imaging:
        kinds.append(("imaging", re.compile("|".join(f"(?:{r})" for r in imaging), re.IGNORECASE)))
    return _Anchors(tuple(kinds), _plain_terms(lexicon))


def _bare(regex: str) -> str:
    """``(?i)^(?:X)$`` -> ``X`` (fullmatch and the IGNORECASE flag do the rest)."""
    return re.sub(r"^\(\?i\)\^\(\?:(.*)\)\$$", r"\1", regex)


def _plain_terms(lexicon: Lexicon) -> frozenset[str]:
    entries = [e for es in lexicon.concepts.values() for e in es] + list(lexicon.exclusions)
    entries += [e for t in lexicon.triggers for e in t.entries]
    entries += [e for es in lexicon.regions.values() for e in es] + list(lexicon.sacrum_assessed)
    entries += [e for es in lexicon.back_pain.values() for e in es]  # known, counted where the note places it
    entries += [h for s in lexicon.sections for h in s.headings]
    literals = [e if isinstance(e, str) else e.get("literal", "") for e in entries]
    return frozenset(" ".join(fold_lower(w) for w in t.split()) for t in literals if t)


def _phrases(pipeline: NotePipeline, anchors: _Anchors, text: str) -> dict[tuple[str, str], set[str]]:
    """Unmatched phrases near orphaned anchor words in ``text``: (folded phrase, as written in lower case) ->
    kinds of anchor word near it."""
    matched = [(m.start, m.end) for m in pipeline.extract(text)]
    stop = STOPWORDS.get(pipeline.language, frozenset())
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for sent in pipeline.splitter.sentences(text):
        doc = pipeline.nlp.make_doc(text[sent.start:sent.end])
        excluded = _excluded_tokens(pipeline, doc)
        words = []  # (norm, usable, lower): usable = a word outside every lexicon match and exclusion
        for tok in doc:
            start = sent.start + tok.idx
            inside = tok.i in excluded or any(s < start + len(tok.text) and start < e for s, e in matched)
            wordlike = tok.is_alpha or bool(re.fullmatch(r"[^\W\d_]+(?:[-/][^\W\d_]+)*", tok.text))
            words.append((fold_lower(tok.text), wordlike and not inside, tok.text.lower()))
        for i, (norm, usable, _) in enumerate(words):
            kind = anchors.kind_of(norm) if usable else None
            if kind is None:
                continue
            for phrase in _ngrams_near(words, i, stop, anchors):
                found[phrase].add(kind)
    return found


def _excluded_tokens(pipeline: NotePipeline, doc) -> set[int]:
    """Tokens inside the lexicon's exclusions ("pelvic compression test", "nervrotskompression"): curators
    already decided these are no concept, so they are not suggested again."""
    matcher = getattr(pipeline.nlp.get_pipe("reportminer_concepts"), "exclusions", None)
    if matcher is None:
        return set()
    pipeline.nlp.get_pipe("reportminer_normalizer")(doc)  # exclusions match on the folded NORM
    return {i for span in matcher(doc, as_spans=True) for i in range(span.start, span.end)}


def _ngrams_near(words: list[tuple[str, bool, str]], i: int, stop: frozenset[str], anchors: _Anchors):
    lo, hi = max(0, i - WINDOW), min(len(words), i + WINDOW + 1)
    for start in range(lo, hi):
        for n in range(1, MAX_WORDS + 1):
            span = words[start:start + n]
            if start + n > hi or len(span) < n or not all(u for _, u, _ in span):
                break
            norms = [w for w, _, _ in span]
            if norms[0] in stop or norms[-1] in stop or len(norms[0]) < 2 or len(norms[-1]) < 2:
                continue
            if all(anchors.kind_of(w) for w in norms):
                continue  # the known word alone is no suggestion
            phrase = " ".join(norms)
            if phrase not in anchors.lexicon_terms:
                yield phrase, " ".join(w for _, _, w in span)


def suggest(units: pd.DataFrame, confirmed: set[str], lexicon_dir: str | None = None, min_count: int = 2
            ) -> pd.DataFrame:
    """Rank candidate lexicon phrases by how often they occur in notes of confirmed cases.

    Parameters
    ----------
    units : texts to read, with columns patient_id, note_id, language ("sv"/"en"), text (whole notes or sentences).
    confirmed : patient ids whose latest review decision is ``confirmed``.
    min_count : least number of confirmed-case notes a phrase must occur in.

    Returns the columns of :data:`SUGGESTION_COLUMNS`, best first.
    """
    notes: dict[tuple[str, str], set[str]] = defaultdict(set)  # (language, phrase) -> note ids
    patients: dict[tuple[str, str], set[str]] = defaultdict(set)
    near: dict[tuple[str, str], set[str]] = defaultdict(set)
    written: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for unit in units.sort_values(["note_id"], kind="stable").itertuples(index=False):
        if unit.language not in LANGUAGES or not str(unit.text).strip():
            continue
        pipeline = get_pipeline(unit.language, lexicon_dir)
        for (phrase, as_written), kinds in _phrases(pipeline, _cached_anchors(unit.language, lexicon_dir),
                                                    str(unit.text)).items():
            key = (unit.language, phrase)
            written[key][as_written] += 1
            notes[key].add(unit.note_id)
            patients[key].add(unit.patient_id)
            near[key] |= kinds
    patient_of = dict(zip(units["note_id"], units["patient_id"]))
    rows = []
    for key, note_ids in notes.items():
        hits = sorted(n for n in note_ids if patient_of[n] in confirmed)
        if len(hits) < min_count:
            continue
        shown = min(written[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]  # the commonest spelling
        rows.append((shown, key[0], ";".join(sorted(near[key])), len(hits),
                     len({patient_of[n] for n in hits}), len(note_ids) - len(hits), hits[0]))
    frame = pd.DataFrame(rows, columns=list(SUGGESTION_COLUMNS))
    frame = frame.sort_values(["confirmed_notes", "confirmed_patients", "other_notes", "language", "phrase"],
                              ascending=[False, False, True, True, True], kind="stable")
    return frame.reset_index(drop=True)


_ANCHOR_CACHE: dict[tuple[str, str | None], _Anchors] = {}


def _cached_anchors(language: str, lexicon_dir: str | None) -> _Anchors:
    key = (language, lexicon_dir)
    if key not in _ANCHOR_CACHE:
        _ANCHOR_CACHE[key] = _anchors(get_pipeline(language, lexicon_dir))
    return _ANCHOR_CACHE[key]


# --- where the text and the decisions come from ---------------------------------------------------------------
def confirmed_patients(decisions: pd.DataFrame) -> set[str]:
    """Patients whose latest verdict (confirmed, dismissed, workup_done) is ``confirmed``."""
    from .decisions import confirmed_patients as confirmed

    return confirmed(decisions)


def units_from_notes(notes: pd.DataFrame) -> pd.DataFrame:
    """Whole notes (validated notes table) as texts to read; an empty language is detected."""
    from .language import detect_language

    frame = notes[["patient_id", "note_id", "language", "text"]].copy()
    frame["language"] = [lang or detect_language(text) for lang, text in zip(frame["language"], frame["text"])]
    return frame.reset_index(drop=True)


def units_from_db(db_url: str) -> pd.DataFrame:
    """The stored sentences of each note (those holding a mention), one text per note."""
    import sqlalchemy as sa

    from .state import engine_for, mentions, notes

    query = (sa.select(mentions.c.patient_id, mentions.c.note_id, notes.c.language, mentions.c.sentence,
                       mentions.c.start)
             .join(notes, notes.c.note_id == mentions.c.note_id))
    with engine_for(db_url).connect() as conn:
        frame = pd.read_sql(query, conn)
    frame = frame.sort_values(["note_id", "start"], kind="stable").drop_duplicates(["note_id", "sentence"])
    joined = frame.groupby(["patient_id", "note_id", "language"], sort=True)["sentence"].agg("\n".join)
    return joined.rename("text").reset_index()


def read_decisions(db_url: str) -> pd.DataFrame:
    from .decisions import read_decisions as read

    return read(db_url)

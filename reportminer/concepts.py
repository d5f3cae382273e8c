"""spaCy components that prepare tokens and find concept spans in candidate sentences.

``reportminer_normalizer`` sets each token's NORM to its folded lowercase text, which every lexicon pattern
matches on. ``reportminer_concepts`` first mends words that dictation or PDF extraction broke ("länd ryggen",
"Kompressions-<newline>fraktur"), then matches the concept patterns, drops spans that an exclusion covers
("nervrotskompression") and all findings of a generic statement ("fragility fractures are common"), joins
overlapping matches of one finding, and gives imaging spans their body region. Back pain with no level of its
own ("ryggsmärta", "back pain") is matched as low-back pain with ``span._.placed`` False, unless its sentence
places it higher ("ryggvärk, ffa i bröstryggen"); whether the rest of the note places it low is decided per note
(reportminer.placement).
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.attrs import NORM, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .matcher import TokenMatcher
from .lexicon import EXCLUSION_FLAGS, FINDING_REGIONS, FRACTURE_CONCEPTS, IMAGING_CONCEPTS, Lexicon, load_lexicon
from .patterns import PatternCompiler
from .textnorm import fold_lower, folded_alternation

LOW_BACK_PAIN = "low_back_pain"
SACRAL_FRACTURE = "sacral_fracture"
VERTEBRAL_COMPRESSION = "vertebral_compression_fracture"

# the fractures whose site word can name whose part broke ("ramus ossis ischii", "L3:s processus transversus")
_PART_SITES = tuple(c for c in FRACTURE_CONCEPTS if c != SACRAL_FRACTURE)

if not Span.has_extension("region"):
    Span.set_extension("region", default=None)
if not Span.has_extension("assertion"):
    Span.set_extension("assertion", default="present")
if not Span.has_extension("listed_with"):  # (start, end, label) of the mention whose fracture word a listed site shares
    Span.set_extension("listed_with", default=None)
if not Span.has_extension("placed"):  # False: back pain with no level of its own (see reportminer.placement)
    Span.set_extension("placed", default=True)

# words that list or weigh sites against each other ("compression fx vs sacral fx", "kot- eller sakrumfrakturer")
_LISTING = frozenset({"and", "or", "nor", "&", ",", ";", "/", "vs", "vs.", "versus", "v", "och", "eller", "samt",
                      "respektive"})

# Levels as dictation and prose spell them ("L one", "T twelve", "L ett", "Th tolv", "the first lumbar vertebra"):
# see _spoken_level. Speech recognition writes the number out in either language.
_NUMBER_WORDS = {w: str(n) for n, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                  "ten", "eleven", "twelve"), start=1)}
_NUMBER_WORDS.update({"ett": "1", "en": "1", "två": "2", "tva": "2", "tre": "3", "fyra": "4", "fem": "5", "sex": "6",
                      "sju": "7", "åtta": "8", "atta": "8", "nio": "9", "tio": "10", "elva": "11", "tolv": "12"})
_ORDINALS = {w: str(n) for n, pair in enumerate((("first", "1st"), ("second", "2nd"), ("third", "3rd"), ("fourth", "4th"),
                                                 ("fifth", "5th"), ("sixth", "6th"), ("seventh", "7th"), ("eighth", "8th"),
                                                 ("ninth", "9th"), ("tenth", "10th"), ("eleventh", "11th"),
                                                 ("twelfth", "12th")), start=1) for w in pair}
_SPINE_REGIONS = {"cervical": "c", "thoracic": "t", "dorsal": "t", "lumbar": "l", "sacral": "s"}

# Tokens at which the search for an exam's region stops: the region belongs to another clause.
_REGION_STOPS = frozenset({".", ";", ",", ":", "(", ")", "!", "?"})
# Looking back ("pelvic MRI") also stops at a coordinator: "MR bäcken och DT ländrygg".
_REACH_WORDS = 3  # words after a field-widening verb that may name the part it takes in ("även hela bäckenet")
_LOOKBACK_STOPS = _REGION_STOPS | {"och", "and", "samt", "eller", "or", "+", "&"}
# what joins the exams of a list that names its body part once, after the last ("CT, MRI and a bone scan of the
# pelvis"): coordinators, and the articles of the next exam
_LIST_COORDINATORS = frozenset({",", "/", "-", "och", "and", "samt", "eller", "or", "+", "&"})
_LIST_JOINERS = _LIST_COORDINATORS | {"a", "an", "the", "en", "ett"}
# Words that open an exam's purpose ("MR bäcken för att utesluta sakral fraktur"): a region named before them is the
# exam's; one named only after them is its region only when the exam names none of its own ("MRI to rule out
# sacral fracture").
_PURPOSE_OPENERS = frozenset({"for", "pga", "p.g.a.", "avseende", "angaende", "ang", "ang.", "mtp", "r/o", "query",
                              "fragestallning", "fst", "fs", "rule", "exclude", "utesluta", "evaluate", "assess",
                              "bedoma"})  # folded, as token NORMs are


@lru_cache(maxsize=None)
def cached_lexicon(language: str, lexicon_dir: str | None) -> Lexicon:
    return load_lexicon(language, lexicon_dir)


def make_compiler(nlp: Language, lexicon: Lexicon) -> PatternCompiler:
    return PatternCompiler(lexicon.classes, lambda text: [t.text for t in nlp.tokenizer(text)])


_FOLDED: dict[int, str] = {}  # token text (hash) -> its NORM; notes repeat their words
_FOLDED_LIMIT = 200_000


@Language.component("reportminer_normalizer", assigns=["token.norm"])
def normalize_tokens(doc: Doc) -> Doc:
    # Whole columns at once (Doc.to_array / from_array): no Token object is made.
    if not len(doc):
        return doc
    strings, folded = doc.vocab.strings, _FOLDED
    if len(folded) > _FOLDED_LIMIT:
        folded.clear()
    norms = []
    for orth in doc.to_array(ORTH).tolist():
        norm = folded.get(orth)
        if norm is None:
            norm = folded[orth] = fold_lower(strings[orth])
        norms.append(strings.add(norm))
    doc.from_array([NORM], numpy.array(norms, dtype="uint64").reshape(-1, 1))
    return doc


@Language.factory(
    "reportminer_concepts",
    default_config={"language": "sv", "lexicon_dir": None},
    requires=["token.norm"],
    assigns=["doc.spans", "span._.region"],
)
def make_concept_matcher(nlp: Language, name: str, language: str, lexicon_dir: str | None) -> "ConceptMatcher":
    return ConceptMatcher(nlp, cached_lexicon(language, lexicon_dir))


def _matcher(nlp: Language, compiler: PatternCompiler, groups: dict[str, tuple]) -> TokenMatcher:
    matcher = TokenMatcher(nlp.vocab)
    for label, entries in groups.items():
        if entries:
            matcher.add(label, [compiler.compile(e).tokens for e in entries])
    return matcher


SECTION_KEY = "reportminer_section"  # doc.user_data key holding the sentence's SectionRule (or None)
# ", men" / ", but" after a teaching statement turns to the patient ("Kotkompressioner är vanliga vid benskörhet,
# men röntgen visade normal höjd av kotkropparna"): the findings of that clause are the patient's again
_TURNS = frozenset({"men", "but"})


def _turn_to_the_patient(doc: Doc, start: int) -> int | None:
    """The index of the first token after a comma and a turning word at or after ``start``, or None."""
    for i in range(max(start, 1), len(doc) - 1):
        if doc[i].norm_ in _TURNS and doc[i - 1].text == ",":
            return i + 1
    return None


def _clause_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The first token of the clause that holds tokens ``start`` to ``end`` and the semicolon that ends it (or the
    doc's end): a teaching statement speaks of its own clause only ("Zoledronate reduces vertebral fractures by 70%;
    flu-like symptoms are common": the fractures are the first clause's, which its own words judge)."""
    first = next((i + 1 for i in range(start - 1, -1, -1) if doc[i].text == ";"), 0)
    last = next((i for i in range(end, len(doc)) if doc[i].text == ";"), len(doc))
    return first, last


_OPENERS = frozenset({":", "("})  # a head ending in one of these names its sites right after it
# words that make the items before a listed site no fractures ("Frakturer: inga, L1 och L2 ua"): folded NORMs
_NO_ITEM = frozenset({"inga", "ingen", "inget", "nej", "ej", "inte", "utan", "no", "none", "not", "nil"})
_GROUP_MARK = "\x1f"  # between a group's name and a label in the keys of a GroupedMatcher


class GroupedMatcher:
    """Several groups of labelled patterns in one :class:`TokenMatcher`, so that a doc's tokens are walked once
    for all of them; the matches come back per group, as the group's own matcher would give them."""

    def __init__(self, nlp: Language, compiler: PatternCompiler, groups: dict[str, dict[str, tuple]]):
        self.matcher = TokenMatcher(nlp.vocab)
        for group, labels in groups.items():
            for label, entries in labels.items():
                if entries:
                    self.matcher.add(group + _GROUP_MARK + label, [compiler.compile(e).tokens for e in entries])
        self._keys: dict[str, tuple[str, str]] = {}

    def __call__(self, doc: Doc) -> dict[str, list[Span]]:
        """Group -> its matches as spans labelled with their label, sorted by (start, end, label)."""
        out: dict[str, list[Span]] = {}
        for start, end, key in self.matcher.find(doc):
            split = self._keys.get(key)
            if split is None:
                split = self._keys[key] = tuple(key.split(_GROUP_MARK, 1))
            out.setdefault(split[0], []).append(Span(doc, start, end, label=split[1]))
        return out


def _exclusion_groups(exclusions: tuple) -> dict[str, tuple]:
    """The exclusions by how they block: ``exclusion`` any match they overlap, ``edges`` (entries with
    ``"edges_only": true``) only a match they overlap at its first or last word, ``start`` (``"start_only": true``)
    only a match whose first word they hold, ``head`` (``"head_only": true``) only a match that holds their first
    word (the words after it only tell that word for the look-alike), ``vertebra`` (``"vertebra_only": true``) only a
    vertebral compression match they overlap: a compression fracture of the pelvis ("kompressionsfraktur i vänster
    sakralvinge") is no vertebra's, while the sacral or ramus fracture the same words name stays."""
    groups: dict[str, list] = {"exclusion": [], **{group: [] for group in EXCLUSION_FLAGS.values()}}
    for entry in exclusions:
        flag = next((f for f in EXCLUSION_FLAGS if isinstance(entry, dict) and entry.get(f)), None)
        groups[EXCLUSION_FLAGS[flag] if flag else "exclusion"].append(entry)
    return {group: tuple(entries) for group, entries in groups.items()}


def _blocks(exclusion: Span, span: Span) -> bool:
    """Whether an exclusion's match removes a concept match. An ``edges`` exclusion ("on T1": the MRI sequence, not
    the vertebra) blocks only where it would be the finding, at the match's first or last word; wholly between them
    it is a stretch of the match's gap ("oedema throughout the sacrum with dark streaks on T1, compatible with
    insufficiency fractures")."""
    if exclusion.end <= span.start or span.end <= exclusion.start:
        return False
    if exclusion.label_ == "vertebra":
        return span.label_ == VERTEBRAL_COMPRESSION
    if exclusion.label_ == "start":  # "ischial ramus fracture": the neighbour's name holds the match's first word
        return exclusion.start <= span.start
    if exclusion.label_ == "head":  # "varken ... eller": only the first word is the look-alike, the rest confirms it
        return span.start <= exclusion.start
    return exclusion.label_ != "edges" or exclusion.start <= span.start or exclusion.end >= span.end


def _union_overlaps(doc: Doc, spans: list[Span], fracture_word: re.Pattern | None = None,
                    another_finding=None) -> list[Span]:
    """Join overlapping matches of one finding into one mention ("old compression fracture of L1" and "L1 with
    30% loss of height" are one fracture), so that it is counted and judged once. Imaging keeps the longest
    match instead: its region is read around the exam word. ``another_finding(first, later, spans)`` tells a match
    that only bridges to another finding (see ConceptMatcher._another_level): it joins nothing."""
    if another_finding is not None:  # a bridge from a shorter match at the same start is no mention of its own
        spans = [s for s in spans if not any(o.start == s.start and o.end < s.end and another_finding(o, s, spans)
                                             for o in spans)]
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            if (span.end > out[-1].end and not _appositive(doc, out[-1], span, fracture_word)
                    and not (another_finding is not None and another_finding(out[-1], span, spans))):
                out[-1] = Span(doc, out[-1].start, span.end, label=span.label_)
        else:
            out.append(span)
    return out


_SITE_TAIL_WORDS = 4  # words of a branch or side ("superior", "superior och inferior bilat") after a whole fracture mention


def _appositive(doc: Doc, first: Span, later: Span, fracture_word: re.Pattern | None) -> bool:
    """A later match that only goes on past a comma after a whole fracture mention describes its kind ("fracture of
    the left inferior pubic ramus, both likely insufficiency fractures", "... ramus, likely an insufficiency
    fracture"): the fracture stays as first stated, and a hedge on its cause does not doubt it."""
    if fracture_word is None or not any(fracture_word.fullmatch(t.norm_) for t in first):
        return False
    # the words of the site's branch or side may stand between the mention and the comma ("Fraktur i vänster ramus
    # superior, misstänkt fraktur i vänster sakralvinge"): a later match from the site on past the comma is another
    # finding or the first one's kind, and its hedge does not doubt the first (round 59 sv)
    end = first.end
    while end < len(doc) and end - first.end < _SITE_TAIL_WORDS and doc[end].is_alpha:
        end += 1
    return end < len(doc) and doc[end].text == "," and later.end > end + 1


def _within(span: Span, spans: list[Span]) -> bool:
    return any(o.start == span.start and o.end == span.end for o in spans)


class ConceptMatcher:
    """Find concept spans (``doc.spans["concepts"]``); ``assessed`` finds sacrum assessments, asked for only on the
    sentences of lumbar-spine reports that name the sacrum (exams.py)."""

    def __init__(self, nlp: Language, lexicon: Lexicon):
        compiler = make_compiler(nlp, lexicon)
        self.exclusions = _matcher(nlp, compiler, {"exclusion": lexicon.exclusions})  # also for suggest.py
        anchors = {compiler.compile(e).anchor for entries in lexicon.concepts.values() for e in entries}
        self.anchor = re.compile("|".join(sorted((a for a in anchors if a), key=len, reverse=True)), re.IGNORECASE)
        self._anchor_cache: dict[str, bool] = {}
        # a vertebral level as dictation writes it, "L-1", "T-12": the tokenizer cuts it at the hyphen
        self.level = re.compile(compiler.class_regex("LEVEL"), re.IGNORECASE) if "LEVEL" in lexicon.classes else None
        # a sacral segment ("S 2", "S two", "second sacral"), mended as a level is
        self.slevel = re.compile(compiler.class_regex("SLEVEL"), re.IGNORECASE) if "SLEVEL" in lexicon.classes else None
        # a site word right before a pain word is the pain's place ("radiusfraktur och sakral smärta")
        self.pain = re.compile(compiler.class_regex("PAIN"), re.IGNORECASE) if "PAIN" in lexicon.classes else None
        self.fracture_word = re.compile(compiler.class_regex("FX"), re.IGNORECASE) if "FX" in lexicon.classes else None
        # the words of the LINK class that join two findings ("and", "och", "samt", "&"), not its punctuation
        links = [w for w in lexicon.classes.get("LINK", ()) if isinstance(w, str) and (w.isalpha() or w == "&")]
        self.coordinator = re.compile("|".join(map(re.escape, links))) if links else None
        self.compress_word = (re.compile(compiler.class_regex("COMPRESS"), re.IGNORECASE)
                              if "COMPRESS" in lexicon.classes else None)
        # a vertebra's own word ("vertebral", "body", "spine"): a compression that names one is a vertebra's
        self.vertebra = re.compile(compiler.class_regex("VERT"), re.IGNORECASE) if "VERT" in lexicon.classes else None
        # a site word followed (after "ossis", a side) by another bone's name or a vertebra's part ("ramus ossis
        # ischii", "L3:s processus transversus"): the fracture is of that bone or part, not of the site
        self.part_of = (re.compile(compiler.class_regex("PARTOF"), re.IGNORECASE)
                        if "PARTOF" in lexicon.classes else None)
        self.part_filler = (re.compile(compiler.class_regex("PARTFILLER"), re.IGNORECASE)
                            if "PARTFILLER" in lexicon.classes else None)
        self.assessed = _matcher(nlp, compiler, {"sacrum_assessed": lexicon.sacrum_assessed})
        coordination = lexicon.coordination
        # What every candidate sentence needs, as one matcher: one walk over the tokens for all groups
        self.grouped = GroupedMatcher(nlp, compiler, {
            "concepts": lexicon.concepts, "exclusions": _exclusion_groups(lexicon.exclusions),
            "generic": {"generic": lexicon.generic},
            "unplaced": {LOW_BACK_PAIN: lexicon.back_pain.get("unplaced", ())},
            "elsewhere": {"elsewhere": lexicon.back_pain.get("elsewhere", ())}, "regions": lexicon.regions,
            "sites": {c: tuple(e) for c, e in coordination.get("sites", {}).items()},
            "list_sites": {c: tuple(e) for c, e in coordination.get("list_sites", {}).items()},
            "heads": {"head": tuple(coordination.get("heads", ()))},
            "opened_sites": {c: tuple(e) for c, e in coordination.get("opened_sites", {}).items()},
            "exception_sites": {c: tuple(e) for c, e in coordination.get("exception_sites", {}).items()},
            "exception_heads": {"exception": tuple(coordination.get("exception_heads", ()))}})
        self.exception_filler = int(coordination.get("exception_filler", 4))
        self.exception_fillers = frozenset(fold_lower(w) for w in coordination.get("exception_fillers", ()))
        self.exception_ends = frozenset(fold_lower(w) for w in coordination.get("exception_ends", ()))
        self.links = frozenset(fold_lower(w) for w in coordination.get("links", ()))
        self.finals = frozenset(fold_lower(w) for w in coordination.get("final", ()))
        self.max_filler = int(coordination.get("max_filler", 2))
        # a fracture history after a colon ("Previous fractures: right wrist 2016, L1 2021, left pubic ramus 2022"):
        # the words an entry may hold besides its site (its dates and brackets not counted)
        self.list_filler = int(coordination.get("list_filler", 3))
        # the words that may follow a site in its entry ("L2 vertebra (2021)", "L1 in March 2025"): others make the
        # site a part of something else ("L4-5 disc degeneration")
        self.list_after_site = frozenset(fold_lower(w) for w in coordination.get("list_after_site", ()))
        self.site_concepts = frozenset(coordination.get("sites", {}))
        self.chain_stops = frozenset(fold_lower(w) for w in coordination.get("stops", ()))
        # words that close a list of sites as its sentence's end does: what happened to the sites, not another site
        # ("Fracture: right superior pubic ramus after a fall", "Fraktur: ramus superior hö efter fall i hemmet")
        self.list_closers = frozenset(fold_lower(w) for w in coordination.get("list_closers", ()))
        self.leads = frozenset(fold_lower(w) for w in coordination.get("leads", ()))
        self.fresh_after = frozenset(fold_lower(w) for w in coordination.get("fresh_after", ()))
        self.fresh = frozenset(fold_lower(w) for w in coordination.get("fresh", ()))
        # "och den gamla", "and an old": a word of age after a coordinator (not after "with": "deformity of T12
        # consistent with prior compression fracture" is one fracture)
        self.aged = frozenset(fold_lower(w) for w in coordination.get("aged", ()))
        self.aged_after = frozenset(fold_lower(w) for w in coordination.get("aged_after", ()))
        self.articles = frozenset(fold_lower(w) for w in coordination.get("articles", ()))
        exceptions = coordination.get("exceptions", {})
        self.exception_phrases = sorted((tuple(fold_lower(w) for w in p.split()) for p in exceptions.get("phrases", ())),
                                        key=len, reverse=True)
        self.exception_starts = frozenset(p[0] for p in self.exception_phrases)
        self.exception_sites = {c: re.compile(compiler.class_regex(name), re.IGNORECASE)
                                for c, name in exceptions.get("sites", {}).items()}
        self.region_rank = {r: i for i, r in enumerate(lexicon.region_priority)}
        self.region_window = lexicon.region_window
        self.region_list_words = frozenset(fold_lower(w) for w in lexicon.region_list_words)
        self.region_reach_words = frozenset(fold_lower(w) for w in lexicon.region_reach_words)
        self.default_region = lexicon.default_region
        # a part of a study ("SPECT/DT"): with no region of its own, a limited field, never a study's default region
        self.study_part = folded_alternation(lexicon.exam_study_parts)
        # a contrast's words (context.json "contrast"): "MR gjordes inte av ländryggen ... utan av bäckenet"
        self.contrast = lexicon.contrast

    def __call__(self, doc: Doc) -> Doc:
        self.mend_broken_words(doc)
        groups = self.grouped(doc)
        spans = self.match(doc, groups)
        self.set_annotations(doc, spans, groups)
        return doc

    def mend_broken_words(self, doc: Doc) -> None:
        """Join a word that a space or a line-end hyphen broke in two, when only the joined form is a concept word.

        "länd ryggen" and "blygd benet" join ("ländryggen", "blygdbenet" are concept words, the halves none);
        "Kompressions-" + line break + "fraktur" joins on the hyphen at the line end alone. Offsets stay those
        of the raw text; only the merged token's NORM is the joined word.
        """
        strings = doc.vocab.strings
        words = [strings[h] for h in doc.to_array(NORM).tolist()]  # plain strings, no Token objects
        spaces = [" " if s else "" for s in doc.to_array(SPACY).tolist()]
        merges: list[tuple[int, int, str]] = []
        i, n = 0, len(words)
        while i < n - 1:
            a, b = words[i], words[i + 1]
            if a.endswith("-") and a[:-1].isalpha() and i + 2 < n and "\n" in b and not b.strip() \
                    and words[i + 2].isalpha() and self._is_anchor(a[:-1] + words[i + 2]):
                merges.append((i, i + 3, a[:-1] + words[i + 2]))
                i += 3
            elif self._hyphenated_level(words, spaces, i):
                merges.append((i, i + 3, a + words[i + 2]))  # "L-1" reads as "l1"
                i += 3
            elif self._colon_level(words, spaces, i):
                merges.append((i, i + 2, a + b[1:]))  # "L:1" reads as "l1"
                i += 2
            elif self._spaced_level(words, spaces, i):
                merges.append((i, i + 2, a + b))  # "Th 12", "L 2" read as "th12", "l2"
                i += 2
            elif (level := self._spoken_level(doc, words, spaces, i)) is not None:
                merges.append((i, i + 2, level))  # "L one", "T twelve", "first lumbar" read as "l1", "t12", "l1"
                i += 2
            elif self._hyphen_broken_word(words, spaces, i):
                merges.append((i, i + 3, a + words[i + 2]))  # "länd-ryggen" reads as "ländryggen"
                i += 3
            elif self._word_broken_in_three(words, spaces, i):
                merges.append((i, i + 3, a + b + words[i + 2]))  # "länd ryggs smärta" reads as "ländryggssmärta"
                i += 3
            elif spaces[i] == " " and len(a) > 1 and len(b) > 1 and a.isalpha() and b.isalpha() \
                    and self._is_anchor(a + b) and not self._is_anchor(a) and not self._is_anchor(b):
                merges.append((i, i + 2, a + b))
                i += 2
            else:
                i += 1
        if merges:
            with doc.retokenize() as retokenizer:
                for start, end, norm in merges:
                    retokenizer.merge(doc[start:end], attrs={"NORM": norm})

    def _hyphenated_level(self, words: list[str], spaces: list[str], i: int) -> bool:
        """Tokens i..i+2 are a level written with a hyphen or a colon ("L-1", "T-12", "Th:12"), no space inside."""
        return (self.level is not None and i + 2 < len(words) and words[i + 1] in ("-", ":") and not spaces[i]
                and not spaces[i + 1] and words[i].isalpha() and words[i + 2].isdigit()
                and self.level.fullmatch(words[i] + words[i + 2]) is not None)

    def _colon_level(self, words: list[str], spaces: list[str], i: int) -> bool:
        """Tokens i, i+1 are a level written with a colon inside ("L:1", "Th:12"), no space inside."""
        if self.level is None or i + 1 >= len(words) or spaces[i]:
            return False
        letters, digits = words[i], words[i + 1]
        return (letters.isalpha() and len(letters) <= 2 and digits[:1] == ":" and digits[1:].isdigit()
                and len(digits) <= 3 and self.level.fullmatch(letters + digits[1:]) is not None)

    def _hyphen_broken_word(self, words: list[str], spaces: list[str], i: int) -> bool:
        """Tokens i..i+2 are a word with a hyphen inside ("länd-ryggen", "blygd-benet") whose joined form alone is a
        concept word: neither half is one ("ramus-fraktur" keeps its parts, which the patterns read)."""
        if i + 2 >= len(words) or spaces[i] or spaces[i + 1] or words[i + 1] != "-":
            return False
        a, c = words[i], words[i + 2]
        return (len(a) > 1 and len(c) > 1 and a.isalpha() and c.isalpha() and self._is_anchor(a + c)
                and not self._is_anchor(a) and not self._is_anchor(c))

    def _word_broken_in_three(self, words: list[str], spaces: list[str], i: int) -> bool:
        """Tokens i..i+2 are one word that dictation broke in three ("länd ryggs smärta", "länd rygg värk"): the
        first part is no concept word, the first two joined are one (a stem: "ländryggs"), the last is one (the pain
        or the fracture: "smärta") and all three joined are one as well. The first two make a concept word by being
        joined, not by the second's own ending ("x" + the second is none): "ingen smärta lågt" and "Nu korsryggsvärk
        sedan" stay apart."""
        if i + 2 >= len(words) or spaces[i] != " " or spaces[i + 1] != " ":
            return False
        a, b, c = words[i], words[i + 1], words[i + 2]
        # The first two joined must want an ending: a word that takes any ending ("stressfx", "insufffx": the
        # fracture word's regex runs on with \w*) is complete, and the third is a word of its own, the site of
        # "Insuff fx sakrum", "Stress fx ramus" (joined, "insufffxsakrum" would read as a fracture with no site).
        return (len(a) > 1 and len(b) > 1 and len(c) > 1 and a.isalpha() and b.isalpha() and c.isalpha()
                and not self._is_anchor(a) and self._is_anchor(a + b) and not self._is_anchor("x" + b)
                and not self._is_anchor(a + b + "x") and self._is_anchor(c) and self._is_anchor(a + b + c))

    def _spaced_level(self, words: list[str], spaces: list[str], i: int) -> bool:
        """Tokens i, i+1 are a level written with one space inside ("L 1", "Th 12", "T 12"), the letters a word of
        their own (not glued to the token before them, as the plural in "#s 2"). A bare "T" before 1 or 2
        stays apart: "T 1", "T 2" are how MRI sequences are written as well ("lågsignalerande på T 1")."""
        if self.level is None or i + 1 >= len(words) or spaces[i] != " ":
            return False
        letters, digits = words[i], words[i + 1]
        if not (letters.isalpha() and len(letters) <= 2 and digits.isdigit() and len(digits) <= 2):
            return False
        if i > 0 and not spaces[i - 1] and (words[i - 1][-1:].isalnum() or words[i - 1] == "#"):
            return False  # a word's ending, not a level: the plural "#s 2)" of an inline list ("rami #s 2) ?sacral #")
        if letters.lower() == "t" and digits in ("1", "2"):
            return False
        return self._is_level(letters + digits)

    def _is_level(self, word: str) -> bool:
        return any(rx is not None and rx.fullmatch(word) is not None for rx in (self.level, self.slevel))

    def _spoken_level(self, doc: Doc, words: list[str], spaces: list[str], i: int) -> str | None:
        """Tokens i, i+1 are a level as dictation or prose spells it: a capital level letter and a number word ("L
        one", "T twelve", "S two", "L ett", "Th tolv"; not "T one", "T ett", MRI sequences said aloud), or an ordinal and the spine's
        region ("first lumbar", "12th thoracic", "second sacral"). Returns the level as written in figures."""
        if i + 1 >= len(words) or spaces[i] != " ":
            return None
        a, b = words[i], words[i + 1]
        if b in _NUMBER_WORDS and a.isalpha() and len(a) <= 2 and doc[i].text[:1].isupper():
            level = a + _NUMBER_WORDS[b]
            if a == "t" and level in ("t1", "t2"):
                return None
        elif a in _ORDINALS and b in _SPINE_REGIONS:
            level = _SPINE_REGIONS[b] + _ORDINALS[a]
        else:
            return None
        return level if self._is_level(level) else None

    def _is_anchor(self, word: str) -> bool:
        # Notes repeat their words: after warm-up a word costs one dictionary lookup, not a regex match.
        hit = self._anchor_cache.get(word)
        if hit is None:
            if len(self._anchor_cache) > 200_000:
                self._anchor_cache.clear()
            hit = self._anchor_cache[word] = self.anchor.fullmatch(word) is not None
        return hit

    def match(self, doc: Doc, groups: dict[str, list[Span]]) -> list[Span]:
        """The concept spans of ``doc``, from ``groups``, the matches of ``self.grouped(doc)``."""
        found = groups.get("concepts", [])
        unplaced = self._unplaced(found, groups)
        found = found + unplaced
        if found and groups.get("generic"):  # a teaching statement speaks of no patient: no findings, exams kept
            turn = _turn_to_the_patient(doc, max(g.end for g in groups["generic"]))
            first, last = _clause_bounds(doc, min(g.start for g in groups["generic"]),
                                         max(g.end for g in groups["generic"]))
            found = [s for s in found if s.label_ in IMAGING_CONCEPTS or s.end <= first or s.start > last
                     or (turn is not None and s.start >= turn)]
        found = [s for s in found if not self._place_of_pain(doc, s) and not self._part_of_another(doc, s)
                 and not self._site_of_a_fracture(doc, s)]
        excluded = groups.get("exclusions")
        if excluded:
            found = [s for s in found if not any(_blocks(e, s) for e in excluded)]
        if self.exception_phrases:
            found = [t for t in (self._after_exception(doc, s) for s in found) if t is not None]
        listed = self._coordinated(doc, found, groups.get("sites", []), groups.get("heads", []),
                                   groups.get("opened_sites", []))
        section = doc.user_data.get(SECTION_KEY)
        listed += self._history_list(doc, found + listed, groups.get("sites", []) + groups.get("list_sites", []),
                                     groups.get("heads", []),
                                     in_history=section is not None and section.lists_fractures)
        found = found + [s for s in listed if not self._place_of_pain(doc, s)]
        excepted = self._excepted(doc, found, groups.get("exception_sites", []), groups.get("exception_heads", []))
        found = found + [s for s in excepted if not self._place_of_pain(doc, s)]
        found = self._apart_from_fresh(doc, found)
        found = self._sacrum_compressed(found)
        by_label: dict[str, list[Span]] = {}
        for span in found:
            by_label.setdefault(span.label_, []).append(span)
        kept = [s for label, group in by_label.items()
                for s in (filter_spans(group) if label in IMAGING_CONCEPTS
                          else _union_overlaps(doc, group, self.fracture_word,
                                                self._another_level if label == VERTEBRAL_COMPRESSION else None))]
        # a radiograph's word inside a longer name of another study is that study's ("skelettröntgen med spruta",
        # everyday Swedish for a bone scintigraphy): no film of its own
        kept = [s for s in kept if s.label_ != "imaging_radiograph" or not any(
            o.label_ in IMAGING_CONCEPTS and o.label_ != s.label_ and o.start <= s.start and s.end <= o.end
            and len(o) > len(s) for o in kept)]
        if unplaced:
            placed = {i for s in found if s.label_ == LOW_BACK_PAIN and not _within(s, unplaced)
                      for i in range(s.start, s.end)}
            for span in kept:
                if span.label_ == LOW_BACK_PAIN and placed.isdisjoint(range(span.start, span.end)):
                    span._.placed = False
        return sorted(kept, key=lambda s: (s.start, s.label_))

    def _after_exception(self, doc: Doc, span: Span) -> Span | None:
        """A fracture match that runs across an exception ("no fracture apart from L1", "no fractures except of the
        left pubic rami") is the site after it: what the exception names is the fracture, and the negation before
        it does not reach it (the exception ends its scope). A match whose words after the exception are no site of
        its concept ("no fracture apart from degenerative change at L4/5") names no fractured site: no mention. The
        words allowed between the phrase and the site are ``exception_fillers``, as in :meth:`_excepted`, which gives a
        mention to an excepted site that no match reaches."""
        site = self.exception_sites.get(span.label_)
        if site is None:
            return span
        words = [t.norm_ for t in doc[span.start:span.end]]  # norms are folded lowercase already
        for i in range(1, len(words)):
            if words[i] not in self.exception_starts:
                continue
            phrase = next((p for p in self.exception_phrases if tuple(words[i:i + len(p)]) == p), None)
            if phrase is None:
                continue
            start = span.start + i + len(phrase)
            j = start
            while j < span.end and doc[j].norm_ in self.exception_fillers:
                j += 1
            if j < span.end and site.fullmatch(doc[j].norm_) is not None:
                return Span(doc, start, span.end, label=span.label_)
            return None
        return span

    def _apart_from_fresh(self, doc: Doc, found: list[Span]) -> list[Span]:
        """Drop a match that runs across "and a new" ("och ny", "with a new") or "and an old" ("och den gamla",
        "and an old"; coordination "aged") when matches of its concept stand on both sides.

        "Gammal kilkompression Th12 och ny kompressionsfraktur L1": "Th12 och ny kompressionsfraktur" matches too
        and would join the old fracture and the new one into one mention, judged old. Apart, each keeps its age.
        """
        labels = [s.label_ for s in found]
        if not (self.fresh or self.aged) or len(labels) == len(set(labels)):
            return found  # no concept matched twice: nothing to keep apart
        cuts = [i for i in range(len(doc) - 1)
                if (doc[i].norm_ in self.fresh_after and self._age_word_at(doc, i + 1, self.fresh))
                or (doc[i].norm_ in self.aged_after and self._age_word_at(doc, i + 1, self.aged))]
        if not cuts:
            return found
        kept = []
        for span in found:
            cut = next((i for i in cuts if span.start < i < span.end - 1), None)
            if cut is None or not (any(o.label_ == span.label_ and o.end <= cut for o in found)
                                   and any(o.label_ == span.label_ and o.start > cut for o in found)):
                kept.append(span)
        return kept

    def _age_word_at(self, doc: Doc, i: int, words: frozenset) -> bool:
        """Token ``i``, or the one after an article there, is one of ``words`` ("ny", "a new"; "den gamla")."""
        if i < len(doc) - 1 and doc[i].norm_ in self.articles:
            i += 1
        return doc[i].norm_ in words

    def _place_of_pain(self, doc: Doc, span: Span) -> bool:
        """A fracture match that ends on a site word followed by a pain word ("Fraktur i distala radius och sakral
        smärta", "wrist fracture and sacral pain"): the site names where it hurts, not a fractured bone."""
        if span.label_ not in FINDING_REGIONS or self.pain is None or span.end >= len(doc):
            return False
        last = doc[span.end - 1].norm_
        return (self.pain.fullmatch(doc[span.end].norm_) is not None
                and (self.fracture_word is None or not self._ends_in_a_fracture_word(last)))

    def _another_level(self, first: Span, later: Span, spans: list[Span]) -> bool:
        """Whether ``later`` goes on past ``first``, a mention naming its vertebra, only with a joining word to
        another vertebra that another of ``spans`` names with a fracture or compression word of its own ("L1
        compression fracture" + "... and mild T7 wedging", "Kompressionsfraktur L1" + "... och lätt kilform Th7"): two
        fractures, each with its own hedge ("..., likely developmental" doubts the T7)."""
        if (self.coordinator is None or self.level is None or self.compress_word is None or self.fracture_word is None
                or later.end <= first.end or first.end >= len(first.doc)):
            return False
        doc = first.doc
        if not self.coordinator.fullmatch(doc[first.end].norm_):
            return False
        if not any(self.level.match(t.norm_) for t in first):
            return False
        # another match begins after the joining word with a vertebra and its own fracture word ("T7 wedging", "L2
        # wedge fracture") or with that word ("kilform av Th7"); not a vertebra whose words describe both ("... T12
        # and L1 with biconcave endplates", "Th11 och L1 med 30 % höjdminskning")
        def own_fracture(o: Span) -> bool:
            if self._fracture_or_compression(o[0]):
                return any(self.level.match(t.norm_) for t in o)
            return len(o) > 1 and self.level.match(o[0].norm_) is not None and self._fracture_or_compression(o[1])
        return any(first.end < o.start < later.end and own_fracture(o) for o in spans)

    def _fracture_or_compression(self, token) -> bool:
        return bool(self.compress_word.fullmatch(token.norm_) or self.fracture_word.fullmatch(token.norm_))

    def _ends_in_a_fracture_word(self, word: str) -> bool:
        """The word is a fracture word or a compound ending in one ("sakrumfraktur", "ramusfrakturer"), so that a
        pain word after it ("Sakrumfraktur smärtlindras") does not make it the pain's place."""
        return any(self.fracture_word.fullmatch(word, i) for i in range(len(word) - 1))

    def _site_of_a_fracture(self, doc: Doc, span: Span) -> bool:
        """A low-back pain match that ends on a site word right before a fracture word ("Smärtsamma bilaterala sakrala
        insufficiensfrakturer", "Smärta i korsryggen, misstänkt sakral insufficiensfraktur"): the site word names the
        bone that broke, not where it hurts (the mirror of :meth:`_place_of_pain`), and a hedge between them is the
        fracture's; a shorter match of the pain that ends before it ("Smärta i korsryggen") stays."""
        if span.label_ != LOW_BACK_PAIN or self.fracture_word is None or span.end >= len(doc):
            return False
        return (self.fracture_word.fullmatch(doc[span.end].norm_) is not None
                and (self.pain is None or self.pain.fullmatch(doc[span.end - 1].norm_) is None))

    def _sacrum_compressed(self, found: list[Span]) -> list[Span]:
        """A compression fracture that names no vertebra or level and shares words with a sacral fracture match ("left
        sacral compression fracture", "compression fracture of the anterior left sacral ala": the impaction of the
        sacral ala in a lateral compression (LC1) injury of the pelvis) is the sacrum's, no vertebral compression."""
        # a match that lists or weighs sites ("no compression fracture or sacral fracture", "r/o compression fx vs
        # sacral insufficiency fx", "kot- eller sakrumfrakturer") shares its fracture word with the other site's,
        # which is no sign that the compression is the sacrum's
        if self.level is None or self.vertebra is None or not any(s.label_ == VERTEBRAL_COMPRESSION for s in found):
            return found  # the usual sentence: no compression to weigh
        sacral = [s for s in found if s.label_ == SACRAL_FRACTURE and not any(t.norm_ in _LISTING for t in s)]
        if not sacral:
            return found

        def names_a_vertebra(span: Span) -> bool:  # or lists sites: "kot- eller sakrumfrakturer"
            return any(self.level.fullmatch(t.norm_) or self.vertebra.fullmatch(t.norm_) or t.norm_ in _LISTING
                       for t in span)

        return [s for s in found
                if not (s.label_ == VERTEBRAL_COMPRESSION and not names_a_vertebra(s)
                        and any(s.start < o.end and o.start < s.end for o in sacral))]

    def _part_of_another(self, doc: Doc, span: Span) -> bool:
        """A fracture match that ends on its site word, followed (after at most three fillers: "ossis", a side, the
        genitive ":s") by a word naming another bone or a vertebra's part ("Fraktur genom vänster ramus ossis ischii",
        "Fraktur i L3:s processus transversus", "Fraktur av Th12:s högra tvärutskott"): the site word only says whose
        part broke."""
        # the sacrum's own parts ("sakrum pars lateralis", "ala") are the sacrum: only a ramus or a level is judged
        if span.label_ not in _PART_SITES or self.part_of is None or span.end >= len(doc):
            return False
        if self.fracture_word is not None and self.fracture_word.fullmatch(doc[span.end - 1].norm_) is not None:
            return False
        i = span.end
        while (i < min(len(doc), span.end + 3) and self.part_filler is not None
               and self.part_filler.fullmatch(doc[i].norm_) is not None):
            i += 1
        return i < len(doc) and self.part_of.fullmatch(doc[i].norm_) is not None

    def _unplaced(self, found: list[Span], groups: dict[str, list[Span]]) -> list[Span]:
        """Back pain with no level of its own, in a sentence that holds no low-back pain match and does not place
        it higher ("ryggvärk sedan flera år, ffa i bröstryggen", "mid back pain")."""
        spans = groups.get("unplaced", [])
        if not spans:
            return []
        if any(s.label_ == LOW_BACK_PAIN for s in found):
            return []  # the sentence says where the back pain is: "tidigare ryggbesvär, nu ont i ländryggen"
        higher = {i for s in groups.get("elsewhere", []) for i in range(s.start, s.end)}
        return [s for s in spans if higher.isdisjoint(range(s.start, s.end))]

    def _coordinated(self, doc: Doc, found: list[Span], site_spans: list[Span],
                     heads: list[Span] = (), opened_spans: list[Span] = ()) -> list[Span]:
        """Sites listed after a fracture mention share its fracture word.

        "Inga frakturer i blygdben, korsben eller acetabulum" names a sacral fracture too ("korsben"). The list
        must end in a coordinator ("eller", "or"), so "fraktur i ramus, sakrum med ödem" adds nothing.
        """
        site_concepts = {span.label_ for span in found} & self.site_concepts
        sites = {s.start: s for s in filter_spans(site_spans)} if site_spans else {}
        # a colon's list reads the sites of opened_sites too ("Indexfraktur: L2")
        opened_sites = ({s.start: s for s in filter_spans(list(site_spans) + list(opened_spans))} if opened_spans
                        else sites)
        extra = self._listed_after_heads(doc, found, sites, heads, opened_sites)
        if not site_concepts:
            return extra
        for mention in found:
            if mention.label_ not in site_concepts:
                continue
            chain, final, _ = self._chain(doc, mention.end, sites)
            if final:
                extra += [_listed_with(Span(doc, s.start, s.end, label=s.label_), mention) for s in chain]
        return extra + self._shared_predicate(doc, found, sites, site_concepts)

    def _chain(self, doc: Doc, i: int, sites: dict[int, Span]) -> tuple[list[Span], bool, int]:
        """The sites listed from token ``i`` on, whether a final coordinator ("or", "and") joins them, and the
        token after the last of them."""
        chain, filler, final, after = [], 0, False, i
        while i < len(doc) and filler <= self.max_filler:
            norm = doc[i].norm_
            if norm in self.chain_stops:
                break
            if i in sites:
                chain.append(sites[i])
                i, filler = sites[i].end, 0
                after = i
                continue
            if norm in self.links:
                final = final or norm in self.finals
                filler = 0
            elif norm not in self.leads:  # an article or a side opens the next site ("and the right superior ramus")
                filler += 1
            i += 1
        return chain, final, after

    def _listed_after_heads(self, doc: Doc, found: list[Span], sites: dict[int, Span],
                            heads: list[Span], opened_sites: dict[int, Span] | None = None) -> list[Span]:
        """Sites listed after a fracture word whose list opens with a body part of no concept ("No acute
        fracture of the pelvis, sacrum or pubic rami"): each listed site is a fracture mention of its own, running
        from the fracture word to the site. The list must end in a coordinator and its last site must end the
        phrase, so "fracture of the distal radius, and sacral pain" adds nothing. After a head that ends in a colon
        or an opening bracket ("Bäckenfraktur (ramus sup vä)", "Fractures: left sacral ala") the sites named
        right after it, only a side before the first, need no coordinator; so do the sites of a fracture list
        whose items are each closed by a comma ("Tidigare frakturer: radius 2019, L1 2022, ramus 2023"), and there
        a vertebral level is a site too (coordination ``opened_sites``: "Indexfraktur: L2")."""
        opened_sites = sites if opened_sites is None else opened_sites
        if not heads or not opened_sites:
            return []
        covered = {i for span in found for i in range(span.start, span.end)}
        # a head that is a mention of a concept whose list is not read after it ("Ingen fraktur i ländrygg, sakrum
        # eller coccyx": the lumbar spine's compression) still opens its list of sites
        listing = {i for span in found if span.label_ in self.site_concepts for i in range(span.start, span.end)}
        extra: list[Span] = []
        for head in heads:
            if listing.intersection(range(head.start, head.end)) and doc[head.end - 1].norm_ not in _OPENERS:
                continue  # "fracture of the sacrum, ..." is a mention: its list is read after it
            # a head that is a mention and ends in a colon opens its list all the same ("Frakturer i främre och bakre
            # bäckenringen: ramus superior vä och sakrala ala vä"): the chain after a mention stops at the colon
            colon = doc[head.end - 1].norm_ in _OPENERS
            chain, final, after = self._chain(doc, head.end, opened_sites if colon else sites)
            # the first site right after the opener (only sides before it), or after earlier items of the list,
            # the last of them closed by a comma ("radius vä 2019, L1 2022")
            opened = chain and colon and (all(doc[i].norm_ in self.leads for i in range(head.end, chain[0].start))
                                          or self._after_listed_items(doc, head.end, chain[0].start))
            if (final or opened) and chain and self._ends_list(doc, after):
                # from the fracture word on: the site is judged where its fracture word stands ("No
                # fractures involving the hips, sacrum or rami": "involving" would end the negation's scope)
                extra += [Span(doc, head.start, s.end, label=s.label_) for s in chain if covered.isdisjoint(
                    range(s.start, s.end))]
        return extra

    def _after_listed_items(self, doc: Doc, start: int, first_site: int) -> bool:
        """Whether the tokens from ``start`` to ``first_site`` are items of a list, each closed by a comma, the
        last right before the site (only sides between): "radius vä 2019, handled 2021, L1" but not "ingen, L1"
        (a denial) nor "radius 2019 L1"."""
        i = first_site
        while i > start and doc[i - 1].norm_ in self.leads:
            i -= 1
        if i <= start or doc[i - 1].norm_ != ",":
            return False
        items = [doc[j] for j in range(start, i)]
        return (all(t.norm_ not in self.chain_stops for t in items)
                and not any(t.norm_ in _NO_ITEM for t in items))

    def _history_list(self, doc: Doc, found: list[Span], site_spans: list[Span], heads: list[Span],
                      in_history: bool = False) -> list[Span]:
        """The sites of a fracture history that a head ending in a colon opens ("Previous fragility fractures: right
        wrist 2016, L1 2021, left pubic ramus 2022", "Prior fractures: T12 (2019), L2 (2021)"): entries split by
        commas, each of at most ``list_filler`` words besides its dates and brackets, a body part of no concept
        among them; a vertebral level is a site here too (coordination "list_sites"). Each site is a mention of
        its own, from the site word on, so that its own words ("2021", "now") judge it. The list must end the
        phrase, as :meth:`_listed_after_heads` asks. ``in_history``: the sentence stands under a heading that names
        fractures (sections.json "lists_fractures": "Previous fractures:"), whose line is such a list from its
        start."""
        if not site_spans or not self.list_after_site:  # a language whose lexicon reads no such lists
            return []
        sites = {s.start: s for s in filter_spans(site_spans)}
        covered = {i for span in found for i in range(span.start, span.end)}
        extra: list[Span] = []
        starts = [h.end for h in heads if doc[h.end - 1].norm_ == ":"] + ([0] if in_history else [])
        for start in starts:
            chain, i, words, after = [], start, 0, start
            while i < len(doc) and words <= self.list_filler:
                norm = doc[i].norm_
                if norm in self.chain_stops:
                    break
                if i in sites:
                    site, i, words = sites[i], sites[i].end, 0
                    while i < len(doc) and doc[i].norm_ not in self.links and doc[i].norm_ not in self.chain_stops:
                        if doc[i].is_alpha and doc[i].norm_ not in self.list_after_site:
                            break  # "L4-5 disc degeneration": the level is no entry of the list
                        i += 1
                    else:
                        chain.append(site)
                        after = i  # the entry's own words ("vertebra (2021)") end with it
                        continue
                    break  # the list ends before the site that is none of its entries
                if norm in self.links:
                    words = 0
                elif doc[i].is_alpha and norm not in self.leads:
                    words += 1
                i += 1
            if chain and self._ends_list(doc, after):
                extra += [Span(doc, s.start, s.end, label=s.label_) for s in chain
                          if covered.isdisjoint(range(s.start, s.end))]
        return extra

    def _excepted(self, doc: Doc, found: list[Span], site_spans: list[Span], heads: list[Span]) -> list[Span]:
        """Sites named as the exception to a denied fracture ("Inga frakturer förutom L1", "inga kotkompressioner
        utom i L3 och den gamla L4", "No fractures except in the sacrum"): each is a fracture mention of its own,
        from the site word on, so that the denial before the exception word (a terminator) does not reach it and
        its own words ("den gamla L4") judge it. Up to ``exception_filler`` words may stand before a site, each a
        preposition, article, side or age (``exception_fillers``: "förutom den kända i Th12"), so that "förutom att
        sakrum är svårbedömt" or "except degenerative change at L4" names no fracture; and the last site must end
        the phrase or be followed by a word that only describes it (``exception_ends``: "förutom L1 som är
        kilformad")."""
        if not heads or not site_spans:
            return []
        sites = {s.start: s for s in filter_spans(site_spans)}
        covered = {i for span in found for i in range(span.start, span.end)}
        extra: list[Span] = []
        for head in heads:
            chain, i, filler = [], head.end, 0
            while i < len(doc) and filler <= self.exception_filler:
                norm = doc[i].norm_
                if i in sites:
                    chain.append(sites[i])
                    i, filler = sites[i].end, 0
                    continue
                if norm in self.chain_stops or not (norm in self.links or norm in self.exception_fillers):
                    break
                filler = 0 if norm in self.links else filler + 1
                i += 1
            if not chain:
                continue
            after = chain[-1].end
            if not (self._ends_list(doc, after) or (after < len(doc) and doc[after].norm_ in self.exception_ends)):
                continue
            extra += [Span(doc, s.start, s.end, label=s.label_) for s in chain
                      if covered.isdisjoint(range(s.start, s.end))]
        return extra

    def _ends_list(self, doc: Doc, i: int) -> bool:
        """Whether the list of sites whose last ends at token ``i`` ends the phrase there: after a side ("sakrum
        vänster") and a last coordinated body part of no concept ("korsben eller acetabulum"), the sentence or
        clause ends, or a word of ``list_closers`` tells what befell the sites ("after a fall"); "fracture of the
        distal radius, and sacral pain" goes on after its site."""
        n = len(doc)
        while i < n and doc[i].norm_ in self.leads:
            i += 1
        if i < n and doc[i].norm_ in self.finals:  # "..., sakrum eller acetabulum."
            i += 1
            words = 0
            while i < n and doc[i].is_alpha and doc[i].norm_ not in self.chain_stops and words < self.max_filler:
                i, words = i + 1, words + 1
        return i >= n or not doc[i].is_alpha or doc[i].norm_ in self.chain_stops or doc[i].norm_ in self.list_closers

    def _shared_predicate(self, doc: Doc, found: list[Span], sites: dict[int, Span],
                          site_concepts: set[str]) -> list[Span]:
        """Sites listed before a mention that opens with its own site share the mention's predicate.

        "The pubic rami and sacrum are intact" says the rami are intact too. The list must open its clause (only
        ``leads`` such as "the", "both", a side, may precede it) and end in a coordinator, so "osteopenic pubic
        rami and sacral fracture" adds nothing.
        """
        by_end = {s.end: s for s in sites.values()}
        extra: list[Span] = []
        for mention in found:
            if mention.label_ not in site_concepts or mention.start not in sites:
                continue
            chain, i, final = [], mention.start, False
            while i > 0 and doc[i - 1].norm_ in self.links:
                final = final or (not chain and doc[i - 1].norm_ in self.finals)
                site = by_end.get(i - 1)
                if site is None:
                    break
                chain.append(site)
                i = site.start
            while i > 0 and doc[i - 1].norm_ in self.leads:
                i -= 1
            opens_clause = i == 0 or doc[i - 1].norm_ in self.chain_stops or not doc[i - 1].is_alpha
            if final and opens_clause:
                extra += [Span(doc, s.start, s.end, label=s.label_) for s in chain if s.label_ != mention.label_]
        return extra

    def set_annotations(self, doc: Doc, spans: list[Span], groups: dict[str, list[Span]]) -> None:
        imaging = [s for s in spans if s.label_ in IMAGING_CONCEPTS]
        if imaging:
            regions = _unmasked(groups.get("regions", []))
            for span in imaging:
                span._.region = self._region(doc, span, regions, imaging)
        doc.spans["concepts"] = spans

    def _region(self, doc: Doc, span: Span, regions: list[Span], imaging: list[Span]) -> str:
        """The highest-ranked region named in or right around the exam word, not crossing a clause."""
        lo, hi = span.start, span.end
        while lo > max(0, span.start - 2) and doc[lo - 1].norm_ not in _LOOKBACK_STOPS:
            lo -= 1
        limit = min(len(doc), span.end + self.region_window)
        reach = self._reach(doc, span)
        if reach is not None:
            # "MR höger höft 2025-02-10 som även inkluderade bäckenet": the study says its field takes in more; the
            # part it names (up to three words on: "även hela bäckenet") is its field too, a date before it or not
            limit = min(len(doc), max(limit, reach + _REACH_WORDS + 1))
        while hi < limit:
            # a bracket that opens right after the exam's words gives its field ("CT trauma (head to pelvis)")
            close = next((i for i in range(hi + 1, min(len(doc), hi + 8)) if doc[i].text == ")"), None) \
                if doc[hi].text == "(" else None
            # and so does one that opens with a list word after the exam's region ("CT L hip (including pelvis)")
            opens_list = close is not None and doc[hi + 1].is_alpha and doc[hi + 1].norm_ in self.region_list_words
            if (close is not None and (opens_list or hi <= span.end + 1 and not any(r.start < hi and r.end > lo
                                                                                   for r in regions))
                    and not any(o is not span and hi < o.start < close for o in imaging)):
                limit = min(len(doc), max(limit, hi + self.region_window))
                hi += 1
                continue
            if doc[hi].text == "." and hi > span.end and doc[hi - 1].is_alpha and doc[hi - 1].norm_ in \
                    self.region_list_words:
                hi += 1  # the full stop of an abbreviated list word ("MR LÄNDRYGG INKL. SAKRUM") ends no field
                continue
            if doc[hi].text in _REGION_STOPS:
                listed_end = None if doc[hi].text != "," else self._listed_region_end(doc, span.end, hi, regions,
                                                                                        imaging)
                if listed_end is None:
                    break
                limit = max(limit, listed_end)  # "CT of the chest, abdomen, and pelvis": the list is the field
            following = next((o for o in imaging if o is not span and o.start == hi), None)
            if following is not None:
                if following.label_ == span.label_ and following.start == span.end:
                    # the same modality named again right after ("NM BONE SPECT-CT LUMBAR SPINE"): one exam's name,
                    # whose field is the one the second names
                    return self._region(doc, following, regions, imaging)
                break  # the next exam's region is its own
            hi += 1
        purpose = next((i for i in range(span.end, hi) if doc[i].norm_ in _PURPOSE_OPENERS), hi)
        inside = [r.label_ for r in regions if r.start < span.end and r.end > span.start]
        near = (inside or [r.label_ for r in regions if r.start < purpose and r.end > lo]  # "skelettscintigrafi" first
                or [r.label_ for r in regions if r.start < hi and r.end > lo])
        turned = self._turned_region(doc, span, regions)
        if turned is not None:
            return turned
        if not near:
            shared = self._shared_region(doc, span, regions, imaging)
            if self.study_part is not None and self.study_part.search(fold_lower(span.text)):
                return shared or "other"
            return shared or self.default_region.get(span.label_, "other")
        return min(near, key=lambda r: self.region_rank.get(r, len(self.region_rank)))

    def _reach(self, doc: Doc, span: Span) -> int | None:
        """Where a verb that widens the exam's field stands in its clause, within twice the region window after it
        ("som även inkluderade", "som också omfattade"; exams.json ``region_reach_words``), unless a negation
        follows it ("omfattade inte sakrum" leaves the part out); else None."""
        for i in range(span.end, min(len(doc) - 1, span.end + 2 * self.region_window)):
            if doc[i].text in _REGION_STOPS:
                return None
            # a reach of two words ("the MRI on 28/02 was of the pelvis": English "was of") as well as of one
            pair = f"{doc[i].norm_} {doc[i + 1].norm_}"
            if doc[i].norm_ in self.region_reach_words or pair in self.region_reach_words:
                return None if doc[i + 1].norm_ in self.contrast.negations else i
        return None

    def _turned_region(self, doc: Doc, span: Span, regions: list[Span]) -> str | None:
        """The region after a contrast's turn where the exam's own words deny another ("MR gjordes inte av
        ländryggen, som patienten trott, utan av bäckenet"): a negation within a few words after the exam, a turn
        word, and a region right after it; else None."""
        for j in range(span.end, min(len(doc), span.end + 4)):
            if doc[j].norm_ not in self.contrast.negations:
                continue
            for i in range(j + 2, min(len(doc), j + self.contrast.reach)):
                if doc[i].text in (".", ";", "?", "!"):
                    return None
                if doc[i].norm_ in self.contrast.words:
                    after = [r for r in regions if i < r.start <= i + 3]
                    return after[0].label_ if after else None
            return None
        return None

    def _shared_region(self, doc: Doc, span: Span, regions: list[Span], imaging: list[Span]) -> str | None:
        """The region named once after the last exam of a list of exams ("CT and MRI of the pelvis", "CT, MRI and a
        bone scan of the pelvis", "CT/MRI pelvis"): an exam of the list that names none of its own shares it. None
        when a word other than a coordinator or an article stands between the exams, or no region follows the last."""
        last, joined = span, False
        while True:
            i = last.end
            while i < len(doc) and doc[i].norm_ in _LIST_JOINERS:
                joined = joined or doc[i].norm_ in _LIST_COORDINATORS
                i += 1
            following = next((o for o in imaging if o.start == i and i > last.end), None)
            if following is None:
                break
            last = following
        if last is span or not joined:
            return None
        hi = last.end
        while hi < min(len(doc), last.end + self.region_window) and doc[hi].text not in _REGION_STOPS:
            hi += 1
        after = [r.label_ for r in regions if last.end <= r.start < hi and r.label_ != "other"]
        return min(after, key=lambda r: self.region_rank.get(r, len(self.region_rank))) if after else None

    def _listed_region_end(self, doc: Doc, exam_end: int, comma: int, regions: list[Span], imaging: list[Span]
                           ) -> int | None:
        """Where a region ends that the exam's list of body parts names after ``comma`` ("CT chest, abdomen and
        pelvis", "DT thorax, buk och bäcken"); None when the exam's words up to the comma (at least one), or those
        after it up to the region, are not such a list (another clause), or the region is the next exam's ("CT
        chest, pelvic x-ray")."""
        words = self.region_list_words
        # the words before the comma are list words or a region's own ("MR LÄNDRYGG, SAKRUM": a catalogue name
        # listing the parts it images, as "MR ländrygg och sakrum" does)
        named = {i for r in regions for i in range(r.start, r.end)}
        if comma == exam_end or any(doc[i].norm_ not in words and i not in named for i in range(exam_end, comma)):
            return None  # "SPECT/CT, LÄNDRYGG": a comma right after the exam word opens no list of its parts
        # after a region of its own the list is a name's, which ends with it ("Rtg ländrygg, prostata stor." is a
        # second clause)
        named_first = any(doc[i].norm_ not in words for i in range(exam_end, comma))
        starts = {r.start: r.end for r in regions}
        for i in range(comma + 1, min(len(doc), comma + 5)):
            end = starts.get(i)
            if end is not None:
                if named_first and end < len(doc) and doc[end].text not in _REGION_STOPS \
                        and doc[end].norm_ not in words:
                    return None
                return None if any(o.start == end for o in imaging) else end
            if doc[i].norm_ not in words:
                return None
        return None


def _listed_with(site: Span, mention: Span) -> Span:
    """A site listed after a fracture mention shares its fracture word, and so its negation or hedge
    ("No fracture line in the sacrum, iliac bones or pubic rami": reportminer.context)."""
    site._.listed_with = (mention.start, mention.end, mention.label_)
    return site


def _unmasked(regions: list[Span]) -> list[Span]:
    """Region spans, less those inside a longer span of the region ``other``: a body part outside our regions
    that holds a region word ("övre buk", "upper abdomen") names that part, not the region of the word."""
    others = [r for r in regions if r.label_ == "other"]
    if not others:
        return regions
    return [r for r in regions if r.label_ == "other" or not any(
        o.start <= r.start and r.end <= o.end and len(o) > len(r) for o in others)]

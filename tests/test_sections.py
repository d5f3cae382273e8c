"""Section headings and sentence boundaries (reportminer.sections), in Swedish and English."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reportminer.sections import MAX_SENTENCE_CHARS


@pytest.fixture(scope="module")
def splitters(nlp_sv, nlp_en):
    return {"sv": nlp_sv.splitter, "en": nlp_en.splitter}


def _sentences(splitter, text: str) -> list[tuple[str, str | None]]:
    return [(text[s.start:s.end], s.section.name if s.section else None) for s in splitter.sentences(text)]


def _texts(splitter, text: str) -> list[str]:
    return [t for t, _ in _sentences(splitter, text)]


# --------------------------------------------------------------------------------------------------- headings

HEADINGS = [
    # inline with a colon
    ("sv", "Frågeställning: ramusfraktur?", "indication", "ramusfraktur?"),
    ("sv", "Fynd: Ingen fraktur i sakrum.", "findings", "Ingen fraktur i sakrum."),
    ("sv", "Bedömning: Kotkompression L1.", "impression", "Kotkompression L1."),
    ("sv", "Fynd :  ingen fraktur", "findings", "ingen fraktur"),
    ("sv", "Bedömning och åtgärd: MR bäcken", "impression", "MR bäcken"),  # the longest heading wins
    ("sv", "- Fynd: ingen fraktur", "findings", "ingen fraktur"),
    ("en", "Indication: rule out fracture", "indication", "rule out fracture"),
    ("en", "A/P: MRI pelvis", "plan", "MRI pelvis"),
    ("en", "History of present illness: low back pain", "clinical_history", "low back pain"),
    ("en", "PAST MEDICAL HISTORY: osteoporosis", "history", "osteoporosis"),
    ("en", "> IMPRESSION: no fracture", "impression", "no fracture"),
    # alone on a line
    ("sv", "Frågeställning\nramusfraktur?", "indication", "ramusfraktur?"),
    ("sv", "Fynd\r\nIngen fraktur.\r\n", "findings", "Ingen fraktur."),
    ("sv", "Utlåtande   \nIngen fraktur.", "impression", "Ingen fraktur."),
    ("en", "Impression\nNo fracture.", "impression", "No fracture."),
    ("en", "INDICATION\r\nRule out fracture.", "indication", "Rule out fracture."),
    # in capitals, running on into the text without a colon
    ("sv", "FYND Ingen fraktur.", "findings", "Ingen fraktur."),
    ("sv", "FRÅGESTÄLLNING ramusfraktur?", "indication", "ramusfraktur?"),
    ("sv", "PLANERING MR bäcken.", "plan", "MR bäcken."),
    ("en", "FINDINGS There is a fracture of the sacrum.", "findings", "There is a fracture of the sacrum."),
    ("en", "IMPRESSION No fracture.", "impression", "No fracture."),
    ("en", "PLAN MRI pelvis.", "plan", "MRI pelvis."),
    ("en", "HPI 82 yo woman with low back pain", "clinical_history", "82 yo woman with low back pain"),
    # typed without å/ä/ö
    ("sv", "Utlatande: ingen fraktur", "impression", "ingen fraktur"),
    ("sv", "UTLATANDE\nIngen fraktur.", "impression", "Ingen fraktur."),
    ("sv", "Fragestallning: fraktur i sakrum?", "indication", "fraktur i sakrum?"),
    ("sv", "Bedomning: kotkompression", "impression", "kotkompression"),
]


@pytest.mark.parametrize("language,text,section,body", HEADINGS, ids=[f"{c[0]}-{c[1][:30]}" for c in HEADINGS])
def test_sections_heading_recognised(splitters, language, text, section, body):
    sentences = _sentences(splitters[language], text)
    # the heading itself is in no sentence (a bullet before it may stand alone: it holds no words)
    assert [s for s in sentences if s[0].strip("->*# ")] == [(body, section)], sentences


NOT_HEADINGS = [
    ("sv", "Status quo ante, ingen fraktur."),
    ("sv", "Status efter fall med ländryggssmärta."),
    ("sv", "Plan att skriva ut imorgon."),
    ("sv", "Remiss till MR bäcken skickad."),
    ("sv", "Fyndet talar för fraktur."),  # a heading word as the start of a longer word
    ("sv", "Fynden talar för fraktur.\nBedömningen är oförändrad."),
    ("sv", "US bäcken utan anmärkning."),  # a two-letter capital word needs a colon
    ("en", "Plan to discharge tomorrow."),
    ("en", "History of fall with low back pain."),
    ("en", "Findings are consistent with a sacral fracture."),
    ("en", "Assessment of the sacrum shows no fracture."),
    ("en", "Exam was limited by motion."),
    ("en", "Comparison was made with the prior CT."),
    ("en", "PE was ruled out."),  # "PE" (physical exam) in capitals, but only two letters
    ("en", "Impressions differ; no fracture."),
]


@pytest.mark.parametrize("language,text", NOT_HEADINGS, ids=[f"{c[0]}-{c[1][:30]}" for c in NOT_HEADINGS])
def test_sections_ordinary_sentence_is_not_heading(splitters, language, text):
    splitter = splitters[language]
    assert [s.rule for s in splitter.sections(text)] == [None]
    first_line = text.split("\n")[0]
    assert _sentences(splitter, text)[0] == (first_line, None)


def test_sections_heading_only_at_line_start(splitters):
    # "status" inside a sentence is no heading, even in capitals
    text = "Pat har god STATUS i övrigt. Ingen fraktur."
    assert [s.rule for s in splitters["sv"].sections(text)] == [None]


def test_sections_several_headings_in_order(splitters):
    text = ("Frågeställning: sakrumfraktur?\nFynd:\nKotkompression L1. Ingen fraktur i sakrum.\n"
            "Utlatande: Kotkompression L1.\nPlanering: MR bäcken.")
    assert _sentences(splitters["sv"], text) == [
        ("sakrumfraktur?", "indication"),
        ("Kotkompression L1.", "findings"),
        ("Ingen fraktur i sakrum.", "findings"),
        ("Kotkompression L1.", "impression"),
        ("MR bäcken.", "plan"),
    ]
    text_en = "INDICATION: r/o fracture\nFINDINGS\nNo fracture. Normal sacrum.\nIMPRESSION No fracture."
    assert _sentences(splitters["en"], text_en) == [
        ("r/o fracture", "indication"),
        ("No fracture.", "findings"),
        ("Normal sacrum.", "findings"),
        ("No fracture.", "impression"),
    ]


def test_sections_text_before_first_heading_has_no_rule(splitters):
    sections = splitters["en"].sections("Pelvis, two views.\nFINDINGS: No fracture.")
    assert sections[0].rule is None and sections[0].heading_start == 0
    assert sections[1].rule.name == "findings"


@pytest.mark.parametrize("language,text,section", [
    ("sv", "Frågeställning: ramusfraktur?", "indication"),
    ("sv", "UTLATANDE\nFraktur i ramus superior.", "impression"),
    ("en", "FINDINGS There is a fracture of the sacrum.", "findings"),
])
def test_sections_mention_carries_section(nlp_sv, nlp_en, language, text, section):
    pipeline = {"sv": nlp_sv, "en": nlp_en}[language]
    mentions = pipeline.extract(text)
    assert mentions and {m.section for m in mentions} == {section}


def test_sections_comparison_implies_for_first_sentence_only(splitters):
    sentences = splitters["en"].sentences("COMPARISON: CT pelvis 2021. CT pelvis today shows a sacral fracture.")
    assert [s.section.implies for s in sentences] == ["historical", None]
    assert {s.section.name for s in sentences} == {"comparison"}


# --------------------------------------------------------------------------------------------------- sentences

NO_SPLIT = [
    ("sv", "Ses bl.a. L1-kompression."),
    ("sv", "Ses bl. a. L1-kompression."),
    ("sv", "Kontroll med t.ex. MR bäcken."),
    ("sv", "Höjdreduktion, ev. L1-kompression."),
    ("sv", "Misstänkt ev. fraktur i ramus."),
    ("sv", "Fraktur ca. 3 cm från symfysen."),
    ("sv", "Remiss från Dr. Svensson angående ryggsmärta."),
    ("sv", "Tidigare, d.v.s. 2019, Th12-fraktur."),
    ("sv", "Kompression av Th12. kotan är i övrigt normal."),  # a level followed by lower case
    ("sv", "Kompression av L1. och L2"),
    ("sv", "Höger höft ua. i övrigt inget anmärkningsvärt."),
    ("sv", "Höjd 3.5 cm utan fraktur."),
    ("en", "Seen by Dr. Smith for low back pain."),
    ("en", "Mass measures approx. 3 cm."),
    ("en", "Fracture ca. 3 cm from the symphysis."),
    ("en", "Sequences, e.g. STIR, show edema."),
    ("en", "Compression, i.e. L1 wedging."),
    ("en", "Compression of T12. vertebra plana is not seen."),
    ("en", "Seen by J. Smith today."),  # an initial
    ("en", "Fracture of 2.5 cm length."),
]


@pytest.mark.parametrize("language,text", NO_SPLIT, ids=[f"{c[0]}-{c[1][:30]}" for c in NO_SPLIT])
def test_sections_no_split_after_abbreviation_or_before_lower_case(splitters, language, text):
    assert _texts(splitters[language], text) == [text]


SPLIT = [
    ("sv", "Kompression av L1. Th12 är normal.", ["Kompression av L1.", "Th12 är normal."]),
    ("sv", "Kotkompression Th12. L1 ua.", ["Kotkompression Th12.", "L1 ua."]),
    ("sv", "Fraktur i ramus! Ingen sakrumfraktur.", ["Fraktur i ramus!", "Ingen sakrumfraktur."]),
    ("sv", "Ont i ryggen? Ja.", ["Ont i ryggen?", "Ja."]),
    ("sv", "Ingen fraktur. Överväg MR bäcken.", ["Ingen fraktur.", "Överväg MR bäcken."]),
    ("sv", "Ingen fraktur (se ovan). MR bäcken.", ["Ingen fraktur (se ovan).", "MR bäcken."]),
    ("sv", "Kotkompression L1. 2 frakturer totalt.", ["Kotkompression L1.", "2 frakturer totalt."]),
    ("sv", "Fraktur?? Ingen.", ["Fraktur??", "Ingen."]),
    ("sv", "Sakrum ua. Ingen fraktur.", ["Sakrum ua.", "Ingen fraktur."]),  # "ua." ends a sentence
    ("sv", "Fraktur i ramus superior hö. Sakrumfraktur kan inte uteslutas.",
     ["Fraktur i ramus superior hö.", "Sakrumfraktur kan inte uteslutas."]),
    ("sv", "Höjdreduktion 5 mm. Sakrumfraktur kan inte uteslutas.",
     ["Höjdreduktion 5 mm.", "Sakrumfraktur kan inte uteslutas."]),
    ("en", "Compression of L1. T12 is normal.", ["Compression of L1.", "T12 is normal."]),
    ("en", "No fracture. MRI recommended.", ["No fracture.", "MRI recommended."]),
    ("en", "Fracture? Yes!", ["Fracture?", "Yes!"]),
    ("en", "He said \"no pain.\" Then he fell.", ["He said \"no pain.\"", "Then he fell."]),
    ("en", "Known L1 fx. Sacral fracture cannot be excluded.", ["Known L1 fx.", "Sacral fracture cannot be excluded."]),
    ("en", "Seen by Dr. Smith. No fracture.", ["Seen by Dr. Smith.", "No fracture."]),
]


@pytest.mark.parametrize("language,text,expected", SPLIT, ids=[f"{c[0]}-{c[1][:30]}" for c in SPLIT])
def test_sections_split_at_stop_before_capital(splitters, language, text, expected):
    assert _texts(splitters[language], text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pubic ramus fracture on the R. Sacral fracture cannot be excluded.",
     ["Pubic ramus fracture on the R.", "Sacral fracture cannot be excluded."]),
    ("No fracture on the L. Sacral fracture present.", ["No fracture on the L.", "Sacral fracture present."]),
])
def test_sections_split_after_side_letter(splitters, text, expected):
    assert _texts(splitters["en"], text) == expected


def test_sections_side_letter_does_not_leak_assertion(nlp_en):
    mentions = nlp_en.extract("Pubic ramus fracture on the R. Sacral fracture cannot be excluded.")
    ramus = [m for m in mentions if m.concept == "pubic_ramus_fracture"]
    assert [(m.assertion, m.text) for m in ramus] == [("present", "Pubic ramus fracture")]


def test_sections_sentences_do_not_leak_assertions(nlp_sv, nlp_en):
    # a sentence-final side or unit abbreviation ends the sentence: the next sentence's triggers stay there
    sv = nlp_sv.extract("Fraktur i ramus superior hö. Sakrumfraktur kan inte uteslutas.")
    assert [(m.concept, m.assertion) for m in sv] == [("pubic_ramus_fracture", "present"),
                                                      ("sacral_fracture", "uncertain")]
    en = nlp_en.extract("No pubic ramus fx. Sacral fracture present.")
    assert [(m.concept, m.assertion) for m in en] == [("pubic_ramus_fracture", "negated"),
                                                      ("sacral_fracture", "present")]


# --------------------------------------------------------------------------------------------------- line breaks

@pytest.mark.parametrize("language,text,expected", [
    ("sv", "ingen fraktur i\nramus superior", ["ingen fraktur i\nramus superior"]),
    ("sv", "ingen fraktur\r\ni ramus", ["ingen fraktur\r\ni ramus"]),
    ("sv", "Ingen fraktur\nRamus ua", ["Ingen fraktur", "Ramus ua"]),  # capital after the break: a new line
    ("sv", "fraktur i ramus.\nsakrum ua", ["fraktur i ramus.", "sakrum ua"]),  # a stop before the break
    ("sv", "Kotkompression L1\nkotan i övrigt ua", ["Kotkompression L1", "kotan i övrigt ua"]),  # digit
    ("en", "there is no fracture of the\nsacrum or pubic rami", ["there is no fracture of the\nsacrum or pubic rami"]),
    ("en", "No fracture\n\nsacrum normal", ["No fracture", "sacrum normal"]),  # an empty line is a paragraph
])
def test_sections_soft_wrapped_lines_joined(splitters, language, text, expected):
    assert _texts(splitters[language], text) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a line that ends with a word no sentence ends with goes on, whatever the next line opens with
    ("sv", "Kompression av\nTh12 utan fraktur", ["Kompression av\nTh12 utan fraktur"]),
    ("sv", "Frakturer i ramus superior och\nRamus inferior vänster", ["Frakturer i ramus superior och\nRamus inferior vänster"]),
    ("sv", "Smarta i landryggen pa\nL4-nivan", ["Smarta i landryggen pa\nL4-nivan"]),  # "på" without å
    ("en", "There is a compression fracture of\nL1 with 30% loss of height.",
     ["There is a compression fracture of\nL1 with 30% loss of height."]),
    ("en", "MRI OF THE\nPELVIS: no fracture", ["MRI OF THE\nPELVIS: no fracture"]),
    # look-alikes: a line ending in another word, or a continuation word before a new paragraph or a bullet
    ("en", "Pain as before\nMRI booked", ["Pain as before", "MRI booked"]),
    ("en", "Fracture: no\nMRI: yes", ["Fracture: no", "MRI: yes"]),
    ("sv", "Ryggsmärta och\n\nMR bokad", ["Ryggsmärta och", "MR bokad"]),
    ("en", "fracture of the\n- L1 body", ["fracture of the", "- L1 body"]),
])
def test_sections_line_ending_in_a_continuation_word_goes_on(splitters, language, text, expected):
    assert _texts(splitters[language], text) == expected


@pytest.mark.parametrize("language,text,concept,assertion", [
    ("sv", "Ingen kompression av\nTh12", "vertebral_compression_fracture", "negated"),
    ("en", "Findings are suspicious for a compression fracture of\nL2", "vertebral_compression_fracture", "uncertain"),
])
def test_sections_hard_wrapped_level_keeps_its_finding(nlp_sv, nlp_en, language, text, concept, assertion):
    pipeline = {"sv": nlp_sv, "en": nlp_en}[language]
    found = pipeline.extract(text)
    assert [(m.concept, m.assertion) for m in found] == [(concept, assertion)]
    assert all(text[m.start:m.end] == m.text for m in found)


@pytest.mark.parametrize("language,text,concept,assertion", [
    ("sv", "ingen fraktur i\nramus superior", "pubic_ramus_fracture", "negated"),
    ("en", "there is no fracture of the\nsacrum", "sacral_fracture", "negated"),
])
def test_sections_soft_wrapped_mention_found(nlp_sv, nlp_en, language, text, concept, assertion):
    pipeline = {"sv": nlp_sv, "en": nlp_en}[language]
    found = [(m.concept, m.assertion) for m in pipeline.extract(text)]
    assert (concept, assertion) in found
    for m in pipeline.extract(text):
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("language,text,expected", [
    # a numbered item's hanging indent, and a report indented whole, wrap like a flush line
    ("sv", "1. Fraktur i vänster övre och nedre\n   ramus pubis.",
     ["1.", "Fraktur i vänster övre och nedre\n   ramus pubis."]),
    ("en", "  There is a fracture of the right superior\n  pubic ramus.",
     ["There is a fracture of the right superior\n  pubic ramus."]),
    ("en", "1. Compression deformity of L2, age\n\tindeterminate.",
     ["1.", "Compression deformity of L2, age\n\tindeterminate."]),
    # a level cut at its hyphen goes on, as a word does
    ("sv", "Lätt kompression av L2-\n   kotkroppen.", ["Lätt kompression av L2-\n   kotkroppen."]),
    # look-alikes: an indented line that opens with a capital, a bullet or a number item is a line of its own
    ("sv", "Fynd:\n  Ingen fraktur.\n  Sakrum ua.", ["Ingen fraktur.", "Sakrum ua."]),
    ("en", "Findings: no fracture\n   - sacrum normal", ["no fracture", "- sacrum normal"]),
    ("en", "1. Old fracture of the left pubic ramus\n   2. No sacral fracture",
     ["1.", "Old fracture of the left pubic ramus", "2.", "No sacral fracture"]),
])
def test_sections_indented_wrapped_lines_joined(splitters, language, text, expected):
    assert _texts(splitters[language], text) == expected


@pytest.mark.parametrize("language,text,concept,assertion", [
    ("sv", "Utlåtande:\n1. Fraktur i vänster övre och nedre\n   ramus pubis.", "pubic_ramus_fracture", "present"),
    ("sv", "Utlåtande:\n2. Lätt kompression av L2-\n   kotkroppen.", "vertebral_compression_fracture", "present"),
    ("en", "IMPRESSION:\n1. No evidence of sacral insufficiency\n   fracture.", "sacral_fracture", "negated"),
    ("en", "IMPRESSION:\n1. Acute fractures of the left superior and inferior pubic\n   rami.", "pubic_ramus_fracture",
     "present"),
])
def test_sections_finding_over_a_hanging_indent_found(nlp_sv, nlp_en, language, text, concept, assertion):
    pipeline = {"sv": nlp_sv, "en": nlp_en}[language]
    found = pipeline.extract(text)
    assert [(m.concept, m.assertion) for m in found] == [(concept, assertion)]
    assert all(text[m.start:m.end] == m.text for m in found)
    assert found[0].text.split()[-1].rstrip(".") in text.split("\n")[-1]  # the span reaches the wrapped line


# --------------------------------------------------------------------------------------------------- long runs

@pytest.mark.parametrize("text", [
    "ingen fraktur i ramus " * 400,
    "a" * 5000,
    "abc\n" * 1500,  # soft-wrapped lines make one long line
    "x" * 1499 + " " + "y" * 3000,
    " ".join(str(i) for i in range(3000)),
])
def test_sections_long_run_cut_into_bounded_pieces(splitters, text):
    for splitter in splitters.values():
        spans = splitter.split(text, 0, len(text))
        assert len(spans) > 1
        assert all(0 < end - start <= MAX_SENTENCE_CHARS for start, end in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
        # nothing but whitespace is lost between the pieces
        kept = "".join(text[s:e] for s, e in spans)
        assert "".join(kept.split()) == "".join(text.split())


def test_sections_long_run_cut_at_whitespace(splitters):
    text = "ingen fraktur i ramus " * 400
    for start, end in splitters["sv"].split(text, 0, len(text)):
        assert text[start:end].split()[0] in {"ingen", "fraktur", "i", "ramus"}
        assert text[start:end].split()[-1] in {"ingen", "fraktur", "i", "ramus"}
        assert not text[start].isspace() and not text[end - 1].isspace()


def test_sections_long_run_pieces_stripped_with_tabs(splitters):
    text = "ord\t " * 600
    for start, end in splitters["sv"].split(text, 0, len(text)):
        assert not text[start].isspace() and not text[end - 1].isspace(), repr(text[end - 3:end])


# --------------------------------------------------------------------------------------------------- invariants

_PIECES = ["Fynd:", "FYND", "Utlatande:", "Frågeställning", "IMPRESSION", "Findings", "PLAN", "A/P:", "Status",
           "ingen", "fraktur", "ramus", "L1.", "Th12.", "T12", "bl.a.", "t.ex.", "ua.", "Dr.", "ca.", "ev.", "R.",
           "No", "fracture", "sacrum", ".", "?", "!", ",", ":", "\n", "\r\n", "\n\n", " ", "\t", "-", ">", "(", ")",
           "\u0301", "å", "Ö"]


@settings(max_examples=300, deadline=None)
@given(language=st.sampled_from(["sv", "en"]),
       text=st.one_of(st.text(), st.lists(st.sampled_from(_PIECES), max_size=80).map(" ".join),
                      st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)))
@example(language="sv", text="- Fynd: ingen fraktur. Utlatande: ua")
@example(language="en", text="FINDINGS\r\n\r\nIMPRESSION")
def test_sections_invariants(splitters, language, text):
    splitter = splitters[language]
    sections = splitter.sections(text)
    assert sections[0].heading_start == 0
    assert sections[-1].end == len(text)
    for a, b in zip(sections, sections[1:]):
        assert a.end == b.heading_start
    for s in sections:
        assert s.heading_start <= s.body_start <= s.end
    sentences = splitter.sentences(text)
    for a, b in zip(sentences, sentences[1:]):
        assert a.end <= b.start
    for s in sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert s.end - s.start <= MAX_SENTENCE_CHARS
        assert not text[s.start].isspace()
    # every non-space character outside the headings is in some sentence
    covered = set()
    for s in sentences:
        covered.update(range(s.start, s.end))
    for section in sections:
        for i in range(section.body_start, section.end):
            assert i in covered or text[i].isspace(), (i, text[i])


def test_sections_repeated_line_split_once_and_placed_where_it_stands(nlp_sv, monkeypatch):
    """A line met again (a template's "Ingen fraktur. Sakrum ua.") is split once; its sentences are placed at
    the offsets of each copy, as a fresh split gives them."""
    from reportminer.sections import SectionSplitter

    splitter = SectionSplitter(nlp_sv.lexicon)
    line = "Ingen fraktur. Sakrum ua. Bl.a. L1 ua."
    text = f"{line}\nFynd: {line}\n\t{line}  "
    calls = []
    split = splitter._split_line
    monkeypatch.setattr(splitter, "_split_line", lambda *a: calls.append(a) or split(*a))
    sentences = [text[s.start:s.end] for s in splitter.sentences(text)]
    assert sentences == ["Ingen fraktur.", "Sakrum ua.", "Bl.a. L1 ua."] * 3
    assert [c[0] for c in calls if c[0]] == [line]  # (and once the empty line before the heading)
    fresh = SectionSplitter(nlp_sv.lexicon)
    assert [(s.start, s.end) for s in splitter.sentences(text + " ")] == [
        (s.start, s.end) for s in fresh.sentences(text + " ")]


def test_sections_line_memo_is_bounded(nlp_en, monkeypatch):
    from reportminer import sections

    monkeypatch.setattr(sections, "LINE_MEMO_SIZE", 5)
    splitter = sections.SectionSplitter(nlp_en.lexicon)
    for i in range(12):
        text = f"Line {i}. Next one."
        assert [text[a:b] for a, b in splitter.split(text, 0, len(text))] == [f"Line {i}.", "Next one."]
        assert 1 <= len(splitter._lines) <= 5


@settings(max_examples=300, deadline=None)
@given(language=st.sampled_from(["sv", "en"]), pad=st.sampled_from(["", " ", "\t ", "  "]),
       line=st.one_of(st.text(alphabet=st.characters(blacklist_characters="\n\r")),
                      st.lists(st.sampled_from([p for p in _PIECES if "\n" not in p]), max_size=60).map(" ".join)))
def test_sections_remembered_line_split_as_a_fresh_split(splitters, language, pad, line):
    """A line's sentences read from the memo (keyed by the line without its indentation) are those a fresh split
    of the line as it stands gives."""
    splitter = splitters[language]
    text = "x\n" + pad + line + pad
    start, end = 2, len(text)
    fresh = [s for s in splitter._split_line(text, start, end)]
    assert splitter.split_line(text, start, end) == fresh
    assert splitter.split_line(text, start, end) == fresh  # now from the memo

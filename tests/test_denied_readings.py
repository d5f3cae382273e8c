"""A reading denied or doubted away: "not consistent with", "not suggestive of", "not in keeping with", "unlikely to
be", "Unlikely sepsis" and their Swedish counterparts ("ej talande för", "inte förenlig med", "inte typiskt för")
deny what follows them (context.json, the negations before a condition; a bare "unlikely" reaches three words).

The fate of a suspicion told after it in a relative clause outranks it ("concern for a sacral fracture, which was
excluded on MRI", "som sedan bekräftades på MR"; "not confirmed" leaves it suspected: often nothing was done). What is
"no longer" had is denied ("No longer any low back pain"; "no longer able to walk" is not).

The nearer "consistent with" (present) or "suggestive of" (uncertain) no longer outweighs the "not" before it. What
the denied reading is about keeps its own assertion ("The L1 compression fracture is not consistent with trauma").
"""
import pytest

import reportminer
from tests.phrasing import assertions_by_concept


def _judge(text, term, lang):
    start = text.index(term)
    return reportminer.assertion(text, start, start + len(term), language=lang)


@pytest.mark.parametrize("text, term, lang", [
    ("Not consistent with a sacral fracture.", "sacral fracture", "en"),
    ("Findings are not in keeping with an insufficiency fracture.", "insufficiency fracture", "en"),
    ("Appearances are not suggestive of metastasis.", "metastasis", "en"),
    ("The lesion is not compatible with a haemangioma.", "haemangioma", "en"),
    ("Symptoms not indicative of cauda equina syndrome.", "cauda equina syndrome", "en"),
    ("This is unlikely to be a sacral fracture.", "sacral fracture", "en"),
    ("Unlikely sepsis.", "sepsis", "en"),
    ("Not felt to be angina.", "angina", "en"),
    ("Ej talande för infektion.", "infektion", "sv"),
    ("Bilden är inte förenlig med sakrumfraktur.", "sakrumfraktur", "sv"),
    ("Fyndet är inte typiskt för metastas.", "metastas", "sv"),
    ("Röntgenbilden talar inte för fraktur.", "fraktur", "sv"),
])
def test_a_denied_reading_denies_what_follows(text, term, lang):
    assert _judge(text, term, lang) == "negated"


@pytest.mark.parametrize("text, term, lang, expected", [
    ("The L1 compression fracture is not consistent with trauma.", "L1 compression fracture", "en", "present"),
    ("Unlikely to walk again given her sacral fracture.", "sacral fracture", "en", "present"),
    ("Consistent with a sacral insufficiency fracture.", "sacral insufficiency fracture", "en", "present"),
    ("Suggestive of a sacral insufficiency fracture.", "sacral insufficiency fracture", "en", "uncertain"),
    ("Sakrumfrakturen talar inte för malignitet.", "Sakrumfrakturen", "sv", "present"),
    ("Talar för sakrumfraktur.", "sakrumfraktur", "sv", "present"),
])
def test_what_the_denied_reading_is_about_and_the_affirmed_one_keep_theirs(text, term, lang, expected):
    assert _judge(text, term, lang) == expected


@pytest.mark.parametrize("text, term, lang, expected", [
    ("There was concern for a sacral fracture, which was excluded on MRI.", "sacral fracture", "en", "negated"),
    ("Query sacral fracture, which was ruled out by CT.", "sacral fracture", "en", "negated"),
    ("Concern for a DVT that was subsequently ruled out on ultrasound.", "DVT", "en", "negated"),
    ("Low back pain which has now settled.", "Low back pain", "en", "negated"),
    ("Suspected L1 compression fracture that was later confirmed on MRI.", "L1 compression fracture", "en", "present"),
    ("Misstanke om sakrumfraktur, vilket uteslöts med MR.", "sakrumfraktur", "sv", "negated"),
    ("Misstänkt sakrumfraktur som avskrevs efter DT.", "sakrumfraktur", "sv", "negated"),
    ("Ländryggssmärta som nu har släppt.", "Ländryggssmärta", "sv", "negated"),
    ("Misstänkt sakrumfraktur, som sedan bekräftades på MR.", "sakrumfraktur", "sv", "present"),
])
def test_the_fate_of_a_suspicion_told_in_a_relative_clause_outranks_it(text, term, lang, expected):
    assert _judge(text, term, lang) == expected


@pytest.mark.parametrize("text, term, lang, expected", [
    # "not confirmed" where no study was done leaves the suspicion standing
    ("A probable sacral fracture, which has not been confirmed as she declined scans.", "sacral fracture", "en",
     "uncertain"),
    ("Misstänkt sakrumfraktur, som inte har verifierats med vidare bilddiagnostik.", "sakrumfraktur", "sv",
     "uncertain"),
    # the relative clause is about the noun right before it, not a finding further back
    ("Low back pain after the fall, which was not witnessed.", "Low back pain", "en", "present"),
    ("Ländryggssmärta som debuterade efter fallet, vilket inte bekräftades av anhöriga.", "Ländryggssmärta", "sv",
     "present"),
    ("Ländryggssmärta som har gått ner något.", "Ländryggssmärta", "sv", "present"),
])
def test_a_relative_clause_that_settles_nothing_leaves_the_finding(text, term, lang, expected):
    assert _judge(text, term, lang) == expected


@pytest.mark.parametrize("text, term, expected", [
    ("No longer any low back pain.", "low back pain", "negated"),
    ("She no longer complains of low back pain.", "low back pain", "negated"),
    ("There is no longer any evidence of bleeding.", "bleeding", "negated"),
    ("No longer able to walk because of low back pain.", "low back pain", "present"),
])
def test_what_is_no_longer_there_is_denied(text, term, expected):
    assert _judge(text, term, "en") == expected


@pytest.mark.parametrize("text, term, lang, expected", [
    ("Sacral fracture not visualised.", "Sacral fracture", "en", "negated"),
    ("Pubic ramus fracture is not visualised on this film.", "Pubic ramus fracture", "en", "negated"),
    ("XR pelvis w/o fracture.", "fracture", "en", "negated"),
    # a clinical diagnosis without its article is a working one
    ("Kliniskt sakrumfraktur.", "sakrumfraktur", "sv", "uncertain"),
    ("Kliniskt stabil. Sakrumfraktur på MR.", "Sakrumfraktur", "sv", "present"),
])
def test_a_denial_after_the_finding_and_a_denied_pain_free(text, term, lang, expected):
    assert _judge(text, term, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Not pain-free in the lower back yet.", "en", ["present"]),
    ("Never pain free in her low back since the fall.", "en", ["present"]),
    ("Pain-free in the lower back.", "en", ["negated"]),
    ("Ej smärtfri i ländryggen.", "sv", ["present"]),
    ("Inte helt smärtfri i ländryggen.", "sv", ["present"]),
    ("Smärtfri i ländryggen.", "sv", ["negated"]),
])
def test_a_pain_free_word_denied_is_pain(text, lang, expected):
    assert assertions_by_concept(text, lang)["low_back_pain"] == expected


@pytest.mark.parametrize("text, term, expected", [
    # "om" after "uppgift(er)" is "about", not "if"
    ("Uppgifter om sakrumfraktur finns i remissen.", "sakrumfraktur", "present"),
    ("Journalen innehåller inga uppgifter om sakrumfraktur.", "sakrumfraktur", "negated"),
    ("Det saknas uppgifter om kotkompression i journalen.", "kotkompression", "negated"),
    ("Om det är en sakrumfraktur behövs MR.", "sakrumfraktur", "hypothetical"),
])
def test_information_about_a_finding_is_no_condition(text, term, expected):
    assert _judge(text, term, "sv") == expected

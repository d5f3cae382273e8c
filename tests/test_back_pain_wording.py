"""Low-back pain as notes also write it: the lumbar spine abbreviated ("L-spine pain"), the sacroiliac joints ("SI
joint pain"), the lower spine, a lumbar level ("pain over L4/5"), Swedish "länden" and the lumbosacral junction.
Each family by at least two differently worded sentences, with its look-alikes that name another part of the back."""
from __future__ import annotations

import pytest

from .phrasing import assertions

LBP = "low_back_pain"


@pytest.mark.parametrize("sentence, language", [
    ("L-spine pain since the fall.", "en"),
    ("Pain in her L-spine, worse on standing.", "en"),
    ("SI joint pain bilaterally.", "en"),
    ("Sacroiliac joint pain on the left.", "en"),
    ("Pain over the left SI joint.", "en"),
    ("Severe pain in the lower spine.", "en"),
    ("Pain over L4/5 when standing.", "en"),
    ("Pain at L3 since lifting a box.", "en"),
    ("Her back is very sore low down.", "en"),
    ("Her back hurts low down.", "en"),
    ("LBP+ since the fall.", "en"),
    ("Ont i länden sedan fallet.", "sv"),
    ("Värk i länderna.", "sv"),
    ("Smärta i lumbosakralövergången.", "sv"),
    ("Smarta i lumbosakralovergangen.", "sv"),
    ("Distala ryggsmärtor sedan en månad.", "sv"),
    ("Nedre ryggvärk sedan fallet.", "sv"),
])
def test_low_back_pain_in_other_words(sentence, language):
    assert assertions(sentence, language, LBP) == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("No L-spine pain.", "en"),
    ("Denies SI joint pain.", "en"),
    ("Ingen smärta i länden.", "sv"),
])
def test_denied_low_back_pain_in_other_words(sentence, language):
    assert assertions(sentence, language, LBP) == ["negated"]


@pytest.mark.parametrize("sentence, language", [
    ("Pain over T8.", "en"),
    ("Pain in the C-spine.", "en"),
    ("SI joints normal.", "en"),
    ("Fraktur i distala radius, ryggsmärta sedan tidigare i bröstryggen.", "sv"),
])
def test_another_part_of_the_spine_is_no_low_back_pain(sentence, language):
    assert assertions(sentence, language, LBP) == []


# --- Swedish "anamnestiskt" says who told it (the patient), not that it is over ----------------------------------
@pytest.mark.parametrize("sentence", [
    "Anamnestiskt ländryggssmärta i många år, nu akut försämring.",
    "Anamnestiskt ont i ländryggen sedan fallet i går.",
    "Anamnestiskt ont i landryggen sedan fallet.",
])
def test_pain_the_patient_reports_is_present(sentence):
    assert assertions(sentence, "sv", LBP) == ["present"]


@pytest.mark.parametrize("sentence", [
    "Anamnes på ländryggssmärta sedan ungdomen, nu besvärsfri.",
    "Tidigare haft ländryggssmärta, nu besvärsfri.",
])
def test_a_history_of_back_pain_stays_history(sentence):
    assert assertions(sentence, "sv", LBP) == ["historical"]


# --- an examination field of the low back ("Lumbar spine: pain on flexion") -------------------------------------
@pytest.mark.parametrize("sentence, language", [
    ("Lumbar spine: pain on flexion.", "en"),
    ("Lumbar spine: tender, pain on flexion and extension.", "en"),
    ("Low back: pain 6/10.", "en"),
    ("Ländrygg: smärta vid flexion.", "sv"),
    ("Landryggen: omhet och smarta vid rorelse.", "sv"),
])
def test_pain_in_a_low_back_examination_field(sentence, language):
    assert assertions(sentence, language, LBP) == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("Lumbar spine: normal alignment. Knee: pain on flexion.", "en"),
    ("Lumbar: no tenderness; hip: painful.", "en"),
    ("Ländrygg: ua. Knä: smärta vid flexion.", "sv"),
])
def test_pain_in_another_field_is_no_low_back_pain(sentence, language):
    assert assertions(sentence, language, LBP) == []


# --- a low back that gets better or worse is a painful one; "no better" is still there -----------------------------
@pytest.mark.parametrize("sentence, language", [
    ("Her lower back is better.", "en"),
    ("Low back worse since the fall.", "en"),
    ("Her lower back is no better.", "en"),
    ("Low back pain no better despite analgesia.", "en"),
    ("Ländryggen har blivit bättre.", "sv"),
    ("Landryggen nagot samre sedan i gar.", "sv"),
    ("Ländryggssmärtan inte bättre trots paracetamol.", "sv"),
    ("Her low back has not got any better.", "en"),
    ("Her lower back isn't getting better.", "en"),
    ("Ländryggen är inte bättre.", "sv"),
    ("Ländryggen har inte blivit sämre.", "sv"),
    ("Landryggen har inte blivit battre.", "sv"),
])
def test_a_low_back_getting_better_or_worse_is_painful(sentence, language):
    assert assertions(sentence, language, LBP) == ["present"]


# --- pain the patient no longer reports is gone ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, language", [
    ("No longer complains of low back pain.", "en"),
    ("She no longer reports any low back pain.", "en"),
    ("No longer troubled by her lumbar pain.", "en"),
    ("Besväras inte längre av ländryggssmärta.", "sv"),
    ("Har inte langre ont i landryggen.", "sv"),
])
def test_pain_no_longer_reported_is_gone(sentence, language):
    assert assertions(sentence, language, LBP) == ["negated"]


@pytest.mark.parametrize("sentence, expected", [
    ("Her lower back has been playing up again.", ["present"]),
    ("Her low back is killing her.", ["present"]),
    ("Lower back flared up after gardening.", ["present"]),
    ("Twinge in the lower back when bending.", ["present"]),
    ("Her lower back is not bothering her now.", ["negated"]),
])
def test_everyday_words_for_a_painful_low_back(sentence, expected):
    assert assertions(sentence, "en", LBP) == expected


def test_a_playing_up_elsewhere_is_no_low_back_pain():
    assert assertions("Her knee has been playing up again; lower limbs otherwise fine.", "en", LBP) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Känning i ländryggen sedan fallet.", ["present"]),
    ("Krämpor från ländryggen.", ["present"]),
    ("Ländryggen har krånglat igen.", ["present"]),
    ("Landryggen har borjat krangla.", ["present"]),
    ("Ländryggen har inte krånglat sedan i våras.", ["negated"]),
    ("Ingen känning i ländryggen.", ["negated"]),
])
def test_everyday_swedish_words_for_a_troublesome_low_back(sentence, expected):
    assert assertions(sentence, "sv", LBP) == expected


def test_a_feeling_in_the_fingers_is_no_back_pain():
    assert assertions("Känningar i fingrarna, ryggen ua.", "sv", LBP) == []


@pytest.mark.parametrize("sentence, language, expected", [
    ("h/o LBP, now worse.", "en", ["present"]),
    ("History of low back pain, now worse over the last week.", "en", ["present"]),
    ("Long history of LBP, ongoing.", "en", ["present"]),
    ("Tidigare ländryggsbesvär, nu försämrad.", "sv", ["present"]),
    ("Tidigare landryggsbesvar, nu forsamrad.", "sv", ["present"]),
    ("Tidigare ländryggssmärta som har återkommit.", "sv", ["present"]),
    # look-alikes: a history that ended, or "now worse" said of another item of the list
    ("Previous LBP, resolved.", "en", ["historical"]),
    ("History of LBP; now pain free.", "en", ["historical"]),
    ("History of LBP, osteoporosis, hypertension, hip OA now worse.", "en", ["historical"]),
    ("Tidigare lumbago, nu besvärsfri.", "sv", ["historical"]),
    ("Anamnes: tidigare ländryggssmärta, hypertoni, DM2, höftartros som kvarstår.", "sv", ["historical"]),
])
def test_a_back_pain_history_followed_by_its_state_today(sentence, language, expected):
    assert assertions(sentence, language, LBP) == expected


@pytest.mark.parametrize("sentence, language", [
    # the low back's own pain word denied, the negation inside the phrase
    ("Ländryggen gör inte ont längre.", "sv"),
    ("Landryggen gor inte ont langre.", "sv"),
    ("Ländryggen värker inte längre.", "sv"),
    ("Korsryggen gör inte ont, men höften värker.", "sv"),
    ("Her lower back does not hurt anymore.", "en"),
    ("Low back doesn't hurt today.", "en"),
    ("Lower back no longer painful.", "en"),
])
def test_a_low_back_that_does_not_hurt_is_a_denied_pain(sentence, language):
    assert assertions(sentence, language, LBP) == ["negated"]


@pytest.mark.parametrize("sentence, language", [
    ("Ländryggen gör ont.", "sv"),
    ("Ländryggen gör inte lika ont längre.", "sv"),  # less pain is still pain
    ("Ländryggen värker.", "sv"),
    ("The fracture is no longer painful but her low back still aches.", "en"),
    ("Lower back is sore.", "en"),
])
def test_a_low_back_that_still_hurts_stays_present(sentence, language):
    assert assertions(sentence, language, LBP) == ["present"]


# --- pain at the back of the pelvis is sacral-region pain (CONTRACT.md); the pelvis alone, or its fracture, is not --
@pytest.mark.parametrize("sentence, language", [
    ("Posterior pelvic pain since the fall.", "en"),
    ("Pain in the posterior pelvis on weight bearing.", "en"),
    ("Pain at the back of the pelvis, worse on standing.", "en"),
    ("Ont baktill i bäckenet sedan fallet.", "sv"),
    ("Ont i backenet baktill vid gang.", "sv"),
    ("Smärta i bakre bäckenringen.", "sv"),
    ("Bakre bäckensmärta.", "sv"),
])
def test_pain_at_the_back_of_the_pelvis_is_low_back_pain(sentence, language):
    assert assertions(sentence, language, LBP, "clinical") == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("Pain in the pelvis.", "en"),
    ("Posterior pelvic ring fracture.", "en"),
    ("Ont i bäckenet.", "sv"),
    ("Fraktur i bakre bäckenringen.", "sv"),
])
def test_the_pelvis_alone_or_its_fracture_is_no_low_back_pain(sentence, language):
    assert assertions(sentence, language, LBP, "clinical") == []


# --- pain elicited by the examiner's hand is tenderness, not by itself low-back pain (CONTRACT.md) -----------------
@pytest.mark.parametrize("sentence, language", [
    ("Pain over the sacrum on palpation.", "en"),
    ("Pain on palpation of the lumbar spine.", "en"),
    ("Lower back pain on deep palpation.", "en"),
    ("Lumbar spine: tender, painful to percussion.", "en"),  # an examination field of tenderness alone
    ("Ont vid palpation över korsbenet.", "sv"),
    ("Smärta vid palpation över SI-lederna.", "sv"),
    ("Smarta vid palpation over SI-lederna.", "sv"),
])
def test_pain_on_palpation_is_tenderness_not_low_back_pain(sentence, language):
    assert assertions(sentence, language, LBP) == []


@pytest.mark.parametrize("sentence, language", [
    # the patient's own pain, which the examiner's hand makes worse
    ("Low back pain, worse on palpation.", "en"),
    ("Low back pain worse on palpation.", "en"),
    ("Reports pain over the sacrum when sitting; tender on palpation.", "en"),
    ("Smärta i ländryggen som ökar vid palpation.", "sv"),
    ("Ländryggssmärta, värre vid palpation.", "sv"),
    ("Har ont över korsbenet när hon sitter.", "sv"),
])
def test_pain_the_patient_has_stays_low_back_pain_beside_palpation(sentence, language):
    assert assertions(sentence, language, LBP) == ["present"]


# --- where the pain sits, said after the pain ("lokaliserat till korsbenet", "localised to the sacrum") ------------
@pytest.mark.parametrize("sentence, language", [
    ("Ont när hon sitter, lokaliserat till korsbenet.", "sv"),
    ("Smärta som sitter i korsbenet.", "sv"),
    ("Smarta som sitter i korsryggen.", "sv"),
    ("Pain when sitting, localised to the sacrum.", "en"),
    ("Pain located over the sacrum.", "en"),
    ("Pain, mainly in the lower back.", "en"),
])
def test_pain_placed_low_after_it_is_low_back_pain(sentence, language):
    assert assertions(sentence, language, LBP) == ["present"]


@pytest.mark.parametrize("sentence, language", [
    ("Smärta i knät, sitter på insidan.", "sv"),
    ("Chest pain, located in the back.", "en"),
    ("Pain in the knee, localised to the medial joint line.", "en"),
])
def test_pain_placed_elsewhere_after_it_is_no_low_back_pain(sentence, language):
    assert assertions(sentence, language, LBP) == []


# --- a pain that has gone is over; one that has almost gone is not --------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Low back pain gone.", ["negated"]),
    ("Her back pain low down has now gone.", ["negated"]),
    ("Her low back pain has almost gone.", ["present"]),
    ("Low back pain has not gone.", ["present"]),
    ("Low back pain hasn't gone away.", ["present"]),
    ("She has gone to physio for her low back pain.", ["present"]),
    ("Low back pain, which had gone, has returned.", ["present"]),
])
def test_a_low_back_pain_that_has_gone(sentence, expected):
    assert assertions(sentence, "en", LBP) == expected

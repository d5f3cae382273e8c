"""Phrase families from real reporting and clinical wording (issue 11 items 2, 3, 5, 6; issue 10 item 3).

Each case is (language, text, expected), where expected is the set of (concept, assertion) that
``reportminer.extract`` finds among the non-imaging concepts; an empty set means the text is no mention.
Cases are grouped by family, English first and the Swedish equivalents after.
"""
from __future__ import annotations

import pytest

import reportminer
from reportminer.lexicon import IMAGING_CONCEPTS

VCF, RAM, SAC, LBP, OST = ("vertebral_compression_fracture", "pubic_ramus_fracture", "sacral_fracture",
                           "low_back_pain", "osteoporosis")
P, N, U, Y, H = "present", "negated", "uncertain", "hypothetical", "historical"


def _found(language: str, text: str) -> set[tuple[str, str]]:
    return {(m.concept, m.assertion) for m in reportminer.extract(text, language=language)
            if m.concept not in IMAGING_CONCEPTS}


FAMILIES: dict[str, list[tuple[str, str, set]]] = {
    # A compression fracture has many names in radiology reports; levels, ranges and plurals generalise.
    "vcf_names": [
        ("en", "Mild compression deformity of T12.", {(VCF, P)}),
        ("en", "Anterior wedging of L1.", {(VCF, P)}),
        ("en", "Wedge deformity at T8.", {(VCF, P)}),
        ("en", "Mild anterior wedging of several mid thoracic vertebral bodies.", {(VCF, P)}),
        ("en", "Height loss of the L2 vertebral body.", {(VCF, P)}),
        ("en", "Vertebral body deformity at T11.", {(VCF, P)}),
        ("en", "Deformity of T12.", {(VCF, P)}),
        ("en", "Fracture deformity of L3.", {(VCF, P)}),
        ("en", "Biconcave deformity of L4.", {(VCF, P)}),
        ("en", "Vertebra plana at T9.", {(VCF, P)}),
        ("en", "Collapse of T12.", {(VCF, P)}),
        ("en", "Multiple thoracic compression deformities.", {(VCF, P)}),
        ("en", "Compression deformities of T6 and T8.", {(VCF, P)}),
        ("en", "Compression deformities from T10 to L2.", {(VCF, P)}),
        ("en", "Compression deformity at the thoracolumbar junction.", {(VCF, P)}),
        ("sv", "Kilformad kotkropp Th12.", {(VCF, P)}),
        ("sv", "Kilformade kotor Th7 och Th8.", {(VCF, P)}),
        ("sv", "Sammanfallen kota L1.", {(VCF, P)}),
        ("sv", "Höjdreduktion av kotkroppen L2.", {(VCF, P)}),
        ("sv", "Lätt höjdreduktion av L3-kotan.", {(VCF, P)}),
        ("sv", "Kotkompressioner Th11–L1.", {(VCF, P)}),
        ("sv", "Impression av övre ändplattan L3.", {(VCF, P)}),
        ("sv", "Ändplattsimpression Th12.", {(VCF, P)}),
        ("en", "Mild superior endplate depression at L4.", {(VCF, P)}),
        ("sv", "Diskbuktning L4-L5 med impression på durasäcken.", set()),
        ("sv", "Schmorls knutor L2-L4.", set()),
    ],
    # Kyphoplasty/vertebroplasty: historical when done before, present when the fracture is what is described.
    "vcf_procedures": [
        ("en", "Status post kyphoplasty at L1.", {(VCF, H)}),
        ("en", "Post-vertebroplasty changes at T12.", {(VCF, H)}),
        ("en", "Prior vertebroplasty of L2 and L3.", {(VCF, H)}),
        ("en", "Kyphoplasty material in T12 and L1.", {(VCF, H)}),
        ("en", "Vertebroplasty changes in the lower thoracic spine.", {(VCF, H)}),
        ("en", "Kyphoplasty of L1 is planned.", {(VCF, Y)}),
        ("en", "No acute osseous abnormality; chronic-appearing deformity of T10.", {(VCF, H)}),
        ("sv", "Tidigare vertebroplastik av L1.", {(VCF, H)}),
        ("sv", "Status efter vertebroplastik L1.", {(VCF, H)}),
        ("sv", "Cementfyllnad i L1 efter vertebroplastik.", {(VCF, H)}),
    ],
    # An age or chronicity that cannot be told says nothing about whether the fracture exists.
    "age_indeterminate": [
        ("en", "Age-indeterminate compression deformity of L1.", {(VCF, P)}),
        ("en", "Compression fracture of T12 of indeterminate age.", {(VCF, P)}),
        ("en", "L2 compression fracture of uncertain chronicity.", {(VCF, P)}),
        ("en", "Wedge deformity of T7, age indeterminate.", {(VCF, P)}),
        ("sv", "Kotkompression L1, ålder kan ej bedömas.", {(VCF, P)}),
        ("sv", "Kompressionsfraktur Th12 av oklar ålder.", {(VCF, P)}),
    ],
    # Old, remote, healed, chronic are historical; unchanged, stable, again seen and known keep it present.
    "old_versus_stable": [
        ("en", "Chronic compression deformity of T8.", {(VCF, H)}),
        ("en", "Old L1 compression fracture.", {(VCF, H)}),
        ("en", "Remote healed fracture of the right superior pubic ramus.", {(RAM, H)}),
        ("en", "Compression deformity of T12, chronic in appearance.", {(VCF, H)}),
        ("en", "Unchanged compression deformity of T12.", {(VCF, P)}),
        ("en", "Stable L1 compression fracture.", {(VCF, P)}),
        ("en", "Again seen is the compression deformity of L3.", {(VCF, P)}),
        ("en", "Known T11 compression fracture.", {(VCF, P)}),
        ("sv", "Gammal kotkompression Th12.", {(VCF, H)}),
        ("sv", "Äldre kompressionsfraktur L1.", {(VCF, H)}),
        ("sv", "Oförändrad kotkompression L2.", {(VCF, P)}),
        ("sv", "Läkt ramusfraktur 2018.", {(RAM, H)}),
    ],
    # A negated survey of the spine is a negated mention.
    "negated_survey": [
        ("en", "No fractures of the thoracic spine.", {(VCF, N)}),
        ("en", "No acute osseous abnormality of the lumbar spine.", {(VCF, N)}),
        ("en", "Vertebral body heights are maintained.", {(VCF, N)}),
        ("en", "Without compression deformity.", {(VCF, N)}),
        ("en", "No vertebral body height loss.", {(VCF, N)}),
        ("en", "There are no compression deformities.", {(VCF, N)}),
        ("sv", "Bevarad höjd av kotkropparna.", {(VCF, N)}),
        ("sv", "Inga kotkompressioner.", {(VCF, N)}),
    ],
    # Report fields: an indication is a question, a comparison names an earlier study.
    "report_fields": [
        ("en", "INDICATION: Back pain after fall. Evaluate for compression fracture.", {(VCF, Y)}),
        ("en", "HISTORY: ?sacral fracture", {(SAC, Y)}),
        ("en", "COMPARISON: Radiographs of 2021 showing an L2 compression fracture.", {(VCF, H)}),
        ("sv", "Frågeställning: Kotkompression?", {(VCF, Y)}),
    ],
    # History and physical, consult and discharge notes.
    "clinical_notes": [
        ("en", "Review of systems: denies fever, chills, low back pain or dysuria.", {(LBP, N)}),
        ("en", "ROS: Positive for low back pain. Negative for chest pain.", {(LBP, P)}),
        ("en", "PMH: hypertension, osteoporosis, T12 compression fracture (2015), COPD.", {(OST, P), (VCF, H)}),
        ("en", "Past medical history significant for osteoporosis and a remote L1 compression fracture.",
         {(OST, P), (VCF, H)}),
        ("en", "Family history: mother with osteoporosis and a hip fracture.", {(OST, H)}),
        ("en", "His father had a compression fracture of the spine.", {(VCF, H)}),
        ("en", "Family history of osteoporosis.", {(OST, H)}),
        ("en", "No family history of osteoporosis.", {(OST, N)}),
        ("en", "The patient reports low back pain for two weeks.", {(LBP, P)}),
        ("en", "She has a history of low back pain.", {(LBP, H)}),
        ("en", "Return if low back pain worsens.", {(LBP, Y)}),
        ("sv", "Hereditet för osteoporos.", {(OST, H)}),
        ("sv", "Mamma hade benskörhet.", {(OST, H)}),
        ("sv", "Ingen hereditet för osteoporos.", {(OST, N)}),
    ],
    # Swedish clinicians: coordinated pain sites, lumbago-ischias, broken words.
    "swedish_clinician": [
        ("sv", "Värk i skuldror, höfter och ländrygg.", {(LBP, P)}),
        ("sv", "Smärta i nacke, axlar och korsrygg sedan en vecka.", {(LBP, P)}),
        ("sv", "Söker för lumbago-ischias sedan tre dagar.", {(LBP, P)}),
        ("sv", "Lumbago - ischias vänster.", {(LBP, P)}),
        ("sv", "Ont i länd ryggen sedan fallet.", {(LBP, P)}),
        ("sv", "Kompressions-\nfraktur i L1.", {(VCF, P)}),
        ("sv", "Fraktur i blygd benet höger.", {(RAM, P)}),
    ],
    # Statements about no patient: teaching, generic risk, leaflets.
    "generic_statements": [
        ("sv", "Fragilitetsfrakturer är vanliga vid osteoporos.", set()),
        ("sv", "Kotkompressioner är vanliga hos äldre kvinnor.", set()),
        ("en", "Osteoporotic compression fractures are common in elderly women.", set()),
        ("en", "Sacral insufficiency fractures are often missed on radiographs.", set()),
    ],
    # Operative and procedure notes.
    "operative": [
        ("en", "The graft was compressed between the screws at L3-L4.", set()),
        ("en", "Compression was applied across the plate.", set()),
        ("en", "The fascia was closed with #2 Vicryl.", set()),
        ("en", "Specimen #3 was sent to pathology.", set()),
        ("en", "Decompression of the spinal cord at T10.", set()),
        ("en", "Severe compression of the L5 nerve root.", set()),
        ("en", "Levels: L3, L4, L5.", set()),
        ("en", "Pedicle screws were placed at L3, L4 and L5.", set()),
        ("sv", "Graftet komprimerades mellan skruvarna L3-L4.", set()),
    ],
    # Look-alikes that are no index finding (issue 10 item 3).
    "look_alikes": [
        ("en", "SPINE FRACTURE SCREENING", {(VCF, Y)}),
        ("en", "Vertebral fracture assessment (VFA).", {(VCF, Y)}),
        ("en", "DXA with VFA to look for compression fractures.", {(VCF, Y)}),
        ("en", "She has shrunk an inch and lost height over the years.", set()),
        ("en", "Loss of 3 cm in body height.", set()),
        ("sv", "Patienten har blivit 3 cm kortare.", set()),
        ("sv", "Längdminskning 4 cm senaste åren.", set()),
        ("en", "Compression of the dural sac at L4-L5.", set()),
        ("en", "Spinal canal compression at T11.", set()),
        ("sv", "Kompression av durasäcken i nivå L4-L5.", set()),
        ("en", "Pubic ramus fracture 2015, healed.", {(RAM, H)}),
        ("en", "The questioned L2 compression was not confirmed on review.", {(VCF, U)}),
        ("sv", "Den misstänkta kotkompressionen L2 kunde inte bekräftas vid eftergranskning.", {(VCF, U)}),
        ("en", "Vertebroplasty of L1 may be considered if conservative treatment fails.", {(VCF, Y)}),
        ("sv", "Vertebroplastik av L1 kan övervägas om smärtan kvarstår.", {(VCF, Y)}),
    ],
}

# A patient's age is no old finding; an appositive "old", "healed", "s/p vertebroplasty" after a comma is.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "An 84-year-old woman with a left sacral insufficiency fracture.", {(SAC, P)}),
    ("en", "84 year old woman with an L1 compression fracture.", {(VCF, P)}),
    ("en", "Indication: 78-year-old woman with osteoporosis and a painful L1 compression fracture.",
     {(OST, P), (VCF, P)}),
    ("en", "Old lady with a new pubic ramus fracture.", {(RAM, P)}),
    ("en", "Older woman with an old L1 compression fracture.", {(VCF, H)}),
    ("en", "L1 compression fracture, old.", {(VCF, H)}),
    ("en", "Compression deformity of T12, chronic; new L2 compression fracture.", {(VCF, H), (VCF, P)}),
    ("en", "Redemonstrated severe compression deformity of T11, status post vertebroplasty.", {(VCF, H)}),
    ("en", "Right pubic ramus fracture, old L2 compression fracture.", {(RAM, P), (VCF, H)}),
    ("sv", "Äldre kvinna med kotkompression L1.", {(VCF, P)}),
    ("sv", "Pat är 84 år gammal och har en ramusfraktur.", {(RAM, P)}),
    ("sv", "Äldre kotkompression L1.", {(VCF, H)}),
    ("sv", "Kotkompression L1, gammal.", {(VCF, H)}),
    ("sv", "Ramusfraktur hö, läkt.", {(RAM, H)}),
    ("sv", "Kotkompression Th11, st p vertebroplastik.", {(VCF, H)}),
], ids=[f"age-{i:02d}" for i in range(15)])
def test_wording_age_is_no_old_finding(language, text, expected):
    assert _found(language, text) == expected


# Swedish names of a compressed vertebra: lumbar/thoracic vertebra words, "sjunkit ihop", vertebral body heights.
@pytest.mark.parametrize("language, text, expected", [
    ("sv", "Kompression av första ländkotan.", {(VCF, P)}),
    ("sv", "Sammansjunken bröstkota Th8.", {(VCF, P)}),
    ("sv", "Kotkroppen L1 har sjunkit ihop.", {(VCF, P)}),
    ("sv", "Ihopsjunken kotkropp Th12.", {(VCF, P)}),
    ("sv", "Nedpressning av övre ändplattan L2.", {(VCF, P)}),
    ("sv", "Sänkt kotkroppshöjd L1.", {(VCF, P)}),
    ("sv", "Normala kotkroppshöjder.", {(VCF, N)}),
    ("sv", "Bevarade kotkroppshöjder i ländryggen.", {(VCF, N)}),
    ("sv", "Bröstkotorna har normal höjd.", {(VCF, N)}),
    ("sv", "Ryggsammanfall enligt tidigare röntgen.", {(VCF, H)}),
    ("sv", "L1 fraktur.", {(VCF, P)}),  # an optional hyphen in a pattern ("-?") is optional
    ("sv", "Solen sjunker ihop med kvällen.", set()),
    ("en", "Compression of the L5 root.", set()),
], ids=[f"sv-vcf-{i:02d}" for i in range(13)])
def test_wording_swedish_vertebra_words(language, text, expected):
    assert _found(language, text) == expected


# Sites listed before a site-led statement share its predicate; one compression described twice is one mention.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "The pubic rami and sacrum are intact.", [(RAM, N), (SAC, N)]),
    ("en", "The right pubic rami and sacrum are unremarkable.", [(RAM, N), (SAC, N)]),
    ("sv", "Blygdbenen och sakrum är intakta.", [(RAM, N), (SAC, N)]),
    ("en", "Acute L1 compression fracture with 30% loss of height and mild retropulsion.", [(VCF, P)]),
    ("en", "Interval progression of the T12 compression deformity, now with 60% height loss.", [(VCF, P)]),
    ("en", "L1 compression fracture; other vertebral body heights are maintained.", [(VCF, P), (VCF, N)]),
    ("en", "L1 compression fracture, also 20% height loss of L3.", [(VCF, P), (VCF, P)]),  # a level of its own
], ids=[f"one-finding-{i:02d}" for i in range(7)])
def test_wording_mentions_one_per_finding(language, text, expected):
    found = [(m.concept, m.assertion) for m in reportminer.extract(text, language=language)
             if m.concept not in IMAGING_CONCEPTS]
    assert sorted(found) == sorted(expected)


# Operative wording: a compressed dural sac, cement in the screws, sutures and specimens are no fractures.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "Cement augmentation of the L2 screws was performed due to osteoporotic bone.", {(OST, P)}),
    ("en", "Closure: #1 Vicryl for the fascia, 2-0 Vicryl subcutaneous, 3-0 Monocryl subcuticular.", set()),
    ("en", "Specimen #1: L4 lamina. Specimen #2: disc material.", set()),
    ("en", "The rods were locked with compression across the L4-L5 segment.", set()),
    ("en", "Preoperative diagnosis: Painful T12 osteoporotic compression fracture.", {(VCF, P), (OST, P)}),
    ("sv", "Durasäcken är komprimerad i nivå L4-L5.", set()),
    ("sv", "Cementförstärkning av skruvarna i L2.", set()),
    ("sv", "Kotkroppen L1 är komprimerad.", {(VCF, P)}),
    ("sv", "Preparat #1 skickas till PAD.", set()),
], ids=[f"operative-{i:02d}" for i in range(9)])
def test_wording_operative_notes(language, text, expected):
    assert _found(language, text) == expected


# Checklists and treatment: "X: no.", "(-) X" negate; absent treatment says nothing against the condition.
@pytest.mark.parametrize("language, text, expected", [
    ("sv", "Ingen behandling för osteoporos.", {(OST, P)}),
    ("sv", "Ej behandlad för sin osteoporos.", {(OST, P)}),
    ("sv", "Står inte på någon behandling mot benskörhet.", {(OST, P)}),
    ("sv", "Ingen osteoporos.", {(OST, N)}),
    ("sv", "Osteoporos: nej.", {(OST, N)}),
    ("sv", "Tidigare frakturer: kotkompression L2 2019, handledsfraktur 2016.", {(VCF, H)}),
    ("en", "Not on treatment for osteoporosis.", {(OST, P)}),
    ("en", "No osteoporosis.", {(OST, N)}),
    ("en", "Osteoporosis: no.", {(OST, N)}),
    ("en", "Osteoporosis: yes.", {(OST, P)}),
    ("en", "Low back pain: denies.", {(LBP, N)}),
    ("en", "Sacral fracture: no displacement.", {(SAC, P)}),
    ("en", "ROS: (-) low back pain.", {(LBP, N)}),
    ("en", "ROS: (+) low back pain, (-) fever.", {(LBP, P)}),
    ("en", "Prior fractures: L2 compression fracture (2019), right distal radius (2016).", {(VCF, H)}),
], ids=[f"checklist-{i:02d}" for i in range(15)])
def test_wording_checklists_and_treatment(language, text, expected):
    assert _found(language, text) == expected


# A reason clause ("given ...", "med tanke på ...") states a fact and ends the scope of a suspicion.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "Concern for an additional sacral insufficiency fracture given buttock pain.", {(SAC, U), (LBP, P)}),
    ("en", "Given her osteoporosis, a sacral insufficiency fracture cannot be excluded.", {(OST, P), (SAC, U)}),
    ("sv", "Med tanke på smärta lågt i ryggen kan sakrumfraktur inte uteslutas.", {(LBP, P), (SAC, U)}),
    ("sv", "Misstänkt sakrumfraktur med tanke på smärta i skinkan.", {(SAC, U), (LBP, P)}),
    ("sv", "Utredning med tanke på kotkompression.", {(VCF, Y)}),
    ("sv", "Smärta pga misstänkt ramusfraktur.", {(RAM, U)}),
], ids=[f"reason-{i:02d}" for i in range(6)])
def test_wording_reason_clause_is_a_fact(language, text, expected):
    assert _found(language, text) == expected


# The age of a fracture is no differential ("acute versus chronic"); a differential of a finding is.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "Acute versus chronic L1 compression fracture.", {(VCF, P)}),
    ("en", "L1 compression fracture, acute versus subacute.", {(VCF, P)}),
    ("en", "Sacral insufficiency fracture versus metastasis.", {(SAC, U)}),
    ("en", "Consider kyphoplasty for the painful L1 compression fracture.", {(VCF, P)}),
    ("en", "Mechanical fall, r/o hip fracture vs pubic ramus fracture.", {(RAM, Y)}),  # a question stays one
    ("en", "Evaluate for sacral insufficiency fracture versus metastasis.", {(SAC, Y)}),
], ids=[f"versus-{i:02d}" for i in range(6)])
def test_wording_differential(language, text, expected):
    assert _found(language, text) == expected


# "Not displaced" describes a fracture that is there.
@pytest.mark.parametrize("language, text, expected", [
    ("sv", "Ej dislocerad fraktur i ramus superior.", {(RAM, P)}),
    ("sv", "Icke-dislocerad sakrumfraktur.", {(SAC, P)}),
    ("sv", "Fraktur i ramus superior, ej felställd.", {(RAM, P)}),
    ("sv", "Ej fraktur i ramus.", {(RAM, N)}),
    ("en", "Not displaced fracture of the right superior pubic ramus.", {(RAM, P)}),
    ("en", "No displaced fracture of the pubic rami.", {(RAM, N)}),
], ids=[f"displaced-{i:02d}" for i in range(6)])
def test_wording_not_displaced_is_present(language, text, expected):
    assert _found(language, text) == expected


# A word stem must not reach into unrelated words: a lung sound, a dose fraction, a diet, an answered referral.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "Bibasilar crackles. Crackling sensation in the sacral region.", set()),
    ("en", "Fine crackles at both bases and tenderness over the left pubic ramus.", set()),
    ("en", "Hairline crack of the left superior pubic ramus.", {(RAM, P)}),
    ("en", "The sacrum was cracked in the fall.", {(SAC, P)}),
    ("en", "Sacral radiotherapy given in 5 fractions.", {("pelvic_radiation", P)}),  # the sacrum is pelvic bone
    ("en", "Fractured sacrum.", {(SAC, P)}),
    ("en", "Lumbar flexion painless.", set()),
    ("en", "Lumbar pain, worse on flexion.", {(LBP, P)}),
    ("en", "Gluten-free diet; gluteal pain on the right.", {(LBP, P)}),
    ("en", "Gluten intolerance, lumbar spine normal.", set()),
    ("sv", "Remissen besvaras med MR ländrygg.", set()),
    ("sv", "Besvärad av värk i ländryggen.", {(LBP, P)}),
    ("sv", "Värken sitter i ländryggen.", {(LBP, P)}),
    ("sv", "Varken feber eller stelhet i ländryggen.", set()),
    ("sv", "Strålbehandling mot sakrum, 5 fraktioner.", {("pelvic_radiation", P)}),
    ("sv", "Frakturen i sakrum läker.", {(SAC, P)}),
    ("sv", "Strålbehandlad mot skelettmetastas i lårbenet, analgetika vid behov.", set()),
    ("sv", "Strålbehandlad mot analcancer 2015.", {("pelvic_radiation", P)}),
    ("sv", "Kompressionsfraktur L1 med lätt rotation av kotpelaren.", {(VCF, P)}),
], ids=[f"stem-{i:02d}" for i in range(19)])
def test_wording_stems_stay_inside_their_words(language, text, expected):
    found = {(m.concept, m.assertion) for m in reportminer.extract(text, language=language)
             if m.concept not in IMAGING_CONCEPTS}
    assert found == expected


@pytest.mark.parametrize("text", ["Broad spectrum antibiotics were started.", "Spectacles for reading."])
def test_wording_spectrum_is_no_spect_scan(text):
    assert not [m for m in reportminer.extract(text, language="en") if m.concept == "imaging_scintigraphy"]


def test_wording_spect_is_a_scintigraphy():
    found = reportminer.extract("Bone scan with SPECT/CT of the pelvis.", language="en")
    assert any(m.concept == "imaging_scintigraphy" and m.assertion == P for m in found)


# Known failures, each a real limit of the rules (kept visible rather than fitted away): none at present.
KNOWN_FAILURES: set[str] = set()

CASES = [pytest.param(lang, text, expected, id=f"{family}-{i:02d}",
                      marks=[pytest.mark.xfail(strict=True, reason="known failure")]
                      if f"{family}-{i:02d}" in KNOWN_FAILURES else [])
         for family, cases in FAMILIES.items() for i, (lang, text, expected) in enumerate(cases)]


@pytest.mark.parametrize("language, text, expected", CASES)
def test_wording_family(language, text, expected):
    assert _found(language, text) == expected


# A "?" on the finding in a radiology report's history or referral field is the referral's question; a suspicion
# word there, or a "?" in a clinical note's history, in findings or in an impression, is a suspicion.
@pytest.mark.parametrize("language, text, note_type, expected", [
    ("en", "HISTORY: Osteoporosis, new back pain, ?compression fracture", "radiology", {(OST, P), (VCF, Y)}),
    ("en", "HISTORY: Fall 2 days ago. Compression fracture?", "radiology", {(VCF, Y)}),
    ("en", "Hx: fall at home. ? sacral insufficiency fracture", None, {(SAC, Y)}),
    ("en", "Q: compression fracture?", "radiology", {(VCF, Y)}),
    ("en", "HISTORY: Fall, possible compression fracture.", "radiology", {(VCF, U)}),
    ("en", "HPI: Fall last week, ?compression fracture.", "clinical", {(VCF, U)}),
    ("en", "HISTORY: Fall last week, ?compression fracture.", "discharge", {(VCF, U)}),
    ("en", "FINDINGS: ?Compression fracture of L1.", "radiology", {(VCF, U)}),
    ("en", "IMPRESSION: L1 compression fracture?", "radiology", {(VCF, U)}),
    ("sv", "Frågeställning: ?kotkompression", "radiology", {(VCF, Y)}),
    ("sv", "Anamnes: Osteoporos, nu ryggsmärta. ?Kotkompression", "radiology", {(OST, P), (VCF, Y)}),
    ("sv", "Anamnes: Osteoporos, nu ryggsmärta. ?Kotkompression", "clinical", {(OST, P), (VCF, U)}),
    ("sv", "Anamnes: Fall, trolig kotkompression L1.", "radiology", {(VCF, U)}),
], ids=[f"question-mark-{i:02d}" for i in range(13)])
def test_wording_question_mark_in_a_radiology_history_field_asks(language, text, note_type, expected):
    found = {(m.concept, m.assertion) for m in reportminer.extract(text, language=language, note_type=note_type)
             if m.concept not in IMAGING_CONCEPTS}
    assert found == expected


CLINICAL_NOTES = [
    ("en", "ROS: Denies fever, chills, nausea, vomiting, chest pain, low back pain.", {(LBP, N)}),
    ("en", "Review of systems negative for fever, weight loss, dysuria, low back pain and leg weakness.", {(LBP, N)}),
    ("en", "ROS: negative for fever, chills; positive for low back pain.", {(LBP, P)}),
    ("en", "PMH: HTN, DM2, osteoporosis on alendronate, s/p L1 kyphoplasty 2019, CKD3.", {(OST, P), (VCF, H)}),
    ("en", "Discharge diagnoses: 1. Right superior pubic ramus fracture. 2. Osteoporosis.", {(RAM, P), (OST, P)}),
    ("en", "HPI: 84F with known osteoporosis presents after a fall with left groin and buttock pain.",
     {(OST, P), (LBP, P)}),
    ("en", "Assessment: Low back pain, likely mechanical; no red flags.", {(LBP, P)}),
    ("en", "Social history: lives alone, uses a walker, former smoker.", set()),
    ("en", "Mother had osteoporosis; father died of a myocardial infarction.", {(OST, H)}),
    ("en", "She fell and sustained a left superior pubic ramus fracture 3 weeks ago.", {(RAM, P)}),  # this episode
    ("en", "She denies any falls but reports new lower back pain.", {(LBP, P)}),
    ("en", "Known L1 compression fracture from 2019, treated conservatively.", {(VCF, H)}),
    ("sv", "Förnekar feber, frossa, illamående, ländryggssmärta.", {(LBP, N)}),
    ("sv", "Ont i korsryggen och höger skinka.", {(LBP, P)}),
    ("sv", "Äldre kotkompressioner i bröstryggen.", {(VCF, H)}),
    ("sv", "Inget som talar för fraktur i bäckenet.", set()),
    ("sv", "Tidigare frisk förutom osteoporos och en läkt kotkompression L1 2019.", {(OST, P), (VCF, H)}),
]


@pytest.mark.parametrize("language, text, expected", CLINICAL_NOTES,
                         ids=[f"clinical-{i:02d}" for i in range(len(CLINICAL_NOTES))])
def test_wording_clinical_note_sentences(language, text, expected):
    assert _found(language, text) == expected


# A finding described in a patient-specific sentence that merely resembles a generic one stays a finding.
NOT_GENERIC = [
    ("en", "Findings are typical of bilateral sacral insufficiency fractures.", {(SAC, P)}),
    ("en", "Her low back pain is frequent at night.", {(LBP, P)}),
    ("sv", "Bilden är typisk för insufficiensfraktur i sakrum.", {(SAC, P)}),
    ("sv", "Ödem ses framför allt i höger sakralvinge, förenligt med insufficiensfraktur.", {(SAC, P)}),
    ("en", "Denies fever, endorses low back pain.", {(LBP, P)}),
    ("sv", "Förnekar feber, uppger ländryggssmärta.", {(LBP, P)}),
]


@pytest.mark.parametrize("language, text, expected", NOT_GENERIC,
                         ids=[f"not-generic-{i:02d}" for i in range(len(NOT_GENERIC))])
def test_wording_patient_sentences_are_not_generic(language, text, expected):
    assert _found(language, text) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("en", "FAMILY HISTORY: Osteoporosis. Breast cancer.", {(OST, H)}),
    ("en", "FAMILY HISTORY: Negative for osteoporosis.", {(OST, N)}),
    ("en", "FAMILY HISTORY: Noncontributory.\nASSESSMENT: Osteoporosis.", {(OST, P)}),
    ("sv", "Hereditet: Osteoporos.", {(OST, H)}),
], ids=["fh-en-0", "fh-en-1", "fh-en-2", "fh-sv-0"])
def test_wording_family_history_section_is_someone_elses(language, text, expected):
    assert _found(language, text) == expected


@pytest.mark.parametrize("language, text, term, expected", [
    ("en", "Her sister was diagnosed with lupus.", "lupus", "historical"),
    ("en", "Two sisters have osteoporosis.", "osteoporosis", "historical"),
    ("en", "Father passed away from a stroke.", "stroke", "historical"),
    ("en", "Maternal grandmother with breast cancer.", "breast cancer", "historical"),
    ("en", "FHx: CAD in father.", "CAD", "historical"),
    ("en", "His wife reports that he has low back pain.", "low back pain", "present"),  # an informant
    ("en", "Her daughter has noticed worsening low back pain.", "low back pain", "present"),
    ("sv", "Dottern har märkt att hon har ont i ländryggen.", "ont i ländryggen", "present"),
    ("sv", "Modern har osteoporos.", "osteoporos", "historical"),
    ("sv", "Morfar avled i hjärtinfarkt.", "hjärtinfarkt", "historical"),
    ("sv", "Hereditet: diabetes hos far.", "diabetes", "historical"),
    ("en", "She lives with her son, who has osteoporosis.", "osteoporosis", "historical"),  # a relative clause
    ("en", "Her husband, who has low back pain, is her caregiver.", "low back pain", "historical"),
    ("sv", "Bor med sonen, som har osteoporos.", "osteoporos", "historical"),
    ("en", "She lives with her son. She has osteoporosis.", "osteoporosis", "present"),
], ids=[f"kin-{i:02d}" for i in range(15)])
def test_wording_other_experiencer_forms(language, text, term, expected):
    start = text.index(term)
    assert reportminer.assertion(text, start, start + len(term), language=language) == expected

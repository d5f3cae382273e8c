"""A deterministic generator of synthetic notes in both languages, for benchmarks and scale tests.

The notes have the shape of real ones (sections, 200–3,000 characters, findings in a minority of notes,
negations, long notes) but are assembled from fragments written by us: no real patient data. The same
``seed`` always gives the same notes.
"""
from __future__ import annotations

import random

import pandas as pd

_SV = {
    "headings": ["Anamnes", "Aktuellt", "Status", "Bedömning", "Åtgärd", "Fynd", "Utlåtande", "Tidigare"],
    "filler": [
        "Pat mår i övrigt bra och är orienterad till tid och rum.",
        "Blodtryck 145/85, puls 78 regelbunden, saturation 96 procent på luft.",
        "Hjärta: regelbunden rytm, inga blåsljud. Lungor: vesikulärt andningsljud bilateralt.",
        "Buk mjuk och oöm, inga palpabla resistenser.",
        "Hemtjänst två gånger dagligen, går med rollator inomhus.",
        "Tar Waran sedan flera år för förmaksflimmer, INR 2,4.",
        "Diskuterat fortsatt läkemedelsbehandling med patienten och anhörig.",
        "Sover dåligt på nätterna men äter och dricker som vanligt.",
        "Ingen feber, ingen hosta, inga urinvägsbesvär.",
        "Blodprover tagna enligt rutin, svar inväntas.",
    ],
    "findings": [
        "Fraktur i vänster ramus superior och inferior.",
        "Kompressionsfraktur av L1 med ca 30 % höjdreduktion.",
        "Pat har ont i ländryggen sedan en vecka.",
        "Ingen fraktur i ramus eller sakrum.",
        "Misstänkt insufficiensfraktur i sakrum, DT bäcken rekommenderas.",
        "Känd osteoporos, behandlas med alendronat.",
        "Frågeställning: ramusfraktur?",
        "Läkt kotkompression Th12 sedan tidigare.",
    ],
}
_EN = {
    "headings": ["HPI", "PMH", "Exam", "Assessment", "Plan", "FINDINGS", "IMPRESSION", "INDICATION"],
    "filler": [
        "The patient is alert and oriented, in no acute distress.",
        "Blood pressure 138/82, heart rate 74, oxygen saturation 97 percent on room air.",
        "Heart regular rate and rhythm, no murmurs. Lungs clear to auscultation bilaterally.",
        "Abdomen soft and non-tender, bowel sounds present.",
        "Lives alone, independent with a cane, daughter visits daily.",
        "On warfarin for atrial fibrillation, INR therapeutic last week.",
        "Discussed the medication plan with the patient and her son.",
        "Sleeping poorly but eating and drinking normally.",
        "No fever, no cough, no urinary symptoms.",
        "Routine labs drawn, results pending.",
    ],
    "findings": [
        "Fracture of the left superior and inferior pubic rami.",
        "Compression fracture of L1 with about 30% height loss.",
        "She reports low back pain for one week.",
        "No fracture of the pubic rami or sacrum.",
        "Possible sacral insufficiency fracture; CT pelvis recommended.",
        "Known osteoporosis on alendronate.",
        "INDICATION: r/o pubic ramus fracture.",
        "Old healed T12 compression deformity.",
    ],
}


def generate_notes(n: int, seed: int = 0, finding_rate: float = 0.15, mean_chars: int = 900,
                   notes_per_patient: int = 4) -> pd.DataFrame:
    """``n`` notes in the contract's columns, half Swedish and half English."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        lang = "sv" if i % 2 == 0 else "en"
        vocab = _SV if lang == "sv" else _EN
        target = max(200, min(3000, int(rng.gauss(mean_chars, mean_chars / 2))))
        rows.append({
            "note_id": f"syn{seed}-{i:08d}",
            "patient_id": f"P{seed}-{i // notes_per_patient:07d}",
            "note_date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "note_type": "radiology" if i % 5 == 0 else "clinical",
            "exam": ("Rtg bäcken" if lang == "sv" else "XR pelvis") if i % 5 == 0 else "",
            "text": _text(rng, vocab, target, finding_rate),
            "language": lang if i % 3 else "",
            "unit": "Ortopedi" if lang == "sv" else "Orthopaedics",
        })
    return pd.DataFrame(rows)


def _text(rng: random.Random, vocab: dict, target: int, finding_rate: float) -> str:
    parts: list[str] = []
    length = 0
    while length < target:
        heading = rng.choice(vocab["headings"])
        body = [rng.choice(vocab["filler"]) for _ in range(rng.randint(1, 4))]
        if rng.random() < finding_rate:
            body.insert(rng.randrange(len(body) + 1), rng.choice(vocab["findings"]))
        section = f"{heading}: {' '.join(body)}"
        parts.append(section)
        length += len(section) + 1
    return "\n".join(parts)

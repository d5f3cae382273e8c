"""A varied synthetic corpus for fair speed measurements (benchmarks only; written by us, no patient data).

``reportminer.synthetic`` builds notes from a few dozen fixed sentences, so after the first notes every
sentence is one a tokenizer cache (spaCy's, or ours) has already seen, and speed figures measured on it flatter
every engine that caches. Here every sentence is a template whose slots are filled at random (body sites,
drugs and doses, vital signs and lab values, dates, times, relatives, vertebral levels, assertions...), so
sentences rarely repeat: ``distinct_sentence_share`` reports how rarely.

Notes are about ``mean_chars`` characters (Gaussian, clipped to 250–3,000), alternate Swedish and English,
and have sections; a minority of sentences speak of a finding (fractures, back pain, exams, risk factors),
with negations, suspicions, plans and history mixed in.
"""
from __future__ import annotations

import random
import re

import pandas as pd

# -- slot vocabularies -----------------------------------------------------------------------------------
SV = {
    "head": ["Anamnes", "Aktuellt", "Status", "Bedömning", "Åtgärd", "Planering", "Tidigare", "Läkemedel",
             "Socialt", "Frågeställning", "Fynd", "Utlåtande", "Kontaktorsak", "Labb", "Ordination"],
    "site": ["knät", "vänster axel", "höger handled", "armbågen", "fotleden", "nacken", "bröstkorgen", "buken",
             "höger ljumske", "vänster höft", "skuldran", "underarmen", "vaden", "hälen", "tummen", "pannan"],
    "drug": ["Alvedon", "Waran", "Eliquis", "Metformin", "Enalapril", "Furix", "Omeprazol", "Simvastatin",
             "Levaxin", "Sertralin", "Citodon", "Oxynorm", "Kåvepenin", "Heminevrin", "Folacin", "Behepan",
             "Trombyl", "Atorvastatin", "Amlodipin", "Losartan", "Mirtazapin", "Zopiklon", "Laxoberal"],
    "unit": ["mg", "mg x 2", "mg x 3", "mg till natten", "mg vb", "mikrog", "E"],
    "rel": ["dottern", "sonen", "maken", "hustrun", "grannen", "systern", "barnbarnet", "hemtjänsten"],
    "symptom": ["yrsel", "illamående", "huvudvärk", "trötthet", "andfåddhet", "hosta", "feber", "frossa",
                "hjärtklappning", "svullnad", "klåda", "sömnsvårigheter", "aptitlöshet", "förstoppning"],
    "ward": ["akuten", "ortopedavdelningen", "vårdcentralen", "geriatriken", "medicinavdelningen", "IVA",
             "rehab", "korttidsboendet", "dagvården", "mottagningen"],
    "level": ["Th10", "Th11", "Th12", "L1", "L2", "L3", "L4", "L5", "Th8", "Th9"],
    "side": ["vänster", "höger", "bilateral"],
    "ramus": ["ramus superior", "ramus inferior", "ramus superior och inferior", "os pubis"],
    "exam": ["DT bäcken", "MR bäcken", "MR ländrygg", "DT ländrygg", "skelettscintigrafi", "slätröntgen bäcken",
             "MR sakrum", "DT buk och bäcken", "röntgen höft", "MR hela ryggen"],
    "lab": ["CRP", "Hb", "kreatinin", "natrium", "kalium", "albumin", "ALP", "TSH", "glukos", "LPK"],
    "weekday": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
}
EN = {
    "head": ["HPI", "PMH", "Exam", "Assessment", "Plan", "FINDINGS", "IMPRESSION", "INDICATION", "Medications",
             "Social history", "Labs", "Allergies", "Subjective", "Course", "Disposition"],
    "site": ["the knee", "the left shoulder", "the right wrist", "the elbow", "the ankle", "the neck",
             "the chest wall", "the abdomen", "the right groin", "the left hip", "the forearm", "the calf",
             "the heel", "the thumb", "the forehead", "the upper arm"],
    "drug": ["paracetamol", "warfarin", "apixaban", "metformin", "lisinopril", "furosemide", "omeprazole",
             "simvastatin", "levothyroxine", "sertraline", "oxycodone", "amoxicillin", "folic acid",
             "aspirin", "atorvastatin", "amlodipine", "losartan", "mirtazapine", "zopiclone", "senna"],
    "unit": ["mg daily", "mg twice daily", "mg at night", "mg as needed", "mcg daily", "units"],
    "rel": ["daughter", "son", "husband", "wife", "neighbour", "sister", "grandson", "home carer"],
    "symptom": ["dizziness", "nausea", "headache", "fatigue", "shortness of breath", "cough", "fever", "chills",
                "palpitations", "swelling", "itching", "insomnia", "poor appetite", "constipation"],
    "ward": ["the emergency department", "the orthopaedic ward", "primary care", "geriatrics",
             "the medical ward", "intensive care", "rehabilitation", "the nursing home", "the day unit", "clinic"],
    "level": ["T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5", "T8", "T9"],
    "side": ["left", "right", "bilateral"],
    "ramus": ["superior pubic ramus", "inferior pubic ramus", "superior and inferior pubic rami", "pubic ramus"],
    "exam": ["CT pelvis", "MRI pelvis", "MRI lumbar spine", "CT lumbar spine", "bone scintigraphy",
             "pelvic radiograph", "MRI sacrum", "CT abdomen and pelvis", "hip X-ray", "MRI whole spine"],
    "lab": ["CRP", "hemoglobin", "creatinine", "sodium", "potassium", "albumin", "ALP", "TSH", "glucose", "WBC"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

# Ordinary sentences: most of a note. {n} a small number, {big} a larger one, {dec} a decimal, {date} a date.
SV_FILLER = [
    "Pat söker för {symptom} sedan {n} dagar.",
    "Har haft {symptom} och {symptom} sedan i {weekday}s.",
    "Blodtryck {big}/{n2}, puls {n2}, saturation {sat} procent på luft.",
    "{lab} {dec} vid ankomst, kontrolleras igen om {n} dagar.",
    "Behandlas med {drug} {dose} {unit} sedan {date}.",
    "Ökar {drug} till {dose} {unit}, sätter ut {drug}.",
    "Bor med {rel}, hemtjänst {n} gånger dagligen.",
    "Ont i {site} efter fall i hemmet i {weekday}s, kan belasta.",
    "Lätt ömhet över {site} utan svullnad eller rodnad.",
    "Hjärta regelbunden rytm, {n2} slag per minut, inga blåsljud.",
    "Lungor med vesikulärt andningsljud, enstaka rassel basalt {side}.",
    "Buk mjuk, lätt öm i {side} fossa, inga resistenser.",
    "Överförs från {ward} för fortsatt vård och mobilisering.",
    "Samtal med {rel} om fortsatt planering, {rel} är informerad.",
    "Går {big} meter med rollator tillsammans med sjukgymnast.",
    "Vikt {n2} kg, längd {big} cm, BMI {dec}.",
    "Återbesök på {ward} om {n} veckor, tid skickas hem.",
    "Remitteras till {ward} för bedömning av {symptom}.",
    "Sår på {site} läker fint, suturer tas om {n} dagar.",
    "EKG visar sinusrytm {n2}, inga ST-förändringar.",
    "Tidigare frisk förutom hypertoni och {symptom}.",
    "Temp {temp}, andningsfrekvens {n}, vaken och orienterad.",
    "Provsvar: {lab} {dec}, {lab} {dec} och {lab} {dec}.",
    "Ingen {symptom}, ingen {symptom}, urinerar utan besvär.",
    "Fått {drug} {dose} {unit} på {ward} med god effekt.",
    "Lämnar {ward} kl {clock} tillsammans med {rel}.",
]
EN_FILLER = [
    "Presents with {symptom} for {n} days.",
    "Reports {symptom} and {symptom} since {weekday}.",
    "Blood pressure {big}/{n2}, heart rate {n2}, oxygen saturation {sat}% on room air.",
    "{lab} {dec} on arrival, to be repeated in {n} days.",
    "Takes {drug} {dose} {unit} since {date}.",
    "Increase {drug} to {dose} {unit} and stop {drug}.",
    "Lives with her {rel}, carers visit {n} times a day.",
    "Tenderness over {site} after a fall at home on {weekday}, weight bearing.",
    "Mild swelling of {site} without redness or warmth.",
    "Heart sounds regular at {n2} per minute, no murmurs.",
    "Chest with scattered crackles at the {side} base.",
    "Abdomen soft, mildly tender in the {side} lower quadrant.",
    "Transferred from {ward} for further care and mobilisation.",
    "Plan discussed with her {rel}, who agrees.",
    "Walked {big} metres with a frame and the physiotherapist.",
    "Weight {n2} kg, height {big} cm, BMI {dec}.",
    "Follow-up in {ward} in {n} weeks.",
    "Referred to {ward} for assessment of {symptom}.",
    "Wound on {site} healing well, sutures out in {n} days.",
    "ECG sinus rhythm at {n2}, no ST changes.",
    "Previously well apart from hypertension and {symptom}.",
    "Temperature {temp}, respiratory rate {n}, alert and oriented.",
    "Results: {lab} {dec}, {lab} {dec} and {lab} {dec}.",
    "No {symptom}, no {symptom}, passing urine normally.",
    "Given {drug} {dose} {unit} in {ward} with good effect.",
    "Left {ward} at {clock} with her {rel}.",
]
# Sentences about what the pipeline looks for, with every kind of assertion.
SV_FINDING = [
    "Fraktur i {side} {ramus}.",
    "Ingen fraktur i {ramus} eller sakrum.",
    "Misstänkt insufficiensfraktur i sakrum, {exam} rekommenderas.",
    "Kompressionsfraktur av {level} med ca {pct} % höjdreduktion.",
    "Lätt kilformad {level} med {pct} % höjdminskning, oförändrad sedan {date}.",
    "Pat har ont i ländryggen sedan {n} veckor.",
    "Ländryggssmärta som strålar mot {side} skinka.",
    "Frågeställning: ramusfraktur? {exam}?",
    "{exam} utförd {date} utan tecken på fraktur.",
    "Känd osteoporos, behandlas med alendronat sedan {year}.",
    "Tidigare kotkompression {level} {year}, nu läkt.",
    "Kan ej utesluta fraktur i {ramus}, överväg {exam}.",
    "Remiss skickad för {exam} på grund av smärta i korsryggen.",
    "Behandlas med Prednisolon {dose} mg dagligen för polymyalgia reumatika.",
    "Höftprotes {side} sedan {year}.",
]
EN_FINDING = [
    "Fracture of the {side} {ramus}.",
    "No fracture of the {ramus} or sacrum.",
    "Possible sacral insufficiency fracture; {exam} recommended.",
    "Compression fracture of {level} with about {pct}% height loss.",
    "Mild wedging of {level} with {pct}% loss of height, unchanged since {date}.",
    "She reports low back pain for {n} weeks.",
    "Lumbar pain radiating to the {side} buttock.",
    "INDICATION: r/o pubic ramus fracture. {exam}?",
    "{exam} performed {date} without evidence of fracture.",
    "Known osteoporosis on alendronate since {year}.",
    "Old healed {level} compression deformity from {year}.",
    "A fracture of the {ramus} cannot be excluded; consider {exam}.",
    "Referral sent for {exam} because of low back pain.",
    "On prednisolone {dose} mg daily for polymyalgia rheumatica.",
    "{side} total hip replacement in {year}.",
]
# Openers and tails wrapped around ordinary sentences, so that the same template rarely gives the same sentence.
SV_OPEN = ["Enligt {rel}", "Vid ankomst kl {clock}", "Under natten", "Sedan i {weekday}s", "Vid rond idag",
           "Efter samtal med {rel}", "Som tidigare noterat", "Vid kontroll {date}", "Enligt {ward}"]
SV_TAIL = ["enligt journalen", "oförändrat sedan {date}", "kontroll om {n} dagar", "vilket {rel} bekräftar",
           "noterat kl {clock}", "i samråd med {ward}", "trots {drug} {dose} {unit}"]
EN_OPEN = ["According to her {rel}", "On arrival at {clock}", "Overnight", "Since {weekday}", "On the ward round",
           "After talking to her {rel}", "As noted before", "At review on {date}", "Per {ward}"]
EN_TAIL = ["per the records", "unchanged since {date}", "review in {n} days", "as her {rel} confirms",
           "noted at {clock}", "agreed with {ward}", "despite {drug} {dose} {unit}"]
_SLOT = re.compile(r"\{(\w+)\}")


def _fill(rng: random.Random, template: str, vocab: dict) -> str:
    def slot(m: re.Match) -> str:
        name = m.group(1)
        if name in vocab:
            return rng.choice(vocab[name])
        if name == "n":
            return str(rng.randint(1, 14))
        if name == "n2":
            return str(rng.randint(45, 110))
        if name == "big":
            return str(rng.randint(100, 190))
        if name == "sat":
            return str(rng.randint(88, 100))
        if name == "pct":
            return str(rng.randint(10, 60))
        if name == "dose":
            return str(rng.choice([2.5, 5, 10, 20, 25, 40, 50, 100, 250, 500, 1000]))
        if name == "dec":
            return f"{rng.uniform(0.5, 160):.1f}"
        if name == "temp":
            return f"{rng.uniform(35.8, 39.6):.1f}"
        if name == "year":
            return str(rng.randint(2005, 2023))
        if name == "date":
            return f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if name == "clock":
            return f"{rng.randint(7, 22):02d}.{rng.choice(['00', '15', '30', '45'])}"
        raise KeyError(name)
    text = _SLOT.sub(slot, template)
    return text[0].upper() + text[1:]


def generate_corpus(n: int, seed: int = 0, mean_chars: int = 900, finding_rate: float = 0.08,
                    notes_per_patient: int = 4) -> pd.DataFrame:
    """``n`` notes in the contract's columns, alternating Swedish and English."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        lang = "sv" if i % 2 == 0 else "en"
        vocab, filler, finding = (SV, SV_FILLER, SV_FINDING) if lang == "sv" else (EN, EN_FILLER, EN_FINDING)
        wrap = (SV_OPEN, SV_TAIL) if lang == "sv" else (EN_OPEN, EN_TAIL)
        target = max(250, min(3000, int(rng.gauss(mean_chars, mean_chars / 3))))
        radiology = i % 5 == 0
        rows.append({
            "note_id": f"c{seed}-{i:08d}",
            "patient_id": f"P{seed}-{i // notes_per_patient:07d}",
            "note_date": f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "note_type": "radiology" if radiology else rng.choice(["clinical", "discharge", "emergency"]),
            "exam": rng.choice(vocab["exam"]) if radiology else "",
            "text": _note(rng, vocab, filler, finding, wrap, target, finding_rate),
            "language": lang if i % 3 else "",
            "unit": rng.choice(vocab["ward"]),
        })
    return pd.DataFrame(rows)


def _note(rng, vocab, filler, finding, wrap, target: int, finding_rate: float) -> str:
    parts, length = [], 0
    while length < target:
        body = []
        for _ in range(rng.randint(1, 4)):
            if rng.random() < finding_rate:
                body.append(_fill(rng, rng.choice(finding), vocab))
            else:
                body.append(_wrapped(rng, _fill(rng, rng.choice(filler), vocab), wrap, vocab))
        section = f"{rng.choice(vocab['head'])}: {' '.join(body)}"
        parts.append(section)
        length += len(section) + 1
    return "\n".join(parts)


def _wrapped(rng: random.Random, sentence: str, wrap: tuple[list, list], vocab: dict) -> str:
    """The sentence, sometimes after an opener ("Enligt dottern, ...") and sometimes with a tail."""
    openers, tails = wrap
    if rng.random() < 0.4 and not sentence[1:2].isupper():  # keep "EKG", "CRP" as written
        sentence = f"{_fill(rng, rng.choice(openers), vocab)}, {sentence[0].lower()}{sentence[1:]}"
    if rng.random() < 0.4 and sentence.endswith("."):
        sentence = f"{sentence[:-1]}, {_fill(rng, rng.choice(tails), vocab).lower()}."
    return sentence


def distinct_sentence_share(texts, splitter_for) -> float:
    """Distinct sentences / all sentences over ``texts`` (pairs of text and language)."""
    seen, total = set(), 0
    for text, language in texts:
        for s in splitter_for(language).sentences(text):
            seen.add(text[s.start:s.end])
            total += 1
    return len(seen) / max(1, total)

"""Writes the exam-status development set (notes.csv, patients.csv, gold_cases.csv, gold_note_labels.csv).

Our own notes, written for issue 10: every exam status (performed, requested, not performed and its reasons),
every coverage statement and their look-alikes, in Swedish (with and without å/ä/ö) and English. Each note is
(note_id, date, type, exam, text, labels); labels map a gold concept to the note's strongest assertion.
Run ``python tests/data/exams_dev/build.py`` after editing; the CSV files are what ``reportminer evaluate`` reads.
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
R, V, LBP, S, O = ("pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain", "sacral_fracture",
                   "osteoporosis")

# patient: (sex, birth_date, language, gold (flagged, priority, reasons, workup), notes)
PATIENTS = {
    "XS01": ("F", "1944-02-01", "sv", ("true", "high", R, "ordered"), [
        ("2025-01-10", "radiology", "Rtg bäcken", "Rtg bäcken\nFynd: Fraktur i höger ramus superior. Inga övriga frakturer.", {R: "present"}),
        ("2025-01-12", "clinical", "", "Ortopedmottagningen\nBedömning: Ramusfraktur hö. Remiss MR bäcken skickad för att bedöma sakrum.", {R: "present"}),
        ("2025-02-20", "clinical", "", "Telefonkontakt\nPat avböjer MR bäcken, vill inte åka in till sjukhuset igen.", {}),
    ]),
    "XS02": ("F", "1939-06-11", "sv", ("true", "high", R, "ordered"), [
        ("2025-03-03", "emergency", "", "Akuten\nAktuellt: Fall i hemmet. Rtg visar fraktur i vanster ramus inferior.\nPlanering: MR backen planeras.", {R: "present"}),
        ("2025-03-10", "clinical", "", "Avdelning 12\nMR backen avbokad da pat har pacemaker som ej ar MR-saker. Fortsatt mobilisering.", {}),
    ]),
    "XS03": ("M", "1950-01-20", "sv", ("true", "medium", f"{LBP};{V}", "none"), [
        ("2025-04-01", "clinical", "", "Vårdcentralen\nAktuellt: Ländryggssmärta sedan två veckor.", {LBP: "present"}),
        ("2025-04-05", "radiology", "DT ländrygg", "DT ländrygg\nFynd: Kompressionsfraktur L2 med 30 % höjdreduktion. Sakrum ingår ej i undersökningen.\nUtlåtande: Färsk kompressionsfraktur L2.", {V: "present"}),
    ]),
    "XS04": ("F", "1947-09-09", "sv", ("false", "", LBP, "mri"), [
        ("2025-05-02", "clinical", "", "Vårdcentralen\nAktuellt: 77-årig kvinna med lumbago sedan en månad.", {LBP: "present"}),
        ("2025-05-12", "radiology", "MR ländrygg", "MR ländrygg\nFynd: Lätta degenerativa förändringar L4-L5. Sakrum och SI-leder utan anmärkning.\nUtlåtande: Ingen fraktur.", {}),
    ]),
    "XS05": ("F", "1936-12-24", "sv", ("true", "high", R, "ordered"), [
        ("2025-06-02", "radiology", "Rtg bäcken", "Rtg bäcken\nFynd: Fraktur i vänster ramus superior och inferior.", {R: "present"}),
        ("2025-06-04", "clinical", "", "Geriatriken\nKallelse skickad till MR bäcken 2025-06-10.", {}),
        ("2025-06-11", "clinical", "", "Geriatriken\nPat uteblev från undersökningen. Ny tid erbjuds ej.", {}),
    ]),
    "XS06": ("M", "1942-03-15", "sv", ("true", "high", R, "ordered"), [
        ("2025-07-01", "radiology", "Rtg bäcken", "Rtg bäcken\nFynd: Fraktur i höger blygdben.", {R: "present"}),
        ("2025-07-03", "radiology", "MR bäcken", "MR bäcken\nUndersökningen avbröts efter första serien på grund av klaustrofobi. Ingen diagnostisk bildkvalitet.", {}),
    ]),
    "XS07": ("F", "1945-05-05", "sv", ("false", "", V, "ct"), [
        ("2025-08-01", "radiology", "Rtg ländrygg", "Rtg ländrygg\nFynd: Kilformad kota Th12, nytillkommen.", {V: "present"}),
        ("2025-08-20", "clinical", "", "Mottagningen\nDT bäcken utförd 2025-08-15 visade ingen sakrumfraktur.", {S: "negated"}),
    ]),
    "XS08": ("F", "1941-10-30", "sv", ("true", "high", R, "ordered"), [
        ("2025-09-01", "clinical", "", "Akuten\nRamusfraktur vä enligt slätröntgen. Väntar på MR bäcken.", {R: "present"}),
    ]),
    "XS09": ("F", "1938-08-08", "sv", ("true", "high", R, "ordered"), [
        ("2025-10-01", "clinical", "", "Ortopeden\nFraktur i ramus superior hö. MR bäcken beställd.", {R: "present"}),
        ("2025-11-15", "clinical", "", "Återbesök\nMR bäcken blev aldrig utförd, remissen har kommit bort.", {}),
    ]),
    "XS10": ("F", "1940-04-04", "sv", ("true", "high", f"{R};{S}", "radiograph_only"), [
        ("2025-02-01", "radiology", "Rtg bäcken", "Rtg bäcken\nFynd: Fraktur i vänster ramus superior.\nUtlåtande: Ramusfraktur vä. Trolig sakrumfraktur, ej bekräftad.", {R: "present", S: "uncertain"}),
    ]),
    "XS11": ("", "", "sv", ("true", "low", LBP, "ordered"), [
        ("2025-03-01", "clinical", "", "Vårdcentralen\nKvinna född -45 med ont i ländryggen sedan tre veckor.\nPlanering: Skelettscintigrafi rekommenderas.", {LBP: "present"}),
    ]),
    "XS12": ("F", "1937-01-01", "sv", ("true", "high", R, "radiograph_only"), [
        ("2025-04-10", "radiology", "Rtg bäcken", "Rtg bäcken\nJämförelse: DT bäcken 2019-05-01.\nFynd: Ny fraktur i höger ramus inferior.", {R: "present"}),
    ]),
    "XS13": ("M", "1943-02-02", "sv", ("true", "high", R, "none"), [
        ("2025-05-20", "clinical", "", "Överflyttning\nRamusfraktur hö enligt remiss från annat sjukhus. Ingen bilddiagnostik av bäckenet utförd här.", {R: "present"}),
    ]),
    "XS14": ("F", "1939-11-11", "sv", ("false", "", R, "mri"), [
        ("2025-06-01", "clinical", "", "Akuten\nRamusfraktur vä på röntgen. Remiss MR bäcken utfärdad.", {R: "present"}),
        ("2025-06-05", "radiology", "MR bäcken", "MR bäcken\nFynd: Fraktur i vänster ramus superior. Sakrum utan ödem eller fraktur.", {R: "present", S: "negated"}),
    ]),
    "EX01": ("F", "1946-03-03", "en", ("true", "high", R, "ordered"), [
        ("2025-01-14", "clinical", "", "Ortho clinic\nAssessment: Right superior pubic ramus fracture.\nPlan: MRI pelvis ordered to assess the sacrum.", {R: "present"}),
        ("2025-02-20", "clinical", "", "Phone note\nPatient declined the MRI, she does not want further tests.", {}),
    ]),
    "EX02": ("F", "1940-07-07", "en", ("true", "high", R, "ordered"), [
        ("2025-02-02", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Acute fracture of the left inferior pubic ramus.", {R: "present"}),
        ("2025-02-04", "clinical", "", "Hospitalist note\nCT pelvis was scheduled but cancelled because she was discharged.", {}),
    ]),
    "EX03": ("M", "1952-05-05", "en", ("true", "low", LBP, "none"), [
        ("2025-03-01", "clinical", "", "PCP visit\nHPI: Low back pain for 6 weeks. PMH: osteoporosis on alendronate.", {LBP: "present", O: "present"}),
        ("2025-03-09", "radiology", "MRI lumbar spine", "MRI LUMBAR SPINE\nFINDINGS: Mild disc bulge at L4-5. The sacrum is not included in the field of view.\nIMPRESSION: No acute abnormality.", {}),
    ]),
    "EX04": ("F", "1949-08-08", "en", ("false", "", LBP, "mri"), [
        ("2025-04-01", "clinical", "", "PCP visit\n75 yo F with lumbar pain for a month.", {LBP: "present"}),
        ("2025-04-08", "radiology", "MRI lumbar spine", "MRI LUMBAR SPINE\nFINDINGS: Degenerative changes. The visualized sacrum and SI joints are normal.", {}),
    ]),
    "EX05": ("M", "1945-09-09", "en", ("true", "low", V, "ordered"), [
        ("2025-05-01", "radiology", "XR thoracic spine", "XR T-SPINE\nIMPRESSION: New compression fracture of T12.", {V: "present"}),
        ("2025-05-03", "clinical", "", "Clinic\nBone scan recommended.", {}),
        ("2025-05-30", "clinical", "", "Clinic\nPatient did not attend the bone scan appointment.", {}),
    ]),
    "EX06": ("M", "1941-01-01", "en", ("true", "high", R, "ordered"), [
        ("2025-06-01", "clinical", "", "ED note\nLeft superior pubic ramus fracture on x-ray. MRI pelvis contraindicated: pacemaker is not MRI safe.", {R: "present"}),
    ]),
    "EX07": ("F", "1938-02-02", "en", ("true", "high", R, "ordered"), [
        ("2025-07-01", "clinical", "", "Geriatrics\nPubic ramus fracture, right. Referral for MRI pelvis sent.", {R: "present"}),
        ("2025-07-09", "clinical", "", "Geriatrics\nThe referral was returned by radiology; MRI pelvis not booked.", {}),
    ]),
    "EX08": ("F", "1944-04-04", "en", ("false", "", R, "ct"), [
        ("2025-08-01", "clinical", "", "ED note\nFall. Right superior pubic ramus fracture on plain films.", {R: "present"}),
        ("2025-08-02", "radiology", "CT abdomen/pelvis", "CT ABDOMEN AND PELVIS\nFINDINGS: Right superior pubic ramus fracture. No sacral fracture.", {R: "present", S: "negated"}),
    ]),
    "EX09": ("F", "1937-03-03", "en", ("true", "high", R, "ordered"), [
        ("2025-09-01", "clinical", "", "Ortho note\nLeft pubic ramus fracture. MRI pelvis and CT pelvis were recommended.", {R: "present"}),
        ("2025-10-15", "clinical", "", "Follow-up\nNone of these studies were done.", {}),
    ]),
    "EX10": ("F", "1936-06-06", "en", ("true", "high", f"{R};{S}", "none"), [
        ("2025-10-01", "clinical", "", "Nursing home visit\nRight pubic ramus fracture. Managed as a presumed sacral fracture without imaging.", {R: "present", S: "uncertain"}),
    ]),
    "EX11": ("", "", "en", ("true", "low", LBP, "ordered"), [
        ("2025-11-01", "clinical", "", "Clinic\n79 y/o female with low back pain since a fall.", {LBP: "present"}),
        ("2025-11-10", "radiology", "MRI lumbar spine", "MRI LUMBAR SPINE\nIMPRESSION: No lumbar fracture. The sacrum is incompletely evaluated; a dedicated MRI of the sacrum is recommended.", {}),
    ]),
    "EX12": ("M", "1940-12-12", "en", ("true", "high", R, "radiograph_only"), [
        ("2025-12-01", "radiology", "XR pelvis", "XR PELVIS\nCOMPARISON: CT pelvis 2018.\nFINDINGS: New left superior pubic ramus fracture.", {R: "present"}),
    ]),
    "EX13": ("F", "1950-10-10", "en", ("true", "low", V, "none"), [
        ("2025-01-20", "clinical", "", "Bone health clinic\nDXA scan performed: T-score -3.1, osteoporosis. Known L2 compression fracture from a fall last month.", {V: "present", O: "present"}),
    ]),
    "EX14": ("F", "1943-03-13", "en", ("false", "", R, "sacral_fracture_documented"), [
        ("2025-02-01", "clinical", "", "ED note\nRight inferior pubic ramus fracture. MRI pelvis requested.", {R: "present"}),
        ("2025-02-03", "radiology", "MRI pelvis", "MRI PELVIS\nIMPRESSION: Right sacral insufficiency fracture and right inferior pubic ramus fracture.", {R: "present", S: "present"}),
    ]),
    "XS15": ("", "", "sv", ("true", "low", LBP, "none"), [
        ("2025-02-10", "clinical", "", "Vårdcentralen\nAktuellt: Hon är 81 år och har sedan tre veckor ont i korsryggen.\nBedömning: Lumbago. Ingen bilddiagnostik behövs i nuläget.", {LBP: "present"}),
    ]),
    "XS16": ("M", "1949-07-07", "sv", ("false", "", R, "mri"), [
        ("2025-03-10", "emergency", "", "Akuten\nFall. Röntgen visar fraktur i vänster ramus superior. Remiss MR bäcken.", {R: "present"}),
        ("2025-03-11", "clinical", "", "Avdelning\nMR bäcken avbokad pga akut buk, ny tid bokas.", {}),
        ("2025-03-18", "radiology", "MR bäcken", "MR BÄCKEN\nFrågeställning: Sakrumfraktur?\nFynd: Fraktur i vänster ramus superior. Sakrum och SI-leder utan ödem.", {R: "present", S: "hypothetical"}),
    ]),
    "XS17": ("F", "1946-01-15", "sv", ("true", "high", R, "radiograph_only"), [
        ("2025-04-20", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Ramusfraktur hö. Tidigare DT bäcken utan anmärkning.", {R: "present"}),
    ]),
    "XS18": ("F", "1940-09-19", "sv", ("true", "medium", f"{LBP};{V}", "radiograph_only"), [
        ("2025-05-05", "clinical", "", "Mottagningen\nLändryggssmärta. Kotkompression L3 enligt slätröntgen.", {LBP: "present", V: "present"}),
        ("2025-05-07", "radiology", "DXA", "BENTÄTHETSMÄTNING\nT-score -2,9 i ländryggen.", {}),
    ]),
    "EX15": ("F", "1942-02-22", "en", ("false", "", R, "scintigraphy"), [
        ("2025-03-01", "clinical", "", "Ortho clinic\nLeft inferior pubic ramus fracture. MRI contraindicated (non-MRI-conditional pacemaker); bone scan ordered instead.", {R: "present"}),
        ("2025-03-06", "radiology", "NM bone scan whole body", "NM BONE SCAN WHOLE BODY\nFINDINGS: Increased uptake in the left inferior pubic ramus. No sacral uptake.", {}),
    ]),
    "EX16": ("M", "1944-12-01", "en", ("true", "high", R, "none"), [
        ("2025-04-01", "clinical", "", "ED note\nGentleman aged 80 with right superior pubic ramus fracture. CT pelvis was done at the outside hospital years ago.", {R: "present"}),
        ("2025-04-02", "radiology", "CT pelvis", "CT PELVIS\nFINDINGS: Right superior pubic ramus fracture. The sacrum is incompletely evaluated because of metal artifact from bilateral hip prostheses.", {R: "present"}),
    ]),
    "EX17": ("F", "1939-05-05", "en", ("true", "low", LBP, "ordered"), [
        ("2025-05-01", "clinical", "", "Clinic\nLow back pain for two months. Long-term prednisone for polymyalgia.\nPlan: MRI pelvis to follow.", {LBP: "present"}),
        ("2025-06-20", "clinical", "", "Clinic\nThe MRI pelvis has yet to be scheduled.", {}),
    ]),
    "EX18": ("", "", "en", ("true", "high", R, "ordered"), [
        ("2025-06-01", "clinical", "", "Geriatrics\nMrs. B, 88, with a left pubic ramus fracture. MRI pelvis ordered.", {R: "present"}),
        ("2025-06-03", "clinical", "", "Geriatrics\nShe was unable to lie flat for the MRI and the scan was abandoned.", {}),
    ]),
    # hedges in brackets, after a dash, or in a working-diagnosis heading: suspected, not documented
    "XS19": ("F", "1941-04-12", "sv", ("true", "high", f"{R};{S}", "radiograph_only"), [
        ("2025-02-03", "radiology", "Rtg backen", "RTG BACKEN\nFynd: Fraktur i hoger ramus inferior, latt dislocerad.", {R: "present"}),
        ("2025-02-04", "clinical", "", "Ortopedmottagningen\nBedomning: Ramusfraktur ho. Sakrumfraktur (trolig) med tanke pa smartbilden.\nAtgard: Mobilisering med rollator.", {R: "present", S: "uncertain"}),
    ]),
    "XS20": ("F", "1938-10-02", "sv", ("true", "high", S, "none"), [
        ("2025-04-14", "clinical", "", "Geriatriska kliniken\nAktuellt: Smärtor i bäckenet efter fall.\nDiagnos: Insufficiensfraktur i korsbenet – ej verifierad.\nPlan: Smärtlindring, sjukgymnast.", {S: "uncertain"}),
    ]),
    "EX19": ("F", "1944-09-30", "en", ("true", "high", S, "none"), [
        ("2025-05-06", "clinical", "", "Geriatric medicine\nASSESSMENT:\n1. Left sacral insufficiency fracture (probable)\n2. Osteoporosis on denosumab\nPLAN: analgesia, physiotherapy.", {S: "uncertain", O: "present"}),
    ]),
    "EX20": ("F", "1940-02-14", "en", ("true", "high", S, "none"), [
        ("2025-06-09", "clinical", "", "Rehab ward\nWorking diagnosis: sacral insufficiency fracture.\nPlan: mobilise as pain allows.", {S: "uncertain"}),
    ]),
    "XS21": ("F", "1946-06-06", "sv", ("false", "", LBP, "mri"), [
        ("2025-07-07", "clinical", "", "Vardcentralen\nAktuellt: 79-arig kvinna med ont i korsryggen sedan tva veckor.", {LBP: "present"}),
        ("2025-07-15", "radiology", "MR ländrygg", "MR LÄNDRYGG\nFynd: Diskbuktning L4-L5 utan nervrotspåverkan. Sakrum utan ödem eller frakturlinje.\nUtlåtande: Ingen fraktur.", {S: "negated"}),
    ]),
    # a follow-up that names no region is the requested study; a status in the next sentence; a stated date
    "EX21": ("F", "1943-08-19", "en", ("false", "", R, "mri"), [
        ("2025-03-02", "radiology", "XR pelvis", "XR PELVIS AP\nFINDINGS: Minimally displaced fracture of the left inferior pubic ramus.", {R: "present"}),
        ("2025-03-03", "clinical", "", "Orthopaedic clinic\nPlan: MRI of the pelvis ordered to exclude sacral involvement.", {}),
        ("2025-03-24", "clinical", "", "Orthopaedic follow-up\nThe MRI was reported as negative. Mobilising well with a frame.", {}),
    ]),
    "XS22": ("F", "1937-03-08", "sv", ("false", "", R, "mri"), [
        ("2025-04-02", "emergency", "", "Akutmottagningen\nAktuellt: Fall i hemmet.\nBedomning: Fraktur i ramus superior vä enligt slatrontgen. MR backen bestalld.", {R: "present"}),
        ("2025-04-16", "clinical", "", "Aterbesok ortopeden\nMR-undersokningen visade inget som talar for ytterligare fraktur. Fortsatt mobilisering.", {}),
    ]),
    "XS23": ("F", "1939-12-01", "sv", ("true", "high", R, "ordered"), [
        ("2025-05-05", "clinical", "", "Ortopedmottagningen\nBedömning: Fraktur i höger ramus inferior enligt röntgen.\nÅtgärd: Remiss DT bäcken skickad. Patienten uteblev, ny kallelse skickas ej.", {R: "present"}),
    ]),
    "EX22": ("F", "1941-01-21", "en", ("true", "high", R, "ordered"), [
        ("2025-06-03", "clinical", "", "Fracture clinic\nRight superior pubic ramus fracture, managed non-operatively.\nPlan: MRI pelvis booked. She declined on the phone the next day.", {R: "present"}),
    ]),
    "XS24": ("F", "1944-11-11", "sv", ("true", "low", LBP, "none"), [
        ("2025-06-10", "clinical", "", "Vårdcentralen\nAktuellt: 80-årig kvinna med ländryggssmärta sedan en vecka.\nAnamnes: MR bäcken utförd 2/3 inom gynekologisk utredning, utan anmärkning.", {LBP: "present"}),
    ]),
    # a lumbar study covers the sacrum only when its report assesses it, never when it says it was partly imaged
    "XS25": ("F", "1947-02-17", "sv", ("false", "", LBP, "mri"), [
        ("2025-08-04", "clinical", "", "Vårdcentralen\nAktuellt: 78-årig kvinna, lumbago sedan tre veckor efter lyft.", {LBP: "present"}),
        ("2025-08-12", "radiology", "MR ländrygg", "MR LÄNDRYGG\nFynd: Diskdegeneration L4-S1 utan rotpåverkan. SI-lederna ua.\nUtlåtande: Degenerativa förändringar, ingen fraktur.", {}),
    ]),
    "EX23": ("F", "1945-07-23", "en", ("true", "low", LBP, "ordered"), [
        ("2025-09-01", "clinical", "", "Primary care\n80 yo F with lower back pain for two weeks, worse on standing.", {LBP: "present"}),
        ("2025-09-08", "radiology", "MRI lumbar spine", "MRI LUMBAR SPINE\nFINDINGS: Multilevel spondylosis. Partial visualisation of the sacrum, which appears unremarkable.\nIMPRESSION: No lumbar fracture. A dedicated sacral MRI could be considered if symptoms persist.", {}),
    ]),
    "XS26": ("M", "1948-05-05", "sv", ("true", "low", LBP, "none"), [
        ("2025-10-02", "clinical", "", "Reumatologen\nAktuellt: Ont i ländryggen sedan en månad. Behandlas med Prednisolon 10 mg för polymyalgia reumatika.", {LBP: "present"}),
        ("2025-10-09", "radiology", "DT ländrygg", "DT LÄNDRYGG\nFynd: Spondylartros L4-L5. Korsbenet är ofullständigt avbildat, begränsad bedömning av SI-lederna.\nUtlåtande: Ingen fraktur i ländryggen.", {V: "negated"}),
    ]),
    "EX24": ("F", "1942-04-04", "en", ("false", "", V, "ct"), [
        ("2025-11-03", "radiology", "CT lumbar spine", "CT L-SPINE\nFINDINGS: Superior endplate compression fracture of L3 with 20% height loss. Visualised sacrum intact.\nIMPRESSION: L3 compression fracture.", {V: "present", S: "negated"}),
    ]),
    # index findings that are not findings: exam names and purposes, stature, nerve roots, healed, doubted, if-plans
    "EX25": ("F", "1949-03-30", "en", ("false", "", "", ""), [
        ("2025-02-11", "clinical", "", "Bone health clinic\nHPI: 75-year-old woman who reports losing 5 cm in height over a decade. Mother had a hip fracture.", {}),
        ("2025-02-18", "radiology", "DXA", "EXAM: DXA WITH VERTEBRAL FRACTURE ASSESSMENT\nINDICATION: Height loss, to look for compression fractures.\nFINDINGS: T-score -2.7 at the lumbar spine, in the osteoporotic range. No vertebral compression fracture from T4 to L4.", {V: "hypothetical", O: "present"}),
    ]),
    "XS27": ("F", "1950-08-08", "sv", ("false", "", "", ""), [
        ("2025-03-12", "clinical", "", "Vårdcentralen\nAktuellt: Hon har blivit 4 cm kortare de senaste åren.\nPlanering: Rtg bröstrygg, frågeställning kotkompression?", {V: "hypothetical"}),
        ("2025-03-19", "radiology", "Rtg bröstrygg", "RTG BRÖSTRYGG\nFrågeställning: Kotkompressioner?\nFynd: Normal höjd på samtliga kotkroppar.", {V: "hypothetical"}),
    ]),
    "EX26": ("M", "1955-01-15", "en", ("false", "", LBP, "none"), [
        ("2025-04-07", "clinical", "", "Spine clinic\nHPI: 70-year-old man with low back pain radiating to the right calf for six weeks.", {LBP: "present"}),
        ("2025-04-15", "radiology", "MRI lumbar spine", "MRI LUMBAR SPINE\nFINDINGS: Right paracentral disc extrusion at L5-S1 with compression of the right S1 nerve root and mild compression of the thecal sac. Vertebral body heights are maintained.", {V: "negated"}),
    ]),
    "XS28": ("M", "1961-09-09", "sv", ("false", "", LBP, "none"), [
        ("2025-05-19", "clinical", "", "Vårdcentralen\nAktuellt: Ländryggssmärta sedan ett lyft i trädgården.\nTidigare: Läkt ramusfraktur vä 2017 efter cykelolycka.", {LBP: "present", R: "historical"}),
    ]),
    "EX27": ("F", "1955-12-12", "en", ("false", "", "", ""), [
        ("2025-06-16", "radiology", "XR lumbar spine", "XR LUMBAR SPINE\nIMPRESSION: Possible mild L2 compression.", {V: "uncertain"}),
        ("2025-06-18", "radiology", "XR lumbar spine", "ADDENDUM\nOn review with the prior study, the questioned L2 compression is not confirmed; the appearance is developmental.", {V: "uncertain"}),
    ]),
    "XS29": ("F", "1943-10-10", "sv", ("false", "", V, "ct"), [
        ("2025-07-21", "radiology", "DT buk", "DT BUK\nFynd: Kompressionsfraktur L1, tillkommen sedan 2023. Vid klinisk misstanke om sakrumfraktur rekommenderas MR bäcken.", {V: "present", S: "hypothetical"}),
        ("2025-07-25", "clinical", "", "Geriatriken\nPlanering: Vertebroplastik kan bli aktuell om smärtan inte går över.", {}),
    ]),
    "EX28": ("F", "1948-06-06", "en", ("true", "low", LBP, "ordered"), [
        ("2025-08-18", "clinical", "", "Clinic\n77 yo woman with lumbar pain since a fall, no radicular symptoms.", {LBP: "present"}),
        ("2025-08-25", "radiology", "MRI lumbar spine", "MRI LUMBAR SPINE\nFINDINGS: Mild spondylosis, no lumbar fracture.\nIMPRESSION: Recommend dedicated pelvic MRI if sacral fracture is suspected.", {S: "hypothetical"}),
    ]),
    # a status far from its modality, in a relative clause or after a passive
    "XS30": ("F", "1936-07-14", "sv", ("true", "high", R, "ordered"), [
        ("2025-09-15", "clinical", "", "Geriatriken\nAktuellt: Fraktur i höger ramus inferior sedan fallet i förra veckan.\nVi har beställt en MR-undersökning av bäckenet som dock fick ställas in då kameran var trasig.", {R: "present"}),
    ]),
    "EX29": ("F", "1939-04-18", "en", ("true", "high", R, "ordered"), [
        ("2025-10-20", "emergency", "", "Emergency department\nLeft superior pubic ramus fracture after a fall at home. The patient left before the CT of the pelvis could be done; GP informed.", {R: "present"}),
    ]),
    # a pelvic CT whose organs were incompletely evaluated still imaged the sacrum; a lumbar MRI that did not
    "EX30": ("F", "1941-11-30", "en", ("false", "", R, "ct"), [
        ("2025-11-10", "radiology", "CT pelvis", "CT PELVIS WITHOUT CONTRAST\nFINDINGS: Nondisplaced fracture of the right superior pubic ramus. Pelvic organs incompletely evaluated without IV contrast. Sacrum and SI joints intact.\nIMPRESSION: Right superior pubic ramus fracture.", {R: "present"}),
    ]),
    "XS31": ("F", "1944-01-25", "sv", ("true", "low", LBP, "none"), [
        ("2025-11-17", "clinical", "", "Vardcentralen\nAktuellt: 81-arig kvinna med lumbago sedan tre veckor.", {LBP: "present"}),
        ("2025-11-24", "radiology", "MR ländrygg", "MR LÄNDRYGG\nFynd: Diskdegeneration L3-S1. Sakrum avbildas ej.\nUtlåtande: Ingen fraktur i ländryggen.", {V: "negated"}),
    ]),
    # a report of an exam that did not happen; a report whose "not done" is of the comparison
    "XS32": ("F", "1942-08-28", "sv", ("true", "high", R, "ordered"), [
        ("2025-12-01", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i vänster ramus inferior.", {R: "present"}),
        ("2025-12-08", "radiology", "MR bäcken", "MR BÄCKEN\nPatienten uteblev. Remissen återsänds till remittenten.", {}),
    ]),
    "EX31": ("F", "1938-12-19", "en", ("false", "", R, "ct"), [
        ("2025-12-02", "radiology", "CT pelvis", "CT PELVIS\nCOMPARISON: None; no prior study was done here.\nFINDINGS: Fracture of the left superior pubic ramus. No sacral fracture.", {R: "present", S: "negated"}),
    ]),
    # an exam title's purpose, a level written as a height, a plan conditional on healing
    "EX32": ("F", "1966-09-02", "en", ("false", "", LBP, "none"), [
        ("2025-01-06", "clinical", "", "Clinic\n58-year-old woman with low back pain after gardening.", {LBP: "present"}),
        ("2025-01-13", "radiology", "MRI lumbar spine", "EXAM: MRI LUMBAR SPINE FOR COMPRESSION FRACTURE\nFINDINGS: Vertebral body heights are maintained. Mild facet arthropathy L4-S1.", {V: "hypothetical"}),
    ]),
    "XS33": ("M", "1950-03-03", "sv", ("false", "", "", ""), [
        ("2025-02-17", "radiology", "MR bröstrygg", "MR BRÖSTRYGG\nFynd: Metastas i kotkroppen Th8 med epidural växt och kompression av ryggmärgen i höjd med Th8. Kotkropparnas höjd bevarad.", {V: "negated"}),
    ]),
    "EX33": ("F", "1940-06-21", "en", ("true", "high", R, "none"), [
        ("2025-03-17", "clinical", "", "Fracture clinic\nRight superior pubic ramus fracture, walking with a frame. Fixation will be considered only if the ramus fracture does not unite.", {R: "present"}),
    ]),
    # an exam column that names no region, a title that does
    "XS34": ("F", "1937-05-09", "sv", ("false", "", R, "mri"), [
        ("2025-04-07", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i höger ramus superior.", {R: "present"}),
        ("2025-04-10", "radiology", "MR", "MR BÄCKEN\nFynd: Känd fraktur i höger ramus superior. Sakrum utan ödem.", {R: "present"}),
    ]),
    # a request that there was no time for
    "XS35": ("F", "1935-10-10", "sv", ("true", "high", R, "ordered"), [
        ("2025-05-12", "emergency", "", "Akutmottagningen\nKontaktorsak: Fall i hemmet.\nRtg bäcken: fraktur i vänster ramus superior och inferior.\nBedömning: Ramusfraktur vä, inläggning.", {R: "present"}),
        ("2025-05-13", "clinical", "", "Ortopedavdelningen\nOnt baktill i bäckenet vid belastning. DT bäcken beställd för att utesluta sakrumfraktur.", {S: "hypothetical"}),
        ("2025-05-20", "discharge", "", "Epikris\nDT bäcken hann ej göras före utskrivning. Uppföljning via vårdcentralen.", {}),
    ]),
    # requests and non-events that must not default to a done study
    "XS36": ("F", "1939-09-09", "sv", ("true", "high", R, "ordered"), [
        ("2025-06-02", "clinical", "", "Ortopedmottagningen\nBedömning: Fraktur i höger ramus inferior enligt slätröntgen.\nPlanering: Pat står på väntelista för MR bäcken. Smärtlindring vb.", {R: "present"}),
    ]),
    "EX34": ("F", "1941-05-15", "en", ("true", "high", R, "ordered"), [
        ("2025-06-09", "clinical", "", "Geriatrics\nLeft inferior pubic ramus fracture on x-ray.\nMRI pelvis requested on admission.", {R: "present"}),
        ("2025-06-19", "discharge", "", "Discharge summary\nThe pelvic MRI did not go ahead before discharge; outpatient follow-up arranged.", {}),
    ]),
    # a hedge in the next sentence; a purpose in a radiology report's exam title line (round four)
    "XS37": ("F", "1940-03-12", "sv", ("true", "high", S, "none"), [
        ("2025-07-07", "clinical", "", "Geriatriken\nAktuellt: Ont i bäckenet sedan fallet för en vecka sedan.\nBedömning: Sakrumfraktur. Ej röntgenverifierad.\nPlanering: Smärtlindring, mobilisering.", {S: "uncertain"}),
    ]),
    "EX35": ("F", "1939-11-02", "en", ("true", "high", S, "none"), [
        ("2025-07-14", "clinical", "", "Nursing home review\nImpression: Sacral insufficiency fracture.\nNot confirmed on imaging.\nPlan: analgesia, walking frame.", {S: "uncertain"}),
    ]),
    "XS38": ("F", "1943-04-04", "sv", ("false", "", R, "mri"), [
        ("2025-08-04", "radiology", "Rtg bäcken", "Rtg bäcken\nFynd: Fraktur i höger ramus superior.", {R: "present"}),
        ("2025-08-11", "radiology", "MR bäcken", "Undersökning: MR backen avseende sakrumfraktur\nFynd: Sakrum och SI-leder utan anmärkning. Ingen sakrumfraktur.", {S: "hypothetical"}),
    ]),
    "EX36": ("M", "1945-12-12", "en", ("false", "", R, "ct"), [
        ("2025-08-18", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the left inferior pubic ramus.", {R: "present"}),
        ("2025-08-20", "radiology", "CT pelvis", "EXAMINATION: CT PELVIS FOR SACRAL FRACTURE\nFINDINGS: The sacrum and sacroiliac joints are intact. No sacral fracture.", {S: "hypothetical"}),
    ]),
    # round five: the exam named by a negated confirmation was done; wording of returned, missed and impossible
    # exams; partial coverage; and their look-alikes
    "XS39": ("F", "1941-02-14", "sv", ("false", "", f"{R};{S}", "mri"), [
        ("2025-09-01", "radiology", "Rtg bäcken", "Rtg bäcken\nFynd: Fraktur i vänster ramus inferior.", {R: "present"}),
        ("2025-09-08", "clinical", "", "Geriatriken\nAktuellt: Fortsatt smärta baktill i bäckenet.\nBedömning: Misstänkt sakrumfraktur. Ej bekräftad på MR.\nPlanering: Mobilisering med rollator.", {S: "uncertain"}),
    ]),
    "EX37": ("F", "1938-06-30", "en", ("false", "", f"{LBP};{S}", "mri"), [
        ("2025-09-02", "clinical", "", "Orthogeriatric review\nHistory: buttock pain after a fall at home.\nAssessment: Probable sacral insufficiency fracture.\nNot confirmed on MRI.\nPlan: analgesia, physiotherapy.", {LBP: "present", S: "uncertain"}),
    ]),
    "XS40": ("F", "1944-08-19", "sv", ("false", "", R, "mri"), [
        ("2025-09-10", "radiology", "Rtg bäcken", "Rtg backen\nFynd: Fraktur i hoger ramus superior.", {R: "present"}),
        ("2025-09-18", "clinical", "", "Aterbesok ortopeden\nMR har inte bekraftat nagon sakrumfraktur. Smartan avtar.", {S: "negated"}),
    ]),
    "EX38": ("M", "1946-01-03", "en", ("false", "", R, "mri"), [
        ("2025-09-11", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the left superior pubic ramus.", {R: "present"}),
        ("2025-09-19", "clinical", "", "Fracture clinic\nThe MRI has not confirmed a sacral fracture. Mobilising with a frame.", {S: "negated"}),
    ]),
    "XS41": ("F", "1940-10-05", "sv", ("true", "high", f"{LBP};{S}", "ordered"), [
        ("2025-09-22", "clinical", "", "Vårdcentralen\nAktuellt: Smärta över korsbenet sedan ett fall.\nBedömning: Sakrumfraktur. Ännu ej verifierad med MR.\nPlanering: Smärtlindring.", {LBP: "present", S: "uncertain"}),
    ]),
    "EX39": ("F", "1937-03-27", "en", ("true", "high", S, "ordered"), [
        ("2025-09-23", "clinical", "", "GP review\nAssessment: sacral fracture, awaiting MRI confirmation.\nPlan: paracetamol, review in two weeks.", {S: "uncertain"}),
    ]),
    "XS42": ("F", "1936-07-07", "sv", ("true", "high", R, "ordered"), [
        ("2025-10-01", "clinical", "", "Ortopedmottagningen\nBedömning: Fraktur i höger ramus superior enligt slätröntgen. Remiss MR bäcken skickad.", {R: "present"}),
        ("2025-10-09", "clinical", "", "Administrativ anteckning\nRemissen för MR bäcken återremitteras från röntgen med begäran om kompletterande uppgifter.", {}),
    ]),
    "EX40": ("F", "1939-12-12", "en", ("true", "high", R, "ordered"), [
        ("2025-10-02", "clinical", "", "Ortho clinic\nAssessment: left pubic ramus fracture on x-ray.\nPlan: MRI pelvis requested.", {R: "present"}),
        ("2025-10-14", "clinical", "", "Ward round\nShe was too unwell to travel for the MRI pelvis; plan reviewed with the family.", {}),
    ]),
    "XS43": ("F", "1942-04-21", "sv", ("true", "high", R, "ordered"), [
        ("2025-10-06", "radiology", "Rtg bäcken", "Rtg bäcken\nFynd: Fraktur i vänster ramus superior.", {R: "present"}),
        ("2025-10-20", "clinical", "", "Telefonkontakt\nPat kom ej till bokad MR backen. Ny kallelse skickas ej.", {}),
    ]),
    "EX41": ("M", "1943-09-09", "en", ("true", "high", R, "ordered"), [
        ("2025-10-07", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the right inferior pubic ramus.", {R: "present"}),
        ("2025-10-21", "clinical", "", "Clinic letter\nPatient DNA'd her MRI pelvis appointment.", {}),
    ]),
    "XS44": ("F", "1950-05-05", "sv", ("true", "low", LBP, "none"), [
        ("2025-11-03", "clinical", "", "Vårdcentralen\nAktuellt: Ländryggssmärta sedan tre veckor, 75-årig kvinna.", {LBP: "present"}),
        ("2025-11-10", "radiology", "DT bäcken", "DT bäcken\nFynd: Ingen ramusfraktur. Sakrum svårbedömt pga rörelseartefakter.", {R: "negated"}),
    ]),
    "EX42": ("F", "1947-02-02", "en", ("true", "low", V, "none"), [
        ("2025-11-04", "radiology", "MRI lumbar spine", "MRI LUMBAR SPINE\nFINDINGS: Acute compression fracture of L2. Visualized portions of the sacrum are unremarkable.", {V: "present", S: "negated"}),
    ]),
    "XS45": ("F", "1938-01-30", "sv", ("false", "", R, "ct"), [
        ("2025-11-12", "radiology", "Rtg bäcken", "Rtg bäcken\nFynd: Fraktur i höger ramus inferior.", {R: "present"}),
        ("2025-11-14", "radiology", "DT bäcken", "DT bäcken\nFynd: Bäckenorganen svårbedömda pga tarmgas. Sakrum och SI-leder utan anmärkning.", {}),
    ]),
    "EX43": ("F", "1941-11-11", "en", ("false", "", R, "mri"), [
        ("2025-11-13", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the left superior pubic ramus.", {R: "present"}),
        ("2025-11-17", "clinical", "", "Ward round\nPelvic MRI showed no sacral fracture; she is too unwell to go home today.", {S: "negated"}),
    ]),
    "XS46": ("F", "1939-04-18", "sv", ("true", "high", R, "ordered"), [
        ("2025-11-20", "clinical", "", "Ortopedavdelningen\nBedömning: Ramusfraktur vä enligt slätröntgen, bedömd av röntgenläkare.\nPlanering: MR bäcken beställd. Pacemaker utgör kontraindikation.", {R: "present"}),
    ]),
    "EX44": ("M", "1944-06-06", "en", ("true", "high", R, "ordered"), [
        ("2025-11-21", "clinical", "", "Orthopaedic ward\nAssessment: right superior pubic ramus fracture on x-ray.\nPlan: MRI pelvis requested; vetted and protocolled by radiology.", {R: "present"}),
        ("2025-11-28", "discharge", "", "Discharge summary\nFamily meeting held. Decision made to manage conservatively without further imaging.", {}),
    ]),
    "XS47": ("F", "1937-09-27", "sv", ("false", "", f"{LBP};{S}", "ct"), [
        ("2025-11-24", "clinical", "", "Vårdcentralen\nAktuellt: 88-årig kvinna med smärta över korsbenet efter fall.\nBedomning: Misstankt sakrumfraktur. Ej bekraftad pa DT.\nPlanering: Smartlindring, sjukgymnast.", {LBP: "present", S: "uncertain"}),
    ]),
    "EX45": ("F", "1940-08-08", "en", ("false", "", R, "mri"), [
        ("2025-11-25", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the left inferior pubic ramus.", {R: "present"}),
        ("2025-12-01", "clinical", "", "Fracture clinic\nMRI pelvis showed no sacral fracture. No further imaging needed.", {S: "negated"}),
    ]),
    "XS48": ("F", "1942-12-01", "sv", ("false", "", f"{R};{S}", "ct"), [
        ("2025-12-01", "radiology", "Rtg bäcken", "Rtg bäcken\nFynd: Fraktur i vänster ramus superior.", {R: "present"}),
        ("2025-12-04", "clinical", "", "Ortopedavdelningen\nStatus: Ömhet över korsbenet.\nBedömning: Misstänkt sakrumfraktur. Syns ej på DT.\nPlanering: Mobilisering.", {S: "uncertain"}),
    ]),
    "EX46": ("F", "1939-05-17", "en", ("false", "", f"{R};{S}", "ct"), [
        ("2025-12-02", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the right inferior pubic ramus.", {R: "present"}),
        ("2025-12-05", "clinical", "", "Orthogeriatrics\nAssessment: sacral fracture suspected. Not seen on CT.\nPlan: mobilise as pain allows.", {S: "uncertain"}),
    ]),
    "EX47": ("M", "1945-03-03", "en", ("false", "", R, "mri"), [
        ("2025-12-03", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the left superior pubic ramus.", {R: "present"}),
        ("2025-12-15", "clinical", "", "Clinic\nMRI pelvis was ordered and performed on 12/10, negative.", {}),
    ]),
    # a lumbar report that asks for a sacral study did not settle the sacrum, whatever it says of it
    "EX48": ("F", "1943-07-21", "en", ("true", "low", V, "ordered"), [
        ("2025-12-08", "radiology", "MRI lumbar spine", "MRI LUMBAR SPINE\nFINDINGS: Acute compression fracture of L3 with 25% height loss. Sacrum unremarkable on the included images.\nIMPRESSION: Acute L3 compression fracture. If there is clinical concern for a sacral insufficiency fracture, MRI of the pelvis is recommended.", {V: "present", S: "hypothetical"}),
    ]),
    "XS49": ("F", "1941-01-09", "sv", ("true", "low", V, "ordered"), [
        ("2025-12-09", "radiology", "MR ländrygg", "MR LÄNDRYGG\nFynd: Färsk kotkompression L3. Sakrum ua.\nUtlåtande: Färsk kotkompression L3. Vid misstanke om sakrumfraktur rekommenderas MR bäcken.", {V: "present", S: "hypothetical"}),
    ]),
    # round six: exams done elsewhere and quoted, cancelled-rebooked-done sequences, closed referrals, studies
    # years before the fracture, other regions and other modalities ordered, coronal STIR or localiser coverage,
    # partly included sacrum, CT abdomen with the pelvis, patient letters, verified vs not excluded sacral
    # fractures; Swedish findings in abbreviations, without å/ä/ö and with typos
    "XS50": ("F", "1940-09-14", "sv", ("false", "", R, "mri"), [
        ("2025-02-03", "clinical", "", "Ortopedmottagningen\nAnamnes: 84-årig kvinna som föll i hemmet för en vecka sedan.\nRtg bäcken visar fraktur i höger ramus superior.\nBedömning: Ramusfraktur hö. Belastning efter smärta.", {R: "present"}),
        ("2025-02-17", "clinical", "", "Journalanteckning\nExtern undersökning: MR bäcken utförd på privat röntgenklinik 2025-02-12. Enligt deras utlåtande benmärgsödem kring frakturen i höger ramus superior, ingen sakrumfraktur.\nBilderna har eftergranskats av vår röntgenavdelning utan tillägg.", {R: "present", S: "negated"}),
    ]),
    "EX49": ("F", "1942-05-30", "en", ("false", "", R, "mri"), [
        ("2025-02-04", "radiology", "XR pelvis", "XR PELVIS, 2 VIEWS\nFINDINGS: Nondisplaced fracture of the left superior pubic ramus.\nIMPRESSION: Left superior pubic ramus fracture.", {R: "present"}),
        ("2025-02-24", "clinical", "", "Orthopaedic follow-up\nInterval history: She had an MRI of the pelvis at an outside facility on 2/15/2025. I have reviewed the outside report: healing left superior pubic ramus fracture, no sacral insufficiency fracture.\nPlan: continue weight bearing as tolerated.", {R: "present", S: "negated"}),
    ]),
    "XS51": ("F", "1938-03-08", "sv", ("false", "", R, "mri"), [
        ("2025-03-03", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur genom vänster ramus inferior, lätt felställd.", {R: "present"}),
        ("2025-03-06", "clinical", "", "Geriatriska kliniken\nMR bäcken avbokad av röntgen pga driftstopp på magnetkameran. Ombokas till nästa vecka.", {}),
        ("2025-03-12", "radiology", "MR bäcken", "MR BÄCKEN\nFynd: Fraktur i vänster ramus inferior med omgivande ödem. Sakrum och SI-leder utan ödem eller frakturlinje.\nUtlåtande: Ramusfraktur vä. Ingen sakrumfraktur.", {R: "present", S: "negated"}),
    ]),
    "EX50": ("M", "1944-11-02", "en", ("false", "", R, "ct"), [
        ("2025-03-04", "emergency", "", "ED note\nHPI: Fall from standing. Left groin pain.\nImaging: left superior pubic ramus fracture on x-ray.\nPlan: CT pelvis requested, admit to orthopaedics.", {R: "present"}),
        ("2025-03-05", "clinical", "", "Ortho ward\nCT pelvis cancelled this morning as the scanner is down; rebooked for 3/7.", {}),
        ("2025-03-07", "radiology", "CT pelvis", "CT PELVIS WITHOUT CONTRAST\nFINDINGS: Comminuted left superior pubic ramus fracture. The sacrum and sacroiliac joints are intact.\nIMPRESSION: Left superior pubic ramus fracture. No sacral fracture.", {R: "present", S: "negated"}),
    ]),
    "XS52": ("F", "1936-12-19", "sv", ("true", "high", R, "ordered"), [
        ("2025-04-01", "clinical", "", "Ortopedmottagningen\nBedömning: Fraktur i höger ramus superior enligt slätröntgen.\nPlanering: Remiss MR bäcken utfärdad för att utesluta samtidig sakrumfraktur.", {R: "present", S: "hypothetical"}),
        ("2025-06-02", "clinical", "", "Administrativ anteckning\nRemissen avslutades och returnerades till remittenten efter två uteblivna besök på röntgen.", {}),
    ]),
    "EX51": ("F", "1939-08-21", "en", ("true", "high", R, "ordered"), [
        ("2025-04-02", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Acute fracture of the right inferior pubic ramus.", {R: "present"}),
        ("2025-04-03", "clinical", "", "Fracture clinic\nPlan: MRI pelvis requested to look for a sacral insufficiency fracture.", {S: "hypothetical"}),
        ("2025-05-20", "clinical", "", "Telephone encounter\nRadiology closed the MRI request after two appointment letters went unanswered.", {}),
    ]),
    "XS53": ("F", "1945-06-06", "sv", ("true", "low", LBP, "none"), [
        ("2025-03-10", "clinical", "", "Vårdcentralen\nAktuellt: 79-årig kvinna med ländryggssmärta sedan tre veckor, inget trauma.\nTidigare: MR bäcken 2019 inom gynekologisk utredning, utan anmärkning.\nBedömning: Lumbago. Smärtlindring och fysioterapi.", {LBP: "present"}),
    ]),
    "EX52": ("F", "1948-02-11", "en", ("true", "low", V, "radiograph_only"), [
        ("2025-03-12", "radiology", "XR lumbar spine", "XR LUMBAR SPINE\nFINDINGS: Acute compression fracture of L1 with about 30% anterior height loss.", {V: "present"}),
        ("2025-03-14", "clinical", "", "Bone health clinic\nPMH: osteoporosis on alendronate. MRI pelvis in 2018 for a labral tear, unremarkable.\nAssessment: new L1 compression fracture.", {V: "present", O: "present"}),
    ]),
    "XS54": ("F", "1937-07-17", "sv", ("true", "high", R, "radiograph_only"), [
        ("2025-04-07", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i vänster ramus superior.", {R: "present"}),
        ("2025-04-08", "radiology", "DT thorax", "DT THORAX MED KONTRAST\nFrågeställning: Lungemboli?\nFynd: Inga lungembolier. Skelettet i undersökt område utan fraktur.", {}),
    ]),
    "EX53": ("M", "1941-04-26", "en", ("true", "high", R, "radiograph_only"), [
        ("2025-04-09", "emergency", "", "ED note\nFall with head strike. Right superior pubic ramus fracture on pelvic x-ray.", {R: "present"}),
        ("2025-04-09", "radiology", "CT head", "CT HEAD WITHOUT CONTRAST\nFINDINGS: No intracranial hemorrhage. No skull fracture.\nIMPRESSION: Negative CT head.", {}),
    ]),
    "XS55": ("F", "1943-01-23", "sv", ("true", "low", f"{LBP}", "none"), [
        ("2025-05-05", "clinical", "", "Vårdcentralen\nAktuellt: 82-årig kvinna med lågt sittande ryggsmärta efter fall för två veckor sedan. Känd osteoporos sedan 2020.\nPlanering: Rtg ländrygg beställd. DXA-mätning bokas.", {LBP: "present", O: "present"}),
    ]),
    "EX54": ("F", "1946-10-10", "en", ("true", "low", LBP, "none"), [
        ("2025-05-06", "clinical", "", "Primary care\nHPI: 78-year-old woman with lower back pain after lifting a box.\nPlan: X-ray of the lumbar spine ordered. DXA scan requested.", {LBP: "present"}),
    ]),
    "XS56": ("F", "1939-02-02", "sv", ("true", "high", R, "radiograph_only"), [
        ("2025-05-12", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i höger ramus inferior.", {R: "present"}),
        ("2025-05-13", "clinical", "", "Ortopedavdelningen\nBedömning: Ramusfraktur hö. Ingen indikation för MR bäcken i nuläget, då den inte skulle påverka handläggningen.", {R: "present"}),
    ]),
    "EX55": ("F", "1940-12-01", "en", ("true", "high", R, "radiograph_only"), [
        ("2025-05-14", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the left inferior pubic ramus.", {R: "present"}),
        ("2025-05-15", "clinical", "", "Orthogeriatrics\nAssessment: left inferior pubic ramus fracture. An MRI of the pelvis would not change management, so it has not been requested.", {R: "present"}),
    ]),
    "XS57": ("F", "1944-03-30", "sv", ("false", "", LBP, "mri"), [
        ("2025-06-02", "clinical", "", "Vårdcentralen\nAktuellt: 81-årig kvinna med smärta i korsryggen sedan en månad, värst vid gång.", {LBP: "present"}),
        ("2025-06-10", "radiology", "MR ländrygg", "MR LÄNDRYGG\nTeknik: Sagittala T1, T2 och STIR samt koronar STIR över sakrum.\nFynd: Normal höjd på kotkropparna. Inget ödem i sakrum eller SI-lederna. Diskdegeneration L4-L5.", {V: "negated"}),
    ]),
    "EX56": ("F", "1941-09-09", "en", ("false", "", LBP, "mri"), [
        ("2025-06-03", "clinical", "", "Spine clinic\nHPI: 83-year-old woman with low back pain for six weeks.", {LBP: "present"}),
        ("2025-06-11", "radiology", "MRI lumbar spine", "MRI LUMBAR SPINE\nTECHNIQUE: Sagittal T1, T2 and STIR; coronal STIR through the sacrum.\nFINDINGS: Vertebral body heights are maintained. No marrow edema in the sacrum or iliac bones. Mild facet arthropathy L4-5.", {V: "negated"}),
    ]),
    "XS58": ("F", "1946-08-18", "sv", ("true", "low", V, "none"), [
        ("2025-06-16", "radiology", "MR ländrygg", "MR LÄNDRYGG\nFynd: Färsk kotkompression L1 med benmärgsödem. Sakrum ses endast på översiktsbilderna, där utan säker patologi.\nUtlåtande: Färsk kotkompression L1.", {V: "present"}),
    ]),
    "EX57": ("F", "1945-01-19", "en", ("true", "low", V, "none"), [
        ("2025-06-17", "radiology", "MRI lumbar spine", "MRI LUMBAR SPINE\nFINDINGS: Acute compression fracture of L2 with marrow edema. The sacrum is seen only on the scout images and appears unremarkable there.\nIMPRESSION: Acute L2 compression fracture.", {V: "present"}),
    ]),
    "XS59": ("F", "1942-11-11", "sv", ("true", "medium", f"{LBP};{V}", "none"), [
        ("2025-07-01", "clinical", "", "Vårdcentralen\nAktuellt: Lumbago sedan tre veckor.", {LBP: "present"}),
        ("2025-07-04", "radiology", "DT ländrygg", "DT LÄNDRYGG\nFynd: Kompressionsfraktur L3 med 20 % höjdreduktion. Sakrum ingår endast delvis i undersökningen.", {V: "present"}),
    ]),
    "EX58": ("F", "1943-05-05", "en", ("true", "medium", f"{LBP};{V}", "none"), [
        ("2025-07-02", "clinical", "", "Clinic\nHPI: 82-year-old woman with lumbar pain for a month.", {LBP: "present"}),
        ("2025-07-05", "radiology", "CT lumbar spine", "CT LUMBAR SPINE\nFINDINGS: Compression fracture of L4 with 20% height loss. The scan extends only to S2; the included sacrum is intact.", {V: "present", S: "negated"}),
    ]),
    "XS60": ("F", "1938-10-27", "sv", ("false", "", R, "ct"), [
        ("2025-07-07", "radiology", "DT buk", "DT BUK MED KONTRAST\nFrågeställning: Buksmärta efter fall.\nFynd: Ingen fri vätska. Skelett: Fraktur i vänster ramus superior och inferior. Sakrum och SI-leder intakta.", {R: "present"}),
    ]),
    "EX59": ("F", "1939-04-14", "en", ("false", "", R, "ct"), [
        ("2025-07-08", "radiology", "CT abdomen", "CT ABDOMEN WITH CONTRAST (PELVIS INCLUDED)\nINDICATION: Abdominal pain after a fall.\nFINDINGS: No free fluid. Bones: nondisplaced fracture of the right superior pubic ramus. The sacrum is intact.", {R: "present", S: "negated"}),
    ]),
    "XS61": ("M", "1947-02-20", "sv", ("false", "", V, "sacral_fracture_documented"), [
        ("2025-08-04", "radiology", "Rtg ländrygg", "RTG LÄNDRYGG\nFynd: Kompressionsfraktur L2, ny jämfört med 2023.", {V: "present"}),
        ("2025-08-18", "radiology", "Skelettscintigrafi", "SKELETTSCINTIGRAFI HELKROPP\nFynd: Ökat upptag i L2 motsvarande känd kompressionsfraktur. H-format upptag i sakrum; bilateral sakral insufficiensfraktur.", {V: "present", S: "present"}),
    ]),
    "EX60": ("F", "1942-06-22", "en", ("false", "", R, "scintigraphy"), [
        ("2025-08-05", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the right superior pubic ramus.", {R: "present"}),
        ("2025-08-19", "radiology", "NM bone scan whole body", "NM WHOLE BODY BONE SCAN\nFINDINGS: Increased uptake in the right superior pubic ramus consistent with the known healing fracture. No abnormal uptake in the sacrum.", {R: "present"}),
    ]),
    "XS62": ("F", "1941-12-24", "sv", ("false", "", LBP, "sacral_fracture_documented"), [
        ("2025-08-11", "clinical", "", "Ortopedmottagningen\nAktuellt: Smärta i korsryggen sedan fall i april.\nBedömning: Sakrumfraktur hö, verifierad med DT bäcken 2025-08-02. Mobilisering efter smärta.", {LBP: "present", S: "present"}),
    ]),
    "EX61": ("F", "1937-03-15", "en", ("true", "high", f"{LBP};{S}", "ordered"), [
        ("2025-08-12", "clinical", "", "GP visit\nHPI: 88-year-old woman with buttock pain after a fall.\nAssessment: a sacral insufficiency fracture cannot be excluded on plain films. She declined an MRI of the pelvis.", {LBP: "present", S: "uncertain"}),
    ]),
    "XS63": ("F", "1940-01-31", "sv", ("false", "", R, "mri"), [
        ("2025-03-03", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i höger ramus superior.", {R: "present"}),
        ("2025-03-24", "clinical", "", "Brev till patienten\nHej! Svaret på magnetkameraundersökningen av bäckenet den 14 mars har kommit. Den visar att brottet på blygdbenet läker och att du inte har något brott på korsbenet.\nVänliga hälsningar, ortopedmottagningen", {R: "present", S: "negated"}),
    ]),
    "EX62": ("F", "1944-07-07", "en", ("false", "", R, "mri"), [
        ("2025-03-04", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the left inferior pubic ramus.", {R: "present"}),
        ("2025-03-25", "clinical", "", "Clinic letter\nDear Dr Patel,\nI reviewed Mrs Jones today. Her MRI of the pelvis on 14 March showed the healing left inferior pubic ramus fracture and no sacral fracture. I have discharged her to your care.", {R: "present", S: "negated"}),
    ]),
    "XS64": ("F", "1941-05-05", "sv", ("true", "high", f"{LBP};{R}", "ordered"), [
        ("2025-09-01", "emergency", "", "Akutmottagningen\nK 84 ar, ramlat hemma. Ont i landryggen o satet sedan fallet.\nRtg: fx ramus sup dx.\nPlan: remiss DT backen skickad, pat hem med hemtjanst.", {LBP: "present", R: "present"}),
        ("2025-09-20", "clinical", "", "Telefonkontakt\nDT backen ej gjord, pat har inte fatt nagon kallelse. Remissen har inte kommit fram till rontgen.", {}),
    ]),
    "XS65": ("F", "1947-04-09", "sv", ("false", "", V, "scintigraphy"), [
        ("2025-09-08", "radiology", "Rtg bröstrygg", "RTG BRÖSTRYGG\nFynd: Kotkompr Th12 ca 40 %, ny jmf med 2023.", {V: "present"}),
        ("2025-09-10", "clinical", "", "Osteoporosmottagningen\nBedömning: Kompresionsfraktur Th12. Skelettscint beställd.", {V: "present"}),
        ("2025-09-30", "clinical", "", "Osteoporosmottagningen\nSkelettscint utford 2025-09-25: upptag i Th12, i ovrigt ua.", {}),
    ]),
    "XS66": ("F", "1950-10-01", "sv", ("true", "low", LBP, "none"), [
        ("2025-09-15", "clinical", "", "Reumatologmottagningen\nDiagnoser: Reumatoid artrit. Osteoporos.\nAktuellt: Ländryggsvärk sedan en månad, lumbosakral smärta vid gång.", {LBP: "present", O: "present"}),
        ("2025-09-25", "radiology", "MR ländrygg", "MR LÄNDRYGG\nFynd: Diskdegeneration L4-S1. Sakrum ingår delvis i undersökningen och är i avbildade delar utan ödem.", {}),
    ]),
    "EX63": ("F", "1942-02-28", "en", ("true", "high", R, "ordered"), [
        ("2025-09-16", "clinical", "", "Ortho clinic\nAssessment: right inferior pubic ramus fracture on x-ray.\nPlan: CT pelvis requested.", {R: "present"}),
        ("2025-09-22", "radiology", "CT abdomen", "CT ABDOMEN WITH CONTRAST\nINDICATION: Right upper quadrant pain.\nFINDINGS: Gallstones. The pelvis is not included in this examination.", {}),
    ]),
    "EX64": ("M", "1943-10-30", "en", ("true", "low", V, "radiograph_only"), [
        ("2025-09-17", "radiology", "XR thoracic spine", "XR THORACIC SPINE\nFINDINGS: New wedge compression of T11.", {V: "present"}),
        ("2025-09-19", "clinical", "", "Clinic\nHistory: prostate cancer 2016, bone scan in 2016 negative for metastases.\nAssessment: T11 compression fracture. Plan: calcium and vitamin D.", {V: "present"}),
    ]),
    # round six, second batch: struck off the waiting list, rebooked and done, results to follow, whole-spine
    # studies, reports of an exam not performed, exams that may be done later, old studies of another episode
    "XS67": ("F", "1938-05-12", "sv", ("true", "high", R, "ordered"), [
        ("2025-10-06", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i höger ramus superior.", {R: "present"}),
        ("2025-10-07", "clinical", "", "Ortopedmottagningen\nRamusfraktur hö. Remiss MR bäcken skickad.", {R: "present"}),
        ("2025-11-20", "clinical", "", "Telefonkontakt\nMR bäcken struken från väntelistan då patienten flyttat till särskilt boende i annan region.", {}),
    ]),
    "EX65": ("F", "1939-09-03", "en", ("true", "high", R, "ordered"), [
        ("2025-10-08", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the left superior pubic ramus.", {R: "present"}),
        ("2025-10-09", "clinical", "", "Fracture clinic\nPlan: MRI pelvis requested.", {}),
        ("2025-11-21", "clinical", "", "Care coordination\nShe was taken off the MRI waiting list after moving to a care home out of area.", {}),
    ]),
    "XS68": ("F", "1941-03-03", "sv", ("false", "", R, "mri"), [
        ("2025-10-13", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i vänster ramus inferior.", {R: "present"}),
        ("2025-10-15", "clinical", "", "Geriatriken\nMR bäcken avbokad pga feber. Ombokas när pat är feberfri.", {}),
        ("2025-10-22", "clinical", "", "Geriatriken\nMR bäcken idag, svar följer. Mobiliseras med rollator.", {}),
    ]),
    "EX66": ("F", "1944-12-12", "en", ("false", "", V, "mri"), [
        ("2025-10-14", "radiology", "XR lumbar spine", "XR LUMBAR SPINE\nFINDINGS: New compression fracture of L2.", {V: "present"}),
        ("2025-10-16", "clinical", "", "Medical ward\nThe MRI pelvis slot was given to an emergency; to be rebooked.", {}),
        ("2025-10-21", "clinical", "", "Medical ward\nMRI pelvis today, result to follow. Pain controlled.", {}),
    ]),
    "EX67": ("M", "1946-07-07", "en", ("false", "", V, "mri"), [
        ("2025-10-20", "radiology", "MRI whole spine", "MRI WHOLE SPINE\nFINDINGS: Acute compression fracture of T12. The sacrum and sacroiliac joints are normal.\nIMPRESSION: Acute T12 compression fracture.", {V: "present"}),
    ]),
    "XS69": ("M", "1945-08-08", "sv", ("false", "", V, "mri"), [
        ("2025-10-21", "radiology", "MR hela ryggen", "MR HELA RYGGEN\nFynd: Färsk kotkompression Th12. Sakrum och SI-leder ua.\nUtlåtande: Färsk kotkompression Th12.", {V: "present"}),
    ]),
    "XS70": ("F", "1937-02-22", "sv", ("true", "high", R, "ordered"), [
        ("2025-11-03", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i höger ramus superior och inferior.", {R: "present"}),
        ("2025-11-06", "radiology", "MR bäcken", "MR BÄCKEN\nUndersökningen ej genomförd då patienten har pacemaker.", {}),
    ]),
    "EX68": ("F", "1940-06-16", "en", ("true", "high", R, "ordered"), [
        ("2025-11-04", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the right superior pubic ramus.", {R: "present"}),
        ("2025-11-07", "radiology", "MRI pelvis", "MRI PELVIS\nExamination not performed. The patient became agitated on the table and the scan was abandoned.", {}),
    ]),
    "XS71": ("F", "1946-01-26", "sv", ("true", "medium", f"{LBP};{V}", "ordered"), [
        ("2025-11-10", "discharge", "", "Epikris\nDiagnos: Kotkompression L1.\nAktuellt: Inlagd för smärta i ländryggen efter fall.\nPlanering: MR bäcken får göras polikliniskt efter utskrivning.", {LBP: "present", V: "present"}),
    ]),
    "EX69": ("M", "1942-10-10", "en", ("true", "high", R, "ordered"), [
        ("2025-11-11", "discharge", "", "Discharge summary\nDiagnosis: left inferior pubic ramus fracture.\nFollow-up: MRI pelvis can be done as an outpatient if pain persists.", {R: "present"}),
    ]),
    "XS72": ("M", "1944-04-04", "sv", ("true", "low", V, "radiograph_only"), [
        ("2025-11-17", "radiology", "Rtg ländrygg", "RTG LÄNDRYGG\nFynd: Kilformad kota L1, ny jämfört med 2022.", {V: "present"}),
        ("2025-11-19", "clinical", "", "Urologmottagningen\nTidigare: Prostatacancer, skelettscintigrafi 2021 utan metastaser.\nBedömning: Kotkompression L1.", {V: "present"}),
    ]),
    "EX70": ("F", "1943-02-14", "en", ("false", "", R, "mri"), [
        ("2025-11-18", "clinical", "", "Ortho clinic\nAssessment: right superior pubic ramus fracture on x-ray. MRI pelvis requested.", {R: "present"}),
        ("2025-11-20", "clinical", "", "Phone call\nMRI pelvis re-booked for next week as she had a chest infection.", {}),
        ("2025-11-27", "radiology", "MRI pelvis", "MRI PELVIS\nFINDINGS: Healing right superior pubic ramus fracture. The sacrum is normal in signal; no sacral fracture.", {R: "present", S: "negated"}),
    ]),
    "XS73": ("F", "1936-11-30", "sv", ("true", "high", R, "ordered"), [
        ("2025-11-24", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i vänster ramus superior.", {R: "present"}),
        ("2025-11-26", "clinical", "", "Telefonkontakt\nPat har lämnat återbud till MR bäcken och vill inte ha någon ny tid.", {}),
    ]),
    "EX71": ("F", "1953-05-19", "en", ("false", "", f"{LBP};{S}", "mri"), [
        ("2025-11-25", "clinical", "", "GP visit\nHPI: 72-year-old woman with buttock pain after a fall.\nAssessment: sacral fracture cannot be excluded on plain films. MRI pelvis requested.", {LBP: "present", S: "uncertain"}),
        ("2025-12-01", "clinical", "", "GP review\nMRI pelvis (11/29): no sacral fracture. Pain settling.", {S: "negated"}),
    ]),
    # round six, third batch: negated coordinations of exams and their look-alikes, failed attempts, outside
    # studies reviewed here
    "XS74": ("F", "1939-07-07", "sv", ("true", "high", R, "radiograph_only"), [
        ("2025-12-01", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i höger ramus inferior.", {R: "present"}),
        ("2025-12-05", "discharge", "", "Epikris\nDiagnos: Ramusfraktur hö.\nUtredning: Ingen DT eller MR av bäckenet har gjorts under vårdtiden.\nUppföljning: Åter till vårdcentralen.", {R: "present"}),
    ]),
    "EX72": ("F", "1950-03-09", "en", ("true", "low", LBP, "none"), [
        ("2025-12-02", "discharge", "", "Discharge summary\nPMH: osteoporosis.\nHospital course: admitted with low back pain after a fall. Neither CT nor MRI of the pelvis was performed during this admission.", {LBP: "present", O: "present"}),
    ]),
    "XS75": ("F", "1942-08-01", "sv", ("true", "high", R, "ordered"), [
        ("2025-12-02", "clinical", "", "Ortopedavdelningen\nRamusfraktur vä enligt slätröntgen. MR bäcken beställd.", {R: "present"}),
        ("2025-12-04", "clinical", "", "Ortopedavdelningen\nFörsök till MR bäcken misslyckades pga oro, pat kunde inte ligga still.", {}),
    ]),
    "EX73": ("F", "1945-10-25", "en", ("true", "medium", f"{LBP};{V}", "ordered"), [
        ("2025-12-03", "clinical", "", "Medical ward\nHPI: low back pain after lifting.\nImaging: L1 compression fracture on x-ray.", {LBP: "present", V: "present"}),
        ("2025-12-05", "clinical", "", "Medical ward\nMRI pelvis was attempted but unsuccessful because of pain.", {}),
    ]),
    "XS76": ("F", "1940-05-28", "sv", ("false", "", R, "ct"), [
        ("2025-12-08", "clinical", "", "Ortopedmottagningen\nRemitterad från annat sjukhus med ramusfraktur hö.\nEftergranskning av extern DT bäcken 2025-12-01: fraktur i höger ramus superior, ingen sakrumfraktur.", {R: "present", S: "negated"}),
    ]),
    "EX74": ("F", "1938-12-30", "en", ("false", "", R, "ct"), [
        ("2025-12-09", "clinical", "", "Fracture clinic\nTransferred with a right superior pubic ramus fracture. Outside CT pelvis images uploaded to PACS; our formal review is pending.", {R: "present"}),
        ("2025-12-11", "clinical", "", "Fracture clinic\nFormal review of the outside CT pelvis: right superior pubic ramus fracture, no sacral fracture.", {R: "present", S: "negated"}),
    ]),
    "XS77": ("F", "1944-09-19", "sv", ("false", "", LBP, "mri"), [
        ("2025-12-10", "clinical", "", "Vårdcentralen\nAktuellt: 81-årig kvinna med ländryggssmärta sedan fall.\nPlanering: DT och MR bäcken beställda.", {LBP: "present"}),
        ("2025-12-22", "clinical", "", "Vårdcentralen\nÅterbesök. Ingen fraktur på DT och MR som gjorts. Smärtan avtar.", {}),
    ]),
    "EX75": ("F", "1941-06-06", "en", ("false", "", R, "mri"), [
        ("2025-12-11", "clinical", "", "Ortho clinic\nLeft superior pubic ramus fracture on x-ray. CT pelvis and MRI pelvis requested.", {R: "present"}),
        ("2025-12-23", "clinical", "", "Ortho clinic\nNeither CT nor MRI showed a sacral fracture. Mobilising well.", {S: "negated"}),
    ]),
    # round six, fourth batch: Swedish findings in abbreviated compounds; low-back pain that has gone
    "XS78": ("F", "1943-03-21", "sv", ("true", "low", V, "radiograph_only"), [
        ("2025-12-15", "clinical", "", "Vårdcentralen\nAktuellt: Kompr.fx L1 enl rtg i förra veckan.\nStatus: Smärtfri i ländryggen sedan en vecka, går utan rollator.", {V: "present", LBP: "negated"}),
        ("2025-12-16", "radiology", "Rtg ländrygg", "RTG LÄNDRYGG\nFynd: Kompressionsfraktur L1 ca 25 %, oförändrad.", {V: "present"}),
    ]),
    "XS79": ("F", "1938-06-13", "sv", ("false", "", LBP, "sacral_fracture_documented"), [
        ("2025-12-16", "clinical", "", "Geriatriken\nAktuellt: Lågt sittande ryggvärk sedan fall.\nBedömning: Sakral insuff.fraktur bilat enl DT bäcken igår. Smärtlindring.", {LBP: "present", S: "present"}),
    ]),
    # round six, fifth batch: the patient did not come or did not want it, nobody knows whether it was done, a done
    # exam dated by a short date right after its name
    "XS80": ("F", "1940-02-29", "sv", ("true", "high", R, "ordered"), [
        ("2025-12-17", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i vänster ramus inferior.", {R: "present"}),
        ("2025-12-29", "clinical", "", "Telefonkontakt med röntgen\nMR bäcken: pat kom ej. Ny tid erbjuds inte.", {}),
    ]),
    "EX76": ("F", "1941-04-18", "en", ("true", "high", R, "ordered"), [
        ("2025-12-18", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the right superior pubic ramus.", {R: "present"}),
        ("2025-12-20", "clinical", "", "Hospitalist note\nMRI pelvis was not obtained due to patient preference. Discharged home with walker.", {}),
    ]),
    "XS81": ("F", "1939-10-10", "sv", ("true", "high", R, "radiograph_only"), [
        ("2025-12-19", "radiology", "Rtg bäcken", "RTG BÄCKEN\nFynd: Fraktur i höger ramus superior.", {R: "present"}),
        ("2025-12-30", "clinical", "", "Vårdcentralen\nOklart om MR bäcken har gjorts, inga svar finns i journalen.", {}),
    ]),
    "EX77": ("F", "1942-08-08", "en", ("false", "", R, "mri"), [
        ("2025-03-01", "radiology", "XR pelvis", "XR PELVIS\nFINDINGS: Fracture of the left superior pubic ramus.", {R: "present"}),
        ("2025-03-20", "clinical", "", "Fracture clinic\nStatus post MRI pelvis 3/3 which was negative for sacral fracture.", {S: "negated"}),
    ]),
}


def main() -> None:
    notes, labels, cases, patients = [], [], [], []
    for pid, (sex, birth, lang, gold, rows) in PATIENTS.items():
        if sex:
            patients.append({"patient_id": pid, "sex": sex, "birth_date": birth})
        cases.append(dict(zip(("patient_id", "flagged", "priority", "reasons", "workup"), (pid, *gold))))
        for i, (date, kind, exam, text, marks) in enumerate(rows, 1):
            nid = f"{pid}_{i:02d}"
            notes.append({"note_id": nid, "patient_id": pid, "note_date": date, "note_type": kind, "exam": exam,
                          "text": text, "language": lang, "unit": ""})
            labels += [{"note_id": nid, "concept": c, "label": a} for c, a in sorted(marks.items())]
    for name, rows in (("notes", notes), ("gold_note_labels", labels), ("gold_cases", cases), ("patients", patients)):
        with open(HERE / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)


if __name__ == "__main__":
    main()

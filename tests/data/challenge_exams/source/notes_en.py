"""English challenge patients: synthetic notes written by the project, with hand-made labels."""
from model import N, Patient, X

P = []

P.append(Patient("CE01", "F", "1940-02-11", "F", "1940-02-11", notes=[
    N("CE01_1", "2024-07-08", "emergency", "", "en", "ED", """
EMERGENCY DEPARTMENT NOTE

CC: Fall at home, left groin pain.

HPI: 84 y/o woman with osteoporosis on alendronate and bilateral cochlear implants, tripped over a rug last night. Unable to weight bear on the left. Also complains of low back pain since the fall. No head strike, no LOC.

Exam: Left groin tenderness, pain with log roll. No leg shortening. Tender over the lower lumbar spine and left buttock.

Imaging: XR pelvis shows fractures of the left superior and inferior pubic rami. No femoral neck fracture.

A/P: Left pubic rami fractures. Admit to orthopaedics for pain control and mobilisation.
""", "osteo:p lbp:p ramus:p", [X("xr", "pelvis", "P", "xr")]),
    N("CE01_2", "2024-07-09", "orthopaedics", "", "en", "Orthopaedics", """
Orthopaedics progress note

S: Pain in the left groin and low back, worse on standing. Managed a few steps with a frame.

O: Afebrile. Neurovascularly intact.

A: Left superior and inferior pubic rami fractures, osteoporotic. Persistent low back pain.

P: MRI pelvis ordered to rule out a sacral insufficiency fracture. Continue WBAT with PT, analgesia, DVT prophylaxis.
""", "ramus:p lbp:p osteo:p sacral:y", [X("mr", "pelvis", "R", "mr")]),
    N("CE01_3", "2024-07-11", "orthopaedics", "", "en", "Orthopaedics", """
Orthopaedics progress note

MRI pelvis cancelled by radiology: her cochlear implants are not MRI conditional and cannot be removed. CT pelvis was discussed as an alternative with the team but was not booked before she was transferred to rehab.

Still sore in the lower back and left groin, walking 20 m with a frame.

Plan: Transfer to rehab ward today. Analgesia as charted.
""", "lbp:p", [X("mr", "pelvis", "N", "mr"), X("ct", "pelvis", "N", "ct")]),
]))

P.append(Patient("CE02", "female", "1943-09-01", "F", "1943-09-01", risks={"rheumatic_disease"}, notes=[
    N("CE02_1", "2025-04-14", "outpatient", "", "en", "Geriatric clinic", """
GERIATRIC MEDICINE CLINIC

Reason for visit: follow-up after hospital admission.

HPI: 81-year-old woman admitted last month with severe low back and buttock pain after a minor fall. MRI of the pelvis showed a right sacral ala insufficiency fracture with marrow edema; the pubic rami were intact. She was discharged on oxycodone and is now walking with a cane.

PMH: Rheumatoid arthritis on methotrexate, hypertension.

Assessment: Healing right sacral insufficiency fracture. Low back pain improving.

Plan: DXA scan, start vitamin D. Review in 3 months.
""", "lbp:p sacral:p ramus:n", [X("mr", "pelvis", "P", "mr"), X("dxa", "other", "R", "dxa")]),
    N("CE02_2", "2025-07-14", "outpatient", "", "", "Geriatric clinic", """
GERIATRIC MEDICINE CLINIC - REVIEW

Sacral insufficiency fracture, now 4 months out. Pain has largely settled; she reports only an occasional ache across the low back after gardening. Walking without aids.

DXA: T-score -2.7 at the femoral neck, -2.2 lumbar spine, consistent with osteoporosis.

Plan: Start zoledronic acid infusion. Continue calcium and vitamin D. Discharge to GP.
""", "sacral:p lbp:p osteo:p", [X("dxa", "other", "P", "dxa")]),
]))

P.append(Patient("CE03", "", "", "F", "1951-07-01", notes=[
    N("CE03_1", "2023-03-20", "emergency", "", "", "ED", """
ED triage and physician note

71F presents with 10 days of low back pain, now worse, radiating to both buttocks. No trauma. No bladder or bowel symptoms. No fever.

PMH: hypothyroidism, hyperlipidaemia. No steroid use.

Exam: Tender over the lower lumbar spine and sacrum. Straight leg raise negative. Power 5/5.

Plan: analgesia, outpatient MRI lumbar spine requested by ED, GP follow-up.
""", "lbp:p", [X("mr", "lumbar_spine", "R", "mrl", covers=False)]),
    N("CE03_2", "2023-04-11", "radiology", "MRI lumbar spine", "en", "Radiology", """
MRI LUMBAR SPINE WITHOUT CONTRAST

CLINICAL HISTORY: 71-year-old female, low back pain radiating to buttocks.

TECHNIQUE: Sagittal T1, T2, STIR; axial T2 L3-S1.

FINDINGS: Vertebral body heights are maintained. Mild disc bulges at L4-5 and L5-S1 without nerve root compression. The sacrum is only partially included on the sagittal images; there is faint STIR hyperintensity in the left sacral ala which could represent an insufficiency fracture, incompletely evaluated on this study.

IMPRESSION:
1. No lumbar compression fracture.
2. Possible left sacral insufficiency fracture, incompletely evaluated. Dedicated MRI of the sacrum is recommended.
""", "lbp:p vcf:n sacral:u", [X("mr", "lumbar_spine", "P", "mrl", covers=False), X("mr", "sacrum", "R", "mrs")]),
    N("CE03_3", "2023-04-18", "outpatient", "", "en", "Primary care", """
Family medicine visit

Patient is a 71F seen after her MRI. Low back pain persists, mainly over the sacrum. MRI lumbar spine was reported as showing a possible left sacral insufficiency fracture, incompletely evaluated; the radiologist recommended a dedicated sacral MRI. Referral sent today.

Assessment: Low back pain, possible sacral insufficiency fracture.

Plan: Tramadol PRN, avoid heavy lifting. Follow up when the MRI sacrum is done.
""", "lbp:p sacral:u", [X("mr", "lumbar_spine", "P", "mrl", covers=False), X("mr", "sacrum", "R", "mrs")]),
]))

P.append(Patient("CE04", "", "", "M", "1941-07-01", notes=[
    N("CE04_1", "2024-12-02", "emergency", "", "en", "ED", """
ED NOTE

83M with acute on chronic low back pain after shovelling snow. Known lumbar spondylosis. Denies leg weakness or numbness. No saddle anaesthesia.

PMH: COPD (inhalers only, no oral steroids), gout.

Exam: Paraspinal spasm L3-L5 bilaterally. No midline bony tenderness. Neuro intact.

XR lumbar spine: degenerative changes, no acute fracture, vertebral body heights preserved.

Dx: Mechanical low back pain.
Dispo: Home with analgesia, GP review in 1 week.
""", "lbp:p vcf:n", [X("xr", "lumbar_spine", "P", "xr")]),
    N("CE04_2", "2024-12-10", "outpatient", "", "en", "General practice", """
GP review

Seen after ED visit for low back pain. 83M, lives with his wife, independent. Pain improving with regular paracetamol and heat. Walking his dog again.

Exam: Moves freely, mild paraspinal tenderness.

Plan: Continue analgesia, core exercise handout. Return if new leg symptoms.
""", "lbp:p"),
]))

P.append(Patient("CE05", "", "", "F", "1943-01-01", notes=[
    N("CE05_1", "2022-09-05", "emergency", "", "en", "ED", """
EMERGENCY MEDICINE

Chief complaint: abdominal pain, back pain.

HPI: 79 y/o female with 3 days of lower abdominal pain and constipation, plus aching in the lower back for about a week. No falls. No urinary symptoms.

Exam: Soft abdomen, tender suprapubic and LLQ. Mild tenderness over the lumbosacral junction.

Labs: WBC 9.8, lipase normal.

Plan: CT abdomen/pelvis with IV contrast to exclude diverticulitis or obstruction.
""", "lbp:p", [X("ct", "abdomen_pelvis", "R", "ct")]),
    N("CE05_2", "2022-09-05", "radiology", "CT abdomen/pelvis", "", "Radiology", """
CT ABDOMEN AND PELVIS WITH CONTRAST

INDICATION: 79-year-old female, lower abdominal pain, constipation, lower back pain.

COMPARISON: None.

FINDINGS: Large stool burden throughout the colon without obstruction. No diverticulitis. No free fluid. Bones: degenerative changes of the lumbar spine, no compression fracture. The sacrum and pelvic ring are intact without fracture.

IMPRESSION: Constipation. No acute abdominal or osseous abnormality.
""", "lbp:p vcf:n sacral:n", [X("ct", "abdomen_pelvis", "P", "ct")]),
]))

P.append(Patient("CE06", "", "1950-06-02", "F", "1950-06-02", notes=[
    N("CE06_1", "2025-08-11", "outpatient", "", "en", "General practice", """
GENERAL PRACTICE CONSULTATION

Mrs Harlow attends with 6 weeks of pain low in the back and across the right buttock. Onset after a long car journey. No trauma. Pain worse at night, which she finds unusual.

PMH: Breast cancer 2010, treated with surgery alone, discharged from oncology. Hypertension.

Exam: Tender over the right sacroiliac region. Lumbar flexion limited by pain.

Impression: Low back pain with night pain and previous malignancy.

Plan: Whole-body bone scan requested. Bloods including calcium and ALP.
""", "lbp:p", [X("ns", "whole_body", "R", "bs")]),
    N("CE06_2", "2025-09-15", "outpatient", "", "", "General practice", """
GP follow-up

Mrs Harlow has declined the bone scan after reading about the radioactive tracer; she was counselled but does not wish to proceed. Bloods were normal. Her low back pain has eased somewhat with physiotherapy.

Plan: Continue physiotherapy. Safety-netted regarding weight loss, worsening night pain or leg weakness.
""", "lbp:p", [X("ns", "whole_body", "N", "bs")]),
]))

P.append(Patient("CE07", "", "1945-01-20", "M", "1945-01-20", risks={"steroid_therapy"}, notes=[
    N("CE07_1", "2024-02-19", "outpatient", "", "en", "Respiratory clinic", """
Respiratory clinic

This 79-year-old gentleman with COPD has been on prednisolone 10 mg daily for over a year after repeated exacerbations. Today he mentions new low back pain for a month, worse on rising, with pain in both buttocks.

Exam: Tender over the sacrum. No neurological deficit.

Plan: Given long-term steroids, MRI pelvis requested to look for an insufficiency fracture. Bone protection started: alendronic acid weekly.
""", "lbp:p", [X("mr", "pelvis", "R", "mr")]),
    N("CE07_2", "2024-04-02", "outpatient", "", "en", "Respiratory clinic", """
Respiratory clinic - review

The gentleman did not attend his MRI pelvis appointment on 2024-03-18 (the letter went to an old address). He still has low back pain but is coping. Breathing stable.

He does not want a new referral for now and prefers to wait and see. If an insufficiency fracture of the sacrum is eventually confirmed and pain fails to settle with analgesia, sacroplasty could be considered.

Plan: Continue steroid taper as tolerated.
""", "lbp:p sacral:y", [X("mr", "pelvis", "N", "mr", when="2024-03-18")]),
]))

P.append(Patient("CE08", "F", "1939-03-30", "F", "1939-03-30", notes=[
    N("CE08_1", "2023-07-03", "radiology", "XR lumbar spine", "en", "Radiology", """
XR LUMBAR SPINE 2 VIEWS

INDICATION: 84-year-old woman, low back pain after lifting a suitcase.

FINDINGS: New wedge compression deformity of L1 with approximately 30% anterior height loss. Remaining lumbar vertebral heights are preserved. Moderate degenerative disc disease at L4-S1. Aortic calcification.

IMPRESSION: L1 compression fracture, age indeterminate.
""", "lbp:p vcf:p", [X("xr", "lumbar_spine", "P", "xr")]),
    N("CE08_2", "2023-07-05", "radiology", "CT lumbar spine", "", "Radiology", """
CT LUMBAR SPINE WITHOUT CONTRAST

CLINICAL HISTORY: L1 compression fracture on radiographs. Assess posterior wall.

TECHNIQUE: Axial images T12 through L5 with sagittal and coronal reformats. The sacrum is not included in the field of view.

FINDINGS: Acute-appearing compression fracture of L1 with 30% anterior height loss and no retropulsion. Posterior elements intact. No other fracture in the imaged spine.

IMPRESSION: Stable-appearing L1 compression fracture without posterior wall involvement.
""", "vcf:p", [X("ct", "lumbar_spine", "P", "ct", covers=False)]),
    N("CE08_3", "2023-07-20", "outpatient", "", "en", "Spine clinic", """
SPINE CLINIC

84F with an L1 compression fracture, confirmed on CT. Persistent low back pain, improved with a brace and analgesia. Osteoporosis suspected; DXA requested.

Plan: Brace for comfort, review in 6 weeks.
""", "vcf:p lbp:p osteo:u", [X("ct", "lumbar_spine", "P", "ct", covers=False), X("dxa", "other", "R", "dxa")]),
]))

P.append(Patient("CE09", "M", "1948-12-01", "M", "1948-12-01", notes=[
    N("CE09_1", "2024-05-06", "radiology", "MRI lumbar spine", "", "Radiology", """
MRI LUMBAR SPINE

INDICATION: 75M, chronic kidney disease, acute lumbar pain after a fall from a chair. Compression fracture?

TECHNIQUE: Sagittal T1, T2 and STIR from T11 through the coccyx, axial T2 L1-S1, coronal STIR through the sacrum.

FINDINGS: Acute compression fracture of L4 with 20% loss of height and marrow edema. No retropulsion. Moderate canal narrowing at L3-4; conus normal at L1. The sacrum and SI joints are normal without marrow edema or fracture.

IMPRESSION: Acute L4 compression fracture. Sacrum normal.
""", "lbp:p vcf:p sacral:n", [X("mr", "lumbar_spine", "P", "mr", covers=True)]),
    N("CE09_2", "2024-05-07", "orthopaedics", "", "en", "Orthopaedics", """
Orthopaedic spine note

75-year-old man with an acute L4 compression fracture on MRI after a fall. Sacrum clear on the MRI. Lumbar pain controlled with oxycodone; mobilising with physio.

Plan: TLSO not required. DXA and bone health review. Discharge home when safe.
""", "vcf:p lbp:p", [X("mr", "lumbar_spine", "P", "mr", covers=True), X("dxa", "other", "R", "dxa")]),
]))

P.append(Patient("CE10", "F", "1937-06-18", "F", "1937-06-18", notes=[
    N("CE10_1", "2022-12-12", "emergency", "", "en", "ED", """
ED NOTE

85-year-old woman from a nursing home after a fall onto her bottom. Complains of pain over the sacrum and low back, unable to sit comfortably. Hips move freely and painlessly.

Exam: Marked tenderness over the sacrum. Pelvic springing painless. Neuro intact.

XR pelvis: no fracture seen, sacrum obscured by bowel gas.

Assessment: Sacral contusion; possible occult sacral fracture.

Plan: Analgesia. Return to nursing home with GP follow-up.
""", "lbp:p sacral:u", [X("xr", "pelvis", "P", "xr")]),
    N("CE10_2", "2022-12-19", "outpatient", "", "en", "Nursing home GP", """
Nursing home GP visit

Reviewed after ED attendance. Persistent sacral and low back pain, needs two carers to transfer. Discussed with family: given frailty and advanced dementia, she will be managed as a presumed sacral fracture without imaging.

Plan: Regular paracetamol, low-dose morphine PRN, pressure-area care, physio for transfers.
""", "lbp:p sacral:u"),
]))

P.append(Patient("CE11", "F", "1942-11-11", "F", "1942-11-11", notes=[
    N("CE11_1", "2025-10-06", "radiology", "XR pelvis", "en", "Radiology", """
XR PELVIS AP

INDICATION: 82F, fall, pain in the buttocks and lower back.

FINDINGS: Subtle sclerotic band in the right sacral ala. No pubic ramus fracture. Hip joints show mild osteoarthritis.

IMPRESSION: Probable right sacral insufficiency fracture. MRI pelvis recommended for confirmation.
""", "lbp:p sacral:u ramus:n", [X("xr", "pelvis", "P", "xr"), X("mr", "pelvis", "R", "mr")]),
    N("CE11_2", "2025-10-08", "geriatrics", "", "", "Geriatric day hospital", """
Geriatric day hospital

82-year-old woman with buttock and low back pain after a fall. X-ray suggests a probable sacral insufficiency fracture. MRI pelvis booked for 2025-10-20.

Plan: Analgesia, falls assessment, OT home visit.
""", "lbp:p sacral:u", [X("xr", "pelvis", "P", "xr"), X("mr", "pelvis", "R", "mr", when="2025-10-20")]),
    N("CE11_3", "2025-10-20", "radiology", "MRI pelvis", "en", "Radiology", """
MRI PELVIS WITHOUT CONTRAST

INDICATION: Probable right sacral insufficiency fracture on radiograph. Confirm.

TECHNIQUE: Coronal STIR and T1, axial STIR, oblique coronal through the sacrum.

FINDINGS: Bilateral sacral ala insufficiency fractures with extensive marrow edema, more marked on the right, with a horizontal component at S2 (H-pattern). Pubic rami intact. No hip fracture.

IMPRESSION: Bilateral sacral insufficiency fractures.
""", "sacral:p ramus:n", [X("mr", "pelvis", "P", "mr")]),
]))

P.append(Patient("CE12", "F", "1944-04-25", "F", "1944-04-25", notes=[
    N("CE12_1", "2023-01-16", "outpatient", "", "en", "Oncology", """
ONCOLOGY FOLLOW-UP

78-year-old woman, breast cancer treated 2019, on letrozole. New low back pain for 5 weeks, no trauma, worse at night.

Exam: Tender over the lower lumbar spine. No neurological deficit.

Assessment: Back pain on an aromatase inhibitor; bone metastases and insufficiency fractures need to be excluded.

Plan: Whole-body bone scan.
""", "lbp:p", [X("ns", "whole_body", "R", "bs")]),
    N("CE12_2", "2023-01-30", "radiology", "NM bone scan whole body", "", "Nuclear medicine", """
NM BONE SCAN WHOLE BODY

INDICATION: Breast cancer on letrozole, new low back pain. Metastases? Insufficiency fracture?

TECHNIQUE: Whole-body planar imaging 3 hours after 600 MBq Tc-99m MDP, with additional SPECT of the spine and pelvis.

FINDINGS: Intense linear uptake at T12 corresponding to a compression fracture. No abnormal uptake in the sacrum or pelvis; no H-sign. Degenerative uptake in the knees and lower lumbar facet joints. No pattern of metastatic disease.

IMPRESSION: Recent T12 compression fracture. No sacral fracture. No evidence of skeletal metastases.
""", "lbp:p vcf:p sacral:n", [X("ns", "whole_body", "P", "bs")]),
    N("CE12_3", "2023-02-06", "outpatient", "", "en", "Oncology", """
ONCOLOGY - results

The bone scan showed a recent T12 compression fracture and no metastases. The sacrum and pelvis were normal on the scan. Low back pain ongoing but manageable.

Plan: Refer to fracture liaison service for DXA; consider a switch from letrozole to tamoxifen. Analgesia.
""", "vcf:p lbp:p", [X("ns", "whole_body", "P", "bs"), X("dxa", "other", "R", "dxa")]),
]))

P.append(Patient("CE13", "F", "1941-07-07", "F", "1941-07-07", notes=[
    N("CE13_1", "2024-09-02", "outpatient", "", "en", "Fracture liaison", """
FRACTURE LIAISON SERVICE

83-year-old woman referred after a wrist fracture in July. She has shrunk an inch over the past few years according to her daughter. Denies low back pain. No previous fractures apart from the wrist.

Meds: levothyroxine, amlodipine.

Plan: DXA with vertebral fracture assessment (VFA) to look for compression fractures. Calcium and vitamin D.
""", "lbp:n vcf:y", [X("dxa", "other", "R", "dxa")]),
    N("CE13_2", "2024-09-23", "radiology", "DXA with VFA", "", "Radiology", """
DXA BONE DENSITOMETRY WITH VFA - SPINE FRACTURE SCREENING

INDICATION: Wrist fracture, height loss. VFA to look for compression fractures.

RESULTS: Lumbar spine L1-L4 T-score -2.9. Total hip T-score -2.4. Femoral neck T-score -2.6.

VFA (T4-L4): No vertebral compression fracture. All vertebral heights within normal limits.

CONCLUSION: Osteoporosis. No vertebral fracture on VFA.
""", "vcf:y osteo:p", [X("dxa", "other", "P", "dxa")]),
    N("CE13_3", "2024-10-07", "outpatient", "", "en", "Fracture liaison", """
FRACTURE LIAISON SERVICE - results

DXA confirms osteoporosis (T-score -2.9 at the spine). VFA showed no compression fractures; her height loss is explained by disc narrowing and kyphosis. She remains free of back pain.

Plan: Start alendronic acid 70 mg weekly. Review in 12 months.
""", "osteo:p vcf:n", [X("dxa", "other", "P", "dxa")]),
]))

P.append(Patient("CE14", "M", "1950-10-10", "M", "1950-10-10", notes=[
    N("CE14_1", "2024-11-18", "outpatient", "", "en", "Spine clinic", """
SPINE SURGERY CLINIC

74-year-old man referred with 4 months of low back pain and bilateral leg heaviness on walking, relieved by sitting and bending forward. No bladder symptoms.

Exam: Reduced sensation in the left L5 dermatome. Brisk knee reflexes. Gait slightly broad-based.

Assessment: Neurogenic claudication.

Plan: MRI lumbar spine.
""", "lbp:p", [X("mr", "lumbar_spine", "R", "mr", covers=False)]),
    N("CE14_2", "2024-12-02", "radiology", "MRI lumbar spine", "", "Radiology", """
MRI LUMBAR SPINE

CLINICAL HISTORY: Low back pain, neurogenic claudication, brisk reflexes.

TECHNIQUE: Sagittal T1, T2, STIR T10 to S1; axial T2 T11 to S1.

FINDINGS: At T11-12 a broad disc protrusion causes mild compression of the distal thoracic cord without signal change. Severe canal stenosis at L4-5 with compression of the cauda equina nerve roots. Left L5 nerve root compression in the lateral recess. Vertebral body heights are normal, no marrow edema.

IMPRESSION:
1. Severe L4-5 canal stenosis with left L5 nerve root compression.
2. Mild cord compression at T11-12.
""", "lbp:p vcf:n", [X("mr", "lumbar_spine", "P", "mr", covers=False)]),
    N("CE14_3", "2024-12-09", "outpatient", "", "en", "Spine clinic", """
SPINE SURGERY CLINIC - results

The MRI shows severe L4-5 stenosis with left L5 nerve root compression, and mild cord compression at T11-12 which will be watched. Discussed L4-5 decompression for the claudication; his low back pain may not improve with surgery.

Plan: List for L4-5 decompression. Repeat neurological examination at pre-assessment.
""", "lbp:p", [X("mr", "lumbar_spine", "P", "mr", covers=False)]),
]))

P.append(Patient("CE15", "F", "1936-05-05", "F", "1936-05-05", notes=[
    N("CE15_1", "2022-02-07", "emergency", "", "en", "ED", """
EMERGENCY DEPARTMENT

CC: low back pain.

HPI: 85-year-old woman with two weeks of worsening low back pain, no clear trauma. History of a right pubic ramus fracture in 2015, healed. Hypertension, AF on apixaban.

Exam: Tender upper lumbar spine. Neuro intact.

XR lumbar spine (prelim ED read): ?L2 compression.

Plan: Formal radiology report awaited. Analgesia, home with GP follow-up.
""", "lbp:p ramus:h vcf:u", [X("xr", "lumbar_spine", "P", "xr")]),
    N("CE15_2", "2022-02-08", "radiology", "XR lumbar spine", "", "Radiology", """
XR LUMBAR SPINE

INDICATION: Low back pain. ?L2 compression on ED review.

FINDINGS: The questioned L2 compression was not confirmed on review; the apparent anterior height loss is due to projection, and the vertebral body heights are maintained on the lateral view. Multilevel spondylosis.

IMPRESSION: No compression fracture. Spondylosis.
""", "lbp:p vcf:u", [X("xr", "lumbar_spine", "P", "xr")]),
    N("CE15_3", "2022-02-21", "outpatient", "", "", "General practice", """
GP NOTE

Follow-up of low back pain. XR lumbar spine: the questioned L2 compression was not confirmed. Still considerable pain low in the back and over the buttocks, walking reduced. Old healed pubic ramus fracture noted in her history.

Given her age and the pain pattern, CT pelvis requested to look for a sacral insufficiency fracture.

Plan: Oxycodone 5 mg PRN, laxatives.
""", "lbp:p vcf:u ramus:h sacral:y", [X("xr", "lumbar_spine", "P", "xr"), X("ct", "pelvis", "R", "ct")]),
    N("CE15_4", "2022-03-28", "outpatient", "", "en", "General practice", """
GP NOTE

Patient phoned radiology: they have no record of the CT pelvis referral, and it appears the referral was lost. Her pain is slowly settling and she does not want another referral at present.

Assessment: Low back pain, improving.

Plan: Review in 4 weeks or sooner if worse.
""", "lbp:p", [X("ct", "pelvis", "N", "ct")]),
]))

P.append(Patient("CE16", "F", "1938-08-08", "F", "1938-08-08", notes=[
    N("CE16_1", "2025-03-10", "radiology", "XR pelvis", "en", "Radiology", """
XR PELVIS AND LEFT HIP

INDICATION: 86F, fall, left groin pain.

COMPARISON: CT pelvis 2023-01-12.

FINDINGS: Acute fracture of the left inferior pubic ramus, not present on the comparison CT. Left hip joint intact. Sacral arcuate lines are not well seen due to overlying bowel gas.

IMPRESSION: Acute left inferior pubic ramus fracture.
""", "ramus:p", [X("xr", "pelvis", "P", "xr"), X("ct", "pelvis", "P", "ctold", when="2023-01-12")]),
    N("CE16_2", "2025-03-12", "geriatrics", "", "en", "Orthogeriatrics", """
ORTHOGERIATRIC NOTE

86-year-old woman with a left inferior pubic ramus fracture. Reports pain at the back of the pelvis and in the low back when turning in bed. Her last cross-sectional pelvic imaging was the CT pelvis of 2023-01-12, done for an unrelated reason.

Plan: MRI pelvis requested to assess for a sacral insufficiency fracture - referral sent. Mobilise with frame, analgesia.
""", "ramus:p lbp:p sacral:y", [X("ct", "pelvis", "P", "ctold", when="2023-01-12"), X("mr", "pelvis", "R", "mr")]),
    N("CE16_3", "2025-03-20", "discharge", "", "en", "Orthogeriatrics", """
DISCHARGE SUMMARY

Diagnosis: Left inferior pubic ramus fracture.

Hospital course: Admitted after a fall. Managed non-operatively with analgesia and physiotherapy. The MRI pelvis was cancelled at the patient's request after two nights of poor sleep; she wished to go home and did not want further tests. Low back pain improving at discharge.

Follow-up: GP in 2 weeks. Fracture liaison referral.
""", "ramus:p lbp:p", [X("mr", "pelvis", "N", "mr")]),
]))

P.append(Patient("CE17", "F", "1945-05-15", "F", "1945-05-15", risks={"rheumatic_disease", "steroid_therapy"}, notes=[
    N("CE17_1", "2026-04-06", "emergency", "", "", "ED", """
ED NOTE

81-year-old woman, fell down two steps, right groin pain, unable to walk. On prednisolone for polymyalgia rheumatica.

Exam: No shortening or rotation. Pain on hip movement. Tender right pubic symphysis.

XR pelvis: possible right superior ramus fracture, hip intact.

Plan: CT pelvis to clarify. Admit under orthopaedics.
""", "ramus:u", [X("xr", "pelvis", "P", "xr"), X("ct", "pelvis", "R", "ct")]),
    N("CE17_2", "2026-04-08", "orthopaedics", "", "en", "Orthopaedics", """
ORTHOPAEDIC WARD ROUND

CT pelvis on admission showed right superior and inferior pubic rami fractures. The sacrum is intact with no sacral fracture; SI joints normal.

Pain controlled, mobilising with a frame. No low back pain.

Plan: Non-operative management, WBAT. Bone health: on steroids, start zoledronate after vitamin D check.
""", "ramus:p sacral:n lbp:n", [X("ct", "pelvis", "P", "ct")]),
]))

P.append(Patient("CE18", "male", "1947-09-09", "M", "1947-09-09", notes=[
    N("CE18_1", "2023-06-12", "radiology", "XR pelvis", "", "Radiology", """
XR PELVIS

INDICATION: 75M, fall from ladder, pelvic pain.

FINDINGS: Minimally displaced fracture of the left superior pubic ramus extending to the parasymphyseal region. The sacrum is poorly visualised. SI joints appear symmetric.

IMPRESSION: Left superior pubic ramus fracture. Given the mechanism, CT pelvis, MRI pelvis or a bone scan is recommended to exclude a posterior pelvic ring injury.
""", "ramus:p", [X("xr", "pelvis", "P", "xr"), X("ct", "pelvis", "R", "ct"), X("mr", "pelvis", "R", "mr"),
                 X("ns", "whole_body", "R", "bs")]),
    N("CE18_2", "2023-08-14", "outpatient", "", "en", "Fracture clinic", """
FRACTURE CLINIC

Review 9 weeks after a fall from a ladder with a left superior pubic ramus fracture. The radiology report recommended CT or MRI of the pelvis or a bone scan; none of these studies were done. He now has only mild groin pain and no low back pain. Walking unaided.

Plan: Discharge to GP. No further follow-up.
""", "ramus:p lbp:n", [X("ct", "pelvis", "N", "ct"), X("mr", "pelvis", "N", "mr"), X("ns", "whole_body", "N", "bs")]),
]))

P.append(Patient("CE19", "F", "1940-12-24", "F", "1940-12-24", risks={"steroid_therapy"}, notes=[
    N("CE19_1", "2024-03-25", "radiology", "CT lumbar spine", "en", "Radiology", """
CT LUMBAR SPINE

INDICATION: 83-year-old female, low back pain after a fall, on long-term prednisone for COPD.

FINDINGS: Vertebral body heights are maintained from L1 to L5. Facet arthropathy L4-S1. The upper sacrum is partly imaged: a possible nondisplaced fracture line in the left sacral ala, not verified on the available images as the sacrum is only partly covered.

IMPRESSION:
1. Possible left sacral ala fracture, not verified. MRI pelvis recommended.
2. No lumbar compression fracture.
""", "lbp:p sacral:u vcf:n", [X("ct", "lumbar_spine", "P", "ct", covers=False), X("mr", "pelvis", "R", "mr")]),
    N("CE19_2", "2024-04-15", "geriatrics", "", "en", "Geriatrics", """
GERIATRIC CLINIC

83-year-old woman with COPD on chronic steroids, low back pain since a fall in March. The lumbar CT raised a possible sacral fracture which has not been verified. She has declined the MRI pelvis: she had a panic attack in an MRI scanner years ago and refuses to go back in.

Assessment: Possible sacral insufficiency fracture, not verified. Low back pain.

Plan: Analgesia, physiotherapy, review in 6 weeks.
""", "lbp:p sacral:u", [X("ct", "lumbar_spine", "P", "ct", covers=False), X("mr", "pelvis", "N", "mr")]),
]))

P.append(Patient("CE20", "F", "1949-02-14", "F", "1949-02-14", risks={"rheumatic_disease", "steroid_therapy"}, notes=[
    N("CE20_1", "2025-03-05", "emergency", "", "en", "ED", """
ED NOTE

76-year-old woman with rheumatoid arthritis (methotrexate, prednisolone 5 mg) slipped on ice and landed on her buttocks. Now low back and buttock pain. Able to walk with pain.

Exam: Tender over the sacrum and both buttocks. Hips: full painless range.

Plan: CT pelvis requested. Analgesia; GP follow-up.
""", "lbp:p", [X("ct", "pelvis", "R", "ct")]),
    N("CE20_2", "2025-04-22", "radiology", "XR pelvis", "", "Radiology", """
XR PELVIS

INDICATION: RA on steroids, persistent buttock pain after a fall in March.

COMPARISON: CT pelvis 2025-03-05.

FINDINGS: No fracture of the pelvic ring or sacrum is identified, as on the comparison CT. Bilateral hip joint space narrowing consistent with rheumatoid arthritis. Osteopenia.

IMPRESSION: No fracture. Inflammatory arthropathy of the hips.
""", "lbp:p sacral:n", [X("xr", "pelvis", "P", "xr"), X("ct", "pelvis", "P", "ct", when="2025-03-05")]),
]))

P.append(Patient("CE21", "F", "1943-01-05", "F", "1943-01-05", notes=[
    N("CE21_1", "2024-10-14", "radiology", "CT lumbar spine", "en", "Radiology", """
CT LUMBAR SPINE

INDICATION: 81F, low back pain after lifting, osteoporosis. Fracture?

TECHNIQUE: Helical acquisition L1 to S1 with reformats. Only the S1 segment of the sacrum is included.

FINDINGS: Compression fracture of L4 with 25% central height loss, no retropulsion. L1-L3 and L5 heights preserved. The sacrum is only partly imaged (S1 level) and cannot be assessed below this.

IMPRESSION: Acute L4 compression fracture. The sacrum is incompletely imaged.
""", "lbp:p osteo:p vcf:p", [X("ct", "lumbar_spine", "P", "ct", covers=False)]),
    N("CE21_2", "2024-10-16", "orthopaedics", "", "", "Orthopaedics", """
SPINE TEAM NOTE

81-year-old woman with osteoporosis and an acute L4 compression fracture. Low back pain 7/10, mobilising with difficulty. Kyphoplasty could be considered if her pain fails to settle with six weeks of conservative treatment.

Because the sacrum was incompletely imaged and she has buttock pain, MRI pelvis requested to rule out a sacral insufficiency fracture.

Plan: Analgesia, brace for comfort, physio.
""", "osteo:p vcf:p lbp:p sacral:y", [X("mr", "pelvis", "R", "mr")]),
    N("CE21_3", "2024-10-23", "discharge", "", "en", "Orthopaedics", """
DISCHARGE SUMMARY

Diagnoses: Acute L4 osteoporotic compression fracture. Low back pain.

Course: Improved with analgesia and physiotherapy. The MRI pelvis referral was withdrawn by the spine team as her buttock pain resolved; no MRI was performed.

Follow-up: Spine clinic in 6 weeks. If pain persists despite conservative treatment, kyphoplasty of the L4 fracture may be discussed.
""", "vcf:p osteo:p lbp:p", [X("mr", "pelvis", "N", "mr")]),
]))

P.append(Patient("CE22", "", "", "F", "1942-01-01", notes=[
    N("CE22_1", "2026-05-04", "emergency", "", "en", "ED", """
ED ATTENDANCE

84-yr-old woman brought in by ambulance after being found on the floor at home. Complains of pain low in her back and in the left buttock. Lives alone, usually mobile with a stick.

Exam: Bruising over the left buttock. Tender over the left sacroiliac joint. Hips full range.

XR pelvis: no fracture seen; sacrum partly obscured.

Plan: Admit to frailty unit for mobility assessment.
""", "lbp:p", [X("xr", "pelvis", "P", "xr")]),
    N("CE22_2", "2026-05-06", "geriatrics", "", "en", "Frailty unit", """
FRAILTY UNIT NOTE

She is mobilising short distances with a frame. Ongoing left-sided low back and buttock pain on transfers, 6/10. Cognition intact. Bloods unremarkable.

Assessment: Fall with soft-tissue injury; low back pain.

Plan: Analgesia, PT/OT, home with an increased care package when safe.
""", "lbp:p"),
]))

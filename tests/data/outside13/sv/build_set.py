"""Write tests/data/outside13/sv from hand-written notes and hand-made gold."""
import csv
import sys
from pathlib import Path

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)

PATIENTS = [
    ("O13S01", "F", "1939-03-12"),
    ("O13S02", "M", "1950-08-21"),
    ("O13S03", "", ""),
    ("O13S04", "", ""),
    ("O13S05", "M", "1946-11-02"),
    ("O13S06", "K", "1937-06-30"),
    ("O13S07", "M", "1941-01-15"),
    ("O13S08", "kvinna", "1945-03-08"),
    ("O13S09", "F", "1933-12-01"),
    ("O13S10", "", ""),
    ("O13S11", "F", "1958-09-25"),
    ("O13S12", "F", "1940-02-14"),
    ("O13S13", "M", "1936-07-07"),
    ("O13S14", "F", "1948-04-19"),
    ("O13S15", "F", "1943-10-05"),
    ("O13S16", "F", "1951-12-01"),
    ("O13S17", "male", "1955-02-02"),
    ("O13S18", "F", "1946-05-15"),
    ("O13S19", "kvinna", "1938-01-30"),
    ("O13S20", "F", "1942-07-12"),
    ("O13S21", "F", "1950-09-09"),
    ("O13S22", "M", "1960-04-04"),
    ("O13S23", "F", "1949-11-20"),
    ("O13S24", "kvinna", "1944-09-09"),
    ("O13S25", "M", "1949-05-05"),
    ("O13S26", "F", "1936-02-02"),
    ("O13S27", "F", "1947-08-08"),
]

# note_id, patient, date, type, exam, language, unit, text, {concept: label}
P, U, HI, HY, N = "present", "uncertain", "historical", "hypothetical", "negated"
LBP, VCF, RAM, SAC, OST = (
    "low_back_pain", "vertebral_compression_fracture", "pubic_ramus_fracture",
    "sacral_fracture", "osteoporosis")

NOTES = []


def note(nid, pid, date, ntype, exam, lang, unit, text, labels):
    NOTES.append((nid, pid, date, ntype, exam, text.strip("\n"), lang, unit, labels))


# ---------------------------------------------------------------- O13S01
note("O13S01_1", "O13S01", "2024-02-03", "radiology", "Rtg bäcken", "sv", "Akutröntgen", """
Rtg bäcken och vänster höft

Frågeställning: Fall i hemmet, smärta vä ljumske. Fraktur?

Fynd: Fraktur genom vänster ramus superior ossis pubis samt genom ramus inferior, lätt dislokation. Höftlederna utan fraktur. Sakrum svårbedömt på grund av tarmgas, sakralforamina ej säkert avgränsbara.

Bedömning: Fraktur i vänster ramus superior och inferior. Om fortsatt klinisk misstanke om sakral fraktur kan DT bäcken övervägas.
""", {RAM: P, SAC: HY})
note("O13S01_2", "O13S01", "2024-02-05", "clinical", "", "", "Ortogeriatrik avd 12", """
Omvårdnadsanteckning dag

Smärta: Uppger värk i vänster ljumske ned mot låret samt ont i ländryggen vid förflyttning, NRS 7 i rörelse och 3 i vila. Fått Alvedon och Oxynorm 5 mg enl. ordination kl 06 med god effekt.
Aktivitet: Förflyttar sig säng-stol med gåbord och stöd av två personal. Downton 4 p, larmmatta utlagd.
Elimination: Ej haft avföring sedan inkomst, Movicol givet. Kissar i bäcken.
Hud: Rodnad över korsbenet som bleknar vid tryck, avlastande madrass. Norton 18.
Sömn: Sov i perioder, vaken av smärta kl 03.
""", {LBP: P})
note("O13S01_3", "O13S01", "2024-02-12", "discharge", "", "sv", "Ortogeriatrik avd 12", """
Epikris

84-årig kvinna som inkom 3/2 efter fall i hemmet. Röntgen visade fraktur i vänster ramus superior och inferior ossis pubis. Konservativ behandling med full belastning och smärtlindring.

Under vårdtiden tilltagande smärta lågt i ryggen och i vänster skinka, varför DT bäcken beställdes 7/2 med frågeställning sakral insufficiensfraktur. Undersökningen avbokades då pat skrevs ut till korttidsboende innan tid erhållits; ny remiss ej skickad.

DXA via vårdcentralen.

Diagnos: S32.5 Fraktur på blygdbenet
""", {RAM: P, LBP: P, SAC: HY})

# ---------------------------------------------------------------- O13S02
note("O13S02_1", "O13S02", "2023-04-11", "radiology", "MR ländrygg", "sv", "Röntgen", """
MR LÄNDRYGG

Klinisk information: Lumbago med ischias hö sedan 2 mån. Rotpåverkan?

Teknik: Sagittala T1, T2 och STIR, axiala T2 L3–S1. Sagittalserierna omfattar hela sakrum.

Fynd: Normal kotkroppshöjd, ingen kompressionsfraktur. L4–L5: paracentralt diskbråck höger som komprimerar höger L5-rot i recessen. Övriga nivåer med lätta degenerativa förändringar. Sakrum och SI-leder med normal signal, inget ödem, ingen frakturlinje.

Utlåtande: Diskbråck L4–L5 hö med kompression av L5-roten. Inga frakturtecken i ländryggen eller i sakrum.
""", {LBP: P, VCF: N, SAC: N})
note("O13S02_2", "O13S02", "2023-04-18", "outpatient", "", "", "Vårdcentralen Berga", """
Remiss
Till: Ryggkirurgiska mottagningen

72-årig man med ländryggssmärta sedan februari och utstrålning i höger ben ned mot stortån. Gångsträcka försämrad. MR ländrygg utförd 2023-04-11 visar diskbråck L4–L5 hö med rotkompression. Inga pareser, ingen blåsrubbning.

Frågeställning: Operationsindikation?

Läkemedel: Naproxen 250 mg x 2, Paracetamol 1 g x 3.
Tidigare: Hypertoni.
""", {LBP: P})
note("O13S02_3", "O13S02", "2023-06-01", "outpatient", "", "sv", "Ryggkirurgiska mottagningen", """
Remissvar

Bedömd på ryggkirurgiska mottagningen. Pat har fortsatt ont i ländryggen men bensmärtan har avtagit påtagligt sedan april. Neurologiskt status utan bortfall. MR visar litet diskbråck L4–L5 hö, inga tecken till instabilitet.

Bedömning: Ej operationsindikation i nuläget. Konservativ behandling med fysioterapi. Om bensmärtan återkommer och blir behandlingsresistent kan ny MR och förnyad bedömning bli aktuell.

Åter vb via vårdcentralen.
""", {LBP: P})

# ---------------------------------------------------------------- O13S03
note("O13S03_1", "O13S03", "2025-01-14", "radiology", "Rtg bröstrygg och ländrygg", "sv", "Röntgen", """
Slätröntgen bröst- och ländrygg, två projektioner

Anamnes: Kvinna född -44 med akut debuterad ryggsmärta lågt efter lyft. Osteoporos? Kotkompression?

Fynd: Kilformig sammansjunkning av Th12 med cirka 30 % minskad framkantshöjd, ej synlig vid undersökning 2021. Bakre kotkanten intakt. Övriga kotor med bevarad höjd. Spondylartros L4–S1.

Utlåtande: Ny kompressionsfraktur Th12.
""", {VCF: P, LBP: P, OST: HY})
note("O13S03_2", "O13S03", "2025-01-28", "clinical", "", "", "Geriatrik avd 5", """
Läkemedelsgenomgång (klinisk apotekare)

Kvinna född -44, inlagd för smärtlindring efter kompressionsfraktur Th12. Känd osteoporos sedan 2019, behandlad med alendronat 70 mg 1 ggr/vecka 2019–2024, utsatt i somras av oklar anledning.

Aktuella problem: Smärta i ländryggen, oxikodon depot 10 mg x 2. Obstipation.

Förslag till läkare:
1. Överväg denosumab (Prolia) 60 mg s.c. var 6:e månad, alternativt teriparatid, med tanke på ny kotfraktur trots tidigare behandling. Kontrollera kalcium och D-vitamin före start.
2. Laxantia stående.
3. Tramadol bör undvikas (fallrisk, interaktion med sertralin).

Diskuterat med avdelningsläkare som ordinerar Prolia före hemgång.
""", {VCF: P, OST: P, LBP: P})
note("O13S03_3", "O13S03", "2025-02-11", "radiology", "Skelettscintigrafi", "sv", "Klinisk fysiologi och nuklearmedicin", """
Skelettscintigrafi helkropp med SPECT/DT över bröst-ländrygg och bäcken

Indikation: Färsk Th12-kompression. Ytterligare frakturer? Sakral insufficiensfraktur?

Teknik: 600 MBq 99mTc-HDP i.v., helkroppsbilder efter 3 h, SPECT/lågdos-DT Th10 till och med bäckenet.

Fynd: Kraftigt ökat upptag i Th12 motsvarande känd kompression. Lätt upptag i nedre ländryggens facettleder, degenerativt. Bäckenet inklusive sakrum och SI-leder med normal upptagsfördelning. Inga övriga fokala upptag.

Bedömning: Färsk kotkompression Th12. Inga scintigrafiska tecken till sakral insufficiensfraktur eller andra färska frakturer.
""", {VCF: P, SAC: HY})

# ---------------------------------------------------------------- O13S04
note("O13S04_1", "O13S04", "2024-05-06", "outpatient", "", "sv", "Vårdcentralen Norrby", """
Besök distriktsläkare

K 78 år, bor ensam, klarar sig själv. Sedan ca 4 veckor smärta i korsryggen och ned i båda skinkorna, värst när hon reser sig ur sängen. Inget trauma hon minns. Har blivit 4 cm kortare på några år enligt egen uppgift.

Status: Ömmar över nedre ländryggen och över korsbenet. Lasegue neg bilat. Gångförmåga nedsatt, använder rollator.

Bedömning: Lumbago hos äldre kvinna, kotkompression? insufficiensfraktur?

Åtgärd: MR ländrygg. Panodil 1 g x 3, tramadol vb.
""", {LBP: P, VCF: U})
note("O13S04_2", "O13S04", "2024-05-29", "radiology", "MR ländrygg", "", "Röntgen", """
MR ländrygg

Frågeställning: Lågt sittande ryggsmärta, 78 år. Kotkompression?

Teknik: Sag T1, T2, STIR; ax T2. Undersökningsområdet omfattar Th11 till S1; sakrum avbildas inte i sin helhet och SI-lederna ingår ej.

Fynd: Normal höjd på samtliga avbildade kotkroppar. Inget benmärgsödem i ländkotorna. Måttlig spinal stenos L3–L4 med kompression av durasäcken. Diskdegeneration L4–S1.

Bedömning: Ingen kotkompression. Spinal stenos L3–L4. Sakrum ej fullständigt bedömt; om klinisk misstanke om sakral insufficiensfraktur kvarstår rekommenderas MR bäcken med STIR koronalt.
""", {LBP: P, VCF: HY, SAC: HY})
note("O13S04_3", "O13S04", "2024-06-17", "outpatient", "", "sv", "Vårdcentralen Norrby", """
Dokumentation sjuksköterska

Ringer pat angående MR bäcken som doktorn vill boka efter röntgensvaret. Pat avböjer, säger att hon inte klarar att ligga i MR-kameran en gång till, fick panik förra gången. Informerad om att hon kan få lugnande inför undersökningen. Vill ändå inte.
Smärtan i ländryggen något bättre med tramadol.

Meddelar distriktsläkaren. Ingen remiss skickas.
""", {LBP: P})

# ---------------------------------------------------------------- O13S05
note("O13S05_1", "O13S05", "2024-09-02", "outpatient", "", "sv", "Urologmottagningen", """
Kontaktorsak: Uppföljning prostatacancer.

Anamnes: 77-årig man, extern strålbehandling mot prostata och bäcken 2021, därefter hormonbehandling. PSA stigande vid de två senaste mätningarna. Sedan tre veckor värk i korsryggen, inte nattlig, lindras av att gå.

Status: Ingen palpationsömhet över kotpelaren.

Bedömning: Ryggvärk lågt hos pat med stigande PSA. Skelettmetastaser ska uteslutas.

Plan: DT thorax/buk/bäcken med frågeställning metastaser, skelettscintigrafi vb efter svaret.
""", {LBP: P})
note("O13S05_2", "O13S05", "2024-09-20", "radiology", "DT thorax/buk/bäcken", "", "Röntgen", """
DT THORAX/BUK/BÄCKEN MED IV KONTRAST

Jämförelse: DT buk 2021-03-04.

Fynd: Inga förstorade lymfkörtlar. Inga lungmetastaser. Levern utan fokala förändringar. Postaktinella förändringar i rektum och blåsbotten. Skelett: inga osteolytiska eller sklerotiska metastasmisstänkta förändringar. Degenerativ spondylos i ländryggen. Sakrum och bäckenring utan fraktur.

Utlåtande: Ingen metastasering. Inga frakturer i sakrum eller bäcken.
""", {SAC: N})

# ---------------------------------------------------------------- O13S06
note("O13S06_1", "O13S06", "2025-04-02", "radiology", "Rtg bäcken", "sv", "Röntgen", """
RÖNTGEN BÄCKEN

Anamnes: 87-årig kvinna, föll på rehabavdelningen i natt. Smärta hö ljumske.

Fynd: Odislocerad fraktur i höger ramus inferior ossis pubis. Möjlig fraktur även i ramus superior hö, svårvärderat. Höftleder ua.

Utlåtande: Fraktur i höger ramus inferior.
""", {RAM: P})
note("O13S06_2", "O13S06", "2025-04-09", "clinical", "", "sv", "Geriatrisk rehabilitering", """
Teamträff
Deltagare: läkare, ssk, fysioterapeut, arbetsterapeut, kurator.

Läkare: Höger ramusfraktur sedan fallet 2/4. Pat har nu även uttalad smärta över sakrum och i höger skinka, misstänkt sakral insufficiensfraktur. MR bäcken inkl. STIR koronalt beställd 3/4, men undersökningen 7/4 fick avbrytas då pat inte klarade att ligga still trots smärtlindring. Ny tid bokad med premedicinering.
Fysioterapeut: Går 10 m med rollator, smärtbegränsad.
Arbetsterapeut: Hjälpmedelsbedömning inför hemgång, toalettförhöjning.
Kurator: Dottern önskar korttidsplats.

Plan: Fortsatt rehab, MR enligt ovan.
""", {RAM: P, LBP: P, SAC: U})
note("O13S06_3", "O13S06", "2025-04-22", "radiology", "MR bäcken", "", "Röntgen", """
MR BÄCKEN

Frågeställning: Ramusfraktur hö. Sakral insufficiensfraktur?

Protokoll: Koronal STIR och T1 vinklade efter sakrum, axial T2 FS. Premedicinerad, undersökningen genomförd utan rörelseartefakter.

Fynd: Frakturlinje med omgivande benmärgsödem i höger massa lateralis ossis sacri, zon 1 enligt Denis, samt mindre ödem i vänster sakralvinge utan säker frakturlinje. Fraktur i höger ramus superior och inferior ossis pubis med ödem. SI-leder ua.

Utlåtande: Insufficiensfraktur i höger sakralvinge. Fraktur i höger ramus superior och inferior.

Kontakt tagen med avdelningsläkare per telefon kl 14.10.
""", {RAM: P, SAC: P})

# ---------------------------------------------------------------- O13S07
note("O13S07_1", "O13S07", "2024-10-28", "radiology", "MR hela ryggen", "sv", "Röntgen", """
MR hela ryggen, screeningsekvenser

Teknik: Sagittal T1 och STIR över hela ryggen, axiala T2 L2–L5. Nedre gränsen för sagittalserierna i höjd med S2; resterande sakrum ej avbildat.

Fynd: Normal höjd på kotkropparna Th1–L5, inga kompressioner. Uttalad spinal stenos L3–L4 med kompression av cauda equina-rötterna. Lätt foraminal förträngning L5–S1 bilat. Inget patologiskt ödem i avbildade delar.

Bedömning: Spinal stenos L3–L4. Inga kotkompressioner. Sakrum endast delvis avbildat.
""", {VCF: N})
note("O13S07_2", "O13S07", "2024-11-05", "outpatient", "", "", "Medicinmottagningen", """
Remiss neurokirurgi

Frågeställning: Spinal stenos? Op-indikation?

Anamnes: 83-årig man med polymyalgia reumatika sedan 2022, står på Prednisolon 7,5 mg dagligen. Sedan i somras tilltagande ländryggsvärk och claudicatioliknande smärta i båda benen efter 200 m. MR hela ryggen gjord 2024-10-28 (screeningsekvenser) med stenos L3–L4.

Status: Kraft ua. Nedsatt vibrationssinne i fötterna.
""", {LBP: P})
note("O13S07_3", "O13S07", "2024-12-10", "outpatient", "", "sv", "Neurokirurgiska mottagningen", """
Remissvar

Pat bedömd på mottagningen. Typisk neurogen claudicatio, men huvudbesvären nu är värk lågt i ryggen och i sätet, värre i vila och nattetid, vilket inte förklaras av stenosen. Pat står på långvarig kortisonbehandling.

Bedömning: Ej operationsindikation, konservativ behandling. Vi har inte utrett besvären i korsryggen vidare; ingen bilddiagnostik av bäckenet utförd. Remitteras åter till husläkaren för ställningstagande.
""", {LBP: P})

# ---------------------------------------------------------------- O13S08 (Finland-Swedish)
note("O13S08_1", "O13S08", "2023-08-14", "radiology", "Datortomografi av buken och bäckenet", "sv", "Jourpoliklinik", """
DATORTOMOGRAFI AV BUKEN OCH BÄCKENET, kontrastförstärkt

Remisstext: 78-årig kvinna med buksmärtor och feber. Divertikulit? Abscess?

Utlåtande: Divertikulit i sigmoideum utan abscess eller fri gas. Som bifynd kompression av L1-kotkroppens övre ändplatta, höjdminskning ca 25 %, ålder oklar. Bäckenbenen och sacrum intakta, inga frakturer. Degenerativa förändringar i ländryggen.
""", {VCF: P, SAC: N})
note("O13S08_2", "O13S08", "2023-09-05", "outpatient", "", "", "Hälsocentralen", """
Mottagning, hälsocentralläkare

Kontroll efter divertikuliten, mår bra, antibiotikakuren avslutad. Kompressionen i L1 sågs som bifynd på datortomografin. Pat har inga ryggsmärtor och har inte fallit. Bentäthetsmätning remitterad. Skelettgammakuvning diskuterades men behövs inte eftersom frakturen är stabil och symtomfri.

Plan: kalcium och D-vitamin, ny kontroll efter bentäthetsmätningen.
""", {VCF: P})
note("O13S08_3", "O13S08", "2023-10-20", "outpatient", "", "sv", "Hälsocentralen", """
Telefonsvar, bentäthetsmätning

Bentäthetsmätning 16.10: T-score ländrygg −2,8, lårbenshals −2,6, förenligt med osteoporos. Pat informerad per telefon. Alendronat 70 mg en gång i veckan insatt, instruerad om intag på fastande mage. Kompressionen i L1 enligt tidigare. Ny bentäthetsmätning om två år.
""", {OST: P, VCF: P})

# ---------------------------------------------------------------- O13S09 (ASCII)
note("O13S09_1", "O13S09", "2025-10-03", "clinical", "", "", "Medicin avd 7", """
Avvikelserapport - fall

Handelse: Pat hittad sittande pa golvet vid toaletten kl 03.40. Larmade inte. Ingen synlig skada, har ej slagit i huvudet enl egen uppgift. Ont i hoger skinka och lagt i ryggen efter fallet.
Atgard: Jourlakare underrattad, bedomt pat kl 04.15. Rtg backen och hoft bestallt. Larmmatta utlagd.
Riskbedomning: Downton 5 p, hog fallrisk. Senior alert registrerat.
Trolig orsak: ortostatism, nyinsatt furosemid.
""", {LBP: P})
note("O13S09_2", "O13S09", "2025-10-03", "radiology", "Rtg bäcken", "sv", "Rontgen", """
Rtg backen + hoger hoft

Fynd: Ingen fraktur i hoftleden eller i backenringen kan pavisas. Sakrum delvis skymt av tarminnehall. Uttalad osteopeni.

Utlatande: Ingen saker fraktur. Vid kvarstaende smarta kan DT eller MR vara av varde for att utesluta ockult fraktur.
""", {})
note("O13S09_3", "O13S09", "2025-10-08", "clinical", "", "sv", "Medicin avd 7", """
Daganteckning

Fortsatt svar smarta over korsbenet och i hoger satet, kan inte ga. Rtg utan fraktur men sakrum svarbedomt. Misstankt sakral insufficiensfraktur.
MR backen bestalld idag, fragestallning sakral insufficiensfraktur.
Osteopeni pa rtg, DXA ej gjord tidigare.
""", {LBP: P, SAC: U})
note("O13S09_4", "O13S09", "2025-10-16", "clinical", "", "", "Medicin avd 7", """
Omvardnadsepikris

Pat utskrivs till korttidsboende idag.
Smarta: fortfarande ont i ryggslutet, NRS 5, Oxynorm vb 2-3 ggr/dygn.
Aktivitet: gar med rollator korta strackor med stod av en personal.
Elimination: kontinent, sparsam avforing, Movicol.
Ovrigt: MR backen har inte blivit gjord - remissen har inte kommit fram till rontgen och ingen ny remiss skickades fore utskrivning. Lakare informerad, tas upp av vardcentralen.
""", {LBP: P})

# ---------------------------------------------------------------- O13S10 (ASCII, sex/age from text)
note("O13S10_1", "O13S10", "2024-03-11", "outpatient", "", "", "Vardcentralen Solhem", """
Besok

Pat fodd 1961. Hon soker for vark i landryggen sedan 6 veckor, borjade nar hon bar ved. Ingen utstralning, inga bensymtom. Arbetar som lokalvardare.

Status: Palpationsom paravertebralt L3-L5 bilat. Rorlighet nedsatt i flexion. SLR neg.

Bedomning: Lumbago.

Atgard: Sjukskrivning 2 v, fysioterapi. Rtg landrygg da hon ar orolig for benskorhet.
""", {LBP: P, OST: HY})
note("O13S10_2", "O13S10", "2024-03-18", "radiology", "Rtg ländrygg", "", "Rontgen", """
Rtg landrygg 2 proj

Fragestallning: Lumbago sedan 6 v, kotkompression?

Fynd: Normal kotkroppshojd L1-L5. Lindriga degenerativa forandringar L4-S1 med diskhojdsminskning. Ingen listes.

Utlatande: Ingen kotkompression.
""", {LBP: P, VCF: HY})
note("O13S10_3", "O13S10", "2024-04-15", "clinical", "", "sv", "Fysioterapin Solhem", """
Fysioterapeut, aterbesok

Fortsatt ont i korsryggen, nu mest pa morgonen, battre efter aktivitet. Har genomfort hemovningsprogrammet 4 ggr/v. Smarta VAS 4 (tidigare 7).
Plan: fortsatt traning, aterbesok om 4 v.
""", {LBP: P})

# ---------------------------------------------------------------- O13S11
note("O13S11_1", "O13S11", "2025-03-03", "outpatient", "", "sv", "Reumatologmottagningen", """
Nybesök reumatologi

Kvinna 66 år remitterad från vårdcentral för inflammatoriskt präglad smärta i korsryggen och skinkorna sedan 4 mån, morgonstelhet 1 h. CRP 18. HLA-B27 neg. Ingen känd osteoporos, inget trauma.

Status: Ömhet över båda SI-lederna, Schobers test 4 cm.

Bedömning: Sakroiliit?

Plan: MR SI-leder. Om MR är normal och smärtan kvarstår: skelettscintigrafi. NSAID tills vidare.
""", {LBP: P, OST: N})
note("O13S11_2", "O13S11", "2025-04-10", "radiology", "MR SI-leder", "", "Röntgen", """
MR SI-LEDER

Frågeställning: Sakroiliit?

Teknik: Semikoronal STIR och T1 genom SI-lederna och sakrum, axial T2.

Fynd: Inget subkondralt benmärgsödem i SI-lederna. Inga erosioner eller ankylos. Sakrum med normal signal utan frakturlinje. Lätt degeneration L5–S1.

Bedömning: Ingen sakroiliit. Ingen sakral fraktur.
""", {SAC: N})
note("O13S11_3", "O13S11", "2025-05-06", "outpatient", "", "sv", "Reumatologmottagningen", """
Återbesök

Aktuellt: MR SI-leder 10/4 normal. Ländryggssmärtan har minskat med NSAID och träning, morgonstelheten nu 10 min. CRP 6.
Status: Lätt ömhet över nedre ländryggen, SI-leder ej ömma. Rörlighet ua.
Bedömning: Ingen inflammatorisk ryggsjukdom. Mekaniska besvär.
Åtgärd: Åter till vårdcentralen för fortsatt uppföljning, NSAID vb.
""", {LBP: P})

# ---------------------------------------------------------------- O13S12
note("O13S12_1", "O13S12", "2024-01-22", "radiology", "DT thorax", "sv", "Röntgen", """
DT thorax med iv kontrast

Frågeställning: Uppföljning lungnodul hö överlob.
Jämförelse: 2023-07-10.

Fynd: Oförändrad 6 mm nodul i hö överlob. Inga nya noduler. Ingen pleuravätska. Skelett: kompression av Th7 med ca 25 % höjdminskning av kotkroppen, ny sedan föregående. Övriga avbildade kotor ua.

Utlåtande: Oförändrad lungnodul. Ny kompressionsfraktur Th7.
""", {VCF: P})
note("O13S12_2", "O13S12", "2024-02-05", "outpatient", "", "", "Vårdcentralen Ekbacken", """
Läkarbesök

Fått brev om ny kotkompression Th7 på DT thorax. Pat har ingen ryggsmärta, förnekar fall. Har blivit något kortare de senaste åren. Ingen kortisonbehandling.

Bedömning: Sannolik osteoporotisk kotfraktur.

Plan: DXA med VFA, därefter ställningstagande till behandling.
""", {VCF: P, OST: U})
note("O13S12_3", "O13S12", "2024-03-01", "radiology", "Bentäthetsmätning (DXA) med VFA", "sv", "Klinisk fysiologi", """
BENTÄTHETSMÄTNING MED VFA (screening för kotfrakturer)

Indikation: Kotkompression Th7. Osteoporos?

Resultat: Ländrygg L1–L4 T-score −2,9. Lårbenshals vänster T-score −2,4. Totalhöft −2,1.
VFA: kompression grad 2 av Th7 enligt Genant. Ingen ytterligare kotkompression Th4–L4.

Bedömning: Osteoporos enligt WHO-kriterierna i ländryggen. Känd kotfraktur Th7, inga nya.
""", {VCF: P, OST: P})

# ---------------------------------------------------------------- O13S13
note("O13S13_1", "O13S13", "2023-02-14", "clinical", "", "sv", "Geriatrik", """
Inskrivningsanteckning

86-årig man med pacemaker sedan 2015 (ej MR-villkorad), förmaksflimmer och KOL. Inkommer med tilltagande ländryggssmärta sedan 1 v efter att ha satt sig hårt på en stol.

Tidigare: Läkt ramusfraktur hö 2019 efter fall.

Rtg ländrygg på akuten: ny kompression av L2 med ca 40 % höjdreduktion.

Bedömning: Kompressionsfraktur L2. Kan sakrum också vara engagerat? MR bäcken ej möjlig pga pacemakern, DT bäcken beställd i stället.

Plan: Smärtlindring, mobilisering med fysioterapeut.
""", {LBP: P, VCF: P, RAM: HI})
note("O13S13_2", "O13S13", "2023-02-15", "radiology", "DT bäcken", "", "Röntgen", """
DT bäcken utan kontrast

Klinisk info: L2-kompression, pacemaker. Sakral fraktur?

Fynd: Inga färska frakturer i bäckenringen eller i sakrum. Läkt fraktur i höger ramus superior med callus. Uttalad artros i båda höftlederna.

Utlåtande: Ingen sakral fraktur. Gammal läkt ramusfraktur hö.
""", {SAC: HY, RAM: HI, VCF: P})
note("O13S13_3", "O13S13", "2023-02-24", "discharge", "", "sv", "Geriatrik", """
Epikris

Vårdad för smärtsam kompressionsfraktur L2. DT bäcken 15/2 utan sakral fraktur (MR ej genomförbar pga pacemaker). Mobiliserad med rollator. Ländryggssmärtan avtagande.

Utskrivningsdiagnos: Osteoporotisk kotkompression L2.

Läkemedel: Zoledronsyra planeras på osteoporosmottagningen om 3 mån.
""", {VCF: P, SAC: N, LBP: P, OST: P})

# ---------------------------------------------------------------- O13S14
note("O13S14_1", "O13S14", "2024-05-20", "radiology", "Rtg ländrygg", "sv", "Röntgen", """
Röntgen ländrygg

Frågeställning: Akut lågt sittande ryggsmärta, 76 år. Fraktur?

Fynd: Osteopen skelettstruktur. Lätt konkav övre ändplatta L5, lätt kompression kan inte uteslutas. Sakrum ofullständigt avbildat.

Bedömning: Ingen säker kotkompression. Möjlig lätt kompression av L5.
""", {LBP: P, VCF: U})
note("O13S14_2", "O13S14", "2024-06-11", "outpatient", "", "sv", "Ryggkirurgiska mottagningen", """
Remissvar ryggkirurgi

76-årig kvinna med ländryggssmärta sedan 5 v, debut utan trauma, nu även smärta i vänster skinka. Ömmar tydligt vid palpation över vänster sakralvinge.

Bedömning: Trolig sakral insufficiensfraktur vänster, ej verifierad. Ej operationsindikation. Konservativ behandling med smärtlindring och avlastning med rollator. Vi avstår från vidare bilddiagnostik då det inte bedöms påverka handläggningen.

Åter till remittenten.
""", {LBP: P, SAC: U})
note("O13S14_3", "O13S14", "2024-08-26", "outpatient", "", "", "Vårdcentralen Tallbacken", """
Uppföljning

Aktuellt: Ryggsmärtan lågt och i vä skinka klart bättre, går nu utan rollator inomhus. Sover bättre. Tar Alvedon 1 g x 2.
Bedömning: Behandlas som trolig sakral insufficiensfraktur utan verifierande undersökning, enligt ryggkirurgens bedömning i juni.
Åtgärd: DXA beställd. Kalcium + D-vitamin. Återbesök efter DXA.
""", {LBP: P, SAC: U})

# ---------------------------------------------------------------- O13S15
note("O13S15_1", "O13S15", "2025-08-11", "radiology", "Rtg bäcken", "sv", "Röntgen", """
Rtg bäcken

Indikation: Smärta i ljumskarna efter fall.

Fynd: Fraktur i vänster ramus superior och inferior, lätt dislokerad. Diskret förtätning i vänster sakralvinge, kan representera insufficiensfraktur.

Utlåtande: Vänstersidig ramusfraktur. Misstänkt sakral insufficiensfraktur vä, MR bäcken rekommenderas.
""", {RAM: P, SAC: U})
note("O13S15_2", "O13S15", "2025-08-14", "radiology", "MR bäcken", "", "Röntgen", """
MR bäcken inkl. STIR koronalt – strukturerat svar
Remittent: Ortopedavdelning 3
Frågeställning: Sakral insufficiensfraktur?
Protokoll: kor STIR, kor T1, ax T2 FS
Sakrum: bilateral fraktur i massa lateralis med ödem, horisontell komponent i höjd med S2 (H-typ)
SI-leder: ua
Främre bäckenring: fraktur i ramus superior och inferior vänster
Höftleder: lätt artros bilat
Övrigt: inga tecken till malignitet
Sammanfattning: Bilateral sakral insufficiensfraktur samt ramusfraktur vänster.
Kontakt: fynden meddelade ansvarig ortoped per telefon kl 10.25.
""", {RAM: P, SAC: P})
note("O13S15_3", "O13S15", "2025-08-20", "discharge", "", "sv", "Ortopedavdelning 3", """
Epikris

81-årig kvinna med osteoporos, inlagd efter lågenergifall. Röntgen visade vänstersidig ramusfraktur och MR bäcken 14/8 påvisade bilateral sakral insufficiensfraktur. Konservativ behandling, full belastning. Smärta i ländrygg och säte, god effekt av paracetamol och oxikodon.

Denosumab insatt. Uppföljning av FLS-sjuksköterska.
""", {RAM: P, SAC: P, OST: P, LBP: P})

# ---------------------------------------------------------------- O13S16 (VERSALER report)
note("O13S16_1", "O13S16", "2025-02-17", "emergency", "", "sv", "Akutmottagningen", """
Akutanteckning

73-årig kvinna, akut insjuknad med smärta i ländryggen i morse när hon lyfte en blomkruka. Svårt att resa sig. Inga bensymtom, ingen blås- eller tarmpåverkan.

Status: Ömmar över L1 och nedre ländryggen. Neurologiskt ua.

Bedömning: Lumbago, kotkompression? DT ländrygg beställd.

Åtgärd: Oxynorm, hem med uppföljning på vårdcentral.
""", {LBP: P, VCF: U})
note("O13S16_2", "O13S16", "2025-02-17", "radiology", "DT ländrygg", "", "Röntgen", """
DT LÄNDRYGG
FRÅGESTÄLLNING: KOTKOMPRESSION?
FYND: KOMPRESSIONSFRAKTUR AV L1 MED CA 35 % HÖJDREDUKTION AV FRAMKANTEN, INGEN RETROPULSION. ÖVRIGA KOTOR MED NORMAL HÖJD. UNDERSÖKNINGEN OMFATTAR TH12 TILL S1, SAKRUM INGÅR EJ.
UTLÅTANDE: FÄRSK KOMPRESSIONSFRAKTUR L1. SAKRUM EJ BEDÖMT. VID KLINISK MISSTANKE OM SAKRAL FRAKTUR REKOMMENDERAS MR BÄCKEN.
""", {VCF: P, SAC: HY})
note("O13S16_3", "O13S16", "2025-03-03", "outpatient", "", "sv", "Vårdcentralen Lunden", """
Återbesök vårdcentral

Kompressionsfraktur L1 enl DT. Kvarstående ont lågt i ryggen och i båda sätena, vilket inte helt förklaras av L1. Remiss MR bäcken skickad idag enligt röntgenläkarens rekommendation. Startar osteoporosutredning.
""", {VCF: P, LBP: P, OST: HY})
note("O13S16_4", "O13S16", "2025-04-08", "outpatient", "", "", "Vårdcentralen Lunden", """
Tel

Röntgen meddelar att pat uteblev från MR bäcken 7/4. Pat kontaktad, hade glömt tiden och vill inte ha ny tid då ländryggen blivit bättre. Informerad om att hon kan höra av sig om smärtan tilltar.
""", {LBP: P})

# ---------------------------------------------------------------- O13S17
note("O13S17_1", "O13S17", "2024-10-01", "outpatient", "", "sv", "Vårdcentralen Berga", """
Läkarbesök

69-årig man med seropositiv reumatoid artrit, metotrexat och intermittent prednisolon. Sedan 2 mån värk i ländryggen med utstrålning i vänster ben, domning lateralt i foten.

Status: Lasegue pos vä vid 40 grader. Nedsatt ASR vä.

Bedömning: Lumboischias vä, rotpåverkan S1?

Åtgärd: MR ländrygg.
""", {LBP: P})
note("O13S17_2", "O13S17", "2024-10-22", "radiology", "MR ländrygg", "sv", "Röntgen", """
MR ländrygg

Frågeställning: Lumboischias vä. Rotkompression S1? RA.

Fynd:
1. L5–S1: diskbråck vänster med kompression av vänster S1-rot.
2. Kotkropparna L1–L5 med normal höjd, inga kompressionsfrakturer.
3. Sakrum och SI-leder avbildade i sin helhet på sagittala och koronala STIR-serier: normal signal, inget ödem, ingen fraktur.
4. Lätt facettartros L4–S1.

Sammanfattning:
1. Diskbråck L5–S1 vä med S1-rotkompression.
2. Inga kotkompressioner.
3. Normalt sakrum och normala SI-leder.
""", {LBP: P, VCF: N, SAC: N})
note("O13S17_3", "O13S17", "2024-12-03", "outpatient", "", "", "Ryggkirurgiska mottagningen", """
Remissvar

Bedömd av ryggkirurg. Bensmärtan dominerar, ryggvärken lågt är lindrig. Ej operationsindikation för närvarande, konservativ behandling med fysioterapi och gabapentin. Ny bedömning om pares tillkommer.
""", {LBP: P})

# ---------------------------------------------------------------- O13S18 (two episodes)
note("O13S18_1", "O13S18", "2022-03-14", "outpatient", "", "sv", "Vårdcentralen Ekbacken", """
Besök vårdcentral

75-årig kvinna med smärta i ländryggen och höger skinka sedan 2 mån, ingen känd utlösande händelse. Behandlad för bröstcancer 2015 (operation och strålning mot vänster bröst), därefter tamoxifen i 5 år.
Status: Ömmar paravertebralt L4–L5 hö. Neurologiskt ua.
Bedömning: Ländryggssmärta, metastaser måste uteslutas.
Plan: Skelettscintigrafi, blodprover inkl. ALP och kalcium.
""", {LBP: P})
note("O13S18_2", "O13S18", "2022-04-04", "radiology", "Skelettscintigrafi", "", "Nuklearmedicin", """
Skelettscintigrafi helkropp

Frågeställning: Tidigare bröstcancer. Metastaser? Smärta lågt i ryggen.

Fynd: Symmetriskt upptag. Degenerativt upptag i nedre ländryggen och knälederna. Normalt upptag i sakrum och bäcken.

Bedömning: Inga tecken till skelettmetastaser. Ingen sakral insufficiensfraktur.
""", {LBP: P, SAC: N})
note("O13S18_3", "O13S18", "2024-10-21", "radiology", "Rtg bäcken", "sv", "Röntgen", """
Rtg bäcken

Anamnes: 78-årig kvinna som snubblat på trottoaren, ont i vä ljumske.

Fynd: Fraktur i vänster ramus inferior, odislocerad. Ramus superior ua. Sakrum och SI-leder utan synlig fraktur, men begränsad bedömning.

Utlåtande: Fraktur vä ramus inferior.
""", {RAM: P, SAC: N})
note("O13S18_4", "O13S18", "2024-11-04", "outpatient", "", "sv", "Ortopedmottagningen", """
Ortopedmottagningen, återbesök

Kontroll 2 v efter ramusfraktur vänster. Går med rollator, mindre ont i ljumsken. Fick skelettscintigrafi 2022 som var ua, ingen ny bilddiagnostik behövs. Full belastning. Åter vb.
""", {RAM: P})

# ---------------------------------------------------------------- O13S19
note("O13S19_1", "O13S19", "2026-03-30", "clinical", "", "sv", "Ortogeriatrik", """
Teamträff ortogeriatrik

Pat: 88-årig kvinna, inlagd 27/3 med kompressionsfraktur L3 och smärta lågt i ryggen och i båda skinkorna.
Läkare: Smärtan sitter lägre än L3-frakturen, sakral insufficiensfraktur kan inte uteslutas. MR bäcken planeras.
Ssk: Sover dåligt pga smärta. Senior alert: risk för fall och trycksår, ej risk för undernäring.
Fysioterapeut: Förflyttar sig med gåbord och en personal.
Arbetsterapeut: ADL-bedömning påbörjad.
""", {VCF: P, LBP: P, SAC: U})
note("O13S19_2", "O13S19", "2026-04-02", "clinical", "", "", "Ortogeriatrik", """
Daganteckning läkare

Remiss MR bäcken skickad idag, prio 2. Ännu ingen tid från röntgen. Fortsatt ont i korsryggen, har behövt Oxynorm vb 3 ggr senaste dygnet. Afebril, äter bra.
Plan: Höjer Alvedon till 1 g x 4. Följer upp MR-tiden.
""", {LBP: P})
note("O13S19_3", "O13S19", "2026-04-27", "discharge", "", "sv", "Ortogeriatrik", """
Epikris

88-årig kvinna vårdad 27/3–27/4 för kompressionsfraktur L3 och ländryggssmärta. MR bäcken 23/4: ingen fraktur i sakrum, inget ödem i bäckenet. Smärtan bedöms utgå från L3-frakturen. Mobiliserad med rollator.

Osteoporos; behandling med teriparatid startad.
""", {VCF: P, LBP: P, SAC: N, OST: P})

# ---------------------------------------------------------------- O13S20 (ASCII)
note("O13S20_1", "O13S20", "2023-11-06", "emergency", "", "", "Akutmottagningen", """
Akutjournal

81-arig kvinna, fallit i badrummet, ont i hoger ljumske, kan inte belasta. Rtg backen: fraktur i hoger ramus superior och inferior ossis pubis.

Bedomning: Ramusfraktur hoger.

Atgard: Inlaggs pa ortopeden for smartlindring och mobilisering.
""", {RAM: P})
note("O13S20_2", "O13S20", "2023-11-06", "radiology", "Rtg bäcken", "sv", "Röntgen", """
Rtg bäcken + hö höft

Frågeställning: Fall i badrum, kan inte belasta. Fraktur?

Fynd: Fraktur i hö ramus superior och inferior ossis pubis, lätt dislocerad. Höftled utan fraktur. Sakrum svårvärderat på grund av överlagrad tarmgas.

Utlåtande: Fraktur i höger blygdben (ramus sup + inf).
""", {RAM: P})
note("O13S20_3", "O13S20", "2023-11-14", "clinical", "", "sv", "Ortopedavdelning 2", """
Daganteckning

Pat har nu mer ont baktill over korsbenet an i ljumsken. DT backen bestalldes 9/11 for att utesluta sakral fraktur, men remissen har kommit tillbaka fran rontgen, returnerad med begaran om kreatinin och uppgift om metallimplantat. Ny remiss har ej skickats.

Plan: Utskrivning till hemmet med hemtjanst imorgon.
""", {LBP: P, SAC: HY})

# ---------------------------------------------------------------- O13S21
note("O13S21_1", "O13S21", "2024-01-15", "outpatient", "", "sv", "Osteoporosmottagningen", """
Osteoporosmottagningen, nybesök

73-årig kvinna remitterad efter att multipla kotkompressioner Th11, L1 och L3 påvisats på rtg bröst- och ländrygg i december. Värk i ländryggen sedan i höstas. T-score −3,4 i ländryggen. Tidigare behandlad med alendronat i 5 år.

Bedömning: Svår osteoporos med multipla kotfrakturer trots bisfosfonat.

Plan: Teriparatid (Forsteo) 20 µg s.c. dagligen i 24 mån. Skelettscintigrafi för att bedöma frakturernas ålder och om sakrum är engagerat.
""", {VCF: P, LBP: P, OST: P})
note("O13S21_2", "O13S21", "2024-02-20", "clinical", "", "", "Osteoporosmottagningen", """
Läkemedelsgenomgång, farmaceut

Pat har startat teriparatid 20 µg dagligen, instruerad i pennhantering av osteoporossjuksköterskan. Tar kalcium och D-vitamin. Ingen pågående kortisonbehandling. Ländryggssmärtan behandlas med paracetamol 1 g x 3; NSAID undviks pga njurfunktionen (eGFR 48).
Noterar att den planerade skelettscintigrafin ännu inte är utförd.
""", {LBP: P})
note("O13S21_3", "O13S21", "2024-06-10", "outpatient", "", "sv", "Osteoporosmottagningen", """
Återbesök

Tolererar teriparatid väl. Ryggvärken lågt har minskat. Skelettscintigrafin som planerades i januari blev aldrig av, remissen verkar aldrig ha skickats. Bedöms inte längre nödvändig då symtomen klingat av.

Plan: Fortsatt behandling, ny DXA om ett år.
""", {LBP: P})

# ---------------------------------------------------------------- O13S22
note("O13S22_1", "O13S22", "2024-08-05", "radiology", "Rtg ländrygg", "sv", "Röntgen", """
Röntgen ländrygg

Frågeställning: 64-årig man med ont i korsryggen efter fall från stege. Kotkompression? Sakral fraktur?

Fynd: Tveksam lätt kompression av L2:s övre ändplatta, kan vara projektionsbetingad. Övriga kotor med normal höjd. Sakrum ej helt avbildat.

Utlåtande: Tveksam lätt kompression L2.
""", {LBP: P, VCF: U, SAC: HY})
note("O13S22_2", "O13S22", "2024-08-12", "outpatient", "", "", "Vårdcentralen Berga", """
Återbesök

Röntgen eftergranskad av radiolog på röntgenronden: den ifrågasatta kompressionen av L2 bedöms inte föreligga, normal kotkroppshöjd. Pat har fortfarande ont i ländryggen men bättre.

Plan: Fysioterapi. Åter vid behov.
""", {VCF: N, LBP: P})
note("O13S22_3", "O13S22", "2024-10-01", "clinical", "", "sv", "Fysioterapin Berga", """
Fysioterapeut, avslutande anteckning

Efter 6 behandlingar smärtfri i ländryggen. Full rörlighet i flexion och extension. Klarar att bära och lyfta i arbetet igen. Fortsätter med hemövningar 2 ggr/v på egen hand.
Avslutas hos fysioterapin.
""", {LBP: N})

# ---------------------------------------------------------------- O13S23
note("O13S23_1", "O13S23", "2025-05-12", "radiology", "DT thorax-buk", "sv", "Röntgen", """
DT thorax-buk med iv kontrast

Frågeställning: Viktnedgång, malignitet?

Teknik: Portovenös fas från lungtopparna till njurarnas nedre poler; bäckenet ingår inte i undersökningen.

Fynd: Inga lungförändringar. Lever, pankreas och njurar ua. Inga förstorade lymfkörtlar. Skelett: lätt kilformad kompression av L1, höjdminskning ca 20 %, ålder oklar.

Utlåtande: Ingen malignitetsmisstanke. Kompression av L1 som bifynd.
""", {VCF: P})
note("O13S23_2", "O13S23", "2025-05-26", "outpatient", "", "", "Medicinmottagningen", """
Återbesök medicinmottagningen

DT thorax-buk utan tumörfynd. Bifynd kompression av L1; pat har ingen ryggvärk. Viktnedgången delvis förklarad av depression.

Plan: DT buk-bäcken om tre månader för att fullständiga utredningen av nedre buken, remiss utfärdad. DXA.
""", {VCF: P})

# ---------------------------------------------------------------- O13S24 (Finland-Swedish, protokollering, skiftrapport)
note("O13S24_1", "O13S24", "2025-11-03", "emergency", "", "sv", "Jourpolikliniken", """
Jourpoliklinik, läkare

81-årig kvinna som halkat på isen utanför affären. Smärta i höger ljumske och lågt i ryggen, klarar inte att stå på höger ben. Ingen huvudskada.
Röntgen av bäckenet och höger höft: fraktur i ramus superior ossis pubis till höger, höftleden intakt.
Bedömning: Fraktur i höger ramus superior. Sacrum går inte att bedöma på röntgen.
Åtgärder: Intagen på bäddavdelningen för smärtlindring. Magnetundersökning av bäckenet remitterad.
""", {RAM: P, LBP: P})
note("O13S24_2", "O13S24", "2025-11-04", "clinical", "", "", "Röntgen, remissbedömning", """
Remissbedömning / metodval
Remiss: Magnetundersökning av bäckenet. Frågeställning: insufficiensfraktur i sacrum?
Protokoll: MR bäcken inkl. STIR koronalt och T1 koronalt vinklat efter sacrum, ax T2 fettsupprimerad. Ingen kontrast.
Prioritet: inom 1 vecka.
Kallelse skickad till avdelningen, tid 10.11 kl 08.30. Metallformulär ifyllt av avdelningen, inga kontraindikationer.
""", {SAC: HY})
note("O13S24_3", "O13S24", "2025-11-06", "clinical", "", "sv", "Bäddavdelning 4", """
Rapport vid skiftbyte, kväll till natt

Situation: Pat med fraktur i höger ramus superior, väntar på magnetundersökning 10.11.
Smärta: värk i korsryggen och höger ljumske, VAS 6 vid vändning, fick Oxynorm 5 mg kl 20 med effekt.
Aktivitet: förflyttar sig med gåbord och en vårdare, Downton 4 p, larmmatta på.
Elimination: kissat spontant, ingen avföring på tre dygn, Laxoberal givet.
Att observera: somnar sent, ringer ofta.
""", {RAM: P, LBP: P})
note("O13S24_4", "O13S24", "2025-11-10", "radiology", "Magnetundersökning av bäckenet", "", "Röntgen", """
MAGNETUNDERSÖKNING AV BÄCKENET

Frågeställning: Fraktur i ramus superior dx. Insufficiensfraktur i sacrum?

Utlåtande: Odislocerad fraktur i höger ramus superior ossis pubis med omgivande benmärgsödem. Inga frakturer i sacrum eller i SI-lederna, normal signal i sacrum på STIR och T1. Inga tecken till metastaser. Lindrig artros i höftlederna.
""", {RAM: P, SAC: HY})

# ---------------------------------------------------------------- O13S25 (hip prosthesis, claustrophobia, scint called in)
note("O13S25_1", "O13S25", "2024-02-12", "clinical", "", "sv", "Medicinavdelning 3", """
Inskrivningsanteckning

74-årig man med höftprotes vänster sedan 2016, diabetes typ 2 och förmaksflimmer. Halkade på trappan hemma för fyra dagar sedan och landade på rumpan. Sedan dess tilltagande smärta i korsryggen och i vänster skinka, klarar inte längre att gå till toaletten själv.
Rtg ländrygg på akuten: inga kotkompressioner, degenerativa förändringar.
Status: Ömmar över nedre ländryggen och korsbenet. Neurologiskt ua.
Bedömning: Lumbago efter fall, ockult fraktur? MR bäcken har diskuterats men pat har uttalad klaustrofobi och avböjer MR. Skelettscintigrafi beställd i stället.
Plan: Smärtlindring, mobilisering.
""", {LBP: P, VCF: N})
note("O13S25_2", "O13S25", "2024-02-14", "clinical", "", "", "Medicinavdelning 3", """
Arbetsterapeut, slutenvård

Bedömning av ADL inför hemgång. Pat bor med hustrun i villa, tre trappsteg vid entrén. Påklädning av nedre kroppshalvan försvåras av smärta lågt i ryggen och i vänster skinka. Strumppådragare och griptång utprovade och utlämnade. Toalettstolsförhöjning och duschpall beställda till hemmet.
Förflyttningar säng–stol självständigt med rollator.
Plan: Hembesök ej aktuellt, hustrun hjälper till.
""", {LBP: P})
note("O13S25_3", "O13S25", "2024-02-16", "discharge", "", "sv", "Medicinavdelning 3", """
Epikris

74-årig man med höftprotes som vårdats för smärta i ländryggen och vänster skinka efter fall. Rtg ländrygg utan fraktur. MR ej möjlig pga klaustrofobi. Skelettscintigrafin hann inte utföras före utskrivning; kallelse skickas hem till patienten från nuklearmedicin.
Mobiliserad med rollator, smärtlindrad med paracetamol och tramadol.
Uppföljning: Vårdcentralen tar del av scintigrafisvaret.
""", {LBP: P})

# ---------------------------------------------------------------- O13S26 (Finland-Swedish, skelettgammakuvning)
note("O13S26_1", "O13S26", "2022-09-12", "outpatient", "", "sv", "Hälsocentralen", """
Mottagning, hälsocentralläkare

86-årig kvinna med känd osteoporos och gammal kompressionsfraktur i Th12 från 2018. Sedan tre veckor svåra smärtor i ländryggen och korsbenet utan trauma, svårt att gå och att vända sig i sängen.
Status: Ömhet vid palpation över sacrum. Lasegue negativ. Inga neurologiska bortfall.
Bedömning: Misstanke om insufficiensfraktur i sacrum.
Åtgärder: Remiss till skelettgammakuvning. Parasetamol och vid behov oxikodon.
""", {OST: P, VCF: HI, LBP: P, SAC: U})
note("O13S26_2", "O13S26", "2022-09-26", "radiology", "Skelettgammakuvning", "", "Isotopavdelningen", """
SKELETTGAMMAKUVNING AV HELA KROPPEN

Remisstext: Smärtor i korsbenet, osteoporos. Insufficiensfraktur?

Utlåtande: H-formad upptagsökning i sacrum, förenlig med insufficiensfraktur i sacrum bilateralt. Lindrigt upptag i Th12 som motsvarar den gamla kompressionen. I övrigt åldersenligt upptag, degenerativa förändringar i knäna.
""", {SAC: P, VCF: HI, OST: P, LBP: P})
note("O13S26_3", "O13S26", "2022-10-10", "outpatient", "", "sv", "Hälsocentralen", """
Återbesök

Skelettgammakuvningen visade insufficiensfraktur i sacrum. Ländryggssmärtan något lindrigare, går med rollator inomhus. Fysioterapeut kopplad.
Osteoporosbehandlingen byts från alendronat till zoledronsyra, första infusionen bokas.
""", {SAC: P, LBP: P, OST: P})

# ---------------------------------------------------------------- O13S27 (MRI abandoned after localisers)
note("O13S27_1", "O13S27", "2023-03-06", "radiology", "Rtg bäcken", "sv", "Röntgen", """
Röntgen bäcken

Frågeställning: 75-årig kvinna, fall i trappa. Ont i vä ljumske och skinka.

Fynd: Lätt dislocerad fraktur i vänster ramus superior. Ramus inferior intakt. Sakrum utan säker fraktur. Höftlederna ua.

Utlåtande: Fraktur i vänster ramus superior ossis pubis.
""", {RAM: P, LBP: P, SAC: U})
note("O13S27_2", "O13S27", "2023-03-09", "radiology", "MR bäcken", "", "Röntgen", """
MR bäcken

Frågeställning: Ramusfraktur vä. Sakral insufficiensfraktur?

Undersökningen avbröts efter översiktsbilderna då patienten inte tolererade ryggläge på grund av smärta. Sakrum ses endast på översiktsbilderna och kan inte bedömas. Inga diagnostiska serier erhölls.

Ny undersökning kan bokas med premedicinering om remittenten så önskar.
""", {RAM: P, SAC: HY})
note("O13S27_3", "O13S27", "2023-03-15", "clinical", "", "sv", "Ortopedavdelning 1", """
Fysioterapeut slutenvård

Pat med ramusfraktur vä. Smärta i ländryggen och vä skinka vid uppresning, VAS 6. Går 20 m med rollator och övervakning, osäker i vändningar. Trappträning ej påbörjad.
Bedömning: Förbättras långsamt men fallrisk kvarstår.
Plan: Gångträning 2 ggr/dag, höftprogram, ny bedömning inför hemgång.
""", {RAM: P, LBP: P})
note("O13S27_4", "O13S27", "2023-03-20", "discharge", "", "", "Ortopedavdelning 1", """
Epikris

Inlagd 6/3 efter fall i trappa, röntgen visade fraktur i vänster ramus superior ossis pubis. Konservativ behandling med full belastning. MR bäcken 9/3 kunde inte genomföras på grund av smärta i ryggläge; ny MR har inte bokats.
Går med rollator vid utskrivning. Hem med utökad hemtjänst.
""", {RAM: P})

# gold cases: patient -> (flagged, priority, reasons, workup)
GOLD = {
    "O13S01": ("true", "high", "low_back_pain;pubic_ramus_fracture", "ordered"),
    "O13S02": ("false", "", "low_back_pain", "mri"),
    "O13S03": ("false", "", "low_back_pain;vertebral_compression_fracture", "scintigraphy"),
    "O13S04": ("true", "low", "low_back_pain", "ordered"),
    "O13S05": ("false", "", "low_back_pain", "ct"),
    "O13S06": ("false", "", "low_back_pain;pubic_ramus_fracture;sacral_fracture", "sacral_fracture_documented"),
    "O13S07": ("true", "low", "low_back_pain", "none"),
    "O13S08": ("false", "", "vertebral_compression_fracture", "ct"),
    "O13S09": ("true", "high", "low_back_pain;sacral_fracture", "ordered"),
    "O13S10": ("true", "low", "low_back_pain", "radiograph_only"),
    "O13S11": ("false", "", "low_back_pain", "mri"),
    "O13S12": ("true", "low", "vertebral_compression_fracture", "none"),
    "O13S13": ("false", "", "low_back_pain;vertebral_compression_fracture", "ct"),
    "O13S14": ("true", "high", "low_back_pain;sacral_fracture", "radiograph_only"),
    "O13S15": ("false", "", "low_back_pain;pubic_ramus_fracture;sacral_fracture", "sacral_fracture_documented"),
    "O13S16": ("true", "medium", "low_back_pain;vertebral_compression_fracture", "ordered"),
    "O13S17": ("false", "", "low_back_pain", "mri"),
    "O13S18": ("true", "high", "pubic_ramus_fracture", "radiograph_only"),
    "O13S19": ("false", "", "low_back_pain;sacral_fracture;vertebral_compression_fracture", "mri"),
    "O13S20": ("true", "high", "low_back_pain;pubic_ramus_fracture", "ordered"),
    "O13S21": ("true", "medium", "low_back_pain;vertebral_compression_fracture", "ordered"),
    "O13S22": ("false", "", "low_back_pain", "radiograph_only"),
    "O13S23": ("true", "low", "vertebral_compression_fracture", "ordered"),
    "O13S24": ("false", "", "low_back_pain;pubic_ramus_fracture", "mri"),
    "O13S25": ("true", "low", "low_back_pain", "ordered"),
    "O13S26": ("false", "", "low_back_pain;sacral_fracture", "sacral_fracture_documented"),
    "O13S27": ("true", "high", "low_back_pain;pubic_ramus_fracture;sacral_fracture", "ordered"),
}

with open(OUT / "patients.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["patient_id", "sex", "birth_date"])
    w.writerows(PATIENTS)
with open(OUT / "notes.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["note_id", "patient_id", "note_date", "note_type", "exam", "text", "language", "unit"])
    for n in NOTES:
        w.writerow(n[:8])
with open(OUT / "gold_note_labels.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["note_id", "concept", "label"])
    for n in NOTES:
        for c, lab in sorted(n[8].items()):
            w.writerow([n[0], c, lab])
with open(OUT / "gold_cases.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["patient_id", "flagged", "priority", "reasons", "workup"])
    for pid, *_ in PATIENTS:
        w.writerow([pid, *GOLD[pid]])

# consistency check: reasons recomputed from the note labels (episodes, anchors)
from datetime import date
INDEX = {LBP, VCF, RAM}
for pid, *_ in PATIENTS:
    anchors = []
    for n in NOTES:
        if n[1] != pid:
            continue
        d = date.fromisoformat(n[2])
        for c, lab in n[8].items():
            if (c in INDEX and lab == P) or (c == SAC and lab == U):
                anchors.append((d, c))
    anchors.sort()
    ep = []
    for a in anchors:
        if ep and (a[0] - ep[-1][0]).days > 365:
            ep = []
        ep.append(a)
    reasons = ";".join(sorted({c for _, c in ep}))
    if reasons != GOLD[pid][2]:
        print("REASONS MISMATCH", pid, reasons, GOLD[pid][2])
    lens = [len(n[5]) for n in NOTES if n[1] == pid]
    if not 2 <= len(lens) <= 4:
        print("NOTE COUNT", pid, len(lens))
print(len(PATIENTS), "patients", len(NOTES), "notes",
      sum(g[0] == "true" for g in GOLD.values()), "flagged",
      "min/max chars", min(len(n[5]) for n in NOTES), max(len(n[5]) for n in NOTES))

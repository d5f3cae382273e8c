"""Swedish challenge patients: synthetic notes written by the project, with hand-made labels."""
from model import N, Patient, X

P = []

P.append(Patient("CS01", "F", "1941-05-14", "F", "1941-05-14", notes=[
    N("CS01_1", "2024-03-02", "emergency", "", "sv", "Akutmottagning", """
Akutmottagningen
Kontaktorsak: Fall i hemmet igår kväll.

Aktuellt: 82-årig kvinna som halkade på badrumsgolvet och landade på vänster sida. Sedan dess ont i vänster ljumske och ont i ländryggen, har svårt att resa sig. Ingen skallskada, ingen medvetslöshet.

Status: AT gott. Ömhet över vä ljumske, smärta vid rotation av vä höft. Palpationsöm över nedre ländryggen. Neurologiskt ua i benen.

Bedömning: Fallskada, frågeställning fraktur i bäcken eller höft.

Åtgärd: Rtg bäcken beställs. Analgetika.
""", "lbp:p", [X("xr", "pelvis", "R", "xr1")]),
    N("CS01_2", "2024-03-02", "radiology", "Rtg bäcken", "", "Röntgen", """
Rtg bäcken

Frågeställning: Fall, smärta vä ljumske. Fraktur?

Fynd: Fraktur genom vänster ramus superior och ramus inferior ossis pubis, lätt dislocerad. Höftlederna med normal ledspringa. Inga tecken till collumfraktur. Sakrum skyms delvis av tarmgas och kan inte bedömas säkert på denna undersökning.

Utlåtande: Fraktur i vänster ramus superior och inferior. Sakrum ofullständigt bedömt.
""", "ramus:p", [X("xr", "pelvis", "P", "xr1")]),
    N("CS01_3", "2024-03-04", "clinical", "", "sv", "Ortopedi", """
Ortopedi, avdelning 12 – daganteckning

Pat inlagd efter fall med fraktur i vä ramus superior och inferior. Mobiliseras med gåbord men begränsas av smärta lågt i ryggen och i skinkan på vänster sida.

Bedömning: Konservativ behandling av ramusfrakturen, full belastning. Smärtan i skinkan och korsryggen inger misstanke om samtidig insufficiensfraktur i sakrum.

Planering: Remiss skickad till röntgen för MR bäcken, frågeställning sakral insufficiensfraktur. Fortsatt mobilisering med sjukgymnast.
""", "ramus:p lbp:p sacral:u", [X("mr", "pelvis", "R", "mr1")]),
    N("CS01_4", "2024-03-08", "geriatrics", "", "", "Geriatrik", """
Geriatriska kliniken – inskrivningsanteckning

Överflyttad från ortopeden för fortsatt rehabilitering efter vänstersidig ramusfraktur.

Tidigare: Förmaksflimmer. AV-block II, pacemaker sedan 2019. Hypertoni.

Aktuellt: Går kortare sträckor med rollator. Fortsatt värk i ländryggen, särskilt vid förflyttning.

Bedömning: MR bäcken som beställdes från ortopeden är avbokad av röntgen då pacemakern inte är MR-kompatibel. Annan utredning av korsbenet har inte beställts.

Plan: Fortsatt rehab, paracetamol regelbundet, oxikodon vb.
""", "ramus:p lbp:p", [X("mr", "pelvis", "N", "mr1")]),
]))

P.append(Patient("CS02", "K", "1938-11-02", "F", "1938-11-02", notes=[
    N("CS02_1", "2023-09-12", "outpatient", "", "sv", "Vårdcentral", """
Vårdcentralen Eken – mottagningsbesök

Kontaktorsak: Ryggvärk.

Anamnes: 84-årig kvinna med sedan tre veckor tilltagande smärta i ländryggen efter att ha lyft en blomkruka. Värken strålar inte ut i benen. Tar Alvedon utan större effekt.
Läkemedel: Enalapril, Omeprazol.

Status: Knackömhet över övre ländryggen, rörelsesmärta vid flexion. Lasègue neg bilat.

Bedömning: Lumbago hos äldre kvinna, kotkompression bör uteslutas.

Åtgärd: Rtg ländrygg. Åter efter svar.
""", "lbp:p vcf:y", [X("xr", "lumbar_spine", "R", "xr2")]),
    N("CS02_2", "2023-09-15", "radiology", "Rtg ländrygg", "sv", "Röntgen", """
Rtg ländrygg, två plan

Frågeställning: Smärta i ländryggen sedan tre veckor. Kotkompression?

Fynd: Kilformig kompression av L1 med cirka 35 % höjdreduktion framtill. Övriga kotkroppar med bevarad höjd. Måttliga degenerativa förändringar L4–S1. Ingen listes.

Utlåtande: Kompressionsfraktur L1, ålder kan ej bedömas. Jämförande bilder saknas.
""", "lbp:p vcf:p", [X("xr", "lumbar_spine", "P", "xr2")]),
    N("CS02_3", "2023-09-28", "radiology", "DT ländrygg", "sv", "Röntgen", """
DT ländrygg utan kontrast

Klinisk information: Kompressionsfraktur L1 på slätröntgen. Ålder? Bakre kant?

Teknik: Axiala snitt Th12–L5 med sagittala och koronara rekonstruktioner. Sakrum ingår ej i undersökningen.

Fynd: Kompressionsfraktur av L1 med höjdreduktion framtill ca 35 %, skarpa frakturkanter och inga tecken till läkning, talar för färsk fraktur. Bakre kanten intakt, ingen retropulsion. Spinalkanalen vid. Övriga kotor utan frakturer.

Utlåtande: Färsk, stabil kompressionsfraktur L1. Sakrum ej avbildat.
""", "vcf:p", [X("ct", "lumbar_spine", "P", "ct2", covers=False)]),
    N("CS02_4", "2023-10-05", "outpatient", "", "", "Vårdcentral", """
Telefonkontakt

Pat ringer, fortsatt ont i ländryggen men något bättre med Citodon. Informerad om svaret: färsk kotkompression L1 på DT. Utredning med bentäthetsmätning (DXA) startas, remiss skickad. Åter till mottagningen om 4 v.
""", "lbp:p vcf:p", [X("ct", "lumbar_spine", "P", "ct2", covers=False), X("dxa", "other", "R", "dxa2")]),
]))

P.append(Patient("CS03", "M", "1950-02-20", "M", "1950-02-20", notes=[
    N("CS03_1", "2024-06-10", "emergency", "", "sv", "Akutmottagning", """
Akutmottagningen Södersjukhuset

Kontaktorsak: Akut ryggsmärta.

Anamnes: 74-årig man med känd osteoporos, behandlas med alendronat sedan 2021. I morse plötslig smärta i ländryggen när han böjde sig ner efter tidningen. Inget trauma i övrigt. Ingen feber, ingen urinretention.

Status: Opåverkad. Uttalad palpationsömhet över L2–L3. Kraft och sensibilitet ua i benen. Reflexer lika.

Bedömning: Akut lumbago hos man med osteoporos, misstänkt osteoporotisk kotkompression.

Åtgärd: DT ländrygg akut.
""", "lbp:p osteo:p vcf:u", [X("ct", "lumbar_spine", "R", "ct3", covers=True)]),
    N("CS03_2", "2024-06-10", "radiology", "DT ländrygg", "", "Röntgen", """
DT LÄNDRYGG

Frågeställning: Plötslig lumbago, känd osteoporos. Kotkompression?

Teknik: Spiral från Th11 till och med sakrum inklusive SI-lederna, rekonstruktioner i tre plan.

Fynd: Kompressionsfraktur av L3 med ca 25 % höjdminskning centralt (bikonkav form), inga tecken till engagemang av bakre kanten. Generell osteopeni. Sakrum är avbildat i sin helhet och är utan frakturlinjer. SI-lederna ua.

Utlåtande: Färsk kompressionsfraktur L3. Sakrum och SI-leder utan fraktur.
""", "lbp:p osteo:p vcf:p sacral:n", [X("ct", "lumbar_spine", "P", "ct3", covers=True)]),
    N("CS03_3", "2024-06-11", "orthopaedics", "", "sv", "Ortopedi", """
Ortopedi – anteckning

DT visade färsk kompressionsfraktur L3 utan engagemang av bakre kanten; sakrum och SI-leder var utan fraktur. Stabil skada, ortos behövs inte.

Bedömning: Osteoporotisk kotfraktur L3. Smärtlindring med paracetamol och tramadol, mobilisering med sjukgymnast. Fortsatt alendronat, kontroll av D-vitamin.

Plan: Hem när smärtan tillåter. Återbesök ortopedmottagningen om 6 veckor.
""", "vcf:p osteo:p sacral:n", [X("ct", "lumbar_spine", "P", "ct3", covers=True)]),
]))

P.append(Patient("CS04", "", "", "F", "1948-07-01", notes=[
    N("CS04_1", "2025-01-20", "outpatient", "", "sv", "Vårdcentral", """
Vardcentralen Norrby - besok

Kontaktorsak: Ont i ryggen

Anamnes: Kvinna fodd -48, tidigare frisk forutom hypotyreos. Sedan jul ont lagt i ryggen, varst vid uppresning fran sangen. Ingen utstralning. Inget trauma.

Status: Gar utan hjalpmedel men stelt. Palp om over korsryggen och hoger skinka. Neurologi ua.

Bedomning: Lumbago, sannolikt muskulart, men med hennes alder bor sakral insufficiensfraktur uteslutas.

Atgard: Remiss MR backen. Paracetamol 1 g x 3.
""", "lbp:p sacral:y", [X("mr", "pelvis", "R", "mr4")]),
    N("CS04_2", "2025-03-03", "outpatient", "", "sv", "Vårdcentral", """
Vårdcentralen Norrby – återbesök

Kvinna född -48 med ländryggssmärta sedan december. Något bättre med regelbundet paracetamol, men fortsatt ont i skinkan vid längre promenader.

Väntar på MR bäcken; remissen är accepterad men tid är ännu inte given. Pat har ringt röntgen två gånger.

Bedömning: Oförändrad lumbago. Avvaktar MR.

Plan: Fortsatt paracetamol. Tel-kontakt när MR är gjord.
""", "lbp:p", [X("mr", "pelvis", "R", "mr4")]),
]))

P.append(Patient("CS05", "", "", "F", "1953-07-01", notes=[
    N("CS05_1", "2024-10-01", "emergency", "", "", "Akutmottagning", """
Akuten Kärnsjukhuset

K 71 år. Söker för smärta i korsryggen sedan en vecka, debut efter en lätt halka på isen. Har haft bröstcancer 2015, opererad och strålbehandlad mot bröstet, recidivfri.

Status: Går med viss svårighet. Ömhet över sakrum och vänster SI-led. Neurologi ua.

Bedömning: Lågt sittande ryggsmärta. Med tanke på tidigare cancer och åldern bör fraktur eller metastas i bäckenet uteslutas.

Åtgärd: Remiss MR bäcken, ortopedmottagningen följer upp.
""", "lbp:p", [X("mr", "pelvis", "R", "mr5")]),
    N("CS05_2", "2024-10-15", "outpatient", "", "sv", "Ortopedmottagning", """
Ortopedmottagningen – tel

Pat ringer och undrar över MR. Kallelse skickad till MR bäcken 2024-10-22, pat informerad. Fortsatt ont i ländryggen, klarar sig hemma med paracetamol. Ingen ny svaghet i benen.
""", "lbp:p", [X("mr", "pelvis", "R", "mr5", when="2024-10-22")]),
    N("CS05_3", "2024-10-22", "radiology", "MR bäcken", "", "Röntgen", """
MR BÄCKEN

Frågeställning: Kvinna 71 år, lågt sittande ryggsmärta efter halka, tidigare bröstcancer. Fraktur? Metastas?

Teknik: STIR och T1 koronart och axialt genom bäckenet inkl. sakrum.

Fynd: Inget benmärgsödem i sakrum eller ilium. Inga frakturer i sakrum eller bäckenringen. Inga fokala skelettförändringar som talar för metastas. Lätt degeneration av SI-lederna. Diskdegeneration L5–S1.

Utlåtande: Ingen sakral fraktur eller annan fraktur i bäckenet. Inga metastasmisstänkta förändringar.
""", "lbp:p sacral:n", [X("mr", "pelvis", "P", "mr5")]),
]))

P.append(Patient("CS06", "", "", "M", "1944-01-01", notes=[
    N("CS06_1", "2023-04-17", "outpatient", "", "sv", "Vårdcentral", """
Vårdcentralen Åsen – mottagning

Man 79 år, pensionerad snickare. Söker för värk i ländryggen sedan två månader, värre på morgonen, bättre efter rörelse. Ingen nattlig smärta, ingen viktnedgång. Förnekar trauma.

Status: Nedsatt rörlighet i ländryggen, ingen knackömhet. Neurologi ua.

Bedömning: Mekanisk ländryggssmärta, sannolikt degenerativ. Hustrun tycker att han har blivit kortare; DXA beställs för att värdera skelettstatus.

Plan: Sjukgymnastik, paracetamol vb. Åter om 3 mån.
""", "lbp:p", [X("dxa", "other", "R", "dxa6")]),
    N("CS06_2", "2023-05-08", "radiology", "DXA", "sv", "Klinisk fysiologi", """
Bentäthetsmätning (DXA) med VFA

Frågeställning: Man 79 år, har blivit kortare. Benskörhet? Kotkompressioner?

Resultat: Ländrygg L1–L4 T-score −1,6. Höft totalt T-score −1,3, lårbenshals −1,8.
VFA (lateral bild Th4–L4): Inga kotkompressioner. Normala kothöjder.

Utlåtande: Osteopeni, inte osteoporos. Ingen kotfraktur på VFA.
""", "osteo:y vcf:y", [X("dxa", "other", "P", "dxa6")]),
]))

P.append(Patient("CS07", "", "", "F", "1948-07-01", notes=[
    N("CS07_1", "2023-02-06", "outpatient", "", "", "Vårdcentral", """
Distriktsläkarmottagningen

Pat född 1948. Hon söker för smärta i nedre delen av ryggen sedan ca 4 veckor, tilltagande. Ramlade i trappan i januari men slog sig då mest i höften. Gått ner 2 kg. Inga läkemedel regelbundet.

Status: Hon rör sig försiktigt. Ömhet paravertebralt L4–S1 bilat, inte över höften. SLR neg.

Bedömning: Ländryggssmärta efter fall hos äldre kvinna. Rtg ländrygg för att utesluta kotkompression.

Plan: Rtg ländrygg, Alvedon 665 mg 2x3.
""", "lbp:p vcf:y", [X("xr", "lumbar_spine", "R", "xr7")]),
    N("CS07_2", "2023-02-09", "radiology", "Rtg ländrygg", "sv", "Röntgen", """
Rtg ländrygg

Frågeställning: Kvinna, ländryggssmärta efter fall. Kotkompression?

Fynd: Normal höjd av samtliga lumbala kotkroppar. Lätt sned hållning. Spondylartros L4–L5 och L5–S1. Inga fokala destruktioner.

Utlåtande: Ingen kotkompression. Degenerativa förändringar i nedre ländryggen.
""", "lbp:p vcf:y", [X("xr", "lumbar_spine", "P", "xr7")]),
]))

P.append(Patient("CS08", "F", "1944-08-30", "F", "1944-08-30", notes=[
    N("CS08_1", "2024-11-11", "radiology", "Rtg bäcken", "", "Röntgen", """
Slätröntgen bäcken

Anamnes: 80-årig kvinna, fall. Smärta höger ljumske.

Fynd: Fraktur i höger ramus inferior ossis pubis, odislocerad. Möjlig frakturlinje även i höger ramus superior. Höftlederna ua. Sakrum begränsat bedömbart.

Utlåtande: Fraktur i höger ramus inferior, möjligen även i ramus superior.
""", "ramus:p", [X("xr", "pelvis", "P", "xr8")]),
    N("CS08_2", "2024-11-13", "geriatrics", "", "sv", "Geriatrik", """
Geriatriska kliniken – ronden

Inlagd efter fall med ramusfraktur hö. Klagar nu framför allt över smärta lågt i ryggen och över korsbenet, smärtan förvärras i stående. Kompressionstest av bäckenet smärtsamt baktill.

Bedömning: Bilden talar för samtidig skada baktill i bäckenringen. MR bäcken beställd, frågeställning sakral insufficiensfraktur.

Plan: Mobilisering efter förmåga. Oxynorm vb.
""", "ramus:p lbp:p sacral:y", [X("mr", "pelvis", "R", "mr8")]),
    N("CS08_3", "2024-11-20", "discharge", "", "sv", "Geriatrik", """
Epikris

Diagnoser: Fraktur i höger ramus inferior ossis pubis. Sannolik sakral fraktur utan verifierande undersökning.

Vårdförlopp: 80-årig kvinna inlagd efter fall i hemmet. Slätröntgen av bäckenet visade ramusfraktur hö. Besvärades av smärta i korsryggen och baktill i bäckenet. MR bäcken inställd pga driftstopp på magnetkameran, ny tid ej given före utskrivning. Mobiliserad till rollator.

Uppföljning: Geriatrisk mottagning om 4 veckor.
""", "ramus:p sacral:u lbp:p", [X("xr", "pelvis", "P", "xr8"), X("mr", "pelvis", "N", "mr8")]),
]))

P.append(Patient("CS09", "F", "1936-01-15", "F", "1936-01-15", notes=[
    N("CS09_1", "2022-10-03", "outpatient", "", "sv", "Geriatrisk mottagning", """
Geriatrisk mottagning – nybesök

Anamnes: 86-årig kvinna. Tidigare: Osteoporos, behandlad med Prolia. Läkt ramusfraktur 2018 efter fall. Hjärtsvikt.

Aktuellt: Sedan ca 6 veckor ont i ländryggen med utstrålning ner mot vänster skinka. Ingen känd skada. Nattvärk ibland.

Status: Smärtpåverkad vid resning. Palpöm över nedre ländryggen. Neurologi grovt ua.

Bedömning: Ländryggssmärta hos kvinna med osteoporos.

Plan: MR ländrygg, frågeställning kotkompression eller sakral insufficiensfraktur.
""", "osteo:p ramus:h lbp:p vcf:y sacral:y", [X("mr", "lumbar_spine", "R", "mr9")]),
    N("CS09_2", "2022-10-24", "radiology", "MR ländrygg", "", "Röntgen", """
MR LÄNDRYGG

Frågeställning: Ländryggssmärta, osteoporos. Kotkompression? SIF?

Teknik: Sagittal T1, T2, STIR Th12–S1, axiala T2 L3–S1.

Fynd: Normal höjd på kotkropparna, inget märgödem. Diskbuktning L4–L5 utan rotpåverkan. Sakrum ingår endast med S1 på sagittalbilderna och bedöms ej.

Utlåtande: Ingen kotkompression. Sakrum bedöms ej på denna undersökning.
""", "lbp:p osteo:p vcf:y sacral:y", [X("mr", "lumbar_spine", "P", "mr9", covers=False)]),
    N("CS09_3", "2022-11-07", "outpatient", "", "", "Geriatrisk mottagning", """
Geriatrisk mottagning – återbesök

MR ländrygg visade ingen kotkompression, sakrum var inte bedömt. Fortfarande ont i ländryggen och i vä skinka, något bättre med Citodon. Erbjuds kompletterande MR bäcken men pat avböjer, vill inte ligga i kameran igen.

Bedömning: Kvarstående lågt sittande ryggsmärta, osteoporos.

Plan: Fortsatt Prolia. Smärtlindring. Åter om 3 mån.
""", "vcf:n lbp:p osteo:p", [X("mr", "lumbar_spine", "P", "mr9", covers=False), X("mr", "pelvis", "N", "mr9b")]),
]))

P.append(Patient("CS10", "kvinna", "1940-04-04", "F", "1940-04-04", risks={"rheumatic_disease", "steroid_therapy"}, notes=[
    N("CS10_1", "2025-02-14", "emergency", "", "sv", "Akutmottagning", """
Akutmottagningen

KK: Fall utomhus.

Anamnes: 84-årig kvinna med RA, står på Prednisolon 5 mg dagligen. Halkade på trottoaren, kan inte belasta höger ben pga ljumsksmärta.

Status: Ingen felställning av benet, ingen förkortning. Smärta vid belastning i hö ljumske. Ömhet över symfysen hö.

Rtg bäcken: Fraktur i höger ramus superior och inferior. Collum ua.

Bedömning: Ramusfraktur hö. Inläggning på ortopeden för smärtlindring och mobilisering.
""", "ramus:p", [X("xr", "pelvis", "P", "xr10")]),
    N("CS10_2", "2025-02-16", "orthopaedics", "", "sv", "Ortopedi", """
Ortopedavdelningen – daganteckning

Pat med ramusfraktur hö. Svår att mobilisera, anger ont djupt i skinkan hö och i ländryggen vid förflyttning. Med tanke på kortisonbehandlingen hög risk för insufficiensfrakturer.

Remiss DT bäcken utfärdad för att utesluta sakral insufficiensfraktur.

Fortsatt Oxynorm, laxering, trombosprofylax.
""", "ramus:p lbp:p sacral:y", [X("ct", "pelvis", "R", "ct10")]),
    N("CS10_3", "2025-05-20", "outpatient", "", "", "Ortopedmottagning", """
Ortopedmottagningen, återbesök 3 månader efter frakturen

Pat går nu med käpp, obetydlig smärta i ljumsken. DT bäcken som remitterades under vårdtiden blev aldrig utförd; remissen verkar ha fallit bort vid utskrivningen.

Bedömning: Läkande ramusfraktur hö, kliniskt god utveckling.

Plan: Kontroll vid behov.
""", "ramus:p", [X("ct", "pelvis", "N", "ct10")]),
]))

P.append(Patient("CS11", "M", "1945-07-07", "M", "1945-07-07", notes=[
    N("CS11_1", "2023-05-22", "outpatient", "", "sv", "Ryggmottagning", """
Ryggmottagningen – nybesök

Remissorsak: Ländryggssmärta och ischias vänster.

Anamnes: 77-årig man, tidigare frisk. Sedan 2 månader ont i ländryggen med utstrålning i vänster ben ned till foten. Domningar i stortån.

Status: Lasègue pos vä vid 40 grader. Nedsatt kraft i stortåextension vä. Reflexer ua.

Bedömning: Lumbago-ischias vä med misstänkt kompression av L5-roten.

Plan: MR ländrygg.
""", "lbp:p", [X("mr", "lumbar_spine", "R", "mr11", covers=True)]),
    N("CS11_2", "2023-06-05", "radiology", "MR ländrygg", "", "Röntgen", """
MR LÄNDRYGG

Frågeställning: Lumbago-ischias vä, pareskänsla. Rotkompression L5?

Teknik: Sagittala T1, T2, STIR från Th11 genom hela sakrum; axiala T2 L2–S1; koronar STIR över sakrum och SI-leder.

Fynd: Kompressionsfraktur av L2 med ca 20 % höjdreduktion, inget märgödem. Diskbråck L4–L5 vänster som komprimerar vänster L5-rot. Spinalkanalen är förträngd på nivån L4–L5 med lätt kompression av durasäcken. Sakrum och SI-leder normala, inget ödem eller frakturlinje.

Utlåtande: Diskbråck L4–L5 vä med påverkan på L5-roten. Kompressionsfraktur L2 utan ödem. Sakrum ua.
""", "lbp:p vcf:p sacral:n", [X("mr", "lumbar_spine", "P", "mr11", covers=True)]),
    N("CS11_3", "2023-06-19", "outpatient", "", "sv", "Ryggmottagning", """
Ryggmottagningen – svarsbesök

MR visade diskbråck L4–L5 med kompression av vänster L5-rot, vilket förklarar ischias. Dessutom kompressionsfraktur L2 utan ödem, av oklar ålder; sakrum normalt. Pat informeras.

Bedömning: Lumbago-ischias. Kotkompression L2 bör föranleda utredning av bentätheten.

Plan: Remiss till fysioterapeut. DXA. Ny kontakt om 6 veckor, ställningstagande till operation om pares kvarstår.
""", "lbp:p vcf:p", [X("mr", "lumbar_spine", "P", "mr11", covers=True), X("dxa", "other", "R", "dxa11")]),
]))

P.append(Patient("CS12", "F", "1939-09-09", "F", "1939-09-09", notes=[
    N("CS12_1", "2024-01-15", "outpatient", "", "", "Vårdcentral", """
VC Solgarden, lakarbesok

Aktuellt: 84-arig kvinna med kand osteoporos sedan 2016. Kommer for ont i landryggen sedan november. Dottern tycker att hon har blivit krokigare, och vid matning idag ar hon 3 cm kortare an vid forra besoket 2021.

Status: Okad kyfos. Palp om over nedre landryggen och korsbenet. Neurologi ua.

Bedomning: Landryggssmarta. Langdminskningen kan bero pa kotkompressioner.

Plan: Rtg bröst- och ländrygg.
""", "osteo:p lbp:p vcf:u", [X("xr", "lumbar_spine", "R", "xr12")]),
    N("CS12_2", "2024-01-22", "radiology", "Rtg bröstrygg och ländrygg", "sv", "Röntgen", """
Rtg bröst- och ländrygg

Frågeställning: Kvinna 84 år, osteoporos, 3 cm längdminskning. Kotkompressioner?

Fynd: Ökad torakal kyfos. Kotkropparnas höjd är bevarad i bröst- och ländrygg, inga kompressioner. Uttalad spondylos. Osteopen skelettstruktur.

Utlåtande: Inga kotkompressioner. Kyfosen förklaras av degenerativa förändringar.
""", "osteo:p vcf:y", [X("xr", "lumbar_spine", "P", "xr12")]),
    N("CS12_3", "2024-02-26", "outpatient", "", "sv", "Vårdcentral", """
VC Solgården – tel

Röntgen av bröst- och ländrygg visade inga kotkompressioner. Fortsatt ont i ländryggen och korsbenet. Skelettscintigrafi beställdes i januari för att leta efter insufficiensfraktur i bäckenet; pat uteblev från undersökningen 2024-02-20, hade glömt tiden. Ny tid begärs ej på pat:s önskan.

Plan: Fortsatt Alendronat, paracetamol. Åter om 2 mån.
""", "vcf:n lbp:p", [X("xr", "lumbar_spine", "P", "xr12"), X("ns", "whole_body", "N", "ns12", when="2024-02-20")]),
]))

P.append(Patient("CS13", "F", "1943-03-03", "F", "1943-03-03", notes=[
    N("CS13_1", "2026-01-08", "emergency", "", "sv", "Akutmottagning", """
Akutmottagningen Kirurgi

Kontaktorsak: Buksmärta.

Anamnes: 82-årig kvinna med divertikulos. Sedan 2 dygn smärta i vänster fossa, feber 38,2. Föll för en vecka sedan och har sedan dess också ont i ljumsken hö.

Status: Öm vä fossa utan peritonit. Hö höft: smärta vid belastning, ingen förkortning.

Lab: CRP 96, LPK 12,4.

Bedömning: Trolig divertikulit. DT buk och bäcken med kontrast beställs, där även bäckenskelettet kan bedömas.
""", "", [X("ct", "abdomen_pelvis", "R", "ct13")]),
    N("CS13_2", "2026-01-08", "radiology", "DT buk-bäcken", "", "Röntgen", """
DT BUK OCH BÄCKEN MED IV KONTRAST

Frågeställning: Divertikulit? Fall för en vecka sedan, ont hö ljumske.

Fynd: Lokal divertikulit i colon sigmoideum utan abscess eller fri gas. Skelett: Läkande fraktur i höger ramus inferior ossis pubis med kallusbildning. Sakrum och SI-leder utan frakturer. Degenerativ ländrygg.

Utlåtande: 1. Okomplicerad divertikulit i sigmoideum. 2. Läkande ramusfraktur hö. Ingen sakral fraktur.
""", "ramus:p sacral:n", [X("ct", "abdomen_pelvis", "P", "ct13")]),
    N("CS13_3", "2026-01-10", "discharge", "", "sv", "Kirurgi", """
Epikris Kirurgkliniken

Diagnoser: Divertikulit utan komplikation. Fraktur i höger ramus inferior ossis pubis.

Vårdförlopp: Inlagd för divertikulit, behandlad med antibiotika med god effekt. DT visade dessutom en läkande ramusfraktur hö efter fallet, sakrum utan fraktur. Ortopedkonsult: konservativ behandling, full belastning.

Uppföljning: Tel-kontakt VC om 2 veckor.
""", "ramus:p sacral:n", [X("ct", "abdomen_pelvis", "P", "ct13")]),
]))

P.append(Patient("CS14", "F", "1937-12-12", "F", "1937-12-12", risks={"hip_prosthesis"}, notes=[
    N("CS14_1", "2024-08-19", "radiology", "Rtg bäcken", "sv", "Röntgen", """
Rtg bäcken

Frågeställning: 86-årig kvinna med smärta i vänster ljumske efter fall. Fraktur?

Jämförelse: DT bäcken 2021-05-10.

Fynd: Ny fraktur i vänster ramus superior ossis pubis, inte synlig vid jämförelsen. Cementerad höftprotes höger utan lossningstecken, oförändrad. Sakrum svårbedömt pga överprojektion.

Utlåtande: Färsk fraktur i vä ramus superior.
""", "ramus:p", [X("xr", "pelvis", "P", "xr14"), X("ct", "pelvis", "P", "ct14", when="2021-05-10")]),
    N("CS14_2", "2024-08-20", "geriatrics", "", "sv", "Geriatrik", """
Geriatrik – inskrivning

Inlagd för mobilisering efter ny fraktur i vänster ramus superior. Höftprotes hö sedan 2017. DT bäcken 2021-05-10 gjordes inför ställningstagande till höftrevision.

Aktuellt: Ont i ljumsken vid belastning. Förnekar smärta i ryggen eller skinkorna.

Plan: Mobilisering, smärtlindring, benspecifik behandling diskuteras.
""", "ramus:p lbp:n", [X("ct", "pelvis", "P", "ct14", when="2021-05-10")]),
]))

P.append(Patient("CS15", "F", "1942-06-06", "F", "1942-06-06", notes=[
    N("CS15_1", "2025-06-02", "emergency", "", "", "Akutmottagning", """
Akutmottagningen Mora

KK: Ryggsmarta

Anamnes: 83-arig kvinna, bor ensam. Lyfte en tung kasse for 5 dagar sedan, darefter akut ont i ryggen, nu framforallt lagt i landryggen och over korsbenet. Kan knappt ta sig ur sangen.

Status: Knackom over Th12-L1. Om over sakrum. Neurologi i benen ua.

Rtg th-l-rygg: Kilformad kompression av Th12 med ca 40% hojdreduktion, ny.

Bedomning: Kotkompression Th12. Smartan lagt i ryggen och over korsbenet kan ocksa tala for sakral insufficiensfraktur.

Atgard: Inlaggs geriatrik. MR backen.
""", "lbp:p vcf:p sacral:u", [X("xr", "lumbar_spine", "P", "xr15"), X("mr", "pelvis", "R", "mr15")]),
    N("CS15_2", "2025-06-04", "geriatrics", "", "sv", "Geriatrik", """
Geriatrik avd 7

Pat med farsk kotkompression Th12 och ont i landryggen. MR backen var bokad idag men pat avbojer MR pga klaustrofobi, klarade inte att ligga i kameran ens med lugnande. MR backen installd.

Bedomning: Misstanke om sakral fraktur kvarstar. Pat vill inte genomga fler undersokningar just nu.

Plan: Smartlindring, mobilisering.
""", "vcf:p lbp:p sacral:u", [X("mr", "pelvis", "N", "mr15")]),
]))

P.append(Patient("CS16", "F", "1946-10-10", "F", "1946-10-10", notes=[
    N("CS16_1", "2022-03-14", "radiology", "Rtg bäcken", "sv", "Röntgen", """
Rtg bäcken

Anamnes: 75-årig kvinna, föll i trappan, smärta hö ljumske och lågt i ryggen.

Fynd: Fraktur genom höger ramus superior och inferior, lätt dislokation. Höftleden ua. Sakrum delvis skymt.

Utlåtande: Ramusfraktur hö. Med tanke på smärtan lågt i ryggen rekommenderas MR bäcken för att utesluta samtidig sakral fraktur.
""", "ramus:p lbp:p sacral:y", [X("xr", "pelvis", "P", "xr16"), X("mr", "pelvis", "R", "mr16")]),
    N("CS16_2", "2022-03-17", "radiology", "MR bäcken", "", "Röntgen", """
MR bäcken

Frågeställning: Ramusfraktur hö. Samtidig sakral fraktur?

Teknik: Koronar och axial STIR, T1.

Fynd: Kända frakturer i höger ramus superior och inferior med omgivande ödem. Därtill benmärgsödem med frakturlinje i höger massa lateralis ossis sacri, zon 1. Vänster sakrumhalva ua.

Utlåtande: Insufficiensfraktur i höger sakralvinge jämte känd ramusfraktur hö.
""", "ramus:p sacral:p", [X("mr", "pelvis", "P", "mr16")]),
    N("CS16_3", "2022-03-21", "discharge", "", "sv", "Ortopedi", """
Epikris Ortopedkliniken

Diagnoser: Fraktur i höger ramus superior och inferior. Insufficiensfraktur i sakrum hö.

Förlopp: Fall i trappan. MR visade sakral insufficiensfraktur utöver ramusfrakturen. Konservativ behandling, mobilisering med rollator, full belastning. Smärtan i ländryggen avtagande.

Uppföljning: DXA via vårdcentralen.
""", "ramus:p sacral:p lbp:p", [X("mr", "pelvis", "P", "mr16"), X("dxa", "other", "R", "dxa16")]),
]))

P.append(Patient("CS17", "F", "1935-02-02", "F", "1935-02-02", notes=[
    N("CS17_1", "2023-11-06", "radiology", "Rtg bäcken", "", "Röntgen", """
Röntgen bäcken

Frågeställning: 88-årig kvinna med smärta i korsryggen efter fall. Fraktur?

Fynd: Ingen fraktur i ramus pubis eller lårbenshalsar. Oregelbunden kontur i vänster sakralvinge där fraktur inte kan uteslutas. Kraftig osteopeni.

Utlåtande: Ingen ramusfraktur. Sakral fraktur kan ej uteslutas, DT bäcken rekommenderas.
""", "lbp:p ramus:n sacral:u", [X("xr", "pelvis", "P", "xr17"), X("ct", "pelvis", "R", "ct17")]),
    N("CS17_2", "2023-11-07", "outpatient", "", "sv", "Vårdcentral", """
Vårdcentralen – remisshantering

Röntgensvar: sakral fraktur kan ej uteslutas, DT bäcken rekommenderas. Remiss DT bäcken skickad idag.

Pat har fortsatt ont i korsryggen, klarar sig hemma med hjälp av hemtjänsten.
""", "sacral:u lbp:p", [X("ct", "pelvis", "R", "ct17")]),
    N("CS17_3", "2023-12-04", "outpatient", "", "", "Vårdcentral", """
Vårdcentralen – besök

88-årig kvinna med smärta i korsryggen sedan fallet i början av november. Remissen för DT bäcken har returnerats från röntgen med begäran om uppgift om njurfunktion och har inte skickats in igen. Ingen DT gjord.

Status: Går med rollator, smärta vid förflyttning. Öm över vä SI-led och sakrum.

Bedömning: Fortsatt smärta i korsryggen, misstänkt sakral fraktur.

Plan: Kontroll av kreatinin. Oxikodon vb.
""", "lbp:p sacral:u", [X("ct", "pelvis", "N", "ct17")]),
]))

P.append(Patient("CS18", "F", "1941-08-08", "F", "1941-08-08", notes=[
    N("CS18_1", "2024-04-02", "radiology", "DT ländrygg", "sv", "Röntgen", """
DT ländrygg

Frågeställning: 82-årig kvinna, lumbago sedan 3 veckor. Kotkompression?

Fynd: Normal kothöjd L1–L5. Uttalade facettledsartroser L4–S1. De nedersta snitten omfattar övre delen av sakrum, där en oskarp sklerotisk linje i höger sakralvinge ses. Sakrum är inte fullständigt avbildat.

Utlåtande: Ingen kotkompression. Misstänkt insufficiensfraktur i höger sakralvinge, ofullständigt avbildad. Rekommenderar MR bäcken.
""", "lbp:p vcf:y sacral:u", [X("ct", "lumbar_spine", "P", "ct18", covers=False), X("mr", "pelvis", "R", "mr18")]),
    N("CS18_2", "2024-05-13", "outpatient", "", "sv", "Geriatrisk mottagning", """
Geriatrisk mottagning

Kvinna 82 år med lågt sittande ryggsmärta sedan mars. DT ländrygg i april väckte misstanke om sakral fraktur, ej bekräftad. Den rekommenderade MR bäcken har inte bokats, och ingen bilddiagnostik av bäckenet utförd sedan dess.

Status: Går med rollator. Öm över hö sakrum.

Bedömning: Misstänkt sakral insufficiensfraktur, ej bekräftad. Pat och dottern vill inte ha fler undersökningar.

Plan: Smärtlindring, fallprevention.
""", "lbp:p sacral:u", [X("ct", "lumbar_spine", "P", "ct18", covers=False), X("mr", "pelvis", "N", "mr18")]),
]))

P.append(Patient("CS19", "M", "1952-01-30", "M", "1952-01-30", notes=[
    N("CS19_1", "2024-09-09", "radiology", "MR ländrygg", "", "Röntgen", """
MR ländrygg

Frågeställning: 72-årig man med ländryggssmärta och bensmärta hö. Spinal stenos? Rotpåverkan?

Fynd: Spinal stenos L3–L4 med uttalad kompression av durasäcken. Foraminal stenos hö L5–S1 med kompression av höger L5-rot. Kotkropparna har normal höjd. Sakrum endast delvis avbildat; i den avbildade delen av S1 ses ett diffust signalstegrat område som inte kan karakteriseras.

Utlåtande: Spinal stenos L3–L4, rotkompression L5 hö. Sakrum ofullständigt bedömt, riktad MR sakrum rekommenderas.
""", "lbp:p vcf:n", [X("mr", "lumbar_spine", "P", "mr19l", covers=False), X("mr", "sacrum", "R", "mr19")]),
    N("CS19_2", "2024-09-23", "outpatient", "", "sv", "Ryggmottagning", """
Ryggmottagningen

Man 72 år med ländryggssmärta och ischias hö. MR visade spinal stenos och kompression av L5-roten hö. Radiologen rekommenderar riktad MR av sakrum pga oklar signalförändring i S1. Remiss skickad.

Bedömning: Stenos och rotpåverkan förklarar bensmärtan. Opereras ej i nuläget.

Plan: Fysioterapi. Återbesök efter MR sakrum.
""", "lbp:p", [X("mr", "lumbar_spine", "P", "mr19l", covers=False), X("mr", "sacrum", "R", "mr19")]),
]))

P.append(Patient("CS20", "F", "1933-05-05", "F", "1933-05-05", risks={"rheumatic_disease", "steroid_therapy"}, notes=[
    N("CS20_1", "2022-06-13", "outpatient", "", "sv", "Reumatologmottagning", """
Reumatologmottagningen

Aktuellt: 89-årig kvinna med polymyalgia reumatika sedan 2020, står på Prednisolon 7,5 mg. Sedan maj smärta i ländryggen och båda skinkorna, stel på morgonen. Föll i badrummet 2022-05-20.

Status: Öm över båda SI-lederna. Rörligheten i ländryggen nedsatt.

Bedömning: Lågt sittande ryggsmärta hos kortisonbehandlad patient.

Plan: MR SI-leder för att utesluta sakral insufficiensfraktur och sakroiliit.
""", "lbp:p sacral:y", [X("mr", "si_joints", "R", "mr20")]),
    N("CS20_2", "2022-06-20", "radiology", "MR SI-leder", "", "Röntgen", """
MR SI-LEDER

Frågeställning: Kortisonbehandlad kvinna med lågt sittande ryggsmärta. Sakroiliit? Insufficiensfraktur?

Fynd: Inga tecken till aktiv sakroiliit. Inget benmärgsödem i sakrum eller ilium. Inga frakturlinjer i sakrum. Lätt degenerativa SI-leder.

Utlåtande: Ingen sakroiliit. Ingen sakral insufficiensfraktur.
""", "lbp:p sacral:n", [X("mr", "si_joints", "P", "mr20")]),
    N("CS20_3", "2022-08-29", "outpatient", "", "sv", "Reumatologmottagning", """
Reumatologmottagningen – återbesök

MR SI-leder i juni visade ingen fraktur i sakrum och ingen sakroiliit. Fortsatt ont i ländryggen. Nytt fall i juli; DT bäcken på akuten 2022-07-30 visade ingen fraktur i bäckenet, sakrum ua.

Bedömning: Ländryggssmärta, trol. degenerativ. PMR i remission.

Plan: Nedtrappning av Prednisolon med 1 mg per månad. Sjukgymnastik.
""", "sacral:n lbp:p", [X("mr", "si_joints", "P", "mr20"), X("ct", "pelvis", "P", "ct20", when="2022-07-30")]),
]))

P.append(Patient("CS21", "F", "1947-09-19", "F", "1947-09-19", risks={"pelvic_radiation"}, notes=[
    N("CS21_1", "2025-01-09", "outpatient", "", "sv", "Ortopedmottagning", """
Ortopedmottagningen

77-årig kvinna, strålbehandlad mot bäckenet för livmoderhalscancer 2012. Sedan 6 veckor tilltagande smärta i korsryggen och ljumskarna utan trauma. Nattlig smärta.

Status: Öm över sakrum bilat. Kompressionstest av bäckenet ger smärta.

Bedömning: Lågt sittande ryggsmärta efter bäckenbestrålning. Remiss MR bäcken utfärdad för att utesluta sakral insufficiensfraktur. Om en sakral fraktur påvisas och smärtan kvarstår trots mobilisering kan sakroplastik bli aktuell.
""", "lbp:p sacral:y", [X("mr", "pelvis", "R", "mr21")]),
    N("CS21_2", "2025-02-03", "radiology", "MR bäcken", "sv", "Röntgen", """
MR BÄCKEN

Frågeställning: Strålbehandlat bäcken 2012, smärta i korsryggen. Insufficiensfraktur?

Teknik: STIR, T1 koronart och axialt.

Fynd: Bilateralt benmärgsödem i sakralvingarna med lågsignalerande frakturlinjer på T1, H-format mönster. Strålningsförändringar i benmärgen i bäckenet. Inga metastasmisstänkta förändringar. Rami pubis intakta.

Utlåtande: Bilaterala insufficiensfrakturer i sakrum, förenligt med strålningsrelaterade insufficiensfrakturer.
""", "lbp:p sacral:p ramus:n", [X("mr", "pelvis", "P", "mr21")]),
    N("CS21_3", "2025-02-10", "outpatient", "", "", "Ortopedmottagning", """
Ortopedmottagningen – svar

MR bäcken 2025-02-03 visade bilaterala insufficiensfrakturer i sakrum. Pat informerad. Fortsatt ont i korsryggen men klarar ADL.

Plan: Mobilisering med rollator, paracetamol. Remiss till benhälsomottagningen för ställningstagande till benspecifik behandling.
""", "sacral:p lbp:p", [X("mr", "pelvis", "P", "mr21", when="2025-02-03")]),
]))

P.append(Patient("CS22", "", "", "F", "1941-07-01", notes=[
    N("CS22_1", "2026-02-02", "outpatient", "", "", "Hemsjukvård", """
Hemsjukvården – läkarbesök i hemmet

Pat är känd sedan tidigare med hjärtsvikt och lätt kognitiv svikt. Hon är 84 år och bor med hemtjänst 4 ggr/dag. Personalen rapporterar att hon sedan två veckor klagar över ont i ländryggen och inte vill gå upp ur sängen.

Status: Smärtpåverkad vid förflyttning. Palpöm över korsryggen. Inga pareser.

Bedömning: Ländryggssmärta hos sängbunden äldre. DT bäcken planeras via närsjukhuset när transport kan ordnas.

Plan: Paracetamol 1 g x 3, Oxynorm 5 mg vb.
""", "lbp:p", [X("ct", "pelvis", "R", "ct22")]),
    N("CS22_2", "2026-03-16", "outpatient", "", "sv", "Hemsjukvård", """
Hemsjukvården – uppföljning

Hon är fortsatt sängliggande större delen av dagen, ländryggssmärtan oförändrad. DT bäcken ej gjord, pat har vid två tillfällen inte orkat med transporten.

Bedömning: Kvarstående lumbago, oklar genes.

Plan: Ökad smärtlindring. Ställningstagande tillsammans med anhöriga.
""", "lbp:p", [X("ct", "pelvis", "N", "ct22")]),
]))

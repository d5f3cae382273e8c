"""Generate the round-ten outside-author Swedish set (written blind)."""
import csv, textwrap, os
OUT = "/work/wt/outside10sv/tests/data/outside10/sv"

def ris(text, width=68):
    """RIS print: upper case, hard-wrapped at a fixed width, paragraphs kept."""
    out = []
    for para in text.strip().split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para.upper(), width=width, break_long_words=False) or [""])
    return "\n".join(out)

def d(s):
    return textwrap.dedent(s).strip("\n")

patients = []   # (pid, sex, birth_date)
notes = []      # dicts
labels = []     # (note_id, concept, label)
cases = []      # (pid, flagged, priority, reasons, workup)

def N(nid, pid, date, ntype, exam, text, lang, unit, labs):
    notes.append(dict(note_id=nid, patient_id=pid, note_date=date, note_type=ntype, exam=exam,
                      text=text, language=lang, unit=unit))
    for c, l in labs.items():
        labels.append((nid, c, l))

RF, VCF, LBP, SF, OP = ("pubic_ramus_fracture", "vertebral_compression_fracture", "low_back_pain",
                         "sacral_fracture", "osteoporosis")

# ---------- P01: ramus fx, MR requested then not MR-safe --------------------------------------
patients.append(("S10-01", "F", "1946-03-11"))
N("S10-01_01", "S10-01", "2025-01-09", "radiology", "Rtg bäcken", ris(d("""
    Rtg bäcken
    Frågeställning: Fall i hemmet igår, smärta vänster ljumske. Fraktur?
    Jämförelse med: Inga tidigare undersökningar tillgängliga.
    Fynd: Fraktur genom vänster ramus superior ossis pubis med lätt felställning. Även misstänkt fraktur i ramus inferior på samma sida. Höftlederna ua. Kraftigt nedsatt benstruktur.
    Bedömning:
    1. Fraktur i vänster övre blygdbensgren.
    2. Sannolikt även fraktur i nedre blygdbensgrenen vänster.
    3. Bakre bäckenringen kan ej bedömas säkert på slätröntgen, vid kvarstående misstanke rekommenderas DT eller MR.
    """)), "sv", "Röntgen", {RF: "present"})
N("S10-01_02", "S10-01", "2025-01-10", "clinical", "", d("""
    Inskrivningsanteckning ortopedavdelning 12
    Aktuellt: 78-årig kvinna som föll i köket. Rtg visar fraktur i vä ramus superior, trol. även ramus inferior. Ont i vä ljumske och lite i ländryggen vid mobilisering.
    Status: Ömmar över vä blygdben. Ingen palpömhet över sakrum.
    Bedömning: Bäckenringsfraktur främre. Pacemaker sedan 2019.
    Åtgärd: Remiss MR bäcken skickad för att utesluta sakral fraktur. Mobilisering enl. smärta.
    """), "", "Ortopedi", {RF: "present", LBP: "present", SF: "hypothetical"})
N("S10-01_03", "S10-01", "2025-01-14", "clinical", "", d("""
    Daganteckning
    MR bäcken: besked från röntgen att pacemakern ej är MR-kompatibel, undersökningen kan ej genomföras. Remissen makulerad. Vi avstår vidare bilddiagnostik, fortsatt mobilisering med rollator. Planeras hem till korttidsboende.
    """), "sv", "Ortopedi", {})
cases.append(("S10-01", "true", "high", "low_back_pain;pubic_ramus_fracture", "ordered"))

# ---------- P02: VCF split word, lumbar CT sacrum not included, radiologist recommends MR ---------
patients.append(("S10-02", "F", "1943-07-02"))
N("S10-02_01", "S10-02", "2024-10-02", "radiology", "Rtg ländrygg", ris(d("""
    RTG LÄNDRYGG 2 PROJ
    Anamnes: 81 år, ont i ländryggen sedan lyft för 2 veckor sedan. Kompressions fraktur?
    Fynd: Kompressions fraktur av L2 med ca 30% höjdreduktion framtill. Ovriga kotor med bevarad höjd. Uttalade degenerativa förändringar L4-S1.
    Bedömning: Kompressionsfraktur L2, ålder kan ej bedömas.
    """)), "", "Röntgen", {VCF: "present", LBP: "present"})
N("S10-02_02", "S10-02", "2024-10-09", "radiology", "DT ländrygg", ris(d("""
    DT ländryggen utan kontrast
    Frågeställning: Känd kompression L2, bakre kant? Instabilitet?
    Jämförelse med rtg ländrygg 2024-10-02.
    Teknik: Undersökningen omfattar Th12 till L5-S1. Sakrum ingår ej i undersökningen.
    Fynd: Känd kompressionsfraktur av L2 med ca 35% höjdminskning, ingen retropulsion av bakre kanten. Spinalkanalen fri. Inga ytterligare frakturer inom undersökt område.
    Bedömning: 1. Oförändrad kilformad kompression L2 utan bakkantsengagemang. 2. Korsbenet ej avbildat; vid fortsatt lågt sittande smärta rekommenderas MR bäcken för att utesluta sakral insufficiensfraktur.
    """)), "sv", "Röntgen", {VCF: "present", LBP: "hypothetical", SF: "hypothetical"})
N("S10-02_03", "S10-02", "2024-10-20", "outpatient", "", d("""
    Telefonkontakt ssk vårdcentralen
    Pat ringer, fortfarande ont i ländryggen, tar Alvedon 1 g x 3 och Oxynorm vb. Förmedlat till dr Lind. Inget beslut om ytterligare undersökning ännu.
    """), "sv", "Vårdcentral", {LBP: "present"})
cases.append(("S10-02", "true", "medium", "low_back_pain;vertebral_compression_fracture", "ordered"))

# ---------- P03: lumbar MRI that assesses sacrum ----------------------------------------------
patients.append(("S10-03", "M", "1950-05-20"))
N("S10-03_01", "S10-03", "2024-04-03", "emergency", "", d("""
    Akutjournal
    Kontaktorsak: ryggont
    73-årig man, lyfte tung säck jord igår, akut insättande smärta mitt i ryggen, ngt lägre ner, ländrygg. Ingen utstrålning i benen. Ingen blås/tarmpåverkan.
    Status: Palpöm över L1-L2. Neurologiskt ua. Lasègue neg bilat.
    Bedömning: Lumbago, ev kompressionsfraktur. MR ländrygg bokad i morgon.
    """), "", "Akutmottagning", {LBP: "present", VCF: "uncertain"})
N("S10-03_02", "S10-03", "2024-04-04", "radiology", "MR ländrygg", ris(d("""
    MR ländrygg inkl. sakrum
    Frågeställning: Akut ländryggssmärta, kotfraktur?
    Fynd: Färsk kompressionsfraktur av L1 med ödem i kotkroppen i STIR och ca 20% höjdreduktion. Lätt diskbuktning L4-L5 utan rotkompression. Sakrum och SI-lederna är avbildade, inget benmärgsödem och ingen fraktur i sakrum.
    Bedömning: Färsk kompressionsfraktur L1. Ingen sakral fraktur.
    """)), "sv", "Röntgen", {VCF: "present", LBP: "present", SF: "negated"})
cases.append(("S10-03", "false", "", "low_back_pain;vertebral_compression_fracture", "mri"))

# ---------- P04: age/sex from text, checklist, steroids, no imaging -------------------------------
patients.append(("S10-04", "", ""))
N("S10-04_01", "S10-04", "2025-03-17", "outpatient", "", d("""
    Besök VC Norrtull, dr Ahmadi
    Kvinna född -53, känd PMR, står på Prednisolon 5 mg sedan 2 år.
    Aktuellt:
    [x] ryggsmärta, lågt sittande, sedan 3 veckor
    [ ] trauma
    [ ] feber
    [x] nattlig värk
    Status: Gångstörd pga smärta. Ömmar över ländryggen och höger skinka. Rörligheten i ländryggen nedsatt.
    Bedömning: Lumbago hos kortisonbehandlad pat. Inga röda flaggor förutom kortisonbehandlingen.
    Åtgärd: Paracetamol, träningsprogram via fysioterapeut. Åter om 3-4 v, överväg då röntgen.
    """), "", "Vårdcentral", {LBP: "present"})
N("S10-04_02", "S10-04", "2025-04-02", "outpatient", "", d("""
    Meddelande via 1177, sammanfattat av ssk
    Pat skriver att värken i korsryggen inte släppt, svårt att sova. Undrar om hon kan få starkare smärtstillande. Tid bokad hos dr Ahmadi 8/4.
    """), "sv", "Vårdcentral", {LBP: "present"})
cases.append(("S10-04", "true", "low", "low_back_pain", "none"))

# ---------- P05: whole-body scintigraphy, Honda sign -> documented ------------------------------
patients.append(("S10-05", "K", "1944-11-30"))
N("S10-05_01", "S10-05", "2023-05-11", "radiology", "Rtg bäcken", ris(d("""
    Rtg bäcken och höger höft
    Frågeställning: Smärta höger ljumske efter fall, fraktur?
    Fynd: Odislocerad fraktur i höger ramus inferior. Höger höft utan fraktur. Bakre bäckenringen svårbedömd pga tarmgas.
    Bedömning: Fraktur i höger nedre blygdbensgren.
    """)), "sv", "Röntgen", {RF: "present"})
N("S10-05_02", "S10-05", "2023-05-29", "radiology", "Skelettscintigrafi helkropp", d("""
    Skelettscintigrafi, helkropp, 99mTc-HDP
    Anamnes: Känd fraktur i hö ramus inferior, kvarstående smärta lågt i ryggen och sätet. Frågeställning sakral insufficiensfraktur?
    Fynd: Intensivt ökat upptag i höger ramus inferior motsvarande känd fraktur. H-format upptagsmönster över sakrum, bilateralt i massa lateralis med tvärgående komponent i höjd med S2. Ingen misstanke om skelettmetastaser.
    Bedömning: Bilateral insufficiensfraktur i sakrum (Honda-tecken) samt känd fraktur i hö ramus inferior.
    """), "sv", "Klinisk fysiologi", {RF: "present", LBP: "present", SF: "present"})
N("S10-05_03", "S10-05", "2023-06-05", "outpatient", "", d("""
    Ortopedmottagningen, återbesök
    Kvinna 78 år med fraktur i höger ramus inferior och bilateral sakrumfraktur enl. skelettscint 29/5. Smärtan bättre, går med rollator. Remiss osteoporosutredning. Fortsatt konservativ behandling.
    """), "", "Ortopedi", {RF: "present", SF: "present", OP: "hypothetical"})
cases.append(("S10-05", "false", "", "low_back_pain;pubic_ramus_fracture", "sacral_fracture_documented"))

# ---------- P06: överrapportering, CT done at another hospital ----------------------------------
patients.append(("S10-06", "F", "1948-02-14"))
N("S10-06_01", "S10-06", "2025-02-21", "clinical", "", d("""
    Överrapportering från Capio S:t Görans sjukhus
    77-årig kvinna inlagd för fall i hemmet 18/2. DT bäcken från Capio 19/2 enligt uppgift: odislocerad fraktur i vänster ramus superior och inferior, inga frakturer i sakrum eller acetabulum. Bilder ej tillgängliga i vårt PACS, begärda.
    Övertas för rehabilitering. Smärtlindring med Paracetamol och Oxikodon.
    """), "sv", "Geriatrik", {RF: "present", SF: "negated"})
N("S10-06_02", "S10-06", "2025-03-03", "clinical", "", d("""
    Omvårdnadsanteckning fysioterapeut
    Går 20 m med rollator och stöd av en person. Smärta i vänster ljumske VAS 4 vid belastning. Fortsätter gångträning dagligen.
    """), "", "Geriatrik", {})
cases.append(("S10-06", "false", "", "pubic_ramus_fracture", "ct"))

# ---------- P07: MR not attended, Finland-Swedish -------------------------------------------
patients.append(("S10-07", "M", "1939-09-09"))
N("S10-07_01", "S10-07", "2024-11-12", "radiology", "Rtg bäcken", ris(d("""
    RTG BÄCKEN AP
    Remittentens frågeställning: Falltrauma, smärta i blygdbenet, fraktur?
    Fynd: Fraktur genom vänster ramus inferior ossis pubis, lätt dislocerad. Sakrum svårbedömt pga överlagring.
    Bedömning: Ramusfraktur vänster. Vid misstanke om skada i bakre bäckenringen rekommenderas DT eller MR.
    """)), "", "Röntgen", {RF: "present"})
N("S10-07_02", "S10-07", "2024-11-13", "clinical", "", d("""
    Hälsocentralen, läkarbesök
    Pat 85 år, ramusfraktur vä. Ont även i korsryggen. Remiss skickad till magnetundersökning av bäckenet för att utesluta sakrumfraktur. Pat informerad, tid kommer per post.
    """), "sv", "Hälsocentral", {RF: "present", LBP: "present", SF: "hypothetical"})
N("S10-07_03", "S10-07", "2024-12-10", "clinical", "", d("""
    Tel. från röntgen: pat uteblev från MR bäcken 9/12. Ny tid erbjuds ej utan ny remiss. Pat nås ej per telefon. Ssk får försöka igen i veckan.
    """), "", "Hälsocentral", {})
cases.append(("S10-07", "true", "high", "low_back_pain;pubic_ramus_fracture", "ordered"))

# ---------- P08: healed old ramus, DXA osteoporosis, height loss, VFA no compression -------------
patients.append(("S10-08", "F", "1952-06-06"))
N("S10-08_01", "S10-08", "2024-09-05", "radiology", "DXA", d("""
    Bentäthetsmätning (DXA) + VFA
    Frågeställning: Osteoporos? Kotkompressioner? Längdminskning 4 cm sedan ungdomen.
    Tidigare: läkt ramusfraktur höger 2016.
    Resultat: Ländrygg L1-L4 T-score -2,9. Lårbenshals vä T-score -2,4.
    VFA: Inga kotkompressioner Th4-L4.
    Bedömning: Osteoporos enligt WHO-kriterier. Ingen kotkompression påvisad.
    """), "sv", "Klinisk fysiologi", {OP: "present", VCF: "hypothetical", RF: "historical"})
N("S10-08_02", "S10-08", "2024-09-20", "outpatient", "", d("""
    Osteoporosmottagningen
    72-årig kvinna med osteoporos enl. DXA 5/9. Tidigare ramusfraktur 2016, läkt. Har blivit 4 cm kortare. Ingen värk i ländryggen.
    Läkemedel: Alendronat 70 mg 1x1/vecka insätts, Calcichew D3.
    Planering: Ny DXA om 2 år.
    """), "", "Medicin", {OP: "present", RF: "historical", LBP: "negated"})
cases.append(("S10-08", "false", "", "", ""))

# ---------- P09: man 66, LBP, nerve root compression, copy-forward -----------------------------
patients.append(("S10-09", "M", "1958-01-25"))
N("S10-09_01", "S10-09", "2024-06-10", "radiology", "MR ländrygg", ris(d("""
    MR LÄNDRYGG
    Frågeställning: Ländryggssmärta med utstrålning vä ben sedan 6 v. Diskbråck?
    Fynd: Normal kothöjd. Diskbråck L4-L5 vänster med kompression av vänster L5-rot. Lätt spinal stenos L4-L5. Övriga nivåer ua.
    Bedömning: Diskbråck L4-L5 med rotkompression L5 vänster.
    """)), "", "Röntgen", {LBP: "present", VCF: "negated"})
N("S10-09_02", "S10-09", "2024-06-12", "clinical", "", d("""
    Daganteckning 2024-06-12 Ortopedavd
    Kopierad text från tidigare anteckning:
    "Pat med ont i ländryggen och vä ben. MR visat diskbråck L4-L5 med rotkompression. Plan: smärtlindring, fysioterapi, op-bedömning."
    Idag: något bättre, går i korridoren. Plan oförändrad.
    """), "sv", "Ortopedi", {LBP: "present"})
cases.append(("S10-09", "false", "", "low_back_pain", "none"))

# ---------- P10: suspected sacral fracture, no verifying exam ------------------------------------
patients.append(("S10-10", "F", "1943-04-18"))
N("S10-10_01", "S10-10", "2025-05-06", "clinical", "", d("""
    Geriatrisk slutenvård, inskrivning
    82-årig kvinna, osteoporos, bor på SÄBO. Sedan en vecka svår värk i ryggslutet och höger skinka efter att ha satt sig hårt på toalettstolen.
    Status: Ömmar över sakrum och hö SI-led. Kan ej belasta.
    Bedömning: Sannolik sakral insufficiensfraktur, ej verifierad. Med hänsyn till demens och allmäntillstånd avstår vi MR, skulle inte påverka handläggningen.
    Åtgärd: Smärtlindring, mobilisering enl. smärta.
    """), "", "Geriatrik", {OP: "present", LBP: "present", SF: "uncertain"})
N("S10-10_02", "S10-10", "2025-05-15", "discharge", "", d("""
    Epikris
    Diagnoser: M80.8 Osteoporos med patologisk fraktur. Misstänkt sakrumfraktur (ej bekräftad med bilddiagnostik). M54.5 Lumbago.
    Förlopp: Smärtlindrad med låg dos opioid, gående med rollator vid utskrivning. Ingen bilddiagnostik av bäckenet utförd.
    """), "sv", "Geriatrik", {OP: "present", SF: "uncertain", LBP: "present"})
cases.append(("S10-10", "true", "high", "low_back_pain;sacral_fracture", "none"))

# ---------- P11: CT abdomen-pelvis performed (other reason), ramus fx ------------------------
patients.append(("S10-11", "F", "1950-12-01"))
N("S10-11_01", "S10-11", "2024-02-14", "emergency", "", d("""
    Akutmottagningen
    73 år gammal kvinna, ramlat i trappan. Ont i hö ljumske och buken. Rtg bäcken: fraktur hö ramus superior. Pga buksmärta och antikoagulantia görs DT buk.
    """), "sv", "Akutmottagning", {RF: "present"})
N("S10-11_02", "S10-11", "2024-02-14", "radiology", "DT buk-bäcken", ris(d("""
    DT buk och bäcken med iv kontrast
    Frågeställning: Fall, buksmärta, blödning? Antikoagulantia.
    Fynd: Ingen fri vätska, ingen blödning. Lever, mjälte och njurar ua. Fraktur i höger ramus superior med litet hematom. Sakrum intakt, SI-lederna kongruenta. Ingen sakrumfraktur.
    Bedömning: 1. Ramusfraktur höger utan aktiv blödning. 2. Ingen intraabdominell skada. 3. Ingen fraktur i bakre bäckenringen.
    """)), "", "Röntgen", {RF: "present", SF: "negated"})
cases.append(("S10-11", "false", "", "pubic_ramus_fracture", "ct"))

# ---------- P12: MR request returned (pacemaker), CT instead, done ------------------------------
patients.append(("S10-12", "F", "1937-08-08"))
N("S10-12_01", "S10-12", "2025-06-02", "radiology", "Rtg bröstrygg och ländrygg", ris(d("""
    RTG BRÖST- OCH LÄNDRYGG
    Frågeställning: 87 år, fall, ryggsmärta lågt. Fraktur?
    Fynd: Kilformad kota Th12 med ca 40% höjdreduktion framtill, ny jämfört med undersökning 2021. Övriga kotor med bevarad höjd.
    Bedömning: Ny kompressionsfraktur Th12.
    """)), "sv", "Röntgen", {VCF: "present", LBP: "present"})
N("S10-12_02", "S10-12", "2025-06-03", "clinical", "", d("""
    Ortopedi avd 4, daganteckning
    Kompressionsfraktur Th12. Fortsatt ont lågt i ländryggen och över korsbenet, misstanke om sakral fraktur. Remiss MR bäcken skickad.
    """), "", "Ortopedi", {VCF: "present", LBP: "present", SF: "uncertain"})
N("S10-12_03", "S10-12", "2025-06-05", "clinical", "", d("""
    Daganteckning
    MR-remissen returnerad från röntgen: pat har pacemaker som ej är MR-villkorad. DT bäcken beställd istället, görs i eftermiddag.
    """), "sv", "Ortopedi", {})
N("S10-12_04", "S10-12", "2025-06-05", "radiology", "DT bäcken", ris(d("""
    DT bäcken
    Frågeställning: Sakral insufficiensfraktur? MR ej möjlig.
    Fynd: Uttalad osteopeni. Inga frakturlinjer i sakrum, ilium eller blygdbenen. SI-lederna ua.
    Bedömning: Ingen fraktur påvisad i bäckenet.
    """)), "", "Röntgen", {SF: "hypothetical", RF: "negated"})
cases.append(("S10-12", "false", "", "low_back_pain;sacral_fracture;vertebral_compression_fracture", "ct"))

# ---------- P13: ramus fx, declines MR, prostate radiation -----------------------------------
patients.append(("S10-13", "M", "1946-10-10"))
N("S10-13_01", "S10-13", "2025-08-18", "emergency", "", d("""
    AKUTMOTTAGNINGEN - LÄKARANTECKNING
    Sökord Aktuellt: 78-årig man, prostatacancer strålbehandlad 2019. Halkade i badrummet. Ont vä ljumske.
    Sökord Status: Kan ej lyfta vä ben från britsen.
    Sökord Röntgen: Rtg bäcken visar fraktur i vä ramus superior.
    Sökord Bedömning: Ramusfraktur vä. Pga tidigare bäckenstrålning önskas MR bäcken för att utesluta insufficiensfraktur i sakrum.
    """), "sv", "Akutmottagning", {RF: "present", SF: "hypothetical"})
N("S10-13_02", "S10-13", "2025-08-19", "clinical", "", d("""
    Ortopedavd, ronden
    Informerat pat om MR bäcken. Pat avböjer MR, har svår cellskräck och vill inte. Respekteras. Ingen ytterligare bilddiagnostik planeras.
    """), "", "Ortopedi", {})
cases.append(("S10-13", "true", "high", "pubic_ramus_fracture", "ordered"))

# ---------- P14: ASCII-only, ICD list, MR shows sacral fracture --------------------------------
patients.append(("S10-14", "kvinna", "1954-01-15"))
N("S10-14_01", "S10-14", "2025-09-02", "clinical", "", d("""
    Inskrivning ortopedi (Melior)
    Diagnoser:
    S32.5 Fraktur pa blygdbenet
    M80.0 Postmenopausal osteoporos med patologisk fraktur
    Aktuellt: 71-arig kvinna med kand osteoporos, lag energi fall. Rtg visar fraktur i hoger ramus superior. Aven ont i ryggslutet och i hoger skinka.
    Plan: MR backen for att utesluta sakrumfraktur.
    """), "", "Ortopedi", {RF: "present", OP: "present", LBP: "present", SF: "hypothetical"})
N("S10-14_02", "S10-14", "2025-09-04", "radiology", "MR backen", d("""
    MR BACKEN
    Fragestallning: Ramusfraktur hoger, sakrumfraktur?
    Fynd: Benmargsodem och frakturlinje i hoger sakralvinge forenligt med insufficiensfraktur. Kand fraktur i hoger ramus superior. Vanster sakralvinge ua.
    Bedomning: Insufficiensfraktur i hoger sakrumhalva samt fraktur hoger ramus superior.
    """), "", "Rontgen", {RF: "present", SF: "present"})
cases.append(("S10-14", "false", "", "low_back_pain;pubic_ramus_fracture", "sacral_fracture_documented"))

# ---------- P15: lumbar MR partial FOV, recommends sacral MR, kallelse --------------------------
patients.append(("S10-15", "F", "1941-12-24"))
N("S10-15_01", "S10-15", "2025-01-20", "radiology", "MR ländrygg", ris(d("""
    MR ländrygg
    Frågeställning: 83-årig kvinna med tilltagande ländryggssmärta, osteoporos. Kotkompression? Malignitet?
    Jämförelse med: Saknas.
    Teknik: Sagittala T1, T2 och STIR. Undersökningen omfattar Th11 ned till S1, sakrum endast delvis avbildat.
    Fynd: Färsk kompression av L1 med ödem och ca 25% höjdminskning. Äldre kilformig kota Th12 utan ödem. Ingen misstanke om malignitet. Nedre delen av sakrum bedöms ej.
    Bedömning:
    1. Färsk osteoporotisk kompressionsfraktur L1.
    2. Sakrum ofullständigt avbildat; om kliniskt relevant rekommenderas kompletterande MR bäcken.
    """)), "sv", "Röntgen", {LBP: "present", OP: "present", VCF: "present"})
N("S10-15_02", "S10-15", "2025-01-23", "clinical", "", d("""
    Omvårdnadsanteckning ssk
    Remiss MR bäcken skickad av dr Berg. Kallelse skickad till pat, tid 14/2. Pat har fortsatt ont i ländryggen, får hjälp av hemtjänst.
    """), "", "Medicin", {LBP: "present"})
N("S10-15_03", "S10-15", "2025-02-17", "clinical", "", d("""
    Tel kontakt läk
    Dottern ringer. Mamman fick magsjuka och MR-tiden 14/2 avbokades. Ny tid ej bokad än, röntgen kontaktar dem. Smärtan oförändrad.
    """), "sv", "Medicin", {})
cases.append(("S10-15", "true", "medium", "low_back_pain;vertebral_compression_fracture", "ordered"))

# ---------- P16: RA + steroids, lumbago, MR SI joints done (Finland-Swedish) ----------------------
patients.append(("S10-16", "M", "1956-03-03"))
N("S10-16_01", "S10-16", "2024-03-05", "outpatient", "", d("""
    Reumatologiska polikliniken
    68-årig man med seropositiv reumatoid artrit sedan 2010. Medicinering: metotrexat 20 mg/v, prednisolon 7,5 mg dagligen sedan hösten.
    Nu sedan 4 veckor smärtor i korsryggen och skinkorna, värre nattetid. Sakroiliit? Insufficiensfraktur?
    Plan: MRT av SI-lederna och bäckenet remitteras.
    """), "", "Reumatologi", {LBP: "present"})
N("S10-16_02", "S10-16", "2024-03-19", "radiology", "MRT SI-leder", ris(d("""
    MRT SI-leder och bäcken
    Frågeställning: RA, korsryggssmärta. Sakroiliit? Stressfraktur?
    Fynd: SI-lederna med normal ledspringa, inget subkondralt ödem. Inget benmärgsödem i sakrum eller ilium, ingen frakturlinje.
    Utlåtande: Ingen sakroiliit. Ingen insufficiensfraktur i sakrum.
    """)), "sv", "Röntgen", {LBP: "present", SF: "negated"})
cases.append(("S10-16", "false", "", "low_back_pain", "mri"))

# ---------- P17: ASCII-only, kotkompression, MR planned, never done -----------------------------
patients.append(("S10-17", "F", "1948-05-05"))
N("S10-17_01", "S10-17", "2024-08-12", "radiology", "Rtg landrygg", d("""
    RTG LANDRYGG
    Fragestallning: Ont i landryggen efter fall, 76 ar. Fraktur?
    Fynd: Kotkompression L3 med ca 25 % hojdreduktion, ny jmf med 2020. Ovriga kotor med normal hojd.
    Bedomning: Kompressionsfraktur L3, farsk.
    """), "", "Rontgen", {LBP: "present", VCF: "present"})
N("S10-17_02", "S10-17", "2024-08-14", "outpatient", "", d("""
    VC Skarholmen. Kvinna 76 ar, kompr.fraktur L3. Fortf ont i landryggen. Plan: MR backen planerad for att utesluta sakrum fraktur, remiss skickad.
    """), "", "Vardcentral", {VCF: "present", LBP: "present", SF: "hypothetical"})
N("S10-17_03", "S10-17", "2024-11-25", "outpatient", "", d("""
    Aterbesok. Pat flyttade till dottern i Gavle under hosten, MR backen blev aldrig utford. Varken har lagt sig delvis. Ingen ny remiss.
    """), "", "Vardcentral", {})
cases.append(("S10-17", "true", "medium", "low_back_pain;vertebral_compression_fracture", "ordered"))

# ---------- P18: doubtful VCF not confirmed, thoracic pain only ---------------------------------
patients.append(("S10-18", "M", "1962-07-07"))
N("S10-18_01", "S10-18", "2024-05-02", "radiology", "Rtg bröstrygg", ris(d("""
    RTG BRÖSTRYGG
    Frågeställning: Bröstryggssmärta efter fall från stege.
    Fynd: Tveksam lätt kilformning av Th7, kan vara habituell. Inga säkra frakturer.
    Bedömning: Tveksam lätt kompression Th7. DT kan övervägas.
    """)), "", "Röntgen", {VCF: "uncertain"})
N("S10-18_02", "S10-18", "2024-05-08", "clinical", "", d("""
    Ortopedmott.
    61-årig man, bröstryggssmärta efter fall. Eftergranskning av röntgen med radiolog: den ifrågasatta kompressionen av Th7 kunde ej bekräftas, bedöms som normalvariant. Ingen ländryggssmärta.
    Åtgärd: Ingen ytterligare utredning.
    """), "sv", "Ortopedi", {VCF: "uncertain", LBP: "negated"})
cases.append(("S10-18", "false", "", "", ""))

# ---------- P19: K 84 år in text, scint cancelled then rebooked, then done -----------------------
patients.append(("S10-19", "", ""))
N("S10-19_01", "S10-19", "2025-10-06", "clinical", "", d("""
    Inskrivningsanteckning Geriatrik (Cosmic)
    K 84 år. Föll i hemmet för 2 dagar sedan. Rtg bäcken: fraktur genom vä ramus superior ossis pubis. Ingen smärta i ländryggen.
    Pga pacemaker beställs skelettscintigrafi för att värdera bakre bäckenringen.
    """), "", "Geriatrik", {RF: "present", LBP: "negated"})
N("S10-19_02", "S10-19", "2025-10-09", "clinical", "", d("""
    Daganteckning
    Skelettscint idag inställd pga tekniskt fel på gammakameran. Ny tid 14/10.
    """), "sv", "Geriatrik", {})
N("S10-19_03", "S10-19", "2025-10-14", "radiology", "Skelettscintigrafi", d("""
    Skelettscintigrafi helkropp
    Fynd: Ökat upptag i vänster ramus superior förenligt med känd fraktur. Inget patologiskt upptag i sakrum eller SI-lederna. Degenerativt upptag i knäleder.
    Bedömning: Fraktur vä ramus superior. Ingen sakral insufficiensfraktur.
    """), "sv", "Klinisk fysiologi", {RF: "present", SF: "negated"})
cases.append(("S10-19", "false", "", "pubic_ramus_fracture", "scintigraphy"))

# ---------- P20: comparison with old CT pelvis outside window -----------------------------------
patients.append(("S10-20", "F", "1952-02-29"))
N("S10-20_01", "S10-20", "2025-04-22", "radiology", "Rtg bäcken", ris(d("""
    RTG BÄCKEN
    Frågeställning: Fall, smärta hö ljumske. Fraktur? Sakrum?
    Jämförelse med DT bäcken 2023-02-10.
    Fynd: Ny fraktur i höger ramus inferior, odislocerad. Sakrum delvis skymt av tarminnehåll, kan ej bedömas.
    Bedömning: Ny ramusfraktur höger.
    """)), "sv", "Röntgen", {RF: "present"})
N("S10-20_02", "S10-20", "2025-04-23", "clinical", "", d("""
    Ortopedjouren
    73 år, fraktur höger ramus inferior. Smärtlindring, mobilisering. Hem med hemtjänst. Åter VC vb.
    """), "", "Ortopedi", {RF: "present"})
cases.append(("S10-20", "true", "high", "pubic_ramus_fracture", "radiograph_only"))

# ---------- P21: possible sacral fx on XR, then MR excludes it ----------------------------------
patients.append(("S10-21", "F", "1945-09-19"))
N("S10-21_01", "S10-21", "2024-12-02", "radiology", "Rtg bäcken", ris(d("""
    Rtg bäcken
    Frågeställning: Fall, smärta vä ljumske och sätesregion.
    Fynd: Fraktur i vänster ramus superior och inferior. Oregelbundenhet i vänster sakrumvinge, fraktur kan ej uteslutas.
    Bedömning: 1. Ramusfrakturer vänster. 2. Sakrumfraktur kan ej uteslutas, DT eller MR rekommenderas.
    """)), "", "Röntgen", {RF: "present", SF: "uncertain", LBP: "present"})
N("S10-21_02", "S10-21", "2024-12-04", "radiology", "MR bäcken", ris(d("""
    MR bäcken
    Frågeställning: Ramusfrakturer vä. Sakrumfraktur?
    Jämförelse med rtg 2024-12-02.
    Fynd: Ödem och frakturlinjer i vänster ramus superior och inferior. Sakrum utan ödem, ingen frakturlinje. SI-leder ua.
    Bedömning: Ramusfrakturer vänster. Ingen sakrumfraktur.
    """)), "sv", "Röntgen", {RF: "present", SF: "hypothetical"})
cases.append(("S10-21", "false", "", "low_back_pain;pubic_ramus_fracture;sacral_fracture", "mri"))

# ---------- P22: two episodes, old MR outside window, new VCF XR only ---------------------------
patients.append(("S10-22", "F", "1940-01-01"))
N("S10-22_01", "S10-22", "2022-03-14", "radiology", "MR bäcken", ris(d("""
    MR bäcken
    Frågeställning: Ramusfraktur hö? Sakrum?
    Fynd: Färsk fraktur i höger ramus superior. Sakrum och SI-leder ua.
    Bedömning: Ramusfraktur höger. Ingen sakral fraktur.
    """)), "sv", "Röntgen", {RF: "present", SF: "negated"})
N("S10-22_02", "S10-22", "2024-11-04", "radiology", "Rtg ländrygg", ris(d("""
    Rtg ländrygg
    Frågeställning: 84 år, smärta i ländryggen sedan 2 v, ingen trauma. Kotkompression?
    Fynd: Ny kompression av L4 med ca 20% höjdreduktion. Sedan tidigare känd läkt fraktur höger ramus superior på översiktsbild.
    Bedömning: Ny kompressionsfraktur L4.
    """)), "", "Röntgen", {LBP: "present", VCF: "present", RF: "historical"})
N("S10-22_03", "S10-22", "2024-11-06", "outpatient", "", d("""
    Vårdcentralen
    Läkemedel: Prolia 60 mg sc var 6:e mån, Calcichew D3 Forte, Alvedon 665 mg 2x3.
    Bedömning: Ny kotkompression L4, osteoporos. Ont i ländryggen. MR bäcken gjordes 2022 och var ua avseende sakrum.
    Åtgärd: Smärtlindring, korsett prövas, fysioterapi.
    """), "sv", "Vårdcentral", {VCF: "present", OP: "present", LBP: "present"})
cases.append(("S10-22", "true", "medium", "low_back_pain;vertebral_compression_fracture", "radiograph_only"))

with open(os.path.join(OUT, "patients.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["patient_id", "sex", "birth_date"]); w.writerows(patients)
with open(os.path.join(OUT, "notes.csv"), "w", newline="") as f:
    cols = ["note_id", "patient_id", "note_date", "note_type", "exam", "text", "language", "unit"]
    w = csv.DictWriter(f, fieldnames=cols); w.writeheader(); w.writerows(notes)
with open(os.path.join(OUT, "gold_note_labels.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["note_id", "concept", "label"]); w.writerows(labels)
with open(os.path.join(OUT, "gold_cases.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["patient_id", "flagged", "priority", "reasons", "workup"]); w.writerows(cases)
print(len(patients), len(notes), len(labels), sum(c[1] == "true" for c in cases))

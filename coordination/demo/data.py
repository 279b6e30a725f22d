"""Demo content for coordination, drawn from seed 001 (Cluj-Napoca's integration action plan)
and seed 002 (the Dragacz coordinator's first-year plan)."""

from ..models import ActionStatus, ExpertKind, Tier

INSTITUTIONS = [
    # name, tier, migrant-led, e-mail, phone
    ("Primăria Municipiului Cluj-Napoca", Tier.CORE, False, "integrare@primariaclujnapoca.example.org", "+40 264 596 030"),
    ("Direcția de Asistență Socială și Medicală Cluj-Napoca", Tier.CORE, False, "contact@dasm.example.org", "+40 264 596 941"),
    ("Prefectura Județului Cluj", Tier.REGULATORS, False, "prefectura@cluj.example.org", "+40 264 591 658"),
    ("Inspectoratul Școlar Județean Cluj", Tier.REGULATORS, False, "secretariat@isjcluj.example.org", "+40 264 590 778"),
    ("IGI Cluj – Serviciul pentru Imigrări", Tier.REGULATORS, False, "cluj@igi.example.org", ""),
    ("Universitatea Babeș-Bolyai", Tier.ECOSYSTEM, False, "international@ubbcluj.example.org", "+40 264 405 300"),
    ("OIM România", Tier.ECOSYSTEM, False, "cluj@oim.example.org", ""),
    ("Asociația PATRIR", Tier.ECOSYSTEM, False, "office@patrir.example.org", ""),
    ("Consiliul Cetățenilor Internaționali din Cluj", Tier.ECOSYSTEM, True, "contact@ccic.example.org", ""),
    ("Asociația Femeilor Migrante „Împreună”", Tier.ECOSYSTEM, True, "impreuna@example.org", "+40 744 000 123"),
]

# name, role, institution (index), e-mail, phone, migrant, language, deputy of (name), account
MEMBERS = [
    ("Ioana Mureșan", "Coordonatoare LST, secretariat", 0, "ioana.muresan@primariaclujnapoca.example.org", "+40 264 596 031", False, "ro", None, "coordinator@example.org"),
    ("Vlad Cătană", "Consilier, Direcția Relații Internaționale", 0, "vlad.catana@primariaclujnapoca.example.org", "", False, "ro", "Ioana Mureșan", None),
    ("Andrei Pop", "Asistent social, One-Stop-Shop", 1, "andrei.pop@dasm.example.org", "+40 264 596 942", False, "ro", None, "member@example.org"),
    ("Mariana Bălan", "Șefă serviciu incluziune", 1, "mariana.balan@dasm.example.org", "", False, "ro", "Andrei Pop", None),
    ("Sorin Crișan", "Subprefect", 2, "sorin.crisan@cluj.example.org", "", False, "ro", None, None),
    ("Elena Rus", "Inspector școlar pentru minorități", 3, "elena.rus@isjcluj.example.org", "", False, "ro", None, None),
    ("Cristian Moldovan", "Ofițer imigrări", 4, "cristian.moldovan@igi.example.org", "", False, "ro", None, None),
    ("Prof. Daniela Ionescu", "Prorector relații internaționale", 5, "daniela.ionescu@ubbcluj.example.org", "", False, "ro", None, None),
    ("Laura Georgescu", "Coordonatoare de proiect", 6, "lgeorgescu@oim.example.org", "", False, "ro", None, None),
    ("Tudor Hossu", "Facilitator comunitar", 7, "tudor.hossu@patrir.example.org", "", False, "ro", None, None),
    ("Amina Haddad", "Președintă", 8, "amina.haddad@ccic.example.org", "+40 744 111 222", True, "ar", None, None),
    ("Karim Benali", "Membru al consiliului", 8, "karim.benali@ccic.example.org", "", True, "fr", "Amina Haddad", None),
    ("Olena Kovalenko", "Coordonatoare grup de sprijin", 9, "olena.kovalenko@example.org", "", True, "uk", None, None),
    ("Priya Sharma", "Voluntară, reprezentantă a studenților internaționali", 5, "priya.sharma@ubbcluj.example.org", "", True, "en", None, None),
]

EXPERTS = [
    ("Rania Al-Masri", ExpertKind.MEDIATOR, "ar, ro, en", "mediere culturală în școli, familii", "Consiliul Cetățenilor Internaționali din Cluj", "rania.mediator@example.org", "+40 745 000 101"),
    ("Av. Mihai Ionescu", ExpertKind.LAWYER, "ro, en", "dreptul imigrației, permise de ședere, protecție internațională", "Baroul Cluj", "mihai.ionescu@avocat.example.org", "+40 264 000 202"),
    ("Oksana Melnyk", ExpertKind.TRANSLATOR, "uk, ru, ro, pl", "traduceri autorizate, acte de stare civilă", "", "oksana.melnyk@example.org", ""),
    ("Bishnu Thapa", ExpertKind.INTERPRETER, "ne, hi, en", "interpretare în instituții medicale și la angajatori", "", "bishnu.thapa@example.org", "+40 746 000 303"),
    ("Farhan Qureshi", ExpertKind.INTERPRETER, "ur, ps, en", "interpretare la IGI și la DASM", "", "farhan.qureshi@example.org", ""),
    ("Anna Kowalska", ExpertKind.MEDIATOR, "pl, uk, en", "mediacje rodzinne, praca socjalna z rodzinami cudzoziemskimi", "Fundacja EMIC", "anna.kowalska@example.org", ""),
]

BODIES = [
    # name, description, minimum meetings per year, minimum migrant share, member names, chair
    ("Comitetul de Coordonare al PAI", "Direcție politică și supravegherea implementării; prezidat de Prefect.", 2, 0,
     ["Sorin Crișan", "Ioana Mureșan", "Andrei Pop", "Cristian Moldovan", "Elena Rus", "Laura Georgescu", "Amina Haddad"], "Sorin Crișan"),
    ("Local Support Team (LST)", "Coordonare interinstituțională; secretariat găzduit de Primărie.", 4, 0,
     ["Ioana Mureșan", "Andrei Pop", "Elena Rus", "Cristian Moldovan", "Prof. Daniela Ionescu", "Laura Georgescu"], "Ioana Mureșan"),
    ("Diversity Delivery Group", "Co-proiectarea activităților, validarea experienței utilizatorilor.", 3, 30,
     ["Ioana Mureșan", "Tudor Hossu", "Amina Haddad", "Olena Kovalenko", "Priya Sharma", "Laura Georgescu", "Prof. Daniela Ionescu"], "Amina Haddad"),
]

# body index, title, days ago, place, agenda, item summaries, decisions, published to, action items (title, owner, days from now)
PAST_MEETINGS = [
    (1, "Ședința LST – trimestrul I", 230, "Primăria Cluj-Napoca, Sala de Consiliu, Str. Moților 3",
     ["Mecanismul de referire între instituții", "Pachetul de orientare pre- și post-sosire", "Raportul trimestrial One-Stop-Shop"],
     ["S-a agreat un formular comun de trimitere între DASM, IGI și ISJ.", "Cartografierea materialelor existente este finalizată.", "142 de persoane informate, 38 consiliate."],
     "Se adoptă formularul comun de referire. DASM pilotează mecanismul timp de trei luni.", "public",
     [("Trimite formularul de referire tuturor instituțiilor LST", "Andrei Pop", -150), ("Listă de interpreți disponibili pentru IGI", "IGI Cluj – Serviciul pentru Imigrări", -120)]),
    (1, "Ședința LST – trimestrul II", 140, "Online",
     ["Rezultatele pilotului de referire", "Calendarul sesiunilor de orientare"],
     ["Pilotul a funcționat; blocaj la programările IGI.", "Sesiuni trimestriale: martie, iunie, septembrie, decembrie."],
     "Poziție comună privind programările IGI, transmisă ministerului.", "members",
     [("Raport privind blocajele la programări", "Andrei Pop", -20), ("Traducerea ghidului în arabă și ucraineană", "Olena Kovalenko", 25)]),
    (2, "Grupul de livrare – atelier de co-proiectare", 95, "Centrul Comunitar Mănăștur, Str. Primăverii 5",
     ["Cluburi sociale la două săptămâni", "Campania Nediscriminare (9 noiembrie)"],
     ["Primul club social în Mănăștur, cu mediatori culturali.", "Campania se pregătește cu organizațiile conduse de migranți."],
     "Clubul social pornește în septembrie.", "public",
     [("Program pentru campania Nediscriminare", "Amina Haddad", 10), ("Spațiu pentru clubul social din Gheorgheni", "Andrei Pop", 40)]),
]

UPCOMING_MEETING = (0, "Comitetul de Coordonare – evaluarea anuală", 21, "Prefectura Județului Cluj, Bd. 21 Decembrie 1989 nr. 58",
                    ["Raportul Anual de Integrare (proiect)", "Planul de lucru pentru anul următor", "Aplicații majore de finanțare"])

# number, title, actions: (code, title, leader index, partner indexes, progress, status, indicators (name, unit, target, current), updates)
OBJECTIVES = [
    (1, "Sprijin pentru integrarea timpurie", [
        ("1.1", "Pachet de orientare pre- și post-sosire pentru resortisanții țărilor terțe", 0, [1, 6], 60, ActionStatus.IN_PROGRESS,
         [("Limbi în care e disponibil pachetul", "limbi", 9, 5), ("Sesiuni de orientare organizate", "sesiuni", 4, 3)],
         [("Cartografierea materialelor existente finalizată", 25), ("Versiunile RO/EN/FR/AR/UK publicate", 60)]),
        ("1.2", "Crearea unui One-Stop-Shop", 1, [0, 4], 35, ActionStatus.IN_PROGRESS,
         [("Persoane informate sau consiliate", "persoane", 600, 180)], [("Spațiu identificat la DASM", 35)]),
    ]),
    (2, "Integrare cu perspectivă de gen", [
        ("2.1", "Programe de ocupare și formare pentru femeile migrante", 9, [1, 6], 20, ActionStatus.IN_PROGRESS,
         [("Femei migrante în programe de formare", "persoane", 40, 9)], [("Rețeaua de mentorat pentru femei lansată", 20)]),
        ("2.2", "Campanie de informare sensibilă la gen", 9, [0], 0, ActionStatus.PLANNED, [("Materiale distribuite", "exemplare", 2000, 0)], []),
    ]),
    (3, "Integrare pe piața muncii", [
        ("3.1", "Extinderea stagiilor, internshipurilor și uceniciilor pentru migranți", 5, [6], 15, ActionStatus.DELAYED,
         [("Stagii ocupate de migranți", "stagii", 30, 4)], [("Acorduri cu doi angajatori", 15)]),
    ]),
    (4, "Coeziune socială și implicare comunitară", [
        ("4.1", "Evenimente interculturale și cluburi sociale", 7, [8, 9], 55, ActionStatus.IN_PROGRESS,
         [("Întâlniri ale cluburilor sociale", "întâlniri", 24, 11)], [("Primul club social în Mănăștur", 30), ("Festivalul intercultural de vară", 55)]),
        ("4.2", "Program de mentorat social și sprijin între egali", 8, [5], 40, ActionStatus.IN_PROGRESS,
         [("Perechi mentor-mentee active", "perechi", 50, 21)], [("Prima serie de mentori formați", 40)]),
    ]),
    (5, "Integrare lingvistică", [
        ("5.1", "Sistem cuprinzător de sprijin pentru învățarea limbii române", 5, [3, 0], 50, ActionStatus.IN_PROGRESS,
         [("Cursanți la cursurile gratuite de română", "persoane", 200, 96), ("Perechi Language Buddy", "perechi", 60, 25)],
         [("Cursuri în cartiere și online", 50)]),
    ]),
    (6, "Navigare și acces la informații", [
        ("6.1", "Platformă digitală multilingvă pentru migranți", 0, [6], 70, ActionStatus.IN_PROGRESS,
         [("Pagini traduse în cel puțin 5 limbi", "pagini", 120, 80)], [("Platforma „Welcome to Cluj” publicată", 70)]),
    ]),
    (7, "Consolidarea capacității și coordonării multi-actor", [
        ("7.1", "Platformă anuală de coordonare interinstituțională", 2, [0, 1, 4], 75, ActionStatus.IN_PROGRESS,
         [("Ședințe LST ținute", "ședințe", 4, 2)], [("LST activat sub coordonarea Prefecturii", 50), ("Mecanism de referire pilotat", 75)]),
        ("7.2", "Formare pentru autoritățile locale", 0, [7], 10, ActionStatus.PLANNED,
         [("Angajați publici formați", "persoane", 80, 8)], [("Curriculum agreat", 10)]),
    ]),
]

# days from the start of this year, activity, responsible members, responsible institutions, resources
WORK_PLAN = [
    (20, "Ședința inaugurală de lucru a echipei locale de integrare", ["Ioana Mureșan"], [0], "Sală, materiale de prezentare, interpret AR/UK"),
    (45, "Întâlnire publică cu echipa, comunitatea locală și cetățenii străini", ["Ioana Mureșan", "Amina Haddad"], [0, 8], "Sala mare a Primăriei, traducere, afișe în 5 limbi"),
    (70, "Baza de contacte a membrilor și a adjuncților lor", ["Vlad Cătană"], [0], "Formular de contact, acordul membrilor"),
    (110, "Diagnoza resurselor umane și financiare pe instituții", ["Andrei Pop"], [1, 2], "Chestionar, două întâlniri bilaterale"),
    (160, "Plan de dezvoltare a competențelor: legislație, școala multiculturală, mediere", ["Elena Rus"], [3, 5], "Formatori, buget pentru 3 ateliere"),
    (200, "Baza de contacte a experților: mediatori, avocați, traducători", ["Ioana Mureșan"], [7], "Listă validată de mediatori culturali"),
    (250, "Biblioteca: legi, proceduri, materiale educaționale și rapoarte", ["Vlad Cătană"], [0, 5], "Platforma online, timp de redactare"),
    (300, "Raportarea activităților instituțiilor din echipă", ["Ioana Mureșan"], [2], "Model de raport, date de la fiecare instituție"),
]

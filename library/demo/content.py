"""The demo library: believable documents drawn from the seeds (Cluj-Napoca and Dragacz)."""

import datetime

from ..models import Audience, DocumentKind

D = datetime.date

#: (file extension, title, kind, audience, issuer, date, languages, topics, summary, body,
#:  translations {code: (title, summary)})
DOCUMENTS = [
    (
        "pdf",
        "Ordonanța Guvernului nr. 44/2004 privind integrarea socială a străinilor — rezumat",
        DocumentKind.LAW,
        Audience.PUBLIC,
        "Guvernul României",
        D(2004, 1, 29),
        ["ro"],
        ["residence", "work", "education"],
        "Rezumatul drepturilor și programelor de integrare pentru străinii cu o formă de protecție "
        "sau cu drept de ședere în România.",
        [
            "Ordonanța stabilește programele de integrare derulate de Inspectoratul General pentru Imigrări.",
            "Străinii beneficiază de cursuri gratuite de limba română, orientare culturală și consiliere.",
            "Accesul la piața muncii, la educație și la asistență medicală se face în aceleași condiții ca pentru cetățenii români.",
        ],
        {
            "en": (
                "Government Ordinance 44/2004 on the social integration of foreigners — summary",
                "A summary of the rights and integration programmes for foreigners with protection or a right of residence in Romania.",
            )
        },
    ),
    (
        "txt",
        "Ustawa o cudzoziemcach — najważniejsze przepisy",
        DocumentKind.LAW,
        Audience.PUBLIC,
        "Sejm Rzeczypospolitej Polskiej",
        D(2013, 12, 12),
        ["pl"],
        ["residence", "work"],
        "Streszczenie przepisów o wjeździe, pobycie i wyjeździe cudzoziemców z Polski.",
        [
            "Ustawa określa zasady udzielania cudzoziemcom zezwoleń na pobyt czasowy i stały.",
            "Wniosek o zezwolenie na pobyt czasowy i pracę składa się do wojewody właściwego ze względu na miejsce pobytu.",
            "Cudzoziemcy mają prawo do bezpłatnej pomocy prawnej w niektórych postępowaniach.",
        ],
        {
            "en": (
                "Act on Foreigners — key provisions",
                "A summary of the rules on entry, residence and departure of foreigners from Poland.",
            ),
            "ro": ("Legea privind străinii (Polonia) — prevederi principale", ""),
        },
    ),
    (
        "docx",
        "Planul local de acțiune pentru integrarea migranților, Cluj-Napoca 2024–2027",
        DocumentKind.REPORT,
        Audience.PUBLIC,
        "Primăria Cluj-Napoca",
        D(2024, 3, 15),
        ["ro"],
        ["language", "work", "housing", "social-services"],
        "Obiectivele, acțiunile și indicatorii planului local pentru integrarea migranților.",
        [
            "Obiectivul specific 1: informare multilingvă înainte și după sosire.",
            "Obiectivul specific 4: cursuri gratuite de limba română în cartiere, online și hibrid, unele cu îngrijirea copiilor.",
            "Campania pentru nediscriminare se desfășoară în jurul datei de 9 noiembrie.",
        ],
        {
            "en": (
                "Cluj-Napoca local action plan for the integration of migrants 2024–2027",
                "The objectives, actions and indicators of the local integration plan.",
            ),
            "fr": ("Plan d'action local pour l'intégration des migrants, Cluj-Napoca 2024–2027", ""),
        },
    ),
    (
        "docx",
        "Planul local de acțiune pentru integrarea migranților, Cluj-Napoca 2021–2023",
        DocumentKind.REPORT,
        Audience.PUBLIC,
        "Primăria Cluj-Napoca",
        D(2021, 2, 10),
        ["ro"],
        ["language", "work"],
        "Versiunea anterioară a planului local.",
        ["Primul plan local, înlocuit de planul 2024–2027."],
        {},
    ),
    (
        "pdf",
        "Protokół z posiedzenia LSICU w Dragaczu, marzec 2025",
        DocumentKind.MINUTES,
        Audience.MEMBERS,
        "Koordynator LSICU, Gmina Dragacz",
        D(2025, 3, 20),
        ["pl"],
        ["social-services", "education"],
        "Ustalenia kwartalnego spotkania Lokalnego Systemu Integracji Cudzoziemców i Uchodźców.",
        [
            "Obecni: przedstawiciele urzędu gminy, GOPS, szkoły podstawowej i fundacji EMIC.",
            "Ustalono harmonogram szkoleń z pracy z dziećmi w szkole wielokulturowej.",
            "Koordynator przygotuje bazę kontaktów eksperckich: mediatorzy, prawnicy, tłumacze.",
        ],
        {
            "en": (
                "Minutes of the LSICU meeting in Dragacz, March 2025",
                "Decisions of the quarterly meeting of the local integration team.",
            )
        },
    ),
    (
        "pdf",
        "Protokół z inauguracyjnego spotkania LSICU w Dragaczu",
        DocumentKind.MINUTES,
        Audience.MEMBERS,
        "Koordynator LSICU, Gmina Dragacz",
        D(2024, 10, 8),
        ["pl"],
        ["social-services"],
        "Pierwsze spotkanie robocze inaugurujące LSICU.",
        ["Omówiono założenia systemu i plan spotkania publicznego ze społecznością lokalną i cudzoziemcami."],
        {},
    ),
    (
        "docx",
        "Formular de înscriere la medicul de familie",
        DocumentKind.FORM,
        Audience.PUBLIC,
        "Casa de Asigurări de Sănătate Cluj",
        D(2023, 6, 1),
        ["ro", "en"],
        ["health"],
        "Formularul de înscriere pe lista unui medic de familie, cu instrucțiuni în engleză.",
        [
            "Nume și prenume / Full name: ____",
            "Cod numeric personal sau număr de permis de ședere / Residence permit number: ____",
            "Semnătura / Signature: ____",
        ],
        {
            "en": (
                "Family doctor registration form",
                "The form to register with a family doctor, with instructions in English.",
            ),
            "uk": ("Форма реєстрації у сімейного лікаря", ""),
            "ar": ("استمارة التسجيل لدى طبيب الأسرة", ""),
        },
    ),
    (
        "txt",
        "Campania „Nediscriminare” ajunge în cartierele Clujului",
        DocumentKind.MEDIA,
        Audience.PUBLIC,
        "Monitorul de Cluj",
        D(2024, 11, 10),
        ["ro"],
        ["social-services"],
        "Articol despre campania pentru nediscriminare organizată de centrul de integrare.",
        [
            "Voluntari migranți și localnici au vorbit cu trecătorii despre discriminare în Piața Unirii.",
            "Campania a inclus un atelier culinar și o seară de film la centrul comunitar din Mănăștur.",
        ],
        {
            "en": (
                "The Non-discrimination campaign reaches Cluj's neighbourhoods",
                "A newspaper article on the campaign.",
            )
        },
    ),
    (
        "pdf",
        "Ghid de orientare pentru nou-veniți în Cluj-Napoca",
        DocumentKind.INFORMATIONAL,
        Audience.PUBLIC,
        "Centrul de integrare Cluj-Napoca",
        D(2025, 1, 15),
        ["ro", "en", "fr"],
        ["residence", "health", "housing", "emergencies"],
        "Primii pași după sosire: permisul de ședere, medicul de familie, locuința, numerele de urgență.",
        [
            "Numărul unic de urgență este 112.",
            "Permisul de ședere se obține de la Inspectoratul General pentru Imigrări, str. Dacia, Cluj-Napoca.",
            "Welcome! This guide explains your first steps in Cluj-Napoca.",
            "Bienvenue ! Ce guide présente vos premiers pas.",
        ],
        {
            "en": (
                "Orientation guide for newcomers in Cluj-Napoca",
                "First steps after arrival: residence permit, family doctor, housing, emergency numbers.",
            ),
            "fr": ("Guide d'orientation pour les nouveaux arrivants à Cluj-Napoca", ""),
            "ar": ("دليل التوجيه للوافدين الجدد في كلوج نابوكا", ""),
        },
    ),
    (
        "odt",
        "Curs de limba română pentru adulți — fișe de lucru A1",
        DocumentKind.EDUCATIONAL,
        Audience.PUBLIC,
        "Centrul de integrare Cluj-Napoca",
        D(2024, 9, 2),
        ["ro", "en"],
        ["language"],
        "Fișe de lucru pentru primul nivel al cursului gratuit de limba română.",
        [
            "Lecția 1: Salut! Mă numesc ... Sunt din ...",
            "Lecția 2: La magazin. Cât costă pâinea?",
            "Vocabulary: shop, bread, price, doctor, school.",
        ],
        {"en": ("Romanian course for adults — A1 worksheets", "")},
    ),
    (
        "pdf",
        "Barometrul integrării migranților în România 2023",
        DocumentKind.RESEARCH,
        Audience.PUBLIC,
        "Institutul Român pentru Cercetarea Drepturilor Omului",
        D(2023, 12, 5),
        ["ro"],
        ["work", "education", "housing"],
        "Cercetare asupra accesului migranților la locuri de muncă, educație și locuințe.",
        ["Principalele obstacole raportate sunt limba română, recunoașterea diplomelor și chiria."],
        {"en": ("Migrant integration barometer Romania 2023", "")},
    ),
    (
        "docx",
        "Raport lunar al centrului de integrare — octombrie 2025",
        DocumentKind.REPORT,
        Audience.MEMBERS,
        "Centrul de integrare Cluj-Napoca",
        D(2025, 11, 5),
        ["ro"],
        ["social-services"],
        "Raportul lunar pentru echipa locală: participanți, cursuri, mentorat.",
        [
            "În octombrie, 46 de persoane au participat la cursurile de limba română.",
            "12 perechi de mentorat active; 3 noi voluntari instruiți.",
        ],
        {},
    ),
    (
        "txt",
        "Procedura de sesizare a cazurilor de discriminare",
        DocumentKind.PROCEDURE,
        Audience.MEMBERS,
        "Echipa locală de integrare Cluj",
        D(2025, 5, 12),
        ["ro"],
        ["social-services", "emergencies"],
        "Pașii pe care membrii echipei îi urmează când primesc o sesizare.",
        [
            "1. Înregistrați sesizarea în registrul intern.",
            "2. Informați persoana despre Consiliul Național pentru Combaterea Discriminării.",
            "3. Coordonatorul urmărește cazul până la închidere.",
        ],
        {},
    ),
    (
        "pdf",
        "Jak zarejestrować dziecko cudzoziemskie w szkole w gminie Dragacz",
        DocumentKind.PROCEDURE,
        Audience.PUBLIC,
        "Urząd Gminy Dragacz",
        D(2024, 8, 20),
        ["pl", "uk"],
        ["education"],
        "Procedura przyjęcia dziecka cudzoziemskiego do szkoły podstawowej.",
        [
            "Rodzic składa wniosek w szkole podstawowej w Dragaczu.",
            "Dziecko ma prawo do dodatkowych zajęć z języka polskiego.",
            "Батьки подають заяву до початкової школи.",
        ],
        {
            "en": ("How to enrol a foreign child at school in Dragacz", ""),
            "uk": ("Як записати дитину-іноземця до школи в гміні Драгач", ""),
        },
    ),
    (
        "txt",
        "Lista de contacte a experților: mediatori, juriști, traducători",
        DocumentKind.INFORMATIONAL,
        Audience.MEMBERS,
        "Echipa locală de integrare Cluj",
        D(2025, 2, 3),
        ["ro"],
        ["social-services"],
        "Lista internă a experților la care echipa poate apela.",
        [
            "Mediator cultural pentru limba arabă — disponibil marți și joi.",
            "Traducător autorizat română–ucraineană.",
        ],
        {},
    ),
]

#: (older title, newer title): versions of the same text.
VERSIONS = [
    (
        "Planul local de acțiune pentru integrarea migranților, Cluj-Napoca 2021–2023",
        "Planul local de acțiune pentru integrarea migranților, Cluj-Napoca 2024–2027",
    ),
]

PAGE_TITLES = {
    "ro": (
        "Biblioteca",
        "biblioteca",
        "Legi, proceduri, materiale educative și informative, cercetări, rapoarte și articole despre integrarea migranților.",
    ),
    "en": (
        "Document library",
        "document-library",
        "Laws, procedures, educational and informational materials, research, reports and media coverage on the integration of migrants.",
    ),
    "pl": (
        "Biblioteczka",
        "biblioteczka",
        "Przepisy prawne, procedury, materiały edukacyjne i informacyjne, badania, raporty i doniesienia medialne o integracji cudzoziemców.",
    ),
    "uk": (
        "Бібліотека",
        "biblioteka",
        "Закони, процедури, навчальні та інформаційні матеріали, дослідження, звіти та публікації про інтеграцію мігрантів.",
    ),
    "fr": (
        "Bibliothèque",
        "bibliotheque",
        "Lois, procédures, supports éducatifs et informatifs, études, rapports et articles de presse sur l'intégration des migrants.",
    ),
    "ar": (
        "المكتبة",
        "maktaba",
        "قوانين وإجراءات ومواد تعليمية وإعلامية وأبحاث وتقارير ومقالات صحفية حول اندماج المهاجرين.",
    ),
    "ne": (
        "कागजात पुस्तकालय",
        "pustakalaya",
        "आप्रवासीहरूको एकीकरणसम्बन्धी कानुन, प्रक्रिया, शैक्षिक तथा सूचनामूलक सामग्री, अनुसन्धान, प्रतिवेदन र समाचार।",
    ),
    "ur": (
        "دستاویزات کی لائبریری",
        "library",
        "تارکینِ وطن کے انضمام سے متعلق قوانین، طریقۂ کار، تعلیمی اور معلوماتی مواد، تحقیق، رپورٹیں اور خبریں۔",
    ),
    "ps": (
        "د اسنادو کتابتون",
        "kitabtun",
        "د مهاجرو د ادغام په اړه قوانین، کړنلارې، ښوونیز او معلوماتي مواد، څېړنې، راپورونه او خبرونه.",
    ),
    "bn": (
        "নথিপত্রের লাইব্রেরি",
        "library",
        "অভিবাসীদের সমন্বয় নিয়ে আইন, পদ্ধতি, শিক্ষামূলক ও তথ্যমূলক উপকরণ, গবেষণা, প্রতিবেদন ও সংবাদ।",
    ),
}

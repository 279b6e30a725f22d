"""Demo texts of the home page, the news and the centre's own pages, in every configured
language (the later languages in languages/)."""

from .languages import add_to_pages

HEADINGS = {
    # language: (steps heading, documents heading)
    "ro": ("Pași de urmat", "Documente necesare"),
    "en": ("What to do", "Documents you need"),
    "pl": ("Co zrobić", "Potrzebne dokumenty"),
    "uk": ("Що зробити", "Потрібні документи"),
    "fr": ("Les étapes", "Documents nécessaires"),
    "ar": ("الخطوات", "الوثائق المطلوبة"),
}

HOME = {
    "ro": (
        "Bun venit la Centrul de integrare a migranților Cluj",
        "Informații în limba dumneavoastră despre ședere, sănătate, școală, locuință și limba română, plus cursuri și evenimente ale centrului.",
    ),
    "en": (
        "Welcome to the Cluj Migrant Integration Centre",
        "Information in your language on residence, health, school, housing and the Romanian language, plus the centre’s courses and events.",
    ),
    "pl": (
        "Witamy w Centrum Integracji Migrantów w Kluż-Napoce",
        "Informacje w twoim języku o pobycie, zdrowiu, szkole, mieszkaniu i języku rumuńskim oraz kursy i wydarzenia centrum.",
    ),
    "uk": (
        "Ласкаво просимо до Центру інтеграції мігрантів у Клужі",
        "Інформація вашою мовою про проживання, здоров’я, школу, житло та румунську мову, а також курси й події центру.",
    ),
    "fr": (
        "Bienvenue au Centre d’intégration des migrants de Cluj",
        "Des informations dans votre langue sur le séjour, la santé, l’école, le logement et la langue roumaine, ainsi que les cours et événements du centre.",
    ),
    "ar": (
        "مرحبًا بكم في مركز إدماج المهاجرين في كلوج",
        "معلومات بلغتك عن الإقامة والصحة والمدرسة والسكن واللغة الرومانية، إضافة إلى دورات المركز وفعالياته.",
    ),
}

NEWS_INDEX = {
    "ro": ("Noutăți", "Ce se întâmplă la centru și în orașul nostru."),
    "en": ("News", "What is happening at the centre and in our city."),
    "pl": ("Aktualności", "Co dzieje się w centrum i w naszym mieście."),
    "uk": ("Новини", "Що відбувається в центрі та в нашому місті."),
    "fr": ("Actualités", "Ce qui se passe au centre et dans notre ville."),
    "ar": ("الأخبار", "ما يحدث في المركز وفي مدينتنا."),
}

NEWS = [
    {
        "slug": "non-discrimination-campaign",
        "days_ago": 19,
        "tags": ["campanie", "non-discriminare"],
        "ro": (
            "Campania „Fără discriminare” începe pe 9 noiembrie",
            "Timp de o săptămână, școli, biblioteci și instituții din Cluj-Napoca găzduiesc ateliere și discuții despre egalitate.",
            "Pe 9 noiembrie, Ziua internațională împotriva fascismului și antisemitismului, deschidem campania cu o expoziție în Piața Unirii. Vă așteptăm!",
        ),
        "en": (
            "The Non-discrimination campaign starts on 9 November",
            "For a week, schools, libraries and institutions in Cluj-Napoca host workshops and talks about equality.",
            "On 9 November, the International Day against Fascism and Antisemitism, we open the campaign with an exhibition in Unirii Square. Join us!",
        ),
        "pl": (
            "Kampania „Bez dyskryminacji” rusza 9 listopada",
            "Przez tydzień szkoły, biblioteki i instytucje w Kluż-Napoce organizują warsztaty i rozmowy o równości.",
            "9 listopada, w Międzynarodowy Dzień przeciw Faszyzmowi i Antysemityzmowi, otwieramy kampanię wystawą na placu Unirii. Zapraszamy!",
        ),
        "uk": (
            "Кампанія «Без дискримінації» стартує 9 листопада",
            "Упродовж тижня школи, бібліотеки та установи Клуж-Напоки проводять майстер-класи й розмови про рівність.",
            "9 листопада, у Міжнародний день боротьби з фашизмом і антисемітизмом, ми відкриваємо кампанію виставкою на площі Униря. Приходьте!",
        ),
        "fr": (
            "La campagne « Non à la discrimination » commence le 9 novembre",
            "Pendant une semaine, écoles, bibliothèques et institutions de Cluj-Napoca accueillent ateliers et débats sur l’égalité.",
            "Le 9 novembre, Journée internationale contre le fascisme et l’antisémitisme, nous ouvrons la campagne par une exposition place Unirii. Venez nombreux !",
        ),
        "ar": (
            "حملة «لا للتمييز» تنطلق في 9 نوفمبر",
            "على مدى أسبوع تستضيف المدارس والمكتبات والمؤسسات في كلوج نابوكا ورش عمل ونقاشات حول المساواة.",
            "في 9 نوفمبر، اليوم الدولي لمكافحة الفاشية ومعاداة السامية، نفتتح الحملة بمعرض في ساحة أونيري. ننتظركم!",
        ),
    },
    {
        "slug": "open-day",
        "days_ago": 35,
        "tags": ["zi-deschisă"],
        "ro": (
            "Zi a porților deschise la centru",
            "Veniți să cunoașteți echipa, mediatorii culturali și voluntarii noștri.",
            "Sâmbătă, între 10 și 16, vă prezentăm serviciile centrului, cursurile de limba română și programul de mentorat. Copiii sunt bineveniți.",
        ),
        "en": (
            "Open day at the centre",
            "Come and meet our team, the cultural mediators and our volunteers.",
            "On Saturday, from 10 am to 4 pm, we present the centre’s services, the Romanian courses and the mentoring programme. Children are welcome.",
        ),
        "pl": (
            "Dzień otwarty w centrum",
            "Przyjdź poznać nasz zespół, mediatorów kulturowych i wolontariuszy.",
            "W sobotę w godz. 10–16 przedstawimy usługi centrum, kursy języka rumuńskiego i program mentoringu. Dzieci są mile widziane.",
        ),
        "uk": (
            "День відчинених дверей у центрі",
            "Приходьте познайомитися з нашою командою, культурними медіаторами та волонтерами.",
            "У суботу з 10:00 до 16:00 ми розповімо про послуги центру, курси румунської мови та програму наставництва. Діти — бажані гості.",
        ),
        "fr": (
            "Journée portes ouvertes au centre",
            "Venez rencontrer notre équipe, les médiateurs culturels et nos bénévoles.",
            "Samedi, de 10 h à 16 h, nous présentons les services du centre, les cours de roumain et le programme de mentorat. Les enfants sont les bienvenus.",
        ),
        "ar": (
            "يوم الأبواب المفتوحة في المركز",
            "تعالوا للتعرف على فريقنا والوسطاء الثقافيين والمتطوعين.",
            "يوم السبت من العاشرة صباحًا حتى الرابعة مساءً نعرّفكم بخدمات المركز ودورات اللغة الرومانية وبرنامج الإرشاد. الأطفال مرحب بهم.",
        ),
    },
    {
        "slug": "new-romanian-course",
        "days_ago": 61,
        "tags": ["curs", "limba-română"],
        "ro": (
            "Un nou curs de limba română în Mănăștur",
            "O grupă nouă pentru începători, de două ori pe săptămână, cu loc de joacă pentru copii.",
            "Cursul are loc la biblioteca de cartier, marțea și joia de la 18:00. Înscrierile se fac la centru sau online.",
        ),
        "en": (
            "A new Romanian course in Mănăștur",
            "A new beginners’ group, twice a week, with childcare.",
            "The course takes place at the neighbourhood library on Tuesdays and Thursdays from 6 pm. Enrol at the centre or online.",
        ),
        "pl": (
            "Nowy kurs języka rumuńskiego w Mănăștur",
            "Nowa grupa dla początkujących, dwa razy w tygodniu, z opieką nad dziećmi.",
            "Zajęcia odbywają się w dzielnicowej bibliotece we wtorki i czwartki od 18:00. Zapisy w centrum lub online.",
        ),
        "uk": (
            "Новий курс румунської мови в Менештурі",
            "Нова група для початківців двічі на тиждень, із доглядом за дітьми.",
            "Заняття проходять у районній бібліотеці щовівторка й щочетверга з 18:00. Записатися можна в центрі або онлайн.",
        ),
        "fr": (
            "Un nouveau cours de roumain à Mănăștur",
            "Un nouveau groupe pour débutants, deux fois par semaine, avec garde d’enfants.",
            "Le cours a lieu à la bibliothèque du quartier le mardi et le jeudi à partir de 18 h. Inscriptions au centre ou en ligne.",
        ),
        "ar": (
            "دورة جديدة للغة الرومانية في حي مانَشتور",
            "مجموعة جديدة للمبتدئين مرتين في الأسبوع مع رعاية للأطفال.",
            "تُعقد الدورة في مكتبة الحي يومي الثلاثاء والخميس ابتداءً من السادسة مساءً. التسجيل في المركز أو عبر الإنترنت.",
        ),
    },
]

ABOUT = {
    "slug": "about",
    "ro": (
        "Despre centru",
        "Centrul de integrare a migranților Cluj sprijină persoanele venite din alte țări să-și construiască o viață aici.",
        "Lucrăm împreună cu primăria, serviciile sociale, școlile, universitățile, ONG-urile și voluntarii din echipa locală de sprijin pentru integrare. Toate serviciile noastre sunt gratuite.",
    ),
    "en": (
        "About the centre",
        "The Cluj Migrant Integration Centre helps people who come from other countries build a life here.",
        "We work with the city hall, social services, schools, universities, NGOs and volunteers in the local integration support team. All our services are free.",
    ),
    "pl": (
        "O centrum",
        "Centrum Integracji Migrantów w Kluż-Napoce pomaga osobom przybyłym z innych krajów ułożyć sobie tu życie.",
        "Współpracujemy z urzędem miasta, służbami socjalnymi, szkołami, uczelniami, organizacjami pozarządowymi i wolontariuszami z lokalnego zespołu wsparcia integracji. Wszystkie nasze usługi są bezpłatne.",
    ),
    "uk": (
        "Про центр",
        "Центр інтеграції мігрантів у Клужі допомагає людям, які приїхали з інших країн, облаштувати тут своє життя.",
        "Ми співпрацюємо з мерією, соціальними службами, школами, університетами, громадськими організаціями та волонтерами місцевої команди підтримки інтеграції. Усі наші послуги безкоштовні.",
    ),
    "fr": (
        "À propos du centre",
        "Le Centre d’intégration des migrants de Cluj aide les personnes venues d’autres pays à construire leur vie ici.",
        "Nous travaillons avec la mairie, les services sociaux, les écoles, les universités, les associations et les bénévoles de l’équipe locale d’appui à l’intégration. Tous nos services sont gratuits.",
    ),
    "ar": (
        "عن المركز",
        "يساعد مركز إدماج المهاجرين في كلوج الأشخاص القادمين من بلدان أخرى على بناء حياتهم هنا.",
        "نعمل مع البلدية والخدمات الاجتماعية والمدارس والجامعات والمنظمات غير الحكومية ومتطوعي الفريق المحلي لدعم الإدماج. جميع خدماتنا مجانية.",
    ),
}

PRIVACY = {
    "slug": "privacy",
    "ro": (
        "Confidențialitate",
        "Cum folosim datele dumneavoastră personale.",
        "Colectăm doar datele de care avem nevoie pentru a vă oferi un serviciu și nu le dăm nimănui fără acordul dumneavoastră. Din contul dumneavoastră puteți descărca sau șterge oricând datele.",
    ),
    "en": (
        "Privacy",
        "How we use your personal data.",
        "We collect only the data we need to provide a service and never pass it on without your consent. From your account you can download or delete your data at any time.",
    ),
    "pl": (
        "Prywatność",
        "Jak wykorzystujemy twoje dane osobowe.",
        "Zbieramy tylko dane potrzebne do świadczenia usługi i nie przekazujemy ich nikomu bez twojej zgody. Na swoim koncie możesz w każdej chwili pobrać lub usunąć swoje dane.",
    ),
    "uk": (
        "Конфіденційність",
        "Як ми використовуємо ваші персональні дані.",
        "Ми збираємо лише ті дані, які потрібні для надання послуги, і нікому не передаємо їх без вашої згоди. У своєму обліковому записі ви будь-коли можете завантажити або видалити свої дані.",
    ),
    "fr": (
        "Confidentialité",
        "Comment nous utilisons vos données personnelles.",
        "Nous ne collectons que les données nécessaires pour vous rendre un service et ne les transmettons jamais sans votre accord. Depuis votre compte, vous pouvez télécharger ou supprimer vos données à tout moment.",
    ),
    "ar": (
        "الخصوصية",
        "كيف نستخدم بياناتك الشخصية.",
        "نجمع فقط البيانات التي نحتاجها لتقديم الخدمة ولا نشاركها مع أحد دون موافقتك. يمكنك من حسابك تنزيل بياناتك أو حذفها في أي وقت.",
    ),
}

CONTACT = {
    "address": "Str. Avram Iancu nr. 11\n400089 Cluj-Napoca",
    "phone": "+40 264 123 456",
    "email": "contact@integrare-cluj.ro",
    "ro": (
        "Centrul de integrare a migranților Cluj",
        "Luni–vineri 09:00–17:00, joi până la 19:00",
        [
            ("Urgențe (poliție, ambulanță, pompieri)", "112"),
            ("Violență domestică", "0800 500 333"),
            ("Traficul de persoane", "0800 800 678"),
        ],
    ),
    "en": (
        "Cluj Migrant Integration Centre",
        "Monday to Friday 09:00–17:00, Thursday until 19:00",
        [
            ("Emergencies (police, ambulance, fire)", "112"),
            ("Domestic violence", "0800 500 333"),
            ("Human trafficking", "0800 800 678"),
        ],
    ),
    "pl": (
        "Centrum Integracji Migrantów w Kluż-Napoce",
        "Od poniedziałku do piątku 09:00–17:00, w czwartek do 19:00",
        [
            ("Nagłe wypadki (policja, pogotowie, straż)", "112"),
            ("Przemoc domowa", "0800 500 333"),
            ("Handel ludźmi", "0800 800 678"),
        ],
    ),
    "uk": (
        "Центр інтеграції мігрантів у Клужі",
        "З понеділка по п’ятницю 09:00–17:00, у четвер до 19:00",
        [
            ("Екстрені служби (поліція, швидка, пожежна)", "112"),
            ("Домашнє насильство", "0800 500 333"),
            ("Торгівля людьми", "0800 800 678"),
        ],
    ),
    "fr": (
        "Centre d’intégration des migrants de Cluj",
        "Du lundi au vendredi 09h00–17h00, le jeudi jusqu’à 19h00",
        [
            ("Urgences (police, ambulance, pompiers)", "112"),
            ("Violences conjugales", "0800 500 333"),
            ("Traite des êtres humains", "0800 800 678"),
        ],
    ),
    "ar": (
        "مركز إدماج المهاجرين في كلوج",
        "من الاثنين إلى الجمعة 09:00–17:00، والخميس حتى 19:00",
        [
            ("الطوارئ (الشرطة، الإسعاف، الإطفاء)", "112"),
            ("العنف الأسري", "0800 500 333"),
            ("الاتجار بالبشر", "0800 800 678"),
        ],
    ),
}

add_to_pages(
    {
        "HEADINGS": HEADINGS,
        "HOME": HOME,
        "NEWS_INDEX": NEWS_INDEX,
        "NEWS": NEWS,
        "ABOUT": ABOUT,
        "PRIVACY": PRIVACY,
        "CONTACT": CONTACT,
    }
)

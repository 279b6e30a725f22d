"""Demo orientation guides (Cluj-Napoca), in every configured language. Each entry gives the
language-neutral facts once and the texts per language: title, intro, steps, documents."""

from ..topics import Topic
from .languages import add_to_topics

OPENING_HOURS = {
    "ro": "Luni–vineri, 08:30–16:30",
    "en": "Monday to Friday, 08:30–16:30",
    "pl": "Od poniedziałku do piątku, 08:30–16:30",
    "uk": "З понеділка по п’ятницю, 08:30–16:30",
    "fr": "Du lundi au vendredi, 08h30–16h30",
    "ar": "من الاثنين إلى الجمعة، 08:30–16:30",
}

TOPICS = [
    {
        "slug": "residence-permit",
        "topic": Topic.RESIDENCE,
        "reviewed_days_ago": 40,
        "link": (
            "https://portaligi.mai.gov.ro/",
            {
                "ro": "Programare online la Imigrări",
                "en": "Book an appointment online",
                "pl": "Umów wizytę online",
                "uk": "Записатися на прийом онлайн",
                "fr": "Prendre rendez-vous en ligne",
                "ar": "احجز موعدًا عبر الإنترنت",
            },
        ),
        "contact": (
            "Inspectoratul General pentru Imigrări – Serviciul pentru Imigrări Cluj",
            "Str. Traian Vuia nr. 208, Cluj-Napoca",
            "+40 264 595 500",
            "cluj.igi@mai.gov.ro",
        ),
        "ro": (
            "Permisul de ședere",
            "Dacă rămâneți în România mai mult de 90 de zile, aveți nevoie de un drept de ședere. Iată cum îl obțineți sau prelungiți la Cluj-Napoca.",
            [
                "Programați-vă online pe portalul Inspectoratului General pentru Imigrări.",
                "Depuneți dosarul la ghișeu cu cel puțin 30 de zile înainte de expirarea vizei sau a permisului.",
                "Ridicați permisul de ședere când primiți SMS-ul de confirmare.",
            ],
            [
                "Pașaportul valabil",
                "Contractul de închiriere sau de comodat",
                "Dovada mijloacelor de întreținere",
                "Asigurarea medicală",
            ],
        ),
        "en": (
            "Residence permit",
            "If you stay in Romania for more than 90 days, you need a right of residence. This is how to get or extend it in Cluj-Napoca.",
            [
                "Book an appointment online on the General Inspectorate for Immigration portal.",
                "Hand in your file at the counter at least 30 days before your visa or permit expires.",
                "Collect your residence permit when you receive the confirmation text message.",
            ],
            [
                "A valid passport",
                "Your rental or free-use agreement",
                "Proof of means of support",
                "Health insurance",
            ],
        ),
        "pl": (
            "Zezwolenie na pobyt",
            "Jeśli zostajesz w Rumunii dłużej niż 90 dni, potrzebujesz prawa pobytu. Oto jak je uzyskać lub przedłużyć w Kluż-Napoce.",
            [
                "Umów wizytę online na portalu Generalnego Inspektoratu ds. Imigracji.",
                "Złóż dokumenty w okienku co najmniej 30 dni przed wygaśnięciem wizy lub zezwolenia.",
                "Odbierz kartę pobytu, gdy dostaniesz SMS z potwierdzeniem.",
            ],
            [
                "Ważny paszport",
                "Umowa najmu lub użyczenia",
                "Dowód posiadania środków utrzymania",
                "Ubezpieczenie zdrowotne",
            ],
        ),
        "uk": (
            "Дозвіл на проживання",
            "Якщо ви залишаєтеся в Румунії довше ніж 90 днів, вам потрібне право на проживання. Ось як отримати або продовжити його в Клуж-Напоці.",
            [
                "Запишіться на прийом онлайн на порталі Генеральної інспекції з питань імміграції.",
                "Подайте документи у віконці щонайменше за 30 днів до закінчення візи чи дозволу.",
                "Заберіть дозвіл на проживання, коли отримаєте SMS-підтвердження.",
            ],
            [
                "Дійсний паспорт",
                "Договір оренди або безоплатного користування житлом",
                "Підтвердження засобів до існування",
                "Медичне страхування",
            ],
        ),
        "fr": (
            "Le titre de séjour",
            "Si vous restez en Roumanie plus de 90 jours, il vous faut un droit de séjour. Voici comment l’obtenir ou le prolonger à Cluj-Napoca.",
            [
                "Prenez rendez-vous en ligne sur le portail de l’Inspection générale de l’immigration.",
                "Déposez votre dossier au guichet au moins 30 jours avant l’expiration du visa ou du titre.",
                "Retirez votre titre de séjour quand vous recevez le SMS de confirmation.",
            ],
            [
                "Un passeport valide",
                "Le contrat de location ou de prêt du logement",
                "Un justificatif de ressources",
                "Une assurance maladie",
            ],
        ),
        "ar": (
            "تصريح الإقامة",
            "إذا بقيت في رومانيا أكثر من 90 يومًا فأنت بحاجة إلى حق الإقامة. إليك كيفية الحصول عليه أو تجديده في كلوج نابوكا.",
            [
                "احجز موعدًا عبر الإنترنت على بوابة المفتشية العامة للهجرة.",
                "قدّم ملفك عند الشباك قبل 30 يومًا على الأقل من انتهاء التأشيرة أو التصريح.",
                "استلم تصريح الإقامة عندما تصلك رسالة التأكيد القصيرة.",
            ],
            [
                "جواز سفر ساري المفعول",
                "عقد الإيجار أو عقد استخدام السكن",
                "إثبات وسائل العيش",
                "التأمين الصحي",
            ],
        ),
    },
    {
        "slug": "family-doctor",
        "topic": Topic.HEALTH,
        "reviewed_days_ago": 200,
        "contact": (
            "Casa de Asigurări de Sănătate Cluj",
            "Str. Constanța nr. 5, Cluj-Napoca",
            "+40 264 594 940",
            "relatii.publice@casjcluj.ro",
        ),
        "ro": (
            "Înscrierea la medicul de familie",
            "Medicul de familie este primul loc unde mergeți când sunteți bolnav. Cu asigurare de sănătate, consultațiile sunt gratuite.",
            [
                "Alegeți un cabinet de medicină de familie aproape de locuința dumneavoastră.",
                "Cereți medicului o cerere de înscriere și completați-o.",
                "Medicul vă înscrie pe listă și vă spune cum faceți programări.",
            ],
            [
                "Permisul de ședere sau pașaportul",
                "Codul numeric personal (CNP), dacă îl aveți",
                "Dovada asigurării de sănătate",
            ],
        ),
        "en": (
            "Registering with a family doctor",
            "The family doctor is the first place to go when you are ill. With health insurance, consultations are free.",
            [
                "Choose a family medicine practice near your home.",
                "Ask the doctor for a registration form and fill it in.",
                "The doctor adds you to their list and tells you how to book appointments.",
            ],
            [
                "Your residence permit or passport",
                "Your personal numeric code (CNP), if you have one",
                "Proof of health insurance",
            ],
        ),
        "pl": (
            "Zapisanie się do lekarza rodzinnego",
            "Lekarz rodzinny to pierwsze miejsce, do którego idziesz, gdy chorujesz. Z ubezpieczeniem zdrowotnym wizyty są bezpłatne.",
            [
                "Wybierz przychodnię lekarza rodzinnego blisko miejsca zamieszkania.",
                "Poproś lekarza o formularz zapisu i wypełnij go.",
                "Lekarz dopisze cię do swojej listy i powie, jak umawiać wizyty.",
            ],
            [
                "Karta pobytu lub paszport",
                "Osobisty numer identyfikacyjny (CNP), jeśli go masz",
                "Dowód ubezpieczenia zdrowotnego",
            ],
        ),
        "uk": (
            "Реєстрація у сімейного лікаря",
            "Сімейний лікар — перше місце, куди варто звертатися, коли ви хворієте. Зі страховкою консультації безкоштовні.",
            [
                "Оберіть кабінет сімейної медицини поблизу вашого житла.",
                "Попросіть у лікаря заяву на реєстрацію та заповніть її.",
                "Лікар внесе вас до свого списку й пояснить, як записуватися на прийом.",
            ],
            [
                "Дозвіл на проживання або паспорт",
                "Особистий ідентифікаційний код (CNP), якщо він у вас є",
                "Підтвердження медичного страхування",
            ],
        ),
        "fr": (
            "S’inscrire chez un médecin de famille",
            "Le médecin de famille est le premier endroit où aller quand vous êtes malade. Avec une assurance maladie, les consultations sont gratuites.",
            [
                "Choisissez un cabinet de médecine de famille près de chez vous.",
                "Demandez au médecin un formulaire d’inscription et remplissez-le.",
                "Le médecin vous inscrit sur sa liste et vous explique comment prendre rendez-vous.",
            ],
            [
                "Votre titre de séjour ou votre passeport",
                "Votre code numérique personnel (CNP), si vous en avez un",
                "Une attestation d’assurance maladie",
            ],
        ),
        "ar": (
            "التسجيل لدى طبيب الأسرة",
            "طبيب الأسرة هو أول مكان تذهب إليه عندما تمرض. مع التأمين الصحي تكون الاستشارات مجانية.",
            [
                "اختر عيادة طب أسرة قريبة من مكان سكنك.",
                "اطلب من الطبيب استمارة التسجيل واملأها.",
                "يضيفك الطبيب إلى قائمته ويشرح لك كيفية حجز المواعيد.",
            ],
            ["تصريح الإقامة أو جواز السفر", "الرقم الشخصي (CNP) إن وُجد", "إثبات التأمين الصحي"],
        ),
    },
    {
        "slug": "school-enrolment",
        "topic": Topic.EDUCATION,
        "reviewed_days_ago": 20,
        "contact": (
            "Inspectoratul Școlar Județean Cluj",
            "Str. Argeș nr. 19, Cluj-Napoca",
            "+40 264 590 778",
            "isjcluj@isjcj.ro",
        ),
        "ro": (
            "Înscrierea copiilor la școală",
            "Copiii străini au dreptul să meargă la școală în România, la fel ca copiii români. Școala de stat este gratuită.",
            [
                "Mergeți la școala cea mai apropiată de casă și cereți înscrierea.",
                "Inspectoratul școlar echivalează anii de studiu făcuți în altă țară.",
                "Copilul poate urma un an de curs pregătitor de limba română.",
            ],
            [
                "Certificatul de naștere al copilului",
                "Documentele școlare din țara de origine",
                "Permisul de ședere al părinților",
            ],
        ),
        "en": (
            "Enrolling children in school",
            "Foreign children have the right to go to school in Romania, just like Romanian children. State school is free.",
            [
                "Go to the school nearest your home and ask to enrol your child.",
                "The county school inspectorate recognises the school years completed abroad.",
                "Your child can attend a preparatory year of Romanian language.",
            ],
            [
                "The child’s birth certificate",
                "School records from the country of origin",
                "The parents’ residence permits",
            ],
        ),
        "pl": (
            "Zapisanie dzieci do szkoły",
            "Dzieci cudzoziemców mają prawo chodzić do szkoły w Rumunii tak samo jak dzieci rumuńskie. Szkoła publiczna jest bezpłatna.",
            [
                "Idź do szkoły najbliżej domu i poproś o zapisanie dziecka.",
                "Kuratorium oświaty uznaje lata nauki ukończone za granicą.",
                "Dziecko może uczęszczać na roczny kurs przygotowawczy języka rumuńskiego.",
            ],
            ["Akt urodzenia dziecka", "Świadectwa szkolne z kraju pochodzenia", "Karty pobytu rodziców"],
        ),
        "uk": (
            "Зарахування дітей до школи",
            "Діти іноземців мають право ходити до школи в Румунії так само, як румунські діти. Державна школа безкоштовна.",
            [
                "Зверніться до найближчої до дому школи та попросіть зарахувати дитину.",
                "Шкільна інспекція визнає роки навчання, здобуті за кордоном.",
                "Дитина може пройти підготовчий рік румунської мови.",
            ],
            [
                "Свідоцтво про народження дитини",
                "Шкільні документи з країни походження",
                "Дозволи на проживання батьків",
            ],
        ),
        "fr": (
            "Inscrire ses enfants à l’école",
            "Les enfants étrangers ont le droit d’aller à l’école en Roumanie, comme les enfants roumains. L’école publique est gratuite.",
            [
                "Allez à l’école la plus proche de chez vous et demandez l’inscription.",
                "L’inspection scolaire reconnaît les années d’études faites à l’étranger.",
                "Votre enfant peut suivre une année préparatoire de langue roumaine.",
            ],
            [
                "L’acte de naissance de l’enfant",
                "Les bulletins scolaires du pays d’origine",
                "Les titres de séjour des parents",
            ],
        ),
        "ar": (
            "تسجيل الأطفال في المدرسة",
            "يحق للأطفال الأجانب الذهاب إلى المدرسة في رومانيا مثل الأطفال الرومانيين تمامًا. المدرسة الحكومية مجانية.",
            [
                "اذهب إلى أقرب مدرسة من منزلك واطلب تسجيل طفلك.",
                "تعترف مفتشية التعليم بسنوات الدراسة التي أُنجزت في الخارج.",
                "يمكن لطفلك حضور سنة تحضيرية لتعلم اللغة الرومانية.",
            ],
            ["شهادة ميلاد الطفل", "الوثائق المدرسية من البلد الأصلي", "تصاريح إقامة الوالدين"],
        ),
    },
    {
        "slug": "diploma-recognition",
        "topic": Topic.WORK,
        "reviewed_days_ago": 90,
        "contact": (
            "Centrul Național de Recunoaștere și Echivalare a Diplomelor (CNRED)",
            "Str. Spiru Haret nr. 12, București",
            "+40 21 405 63 00",
            "cnred@edu.gov.ro",
        ),
        "ro": (
            "Recunoașterea diplomelor",
            "Pentru a lucra în profesia dumneavoastră sau pentru a continua studiile, diploma obținută în străinătate trebuie recunoscută.",
            [
                "Traduceți diploma și foaia matricolă la un traducător autorizat.",
                "Depuneți cererea online pe platforma CNRED.",
                "Primiți atestatul de recunoaștere în aproximativ 45 de zile.",
            ],
            ["Diploma și foaia matricolă", "Traducerile legalizate", "Pașaportul"],
        ),
        "en": (
            "Recognition of diplomas",
            "To work in your profession or continue your studies, a diploma obtained abroad must be recognised.",
            [
                "Have your diploma and transcript translated by a certified translator.",
                "Submit the application online on the CNRED platform.",
                "You receive the recognition certificate in about 45 days.",
            ],
            ["Diploma and transcript", "Certified translations", "Passport"],
        ),
        "uk": (
            "Визнання дипломів",
            "Щоб працювати за фахом або продовжити навчання, диплом, здобутий за кордоном, потрібно визнати.",
            [
                "Перекладіть диплом і додаток у присяжного перекладача.",
                "Подайте заяву онлайн на платформі CNRED.",
                "Свідоцтво про визнання ви отримаєте приблизно за 45 днів.",
            ],
            ["Диплом і додаток до нього", "Засвідчені переклади", "Паспорт"],
        ),
        "fr": (
            "La reconnaissance des diplômes",
            "Pour exercer votre métier ou poursuivre vos études, un diplôme obtenu à l’étranger doit être reconnu.",
            [
                "Faites traduire votre diplôme et votre relevé de notes par un traducteur agréé.",
                "Déposez la demande en ligne sur la plateforme du CNRED.",
                "Vous recevez l’attestation de reconnaissance en 45 jours environ.",
            ],
            ["Le diplôme et le relevé de notes", "Les traductions certifiées", "Le passeport"],
        ),
        "ar": (
            "الاعتراف بالشهادات",
            "للعمل في مهنتك أو متابعة دراستك يجب الاعتراف بالشهادة التي حصلت عليها في الخارج.",
            [
                "ترجم شهادتك وكشف العلامات لدى مترجم معتمد.",
                "قدّم الطلب عبر الإنترنت على منصة CNRED.",
                "تحصل على شهادة الاعتراف خلال نحو 45 يومًا.",
            ],
            ["الشهادة وكشف العلامات", "الترجمات المصدّقة", "جواز السفر"],
        ),
    },
    {
        "slug": "romanian-courses",
        "topic": Topic.LANGUAGE,
        "reviewed_days_ago": 10,
        "contact": (
            "Centrul de integrare a migranților Cluj",
            "Str. Avram Iancu nr. 11, Cluj-Napoca",
            "+40 264 123 456",
            "cursuri@integrare-cluj.ro",
        ),
        "ro": (
            "Cursuri de limba română",
            "Centrul organizează cursuri gratuite de limba română în cartiere, online și hibrid; unele au loc de joacă pentru copii.",
            [
                "Veniți la o sesiune de evaluare a nivelului, în fiecare luni la ora 17.",
                "Alegeți o grupă: în cartier, online sau hibrid.",
                "La final primiți un certificat de participare.",
            ],
            ["Un act de identitate", "Un caiet și un pix"],
        ),
        "en": (
            "Romanian courses",
            "The centre runs free Romanian courses in the neighbourhoods, online and hybrid; some offer childcare.",
            [
                "Come to a level assessment session, every Monday at 5 pm.",
                "Choose a group: in your neighbourhood, online or hybrid.",
                "At the end you receive a certificate of attendance.",
            ],
            ["An identity document", "A notebook and a pen"],
        ),
        "pl": (
            "Kursy języka rumuńskiego",
            "Centrum prowadzi bezpłatne kursy języka rumuńskiego w dzielnicach, online i hybrydowo; część z opieką nad dziećmi.",
            [
                "Przyjdź na sprawdzenie poziomu, w każdy poniedziałek o 17:00.",
                "Wybierz grupę: w dzielnicy, online lub hybrydowo.",
                "Na zakończenie otrzymasz zaświadczenie o udziale.",
            ],
            ["Dokument tożsamości", "Zeszyt i długopis"],
        ),
        "uk": (
            "Курси румунської мови",
            "Центр проводить безкоштовні курси румунської мови в районах міста, онлайн і змішано; на деяких є догляд за дітьми.",
            [
                "Прийдіть на визначення рівня щопонеділка о 17:00.",
                "Оберіть групу: у вашому районі, онлайн або змішану.",
                "Наприкінці ви отримаєте сертифікат про участь.",
            ],
            ["Документ, що посвідчує особу", "Зошит і ручка"],
        ),
        "fr": (
            "Cours de roumain",
            "Le centre propose des cours de roumain gratuits dans les quartiers, en ligne et en hybride ; certains avec garde d’enfants.",
            [
                "Venez à une séance d’évaluation du niveau, chaque lundi à 17 h.",
                "Choisissez un groupe : dans votre quartier, en ligne ou en hybride.",
                "À la fin, vous recevez une attestation de participation.",
            ],
            ["Une pièce d’identité", "Un cahier et un stylo"],
        ),
        "ar": (
            "دورات اللغة الرومانية",
            "ينظم المركز دورات مجانية في اللغة الرومانية في الأحياء وعبر الإنترنت وبنظام مختلط، وبعضها يوفر رعاية للأطفال.",
            [
                "احضر جلسة تحديد المستوى كل يوم اثنين الساعة الخامسة مساءً.",
                "اختر مجموعة: في حيّك أو عبر الإنترنت أو بنظام مختلط.",
                "في النهاية تحصل على شهادة حضور.",
            ],
            ["وثيقة هوية", "دفتر وقلم"],
        ),
    },
    {
        "slug": "finding-housing",
        "topic": Topic.HOUSING,
        "reviewed_days_ago": 60,
        "contact": (
            "Direcția de Asistență Socială și Medicală Cluj-Napoca – Locuințe sociale",
            "Str. Moților nr. 7, Cluj-Napoca",
            "+40 264 596 030",
            "locuinte@dasmcj.ro",
        ),
        "ro": (
            "Găsirea unei locuințe",
            "Chiriile din Cluj-Napoca sunt mari, așa că merită să căutați din timp și să cereți mereu un contract scris.",
            [
                "Căutați anunțuri pe site-uri de închirieri și prin rețeaua centrului.",
                "Vizitați locuința și verificați contorul, mobila și starea instalațiilor.",
                "Semnați un contract înregistrat la administrația financiară.",
            ],
            ["Pașaportul sau permisul de ședere", "Garanția (de obicei o chirie)"],
        ),
        "en": (
            "Finding housing",
            "Rents in Cluj-Napoca are high, so it pays to start looking early and always to ask for a written contract.",
            [
                "Look for listings on rental websites and through the centre’s network.",
                "Visit the flat and check the meters, the furniture and the installations.",
                "Sign a contract registered with the tax office.",
            ],
            ["Passport or residence permit", "The deposit (usually one month’s rent)"],
        ),
        "pl": (
            "Szukanie mieszkania",
            "Czynsze w Kluż-Napoce są wysokie, dlatego warto zacząć szukać wcześnie i zawsze prosić o pisemną umowę.",
            [
                "Szukaj ogłoszeń na portalach z wynajmem i przez sieć kontaktów centrum.",
                "Obejrzyj mieszkanie i sprawdź liczniki, meble i instalacje.",
                "Podpisz umowę zarejestrowaną w urzędzie skarbowym.",
            ],
            ["Paszport lub karta pobytu", "Kaucja (zwykle jeden czynsz)"],
        ),
        "uk": (
            "Пошук житла",
            "Оренда в Клуж-Напоці дорога, тому варто почати пошуки заздалегідь і завжди просити письмовий договір.",
            [
                "Шукайте оголошення на сайтах оренди та через мережу центру.",
                "Огляньте житло й перевірте лічильники, меблі та комунікації.",
                "Підпишіть договір, зареєстрований у податковій службі.",
            ],
            ["Паспорт або дозвіл на проживання", "Застава (зазвичай місячна оренда)"],
        ),
        "fr": (
            "Trouver un logement",
            "Les loyers sont élevés à Cluj-Napoca : commencez à chercher tôt et demandez toujours un contrat écrit.",
            [
                "Cherchez des annonces sur les sites de location et par le réseau du centre.",
                "Visitez le logement et vérifiez les compteurs, les meubles et les installations.",
                "Signez un contrat enregistré auprès de l’administration fiscale.",
            ],
            ["Passeport ou titre de séjour", "La caution (en général un mois de loyer)"],
        ),
        "ar": (
            "إيجاد سكن",
            "الإيجارات في كلوج نابوكا مرتفعة، لذا ابدأ البحث مبكرًا واطلب دائمًا عقدًا مكتوبًا.",
            [
                "ابحث عن الإعلانات في مواقع الإيجار ومن خلال شبكة المركز.",
                "زر السكن وتحقق من العدادات والأثاث والتمديدات.",
                "وقّع عقدًا مسجّلًا لدى الإدارة الضريبية.",
            ],
            ["جواز السفر أو تصريح الإقامة", "التأمين (عادةً إيجار شهر واحد)"],
        ),
    },
    {
        "slug": "social-services",
        "topic": Topic.SOCIAL_SERVICES,
        "reviewed_days_ago": 400,
        "contact": (
            "Direcția de Asistență Socială și Medicală Cluj-Napoca",
            "Str. Moților nr. 7, Cluj-Napoca",
            "+40 264 596 030",
            "contact@dasmcj.ro",
        ),
        "ro": (
            "Servicii sociale și beneficii",
            "Persoanele cu drept de ședere pot primi alocații pentru copii, ajutor pentru încălzire și sprijin în situații de criză.",
            [
                "Cereți o întâlnire cu un asistent social la primărie.",
                "Asistentul verifică la ce beneficii aveți dreptul.",
                "Depuneți cererea împreună cu documentele cerute.",
            ],
            ["Permisul de ședere", "Certificatele de naștere ale copiilor", "Dovada veniturilor"],
        ),
        "en": (
            "Social services and benefits",
            "People with a right of residence can receive child allowances, heating aid and support in a crisis.",
            [
                "Ask for a meeting with a social worker at the city hall.",
                "The social worker checks which benefits you are entitled to.",
                "Hand in the application with the documents requested.",
            ],
            ["Residence permit", "The children’s birth certificates", "Proof of income"],
        ),
        "pl": (
            "Usługi socjalne i świadczenia",
            "Osoby z prawem pobytu mogą otrzymać zasiłek na dzieci, dopłatę do ogrzewania i wsparcie w sytuacji kryzysowej.",
            [
                "Poproś o spotkanie z pracownikiem socjalnym w urzędzie miasta.",
                "Pracownik socjalny sprawdzi, jakie świadczenia ci przysługują.",
                "Złóż wniosek razem z wymaganymi dokumentami.",
            ],
            ["Karta pobytu", "Akty urodzenia dzieci", "Zaświadczenie o dochodach"],
        ),
        "uk": (
            "Соціальні послуги та виплати",
            "Люди з правом на проживання можуть отримувати допомогу на дітей, допомогу на опалення та підтримку в кризових ситуаціях.",
            [
                "Попросіть про зустріч із соціальним працівником у мерії.",
                "Соціальний працівник перевірить, на які виплати ви маєте право.",
                "Подайте заяву разом із потрібними документами.",
            ],
            ["Дозвіл на проживання", "Свідоцтва про народження дітей", "Підтвердження доходів"],
        ),
        "fr": (
            "Services sociaux et prestations",
            "Les personnes ayant un droit de séjour peuvent recevoir des allocations familiales, une aide au chauffage et un soutien en cas de crise.",
            [
                "Demandez un rendez-vous avec un travailleur social à la mairie.",
                "Le travailleur social vérifie à quelles prestations vous avez droit.",
                "Déposez la demande avec les documents demandés.",
            ],
            ["Le titre de séjour", "Les actes de naissance des enfants", "Un justificatif de revenus"],
        ),
        "ar": (
            "الخدمات الاجتماعية والمساعدات",
            "يمكن للأشخاص الذين لديهم حق الإقامة الحصول على مخصصات الأطفال ومساعدة التدفئة والدعم في حالات الأزمات.",
            [
                "اطلب موعدًا مع أخصائي اجتماعي في البلدية.",
                "يتحقق الأخصائي من المساعدات التي يحق لك الحصول عليها.",
                "قدّم الطلب مع الوثائق المطلوبة.",
            ],
            ["تصريح الإقامة", "شهادات ميلاد الأطفال", "إثبات الدخل"],
        ),
    },
    {
        "slug": "emergencies-112",
        "topic": Topic.EMERGENCIES,
        "reviewed_days_ago": 5,
        "faq": {
            "ro": (
                "Pot suna la 112 dacă nu vorbesc românește?",
                "Da. Spuneți în engleză sau în limba dumneavoastră numele limbii; operatorul încearcă să găsească pe cineva care o vorbește.",
            ),
            "en": (
                "Can I call 112 if I do not speak Romanian?",
                "Yes. Say the name of your language in English or in your language; the operator tries to find someone who speaks it.",
            ),
            "pl": (
                "Czy mogę zadzwonić pod 112, jeśli nie mówię po rumuńsku?",
                "Tak. Powiedz nazwę swojego języka po angielsku lub w swoim języku; operator spróbuje znaleźć kogoś, kto nim mówi.",
            ),
            "uk": (
                "Чи можна дзвонити на 112, якщо я не розмовляю румунською?",
                "Так. Назвіть свою мову англійською або своєю мовою; оператор спробує знайти того, хто нею говорить.",
            ),
            "fr": (
                "Puis-je appeler le 112 si je ne parle pas roumain ?",
                "Oui. Dites le nom de votre langue en anglais ou dans votre langue ; l’opérateur essaie de trouver quelqu’un qui la parle.",
            ),
            "ar": (
                "هل يمكنني الاتصال بالرقم 112 إذا كنت لا أتكلم الرومانية؟",
                "نعم. قل اسم لغتك بالإنجليزية أو بلغتك، وسيحاول الموظف إيجاد من يتحدثها.",
            ),
        },
        "contact": ("Serviciul de Urgență 112", "", "112", ""),
        "ro": (
            "Urgențe: sunați la 112",
            "Numărul 112 este gratuit și funcționează de pe orice telefon, fără credit. Operatorii vorbesc și engleză.",
            [
                "Spuneți ce s-a întâmplat și dacă sunt persoane rănite.",
                "Spuneți adresa exactă sau un punct de reper.",
                "Nu închideți până nu vă spune operatorul.",
            ],
            ["Nu aveți nevoie de niciun document pentru a suna la 112"],
        ),
        "en": (
            "Emergencies: call 112",
            "112 is free and works from any phone, even without credit. Operators also speak English.",
            [
                "Say what happened and whether anyone is injured.",
                "Give the exact address or a landmark.",
                "Do not hang up until the operator tells you to.",
            ],
            ["You do not need any document to call 112"],
        ),
        "pl": (
            "Nagłe wypadki: dzwoń pod 112",
            "Numer 112 jest bezpłatny i działa z każdego telefonu, nawet bez środków na koncie. Operatorzy mówią też po angielsku.",
            [
                "Powiedz, co się stało i czy są ranni.",
                "Podaj dokładny adres albo charakterystyczne miejsce.",
                "Nie rozłączaj się, dopóki operator ci nie powie.",
            ],
            ["Nie potrzebujesz żadnego dokumentu, by zadzwonić pod 112"],
        ),
        "uk": (
            "Надзвичайні ситуації: телефонуйте 112",
            "Номер 112 безкоштовний і працює з будь-якого телефону, навіть без коштів на рахунку. Оператори говорять і англійською.",
            [
                "Скажіть, що сталося і чи є постраждалі.",
                "Назвіть точну адресу або орієнтир.",
                "Не кладіть слухавку, доки оператор не скаже.",
            ],
            ["Щоб зателефонувати на 112, жодні документи не потрібні"],
        ),
        "fr": (
            "Urgences : appelez le 112",
            "Le 112 est gratuit et fonctionne depuis n’importe quel téléphone, même sans crédit. Les opérateurs parlent aussi anglais.",
            [
                "Dites ce qui s’est passé et s’il y a des blessés.",
                "Donnez l’adresse exacte ou un point de repère.",
                "Ne raccrochez pas avant que l’opérateur ne vous le dise.",
            ],
            ["Aucun document n’est nécessaire pour appeler le 112"],
        ),
        "ar": (
            "الطوارئ: اتصل بالرقم 112",
            "الرقم 112 مجاني ويعمل من أي هاتف حتى دون رصيد. يتحدث الموظفون اللغة الإنجليزية أيضًا.",
            [
                "قل ما الذي حدث وهل هناك مصابون.",
                "أعطِ العنوان الدقيق أو معلمًا قريبًا.",
                "لا تُنهِ المكالمة حتى يطلب منك الموظف ذلك.",
            ],
            ["لا تحتاج إلى أي وثيقة للاتصال بالرقم 112"],
        ),
    },
]

add_to_topics(TOPICS, OPENING_HOURS)

"""Demo events in Cluj-Napoca, drawn from the seeds: the fortnightly conversation club at the
county library, the quarterly orientation session, a Romanian A1 course with childcare, a
culinary workshop, the Non-discrimination campaign around 9 November, an open day and a staff
training. Idempotent: pages that exist (by slug) are left alone."""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Site

from .. import services
from ..models import CourseSession, EventIndexPage, EventKind, EventMode, EventPage
from ..recurrence import local_zone, occurrences

INDEX_SLUG = "evenimente"
INDEX_TITLES = {
    "ro": ("Evenimente și cursuri", "evenimente"),
    "en": ("Events and courses", "whats-on"),
    "pl": ("Wydarzenia i kursy", "wydarzenia"),
    "uk": ("Події та курси", "podii"),
    "fr": ("Événements et cours", "evenements"),
    "ar": ("الفعاليات والدورات", "faaliyat"),
    "ne": ("कार्यक्रम र कक्षाहरू", "karyakram"),
    "ur": ("تقریبات اور کورسز", "taqribat"),
    "ps": ("پروګرامونه او کورسونه", "programona"),
    "bn": ("অনুষ্ঠান ও কোর্স", "onushthan"),
}
LIBRARY = ("Biblioteca Județeană „Octavian Goga”", "Str. Dorobanților 104, Cluj-Napoca")
ONE_STOP_SHOP = ("One-Stop-Shop „Welcome to Cluj”", "Piața Unirii 1, Cluj-Napoca")


def next_weekday(weekday, hour, minute=0, weeks_ahead=0):
    today = timezone.localdate()
    days = (weekday - today.weekday()) % 7 or 7
    day = today + timedelta(days=days + 7 * weeks_ahead)
    return datetime.combine(day, time(hour, minute), tzinfo=local_zone())


def next_november_9():
    today = timezone.localdate()
    year = today.year if (today.month, today.day) < (11, 9) else today.year + 1
    return datetime(year, 11, 9, 17, 0, tzinfo=local_zone())


def demo_events(organiser):
    club_start = next_weekday(3, 18)
    course_start = next_weekday(1, 17, 30, weeks_ahead=1)
    campaign = next_november_9()
    open_day = next_weekday(5, 10, weeks_ahead=2)
    return [
        {
            "slug": "club-conversatie-cafea-si-cuvinte",
            "titles": {
                "ro": (
                    "Clubul de conversație „Cafea și cuvinte”",
                    "O dată la două săptămâni vorbim românește, fără note și fără grabă, cu voluntari și vecini.",
                ),
                "en": (
                    "“Coffee and words” conversation club",
                    "Every two weeks we practise Romanian together, no marks and no hurry, with volunteers and neighbours.",
                ),
                "pl": (
                    "Klub konwersacyjny „Kawa i słowa”",
                    "Co dwa tygodnie rozmawiamy po rumuńsku, bez ocen i bez pośpiechu.",
                ),
                "uk": (
                    "Розмовний клуб «Кава і слова»",
                    "Раз на два тижні говоримо румунською без оцінок і поспіху.",
                ),
                "fr": (
                    "Club de conversation « Café et mots »",
                    "Toutes les deux semaines, on parle roumain ensemble, sans notes et sans se presser.",
                ),
                "ar": (
                    "نادي المحادثة «قهوة وكلمات»",
                    "كل أسبوعين نتحدث الرومانية معًا دون تقييم ولا استعجال.",
                ),
            },
            "kind": EventKind.SOCIAL_CLUB,
            "start": club_start,
            "end": club_start + timedelta(hours=2),
            "recurrence_rule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
            "place": LIBRARY[0],
            "address": LIBRARY[1],
            "languages": ["ro", "en", "uk", "ar"],
            "capacity": 25,
            "organiser_name": "Friends of Cluj",
            "accessibility_notes": "Sala de lectură de la parter, acces cu rampă. Toaletă accesibilă.",
        },
        {
            "slug": "sesiune-orientare-noi-veniti",
            "titles": {
                "ro": (
                    "Sesiune de orientare pentru noii veniți",
                    "Permis de ședere, sănătate, școală, locuri de muncă: primii pași în Cluj-Napoca, explicați pe înțeles.",
                ),
                "en": (
                    "Orientation session for newcomers",
                    "Residence permits, health, school, jobs: your first steps in Cluj-Napoca, explained plainly.",
                ),
                "pl": (
                    "Sesja informacyjna dla nowo przybyłych",
                    "Pobyt, zdrowie, szkoła, praca: pierwsze kroki w Kluż-Napoce.",
                ),
                "uk": (
                    "Орієнтаційна зустріч для новоприбулих",
                    "Дозвіл на проживання, здоров'я, школа, робота: перші кроки в Клуж-Напоці.",
                ),
                "fr": (
                    "Séance d'orientation pour les nouveaux arrivants",
                    "Titre de séjour, santé, école, emploi : vos premiers pas à Cluj-Napoca.",
                ),
                "ar": (
                    "جلسة توجيهية للقادمين الجدد",
                    "الإقامة والصحة والمدرسة والعمل: خطواتك الأولى في كلوج نابوكا.",
                ),
            },
            "kind": EventKind.ORIENTATION,
            "start": next_weekday(1, 10, weeks_ahead=1),
            "end": next_weekday(1, 12, 30, weeks_ahead=1),
            "recurrence_rule": "FREQ=MONTHLY;INTERVAL=3",
            "mode": EventMode.HYBRID,
            "place": ONE_STOP_SHOP[0],
            "address": ONE_STOP_SHOP[1],
            "online_link": "https://meet.example.org/orientare-cluj",
            "languages": ["ro", "en", "fr", "ar", "uk"],
            "capacity": 30,
            "organiser_name": "Primăria Cluj-Napoca și OIM",
            "organiser_user": organiser,
            "ask_access_needs": True,
        },
        {
            "slug": "curs-limba-romana-a1",
            "titles": {
                "ro": (
                    "Curs de limba română A1 – Mănăștur",
                    "Opt întâlniri pentru începători, gratuit, cu supraveghere pentru copii în sala alăturată.",
                ),
                "en": (
                    "Romanian A1 course – Mănăștur",
                    "Eight meetings for beginners, free, with childcare in the next room.",
                ),
                "pl": (
                    "Kurs języka rumuńskiego A1 – Mănăștur",
                    "Osiem spotkań dla początkujących, bezpłatnie, z opieką nad dziećmi.",
                ),
                "uk": (
                    "Курс румунської мови A1 – Менештур",
                    "Вісім зустрічей для початківців, безкоштовно, з доглядом за дітьми.",
                ),
                "fr": (
                    "Cours de roumain A1 – Mănăștur",
                    "Huit séances pour débutants, gratuites, avec garde d'enfants à côté.",
                ),
                "ar": (
                    "دورة اللغة الرومانية A1 – مانيشتور",
                    "ثماني لقاءات للمبتدئين، مجانًا، مع رعاية للأطفال في القاعة المجاورة.",
                ),
            },
            "kind": EventKind.LANGUAGE_COURSE,
            "level": "A1",
            "start": course_start,
            "end": course_start + timedelta(weeks=3, days=2, hours=2),
            "place": "Centrul Cultural Mănăștur",
            "address": "Str. Primăverii 1, Cluj-Napoca",
            "languages": ["ro", "en"],
            "capacity": 15,
            "childcare_notes": "Două educatoare au grijă de copiii între 2 și 10 ani în sala alăturată.",
            "ask_language_level": True,
            "ask_childcare": True,
            "certificate_threshold": 6,
            "placement_question": "Ați mai studiat limba română? Unde și cât timp?",
            "organiser_user": organiser,
            "sessions": [course_start + timedelta(days=offset) for offset in (0, 2, 7, 9, 14, 16, 21, 23)],
        },
        {
            "slug": "atelier-culinar-sarmale-si-tabbouleh",
            "titles": {
                "ro": (
                    "Atelier culinar: sarmale și tabbouleh",
                    "Gătim împreună rețete din Transilvania și din Siria, apoi mâncăm la aceeași masă.",
                ),
                "en": (
                    "Cooking workshop: sarmale and tabbouleh",
                    "We cook recipes from Transylvania and Syria together, then eat at one table.",
                ),
                "pl": (
                    "Warsztaty kulinarne: sarmale i tabbouleh",
                    "Gotujemy razem przepisy z Transylwanii i Syrii.",
                ),
                "uk": (
                    "Кулінарний майстер-клас: сармале і табуле",
                    "Готуємо разом страви з Трансільванії та Сирії.",
                ),
                "fr": (
                    "Atelier cuisine : sarmale et taboulé",
                    "Nous cuisinons ensemble des recettes de Transylvanie et de Syrie.",
                ),
                "ar": (
                    "ورشة طبخ: سارمالي وتبولة",
                    "نطبخ معًا وصفات من ترانسيلفانيا وسوريا ثم نأكل على مائدة واحدة.",
                ),
            },
            "kind": EventKind.INTERCULTURAL,
            "start": next_weekday(5, 11, weeks_ahead=1),
            "end": next_weekday(5, 14, weeks_ahead=1),
            "place": "Bucătăria comunitară Fabrica de Pensule",
            "address": "Str. Henri Barbusse 59-61, Cluj-Napoca",
            "languages": ["ro", "ar", "en"],
            "price": 20,
            "capacity": 16,
            "ask_access_needs": True,
        },
        {
            "slug": "campania-nu-discriminarii-9-noiembrie",
            "titles": {
                "ro": (
                    "Campania „Nu discriminării”: dezbatere publică",
                    "Cu ocazia zilei de 9 noiembrie, rezidenți, instituții și asociații discută cum raportăm și prevenim discriminarea.",
                ),
                "en": (
                    "Non-discrimination campaign: public debate",
                    "Around 9 November, residents, institutions and associations discuss how to report and prevent discrimination.",
                ),
                "pl": (
                    "Kampania „Nie dyskryminacji”: debata publiczna",
                    "Z okazji 9 listopada rozmawiamy o zgłaszaniu i zapobieganiu dyskryminacji.",
                ),
                "uk": (
                    "Кампанія «Ні дискримінації»: публічна дискусія",
                    "До 9 листопада говоримо про те, як повідомляти про дискримінацію та запобігати їй.",
                ),
                "fr": (
                    "Campagne « Non à la discrimination » : débat public",
                    "Autour du 9 novembre, habitants et institutions parlent de la prévention des discriminations.",
                ),
                "ar": ("حملة «لا للتمييز»: نقاش عام", "بمناسبة 9 نوفمبر نناقش كيف نبلغ عن التمييز ونمنعه."),
            },
            "kind": EventKind.PUBLIC_MEETING,
            "start": campaign,
            "end": campaign + timedelta(hours=2),
            "place": "Casa de Cultură a Studenților",
            "address": "Piața Lucian Blaga 1-3, Cluj-Napoca",
            "languages": ["ro", "en", "hu", "sgn"],
            "capacity": 120,
            "accessibility_notes": "Interpretare în limbaj mimico-gestual. Sală accesibilă cu lift.",
        },
        {
            "slug": "ziua-portilor-deschise-welcome-to-cluj",
            "titles": {
                "ro": (
                    "Ziua porților deschise la „Welcome to Cluj”",
                    "Vizitați centrul, cunoașteți consilierii și aflați ce servicii gratuite oferim.",
                ),
                "en": (
                    "Open day at “Welcome to Cluj”",
                    "Visit the centre, meet the advisers and find out which free services we offer.",
                ),
                "pl": ("Dzień otwarty w „Welcome to Cluj”", "Odwiedź centrum i poznaj doradców."),
                "uk": (
                    "День відкритих дверей у «Welcome to Cluj»",
                    "Відвідайте центр і познайомтеся з консультантами.",
                ),
                "fr": (
                    "Journée portes ouvertes à « Welcome to Cluj »",
                    "Visitez le centre et rencontrez les conseillers.",
                ),
                "ar": (
                    "يوم مفتوح في «Welcome to Cluj»",
                    "زوروا المركز وتعرفوا على المستشارين والخدمات المجانية.",
                ),
            },
            "kind": EventKind.OPEN_DAY,
            "start": open_day,
            "end": open_day + timedelta(hours=7),
            "all_day": True,
            "place": ONE_STOP_SHOP[0],
            "address": ONE_STOP_SHOP[1],
            "languages": ["ro", "en", "fr", "ar", "uk"],
            "registration_open": False,
        },
        {
            "slug": "instruire-comunicare-interculturala-personal",
            "titles": {
                "ro": (
                    "Instruire pentru personal: comunicare interculturală",
                    "Pentru funcționarii de la ghișee: cum explicăm clar o procedură unei persoane care abia învață limba.",
                ),
                "en": (
                    "Staff training: intercultural communication",
                    "For front-desk staff: explaining a procedure clearly to someone still learning the language.",
                ),
                "pl": (
                    "Szkolenie dla pracowników: komunikacja międzykulturowa",
                    "Dla urzędników: jak jasno wyjaśnić procedurę.",
                ),
                "uk": (
                    "Тренінг для персоналу: міжкультурна комунікація",
                    "Для працівників: як зрозуміло пояснити процедуру.",
                ),
                "fr": (
                    "Formation du personnel : communication interculturelle",
                    "Pour les agents d'accueil : expliquer clairement une démarche.",
                ),
                "ar": ("تدريب للموظفين: التواصل بين الثقافات", "لموظفي الاستقبال: كيف نشرح إجراءً بوضوح."),
            },
            "kind": EventKind.TRAINING,
            "start": next_weekday(2, 9, weeks_ahead=2),
            "end": next_weekday(2, 13, weeks_ahead=2),
            "mode": EventMode.ONLINE,
            "online_link": "https://meet.example.org/instruire-personal",
            "languages": ["ro"],
            "capacity": 40,
            "organiser_name": "Direcția de Asistență Socială și Medicală Cluj-Napoca",
            "retention_days": 365,
        },
    ]


def locales():
    return [Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES]


def translate(page, locale, title, slug=None, **fields):
    translated = page.get_translation_or_none(locale)
    if translated is None:
        translated = page.copy_for_translation(locale, copy_parents=True)
    translated.title = title
    if slug:
        translated.slug = slug
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


def event_index(default_locale, all_locales):
    root = Site.objects.get(is_default_site=True).root_page.specific
    index = EventIndexPage.objects.filter(slug=INDEX_SLUG, locale=root.locale).first()
    if index is None:
        title, slug = INDEX_TITLES.get(root.locale.language_code, INDEX_TITLES["ro"])
        index = root.add_child(
            instance=EventIndexPage(title=title, slug=INDEX_SLUG, locale=root.locale, show_in_menus=True)
        )
        index.save_revision().publish()
    for locale in all_locales:
        if locale.pk != index.locale_id and index.get_translation_or_none(locale) is None:
            title, slug = INDEX_TITLES.get(locale.language_code, INDEX_TITLES["ro"])
            translate(index, locale, title, slug)
    return index


def create_event(index, spec):
    spec = dict(spec)
    titles = spec.pop("titles")
    sessions = spec.pop("sessions", [])
    slug = spec.pop("slug")
    language = index.locale.language_code
    title, summary = titles.get(language, titles["ro"])
    event = index.add_child(instance=EventPage(title=title, slug=slug, summary=summary, **spec))
    for number, start in enumerate(sessions, start=1):
        event.sessions.add(
            CourseSession(start=start, end=start + timedelta(hours=2), topic=f"Lecția {number}")
        )
    event.save_revision().publish()
    # Languages without the event's texts keep it untranslated: their lists show it in Romanian,
    # marked, as the site shows anything not translated yet.
    for locale in Locale.objects.exclude(pk=index.locale_id).filter(language_code__in=titles):
        translated_title, translated_summary = titles[locale.language_code]
        translate(event, locale, translated_title, summary=translated_summary)
    return event


#: The demo newcomer's name for certificates, asked when she registers for the course.
DEMO_PRINTED_NAME = {"printed_name": "أمل الحسن", "printed_name_latin": "Amal Al-Hassan"}


def load(stdout):
    all_locales = locales()
    index = event_index(Locale.get_default(), all_locales)
    User = get_user_model()
    organiser = User.objects.filter(email="coordinator@example.org").first()
    created = 0
    for spec in demo_events(organiser):
        if not EventPage.objects.filter(slug=spec["slug"], locale=index.locale).exists():
            create_event(index, spec)
            created += 1
    newcomer = User.objects.filter(email="newcomer@example.org").first()
    if newcomer is not None:
        for slug in (
            "club-conversatie-cafea-si-cuvinte",
            "curs-limba-romana-a1",
            "atelier-culinar-sarmale-si-tabbouleh",
        ):
            event = EventPage.objects.filter(slug=slug, locale=index.locale).first()
            if event is None:
                continue
            coming = occurrences(event, after=timezone.now())
            if coming and not event.registrations.filter(user=newcomer).exists():
                answers = {"childcare_needed": True, "language_level": "none", **DEMO_PRINTED_NAME}
                services.register(newcomer, event, coming[0].key, answers)
    stdout.write(
        f"Demo events: {created} created, {EventPage.objects.filter(locale=index.locale).count()} in all"
    )

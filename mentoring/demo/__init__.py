"""Demo content: the three programmes of seed 001 (social mentoring, the women's mentoring
network, language buddies with weekly meetups), vetted volunteers, newcomers' requests, and one
active match between volunteer@ and newcomer@ with its check-ins. Safe to run again."""

from datetime import datetime, time, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from ..models import (
    CheckIn,
    District,
    Match,
    MatchState,
    Meetup,
    MenteeRequest,
    Programme,
    ProgrammeQuestion,
    Venue,
    VolunteerProfile,
)

PROGRAMMES = [
    (
        "social",
        "mentorat-social",
        "Mentorat social",
        "any",
        False,
        "Voluntari din Cluj-Napoca, localnici și migranți, însoțesc nou-veniții: acte, locuri de muncă, "
        "locuință, școală și prietenii. Social mentoring: volunteers help newcomers find their way.",
    ),
    (
        "women",
        "retea-mentorat-femei",
        "Rețeaua de mentorat pentru femei",
        "women",
        True,
        "Femei migrante și profesioniste din Cluj-Napoca se întâlnesc lunar. A mentoring network "
        "pairing migrant women with local professionals.",
    ),
    (
        "buddies",
        "parteneri-de-limba",
        "Parteneri de limbă (Language Buddies)",
        "any",
        False,
        "Exersați limba română cu un vorbitor nativ, o dată pe săptămână, la bibliotecă, la centrul "
        "comunitar, la cafenea sau la universitate.",
    ),
]
VENUES = [
    ("Biblioteca Județeană Octavian Goga", "library", "Calea Dorobanților 104", "Gheorgheni"),
    ("Centrul Comunitar Mănăștur", "community", "Str. Primăverii 2", "Mănăștur"),
    ("Cafeneaua din Piața Muzeului", "cafe", "Piața Muzeului 5", "Centru"),
    ("Universitatea Babeș-Bolyai, Clădirea Centrală", "university", "Str. Mihail Kogălniceanu 1", "Centru"),
]
# Cluj-Napoca's neighbourhoods, with the spellings people type without diacritics.
DISTRICTS = [
    ("Centru", "Center\nCentre\nCentrul"),
    ("Gheorgheni", ""),
    ("Mănăștur", "Manastur"),
    ("Mărăști", "Marasti"),
    ("Zorilor", "Zorii"),
    ("Grigorescu", ""),
    ("Bună Ziua", "Buna Ziua"),
    ("Someșeni", "Someseni"),
]
TRAINED = timezone.make_aware(datetime(2026, 2, 14)).date()
# (e-mail, first name, last name, programme slug, languages, goals, district, gender, skills)
VOLUNTEERS = [
    (
        "volunteer@example.org",
        "Andrei",
        "Mureșan",
        "mentorat-social",
        {"ro": "native", "en": "c1", "fr": "b2"},
        ["paperwork", "job_search"],
        "Centru",
        "man",
        ["cv", "law"],
    ),
    (
        "ioana.pop@example.org",
        "Ioana",
        "Pop",
        "retea-mentorat-femei",
        {"ro": "native", "en": "b2"},
        ["job_search", "school"],
        "Zorilor",
        "woman",
        ["health", "teaching"],
    ),
    (
        "maria.szabo@example.org",
        "Maria",
        "Szabó",
        "parteneri-de-limba",
        {"ro": "native", "hu": "native"},
        ["language_practice", "social_contact"],
        "Gheorgheni",
        "woman",
        ["teaching"],
    ),
    (
        "olena.kovalenko@example.org",
        "Olena",
        "Kovalenko",
        "mentorat-social",
        {"uk": "native", "ro": "b2", "ru": "c1"},
        ["housing", "paperwork"],
        "Mărăști",
        "woman",
        ["social_work"],
    ),
]
REQUESTS = [
    (
        "newcomer@example.org",
        "Samir",
        "Haddad",
        "mentorat-social",
        {"ar": "native", "fr": "c1", "ro": "a2"},
        ["paperwork", "job_search"],
        "Centru",
        "man",
        "Am nevoie de ajutor cu permisul de ședere.",
    ),
    (
        "oksana.bondar@example.org",
        "Oksana",
        "Bondar",
        "mentorat-social",
        {"uk": "native", "en": "b1"},
        ["housing"],
        "Mărăști",
        "woman",
        "",
    ),
    (
        "priya.gurung@example.org",
        "Priya",
        "Gurung",
        "retea-mentorat-femei",
        {"ne": "native", "en": "b2"},
        ["job_search"],
        "Zorilor",
        "woman",
        "Nurse, looking for recognition of my diploma.",
    ),
    (
        "rahim.khan@example.org",
        "Rahim",
        "Khan",
        "parteneri-de-limba",
        {"ur": "native", "en": "c1", "ro": "a1"},
        ["language_practice"],
        "Gheorgheni",
        "man",
        "",
    ),
    (
        "newcomer@example.org",
        "Samir",
        "Haddad",
        "parteneri-de-limba",
        {"ar": "native", "fr": "c1", "ro": "a2"},
        ["language_practice"],
        "Centru",
        "man",
        "",
    ),
]
EVENING_SLOTS = [2, 5, 11, 17]


def _person(email, first_name, last_name):
    User = get_user_model()
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            username=email.split("@")[0], email=email, first_name=first_name, last_name=last_name
        )
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    elif not user.first_name:
        user.first_name, user.last_name = first_name, last_name
        user.save(update_fields=["first_name", "last_name"])
    return user


def load(stdout):
    programmes = {}
    for kind, slug, name, gender_rule, check, description in PROGRAMMES:
        programmes[slug], _created = Programme.objects.get_or_create(
            slug=slug,
            defaults={
                "kind": kind,
                "name": name,
                "gender_rule": gender_rule,
                "requires_background_check": check,
                "description": description,
            },
        )
    ProgrammeQuestion.objects.get_or_create(
        programme=programmes["retea-mentorat-femei"],
        audience="volunteers",
        text="În ce domeniu profesional puteți oferi mentorat?",
        defaults={"required": True},
    )
    districts = {
        name: District.objects.get_or_create(name=name, defaults={"aliases": aliases})[0]
        for name, aliases in DISTRICTS
    }
    venues = [
        Venue.objects.get_or_create(
            name=name, defaults={"kind": kind, "address": address, "district": districts[district]}
        )[0]
        for name, kind, address, district in VENUES
    ]
    now = timezone.now()
    for email, first, last, slug, languages, goals, district, gender, skills in VOLUNTEERS:
        VolunteerProfile.objects.get_or_create(
            user=_person(email, first, last),
            programme=programmes[slug],
            defaults={
                "languages": languages,
                "goals": goals,
                "district": districts[district],
                "online": True,
                "gender": gender,
                "skills": skills,
                "availability": EVENING_SLOTS,
                "capacity": 2,
                "background_check_consent": True,
                "vetting_status": "approved",
                "vetted_at": now,
                "training_date": TRAINED,
                "profession": "Jurist" if gender == "man" else "",
            },
        )
    for email, first, last, slug, languages, goals, district, gender, needs in REQUESTS:
        MenteeRequest.objects.get_or_create(
            user=_person(email, first, last),
            programme=programmes[slug],
            defaults={
                "languages": languages,
                "goals": goals,
                "district": districts[district],
                "gender": gender,
                "availability": EVENING_SLOTS,
                "needs_text": needs,
            },
        )
    _active_match(programmes["mentorat-social"], now)
    buddies = programmes["parteneri-de-limba"]
    today = timezone.localdate()
    for week in range(4):
        day = today + timedelta(days=(3 - today.weekday()) % 7 + 7 * week)  # Thursdays
        venue = venues[week % len(venues)]
        starts = timezone.make_aware(datetime.combine(day, time(18, 0)))
        Meetup.objects.get_or_create(
            programme=buddies,
            venue=venue,
            starts_at=starts,
            defaults={
                "ends_at": starts + timedelta(hours=2),
                "title": "Întâlnirea săptămânală a partenerilor de limbă",
            },
        )
    stdout.write(
        f"Mentoring: {len(programmes)} programmes, {len(districts)} districts, {len(VOLUNTEERS)} volunteers, "
        f"{len(REQUESTS)} requests"
    )


def _active_match(programme, now):
    volunteer = VolunteerProfile.objects.get(user__email="volunteer@example.org", programme=programme)
    request_obj = MenteeRequest.objects.get(user__email="newcomer@example.org", programme=programme)
    if Match.objects.filter(volunteer=volunteer, mentee_request=request_obj).exists():
        return
    started = now - timedelta(days=40)
    match = Match.objects.create(
        programme=programme,
        volunteer=volunteer,
        mentee_request=request_obj,
        state=MatchState.ACTIVE,
        volunteer_accepted_at=started,
        mentee_accepted_at=started,
        activated_at=started,
        first_meeting_on=(started + timedelta(days=3)).date(),
    )
    request_obj.status = "matched"
    request_obj.save(update_fields=["status"])
    for days, hours, how, note in [
        (3, 2, "well", "Am mers împreună la Direcția de Imigrări."),
        (17, 1.5, "well", "CV în română, pregătire pentru interviu."),
        (31, 0, "okay", ""),
    ]:
        CheckIn.objects.create(
            match=match,
            author=volunteer.user,
            side="volunteer",
            met_on=(started + timedelta(days=days)).date(),
            met=bool(hours),
            hours=hours,
            how_it_goes=how,
            note=note,
        )

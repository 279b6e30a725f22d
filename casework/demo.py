"""Demo: two centres (Cluj-Napoca and Timișoara) with a year of contacts, information sessions for
groups and cases, their staff, a network coordinator, and last month's reports submitted and ready
to review. Its files (attendance sheets, scanned registration forms, case documents) are small
generated PDFs kept in private storage through the same services as uploads. Safe to run again."""

import random
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from accounts.demo import DEMO_PASSWORD
from coordination.models import Institution, Tier
from library.demo.files import pdf_bytes

from . import services
from .choices import StaffRole
from .models import Centre, CentreMembership, Contact, Visitor
from .roles import NETWORK_COORDINATORS
from .services.reporting import previous_month

CENTRES = [
    ("Centrul Regional de Integrare Cluj-Napoca", "CJ", "Str. Avram Iancu 12, Cluj-Napoca", "ro,en,fr,ar,uk"),
    ("Centrul Regional de Integrare Timișoara", "TM", "Bd. Revoluției 5, Timișoara", "ro,en,uk"),
]
INSTITUTIONS = [
    "Inspectoratul General pentru Imigrări",
    "Direcția de Asistență Socială și Medicală",
    "Agenția Județeană pentru Ocuparea Forței de Muncă",
    "Inspectoratul Școlar Județean",
]
CITIZENSHIPS = ["UA", "SY", "AF", "NP", "BD", "PK", "MD", "TR", "IQ", "NG"]
CATEGORIES = [
    "temporary_protection",
    "international_protection",
    "residence_permit",
    "asylum_seeker",
    "family_member",
    "student",
    "other",
]
#: A few registered people give a name (optional); most are known by their code only.
NAMES = [("Olena", "Kovalenko"), ("Ahmad", "Rahimi"), ("Mariam", "Haddad"), ("Suman", "Thapa")]
SESSION_TOPICS = [
    ("Permisul de ședere: acte și termene", ["residence"]),
    ("Căutarea unui loc de muncă", ["employment"]),
    ("Înscrierea la medicul de familie", ["health"]),
    ("Înscrierea copiilor la școală", ["education"]),
    ("Curs introductiv de limba română", ["language"]),
    ("Chirii și contracte de închiriere", ["housing", "social"]),
]


def _user(email, username):
    User = get_user_model()
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(username=username, email=email, password=DEMO_PASSWORD)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def load(stdout):
    coordinator = _user("network@example.org", "network")
    coordinator.groups.add(Group.objects.get_or_create(name=NETWORK_COORDINATORS)[0])
    institutions = [
        Institution.objects.get_or_create(name=name, defaults={"tier": Tier.REGULATORS})[0]
        for name in INSTITUTIONS
    ]
    rng = random.Random(2026)
    for name, code, address, languages in CENTRES:
        centre, created = Centre.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "address": address,
                "languages": languages,
                "opening_hours": "Luni–Vineri 9:00–17:00",
            },
        )
        centre.referral_institutions.add(*institutions)
        lead = _user(f"lead.{code.lower()}@example.org", f"lead-{code.lower()}")
        staff = _user(f"staff.{code.lower()}@example.org", f"staff-{code.lower()}")
        CentreMembership.objects.get_or_create(user=lead, centre=centre, defaults={"role": StaffRole.LEAD})
        CentreMembership.objects.get_or_create(user=staff, centre=centre, defaults={"role": StaffRole.STAFF})
        if Visitor.objects.filter(centre=centre).exists():
            continue
        _year_of_work(rng, centre, staff, lead, institutions)
        report = services.report_for(centre, previous_month())
        services.edit_report(
            lead,
            report,
            activities="Sesiuni de informare despre permisul de ședere; "
            "consiliere pentru înscrierea copiilor la școală.",
            problems="Lipsa unui interpret de limba pașto.",
            portal_information="Fotografii de la ziua porților deschise.",
        )
        services.submit_report(lead, report)
    stdout.write(
        "  casework: two centres, a year of contacts and cases, last month's reports to review "
        "(network@, lead.cj@, staff.cj@, lead.tm@, staff.tm@ example.org)"
    )


def _pdf(name, title, paragraphs):
    return SimpleUploadedFile(name, pdf_bytes(title, paragraphs), content_type="application/pdf")


def _year_of_work(rng, centre, staff, lead, institutions):
    today = timezone.localdate()
    visitors = []
    for number in range(60):
        first_name, last_name = NAMES[number] if number < len(NAMES) else ("", "")
        visitors.append(
            services.register_visitor(
                user=staff,
                centre=centre,
                gender=rng.choice(["woman", "man"]),
                citizenship=rng.choice(CITIZENSHIPS),
                residence_category=rng.choice(CATEGORIES),
                year_of_birth=rng.randint(1950, 2008),
                languages=rng.choice(["uk,ru", "ar", "en", "ps", "ne,en"]),
                consent_statistics=True,
                consent_contact=number % 2 == 0,
                first_name=first_name,
                last_name=last_name,
            )
        )
    for visitor in visitors[: len(NAMES)]:
        services.attach_registration_form(
            staff,
            visitor,
            _pdf(
                "formular.pdf",
                f"Formular de înregistrare {visitor.code}",
                ["Semnat de beneficiar; originalul se păstrează la centru."],
            ),
        )
    first_day = today - timedelta(days=365)
    Visitor.objects.filter(pk__in=[v.pk for v in visitors]).update(registered_on=first_day)
    for _ in range(400):
        day = first_day + timedelta(days=rng.randint(0, 364))
        services.log_contact(
            staff,
            centre,
            visitors=[rng.choice(visitors)],
            date=min(day, today),
            service=rng.choice(["information", "information", "counselling", "assistance"]),
            domains=rng.sample(
                ["employment", "housing", "health", "social", "education", "residence", "language"],
                rng.randint(1, 2),
            ),
            channel=rng.choice(["in_person", "in_person", "phone", "email", "online"]),
            duration_minutes=rng.choice([10, 20, 30, 45]),
            referral_institution=rng.choice([None, None, None, *institutions]),
        )
    _group_sessions(rng, centre, staff, visitors, first_day, today)
    _slots(centre, lead, staff, visitors[0])
    for visitor in visitors[:4]:
        case = services.open_case(
            staff,
            visitor=visitor,
            centre=centre,
            caseworker=staff,
            deputy=lead,
            needs_assessment="Familie monoparentală, fără venit, copil cu boală cronică.",
            vulnerabilities=["single_parent", "illness"],
            goals="Asistență medicală; loc de muncă.",
        )
        services.add_action(
            staff, case, description="Programare la medicul de familie", due_on=today + timedelta(days=7)
        )
        services.add_document(
            staff,
            case,
            title="Scrisoare medicală",
            uploaded_file=_pdf(
                "scrisoare.pdf", "Scrisoare medicală", ["Diagnostic și tratament recomandat."]
            ),
        )
    Contact.objects.filter(centre=centre, late_entry=True).update(late_entry=False)


def _group_sessions(rng, centre, staff, visitors, first_day, today):
    """About one information session a month, with some registered participants among the many
    who came, and its attendance sheet kept with it."""
    for month in range(12):
        title, domains = SESSION_TOPICS[month % len(SESSION_TOPICS)]
        day = min(first_day + timedelta(days=30 * month + rng.randint(0, 25)), today)
        session = services.log_contact(
            staff,
            centre,
            visitors=rng.sample(visitors, 3),
            date=day,
            service="information",
            domains=domains,
            channel=rng.choice(["in_person", "outreach"]),
            language_help=rng.choice(["none", "interpreter", "mediator"]),
            duration_minutes=90,
            is_group=True,
            participant_count=rng.randint(8, 25),
            note=title,
        )
        services.attach_to_group_session(
            staff,
            session,
            title="Lista de prezență",
            uploaded_file=_pdf(
                "prezenta.pdf", f"Lista de prezență: {title}", [f"{day:%Y-%m-%d}, {centre.name}"]
            ),
        )


def _slots(centre, lead, staff, visitor):
    """Counselling times over the coming days, bookable online; one already booked at the desk."""
    now = timezone.localtime()
    slots = []
    for day in range(1, 6):
        for hour in (10, 14):
            start = (now + timedelta(days=day)).replace(hour=hour, minute=0, second=0, microsecond=0)
            slots.append(
                services.create_slot(
                    lead, centre, starts_at=start, ends_at=start + timedelta(minutes=45), capacity=2
                )
            )
    services.book_appointment(slots[0], topic="residence", language="uk", visitor=visitor, user=staff)

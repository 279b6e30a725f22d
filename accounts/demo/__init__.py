"""Demo accounts, one per role, each with a profile. Other apps' demo content refers to these
e-mail addresses."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from .. import roles, services

DEMO_PASSWORD = "integration-demo"
# (e-mail, role, superuser): `manage.py load_demo` prints this list as the demo logins.
DEMO_USERS = [
    ("admin@example.org", "Administrator (superuser)", True),
    ("editor@example.org", roles.EDITORS, False),
    ("moderator@example.org", roles.MODERATORS, False),
    ("coordinator@example.org", roles.COORDINATORS, False),
    ("member@example.org", roles.TEAM_MEMBERS, False),
    ("volunteer@example.org", roles.VOLUNTEERS, False),
    ("newcomer@example.org", roles.PARTICIPANTS, False),
    ("desk@example.org", roles.CIVIC_STAFF, False),
]
# e-mail: (display name, preferred language, languages spoken)
DEMO_PROFILES = {
    "admin@example.org": ("Ana Pop", "ro", [("ro", "native"), ("en", "C1")]),
    "editor@example.org": ("Ioana Mureșan", "ro", [("ro", "native"), ("en", "C1"), ("fr", "B2")]),
    "moderator@example.org": ("Mihai Rus", "ro", [("ro", "native"), ("ar", "C1"), ("en", "B2")]),
    "coordinator@example.org": ("Magdalena Nowak", "pl", [("pl", "native"), ("en", "C1"), ("uk", "B1")]),
    "member@example.org": ("Andrei Pop", "ro", [("ro", "native"), ("en", "B2"), ("ru", "B1")]),
    "volunteer@example.org": ("Radu Ionescu", "ro", [("ro", "native"), ("en", "C1")]),
    "newcomer@example.org": ("Amal", "ar", [("ar", "native"), ("en", "A2"), ("ro", "A1")]),
    "desk@example.org": ("Elena Dumitru", "ro", [("ro", "native"), ("en", "B2"), ("fr", "B1")]),
}


def load(stdout):
    User = get_user_model()
    for email, role, superuser in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=email.split("@")[0],
            defaults={"email": email, "is_superuser": superuser, "is_staff": superuser},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if not superuser:
            user.groups.add(Group.objects.get_or_create(name=role)[0])
        display_name, language, skills = DEMO_PROFILES[email]
        services.update_profile(
            user, display_name=display_name, preferred_language=language, language_skills=skills
        )
    stdout.write(f"Demo accounts: {len(DEMO_USERS)}")

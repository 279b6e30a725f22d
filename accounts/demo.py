"""Demo accounts, one per role. Other apps' demo content refers to these e-mail addresses."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from . import roles

DEMO_PASSWORD = "integration-demo"
DEMO_USERS = [
    ("admin@example.org", "Administrator (superuser)", True),
    ("editor@example.org", roles.EDITORS, False),
    ("moderator@example.org", roles.MODERATORS, False),
    ("coordinator@example.org", roles.COORDINATORS, False),
    ("member@example.org", roles.TEAM_MEMBERS, False),
    ("volunteer@example.org", roles.VOLUNTEERS, False),
    ("newcomer@example.org", roles.PARTICIPANTS, False),
]


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
    stdout.write(f"Demo accounts: {len(DEMO_USERS)}")

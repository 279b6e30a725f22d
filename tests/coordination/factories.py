import datetime

import factory
from django.utils import timezone

from coordination.models import (
    Action,
    ActionItem,
    Body,
    BodyMembership,
    Expert,
    ExpertKind,
    Institution,
    Meeting,
    StrategicObjective,
    TeamMember,
    Tier,
)


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution

    name = factory.Sequence(lambda n: f"Instituția {n}")
    tier = Tier.CORE
    email = factory.Sequence(lambda n: f"office{n}@institution.example.org")


class TeamMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TeamMember

    name = factory.Sequence(lambda n: f"Membru {n}")
    role = "Reprezentant"
    email = factory.Sequence(lambda n: f"member{n}@team.example.org")
    institution = factory.SubFactory(InstitutionFactory)


class ExpertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Expert

    name = factory.Sequence(lambda n: f"Expert {n}")
    kind = ExpertKind.INTERPRETER
    languages = "ar, fr"


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body

    name = factory.Sequence(lambda n: f"Local Support Team {n}")
    min_meetings_per_year = 4


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    body = factory.SubFactory(BodyFactory)
    title = factory.Sequence(lambda n: f"Ședința {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=2))
    ends_at = factory.LazyAttribute(lambda meeting: meeting.starts_at + datetime.timedelta(hours=2))
    place = "Primăria Cluj-Napoca, sala 12"


class ActionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionItem

    meeting = factory.SubFactory(MeetingFactory)
    title = factory.Sequence(lambda n: f"Sarcina {n}")
    owner_member = factory.SubFactory(TeamMemberFactory)
    due_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=10))


class ObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StrategicObjective

    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Obiectiv {n}")


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    objective = factory.SubFactory(ObjectiveFactory)
    code = factory.Sequence(lambda n: f"{n}.1")
    title = factory.Sequence(lambda n: f"Acțiune {n}")
    starts_on = datetime.date(2026, 1, 1)
    ends_on = datetime.date(2027, 12, 31)


def add_members(body, *members, chair=None):
    for member in members:
        BodyMembership.objects.create(body=body, member=member, is_chair=member == chair)
    return body

"""Factories for the mentoring tests: programmes, approved volunteers and open requests that
match each other unless a test says otherwise."""

from datetime import date

import factory
from django.utils import timezone

from mentoring.models import District, MenteeRequest, Programme, Venue, VolunteerProfile


class DistrictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = District
        django_get_or_create = ("name",)

    name = "Centru"


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    name = factory.Sequence(lambda n: f"Social mentoring {n}")
    slug = factory.Sequence(lambda n: f"social-{n}")
    kind = "social"


class VolunteerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VolunteerProfile

    programme = factory.SubFactory(ProgrammeFactory)
    languages = factory.LazyFunction(lambda: {"ro": "native", "en": "b2"})
    availability = factory.LazyFunction(lambda: [2, 5, 17])
    goals = factory.LazyFunction(lambda: ["paperwork", "job_search"])
    district = factory.SubFactory(DistrictFactory)
    online = True
    gender = "woman"
    capacity = 1
    vetting_status = "approved"
    vetted_at = factory.LazyFunction(timezone.now)
    training_date = date(2026, 1, 10)


class RequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MenteeRequest

    programme = factory.SubFactory(ProgrammeFactory)
    languages = factory.LazyFunction(lambda: {"en": "b1", "ar": "native"})
    availability = factory.LazyFunction(lambda: [2, 17])
    goals = factory.LazyFunction(lambda: ["paperwork"])
    district = factory.SubFactory(DistrictFactory)
    online = False
    gender = "woman"


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"Biblioteca Județeană {n}")
    kind = "library"
    address = "Calea Dorobanților 104, Cluj-Napoca"

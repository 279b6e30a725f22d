from datetime import timedelta

import pytest
from django.utils import timezone

from accounts import roles
from casework import services
from casework.choices import StaffRole
from casework.models import Centre, CentreMembership
from casework.roles import NETWORK_COORDINATORS
from coordination.models import Institution, Tier

#: Every role the access matrix tries, as (name, how to make them).
ROLE_NAMES = [
    "anonymous",
    "participant",
    "volunteer",
    "editor",
    "team_member",
    "coordinator",
    "staff_a",
    "staff_b",
    "lead_a",
    "network_coordinator",
    "superuser",
]


@pytest.fixture
def institution(db):
    return Institution.objects.create(name="Inspectoratul General pentru Imigrări", tier=Tier.REGULATORS)


@pytest.fixture
def centre_a(db, institution):
    centre = Centre.objects.create(name="Centrul Cluj", code="CJ", address="Str. Avram Iancu 1")
    centre.referral_institutions.add(institution)
    return centre


@pytest.fixture
def centre_b(db):
    return Centre.objects.create(name="Centrul Timișoara", code="TM")


def _member(make_user, centre, role):
    user = make_user()
    CentreMembership.objects.create(user=user, centre=centre, role=role)
    return user


@pytest.fixture
def staff_a(make_user, centre_a):
    return _member(make_user, centre_a, StaffRole.STAFF)


@pytest.fixture
def lead_a(make_user, centre_a):
    return _member(make_user, centre_a, StaffRole.LEAD)


@pytest.fixture
def staff_b(make_user, centre_b):
    return _member(make_user, centre_b, StaffRole.STAFF)


@pytest.fixture
def network_coordinator(make_user):
    return make_user(NETWORK_COORDINATORS)


@pytest.fixture
def people(make_user, staff_a, staff_b, lead_a, network_coordinator):
    return {
        "anonymous": None,
        "participant": make_user(roles.PARTICIPANTS),
        "volunteer": make_user(roles.VOLUNTEERS),
        "editor": make_user(roles.EDITORS),
        "team_member": make_user(roles.TEAM_MEMBERS),
        "coordinator": make_user(roles.COORDINATORS),
        "staff_a": staff_a,
        "staff_b": staff_b,
        "lead_a": lead_a,
        "network_coordinator": network_coordinator,
        "superuser": make_user(superuser=True),
    }


@pytest.fixture
def register(centre_a, staff_a):
    def make(**fields):
        values = {
            "gender": "woman",
            "citizenship": "SY",
            "residence_category": "international_protection",
            "year_of_birth": 1990,
            "consent_statistics": True,
            **fields,
        }
        return services.register_visitor(user=fields.pop("user", staff_a), centre=centre_a, **values)

    return make


@pytest.fixture
def visitor(register):
    return register(first_name="Amina", last_name="Haddad", phone="+40 700 000 001")


@pytest.fixture
def contact(visitor, centre_a, staff_a, institution):
    return services.log_contact(
        staff_a,
        centre_a,
        visitors=[visitor],
        date=timezone.localdate(),
        service="counselling",
        domains=["health", "residence"],
        channel="in_person",
        referral_institution=institution,
    )


@pytest.fixture
def group_session(visitor, centre_a, staff_a):
    return services.log_contact(
        staff_a,
        centre_a,
        visitors=[visitor],
        date=timezone.localdate(),
        service="information",
        domains=["employment", "housing"],
        channel="in_person",
        is_group=True,
        participant_count=12,
    )


@pytest.fixture
def group_session_file(group_session, staff_a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    sheet = SimpleUploadedFile("attendance.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    return services.attach_to_group_session(staff_a, group_session, title="Attendance", uploaded_file=sheet)


@pytest.fixture
def case(visitor, centre_a, staff_a, lead_a):
    return services.open_case(
        staff_a,
        visitor=visitor,
        centre=centre_a,
        caseworker=staff_a,
        needs_assessment="Needs a family doctor.",
        vulnerabilities=["single_parent"],
    )


@pytest.fixture
def slot(centre_a, staff_a):
    start = timezone.now() + timedelta(days=3)
    return services.create_slot(staff_a, centre_a, starts_at=start, ends_at=start + timedelta(minutes=30))


@pytest.fixture
def last_month_report(centre_a):
    from casework.services.reporting import previous_month

    return services.report_for(centre_a, previous_month())

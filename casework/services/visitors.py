"""Registering visitors, finding them by code and merging duplicates."""

import re

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.audit import record

from ..access import may_use_counter, require
from ..errors import CaseworkError
from ..models import Appointment, Case, CodeCounter, ContactParticipant, Network, Visitor, VisitorIdentity
from ..models.visitors import EARLIEST_BIRTH_YEAR

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


def normalise_languages(value):
    codes = [code.strip().lower() for code in (value or "").split(",") if code.strip()]
    if any(not LANGUAGE_CODE.match(code) for code in codes):
        raise CaseworkError("language_code")
    return ",".join(dict.fromkeys(codes))


def _check_birth_year(year):
    if year is not None and not EARLIEST_BIRTH_YEAR <= year <= timezone.localdate().year:
        raise CaseworkError("birth_year")


def next_code(centre, year):
    """The next beneficiary code of a centre in a year. The counter row is locked until the
    transaction ends, so two desks registering at the same moment never get the same number."""
    counter, _created = CodeCounter.objects.get_or_create(centre=centre, year=year)
    counter = CodeCounter.objects.select_for_update().get(pk=counter.pk)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return Network.current().format_code(centre_code=centre.code, year=year, number=counter.last_number)


@transaction.atomic
def register_visitor(
    *,
    user,
    centre,
    gender,
    citizenship,
    residence_category,
    year_of_birth=None,
    languages="",
    consent_statistics=False,
    consent_contact=False,
    consent_referral=False,
    lawful_basis="consent",
    first_name="",
    last_name="",
    email="",
    phone="",
    request=None,
):
    require(user, "casework.add_visitor", centre)
    _check_birth_year(year_of_birth)
    citizenship = (citizenship or "").strip().upper()
    if not COUNTRY_CODE.match(citizenship):
        raise CaseworkError("citizenship")
    if lawful_basis == "consent" and not consent_statistics:
        raise CaseworkError("consent")
    today = timezone.localdate()
    visitor = Visitor(
        code=next_code(centre, today.year),
        centre=centre,
        registered_on=today,
        year_of_birth=year_of_birth,
        gender=gender,
        citizenship=citizenship,
        residence_category=residence_category,
        languages=normalise_languages(languages),
        lawful_basis=lawful_basis,
        consent_statistics=consent_statistics,
        consent_contact=consent_contact,
        consent_referral=consent_referral,
        consent_given_at=timezone.now(),
        consent_recorded_by=user,
    )
    visitor.full_clean(exclude=["code", "registration_form"])
    visitor.save()
    identity = {"first_name": first_name, "last_name": last_name, "email": email, "phone": phone}
    if any(value.strip() for value in identity.values()):
        VisitorIdentity.objects.create(
            visitor=visitor, **{key: value.strip() for key, value in identity.items()}
        )
    record("casework.register", visitor, user=user, request=request, data={"centre": centre.pk})
    return visitor


def find_by_code(user, code):
    """The visitor a code names (following merges), or None. Staff of any centre may look a code
    up: the person shows it to be served."""
    if not may_use_counter(user):
        raise PermissionDenied(_("You do not have permission to do this."))
    visitor = Visitor.objects.select_related("centre").filter(code=(code or "").strip().upper()).first()
    while visitor is not None and visitor.merged_into_id:
        visitor = Visitor.objects.select_related("centre").get(pk=visitor.merged_into_id)
    return visitor


@transaction.atomic
def update_identity(user, visitor, *, first_name="", last_name="", email="", phone="", request=None):
    require(user, "casework.change_visitor", visitor)
    values = {
        "first_name": first_name.strip(),
        "last_name": last_name.strip(),
        "email": email.strip(),
        "phone": phone.strip(),
    }
    identity = VisitorIdentity(visitor=visitor, **values)
    identity.full_clean(exclude=["visitor"])
    VisitorIdentity.objects.update_or_create(visitor=visitor, defaults=values)
    record("casework.update_identity", visitor, user=user, request=request)


@transaction.atomic
def attach_registration_form(user, visitor, uploaded_file, *, request=None):
    from .uploads import check_upload

    require(user, "casework.change_visitor", visitor)
    check_upload(uploaded_file)
    visitor = Visitor.objects.select_for_update().get(pk=visitor.pk)
    old = visitor.registration_form.name
    visitor.registration_form.save(uploaded_file.name, uploaded_file, save=True)
    if old:
        transaction.on_commit(lambda: visitor.registration_form.storage.delete(old))
    record("casework.attach_form", visitor, user=user, request=request)
    return visitor


@transaction.atomic
def merge_duplicates(user, *, keep, duplicate, request=None):
    """Fold `duplicate` into `keep`: contacts, cases and appointments move over; the duplicate's
    code keeps working and leads to `keep`, so nothing of the history is lost."""
    if keep.pk == duplicate.pk:
        raise CaseworkError("merge_same")
    locked = {
        v.pk: v
        for v in Visitor.objects.select_for_update().filter(pk__in=[keep.pk, duplicate.pk]).order_by("pk")
    }
    keep, duplicate = locked[keep.pk], locked[duplicate.pk]
    require(user, "casework.merge_visitor", keep)
    require(user, "casework.merge_visitor", duplicate)
    if keep.merged_into_id or duplicate.merged_into_id:
        raise CaseworkError("merged")
    shared = ContactParticipant.objects.filter(visitor=keep).values("contact_id")
    ContactParticipant.objects.filter(visitor=duplicate, contact_id__in=shared).delete()
    moved = ContactParticipant.objects.filter(visitor=duplicate).update(visitor=keep)
    Case.objects.filter(visitor=duplicate).update(visitor=keep)
    Appointment.objects.filter(visitor=duplicate).update(visitor=keep)
    if not VisitorIdentity.objects.filter(visitor=keep).exists():
        VisitorIdentity.objects.filter(visitor=duplicate).update(visitor=keep)
    else:
        VisitorIdentity.objects.filter(visitor=duplicate).delete()
    if keep.registered_on > duplicate.registered_on:
        keep.registered_on = duplicate.registered_on
        keep.save(update_fields=["registered_on"])
    duplicate.merged_into = keep
    duplicate.save(update_fields=["merged_into"])
    record(
        "casework.merge", keep, user=user, request=request, data={"merged": duplicate.code, "contacts": moved}
    )
    record("casework.merge", duplicate, user=user, request=request, data={"into": keep.code})
    return keep

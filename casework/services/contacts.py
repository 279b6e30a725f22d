"""Logging the services given: one person or a group information session."""

from datetime import date

from django.db import transaction
from django.utils import timezone

from core.audit import record

from ..access import require
from ..choices import Domain, ReferralOutcome
from ..errors import CaseworkError
from ..models import Contact, ContactAttachment, ContactDomain, ContactParticipant, Correction, MonthlyReport

EARLIEST_CONTACT = date(2000, 1, 1)


def month_of(day):
    return day.replace(day=1)


def locked_report(centre, day):
    report = MonthlyReport.objects.filter(centre=centre, month=month_of(day)).first()
    return report if report is not None and report.locked else None


@transaction.atomic
def log_contact(
    user,
    centre,
    *,
    visitors,
    date,
    service,
    domains,
    channel,
    language_used="",
    language_help="none",
    duration_minutes=15,
    referral_institution=None,
    referral_outcome="",
    follow_up_on=None,
    note="",
    is_group=False,
    participant_count=None,
    case=None,
    correction_reason="",
    request=None,
):
    require(user, "casework.add_contact", centre)
    visitors = list({visitor.pk: visitor for visitor in visitors}.values())
    if date > timezone.localdate():
        raise CaseworkError("future_date")
    if date < EARLIEST_CONTACT:
        raise CaseworkError("old_date")
    if not is_group and len(visitors) != 1:
        raise CaseworkError("one_visitor")
    participant_count = participant_count if is_group else 1
    if participant_count is None or participant_count < max(1, len(visitors)):
        raise CaseworkError("participants")
    domains = list(dict.fromkeys(domains))
    if not domains or any(domain not in Domain.values for domain in domains):
        raise CaseworkError("domains")
    if referral_outcome and referral_institution is None:
        raise CaseworkError("outcome_without_referral")
    if referral_institution is not None:
        allowed = centre.referral_institutions.all()
        if allowed.exists() and not allowed.filter(pk=referral_institution.pk).exists():
            raise CaseworkError("referral_institution")
        referral_outcome = referral_outcome or ReferralOutcome.PENDING
    if any(visitor.merged_into_id for visitor in visitors):
        raise CaseworkError("merged")
    if case is not None:
        require(user, "casework.change_case", case)
    report = MonthlyReport.objects.select_for_update().filter(centre=centre, month=month_of(date)).first()
    late = report is not None and report.locked
    if late and not correction_reason.strip():
        raise CaseworkError("correction_reason")
    contact = Contact(
        centre=centre,
        staff=user,
        date=date,
        service=service,
        channel=channel,
        language_used=language_used,
        language_help=language_help,
        duration_minutes=duration_minutes,
        referral_institution=referral_institution,
        referral_outcome=referral_outcome,
        follow_up_on=follow_up_on,
        note=note.strip(),
        is_group=is_group,
        participant_count=participant_count,
        case=case,
        late_entry=late,
    )
    contact.full_clean(exclude=["staff", "case", "referral_institution"])
    contact.save()
    ContactDomain.objects.bulk_create(ContactDomain(contact=contact, domain=domain) for domain in domains)
    ContactParticipant.objects.bulk_create(
        ContactParticipant(contact=contact, visitor=visitor) for visitor in visitors
    )
    if late:
        Correction.objects.create(
            centre=centre,
            month=month_of(date),
            contact=contact,
            reason=correction_reason.strip(),
            changes={"added_contact": contact.pk},
            made_by=user,
        )
    record(
        "casework.log_contact",
        contact,
        user=user,
        request=request,
        data={"centre": centre.pk, "visitors": [visitor.code for visitor in visitors], "late": late},
    )
    return contact


@transaction.atomic
def record_referral_outcome(user, contact, *, outcome, correction_reason="", request=None):
    require(user, "casework.change_contact", contact.centre)
    contact = Contact.objects.select_for_update().get(pk=contact.pk)
    if contact.referral_institution_id is None:
        raise CaseworkError("outcome_without_referral")
    if outcome not in ReferralOutcome.values:
        raise CaseworkError("outcome")
    if locked_report(contact.centre, contact.date):
        if not correction_reason.strip():
            raise CaseworkError("correction_reason")
        Correction.objects.create(
            centre=contact.centre,
            month=month_of(contact.date),
            contact=contact,
            reason=correction_reason.strip(),
            changes={"referral_outcome": [contact.referral_outcome, outcome]},
            made_by=user,
        )
    contact.referral_outcome = outcome
    contact.save(update_fields=["referral_outcome"])
    record("casework.correct", contact, user=user, request=request, data={"referral_outcome": outcome})
    return contact


@transaction.atomic
def attach_to_group_session(user, contact, *, title, uploaded_file, request=None):
    """Keep a file with an information session for a group, privately, for its centre."""
    from .uploads import check_upload

    contact = Contact.objects.select_for_update().select_related("centre").get(pk=contact.pk)
    require(user, "casework.change_contact", contact.centre)
    if not contact.is_group:
        raise CaseworkError("group_only")
    check_upload(uploaded_file)
    attachment = ContactAttachment(
        contact=contact, title=title.strip()[:200] or uploaded_file.name[:200], uploaded_by=user
    )
    attachment.file.save(uploaded_file.name, uploaded_file, save=False)
    attachment.save()
    record(
        "casework.attach_to_session", contact, user=user, request=request, data={"attachment": attachment.pk}
    )
    return attachment

"""A visitor's data: export and erasure by code (no account needed), and the retention purge
that erases names and contacts once the network's retention period has passed."""

from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from core.audit import record

from ..access import require
from ..errors import CaseworkError
from ..models import CaseAction, CaseDocument, Contact, Network, Visitor, VisitorIdentity

ERASED = "—"


def _visitor_by_code(code):
    visitor = Visitor.objects.select_related("centre").filter(code=(code or "").strip().upper()).first()
    if visitor is None:
        raise CaseworkError("unknown_code")
    return visitor


def export_visitor(user, code, *, request=None):
    """Everything held about the person, as JSON-ready data (handed to them, not put in a URL)."""
    visitor = _visitor_by_code(code)
    require(user, "casework.export_visitor", visitor)
    identity = VisitorIdentity.objects.filter(visitor=visitor).first()
    contacts = (
        Contact.objects.filter(participants__visitor=visitor)
        .select_related("centre", "referral_institution")
        .prefetch_related("domains")
        .order_by("date", "pk")
    )
    data = {
        "code": visitor.code,
        "centre": visitor.centre.name,
        "registered_on": visitor.registered_on.isoformat(),
        "year_of_birth": visitor.year_of_birth,
        "gender": visitor.gender,
        "citizenship": visitor.citizenship,
        "residence_category": visitor.residence_category,
        "languages": visitor.language_list,
        "lawful_basis": visitor.lawful_basis,
        "consent": {
            "statistics": visitor.consent_statistics,
            "contact": visitor.consent_contact,
            "referral": visitor.consent_referral,
            "given_at": visitor.consent_given_at.isoformat(),
        },
        "identity": {
            field: getattr(identity, field) for field in ("first_name", "last_name", "email", "phone")
        }
        if identity
        else None,
        "contacts": [
            {
                "date": c.date.isoformat(),
                "centre": c.centre.name,
                "service": c.service,
                "channel": c.channel,
                "domains": [d.domain for d in c.domains.all()],
                "note": c.note,
                "referred_to": c.referral_institution.name if c.referral_institution else None,
                "referral_outcome": c.referral_outcome,
            }
            for c in contacts
        ],
        "cases": [
            {
                "opened_on": case.opened_on.isoformat(),
                "status": case.status,
                "needs_assessment": case.needs_assessment,
                "goals": case.goals,
                "assistance": case.assistance_kind,
                "outcome": case.outcome,
            }
            for case in visitor.cases.order_by("pk")
        ],
    }
    record("casework.export", visitor, user=user, request=request)
    return data


def _erase(visitor):
    VisitorIdentity.objects.filter(visitor=visitor).delete()
    if visitor.registration_form:
        name = visitor.registration_form.name
        storage = visitor.registration_form.storage
        transaction.on_commit(lambda: storage.delete(name))
        visitor.registration_form = ""
    visitor.identity_erased_at = timezone.now()
    visitor.save(update_fields=["registration_form", "identity_erased_at"])


@transaction.atomic
def erase_visitor(user, code, *, request=None):
    """Erase what names or describes the person; the code and the counts (year of birth, gender,
    citizenship, services given) stay, so past reports still add up."""
    visitor = _visitor_by_code(code)
    visitor = Visitor.objects.select_for_update().get(pk=visitor.pk)
    require(user, "casework.export_visitor", visitor)
    _erase(visitor)
    Contact.objects.filter(participants__visitor=visitor, is_group=False).update(note="")
    for document in CaseDocument.objects.filter(case__visitor=visitor):
        name, storage = document.file.name, document.file.storage
        transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))
        document.delete()
    CaseAction.objects.filter(case__visitor=visitor).update(description=ERASED)
    visitor.cases.update(needs_assessment=ERASED, goals="", assistance_details="", decision_note="")
    visitor.appointments.update(email="", phone="")
    record("casework.erase", visitor, user=user, request=request)
    return visitor


def purge_expired_identities(today=None):
    """Names, contacts and scanned forms go once the last contact is older than the retention
    period; codes and statistics stay."""
    today = today or timezone.localdate()
    years = Network.current().retention_years
    try:
        cutoff = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - years, day=28)
    candidates = (
        Visitor.objects.filter(identity_erased_at__isnull=True, registered_on__lt=cutoff)
        .annotate(last_contact=Max("participations__contact__date"))
        .filter(Q(last_contact__isnull=True) | Q(last_contact__lt=cutoff))
    )
    erased = 0
    for visitor in candidates.iterator():
        with transaction.atomic():
            _erase(visitor)
            record("casework.purge", visitor, data={"retention_years": years})
        erased += 1
    return erased

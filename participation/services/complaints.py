"""Complaints about the centre's services (seed 004): anyone files one, it is registered with a
number and a private tracking link at once, acknowledged by e-mail with the date the answer is
due, and the desk answers it and says whether it was justified."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from core import links as core_links
from core.audit import record
from core.notify import notify

from .. import deadlines
from ..access import require
from ..errors import ParticipationError
from ..models import Complaint
from ..models.desk import new_tracking_token
from .desk import HANDLE, next_number


def file_service_complaint(*, subject, body, name="", email="", language, user=None, request=None):
    """OG 27/2002 art. 7: a complaint without the complainant's name and address is not
    considered, so both are required (a signed-in person's account gives them)."""
    signed_in = user if user is not None and user.is_authenticated else None
    subject, body = (subject or "").strip(), (body or "").strip()
    name = (name or "").strip() or (signed_in.get_full_name() if signed_in else "")
    email = (email or "").strip() or (signed_in.email if signed_in else "")
    if not subject or not body:
        raise ParticipationError("comment_required")
    if not name or not email:
        raise ParticipationError("complainant_required")
    try:
        validate_email(email)
    except ValidationError:
        raise ParticipationError("email_invalid") from None
    now = timezone.now()
    with transaction.atomic():
        year = timezone.localdate(now).year
        complaint = Complaint.objects.create(
            year=year,
            number=next_number(Complaint.register_kind, year),
            tracking_token=new_tracking_token(),
            registered_at=now,
            due_on=deadlines.service_complaint_terms(now).answer_by,
            language=language[:10],
            subject=subject[:200],
            body=body[:10_000],
            name=name[:200],
            email=email,
            complainant=signed_in,
        )
        record("participation.service_complaint", complaint, user=signed_in, request=request)
        _tell_complainant(complaint, "complaint_registered")
    return complaint


def answer_service_complaint(complaint, *, user, text, justified, request=None):
    """The desk answers and says whether the complaint was justified; the complainant is told."""
    require(user, HANDLE, complaint)
    text = (text or "").strip()
    if not text:
        raise ParticipationError("answer_required")
    with transaction.atomic():
        complaint = Complaint.objects.select_for_update().get(pk=complaint.pk)
        if not complaint.about_services:
            raise ParticipationError("not_open")
        if complaint.answered_at is not None:
            raise ParticipationError("complaint_answered")
        complaint.answer = text[:10_000]
        complaint.justified = bool(justified)
        complaint.answered_at = timezone.now()
        complaint.answered_by = user
        complaint.save(update_fields=["answer", "justified", "answered_at", "answered_by"])
        record(
            "participation.complaint_answer",
            complaint,
            user=user,
            request=request,
            data={"justified": complaint.justified, "late": timezone.localdate() > complaint.due_on},
        )
        _tell_complainant(complaint, "complaint_answered")
    return complaint


def complaint_tracking_url(complaint, request=None):
    with translation.override(complaint.language):
        path = reverse("participation:complaint_track", args=[complaint.tracking_token])
    return core_links.absolute_url(path, request)


def _tell_complainant(complaint, template):
    notify(
        to=complaint.email,
        template_prefix=f"participation/email/{template}",
        context={
            "reference": complaint.reference,
            "subject": complaint.subject,
            "due_on": complaint.due_on.isoformat(),
            "tracking_url": complaint_tracking_url(complaint),
            "justified": complaint.justified,
        },
        language=complaint.language,
    )

"""A person's registrations, answers and certificates, for the account's export and deletion."""

from django.utils import timezone

from .models import Certificate, Registration


def export(user):
    registrations = (
        Registration.objects.filter(user=user)
        .select_related("event")
        .prefetch_related("attendances__session")
    )
    return {
        "registrations": [
            {
                "event": registration.event.title,
                "date": timezone.localtime(registration.occurrence or registration.event.start).isoformat(),
                "status": registration.status,
                "registered_at": registration.queued_at.isoformat(),
                "checked_in_at": registration.checked_in_at.isoformat()
                if registration.checked_in_at
                else None,
                "language_level": registration.language_level,
                "childcare_needed": registration.childcare_needed,
                "access_needs": registration.access_needs,
                "placement_answer": registration.placement_answer,
                "sessions_attended": [
                    timezone.localtime(attendance.session.start).isoformat()
                    for attendance in registration.attendances.all()
                    if attendance.present
                ],
            }
            for registration in registrations
        ],
        "certificates": [
            {
                "code": certificate.code,
                "course": certificate.course_title,
                "completed_on": certificate.completed_on.isoformat(),
            }
            for certificate in Certificate.objects.filter(user=user)
        ],
    }


def erase(user):
    """Cancel (and so free the places of) the person's registrations, then delete them. Their
    certificates are deleted too: nobody can verify a certificate of a deleted account."""
    from .services import cancel

    for registration in Registration.objects.filter(user=user).select_related("event"):
        cancel(registration)
    Registration.objects.filter(user=user).delete()
    Certificate.objects.filter(user=user).delete()

"""Page feedback and the good-practice compendium."""

from django.db import IntegrityError, transaction

from core.audit import record

from ..access import require
from ..errors import ParticipationError
from ..models import Adoption, GoodPractice, PageFeedback, PracticeStatus

PRACTICE_FIELDS = (
    "title",
    "problem",
    "what_was_done",
    "results",
    "resources",
    "contact",
    "locality",
    "topic",
    "language",
)


def record_feedback(page, *, locale, helpful, comment="", request=None):
    with transaction.atomic():
        feedback = PageFeedback.objects.create(
            page=page, locale=locale[:10], helpful=bool(helpful), comment=(comment or "").strip()[:2000]
        )
        record("participation.feedback", feedback, request=request, data={"helpful": feedback.helpful})
    return feedback


def submit_practice(*, user, data, request=None):
    require(user, "participation.submit_practice")
    values = {field: (data.get(field) or "").strip() for field in PRACTICE_FIELDS if data.get(field)}
    with transaction.atomic():
        practice = GoodPractice(submitted_by=user, **values)
        practice.full_clean(exclude=["submitted_by", "reviewed_by"])
        practice.save()
        record("participation.practice_submit", practice, user=user, request=request)
    return practice


def review_practice(practice, *, user, publish, note="", request=None):
    require(user, "participation.review_practice", practice)
    note = (note or "").strip()
    if not publish and not note:
        raise ParticipationError("note_required")
    with transaction.atomic():
        practice = GoodPractice.objects.select_for_update().get(pk=practice.pk)
        if practice.status != PracticeStatus.SUBMITTED:
            raise ParticipationError("practice_not_pending")
        practice.status = PracticeStatus.PUBLISHED if publish else PracticeStatus.RETURNED
        practice.review_note = note[:2000]
        practice.reviewed_by = user
        practice.save()
        record(
            "participation.practice_review",
            practice,
            user=user,
            request=request,
            data={"status": practice.status},
        )
    return practice


def adopt_practice(practice, *, user, municipality, note="", request=None):
    """Another municipality's team takes a published practice into its plan, with attribution."""
    require(user, "participation.submit_practice", practice)
    municipality = (municipality or "").strip()
    practice = GoodPractice.objects.get(pk=practice.pk)
    if practice.status != PracticeStatus.PUBLISHED or not municipality:
        raise ParticipationError("practice_not_pending")
    if municipality.casefold() == practice.locality.casefold():
        raise ParticipationError("adopt_own")
    try:
        with transaction.atomic():
            adoption = Adoption.objects.create(
                practice=practice, adopted_by=user, municipality=municipality[:120], note=(note or "")[:2000]
            )
            record("participation.practice_adopt", adoption, user=user, request=request)
    except IntegrityError:
        raise ParticipationError("already_adopted") from None
    return adoption

"""Public consultations (Law 52/2003): publish a draft in sections, take comments and proposals,
moderate them, decide on each proposal with a reason and publish the synthesis."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from coordination import services as coordination
from core.audit import record

from .. import deadlines
from ..access import require
from ..errors import ParticipationError
from ..models import Comment, Consultation, Decision, ModerationStatus, Section, Synthesis

MANAGE = "participation.manage_consultation"
MODERATE = "participation.moderate_comment"


def create_consultation(
    *,
    user,
    title,
    slug,
    sections,
    opens_on=None,
    closes_on=None,
    summary="",
    language=None,
    adoption_on=None,
    debate_event=None,
    request=None,
):
    """Dates default to the law's minimum: comments close 10 calendar days after the opening,
    adoption no earlier than 30 working days after it. Shorter periods are refused."""
    require(user, MANAGE)
    opens_on = opens_on or timezone.localdate()
    terms = deadlines.consultation_terms(opens_on)
    closes_on = closes_on or terms.comments_close_on
    if deadlines.consultation_period_problems(opens_on, closes_on, adoption_on):
        raise ParticipationError("period_too_short")
    with transaction.atomic():
        consultation = Consultation.objects.create(
            title=title,
            slug=slug,
            summary=summary,
            opens_on=opens_on,
            closes_on=closes_on,
            adoption_on=adoption_on or terms.earliest_adoption_on,
            debate_event=debate_event,
            created_by=user,
            **({"language": language} if language else {}),
        )
        Section.objects.bulk_create(
            Section(consultation=consultation, position=position, heading=heading, text=text)
            for position, (heading, text) in enumerate(sections, start=1)
        )
        record("participation.consultation", consultation, user=user, request=request)
    return consultation


#: What a consultation's edit may change; the rest (the slug, the author) stays as created.
EDITABLE_FIELDS = ("title", "summary", "opens_on", "closes_on", "adoption_on", "debate_event")


def update_consultation(consultation, *, user, sections=None, request=None, **changes):
    """Staff edit a consultation before and while it runs, within Law 52/2003:
    - before it opens, everything may change, and the dates still respect the law's minimums;
    - while comments are open, the opening date and the draft's sections are fixed (people are
      commenting on that text), the closing date can only move later, and the title, summary,
      planned adoption and public debate can be corrected;
    - once comments have closed, nothing changes: the synthesis answers what was consulted.
    `sections` is a list of (heading, text), or None to leave them as they are; a date given as
    None stays as it is."""
    require(user, MANAGE, consultation)
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    today = timezone.localdate()
    with transaction.atomic():
        consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
        changes = {
            field: value for field, value in changes.items() if value is not None or field == "debate_event"
        }
        changed = [field for field, value in changes.items() if getattr(consultation, field) != value]
        current_sections = [(section.heading, section.text) for section in consultation.sections.all()]
        sections_changed = sections is not None and [tuple(item) for item in sections] != current_sections
        if today > consultation.closes_on:
            raise ParticipationError("consultation_ended")
        if today >= consultation.opens_on:
            if "opens_on" in changed:
                raise ParticipationError("consultation_started")
            if sections_changed:
                raise ParticipationError("draft_locked")
            if changes.get("closes_on", consultation.closes_on) < consultation.closes_on:
                raise ParticipationError("closing_moved_earlier")
        for field in changed:
            setattr(consultation, field, changes[field])
        problems = deadlines.consultation_period_problems(
            consultation.opens_on, consultation.closes_on, consultation.adoption_on
        )
        if problems:
            raise ParticipationError("period_too_short")
        consultation.save()
        if sections_changed:
            consultation.sections.all().delete()
            Section.objects.bulk_create(
                Section(consultation=consultation, position=position, heading=heading, text=text)
                for position, (heading, text) in enumerate(sections, start=1)
            )
            changed.append("sections")
        record(
            "participation.consultation_edit",
            consultation,
            user=user,
            request=request,
            data={"changed": changed},
        )
    return consultation


def comment(section, *, body, author_name, language, proposed_text="", email="", user=None, request=None):
    """Anyone comments while the consultation is open; comments wait for moderation."""
    body = (body or "").strip()
    author_name = (author_name or "").strip() or (
        user.get_full_name() if user and user.is_authenticated else ""
    )
    if not body or not author_name:
        raise ParticipationError("comment_required")
    consultation = section.consultation
    if not consultation.is_open_on(timezone.localdate()):
        raise ParticipationError("consultation_closed")
    with transaction.atomic():
        created = Comment.objects.create(
            section=section,
            body=body[:5000],
            proposed_text=(proposed_text or "").strip()[:5000],
            author_name=author_name[:120],
            email=email or "",
            language=language[:10],
            author=user if user and user.is_authenticated else None,
        )
        record("participation.comment", created, user=user, request=request, data={"section": section.pk})
    return created


def moderate(comment_, *, user, publish, request=None):
    require(user, MODERATE, comment_)
    with transaction.atomic():
        locked = Comment.objects.select_for_update().get(pk=comment_.pk)
        locked.status = ModerationStatus.PUBLISHED if publish else ModerationStatus.REJECTED
        if not publish:
            locked.decision, locked.decision_reason = "", ""
        locked.moderated_by = user
        locked.save(update_fields=["status", "moderated_by", "decision", "decision_reason"])
        record("participation.moderate", locked, user=user, request=request, data={"status": locked.status})
    return locked


def decide(comment_, *, user, decision, reason, request=None):
    require(user, MANAGE, comment_)
    reason = (reason or "").strip()
    if decision not in Decision.values:
        raise ParticipationError("decision_invalid")
    if not reason:
        raise ParticipationError("reason_required")
    with transaction.atomic():
        locked = Comment.objects.select_for_update().get(pk=comment_.pk)
        if locked.status != ModerationStatus.PUBLISHED:
            raise ParticipationError("not_published")
        locked.decision, locked.decision_reason = decision, reason[:5000]
        locked.save(update_fields=["decision", "decision_reason"])
        record("participation.decide", locked, user=user, request=request, data={"decision": decision})
    return locked


def publish_synthesis(consultation, *, user, introduction="", request=None):
    """Every published comment must carry a decision and its reason before the synthesis goes out."""
    require(user, MANAGE, consultation)
    with transaction.atomic():
        consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
        undecided = Comment.objects.filter(
            section__consultation=consultation, status=ModerationStatus.PUBLISHED, decision=""
        )
        if undecided.exists():
            raise ParticipationError("undecided_proposals")
        synthesis, _created = Synthesis.objects.update_or_create(
            consultation=consultation,
            defaults={"introduction": introduction, "published_at": timezone.now(), "published_by": user},
        )
        record("participation.synthesis", synthesis, user=user, request=request)
    return synthesis


def add_proposal_to_action_plan(comment_, *, user, objective, code, starts_on, ends_on, request=None):
    """An accepted (or partly accepted) proposal becomes an action of the coordination app's
    action plan, which shows the consultation it came from."""
    require(user, MANAGE, comment_)
    with transaction.atomic():
        locked = (
            Comment.objects.select_for_update().select_related("section__consultation").get(pk=comment_.pk)
        )
        if locked.decision not in (Decision.ACCEPTED, Decision.PARTLY) or locked.action_id:
            raise ParticipationError("not_accepted")
        consultation = locked.section.consultation
        action = coordination.create_action(
            objective=objective,
            code=code,
            title=(locked.proposed_text or locked.body)[:255],
            description="\n\n".join(
                filter(None, [locked.body, locked.proposed_text, locked.decision_reason])
            ),
            starts_on=starts_on,
            ends_on=ends_on,
            origin=_("Public consultation “%(title)s”, proposal by %(author)s")
            % {"title": consultation.title, "author": locked.author_name},
            origin_url=reverse("participation:synthesis", args=[consultation.slug]),
            user=user,
        )
        locked.action = action
        locked.save(update_fields=["action"])
        record(
            "participation.proposal_action", locked, user=user, request=request, data={"action": action.pk}
        )
    return locked

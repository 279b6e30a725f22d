"""Coordination operations. Each is one transaction; views, the API and the admin call them."""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.audit import record
from core.permissions import require
from library.files import discard_file
from library.models import Audience, DocumentKind
from library.services import file_document, library_collection

from . import limits, notifications, reports
from .documents import minutes_content, render_minutes_pdf
from .models import (
    Action,
    ActionItem,
    ActionItemStatus,
    AgendaItem,
    Answer,
    Attendance,
    Invitation,
    Meeting,
    Minutes,
    MinutesStatus,
    MinutesVersion,
    ProgressUpdate,
)
from .rules import APPROVE_MINUTES, CHANGE_ACTION_ITEM, PUBLISH_MINUTES, WRITE_MINUTES
from .uploads import validate_minutes_file

MEETING_YEARS = range(1900, 2200)


def _check_meeting(*, title, starts_at, ends_at, place, online_url):
    # Dates at the ends of the calendar overflow when moved between time zones.
    if starts_at.year not in MEETING_YEARS or ends_at.year not in MEETING_YEARS:
        raise ValidationError(_("Choose a date between the years 1900 and 2199."))
    if ends_at <= starts_at:
        raise ValidationError(_("The meeting must end after it starts."))
    if not (place or online_url):
        raise ValidationError(_("Give a place or an online meeting link."))


def _agenda_titles(agenda):
    """The agenda's non-empty lines, checked against the limits."""
    titles = [item.strip() for item in agenda if item.strip()]
    limits.check_agenda(titles)
    return titles


@transaction.atomic
def create_meeting(*, body, title, starts_at, ends_at, place="", online_url="", agenda=(), user):
    require(user, "coordination.add_meeting")
    _check_meeting(title=title, starts_at=starts_at, ends_at=ends_at, place=place, online_url=online_url)
    titles = _agenda_titles(agenda)
    meeting = Meeting(
        body=body,
        title=title,
        starts_at=starts_at,
        ends_at=ends_at,
        place=place,
        online_url=online_url,
        created_by=user,
    )
    meeting.full_clean()
    meeting.save()
    AgendaItem.objects.bulk_create(
        AgendaItem(meeting=meeting, position=position, title=item)
        for position, item in enumerate(titles, start=1)
    )
    record("coordination.create_meeting", meeting, user=user)
    return meeting


def _replace_agenda(meeting, titles):
    """Keep each position's row (minutes summaries point at it), retitle it, add or drop the rest."""
    existing = {item.position: item for item in meeting.agenda_items.all()}
    for position, title in enumerate(titles, start=1):
        item = existing.pop(position, None)
        if item is None:
            AgendaItem.objects.create(meeting=meeting, position=position, title=title)
        elif item.title != title:
            item.title = title
            item.save(update_fields=["title"])
    AgendaItem.objects.filter(pk__in=[item.pk for item in existing.values()]).delete()


def _tell_invitees(meeting, send):
    for invitation in meeting.invitations.select_related("member__user", "meeting__body"):
        send(invitation)


def _lock_open_meeting(meeting):
    meeting = Meeting.objects.select_for_update().select_related("body").get(pk=meeting.pk)
    if meeting.is_cancelled:
        raise ValidationError(_("This meeting is cancelled."))
    return meeting


@transaction.atomic
def update_meeting(meeting, *, title, starts_at, ends_at, place="", online_url="", agenda=(), user):
    """Change the meeting's title, time, place or agenda. If anything changed, the invitations'
    revision goes up and every invited member gets the update (after commit)."""
    require(user, "coordination.change_meeting")
    _check_meeting(title=title, starts_at=starts_at, ends_at=ends_at, place=place, online_url=online_url)
    titles = _agenda_titles(agenda)
    meeting = _lock_open_meeting(meeting)
    before = (
        meeting.title,
        meeting.starts_at,
        meeting.ends_at,
        meeting.place,
        meeting.online_url,
        list(meeting.agenda_items.order_by("position").values_list("title", flat=True)),
    )
    if before == (title, starts_at, ends_at, place, online_url, titles):
        return meeting
    meeting.title, meeting.starts_at, meeting.ends_at = title, starts_at, ends_at
    meeting.place, meeting.online_url = place, online_url
    meeting.sequence += 1
    meeting.full_clean()
    meeting.save()
    _replace_agenda(meeting, titles)
    _tell_invitees(meeting, notifications.send_update)
    record("coordination.update_meeting", meeting, user=user, data={"sequence": meeting.sequence})
    return meeting


@transaction.atomic
def cancel_meeting(meeting, *, user):
    """Cancel the meeting; every invited member gets the cancellation (after commit)."""
    require(user, "coordination.change_meeting")
    meeting = _lock_open_meeting(meeting)
    meeting.cancelled_at = timezone.now()
    meeting.sequence += 1
    meeting.save(update_fields=["cancelled_at", "sequence"])
    _tell_invitees(meeting, notifications.send_cancellation)
    record("coordination.cancel_meeting", meeting, user=user)
    return meeting


@transaction.atomic
def invite_members(meeting, *, user):
    """Invite every member of the body who is not invited yet; each gets an e-mail with an .ics
    in their language once the transaction commits."""
    require(user, "coordination.add_invitation")
    meeting = _lock_open_meeting(meeting)
    invited = set(meeting.invitations.values_list("member_id", flat=True))
    now = timezone.now()
    invitations = [
        Invitation.objects.create(meeting=meeting, member=member, sent_at=now)
        for member in meeting.body.members.select_related("user").order_by("pk")
        if member.pk not in invited
    ]
    for invitation in invitations:
        notifications.send_invitation(invitation)
    record("coordination.invite_members", meeting, user=user, data={"invited": len(invitations)})
    return invitations


@transaction.atomic
def answer_invitation(invitation, *, answer, deputy_name=""):
    if answer not in {Answer.ATTENDING, Answer.NOT_ATTENDING, Answer.DEPUTY}:
        raise ValidationError(_("Choose whether you attend, do not attend or send a deputy."))
    deputy_name = deputy_name.strip()
    limits.check_deputy_name(deputy_name)
    if answer == Answer.DEPUTY and not deputy_name:
        raise ValidationError(_("Give the name of the deputy you are sending."))
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    invitation.answer = answer
    invitation.deputy_name = deputy_name if answer == Answer.DEPUTY else ""
    invitation.answered_at = timezone.now()
    invitation.save(update_fields=["answer", "deputy_name", "answered_at"])
    record("coordination.answer_invitation", invitation, data={"answer": answer})
    return invitation


@transaction.atomic
def record_attendance(meeting, *, present_member_ids, deputies=None, user):
    """Replace the attendance list: `present_member_ids` came in person, `deputies` maps a
    member id to the name of the deputy who came in their place."""
    require(user, "coordination.add_attendance")
    deputies = {int(key): name.strip() for key, name in (deputies or {}).items() if name.strip()}
    for name in deputies.values():
        limits.check_deputy_name(name)
    member_ids = set(meeting.body.members.values_list("pk", flat=True))
    chosen = {int(pk) for pk in present_member_ids} | set(deputies)
    if not chosen <= member_ids:
        raise ValidationError(_("Attendance can only be recorded for members of the body."))
    meeting.attendances.all().delete()
    Attendance.objects.bulk_create(
        Attendance(meeting=meeting, member_id=pk, present=True, deputy_name=deputies.get(pk, ""))
        for pk in sorted(chosen)
    )
    record("coordination.record_attendance", meeting, user=user, data={"present": len(chosen)})
    return meeting.attendances.select_related("member")


def _lock_minutes(meeting):
    Minutes.objects.get_or_create(meeting=meeting)
    return Minutes.objects.select_for_update().select_related("meeting__body").get(meeting=meeting)


def _save_version(minutes, user):
    number = (minutes.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    return MinutesVersion.objects.create(
        minutes=minutes,
        number=number,
        status=minutes.status,
        content=minutes_content(minutes),
        file_name=minutes.file_name,
        created_by=user,
    )


def _require_draft(minutes):
    if minutes.status != MinutesStatus.DRAFT:
        raise ValidationError(_("Approved minutes cannot be changed."))


def upload_minutes(meeting, *, upload, user):
    """Attach the minutes file. A refused file changes nothing at all."""
    require(user, WRITE_MINUTES)
    validate_minutes_file(upload)
    with transaction.atomic():
        minutes = _lock_minutes(meeting)
        _require_draft(minutes)
        replaced = minutes.file.name
        minutes.file.save(upload.name, upload, save=False)
        minutes.file_name = upload.name[:255]
        minutes.save(update_fields=["file", "file_name"])
        _save_version(minutes, user)
        discard_file(minutes.file.storage, replaced)
        record("coordination.upload_minutes", minutes, user=user)
    return minutes


@transaction.atomic
def save_minutes(meeting, *, item_summaries, decisions, user):
    """Write the minutes in the platform: a summary per agenda item and the decisions."""
    require(user, WRITE_MINUTES)
    agenda_ids = {str(pk) for pk in meeting.agenda_items.values_list("pk", flat=True)}
    unknown = set(map(str, item_summaries)) - agenda_ids
    if unknown:
        raise ValidationError(_("A summary refers to an item that is not on this meeting's agenda."))
    limits.check_minutes_text(item_summaries, decisions)
    minutes = _lock_minutes(meeting)
    _require_draft(minutes)
    minutes.item_summaries = {
        str(key): value.strip() for key, value in item_summaries.items() if value.strip()
    }
    minutes.decisions = decisions.strip()
    minutes.save(update_fields=["item_summaries", "decisions"])
    _save_version(minutes, user)
    record("coordination.write_minutes", minutes, user=user)
    return minutes


@transaction.atomic
def add_action_item(
    meeting, *, title, due_date, owner_member=None, owner_institution=None, action=None, user
):
    require(user, "coordination.add_actionitem")
    if bool(owner_member) == bool(owner_institution):
        raise ValidationError(_("An action item has one owner: a person or an institution."))
    if not title.strip():
        raise ValidationError(_("Describe the action item."))
    limits.check_length(
        title.strip(),
        limits.MAX_ACTION_ITEM_LENGTH,
        _("The action item is too long: at most %(limit)d characters."),
    )
    minutes = _lock_minutes(meeting)
    _require_draft(minutes)
    item = ActionItem.objects.create(
        meeting=meeting,
        title=title.strip(),
        due_date=due_date,
        owner_member=owner_member,
        owner_institution=owner_institution,
        action=action,
    )
    _save_version(minutes, user)
    record("coordination.add_action_item", item, user=user)
    return item


@transaction.atomic
def create_action(
    *, objective, code, title, starts_on, ends_on, description="", origin="", origin_url="", user
):
    """Add an action to the action plan; `origin` says where it came from (shown on the plan)."""
    require(user, "coordination.add_action")
    code, title = code.strip(), title.strip()
    if not code or not title:
        raise ValidationError(_("An action needs a code and a title."))
    if ends_on < starts_on:
        raise ValidationError(_("An action ends after it starts."))
    if Action.objects.filter(code=code).exists():
        raise ValidationError(_("Another action already has this code."))
    action = Action.objects.create(
        objective=objective,
        code=code[:10],
        title=title[:255],
        description=description[: limits.MAX_DESCRIPTION_LENGTH],
        starts_on=starts_on,
        ends_on=ends_on,
        origin=origin[:300],
        origin_url=origin_url[:300],
    )
    record("coordination.create_action", action, user=user, data={"origin": action.origin})
    return action


@transaction.atomic
def update_action_item_status(item, *, status, user):
    """Owners update their own items; coordinators update any."""
    if status not in ActionItemStatus.values:
        raise ValidationError(_("Unknown status."))
    item = ActionItem.objects.select_for_update().get(pk=item.pk)
    require(user, CHANGE_ACTION_ITEM, item)
    item.status = status
    item.save(update_fields=["status"])
    record("coordination.update_action_item", item, user=user, data={"status": status})
    return item


def _minutes_file_for_library(minutes):
    if minutes.file:
        minutes.file.open("rb")
        return File(minutes.file, name=minutes.file_name or minutes.file.name)
    day = f"{timezone.localtime(minutes.meeting.starts_at):%Y-%m-%d}"
    return ContentFile(render_minutes_pdf(minutes), name=f"minutes-{day}.pdf")


@transaction.atomic
def approve_minutes(minutes, *, user, at_meeting=None):
    """Approve by the body's chair or a coordinator, optionally recording the later meeting at
    which the body approved them; the approved minutes go into the members-only library."""
    minutes = Minutes.objects.select_for_update().select_related("meeting__body").get(pk=minutes.pk)
    require(user, APPROVE_MINUTES, minutes)
    _require_draft(minutes)
    if not (minutes.file or minutes.item_summaries or minutes.decisions):
        raise ValidationError(_("These minutes are empty: upload a file or write them first."))
    if at_meeting and (
        at_meeting.body_id != minutes.meeting.body_id or at_meeting.starts_at <= minutes.meeting.starts_at
    ):
        raise ValidationError(_("Minutes are approved at a later meeting of the same body."))
    minutes.status = MinutesStatus.APPROVED
    minutes.approved_at = timezone.now()
    minutes.approved_by = user
    minutes.approved_at_meeting = at_meeting
    minutes.document = file_document(
        title=_("Minutes: %(meeting)s, %(date)s")
        % {"meeting": minutes.meeting, "date": f"{timezone.localtime(minutes.meeting.starts_at):%Y-%m-%d}"},
        file=_minutes_file_for_library(minutes),
        kind=DocumentKind.MINUTES,
        audience=Audience.MEMBERS,
        uploaded_by=user,
    )
    minutes.save()
    _save_version(minutes, user)
    record("coordination.approve_minutes", minutes, user=user)
    return minutes


@transaction.atomic
def publish_minutes(minutes, *, audience, user):
    require(user, PUBLISH_MINUTES)
    if audience not in Audience.values:
        raise ValidationError(_("Publish to team members or to the public."))
    minutes = Minutes.objects.select_for_update(of=("self",)).select_related("document").get(pk=minutes.pk)
    if minutes.status == MinutesStatus.DRAFT:
        raise ValidationError(_("Minutes must be approved before they are published."))
    minutes.status = MinutesStatus.PUBLISHED
    minutes.audience = audience
    minutes.published_at = timezone.now()
    minutes.save(update_fields=["status", "audience", "published_at"])
    document = minutes.document
    if document is not None and document.audience != audience:
        document.audience = audience
        document.collection = library_collection(audience)
        document.save(update_fields=["audience", "collection"])
    _save_version(minutes, user)
    record("coordination.publish_minutes", minutes, user=user, data={"audience": audience})
    return minutes


@transaction.atomic
def add_progress_update(action, *, text, progress, status, date=None, meeting=None, user):
    """Add a dated entry to an action's timeline; the newest entry sets the action's progress."""
    require(user, "coordination.add_progressupdate")
    if not 0 <= int(progress) <= 100:
        raise ValidationError(_("Progress is a percentage between 0 and 100."))
    limits.check_length(
        text.strip(), limits.MAX_DESCRIPTION_LENGTH, _("The text is too long: at most %(limit)d characters.")
    )
    update = ProgressUpdate(
        action=action,
        text=text.strip(),
        progress=int(progress),
        status=status,
        date=date or timezone.localdate(),
        meeting=meeting,
        author=user,
    )
    update.full_clean()
    update.save()
    latest = action.updates.order_by("-date", "-pk").first()
    action.progress = latest.progress
    action.status = latest.status
    action.save(update_fields=["progress", "status"])
    if meeting is not None:
        action.meetings.add(meeting)
    record("coordination.add_progress_update", update, user=user)
    return update


def generate_report(year, *, file_format, user):
    """The annual integration report draft as PDF or DOCX bytes."""
    require(user, "coordination.make_report")
    data = reports.report_data(year)
    if file_format == "pdf":
        return reports.report_pdf(data)
    if file_format == "docx":
        return reports.report_docx(data)
    raise ValidationError(_("The report is made as PDF or DOCX."))

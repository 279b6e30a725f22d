"""The world the access matrix probes: the demo content (what a deployer sees first), one person
per role from the demo accounts, and the objects each URL and operation is asked about. Private
objects are chosen on purpose (a members-only document, draft minutes, a newcomer's registration)."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.images.models import Image
from wagtail.models import APIToken, Page, Site

ROLES = ["anon", "editor", "moderator", "coordinator", "member", "volunteer", "participant", "admin"]
DEMO_USERNAMES = {
    "editor": "editor",
    "moderator": "moderator",
    "coordinator": "coordinator",
    "member": "member",
    "volunteer": "volunteer",
    "participant": "newcomer",
    "admin": "admin",
}


@dataclass
class World:
    users: dict = field(default_factory=dict)
    tokens: dict = field(default_factory=dict)
    ids: dict = field(default_factory=dict)


def first_pk(queryset, what):
    pk = queryset.values_list("pk", flat=True).first()
    if pk is None:
        raise LookupError(f"the demo has no {what}")
    return pk


def build():
    from coordination.models import ActionItem, Invitation, Meeting
    from events.models import CourseSession, EventPage, Registration
    from home.models import ContactDetails
    from library.models import Audience, LibraryDocument
    from mentoring.models import (
        CheckIn,
        Match,
        MatchingRound,
        Meetup,
        MenteeRequest,
        Programme,
        Proposal,
        VolunteerProfile,
    )

    call_command("load_demo", url="http://testserver", stdout=open("/dev/null", "w"))
    world = World()
    User = get_user_model()
    for role, username in DEMO_USERNAMES.items():
        world.users[role] = User.objects.get(username=username)
        world.tokens[role] = APIToken.create_token(user=world.users[role], name="access matrix")[1]
    newcomer, volunteer, member = (world.users[name] for name in ("participant", "volunteer", "member"))

    _ensure_a_round(world.users["coordinator"])
    registration = Registration.objects.filter(user=newcomer).select_related("event").first()
    if registration is None:
        raise LookupError("the demo has no registration of the newcomer")
    course_session = CourseSession.objects.select_related("course").first()
    match = Match.objects.filter(mentee_request__user=newcomer, volunteer__user=volunteer).first()
    if match is None:
        raise LookupError("the demo has no match between the volunteer and the newcomer")
    draft_minutes = _draft_minutes(world.users["coordinator"])
    redirect = Redirect.objects.create(
        old_path="/old-guide", redirect_link="/ro/", site=Site.objects.get(is_default_site=True)
    )
    ids = world.ids
    ids.update(
        event_id=registration.event_id,
        course_id=course_session.course_id if course_session else registration.event_id,
        session_id=course_session.pk if course_session else 0,
        registration_id=registration.pk,
        slug=Programme.objects.values_list("slug", flat=True).first(),
        match_id=match.pk,
        round_id=first_pk(MatchingRound.objects, "matching round"),
        proposal_id=first_pk(Proposal.objects, "proposal"),
        meetup_id=first_pk(Meetup.objects.order_by("pk"), "meetup"),
        check_in_id=first_pk(CheckIn.objects, "check-in"),
        volunteer_profile_id=first_pk(VolunteerProfile.objects, "volunteer profile"),
        mentee_request_id=first_pk(
            MenteeRequest.objects.filter(user=newcomer), "mentee request of the newcomer"
        ),
        meeting_id=draft_minutes.meeting_id,
        minutes_id=draft_minutes.pk,
        item_id=first_pk(ActionItem.objects.filter(owner_member__user=member), "action item of the member"),
        invitation_id=first_pk(Invitation.objects.filter(member__user=member), "invitation of the member"),
        document_id=first_pk(
            LibraryDocument.objects.filter(audience=Audience.MEMBERS), "members-only document"
        ),
        page_id=first_pk(
            Page.objects.live().public().filter(depth=3, locale__language_code="ro"), "live page"
        ),
        open_event_id=first_pk(
            EventPage.objects.live().filter(
                registration_open=True,
                start__gt=timezone.now(),
                recurrence_rule="",
                locale__language_code="ro",
            ),
            "open event",
        ),
        snippet_type="home.contactdetails",
        snippet_id=first_pk(ContactDetails.objects, "contact details"),
        page_type="home.HomePage",
        site_id=Site.objects.get(is_default_site=True).pk,
        redirect_id=redirect.pk,
        image_id=_image().pk,
    )
    members_document = LibraryDocument.objects.get(pk=ids["document_id"])
    public_document = LibraryDocument.objects.filter(audience=Audience.PUBLIC).first()
    ids.update(
        members_document_url=members_document.url,
        public_document_url=public_document.url,
        members_document_media_path=f"/media/{members_document.file.name}",
        draft_minutes_media_path=f"/media/{draft_minutes.file.name}",
    )
    ids["token_id"] = APIToken.objects.filter(user=newcomer).latest("created").pk
    ids["revision_id"] = Page.objects.get(pk=ids["page_id"]).latest_revision_id
    ids["translation_id"] = _translation(Page.objects.get(pk=ids["page_id"]))
    ids["certificate_code"] = _certificate_code(registration)
    ids["plone_import_run_id"] = _plone_import_run()
    ids["bin_entry_id"] = _bin_entry(Meeting.objects.get(pk=ids["meeting_id"]).body)
    ids.update(_casework_ids())
    # Links that carry their own authority (signed tokens) are probed with a forged one: every
    # role must get the same refusal page, never someone's data.
    ids.update(
        cancel_token="forged",
        match_answer_token="forged",
        invitation_token="forged",
        plone_invitation_token="forged",
    )
    ids.update(course_kind="language_course", ro_code="ro", this_year=2026, pdf_format="pdf")
    return world


def _draft_minutes(coordinator):
    """Minutes still in draft, with an uploaded file: what nobody but coordinators may read."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from coordination import services
    from coordination.models import Meeting

    meeting = Meeting.objects.filter(minutes__isnull=True).order_by("-starts_at").first()
    upload = SimpleUploadedFile(
        "draft.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "application/pdf"
    )
    return services.upload_minutes(meeting, upload=upload, user=coordinator)


def _image():
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image as Picture

    buffer = BytesIO()
    Picture.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    return Image.objects.create(title="Pictogramă", file=ImageFile(buffer, name="pictogram.png"))


def _ensure_a_round(coordinator):
    """The demo leaves the round to the coordinator; run one so its pages can be probed."""
    from mentoring.models import MatchingRound, Programme
    from mentoring.rounds import run_round

    for programme in Programme.objects.all():
        if MatchingRound.objects.filter(proposals__isnull=False).exists():
            return
        run_round(programme, run_by=coordinator)


def _translation(page):
    """A wagtail-localize translation of a demo page into a language it is already translated into."""
    from wagtail_localize.models import Translation, TranslationSource

    target = page.get_translations().select_related("locale").first()
    if target is None:
        raise LookupError("the demo has no translated page")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    return Translation.objects.get_or_create(source=source, target_locale=target.locale)[0].pk


def _plone_import_run():
    from plone_import.models import ImportRun

    return ImportRun.objects.create(source_name="plone-export.zip").pk


def _bin_entry(body):
    from coordination.models import Meeting
    from core.models import BinEntry

    meeting = Meeting.objects.filter(body=body).order_by("-pk").first()
    throwaway = Meeting.objects.create(
        body=body,
        title="Ședință anulată",
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place="Sala 1",
    )
    throwaway.delete()
    return BinEntry.objects.latest("deleted_at").pk


def _certificate_code(registration):
    """The certificate of the newcomer's registration: issued here, since a GET only serves
    certificates already issued."""
    from events.models import Certificate

    certificate, _created = Certificate.objects.get_or_create(
        registration=registration,
        defaults={
            "user": registration.user,
            "learner_name": "Amal Al-Hassan",
            "course_title": registration.event.title,
            "completed_on": timezone.localdate(),
            "sessions_attended": 1,
        },
    )
    return certificate.code


def _casework_ids():
    """The counter's private records: a visitor, a referral, a case with a document, last month's
    report of the Cluj centre, and a booked appointment. Only centre staff, the network coordinator
    and administrators may reach them; none of the demo roles above is centre staff."""
    from datetime import timedelta

    from django.core.files.uploadedfile import SimpleUploadedFile

    from casework import services
    from casework.models import Case, Centre, Contact, MonthlyReport, Visitor
    from casework.services.reporting import previous_month

    centre = Centre.objects.get(code="CJ")
    staff = centre.memberships.get(role="staff").user
    case = Case.objects.filter(centre=centre).first()
    upload = SimpleUploadedFile("raport-medical.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    document = services.add_document(staff, case, title="Raport medical", uploaded_file=upload)
    start = timezone.now() + timedelta(days=3)
    slot = services.create_slot(staff, centre, starts_at=start, ends_at=start + timedelta(minutes=30))
    appointment = services.book_appointment(slot, topic="housing", language="uk", phone="0722", user=staff)
    session = services.log_contact(
        staff,
        centre,
        visitors=[],
        date=timezone.localdate(),
        service="information",
        domains=["employment"],
        channel="in_person",
        is_group=True,
        participant_count=14,
    )
    sheet = SimpleUploadedFile("prezenta.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    session_file = services.attach_to_group_session(
        staff, session, title="Listă de prezență", uploaded_file=sheet
    )
    month = previous_month()
    return {
        "visitor_id": first_pk(Visitor.objects.filter(centre=centre), "visitor"),
        "contact_id": first_pk(
            Contact.objects.filter(centre=centre, referral_institution__isnull=False), "referral"
        ),
        "case_id": case.pk,
        "case_document_id": document.pk,
        "group_contact_id": session.pk,
        "group_contact_file_id": session_file.pk,
        "group_contact_file_media_path": f"/media/{session_file.file.name}",
        "report_id": MonthlyReport.objects.get(centre=centre, month=month).pk,
        "slot_id": slot.pk,
        "appointment_id": appointment.pk,
        "report_year": month.year,
        "report_month": month.month,
        "year": month.year,
        "month": month.month,
        "case_step": "action",
        "appointment_verb": "confirm",
        "download_kind": "figures",
        "download_format": "xlsx",
    }

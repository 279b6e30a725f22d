"""An app developer's view of the API: a Python client generated from the published OpenAPI
documents (openapi-python-client, offline, from the documents the running server serves) drives a
newcomer's journey against a live server. The generator refusing an operation (any warning), a
status the document does not declare or an answer that does not parse as declared fails the test."""

import importlib
import io
import re
import subprocess
import sys
from datetime import timedelta
from http import HTTPStatus
from pathlib import Path
from urllib.request import urlopen

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import APIToken, Locale, Page, Site

from accounts import roles
from events.models import EventIndexPage, EventKind, EventMode, EventPage
from home.models import HomePage, OrientationTopicPage
from mentoring.models import Programme
from tests.conftest import PASSWORD, restore_wagtail_defaults
from tests.coordination.factories import BodyFactory, TeamMemberFactory, add_members
from tests.mentoring.factories import RequestFactory, VolunteerFactory

GENERATOR = Path(sys.executable).with_name("openapi-python-client")
DOCUMENTS = {"site_api": "/api/openapi.json", "auth_api": "/api/auth/openapi.json"}
# The generator cannot read a PDF answer as such; it documents this override, which keeps the
# bytes as a binary download (openapi-python-client's `content_type_overrides`).
GENERATOR_CONFIG = """\
package_name_override: {package}
post_hooks: []
content_type_overrides:
  application/pdf: application/octet-stream
"""
ARABIC_LETTERS = re.compile(r"[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def generated(live_server, django_db_setup, django_db_blocker, tmp_path_factory):
    """The two client packages, generated from the live server's documents, imported."""
    folder = tmp_path_factory.mktemp("generated_client")
    generators = []
    with django_db_blocker.unblock():
        for package, path in DOCUMENTS.items():
            with urlopen(live_server.url + path, timeout=30) as answer:  # noqa: S310 - the test server
                (folder / f"{package}.json").write_bytes(answer.read())
            (folder / f"{package}.yaml").write_text(GENERATOR_CONFIG.format(package=package))
    for package in DOCUMENTS:
        command = [str(GENERATOR), "generate", "--path", f"{package}.json", "--config", f"{package}.yaml"]
        command += ["--meta", "none", "--output-path", package, "--fail-on-warning"]
        generators.append(
            subprocess.Popen(command, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        )
    for generator in generators:
        output = generator.communicate(timeout=120)[0].decode()
        assert generator.returncode == 0, f"The generator refused part of the document:\n{output}"
    sys.path.insert(0, str(folder))
    try:
        yield {package: importlib.import_module(package) for package in DOCUMENTS}
    finally:
        sys.path.remove(str(folder))
        for name in [name for name in sys.modules if name.split(".")[0] in DOCUMENTS]:
            del sys.modules[name]


def operation(package, dotted):
    return importlib.import_module(f"{package.__name__}.api.{dotted}")


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def in_arabic(page, **fields):
    translation = page.copy_for_translation(Locale.objects.get(language_code="ar"), copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    return publish(translation)


@pytest.fixture
def centre(transactional_db):
    """What a centre has published: a guide and a course, both in Romanian and Arabic, and an
    open mentoring programme."""
    restore_wagtail_defaults()
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    home = HomePage(title="Acasă", slug="acasa", intro="<p>Bun venit</p>")
    Page.get_first_root_node().add_child(instance=home)
    publish(home)
    site.root_page = home
    site.save()
    if welcome.specific_class is Page:
        welcome.delete()
    guide = OrientationTopicPage(
        title="Permisul de ședere", slug="permis", topic="residence", intro="Cum obțineți dreptul de ședere"
    )
    home.add_child(instance=guide)
    events = EventIndexPage(title="Evenimente", slug="evenimente")
    home.add_child(instance=events)
    publish(events)
    start = timezone.now().replace(second=0, microsecond=0) + timedelta(days=7)
    course = EventPage(
        title="Curs de limba română",
        slug="curs",
        kind=EventKind.LANGUAGE_COURSE,
        start=start,
        end=start + timedelta(hours=2),
        mode=EventMode.IN_PERSON,
        place="Biblioteca Județeană",
        capacity=10,
        languages=["ro", "ar"],
    )
    events.add_child(instance=course)
    return {
        "guide": in_arabic(publish(guide), title="تصريح الإقامة", intro="كيف تحصل على حق الإقامة"),
        "course": in_arabic(publish(course), title="دورة اللغة الرومانية"),
        "programme": Programme.objects.create(name="Mentorat social", slug="social", kind="social"),
    }


def answer(response, status):
    """The parsed answer, after checking that the server answered `status`."""
    assert response.status_code == status, response.content.decode()
    assert response.parsed is not None
    return response.parsed


def verification_code(message):
    return re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", message.body, re.MULTILINE).group(1)


def test_a_newcomer_does_everything_in_arabic_through_the_generated_client(generated, centre, live_server):
    site_api, auth_api = generated["site_api"], generated["auth_api"]
    arabic = {"Accept-Language": "ar"}
    app = auth_api.Client(base_url=live_server.url, headers=arabic, raise_on_unexpected_status=True)

    def as_app_session(token):
        return auth_api.AuthenticatedClient(
            base_url=live_server.url,
            token=token,
            prefix="",
            auth_header_name="X-Session-Token",
            headers=arabic,
            raise_on_unexpected_status=True,
        )

    # Sign up in Arabic: allauth asks for the e-mail to be verified with the code it sent.
    signup = operation(auth_api, "authentication_account.post_api_auth_app_v1_auth_signup")
    pending = answer(
        signup.sync_detailed(
            client=app, body=auth_api.models.Signup(email="amal@example.org", password=PASSWORD)
        ),
        HTTPStatus.UNAUTHORIZED,
    )
    assert [flow.id for flow in pending.data.flows if flow.is_pending] == ["verify_email"]
    assert [message.to for message in mail.outbox] == [["amal@example.org"]]
    assert ARABIC_LETTERS.search(mail.outbox[0].subject)

    verify = operation(auth_api, "authentication_account.post_api_auth_app_v1_auth_email_verify")
    signed_in = answer(
        verify.sync_detailed(
            client=as_app_session(pending.meta.session_token),
            body=auth_api.models.VerifyEmail(key=verification_code(mail.outbox[0])),
        ),
        HTTPStatus.OK,
    )
    assert signed_in.meta.is_authenticated

    # The app trades its session for a long-lived API token, then uses only that.
    app_session = site_api.AuthenticatedClient(
        base_url=live_server.url,
        token=signed_in.meta.session_token,
        prefix="",
        auth_header_name="X-Session-Token",
        headers=arabic,
        raise_on_unexpected_status=True,
    )
    created = answer(
        operation(site_api, "accounts.accounts_token_create").sync_detailed(
            client=app_session, body=site_api.models.AccountsTokenIn(name="تطبيق المدينة")
        ),
        HTTPStatus.CREATED,
    )
    newcomer = site_api.AuthenticatedClient(
        base_url=live_server.url, token=created.token, headers=arabic, raise_on_unexpected_status=True
    )
    me = answer(
        operation(site_api, "accounts.accounts_me_read").sync_detailed(client=newcomer), HTTPStatus.OK
    )
    assert (me.email, me.preferred_language) == ("amal@example.org", "ar")

    # Read a guide in Arabic.
    guides = answer(
        operation(site_api, "pages.pages_list").sync_detailed(
            client=newcomer, type_=[site_api.models.PagesListTypeItem.HOME_ORIENTATIONTOPICPAGE], locale="ar"
        ),
        HTTPStatus.OK,
    )
    assert [(item.title, item.meta.locale) for item in guides.items] == [("تصريح الإقامة", "ar")]
    guide = answer(
        operation(site_api, "pages.pages_detail").sync_detailed(guides.items[0].id, client=newcomer),
        HTTPStatus.OK,
    )
    assert (guide.title, guide.intro, guide.topic) == (
        "تصريح الإقامة",
        "كيف تحصل على حق الإقامة",
        "residence",
    )

    # Register for a course, as listed in Arabic.
    courses = answer(
        operation(site_api, "events.events_list").sync_detailed(client=newcomer, kind="language_course"),
        HTTPStatus.OK,
    )
    assert [(item.title, item.content_language) for item in courses.items] == [("دورة اللغة الرومانية", "ar")]
    register = operation(site_api, "events.events_register")
    nameless = answer(
        register.sync_detailed(
            courses.items[0].id, client=newcomer, body=site_api.models.EventRegistrationIn()
        ),
        HTTPStatus.BAD_REQUEST,
    )
    assert ARABIC_LETTERS.search(nameless.detail)
    on_the_certificate = site_api.models.EventRegistrationIn(
        printed_name="أمل حداد", printed_name_latin="Amal Haddad"
    )
    registration = answer(
        register.sync_detailed(courses.items[0].id, client=newcomer, body=on_the_certificate),
        HTTPStatus.CREATED,
    )
    assert (registration.status, registration.event_title, registration.locale, registration.fallback) == (
        "confirmed",
        "دورة اللغة الرومانية",
        "ar",
        False,
    )
    assert registration.event_url.startswith("http")

    # Ask for a mentor, then withdraw the request.
    programmes = answer(
        operation(site_api, "mentoring.mentoring_programmes").sync_detailed(client=newcomer), HTTPStatus.OK
    )
    assert [programme.slug for programme in programmes] == ["social"]
    wanted = site_api.models.MentoringRequestIn(
        languages=site_api.models.MentoringRequestInLanguages.from_dict({"ar": "native", "en": "b1"}),
        availability=[2, 17],
        goals=[site_api.models.MentoringRequestInGoalsItem.PAPERWORK],
        online=True,
    )
    asked = answer(
        operation(site_api, "mentoring.mentoring_request_mentor").sync_detailed(
            "social", client=newcomer, body=wanted
        ),
        HTTPStatus.CREATED,
    )
    mine = answer(
        operation(site_api, "mentoring.mentoring_my_requests").sync_detailed(client=newcomer), HTTPStatus.OK
    )
    assert [(row.id, row.status) for row in mine] == [(asked.id, asked.status)]
    withdrawn = answer(
        operation(site_api, "mentoring.mentoring_withdraw_request").sync_detailed(asked.id, client=newcomer),
        HTTPStatus.OK,
    )
    assert withdrawn.status == "withdrawn"

    # Cancel the registration.
    cancelled = answer(
        operation(site_api, "events.events_cancel").sync_detailed(registration.id, client=newcomer),
        HTTPStatus.OK,
    )
    assert (cancelled.id, cancelled.status) == (registration.id, "cancelled")

    # Export everything the platform holds about them.
    export = answer(
        operation(site_api, "accounts.accounts_me_export").sync_detailed(client=newcomer), HTTPStatus.OK
    ).to_dict()
    assert export["account"]["email"] == "amal@example.org"
    assert export["account"]["email_addresses"] == [
        {"email": "amal@example.org", "verified": True, "primary": True}
    ]
    assert export["profile"]["preferred_language"] == "ar"


def test_a_coordinator_runs_a_meeting_and_a_matching_round_through_the_generated_client(
    generated, centre, live_server, make_user
):
    site_api = generated["site_api"]
    coordinator = make_user(roles.COORDINATORS)
    token = APIToken.create_token(user=coordinator, name="coordination app")[1]
    staff = site_api.AuthenticatedClient(
        base_url=live_server.url,
        token=token,
        headers={"Accept-Language": "en"},
        raise_on_unexpected_status=True,
    )
    body = add_members(BodyFactory(name="Local Support Team"), TeamMemberFactory(), TeamMemberFactory())

    bodies = answer(
        operation(site_api, "coordination.coordination_bodies").sync_detailed(client=staff), HTTPStatus.OK
    )
    assert [listed.name for listed in bodies] == ["Local Support Team"]
    start = timezone.now().replace(second=0, microsecond=0) + timedelta(days=3)
    meeting = answer(
        operation(site_api, "coordination.coordination_meeting_create").sync_detailed(
            client=staff,
            body=site_api.models.CoordinationMeetingIn(
                title="Quarterly meeting",
                starts_at=start,
                ends_at=start + timedelta(hours=2),
                body_id=body.pk,
                place="Town hall, room 12",
                agenda=["Referral mechanism"],
            ),
        ),
        HTTPStatus.CREATED,
    )
    assert [item.title for item in meeting.agenda] == ["Referral mechanism"]

    invited = answer(
        operation(site_api, "coordination.coordination_meeting_invite").sync_detailed(
            meeting.id, client=staff
        ),
        HTTPStatus.OK,
    )
    assert invited.invited == 2
    assert len(mail.outbox) == 2

    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    minutes = answer(
        operation(site_api, "coordination.coordination_minutes_upload").sync_detailed(
            meeting.id,
            client=staff,
            body=site_api.models.CoordinationMinutesUploadFileParams(
                file=site_api.types.File(
                    io.BytesIO(pdf), file_name="minutes.pdf", mime_type="application/pdf"
                )
            ),
        ),
        HTTPStatus.OK,
    )
    assert minutes.status == "draft"
    approved = answer(
        operation(site_api, "coordination.coordination_minutes_approve").sync_detailed(
            minutes.id, client=staff, body=site_api.models.CoordinationApproveIn()
        ),
        HTTPStatus.OK,
    )
    assert approved.status == "approved"
    published = answer(
        operation(site_api, "coordination.coordination_minutes_publish").sync_detailed(
            minutes.id, client=staff, body=site_api.models.CoordinationPublishIn(audience="public")
        ),
        HTTPStatus.OK,
    )
    assert (published.status, published.audience) == ("published", "public")
    assert published.document_url

    # A matching round pairs the programme's volunteer with the newcomer who asked.
    programme = centre["programme"]
    volunteer = VolunteerFactory(programme=programme, user=make_user(roles.VOLUNTEERS))
    wish = RequestFactory(programme=programme, user=make_user(roles.PARTICIPANTS))
    matching_round = answer(
        operation(site_api, "mentoring.mentoring_run_round").sync_detailed(programme.slug, client=staff),
        HTTPStatus.CREATED,
    )
    assert (matching_round.mentees, matching_round.mentors, matching_round.matched) == (1, 1, 1)
    proposals = answer(
        operation(site_api, "mentoring.mentoring_round_proposals").sync_detailed(
            matching_round.id, client=staff
        ),
        HTTPStatus.OK,
    )
    assert [(proposal.volunteer_id, proposal.mentee_request_id) for proposal in proposals] == [
        (volunteer.pk, wish.pk)
    ]

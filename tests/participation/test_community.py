"""Page feedback on every Wagtail page, and the good-practice compendium."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, Page

from accounts import roles
from participation.errors import ParticipationError
from participation.models import GoodPractice, PageFeedback, PracticeStatus
from participation.services import community
from participation.services.desk import register_at_desk
from tests.home.conftest import home_page, standard_page  # noqa: F401 - fixtures

from .conftest import FILING

pytestmark = pytest.mark.django_db


def welcome_page():
    return Page.objects.filter(depth=2, live=True).first().specific


def test_every_wagtail_page_asks_was_this_page_helpful(client, home_page, standard_page):  # noqa: F811
    for page in (home_page, standard_page):
        html = client.get(page.url).content.decode()
        assert 'name="helpful"' in html and f'name="page" value="{page.pk}"' in html


def test_feedback_is_recorded_with_its_language_and_returns_to_the_page(client):
    page = welcome_page()
    response = client.post(
        "/ar/participation/feedback/",
        {"page": page.pk, "helpful": "no", "comment": "لم أجد العنوان", "next": "/ar/"},
    )
    assert response.status_code == 302 and response["Location"] == "/ar/"
    feedback = PageFeedback.objects.get()
    assert (feedback.locale, feedback.helpful, feedback.comment) == ("ar", False, "لم أجد العنوان")
    assert ModelLogEntry.objects.filter(action="participation.feedback").exists()


@pytest.mark.parametrize("data", [{"page": 10**12, "helpful": "yes"}, {"page": "x"}, {"helpful": "maybe"}])
def test_bad_feedback_changes_nothing_and_never_errors(client, data):
    response = client.post("/ro/participation/feedback/", {**data, "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert not PageFeedback.objects.exists()


def test_editors_see_pages_with_the_most_negative_feedback_first(client, make_user):
    page = welcome_page()
    for helpful in (False, False, True):
        community.record_feedback(page, locale="ro", helpful=helpful, comment="" if helpful else "Outdated")
    client.force_login(make_user(roles.EDITORS))
    html = client.get(reverse("participation:feedback_report")).content.decode()
    assert "Outdated" in html and f"/admin/pages/{page.pk}/edit/" in html


def practice(**fields):
    defaults = {
        "title": "Language café",
        "problem": "p",
        "what_was_done": "Weekly meetings",
        "results": "r",
        "contact": "c",
        "locality": "Cluj-Napoca",
        "topic": "language",
        "status": PracticeStatus.PUBLISHED,
    }
    return GoodPractice.objects.create(**{**defaults, **fields})


def test_compendium_is_searchable_and_filterable_and_hides_unreviewed_practices(client):
    practice()
    practice(title="School mediators", locality="Brașov", topic="education", what_was_done="Mediators")
    practice(title="Pending idea", status=PracticeStatus.SUBMITTED)
    url = reverse("participation:practices")
    assert "School mediators" in client.get(url, {"q": "mediators"}).content.decode()
    assert "Language café" not in client.get(url, {"q": "mediators"}).content.decode()
    assert "Language café" not in client.get(url, {"topic": "education"}).content.decode()
    assert "School mediators" not in client.get(url, {"locality": "Cluj-Napoca"}).content.decode()
    assert "Pending idea" not in client.get(url).content.decode()
    assert client.get(url, {"topic": "<script>"}).status_code == 200


def test_compendium_pdf_holds_the_published_practices_as_filtered_in_the_readers_language(client):
    from tests.core.test_pdf import pdf_text

    practice()
    practice(title="مقهى اللغة", locality="Brașov", topic="education", problem="لا أحد يتكلم")
    practice(title="Pending idea", status=PracticeStatus.SUBMITTED)
    page = client.get(reverse("participation:practices"), {"topic": "education"}).content.decode()
    assert 'compendium.pdf?topic=education"' in page
    response = client.get("/ar" + reverse("participation:practice_compendium").removeprefix("/ro"))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Language café" in text and "Cluj-Napoca" in text and "Pending idea" not in text
    assert "Brașov" in text
    filtered = pdf_text(
        client.get(reverse("participation:practice_compendium"), {"topic": "education"}).content
    )
    assert "Brașov" in filtered and "Language café" not in filtered


def test_compendium_list_queries_do_not_grow_with_practices(client, django_assert_max_num_queries):
    url = reverse("participation:practices")
    practice()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(30):
        practice(title=f"Practice {number}", locality=f"Town {number % 4}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert "Practice 29" in client.get(url).content.decode()


def test_desk_list_queries_do_not_grow_with_cases(client, staff, django_assert_max_num_queries):
    register_at_desk("information", data=FILING, channel="paper", user=staff)
    client.force_login(staff)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(reverse("participation:desk"))
    for _ in range(15):
        register_at_desk("petition", data=FILING, channel="paper", user=staff)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("participation:desk"))


def test_a_submitted_practice_is_reviewed_published_and_adopted_with_attribution(make_user):
    member, moderator = make_user(roles.TEAM_MEMBERS), make_user(roles.MODERATORS)
    submitted = community.submit_practice(
        user=member,
        data={
            "title": "Legal clinic",
            "problem": "p",
            "what_was_done": "w",
            "results": "r",
            "contact": "c",
            "locality": "Dej",
            "topic": "housing",
            "language": "ro",
        },
    )
    with pytest.raises(ParticipationError):
        community.review_practice(submitted, user=moderator, publish=False, note="")
    community.review_practice(submitted, user=moderator, publish=True)
    with pytest.raises(ParticipationError) as own:
        community.adopt_practice(submitted, user=member, municipality="dej")
    assert own.value.code == "adopt_own"
    adoption = community.adopt_practice(submitted, user=member, municipality="Dragacz")
    assert adoption.practice.locality == "Dej" and adoption.adopted_by == member
    with pytest.raises(ParticipationError):
        community.adopt_practice(submitted, user=member, municipality="Dragacz")

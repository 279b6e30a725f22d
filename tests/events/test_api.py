import json

import pytest
from wagtail.models import APIToken

from events import services
from events.models import Registration
from tests.conftest import ALL_ROLES

ROLES = ["anonymous", *ALL_ROLES, "superuser"]
ALLOWED = {"Coordinators", "superuser"}


def bearer(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {APIToken.create_token(user=user, name='test')[1]}"}


def token_headers(role, make_user):
    if role == "anonymous":
        return {}
    return bearer(make_user(superuser=True) if role == "superuser" else make_user(role))


def test_list_shows_coming_dates_with_places_and_filters(make_event, make_user, client):
    make_event(title="Club", capacity=3, languages=["uk"])
    make_event(title="Curs", kind="language_course", price=10)
    data = client.get("/api/events/?language=uk").json()
    assert data["count"] == 1 and data["items"][0]["title"] == "Club" and data["items"][0]["places_left"] == 3
    assert [item["title"] for item in client.get("/api/events/?free=true").json()["items"]] == ["Club"]


@pytest.mark.parametrize(
    "query",
    ["?kind=nonsense", "?date_from=not-a-date", "?limit=1000", "?date_from=2026-12-02&date_to=2026-12-01"],
)
def test_bad_filters_are_a_clear_4xx(query, event_index, client):
    response = client.get("/api/events/" + query)
    assert response.status_code in (400, 422) and "detail" in response.json()


def test_list_query_count_does_not_grow(make_event, client, django_assert_max_num_queries):
    make_event()
    with django_assert_max_num_queries(20) as few:
        client.get("/api/events/")
    for number in range(10):
        make_event(title=f"E{number}", recurrence_rule="FREQ=DAILY;COUNT=3" if number % 2 else "")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/api/events/").json()["count"] == 1 + 5 + 15


def test_register_cancel_and_my_registrations_with_a_token(make_event, make_user, client):
    event = make_event(capacity=1, ask_access_needs=True)
    person = make_user("Participants")
    headers = bearer(person)
    response = client.post(
        f"/api/events/{event.pk}/registrations",
        json.dumps({"access_needs": "step-free entrance"}),
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 201 and response.json()["status"] == "confirmed"
    assert Registration.objects.get(user=person).access_needs == "step-free entrance"
    other = make_user()
    waiting = client.post(
        f"/api/events/{event.pk}/registrations", "{}", content_type="application/json", **bearer(other)
    )
    assert waiting.json()["status"] == "waiting" and waiting.json()["waiting_position"] == 1
    mine = client.get("/api/events/registrations/mine", **headers).json()
    assert [item["event_id"] for item in mine] == [event.pk]
    registration_id = response.json()["id"]
    assert (
        client.post(f"/api/events/registrations/{registration_id}/cancel", **bearer(other)).status_code == 403
    )
    cancelled = client.post(f"/api/events/registrations/{registration_id}/cancel", **headers)
    assert cancelled.json()["status"] == "cancelled"
    assert Registration.objects.get(user=other).status == "confirmed"


def test_detail_shows_questions_and_the_persons_status(make_event, make_user, client):
    event = make_event(ask_childcare=True, placement_question="Ați mai studiat limba română?")
    person = make_user()
    services.register(person, event)
    data = client.get(f"/api/events/{event.pk}", **bearer(person)).json()
    assert data["questions"] == ["childcare_needed", "placement_answer"]
    assert data["my_registrations"][0]["status"] == "confirmed"
    # The project's LocaleMiddleware turns any 404 outside the language prefix into a redirect.
    assert client.get("/api/events/999999").status_code in (302, 404)


@pytest.mark.parametrize(
    "payload",
    [
        '{"language_level": "Z9"}',
        '{"access_needs": 5}',
        '{"date": "tomorrow"}',
        '{"date": "99999999999999999"}',
        "not json",
        '{"access_needs": "' + "x" * 2000 + '"}',
    ],
)
def test_bad_registration_input_is_a_4xx_and_writes_nothing(payload, make_event, make_user, client):
    event = make_event(ask_language_level=True, ask_access_needs=True)
    response = client.post(
        f"/api/events/{event.pk}/registrations",
        payload,
        content_type="application/json",
        **bearer(make_user()),
    )
    assert 400 <= response.status_code < 500 and "detail" in response.json()
    assert not Registration.objects.exists()


def test_registering_needs_a_signed_in_person(make_event, client):
    event = make_event()
    assert (
        client.post(
            f"/api/events/{event.pk}/registrations", "{}", content_type="application/json"
        ).status_code
        == 401
    )


@pytest.mark.parametrize("role", ROLES)
def test_attendees_and_check_in_endpoints_by_role(role, make_event, make_user, client):
    event = make_event()
    registration = services.register(make_user(first_name="Olena"), event)
    headers = token_headers(role, make_user)
    listing = client.get(f"/api/events/{event.pk}/attendees", **headers)
    check_in = client.post(
        f"/api/events/{event.pk}/check-in",
        json.dumps({"code": registration.check_in_code}),
        content_type="application/json",
        **headers,
    )
    registration.refresh_from_db()
    if role in ALLOWED:
        assert listing.status_code == 200 and listing.json()[0]["name"].startswith("Olena")
        assert check_in.status_code == 200 and registration.checked_in_at
    else:
        assert listing.status_code == check_in.status_code == (401 if role == "anonymous" else 403)
        assert registration.checked_in_at is None


def test_the_endpoints_are_in_the_openapi_document(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in [
        "/api/events/",
        "/api/events/{event_id}",
        "/api/events/{event_id}/registrations",
        "/api/events/registrations/{registration_id}/cancel",
        "/api/events/registrations/mine",
        "/api/events/{event_id}/attendees",
        "/api/events/{event_id}/check-in",
    ]:
        assert path in paths


def test_my_registrations_and_attendees_endpoints_query_count_does_not_grow(
    make_event, make_user, client, django_assert_max_num_queries
):
    person, coordinator = make_user(), make_user("Coordinators")
    event = make_event(capacity=2)
    services.register(person, event)
    mine_headers, organiser_headers = bearer(person), bearer(coordinator)
    with django_assert_max_num_queries(30) as mine_few:
        client.get("/api/events/registrations/mine", **mine_headers)
    with django_assert_max_num_queries(30) as attendees_few:
        client.get(f"/api/events/{event.pk}/attendees", **organiser_headers)
    for number in range(6):
        services.register(person, make_event(capacity=0 if number % 2 else 3))
        services.register(make_user(), event)
    with django_assert_max_num_queries(len(mine_few.captured_queries)):
        assert len(client.get("/api/events/registrations/mine", **mine_headers).json()) == 7
    with django_assert_max_num_queries(len(attendees_few.captured_queries)):
        assert len(client.get(f"/api/events/{event.pk}/attendees", **organiser_headers).json()) == 7


def test_public_event_reads_answer_a_conditional_get_with_304_until_places_change(
    shared_page_cache, make_event, make_user, client, django_capture_on_commit_callbacks
):
    event = make_event(capacity=3)
    for url in ("/api/events/", f"/api/events/{event.pk}"):
        first = client.get(url)
        assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
        assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
        assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304

    first = client.get("/api/events/")
    with django_capture_on_commit_callbacks(execute=True):
        services.register(make_user(), event)
    changed = client.get("/api/events/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and changed.json()["items"][0]["places_left"] == 2


def translate(event, event_index, language, title):
    from wagtail.models import Locale

    locale = Locale.objects.get_or_create(language_code=language)[0]
    event_index.copy_for_translation(locale, copy_parents=True).save_revision().publish()
    translated = event.copy_for_translation(locale)
    translated.title = title
    translated.save_revision().publish()
    return translated


@pytest.mark.parametrize("asked_by", ["query", "header"])
def test_my_registrations_answer_in_one_language_with_the_fallback_marked(
    asked_by, make_event, make_user, event_index, client, settings
):
    settings.BASE_URL = "https://integration.example.org"
    translated_event = make_event(title="Atelier culinar")
    untranslated = make_event(title="Club de conversație")
    arabic = translate(translated_event, event_index, "ar", "ورشة طبخ")
    person = make_user()
    services.register(person, translated_event)
    services.register(person, untranslated)
    if asked_by == "query":
        response = client.get("/api/events/registrations/mine?locale=ar", **bearer(person))
    else:
        response = client.get("/api/events/registrations/mine", HTTP_ACCEPT_LANGUAGE="ar", **bearer(person))
    rows = {row["event_title"]: row for row in response.json()}
    assert set(rows) == {"ورشة طبخ", "Club de conversație"}
    assert (rows["ورشة طبخ"]["event_id"], rows["ورشة طبخ"]["locale"]) == (arabic.pk, "ar")
    assert rows["ورشة طبخ"]["fallback"] is False
    assert rows["ورشة طبخ"]["event_url"].startswith("https://integration.example.org/ar/")
    assert (rows["Club de conversație"]["locale"], rows["Club de conversație"]["fallback"]) == ("ro", True)
    assert rows["Club de conversație"]["event_url"].startswith("https://integration.example.org/ro/")


def test_an_unknown_locale_is_a_clear_422(make_user, client):
    response = client.get("/api/events/registrations/mine?locale=xx", **bearer(make_user()))
    assert response.status_code == 422
    assert "detail" in response.json()


def test_an_app_syncs_only_what_changed_and_learns_what_was_withdrawn(make_event, client):
    kept, unpublished, deleted = (
        make_event(title="Club"),
        make_event(title="Curs"),
        make_event(title="Atelier"),
    )
    first = client.get("/api/events/").json()
    assert {item["title"] for item in first["items"]} == {"Club", "Curs", "Atelier"}
    assert first["deleted"] == []

    unpublished.unpublish()
    deleted_id = deleted.pk
    deleted.delete()
    kept.title = "Club de conversație"
    kept.save_revision().publish()

    since = client.get("/api/events/", {"updated_since": first["synced_at"]}).json()
    assert [item["title"] for item in since["items"]] == ["Club de conversație"]
    assert since["deleted"] == sorted([unpublished.pk, deleted_id])
    assert since["synced_at"] >= first["synced_at"]

    later = client.get("/api/events/", {"updated_since": since["synced_at"]}).json()
    assert (later["items"], later["deleted"]) == ([], [])


def test_an_event_published_again_is_not_reported_withdrawn(make_event, client):
    event = make_event(title="Club")
    synced_at = client.get("/api/events/").json()["synced_at"]
    event.unpublish()
    event.save_revision().publish()
    answer = client.get("/api/events/", {"updated_since": synced_at}).json()
    assert [item["id"] for item in answer["items"]] == [event.pk]
    assert answer["deleted"] == []


def test_a_bad_updated_since_is_a_clear_422(event_index, client):
    response = client.get("/api/events/?updated_since=yesterday")
    assert response.status_code == 422
    assert "detail" in response.json()

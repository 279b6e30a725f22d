from datetime import timedelta

import pytest
from django.utils import timezone

from events import services
from events.models import EventKind, EventMode, EventPage, Registration


def test_listing_filters_by_kind_language_mode_price_and_places(make_event, make_user, event_index, client):
    make_event(title="Club", kind=EventKind.SOCIAL_CLUB, languages=["ro"])
    make_event(
        title="Online orientation",
        kind=EventKind.ORIENTATION,
        mode=EventMode.ONLINE,
        place="",
        online_link="https://meet.example.org/x",
        languages=["ar"],
    )
    paid = make_event(title="Cooking", kind=EventKind.INTERCULTURAL, price=20, capacity=1, languages=["fr"])
    services.register(make_user(), paid)

    def titles(query=""):
        response = client.get(event_index.url + query)
        assert response.status_code == 200
        return [item.event.title for item in response.context["listed"]]

    assert sorted(titles()) == ["Club", "Cooking", "Online orientation"]
    assert titles("?kind=orientation") == ["Online orientation"]
    assert titles("?language=ar") == ["Online orientation"]
    assert sorted(titles("?mode=in_person")) == ["Club", "Cooking"]
    assert sorted(titles("?free=on")) == ["Club", "Online orientation"]
    assert sorted(titles("?places_left=on")) == ["Club", "Online orientation"]
    far = (timezone.localdate() + timedelta(days=30)).isoformat()
    assert titles(f"?date_from={far}") == []


def test_bad_filters_show_an_error_not_a_crash(event_index, client):
    response = client.get(event_index.url + "?kind=nonsense&date_from=yesterday")
    assert response.status_code == 200
    assert response.context["filter_form"].errors


def test_listing_query_count_does_not_grow_with_events(
    make_event, event_index, client, django_assert_max_num_queries
):
    for number in range(3):
        make_event(title=f"Event {number}")
    with django_assert_max_num_queries(20) as few:
        client.get(event_index.url)
    for number in range(3, 15):
        make_event(title=f"Event {number}", recurrence_rule="FREQ=WEEKLY;COUNT=4" if number % 2 else "")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(event_index.url)
    assert len(response.context["listed"]) == 20


def test_signed_in_participant_registers_in_two_clicks_and_sees_the_status(make_event, make_user, client):
    event = make_event(ask_childcare=True)
    person = make_user("Participants")
    client.force_login(person)
    page = client.get(event.url)
    register_url = f"/ro/events/{event.pk}/register/"
    assert register_url in page.content.decode()
    form = client.get(register_url)
    assert "childcare_needed" in form.content.decode()
    response = client.post(register_url, {"childcare_needed": "on"}, follow=True)
    assert Registration.objects.get(user=person).childcare_needed is True
    registration = Registration.objects.get(user=person)
    assert registration.check_in_code in response.content.decode()
    mine = client.get("/ro/events/my-registrations/")
    assert registration.check_in_code in mine.content.decode()
    qr = client.get(f"/ro/events/registrations/{registration.pk}/qr.svg")
    assert qr["Content-Type"] == "image/svg+xml" and b"<svg" in qr.content


def test_anonymous_visitor_is_sent_to_sign_in_to_register(make_event, client):
    event = make_event()
    response = client.get(f"/ro/events/{event.pk}/register/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_waiting_list_position_is_shown_on_the_event_page(make_event, make_user, client):
    event = make_event(capacity=1)
    services.register(make_user(), event)
    person = make_user()
    services.register(person, event)
    client.force_login(person)
    content = client.get(event.url).content.decode()
    assert "1" in content and "waiting" in content.lower() or "așteptare" in content.lower()


def test_nobody_can_cancel_someone_elses_registration_through_the_page(make_event, make_user, client):
    registration = services.register(make_user(), make_event())
    client.force_login(make_user("Participants"))
    assert client.post(f"/ro/events/registrations/{registration.pk}/cancel/").status_code == 403
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_cancellation_link_from_the_email_works_without_signing_in(make_event, make_user, client):
    from events.notifications import cancel_token

    registration = services.register(make_user(), make_event())
    url = f"/ro/events/cancel/{cancel_token(registration)}/"
    assert client.get(url).status_code == 200
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    client.post(url)
    registration.refresh_from_db()
    assert registration.status == "cancelled"
    assert client.get(f"/ro/events/cancel/{cancel_token(registration)}x/").status_code == 404


def test_my_registrations_query_count_does_not_grow(
    make_event, make_user, client, django_assert_max_num_queries
):
    person = make_user()
    client.force_login(person)
    full = make_event(capacity=0)
    services.register(person, full)
    with django_assert_max_num_queries(30) as few:
        client.get("/ro/events/my-registrations/")
    for number in range(6):
        services.register(
            person,
            make_event(
                capacity=0 if number % 2 else 5, recurrence_rule="FREQ=DAILY;COUNT=3" if number == 2 else ""
            ),
            EventPage.objects.last().start if number == 2 else None,
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/ro/events/my-registrations/")
    assert len(response.context["rows"]) == 7


@pytest.mark.parametrize(
    "mode,fields,error_field",
    [
        (EventMode.ONLINE, {"online_link": ""}, "online_link"),
        (EventMode.IN_PERSON, {"place": ""}, "place"),
        (EventMode.HYBRID, {"online_link": "https://x.example.org"}, None),
    ],
)
def test_an_online_event_needs_a_link_and_an_event_in_person_a_place(make_event, mode, fields, error_field):
    from django.core.exceptions import ValidationError

    event = make_event()
    event.mode = mode
    for name, value in fields.items():
        setattr(event, name, value)
    if error_field:
        with pytest.raises(ValidationError) as error:
            event.full_clean()
        assert error_field in error.value.message_dict
    else:
        event.full_clean()


def test_an_invalid_repeat_rule_is_refused(make_event):
    from django.core.exceptions import ValidationError

    event = make_event()
    event.recurrence_rule = "FREQ=SOMETIMES"
    with pytest.raises(ValidationError):
        event.full_clean()


def test_editors_can_open_the_admin_form_for_a_new_event(event_index, make_user, client):
    client.force_login(make_user(superuser=True))
    response = client.get(f"/admin/pages/add/events/eventpage/{event_index.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert (
        'name="recurrence_rule"' in content and 'name="languages"' in content and "sessions-FORMS" in content
    )


def test_languages_spoken_are_chosen_from_the_list(make_event):
    from django.core.exceptions import ValidationError

    form_field = EventPage._meta.get_field("languages").formfield()
    assert form_field.clean(["ro", "ar"]) == ["ro", "ar"]
    with pytest.raises(ValidationError):
        form_field.clean(["klingon"])
    event = make_event()
    event.languages = ["klingon"]
    with pytest.raises(ValidationError):
        event.full_clean()


def test_cancelling_never_redirects_to_another_site(make_event, make_user, client):
    person = make_user()
    registration = services.register(person, make_event())
    client.force_login(person)
    response = client.post(
        f"/ro/events/registrations/{registration.pk}/cancel/", {"next": "//evil.example.com/"}
    )
    assert response["Location"] == "/ro/events/my-registrations/"


def test_an_event_can_be_translated_with_wagtail_localize(make_event, event_index):
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource

    event = make_event(
        title="Atelier culinar", summary="Gătim împreună.", recurrence_rule="FREQ=WEEKLY;COUNT=3"
    )
    french = Locale.objects.get_or_create(language_code="fr")[0]
    event_index.copy_for_translation(french, copy_parents=True).save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(event)
    translation, _created = source.create_or_update_translation(french, fallback=True)
    assert translation.locale == french and translation.translation_key == event.translation_key
    assert translation.recurrence_rule == event.recurrence_rule and translation.languages == event.languages
    assert translation.canonical() == event

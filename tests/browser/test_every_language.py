"""Nothing hidden, as an Arabic-speaking visitor sees it: an event published in Romanian is in the
Arabic list at once, marked as not translated; its Arabic translation (made with wagtail-localize)
is submitted for review by an editor, and once a moderator approves it, the Arabic title replaces
the Romanian one."""

from importlib import import_module

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from accounts.roles import EDITORS, MODERATORS
from tests.events.conftest import event_index, make_event  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db(transaction=True)


def arabic_translation_draft(page, titles):
    """A wagtail-localize translation of `page` into Arabic, its texts translated by a person,
    saved as a draft of the Arabic page."""
    arabic = Locale.objects.get(language_code="ar")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in source.stringsegment_set.select_related("string"):
        if segment.string.data in titles:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=arabic,
                context=segment.context,
                data=titles[segment.string.data],
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
    translation = Translation.objects.create(source=source, target_locale=arabic)
    translation.save_target(publish=False)
    return translation


def review_workflow():
    """The mediator's review workflow as the migrations make it (an earlier transactional test
    may have flushed it)."""
    import_module("home.migrations.0002_review_workflow_and_permissions").set_up_publishing(apps, None)


def approve_as_moderator(page, moderator):
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    moderator_client = Client()
    moderator_client.force_login(moderator)
    moderator_client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])
    )


def test_an_event_published_in_romanian_is_in_the_arabic_list_until_its_reviewed_translation(
    tab,
    sign_in,
    make_user,
    event_index,  # noqa: F811
    make_event,  # noqa: F811
):
    review_workflow()
    arabic_index = event_index.copy_for_translation(Locale.objects.get(language_code="ar"), copy_parents=True)
    arabic_index.title = "الفعاليات"
    arabic_index.save_revision().publish()
    event = make_event(title="Atelier culinar", slug="atelier-culinar")

    tab.goto("/ar/evenimente-test/")
    card = tab.locator("li.card", has_text="Atelier culinar")
    assert card.get_attribute("lang") == "ro"
    marker = card.locator(".untranslated-marker")
    assert marker.is_visible() and marker.get_attribute("lang") == "ar"
    card.get_by_role("link", name="Atelier culinar").click()
    assert tab.locator("html").get_attribute("lang") == "ar"
    assert tab.locator(".fallback-notice").is_visible()

    translation = arabic_translation_draft(event, {"Atelier culinar": "ورشة الطبخ"})
    arabic_event = translation.get_target_instance()
    sign_in(tab, make_user(EDITORS))
    tab.goto(f"/admin/pages/{arabic_event.pk}/edit/")
    tab.locator("form[action$='/submit-for-review/'] button").click()
    tab.goto("/ar/evenimente-test/")
    assert tab.locator("li.card", has_text="Atelier culinar").is_visible(), "not replaced before review"

    approve_as_moderator(arabic_event, make_user(MODERATORS))
    tab.goto("/ar/evenimente-test/")
    assert tab.get_by_role("link", name="ورشة الطبخ").is_visible()
    assert tab.locator("li.card", has_text="Atelier culinar").count() == 0
    assert tab.locator(".untranslated-marker").count() == 0

"""Nothing hidden, as an Arabic-speaking visitor sees it: an event published in Romanian is in the
Arabic list at once, marked as not translated; once its Arabic translation (made with
wagtail-localize) is published, the Arabic title replaces the Romanian one."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from tests.events.conftest import event_index, make_event  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db(transaction=True)


def publish_arabic_translation(page, titles):
    arabic = Locale.objects.get(language_code="ar")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in source.stringsegment_set.select_related("string"):
        if segment.string.data in titles:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=arabic,
                context=segment.context,
                data=titles[segment.string.data],
            )
    source.create_or_update_translation(arabic, fallback=True)
    translation = page.get_translation(arabic)
    translation.save_revision().publish()
    return translation


def test_an_event_published_in_romanian_is_in_the_arabic_list_until_translated(tab, event_index, make_event):  # noqa: F811
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

    publish_arabic_translation(event, {"Atelier culinar": "ورشة الطبخ"})
    tab.goto("/ar/evenimente-test/")
    assert tab.get_by_role("link", name="ورشة الطبخ").is_visible()
    assert tab.locator("li.card", has_text="Atelier culinar").count() == 0
    assert tab.locator(".untranslated-marker").count() == 0

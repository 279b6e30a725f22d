"""Translation with wagtail-localize: an editor submits a page and the contact details for
translation, machine-translates them (the dummy translator in tests reverses the words), and a
translation whose source changed afterwards is reported as out of date ("Waiting for
translations") until it is translated again."""

import pytest
from django.urls import reverse
from django.utils.translation import override
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from accounts.roles import EDITORS
from home.models import ContactDetails

from .conftest import publish, steps_body

REPORT = reverse("wagtail_localize:translations_report")


@pytest.fixture
def editor_client(client, make_user):
    client.force_login(make_user(EDITORS))
    return client


def status(translation):
    with override("en"):
        return translation.get_status_display()


def submit_for_translation(client, url, language_code):
    locale = Locale.objects.get(language_code=language_code)
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, response.content
    return Translation.objects.get(target_locale=locale)


def machine_translate(client, translation):
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"}
    )
    assert response.status_code == 302


def test_editor_translates_a_page_with_the_machine_translator(editor_client, topic_page):
    url = reverse("wagtail_localize:submit_page_translation", args=[topic_page.pk])
    translation = submit_for_translation(editor_client, url, "fr")
    assert status(translation) == "Waiting for translations"

    machine_translate(editor_client, translation)
    assert status(translation) == "Up to date"
    translation.save_target(publish=True)
    french = topic_page.get_translation(Locale.objects.get(language_code="fr"))
    assert french.title == "ședere de Permisul"
    assert french.body[0].value["steps"][0]["title"] == "online Programați-vă"


def test_a_translation_whose_source_changed_is_shown_as_out_of_date(editor_client, topic_page):
    url = reverse("wagtail_localize:submit_page_translation", args=[topic_page.pk])
    translation = submit_for_translation(editor_client, url, "uk")
    machine_translate(editor_client, translation)
    translation.save_target(publish=True)
    assert not editor_client.get(REPORT, {"waiting_for_translation": "true"}).context["object_list"]

    topic_page.body = steps_body("Programați-vă online", "Depuneți dosarul", "Plătiți taxa")
    publish(topic_page)
    # "Sync translated pages" in the admin: the source is extracted again from the page.
    response = editor_client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]), {}
    )
    assert response.status_code == 302, response.content.decode()[-3000:]

    translation.refresh_from_db()
    assert status(translation) == "Waiting for translations"
    waiting = editor_client.get(REPORT, {"waiting_for_translation": "true"}).context["object_list"]
    assert [item.pk for item in waiting] == [translation.pk]


def test_editor_translates_the_contact_details_snippet(editor_client, db):
    details = ContactDetails.objects.create(
        locale=Locale.objects.get(language_code="ro"), organisation="Centrul de integrare"
    )
    url = reverse("wagtail_localize:submit_snippet_translation", args=["home", "contactdetails", details.pk])
    translation = submit_for_translation(editor_client, url, "pl")
    machine_translate(editor_client, translation)
    translation.save_target()
    polish = ContactDetails.objects.get(locale__language_code="pl")
    assert polish.organisation == "integrare de Centrul"
    assert polish.translation_key == details.translation_key
    assert TranslationSource.objects.get(object_id=details.translation_key).locale.language_code == "ro"

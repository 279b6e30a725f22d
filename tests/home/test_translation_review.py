"""Reviewed translations: a translation made with wagtail-localize goes through the cultural
mediator's review like its source; the texts a machine translated are marked until a person
edits them."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import Translation

from accounts.roles import EDITORS, MODERATORS


@pytest.fixture
def french_translation(client, make_user, topic_page):
    client.force_login(make_user(EDITORS))
    french = Locale.objects.get(language_code="fr")
    url = reverse("wagtail_localize:submit_page_translation", args=[topic_page.pk])
    assert client.post(url, {"locales": [french.pk]}).status_code == 302
    translation = Translation.objects.get(target_locale=french)
    machine = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert client.post(machine, {"next": "/admin/"}).status_code == 302
    return translation


def edit_page(client, translation):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk]))
    assert response.status_code == 200
    return response.content.decode()


def submit(client, translation):
    return client.post(reverse("home_submit_translation", args=[translation.pk]))


def test_the_translation_editor_offers_review_and_marks_machine_translation(client, french_translation):
    html = edit_page(client, french_translation)
    assert reverse("home_submit_translation", args=[french_translation.pk]) in html
    assert "traduse automat și nu au fost încă verificate de o persoană" in html


def test_a_submitted_translation_goes_live_only_when_a_moderator_approves(
    client, make_user, french_translation, topic_page
):
    assert submit(client, french_translation).status_code == 302
    page = french_translation.get_target_instance()
    assert not page.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "Această traducere așteaptă verificarea." in edit_page(client, french_translation)
    assert client.get("/fr/permis/").context["page"].locale.language_code == "ro"

    client.force_login(make_user(MODERATORS))
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk]
    )
    client.post(approve)
    page.refresh_from_db()
    assert page.live and page.title == "ședere de Permisul"
    html = client.get("/fr/").content.decode()
    assert "ședere de Permisul" in html and "Permisul de ședere" not in html


def test_a_translation_waiting_for_review_cannot_be_submitted_twice(client, french_translation):
    submit(client, french_translation)
    response = submit(client, french_translation)
    assert response.status_code == 302
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == 1


def test_a_person_without_edit_rights_cannot_submit(client, make_user, french_translation):
    client.force_login(make_user())
    assert submit(client, french_translation).status_code in (302, 403)
    assert not WorkflowState.objects.exists()

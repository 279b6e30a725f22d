"""Publishing: Editors submit pages to the "Review by a cultural mediator" workflow, Moderators
approve and publish; scheduled publishing and revisions work as Wagtail ships them."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Workflow, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from accounts.roles import EDITORS, MODERATORS
from home.models import StandardPage

from .conftest import add

WORKFLOW = "Review by a cultural mediator"


def edit_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


def post_edit(client, page, action, **changes):
    data = edit_form(client, page).copy()
    # The StreamField editor is drawn by JavaScript; an empty body posts a count of 0.
    data.setdefault("body-count", "0")
    for name, value in changes.items():
        data[name] = value
    data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_every_page_goes_through_the_mediator_review(home_page):
    workflow = Workflow.objects.get(name=WORKFLOW)
    assert home_page.get_workflow() == workflow
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]


def test_an_editor_cannot_publish_but_a_moderator_can(make_user, standard_page):
    editor, moderator = make_user(EDITORS), make_user(MODERATORS)
    assert standard_page.permissions_for_user(editor).can_edit()
    assert not standard_page.permissions_for_user(editor).can_publish()
    assert not standard_page.permissions_for_user(editor).can_lock()
    assert standard_page.permissions_for_user(moderator).can_publish()
    assert standard_page.permissions_for_user(moderator).can_lock()


def test_editors_publish_button_press_does_not_publish(client, make_user, standard_page):
    client.force_login(make_user(EDITORS))
    post_edit(client, standard_page, "action-publish", title="Publicat de editor")
    standard_page.refresh_from_db()
    assert standard_page.title == "Despre centru"


def test_submitted_page_goes_live_only_when_a_moderator_approves(client, make_user, standard_page):
    client.force_login(make_user(EDITORS))
    response = post_edit(client, standard_page, "action-submit", title="Despre centrul nostru")
    assert response.status_code == 302
    standard_page.refresh_from_db()
    assert standard_page.title == "Despre centru", "not live before review"
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(standard_page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[standard_page.pk, "approve", task_state.pk]
    )

    assert client.post(approve_url).status_code in (302, 403)
    standard_page.refresh_from_db()
    assert standard_page.title == "Despre centru", "an editor cannot approve"

    client.force_login(make_user(MODERATORS))
    client.post(approve_url)
    standard_page.refresh_from_db()
    assert standard_page.title == "Despre centrul nostru"
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_a_moderator_publishes_directly(client, make_user, standard_page):
    client.force_login(make_user(MODERATORS))
    post_edit(client, standard_page, "action-publish", title="Despre noi")
    standard_page.refresh_from_db()
    assert standard_page.title == "Despre noi"


def test_scheduled_page_goes_live_at_its_time(home_page):
    page = StandardPage(title="Programat", slug="programat", live=False)
    home_page.add_child(instance=page)
    go_live = timezone.now() + datetime.timedelta(hours=1)
    page.go_live_at = go_live
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live

    with freeze_time(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


def test_an_older_revision_can_be_restored(home_page):
    page = add(home_page, StandardPage(title="Prima versiune", slug="versiuni"))
    first_revision = page.latest_revision
    page.title = "A doua versiune"
    page.save_revision().publish()
    first_revision.publish()
    page.refresh_from_db()
    assert page.title == "Prima versiune"
    assert page.revisions.count() == 2


@pytest.mark.django_db
def test_wagtails_own_default_workflow_is_retired():
    assert list(Workflow.objects.filter(active=True).values_list("name", flat=True)) == [WORKFLOW]

import pytest
from django.urls import reverse

from accounts import roles
from coordination.models import Action, ActionStatus, Institution

from .factories import ActionFactory

pytestmark = pytest.mark.django_db


def test_coordinator_manages_institutions_in_the_admin(client, make_user):
    client.force_login(make_user(roles.COORDINATORS))
    url = reverse("wagtailsnippets_coordination_institution:add")
    response = client.post(
        url, {"name": "Asociația Sirienilor din Cluj", "tier": "ecosystem", "migrant_led": "on"}
    )
    assert response.status_code == 302
    assert Institution.objects.get().migrant_led


def test_team_member_cannot_add_institutions(client, make_user):
    client.force_login(make_user(roles.TEAM_MEMBERS))
    client.post(reverse("wagtailsnippets_coordination_institution:add"), {"name": "X", "tier": "core"})
    assert not Institution.objects.exists()


def test_progress_update_added_in_the_admin_moves_the_action(client, make_user):
    action = ActionFactory()
    client.force_login(make_user(roles.COORDINATORS))
    response = client.post(
        reverse("wagtailsnippets_coordination_progressupdate:add"),
        {
            "action": action.pk,
            "date": "2026-06-01",
            "text": "Ghid publicat",
            "progress": "65",
            "status": "in_progress",
        },
    )
    assert response.status_code == 302
    action = Action.objects.get(pk=action.pk)
    assert (action.progress, action.status) == (65, ActionStatus.IN_PROGRESS)
    assert action.updates.get().author.groups.filter(name=roles.COORDINATORS).exists()

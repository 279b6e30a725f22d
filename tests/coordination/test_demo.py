import io

import pytest

from accounts import demo as accounts_demo
from coordination import demo
from coordination.models import (
    ActionItem,
    Body,
    Expert,
    Institution,
    Meeting,
    Minutes,
    MinutesVersion,
    ProgressUpdate,
    StrategicObjective,
    TeamMember,
    WorkPlanEntry,
)
from coordination.stats import body_statuses

pytestmark = pytest.mark.django_db

MODELS = [
    Institution,
    TeamMember,
    Expert,
    Body,
    Meeting,
    Minutes,
    MinutesVersion,
    ActionItem,
    StrategicObjective,
    ProgressUpdate,
    WorkPlanEntry,
]


def test_demo_is_believable_and_idempotent():
    accounts_demo.load(io.StringIO())
    demo.load(io.StringIO())
    counts = {model: model.objects.count() for model in MODELS}
    demo.load(io.StringIO())
    assert {model: model.objects.count() for model in MODELS} == counts
    assert StrategicObjective.objects.count() == 7
    assert (
        TeamMember.objects.get(user__email="coordinator@example.org").institution.name
        == "Primăria Municipiului Cluj-Napoca"
    )
    member = TeamMember.objects.get(user__email="member@example.org")
    assert ActionItem.objects.filter(owner_member=member, status="open").exists()
    assert Minutes.objects.filter(status="published", audience="public").exists()
    assert all(minutes.document_id for minutes in Minutes.objects.all())
    delivery_group = next(status for status in body_statuses() if status.body.min_migrant_share == 30)
    assert delivery_group.composition_met
    assert Institution.objects.filter(migrant_led=True).exists()

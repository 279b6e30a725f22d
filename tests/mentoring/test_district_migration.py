"""The data migration turns free-text districts into the centre's list without losing anyone."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from mentoring.models import District, MenteeRequest, Venue, VolunteerProfile

BEFORE = [("mentoring", "0003_districts")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_free_text_districts_become_districts_of_the_list(django_user_model):
    latest = [key for key in MigrationExecutor(connection).loader.graph.leaf_nodes() if key[0] == "mentoring"]
    old = migrate(BEFORE)
    programme = old.get_model("mentoring", "Programme").objects.create(
        name="Social", slug="social", kind="social"
    )
    volunteer_model = old.get_model("mentoring", "VolunteerProfile")
    request_model = old.get_model("mentoring", "MenteeRequest")
    texts = {"centru": "Centru", "spaced": "  centru ", "zorilor": "Zorilor", "online": "Online", "none": ""}
    for name, text in texts.items():
        user = django_user_model.objects.create(username=f"volunteer-{name}")
        volunteer_model.objects.create(user_id=user.pk, programme=programme, district=text, online=False)
        user = django_user_model.objects.create(username=f"newcomer-{name}")
        request_model.objects.create(user_id=user.pk, programme=programme, district=text, online=False)
    old.get_model("mentoring", "Venue").objects.create(
        name="Biblioteca", kind="library", address="x", district="CENTRU"
    )

    migrate(latest)

    assert sorted(District.objects.values_list("name", flat=True)) == ["Centru", "Zorilor"]
    centru = District.objects.get(name="Centru")
    for model in (VolunteerProfile, MenteeRequest):
        by_user = {
            row.user.username.split("-")[1]: row for row in model.objects.select_related("user", "district")
        }
        zorilor = District.objects.get(name="Zorilor")
        expected = {"centru": centru, "spaced": centru, "zorilor": zorilor, "online": None, "none": None}
        assert {name: row.district for name, row in by_user.items()} == expected
        assert {name for name, row in by_user.items() if row.online} == {"online"}
    assert Venue.objects.get().district == centru

"""The admin report "Pages due for review" lists stale orientation pages to those who edit them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.roles import COORDINATORS, EDITORS, MODERATORS
from home.models import OrientationTopicPage
from tests.conftest import ALL_ROLES

from .conftest import add, translate

REPORT = reverse("home_reports:pages_due_for_review")
CAN_SEE = {EDITORS, MODERATORS, "superuser"}


@pytest.fixture
def stale_and_fresh(home_page):
    today = timezone.localdate()
    stale = add(
        home_page,
        OrientationTopicPage(
            title="Ghid vechi",
            slug="vechi",
            topic="housing",
            last_reviewed=today - datetime.timedelta(days=400),
            review_interval_days=365,
        ),
    )
    add(
        home_page,
        OrientationTopicPage(
            title="Ghid nou",
            slug="nou",
            topic="health",
            last_reviewed=today,
            review_interval_days=365,
        ),
    )
    translate(stale, "uk", title="Старий посібник")
    return stale


@pytest.mark.parametrize("role", [None, *ALL_ROLES, "superuser"])
def test_report_is_open_to_editors_moderators_and_superusers_only(client, make_user, stale_and_fresh, role):
    if role is not None:
        client.force_login(make_user(superuser=True) if role == "superuser" else make_user(role))
    response = client.get(REPORT)
    if role in CAN_SEE:
        assert response.status_code == 200
        assert "Ghid vechi" in response.content.decode()
    else:
        assert response.status_code in (302, 403)
        assert "Ghid vechi" not in response.content.decode()


def test_report_lists_stale_pages_in_every_language_and_not_fresh_ones(client, make_user, stale_and_fresh):
    client.force_login(make_user(EDITORS))
    html = client.get(REPORT).content.decode()
    assert "Ghid vechi" in html
    assert "Старий посібник" in html
    assert "Ghid nou" not in html


def test_report_menu_item_is_shown_to_editors_only(client, make_user, stale_and_fresh):
    client.force_login(make_user(EDITORS))
    assert REPORT in client.get(reverse("wagtailadmin_home")).content.decode()
    from home.reports import can_see_report

    assert not can_see_report(make_user(COORDINATORS))


def test_report_exports_a_spreadsheet(client, make_user, stale_and_fresh):
    client.force_login(make_user(MODERATORS))
    response = client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    assert "Ghid vechi" in b"".join(response.streaming_content).decode()

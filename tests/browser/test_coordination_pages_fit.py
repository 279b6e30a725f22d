"""The team's coordination pages stay within a small phone's width."""

import pytest

from accounts import roles
from tests.coordination.factories import ActionItemFactory, ExpertFactory, TeamMemberFactory


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("path", ["directory/", "", "action-items/", "minutes/", "work-plan/"])
def test_coordination_pages_fit_a_phone(tab, sign_in, make_user, path):
    TeamMemberFactory(
        name="Prof. Daniela Ionescu-Popescu", role="Prorector pentru relații internaționale și parteneriate"
    )
    ExpertFactory(specialties="dreptul imigrației, permise de ședere, protecție internațională")
    ActionItemFactory(title="Traducerea ghidului de orientare în arabă, ucraineană și nepaleză")
    sign_in(tab, make_user(roles.COORDINATORS))
    tab.goto(f"/ro/coordination/{path}")
    assert tab.locator("h1").count() == 1
    assert tab.evaluate("document.documentElement.scrollWidth") <= 360

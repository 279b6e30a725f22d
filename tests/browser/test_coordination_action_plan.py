"""The public action plan page on a small phone: readable progress, no sideways scrolling."""

import datetime

import pytest

from coordination.models import Indicator
from tests.coordination.factories import ActionFactory


@pytest.mark.django_db(transaction=True)
def test_public_action_plan_fits_a_phone_with_labelled_progress_bars(tab):
    action = ActionFactory(
        code="1.1",
        title="Pachet de orientare pre- și post-sosire pentru resortisanții țărilor terțe",
        objective__title="Sprijin pentru integrarea timpurie",
        progress=60,
        starts_on=datetime.date(2026, 1, 1),
        ends_on=datetime.date(2027, 12, 31),
    )
    Indicator.objects.create(
        action=action, name="Limbi în care e disponibil pachetul", target=9, current=5, unit="limbi"
    )
    tab.goto("/ro/coordination/action-plan/")
    assert tab.locator("h1").count() == 1
    bar = tab.locator(f"#progress-action-{action.pk}")
    assert bar.get_attribute("value") == "60"
    label = tab.locator(f"label[for='progress-action-{action.pk}']").inner_text()
    assert "60%" in label
    assert tab.evaluate("document.documentElement.scrollWidth") <= 360
    tab.goto("/ar/coordination/action-plan/")
    assert tab.locator("html").get_attribute("dir") == "rtl"
    assert "60%" in tab.locator(f"label[for='progress-action-{action.pk}']").inner_text()

"""The campaign page (seed 003's non-discrimination campaign): actions per locality against the
agreed minimum, events, news and public materials from the library."""

from datetime import date

import pytest

from participation.models import CampaignAction, CampaignMaterial, CampaignPage
from tests.home.conftest import add, home_page  # noqa: F401 - fixture
from tests.library.conftest import add_document  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def test_campaign_page_counts_actions_per_locality_and_shows_only_public_materials(
    client,
    home_page,  # noqa: F811
    add_document,  # noqa: F811
):
    from library.models import Audience

    poster = add_document("Afiș nediscriminare")
    internal = add_document("Buget intern al campaniei", audience=Audience.MEMBERS)
    campaign = CampaignPage(
        title="Campania Nediscriminare",
        slug="nediscriminare",
        slogan="Diferiți, dar egali",
        day=date(2026, 11, 9),
        starts_on=date(2026, 11, 2),
        ends_on=date(2026, 11, 13),
        localities="Cluj-Napoca\nDej\nTurda",
    )
    campaign.actions = [
        CampaignAction(locality="Cluj-Napoca", title="Ziua porților deschise", date=date(2026, 11, 9)),
        CampaignAction(
            locality="Cluj-Napoca", title="Film și dezbatere", date=date(2026, 11, 10), partner="ONG"
        ),
        CampaignAction(locality="Dej", title="Atelier în școală", date=date(2026, 11, 9)),
    ]
    campaign.materials = [CampaignMaterial(document=poster), CampaignMaterial(document=internal)]
    add(home_page, campaign)

    page = client.get(campaign.url)
    assert page.status_code == 200
    text = page.text
    assert "Diferiți, dar egali" in text and "Film și dezbatere" in text
    assert campaign.actions_per_locality(campaign.actions.all()) == [
        ("Turda", 0, 2),
        ("Dej", 1, 1),
        ("Cluj-Napoca", 2, 0),
    ]
    assert 'data-testid="locality-Turda"' in text
    assert "Afiș nediscriminare" in text and "Buget intern" not in text


def test_a_campaign_cannot_end_before_it_starts():
    from django.core.exceptions import ValidationError

    campaign = CampaignPage(title="C", slug="c", starts_on=date(2026, 11, 9), ends_on=date(2026, 11, 1))
    with pytest.raises(ValidationError):
        campaign.clean()

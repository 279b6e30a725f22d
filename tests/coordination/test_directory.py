import csv
import io

import pytest
from django.urls import reverse

from coordination.models import ExpertKind, Tier

from .conftest import EVERY_ROLE, TEAM_ROLES, assert_refused
from .factories import ExpertFactory, InstitutionFactory, TeamMemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory_people():
    city_hall = InstitutionFactory(name="Primăria Cluj-Napoca", tier=Tier.CORE)
    council = InstitutionFactory(
        name="Consiliul Cetățenilor Internaționali", tier=Tier.ECOSYSTEM, migrant_led=True
    )
    head = TeamMemberFactory(name="Ana Mureșan", institution=city_hall, role="Coordonator; secretariat, LST")
    TeamMemberFactory(name="Radu Pop", institution=city_hall, deputy_of=head)
    TeamMemberFactory(name="Amina Haddad", institution=council)
    ExpertFactory(name="Olena Kovalenko", kind=ExpertKind.INTERPRETER, languages="uk, ru, ro")
    ExpertFactory(
        name="Mihai Ionescu", kind=ExpertKind.LAWYER, languages="ro, en", specialties="drept imigrației"
    )
    return head


@pytest.mark.parametrize("role", EVERY_ROLE)
@pytest.mark.parametrize("url_name", ["directory", "directory_csv", "directory_vcard"])
def test_directory_and_exports_are_for_the_team_only(client_for, role, url_name, directory_people):
    response = client_for(role).get(reverse(f"coordination:{url_name}"))
    if role in TEAM_ROLES:
        assert response.status_code == 200
        assert "Ana Mureșan" in response.content.decode("utf-8")
    else:
        assert_refused(response, role)


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_directory_api_is_for_the_team_only(client_for, role, directory_people):
    response = client_for(role).get("/api/coordination/directory")
    if role in TEAM_ROLES:
        names = [member["name"] for member in response.json()["members"]]
        assert "Ana Mureșan" in names
        assert response.json()["experts"][0]["languages"]
    else:
        assert response.status_code == (401 if role is None else 403)


def test_directory_search_and_filters(client, coordinator, directory_people):
    client.force_login(coordinator)

    def page(**params):
        return client.get(reverse("coordination:directory"), params).content.decode()

    assert "Amina Haddad" in page(tier="ecosystem") and "Ana Mureșan" not in page(tier="ecosystem")
    assert "Olena Kovalenko" in page(language="uk") and "Mihai Ionescu" not in page(language="uk")
    assert "Mihai Ionescu" in page(kind="lawyer") and "Olena Kovalenko" not in page(kind="lawyer")
    found = page(q="Pop")
    assert "Radu Pop" in found and "Amina Haddad" not in found
    # Radu's row names whom he deputises for.
    assert "Ana Mureșan" in page(q="Radu")


def test_directory_page_query_count_does_not_grow(
    client, coordinator, django_assert_max_num_queries, directory_people
):
    client.force_login(coordinator)
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("coordination:directory"))
    for _ in range(15):
        TeamMemberFactory(deputy_of=directory_people)
        ExpertFactory()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("coordination:directory"))


def test_csv_export_is_utf8_with_every_person(client, coordinator, directory_people):
    client.force_login(coordinator)
    content = client.get(reverse("coordination:directory_csv")).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert len(rows) == 1 + 3 + 2
    assert any(row[1] == "Ana Mureșan" and row[2] == "Coordonator; secretariat, LST" for row in rows)


def test_csv_export_neutralises_spreadsheet_formulas(client, coordinator, directory_people):
    TeamMemberFactory(name='=HYPERLINK("http://evil.example")', role="+1 trap")
    client.force_login(coordinator)
    content = client.get(reverse("coordination:directory_csv")).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    trap = next(row for row in rows if "HYPERLINK" in row[1])
    assert trap[1].startswith("'=") and trap[2] == "'+1 trap"


def test_vcard_export_has_one_escaped_card_per_person(client, coordinator, directory_people):
    client.force_login(coordinator)
    response = client.get(reverse("coordination:directory_vcard"))
    assert response["Content-Type"].startswith("text/vcard")
    text = response.content.decode("utf-8")
    assert text.count("BEGIN:VCARD") == text.count("END:VCARD") == 5
    assert "VERSION:4.0" in text and "\r\n" in text
    assert "FN:Ana Mureșan" in text
    assert "TITLE:Coordonator\\; secretariat\\, LST" in text
    unfolded = text.replace("\r\n ", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert "ORG:Consiliul Cetățenilor Internaționali" in unfolded

"""The profile page, the API and the export list a person's languages: the number of queries
must not grow with the number of languages. (The export also asks every app that registered
personal data, so its absolute count grows with the apps, never with the rows.)"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import APIToken

from accounts.languages import SPOKEN_LANGUAGES
from accounts.models import LanguageSkill

pytestmark = pytest.mark.django_db

PROFILE_PAGE_BUDGET = 16
FEW, MANY = 1, 30


def person_with_languages(make_user, count):
    user = make_user()
    LanguageSkill.objects.bulk_create(
        LanguageSkill(user=user, language=code, level="B1") for code, _name in SPOKEN_LANGUAGES[:count]
    )
    return user


def queries_for(client, url, user, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    assert response.status_code == 200
    return len(captured.captured_queries), response


@pytest.mark.parametrize("languages", [FEW, MANY])
def test_profile_page_queries_do_not_grow(client, make_user, django_assert_max_num_queries, languages):
    client.force_login(person_with_languages(make_user, languages))
    with django_assert_max_num_queries(PROFILE_PAGE_BUDGET):
        response = client.get("/ro/account/")
    assert response.content.count(b'name="skills-') >= languages * 2


@pytest.mark.parametrize("url", ["/api/accounts/me", "/api/accounts/me/export"])
def test_api_queries_do_not_grow(client, make_user, url):
    counts = []
    for languages in (FEW, MANY):
        user = person_with_languages(make_user, languages)
        _token, plaintext = APIToken.create_token(user=user, name="count")
        count, response = queries_for(client, url, user, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
        assert response.content.count(b'"level"') == languages
        counts.append(count)
    assert counts[0] == counts[1]

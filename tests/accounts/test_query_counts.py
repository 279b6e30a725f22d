"""The profile page, the API and the export list a person's languages: the number of queries
must not grow with the number of languages."""

import pytest
from wagtail.models import APIToken

from accounts.languages import SPOKEN_LANGUAGES
from accounts.models import LanguageSkill

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 14


def person_with_languages(make_user, count):
    user = make_user()
    LanguageSkill.objects.bulk_create(
        LanguageSkill(user=user, language=code, level="B1")
        for code, _name in SPOKEN_LANGUAGES[:count]
    )
    return user


@pytest.mark.parametrize("languages", [1, 30])
def test_profile_page_queries_do_not_grow(
    client, make_user, django_assert_max_num_queries, languages
):
    client.force_login(person_with_languages(make_user, languages))
    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get("/ro/account/")
    assert response.content.count(b'name="skills-') >= languages * 2


@pytest.mark.parametrize("languages", [1, 30])
@pytest.mark.parametrize("url", ["/api/accounts/me", "/api/accounts/me/export"])
def test_api_queries_do_not_grow(client, make_user, django_assert_max_num_queries, languages, url):
    user = person_with_languages(make_user, languages)
    _token, plaintext = APIToken.create_token(user=user, name="count")
    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get(url, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert response.status_code == 200
    assert response.content.count(b'"level"') == languages

import pytest
from django.conf import settings
from django.db import IntegrityError

from accounts.models import LanguageSkill, Profile

pytestmark = pytest.mark.django_db


def profile_post(display_name="", preferred_language="ro", skills=(), **extra):
    data = {
        "display_name": display_name,
        "preferred_language": preferred_language,
        "skills-TOTAL_FORMS": str(len(skills) + 1),
        "skills-INITIAL_FORMS": "0",
        "skills-MIN_NUM_FORMS": "0",
        "skills-MAX_NUM_FORMS": "1000",
    }
    for number, (language, level) in enumerate([*skills, ("", "")]):
        data[f"skills-{number}-language"] = language
        data[f"skills-{number}-level"] = level
    data.update(extra)
    return data


@pytest.fixture
def signed_in(client, make_user):
    user = make_user()
    client.force_login(user)
    return user


def test_profile_page_has_labelled_fields_and_links(client, signed_in):
    html = client.get("/ro/account/").content.decode()
    for field in ("display_name", "preferred_language", "skills-0-language", "skills-0-level"):
        assert f'<label for="id_{field}"' in html
    for link in (
        "/ro/accounts/2fa/",
        "/ro/accounts/email/",
        "/ro/accounts/password/change/",
        "/ro/account/export/",
        "/ro/account/delete/",
    ):
        assert f'href="{link}"' in html


def test_person_saves_name_and_languages(client, signed_in):
    response = client.post(
        "/ro/account/",
        profile_post("Amal", "ro", [("ar", "native"), ("ro", "B1"), ("ps", "A2")]),
    )
    assert response.status_code == 302
    assert response["Location"] == "/ro/account/"
    profile = Profile.objects.get(user=signed_in)
    assert profile.display_name == "Amal"
    assert dict(LanguageSkill.objects.filter(user=signed_in).values_list("language", "level")) == {
        "ar": "native",
        "ro": "B1",
        "ps": "A2",
    }
    page = client.get("/ro/account/").content.decode()
    assert 'value="Amal"' in page
    assert "Profilul a fost salvat." in page


def test_removing_a_language_deletes_it(client, signed_in):
    LanguageSkill.objects.create(user=signed_in, language="ur", level="native")
    LanguageSkill.objects.create(user=signed_in, language="en", level="B2")
    data = profile_post(skills=[("ur", "native"), ("en", "B2")])
    data["skills-1-DELETE"] = "on"
    client.post("/ro/account/", data)
    kept = LanguageSkill.objects.filter(user=signed_in).values_list("language", flat=True)
    assert list(kept) == ["ur"]


def test_changing_the_preferred_language_switches_the_site_language(client, signed_in):
    response = client.post("/ro/account/", profile_post(preferred_language="ar"))
    assert response.status_code == 302
    assert response["Location"] == "/ar/account/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    page = client.get("/ar/account/").content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert Profile.objects.get(user=signed_in).preferred_language == "ar"


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"skills": [("ar", "native"), ("ar", "B1")]}, "twice"),
        ({"skills": [("xx", "B1")]}, "xx"),
        ({"skills": [("ar", "")]}, "how well"),
        ({"skills": [("ar", "Z9")]}, "Z9"),
        ({"preferred_language": "de"}, "de"),
        ({"display_name": "x" * 81}, "80"),
    ],
)
def test_bad_profile_input_shows_an_error_and_changes_nothing(client, signed_in, bad, message):
    data = profile_post(
        bad.get("display_name", ""), bad.get("preferred_language", "en"), bad.get("skills", [])
    )
    response = client.post("/en/account/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="errorlist' in html
    assert message in html
    assert not LanguageSkill.objects.filter(user=signed_in).exists()
    assert not Profile.objects.filter(user=signed_in).exclude(display_name="").exists()


def test_the_database_refuses_a_language_twice(make_user):
    user = make_user()
    LanguageSkill.objects.create(user=user, language="ar", level="native")
    with pytest.raises(IntegrityError):
        LanguageSkill.objects.create(user=user, language="ar", level="A1")


def test_the_database_refuses_an_unknown_level(make_user):
    with pytest.raises(IntegrityError):
        LanguageSkill.objects.create(user=make_user(), language="ar", level="expert")


def test_a_form_without_its_management_fields_is_refused_not_a_crash(client, signed_in):
    response = client.post("/en/account/", {"display_name": "A", "preferred_language": "en"})
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert not Profile.objects.filter(user=signed_in, display_name="A").exists()


@pytest.mark.parametrize(
    "language, heading",
    [
        ("ro", "Contul meu"),
        ("pl", "Moje konto"),
        ("uk", "Мій обліковий запис"),
        ("fr", "Mon compte"),
        ("ar", "حسابي"),
        ("en", "My account"),
    ],
)
def test_the_profile_page_speaks_every_site_language(client, signed_in, language, heading):
    html = client.get(f"/{language}/account/").content.decode()
    assert f"<h1>{heading}</h1>" in html

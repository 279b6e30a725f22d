"""Each centre's own brand: logo, colours, and name and tagline per language from the site's
settings, refused below WCAG AA contrast."""

import io

import pytest
from wagtail.models import Site

from home import demo
from home.demo.brands import CLUJ, SECOND_CENTRE_HOSTNAME, TIMISOARA
from home.models import CentreBrand, CentreBrandName

# Contrast against white just under and just at WCAG AA's 4.5:1 (4.49999985 and 4.50000064).
JUST_UNDER_AA = "#9a6c5a"
JUST_AT_AA = "#7c7290"


def settings_form_data(brand, **fields):
    data = {
        "primary_colour": brand.primary_colour,
        "accent_colour": brand.accent_colour,
        "logo": "",
        "names-TOTAL_FORMS": "1",
        "names-INITIAL_FORMS": "0",
        "names-MIN_NUM_FORMS": "0",
        "names-MAX_NUM_FORMS": "1000",
        "names-0-language_code": "ro",
        "names-0-name": "Centrul din Dragacz",
        "names-0-tagline": "",
        "names-0-ORDER": "1",
        "names-0-DELETE": "",
        "names-0-id": "",
    }
    return {**data, **fields}


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("brand-admin", "brand-admin@example.org", "pw")
    client.force_login(admin)
    return client


@pytest.mark.parametrize("field", ["primary_colour", "accent_colour"])
@pytest.mark.parametrize(("colour", "accepted"), [(JUST_UNDER_AA, False), (JUST_AT_AA, True)])
def test_settings_form_refuses_a_colour_below_aa_contrast_with_white(
    admin_client, home_page, field, colour, accepted
):
    site = Site.objects.get(is_default_site=True)
    brand = CentreBrand.for_site(site)
    url = f"/admin/settings/home/centrebrand/{site.pk}/"

    response = admin_client.post(url, settings_form_data(brand, **{field: colour}))

    brand.refresh_from_db()
    if accepted:
        assert response.status_code == 302
        assert getattr(brand, field) == colour
        assert brand.names.get().name == "Centrul din Dragacz"
    else:
        assert response.status_code == 200
        errors = response.context["form"].errors[field]
        assert errors == [
            "Această culoare și albul au un contrast de 4.49:1, mai mic decât 4.5:1 de care au nevoie "
            "persoanele cu vedere slabă (WCAG AA). Alegeți o culoare mai închisă."
        ]
        assert getattr(brand, field) != colour
        assert not brand.names.exists()


def test_settings_form_refuses_what_is_not_a_colour(admin_client, home_page):
    site = Site.objects.get(is_default_site=True)
    brand = CentreBrand.for_site(site)

    response = admin_client.post(
        f"/admin/settings/home/centrebrand/{site.pk}/", settings_form_data(brand, accent_colour="blue")
    )

    assert response.status_code == 200
    assert response.context["form"].errors["accent_colour"]
    assert CentreBrand.objects.get(pk=brand.pk).accent_colour == brand.accent_colour


def header(response):
    html = response.content.decode()
    return html[html.index("<header") : html.index("</header>")]


@pytest.mark.django_db
def test_each_demo_centre_shows_its_own_brand_in_romanian_and_arabic(client):
    demo.load(io.StringIO())
    expected = {"testserver": CLUJ, SECOND_CENTRE_HOSTNAME: TIMISOARA}
    for host, centre in expected.items():
        primary, logo = centre["primary_colour"], f"logo-{centre['initials'].lower()}"
        for language in ("ro", "ar"):
            name = centre["names"][language][0]
            response = client.get(f"/{language}/residence-permit/", HTTP_HOST=host)
            html = response.content.decode()
            assert response.status_code == 200
            assert f"--brand-primary: {primary};" in html
            assert f"· {name}</title>" in html
            assert f'alt="{name}"' in header(response)
            assert f"/images/{logo}" in header(response)
            assert "Integration Centre" not in html


def test_a_language_without_its_own_name_shows_the_default_languages(client, home_page):
    brand = CentreBrand.for_site(Site.objects.get(is_default_site=True))
    CentreBrandName.objects.create(
        brand=brand, language_code="ro", name="Centrul din Dragacz", tagline="Bun venit"
    )
    CentreBrandName.objects.create(brand=brand, language_code="ar", name="مركز دراغاتش", tagline="أهلاً")

    assert "مركز دراغاتش" in header(client.get("/ar/"))
    assert "Centrul din Dragacz" in header(client.get("/fr/"))
    assert "Bun venit" in header(client.get("/fr/"))

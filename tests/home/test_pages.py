import datetime

import pytest
import segno
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Locale

from home.blocks import CallToActionBlock
from home.models import HomePage, NewsIndexPage, NewsPage, OrientationTopicPage, StandardPage

from .conftest import add, translate


def test_every_configured_language_has_a_wagtail_locale(db, settings):
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert {code for code, _name in settings.LANGUAGES} <= codes


def test_adding_a_language_in_settings_needs_only_migrate(db, settings):
    from django.core.management import call_command

    settings.LANGUAGES = [*settings.LANGUAGES, ("ur", "اردو")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    call_command("migrate", verbosity=0)
    assert Locale.objects.filter(language_code="ur").exists()


@pytest.mark.parametrize(
    "model, parent_model, allowed",
    [
        (OrientationTopicPage, HomePage, True),
        (NewsIndexPage, HomePage, True),
        (NewsPage, NewsIndexPage, True),
        (NewsPage, HomePage, False),
        (OrientationTopicPage, NewsIndexPage, False),
        (StandardPage, StandardPage, True),
        (StandardPage, NewsIndexPage, False),
    ],
)
def test_page_types_only_go_where_they_belong(db, model, parent_model, allowed):
    assert model.can_create_at(parent_model()) is allowed


def test_orientation_page_is_stale_when_its_review_is_overdue(topic_page):
    assert not topic_page.is_stale
    assert topic_page.review_due == topic_page.last_reviewed + datetime.timedelta(days=180)
    topic_page.last_reviewed = timezone.localdate() - datetime.timedelta(days=31)
    topic_page.review_interval_days = 30
    topic_page.save()
    assert topic_page.is_stale
    assert list(OrientationTopicPage.stale_pages()) == [topic_page]


def test_a_page_never_reviewed_is_stale(home_page):
    page = add(home_page, OrientationTopicPage(title="Sănătate", slug="sanatate", topic="health"))
    assert page.is_stale
    assert page in OrientationTopicPage.stale_pages()


def test_orientation_page_shows_its_body_and_a_qr_code_to_itself(client, topic_page):
    html = client.get("/ro/permis/").content.decode()
    assert "Programați-vă online" in html
    expected_code = segno.make("http://testserver/ro/permis/", error="m").svg_inline(
        scale=3, border=2, title="Scanați pentru a deschide pagina pe telefon", svgclass="qr-code"
    )
    assert 'class="qr-code"' in html
    assert "http://testserver/ro/permis/" in html
    assert expected_code.split("<path", 1)[1] in html, "the QR code leads to the page itself"
    assert "home/home.css" in html


def test_translated_page_is_served_in_its_language(client, topic_page):
    translate(topic_page, "en", title="Residence permit", intro="How to get the right of residence")
    response = client.get("/en/permis/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Residence permit" in html
    assert '<main id="main" lang="en" dir="ltr">' in html
    assert "fallback-notice" not in html


def test_call_to_action_needs_either_a_page_or_an_address():
    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Go", "page": None, "url": ""}))
    assert block.clean(block.to_python({"label": "Go", "page": None, "url": "https://igi.mai.gov.ro/"}))


def test_each_language_has_its_own_news_feed_with_news_not_translated_yet(client, news_index, make_news):
    make_news(1)
    english_index = translate(news_index, "en", title="News")
    add(english_index, NewsPage(title="English news", slug="english-news", date=timezone.localdate()))
    romanian = client.get("/ro/noutati/feed/").content.decode()
    english = client.get("/en/noutati/feed/").content.decode()
    assert client.get("/ro/noutati/feed/")["Content-Type"].startswith("application/atom+xml")
    assert "Știre 1" in romanian and "English news" not in romanian
    assert "Not yet translated" not in romanian
    assert 'xml:lang="en"' in english
    assert "English news" in english
    assert "Știre 1" in english and 'term="Not yet translated"' in english
    assert '/en/noutati/stire-1/" rel="alternate"' in english


def test_news_page_shows_its_tags(client, make_news):
    news = make_news(2)
    news.tags.add("curs")
    news.save_revision().publish()
    assert "curs" in client.get(news.url).content.decode()


def test_standard_page_renders(client, standard_page):
    assert "Cine suntem" in client.get("/ro/despre/").content.decode()


def test_home_page_shows_the_guides_and_the_three_latest_news(client, topic_page, make_news):
    for number in range(1, 5):
        make_news(number)
    html = client.get("/ro/").content.decode()
    assert 'href="/ro/permis/"' in html
    assert "Știre 1" in html and "Știre 3" in html
    assert "Știre 4" not in html, "only the three latest"
    assert '<a href="/ro/noutati/">Toate știrile</a>' in html

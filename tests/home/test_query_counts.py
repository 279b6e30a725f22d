"""The home page and the news index cost the same number of queries however many topics and
news items they show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from home.models import OrientationTopicPage

from .conftest import add

MAX_QUERIES = 30


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def add_content(home_page, make_news, numbers):
    for number in numbers:
        image = Image.objects.create(title=f"Imagine {number}", file=get_test_image_file())
        make_news(number, image=image)
        add(home_page, OrientationTopicPage(title=f"Ghid {number}", slug=f"ghid-{number}", topic="health"))


@pytest.mark.parametrize("url", ["/ro/", "/ro/noutati/"])
def test_query_count_does_not_grow_with_the_content(
    client, home_page, make_news, url, django_assert_max_num_queries
):
    add_content(home_page, make_news, range(1, 3))
    client.get(url)  # renditions of new images are made once, on the first view
    few = queries_for(client, url)
    add_content(home_page, make_news, range(3, 13))
    client.get(url)
    with django_assert_max_num_queries(MAX_QUERIES):
        many = queries_for(client, url)
    assert many == few

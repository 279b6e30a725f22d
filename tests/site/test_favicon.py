import re

import pytest

pytestmark = pytest.mark.django_db


def test_pages_link_a_favicon_that_static_files_serve(client):
    html = client.get("/en/accounts/login/").content.decode()
    link = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html)
    assert link, "no favicon link in the page head"
    response = client.get(link.group(1))
    assert response.status_code == 200
    assert b"<svg" in b"".join(response.streaming_content if response.streaming else [response.content])

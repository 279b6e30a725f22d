import pytest

pytestmark = pytest.mark.django_db


def policy(response):
    header = response["Content-Security-Policy"]
    return {
        directive.split()[0]: directive.split()[1:]
        for directive in (part.strip() for part in header.split(";"))
        if directive
    }


@pytest.mark.parametrize("path", ["/ro/", "/en/accounts/login/", "/api/docs"])
def test_html_pages_forbid_inline_and_foreign_scripts(client, path):
    response = client.get(path, follow=True)
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]


def test_the_admin_is_served_under_the_policy_too(client, make_user):
    client.force_login(make_user(superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert policy(response)["script-src"] == ["'self'"]
    assert "gravatar.com" not in response.content.decode()

"""The site and Wagtail's admin work under the Content-Security-Policy: nothing they need is
blocked (the browser reports every blocked script, style or image in the console)."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def collect_policy_violations(tab):
    violations = []
    tab.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


def test_a_public_page_runs_without_policy_violations(tab, live_server):
    from tests.conftest import restore_wagtail_defaults

    restore_wagtail_defaults()
    violations = collect_policy_violations(tab)
    response = tab.goto(f"{live_server.url}/ro/accounts/login/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    tab.wait_for_load_state("networkidle")
    assert violations == [], "\n".join(violations)


def test_the_wagtail_admin_runs_without_policy_violations(tab, live_server, sign_in, make_user):
    from tests.conftest import restore_wagtail_defaults

    restore_wagtail_defaults()
    sign_in(tab, make_user(superuser=True))
    violations = collect_policy_violations(tab)
    tab.goto(f"{live_server.url}/admin/")
    tab.wait_for_load_state("networkidle")
    # The sidebar's menu is drawn by the admin's scripts: it is there only if they ran.
    tab.wait_for_selector("[data-wagtail-sidebar] .sidebar", state="attached")
    tab.goto(f"{live_server.url}/admin/pages/")
    tab.wait_for_load_state("networkidle")
    assert violations == [], "\n".join(violations)

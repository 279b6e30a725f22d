"""A volunteer signs up, a coordinator approves them and runs a round, both sides accept, and
the mentor logs a check-in: all through the pages, in Chromium at phone width."""

import pytest
from django.utils import timezone

from accounts import roles
from mentoring.models import CheckIn, Match, MatchState, VolunteerProfile
from tests.mentoring.factories import DistrictFactory, ProgrammeFactory, RequestFactory


def as_user(tab, sign_in, user):
    tab.context.clear_cookies()
    sign_in(tab, user)


@pytest.mark.django_db(transaction=True)
def test_volunteer_to_first_check_in(tab, sign_in, make_user):
    programme = ProgrammeFactory(name="Mentorat social", slug="mentorat-social")
    DistrictFactory(name="Centru")
    volunteer = make_user(first_name="Andrei", last_name="Mureșan")
    coordinator = make_user(roles.COORDINATORS)
    newcomer = make_user(roles.PARTICIPANTS, first_name="Samir", last_name="Haddad")
    RequestFactory(programme=programme, user=newcomer)

    as_user(tab, sign_in, volunteer)
    tab.goto("/ro/mentoring/")
    tab.locator(f'a[href="/ro/mentoring/programmes/{programme.slug}/volunteer/"]').click()
    tab.locator('input[name="goals"][value="paperwork"]').check()
    tab.locator('select[name="language_0"]').select_option("ro")
    tab.locator('select[name="level_0"]').select_option("native")
    tab.locator('select[name="language_1"]').select_option("en")
    tab.locator('select[name="level_1"]').select_option("c1")
    tab.locator('input[name="availability"][value="2"]').check()
    tab.locator('input[name="availability"][value="17"]').check()
    tab.locator('select[name="district"]').select_option(label="Centru")
    tab.locator('button[type="submit"].button').click()
    tab.wait_for_url("**/mentoring/my/")
    profile = VolunteerProfile.objects.get(user=volunteer)
    assert profile.vetting_status == "pending"

    as_user(tab, sign_in, coordinator)
    tab.goto(f"/ro/mentoring/coordinate/volunteers/{profile.pk}/")
    tab.locator('select[name="status"]').select_option("approved")
    tab.locator('button[name="vet"]').click()
    tab.wait_for_url("**/coordinate/volunteers/")
    tab.goto(f"/ro/mentoring/coordinate/volunteers/{profile.pk}/")
    tab.locator('input[name="training_date"]').fill(timezone.localdate().isoformat())
    tab.locator('button[name="training"]').click()
    tab.wait_for_url(f"**/coordinate/volunteers/{profile.pk}/")
    tab.goto("/ro/mentoring/coordinate/")
    tab.locator(f'form[action$="/programmes/{programme.slug}/run/"] button').click()
    tab.wait_for_url("**/coordinate/rounds/*/")
    assert "Samir Haddad" in tab.content()
    tab.locator('button[name="decision"][value="accept"]').click()
    tab.wait_for_url("**/coordinate/rounds/*/")
    match = Match.objects.get()
    assert match.state == MatchState.AWAITING

    for person in (volunteer, newcomer):
        as_user(tab, sign_in, person)
        tab.goto("/ro/mentoring/my/")
        tab.locator(f'#match-{match.pk} button[value="accept"]').click()
        tab.wait_for_url("**/mentoring/my/")
    match.refresh_from_db()
    assert match.state == MatchState.ACTIVE

    as_user(tab, sign_in, volunteer)
    tab.goto("/ro/mentoring/my/")
    assert "Samir Haddad" in tab.locator(f"#match-{match.pk}").inner_text()
    tab.locator(f'a[href="/ro/mentoring/matches/{match.pk}/check-in/"]').click()
    tab.locator('input[name="met_on"]').fill(timezone.localdate().isoformat())
    tab.locator('input[name="hours"]').fill("2")
    tab.locator('select[name="how_it_goes"]').select_option("well")
    tab.locator('button[type="submit"].button').click()
    tab.wait_for_url("**/mentoring/my/")
    assert CheckIn.objects.get(match=match).hours == 2
    assert tab.evaluate("document.documentElement.scrollWidth") <= 360 + 1

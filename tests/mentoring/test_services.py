"""The domain operations: sign-up, vetting, rounds, the coordinator's decisions, both sides'
answers, check-ins, reminders and meetups."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from accounts import roles
from accounts.models import Profile
from mentoring import services
from mentoring.certificate import certificate_pdf
from mentoring.followup import volunteer_hours
from mentoring.links import read_match_response_token
from mentoring.models import DeclinedPair, Match, MatchState, Proposal, ReminderLog, VolunteerProfile
from mentoring.reminders import send_check_in_reminders
from tests.mentoring.factories import RequestFactory, VenueFactory, VolunteerFactory

SIGN_UP = {
    "languages": {"ro": "native", "fr": "b2"},
    "availability": [1, 4],
    "goals": ["housing"],
    "online": True,
    "capacity": 2,
}


def test_volunteer_signs_up_pending_and_a_change_sends_them_back_to_vetting(
    make_user, programme, coordinator
):
    user = make_user()
    profile = services.sign_up_volunteer(user, programme, SIGN_UP)
    assert profile.vetting_status == "pending" and profile.capacity == 2
    services.vet_volunteer(profile, "approved", by=coordinator)
    profile = services.sign_up_volunteer(user, programme, {**SIGN_UP, "capacity": 3})
    assert (profile.vetting_status, profile.capacity) == ("pending", 3)
    assert VolunteerProfile.objects.filter(user=user).count() == 1


def test_background_check_consent_is_required_where_the_programme_asks(make_user, programme):
    programme.requires_background_check = True
    programme.save()
    with pytest.raises(ValidationError):
        services.sign_up_volunteer(make_user(), programme, SIGN_UP)
    assert services.sign_up_volunteer(make_user(), programme, {**SIGN_UP, "background_check_consent": True})


@pytest.mark.parametrize("missing", ["languages", "availability"])
def test_sign_up_without_essentials_is_refused(make_user, programme, missing):
    with pytest.raises(ValidationError):
        services.request_mentor(make_user(), programme, {**SIGN_UP, missing: []})


def test_a_person_has_one_live_request_per_programme(make_user, programme):
    user = make_user()
    services.request_mentor(user, programme, SIGN_UP)
    with pytest.raises(ValidationError):
        services.request_mentor(user, programme, SIGN_UP)


def test_vetting_writes_to_the_volunteer_in_their_language_and_grants_the_role(
    make_user, programme, coordinator, django_capture_on_commit_callbacks
):
    user = make_user()
    Profile.objects.update_or_create(user=user, defaults={"preferred_language": "fr"})
    profile = services.sign_up_volunteer(user, programme, SIGN_UP)
    with django_capture_on_commit_callbacks(execute=True):
        services.vet_volunteer(profile, "approved", by=coordinator)
    assert mail.outbox[-1].to == [user.email]
    assert mail.outbox[-1].extra_headers["Content-Language"] == "fr"
    assert user.groups.filter(name=roles.VOLUNTEERS).exists()


def test_asking_for_more_information_needs_a_note(make_user, programme, coordinator):
    profile = services.sign_up_volunteer(make_user(), programme, SIGN_UP)
    with pytest.raises(ValidationError):
        services.vet_volunteer(profile, "more_info", by=coordinator)
    services.vet_volunteer(profile, "more_info", by=coordinator, note="Please add your availability.")
    profile.refresh_from_db()
    assert profile.vetting_status == "more_info"


def test_only_approved_and_trained_volunteers_are_matched(coordinator, make_user, programme):
    untrained = VolunteerFactory(programme=programme, user=make_user(), training_date=None)
    pending = VolunteerFactory(
        programme=programme, user=make_user(), vetting_status="pending", vetted_at=None
    )
    RequestFactory(programme=programme, user=make_user())
    matching_round = services.run_round(programme, run_by=coordinator)
    assert matching_round.mentors == 0 and matching_round.matched == 0
    assert not Proposal.objects.filter(
        volunteer__in=[untrained, pending], mentee_request__isnull=False
    ).exists()


def test_round_stores_pairs_with_explanations_and_unmatched_people_with_reasons(
    coordinator, make_user, programme, pair
):
    RequestFactory(programme=programme, user=make_user(), languages={"ne": "native"})
    matching_round = services.run_round(programme, run_by=coordinator)
    assert (matching_round.mentees, matching_round.matched) == (2, 1)
    proposal = matching_round.proposals.get(volunteer=pair[0])
    assert proposal.mentee_request == pair[1]
    assert sum(proposal.components.values()) == proposal.score > 0
    assert dict(proposal.rules_met)["language"] == "en"
    unmatched = matching_round.proposals.get(volunteer=None)
    assert unmatched.unmatched_reason == "no_shared_language"


def test_a_new_round_replaces_proposals_still_waiting(coordinator, programme, pair):
    services.run_round(programme, run_by=coordinator)
    services.run_round(programme, run_by=coordinator)
    assert (
        Proposal.objects.filter(
            status="proposed", volunteer__isnull=False, mentee_request__isnull=False
        ).count()
        == 1
    )


def test_accepting_a_proposal_asks_both_sides_by_e_mail_with_a_signed_link(proposed_match):
    assert proposed_match.state == MatchState.AWAITING
    recipients = {message.to[0] for message in mail.outbox[-2:]}
    assert recipients == {proposed_match.volunteer.user.email, proposed_match.mentee_request.user.email}
    token = mail.outbox[-1].body.split("/answer/")[1].split("/")[0]
    assert read_match_response_token(token)[0] == proposed_match.pk


def test_both_accepting_activates_the_match(active_match):
    assert active_match.state == MatchState.ACTIVE
    assert active_match.mentee_request.status == "matched"
    assert active_match.mentee_details_visible_to_mentor


def test_decline_records_the_pair_and_it_is_never_proposed_again(coordinator, proposed_match, programme):
    services.respond_to_match(proposed_match, proposed_match.mentee_request.user, accept=False)
    assert DeclinedPair.objects.filter(declined_by="mentee").count() == 1
    matching_round = services.run_round(programme, run_by=coordinator)
    assert matching_round.matched == 0
    assert matching_round.proposals.get(volunteer=None).unmatched_reason == "only_declined_pairs"


def test_coordinator_rejection_also_blocks_the_pair(coordinator, programme, pair):
    proposal = services.run_round(programme, run_by=coordinator).proposals.get(volunteer=pair[0])
    services.reject_proposal(proposal, by=coordinator)
    assert services.run_round(programme, run_by=coordinator).matched == 0


def test_someone_else_cannot_answer_for_a_match(proposed_match, make_user):
    with pytest.raises(PermissionDenied):
        services.respond_to_match(proposed_match, make_user(), accept=True)


def test_editing_a_proposal_checks_the_rules_and_capacity(coordinator, make_user, programme, pair):
    proposal = services.run_round(programme, run_by=coordinator).proposals.get(volunteer=pair[0])
    no_arabic_or_english = VolunteerFactory(programme=programme, user=make_user(), languages={"hu": "native"})
    with pytest.raises(ValidationError):
        services.accept_proposal(proposal, by=coordinator, volunteer=no_arabic_or_english)
    other = VolunteerFactory(programme=programme, user=make_user())
    match = services.accept_proposal(proposal, by=coordinator, volunteer=other)
    assert match.volunteer == other and Proposal.objects.get(pk=proposal.pk).edited


def test_a_full_volunteer_cannot_be_given_another_mentee(coordinator, make_user, programme, pair):
    proposal = services.run_round(programme, run_by=coordinator).proposals.get(volunteer=pair[0])
    services.accept_proposal(proposal, by=coordinator)
    second = RequestFactory(programme=programme, user=make_user())
    other_round = services.run_round(programme, run_by=coordinator)
    waiting = other_round.proposals.get(mentee_request=second)
    assert waiting.unmatched_reason == "volunteers_not_ready"
    assert other_round.proposals.get(volunteer=pair[0]).unmatched_reason == "volunteer_has_no_places_left"
    Proposal.objects.filter(pk=waiting.pk).update(volunteer=pair[0], unmatched_reason="")
    with pytest.raises(ValidationError):
        services.accept_proposal(waiting, by=coordinator)


def test_database_refuses_a_second_live_match_for_a_request(proposed_match):
    with pytest.raises(IntegrityError):
        Match.objects.create(
            programme=proposed_match.programme,
            volunteer=proposed_match.volunteer,
            mentee_request=proposed_match.mentee_request,
        )


def test_check_in_with_help_alerts_coordinators_once(
    active_match, coordinator, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    volunteer = active_match.volunteer.user
    with django_capture_on_commit_callbacks(execute=True):
        for hours, how_it_goes in ((2, "well"), (1, "okay")):
            services.log_check_in(
                active_match,
                volunteer,
                met_on=today,
                met=True,
                hours=hours,
                how_it_goes=how_it_goes,
                needs_help=True,
            )
    alerts = [m for m in mail.outbox if m.to == [coordinator.email]]
    assert len(alerts) == 1
    active_match.refresh_from_db()
    assert active_match.first_meeting_on == today


@pytest.mark.parametrize(
    "fields",
    [
        {"met": False, "hours": 2},
        {"met": True, "hours": 30},
        {"met": True, "hours": 1, "met_on": date(2000, 1, 1)},
    ],
)
def test_impossible_check_ins_are_refused(active_match, fields):
    data = {"met_on": timezone.localdate(), "how_it_goes": "well", **fields}
    with pytest.raises(ValidationError):
        services.log_check_in(active_match, active_match.mentee_request.user, **data)


def test_reminders_fortnightly_then_monthly_and_quiet_alert_idempotent(
    active_match, coordinator, django_capture_on_commit_callbacks
):
    start = timezone.localdate(active_match.activated_at)
    with freeze_time(start + timedelta(days=15)), django_capture_on_commit_callbacks(execute=True):
        assert send_check_in_reminders() == (1, 0)
        assert send_check_in_reminders() == (0, 0)
    with freeze_time(start + timedelta(days=31)), django_capture_on_commit_callbacks(execute=True):
        assert send_check_in_reminders() == (1, 1)
        assert send_check_in_reminders() == (0, 0)
    assert ReminderLog.objects.filter(kind="checkin_due").count() == 2
    assert any(m.to == [coordinator.email] for m in mail.outbox)


def test_pause_resume_and_end_with_feedback(active_match):
    volunteer, mentee = active_match.volunteer.user, active_match.mentee_request.user
    services.pause_match(active_match, volunteer, reason="Exams in June")
    services.resume_match(active_match, mentee)
    services.end_match(active_match, volunteer, reason="Moved to Bucharest", feedback="A good year.")
    services.end_match(active_match, mentee, reason="", feedback="Thank you!")
    active_match.refresh_from_db()
    assert active_match.state == MatchState.ENDED
    assert active_match.feedback.count() == 2


def test_hours_and_certificate(active_match):
    services.log_check_in(
        active_match,
        active_match.volunteer.user,
        met_on=timezone.localdate(),
        met=True,
        hours=3,
        how_it_goes="well",
    )
    total, per_programme = volunteer_hours(active_match.volunteer.user)
    assert total == 3
    assert certificate_pdf(active_match.volunteer.user, total, per_programme).startswith(b"%PDF")


def test_meetup_rsvp_only_for_people_in_the_programme(coordinator, make_user, programme, pair):
    start = timezone.now() + timedelta(days=3)
    meetup = services.schedule_meetup(
        programme,
        by=coordinator,
        venue=VenueFactory(),
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        title="Café de limbă",
    )
    assert services.rsvp(meetup, pair[1].user, "yes").response == "yes"
    assert services.rsvp(meetup, pair[1].user, "no").response == "no"
    with pytest.raises(PermissionDenied):
        services.rsvp(meetup, make_user(), "yes")
    with pytest.raises(ValidationError):
        services.rsvp(meetup, pair[1].user, "perhaps")


@pytest.mark.parametrize("days_without_news, quiet", [(29, False), (30, True)])
def test_the_dashboard_flags_a_quiet_match_on_the_day_the_alert_goes_out(
    active_match, coordinator, client, days_without_news, quiet
):
    """One rule for "quiet" (mentoring.queries.is_quiet): the coordinators' page and the e-mail
    alert agree to the day."""
    start = timezone.localdate(active_match.activated_at)
    with freeze_time(start + timedelta(days=days_without_news)):
        alerts = send_check_in_reminders()[1]
        client.force_login(coordinator)
        page = client.get(reverse("mentoring:coordinate_matches"))
    assert alerts == (1 if quiet else 0)
    assert [match.is_quiet for match in page.context["matches"]] == [quiet]

import io

from django.core.management import call_command

from accounts.demo import load as load_accounts
from mentoring import demo
from mentoring.models import CheckIn, Match, Meetup, Programme, VolunteerProfile


def counts():
    return [model.objects.count() for model in (Programme, VolunteerProfile, Match, CheckIn, Meetup)]


def test_demo_is_believable_and_idempotent(db):
    load_accounts(io.StringIO())
    demo.load(io.StringIO())
    first = counts()
    demo.load(io.StringIO())
    assert counts() == first
    match = Match.objects.get(volunteer__user__email="volunteer@example.org")
    assert match.state == "active" and match.mentee_request.user.email == "newcomer@example.org"
    assert Programme.objects.get(kind="women").gender_rule == "women"
    assert Meetup.objects.filter(programme__kind="buddies").count() == 4


def test_reminder_command_runs_on_the_demo(db):
    load_accounts(io.StringIO())
    demo.load(io.StringIO())
    out = io.StringIO()
    call_command("send_checkin_reminders", stdout=out)
    assert "enqueued" in out.getvalue()

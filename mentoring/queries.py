"""Reads shared by the mentoring pages, the API and the reminders, so they cannot disagree."""

from datetime import timedelta

from django.db.models import Q

from .models import Match, MatchState
from .schedule import QUIET_AFTER_DAYS


def quiet_since(last_contact):
    """The day a match without news since `last_contact` counts as quiet."""
    return last_contact + timedelta(days=QUIET_AFTER_DAYS)


def is_quiet(last_contact, today):
    """A match is quiet once QUIET_AFTER_DAYS days have passed without a check-in: the
    coordinators' page flags it and the alert goes out on the same day."""
    return quiet_since(last_contact) <= today


def my_matches(user):
    """The matches a person is in, on either side, except declined ones."""
    return (
        Match.objects.filter(Q(volunteer__user=user) | Q(mentee_request__user=user))
        .exclude(state=MatchState.DECLINED)
        .select_related("programme", "volunteer__user", "mentee_request__user")
    )

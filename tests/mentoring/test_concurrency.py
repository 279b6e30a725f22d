"""Two coordinators accepting proposals for the same one-place volunteer at the same moment:
the row lock lets exactly one through (PostgreSQL only; SQLite serialises writers anyway)."""

import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from accounts import roles
from mentoring import services
from mentoring.models import Match, MatchingRound, Proposal
from tests.conftest import postgresql_only
from tests.mentoring.factories import ProgrammeFactory, RequestFactory, VolunteerFactory

pytestmark = postgresql_only


@pytest.mark.django_db(transaction=True)
def test_a_one_place_volunteer_gets_only_one_match_when_accepted_twice_at_once(make_user, monkeypatch):
    programme = ProgrammeFactory()
    coordinator = make_user(roles.COORDINATORS)
    volunteer = VolunteerFactory(programme=programme, user=make_user(), capacity=1)
    matching_round = MatchingRound.objects.create(programme=programme)
    proposals = [
        Proposal.objects.create(
            round=matching_round,
            volunteer=volunteer,
            score=1,
            mentee_request=RequestFactory(programme=programme, user=make_user()),
        )
        for _ in range(2)
    ]
    barrier, outcomes = threading.Barrier(2), []
    checks_rules = services.pair_allowed

    def slow_rule_check(*args, **kwargs):
        # Widen the window between counting the volunteer's places and creating the match.
        time.sleep(0.5)
        return checks_rules(*args, **kwargs)

    monkeypatch.setattr(services, "pair_allowed", slow_rule_check)

    def accept(proposal):
        barrier.wait()
        try:
            services.accept_proposal(proposal, by=coordinator)
            outcomes.append("accepted")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=accept, args=(proposal,)) for proposal in proposals]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["accepted", "refused"]
    assert Match.objects.filter(volunteer=volunteer).count() == 1

"""Matching rounds, their proposals, and the matches a coordinator accepts from them.

A pair's life: a round makes a Proposal (PROPOSED); the coordinator accepts it (ACCEPTED), which
creates a Match AWAITING both sides; when both accept it is ACTIVE, then PAUSED or ENDED. A
decline by either side (or the coordinator's rejection) records a DeclinedPair, which the engine
never proposes again."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .programmes import MenteeRequest, Programme, VolunteerProfile


class MatchingRound(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="rounds")
    run_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    mentees = models.PositiveIntegerField(default=0)
    mentors = models.PositiveIntegerField(default=0)
    candidate_pairs = models.PositiveIntegerField(default=0)
    matched = models.PositiveIntegerField(default=0)
    #: The most people any assignment of this pool could match: the engine proves its own
    #: answer reaches it. Empty for rounds run before the engine recorded it.
    most_possible = models.PositiveIntegerField(null=True, blank=True)
    total_score = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("matching round")
        verbose_name_plural = _("matching rounds")
        permissions = [("run_round", "Can run a matching round")]

    def __str__(self):
        return f"{self.programme} · {self.created_at:%Y-%m-%d %H:%M}"


class ProposalStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted by the coordinator")
    REJECTED = "rejected", _("Rejected by the coordinator")


class Proposal(models.Model):
    """One line of a round's result: a proposed pair, or one person left unmatched with the reason."""

    round = models.ForeignKey(MatchingRound, on_delete=models.CASCADE, related_name="proposals")
    mentee_request = models.ForeignKey(
        MenteeRequest, on_delete=models.CASCADE, null=True, blank=True, related_name="proposals"
    )
    volunteer = models.ForeignKey(
        VolunteerProfile, on_delete=models.CASCADE, null=True, blank=True, related_name="proposals"
    )
    score = models.PositiveIntegerField(default=0)
    components = models.JSONField(default=dict, blank=True)
    rules_met = models.JSONField(default=list, blank=True)
    unmatched_reason = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=10, choices=ProposalStatus.choices, default=ProposalStatus.PROPOSED)
    edited = models.BooleanField(_("edited by the coordinator"), default=False)

    class Meta:
        ordering = ["round", "-score", "pk"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        constraints = [
            models.CheckConstraint(
                name="mentoring_proposal_pair_or_reason",
                condition=(
                    Q(mentee_request__isnull=False, volunteer__isnull=False, unmatched_reason="")
                    | (Q(mentee_request__isnull=True, volunteer__isnull=False) & ~Q(unmatched_reason=""))
                    | (Q(mentee_request__isnull=False, volunteer__isnull=True) & ~Q(unmatched_reason=""))
                ),
            ),
            models.UniqueConstraint(
                fields=["round", "mentee_request"],
                condition=Q(mentee_request__isnull=False),
                name="mentoring_one_proposal_per_mentee_per_round",
            ),
        ]

    @property
    def is_pair(self):
        return self.mentee_request_id is not None and self.volunteer_id is not None


class MatchState(models.TextChoices):
    AWAITING = "awaiting", _("Waiting for both sides to accept")
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    ENDED = "ended", _("Ended")
    DECLINED = "declined", _("Declined")


#: States in which a match holds one of the volunteer's places.
LIVE_STATES = (MatchState.AWAITING, MatchState.ACTIVE, MatchState.PAUSED)
#: States in which the mentor may see the mentee's details: both sides have accepted.
ACCEPTED_STATES = (MatchState.ACTIVE, MatchState.PAUSED, MatchState.ENDED)


class Match(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="matches")
    volunteer = models.ForeignKey(VolunteerProfile, on_delete=models.CASCADE, related_name="matches")
    mentee_request = models.ForeignKey(MenteeRequest, on_delete=models.CASCADE, related_name="matches")
    proposal = models.OneToOneField(
        Proposal, on_delete=models.SET_NULL, null=True, blank=True, related_name="match"
    )
    state = models.CharField(
        _("state"), max_length=10, choices=MatchState.choices, default=MatchState.AWAITING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    volunteer_accepted_at = models.DateTimeField(null=True, blank=True)
    mentee_accepted_at = models.DateTimeField(null=True, blank=True)
    activated_at = models.DateTimeField(null=True, blank=True)
    first_meeting_on = models.DateField(_("first meeting"), null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True, max_length=2000)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        constraints = [
            models.UniqueConstraint(
                fields=["mentee_request"],
                condition=Q(state__in=["awaiting", "active", "paused"]),
                name="mentoring_one_live_match_per_request",
            ),
            models.CheckConstraint(
                name="mentoring_match_state_valid", condition=Q(state__in=MatchState.values)
            ),
            models.CheckConstraint(
                name="mentoring_active_match_accepted_by_both",
                condition=~Q(state__in=["active", "paused"])
                | Q(
                    volunteer_accepted_at__isnull=False,
                    mentee_accepted_at__isnull=False,
                    activated_at__isnull=False,
                ),
            ),
        ]

    def __str__(self):
        return f"{self.volunteer.user} ↔ {self.mentee_request.user}"

    @property
    def mentee_details_visible_to_mentor(self):
        return self.state in ACCEPTED_STATES

    def side_of(self, user):
        if user.pk == self.volunteer.user_id:
            return "volunteer"
        if user.pk == self.mentee_request.user_id:
            return "mentee"
        return None


class DeclinedPair(models.Model):
    """A volunteer and a mentee (as people, within one programme) never to be proposed again."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="declined_pairs")
    volunteer_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    mentee_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    declined_by = models.CharField(max_length=12)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("declined pair")
        verbose_name_plural = _("declined pairs")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "volunteer_user", "mentee_user"], name="mentoring_declined_pair_once"
            ),
            models.CheckConstraint(
                name="mentoring_declined_by_valid",
                condition=Q(declined_by__in=["volunteer", "mentee", "coordinator"]),
            ),
        ]

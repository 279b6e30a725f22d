"""Figures the coordinator follows: meetings held per body against its minimum, and whether the
body's composition rule (a minimum share of migrants) holds."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from .models import Body


@dataclass
class BodyStatus:
    body: Body
    meetings_held: int
    members: int
    migrant_members: int

    @property
    def frequency_met(self):
        return self.meetings_held >= self.body.min_meetings_per_year

    @property
    def migrant_share(self):
        return round(100 * self.migrant_members / self.members) if self.members else 0

    @property
    def composition_met(self):
        if not self.body.min_migrant_share:
            return True
        return self.members > 0 and self.migrant_members * 100 >= self.body.min_migrant_share * self.members


def body_statuses(year=None):
    """One BodyStatus per body, in three queries whatever the number of bodies."""
    now = timezone.now()
    year = year or timezone.localdate().year
    bodies = Body.objects.annotate(
        meetings_held=Count(
            "meetings", filter=Q(meetings__starts_at__year=year, meetings__starts_at__lte=now), distinct=True
        ),
    )
    member_counts = {
        row["pk"]: row
        for row in Body.objects.values("pk").annotate(
            members_total=Count("memberships", distinct=True),
            migrant_members=Count(
                "memberships",
                filter=Q(memberships__member__is_migrant=True)
                | Q(memberships__member__institution__migrant_led=True),
                distinct=True,
            ),
        )
    }
    return [
        BodyStatus(
            body=body,
            meetings_held=body.meetings_held,
            members=member_counts[body.pk]["members_total"],
            migrant_members=member_counts[body.pk]["migrant_members"],
        )
        for body in bodies
    ]

"""Each person's export and erasure of their mentoring data."""

from decimal import Decimal

from django.db.models import Q

from .models import (
    CheckIn,
    DeclinedPair,
    District,
    Match,
    MatchFeedback,
    MeetupAttendance,
    MenteeRequest,
    VolunteerProfile,
)

PARTICIPANT_FIELDS = [
    "languages",
    "goals",
    "interests",
    "availability",
    "district",
    "online",
    "gender",
    "comfortable_with",
    "age_band",
    "answers",
    "created_at",
]


def _plain(value):
    if isinstance(value, District):
        return value.name
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value) if isinstance(value, Decimal) else value


def _fields(obj, names):
    return {name: _plain(getattr(obj, name)) for name in names}


def export(user):
    return {
        "volunteer_profiles": [
            {
                "programme": p.programme.name,
                **_fields(
                    p,
                    PARTICIPANT_FIELDS
                    + [
                        "profession",
                        "skills",
                        "capacity",
                        "background_check_consent",
                        "vetting_status",
                        "training_date",
                    ],
                ),
            }
            for p in VolunteerProfile.objects.filter(user=user).select_related("programme", "district")
        ],
        "requests": [
            {
                "programme": r.programme.name,
                **_fields(r, PARTICIPANT_FIELDS + ["needs_text", "wanted_skills", "status"]),
            }
            for r in MenteeRequest.objects.filter(user=user).select_related("programme", "district")
        ],
        "matches": [
            {
                "programme": m.programme.name,
                "side": m.side_of(user),
                **_fields(m, ["state", "created_at", "activated_at", "ended_at", "reason"]),
            }
            for m in Match.objects.filter(
                Q(volunteer__user=user) | Q(mentee_request__user=user)
            ).select_related("programme", "volunteer", "mentee_request")
        ],
        "check_ins": [
            _fields(c, ["met_on", "met", "hours", "how_it_goes", "note", "needs_help"])
            for c in CheckIn.objects.filter(author=user)
        ],
        "feedback": [f.text for f in MatchFeedback.objects.filter(author=user)],
        "meetup_answers": [
            {"meetup": a.meetup.title, "starts_at": a.meetup.starts_at.isoformat(), "response": a.response}
            for a in MeetupAttendance.objects.filter(user=user).select_related("meetup")
        ],
    }


def erase(user):
    """Remove the person's profiles and requests (and with them their matches and check-ins),
    their answers and feedback."""
    MeetupAttendance.objects.filter(user=user).delete()
    MatchFeedback.objects.filter(author=user).delete()
    CheckIn.objects.filter(author=user).delete()
    VolunteerProfile.objects.filter(user=user).delete()
    MenteeRequest.objects.filter(user=user).delete()
    DeclinedPair.objects.filter(volunteer_user=user).delete()
    DeclinedPair.objects.filter(mentee_user=user).delete()

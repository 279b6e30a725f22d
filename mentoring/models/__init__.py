from .followup import CheckIn, MatchFeedback, Meetup, MeetupAttendance, ReminderLog, Venue
from .matching import DeclinedPair, Match, MatchingRound, MatchState, Proposal, ProposalStatus
from .places import District
from .programmes import MenteeRequest, Programme, ProgrammeQuestion, RequestStatus, VolunteerProfile

__all__ = [
    "CheckIn",
    "DeclinedPair",
    "District",
    "Match",
    "MatchFeedback",
    "MatchState",
    "MatchingRound",
    "Meetup",
    "MeetupAttendance",
    "MenteeRequest",
    "Programme",
    "ProgrammeQuestion",
    "Proposal",
    "ProposalStatus",
    "ReminderLog",
    "RequestStatus",
    "Venue",
    "VolunteerProfile",
]

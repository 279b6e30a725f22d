"""A matching round against the database: load the pool, run the engine, store the proposals."""

import math
import time

from django.db import transaction
from django.db.models import Count, Q

from .choices import AGE_BAND_RANK, HOURS_PER_SLOT, LEVEL_RANK, GenderRule, VettingStatus
from .matching import Person, Rules, run_matching
from .models import (
    DeclinedPair,
    MatchingRound,
    MenteeRequest,
    Programme,
    Proposal,
    ProposalStatus,
    VolunteerProfile,
)
from .models.matching import LIVE_STATES
from .pairing import NO_PLACES_LEFT, NOT_TRAINED, NOT_VETTED, VETTING_REJECTED

PERSON_FIELDS = [
    "pk",
    "user_id",
    "languages",
    "availability",
    "goals",
    "interests",
    "district",
    "online",
    "gender",
    "comfortable_with",
    "age_band",
]


def rules_for(programme):
    return Rules(
        language_buddies=programme.is_language_buddies,
        local_language=programme.local_language,
        women_only=programme.gender_rule == GenderRule.WOMEN_ONLY,
        min_overlap_slots=max(1, math.ceil(programme.min_overlap_hours / HOURS_PER_SLOT)),
        weights=programme.weights(),
    )


def person_from_row(row, skills, capacity=1):
    return Person(
        key=row["pk"],
        person=row["user_id"],
        languages={code: LEVEL_RANK.get(level, 0) for code, level in (row["languages"] or {}).items()},
        slots=frozenset(int(slot) for slot in row["availability"] or ()),
        goals=frozenset(row["goals"] or ()),
        skills=frozenset(skills or ()),
        interests=frozenset(row["interests"] or ()),
        district=row["district"],
        online=row["online"],
        gender=row["gender"],
        comfortable_with=frozenset(row["comfortable_with"] or ()),
        age_band=AGE_BAND_RANK.get(row["age_band"], 0),
        capacity=capacity,
    )


def _left_out_reason(row):
    """Why a volunteer of the programme takes no part in a round, or "" if they do."""
    status = row["vetting_status"]
    if status == VettingStatus.REJECTED:
        return VETTING_REJECTED
    if status != VettingStatus.APPROVED:
        return NOT_VETTED
    if row["training_date"] is None:
        return NOT_TRAINED
    return NO_PLACES_LEFT if row["capacity"] <= row["taken"] else ""


def load_pool(programme):
    """Open requests without a live match; every volunteer of the programme, with no places
    (capacity 0) unless approved, trained and with places left; and why each one left out is."""
    volunteers = (
        VolunteerProfile.objects.filter(programme=programme)
        .annotate(taken=Count("matches", filter=Q(matches__state__in=LIVE_STATES)))
        .values(*PERSON_FIELDS, "skills", "capacity", "taken", "vetting_status", "training_date")
    )
    mentors, left_out = [], {}
    for row in volunteers:
        reason = _left_out_reason(row)
        if reason:
            left_out[row["pk"]] = reason
        mentors.append(person_from_row(row, row["skills"], 0 if reason else row["capacity"] - row["taken"]))
    requests = (
        MenteeRequest.objects.filter(programme=programme, status="open")
        .exclude(matches__state__in=LIVE_STATES)
        .values(*PERSON_FIELDS, "wanted_skills")
    )
    mentees = [person_from_row(row, row["wanted_skills"]) for row in requests]
    declined = set(
        DeclinedPair.objects.filter(programme=programme).values_list("mentee_user_id", "volunteer_user_id")
    )
    return mentees, mentors, declined, left_out


def run_round(programme, run_by=None):
    """Run one round for a programme. Earlier proposals still waiting for the coordinator are
    replaced by this round's, so one pool never holds two competing sets."""
    started = time.perf_counter()
    with transaction.atomic():
        programme = Programme.objects.select_for_update().get(pk=programme.pk)
        mentees, mentors, declined, left_out = load_pool(programme)
        result = run_matching(mentees, mentors, rules_for(programme), declined)
        Proposal.objects.filter(round__programme=programme, status=ProposalStatus.PROPOSED).delete()
        matching_round = MatchingRound.objects.create(
            programme=programme,
            run_by=run_by,
            mentees=len(mentees),
            mentors=len(mentors) - len(left_out),
            candidate_pairs=result.candidate_pairs,
            matched=result.matched,
            most_possible=result.most_possible,
            total_score=result.total_score,
        )
        proposals = [
            Proposal(
                round=matching_round,
                mentee_request_id=pair.mentee,
                volunteer_id=pair.mentor,
                score=pair.score,
                components=pair.components,
                rules_met=pair.rules_met,
            )
            for pair in result.pairs
        ]
        proposals += [
            Proposal(round=matching_round, mentee_request_id=key, unmatched_reason=reason)
            for key, reason in result.unmatched_mentees.items()
        ]
        proposals += [
            Proposal(round=matching_round, volunteer_id=key, unmatched_reason=reason)
            for key, reason in (*result.unmatched_mentors.items(), *left_out.items())
        ]
        Proposal.objects.bulk_create(proposals, batch_size=2000)
        matching_round.seconds = time.perf_counter() - started
        matching_round.save(update_fields=["seconds"])
    return matching_round

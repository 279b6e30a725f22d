"""A matching round against the database: load the pool, run the engine, store the proposals."""

import csv
import gc
import io
import json
import math
import time
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import Count, F, Func, JSONField, Q, TextField
from django.db.models.functions import Cast, JSONObject

from .choices import AGE_BAND_RANK, HOURS_PER_SLOT, LEVEL_RANK, GenderRule, VettingStatus
from .matching import Person, Rules, run_matching
from .models import (
    DeclinedPair,
    Match,
    MatchingRound,
    MenteeRequest,
    Programme,
    Proposal,
    ProposalStatus,
    VolunteerProfile,
)
from .models.matching import LIVE_STATES
from .pairing import NO_PLACES_LEFT, NOT_TRAINED, NOT_VETTED, VETTING_REJECTED

JSON_FIELDS = {
    "languages",
    "availability",
    "goals",
    "interests",
    "comfortable_with",
    "skills",
    "wanted_skills",
}
PROPOSAL_COLUMNS = [
    "round_id",
    "mentee_request_id",
    "volunteer_id",
    "score",
    "components",
    "rules_met",
    "unmatched_reason",
    "status",
    "edited",
]

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


def _column(name):
    # SQLite nests a JSON column's text as a string unless json() marks it as JSON.
    if name in JSON_FIELDS and connection.vendor == "sqlite":
        return Func(F(name), function="JSON", output_field=JSONField())
    return F(name)


class _JSONText(JSONObject):
    """A row as one JSON object. PostgreSQL writes it as json text directly instead of building
    jsonb first, which halves the database's share of loading a pool."""

    def as_postgresql(self, compiler, connection, **extra_context):
        text_keys = self.copy()
        text_keys.set_source_expressions(
            [
                Cast(expression, TextField()) if index % 2 == 0 else expression
                for index, expression in enumerate(text_keys.get_source_expressions())
            ]
        )
        return Func.as_sql(text_keys, compiler, connection, function="JSON_BUILD_OBJECT", **extra_context)


def _rows(queryset, columns, **computed):
    """The queryset's rows as dicts of `columns` and `computed`. The database writes each row as
    one JSON text and Python parses them all at once: no model instances, no decoding per field
    or per row."""
    values = {name: _column(name) for name in columns} | computed
    texts = queryset.values_list(Cast(_JSONText(**values), TextField()), flat=True)
    return json.loads(f"[{','.join(texts)}]")


def load_pool(programme):
    """Open requests without a live match; every volunteer of the programme, with no places
    (capacity 0) unless approved, trained and with places left; and why each one left out is."""
    volunteers = _rows(
        VolunteerProfile.objects.filter(programme=programme),
        [*PERSON_FIELDS, "skills", "capacity", "vetting_status", "training_date"],
        taken=Count("matches", filter=Q(matches__state__in=LIVE_STATES)),
    )
    mentors, left_out = [], {}
    for row in volunteers:
        reason = _left_out_reason(row)
        if reason:
            left_out[row["pk"]] = reason
        mentors.append(person_from_row(row, row["skills"], 0 if reason else row["capacity"] - row["taken"]))
    requests = _rows(
        MenteeRequest.objects.filter(programme=programme, status="open").exclude(
            matches__state__in=LIVE_STATES
        ),
        [*PERSON_FIELDS, "wanted_skills"],
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
    with transaction.atomic(), _without_cycle_collection():
        programme = Programme.objects.select_for_update().get(pk=programme.pk)
        mentees, mentors, declined, left_out = load_pool(programme)
        result = run_matching(mentees, mentors, rules_for(programme), declined)
        _drop_waiting_proposals(programme)
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
        store_proposals(matching_round, result, left_out)
        matching_round.seconds = time.perf_counter() - started
        matching_round.save(update_fields=["seconds"])
    return matching_round


@contextmanager
def _without_cycle_collection():
    """A round allocates tens of thousands of rows, people and proposals that all survive to its
    end; each of them pushes Python's cycle collector to re-scan the whole process again, which
    took a quarter of a 10,000 x 10,000 round's CPU time. Cycles left meanwhile are collected after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _drop_waiting_proposals(programme):
    """Delete the proposals still waiting for the coordinator in one statement each, without
    loading them: a proposal still waiting has no match, whose link would otherwise be cleared."""
    waiting = Proposal.objects.filter(round__programme=programme, status=ProposalStatus.PROPOSED)
    Match.objects.filter(proposal__in=waiting).update(proposal=None)
    waiting._raw_delete(waiting.db)


def _proposal_rows(matching_round, result, left_out):
    """The round's proposals as rows of PROPOSAL_COLUMNS: pairs first, then the people left unmatched."""
    round_id, proposed = matching_round.pk, ProposalStatus.PROPOSED
    for pair in result.pairs:
        yield (
            round_id,
            pair.mentee,
            pair.mentor,
            pair.score,
            pair.components,
            pair.rules_met,
            "",
            proposed,
            False,
        )
    for key, reason in result.unmatched_mentees.items():
        yield round_id, key, None, 0, {}, [], reason, proposed, False
    for key, reason in (*result.unmatched_mentors.items(), *left_out.items()):
        yield round_id, None, key, 0, {}, [], reason, proposed, False


def store_proposals(matching_round, result, left_out):
    """Write the round's proposals: PostgreSQL's COPY, else bulk inserts."""
    rows = _proposal_rows(matching_round, result, left_out)
    if connection.vendor == "postgresql":
        buffer = io.StringIO()
        csv.writer(buffer).writerows(
            (*row[:4], json.dumps(components), json.dumps(rules_met), *row[6:])
            for row in rows
            for components, rules_met in [row[4:6]]
        )
        buffer.seek(0)
        columns = ", ".join(PROPOSAL_COLUMNS)
        with connection.cursor() as cursor:
            # FORCE_NOT_NULL: an empty reason is the empty string; only the unset sides are NULL.
            cursor.copy_expert(
                f"COPY {Proposal._meta.db_table} ({columns}) FROM STDIN "
                "WITH (FORMAT csv, FORCE_NOT_NULL (unmatched_reason))",
                buffer,
            )
        return
    Proposal.objects.bulk_create(
        [Proposal(**dict(zip(PROPOSAL_COLUMNS, row, strict=True))) for row in rows], batch_size=2000
    )

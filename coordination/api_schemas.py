"""Schemas of the coordination API, named with the app's prefix so that they never collide with
other apps' components in the project's one OpenAPI document."""

import datetime
from typing import Annotated

from ninja import Field, Schema

from . import limits
from .reports import objective_progress

#: A row id as the database can hold it: larger numbers are a 422, not an overflow.
DatabaseId = Annotated[int, Field(ge=1, le=2**63 - 1)]


class CoordinationError(Schema):
    detail: str


class CoordinationMemberOut(Schema):
    id: int
    name: str
    role: str
    email: str
    phone: str
    institution: str | None = Field(None, alias="institution.name")
    institution_tier: str | None = Field(None, alias="institution.tier")
    deputy_of_id: int | None


class CoordinationExpertOut(Schema):
    id: int
    name: str
    kind: str
    languages: list[str] = Field(..., alias="language_list")
    specialties: str
    organisation: str
    email: str
    phone: str


class CoordinationDirectoryOut(Schema):
    members: list[CoordinationMemberOut]
    experts: list[CoordinationExpertOut]


class CoordinationBodyOut(Schema):
    id: int
    name: str
    min_meetings_per_year: int
    min_migrant_share: int
    meetings_held_this_year: int
    members: int
    migrant_members: int
    frequency_met: bool
    composition_met: bool


class CoordinationAgendaItemOut(Schema):
    position: int
    title: str


class CoordinationMeetingOut(Schema):
    id: int
    body_id: int
    body: str = Field(..., alias="body.name")
    title: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    place: str
    online_url: str
    cancelled: bool = Field(..., alias="is_cancelled")
    agenda: list[CoordinationAgendaItemOut] = Field(..., alias="agenda_items")


AgendaItemText = Annotated[str, Field(max_length=limits.MAX_AGENDA_ITEM_LENGTH)]


class CoordinationMeetingChangeIn(Schema):
    title: str = Field(..., min_length=1, max_length=200)
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    place: str = Field("", max_length=255)
    online_url: str = Field("", max_length=200)
    agenda: list[AgendaItemText] = Field(
        [], max_length=limits.MAX_AGENDA_ITEMS, description="Items in order."
    )


class CoordinationMeetingIn(CoordinationMeetingChangeIn):
    body_id: DatabaseId


class CoordinationInvitationOut(Schema):
    id: int
    meeting: CoordinationMeetingOut
    answer: str
    deputy_name: str


class CoordinationAnswerIn(Schema):
    answer: str = Field(..., description="attending, not_attending or deputy")
    deputy_name: str = Field("", max_length=limits.MAX_NAME_LENGTH)


class CoordinationAttendeeOut(Schema):
    name: str = Field(..., alias="member.name")
    deputy_name: str


class CoordinationMinutesOut(Schema):
    id: int
    meeting: CoordinationMeetingOut
    status: str
    audience: str
    decisions: str
    document_url: str | None = None

    @staticmethod
    def resolve_document_url(minutes):
        return minutes.document.url if minutes.document_id else None


class CoordinationMinutesDetailOut(CoordinationMinutesOut):
    attendees: list[CoordinationAttendeeOut]
    item_summaries: dict[str, str]

    @staticmethod
    def resolve_attendees(minutes):
        return list(minutes.meeting.attendances.select_related("member"))


class CoordinationActionItemOut(Schema):
    id: int
    title: str
    meeting_id: int
    body: str = Field(..., alias="meeting.body.name")
    owner: str
    due_date: datetime.date
    status: str
    is_overdue: bool

    @staticmethod
    def resolve_owner(item):
        return str(item.owner)


class CoordinationStatusIn(Schema):
    status: str = Field(..., description="open, in_progress, done or cancelled")


class CoordinationIndicatorOut(Schema):
    name: str
    unit: str
    target: float
    current: float


class CoordinationActionOut(Schema):
    code: str
    title: str
    leader: str | None = Field(None, alias="leader.name")
    partners: list[str]
    starts_on: datetime.date
    ends_on: datetime.date
    status: str
    progress: int
    indicators: list[CoordinationIndicatorOut]

    @staticmethod
    def resolve_partners(action):
        return [partner.name for partner in action.partners.all()]

    @staticmethod
    def resolve_indicators(action):
        return list(action.indicators.all())


class CoordinationObjectiveOut(Schema):
    number: int
    title: str
    progress: int
    actions: list[CoordinationActionOut]

    @staticmethod
    def resolve_progress(objective):
        return objective_progress(objective)

    @staticmethod
    def resolve_actions(objective):
        return list(objective.actions.all())


class CoordinationInvitedOut(Schema):
    invited: int


class CoordinationAttendanceIn(Schema):
    present: list[DatabaseId] = Field([], description="Members who came in person.")
    deputies: dict[DatabaseId, Annotated[str, Field(max_length=limits.MAX_NAME_LENGTH)]] = Field(
        {}, description="Member id -> name of the deputy who came instead."
    )


class CoordinationMinutesIn(Schema):
    item_summaries: dict[str, Annotated[str, Field(max_length=limits.MAX_SUMMARY_LENGTH)]] = Field(
        {}, max_length=limits.MAX_AGENDA_ITEMS, description="Agenda item id -> summary."
    )
    decisions: str = Field("", max_length=limits.MAX_DECISIONS_LENGTH)


class CoordinationActionItemIn(Schema):
    title: str = Field(..., min_length=1, max_length=limits.MAX_ACTION_ITEM_LENGTH)
    due_date: datetime.date
    owner_member_id: DatabaseId | None = None
    owner_institution_id: DatabaseId | None = None
    action_id: DatabaseId | None = None


class CoordinationApproveIn(Schema):
    at_meeting_id: DatabaseId | None = Field(
        None, description="The later meeting of the body that approved them."
    )


class CoordinationPublishIn(Schema):
    audience: str = Field(..., description="members or public")

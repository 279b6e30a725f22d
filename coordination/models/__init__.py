from .directory import Expert, ExpertKind, Institution, TeamMember, Tier
from .meetings import (
    AgendaItem,
    Answer,
    Attendance,
    Body,
    BodyMembership,
    Invitation,
    Meeting,
)
from .minutes import ActionItem, ActionItemStatus, Minutes, MinutesStatus, MinutesVersion
from .plans import (
    Action,
    ActionStatus,
    Indicator,
    ProgressUpdate,
    StrategicObjective,
    WorkPlanEntry,
)

__all__ = [
    "Action",
    "ActionItem",
    "ActionItemStatus",
    "ActionStatus",
    "AgendaItem",
    "Answer",
    "Attendance",
    "Body",
    "BodyMembership",
    "Expert",
    "ExpertKind",
    "Indicator",
    "Institution",
    "Invitation",
    "Meeting",
    "Minutes",
    "MinutesStatus",
    "MinutesVersion",
    "ProgressUpdate",
    "StrategicObjective",
    "TeamMember",
    "Tier",
    "WorkPlanEntry",
]

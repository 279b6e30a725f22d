"""The role names, for code that creates people in a role (demo data, tests). Roles and the
permissions each holds are declared in core.roles; code asks core.permissions.may(), never a role."""

from core.roles import (  # noqa: F401 (re-exported)
    CIVIC_STAFF,
    COORDINATORS,
    EDITORS,
    MODERATORS,
    PARTICIPANTS,
    ROLE_LABELS,
    TEAM_MEMBERS,
    VOLUNTEERS,
)

ROLES = ROLE_LABELS

"""What every part of the participation API shares: the error shape and the desk permission."""

from ninja import Schema

from core.api_errors import refusal as bad_request  # noqa: F401 - the app's name for it

HANDLE = "participation.handle_case"


class ParticipationErrorOut(Schema):
    detail: str

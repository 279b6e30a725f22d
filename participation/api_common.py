"""What every part of the participation API shares: the error shape and the desk permission."""

from ninja import Schema
from ninja.responses import Status

HANDLE = "participation.handle_case"


class ParticipationErrorOut(Schema):
    detail: str


def bad_request(error):
    return Status(400, {"detail": error.message})

"""Field types for API schemas that accept exactly what the OpenAPI document says."""

import re
from datetime import date, datetime
from typing import Annotated, Literal

from django.conf import settings
from django.utils import translation
from ninja import Field, Schema
from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def only_iso_date_text(value):
    # Pydantic would also read "0" or 1700000000 as a Unix timestamp; the document says
    # `format: date`, so a caller sending anything else gets a validation error, not 1970.
    # Pydantic's own type for it, so the API's error message is the translated one for dates.
    if not isinstance(value, (str, date)) or (isinstance(value, str) and not ISO_DATE.fullmatch(value)):
        raise PydanticCustomError("date_parsing", "Use a date written as YYYY-MM-DD.")
    return value


#: A calendar date written YYYY-MM-DD.
IsoDate = Annotated[date, BeforeValidator(only_iso_date_text)]

RFC3339_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")


def only_rfc3339_text(value):
    # As for dates: the document says `format: date-time` (RFC 3339, with its offset), so a
    # timestamp number or a date without a time is refused rather than guessed at.
    if not isinstance(value, str) or not RFC3339_DATE_TIME.fullmatch(value):
        raise ValueError("Use a date and time written as YYYY-MM-DDTHH:MM:SS with an offset, e.g. Z.")
    return value


#: An instant written as RFC 3339 (ISO 8601 with seconds and an offset).
IsoDateTime = Annotated[datetime, BeforeValidator(only_rfc3339_text)]


def pdf_response(description):
    """`openapi_extra` of an operation whose success is a PDF file rather than JSON."""
    return {
        "responses": {
            200: {
                "description": description,
                "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    }


#: One of the site's languages (settings.LANGUAGES).
SiteLanguage = Literal[tuple(code for code, _name in settings.LANGUAGES)]


class LocaleQuery(Schema):
    locale: SiteLanguage | None = Field(
        None,
        description="The language to answer in. Without it: the request's Accept-Language, "
        "else the site's default language. Content not translated yet comes in the default "
        "language, marked `fallback: true`, as the pages show it.",
    )


def answer_language(query):
    """The language of this answer: `?locale=`, else what LocaleMiddleware read from
    Accept-Language."""
    return query.locale or translation.get_language()

"""Field types for API schemas that accept exactly what the OpenAPI document says."""

import re
from datetime import date
from typing import Annotated

from pydantic import BeforeValidator

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def only_iso_date_text(value):
    # Pydantic would also read "0" or 1700000000 as a Unix timestamp; the document says
    # `format: date`, so a caller sending anything else gets a validation error, not 1970.
    if isinstance(value, str) and not ISO_DATE.fullmatch(value):
        raise ValueError("Use a date written as YYYY-MM-DD.")
    if not isinstance(value, (str, date)):
        raise ValueError("Use a date written as YYYY-MM-DD.")
    return value


#: A calendar date written YYYY-MM-DD.
IsoDate = Annotated[date, BeforeValidator(only_iso_date_text)]


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

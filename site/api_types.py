"""Field types for API schemas that accept exactly what the OpenAPI document says."""

import re
from datetime import date
from typing import Annotated

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

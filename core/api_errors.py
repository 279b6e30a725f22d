"""What every operation of the project's API answers when it refuses: one JSON shape
(`{"detail": ...}`, plus `errors` for a body that does not match the schema), always in the
caller's language."""

from functools import wraps

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from ninja.responses import Status


def refusal(error, status=400):
    """The answer to a refused request: a Django ValidationError (bad input, wrong state) or any
    domain error carrying a translated `message`, as one sentence in the caller's language."""
    messages = getattr(error, "messages", None) or [str(getattr(error, "message", error))]
    return Status(status, {"detail": " ".join(str(message) for message in messages)})


def refusals_as(status=400):
    """Decorate an endpoint: a ValidationError raised by the services it calls becomes `refusal`."""

    def decorate(endpoint):
        @wraps(endpoint)
        def wrapped(*args, **kwargs):
            try:
                return endpoint(*args, **kwargs)
            except ValidationError as error:
                return refusal(error, status)

        return wrapped

    return decorate


def _length_message(error):
    context = error.get("ctx") or {}
    kind = error["type"]
    if kind in ("string_too_short", "too_short"):
        count = context.get("min_length", 0)
        if kind == "string_too_short":
            message = ngettext(
                "Use at least %(count)s character.", "Use at least %(count)s characters.", count
            )
        else:
            message = ngettext("Give at least %(count)s item.", "Give at least %(count)s items.", count)
    else:
        count = context.get("max_length", 0)
        if kind == "string_too_long":
            message = ngettext("Use at most %(count)s character.", "Use at most %(count)s characters.", count)
        else:
            message = ngettext("Give at most %(count)s item.", "Give at most %(count)s items.", count)
    return message % {"count": count}


def _bound_message(error):
    context = error.get("ctx") or {}
    message, bound = {
        "greater_than": (_("Ensure this value is greater than %(limit_value)s."), "gt"),
        "greater_than_equal": (_("Ensure this value is greater than or equal to %(limit_value)s."), "ge"),
        "less_than": (_("Ensure this value is less than %(limit_value)s."), "lt"),
        "less_than_equal": (_("Ensure this value is less than or equal to %(limit_value)s."), "le"),
    }[error["type"]]
    return message % {"limit_value": context.get(bound)}


def _choice_message(error):
    expected = (error.get("ctx") or {}).get("expected", "")
    return _("Choose one of: %(choices)s.") % {"choices": expected}


# Where Django's forms say the same, its sentence is used: its catalogues already translate it.
INVALID_VALUE = gettext_lazy("Enter a valid value.")
WHOLE_NUMBER = gettext_lazy("Enter a whole number.")
NUMBER = gettext_lazy("Enter a number.")
BOOLEAN = gettext_lazy("Enter true or false.")
DATE = gettext_lazy("Enter a valid date.")
DATETIME = gettext_lazy("Enter a valid date/time.")
TIME = gettext_lazy("Enter a valid time.")
UUID = gettext_lazy("Enter a valid UUID.")
URL = gettext_lazy("Enter a valid URL.")

#: Pydantic's error types (https://docs.pydantic.dev/latest/errors/validation_errors/) and the
#: sentence a person needs to correct each.
SENTENCES = {
    "missing": gettext_lazy("This field is required."),
    "int_type": WHOLE_NUMBER,
    "int_parsing": WHOLE_NUMBER,
    "int_parsing_size": WHOLE_NUMBER,
    "int_from_float": WHOLE_NUMBER,
    "float_type": NUMBER,
    "float_parsing": NUMBER,
    "decimal_type": NUMBER,
    "decimal_parsing": NUMBER,
    "bool_type": BOOLEAN,
    "bool_parsing": BOOLEAN,
    "date_type": DATE,
    "date_parsing": DATE,
    "date_from_datetime_parsing": DATE,
    "date_from_datetime_inexact": DATE,
    "datetime_type": DATETIME,
    "datetime_parsing": DATETIME,
    "datetime_from_date_parsing": DATETIME,
    "time_type": TIME,
    "time_parsing": TIME,
    "uuid_type": UUID,
    "uuid_parsing": UUID,
    "url_type": URL,
    "url_parsing": URL,
    "url_scheme": URL,
    "list_type": gettext_lazy("Enter a list of values."),
    "json_invalid": gettext_lazy("The body is not valid JSON."),
    "extra_forbidden": gettext_lazy("This field is not allowed here."),
}
#: Types whose sentence names a limit or the choices, from the error's context.
COMPOSED = {
    "enum": _choice_message,
    "literal_error": _choice_message,
    "string_too_short": _length_message,
    "string_too_long": _length_message,
    "too_short": _length_message,
    "too_long": _length_message,
    "greater_than": _bound_message,
    "greater_than_equal": _bound_message,
    "less_than": _bound_message,
    "less_than_equal": _bound_message,
}


def translated_message(error):
    """Any other type (a wrong kind of text or object, a custom check) gets "Enter a valid value"."""
    kind = error.get("type")
    if kind in SENTENCES:
        return str(SENTENCES[kind])
    if kind in COMPOSED:
        return COMPOSED[kind](error)
    return str(INVALID_VALUE)


def translated_errors(errors):
    """Ninja's list of Pydantic errors with each `msg` in the active language. `type`, `loc`
    and `ctx` stay as they are, for programs."""
    return [
        {**error, "msg": translated_message(error)} if isinstance(error, dict) and "type" in error else error
        for error in errors
    ]

from django import template

from ..models import SPOKEN_LANGUAGES
from ..names import attendee_name as attendee_name_of
from ..recurrence import occurrence_param as occurrence_param_value

register = template.Library()
LANGUAGE_NAMES = dict(SPOKEN_LANGUAGES)


@register.filter
def occurrence_param(key):
    return occurrence_param_value(key)


@register.filter
def language_names(codes):
    return ", ".join(str(LANGUAGE_NAMES.get(code, code)) for code in codes or [])


@register.filter
def attendee_name(user):
    return attendee_name_of(user)

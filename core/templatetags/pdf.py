"""Filters for PDF templates: numbers as the reader writes them, whole numbers without decimals."""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils import formats

register = template.Library()


@register.filter
def local_number(value):
    """5.00 prints as 5 and 42.25 as 42,25 in Romanian: counts stay whole, decimals keep their
    meaningful digits, in the active language's notation."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return value
    if number == number.to_integral_value():
        return formats.number_format(int(number), use_l10n=True)
    return formats.number_format(number.normalize(), use_l10n=True)

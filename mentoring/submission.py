"""The one way a mentoring page hands a valid form to a service and shows its refusal."""

from django.contrib import messages
from django.core.exceptions import ValidationError


def submitted(request, form, action, success_message):
    """True once a valid POST has been handed to `action(cleaned_data)`; a ValidationError from
    the service is shown in the form instead."""
    if request.method != "POST" or not form.is_valid():
        return False
    try:
        action(form.cleaned_data)
    except ValidationError as error:
        form.add_error(None, error)
        return False
    messages.success(request, success_message)
    return True

"""The check on an uploaded minutes file: the platform's upload check with the minutes' types
and size limit."""

from django.conf import settings

from core.uploads import check_upload

MINUTES_TYPES = ("pdf", "docx", "odt")


def max_upload_bytes():
    return settings.COORDINATION_MINUTES_MAX_UPLOAD_MB * 1024 * 1024


def validate_minutes_file(upload):
    """Raise ValidationError with a message for the person uploading; return the extension."""
    return check_upload(upload, allowed=MINUTES_TYPES, max_bytes=max_upload_bytes())

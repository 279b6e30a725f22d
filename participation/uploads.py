"""The check on a file sent with an answer to a request or a petition: the platform's upload check
with the desk's types and size limit."""

from core.uploads import check_upload

ANSWER_ATTACHMENT_TYPES = ("pdf", "docx", "odt", "xlsx", "ods", "txt", "jpg", "jpeg", "png")
ANSWER_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024


def check_answer_attachment(upload):
    """Raise ValidationError with one message for the person uploading; return the extension."""
    return check_upload(upload, allowed=ANSWER_ATTACHMENT_TYPES, max_bytes=ANSWER_ATTACHMENT_MAX_BYTES)

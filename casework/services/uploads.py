"""The one check every private upload of the counter passes: the platform's upload check with
the counter's types and size limit."""

from core import uploads

ALLOWED_EXTENSIONS = ["pdf", "jpg", "jpeg", "png"]
MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def check_upload(uploaded_file):
    uploads.check_upload(uploaded_file, allowed=ALLOWED_EXTENSIONS, max_bytes=MAX_UPLOAD_BYTES)

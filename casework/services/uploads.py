"""The one check every private upload of the counter passes."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

ALLOWED_EXTENSIONS = ["pdf", "jpg", "jpeg", "png"]
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
SIGNATURES = {b"%PDF": "pdf", b"\x89PNG": "png", b"\xff\xd8\xff": "jpg"}


def check_upload(uploaded_file):
    if uploaded_file is None:
        raise ValidationError(_("Upload a PDF, JPEG or PNG file."))
    extension = Path(uploaded_file.name or "").suffix.lower().lstrip(".")
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(_("Upload a PDF, JPEG or PNG file."))
    if uploaded_file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is larger than 10 MB."))
    head = uploaded_file.read(8)
    uploaded_file.seek(0)
    if not any(head.startswith(signature) for signature in SIGNATURES):
        raise ValidationError(_("The file is not a PDF, JPEG or PNG document."))

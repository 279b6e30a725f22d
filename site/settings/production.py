"""Production: every secret and host comes from the environment (see README)."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .s3 import s3_media_origins, s3_storages

DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its preview views SAMEORIGIN itself
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
# Several app servers: media and private files in an S3-compatible bucket (settings/s3.py).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    if PRIVATE_FILES_ACCEL_REDIRECT:  # noqa: F405
        raise ImproperlyConfigured(
            "PRIVATE_FILES_ACCEL_REDIRECT sends private files from a folder; with "
            "AWS_STORAGE_BUCKET_NAME they are in the bucket: unset it."
        )
    STORAGES.update(s3_storages(os.environ))  # noqa: F405
    for _directive in ("img-src", "media-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive] += s3_media_origins(os.environ)  # noqa: F405
# Staff must set up two-factor authentication before using the admin (off only if told so).
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA", True)  # noqa: F405
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.backend.DatabaseBackend"),
    }
}

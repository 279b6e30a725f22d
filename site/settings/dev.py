import os

from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-integration-centre"  # noqa: F405
ALLOWED_HOSTS = ["*"]
# Static files come from the apps' folders through the finders; no collectstatic in development.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# E-mails are kept in a folder and shown at /dev/mail/ (see integration_site.dev_mail), unless
# the environment names a real mail server or backend.
if not (os.environ.get("EMAIL_BACKEND") or os.environ.get("EMAIL_HOST")):
    EMAIL_BACKEND = "integration_site.dev_mail.MailboxBackend"
DEV_MAILBOX_DIR = os.environ.get("DEV_MAILBOX_DIR", str(BASE_DIR / "dev-mail"))  # noqa: F405

from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-integration-centre"  # noqa: F405
ALLOWED_HOSTS = ["*"]
# Static files come from the apps' folders through the finders; no collectstatic in development.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

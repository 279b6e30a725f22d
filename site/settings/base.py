"""Settings shared by every environment. Anything secret or deployment-specific comes from the
environment; dev.py, test.py and production.py only adjust what differs."""

import os
from pathlib import Path

import dj_database_url
from django.conf import global_settings
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Apps of this project, in the order their URLs, API routers and demo content are wired.
PROJECT_APPS = [
    "core",
    "accounts",
    "home",
    "library",
    "events",
    "mentoring",
    "coordination",
    "participation",
    "plone_import",
    "casework",
]

INSTALLED_APPS = [
    "integration_site",
    *PROJECT_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v3",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.headless",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "integration_site.security.SitePolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # ETags on every response and 304 answers to conditional GETs, also from the shared cache.
    "django.middleware.http.ConditionalGetMiddleware",
    "integration_site.page_cache.SharedPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "integration_site.request_guards.RefuseNulCharactersMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.context.CurrentRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.StaffTwoFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Content-Security-Policy (django-csp): scripts only from this site, never inline, so injected
# markup cannot run (Wagtail's admin is the one exception: see integration_site.security).
# Inline styles stay allowed: the admin sets them from its scripts. Embedded videos (wagtail.embeds)
# come in frames from other sites over HTTPS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https:"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Avatars come from this site, not from gravatar.com (no third-party request, no CSP exception).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin's "new Wagtail release" banner fetches releases.wagtail.org from each browser; the
# policy's connect-src keeps browsers to this site, and upgrades are the maintainers' business.
WAGTAIL_ENABLE_UPDATE_CHECK = False

ROOT_URLCONF = "integration_site.urls"
WSGI_APPLICATION = "integration_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "integration_site.context_processors.languages",
            ],
        },
    },
]

# Database: SQLite beside the code unless DATABASE_URL names another (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
# Behind pgbouncer in transaction mode (several app servers on one PostgreSQL) a connection is
# shared between transactions, so cursors must not outlive one; locks are transaction-scoped.
if env_bool("DB_TRANSACTION_POOLING"):
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
IS_POSTGRESQL = DATABASES["default"]["ENGINE"].endswith("postgresql")

# Cache: Redis when REDIS_URL is set, otherwise per-process memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "integration"),
        }
    }
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": CACHES["default"]["KEY_PREFIX"] + "-pages"}
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }

# Pages, feeds and public API reads for anonymous visitors come from a shared cache
# (integration_site.page_cache), purged through Wagtail's frontend cache invalidation whenever
# content changes. Only the views named here are shared, and only with visitors who carry none
# of these cookies.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_ALIAS = "pages"
# Changes purge at once; this bounds what only the clock changes (an event's date passing).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_PERSONAL_COOKIES = ["sessionid", "messages"]
PAGE_CACHE_VIEWS = {
    "wagtail_serve",
    "events:feed_all",
    "events:feed_kind",
    "events:feed_language",
    "events:event_ics",
    "api:events_list",
    "api:events_detail",
    "api:library_documents",
    "api:library_document",
    "wagtailapi_v3:list_pages",
    "wagtailapi_v3:find_page",
    "wagtailapi_v3:detail_page",
    "wagtailapi_v3:list_documents",
    "wagtailapi_v3:detail_document",
}
# Besides pages, what pages and the API show: the footer's contact details, an event's places
# left, library documents, and who may see a page or a collection's documents.
PAGE_CACHE_PURGED_BY = [
    "home.ContactDetails",
    "home.CentreBrand",
    "home.CentreBrandName",
    "events.Registration",
    "library.LibraryDocument",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
]
WAGTAILFRONTENDCACHE = {"pages": {"BACKEND": "integration_site.page_cache.PageCacheBackend"}}
# Varnish in front (deploy/varnish.vcl): its address, where purges are sent.
if os.environ.get("VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["VARNISH_URL"],
    }

# Background tasks (django-tasks). Production runs `manage.py db_worker`; see README.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Languages. The first is the default: pages fall back to it. Adding one is a line here and a
# catalogue in locale/ (no migration: model choices read this list when called). Django knows
# most languages; one it does not know (Pashto) is described in EXTRA_LANGUAGE_INFO below.
LANGUAGE_CODE = "ro"
FORMAT_MODULE_PATH = ["integration_site.formats"]
LANGUAGES = [
    ("ro", "Română"),
    ("en", "English"),
    ("pl", "Polski"),
    ("uk", "Українська"),
    ("fr", "Français"),
    ("ar", "العربية"),
    ("ne", "नेपाली"),
    ("ur", "اردو"),
    ("ps", "پښتو"),
    ("bn", "বাংলা"),
]
#: Languages missing from Django's table of languages (django.conf.locale.LANG_INFO), added to it
#: at start-up so that get_language_info and the language switcher know them.
EXTRA_LANGUAGE_INFO = {
    "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
}
LANG_INFO.update({code: info for code, info in EXTRA_LANGUAGE_INFO.items() if code not in LANG_INFO})
LANGUAGES_BIDI = [
    *global_settings.LANGUAGES_BIDI,
    *(code for code, info in EXTRA_LANGUAGE_INFO.items() if info["bidi"]),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Slugs in ASCII: the admin transliterates titles as it fills the slug, home/slugs.py the rest.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# locale/allauth overrides django-allauth's own catalogues (formal Romanian with diacritics, and the
# languages allauth lacks); makemessages writes only to the first path, so it is kept by hand.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "allauth"]
USE_I18N = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Bucharest")
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Private uploads (case files, draft minutes, members-only documents...) live here, outside
# MEDIA_ROOT, and are served only through permission-checking views (see core/files.py).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
# Production: the URL prefix of nginx's internal location for PRIVATE_MEDIA_ROOT (X-Accel-Redirect).
PRIVATE_FILES_ACCEL_REDIRECT = os.environ.get("PRIVATE_FILES_ACCEL_REDIRECT", "")
# Lifetime of signed links (cancellation, tracking, verification), in seconds.
SIGNED_LINK_MAX_AGE = int(os.environ.get("SIGNED_LINK_MAX_AGE", str(30 * 24 * 3600)))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Private files (core.files): PRIVATE_MEDIA_ROOT, or S3 in production (settings/s3.py).
    "private": {"BACKEND": "core.files.PrivateStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "integration-centre@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

# Text messages (core/sms.py): the backend, the sender (a number or a Twilio messaging service
# SID, MG...), the gateway's credentials, and the prefix a national number is sent with.
SMS_BACKEND = os.environ.get("SMS_BACKEND", "core.sms.ConsoleBackend")
SMS_FROM = os.environ.get("SMS_FROM", "")
SMS_TWILIO_ACCOUNT_SID = os.environ.get("SMS_TWILIO_ACCOUNT_SID", "")
SMS_TWILIO_AUTH_TOKEN = os.environ.get("SMS_TWILIO_AUTH_TOKEN", "")
SMS_COUNTRY_PREFIX = os.environ.get("SMS_COUNTRY_PREFIX", "+40")

# Accounts (django-allauth)
LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
# The admin signs in through allauth too, so rate limits and two-factor apply to staff.
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "accounts:profile"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# A code, not a link: an app's user types it where they signed up, and the pages use the same.
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
# Failed sign-ins are limited per account (5 in 5 minutes) and, much higher, per address: a
# centre's Wi-Fi or a library's computers share one address, and one person's typos must not
# lock everyone else out. Wrong passwords when deleting an account count here too.
ACCOUNT_RATE_LIMITS = {
    "login": "300/m/ip",
    "login_failed": "100/5m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "5/m/ip,3/m/key",
    "confirm_email": "1/3m/key",
}
# Apps sign people up and in through allauth's headless API (app client, session tokens in the
# X-Session-Token header) at /api/auth/app/v1/; its own OpenAPI document is /api/auth/openapi.json.
# The pages and the admin keep allauth's regular views; both share the rate limits above.
HEADLESS_CLIENTS = ("app",)
HEADLESS_SERVE_SPECIFICATION = True
# Only the JSON and YAML documents: the HTML viewer would load its script from a CDN.
HEADLESS_SPECIFICATION_TEMPLATE_NAME = None
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = os.environ.get("SITE_NAME", "Integration Centre")
# When true, staff (anyone who can open the Wagtail admin) must set up TOTP before using it.
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA")

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Integration Centre")
#: The site's name per language where the deployer sets one (SITE_NAME_RO, SITE_NAME_AR...);
#: otherwise SITE_NAME goes through the catalogues.
SITE_NAMES = {
    code: os.environ[f"SITE_NAME_{code.upper()}"]
    for code, _name in LANGUAGES
    if f"SITE_NAME_{code.upper()}" in os.environ
}
# Where the site is served, for links in e-mails and API payloads made outside a request
# (core.links.absolute_url). Empty: the default Wagtail Site's hostname and port.
BASE_URL = os.environ.get("BASE_URL", "")
WAGTAILADMIN_BASE_URL = BASE_URL or "http://127.0.0.1:8000"
# On PostgreSQL, each language's stemming and accent-insensitive matching (home/search_backend.py).
# SEARCH_BACKEND=opensearch moves page search to OpenSearch (the `opensearch` extra; README), with
# Wagtail's opensearch3 backend (home/opensearch_backend.py says why it is wrapped).
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "database")
if SEARCH_BACKEND == "opensearch":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "home.opensearch_backend",
            "URLS": env_list("OPENSEARCH_URL", "http://localhost:9200"),
            "INDEX_PREFIX": os.environ.get("OPENSEARCH_INDEX_PREFIX", "integration_"),
            "TIMEOUT": int(os.environ.get("OPENSEARCH_TIMEOUT", "5")),
        }
    }
elif SEARCH_BACKEND == "database":
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "home.search_backend" if IS_POSTGRESQL else "wagtail.search.backends.database"}
    }
else:
    raise ImproperlyConfigured("SEARCH_BACKEND is 'database' (the default) or 'opensearch'.")
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "xlsx", "ods", "csv", "pptx", "odp", "rtf"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "25")) * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL

# Machine translation in wagtail-localize: LibreTranslate or DeepL when configured, else none.
if os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }
elif os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # One line per finished task is noise; failures are still logged.
    "loggers": {
        "django_tasks": {"level": os.environ.get("TASKS_LOG_LEVEL", "WARNING")},
        # WeasyPrint reports each step of every PDF (certificates, reports) at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

WAGTAILDOCS_DOCUMENT_MODEL = "library.LibraryDocument"

# --- events ---
# How far ahead repeating events are expanded in listings, feeds and the API.
EVENTS_HORIZON_DAYS = int(os.environ.get("EVENTS_HORIZON_DAYS", "365"))
# Reminders go out this many hours before an event (`manage.py send_event_reminders` from cron).
EVENTS_REMINDER_HOURS = int(os.environ.get("EVENTS_REMINDER_HOURS", "24"))
# Cancellation links in e-mails work for this many days (and never after the event has ended).
EVENTS_CANCEL_LINK_MAX_AGE_DAYS = int(os.environ.get("EVENTS_CANCEL_LINK_MAX_AGE_DAYS", "30"))

# --- coordination ---
# Largest minutes file (PDF, DOCX, ODT) a coordinator may upload, in megabytes.
COORDINATION_MINUTES_MAX_UPLOAD_MB = int(os.environ.get("COORDINATION_MINUTES_MAX_UPLOAD_MB", "20"))
# How long the signed link in a meeting invitation stays valid, in days.
COORDINATION_INVITATION_LINK_DAYS = int(os.environ.get("COORDINATION_INVITATION_LINK_DAYS", "60"))

# --- library ---
WAGTAILDOCS_DOCUMENT_FORM_BASE = "library.forms.LibraryDocumentForm"
#: Documents per page of the library page and API.
LIBRARY_PAGE_SIZE = int(os.environ.get("LIBRARY_PAGE_SIZE", "20"))
# Text extraction (in the background worker, in a child process): over a limit, the document is
# kept without searchable text and its editors are told which limit it passed.
LIBRARY_EXTRACTION_MAX_PAGES = int(os.environ.get("LIBRARY_EXTRACTION_MAX_PAGES", "2000"))
LIBRARY_EXTRACTION_MAX_UNCOMPRESSED_MB = int(os.environ.get("LIBRARY_EXTRACTION_MAX_UNCOMPRESSED_MB", "100"))
LIBRARY_EXTRACTION_MAX_COMPRESSION_RATIO = int(
    os.environ.get("LIBRARY_EXTRACTION_MAX_COMPRESSION_RATIO", "100")
)
LIBRARY_EXTRACTION_MAX_MEMORY_MB = int(os.environ.get("LIBRARY_EXTRACTION_MAX_MEMORY_MB", "768"))
LIBRARY_EXTRACTION_TIMEOUT_SECONDS = int(os.environ.get("LIBRARY_EXTRACTION_TIMEOUT_SECONDS", "60"))

# Library documents are served by Wagtail's document view after its permission checks; with
# nginx in front (PRIVATE_FILES_ACCEL_REDIRECT set), the view hands the bytes to nginx.
if PRIVATE_FILES_ACCEL_REDIRECT:
    SENDFILE_BACKEND = "core.files"
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Deleting one of these keeps it in the bin, restorable by an administrator, for this many days.
BIN_MODELS = ["library.LibraryDocument", "coordination.Meeting", "coordination.Minutes"]
BIN_RETENTION_DAYS = int(os.environ.get("BIN_RETENTION_DAYS", "30"))

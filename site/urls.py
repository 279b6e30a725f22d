from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v3.urls import api as wagtail_api
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.views import authenticate_with_password

from home.views import serve_page_with_fallback

from . import views
from .api import api
from .sitemap import PagesInEveryLanguage


def project_app_urls():
    """Each project app may have a `urls` module; it is mounted inside the language prefix."""
    return [
        path("", include(f"{app}.urls"))
        for app in settings.PROJECT_APPS
        if find_spec(f"{app}.urls") is not None and import_module(f"{app}.urls")
    ]


handler500 = views.server_error

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v3/", wagtail_api.urls),
    path("api/auth/", include("allauth.headless.urls")),
    path("api/", api.urls),
    path("healthz", views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PagesInEveryLanguage}}),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    *project_app_urls(),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Wagtail's view restrictions look this name up; sign-in itself is allauth's.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailcore_login",
    ),
    # Paths of the unprefixed parts (API, admin, documents) are never pages: without this
    # exclusion, LocaleMiddleware would redirect their 404s to a page under /ro/.
    re_path(
        r"^(?!(?:api|admin|documents|static|media|i18n)/)((?:[\w\-]+/)*)$",
        serve_page_with_fallback,
        name="wagtail_serve",
    ),
)

if settings.DEBUG and getattr(settings, "DEV_MAILBOX_DIR", None):
    urlpatterns.insert(0, path("", include("integration_site.dev_mail")))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

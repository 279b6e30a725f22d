from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse
from django.utils import translation

from core.notify import queue_rendered

from .models import preferred_language


def language_for_address(email):
    """The language to write to an e-mail address in: its owner's preferred language, or the
    language of the current page when nobody has that address (sign-up, "no such account")."""
    address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
    user = address.user if address else get_user_model().objects.filter(email__iexact=email).first()
    return preferred_language(user) if user else translation.get_language()


class AccountAdapter(DefaultAccountAdapter):
    """Writes every allauth e-mail, links included, in the recipient's language, and takes people
    to their own language after signing in."""

    def send_mail(self, template_prefix, email, context):
        # allauth's e-mails greet "from {{ current_site.name }}": the centre, not the host name.
        domain = get_current_site(allauth_context.request).domain
        site = {"name": settings.WAGTAIL_SITE_NAME, "domain": domain}
        language = language_for_address(email)
        with translation.override(language):
            message = self.render_mail(template_prefix, email, {"current_site": site, **context})
        alternatives = dict((mimetype, content) for content, mimetype in getattr(message, "alternatives", []))
        html = message.body if message.content_subtype == "html" else alternatives.get("text/html")
        queue_rendered(
            to=message.to,
            subject=message.subject,
            body=message.body,
            html=html,
            language=language,
            reply_to=message.reply_to,
        )

    def format_email_subject(self, subject):
        return f"[{settings.WAGTAIL_SITE_NAME}] {subject}"

    def send_account_already_exists_mail(self, email):
        with translation.override(language_for_address(email)):
            super().send_account_already_exists_mail(email)

    def send_confirmation_mail(self, request, emailconfirmation, signup):
        language = language_for_address(emailconfirmation.email_address.email)
        with translation.override(language):
            super().send_confirmation_mail(request, emailconfirmation, signup)

    def send_password_reset_mail(self, user, email, context):
        with translation.override(preferred_language(user)):
            key = f"{context['uid']}-{context['key']}"
            context = {**context, "password_reset_url": self.get_reset_password_from_key_url(key)}
            super().send_password_reset_mail(user, email, context)

    def get_login_redirect_url(self, request):
        with translation.override(preferred_language(request.user)):
            return reverse("accounts:profile")

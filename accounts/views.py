import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import APIToken

from core.permissions import may

from . import services
from .forms import APITokenForm, DeleteAccountForm, LanguageSkillFormSet, ProfileForm
from .models import LanguageSkill, profile_for


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    user_profile = profile_for(request.user)
    skills = [
        {"language": skill.language, "level": skill.level}
        for skill in LanguageSkill.objects.filter(user=request.user)
    ]
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=user_profile)
        skill_forms = LanguageSkillFormSet(request.POST, initial=skills, prefix="skills")
        if form.is_valid() and skill_forms.is_valid():
            try:
                services.update_profile(
                    request.user,
                    display_name=form.cleaned_data["display_name"],
                    printed_name=form.cleaned_data["printed_name"],
                    printed_name_latin=form.cleaned_data["printed_name_latin"],
                    preferred_language=form.cleaned_data["preferred_language"],
                    language_skills=skill_forms.skills(),
                )
            except services.AccountError as error:
                form.add_error(None, error.message)
            else:
                return redirect_in_language(request, form.cleaned_data["preferred_language"])
    else:
        form = ProfileForm(instance=user_profile)
        skill_forms = LanguageSkillFormSet(initial=skills, prefix="skills")
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "skill_forms": skill_forms,
            "profile": user_profile,
            "is_team_member": may(request.user, "coordination.view_meeting"),
        },
    )


def redirect_in_language(request, language):
    """Back to the profile in the person's (possibly new) language, which also becomes the
    language of pages without a language prefix."""
    with translation.override(language):
        messages.success(request, _("Your profile has been saved."))
        response = redirect(reverse("accounts:profile"))
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, samesite="Lax")
    return response


@login_required
@require_http_methods(["GET"])
def export(request):
    data = services.export_user_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete(request):
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.delete_account(request.user, password=form.cleaned_data["password"], request=request)
        except services.AccountError as error:
            form.add_error(error.field, error.message)
        else:
            logout(request)
            messages.success(request, _("Your account and your data have been deleted."))
            return redirect(f"/{translation.get_language()}/")
    return render(request, "accounts/delete.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def api_tokens(request):
    """The person's own API tokens for apps: create one (its secret is shown on this answer only)
    or revoke one."""
    form = APITokenForm(request.POST or None)
    plaintext = None
    if request.method == "POST" and form.is_valid():
        try:
            _token, plaintext = services.create_api_token(request.user, name=form.cleaned_data["name"])
        except services.AccountError as error:
            form.add_error("name", error.message)
        else:
            form = APITokenForm()
    response = render(
        request,
        "accounts/api_tokens.html",
        {"form": form, "tokens": services.live_api_tokens(request.user), "new_token": plaintext},
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["POST"])
def revoke_api_token(request, pk):
    try:
        token = services.revoke_api_token(request.user, pk)
    except APIToken.DoesNotExist:
        raise Http404 from None
    messages.success(request, _("The token “%(name)s” is revoked.") % {"name": token.name})
    return redirect("accounts:api_tokens")

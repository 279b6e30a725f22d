from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import services
from .languages import SPOKEN_LANGUAGES, Level
from .models import Profile


class SignupForm(forms.Form):
    """Extra sign-up step for allauth: the new profile speaks the language the person signed up
    in."""

    def signup(self, request, user):
        services.create_profile(user, language=get_language())


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "printed_name", "printed_name_latin", "preferred_language"]


class LanguageSkillForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"), choices=[("", "---------"), *SPOKEN_LANGUAGES], required=False
    )
    level = forms.ChoiceField(label=_("Level"), choices=[("", "---------"), *Level.choices], required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("language") and not cleaned.get("level"):
            self.add_error("level", _("Choose how well you speak this language."))
        if cleaned.get("level") and not cleaned.get("language"):
            self.add_error("language", _("Choose the language."))
        return cleaned


class BaseLanguageSkillFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            if self.can_delete and self._should_delete_form(form):
                continue
            language = form.cleaned_data.get("language")
            if language and language in seen:
                form.add_error("language", _("You listed this language twice."))
            seen.add(language)

    def skills(self):
        """The (language, level) pairs kept after the edit, empty rows left out."""
        return [
            (form.cleaned_data["language"], form.cleaned_data["level"])
            for form in self.forms
            if form.cleaned_data.get("language") and not (self.can_delete and self._should_delete_form(form))
        ]


LanguageSkillFormSet = forms.formset_factory(
    LanguageSkillForm,
    formset=BaseLanguageSkillFormSet,
    extra=2,
    can_delete=True,
    max_num=len(SPOKEN_LANGUAGES),
    validate_max=True,
)


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To make sure it is you, type the password you sign in with."),
    )


class APITokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=services.API_TOKEN_NAME_MAX_LENGTH,
        help_text=_("What the token is for, e.g. “the city's app on my phone”."),
    )

"""Sign-up, request, check-in and coordinator forms. Each form's `payload()` is what the
matching service takes; the forms only collect and check input."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .choices import (
    SLOT_CHOICES,
    AgeBand,
    Audience,
    Gender,
    Goal,
    Interest,
    Language,
    LanguageLevel,
    Skill,
    VettingStatus,
)
from .models import CheckIn, District, Meetup, VolunteerProfile
from .models.followup import MeetupAttendance

LANGUAGE_ROWS = 4
SHARED_FIELDS = [
    "goals",
    "interests",
    "availability",
    "district",
    "online",
    "gender",
    "comfortable_with",
    "age_band",
]


def checkboxes(choices, label, required=False, help_text=""):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=required,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
    )


class ParticipantForm(forms.Form):
    """Fields both sides share. Languages are asked as rows of (language, level)."""

    availability = checkboxes(
        SLOT_CHOICES,
        _("When are you free each week?"),
        required=True,
        help_text=_("Choose all that suit you."),
    )
    district = forms.ModelChoiceField(
        label=_("District"), queryset=District.objects.all(), required=False, empty_label="—"
    )
    online = forms.BooleanField(label=_("I can meet online"), required=False)
    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices, initial=Gender.UNDISCLOSED)
    comfortable_with = checkboxes(
        Gender.choices[:3],
        _("I am comfortable being matched with"),
        help_text=_("Leave empty if anyone is fine."),
    )
    age_band = forms.ChoiceField(label=_("Age"), choices=[("", "—"), *AgeBand.choices], required=False)
    interests = checkboxes(Interest.choices, _("Interests"))

    def __init__(self, *args, programme, audience, **kwargs):
        super().__init__(*args, **kwargs)
        self.programme = programme
        for row in range(LANGUAGE_ROWS):
            self.fields[f"language_{row}"] = forms.ChoiceField(
                label=format_lazy(_("Language {number}"), number=row + 1),
                choices=[("", "—"), *Language.choices],
                required=row == 0,
            )
            self.fields[f"level_{row}"] = forms.ChoiceField(
                label=format_lazy(_("Your level in language {number}"), number=row + 1),
                choices=[("", "—"), *LanguageLevel.choices],
                required=row == 0,
            )
        self.questions = list(programme.questions.filter(audience=audience))
        for question in self.questions:
            self.fields[question.field_name] = forms.CharField(
                label=question.text,
                required=question.required,
                max_length=1000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        languages = [f"{kind}_{row}" for row in range(LANGUAGE_ROWS) for kind in ("language", "level")]
        self.order_fields(["goals", "needs_text", *languages])

    def clean(self):
        data = super().clean()
        languages = {}
        for row in range(LANGUAGE_ROWS):
            code, level = data.get(f"language_{row}"), data.get(f"level_{row}")
            if bool(code) != bool(level):
                raise ValidationError(_("Give both the language and your level."))
            if code:
                languages[code] = level
        data["languages"] = languages
        if not data.get("district") and not data.get("online"):
            raise ValidationError(_("Give your district or say that you can meet online."))
        return data

    def payload(self):
        data = self.cleaned_data
        payload = {name: data[name] for name in SHARED_FIELDS}
        payload["availability"] = [int(slot) for slot in data["availability"]]
        payload["languages"] = data["languages"]
        payload["answers"] = {question.text: data.get(question.field_name, "") for question in self.questions}
        return payload

    @staticmethod
    def initial_from(participant, user=None):
        """Reuse what a person told us in another programme or, the first time, the languages of
        their profile (those the programmes offer)."""
        if participant is not None:
            initial = {name: getattr(participant, name) for name in SHARED_FIELDS}
            languages = participant.languages
        else:
            initial, languages = {}, profile_languages(user)
        for row, (code, level) in enumerate(list(languages.items())[:LANGUAGE_ROWS]):
            initial[f"language_{row}"], initial[f"level_{row}"] = code, level
        return initial


def profile_languages(user):
    """The profile's languages spoken as {code: level}, in the programmes' codes and levels."""
    if user is None or not user.is_authenticated:
        return {}
    skills = user.language_skills.filter(language__in=Language.values).order_by("pk")
    levels = set(LanguageLevel.values)
    return {skill.language: skill.level.lower() for skill in skills if skill.level.lower() in levels}


class VolunteerForm(ParticipantForm):
    profession = forms.CharField(label=_("Profession"), max_length=120, required=False)
    skills = checkboxes(Skill.choices, _("Skills you can share"))
    goals = checkboxes(Goal.choices, _("What can you help with?"), required=True)
    capacity = forms.TypedChoiceField(
        label=_("How many people can you take?"), choices=[(n, n) for n in (1, 2, 3)], coerce=int, initial=1
    )
    background_check_consent = forms.BooleanField(label=_("I consent to a background check"), required=False)

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, programme=programme, audience=Audience.VOLUNTEERS, **kwargs)
        if programme.requires_background_check:
            self.fields["background_check_consent"].required = True
        else:
            del self.fields["background_check_consent"]

    def payload(self):
        payload = super().payload()
        for name in ("profession", "skills", "capacity"):
            payload[name] = self.cleaned_data[name]
        payload["background_check_consent"] = self.cleaned_data.get("background_check_consent", False)
        return payload


class MenteeForm(ParticipantForm):
    goals = checkboxes(Goal.choices, _("What would you like help with?"), required=True)
    needs_text = forms.CharField(
        label=_("Anything else we should know? (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    wanted_skills = checkboxes(Skill.choices, _("Skills you would like help with (optional)"))

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, programme=programme, audience=Audience.MENTEES, **kwargs)

    def payload(self):
        payload = super().payload()
        payload["needs_text"] = self.cleaned_data["needs_text"]
        payload["wanted_skills"] = self.cleaned_data["wanted_skills"]
        return payload


class VettingForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Decision"), choices=[c for c in VettingStatus.choices if c[0] != VettingStatus.PENDING]
    )
    note = forms.CharField(
        label=_("Note to the volunteer"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class TrainingForm(forms.ModelForm):
    class Meta:
        model = VolunteerProfile
        fields = ["training_date"]
        widgets = {"training_date": forms.DateInput(attrs={"type": "date"})}


class CheckInForm(forms.ModelForm):
    class Meta:
        model = CheckIn
        fields = ["met_on", "met", "hours", "how_it_goes", "note", "needs_help"]
        widgets = {
            "met_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Most check-ins are logged the day of the meeting, in the centre's time zone.
        self.fields["met_on"].initial = timezone.localdate


class CloseMatchForm(forms.Form):
    action = forms.ChoiceField(
        label=_("What do you want to do?"),
        choices=[("pause", _("Pause the match")), ("end", _("End the match"))],
    )
    reason = forms.CharField(label=_("Reason"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    feedback = forms.CharField(
        label=_("Feedback for the coordinator (optional)"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MeetupForm(forms.ModelForm):
    class Meta:
        model = Meetup
        fields = ["title", "venue", "starts_at", "ends_at"]
        widgets = {
            "starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "ends_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
        }


class RsvpForm(forms.Form):
    response = forms.ChoiceField(label=_("Will you come?"), choices=MeetupAttendance.Response.choices)

from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from coordination.models import Institution

from .choices import (
    AppointmentMode,
    AssistanceKind,
    CaseOutcome,
    Channel,
    Domain,
    Gender,
    LanguageHelp,
    ReferralOutcome,
    ResidenceCategory,
    Service,
    Vulnerability,
)


class RegisterVisitorForm(forms.Form):
    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices, widget=forms.RadioSelect)
    year_of_birth = forms.IntegerField(
        label=_("Year of birth"), required=False, min_value=1900, max_value=2200
    )
    citizenship = forms.CharField(label=_("Citizenship (country code)"), max_length=2, min_length=2)
    residence_category = forms.ChoiceField(label=_("Residence category"), choices=ResidenceCategory.choices)
    languages = forms.CharField(
        label=_("Languages (codes, separated by commas)"), required=False, max_length=100
    )
    consent_statistics = forms.BooleanField(label=_("Agrees to be registered and counted"), required=False)
    consent_contact = forms.BooleanField(label=_("Agrees to be contacted by the centre"), required=False)
    consent_referral = forms.BooleanField(
        label=_("Agrees that details are shared with institutions they are referred to"), required=False
    )
    first_name = forms.CharField(label=_("First name (optional)"), required=False, max_length=100)
    last_name = forms.CharField(label=_("Last name (optional)"), required=False, max_length=100)
    email = forms.EmailField(label=_("E-mail (optional)"), required=False)
    phone = forms.CharField(label=_("Phone (optional)"), required=False, max_length=40)


class FindByCodeForm(forms.Form):
    code = forms.CharField(label=_("Beneficiary code"), max_length=40)


class ContactForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    service = forms.ChoiceField(label=_("Service"), choices=Service.choices, widget=forms.RadioSelect)
    domains = forms.MultipleChoiceField(
        label=_("Domains"), choices=Domain.choices, widget=forms.CheckboxSelectMultiple
    )
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices)
    language_used = forms.CharField(label=_("Language used (code)"), required=False, max_length=10)
    language_help = forms.ChoiceField(label=_("Interpreter or mediator"), choices=LanguageHelp.choices)
    duration_minutes = forms.IntegerField(
        label=_("Duration in minutes"), min_value=1, max_value=600, initial=20
    )
    referral_institution = forms.ModelChoiceField(
        label=_("Referred to"), queryset=Institution.objects.none(), required=False
    )
    referral_outcome = forms.ChoiceField(
        label=_("Outcome of the referral"), choices=[("", "—"), *ReferralOutcome.choices], required=False
    )
    follow_up_on = forms.DateField(
        label=_("Follow up on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    note = forms.CharField(
        label=_("Short note"), required=False, max_length=500, widget=forms.Textarea(attrs={"rows": 3})
    )
    correction_reason = forms.CharField(
        label=_("Reason for the correction (only for a month already reported)"),
        required=False,
        max_length=1000,
    )

    def __init__(self, *args, centre, **kwargs):
        super().__init__(*args, **kwargs)
        institutions = centre.referral_institutions.all()
        self.fields["referral_institution"].queryset = (
            institutions if institutions.exists() else Institution.objects.all()
        )


class GroupContactForm(ContactForm):
    participant_count = forms.IntegerField(label=_("Number of participants"), min_value=1, max_value=10000)
    codes = forms.CharField(
        label=_("Codes of registered participants (optional, separated by commas)"),
        required=False,
        max_length=4000,
    )


class OpenCaseForm(forms.Form):
    needs_assessment = forms.CharField(label=_("Needs assessment"), max_length=5000, widget=forms.Textarea)
    vulnerabilities = forms.MultipleChoiceField(
        label=_("Vulnerability categories"),
        choices=Vulnerability.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    goals = forms.CharField(
        label=_("Goals"), max_length=3000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    caseworker = forms.ModelChoiceField(label=_("Caseworker"), queryset=None)
    deputy = forms.ModelChoiceField(label=_("Deputy"), queryset=None, required=False)

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["caseworker"].queryset = staff
        self.fields["deputy"].queryset = staff


class ProposeForm(forms.Form):
    kind = forms.ChoiceField(label=_("Assistance"), choices=AssistanceKind.choices)
    details = forms.CharField(
        label=_("What is proposed and why"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3})
    )


class DecisionForm(forms.Form):
    note = forms.CharField(
        label=_("Reason for the decision"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class CloseCaseForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=CaseOutcome.choices)


class CaseActionForm(forms.Form):
    description = forms.CharField(label=_("Action"), max_length=300)
    due_on = forms.DateField(
        label=_("Due on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class SlotForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=_("Starts at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    ends_at = forms.DateTimeField(
        label=_("Ends at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    capacity = forms.IntegerField(label=_("Places"), min_value=1, max_value=50, initial=1)


class BookingForm(forms.Form):
    topic = forms.ChoiceField(label=_("What is it about?"), choices=Domain.choices)
    counselling_language = forms.ChoiceField(
        label=_("In which language would you like to talk?"), required=False
    )
    mode = forms.ChoiceField(
        label=_("How"),
        choices=AppointmentMode.choices,
        widget=forms.RadioSelect,
        initial=AppointmentMode.IN_PERSON,
    )
    needs_interpreter = forms.BooleanField(label=_("I need an interpreter"), required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), required=False, max_length=40)

    def __init__(self, *args, centre, language, **kwargs):
        super().__init__(*args, **kwargs)
        codes = dict.fromkeys(
            [language, *centre.language_list, *(code for code, _name in settings.LANGUAGES)]
        )
        self.fields["counselling_language"].choices = [(code, language_name(code)) for code in codes]
        self.fields["counselling_language"].initial = language


def language_name(code):
    """A language's name in that language (as a person looks for their own), else its code."""
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


class ReportForm(forms.Form):
    activities = forms.CharField(
        label=_("Activities carried out"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    problems = forms.CharField(
        label=_("Problems and weak points that could harm the centre's work"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    portal_information = forms.CharField(
        label=_("Information for the portal (news, photos, press releases)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("What should be changed"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class PersonalDataForm(forms.Form):
    code = forms.CharField(label=_("Beneficiary code"), max_length=40)
    action = forms.ChoiceField(
        label=_("Request"), choices=[("export", _("Export the data")), ("erase", _("Erase the data"))]
    )

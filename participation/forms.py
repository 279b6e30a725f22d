from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Channel, Consultation, Domain, GoodPractice, Outcome, RequesterType
from .uploads import check_answer_attachment


class FilingForm(forms.Form):
    """What a person fills in to file a request or a petition online."""

    name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("Your e-mail address"), help_text=_("We send a link to confirm it, then the answer.")
    )
    postal_address = forms.CharField(label=_("Postal address (optional)"), max_length=300, required=False)
    requester_type = forms.ChoiceField(label=_("You are"), choices=RequesterType.choices)
    domain = forms.ChoiceField(label=_("Topic"), choices=Domain.choices)
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(
        label=_("Your request"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 6})
    )


class DeskRegistrationForm(FilingForm):
    """Staff register a case received on paper, by e-mail or by phone."""

    email = forms.EmailField(label=_("E-mail address"), required=False)
    channel = forms.ChoiceField(label=_("Received"), choices=[c for c in Channel.choices if c[0] != "online"])
    kind = forms.ChoiceField(
        label=_("Register"), choices=[("information", _("Information request")), ("petition", _("Petition"))]
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Assign to"), queryset=None)

    def __init__(self, *args, assignees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = assignees


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))
    days = forms.IntegerField(
        label=_("Days (petitions, at most 15)"), min_value=1, max_value=15, required=False
    )


class AnswerForm(forms.Form):
    text = forms.CharField(label=_("Answer"), max_length=20_000, widget=forms.Textarea(attrs={"rows": 6}))
    attachments = forms.FileField(label=_("Attachment (optional)"), required=False)

    def clean_attachments(self):
        upload = self.cleaned_data.get("attachments")
        if upload:
            check_answer_attachment(upload)
        return upload


class DraftForm(forms.Form):
    text = forms.CharField(
        label=_("Draft answer (seen only by the desk)"),
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class RefuseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Ground"),
        choices=[
            (Outcome.REFUSED_EXEMPT, Outcome.REFUSED_EXEMPT.label),
            (Outcome.REFUSED_NONEXISTENT, Outcome.REFUSED_NONEXISTENT.label),
        ],
    )
    reason = forms.CharField(label=_("Reason"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class RedirectForm(forms.Form):
    institution = forms.CharField(label=_("Institution it is forwarded to"), max_length=200)


class ComplaintForm(forms.Form):
    body = forms.CharField(
        label=_("Your complaint"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 4})
    )


class ServiceComplaintForm(forms.Form):
    """A complaint about the centre's services, filed by anyone."""

    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(
        label=_("Your e-mail address"), help_text=_("We send the registration number and the answer here.")
    )
    subject = forms.CharField(label=_("What is it about?"), max_length=200)
    body = forms.CharField(
        label=_("Your complaint"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 6})
    )


class ServiceComplaintAnswerForm(forms.Form):
    text = forms.CharField(label=_("Answer"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 4}))
    justified = forms.TypedChoiceField(
        label=_("The complaint is"),
        choices=[("yes", _("Justified")), ("no", _("Not justified"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )


class FrequentAnswerForm(forms.Form):
    question = forms.CharField(label=_("Question, as people ask it"), max_length=300)
    answer = forms.CharField(
        label=_("Answer, without personal details"),
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class ComplaintAnswerForm(forms.Form):
    complaint = forms.ModelChoiceField(queryset=None, widget=forms.HiddenInput)
    text = forms.CharField(label=_("Answer"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 4}))
    justified = forms.TypedChoiceField(
        label=_("The complaint is"),
        choices=[("yes", _("Justified")), ("no", _("Not justified"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["complaint"].queryset = case.complaints.filter(answered_at__isnull=True)


class CommentForm(forms.Form):
    author_name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("E-mail (optional, not published)"), required=False)
    body = forms.CharField(label=_("Your comment"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))
    proposed_text = forms.CharField(
        label=_("Proposed wording (optional)"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class FeedbackForm(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=2**31 - 1, widget=forms.HiddenInput)
    helpful = forms.TypedChoiceField(
        label=_("Was this page helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("What can we improve? (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class PracticeForm(forms.ModelForm):
    class Meta:
        model = GoodPractice
        fields = ["title", "problem", "what_was_done", "results", "resources", "contact", "locality", "topic"]
        widgets = {
            field: forms.Textarea(attrs={"rows": 4})
            for field in ["problem", "what_was_done", "results", "resources"]
        }


class AudienceRequestForm(forms.Form):
    official = forms.ChoiceField(label=_("With"))
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail address"))
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    topic = forms.CharField(label=_("Topic"), max_length=3000, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, officials, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["official"].choices = [(official, official) for official in officials]


class AudienceSlotForm(forms.Form):
    official = forms.CharField(label=_("Official"), max_length=120)
    starts_at = forms.DateTimeField(
        label=_("Starts at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    ends_at = forms.DateTimeField(
        label=_("Ends at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    place = forms.CharField(label=_("Place"), max_length=200)
    capacity = forms.IntegerField(label=_("People received"), min_value=1, max_value=50, initial=4)


class ConsultationForm(forms.Form):
    """Staff publish a draft for consultation. The draft's text is split into sections by lines
    that start with "# ", each the heading of the section below it."""

    title = forms.CharField(label=_("Title"), max_length=200)
    slug = forms.SlugField(label=_("Short name in the address"), max_length=80)
    summary = forms.CharField(
        label=_("Summary"), max_length=5_000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    opens_on = forms.DateField(label=_("Opens on"), widget=forms.DateInput(attrs={"type": "date"}))
    closes_on = forms.DateField(
        label=_("Closes on"),
        required=False,
        help_text=_("Leave empty for the law's minimum: 10 days after the opening (Law 52/2003, art. 7)."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    sections = forms.CharField(
        label=_("Draft, in sections"),
        max_length=500_000,
        help_text=_('Start each section with a line "# Heading".'),
        widget=forms.Textarea(attrs={"rows": 14}),
    )

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug == "new" or Consultation.objects.filter(slug=slug).exists():
            raise forms.ValidationError(_("Another consultation already uses this short name."))
        return slug

    def clean_sections(self):
        sections = []
        for line in self.cleaned_data["sections"].splitlines():
            if line.startswith("# "):
                sections.append([line[2:].strip()[:200], []])
            elif sections:
                sections[-1][1].append(line)
            elif line.strip():
                raise forms.ValidationError(_('Start each section with a line "# Heading".'))
        cleaned = [(heading, "\n".join(lines).strip()[:50_000]) for heading, lines in sections]
        if not cleaned or not all(heading and text for heading, text in cleaned):
            raise forms.ValidationError(_("Every section needs a heading and a text."))
        return cleaned


class ConsultationEditForm(ConsultationForm):
    """Staff correct a consultation; the service decides what may still change (Law 52/2003)."""

    adoption_on = forms.DateField(
        label=_("Planned adoption on"),
        help_text=_("At least 30 working days after the opening (Law 52/2003, art. 7)."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.consultation = consultation
        del self.fields["slug"]
        self.fields["closes_on"].required = True
        self.fields["closes_on"].help_text = _("At least 10 days after the opening (Law 52/2003, art. 7).")

    @staticmethod
    def sections_text(consultation):
        return "\n\n".join(f"# {section.heading}\n{section.text}" for section in consultation.sections.all())


class SurveyForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    slug = forms.SlugField(label=_("Short name in the address"), max_length=80)
    introduction = forms.CharField(
        label=_("Introduction"), max_length=5_000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    anonymous = forms.BooleanField(label=_("Anonymous answers"), required=False, initial=True)

    def __init__(self, *args, survey=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.survey = survey
        if survey is not None:
            del self.fields["slug"]

    def clean_slug(self):
        from .models import Survey

        slug = self.cleaned_data["slug"]
        if slug == "new" or Survey.objects.filter(slug=slug).exists():
            raise forms.ValidationError(_("Another survey already uses this short name."))
        return slug


class QuestionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of question"))
    text = forms.CharField(label=_("Question"), max_length=300)
    required = forms.BooleanField(label=_("An answer is required"), required=False)
    choices = forms.CharField(
        label=_("Choices, one a line"),
        required=False,
        max_length=10_000,
        help_text=_("For single and multiple choice: at least two."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    scale_min = forms.IntegerField(label=_("Scale from"), min_value=0, max_value=10, initial=1)
    scale_max = forms.IntegerField(label=_("Scale to"), min_value=0, max_value=10, initial=5)
    shown_if_choice = forms.ModelChoiceField(
        label=_("Show only to those who chose"), queryset=None, required=False
    )

    def __init__(self, *args, survey, question=None, **kwargs):
        from .models import Choice, QuestionKind

        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = QuestionKind.choices
        earlier = Choice.objects.filter(question__survey=survey).select_related("question")
        if question is not None:
            earlier = earlier.filter(question__position__lt=question.position)
        self.fields["shown_if_choice"].queryset = earlier.order_by("question__position", "position")
        self.fields["shown_if_choice"].label_from_instance = lambda choice: (
            f"{choice.question.text}: {choice.label}"
        )

    def clean_choices(self):
        return [line.strip() for line in self.cleaned_data["choices"].splitlines() if line.strip()]


class ProposalActionForm(forms.Form):
    objective = forms.ModelChoiceField(label=_("Strategic objective"), queryset=None)
    code = forms.CharField(label=_("Code"), max_length=10)
    starts_on = forms.DateField(label=_("Starts on"), widget=forms.DateInput(attrs={"type": "date"}))
    ends_on = forms.DateField(label=_("Ends on"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, **kwargs):
        from coordination.models import StrategicObjective

        super().__init__(*args, **kwargs)
        self.fields["objective"].queryset = StrategicObjective.objects.order_by("number")

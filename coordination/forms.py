from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from library.models import Audience

from . import limits
from .models import Action, ActionItemStatus, Answer, Body, Institution, Meeting, TeamMember


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class MeetingForm(forms.Form):
    body = forms.ModelChoiceField(label=_("Body"), queryset=Body.objects.all())
    title = forms.CharField(label=_("Title"), max_length=200)
    starts_at = forms.DateTimeField(label=_("Starts at"), widget=DateTimeInput())
    ends_at = forms.DateTimeField(label=_("Ends at"), widget=DateTimeInput())
    place = forms.CharField(label=_("Place"), max_length=255, required=False)
    online_url = forms.URLField(
        label=_("Online meeting link"), required=False, assume_scheme="https", max_length=200
    )
    agenda = forms.CharField(
        label=_("Agenda"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=limits.MAX_AGENDA_TEXT_LENGTH,
        help_text=_("One item per line, in order."),
    )

    def __init__(self, *args, meeting=None, **kwargs):
        if meeting is not None:
            kwargs.setdefault(
                "initial",
                {
                    "body": meeting.body,
                    "title": meeting.title,
                    "place": meeting.place,
                    "online_url": meeting.online_url,
                    "starts_at": timezone.localtime(meeting.starts_at),
                    "ends_at": timezone.localtime(meeting.ends_at),
                    "agenda": "\n".join(item.title for item in meeting.agenda_items.order_by("position")),
                },
            )
        super().__init__(*args, **kwargs)
        if meeting is not None:
            # Invitations went to this body's members: a meeting does not move to another body.
            self.fields["body"].disabled = True

    def clean_agenda(self):
        lines = [line.strip() for line in self.cleaned_data["agenda"].splitlines() if line.strip()]
        limits.check_agenda(lines)
        return lines

    def clean(self):
        data = super().clean()
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            self.add_error("ends_at", _("The meeting must end after it starts."))
        if not (data.get("place") or data.get("online_url")):
            raise forms.ValidationError(_("Give a place or an online meeting link."))
        return data


class MinutesUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Minutes file"),
        help_text=_("PDF, DOCX or ODT."),
        allow_empty_file=True,
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.odt"}),
    )


class MinutesWriteForm(forms.Form):
    decisions = forms.CharField(
        label=_("Decisions"),
        required=False,
        max_length=limits.MAX_DECISIONS_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, agenda_items, minutes=None, **kwargs):
        super().__init__(*args, **kwargs)
        summaries = minutes.item_summaries if minutes else {}
        self.agenda_fields = []
        for item in agenda_items:
            name = f"summary_{item.pk}"
            self.fields[name] = forms.CharField(
                label=_("Summary of item %(position)s: %(title)s")
                % {"position": item.position, "title": item.title},
                required=False,
                initial=summaries.get(str(item.pk), ""),
                max_length=limits.MAX_SUMMARY_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
            self.agenda_fields.append(name)
        if minutes:
            self.fields["decisions"].initial = minutes.decisions
        self.order_fields([*self.agenda_fields, "decisions"])

    def item_summaries(self):
        return {name.removeprefix("summary_"): self.cleaned_data[name] for name in self.agenda_fields}


class ActionItemForm(forms.Form):
    title = forms.CharField(label=_("Action item"), max_length=limits.MAX_ACTION_ITEM_LENGTH)
    owner_member = forms.ModelChoiceField(
        label=_("Owner (person)"), queryset=TeamMember.objects.all(), required=False
    )
    owner_institution = forms.ModelChoiceField(
        label=_("Owner (institution)"), queryset=Institution.objects.all(), required=False
    )
    due_date = forms.DateField(label=_("Due date"), widget=forms.DateInput(attrs={"type": "date"}))
    action = forms.ModelChoiceField(
        label=_("Action of the action plan it moves"), queryset=Action.objects.all(), required=False
    )

    def clean(self):
        data = super().clean()
        if bool(data.get("owner_member")) == bool(data.get("owner_institution")):
            raise forms.ValidationError(_("Choose one owner: a person or an institution."))
        return data


class ApproveForm(forms.Form):
    at_meeting = forms.ModelChoiceField(
        label=_("Approved at the meeting"),
        queryset=Meeting.objects.none(),
        required=False,
        help_text=_("Leave empty when the chair approves them."),
    )

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["at_meeting"].queryset = Meeting.objects.filter(
            body=meeting.body, starts_at__gt=meeting.starts_at
        ).select_related("body")


class PublishForm(forms.Form):
    audience = forms.ChoiceField(label=_("Publish to"), choices=Audience.choices, widget=forms.RadioSelect)


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Your answer"),
        choices=[(value, label) for value, label in Answer.choices if value != Answer.PENDING],
        widget=forms.RadioSelect,
    )
    deputy_name = forms.CharField(
        label=_("Name of your deputy"), max_length=limits.MAX_NAME_LENGTH, required=False
    )

    def clean(self):
        data = super().clean()
        if data.get("answer") == Answer.DEPUTY and not data.get("deputy_name", "").strip():
            self.add_error("deputy_name", _("Give the name of the deputy you are sending."))
        return data


class ActionItemStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ActionItemStatus.choices)

"""The event editor's form: a repeat picker that writes the RFC 5545 rule for editors (the raw
rule stays there for experts), and an organiser drop-down limited to people who may organise."""

import re

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm

from accounts.roles import COORDINATORS, EDITORS

#: People in this group may be chosen as an event's organiser, besides editors and coordinators.
ORGANISERS_GROUP = "Event organisers"
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
WEEKDAY_CHOICES = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]
REPEAT_CHOICES = [
    ("none", _("Does not repeat")),
    ("weekly", _("Every week, on the days chosen")),
    ("every_two_weeks", _("Every two weeks, on the days chosen")),
    ("monthly_weekday", _("Every month, on the n-th weekday")),
    ("custom", _("Custom rule (RFC 5545, for experts)")),
]
WEEK_OF_MONTH_CHOICES = [
    ("1", pgettext_lazy("week of the month", "first")),
    ("2", pgettext_lazy("week of the month", "second")),
    ("3", pgettext_lazy("week of the month", "third")),
    ("4", pgettext_lazy("week of the month", "fourth")),
    ("-1", pgettext_lazy("week of the month", "last")),
]
PICKED_RULE = re.compile(
    r"^FREQ=(?P<freq>WEEKLY|MONTHLY)(;INTERVAL=(?P<interval>2))?;BYDAY=(?P<days>[-0-9A-Z,]+)(;COUNT=(?P<count>\d+))?$"
)
NTH_WEEKDAY = re.compile(r"^(?P<week>-1|[1-4])(?P<day>MO|TU|WE|TH|FR|SA|SU)$")


def possible_organisers(current=None):
    """Active editors, coordinators and event organisers (and superusers), plus whoever is chosen
    already so that saving an event never drops its organiser."""
    allowed = Q(groups__name__in=[EDITORS, COORDINATORS, ORGANISERS_GROUP]) | Q(is_superuser=True)
    chosen = Q(pk=current) if current else Q(pk__in=[])
    users = get_user_model().objects.filter((allowed & Q(is_active=True)) | chosen)
    return users.distinct().order_by("first_name", "last_name", "email")


def picker_from_rule(rule):
    """The picker's initial values for a saved rule: a picked repeat, or `custom`."""
    if not rule:
        return {"repeat": "none"}
    match = PICKED_RULE.match(rule.upper().removeprefix("RRULE:"))
    if not match:
        return {"repeat": "custom"}
    days = match["days"].split(",")
    count = int(match["count"]) if match["count"] else None
    if match["freq"] == "WEEKLY" and all(day in WEEKDAYS for day in days):
        repeat = "every_two_weeks" if match["interval"] else "weekly"
        return {"repeat": repeat, "repeat_days": days, "repeat_count": count}
    nth = NTH_WEEKDAY.match(days[0]) if len(days) == 1 else None
    if match["freq"] == "MONTHLY" and nth and not match["interval"]:
        return {
            "repeat": "monthly_weekday",
            "repeat_days": [nth["day"]],
            "repeat_week": nth["week"],
            "repeat_count": count,
        }
    return {"repeat": "custom"}


def rule_from_picker(repeat, days, week, count, start):
    """The RFC 5545 rule the picker describes. Without days chosen, the start's weekday."""
    days = [day for day in WEEKDAYS if day in (days or [])] or [WEEKDAYS[timezone.localtime(start).weekday()]]
    if repeat == "monthly_weekday":
        parts = ["FREQ=MONTHLY", f"BYDAY={week}{days[0]}"]
    else:
        parts = [
            "FREQ=WEEKLY",
            *(["INTERVAL=2"] if repeat == "every_two_weeks" else []),
            "BYDAY=" + ",".join(days),
        ]
    if count:
        parts.append(f"COUNT={count}")
    return ";".join(parts)


class EventPageForm(WagtailAdminPageForm):
    repeat = forms.ChoiceField(label=_("Repeats"), choices=REPEAT_CHOICES, initial="none")
    repeat_days = forms.MultipleChoiceField(
        label=_("On"),
        choices=WEEKDAY_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For a monthly repeat, the first day chosen. None chosen: the weekday of the start."),
    )
    repeat_week = forms.ChoiceField(
        label=_("Which week of the month"), choices=WEEK_OF_MONTH_CHOICES, initial="1", required=False
    )
    repeat_count = forms.IntegerField(
        label=_("Number of dates"),
        required=False,
        min_value=1,
        max_value=500,
        help_text=_("Leave empty to repeat without end."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "organiser_user" in self.fields:
            self.fields["organiser_user"].queryset = possible_organisers(self.instance.organiser_user_id)
        if not self.is_bound:
            self.initial.update(picker_from_rule(self.instance.recurrence_rule))

    def clean(self):
        cleaned = super().clean()
        repeat = cleaned.get("repeat")
        if repeat == "none":
            cleaned["recurrence_rule"] = ""
        elif repeat in ("weekly", "every_two_weeks", "monthly_weekday") and cleaned.get("start"):
            cleaned["recurrence_rule"] = rule_from_picker(
                repeat,
                cleaned.get("repeat_days"),
                cleaned.get("repeat_week") or "1",
                cleaned.get("repeat_count"),
                cleaned["start"],
            )
        elif repeat == "custom" and not cleaned.get("recurrence_rule"):
            self.add_error("recurrence_rule", _("Write the rule, or choose how the event repeats."))
        return cleaned

from django import forms
from django.db import models


class ChoiceListField(models.JSONField):
    """A list of codes chosen from fixed choices, edited as checkboxes. Stored as JSON so it
    works the same on SQLite and PostgreSQL."""

    def __init__(self, *args, list_choices=(), **kwargs):
        self.list_choices = list(list_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("list_choices", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.list_choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {code for code, _label in self.list_choices}
        unknown = [code for code in value or [] if code not in allowed]
        if unknown:
            raise forms.ValidationError(self.error_messages["invalid_choice"], params={"value": unknown[0]})

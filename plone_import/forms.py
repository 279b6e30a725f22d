import zipfile

from django import forms
from django.utils.translation import gettext_lazy as _

ACCEPTED_SUFFIXES = (".zip", ".json")


class UploadForm(forms.Form):
    export = forms.FileField(
        label=_("Plone export"),
        help_text=_(
            "A ZIP of a plone.exportimport or collective.exportimport export, or collective.exportimport's "
            "content file (Plone.json) with files included as base-64."
        ),
    )
    dry_run = forms.BooleanField(label=_("Dry run: only report what would happen"), required=False)
    import_accounts = forms.BooleanField(
        label=_("Also import Plone users and groups (as accounts without passwords)"), required=False
    )

    def clean_export(self):
        upload = self.cleaned_data["export"]
        name = upload.name.lower()
        if not name.endswith(ACCEPTED_SUFFIXES):
            raise forms.ValidationError(_("Upload a .zip or .json file."))
        if name.endswith(".zip") and not zipfile.is_zipfile(upload):
            raise forms.ValidationError(_("This file is not a valid ZIP archive."))
        upload.seek(0)
        return upload

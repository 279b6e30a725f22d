"""Districts become a list the centre keeps (step 3 of 3): the free-text column goes."""

from django.db import migrations

MODELS = ("volunteerprofile", "menteerequest", "venue")


class Migration(migrations.Migration):
    dependencies = [("mentoring", "0004_districts_from_text")]

    operations = [
        *(migrations.RemoveField(model_name, "district") for model_name in MODELS),
        *(migrations.RenameField(model_name, "district_ref", "district") for model_name in MODELS),
    ]

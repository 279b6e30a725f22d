import django.utils.timezone
from django.db import migrations, models


def from_created_at(apps, schema_editor):
    apps.get_model("library", "LibraryDocument").objects.update(updated_at=models.F("created_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0009_languages_read_from_settings"),
    ]

    operations = [
        migrations.AddField(
            model_name="librarydocument",
            name="updated_at",
            field=models.DateTimeField(
                auto_now=True, db_index=True, default=django.utils.timezone.now, verbose_name="updated at"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(from_created_at, migrations.RunPython.noop),
    ]

"""Districts become a list the centre keeps (step 1 of 3): the District table and a new column
beside each free-text district; rounds record the most people their pool could match."""

import django.db.models.deletion
import django.db.models.functions.text
from django.db import migrations, models


def district_reference(related_name):
    return models.ForeignKey(
        null=True,
        blank=True,
        on_delete=django.db.models.deletion.PROTECT,
        related_name=related_name,
        to="mentoring.district",
        verbose_name="district",
    )


class Migration(migrations.Migration):
    dependencies = [("mentoring", "0002_coordinator_permissions")]

    operations = [
        migrations.CreateModel(
            name="District",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=80, verbose_name="name")),
                (
                    "aliases",
                    models.TextField(
                        blank=True,
                        help_text="One per line: other spellings people use for this district.",
                        verbose_name="other names",
                    ),
                ),
            ],
            options={
                "verbose_name": "district",
                "verbose_name_plural": "districts",
                "ordering": ["name"],
                "constraints": [
                    models.UniqueConstraint(
                        django.db.models.functions.text.Lower("name"), name="mentoring_district_name_unique"
                    )
                ],
            },
        ),
        migrations.AddField("volunteerprofile", "district_ref", district_reference("+")),
        migrations.AddField("menteerequest", "district_ref", district_reference("+")),
        migrations.AddField("venue", "district_ref", district_reference("venues")),
        migrations.AddField(
            model_name="matchinground",
            name="most_possible",
            field=models.PositiveIntegerField(blank=True, null=True),
        ),
    ]

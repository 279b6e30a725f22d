"""Formerly granted admin access to staff roles by hand. Roles and their permissions are now
declared once in core/roles.py and synced after every migrate; this step stays so the migration
graph of existing installations is unchanged."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_profile_display_name_language_skills"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = []

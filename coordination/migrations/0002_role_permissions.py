"""Formerly granted this app's permissions to roles by hand. Roles and their permissions are now
declared once in core/roles.py and synced after every migrate; this step stays so the migration
graph of existing installations is unchanged."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("coordination", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = []

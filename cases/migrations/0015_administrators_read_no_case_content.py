"""Administrators no longer read acts (the admin shows them a case's outline, not its content),
and staff status follows the Administrator role for everyone but superusers."""

from django.db import migrations

PERMISSION = ("cases", "view_act")


def _permission(apps):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label=PERMISSION[0], codename=PERMISSION[1]
    )


def revoke_and_align(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name="Administrator"):
        group.permissions.remove(*_permission(apps))
    people = apps.get_model("cases", "User").objects.filter(is_superuser=False)
    people.filter(groups__name="Administrator").update(is_staff=True)
    people.exclude(groups__name="Administrator").update(is_staff=False)


def grant(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name="Administrator"):
        group.permissions.add(*_permission(apps))


class Migration(migrations.Migration):
    dependencies = [("cases", "0014_administrators_read_the_access_log")]
    operations = [migrations.RunPython(revoke_and_align, grant)]

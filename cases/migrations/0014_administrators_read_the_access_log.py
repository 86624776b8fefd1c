"""Administrators can read the access log (who opened which case page) in the admin, by date."""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models

import cases.clock

PERMISSION = ("cases", "view_caseaccess")


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations run: create them now (as 0002 does).
    app_config = apps.get_app_config("cases")
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = models_module
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label=PERMISSION[0], codename=PERMISSION[1]
    )
    for group in apps.get_model("auth", "Group").objects.filter(name="Administrator"):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name="Administrator"):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label=PERMISSION[0], codename=PERMISSION[1]
            )
        )


class Migration(migrations.Migration):
    dependencies = [("cases", "0013_unit_code_and_name_unique_in_any_case")]
    operations = [
        migrations.RunPython(grant, revoke),
        *(
            migrations.AlterField(
                model_name=model,
                name="at",
                field=models.DateTimeField(
                    default=cases.clock.now, editable=False, verbose_name="when"
                ),
            )
            for model in ("caseaccess", "caseevent")
        ),
    ]

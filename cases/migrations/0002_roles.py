"""The four roles as groups, each with the permissions it needs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = {
    "Supervisor": ["cases.log_case"],
    "Reviewer": ["cases.review_case", "cases.view_dashboard"],
    "Board": ["cases.view_dashboard"],
    "Administrator": [
        "cases.view_dashboard",
        "cases.add_unit",
        "cases.change_unit",
        "cases.view_unit",
        "cases.add_user",
        "cases.change_user",
        "cases.view_user",
        "auth.view_group",
        "classification.change_reason",
        "classification.view_reason",
        "classification.change_failuretype",
        "classification.view_failuretype",
        "cases.view_case",
        "cases.view_act",
        "cases.view_caseevent",
    ],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations run; create them now so that the
    # groups can hold them on a fresh database.
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codes in ROLES.items():
        group, _ = Group.objects.get_or_create(name=role)
        permissions = []
        for code in codes:
            app_label, codename = code.split(".")
            permissions.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0001_initial"),
        ("classification", "0002_table_one"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(create_roles, remove_roles)]

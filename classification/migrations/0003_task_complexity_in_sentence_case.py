"""'Task complexity or unpredictability', in sentence case like the other four reasons' names (the
pages that take the name from code already wrote it so: one page showed both spellings)."""

from django.db import migrations

OLD, NEW = "Task Complexity or Unpredictability", "Task complexity or unpredictability"


def _rename(apps, old: str, new: str) -> None:
    Reason = apps.get_model("classification", "Reason")
    Reason.objects.filter(code="task_complexity", name=old).update(name=new)


def forwards(apps, schema_editor):
    _rename(apps, OLD, NEW)


def backwards(apps, schema_editor):
    _rename(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [("classification", "0002_table_one")]
    operations = [migrations.RunPython(forwards, backwards)]

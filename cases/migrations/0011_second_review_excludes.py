import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def mark_sole_proposers(apps, schema_editor):
    """Fill the new field for the cases already waiting, as `decisions.refresh_case_status` does."""
    Case = apps.get_model("cases", "Case")
    Decision = apps.get_model("cases", "Decision")
    proposers: dict[int, set[int]] = {}
    waiting = Decision.objects.filter(status="awaiting_second_review")
    for case_id, user_id in waiting.values_list("act__case_id", "decided_by_id").distinct():
        proposers.setdefault(case_id, set()).add(user_id)
    for case_id, users in proposers.items():
        if len(users) == 1:
            Case.objects.filter(pk=case_id).update(second_review_excludes_id=users.pop())


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0010_decided_queue_index"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="case",
            name="second_review_excludes",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(mark_sole_proposers, migrations.RunPython.noop, elidable=True),
    ]

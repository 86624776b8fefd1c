"""Table One of the report, word for word: three failure types, five reasons."""

from django.db import migrations

FAILURE_TYPES = [
    ("preventable", "Preventable", 1, "avoiding them in the future"),
    ("tolerable", "Tolerable", 2, "acknowledging them, without blame"),
    ("intelligent", "Intelligent", 3, "constructively exploiting them"),
]

REASONS = [
    (
        "deviation",
        "Deviation",
        "Deviation",
        1,
        "preventable",
        "People deliberately and often recklessly violate rules, instructions or codes of practice.",
        "Corrective and/or disciplinary procedures.",
    ),
    (
        "inattention",
        "Inattention",
        "Inattention",
        2,
        "preventable",
        "People accidentally violate rules, instructions or codes of practice.",
        "Refreshing of training/briefing/supervision, etc. Also, attempts to understand reasons for inattention, e.g., exhaustion?",
    ),
    (
        "lack_of_skill",
        "Lack of skill or ability",
        "Lack of skill",
        3,
        "preventable",
        "Despite best efforts, people do not have the requisite capability to avoid failure consistently.",
        "Review of recruitment as well as training, coaching, supervision and support. In a digital workforce, ‘capabilities’ encompass technological as well as cognitive tools.",
    ),
    (
        "task_complexity",
        "Task Complexity or Unpredictability",
        "Task complexity",
        4,
        "tolerable",
        "The job is, by its nature, too complex to be executed failure-free every time. Even if all rules are followed, things may not always turn out well, i.e., even genuine ‘best practice’ does not shield us from failure.",
        "Acknowledgement of the impossibility of guaranteeing absence of failure. This does not mean that MPS should drop its standards because ‘it’s all too difficult’; but a learning culture is one in which it is understood that not every single scenario can be predicted and not every risk avoided.",
    ),
    (
        "innovation",
        "Innovation",
        "Innovation",
        5,
        "intelligent",
        "There is an appetite for exploration and experimentation, which will not always work. Failures are seen as potentially useful and ‘intelligent’, i.e., they make sense in context, and provide valuable evidence of current problems and future possibilities.",
        "Encouragement of a culture of ‘promising practice’ (Hartley and Rashman, 2018), which nudges us away from the rigidity of one-size-fits-all solutions. Possibilities for innovation are collectively debated, so that (individual) innovation does not come full circle and become (individual) deviation.",
    ),
]


def load(apps, schema_editor):
    FailureType = apps.get_model("classification", "FailureType")
    Reason = apps.get_model("classification", "Reason")
    types = {}
    for code, name, position, learning in FAILURE_TYPES:
        types[code], _ = FailureType.objects.update_or_create(
            code=code, defaults={"name": name, "position": position, "learning": learning}
        )
    for code, name, short_name, position, type_code, elaboration, response in REASONS:
        Reason.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "short_name": short_name,
                "position": position,
                "failure_type": types[type_code],
                "elaboration": elaboration,
                "response": response,
            },
        )


def unload(apps, schema_editor):
    apps.get_model("classification", "Reason").objects.all().delete()
    apps.get_model("classification", "FailureType").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("classification", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]

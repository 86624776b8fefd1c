"""The model of failure from Table One of the report: three failure types, five reasons.

Codes and spectrum positions are fixed (the engine names reasons by code); only the wording is
editable, in the admin.
"""

from django.db import models


class FailureTypeQuerySet(models.QuerySet):
    def in_spectrum_order(self):
        return self.order_by("position")


class FailureType(models.Model):
    code = models.SlugField(max_length=20, unique=True)
    name = models.CharField(max_length=50)
    learning = models.CharField(
        "what learning means", max_length=200, help_text="How the organisation learns from it."
    )
    position = models.PositiveSmallIntegerField(unique=True)

    objects = FailureTypeQuerySet.as_manager()

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.name


class ReasonQuerySet(models.QuerySet):
    def in_spectrum_order(self):
        return self.select_related("failure_type").order_by("position")

    def as_dict(self) -> dict[str, "Reason"]:
        return {reason.code: reason for reason in self.in_spectrum_order()}


class Reason(models.Model):
    """A reason for failure, placed on the spectrum from blame (1) to praise (5)."""

    code = models.SlugField(max_length=20, unique=True)
    name = models.CharField(max_length=60)
    short_name = models.CharField(max_length=30)
    position = models.PositiveSmallIntegerField(unique=True, help_text="1 = blame … 5 = praise")
    failure_type = models.ForeignKey(FailureType, on_delete=models.PROTECT, related_name="reasons")
    elaboration = models.TextField()
    response = models.TextField("organisational response")

    objects = ReasonQuerySet.as_manager()

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.name


class ReasonCode(models.TextChoices):
    """The five reasons by stable code, in spectrum order (equal to the engine's codes)."""

    DEVIATION = "deviation", "Deviation"
    INATTENTION = "inattention", "Inattention"
    LACK_OF_SKILL = "lack_of_skill", "Lack of skill or ability"
    TASK_COMPLEXITY = "task_complexity", "Task complexity or unpredictability"
    INNOVATION = "innovation", "Innovation"


class FailureTypeCode(models.TextChoices):
    PREVENTABLE = "preventable", "Preventable"
    TOLERABLE = "tolerable", "Tolerable"
    INTELLIGENT = "intelligent", "Intelligent"

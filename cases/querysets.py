"""Named reads: views ask for what they mean, not for filter chains."""

from django.db import models
from django.utils import timezone

from .choices import OPEN_STATUSES, ActionStatus, DecisionStatus


class CaseQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def visible_to_supervisor(self, user):
        """Cases of the supervisor's own units (and any they logged themselves)."""
        return self.filter(models.Q(unit__in=user.units.all()) | models.Q(logged_by=user))

    def for_list(self):
        return self.select_related("unit", "reviewer", "logged_by")


class DecisionQuerySet(models.QuerySet):
    def current(self):
        """Decisions that stand: not sent back and not superseded by a re-assessment."""
        return self.filter(
            status__in=[DecisionStatus.CONFIRMED, DecisionStatus.AWAITING_SECOND_REVIEW]
        )

    def confirmed(self):
        return self.filter(status=DecisionStatus.CONFIRMED)


class LearningActionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=ActionStatus.OPEN)

    def overdue(self):
        return self.open().filter(due_date__lt=timezone.localdate())

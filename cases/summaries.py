"""The Board dashboard's summary tables, kept up to date by `cases.metrics_store`.

Counting decided acts straight from decisions means finding each act's latest confirmed decision
among a million, joined to its case: seconds, not milliseconds. These tables hold that answer
already, written in the same transaction as the decision (see `metrics_store.record_decision`):

- `DecidedAct`: one row per act that has a current (confirmed) decision — what it counts as;
- `ReasonTally`: decided acts counted by month, unit, category and decided reason (and how many
  of them differed from the suggested reason);
- `PresumedTally`: the same by what the referral presumed and what was decided;
- `DelayTally`: decided acts counted by month, unit, category and whole days from logging;
- `SecondReview`: one row per decision that a second reviewer concurred with or sent back;
- `LearningActionFact` and `LearningActionTally`: learning actions, by kind and status.

Narrow tallies, not one wide one: each dashboard question sums a few thousand rows, not a
hundred thousand.

They name no person and hold no narrative. Models refer to the case models by label only, so that
this module imports nothing from `cases.models` (which imports it).
"""

from django.db import models


class DecidedAct(models.Model):
    """What one decided act counts as on the dashboard (its latest confirmed decision)."""

    act = models.OneToOneField(
        "cases.Act", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    decision = models.ForeignKey("cases.Decision", on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey("cases.Unit", on_delete=models.CASCADE, related_name="+")
    category = models.CharField(max_length=20)
    presumed_reason = models.CharField(max_length=20)
    primary_reason = models.CharField(max_length=20)
    suggested_reason = models.CharField(max_length=20)
    decided_at = models.DateTimeField()
    month = models.DateField(help_text="First day of the month decided (local time).")
    days = models.PositiveIntegerField(help_text="Whole days from logging the case to decision.")

    def __str__(self) -> str:
        return f"Act {self.act_id}: {self.primary_reason}"


class ReasonTally(models.Model):
    """Decided acts by month, unit, category and decided reason; `differed`: of which the
    decided reason was not the engine's suggestion."""

    month = models.DateField()
    unit = models.ForeignKey("cases.Unit", on_delete=models.CASCADE, related_name="+")
    category = models.CharField(max_length=20)
    primary_reason = models.CharField(max_length=20)
    acts = models.IntegerField(default=0)
    differed = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["month", "unit", "category", "primary_reason"], name="reason_tally_key"
            )
        ]
        indexes = [models.Index(fields=["unit", "month"], name="reason_tally_unit")]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.primary_reason}: {self.acts}"


class PresumedTally(models.Model):
    """Decided acts by month, unit, category, what the referral presumed and what was decided."""

    month = models.DateField()
    unit = models.ForeignKey("cases.Unit", on_delete=models.CASCADE, related_name="+")
    category = models.CharField(max_length=20)
    presumed_reason = models.CharField(max_length=20)
    primary_reason = models.CharField(max_length=20)
    acts = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["month", "unit", "category", "presumed_reason", "primary_reason"],
                name="presumed_tally_key",
            )
        ]
        indexes = [models.Index(fields=["unit", "month"], name="presumed_tally_unit")]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.presumed_reason}→{self.primary_reason}: {self.acts}"


class DelayTally(models.Model):
    month = models.DateField()
    unit = models.ForeignKey("cases.Unit", on_delete=models.CASCADE, related_name="+")
    category = models.CharField(max_length=20)
    days = models.PositiveIntegerField()
    acts = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["month", "unit", "category", "days"], name="delay_tally_key"
            )
        ]
        indexes = [models.Index(fields=["unit", "month"], name="delay_tally_unit")]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.days} days: {self.acts}"


class SecondReview(models.Model):
    """A second reviewer's concurrence with, or sending back of, one decision."""

    decision = models.OneToOneField(
        "cases.Decision", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    month = models.DateField()
    unit = models.ForeignKey("cases.Unit", on_delete=models.CASCADE, related_name="+")
    category = models.CharField(max_length=20)
    concurred = models.BooleanField()

    class Meta:
        indexes = [models.Index(fields=["month"], name="second_review_month")]

    def __str__(self) -> str:
        return f"Decision {self.decision_id}: {'concurred' if self.concurred else 'sent back'}"


class LearningActionFact(models.Model):
    """What one learning action counts as (kept to undo its count when it changes)."""

    action = models.OneToOneField(
        "cases.LearningAction", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    month = models.DateField(help_text="First day of the month it was agreed (local time).")
    unit = models.ForeignKey("cases.Unit", on_delete=models.CASCADE, related_name="+")
    category = models.CharField(max_length=20)
    kind = models.CharField(max_length=30)
    status = models.CharField(max_length=10)
    due_date = models.DateField(help_text="When due, for open actions; the month, for done ones.")

    def __str__(self) -> str:
        return f"Learning action {self.action_id}: {self.kind}, {self.status}"


class LearningActionTally(models.Model):
    """Learning actions by month agreed, unit, category, kind and status; open ones also by
    due date, so that overdue ones can be counted on any day."""

    month = models.DateField()
    unit = models.ForeignKey("cases.Unit", on_delete=models.CASCADE, related_name="+")
    category = models.CharField(max_length=20)
    kind = models.CharField(max_length=30)
    status = models.CharField(max_length=10)
    due_date = models.DateField()
    actions = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["month", "unit", "category", "kind", "status", "due_date"],
                name="action_tally_key",
            )
        ]
        indexes = [models.Index(fields=["unit", "month"], name="action_tally_unit")]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.kind} {self.status}: {self.actions}"

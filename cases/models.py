"""Units, people and failure cases: a case holds acts; each act is assessed and decided on its own.

Layering: choices → models (single-row state changes as methods) → services (workflows) → views.
"""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Upper
from django.utils import timezone

from classification.models import ReasonCode

from . import clock
from .choices import (
    OPEN_STATUSES,
    ActionKind,
    ActionStatus,
    AssessmentStatus,
    Category,
    DecisionStatus,
    EventKind,
    HarmSeverity,
    Origin,
    Presumed,
    Status,
)
from .querysets import CaseQuerySet, DecisionQuerySet, LearningActionQuerySet


class Unit(models.Model):
    """A borough command unit (BCU) or department."""

    code = models.CharField(max_length=12, unique=True)
    name = models.CharField(max_length=100)

    class Meta:
        ordering = ["name"]
        # Lists show names only: two units that differ only in case could not be told apart.
        constraints = [
            models.UniqueConstraint(
                Upper("code"),
                name="unit_code_unique_in_any_case",
                violation_error_message="There is already a unit with this code.",
            ),
            models.UniqueConstraint(
                Upper("name"),
                name="unit_name_unique_in_any_case",
                violation_error_message="There is already a unit with this name.",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    units = models.ManyToManyField(Unit, blank=True, related_name="members")

    def has_role(self, role: str) -> bool:
        return self.groups.filter(name=role).exists()


class AppendOnly(models.Model):
    """Rows that are written once and never changed or deleted through the app (audit)."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise ValueError(f"{self._meta.verbose_name_plural.capitalize()} are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError(f"{self._meta.verbose_name_plural.capitalize()} are append-only.")


class Case(models.Model):
    # Assigned from the primary key in the same transaction as the insert, hence briefly null.
    reference = models.CharField(  # noqa: DJ001
        max_length=20, unique=True, null=True, editable=False
    )
    title = models.CharField(max_length=120)
    occurred_at = models.DateTimeField("when it happened")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="cases")
    category = models.CharField(max_length=20, choices=Category)
    summary = models.TextField("what happened", max_length=5000)
    origin = models.CharField("how it arose", max_length=20, choices=Origin)
    presumed_reason = models.CharField(
        "what the referral presumed", max_length=20, choices=Presumed, default=Presumed.NOT_STATED
    )
    subject_reference = models.CharField("subject officer's staff reference", max_length=20)
    welfare_offered = models.BooleanField("welfare support offered", default=False)
    welfare_note = models.CharField(max_length=500, blank=True)
    harm_severity = models.CharField(max_length=30, choices=HarmSeverity, blank=True)
    status = models.CharField(max_length=30, choices=Status, default=Status.LOGGED)
    logged_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="logged_cases")
    reviewer = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="reviewed_cases"
    )
    created_at = models.DateTimeField(default=clock.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # Set while the decisions awaiting a second review here are all one reviewer's, who cannot
    # give that review: the queue's second-review tab leaves the case out of their list.
    second_review_excludes = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, editable=False, related_name="+"
    )
    version = models.PositiveIntegerField(default=1)
    # The log form's one-time key: a double-clicked submit finds the case already made.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    objects = CaseQuerySet.as_manager()

    class Meta:
        permissions = [
            ("log_case", "Can log failure cases for their units"),
            ("review_case", "Can triage, classify and decide cases"),
            ("view_dashboard", "Can view the Organisational Learning Board dashboard"),
        ]
        indexes = [
            models.Index(fields=["status", "-created_at", "-id"], name="case_status_created"),
            models.Index(
                fields=["reviewer", "status", "-created_at", "-id"], name="case_reviewer_status"
            ),
            models.Index(fields=["unit", "-created_at", "-id"], name="case_unit_created"),
            models.Index(fields=["logged_by", "-created_at", "-id"], name="case_logger_created"),
            # The triage queue walks open cases in date order: partial indexes keep that a
            # short index scan however many closed cases pile up.
            models.Index(
                fields=["created_at", "id"],
                condition=models.Q(status__in=OPEN_STATUSES),
                name="case_open_created",
            ),
            models.Index(
                fields=["occurred_at", "id"],
                condition=models.Q(status__in=OPEN_STATUSES),
                name="case_open_occurred",
            ),
            models.Index(
                fields=["created_at", "id"],
                condition=models.Q(status__in=OPEN_STATUSES, reviewer__isnull=True),
                name="case_unassigned_created",
            ),
            # The "Decided, to close" tab sorted by incident date (by logging date it uses
            # case_status_created).
            models.Index(
                fields=["occurred_at", "id"],
                condition=models.Q(status=Status.DECIDED),
                name="case_decided_occurred",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    @property
    def is_open(self) -> bool:
        return self.status not in {Status.DECIDED, Status.CLOSED}

    @property
    def age_days(self) -> int:
        return (timezone.now() - self.created_at).days


class Act(models.Model):
    """The single act or omission to be assessed."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="acts")
    number = models.PositiveSmallIntegerField()
    description = models.TextField(max_length=2000)
    added_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=clock.now, editable=False)

    class Meta:
        ordering = ["case", "number"]
        constraints = [models.UniqueConstraint(fields=["case", "number"], name="act_number")]

    def __str__(self) -> str:
        return f"Act {self.number}"


class CaseEvent(AppendOnly):
    """The case timeline: append-only (PostgreSQL refuses UPDATE and DELETE by trigger)."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="events")
    act = models.ForeignKey(Act, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    actor = models.ForeignKey(User, on_delete=models.PROTECT, null=True, related_name="+")
    at = models.DateTimeField("when", default=clock.now, editable=False)
    kind = models.CharField(max_length=30, choices=EventKind)
    message = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = "timeline event"
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["case", "at"], name="event_case_at")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} by {self.actor} at {self.at:%d %b %Y %H:%M}"


class CaseAccess(AppendOnly):
    """Who opened which case page, and when: the read side of the audit trail (append-only)."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="accesses")
    user = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField("when", default=clock.now, editable=False)
    path = models.CharField(max_length=200)

    class Meta:
        verbose_name = "case access"
        verbose_name_plural = "case accesses"
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["case", "-at"], name="access_case_at")]

    def __str__(self) -> str:
        return f"{self.user} opened {self.path} at {self.at:%d %b %Y %H:%M}"


class Assessment(models.Model):
    """One reviewer's walk through the questionnaire for one act."""

    act = models.ForeignKey(Act, on_delete=models.CASCADE, related_name="assessments")
    reviewer = models.ForeignKey(User, on_delete=models.PROTECT, related_name="assessments")
    engine_version = models.CharField(max_length=20)
    answers = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=20, choices=AssessmentStatus, default=AssessmentStatus.IN_PROGRESS
    )
    result = models.JSONField(null=True, blank=True)
    supersedes = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="superseded_by"
    )
    reassessment_reason = models.TextField(blank=True)
    started_at = models.DateTimeField(default=clock.now, editable=False)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["act", "started_at", "id"]

    def __str__(self) -> str:
        return f"Assessment of {self.act} ({self.get_status_display()})"


class Decision(models.Model):
    """The reviewer's decision on an act: accept the suggestion or override it with a rationale."""

    act = models.ForeignKey(Act, on_delete=models.CASCADE, related_name="decisions")
    assessment = models.ForeignKey(Assessment, on_delete=models.PROTECT, related_name="decisions")
    decided_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="decisions")
    suggested_reason = models.CharField(max_length=20, choices=ReasonCode)
    primary_reason = models.CharField(max_length=20, choices=ReasonCode)
    override_rationale = models.TextField(blank=True)
    contributing = models.JSONField(default=list, blank=True)
    system_factors = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=30, choices=DecisionStatus)
    second_reviewer = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="second_reviews"
    )
    second_review_comment = models.TextField(blank=True)
    second_reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=clock.now, editable=False)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        ordering = ["act", "created_at", "id"]

    def __str__(self) -> str:
        return f"{self.act}: {self.get_primary_reason_display()}"

    @property
    def overridden(self) -> bool:
        return self.primary_reason != self.suggested_reason


class LearningAction(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="learning_actions")
    act = models.ForeignKey(
        Act, on_delete=models.CASCADE, null=True, blank=True, related_name="learning_actions"
    )
    kind = models.CharField(max_length=30, choices=ActionKind)
    description = models.TextField(max_length=1000)
    owner = models.CharField(max_length=100, help_text="Who will make it happen (name or role).")
    due_date = models.DateField()
    status = models.CharField(max_length=10, choices=ActionStatus, default=ActionStatus.OPEN)
    created_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=clock.now, editable=False)
    completed_at = models.DateTimeField(null=True, blank=True)

    objects = LearningActionQuerySet.as_manager()

    class Meta:
        ordering = ["due_date", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.description[:40]}"

    @property
    def overdue(self) -> bool:
        return self.status == ActionStatus.OPEN and self.due_date < timezone.localdate()


# The dashboard's summary tables live in their own module; importing them registers them here.
from .summaries import (  # noqa: E402, F401
    DecidedAct,
    DelayTally,
    LearningActionFact,
    LearningActionTally,
    PresumedTally,
    ReasonTally,
    SecondReview,
)

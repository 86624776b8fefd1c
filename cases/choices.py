"""Enumerations for cases, in the report's and the conduct regulations' own words."""

from django.db import models

from classification.models import ReasonCode


class Category(models.TextChoices):
    USE_OF_FORCE = "use_of_force", "Use of force"
    DRIVING = "driving", "Driving"
    CUSTODY = "custody", "Custody"
    INFORMATION = "information", "Information and data"
    INVESTIGATION = "investigation", "Investigation"
    PUBLIC_ORDER = "public_order", "Public order"
    OTHER = "other", "Other"


class Origin(models.TextChoices):
    SELF_REPORT = "self_report", "Self-report"
    SUPERVISOR = "supervisor", "Supervisor"
    COMPLAINT = "complaint", "Complaint"
    CONDUCT_REFERRAL = "conduct_referral", "Conduct referral"


Presumed = models.TextChoices(
    "Presumed",
    [("NOT_STATED", ("not_stated", "Not stated"))]
    + [(member.name, (member.value, member.label)) for member in ReasonCode],
)


class Status(models.TextChoices):
    LOGGED = "logged", "Logged"
    IN_REVIEW = "in_review", "In review"
    AWAITING_SECOND_REVIEW = "awaiting_second_review", "Awaiting second review"
    DECIDED = "decided", "Decided"
    CLOSED = "closed", "Closed"


OPEN_STATUSES = (Status.LOGGED, Status.IN_REVIEW, Status.AWAITING_SECOND_REVIEW)


class HarmSeverity(models.TextChoices):
    NONE = "none", "None"
    MINOR = "minor", "Minor"
    MODERATE = "moderate", "Moderate"
    SERIOUS = "serious", "Serious"
    DEATH_OR_SERIOUS_INJURY = "death_or_serious_injury", "Death or serious injury"


class EventKind(models.TextChoices):
    LOGGED = "logged", "Case logged"
    EDITED = "edited", "Case edited"
    ASSIGNED = "assigned", "Assigned"
    UNASSIGNED = "unassigned", "Unassigned"
    ACT_ADDED = "act_added", "Act added"
    ASSESSMENT_STARTED = "assessment_started", "Assessment started"
    ASSESSMENT_TAKEN_OVER = "assessment_taken_over", "Assessment taken over"
    ASSESSMENT_DISCARDED = "assessment_discarded", "Assessment discarded"
    ANSWERED = "answered", "Question answered"
    ASSESSMENT_COMPLETED = "assessment_completed", "Assessment completed"
    HARM_RECORDED = "harm_recorded", "Harm recorded"
    DECISION = "decision", "Decision recorded"
    SECOND_REVIEW = "second_review", "Second review"
    LEARNING_ACTION = "learning_action", "Learning action"
    CLOSED = "closed", "Case closed"
    REOPENED = "reopened", "Case reopened"
    COMMENT = "comment", "Comment"


class AssessmentStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETE = "complete", "Complete"
    SUPERSEDED = "superseded", "Superseded"


class DecisionStatus(models.TextChoices):
    AWAITING_SECOND_REVIEW = "awaiting_second_review", "Awaiting second review"
    CONFIRMED = "confirmed", "Confirmed"
    SENT_BACK = "sent_back", "Sent back"
    SUPERSEDED = "superseded", "Superseded"


class ActionKind(models.TextChoices):
    TRAINING = "training", "Training or briefing refresh"
    SUPERVISION = "supervision", "Supervision"
    WELFARE_REFERRAL = "welfare_referral", "Welfare referral"
    PROCEDURE_REVIEW = "procedure_review", "Procedure review"
    EQUIPMENT = "equipment", "Equipment or tools"
    PROMISING_PRACTICE = "promising_practice", "Promising practice write-up"
    SEVERITY_REFERRAL = "severity_referral", "Severity assessment referral"


class ActionStatus(models.TextChoices):
    OPEN = "open", "Open"
    DONE = "done", "Done"

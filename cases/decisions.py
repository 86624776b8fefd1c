"""The human decides: accept or override the suggestion, two people for blame, learning actions.

Each function is keyword-only, validates before writing, and writes its timeline event and the
dashboard's summaries (`metrics_store.record_decision`) in the same transaction.
"""

import datetime as dt
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from classification.engine import SystemFactor
from classification.models import ReasonCode

from . import clock, metrics_store, services
from .assessments import AssessmentError, latest_assessment, result_of
from .choices import (
    ActionKind,
    ActionStatus,
    AssessmentStatus,
    DecisionStatus,
    EventKind,
    Status,
)
from .models import Act, Assessment, Case, Decision, LearningAction, User
from .roles import REVIEW_CASE

NEEDS_SECOND_REVIEW = {ReasonCode.DEVIATION}
STANDING = (DecisionStatus.CONFIRMED, DecisionStatus.AWAITING_SECOND_REVIEW)
REPLACED = "A newer assessment of this act has replaced this one."


def _name(user: User) -> str:
    return user.get_full_name() or user.username


def _label(code: str) -> str:
    return ReasonCode(code).label


def _when(moment: dt.datetime) -> str:
    return f"{timezone.localtime(moment):%H:%M on %-d %b}"


@transaction.atomic
def decision_record(
    *,
    assessment: Assessment,
    by: User,
    primary: str,
    rationale: str = "",
    contributing: Iterable[str] = (),
    system_factors: Iterable[str] = (),
) -> Decision:
    """Decide an act: the suggested reason, or another one with a written rationale.

    A Deviation decision waits for a second reviewer's concurrence; any other is confirmed at
    once and supersedes the act's earlier decisions. Side effects: event 'decision recorded',
    the case's status, the dashboard's summaries.
    """
    act = Act.objects.select_for_update().get(pk=assessment.act_id)
    assessment = Assessment.objects.get(pk=assessment.pk)
    if assessment.reviewer_id != by.pk:
        raise AssessmentError(
            f"Only {_name(assessment.reviewer)}, who assessed this act, can decide it.", 403
        )
    if assessment.status != AssessmentStatus.COMPLETE:
        raise AssessmentError("Complete the questionnaire before deciding.")
    if latest_assessment(act).pk != assessment.pk:
        raise AssessmentError(REPLACED)
    if earlier := assessment.decisions.filter(status__in=STANDING).first():
        who = "You" if earlier.decided_by_id == by.pk else _name(earlier.decided_by)
        raise AssessmentError(
            f"{who} decided this act already, as {_label(earlier.primary_reason)}, at "
            f"{_when(earlier.created_at)}: this decision was not recorded."
        )
    if primary not in ReasonCode.values:
        raise AssessmentError("Choose a reason for failure.", 400)
    suggested = result_of(assessment).primary.value
    rationale = rationale.strip()
    if primary != suggested and not rationale:
        raise AssessmentError(
            f"You chose {_label(primary)} rather than the suggested {_label(suggested)}: "
            "say why in the rationale.",
            400,
        )
    contributing = sorted({code for code in contributing if code in ReasonCode.values} - {primary})
    # Two people for blame: Deviation as the primary reason or as a contributing one.
    blamed = NEEDS_SECOND_REVIEW.intersection([primary, *contributing])
    decision = Decision.objects.create(
        act=act,
        assessment=assessment,
        decided_by=by,
        suggested_reason=suggested,
        primary_reason=primary,
        override_rationale=rationale,
        contributing=contributing,
        system_factors=sorted(set(system_factors) & {str(factor) for factor in SystemFactor}),
        status=DecisionStatus.AWAITING_SECOND_REVIEW if blamed else DecisionStatus.CONFIRMED,
    )
    if decision.status == DecisionStatus.CONFIRMED:
        _supersede_earlier(decision)
        message = f"Decided: {_label(primary)}"
    else:
        also = "".join(f", with {_label(code)} contributing" for code in sorted(blamed - {primary}))
        message = f"Proposed {_label(primary)}{also}: a second reviewer must concur"
    if decision.overridden:
        message += f" (suggestion was {_label(suggested)}). Rationale: {rationale}"
    services.record(
        case=act.case,
        kind=EventKind.DECISION,
        actor=by,
        act=act,
        message=message,
        data={"primary": primary, "suggested": suggested, "status": decision.status},
    )
    metrics_store.record_decision(decision)
    refresh_case_status(act.case)
    return decision


@transaction.atomic
def second_review_record(
    *, decision: Decision, by: User, concur: bool, comment: str = ""
) -> Decision:
    """A different reviewer concurs with a Deviation decision or sends it back with a comment.

    Side effects: event 'second review', the case's status, the dashboard's summaries.
    """
    decision = Decision.objects.select_for_update().select_related("act").get(pk=decision.pk)
    if not by.has_perm(REVIEW_CASE):
        raise AssessmentError("Only reviewers can give a second review.", 403)
    if decision.status != DecisionStatus.AWAITING_SECOND_REVIEW:
        if decision.second_reviewer_id:
            sent_back = decision.status == DecisionStatus.SENT_BACK
            verdict = "sent back" if sent_back else "concurred with"
            who = "You" if decision.second_reviewer_id == by.pk else _name(decision.second_reviewer)
            raise AssessmentError(
                f"{who} {verdict} this decision already, at "
                f"{_when(decision.second_reviewed_at)}: your second review was not recorded."
            )
        raise AssessmentError("This decision is not waiting for a second review.")
    if decision.decided_by_id == by.pk:
        raise AssessmentError(
            "Two people for blame: the second review must come from a different reviewer.", 403
        )
    comment = comment.strip()
    if not concur and not comment:
        raise AssessmentError("Say why you are sending the decision back.", 400)
    decision.status = DecisionStatus.CONFIRMED if concur else DecisionStatus.SENT_BACK
    decision.second_reviewer = by
    decision.second_review_comment = comment
    decision.second_reviewed_at = clock.now()
    decision.save(
        update_fields=["status", "second_reviewer", "second_review_comment", "second_reviewed_at"]
    )
    if concur:
        _supersede_earlier(decision)
    verdict = "Concurred with" if concur else "Sent back"
    services.record(
        case=decision.act.case,
        kind=EventKind.SECOND_REVIEW,
        actor=by,
        act=decision.act,
        message=f"{verdict} {_label(decision.primary_reason)}"
        + (f": {comment}" if comment else ""),
        data={"concur": concur},
    )
    metrics_store.record_decision(decision)
    refresh_case_status(decision.act.case)
    return decision


def _supersede_earlier(decision: Decision) -> None:
    earlier = decision.act.decisions.filter(status__in=STANDING).exclude(pk=decision.pk)
    for old in earlier:
        old.status = DecisionStatus.SUPERSEDED
        old.save(update_fields=["status"])
        metrics_store.record_decision(old)
    Assessment.objects.filter(act=decision.act, status=AssessmentStatus.COMPLETE).exclude(
        pk=decision.assessment_id
    ).update(status=AssessmentStatus.SUPERSEDED)


@transaction.atomic
def assessment_discard(*, assessment: Assessment, by: User) -> Act:
    """Throw away an assessment in progress (a re-assessment started by mistake, or one nobody
    will finish): the act stands as it did before it, its earlier decision included.

    Its answers stay on the timeline, as answered. Side effects: event 'assessment discarded';
    the case's status.
    """
    assessment = (
        Assessment.objects.select_for_update().select_related("act__case").get(pk=assessment.pk)
    )
    act, case = assessment.act, assessment.act.case
    if assessment.status != AssessmentStatus.IN_PROGRESS:
        raise AssessmentError("Only an assessment in progress can be discarded.")
    if by.pk not in {assessment.reviewer_id, case.reviewer_id}:
        raise AssessmentError(
            f"Only {_name(assessment.reviewer)}, who is answering it, or the case's reviewer can "
            "discard this assessment.",
            403,
        )
    answered, pk = len(assessment.answers), assessment.pk
    assessment.delete()
    services.record(
        case=case,
        kind=EventKind.ASSESSMENT_DISCARDED,
        actor=by,
        act=act,
        message=f"Discarded with {answered} answer{'s' if answered != 1 else ''} given; "
        "the act stands as it did before.",
        data={"assessment": pk},
    )
    refresh_case_status(case)
    return act


def refresh_case_status(case: Case) -> Case:
    """Decided when every act has a confirmed decision; waiting while any needs a second review."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status == Status.CLOSED:
        return case
    states = services.act_standings(case)
    if DecisionStatus.AWAITING_SECOND_REVIEW in states:
        target = Status.AWAITING_SECOND_REVIEW
    elif services.all_confirmed(states):
        target = Status.DECIDED
    else:
        target = Status.IN_REVIEW
    excludes = _sole_proposer(case) if target == Status.AWAITING_SECOND_REVIEW else None
    if target != case.status:
        extra = (
            {"decided_at": clock.now()} if target == Status.DECIDED and not case.decided_at else {}
        )
        services.set_status(case, target, second_review_excludes_id=excludes, **extra)
    elif case.second_review_excludes_id != excludes:
        Case.objects.filter(pk=case.pk).update(second_review_excludes_id=excludes)
        case.second_review_excludes_id = excludes
    return case


def _sole_proposer(case: Case) -> int | None:
    """The reviewer whose decisions are all that await a second review here, if only one's do."""
    waiting = Decision.objects.filter(act__case=case, status=DecisionStatus.AWAITING_SECOND_REVIEW)
    proposers = set(waiting.values_list("decided_by", flat=True))
    return proposers.pop() if len(proposers) == 1 else None


@transaction.atomic
def learning_action_add(
    *,
    case: Case,
    by: User,
    kind: str,
    description: str,
    owner: str,
    due_date: dt.date,
    act: Act | None = None,
) -> LearningAction:
    """Record what the organisation will do.

    Side effects: event 'learning action'; the dashboard's learning-action counts.
    """
    if kind not in ActionKind.values:
        raise AssessmentError("Choose the kind of learning action.", 400)
    if Case.objects.select_for_update().get(pk=case.pk).status == Status.CLOSED:
        raise AssessmentError("The case is closed. Reopen it to add a learning action.")
    action = LearningAction.objects.create(
        case=case,
        act=act,
        kind=kind,
        description=description.strip(),
        owner=owner.strip(),
        due_date=due_date,
        created_by=by,
    )
    metrics_store.record_learning_action(action)
    services.record(
        case=case,
        kind=EventKind.LEARNING_ACTION,
        actor=by,
        act=act,
        message=f"Added: {action.get_kind_display()}: {action.description} "
        f"(owner {action.owner}, due {due_date:%d %b %Y})",
    )
    return action


@transaction.atomic
def learning_action_set_status(*, action: LearningAction, by: User, status: str) -> LearningAction:
    """Mark a learning action done or open again.

    Side effects: event 'learning action'; the dashboard's learning-action counts.
    """
    if status not in ActionStatus.values:
        raise AssessmentError("Choose open or done.", 400)
    action = LearningAction.objects.select_for_update().get(pk=action.pk)
    if action.status == status:
        return action
    action.status = status
    action.completed_at = clock.now() if status == ActionStatus.DONE else None
    action.save(update_fields=["status", "completed_at"])
    metrics_store.record_learning_action(action)
    services.record(
        case=action.case,
        kind=EventKind.LEARNING_ACTION,
        actor=by,
        act=action.act,
        message=f"{'Done' if status == ActionStatus.DONE else 'Reopened'}: {action.description}",
    )
    return action

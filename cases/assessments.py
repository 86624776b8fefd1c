"""The questionnaire for one act: start, answer, complete; harm recorded only after classification.

Each function is keyword-only, validates before writing, and writes its timeline event in the
same transaction. Refusals raise AssessmentError with a message for the person and an HTTP status.
"""

import hashlib
import json
from dataclasses import dataclass

from django.db import transaction

from classification.engine import (
    CURRENT_VERSION,
    Answer,
    AnswerError,
    Choice,
    Graph,
    IncompleteAnswers,
    Result,
    answers_from_dict,
    answers_to_dict,
    check_answer,
    classify,
    get_graph,
    result_from_dict,
    walk,
)

from . import clock, services
from .choices import AssessmentStatus, DecisionStatus, EventKind, HarmSeverity, Status
from .models import Act, Assessment, Case, Decision, User
from .roles import REVIEW_CASE


class AssessmentError(Exception):
    """A refused step, with the message to show and the HTTP status that fits it."""

    def __init__(self, message: str, status: int = 409):
        super().__init__(message)
        self.message = message
        self.status = status


def graph_of(assessment: Assessment) -> Graph:
    return get_graph(assessment.engine_version)


def answers_of(assessment: Assessment) -> dict[str, Answer]:
    return answers_from_dict(assessment.answers)


def answer_seen(assessment: Assessment, question_id: str) -> str:
    """A short fingerprint of the stored answer to one question ('none' before it is answered):
    a question's page carries it, so that an answer saved meanwhile elsewhere is not overwritten
    unseen."""
    given = assessment.answers.get(question_id)
    if not given:
        return "none"
    return hashlib.sha256(json.dumps(given, sort_keys=True).encode()).hexdigest()[:16]


def result_of(assessment: Assessment) -> Result | None:
    return result_from_dict(assessment.result) if assessment.result else None


def latest_assessment(act: Act) -> Assessment | None:
    return act.assessments.order_by("-started_at", "-id").first()


def _name(user: User) -> str:
    return user.get_full_name() or user.username


@transaction.atomic
def assessment_start(*, act: Act, by: User, reason: str = "") -> Assessment:
    """Start assessing an act, or re-assessing a completed one (which needs a reason).

    Side effects: assigns an unassigned case to `by`; moves the case back into review;
    timeline event 'assessment started'. Returns the reviewer's own assessment in progress if
    there is one.
    """
    if not by.has_perm(REVIEW_CASE):
        raise AssessmentError("Only reviewers assess acts.", 403)
    case = Case.objects.select_for_update().get(pk=act.case_id)
    if case.status == Status.CLOSED:
        raise AssessmentError("The case is closed. Reopen it before assessing an act again.")
    previous = latest_assessment(act)
    supersedes = None
    reason = reason.strip()
    if previous and previous.status == AssessmentStatus.IN_PROGRESS:
        if previous.reviewer_id == by.pk:
            return previous
        raise AssessmentError(f"{_name(previous.reviewer)} is already assessing this act.")
    if previous and previous.status == AssessmentStatus.COMPLETE:
        if previous.decisions.filter(status=DecisionStatus.AWAITING_SECOND_REVIEW).exists():
            raise AssessmentError("This act's decision is waiting for a second reviewer.")
        if not reason:
            raise AssessmentError(
                "Say why the act is being assessed again (for example, new evidence).", 400
            )
        if "\x00" in reason:  # PostgreSQL cannot store it
            raise AssessmentError(
                "The reason contains a null character, which cannot be stored: remove it.", 400
            )
        supersedes = previous
    if case.reviewer_id is None:
        case = services.case_assign(case=case, to=by, by=by)
    if case.status in {Status.DECIDED, Status.LOGGED}:
        services.set_status(case, Status.IN_REVIEW)
    assessment = Assessment.objects.create(
        act=act,
        reviewer=by,
        engine_version=CURRENT_VERSION,
        supersedes=supersedes,
        reassessment_reason=reason,
    )
    services.record(
        case=case,
        kind=EventKind.ASSESSMENT_STARTED,
        actor=by,
        act=act,
        message=f"Re-assessment: {reason}" if supersedes else "",
    )
    return assessment


def _own_and_open(assessment: Assessment, by: User) -> None:
    if assessment.reviewer_id != by.pk:
        raise AssessmentError(
            f"This assessment belongs to {_name(assessment.reviewer)}; only they can change it.",
            403,
        )
    if assessment.status != AssessmentStatus.IN_PROGRESS:
        raise AssessmentError(
            "This assessment is complete, so its answers can no longer change. "
            "Start a re-assessment to change them."
        )


def _locked(assessment: Assessment) -> Assessment:
    """The assessment, read again and locked for this transaction (only its own row: the act and
    case come in the same query, for the timeline, without being locked)."""
    return (
        Assessment.objects.select_for_update(of=("self",))
        .select_related("act__case")
        .get(pk=assessment.pk)
    )


@transaction.atomic
def assessment_take_over(*, assessment: Assessment, by: User) -> Assessment:
    """The case's reviewer carries on an assessment someone else started and left (the case was
    reassigned, say), with the answers so far. Side effects: event 'assessment taken over'."""
    assessment = _locked(assessment)
    case = assessment.act.case
    if assessment.status != AssessmentStatus.IN_PROGRESS:
        raise AssessmentError("This assessment is no longer in progress: nothing to take over.")
    if assessment.reviewer_id == by.pk:
        return assessment
    if case.reviewer_id != by.pk:
        raise AssessmentError(
            f"Only the case's reviewer can take over {_name(assessment.reviewer)}'s assessment: "
            "assign the case to yourself first.",
            403,
        )
    before = assessment.reviewer
    assessment.reviewer = by
    assessment.save(update_fields=["reviewer"])
    services.record(
        case=case,
        kind=EventKind.ASSESSMENT_TAKEN_OVER,
        actor=by,
        act=assessment.act,
        message=f"From {_name(before)}, with the answers given so far",
    )
    return assessment


@dataclass(frozen=True)
class Answered:
    next_question: str | None
    discarded: tuple[str, ...]


@transaction.atomic
def answer_record(
    *,
    assessment: Assessment,
    by: User,
    question_id: str,
    choice: str,
    text: str = "",
    seen: str | None = None,
) -> Answered:
    """Save one answer, re-walk the path and drop answers no longer on it.

    `seen`: the question's `answer_seen` when its page was shown; if it has changed since (an
    answer saved in another window), nothing is saved. Side effects: the assessment's stored
    answers; timeline event 'question answered'.
    """
    assessment = _locked(assessment)
    _own_and_open(assessment, by)
    if seen is not None and seen != answer_seen(assessment, question_id):
        raise AssessmentError(f"{question_id} was answered in another window meanwhile.")
    graph = graph_of(assessment)
    question = graph.questions.get(question_id)
    if question is None:
        raise AssessmentError(f"There is no question {question_id} in this questionnaire.", 400)
    answers = answers_of(assessment)
    before = walk(graph, answers)
    on_path = {step.question_id for step in before.path}
    if question_id not in on_path and (before.next is None or before.next.id != question_id):
        expected = before.next.id if before.next else "none: check your answers"
        raise AssessmentError(
            f"{question_id} is not on this assessment's path; the next question is {expected}."
        )
    if choice not in Choice:
        raise AssessmentError("Choose Yes, No or Not established.", 400)
    answer = Answer(choice=Choice(choice), text=(text or "").strip())
    try:
        check_answer(question, answer)
    except AnswerError as error:
        raise AssessmentError(error.message, 400) from error
    answers[question_id] = answer
    after = walk(graph, answers)
    for stale in after.stale:
        del answers[stale]
    assessment.answers = answers_to_dict(answers)
    assessment.save(update_fields=["answers"])
    message = f"{question_id}: {Choice(choice).label}"
    if after.stale:
        message += f". No longer on the path, so discarded: {', '.join(after.stale)}"
    services.record(
        case=assessment.act.case,
        kind=EventKind.ANSWERED,
        actor=by,
        act=assessment.act,
        message=message,
    )
    return Answered(
        next_question=after.next.id if after.next else None, discarded=tuple(after.stale)
    )


@transaction.atomic
def assessment_complete(*, assessment: Assessment, by: User) -> Assessment:
    """Classify the answers and store the result with the graph version that produced it.

    Side effects: status complete; timeline event 'assessment completed'.
    """
    assessment = _locked(assessment)
    _own_and_open(assessment, by)
    try:
        result = classify(graph_of(assessment), answers_of(assessment))
    except IncompleteAnswers as error:
        raise AssessmentError(
            f"Answer every question on the path first: {error.question_id} is next."
        ) from error
    except AnswerError as error:
        raise AssessmentError(f"{error.question_id}: {error.message}", 400) from error
    assessment.result = result.to_dict()
    assessment.status = AssessmentStatus.COMPLETE
    assessment.completed_at = clock.now()
    assessment.save(update_fields=["result", "status", "completed_at"])
    provisional = (
        f", provisional: {len(result.open_points)} open point(s)" if result.provisional else ""
    )
    services.record(
        case=assessment.act.case,
        kind=EventKind.ASSESSMENT_COMPLETED,
        actor=by,
        act=assessment.act,
        message=f"Suggested reason: {result.primary.label}{provisional}",
        data={"primary": result.primary.value, "version": result.version},
    )
    return assessment


def harm_refusal(assessment: Assessment) -> str | None:
    """Why the harm may not be recorded from this assessment yet, or None: outcome-blind, it is
    asked only once the act's decision stands confirmed (not while undecided, waiting for a
    second reviewer, or sent back). A replaced assessment is a record only; see its callers."""
    last = assessment.decisions.order_by("-created_at", "-id").first()
    if last is not None and last.status == DecisionStatus.CONFIRMED:
        return None
    if last is None:
        return "Decide this act before recording the harm."
    if last.status == DecisionStatus.AWAITING_SECOND_REVIEW:
        return (
            "This act's decision is waiting for a second reviewer: record the harm once they "
            "have concurred."
        )
    return "This act's decision was sent back: decide it again before recording the harm."


@transaction.atomic
def harm_record(*, assessment: Assessment, by: User, severity: str) -> Case:
    """Record how serious the harm was, from an act whose decision stands (`harm_refusal`).

    Outcome-blind classification: the engine never sees this. Side effects: event 'harm recorded'.
    """
    if severity not in HarmSeverity.values:
        raise AssessmentError("Choose how serious the harm was.", 400)
    case = Case.objects.select_for_update().get(pk=assessment.act.case_id)
    if case.status == Status.CLOSED:
        raise AssessmentError("The case is closed. Reopen it to change the harm.")
    if refusal := harm_refusal(assessment):
        raise AssessmentError(refusal)
    if case.harm_severity == severity:  # as recorded already: nothing to add to the timeline
        return case
    before = case.get_harm_severity_display() or "not recorded"
    case.harm_severity = severity
    case.save(update_fields=["harm_severity", "updated_at"])
    services.record(
        case=case,
        kind=EventKind.HARM_RECORDED,
        actor=by,
        message=f"Harm: {case.get_harm_severity_display()} (was {before.lower()})",
    )
    return case


def current_decision(act: Act) -> Decision | None:
    """The decision that stands for the act, if any (awaiting second review counts as pending)."""
    return (
        act.decisions.filter(
            status__in=[DecisionStatus.CONFIRMED, DecisionStatus.AWAITING_SECOND_REVIEW]
        )
        .order_by("-created_at", "-id")
        .first()
    )

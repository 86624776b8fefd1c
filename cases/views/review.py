"""Reviewers: the result of an act's assessment, the decision, second review, learning actions."""

from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from cases import decisions
from cases.access import case_for, open_case
from cases.assessment_forms import (
    DecisionForm,
    HarmForm,
    LearningActionForm,
    SecondReviewForm,
)
from cases.assessments import (
    AssessmentError,
    harm_record,
    harm_refusal,
    latest_assessment,
    result_of,
)
from cases.choices import ActionKind, ActionStatus, AssessmentStatus, DecisionStatus, Status
from cases.models import Assessment, Decision, LearningAction
from cases.outcomes import (
    Combination,
    combination_of,
    decision_made,
    harm_shown,
    recommendation_for,
)
from cases.roles import REVIEW_CASE
from cases.views.questionnaire import assessment_for, next_url, refused
from classification.models import Reason


def review_context(request: HttpRequest, assessment: Assessment, **forms) -> dict:
    result = result_of(assessment)
    reasons = Reason.objects.as_dict()
    decision_list = list(assessment.decisions.select_related("decided_by", "second_reviewer"))
    standing = next((d for d in reversed(decision_list) if d.status in decisions.STANDING), None)
    # Once a decision is made the page speaks for the reason decided, not the suggestion.
    decided = decision_made(decision_list)
    recommendation = recommendation_for(result, decided)
    response_combination = (
        combination_of(decided)
        if decided
        else Combination(
            contributing=tuple(r.label for r in result.contributing),
            system_factors=tuple(f.label for f in result.system_factors),
        )
    )
    act = assessment.act
    # The act's assessments in the order latest_assessment() uses: this one is replaced when
    # any came after it, and the newest of those is the one to go to.
    history = list(act.assessments.order_by("started_at", "id").select_related("reviewer"))
    position = next(i for i, a in enumerate(history) if a.pk == assessment.pk)
    replaced_by = history[-1] if position < len(history) - 1 else None
    current = replaced_by is None
    return {
        "assessment": assessment,
        "act": act,
        "case": act.case,
        "result": result,
        "recommendation": recommendation,
        "reason": reasons[result.primary.value],
        "decided": decided,
        "response_reason": reasons[recommendation.reason.value],
        "response_combination": response_combination,
        "reasons": list(reasons.values()),
        "decisions": [(d, combination_of(d), reasons[d.primary_reason]) for d in decision_list],
        "standing": standing,
        "is_current": current,
        # Outcome-blind: the harm (even as recorded from another act) shows only once this
        # act's decision stands confirmed, never while it is being classified or concurred with.
        "harm_open": current
        and standing is not None
        and standing.status == DecisionStatus.CONFIRMED,
        "case_open": act.case.status != Status.CLOSED,
        "replaced_by": replaced_by,
        "may_decide": current
        and standing is None
        and assessment.status == AssessmentStatus.COMPLETE
        and assessment.reviewer_id == request.user.pk,
        "may_second_review": current
        and standing is not None
        and standing.status == DecisionStatus.AWAITING_SECOND_REVIEW
        and standing.decided_by_id != request.user.pk,
        "decision_form": forms.get("decision_form")
        or DecisionForm(
            suggested=result.primary.value,
            initial={
                "primary": result.primary.value,
                "contributing": [str(r) for r in result.contributing],
                "system_factors": [str(f) for f in result.system_factors],
            },
        ),
        "second_review_form": forms.get("second_review_form") or SecondReviewForm(),
        "harm_form": forms.get("harm_form")
        or HarmForm(initial={"severity": act.case.harm_severity or None}),
        "action_form": forms.get("action_form")
        or LearningActionForm(initial={"kind": (recommendation.learning_action_kinds or ("",))[0]}),
        "actions": act.learning_actions.order_by("due_date", "id"),
        "suggested_kinds": [ActionKind(k).label for k in recommendation.learning_action_kinds],
        "earlier": history[:position][::-1],
    }


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_GET
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """The suggestion and its path, the recommended response (for the reason decided, once one
    is), the decision, the harm and the learning actions."""
    assessment = assessment_for(request, pk, record=True)
    if assessment.status == AssessmentStatus.IN_PROGRESS:
        return redirect(next_url(assessment))
    return render(request, "cases/review.html", review_context(request, assessment))


def _unfinished(request: HttpRequest, assessment: Assessment, doing: str) -> HttpResponse | None:
    """Refuse what needs the act classified (a decision, the harm, a learning action) while its
    assessment is still in progress: nothing is written, and the questionnaire is the way on."""
    if assessment.status != AssessmentStatus.IN_PROGRESS:
        return None
    error = AssessmentError(f"Complete the questionnaire before {doing}.")
    return refused(request, error, next_url(assessment))


def _undecided(request: HttpRequest, assessment: Assessment) -> HttpResponse | None:
    """Refuse the harm until this act's decision stands (`harm_refusal`), with the decision as
    the way on. A replaced assessment is left to `_post_outcome`, which refuses it as a record."""
    if latest_assessment(assessment.act).pk != assessment.pk:
        return None
    if message := harm_refusal(assessment):
        here = reverse("cases:review", args=[assessment.pk]) + "#decision"
        return refused(request, AssessmentError(message), here)
    return None


def _post_outcome(
    request, assessment, form_name, form, action, success: str | Callable[..., str]
) -> HttpResponse:
    """Run a service for a valid form; re-show the page with errors, or refuse with a 4xx.

    `success` is the message, or a function of what the service returned that gives it.
    A replaced assessment is a record only: whatever is posted to it is refused.
    """
    here = reverse("cases:review", args=[assessment.pk])
    if latest_assessment(assessment.act).pk != assessment.pk:
        return refused(request, AssessmentError(decisions.REPLACED), here)
    if not form.is_valid():
        context = review_context(request, assessment, **{form_name: form})
        return render(request, "cases/review.html", context)
    try:
        outcome = action(form.cleaned_data)
    except AssessmentError as error:
        typed = [
            (form[name].label, value)
            for name, value in form.cleaned_data.items()
            if isinstance(form.fields[name], forms.CharField) and value
        ]
        return refused(request, error, here, typed)
    messages.success(request, success(outcome) if callable(success) else success)
    return redirect("cases:review", pk=assessment.pk)


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_POST
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept the suggestion or override it with a rationale."""
    assessment = assessment_for(request, pk)
    if refusal := _unfinished(request, assessment, "deciding"):
        return refusal
    form = DecisionForm(request.POST, suggested=result_of(assessment).primary.value)
    return _post_outcome(
        request,
        assessment,
        "decision_form",
        form,
        lambda data: decisions.decision_record(
            assessment=assessment,
            by=request.user,
            primary=data["primary"],
            rationale=data["rationale"],
            contributing=data["contributing"],
            system_factors=data["system_factors"],
        ),
        lambda decision: (
            "Your decision is recorded."
            if decision.status == DecisionStatus.CONFIRMED
            else "Your proposal is recorded. It is not yet a decision: it stands only once a "
            "different reviewer concurs with it."
        ),
    )


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_POST
def second_review(request: HttpRequest, pk: int) -> HttpResponse:
    """A second reviewer concurs with a Deviation decision or sends it back."""
    decision = get_object_or_404(Decision.objects.select_related("assessment", "decided_by"), pk=pk)
    assessment = assessment_for(request, decision.assessment_id)
    form = SecondReviewForm(request.POST)
    return _post_outcome(
        request,
        assessment,
        "second_review_form",
        form,
        lambda data: decisions.second_review_record(
            decision=decision,
            by=request.user,
            concur=data["verdict"] == "concur",
            comment=data["comment"],
        ),
        _second_review_said,
    )


def _second_review_said(decision: Decision) -> str:
    if decision.status == DecisionStatus.CONFIRMED:
        return f"You concurred: the decision ({decision.get_primary_reason_display()}) stands."
    proposer = decision.decided_by.get_full_name() or decision.decided_by.username
    return f"You sent the decision back: it goes back to {proposer} to decide again."


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_POST
def harm(request: HttpRequest, pk: int) -> HttpResponse:
    """Record how serious the harm was, now that this act's decision stands."""
    assessment = assessment_for(request, pk)
    # Outcome-blind: the harm is asked only once this act's decision stands.
    if refusal := _unfinished(request, assessment, "recording the harm"):
        return refusal
    if refusal := _undecided(request, assessment):
        return refusal
    return _post_outcome(
        request,
        assessment,
        "harm_form",
        HarmForm(request.POST),
        lambda data: harm_record(assessment=assessment, by=request.user, severity=data["severity"]),
        "The harm is recorded. It played no part in the classification.",
    )


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_POST
def add_action(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a learning action for the act."""
    assessment = assessment_for(request, pk)
    if refusal := _unfinished(request, assessment, "adding a learning action"):
        return refusal
    return _post_outcome(
        request,
        assessment,
        "action_form",
        LearningActionForm(request.POST),
        lambda data: decisions.learning_action_add(
            case=assessment.act.case, act=assessment.act, by=request.user, **data
        ),
        "The learning action is recorded.",
    )


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_POST
def action_status(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark a learning action done, or open again."""
    action = get_object_or_404(LearningAction.objects.select_related("case"), pk=pk)
    case = case_for(request.user, action.case.reference)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("cases:detail", args=[case.reference])
    try:
        action = decisions.learning_action_set_status(
            action=action, by=request.user, status=request.POST.get("status", "")
        )
    except AssessmentError as error:
        return refused(request, error, back)
    state = "done" if action.status == ActionStatus.DONE else "open again"
    messages.success(request, f"Learning action {state}: {action.description[:80]}")
    return redirect(back)


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_GET
def summary(request: HttpRequest, reference: str) -> HttpResponse:
    """Everything a reviewer would file, laid out for printing."""
    case = open_case(request, reference)
    reasons = Reason.objects.as_dict()
    acts = []
    # Prefetched in the models' own order (started_at, id), so an act's last assessment is its
    # current one, as latest_assessment() has it; a fixed number of queries however many acts.
    for act in case.acts.order_by("number").prefetch_related(
        "assessments__reviewer",
        "assessments__decisions__decided_by",
        "assessments__decisions__second_reviewer",
    ):
        assessments = []
        for assessment in act.assessments.all():
            made = list(assessment.decisions.all())
            result = result_of(assessment)
            decided = decision_made(made) if result else None
            recommendation = recommendation_for(result, decided) if result else None
            assessments.append(
                {
                    "assessment": assessment,
                    "result": result,
                    "decided": decided,
                    "recommendation": recommendation,
                    # The reason whose Table One response is recommended: the decided one.
                    "reason": reasons[recommendation.reason.value] if result else None,
                    "decisions": [(d, combination_of(d), reasons[d.primary_reason]) for d in made],
                }
            )
        acts.append((act, assessments))
    return render(
        request,
        "cases/summary.html",
        {
            "case": case,
            "acts": acts,
            "harm_shown": harm_shown(case),
            "actions": case.learning_actions.select_related("act").order_by("due_date"),
            "events": case.events.select_related("actor", "act").order_by("at", "id"),
        },
    )

"""What each act came to: the outcome a supervisor sees, and the state a reviewer works from."""

from collections import defaultdict
from dataclasses import dataclass, replace

from django.db.models import Prefetch

from classification.engine import ConductRoute, recommend, result_from_dict
from classification.engine import Reason as EngineReason
from classification.models import Reason

from .choices import AssessmentStatus, DecisionStatus
from .models import Act, Assessment, Case, Decision, LearningAction


@dataclass(frozen=True)
class ActOutcome:
    act: Act
    decision: Decision | None
    reason: Reason | None
    conduct_route: ConductRoute | None
    actions: list[LearningAction]


def conduct_route_for(decision: Decision) -> ConductRoute:
    """The conduct route for the reason decided (which may differ from the suggestion)."""
    result = result_from_dict(decision.assessment.result)
    return recommend(replace(result, primary=EngineReason(decision.primary_reason))).conduct_route


def with_outcomes(cases) -> list[Case]:
    """Attach `outcomes` (one per act, confirmed decisions only) in a constant number of queries."""
    cases = list(cases)
    acts = (
        Act.objects.filter(case__in=cases)
        .order_by("case", "number")
        .prefetch_related(
            Prefetch(
                "decisions",
                queryset=Decision.objects.confirmed().select_related("assessment"),
                to_attr="confirmed",
            ),
            Prefetch("learning_actions", queryset=LearningAction.objects.order_by("due_date")),
        )
    )
    reasons = Reason.objects.as_dict()
    by_case = defaultdict(list)
    for act in acts:
        decision = act.confirmed[-1] if act.confirmed else None
        by_case[act.case_id].append(
            ActOutcome(
                act=act,
                decision=decision,
                reason=reasons.get(decision.primary_reason) if decision else None,
                conduct_route=conduct_route_for(decision) if decision else None,
                actions=list(act.learning_actions.all()),
            )
        )
    for case in cases:
        case.outcomes = by_case[case.pk]
    return cases


@dataclass(frozen=True)
class ActWork:
    """Where a reviewer stands with an act: its latest assessment and that one's decision."""

    act: Act
    assessment: Assessment | None
    decision: Decision | None

    @property
    def state(self) -> str:
        if self.assessment is None:
            return "not_started"
        if self.assessment.status == AssessmentStatus.IN_PROGRESS:
            return "in_progress"
        if self.decision is None or self.decision.status == DecisionStatus.SENT_BACK:
            return "to_decide"
        if self.decision.status == DecisionStatus.AWAITING_SECOND_REVIEW:
            return "second_review"
        return "decided"


def work_on(case: Case) -> list[ActWork]:
    acts = case.acts.order_by("number").prefetch_related(
        Prefetch(
            "assessments",
            queryset=Assessment.objects.select_related("reviewer").order_by("started_at", "id"),
        ),
        Prefetch("decisions", queryset=Decision.objects.order_by("created_at", "id")),
    )
    work = []
    for act in acts:
        assessments = list(act.assessments.all())
        latest = assessments[-1] if assessments else None
        decisions = [d for d in act.decisions.all() if latest and d.assessment_id == latest.pk]
        work.append(
            ActWork(act=act, assessment=latest, decision=decisions[-1] if decisions else None)
        )
    return work

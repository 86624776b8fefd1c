"""What each act came to: the outcome a supervisor sees, and the state a reviewer works from."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from django.db.models import Prefetch

from classification.engine import (
    ConductRoute,
    Recommendation,
    Result,
    SystemFactor,
    recommend,
    result_from_dict,
)
from classification.engine import Reason as EngineReason
from classification.models import Reason, ReasonCode

from .choices import AssessmentStatus, DecisionStatus, EventKind
from .models import Act, Assessment, Case, CaseEvent, Decision, LearningAction


@dataclass(frozen=True)
class Combination:
    """What a decision records beside its primary reason (combinations are normal), as labels."""

    contributing: tuple[str, ...]
    system_factors: tuple[str, ...]


def _labels(choices, codes: Iterable[str]) -> tuple[str, ...]:
    """Labels in the choices' own order (the spectrum's, for reasons); an unknown code humanised."""
    known = {member.value: member.label for member in choices}
    codes = set(codes)
    unknown = sorted(code.replace("_", " ").capitalize() for code in codes - known.keys())
    return tuple(label for code, label in known.items() if code in codes) + tuple(unknown)


def combination_of(decision: Decision) -> Combination:
    return Combination(
        contributing=_labels(ReasonCode, decision.contributing or ()),
        system_factors=_labels(SystemFactor, decision.system_factors or ()),
    )


@dataclass(frozen=True)
class ActOutcome:
    act: Act
    decision: Decision | None
    reason: Reason | None
    conduct_route: ConductRoute | None
    actions: list[LearningAction]

    @property
    def combination(self) -> Combination | None:
        return combination_of(self.decision) if self.decision else None


def decision_made(decisions: Iterable[Decision]) -> Decision | None:
    """What an assessment came to: its latest decision not sent back (confirmed, awaiting a
    second review, or superseded by a later assessment's), or None before any decision."""
    made = [d for d in decisions if d.status != DecisionStatus.SENT_BACK]
    return made[-1] if made else None


def recommendation_for(result: Result, decision: Decision | None) -> Recommendation:
    """The recommended response: for the engine's suggestion until a decision is made, then for
    what the reviewer decided (which may override the suggestion), with the decision's own
    contributing reasons and system factors. The questionnaire's findings still refine it."""
    if decision is None:
        return recommend(result)
    decided = replace(
        result,
        primary=EngineReason(decision.primary_reason),
        contributing=tuple(
            EngineReason(code)
            for code in decision.contributing or ()
            if code in EngineReason and code != decision.primary_reason
        ),
        system_factors=tuple(
            SystemFactor(code) for code in decision.system_factors or () if code in SystemFactor
        ),
        # Deciding settles the open points (they stay recorded on the result): the advice to
        # resolve them "before deciding" no longer applies.
        open_points=(),
    )
    return recommend(decided)


def harm_shown(case: Case) -> bool:
    """Outcome-blind: how serious the harm was is shown on the case once no act is still to be
    decided (every act has a decision that stands)."""
    return not case.acts.exclude(decisions__status=DecisionStatus.CONFIRMED).exists()


def conduct_route_for(decision: Decision) -> ConductRoute:
    """The conduct route for the reason decided (which may differ from the suggestion)."""
    return recommendation_for(result_from_dict(decision.assessment.result), decision).conduct_route


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
    def combination(self) -> Combination | None:
        return combination_of(self.decision) if self.decision else None

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


# What a supervisor's timeline shows of the reviewers' work: progress, and decisions that stand.
SUPERVISOR_EVENTS = (
    EventKind.LOGGED,
    EventKind.EDITED,
    EventKind.ASSIGNED,
    EventKind.UNASSIGNED,
    EventKind.ACT_ADDED,
    EventKind.CLOSED,
    EventKind.REOPENED,
)


def supervisor_timeline(case: Case) -> list[CaseEvent]:
    """The case's timeline as anyone who is not a reviewer sees it, newest first.

    Two people for blame: a decision appears only once it stands, a confirmed one when it is
    recorded and a Deviation when a second reviewer concurs; a proposal awaiting or sent back
    never appears. Each says only what was decided, not the suggestion, rationale or comments.
    """
    events = (
        case.events.filter(
            kind__in=(*SUPERVISOR_EVENTS, EventKind.DECISION, EventKind.SECOND_REVIEW)
        )
        .select_related("actor", "act")
        .order_by("at", "id")
    )
    proposed = {}  # act id -> the decision event awaiting a second review
    shown = []
    for event in events:
        primary = event.data.get("primary")
        if event.kind == EventKind.DECISION:
            if event.data.get("status") == DecisionStatus.CONFIRMED and primary:
                shown.append(_decided(event, primary))
            elif event.data.get("status") == DecisionStatus.AWAITING_SECOND_REVIEW:
                proposed[event.act_id] = event
        elif event.kind == EventKind.SECOND_REVIEW:
            decision = proposed.pop(event.act_id, None)
            if event.data.get("concur") and decision:
                shown.append(_decided(event, decision.data["primary"], decided_by=decision.actor))
        else:
            shown.append(event)
    return shown[::-1]


def _decided(event: CaseEvent, primary: str, *, decided_by=None) -> CaseEvent:
    """An unsaved stand-in for the event that made a decision stand, saying only what it was:
    by whoever decided it, at the moment it stood (a concurrence's, when one was needed)."""
    message = f"Decided: {ReasonCode(primary).label}"
    if decided_by is not None:
        message += ", with a second reviewer's concurrence"
    return CaseEvent(
        case_id=event.case_id,
        act=event.act,
        actor=decided_by or event.actor,
        at=event.at,
        kind=EventKind.DECISION,
        message=message,
    )

"""The outcome of each act, as the supervisor who logged the case sees it (no answers)."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Prefetch

from classification.models import Reason

from .models import Act, Case, Decision


@dataclass(frozen=True)
class ActOutcome:
    act: Act
    decision: Decision | None
    reason: Reason | None


def with_outcomes(cases) -> list[Case]:
    """Attach `outcomes` (one per act, confirmed decisions only) in a constant number of queries."""
    cases = list(cases)
    acts = (
        Act.objects.filter(case__in=cases)
        .order_by("case", "number")
        .prefetch_related(
            Prefetch("decisions", queryset=Decision.objects.confirmed(), to_attr="confirmed")
        )
    )
    reasons = Reason.objects.as_dict()
    by_case = defaultdict(list)
    for act in acts:
        decision = act.confirmed[-1] if act.confirmed else None
        reason = reasons.get(decision.primary_reason) if decision else None
        by_case[act.case_id].append(ActOutcome(act=act, decision=decision, reason=reason))
    for case in cases:
        case.outcomes = by_case[case.pk]
    return cases

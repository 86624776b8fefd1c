"""The recommended organisational response: advice only, the appropriate authority decides.

Table One's response wording for the reason lives in the database; the caller shows it beside
this advice, which refines it by what the questionnaire found.
"""

from dataclasses import dataclass
from typing import Any

from .model import ConductRoute, Flag, Reason, SystemFactor
from .result import Result

# The learning action kinds, in the order the case page offers them (cases.choices.ActionKind).
ACTION_KINDS = (
    "training",
    "supervision",
    "welfare_referral",
    "procedure_review",
    "equipment",
    "promising_practice",
    "severity_referral",
)

OPENINGS = {
    (Reason.DEVIATION, ConductRoute.SEVERITY_ASSESSMENT): (
        "We suggest referring the act to the appropriate authority for a severity assessment "
        "under regulation 14 of the Police (Conduct) Regulations 2020; the appropriate authority "
        "decides whether it is misconduct, gross misconduct or neither."
    ),
    (Reason.DEVIATION, ConductRoute.REFLECTIVE_PRACTICE): (
        "We suggest treating this at-risk departure as practice requiring improvement, through "
        "the Reflective Practice Review Process (regulation 70) with coaching; the appropriate "
        "authority decides."
    ),
    (Reason.INATTENTION, ConductRoute.REFLECTIVE_PRACTICE): (
        "We suggest support rather than misconduct: practice requiring improvement through the "
        "Reflective Practice Review Process, with refreshed training, briefing or supervision."
    ),
    (Reason.LACK_OF_SKILL, ConductRoute.REFLECTIVE_PRACTICE): (
        "We suggest support rather than misconduct: practice requiring improvement through the "
        "Reflective Practice Review Process, with coaching, training and supervision."
    ),
    (Reason.LACK_OF_SKILL, ConductRoute.NO_INDIVIDUAL_ACTION): (
        "We suggest no individual conduct action: others in the same situation would probably "
        "have failed the same way, for want of training, guidance, tools or supervision the "
        "organisation had not provided. Close that gap, and support the officer with coaching."
    ),
    (Reason.TASK_COMPLEXITY, ConductRoute.NO_INDIVIDUAL_ACTION): (
        "We suggest no individual conduct action, and an organisational learning review of the "
        "task: some failures cannot be ruled out every time, and the standard stays where it is."
    ),
    (Reason.INNOVATION, ConductRoute.NO_INDIVIDUAL_ACTION): (
        "We suggest no individual conduct action. Write the act up as promising practice and "
        "bring the trial to a collective debate about what to keep and what to change."
    ),
}

# A Deviation the reviewer decided against the suggestion: the questionnaire's path never reached
# Q5b (reckless or at-risk) or Q5c (mitigation), so neither may read as a finding.
UNASSESSED_DEVIATION = (
    "We suggest treating this departure as practice requiring improvement, through the "
    "Reflective Practice Review Process (regulation 70) with coaching; the appropriate "
    "authority decides."
)
NOT_ASSESSED = (
    "The questionnaire did not assess whether the departure was reckless or at-risk, nor any "
    "mitigation: its answers did not lead to Deviation. Whoever decides the response should "
    "weigh them."
)
LESSONS_FOR_ALL = (
    "The reflective practice report should record lessons for the officer and for line "
    "management or the force, not only for the officer."
)
WHY_ATTENTION_SLIPPED = (
    "We suggest finding out why attention slipped (for example fatigue, shift patterns or "
    "workload) before settling the response."
)
FLAG_ADVICE = {
    Flag.WELFARE_REFERRAL: (
        "We suggest offering a welfare referral (occupational health or wellbeing support), "
        "whatever the outcome."
    ),
    Flag.CAPABILITY_GAP: (
        "We suggest a review of the training, guidance, tools and supervision the organisation "
        "provides for this task."
    ),
    Flag.SYSTEM_INDUCED_DEPARTURE: (
        "We suggest reviewing the rule: others in the same situation would probably have "
        "departed from it too."
    ),
    Flag.MITIGATION: (
        "Mitigating circumstances were noted or may apply: whoever decides the response should "
        "weigh them."
    ),
}
UNWORKABLE_RULE = (
    "We suggest reviewing the rule or practice, which was not workable in the circumstances or "
    "not routinely followed."
)
OUTSIDE_TRIAL = (
    "The act began in an agreed trial but went beyond its bounds: we suggest reviewing those "
    "bounds with whoever agreed the trial."
)
THE_HUMAN_DECIDES = (
    "This is advice: the reviewer decides the reason, and the appropriate authority decides any "
    "conduct matter."
)


@dataclass(frozen=True)
class Recommendation:
    """Our suggested response to a result; shown beside Table One's response for the reason."""

    reason: Reason
    conduct_route: ConductRoute
    advice: tuple[str, ...]
    learning_action_kinds: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "reason": str(self.reason),
            "conduct_route": str(self.conduct_route),
            "advice": list(self.advice),
            "learning_action_kinds": list(self.learning_action_kinds),
        }


def recommend(result: Result) -> Recommendation:
    """The conduct route, advice and learning actions we suggest for this result."""
    route = conduct_route(result)
    return Recommendation(
        reason=result.primary,
        conduct_route=route,
        advice=advice(result, route),
        learning_action_kinds=learning_action_kinds(result, route),
    )


def conduct_route(result: Result) -> ConductRoute:
    """Only preventable failures reach a conduct route, and not one the organisation caused by
    what it had not provided; only a flagged Deviation a referral."""
    if result.primary is Reason.DEVIATION:
        if Flag.SEVERITY_ASSESSMENT in result.flags:
            return ConductRoute.SEVERITY_ASSESSMENT
        return ConductRoute.REFLECTIVE_PRACTICE
    if result.primary is Reason.LACK_OF_SKILL and Flag.CAPABILITY_GAP in result.flags:
        # The substitution test held and the organisation had not provided what the task
        # needed: the gap is the organisation's to close, not the officer's to answer for.
        return ConductRoute.NO_INDIVIDUAL_ACTION
    if result.primary in (Reason.INATTENTION, Reason.LACK_OF_SKILL):
        return ConductRoute.REFLECTIVE_PRACTICE
    return ConductRoute.NO_INDIVIDUAL_ACTION


def advice(result: Result, route: ConductRoute) -> tuple[str, ...]:
    unassessed = result.primary is Reason.DEVIATION and not (
        {Flag.RECKLESS, Flag.AT_RISK} & set(result.flags)
    )
    if unassessed and route is ConductRoute.REFLECTIVE_PRACTICE:
        sentences = [UNASSESSED_DEVIATION]
    else:
        sentences = [OPENINGS[(result.primary, route)]]
    if unassessed:
        sentences.append(NOT_ASSESSED)
    if route is ConductRoute.REFLECTIVE_PRACTICE:
        sentences.append(LESSONS_FOR_ALL)
    if result.primary is Reason.INATTENTION:
        sentences.append(WHY_ATTENTION_SLIPPED)
    sentences += [text for flag, text in FLAG_ADVICE.items() if flag in result.flags]
    if (
        SystemFactor.PROCEDURE in result.system_factors
        and Flag.SYSTEM_INDUCED_DEPARTURE not in result.flags
    ):
        sentences.append(UNWORKABLE_RULE)
    if Reason.INNOVATION in result.contributing:
        sentences.append(OUTSIDE_TRIAL)
    if result.open_points:
        ids = ", ".join(point.question_id for point in result.open_points)
        sentences.append(
            f"This suggestion is provisional: not established at {ids}. Resolve or accept "
            "those points before deciding."
        )
    sentences.append(THE_HUMAN_DECIDES)
    return tuple(sentences)


def learning_action_kinds(result: Result, route: ConductRoute) -> tuple[str, ...]:
    kinds = set(_REASON_KINDS[result.primary])
    if route is ConductRoute.SEVERITY_ASSESSMENT:
        kinds.add("severity_referral")
    elif result.primary is Reason.DEVIATION:
        # At-risk behaviour: coaching by the line manager.
        kinds.add("supervision")
    for flag in result.flags:
        kinds.update(_FLAG_KINDS.get(flag, ()))
    for factor in result.system_factors:
        kinds.update(_FACTOR_KINDS.get(factor, ()))
    return tuple(kind for kind in ACTION_KINDS if kind in kinds)


_REASON_KINDS = {
    Reason.DEVIATION: (),
    Reason.INATTENTION: ("training", "supervision"),
    Reason.LACK_OF_SKILL: ("training", "supervision"),
    Reason.TASK_COMPLEXITY: ("procedure_review",),
    Reason.INNOVATION: ("promising_practice",),
}
_FLAG_KINDS = {
    Flag.WELFARE_REFERRAL: ("welfare_referral",),
    Flag.CAPABILITY_GAP: ("training", "equipment"),
    Flag.SYSTEM_INDUCED_DEPARTURE: ("procedure_review",),
}
_FACTOR_KINDS = {
    SystemFactor.PROCEDURE: ("procedure_review",),
    SystemFactor.TRAINING: ("training",),
    SystemFactor.SUPERVISION: ("supervision",),
    SystemFactor.EQUIPMENT: ("equipment",),
}

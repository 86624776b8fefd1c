"""Recommended responses: the conduct route, advice refined by the flags, learning action kinds."""

from classification.engine import (
    CURRENT_VERSION,
    ConductRoute,
    Flag,
    OpenPoint,
    Reason,
    Result,
    SystemFactor,
    recommend,
)
from classification.engine.recommend import (
    LESSONS_FOR_ALL,
    NOT_ASSESSED,
    OPENINGS,
    THE_HUMAN_DECIDES,
    UNASSESSED_DEVIATION,
)


def result(primary: Reason, *flags: Flag, **fields) -> Result:
    return Result(version=CURRENT_VERSION, primary=primary, flags=flags, **fields)


def test_reckless_deviation_is_referred_for_a_severity_assessment():
    recommendation = recommend(result(Reason.DEVIATION, Flag.SEVERITY_ASSESSMENT, Flag.RECKLESS))
    assert (recommendation.conduct_route, recommendation.learning_action_kinds) == (
        ConductRoute.SEVERITY_ASSESSMENT,
        ("severity_referral",),
    )


def test_dishonest_deviation_is_referred_even_when_the_risk_was_not_reckless():
    recommendation = recommend(result(Reason.DEVIATION, Flag.SEVERITY_ASSESSMENT, Flag.AT_RISK))
    assert recommendation.conduct_route == ConductRoute.SEVERITY_ASSESSMENT


def test_at_risk_deviation_is_reflective_practice_with_coaching():
    recommendation = recommend(result(Reason.DEVIATION, Flag.AT_RISK))
    assert (recommendation.conduct_route, recommendation.learning_action_kinds) == (
        ConductRoute.REFLECTIVE_PRACTICE,
        ("supervision",),
    )


def test_a_deviation_the_questionnaire_did_not_reach_is_not_called_at_risk():
    """Decided against the suggestion, its path never asked Q5b or Q5c: the lenient route,
    with neither recklessness nor mitigation read as found."""
    recommendation = recommend(result(Reason.DEVIATION, Flag.WELFARE_REFERRAL))

    assert recommendation.conduct_route == ConductRoute.REFLECTIVE_PRACTICE
    assert recommendation.advice[:3] == (UNASSESSED_DEVIATION, NOT_ASSESSED, LESSONS_FOR_ALL)
    assert NOT_ASSESSED == (
        "The questionnaire did not assess whether the departure was reckless or at-risk, nor "
        "any mitigation: its answers did not lead to Deviation. Whoever decides the response "
        "should weigh them."
    )
    assert not any("at-risk departure" in sentence for sentence in recommendation.advice)


def test_an_assessed_deviation_keeps_its_finding_and_says_nothing_of_what_was_not_assessed():
    at_risk = recommend(result(Reason.DEVIATION, Flag.AT_RISK)).advice
    reckless = recommend(result(Reason.DEVIATION, Flag.SEVERITY_ASSESSMENT, Flag.RECKLESS)).advice

    assert at_risk[0] == OPENINGS[(Reason.DEVIATION, ConductRoute.REFLECTIVE_PRACTICE)]
    assert reckless[0] == OPENINGS[(Reason.DEVIATION, ConductRoute.SEVERITY_ASSESSMENT)]
    assert NOT_ASSESSED not in at_risk + reckless


def test_inattention_and_lack_of_skill_get_support_not_misconduct():
    routes = [
        recommend(result(r)).conduct_route for r in (Reason.INATTENTION, Reason.LACK_OF_SKILL)
    ]
    assert routes == [ConductRoute.REFLECTIVE_PRACTICE, ConductRoute.REFLECTIVE_PRACTICE]


def test_task_complexity_and_innovation_get_no_individual_action():
    routes = [
        recommend(result(r)).conduct_route for r in (Reason.TASK_COMPLEXITY, Reason.INNOVATION)
    ]
    assert routes == [ConductRoute.NO_INDIVIDUAL_ACTION, ConductRoute.NO_INDIVIDUAL_ACTION]


def test_recommendation_names_the_reason_for_table_one_lookup():
    assert recommend(result(Reason.INNOVATION)).reason == Reason.INNOVATION


def test_advice_opens_with_the_route_and_closes_with_who_decides():
    advice = recommend(result(Reason.TASK_COMPLEXITY)).advice
    assert advice == (
        OPENINGS[(Reason.TASK_COMPLEXITY, ConductRoute.NO_INDIVIDUAL_ACTION)],
        THE_HUMAN_DECIDES,
    )


def test_reflective_practice_advice_asks_for_lessons_for_the_force():
    advice = recommend(result(Reason.LACK_OF_SKILL)).advice
    assert advice[1] == (
        "The reflective practice report should record lessons for the officer and for line "
        "management or the force, not only for the officer."
    )


def test_welfare_flag_adds_a_welfare_referral():
    recommendation = recommend(result(Reason.TASK_COMPLEXITY, Flag.WELFARE_REFERRAL))
    assert (recommendation.advice[1], recommendation.learning_action_kinds) == (
        "We suggest offering a welfare referral (occupational health or wellbeing support), "
        "whatever the outcome.",
        ("welfare_referral", "procedure_review"),
    )


def test_capability_gap_is_the_organisations_to_close_with_no_individual_conduct_action():
    recommendation = recommend(result(Reason.LACK_OF_SKILL, Flag.CAPABILITY_GAP))
    assert recommendation.conduct_route == ConductRoute.NO_INDIVIDUAL_ACTION
    assert recommendation.advice[0].startswith("We suggest no individual conduct action")
    assert (recommendation.advice[1], recommendation.learning_action_kinds) == (
        "We suggest a review of the training, guidance, tools and supervision the organisation "
        "provides for this task.",
        ("training", "supervision", "equipment"),
    )


def test_lack_of_skill_without_a_capability_gap_is_reflective_practice():
    recommendation = recommend(result(Reason.LACK_OF_SKILL))
    assert recommendation.conduct_route == ConductRoute.REFLECTIVE_PRACTICE


def test_system_induced_departure_suggests_reviewing_the_rule():
    recommendation = recommend(
        result(
            Reason.TASK_COMPLEXITY,
            Flag.SYSTEM_INDUCED_DEPARTURE,
            system_factors=(SystemFactor.PROCEDURE,),
        )
    )
    assert recommendation.advice[1:-1] == (
        "We suggest reviewing the rule: others in the same situation would probably have "
        "departed from it too.",
    )


def test_unworkable_rule_suggests_a_procedure_review():
    recommendation = recommend(result(Reason.INATTENTION, system_factors=(SystemFactor.PROCEDURE,)))
    assert "procedure_review" in recommendation.learning_action_kinds
    assert recommendation.advice[3] == (
        "We suggest reviewing the rule or practice, which was not workable in the circumstances "
        "or not routinely followed."
    )


def test_mitigation_is_noted_for_whoever_decides():
    advice = recommend(result(Reason.DEVIATION, Flag.AT_RISK, Flag.MITIGATION)).advice
    assert advice[2] == (
        "Mitigating circumstances were noted or may apply: whoever decides the response should "
        "weigh them."
    )


def test_inattention_advice_asks_why_attention_slipped():
    advice = recommend(result(Reason.INATTENTION)).advice
    assert advice[2] == (
        "We suggest finding out why attention slipped (for example fatigue, shift patterns or "
        "workload) before settling the response."
    )


def test_going_beyond_a_trial_suggests_reviewing_its_bounds():
    advice = recommend(result(Reason.TASK_COMPLEXITY, contributing=(Reason.INNOVATION,))).advice
    assert advice[1] == (
        "The act began in an agreed trial but went beyond its bounds: we suggest reviewing those "
        "bounds with whoever agreed the trial."
    )


def test_open_points_make_the_advice_provisional():
    points = (OpenPoint("Q5a", "Would peers…?"), OpenPoint("Q7", "Had the organisation…?"))
    advice = recommend(result(Reason.TASK_COMPLEXITY, open_points=points)).advice
    assert advice[-2] == (
        "This suggestion is provisional: not established at Q5a, Q7. Resolve or accept those "
        "points before deciding."
    )


def test_every_opening_is_advisory():
    openings = [*OPENINGS.values(), UNASSESSED_DEVIATION]
    assert [text.startswith("We suggest") for text in openings] == [True] * 8

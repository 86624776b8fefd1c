"""Once a reviewer decides, the result page and the printable summary recommend the response for
the reason decided, not for the engine's suggestion, which stays shown and labelled as the one
overridden; before any decision (or after one is sent back) the suggestion's response is shown."""

import pytest
from django.urls import reverse

from cases.models import Decision
from cases.outcomes import recommendation_for
from classification.engine import ConductRoute, OpenPoint, Result, SystemFactor, recommend
from classification.engine import Reason as EngineReason
from classification.engine.recommend import NOT_ASSESSED, OPENINGS, UNASSESSED_DEVIATION
from classification.models import Reason
from tests.cases.test_decisions import decide
from tests.cases.test_summary import act_section, summary_of
from tests.factories import FALSE_ENTRY, TASER, assessed, scenario_act

pytestmark = pytest.mark.django_db

MISSED_VISIT = scenario_act("cu-missed-visit-false-entry")  # Q9 yes: inattention

SEVERITY = "Refer for a severity assessment"
REFLECTIVE = "Reflective practice (practice requiring improvement)"
NO_ACTION = "No individual action: organisational learning review"


def review_of(client, assessment) -> str:
    response = client.get(reverse("cases:review", args=[assessment.pk]))
    assert response.status_code == 200
    return response.content.decode()


def between(html: str, start: str, end: str) -> str:
    html = html[html.index(start) :]
    return html[: html.index(end)]


def response_on_page(html: str) -> str:
    """The recommended response on the result page, down to the questionnaire's path."""
    return between(html, "The recommended response", "How the questionnaire got here")


def response_in_summary(section: str) -> str:
    """The recommended response in an act's section of the summary, down to the path."""
    return between(section, "Recommended response", "<ol")


def table_one(code: str) -> str:
    return Reason.objects.get(code=code).response


def deviation_overridden_as_inattention(personas, act, reviewer):
    """Q1 evidenced dishonesty (a reckless Deviation, referred) decided as Inattention."""
    assessment = assessed(act, reviewer, FALSE_ENTRY.answers)
    decide(
        personas["reviewer"],
        assessment,
        primary="inattention",
        rationale="CCTV shows an exhausted officer catching up, not covering up.",
    )
    assert Decision.objects.get().status == "confirmed"
    return assessment


def test_an_overridden_deviation_recommends_inattentions_response_on_the_result_page(
    personas, act, reviewer
):
    assessment = deviation_overridden_as_inattention(personas, act, reviewer)

    html = review_of(personas["reviewer"], assessment)

    assert '<h1 class="govuk-heading-l">Decided reason: Inattention</h1>' in html
    assert (
        "The questionnaire suggested <strong>Deviation</strong> (preventable failure): the "
        "decision overrode it, so the response below is for Inattention, not for the suggestion."
        " What the questionnaire’s answers found on its way to the suggestion: Severity "
        "assessment; Reckless; Mitigation."
    ) in html
    response = response_on_page(html)
    assert "The recommended response for the decided reason" in response
    assert f"<strong>{REFLECTIVE}</strong>" in response
    assert table_one("inattention") in response
    assert OPENINGS[(EngineReason.INATTENTION, ConductRoute.REFLECTIVE_PRACTICE)] in response
    assert "Suggested for the decided reason: Training or briefing refresh, Supervision." in html
    assert SEVERITY not in html
    assert table_one("deviation") not in html
    assert '<option value="training" selected>' in html
    current = between(html, "app-spectrum__step--current", "</li>")
    assert "Inattention" in current


def test_an_overridden_deviation_recommends_inattentions_response_in_the_summary(
    personas, act, reviewer
):
    deviation_overridden_as_inattention(personas, act, reviewer)

    section = act_section(summary_of(personas["reviewer"], act.case), 1)

    assert (
        "Suggested: <strong>Deviation</strong> (preventable failure); overridden by the decision "
        "below. What the questionnaire’s answers found on its way to the suggestion: Severity "
        "assessment; Reckless; Mitigation."
    ) in section
    response = response_in_summary(section)
    assert "Recommended response for the decided reason: Inattention</h4>" in response
    assert f"<strong>{REFLECTIVE}</strong>" in response
    assert table_one("inattention") in response
    assert OPENINGS[(EngineReason.INATTENTION, ConductRoute.REFLECTIVE_PRACTICE)] in response
    assert SEVERITY not in section
    assert table_one("deviation") not in section
    assert "Findings" not in response


def test_an_overridden_inattention_recommends_task_complexitys_response(personas, act, reviewer):
    assessment = assessed(act, reviewer, MISSED_VISIT.answers)
    decide(
        personas["reviewer"],
        assessment,
        primary="task_complexity",
        rationale="Three violent detainees at once: nobody could have kept to the visits.",
    )

    html = review_of(personas["reviewer"], assessment)
    section = act_section(summary_of(personas["reviewer"], act.case), 1)

    for response in (response_on_page(html), response_in_summary(section)):
        assert f"<strong>{NO_ACTION}</strong>" in response
        assert table_one("task_complexity") in response
        assert "Reflective practice" not in response
        assert table_one("inattention") not in response
    assert "Decided reason: Task complexity or unpredictability</h1>" in html
    assert "Suggested for the decided reason: Procedure review." in html


def test_a_proposal_awaiting_second_review_shows_the_proposed_reasons_response(
    personas, act, reviewer
):
    assessment = assessed(act, reviewer, TASER.answers)
    decide(
        personas["reviewer"],
        assessment,
        primary="deviation",
        rationale="The footage shows no movement before the discharge.",
    )

    html = review_of(personas["second_reviewer"], assessment)
    section = act_section(summary_of(personas["reviewer"], act.case), 1)

    assert '<h1 class="govuk-heading-l">Proposed reason: Deviation</h1>' in html
    assert "the proposal overrides it, so the response below is for Deviation" in html
    on_page = response_on_page(html)
    assert "The recommended response for the proposed reason" in on_page
    assert "The proposal stands only once a different reviewer concurs" in on_page
    assert "Recommended response for the proposed reason: Deviation</h4>" in section
    for response in (on_page, response_in_summary(section)):
        assert f"<strong>{REFLECTIVE}</strong>" in response
        assert table_one("deviation") in response
        assert NO_ACTION not in response
        # The path never asked whether the departure was reckless or at-risk (Q5b), nor about
        # mitigation (Q5c): the advice says so rather than calling it at-risk.
        assert UNASSESSED_DEVIATION in response
        assert NOT_ASSESSED in response
        assert "at-risk departure" not in response
    card = between(html, 'id="decision"', 'id="learning-actions"')
    assert '<dt class="govuk-summary-list__key">Proposed by</dt>' in card
    assert "Decided by" not in card
    assert "Proposed: <strong>Deviation</strong> (preventable failure) by" in section
    assert (
        "Suggested: <strong>Task complexity or unpredictability</strong> (tolerable failure); "
        "overridden by the decision below."
    ) in section


def test_an_accepted_suggestion_says_so_and_keeps_its_findings(personas, act, reviewer):
    assessment = assessed(act, reviewer, FALSE_ENTRY.answers)
    decide(personas["reviewer"], assessment, primary="deviation")
    personas["second_reviewer"].post(
        reverse("cases:second_review", args=[Decision.objects.get().pk]),
        {"verdict": "concur", "comment": ""},
    )

    html = review_of(personas["reviewer"], assessment)

    assert '<h1 class="govuk-heading-l">Decided reason: Deviation</h1>' in html
    assert "(preventable failure): the decision accepted it." in html
    response = response_on_page(html)
    assert f"<strong>{SEVERITY}</strong>" in response
    assert "Findings" in response


def test_before_a_decision_and_after_one_is_sent_back_the_suggestion_is_recommended(
    personas, act, reviewer
):
    assessment = assessed(act, reviewer, FALSE_ENTRY.answers)
    before = review_of(personas["reviewer"], assessment)
    decide(personas["reviewer"], assessment, primary="deviation")
    personas["second_reviewer"].post(
        reverse("cases:second_review", args=[Decision.objects.get().pk]),
        {"verdict": "send_back", "comment": "Check the custody CCTV first."},
    )

    after = review_of(personas["reviewer"], assessment)

    for html in (before, after):
        assert '<h1 class="govuk-heading-l">Suggested reason: Deviation</h1>' in html
        response = response_on_page(html)
        assert response.startswith("The recommended response</h2>")
        assert f"<strong>{SEVERITY}</strong>" in response
        assert table_one("deviation") in response
    # Sent back, it was never decided: it stays a proposal.
    card = between(after, 'id="decision"', 'id="learning-actions"')
    assert '<dt class="govuk-summary-list__key">Proposed by</dt>' in card
    assert "Decided by" not in card
    section = act_section(summary_of(personas["reviewer"], act.case), 1)
    assert "Proposed: <strong>Deviation</strong> (preventable failure) by" in section


# The decided failure type beside the decided reason, as supervisors see it.


def test_the_decision_shows_its_failure_type_on_the_result_page_and_in_the_summary(
    personas, act, reviewer
):
    assessment = deviation_overridden_as_inattention(personas, act, reviewer)

    html = review_of(personas["reviewer"], assessment)
    summary = summary_of(personas["reviewer"], act.case)

    card = between(html, 'id="decision"', 'id="learning-actions"')
    assert '<h3 class="govuk-summary-card__title">Inattention (preventable failure) <strong' in card
    assert "Decision: <strong>Inattention</strong> (preventable failure) by" in summary


# One function for the recommended response, wherever it is shown.


def test_the_recommendation_follows_the_decision_and_its_combination():
    suggested = Result(
        version="1",
        primary=EngineReason.DEVIATION,
        contributing=(EngineReason.INATTENTION,),
        open_points=(OpenPoint("Q6", "Would peers have acted the same way?"),),
    )
    decision = Decision(
        primary_reason="inattention",
        contributing=["inattention", "task_complexity"],
        system_factors=["training", "shift_pattern"],
    )

    decided = recommendation_for(suggested, decision)

    assert recommendation_for(suggested, None) == recommend(suggested)
    assert decided == recommend(
        Result(
            version="1",
            primary=EngineReason.INATTENTION,
            contributing=(EngineReason.TASK_COMPLEXITY,),
            system_factors=(SystemFactor.TRAINING,),
        )
    )
    assert not any("provisional" in sentence for sentence in decided.advice)

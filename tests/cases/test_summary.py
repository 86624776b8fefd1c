"""The printable case summary: the recommended response for each act, and a fixed number of
queries however many acts, assessments and decisions the case holds."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cases.assessments import assessment_start
from cases.models import Decision
from classification.models import Reason
from tests.cases.test_decisions import decide
from tests.factories import (
    FALSE_ENTRY,
    TASER,
    ActFactory,
    CaseFactory,
    LearningActionFactory,
    assessed,
    scenario_act,
)

pytestmark = pytest.mark.django_db

AT_RISK = scenario_act("uf-handcuffs-single-locked")  # Q5b no: at-risk deviation


def summary_of(client, case) -> str:
    response = client.get(reverse("cases:summary", args=[case.reference]))
    assert response.status_code == 200
    return response.content.decode()


def act_section(html: str, number: int) -> str:
    html = html[html.index(f'id="act-{number}"') :]
    return html[: html.index("</section>")]


def test_the_summary_shows_each_acts_recommended_response(personas, act, reviewer):
    second = ActFactory(case=act.case, number=2)
    assessed(act, reviewer, AT_RISK.answers)
    assessed(second, reviewer, TASER.answers)

    html = summary_of(personas["reviewer"], act.case)

    at_risk, taser = act_section(html, 1), act_section(html, 2)
    assert "Recommended response" in at_risk
    assert "Reflective practice (practice requiring improvement)" in at_risk
    assert Reason.objects.get(code="deviation").response in at_risk
    assert "At-risk" in at_risk
    assert "treating this at-risk departure as practice requiring improvement" in at_risk
    assert "No individual action: organisational learning review" in taser
    assert Reason.objects.get(code="task_complexity").response in taser
    assert "Findings" not in taser


def test_the_summary_keeps_the_line_breaks_of_table_ones_response(personas, act, reviewer):
    Reason.objects.filter(code="task_complexity").update(
        response="Acknowledge the failure.\nKeep the standard."
    )
    assessed(act, reviewer, TASER.answers)

    html = summary_of(personas["reviewer"], act.case)

    assert (
        '<dd class="govuk-summary-list__value app-pre-line">'
        "Acknowledge the failure.\nKeep the standard.</dd>"
    ) in act_section(html, 1)


def test_an_earlier_assessment_gives_only_its_conduct_route(personas, act, reviewer):
    assessed(act, reviewer, FALSE_ENTRY.answers)
    assessed(act, reviewer, TASER.answers, reason="CCTV shows the visit was made.")

    section = act_section(summary_of(personas["reviewer"], act.case), 1)

    earlier, current = section.split("re-assessed because")
    assert "Recommended conduct route: Refer for a severity assessment." in earlier
    assert "Recommended response" not in earlier
    assert "Recommended response" in current
    assert "No individual action: organisational learning review" in current
    assert section.count("Recommended response") == 1


def test_an_act_being_reassessed_has_no_recommended_response_yet(personas, act, reviewer):
    assessed(act, reviewer, TASER.answers)
    assessment_start(act=act, by=reviewer, reason="New CCTV from the stairwell.")

    section = act_section(summary_of(personas["reviewer"], act.case), 1)

    assert "Recommended conduct route: No individual action" in section
    assert "Recommended response" not in section
    assert "Not completed." in section


def summary_queries(client, case) -> int:
    summary_of(client, case)  # once first: a session or message left from setting up is saved
    with CaptureQueriesContext(connection) as queries:
        summary_of(client, case)
    return len(queries)


def concurred_deviation(personas, act, reviewer):
    """An at-risk Deviation decision on the act, with a second reviewer's concurrence."""
    assessment = assessed(act, reviewer, AT_RISK.answers)
    decide(personas["reviewer"], assessment, primary="deviation")
    personas["second_reviewer"].post(
        reverse("cases:second_review", args=[assessment.decisions.get().pk]),
        {"verdict": "concur", "comment": "The bodycam footage bears it out."},
    )


def test_the_summary_takes_as_many_queries_for_three_acts_as_for_one(
    personas, act, reviewer, second_reviewer
):
    concurred_deviation(personas, act, reviewer)
    one_act = summary_queries(personas["reviewer"], act.case)

    bigger = CaseFactory(unit=act.case.unit, logged_by=act.case.logged_by)
    first, second, third = (ActFactory(case=bigger, number=n) for n in (1, 2, 3))
    concurred_deviation(personas, first, reviewer)
    decide(personas["reviewer"], assessed(second, reviewer, TASER.answers), primary="inattention",
           rationale="He had done it correctly every night before.")  # fmt: skip
    assessed(third, reviewer, FALSE_ENTRY.answers)
    assessed(third, second_reviewer, TASER.answers, reason="New CCTV.")
    decided = Decision.objects.filter(act__case=bigger)
    assert [(d.primary_reason, d.second_reviewer) for d in decided] == [
        ("deviation", second_reviewer),
        ("inattention", None),
    ]

    assert summary_queries(personas["reviewer"], bigger) == one_act


def test_what_reviewers_typed_is_not_followed_by_a_second_full_stop(personas, act, reviewer):
    decide(
        personas["reviewer"],
        assessed(act, reviewer, TASER.answers),
        primary="inattention",
        rationale="Training record shows no pursuit course.",
    )

    html = summary_of(personas["reviewer"], act.case)

    assert "Why the suggestion was overridden: Training record shows no pursuit course." in html
    assert "course.." not in html


def test_an_overdue_learning_action_says_overdue_as_the_result_page_does(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)
    today = timezone.localdate()
    for description, due, status in (
        ("Brief the shift on the stairwell.", today - dt.timedelta(days=1), "open"),
        ("Review the Taser SOP.", today + dt.timedelta(days=1), "open"),
        ("Debrief the officer.", today - dt.timedelta(days=1), "done"),
    ):
        LearningActionFactory(
            case=act.case, act=act, description=description, due_date=due, status=status
        )

    summary = summary_of(personas["reviewer"], act.case)
    review = personas["reviewer"].get(reverse("cases:review", args=[assessment.pk]))

    statuses = {
        description: summary.split(description)[1].split("</tr>")[0].rsplit("<td", 1)[1]
        for description in ("Brief the shift", "Review the Taser SOP", "Debrief the officer")
    }
    assert statuses == {
        "Brief the shift": ' class="govuk-table__cell">Overdue</td>',
        "Review the Taser SOP": ' class="govuk-table__cell">Open</td>',
        "Debrief the officer": ' class="govuk-table__cell">Done</td>',
    }
    assert 'govuk-tag--red">Overdue</strong>' in review.content.decode()

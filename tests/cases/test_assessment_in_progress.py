"""An assessment left in progress (taken over, discarded) and a closed case's result page."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from cases import services
from cases.assessments import answer_record, assessment_start
from cases.choices import DecisionStatus, EventKind, Status
from cases.models import Assessment, Decision
from tests.cases.test_decisions import decide
from tests.factories import TASER, assessed

pytestmark = pytest.mark.django_db


def started(act, reviewer, **kwargs):
    """An assessment in progress, with its first question answered."""
    assessment = assessment_start(act=act, by=reviewer, **kwargs)
    answer_record(assessment=assessment, by=reviewer, question_id="Q1", choice="no",
                  text="Nothing suggests intent to harm.")  # fmt: skip
    return assessment


def test_the_cases_new_reviewer_takes_over_an_assessment_left_in_progress(
    personas, act, reviewer, second_reviewer
):
    """A started, then the case was reassigned to W: W carries on, with A's answers so far."""
    assessment = started(act, reviewer)
    services.case_assign(case=act.case, to=second_reviewer, by=reviewer)
    page = personas["second_reviewer"].get(reverse("cases:detail", args=[act.case.reference]))
    assert "Take over the questionnaire" in page.content.decode()

    response = personas["second_reviewer"].post(reverse("cases:take_over", args=[assessment.pk]))

    assessment.refresh_from_db()
    assert response.status_code == 302 and "/questions/" in response["Location"]
    assert (assessment.reviewer, list(assessment.answers)) == (second_reviewer, ["Q1"])
    assert act.case.events.filter(kind=EventKind.ASSESSMENT_TAKEN_OVER).count() == 1

    late = personas["reviewer"].post(  # from a page the first reviewer left open
        reverse("cases:question", args=[assessment.pk, "Q2"]),
        {"answer": "yes", "text": "Stated in interview."},
    )
    body = late.content.decode()
    assert late.status_code == 403
    assert f"This assessment is {second_reviewer.get_full_name()}&#x27;s to answer" in body
    assert "Stated in interview." in body


def test_only_the_cases_reviewer_can_take_over_someone_elses_assessment(
    personas, act, reviewer, second_reviewer
):
    assessment = started(act, reviewer)

    response = personas["second_reviewer"].post(reverse("cases:take_over", args=[assessment.pk]))

    assessment.refresh_from_db()
    assert response.status_code == 403
    assert "assign the case to yourself first" in response.content.decode()
    assert assessment.reviewer == reviewer


def test_discarding_a_reassessment_started_by_mistake_restores_the_decided_case(
    personas, act, reviewer
):
    decide(personas["reviewer"], assessed(act, reviewer, TASER.answers), primary="task_complexity")
    mistaken = started(act, reviewer, reason="Opened the wrong case.")
    act.case.refresh_from_db()
    assert act.case.status == Status.IN_REVIEW

    response = personas["reviewer"].post(reverse("cases:discard", args=[mistaken.pk]))

    act.case.refresh_from_db()
    assert response.status_code == 302
    assert not Assessment.objects.filter(pk=mistaken.pk).exists()
    assert act.case.status == Status.DECIDED
    assert Decision.objects.get().status == DecisionStatus.CONFIRMED
    assert (
        "Discarded with 1 answer given"
        in act.case.events.get(kind=EventKind.ASSESSMENT_DISCARDED).message
    )


def test_a_reviewer_with_no_part_in_an_assessment_cannot_discard_it(
    personas, act, reviewer, second_reviewer
):
    assessment = started(act, reviewer)

    response = personas["second_reviewer"].post(reverse("cases:discard", args=[assessment.pk]))

    assert response.status_code == 403
    assert Assessment.objects.filter(pk=assessment.pk).exists()


def test_a_closed_case_takes_no_new_learning_action_or_harm_until_reopened(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)
    decide(personas["reviewer"], assessment, primary="task_complexity")
    services.case_close(case=act.case, by=reviewer)
    page = personas["reviewer"].get(reverse("cases:review", args=[assessment.pk])).content.decode()

    action = personas["reviewer"].post(
        reverse("cases:add_action", args=[assessment.pk]),
        {"kind": "training", "description": "Dip sample phone use", "owner": "Inspector",
         "due_date": (timezone.localdate() + dt.timedelta(days=30)).strftime("%d/%m/%Y")},
    )  # fmt: skip
    harm = personas["reviewer"].post(
        reverse("cases:harm", args=[assessment.pk]), {"severity": "moderate"}
    )

    assert "The case is closed: reopen it to add a learning action." in page
    assert "Add the learning action" not in page and "Record the harm" not in page
    assert "Reopen it to add a learning action" in action.content.decode()
    assert "Dip sample phone use" in action.content.decode()  # shown back, not lost
    assert "Reopen it to change the harm" in harm.content.decode()
    act.case.refresh_from_db()
    assert (act.case.learning_actions.count(), act.case.harm_severity) == (0, "")

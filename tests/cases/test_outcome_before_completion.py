"""Outcome-blind: nothing that needs the act classified (the harm, a learning action, a decision)
is recorded on an assessment still in progress, valid or not; it is refused as deciding is."""

import pytest
from django.urls import reverse

from cases.assessments import answer_record, assessment_start
from cases.decisions import decision_record
from cases.models import CaseEvent, LearningAction
from tests.cases.test_decisions import decide
from tests.factories import TASER, assessed

pytestmark = pytest.mark.django_db

ACTION = {
    "kind": "training",
    "description": "Refresh the Taser SOP briefing.",
    "owner": "Taser lead",
    "due_date": "2099-01-01",
}


def in_progress(act, reviewer):
    assessment = assessment_start(act=act, by=reviewer)
    answer_record(assessment=assessment, by=reviewer, question_id="Q1", choice="no", text="")
    return assessment


def refusal(response) -> str:
    assert response.status_code == 409
    return response.content.decode()


@pytest.mark.parametrize(
    ("name", "data", "doing"),
    [
        ("cases:harm", {"severity": "minor"}, "recording the harm"),
        ("cases:harm", {"severity": "catastrophic"}, "recording the harm"),
        ("cases:add_action", ACTION, "adding a learning action"),
        ("cases:add_action", {**ACTION, "kind": ""}, "adding a learning action"),
    ],
)
def test_harm_and_learning_actions_are_refused_while_the_assessment_is_in_progress(
    personas, act, reviewer, name, data, doing
):
    assessment = in_progress(act, reviewer)
    events = CaseEvent.objects.count()

    response = personas["reviewer"].post(reverse(name, args=[assessment.pk]), data)

    body = refusal(response)
    assert f"Complete the questionnaire before {doing}." in body
    assert reverse("cases:question", args=[assessment.pk, "Q2"]) in body
    act.case.refresh_from_db()
    assert act.case.harm_severity == ""
    assert not LearningAction.objects.exists()
    assert CaseEvent.objects.count() == events


def test_a_decision_is_refused_in_the_same_way(personas, act, reviewer):
    assessment = in_progress(act, reviewer)

    body = refusal(decide(personas["reviewer"], assessment, primary="task_complexity"))

    assert "Complete the questionnaire before deciding." in body


def test_the_harm_is_refused_on_a_reassessment_in_progress_and_kept_as_it_was(
    personas, act, reviewer
):
    first = assessed(act, reviewer, TASER.answers)
    decision_record(assessment=first, by=reviewer, primary="task_complexity")
    personas["reviewer"].post(reverse("cases:harm", args=[first.pk]), {"severity": "minor"})
    again = assessment_start(act=act, by=reviewer, reason="New CCTV from the stairwell.")

    response = personas["reviewer"].post(
        reverse("cases:harm", args=[again.pk]), {"severity": "serious"}
    )

    assert "Complete the questionnaire before recording the harm." in refusal(response)
    act.case.refresh_from_db()
    assert act.case.harm_severity == "minor"

"""Outcome-blind: on an act's result page the harm (recorded, or the form to record it) appears
only once this act's decision stands confirmed; before that, recording it is refused."""

import pytest
from django.urls import reverse

from cases.assessments import answer_record, assessment_start
from cases.choices import EventKind
from cases.decisions import decision_record, second_review_record
from tests.factories import FALSE_ENTRY, TASER, ActFactory, assessed

pytestmark = pytest.mark.django_db

SEVERE = "Death or serious injury"  # the label of the harm recorded below: unmistakable on a page


@pytest.fixture
def two_acts(act):
    """A case whose act 1 is decided and its harm recorded from act 1's result page."""
    return act, ActFactory(case=act.case, number=2)


def record_harm(client, assessment, severity="death_or_serious_injury"):
    return client.post(reverse("cases:harm", args=[assessment.pk]), {"severity": severity})


def page(client, assessment) -> str:
    response = client.get(reverse("cases:review", args=[assessment.pk]))
    assert response.status_code == 200
    return response.content.decode()


def shows_harm(body: str, assessment) -> bool:
    return SEVERE in body or reverse("cases:harm", args=[assessment.pk]) in body


def harmed_through_act_1(client, act, reviewer):
    first = assessed(act, reviewer, TASER.answers)
    decision_record(assessment=first, by=reviewer, primary="task_complexity")
    assert record_harm(client, first).status_code == 302
    return first


def test_act_2_undecided_shows_no_harm_and_refuses_it(personas, two_acts, reviewer):
    first, second = two_acts
    client = personas["reviewer"]
    harmed_through_act_1(client, first, reviewer)
    assessment = assessed(second, reviewer, TASER.answers)

    body = page(client, assessment)
    response = record_harm(client, assessment, "none")

    assert not shows_harm(body, assessment)
    assert response.status_code == 409
    assert "Decide this act before recording the harm." in response.content.decode()
    first.case.refresh_from_db()
    assert first.case.harm_severity == "death_or_serious_injury"
    assert first.case.events.filter(kind=EventKind.HARM_RECORDED).count() == 1


def test_a_deviation_proposal_shows_no_harm_to_either_reviewer_until_concurred(
    personas, two_acts, reviewer, second_reviewer
):
    first, second = two_acts
    harmed_through_act_1(personas["reviewer"], first, reviewer)
    assessment = assessed(second, reviewer, FALSE_ENTRY.answers)
    proposal = decision_record(assessment=assessment, by=reviewer, primary="deviation")

    for persona in ("reviewer", "second_reviewer"):
        assert not shows_harm(page(personas[persona], assessment), assessment), persona
    refusal = record_harm(personas["second_reviewer"], assessment, "none")
    assert refusal.status_code == 409
    assert "waiting for a second reviewer" in refusal.content.decode()

    second_review_record(decision=proposal, by=second_reviewer, concur=True)

    assert shows_harm(page(personas["second_reviewer"], assessment), assessment)


def test_after_a_send_back_the_harm_waits_for_a_new_decision(
    personas, two_acts, reviewer, second_reviewer
):
    first, second = two_acts
    client = personas["reviewer"]
    harmed_through_act_1(client, first, reviewer)
    assessment = assessed(second, reviewer, FALSE_ENTRY.answers)
    proposal = decision_record(assessment=assessment, by=reviewer, primary="deviation")
    second_review_record(decision=proposal, by=second_reviewer, concur=False, comment="Weak.")

    body = page(client, assessment)
    refusal = record_harm(client, assessment, "none")

    assert not shows_harm(body, assessment)
    assert refusal.status_code == 409
    assert "sent back: decide it again before recording the harm" in refusal.content.decode()

    decision_record(
        assessment=assessment, by=reviewer, primary="inattention", rationale="A lapse, on review."
    )

    assert shows_harm(page(client, assessment), assessment)
    assert record_harm(client, assessment, "none").status_code == 302


def test_the_harm_comes_after_the_decision_on_the_page(personas, act, reviewer):
    client = personas["reviewer"]
    assessment = harmed_through_act_1(client, act, reviewer)

    body = page(client, assessment)

    assert body.index('id="decision"') < body.index('id="harm"') < body.index(SEVERE)


def test_the_questionnaire_and_check_your_answers_never_show_the_harm(personas, two_acts, reviewer):
    first, second = two_acts
    client = personas["reviewer"]
    harmed_through_act_1(client, first, reviewer)
    assessment = assessment_start(act=second, by=reviewer)
    question = client.get(reverse("cases:question", args=[assessment.pk, "Q1"]))
    for question_id, (choice, text) in TASER.answers.items():
        answer_record(
            assessment=assessment, by=reviewer, question_id=question_id, choice=choice, text=text
        )

    check = client.get(reverse("cases:check_answers", args=[assessment.pk]))

    for response in (question, check):
        assert response.status_code == 200
        assert not shows_harm(response.content.decode(), assessment)

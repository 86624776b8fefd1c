"""Two people for blame, as the reviewers read it: a proposal says it waits for concurrence, the
second review says what became of it, and the queue shows a decision sent back."""

import pytest
from django.urls import reverse

from cases.decisions import decision_record
from tests.factories import FALSE_ENTRY, TASER, assessed

pytestmark = pytest.mark.django_db


def banner(response) -> str:
    assert response.status_code == 302
    return " ".join(str(m) for m in response.wsgi_request._messages)


def propose_deviation(client, assessment):
    return client.post(reverse("cases:decide", args=[assessment.pk]), {"primary": "deviation"})


def second_review(client, decision, **data):
    return client.post(reverse("cases:second_review", args=[decision.pk]), data)


def test_proposing_deviation_says_it_waits_for_a_different_reviewer(personas, act, reviewer):
    assessment = assessed(act, reviewer, FALSE_ENTRY.answers)

    said = banner(propose_deviation(personas["reviewer"], assessment))

    assert said == (
        "Your proposal is recorded. It is not yet a decision: it stands only once a different "
        "reviewer concurs with it."
    )


def test_a_decision_needing_no_second_review_is_recorded_as_before(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)

    response = personas["reviewer"].post(
        reverse("cases:decide", args=[assessment.pk]), {"primary": "task_complexity"}
    )

    assert banner(response) == "Your decision is recorded."


def test_concurring_says_the_decision_stands(personas, act, reviewer):
    proposal = decision_record(
        assessment=assessed(act, reviewer, FALSE_ENTRY.answers), by=reviewer, primary="deviation"
    )

    said = banner(second_review(personas["second_reviewer"], proposal, verdict="concur"))

    assert said == "You concurred: the decision (Deviation) stands."


def test_sending_back_says_whose_it_is_to_decide_again(personas, act, reviewer):
    reviewer.first_name, reviewer.last_name = "Priya", "Shah"
    reviewer.save()
    proposal = decision_record(
        assessment=assessed(act, reviewer, FALSE_ENTRY.answers), by=reviewer, primary="deviation"
    )

    response = second_review(
        personas["second_reviewer"], proposal, verdict="send_back", comment="Q1 is not evidenced."
    )

    assert banner(response) == (
        "You sent the decision back: it goes back to Priya Shah to decide again."
    )


def queue_row(client, reference: str, tab: str = "mine") -> str:
    page = client.get(reverse("cases:queue"), {"tab": tab}).content.decode()
    start = page.index(f">{reference}</a>")
    return page[start : page.index("</tr>", start)]


def test_the_proposers_queue_shows_a_decision_sent_back_until_it_is_decided_again(
    personas, act, reviewer, second_reviewer
):
    assessment = assessed(act, reviewer, FALSE_ENTRY.answers)
    proposal = decision_record(assessment=assessment, by=reviewer, primary="deviation")
    reference = act.case.reference
    assert "Sent back" not in queue_row(personas["reviewer"], reference)

    second_review(personas["second_reviewer"], proposal, verdict="send_back", comment="Weak.")

    row = queue_row(personas["reviewer"], reference)
    assert "In review" in row and "Sent back" in row
    assert "Sent back" in queue_row(personas["second_reviewer"], reference, tab="open")

    decision_record(
        assessment=assessment, by=reviewer, primary="inattention", rationale="A lapse, on review."
    )

    assert "Sent back" not in queue_row(personas["reviewer"], reference, tab="decided")


def test_a_concurred_decision_is_not_shown_as_sent_back(personas, act, reviewer):
    proposal = decision_record(
        assessment=assessed(act, reviewer, FALSE_ENTRY.answers), by=reviewer, primary="deviation"
    )
    second_review(personas["second_reviewer"], proposal, verdict="concur")

    row = queue_row(personas["reviewer"], act.case.reference, tab="decided")

    assert "Sent back" not in row

"""What a decision shows, and to whom: its contributing reasons and system factors wherever its
reason is shown; a replaced assessment as a record only; the supervisor's timeline without the
reviewers' working."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from cases import decisions
from cases.assessments import assessment_start
from cases.choices import EventKind
from cases.models import Decision
from cases.outcomes import Combination, combination_of, supervisor_timeline
from tests.cases.test_decisions import decide
from tests.factories import FALSE_ENTRY, TASER, ActFactory, assessed

pytestmark = pytest.mark.django_db


def page(client, name, *args) -> str:
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    return response.content.decode()


def between(html: str, start: str, end: str | None = None) -> str:
    """The part of a page from one marker to the next (or to the end)."""
    html = html[html.index(start) :]
    return html[: html.index(end)] if end else html


def timeline(html: str) -> str:
    return between(html, '<section id="timeline"', "</section>")


def send_back_then_decide_inattention(personas, act, reviewer):
    """A Deviation proposal that the second reviewer sends back; then a confirmed Inattention."""
    assessment = assessed(act, reviewer, FALSE_ENTRY.answers)
    decide(personas["reviewer"], assessment, primary="deviation")
    proposal = Decision.objects.get()
    personas["second_reviewer"].post(
        reverse("cases:second_review", args=[proposal.pk]),
        {"verdict": "send_back", "comment": "Check the custody CCTV first."},
    )
    decide(
        personas["reviewer"],
        assessment,
        primary="inattention",
        rationale="CCTV shows a tired officer, not a false entry.",
    )
    return assessment


# Combinations are normal: contributing reasons and system factors beside the primary reason.


def test_combination_gives_labels_in_the_models_order_and_nothing_when_empty():
    mixed = Decision(
        contributing=["task_complexity", "inattention"], system_factors=["welfare", "procedure"]
    )

    assert combination_of(mixed) == Combination(
        contributing=("Inattention", "Task complexity or unpredictability"),
        system_factors=("Procedure", "Welfare"),
    )
    assert combination_of(Decision()) == Combination(contributing=(), system_factors=())


def test_combination_shows_an_unknown_code_rather_than_failing():
    assert combination_of(Decision(system_factors=["shift_pattern"])).system_factors == (
        "Shift pattern",
    )


def test_the_decision_shows_its_contributing_reasons_and_system_factors_everywhere(
    personas, act, reviewer
):
    assessment = assessed(act, reviewer, TASER.answers)
    decide(
        personas["reviewer"],
        assessment,
        primary="task_complexity",
        contributing=["lack_of_skill", "inattention"],
        system_factors=["workload", "training"],
    )
    reference = act.case.reference

    review = page(personas["reviewer"], "cases:review", assessment.pk)
    reviewer_case = page(personas["reviewer"], "cases:detail", reference)
    summary = page(personas["reviewer"], "cases:summary", reference)
    supervisor_case = page(personas["supervisor_a"], "cases:detail", reference)

    contributing = "Inattention, Lack of skill or ability"
    factors = "Training, Workload or resourcing"
    for shown in (
        between(review, 'id="decision"', 'id="learning-actions"'),
        between(reviewer_case, 'id="act-1"', "</section>"),
        between(summary, "Decision:", "Learning actions"),
        between(supervisor_case, 'id="act-1"', "</section>"),
    ):
        assert contributing in shown
        assert factors in shown
        assert "workload" not in shown  # the labels, not the codes
    assert "Contributing reasons" in between(supervisor_case, 'id="act-1"', "</section>")
    assert "System factors" in between(supervisor_case, 'id="act-1"', "</section>")


def test_a_decision_without_a_combination_shows_no_empty_rows(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)
    decide(personas["reviewer"], assessment, primary="task_complexity")
    reference = act.case.reference

    review = page(personas["reviewer"], "cases:review", assessment.pk)
    reviewer_case = page(personas["reviewer"], "cases:detail", reference)
    summary = page(personas["reviewer"], "cases:summary", reference)
    supervisor_case = page(personas["supervisor_a"], "cases:detail", reference)

    for shown in (
        between(review, 'id="decision"', 'id="learning-actions"'),
        between(reviewer_case, 'id="act-1"', "</section>"),
        between(summary, "Decision:", "Learning actions"),
        between(supervisor_case, 'id="act-1"', "</section>"),
    ):
        assert "Contributing reasons" not in shown
        assert "System factors" not in shown


# A replaced assessment is a record: it says so, points to the newer one and offers nothing.


def test_a_replaced_assessment_points_to_the_newer_one_and_offers_no_actions(
    personas, act, reviewer
):
    old = assessed(act, reviewer, TASER.answers)
    decide(personas["reviewer"], old, primary="task_complexity")
    new = assessment_start(act=act, by=reviewer, reason="New CCTV from the stairwell.")

    body = page(personas["reviewer"], "cases:review", old.pk)

    assert "A newer assessment of act 1 has replaced this one." in body
    assert "New CCTV from the stairwell." in body
    assert f'href="{reverse("cases:review", args=[new.pk])}"' in body
    assert "Earlier assessments of this act" not in body  # the old one was the first
    assert reverse("cases:add_action", args=[old.pk]) not in body
    assert "Add a learning action" not in body
    assert reverse("cases:harm", args=[old.pk]) not in body
    assert reverse("cases:decide", args=[old.pk]) not in body


def test_an_assessment_lists_only_the_ones_started_before_it_as_earlier(personas, act, reviewer):
    first = assessed(act, reviewer, TASER.answers)
    decide(personas["reviewer"], first, primary="task_complexity")
    second = assessed(act, reviewer, TASER.answers, reason="A witness came forward.")
    decide(personas["reviewer"], second, primary="task_complexity")
    third = assessed(act, reviewer, TASER.answers, reason="The Taser log was downloaded.")

    middle = page(personas["reviewer"], "cases:review", second.pk)
    latest = page(personas["reviewer"], "cases:review", third.pk)

    earlier = between(middle, "Earlier assessments of this act")
    assert reverse("cases:review", args=[first.pk]) in earlier
    assert reverse("cases:review", args=[third.pk]) not in earlier
    assert reverse("cases:review", args=[third.pk]) in between(middle, "replaced this one")
    assert "replaced this one" not in latest
    assert "Add a learning action" in latest
    latest_earlier = between(latest, "Earlier assessments of this act")
    assert reverse("cases:review", args=[first.pk]) in latest_earlier
    assert reverse("cases:review", args=[second.pk]) in latest_earlier


def test_posting_to_a_replaced_assessment_is_refused_and_changes_nothing(personas, act, reviewer):
    old = assessed(act, reviewer, TASER.answers)
    decide(personas["reviewer"], old, primary="task_complexity")
    assessment_start(act=act, by=reviewer, reason="New CCTV from the stairwell.")
    events = act.case.events.count()

    action = personas["reviewer"].post(
        reverse("cases:add_action", args=[old.pk]),
        {
            "kind": "training",
            "description": "Refresh the stairwell briefing.",
            "owner": "Taser lead",
            "due_date": (timezone.localdate() + dt.timedelta(days=30)).isoformat(),
        },
    )
    harm = personas["reviewer"].post(reverse("cases:harm", args=[old.pk]), {"severity": "minor"})

    assert (action.status_code, harm.status_code) == (409, 409)
    assert "A newer assessment of this act has replaced this one." in action.content.decode()
    assert not act.learning_actions.exists()
    act.case.refresh_from_db()
    assert act.case.harm_severity == ""
    assert act.case.events.count() == events


# The supervisor sees decisions that stand, not proposals, the suggestion or the send-back.


def test_the_supervisor_never_sees_a_sent_back_proposal_or_the_suggestion(personas, act, reviewer):
    send_back_then_decide_inattention(personas, act, reviewer)

    shown = timeline(page(personas["supervisor_a"], "cases:detail", act.case.reference))

    assert "Decided: Inattention" in shown
    assert "Proposed" not in shown
    assert "suggestion was" not in shown
    assert "Deviation" not in shown
    assert "CCTV" not in shown  # neither the rationale nor the second reviewer's comment


def test_reviewers_still_see_the_whole_working(personas, act, reviewer):
    send_back_then_decide_inattention(personas, act, reviewer)

    shown = timeline(page(personas["reviewer"], "cases:detail", act.case.reference))

    assert "Proposed Deviation: a second reviewer must concur" in shown
    assert "Sent back Deviation: Check the custody CCTV first." in shown
    assert "Decided: Inattention (suggestion was Deviation)" in shown


def test_the_supervisor_sees_a_deviation_only_once_a_second_reviewer_concurs(
    personas, act, reviewer, second_reviewer
):
    decision = decisions.decision_record(
        assessment=assessed(act, reviewer, FALSE_ENTRY.answers), by=reviewer, primary="deviation"
    )
    awaiting = timeline(page(personas["supervisor_a"], "cases:detail", act.case.reference))
    decisions.second_review_record(decision=decision, by=second_reviewer, concur=True)
    concurred = timeline(page(personas["supervisor_a"], "cases:detail", act.case.reference))

    assert "Deviation" not in awaiting
    assert "Decided: Deviation, with a second reviewer&#x27;s concurrence" in concurred
    assert "Proposed" not in concurred


def test_to_the_supervisor_a_case_awaiting_a_second_review_is_in_review(personas, act, reviewer):
    """Only Deviation waits for a second reviewer, so the status would give the proposal away."""
    decisions.decision_record(
        assessment=assessed(act, reviewer, FALSE_ENTRY.answers), by=reviewer, primary="deviation"
    )
    supervisor = personas["supervisor_a"]

    for seen in (
        page(supervisor, "cases:detail", act.case.reference),
        page(supervisor, "cases:mine"),
    ):
        assert "Awaiting second review" not in seen
        assert ">In review</strong>" in seen
    reviewers_page = page(personas["reviewer"], "cases:detail", act.case.reference)
    assert "Awaiting second review" in reviewers_page
    assert "View the result and decision" in reviewers_page  # nothing left to decide there
    assert "View the result and decide" not in reviewers_page


def test_the_supervisors_timeline_is_newest_first_with_one_entry_per_standing_decision(
    act, reviewer, second_reviewer
):
    other = ActFactory(case=act.case, number=2)
    decisions.decision_record(
        assessment=assessed(act, reviewer, TASER.answers), by=reviewer, primary="task_complexity"
    )
    proposal = decisions.decision_record(
        assessment=assessed(other, reviewer, FALSE_ENTRY.answers), by=reviewer, primary="deviation"
    )
    decisions.second_review_record(decision=proposal, by=second_reviewer, concur=True)

    entries = supervisor_timeline(act.case)

    assert [(e.kind, e.act.number, e.message, e.actor) for e in entries if e.act][:2] == [
        # by the reviewer who decided it, not the one who concurred
        (
            EventKind.DECISION,
            2,
            "Decided: Deviation, with a second reviewer's concurrence",
            reviewer,
        ),
        (EventKind.DECISION, 1, "Decided: Task complexity or unpredictability", reviewer),
    ]
    assert entries == sorted(entries, key=lambda e: e.at, reverse=True)
    assert not [e for e in entries if e.kind in {EventKind.SECOND_REVIEW, EventKind.ANSWERED}]


def test_the_supervisors_case_list_says_which_acts_are_decided_and_which_are_not(
    personas, act, reviewer
):
    from cases import services

    decisions.decision_record(
        assessment=assessed(act, reviewer, TASER.answers), by=reviewer, primary="task_complexity"
    )
    listed = between(page(personas["supervisor_a"], "cases:mine"), "<tbody", "</tbody>")
    assert "Task complexity or unpredictability</strong> (tolerable)" in listed
    assert "ot decided yet" not in listed

    services.case_reopen(case=act.case, by=reviewer, reason="New footage came in.")
    reopened = between(page(personas["supervisor_a"], "cases:mine"), "<tbody", "</tbody>")
    assert ">In review</strong>" in reopened
    assert "(tolerable)" in reopened and "ot decided yet" not in reopened  # it still stands

    ActFactory(case=act.case, number=2)
    two_acts = between(page(personas["supervisor_a"], "cases:mine"), "<tbody", "</tbody>")
    assert "Act 1: <strong>" in two_acts
    assert "Act 2: not decided yet" in two_acts

"""The human decides: accept or override, two people for blame, harm after, re-assessment."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cases.assessments import (
    AssessmentError,
    assessment_start,
    harm_record,
)
from cases.choices import AssessmentStatus, DecisionStatus, EventKind, Status
from cases.decisions import decision_record, second_review_record
from cases.models import Decision
from tests.conftest import signed_in
from tests.factories import (
    FALSE_ENTRY,
    TASER,
    ActFactory,
    LearningActionFactory,
    UserFactory,
    assessed,
)

pytestmark = pytest.mark.django_db


def decide(client, assessment, **data):
    return client.post(reverse("cases:decide", args=[assessment.pk]), data)


def test_accepting_the_suggestion_decides_the_act_and_the_case(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)

    response = decide(personas["reviewer"], assessment, primary="task_complexity")

    assert response.status_code == 302
    decision = Decision.objects.get()
    assert (decision.primary_reason, decision.status, decision.overridden) == (
        "task_complexity",
        DecisionStatus.CONFIRMED,
        False,
    )
    act.case.refresh_from_db()
    assert act.case.status == Status.DECIDED and act.case.decided_at is not None
    assert act.case.events.filter(kind=EventKind.DECISION).count() == 1


def test_override_without_a_rationale_is_refused_with_a_message(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)

    response = decide(personas["reviewer"], assessment, primary="inattention", rationale=" ")

    body = response.content.decode()
    assert response.status_code == 200
    assert "rather than the suggested Task complexity or unpredictability: say why" in body
    assert not Decision.objects.exists()


def test_an_override_rationale_that_is_too_long_gets_one_message_not_two(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)

    response = decide(personas["reviewer"], assessment, primary="inattention", rationale="x" * 4001)

    body = response.content.decode()
    assert "The rationale must be 4000 characters or fewer (it has 4001)" in body
    assert "rather than the suggested" not in body
    assert not Decision.objects.exists()


def test_override_with_a_rationale_is_recorded(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)

    decide(
        personas["reviewer"],
        assessment,
        primary="lack_of_skill",
        rationale="Taser refresher overdue by five months.",
        contributing=["task_complexity"],
        system_factors=["training"],
    )

    decision = Decision.objects.get()
    assert decision.overridden
    assert (decision.contributing, decision.system_factors) == (["task_complexity"], ["training"])


def test_a_deviation_decision_waits_for_a_different_reviewer(
    personas, act, reviewer, second_reviewer
):
    assessment = assessed(act, reviewer, FALSE_ENTRY.answers)
    decide(personas["reviewer"], assessment, primary="deviation")
    decision = Decision.objects.get()
    act.case.refresh_from_db()
    assert (decision.status, act.case.status) == (
        DecisionStatus.AWAITING_SECOND_REVIEW,
        Status.AWAITING_SECOND_REVIEW,
    )

    own = personas["reviewer"].post(
        reverse("cases:second_review", args=[decision.pk]), {"verdict": "concur"}
    )
    other = personas["second_reviewer"].post(
        reverse("cases:second_review", args=[decision.pk]), {"verdict": "concur"}
    )

    assert own.status_code == 403
    assert other.status_code == 302
    decision.refresh_from_db()
    act.case.refresh_from_db()
    assert (decision.status, decision.second_reviewer, act.case.status) == (
        DecisionStatus.CONFIRMED,
        second_reviewer,
        Status.DECIDED,
    )


def test_deviation_as_a_contributing_reason_also_waits_for_a_second_reviewer(
    personas, act, reviewer, second_reviewer
):
    assessment = assessed(act, reviewer, TASER.answers)
    decide(personas["reviewer"], assessment, primary="task_complexity", contributing=["deviation"])
    decision = Decision.objects.get()
    assert decision.status == DecisionStatus.AWAITING_SECOND_REVIEW
    assert act.case.events.filter(
        message__startswith="Proposed Task complexity or unpredictability, with Deviation "
        "contributing: a second reviewer must concur"
    ).exists()

    personas["second_reviewer"].post(
        reverse("cases:second_review", args=[decision.pk]), {"verdict": "concur"}
    )

    decision.refresh_from_db()
    act.case.refresh_from_db()
    assert (decision.status, act.case.status) == (DecisionStatus.CONFIRMED, Status.DECIDED)


def test_sending_back_needs_a_comment_and_reopens_the_decision(
    personas, act, reviewer, second_reviewer
):
    assessment = assessed(act, reviewer, FALSE_ENTRY.answers)
    decide(personas["reviewer"], assessment, primary="deviation")
    decision = Decision.objects.get()
    url = reverse("cases:second_review", args=[decision.pk])

    silent = personas["second_reviewer"].post(url, {"verdict": "send_back", "comment": ""})
    sent = personas["second_reviewer"].post(
        url, {"verdict": "send_back", "comment": "Check the custody CCTV first."}
    )

    assert "Say why you are sending the decision back" in silent.content.decode()
    assert sent.status_code == 302
    decision.refresh_from_db()
    act.case.refresh_from_db()
    assert (decision.status, act.case.status) == (DecisionStatus.SENT_BACK, Status.IN_REVIEW)
    # The reviewer may now decide again on the same assessment.
    decide(personas["reviewer"], assessment, primary="deviation")
    assert Decision.objects.filter(status=DecisionStatus.AWAITING_SECOND_REVIEW).count() == 1


def test_deciding_twice_is_refused_and_records_one_decision(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)
    decide(personas["reviewer"], assessment, primary="task_complexity")

    again = decide(personas["reviewer"], assessment, primary="task_complexity")

    assert again.status_code == 409
    assert Decision.objects.count() == 1


def test_another_reviewer_cannot_decide_someone_elses_assessment(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)
    response = decide(personas["second_reviewer"], assessment, primary="task_complexity")
    assert response.status_code == 403
    assert not Decision.objects.exists()


def test_harm_is_refused_before_the_acts_decision_stands_and_kept_on_the_case_after(
    act, reviewer, second_reviewer
):
    assessment = assessed(act, reviewer, FALSE_ENTRY.answers)
    with pytest.raises(AssessmentError, match="Decide this act before recording the harm"):
        harm_record(assessment=assessment, by=reviewer, severity="minor")
    proposal = decision_record(assessment=assessment, by=reviewer, primary="deviation")
    with pytest.raises(AssessmentError, match="waiting for a second reviewer"):
        harm_record(assessment=assessment, by=reviewer, severity="minor")
    second_review_record(decision=proposal, by=second_reviewer, concur=True)

    case = harm_record(assessment=assessment, by=reviewer, severity="minor")

    assert case.harm_severity == "minor"
    assert case.events.filter(kind=EventKind.HARM_RECORDED).count() == 1
    other = ActFactory(case=act.case, number=2)
    with pytest.raises(AssessmentError, match="Decide this act before recording the harm"):
        harm_record(
            assessment=assessed(other, reviewer, TASER.answers), by=reviewer, severity="none"
        )


def test_reassessment_needs_a_reason_and_supersedes_the_old_decision_only_once_decided(
    personas, act, reviewer
):
    first = assessed(act, reviewer, TASER.answers)
    decide(personas["reviewer"], first, primary="task_complexity")
    with pytest.raises(AssessmentError, match="Say why the act is being assessed again"):
        assessment_start(act=act, by=reviewer)

    second = assessed(act, reviewer, FALSE_ENTRY.answers, reason="New CCTV shows a false entry.")
    act.case.refresh_from_db()
    assert act.case.status == Status.IN_REVIEW
    assert Decision.objects.get().status == DecisionStatus.CONFIRMED  # still stands meanwhile

    decide(personas["reviewer"], second, primary="inattention", rationale="Seen the CCTV.")

    statuses = dict(Decision.objects.values_list("assessment_id", "status"))
    assert statuses == {first.pk: DecisionStatus.SUPERSEDED, second.pk: DecisionStatus.CONFIRMED}
    first.refresh_from_db()
    assert first.status == AssessmentStatus.SUPERSEDED
    assert second.supersedes == first
    assert act.case.events.filter(message__contains="New CCTV shows a false entry.").exists()


def test_a_reassessment_reason_with_a_null_character_is_refused_with_a_message(
    personas, act, reviewer
):
    """PostgreSQL cannot store it: this was a 500 there."""
    decide(personas["reviewer"], assessed(act, reviewer, TASER.answers), primary="task_complexity")
    url = reverse("cases:assess", args=[act.case.reference, act.number])

    response = personas["reviewer"].post(url, {"reason": "New CCTV\x00"}, follow=True)

    assert "The reason contains a null character" in response.content.decode()
    assert act.assessments.count() == 1


def test_deciding_again_from_a_second_tab_says_what_was_decided_and_keeps_the_rationale(
    personas, act, reviewer
):
    assessment = assessed(act, reviewer, TASER.answers)
    decide(personas["reviewer"], assessment, primary="task_complexity")

    response = decide(
        personas["reviewer"], assessment, primary="inattention", rationale="He was distracted."
    )

    body = response.content.decode()
    assert response.status_code == 409
    assert "You decided this act already, as Task complexity or unpredictability, at" in body
    assert "He was distracted." in body
    assert Decision.objects.count() == 1


def test_a_second_review_given_twice_names_who_gave_it_and_keeps_the_comment(
    personas, act, reviewer, second_reviewer
):
    decision = decision_record(
        assessment=assessed(act, reviewer, FALSE_ENTRY.answers), by=reviewer, primary="deviation"
    )
    url = reverse("cases:second_review", args=[decision.pk])
    personas["second_reviewer"].post(url, {"verdict": "concur"})

    third = signed_in(UserFactory(username="reviewer.three", role="Reviewer"))
    response = third.post(url, {"verdict": "send_back", "comment": "The CCTV shows otherwise."})

    body = response.content.decode()
    assert f"{second_reviewer.get_full_name()} concurred with this decision already, at" in body
    assert "The CCTV shows otherwise." in body


def test_a_reassessment_without_a_reason_shows_the_form_open_with_its_error(
    personas, act, reviewer
):
    decide(personas["reviewer"], assessed(act, reviewer, TASER.answers), primary="task_complexity")
    url = reverse("cases:assess", args=[act.case.reference, act.number])

    response = personas["reviewer"].post(url, {"reason": "  "})

    body = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in body
    assert '<a href="#reassess-1">Say why the act is being assessed again' in body
    assert '<details class="govuk-details" open>' in body
    assert 'aria-describedby="reassess-1-hint reassess-1-error"' in body
    assert act.assessments.count() == 1


def test_a_case_is_decided_only_when_every_act_is(personas, act, reviewer):
    other = ActFactory(case=act.case, number=2)
    decide(personas["reviewer"], assessed(act, reviewer, TASER.answers), primary="task_complexity")
    act.case.refresh_from_db()
    assert act.case.status == Status.IN_REVIEW

    decide(
        personas["reviewer"], assessed(other, reviewer, TASER.answers), primary="task_complexity"
    )
    act.case.refresh_from_db()
    assert act.case.status == Status.DECIDED


def test_deciding_the_last_act_costs_the_same_queries_for_one_act_or_four(unit_a, reviewer):
    def queries_to_decide_the_last_of(acts: int) -> int:
        case = ActFactory(case__unit=unit_a, number=1).case
        others = [ActFactory(case=case, number=n) for n in range(2, acts + 1)]
        for other in others:
            decision_record(
                assessment=assessed(other, reviewer, TASER.answers),
                by=reviewer,
                primary="task_complexity",
            )
        last = assessed(case.acts.get(number=1), reviewer, TASER.answers)
        with CaptureQueriesContext(connection) as captured:
            decision_record(assessment=last, by=reviewer, primary="task_complexity")
        case.refresh_from_db()
        assert case.status == Status.DECIDED
        return len(captured)

    assert queries_to_decide_the_last_of(4) == queries_to_decide_the_last_of(1)


def test_the_service_keeps_only_known_contributing_reasons_and_system_factors(act, reviewer):
    decision = decision_record(
        assessment=assessed(act, reviewer, TASER.answers),
        by=reviewer,
        primary="task_complexity",
        contributing=["inattention", "made_up", "task_complexity"],
        system_factors=["workload", "<script>", "workload"],
    )
    assert (decision.contributing, decision.system_factors) == (["inattention"], ["workload"])


def test_learning_actions_are_added_and_marked_done(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)
    due = (timezone.localdate() + dt.timedelta(days=30)).isoformat()

    added = personas["reviewer"].post(
        reverse("cases:add_action", args=[assessment.pk]),
        {
            "kind": "procedure_review",
            "description": "Review stairwell Taser tactics.",
            "owner": "Taser lead",
            "due_date": due,
        },
    )
    action = act.learning_actions.get()
    done = personas["reviewer"].post(
        reverse("cases:action_status", args=[action.pk]),
        {"status": "done", "next": "https://evil.example/"},
    )

    assert added.status_code == 302
    assert done["Location"] == reverse("cases:detail", args=[act.case.reference])
    action.refresh_from_db()
    assert action.status == "done" and action.completed_at is not None
    page = personas["reviewer"].get(done["Location"]).content.decode()
    assert "Learning action done: Review stairwell Taser tactics." in page


def test_each_learning_action_shows_where_it_stands(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)
    today = timezone.localdate()
    for description, due, status in (
        ("Due next month", today + dt.timedelta(days=30), "open"),
        ("Due yesterday", today - dt.timedelta(days=1), "open"),
        ("Finished", today - dt.timedelta(days=1), "done"),
    ):
        LearningActionFactory(
            case=act.case, act=act, description=description, due_date=due, status=status
        )

    page = personas["reviewer"].get(reverse("cases:review", args=[assessment.pk])).content.decode()

    rows = {row.split("</td>")[0]: row for row in page.split("<strong>Training")[1:]}
    assert ">Open</strong>" in next(r for k, r in rows.items() if "Due next month" in k)
    assert ">Overdue</strong>" in next(r for k, r in rows.items() if "Due yesterday" in k)
    assert ">Done</strong>" in next(r for k, r in rows.items() if "Finished" in k)


def test_a_learning_action_due_in_the_past_is_refused(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)
    response = personas["reviewer"].post(
        reverse("cases:add_action", args=[assessment.pk]),
        {"kind": "training", "description": "x", "owner": "y", "due_date": "2020-01-01"},
    )
    assert "The due date must be today or in the future" in response.content.decode()
    assert not act.learning_actions.exists()


def test_a_learning_action_due_more_than_five_years_ahead_is_refused(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)
    response = personas["reviewer"].post(
        reverse("cases:add_action", args=[assessment.pk]),
        {
            "kind": "training",
            "description": "Refresh",
            "owner": "Inspector",
            "due_date": "9999-12-31",
        },
    )
    assert "The due date must be within five years" in response.content.decode()
    assert "Refresh</textarea>" in response.content.decode()  # what was typed is kept
    assert not act.learning_actions.exists()


def test_the_logging_supervisor_sees_the_outcome_but_not_the_answers(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)
    decide(personas["reviewer"], assessment, primary="task_complexity")

    mine = personas["supervisor_a"].get(reverse("cases:mine")).content.decode()
    page = personas["supervisor_a"].get(reverse("cases:detail", args=[act.case.reference]))
    review = personas["supervisor_a"].get(reverse("cases:review", args=[assessment.pk]))

    assert "Task complexity or unpredictability" in mine
    body = page.content.decode()
    assert "No individual action: organisational learning review" in body
    assert "Acknowledgement of the impossibility" in body
    assert "APP on conducted energy devices" not in body
    assert review.status_code == 403


def test_printable_summary_holds_the_facts_results_decisions_and_timeline(personas, act, reviewer):
    decide(personas["reviewer"], assessed(act, reviewer, TASER.answers), primary="task_complexity")

    body = personas["reviewer"].get(reverse("cases:summary", args=[act.case.reference]))

    text = body.content.decode()
    assert "Case summary" in text and act.case.reference in text
    assert "APP on conducted energy devices" in text
    assert "Decision recorded" in text


def test_a_reviewer_who_did_not_assess_the_act_is_told_who_can_decide_it(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)

    page = personas["second_reviewer"].get(reverse("cases:review", args=[assessment.pk]))

    assert f"Only {reviewer.get_full_name()}, who answered the questionnaire, can decide" in (
        page.content.decode()
    )


def test_an_error_on_the_contributing_reasons_is_read_out_with_them(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)

    response = decide(
        personas["reviewer"], assessment, primary="task_complexity", contributing=["blame"]
    )

    body = response.content.decode()
    assert 'id="id_contributing-error"' in body
    assert 'aria-describedby="id_contributing-error"' in body


def test_recording_the_same_harm_again_adds_nothing_to_the_timeline(personas, act, reviewer):
    assessment = assessed(act, reviewer, TASER.answers)
    decision_record(assessment=assessment, by=reviewer, primary="task_complexity")
    url = reverse("cases:harm", args=[assessment.pk])

    personas["reviewer"].post(url, {"severity": "minor"})
    personas["reviewer"].post(url, {"severity": "minor"})

    assert act.case.events.filter(kind=EventKind.HARM_RECORDED).count() == 1

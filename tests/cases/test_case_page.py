"""The case page: reviewers' actions, editing, and two people editing at once."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cases import decisions
from cases.choices import EventKind, Status
from cases.models import Case
from classification.models import Reason
from tests.factories import FALSE_ENTRY, TASER, ActFactory, CaseFactory, assessed

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(unit_a, supervisor_a):
    return ActFactory(case__unit=unit_a, case__logged_by=supervisor_a, number=1).case


def decided_case(unit, reviewer) -> Case:
    """A one-act case decided through the real services (its result is a stored one)."""
    first = ActFactory(case__unit=unit, number=1)
    assessment = assessed(first, reviewer, TASER.answers)
    decisions.decision_record(assessment=assessment, by=reviewer, primary="task_complexity")
    return first.case


def act(client, case, **data):
    return client.post(reverse("cases:act", args=[case.reference]), data)


def edit_data(case, **overrides) -> dict:
    return {
        "title": case.title,
        "occurred_date": timezone.localtime(case.occurred_at).date().isoformat(),
        "occurred_time": timezone.localtime(case.occurred_at).strftime("%H:%M"),
        "unit": str(case.unit_id),
        "category": case.category,
        "summary": case.summary,
        "origin": case.origin,
        "presumed_reason": case.presumed_reason,
        "subject_reference": case.subject_reference,
        "welfare_offered": "no",
        "welfare_note": "",
        "version": str(case.version),
        **overrides,
    }


def test_reviewer_assigns_the_case_to_themself(personas, case, reviewer):
    response = act(personas["reviewer"], case, action="assign_me")

    case.refresh_from_db()
    assert response.status_code == 302
    assert (case.reviewer, case.status) == (reviewer, Status.IN_REVIEW)


def test_reviewer_reassigns_to_a_colleague(personas, case, second_reviewer):
    act(personas["reviewer"], case, action="reassign", reviewer=second_reviewer.pk)
    case.refresh_from_db()
    assert case.reviewer == second_reviewer


def test_a_deactivated_reviewer_is_not_offered_for_reassignment(personas, case, second_reviewer):
    url, name = reverse("cases:detail", args=[case.reference]), second_reviewer.get_full_name()
    assert name.encode() in personas["reviewer"].get(url).content

    second_reviewer.is_active = False
    second_reviewer.save()

    assert name.encode() not in personas["reviewer"].get(url).content


def test_reassigning_to_a_supervisor_is_refused_with_a_message(personas, case, supervisor_a):
    response = act(personas["reviewer"], case, action="reassign", reviewer=supervisor_a.pk)
    page = personas["reviewer"].get(response["Location"]).content.decode()
    case.refresh_from_db()
    assert case.reviewer is None
    assert "is not a reviewer" in page


def test_comment_lands_on_the_timeline_and_htmx_gets_the_timeline_back(personas, case):
    response = personas["reviewer"].post(
        reverse("cases:act", args=[case.reference]),
        {"action": "comment", "text": "Spoke to the custody sergeant."},
        headers={"HX-Request": "true"},
    )

    body = response.content.decode()
    assert body.strip().startswith(f"<title>{case.reference} – Blame to Praise</title>")
    assert '<section id="timeline"' in body and "<html" not in body
    assert "Spoke to the custody sergeant." in body
    assert "Your comment is on the timeline.</div>" in body  # announced, outside the timeline
    assert case.events.filter(kind=EventKind.COMMENT).count() == 1


def test_an_empty_comment_sent_by_htmx_puts_error_in_the_tabs_title(personas, case):
    response = personas["reviewer"].post(
        reverse("cases:act", args=[case.reference]),
        {"action": "comment", "text": "  "},
        headers={"HX-Request": "true"},
    )

    body = response.content.decode()
    assert body.strip().startswith(f"<title>Error: {case.reference} – Blame to Praise</title>")
    assert "Enter a comment" in body
    status = re.search(r'<div id="timeline-status"[^>]*hx-swap-oob="true">(.*?)</div>', body)
    assert status[1] == "There is a problem with the comment: Enter a comment"


def test_empty_comment_gets_a_message(personas, case):
    response = act(personas["reviewer"], case, action="comment", text="   ")
    page = response.content.decode()
    assert "Enter a comment" in page
    assert "<title>Error: " in page
    summary = re.search(r'class="govuk-error-summary".*?</ul>', page, re.S)[0]
    assert '<a href="#id_text">Enter a comment</a>' in summary
    assert 'id="id_text"' in page  # the summary's link lands on the comment box
    assert not case.events.filter(kind=EventKind.COMMENT).exists()


def test_reviewer_adds_an_act(personas, case):
    act(personas["reviewer"], case, action="add_act", description="Recorded the visit as done.")
    assert list(case.acts.values_list("number", flat=True)) == [1, 2]


def test_unknown_action_is_refused_with_a_message(personas, case):
    response = act(personas["reviewer"], case, action="delete_everything")
    assert "not recognised" in personas["reviewer"].get(response["Location"]).content.decode()


def test_closing_an_undecided_case_is_refused_with_a_message(personas, case):
    response = act(personas["reviewer"], case, action="close", reason="Done")
    page = response.content.decode()
    case.refresh_from_db()
    assert case.status == Status.LOGGED
    assert "Only a decided case can be closed" in page
    assert "Not saved: “Done”" in page


def test_a_reference_typed_in_lower_case_opens_the_case(personas, case):
    response = personas["reviewer"].get(f"/cases/{case.reference.lower()}/")
    assert response.status_code == 200
    assert response.context["case"] == case


def test_closing_a_decided_case_needs_no_note_and_shows_no_error(personas, unit_a, reviewer):
    case = decided_case(unit_a, reviewer)
    before = personas["reviewer"].get(reverse("cases:detail", args=[case.reference]))
    before = before.content.decode()
    assert "Closing note (optional)" in before and "Close the case" in before
    assert "Reopen the case" not in before  # a decided case is re-assessed, not reopened
    response = act(personas["reviewer"], case, action="close", reason="")
    page = personas["reviewer"].get(response["Location"]).content.decode()
    case.refresh_from_db()
    assert case.status == Status.CLOSED
    assert "is closed" in page
    assert "Enter a reason" not in page
    assert "Closing note" not in page and "Close the case" not in page
    assert "Why is the case being reopened?" in page and "Reopen the case" in page


def test_a_closing_note_that_is_too_long_keeps_the_case_open(personas, unit_a, reviewer):
    case = decided_case(unit_a, reviewer)
    response = act(personas["reviewer"], case, action="close", reason="x" * 2001)
    case.refresh_from_db()
    assert case.status == Status.DECIDED
    assert "The reason must be 2000 characters or fewer (it has 2001)" in response.content.decode()


def test_a_reopened_case_left_as_it_was_can_be_closed_again(personas, unit_a, reviewer):
    case = decided_case(unit_a, reviewer)
    act(personas["reviewer"], case, action="close", reason="")
    act(personas["reviewer"], case, action="reopen", reason="New footage to look at.")
    case.refresh_from_db()
    assert case.status == Status.IN_REVIEW

    page = personas["reviewer"].get(reverse("cases:detail", args=[case.reference]))
    assert "Every act is decided." in page.content.decode()
    act(personas["reviewer"], case, action="close", reason="The footage changes nothing.")

    case.refresh_from_db()
    assert case.status == Status.CLOSED


def test_a_case_with_an_undecided_act_cannot_be_closed_even_in_review(personas, unit_a, reviewer):
    case = decided_case(unit_a, reviewer)
    ActFactory(case=case, number=2)
    Case.objects.filter(pk=case.pk).update(status=Status.IN_REVIEW)

    page = personas["reviewer"].get(reverse("cases:detail", args=[case.reference])).content.decode()
    response = act(personas["reviewer"], case, action="close", reason="")

    assert "Close the case" not in page
    assert "Only a decided case can be closed" in response.content.decode()
    case.refresh_from_db()
    assert case.status == Status.IN_REVIEW


def test_closing_a_case_a_colleague_just_closed_says_so_and_keeps_the_note(
    personas, unit_a, reviewer, second_reviewer
):
    case = decided_case(unit_a, reviewer)
    act(personas["reviewer"], case, action="close", reason="")

    response = act(personas["second_reviewer"], case, action="close", reason="My closing note")

    body = response.content.decode()
    assert f"This case was closed already by {reviewer.get_full_name()} at" in body
    assert "Not saved: “My closing note”" in body
    assert case.events.filter(kind=EventKind.CLOSED).count() == 1


def test_reopening_a_case_a_colleague_just_reopened_says_so_and_keeps_the_reason(
    personas, unit_a, reviewer, second_reviewer
):
    case = CaseFactory(unit=unit_a, status=Status.CLOSED)
    act(personas["reviewer"], case, action="reopen", reason="New footage.")

    response = act(personas["second_reviewer"], case, action="reopen", reason="A complaint.")

    body = response.content.decode()
    assert f"This case was reopened already by {reviewer.get_full_name()} at" in body
    assert "Not saved: “A complaint.”" in body


def test_assign_to_me_does_not_silently_take_over_from_a_colleague_who_just_took_it(
    personas, case, reviewer, second_reviewer
):
    act(personas["second_reviewer"], case, action="assign_me", reviewer_was="")

    refused = act(personas["reviewer"], case, action="assign_me", reviewer_was="")
    case.refresh_from_db()
    assert case.reviewer == second_reviewer
    assert "became its reviewer" in personas["reviewer"].get(refused["Location"]).content.decode()

    act(personas["reviewer"], case, action="assign_me", reviewer_was=str(second_reviewer.pk))
    case.refresh_from_db()
    assert case.reviewer == reviewer  # pressed again, knowingly


def test_reopening_without_a_reason_is_refused_and_keeps_the_page(personas, unit_a):
    case = CaseFactory(unit=unit_a, status=Status.CLOSED)
    response = act(personas["reviewer"], case, action="reopen", reason="")
    assert "Enter a reason" in response.content.decode()
    case.refresh_from_db()
    assert case.status == Status.CLOSED


def test_supervisor_edits_the_facts_and_the_timeline_shows_before_and_after(personas, case):
    response = personas["supervisor_a"].post(
        reverse("cases:edit", args=[case.reference]), edit_data(case, title="Corrected title")
    )

    assert response.status_code == 302
    page = personas["supervisor_a"].get(response["Location"]).content.decode()
    assert "Corrected title" in page
    assert "Title: “" in page


def test_two_people_editing_different_facts_both_keep_their_changes(personas, case):
    url = reverse("cases:edit", args=[case.reference])
    opened_version = case.version
    personas["reviewer"].post(url, edit_data(case, title="Reviewer's title"))

    response = personas["supervisor_a"].post(
        url, edit_data(case, summary="Supervisor's longer summary", version=str(opened_version))
    )

    assert response.status_code == 302
    saved = Case.objects.get(pk=case.pk)
    assert (saved.title, saved.summary) == ("Reviewer's title", "Supervisor's longer summary")


def test_both_changing_the_same_fact_is_refused_and_keeps_what_was_typed(personas, case, reviewer):
    url = reverse("cases:edit", args=[case.reference])
    opened_version = case.version
    personas["reviewer"].post(
        url, edit_data(case, title="Reviewer's title", welfare_note="Reviewer's note")
    )

    response = personas["supervisor_a"].post(
        url,
        edit_data(
            case,
            title="Supervisor's title",
            summary="Supervisor's longer summary",
            version=str(opened_version),
        ),
    )

    body = response.content.decode()
    assert "Someone else changed this case while you were editing" in body
    # Who, and only the field both changed (not the welfare note: only they changed that).
    assert f"{reviewer.get_full_name()} changed: Short title." in body
    form = response.context["form"]
    assert (form["title"].value(), form["summary"].value(), form["welfare_note"].value()) == (
        "Supervisor's title",
        "Supervisor's longer summary",
        "Reviewer's note",
    )
    saved = Case.objects.get(pk=case.pk)
    assert (saved.title, saved.summary) == ("Reviewer's title", case.summary)
    assert f'name="version" value="{saved.version}"' in body


def test_the_same_edit_sent_twice_is_saved_once_and_is_no_conflict(personas, case):
    url = reverse("cases:edit", args=[case.reference])
    data = edit_data(case, title="Corrected title")

    first = personas["supervisor_a"].post(url, data)
    again = personas["supervisor_a"].post(url, data, follow=True)

    assert first.status_code == 302 and again.redirect_chain
    assert "Nothing was changed" in again.content.decode()
    assert case.events.filter(kind=EventKind.EDITED).count() == 1


def test_a_supervisor_told_why_an_edit_was_not_saved_keeps_what_they_typed(personas, case):
    """A reviewer decided an act while the supervisor was typing."""
    url = reverse("cases:edit", args=[case.reference])
    Case.objects.filter(pk=case.pk).update(status=Status.DECIDED)

    response = personas["supervisor_a"].post(
        url, edit_data(case, summary="A long account typed over ten minutes.")
    )

    body = response.content.decode()
    assert response.status_code == 403
    assert "This case can no longer be edited: it is decided." in body
    assert "A long account typed over ten minutes." in body


def test_saving_again_after_a_conflict_keeps_the_second_version(personas, case):
    url = reverse("cases:edit", args=[case.reference])
    personas["reviewer"].post(url, edit_data(case, title="Reviewer's title"))
    conflict = personas["supervisor_a"].post(url, edit_data(case, title="Supervisor's title"))
    current_version = conflict.context["version"]

    personas["supervisor_a"].post(
        url, edit_data(case, title="Supervisor's title", version=str(current_version))
    )

    assert Case.objects.get(pk=case.pk).title == "Supervisor's title"


def test_a_tampered_version_cannot_overwrite_someone_elses_change(personas, case):
    url = reverse("cases:edit", args=[case.reference])
    personas["reviewer"].post(url, edit_data(case, title="Reviewer's title"))

    response = personas["supervisor_a"].post(url, edit_data(case, title="X", version="abc"))

    assert "Someone else changed this case" in response.content.decode()
    assert Case.objects.get(pk=case.pk).title == "Reviewer's title"


def test_every_read_of_a_case_page_is_recorded(personas, case, reviewer, supervisor_a):
    from cases.models import CaseAccess

    personas["reviewer"].get(reverse("cases:detail", args=[case.reference]))
    personas["supervisor_a"].get(reverse("cases:edit", args=[case.reference]))
    personas["supervisor_b"].get(reverse("cases:detail", args=[case.reference]))  # 404

    assert list(CaseAccess.objects.order_by("at", "id").values_list("user", "path")) == [
        (reviewer.pk, f"/cases/{case.reference}/"),
        (supervisor_a.pk, f"/cases/{case.reference}/edit/"),
    ]


def test_the_case_page_runs_a_constant_number_of_queries_for_1_and_4_decided_acts(
    personas, case, reviewer
):
    """For the reviewer (the work on each act) and the supervisor (each act's outcome)."""

    def decide(act):
        assessment = assessed(act, reviewer, FALSE_ENTRY.answers)
        decisions.decision_record(assessment=assessment, by=reviewer, primary="deviation")
        decisions.learning_action_add(case=case, act=act, by=reviewer, kind="training",
                                      description="Refresher", owner="Custody inspector",
                                      due_date=timezone.localdate())  # fmt: skip

    def queries() -> list[int]:
        counts = []
        for persona in ("reviewer", "supervisor_a"):
            with CaptureQueriesContext(connection) as captured:
                response = personas[persona].get(reverse("cases:detail", args=[case.reference]))
            assert response.status_code == 200
            counts.append(len(captured))
        return counts

    decide(case.acts.get())
    queries()  # the first requests also write the sessions
    one = queries()
    for number in (2, 3, 4):
        decide(ActFactory(case=case, number=number))

    assert queries() == one


def test_the_supervisor_sees_table_ones_response_with_its_line_breaks(personas, unit_a, reviewer):
    Reason.objects.filter(code="task_complexity").update(
        response="Acknowledge the failure.\nKeep the standard."
    )
    case = decided_case(unit_a, reviewer)

    body = personas["supervisor_a"].get(reverse("cases:detail", args=[case.reference]))

    assert (
        '<dd class="govuk-summary-list__value app-pre-line">'
        "Acknowledge the failure.\nKeep the standard.</dd>"
    ) in body.content.decode()


def test_the_supervisor_who_may_still_edit_adds_an_act_they_left_out(
    personas, unit_a, supervisor_a
):
    case = ActFactory(case__unit=unit_a, case__logged_by=supervisor_a, number=1).case
    url = reverse("cases:detail", args=[case.reference])
    supervisor = personas["supervisor_a"]
    assert "Add an act you left out" in supervisor.get(url).content.decode()

    response = supervisor.post(
        reverse("cases:act", args=[case.reference]),
        {"action": "add_act", "description": "Recorded the visit as done."},
        follow=True,
    )

    assert "Act 2 added." in response.content.decode()
    assert list(case.acts.values_list("number", "description")) == [
        (1, case.acts.get(number=1).description),
        (2, "Recorded the visit as done."),
    ]
    assert case.events.filter(kind=EventKind.ACT_ADDED, actor=supervisor_a).count() == 1


def test_once_an_act_is_decided_the_supervisor_is_told_and_keeps_what_they_typed(
    personas, unit_a, supervisor_a, reviewer
):
    act = ActFactory(case__unit=unit_a, case__logged_by=supervisor_a, number=1)
    decisions.decision_record(
        assessment=assessed(act, reviewer, TASER.answers), by=reviewer, primary="task_complexity"
    )
    case = act.case
    supervisor = personas["supervisor_a"]
    assert (
        "Add an act you left out"
        not in supervisor.get(reverse("cases:detail", args=[case.reference])).content.decode()
    )

    response = supervisor.post(
        reverse("cases:act", args=[case.reference]),
        {"action": "add_act", "description": "A second act, typed while it was decided."},
    )

    body = response.content.decode()
    assert "There is a problem" in body
    assert (
        "This case can no longer be given another act: it is decided. Send the act to the "
        "case’s reviewer, who can add it."
    ) in body
    assert "Add an act you left out" not in body  # it cannot be sent again
    assert "A second act, typed while it was decided." in body
    assert case.acts.count() == 1


@pytest.mark.parametrize("action", ["comment", "assign_me", "close", "reopen"])
def test_every_other_case_action_stays_the_reviewers(personas, unit_a, supervisor_a, action):
    case = ActFactory(case__unit=unit_a, case__logged_by=supervisor_a, number=1).case

    response = personas["supervisor_a"].post(
        reverse("cases:act", args=[case.reference]), {"action": action, "text": "x", "reason": "x"}
    )

    assert response.status_code == 403
    assert case.events.exclude(kind=EventKind.LOGGED).count() == 0

"""Case workflows: each change and its timeline event in one transaction; illegal moves refused."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.db.utils import DatabaseError
from django.utils import timezone

from cases import services
from cases.choices import Category, EventKind, Origin, Status
from cases.models import Case, CaseAccess, CaseEvent
from tests.factories import ActFactory, CaseFactory, decided_act

pytestmark = pytest.mark.django_db


def facts(unit, **overrides):
    return {
        "title": "Missed cell visit",
        "occurred_at": timezone.now() - dt.timedelta(days=1),
        "unit": unit,
        "category": Category.CUSTODY,
        "summary": "The 02:30 visit to cell 4 was not carried out.",
        "origin": Origin.SUPERVISOR,
        "presumed_reason": "deviation",
        "subject_reference": "PC123456",
        "welfare_offered": True,
        "welfare_note": "Offered occupational health referral.",
        **overrides,
    }


def test_case_log_gives_a_reference_numbers_the_acts_and_writes_the_timeline(supervisor_a, unit_a):
    case = services.case_log(
        by=supervisor_a, facts=facts(unit_a), acts=["Did not visit", "Recorded the visit"]
    )

    assert case.reference == f"BTP-{timezone.localdate().year}-{case.pk:05d}"
    assert list(case.acts.values_list("number", "description")) == [
        (1, "Did not visit"),
        (2, "Recorded the visit"),
    ]
    assert list(case.events.values_list("kind", flat=True)) == [
        EventKind.LOGGED,
        EventKind.ACT_ADDED,
        EventKind.ACT_ADDED,
    ]
    assert case.status == Status.LOGGED


def test_case_log_refuses_another_units_case_and_writes_nothing(supervisor_a, unit_b):
    with pytest.raises(PermissionDenied):
        services.case_log(by=supervisor_a, facts=facts(unit_b), acts=["Did not visit"])
    assert Case.objects.count() == 0


def test_case_log_refuses_a_case_without_acts(supervisor_a, unit_a):
    with pytest.raises(ValueError, match="at least one act"):
        services.case_log(by=supervisor_a, facts=facts(unit_a), acts=["  "])
    assert Case.objects.count() == 0


def test_case_edit_records_before_and_after_and_bumps_the_version(reviewer, unit_a):
    case = CaseFactory(unit=unit_a, title="Old title")

    edited = services.case_edit(
        case=case, by=reviewer, changes={"title": "New title"}, version=case.version
    )

    assert (edited.title, edited.version) == ("New title", 2)
    event = edited.events.get(kind=EventKind.EDITED)
    assert event.data["changes"]["title"] == {
        "label": "title",
        "before": "Old title",
        "after": "New title",
    }


def test_case_edit_over_a_newer_save_is_refused_and_changes_nothing(reviewer, unit_a):
    case = CaseFactory(unit=unit_a, title="Original")
    services.case_edit(case=case, by=reviewer, changes={"title": "First save"}, version=1)

    with pytest.raises(services.StaleCase) as raised:
        services.case_edit(case=case, by=reviewer, changes={"title": "Second save"}, version=1)

    assert raised.value.changed_fields == ["title"]
    case.refresh_from_db()
    assert (case.title, case.version) == ("First save", 2)


def test_assigning_moves_a_logged_case_into_review(reviewer, second_reviewer, unit_a):
    case = CaseFactory(unit=unit_a)

    case = services.case_assign(case=case, to=reviewer, by=reviewer)
    case = services.case_assign(case=case, to=second_reviewer, by=reviewer)

    assert (case.status, case.reviewer) == (Status.IN_REVIEW, second_reviewer)
    assert list(case.events.values_list("message", flat=True)) == [
        f"Assigned to {reviewer.get_full_name()}",
        f"Reassigned to {second_reviewer.get_full_name()}",
    ]


def test_assigning_to_someone_who_is_not_a_reviewer_is_refused(reviewer, supervisor_a, unit_a):
    case = CaseFactory(unit=unit_a)
    with pytest.raises(services.TransitionError, match="is not a reviewer"):
        services.case_assign(case=case, to=supervisor_a, by=reviewer)
    case.refresh_from_db()
    assert case.reviewer is None


def test_only_a_decided_case_can_be_closed(reviewer, unit_a):
    case = CaseFactory(unit=unit_a, status=Status.IN_REVIEW)
    with pytest.raises(services.TransitionError, match="Only a decided case can be closed"):
        services.case_close(case=case, by=reviewer)
    case.refresh_from_db()
    assert case.status == Status.IN_REVIEW


def test_closing_and_reopening_a_decided_case(reviewer, unit_a):
    case = decided_act(unit=unit_a).act.case

    case = services.case_close(case=case, by=reviewer, note="All actions agreed.")
    assert case.status == Status.CLOSED and case.closed_at is not None

    case = services.case_reopen(case=case, by=reviewer, reason="New body-worn video found.")
    assert (case.status, case.closed_at) == (Status.IN_REVIEW, None)
    assert list(case.events.values_list("kind", "message")) == [
        (EventKind.CLOSED, "All actions agreed."),
        (EventKind.REOPENED, "New body-worn video found."),
    ]


def test_reopening_needs_a_reason(reviewer, unit_a):
    case = CaseFactory(unit=unit_a, status=Status.CLOSED)
    with pytest.raises(ValueError, match="Say why"):
        services.case_reopen(case=case, by=reviewer, reason=" ")


def test_an_open_case_cannot_be_reopened(reviewer, unit_a):
    case = CaseFactory(unit=unit_a, status=Status.LOGGED)
    with pytest.raises(services.TransitionError):
        services.case_reopen(case=case, by=reviewer, reason="Why not")


def test_adding_an_act_numbers_it_after_the_last(reviewer, unit_a):
    act = ActFactory(case__unit=unit_a, number=1)

    added = services.act_add(case=act.case, by=reviewer, description="Second act")

    assert added.number == 2
    assert act.case.events.get(kind=EventKind.ACT_ADDED).act == added


def test_timeline_events_cannot_be_changed_or_deleted_through_the_app(reviewer, unit_a):
    case = CaseFactory(unit=unit_a)
    event = services.comment_add(case=case, by=reviewer, text="Checked the custody record.")

    event.message = "Rewritten"
    with pytest.raises(ValueError, match="append-only"):
        event.save()
    with pytest.raises(ValueError, match="append-only"):
        event.delete()
    assert CaseEvent.objects.get().message == "Checked the custody record."


def test_postgresql_refuses_update_and_delete_on_the_timeline_and_access_log(reviewer, unit_a):
    if connection.vendor != "postgresql":
        pytest.skip("The append-only trigger is PostgreSQL's; SQLite relies on the model guard.")
    case = CaseFactory(unit=unit_a)
    services.comment_add(case=case, by=reviewer, text="Original")
    CaseAccess.objects.create(case=case, user=reviewer, path="/cases/x/")

    for statement in (
        "UPDATE cases_caseevent SET message = 'Rewritten'",
        "DELETE FROM cases_caseevent",
        "UPDATE cases_caseaccess SET path = '/elsewhere/'",
        "DELETE FROM cases_caseaccess",
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(statement)
    assert CaseEvent.objects.get().message == "Original"
    assert CaseAccess.objects.get().path == "/cases/x/"

"""Roles are groups with permissions, created by a migration; each role lands where it should."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from cases.models import CaseAccess, Unit
from tests.factories import ActFactory, UserFactory

pytestmark = pytest.mark.django_db


def permissions_of(role: str) -> set[str]:
    group = Group.objects.get(name=role)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_migration_creates_the_four_roles():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Supervisor",
        "Reviewer",
        "Board",
        "Administrator",
    }


def test_supervisor_may_log_cases_but_not_review_or_view_the_dashboard():
    assert permissions_of("Supervisor") == {"cases.log_case"}


def test_reviewer_may_review_and_view_the_dashboard():
    assert permissions_of("Reviewer") == {"cases.review_case", "cases.view_dashboard"}


def test_board_may_only_view_the_dashboard():
    assert permissions_of("Board") == {"cases.view_dashboard"}


def test_administrator_edits_wording_units_and_users_but_not_cases():
    perms = permissions_of("Administrator")
    assert {"classification.change_reason", "cases.change_unit", "cases.change_user"} <= perms
    assert "cases.change_case" not in perms
    assert "cases.view_act" not in perms  # a case's outline, not its content: see below
    assert "cases.review_case" not in perms
    assert {"cases.view_caseevent", "cases.view_caseaccess"} <= perms  # the audit trail, read-only


def test_anonymous_visitor_is_sent_to_sign_in(personas):
    response = personas["anonymous"].get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_model_page_needs_signing_in(personas):
    response = personas["anonymous"].get(reverse("classification:model"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(
    "persona", ["supervisor_a", "supervisor_b", "reviewer", "board", "administrator"]
)
def test_every_signed_in_role_can_open_the_model_page(personas, persona):
    response = personas[persona].get(reverse("classification:model"))
    assert response.status_code == 200
    assert b"Task complexity or unpredictability" in response.content


@pytest.mark.parametrize("persona", ["supervisor_a", "reviewer", "board"])
def test_only_the_administrator_reaches_the_admin(personas, persona):
    assert personas[persona].get("/admin/").status_code == 302
    assert personas["administrator"].get("/admin/").status_code == 200


def test_administrator_can_edit_reason_wording_but_not_codes(personas, administrator):
    from classification.models import Reason

    reason = Reason.objects.get(code="inattention")
    url = reverse("admin:classification_reason_change", args=[reason.pk])
    response = personas["administrator"].post(
        url,
        {
            "name": "Inattention",
            "short_name": "Inattention",
            "elaboration": "Edited elaboration.",
            "response": reason.response,
            "code": "deviation",
            "position": "1",
        },
    )
    assert response.status_code == 302
    reason.refresh_from_db()
    assert (reason.code, reason.position, reason.elaboration) == (
        "inattention",
        2,
        "Edited elaboration.",
    )


def test_administrator_cannot_add_or_delete_reasons(personas):
    assert (
        personas["administrator"].get(reverse("admin:classification_reason_add")).status_code == 403
    )


def admin_form_data(page) -> dict:
    """What the admin's change form would send back unchanged."""
    data = {}
    for field in page.context["adminform"].form:
        value = field.value()
        if isinstance(value, dt.datetime):
            data[f"{field.html_name}_0"] = f"{value:%Y-%m-%d}"
            data[f"{field.html_name}_1"] = f"{value:%H:%M:%S}"
        elif isinstance(value, list):
            data[field.html_name] = [str(v) for v in value]
        elif value is True:
            data[field.html_name] = "on"
        elif value not in (None, False):
            data[field.html_name] = value
    return data


def test_administrator_cannot_make_anyone_a_superuser_or_grant_single_permissions(
    personas, administrator
):
    url = reverse("admin:cases_user_change", args=[administrator.pk])
    data = admin_form_data(personas["administrator"].get(url))
    everything = [str(pk) for pk in Permission.objects.values_list("pk", flat=True)]

    response = personas["administrator"].post(
        url, {**data, "is_superuser": "on", "user_permissions": everything}
    )

    assert response.status_code == 302  # the rest of the form saves
    administrator.refresh_from_db()
    assert not administrator.is_superuser
    assert not administrator.user_permissions.exists()
    assert personas["administrator"].get(reverse("cases:queue")).status_code == 403


def test_administrator_cannot_change_a_superusers_account(personas):
    boss = UserFactory(username="boss", is_superuser=True, is_staff=True)
    admin = personas["administrator"]

    change = admin.post(reverse("admin:cases_user_change", args=[boss.pk]), {"username": "x"})
    password = admin.post(
        reverse("admin:auth_user_password_change", args=[boss.pk]),
        {"password1": "taken-over-123", "password2": "taken-over-123"},
    )

    assert (change.status_code, password.status_code) == (403, 403)
    boss.refresh_from_db()
    assert boss.username == "boss" and not boss.check_password("taken-over-123")


def test_deactivating_a_reviewer_puts_their_open_cases_back_in_the_queue(
    personas, administrator, reviewer, unit_a
):
    from cases.choices import EventKind, Status
    from tests.factories import CaseFactory

    open_case = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.IN_REVIEW)
    url = reverse("admin:cases_user_change", args=[reviewer.pk])
    data = admin_form_data(personas["administrator"].get(url))
    del data["is_active"]  # an unticked box is not sent

    response = personas["administrator"].post(url, data, follow=True)

    open_case.refresh_from_db()
    assert (
        f"1 case assigned to {reviewer.get_full_name()} is back in the triage queue, unassigned: "
        "1 open in the ‘Unassigned’ tab."
    ) in response.content.decode()
    assert open_case.reviewer is None
    assert open_case.events.filter(
        kind=EventKind.UNASSIGNED, message__contains="back in the queue for another reviewer"
    ).exists()
    timeline = personas["supervisor_a"].get(reverse("cases:detail", args=[open_case.reference]))
    assert ">Unassigned</h3>" in timeline.content.decode()  # not headed 'Assigned'

    queue = personas["second_reviewer"].get(reverse("cases:queue"))
    assert open_case.reference in queue.content.decode()


def test_deactivating_a_reviewer_releases_their_decided_cases_to_close_and_keeps_closed_ones(
    personas, administrator, reviewer, unit_a
):
    """A decided case still has learning actions to follow and a close to do: another reviewer
    takes it up from 'Decided, to close'. A closed one keeps its reviewer, as its history."""
    from cases.choices import EventKind, Status
    from tests.factories import CaseFactory

    open_case = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.AWAITING_SECOND_REVIEW)
    decided = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.DECIDED)
    closed = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.CLOSED)
    url = reverse("admin:cases_user_change", args=[reviewer.pk])
    data = admin_form_data(personas["administrator"].get(url))
    del data["is_active"]

    response = personas["administrator"].post(url, data, follow=True)

    for case in (open_case, decided, closed):
        case.refresh_from_db()
    assert (open_case.reviewer, decided.reviewer, closed.reviewer) == (None, None, reviewer)
    assert (decided.status, closed.status) == (Status.DECIDED, Status.CLOSED)
    assert (
        f"2 cases assigned to {reviewer.get_full_name()} are back in the triage queue, "
        "unassigned: 1 open in the ‘Unassigned’ tab and 1 decided in the ‘Decided, to close’ tab."
    ) in response.content.decode()
    unassigned = decided.events.get(kind=EventKind.UNASSIGNED)
    assert (unassigned.message, unassigned.data) == (
        f"Unassigned from {reviewer.get_full_name()}: back in the queue for another reviewer "
        "to close",
        {"from": reviewer.username, "to": None},
    )
    assert not closed.events.filter(kind=EventKind.UNASSIGNED).exists()
    to_close = personas["second_reviewer"].get(reverse("cases:queue"), {"tab": "decided"})
    assert decided.reference in to_close.content.decode()


def test_taking_the_reviewer_role_away_releases_their_cases_not_yet_closed(
    personas, administrator, reviewer, unit_a
):
    from cases.choices import Status
    from tests.factories import CaseFactory

    open_case = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.IN_REVIEW)
    decided = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.DECIDED)
    url = reverse("admin:cases_user_change", args=[reviewer.pk])
    data = admin_form_data(personas["administrator"].get(url))
    supervisor = Group.objects.get(name="Supervisor")
    data["groups"] = [str(supervisor.pk)]

    response = personas["administrator"].post(url, data, follow=True)

    open_case.refresh_from_db()
    decided.refresh_from_db()
    assert (open_case.reviewer, decided.reviewer) == (None, None)
    assert "1 open in the ‘Unassigned’ tab and 1 decided in the ‘Decided, to close’ tab." in (
        response.content.decode()
    )


def test_a_unit_whose_code_or_name_differs_only_in_case_is_refused(personas, unit_a):
    url, units = reverse("admin:cases_unit_add"), Unit.objects.count()

    same_code = personas["administrator"].post(url, {"code": unit_a.code.lower(), "name": "New"})
    same_name = personas["administrator"].post(url, {"code": "NEW", "name": unit_a.name.upper()})

    assert "There is already a unit with this code." in same_code.content.decode()
    assert "There is already a unit with this name." in same_name.content.decode()
    assert Unit.objects.count() == units


def test_a_case_reopened_after_its_reviewer_left_goes_back_to_the_queue(
    personas, reviewer, second_reviewer, unit_a
):
    from cases import services
    from cases.choices import Status
    from tests.factories import CaseFactory

    case = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.CLOSED)
    reviewer.is_active = False
    reviewer.save()

    services.case_reopen(case=case, by=second_reviewer, reason="A complaint came in.")

    case.refresh_from_db()
    assert (case.status, case.reviewer) == (Status.IN_REVIEW, None)
    unassigned = case.events.get(kind="unassigned")
    assert unassigned.data == {"from": reviewer.username, "to": None}
    assert "who no longer reviews: back in the queue" in unassigned.message


def test_the_administrator_reads_who_opened_a_case_and_can_change_none_of_it(
    personas, reviewer, unit_a
):
    case = ActFactory(case__unit=unit_a, number=1).case
    assert (
        personas["reviewer"].get(reverse("cases:detail", args=[case.reference])).status_code == 200
    )
    access = CaseAccess.objects.get(case=case)
    admin = personas["administrator"]

    listing = admin.get(reverse("admin:cases_caseaccess_changelist"), {"q": reviewer.username})

    assert listing.status_code == 200
    assert case.reference in listing.content.decode()
    assert (
        admin.get(reverse("admin:cases_caseaccess_changelist"), {"q": "nobody"})
        .context["cl"]
        .result_count
        == 0
    )
    change = reverse("admin:cases_caseaccess_change", args=[access.pk])
    assert admin.post(change, {"path": "/elsewhere/"}).status_code == 403
    delete = reverse("admin:cases_caseaccess_delete", args=[access.pk])
    assert admin.post(delete, {"post": "yes"}).status_code == 403
    access.refresh_from_db()
    assert access.path == reverse("cases:detail", args=[case.reference])


def content_case(unit, reviewer):
    """A case whose every free-text field holds a word that must not reach an administrator."""
    from cases.choices import EventKind, Status
    from cases.models import CaseEvent

    act = ActFactory(
        case__unit=unit,
        case__reviewer=reviewer,
        case__status=Status.IN_REVIEW,
        case__title="Title naming Ms Quigley",
        case__summary="Summary naming Ms Quigley.",
        case__subject_reference="PC424242",
        case__welfare_note="Welfare note naming Ms Quigley.",
        description="Act naming Ms Quigley.",
        number=1,
    )
    CaseEvent.objects.create(
        case=act.case,
        actor=reviewer,
        kind=EventKind.COMMENT,
        message="Comment naming Ms Quigley.",
        data={"text": "Ms Quigley again"},
    )
    return act.case


def test_the_administrator_finds_who_holds_a_case_but_reads_none_of_its_content(
    personas, reviewer, unit_a
):
    case = content_case(unit_a, reviewer)
    event = case.events.get()
    admin = personas["administrator"]

    cases = admin.get(reverse("admin:cases_case_changelist"), {"q": case.reference})
    events = admin.get(reverse("admin:cases_caseevent_changelist"), {"q": case.reference})
    admin.get(reverse("cases:dashboard"))  # opens no case page, but a reviewer's does:
    personas["reviewer"].get(reverse("cases:detail", args=[case.reference]))
    accesses = admin.get(reverse("admin:cases_caseaccess_changelist"))
    access = admin.get(
        reverse("admin:cases_caseaccess_change", args=[CaseAccess.objects.get(case=case).pk])
    )

    for page in (cases, events, accesses, access):
        assert page.status_code == 200
        assert case.reference in page.content.decode()
        assert "Quigley" not in page.content.decode()
        assert "PC424242" not in page.content.decode()
    assert reviewer.username in cases.content.decode()  # who holds it
    assert "Comment" in events.content.decode()  # what kind of entry
    by_title = admin.get(reverse("admin:cases_case_changelist"), {"q": "Quigley"})
    assert by_title.context["cl"].result_count == 0
    for name, pk in [("case", case.pk), ("caseevent", event.pk)]:
        for view in ("change", "history"):
            url = reverse(f"admin:cases_{name}_{view}", args=[pk])
            assert admin.get(url).status_code == 403, url


@pytest.mark.parametrize(
    ("model", "lookup", "value"),
    [
        ("case", "title__icontains", "Quigley"),
        ("case", "summary__icontains", "Quigley"),
        ("case", "subject_reference", "PC424242"),
        ("case", "welfare_note__icontains", "Quigley"),
        ("case", "acts__description__icontains", "Quigley"),
        ("case", "reviewer__reviewed_cases__summary__icontains", "Quigley"),
        ("caseevent", "message__icontains", "Quigley"),
        ("caseevent", "data__icontains", "Quigley"),
        ("caseaccess", "case__summary__icontains", "Quigley"),
    ],
)
def test_the_administrator_cannot_filter_cases_by_what_they_say(
    personas, reviewer, unit_a, model, lookup, value
):
    case = content_case(unit_a, reviewer)
    personas["reviewer"].get(reverse("cases:detail", args=[case.reference]))
    url = reverse(f"admin:cases_{model}_changelist")

    probe = personas["administrator"].get(url, {lookup: value})

    assert probe.status_code == 400


def test_the_administrator_filters_cases_by_reviewer_status_and_unit(
    personas, reviewer, second_reviewer, unit_a
):
    from cases.choices import Status
    from tests.factories import CaseFactory

    held = content_case(unit_a, reviewer)
    CaseFactory(unit=unit_a, reviewer=second_reviewer, status=Status.IN_REVIEW)
    url = reverse("admin:cases_case_changelist")
    filters = {"reviewer__id__exact": reviewer.pk, "status__exact": Status.IN_REVIEW}

    listing = personas["administrator"].get(url, {**filters, "unit__id__exact": unit_a.pk})

    assert [c.reference for c in listing.context["cl"].result_list] == [held.reference]


def test_a_superuser_still_reads_the_whole_case_in_the_admin(reviewer, unit_a):
    from django.test import Client

    case = content_case(unit_a, reviewer)
    owner = Client()
    owner.force_login(UserFactory(username="owner", is_superuser=True, is_staff=True))

    page = owner.get(reverse("admin:cases_case_change", args=[case.pk])).content.decode()
    event = owner.get(reverse("admin:cases_caseevent_change", args=[case.events.get().pk]))

    for text in ("Title naming", "Summary naming", "PC424242", "Welfare note naming", "Act naming"):
        assert text in page
    assert "Comment naming Ms Quigley." in event.content.decode()


def test_staff_status_follows_the_administrator_role(personas, board_member):
    url = reverse("admin:cases_user_change", args=[board_member.pk])
    admin = personas["administrator"]
    administrator_role = str(Group.objects.get(name="Administrator").pk)

    data = admin_form_data(admin.get(url))
    given = admin.post(url, {**data, "groups": [*data["groups"], administrator_role]}, follow=True)

    board_member.refresh_from_db()
    assert board_member.is_staff
    assert "can now sign in to the admin" in given.content.decode()
    assert signed_in_client(board_member).get("/admin/").status_code == 200

    data = admin_form_data(admin.get(url))
    admin.post(url, {**data, "groups": [g for g in data["groups"] if g != administrator_role]})

    board_member.refresh_from_db()
    assert not board_member.is_staff
    assert signed_in_client(board_member).get("/admin/").status_code == 302


def test_staff_status_is_brought_into_line_with_the_role_on_upgrade(administrator, board_member):
    from importlib import import_module

    from django.apps import apps

    administrator.is_staff, board_member.is_staff = False, True
    administrator.save()
    board_member.save()
    owner = UserFactory(username="owner", is_superuser=True, is_staff=True)

    import_module("cases.migrations.0015_administrators_read_no_case_content").revoke_and_align(
        apps, None
    )

    for person in (administrator, board_member, owner):
        person.refresh_from_db()
    assert (administrator.is_staff, board_member.is_staff, owner.is_staff) == (True, False, True)


def test_staff_status_cannot_be_ticked_on_its_own(personas, board_member):
    url = reverse("admin:cases_user_change", args=[board_member.pk])
    data = admin_form_data(personas["administrator"].get(url))

    personas["administrator"].post(url, {**data, "is_staff": "on"})

    board_member.refresh_from_db()
    assert not board_member.is_staff


def signed_in_client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def test_an_administrator_cannot_change_their_own_roles(personas, administrator):
    url = reverse("admin:cases_user_change", args=[administrator.pk])
    admin = personas["administrator"]
    data = admin_form_data(admin.get(url))
    reviewer_role = str(Group.objects.get(name="Reviewer").pk)

    response = admin.post(
        url, {**data, "first_name": "Changed", "groups": [*data["groups"], reviewer_role]}
    )

    assert response.status_code == 200
    assert "Ask another administrator to change your roles." in response.content.decode()
    administrator.refresh_from_db()
    assert administrator.first_name != "Changed"
    assert list(administrator.groups.values_list("name", flat=True)) == ["Administrator"]
    assert admin.get(reverse("cases:queue")).status_code == 403


def test_an_administrator_cannot_deactivate_their_own_account(personas, administrator):
    url = reverse("admin:cases_user_change", args=[administrator.pk])
    admin = personas["administrator"]
    data = admin_form_data(admin.get(url))
    del data["is_active"]  # an unticked box is not sent

    response = admin.post(url, data)

    assert "You cannot deactivate your own account. Ask another administrator." in (
        response.content.decode()
    )
    administrator.refresh_from_db()
    assert administrator.is_active
    assert admin.get(reverse("admin:index")).status_code == 200


def test_an_administrator_can_still_change_their_own_details(personas, administrator):
    url = reverse("admin:cases_user_change", args=[administrator.pk])
    data = admin_form_data(personas["administrator"].get(url))

    response = personas["administrator"].post(url, {**data, "first_name": "Changed"})

    assert response.status_code == 302
    administrator.refresh_from_db()
    assert (administrator.first_name, administrator.is_staff) == ("Changed", True)


def test_the_names_of_reasons_and_failure_types_are_fixed_and_their_wording_editable(personas):
    from classification.models import FailureType, Reason

    reason = Reason.objects.get(code="inattention")
    failure_type = FailureType.objects.get(code="tolerable")
    admin = personas["administrator"]

    admin.post(
        reverse("admin:classification_reason_change", args=[reason.pk]),
        {
            "name": "Carelessness",
            "short_name": "Careless",
            "elaboration": "Edited elaboration.",
            "response": "Edited response.",
        },
    )
    admin.post(
        reverse("admin:classification_failuretype_change", args=[failure_type.pk]),
        {"name": "Acceptable", "learning": "edited learning"},
    )

    reason.refresh_from_db()
    failure_type.refresh_from_db()
    assert (reason.name, reason.short_name, reason.elaboration, reason.response) == (
        "Inattention",
        "Inattention",
        "Edited elaboration.",
        "Edited response.",
    )
    assert (failure_type.name, failure_type.learning) == ("Tolerable", "edited learning")


def test_the_user_list_shows_roles_and_units_in_a_constant_number_of_queries(
    personas, unit_a, unit_b
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("admin:cases_user_changelist")
    admin = personas["administrator"]
    admin.get(url)
    with CaptureQueriesContext(connection) as few:
        page = admin.get(url).content.decode()
    for _ in range(5):
        UserFactory(role="Supervisor", units=[unit_a, unit_b])
    with CaptureQueriesContext(connection) as many:
        admin.get(url)

    rows = page[page.index('id="result_list"') :]
    assert '<td class="field-roles">Reviewer</td>' in rows
    assert '<td class="field-unit_names">South West BCU</td>' in rows
    assert len(many.captured_queries) == len(few.captured_queries)
    reviewers = admin.get(url, {"groups__id__exact": Group.objects.get(name="Reviewer").pk})
    assert reviewers.context["cl"].result_count == 2

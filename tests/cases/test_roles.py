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
    assert b"Task Complexity or Unpredictability" in response.content


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
    decided = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.DECIDED)
    url = reverse("admin:cases_user_change", args=[reviewer.pk])
    data = admin_form_data(personas["administrator"].get(url))
    del data["is_active"]  # an unticked box is not sent

    response = personas["administrator"].post(url, data, follow=True)

    open_case.refresh_from_db()
    decided.refresh_from_db()
    assert "1 open case assigned to" in response.content.decode()
    assert (open_case.reviewer, decided.reviewer) == (None, reviewer)
    assert open_case.events.filter(
        kind=EventKind.ASSIGNED, message__contains="back in the queue for another reviewer"
    ).exists()
    queue = personas["second_reviewer"].get(reverse("cases:queue"))
    assert open_case.reference in queue.content.decode()


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

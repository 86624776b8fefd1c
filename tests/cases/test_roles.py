"""Roles are groups with permissions, created by a migration; each role lands where it should."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

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

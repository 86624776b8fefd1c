"""Roles are Django groups; what each may do is a permission, checked in Python."""

from enum import StrEnum

from django.urls import reverse


class Role(StrEnum):
    SUPERVISOR = "Supervisor"
    REVIEWER = "Reviewer"
    BOARD = "Board"
    ADMINISTRATOR = "Administrator"


LOG_CASE = "cases.log_case"
REVIEW_CASE = "cases.review_case"
VIEW_DASHBOARD = "cases.view_dashboard"


def start_page(user) -> str:
    """Where each role begins its day."""
    if user.has_perm(REVIEW_CASE):
        return reverse("cases:queue")
    if user.has_perm(LOG_CASE):
        return reverse("cases:mine")
    if user.is_staff:
        return reverse("admin:index")
    if user.has_perm(VIEW_DASHBOARD):
        return reverse("cases:dashboard")
    return reverse("classification:model")

"""How a case's status reads to the person looking at it."""

from django import template

from cases.choices import Status
from cases.models import Case, User
from cases.roles import REVIEW_CASE

register = template.Library()


@register.filter
def status_for(case: Case, user: User) -> Status:
    """Two people for blame: to anyone who is not a reviewer, a case whose Deviation decision
    awaits a second reviewer is still in review (the proposal never shows to them)."""
    status = Status(case.status)
    if status == Status.AWAITING_SECOND_REVIEW and not user.has_perm(REVIEW_CASE):
        return Status.IN_REVIEW
    return status

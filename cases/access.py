"""Who may see and do what with a case: decided here, in Python, never only in a template."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from .choices import Status
from .models import Case, CaseAccess, Decision, User
from .roles import LOG_CASE, REVIEW_CASE


def is_reviewer(user: User) -> bool:
    return user.has_perm(REVIEW_CASE)


def case_for(user: User, reference: str) -> Case:
    """The case if this user may open it; another unit's case is a 404, the Board gets 403."""
    if is_reviewer(user):
        cases = Case.objects.all()
    elif user.has_perm(LOG_CASE):
        cases = Case.objects.visible_to_supervisor(user)
    else:
        raise PermissionDenied("Your role does not open individual cases.")
    return get_object_or_404(cases.for_list(), reference=reference)


def open_case(request, reference: str) -> Case:
    """The case for a page that shows it, with the read recorded in the access log."""
    case = case_for(request.user, reference)
    CaseAccess.objects.create(case=case, user=request.user, path=request.path[:200])
    return case


def may_see_staff_reference(user: User, case: Case) -> bool:
    return is_reviewer(user) or case.logged_by_id == user.pk


def may_edit(user: User, case: Case) -> bool:
    return edit_refusal(user, case) is None


def edit_refusal(user: User, case: Case) -> str | None:
    """Why this person may not edit the case's facts now, or None if they may.

    Reviewers edit open cases; supervisors of the unit edit until a reviewer has decided any of
    its acts (the facts are what the decision was made on).
    """
    return _change_refusal(user, case, EDITING)


def act_add_refusal(user: User, case: Case) -> str | None:
    """Why this supervisor may not add an act now (as for editing the facts), or None."""
    return None if is_reviewer(user) else _change_refusal(user, case, ADDING_AN_ACT)


# How a refusal words the change refused: (no longer …, only they can …, what to do instead).
EDITING = ("be edited", "edit it", "Ask the reviewer to correct them.")
ADDING_AN_ACT = (
    "be given another act",
    "add acts to it",
    "Send the act to the case’s reviewer, who can add it.",
)


def _change_refusal(user: User, case: Case, change: tuple[str, str, str]) -> str | None:
    no_longer, only, instead = change
    if case.status in {Status.DECIDED, Status.CLOSED}:
        status = case.get_status_display().lower()
        return f"This case can no longer {no_longer}: it is {status}." + (
            "" if is_reviewer(user) else f" {instead}"
        )
    if is_reviewer(user):
        return None
    if not user.units.filter(pk=case.unit_id).exists():
        return (
            f"This case is now in {case.unit.name}: only that unit's supervisors and reviewers "
            f"can {only}."
        )
    if case.status not in {Status.LOGGED, Status.IN_REVIEW} or (
        Decision.objects.filter(act__case=case).exists()
    ):
        return (
            f"This case can no longer {no_longer} by supervisors: a reviewer is deciding its "
            f"acts on the facts as they stand. {instead}"
        )
    return None
    if not user.units.filter(pk=case.unit_id).exists():
        return (
            f"This case is now in {case.unit.name}: only that unit's supervisors and reviewers "
            "can edit it."
        )
    if case.status not in {Status.LOGGED, Status.IN_REVIEW} or (
        Decision.objects.filter(act__case=case).exists()
    ):
        return (
            "This case can no longer be edited by supervisors: a reviewer is deciding its acts "
            "on the facts as they stand. Ask the reviewer to correct them."
        )
    return None

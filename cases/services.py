"""Workflows on cases. Each writes its timeline event in the same transaction as its change.

Functions are keyword-only and validate before they write; side effects are named in each docstring.
"""

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone

from . import clock, metrics_store
from .choices import DecisionStatus, EventKind, Status
from .models import Act, Assessment, Case, CaseEvent, Decision, Unit, User
from .roles import LOG_CASE, REVIEW_CASE

EDITABLE_FIELDS = (
    "title",
    "occurred_at",
    "unit",
    "category",
    "summary",
    "origin",
    "presumed_reason",
    "subject_reference",
    "welfare_offered",
    "welfare_note",
)


class TransitionError(Exception):
    """A state change that the case's current status does not allow."""


@dataclass
class StaleCase(Exception):
    """Since this person opened the case, someone else changed fields they changed too."""

    current: Case
    changed_fields: list[str]  # changed by both, differently
    theirs: list[str]  # changed only by the others: the form should now show their values
    by: list[str]  # who changed the case since


def record(
    *,
    case: Case,
    kind: str,
    actor: User | None,
    message: str = "",
    act: Act | None = None,
    data: Mapping[str, Any] | None = None,
) -> CaseEvent:
    """Append one event to the case's timeline."""
    return CaseEvent.objects.create(
        case=case, kind=kind, actor=actor, message=message, act=act, data=dict(data or {})
    )


def display_value(case: Case, field: str) -> str:
    """A field's value as people read it, for the timeline's before/after."""
    value = getattr(case, field)
    if hasattr(case, f"get_{field}_display"):
        return str(getattr(case, f"get_{field}_display")())
    if field == "occurred_at":
        return timezone.localtime(value).strftime("%d %b %Y %H:%M")
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return str(value)


def may_log_for(user: User, unit: Unit) -> bool:
    return user.has_perm(LOG_CASE) and user.units.filter(pk=unit.pk).exists()


def case_log(
    *,
    by: User,
    facts: Mapping[str, Any],
    acts: Iterable[str],
    submission_key: uuid.UUID | None = None,
) -> Case:
    """Create a case with its acts. Side effects: timeline events 'logged' and one per act.

    The same submission_key twice (a double-clicked submit) returns the case made the first time.
    """
    descriptions = [text.strip() for text in acts if text and text.strip()]
    if not descriptions:
        raise ValueError("A case needs at least one act to assess.")
    if not may_log_for(by, facts["unit"]):
        raise PermissionDenied("You can log cases only for your own units.")
    already = Case.objects.filter(submission_key=submission_key, logged_by=by)
    if submission_key and (done := already.first()):
        return done
    try:
        return _create_case(by, facts, descriptions, submission_key)
    except IntegrityError:
        if submission_key is None:
            raise
        return already.get()


@transaction.atomic
def _create_case(by: User, facts, descriptions: list[str], submission_key) -> Case:
    case = Case.objects.create(
        logged_by=by,
        submission_key=submission_key,
        **{f: facts[f] for f in EDITABLE_FIELDS if f in facts},
    )
    case.reference = f"BTP-{timezone.localdate(case.created_at).year}-{case.pk:05d}"
    case.save(update_fields=["reference"])
    record(case=case, kind=EventKind.LOGGED, actor=by, message=case.title)
    for number, description in enumerate(descriptions, start=1):
        act = Act.objects.create(case=case, number=number, description=description, added_by=by)
        record(case=case, kind=EventKind.ACT_ADDED, actor=by, act=act, message=description)
    return case


@transaction.atomic
def case_edit(*, case: Case, by: User, changes: Mapping[str, Any], version: int) -> Case:
    """Save changed facts, as seen at `version`, without undoing anyone else's since.

    A field someone else changed since `version` keeps their value when it comes back as it was
    then; changed differently by both, nothing is written and StaleCase names the fields. (The
    same form sent twice changes nothing the second time, and is no conflict.)
    Side effects: bumps the case version; timeline event 'edited' with before/after and the new
    version; the dashboard's summaries when a field they count by (unit, category, presumed
    reason) changed.
    """
    current = Case.objects.select_for_update().get(pk=case.pk)
    if current.version != version:
        changes = dict(changes)
        clashes, theirs = [], []
        edited, editors = _edited_since(current, version)
        for field, was in edited.items():
            if field not in changes:
                continue
            mine = _shown(field, changes[field])
            if mine == was:  # left as it was: theirs stands
                del changes[field]
                theirs.append(field)
            elif mine != display_value(current, field):
                clashes.append(field)
        if clashes:
            raise StaleCase(current=current, changed_fields=clashes, theirs=theirs, by=editors)
    diff = {}
    for field, value in changes.items():
        if field not in EDITABLE_FIELDS:
            raise ValueError(f"{field} cannot be edited.")
        if getattr(current, field) != value:
            before = display_value(current, field)
            setattr(current, field, value)
            diff[field] = {
                "label": str(Case._meta.get_field(field).verbose_name),
                "before": before,
                "after": display_value(current, field),
            }
    if not diff:
        return current
    current.version = F("version") + 1
    current.save(update_fields=[*diff, "version", "updated_at"])
    current.refresh_from_db()
    if diff.keys() & {"unit", "category", "presumed_reason"}:
        metrics_store.record_case(current)
    record(
        case=current,
        kind=EventKind.EDITED,
        actor=by,
        message="Changed: " + ", ".join(change["label"] for change in diff.values()),
        data={"changes": diff, "version": current.version},
    )
    return current


def _edited_since(case: Case, version: int) -> tuple[dict[str, str], list[str]]:
    """Fields edited after `version`, each with its value then (as the timeline shows it), and
    the names of who edited them."""
    before: dict[str, str] = {}
    editors: list[str] = []
    events = case.events.filter(kind=EventKind.EDITED).select_related("actor").order_by("at", "id")
    for event in events:
        if event.data.get("version", 0) > version:
            for name, change in event.data["changes"].items():
                before.setdefault(name, change["before"])
            who = event.actor.get_full_name() or event.actor.username if event.actor else ""
            if who and who not in editors:
                editors.append(who)
    return before, editors


def _shown(field: str, value: Any) -> str:
    """A value for a field as `display_value` shows it."""
    return display_value(Case(**{field: value}), field)


def set_status(case: Case, status: str, **fields: Any) -> None:
    if status not in ALLOWED[case.status]:
        raise TransitionError(
            f"A case that is {case.get_status_display().lower()} cannot become "
            f"{Status(status).label.lower()}."
        )
    case.status = status
    for name, value in fields.items():
        setattr(case, name, value)
    case.version = F("version") + 1
    case.save(update_fields=["status", "version", "updated_at", *fields])
    case.refresh_from_db()


ALLOWED: dict[str, set[str]] = {
    Status.LOGGED: {Status.IN_REVIEW},
    Status.IN_REVIEW: {Status.IN_REVIEW, Status.AWAITING_SECOND_REVIEW, Status.DECIDED},
    Status.AWAITING_SECOND_REVIEW: {Status.IN_REVIEW, Status.DECIDED},
    Status.DECIDED: {Status.CLOSED, Status.IN_REVIEW, Status.AWAITING_SECOND_REVIEW},
    Status.CLOSED: {Status.IN_REVIEW},
}


@transaction.atomic
def case_assign(*, case: Case, to: User, by: User, expected: str | None = None) -> Case:
    """Make `to` the case's reviewer. `expected`: the reviewer's id (or "") as the person's page
    showed it; if someone else has become the reviewer since, nothing changes and they are told.
    Side effects: status logged → in review; event 'assigned'."""
    if not to.has_perm(REVIEW_CASE):
        raise TransitionError(f"{to.get_full_name() or to.username} is not a reviewer.")
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status == Status.CLOSED:
        raise TransitionError("A closed case cannot be assigned; reopen it first.")
    if case.reviewer_id == to.pk:
        return case
    if expected is not None and expected != str(case.reviewer_id or "") and case.reviewer_id:
        raise TransitionError(
            f"While you had this page open, {case.reviewer.get_full_name()} became its "
            "reviewer. To take the case over, press ‘Assign to me’ again."
        )
    previous = case.reviewer
    status = Status.IN_REVIEW if case.status == Status.LOGGED else case.status
    case.reviewer = to
    case.status = status
    case.version = F("version") + 1
    case.save(update_fields=["reviewer", "status", "version", "updated_at"])
    case.refresh_from_db()
    name = to.get_full_name() or to.username
    record(
        case=case,
        kind=EventKind.ASSIGNED,
        actor=by,
        message=f"Reassigned to {name}" if previous else f"Assigned to {name}",
        data={"from": previous.username if previous else None, "to": to.username},
    )
    return case


@dataclass(frozen=True)
class Released:
    """How many of a reviewer's cases went back to the queue: open ones to its Unassigned tab,
    decided ones (learning actions to follow, a close to do) to its 'Decided, to close' tab."""

    open: int = 0
    decided: int = 0

    @property
    def total(self) -> int:
        return self.open + self.decided

    def __bool__(self) -> bool:
        return self.total > 0


@transaction.atomic
def cases_released(*, reviewer: User, by: User) -> Released:
    """Someone who can no longer review (deactivated, or no longer a reviewer): their cases not
    yet closed go back to the queue unassigned, each saying why; closed ones keep them, as their
    history. Side effects: event 'unassigned' on each case released."""
    name = reviewer.get_full_name() or reviewer.username
    opened = decided = 0
    cases = Case.objects.select_for_update().exclude(status=Status.CLOSED).filter(reviewer=reviewer)
    for case in cases.order_by("pk"):
        case.reviewer = None
        case.version = F("version") + 1
        case.save(update_fields=["reviewer", "version", "updated_at"])
        message = f"Unassigned from {name}: back in the queue for another reviewer"
        if case.status == Status.DECIDED:
            message += " to close"
            decided += 1
        else:
            opened += 1
        data = {"from": reviewer.username, "to": None}
        record(case=case, kind=EventKind.UNASSIGNED, actor=by, message=message, data=data)
    return Released(open=opened, decided=decided)


@transaction.atomic
def act_add(*, case: Case, by: User, description: str) -> Act:
    """Add an act to assess. Side effects: event 'act added'."""
    description = description.strip()
    if not description:
        raise ValueError("Describe the act or omission.")
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status == Status.CLOSED:
        raise TransitionError("A closed case cannot take new acts; reopen it first.")
    number = (case.acts.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    act = Act.objects.create(case=case, number=number, description=description, added_by=by)
    if case.status == Status.DECIDED:  # one still awaiting a second review goes on waiting
        set_status(case, Status.IN_REVIEW)
    record(case=case, kind=EventKind.ACT_ADDED, actor=by, act=act, message=description)
    return act


@transaction.atomic
def comment_add(*, case: Case, by: User, text: str) -> CaseEvent:
    """Add a comment to the timeline."""
    text = text.strip()
    if not text:
        raise ValueError("Enter a comment.")
    return record(case=case, kind=EventKind.COMMENT, actor=by, message=text)


def act_standings(case: Case) -> list[str | None]:
    """For each act, the status of the latest decision on its latest assessment (one query)."""
    newest_assessment = Assessment.objects.filter(act=OuterRef("pk")).order_by("-started_at", "-id")
    newest_decision = Decision.objects.filter(assessment=OuterRef("latest")).order_by(
        "-created_at", "-id"
    )
    return list(
        case.acts.annotate(latest=Subquery(newest_assessment.values("pk")[:1]))
        .annotate(state=Subquery(newest_decision.values("status")[:1]))
        .values_list("state", flat=True)
    )


def all_confirmed(states: list[str | None]) -> bool:
    """Whether these act standings (from `act_standings`) make the case decided."""
    return bool(states) and all(state == DecisionStatus.CONFIRMED for state in states)


def every_act_decided(case: Case) -> bool:
    return all_confirmed(act_standings(case))


@transaction.atomic
def case_close(*, case: Case, by: User, note: str = "") -> Case:
    """Close a case whose every act has a confirmed decision: a decided case, or one reopened
    and left as it was. Side effects: status closed; event 'closed'."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status == Status.CLOSED:
        raise TransitionError(f"This case was closed already{_last(case, EventKind.CLOSED)}.")
    if case.status not in {Status.DECIDED, Status.IN_REVIEW} or not every_act_decided(case):
        raise TransitionError("Only a decided case can be closed: every act needs a decision.")
    if case.status == Status.IN_REVIEW:  # reopened and left as it was: decided again
        set_status(case, Status.DECIDED)
    set_status(case, Status.CLOSED, closed_at=clock.now())
    record(case=case, kind=EventKind.CLOSED, actor=by, message=note.strip())
    return case


@transaction.atomic
def case_reopen(*, case: Case, by: User, reason: str) -> Case:
    """Reopen a decided or closed case. Side effects: status in review; event 'reopened'."""
    reason = reason.strip()
    if not reason:
        raise ValueError("Say why the case is being reopened.")
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status not in {Status.DECIDED, Status.CLOSED}:
        latest = case.events.filter(kind__in=[EventKind.CLOSED, EventKind.REOPENED]).last()
        if latest and latest.kind == EventKind.REOPENED:
            raise TransitionError(f"This case was reopened already{_last(case, latest.kind)}.")
        raise TransitionError("Only a decided or closed case can be reopened.")
    # A reviewer who can no longer review leaves it to the queue (see cases_released).
    gone = case.reviewer if case.reviewer and not case.reviewer.has_perm(REVIEW_CASE) else None
    set_status(case, Status.IN_REVIEW, closed_at=None, **({"reviewer": None} if gone else {}))
    record(case=case, kind=EventKind.REOPENED, actor=by, message=reason)
    if gone:
        record(
            case=case,
            kind=EventKind.UNASSIGNED,
            actor=by,
            message=f"Unassigned from {gone.get_full_name() or gone.username}, who no longer "
            "reviews: back in the queue for another reviewer",
            data={"from": gone.username, "to": None},
        )
    return case


def _last(case: Case, kind: str) -> str:
    """' by Priya Shah at 14:02 on 1 Dec', for the case's latest event of this kind."""
    event = case.events.filter(kind=kind).select_related("actor").order_by("at", "id").last()
    if event is None:
        return ""
    who = event.actor.get_full_name() or event.actor.username if event.actor else "the system"
    return f" by {who} at {timezone.localtime(event.at):%H:%M on %-d %b}"

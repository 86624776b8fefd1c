"""Keeping the dashboard's summary tables (`cases.summaries`) true, in the writer's transaction.

`record_decision(decision)` is the one call the decision services make, inside their transaction,
after creating a decision or changing its status (confirmed, sent back, superseded). It recomputes
what the decision's act counts as from the decisions themselves, so it is idempotent: calling it
twice, or after several changes, leaves the same summaries. `record_case(case)` does the same for
every act of a case whose unit, category or presumed reason was edited. `rebuild()` recomputes
everything from scratch (after a bulk load, or to repair).
"""

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import batched

from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone

from .choices import ActionStatus, DecisionStatus
from .models import Act, Case, Decision, LearningAction
from .summaries import (
    DecidedAct,
    DelayTally,
    LearningActionFact,
    LearningActionTally,
    PresumedTally,
    ReasonTally,
    SecondReview,
)

# A concurred decision keeps counting as concurred after a later re-assessment supersedes it.
CONCURRED_STATUSES = (DecisionStatus.CONFIRMED, DecisionStatus.SUPERSEDED)


def month_of(moment: dt.datetime) -> dt.date:
    return timezone.localtime(moment).date().replace(day=1)


def decided_at(decision: Decision) -> dt.datetime:
    """When a confirmed decision took effect: at the second reviewer's concurrence, if needed."""
    return decision.second_reviewed_at or decision.created_at


@dataclass(frozen=True)
class Fact:
    """What one decided act counts as: the key of its rows in both tallies."""

    decision_id: int
    unit_id: int
    category: str
    presumed_reason: str
    primary_reason: str
    suggested_reason: str
    decided_at: dt.datetime
    logged_at: dt.datetime

    @property
    def month(self) -> dt.date:
        return month_of(self.decided_at)

    @property
    def days(self) -> int:
        return max(0, (self.decided_at - self.logged_at).days)

    @property
    def differed(self) -> bool:
        return self.primary_reason != self.suggested_reason

    def reason_key(self) -> tuple:
        return (self.month, self.unit_id, self.category, self.primary_reason)

    def presumed_key(self) -> tuple:
        return (self.month, self.unit_id, self.category, self.presumed_reason, self.primary_reason)

    def delay_key(self) -> tuple:
        return (self.month, self.unit_id, self.category, self.days)

    def stored(self) -> tuple:
        """What its `DecidedAct` row holds (the time of logging is kept only as whole days)."""
        return (
            self.decision_id,
            *self.presumed_key(),
            self.suggested_reason,
            self.decided_at,
            self.days,
        )

    def row(self, act_id: int) -> DecidedAct:
        return DecidedAct(
            act_id=act_id,
            decision_id=self.decision_id,
            unit_id=self.unit_id,
            category=self.category,
            presumed_reason=self.presumed_reason,
            primary_reason=self.primary_reason,
            suggested_reason=self.suggested_reason,
            decided_at=self.decided_at,
            month=self.month,
            days=self.days,
        )


REASON_KEY = ("month", "unit_id", "category", "primary_reason")
PRESUMED_KEY = ("month", "unit_id", "category", "presumed_reason", "primary_reason")
DELAY_KEY = ("month", "unit_id", "category", "days")


def fact_of(decision: Decision, case: Case) -> Fact:
    return Fact(
        decision_id=decision.pk,
        unit_id=case.unit_id,
        category=case.category,
        presumed_reason=case.presumed_reason,
        primary_reason=decision.primary_reason,
        suggested_reason=decision.suggested_reason,
        decided_at=decided_at(decision),
        logged_at=case.created_at,
    )


def stored_fact(row: DecidedAct) -> Fact:
    return Fact(
        decision_id=row.decision_id,
        unit_id=row.unit_id,
        category=row.category,
        presumed_reason=row.presumed_reason,
        primary_reason=row.primary_reason,
        suggested_reason=row.suggested_reason,
        decided_at=row.decided_at,
        logged_at=row.decided_at - dt.timedelta(days=row.days),
    )


def _add(model, names: tuple[str, ...], key: tuple, **amounts: int) -> None:
    """Add to one tally row, creating it if this is its first count (safe under concurrency)."""
    where = dict(zip(names, key, strict=True))
    changes = {name: F(name) + amount for name, amount in amounts.items()}
    if model.objects.filter(**where).update(**changes):
        return
    try:
        with transaction.atomic():
            model.objects.create(**where, **amounts)
    except IntegrityError:  # another transaction created it first
        model.objects.filter(**where).update(**changes)


def _count(fact: "Fact", sign: int) -> None:
    _add(ReasonTally, REASON_KEY, fact.reason_key(), acts=sign, differed=sign * fact.differed)
    _add(PresumedTally, PRESUMED_KEY, fact.presumed_key(), acts=sign)
    _add(DelayTally, DELAY_KEY, fact.delay_key(), acts=sign)


@transaction.atomic
def record_act(act_id: int) -> None:
    """Make the summaries count this act as its latest confirmed decision says (or not at all)."""
    act = Act.objects.select_for_update().select_related("case").get(pk=act_id)
    current = (
        Decision.objects.filter(act_id=act_id, status=DecisionStatus.CONFIRMED)
        .order_by("-created_at", "-id")
        .first()
    )
    new = fact_of(current, act.case) if current else None
    row = DecidedAct.objects.filter(act_id=act_id).first()
    old = stored_fact(row) if row else None
    if (old and old.stored()) == (new and new.stored()):
        return
    if old:
        _count(old, -1)
        row.delete()
    if new:
        _count(new, 1)
        new.row(act_id).save(force_insert=True)


def second_review_of(decision: Decision, case: Case) -> SecondReview | None:
    if decision.second_reviewer_id is None or decision.second_reviewed_at is None:
        return None
    if decision.status not in (*CONCURRED_STATUSES, DecisionStatus.SENT_BACK):
        return None
    return SecondReview(
        decision_id=decision.pk,
        month=month_of(decision.second_reviewed_at),
        unit_id=case.unit_id,
        category=case.category,
        concurred=decision.status in CONCURRED_STATUSES,
    )


def _record_second_review(decision: Decision, case: Case) -> None:
    review = second_review_of(decision, case)
    SecondReview.objects.filter(decision_id=decision.pk).delete()
    if review:
        review.save(force_insert=True)


@transaction.atomic
def record_decision(decision: Decision) -> None:
    """Bring the dashboard's summaries up to date after `decision` was written.

    Call it in the same transaction, after creating a decision or changing its status.
    Side effects: rewrites the act's `DecidedAct` row; adjusts `ReasonTally`, `PresumedTally`
    and `DelayTally`; writes or removes the decision's `SecondReview` row.
    """
    record_act(decision.act_id)
    decision = Decision.objects.select_related("act__case").get(pk=decision.pk)
    _record_second_review(decision, decision.act.case)


@transaction.atomic
def record_case(case: Case) -> None:
    """Recount a case's acts and second reviews after its unit, category or presumed changed."""
    for act_id in Act.objects.filter(case=case).values_list("pk", flat=True):
        record_act(act_id)
    for decision in Decision.objects.filter(act__case=case).select_related("act__case"):
        _record_second_review(decision, decision.act.case)
    for action in LearningAction.objects.filter(case=case):
        record_learning_action(action)


ACTION_KEY = ("month", "unit_id", "category", "kind", "status", "due_date")


def action_key(month: dt.date, unit_id, category, kind, status, due: dt.date) -> tuple:
    """How a learning action is counted; only open ones need their due date (for overdue)."""
    return (month, unit_id, category, kind, status, due if status == ActionStatus.OPEN else month)


@transaction.atomic
def record_learning_action(action: LearningAction) -> None:
    """Bring the learning-action counts up to date after `action` was added or changed status.

    Call it in the same transaction. Side effects: rewrites its `LearningActionFact` row and
    adjusts `LearningActionTally`.
    """
    action = LearningAction.objects.select_for_update().select_related("case").get(pk=action.pk)
    case = action.case
    new = action_key(month_of(action.created_at), case.unit_id, case.category, action.kind,
                     action.status, action.due_date)  # fmt: skip
    row = LearningActionFact.objects.filter(action_id=action.pk).first()
    old = tuple(getattr(row, name) for name in ACTION_KEY) if row else None
    if old == new:
        return
    if old:
        _add(LearningActionTally, ACTION_KEY, old, actions=-1)
        row.delete()
    _add(LearningActionTally, ACTION_KEY, new, actions=1)
    LearningActionFact.objects.create(
        action_id=action.pk, **dict(zip(ACTION_KEY, new, strict=True))
    )


def current_facts() -> Iterable[tuple[int, Fact]]:
    """(act id, fact) for every act with a confirmed decision, streamed in act order."""
    rows = (
        Decision.objects.filter(status=DecisionStatus.CONFIRMED)
        .order_by("act_id", "created_at", "id")
        .values_list(
            "act_id",
            "pk",
            "act__case__unit_id",
            "act__case__category",
            "act__case__presumed_reason",
            "primary_reason",
            "suggested_reason",
            "created_at",
            "second_reviewed_at",
            "act__case__created_at",
        )
    )
    previous = None
    for row in rows.iterator(chunk_size=10_000):
        if previous is not None and previous[0] != row[0]:
            yield previous[0], _fact_of_row(previous)
        previous = row
    if previous is not None:
        yield previous[0], _fact_of_row(previous)


def _fact_of_row(row: tuple) -> Fact:
    _, pk, unit_id, category, presumed, primary, suggested, created, reviewed, logged = row
    return Fact(pk, unit_id, category, presumed, primary, suggested, reviewed or created, logged)


def _insert(model, fields: tuple[str, ...], rows: Iterable[tuple], batch: int = 20_000) -> None:
    """Bulk insert: COPY on PostgreSQL (a million rows in seconds), batched INSERTs elsewhere.

    Rows are gathered in batches first: they may be streaming from a server-side cursor on the
    same connection, which cannot be read while a COPY is in progress.
    """
    for chunk in batched(rows, batch):
        if connection.vendor != "postgresql":
            model.objects.bulk_create(model(**dict(zip(fields, row, strict=True))) for row in chunk)
            continue
        table = connection.ops.quote_name(model._meta.db_table)
        columns = [model._meta.get_field(name).column for name in fields]
        names = ", ".join(connection.ops.quote_name(column) for column in columns)
        with (
            connection.cursor() as cursor,
            cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
        ):
            for row in chunk:
                copy.write_row(row)


FACT_FIELDS = (
    "act_id", "decision_id", "unit_id", "category", "presumed_reason", "primary_reason",
    "suggested_reason", "decided_at", "month", "days",
)  # fmt: skip


@transaction.atomic
def rebuild() -> int:
    """Recompute every summary from the decisions. Returns the number of decided acts."""
    models = (DecidedAct, ReasonTally, PresumedTally, DelayTally, SecondReview,
              LearningActionFact, LearningActionTally)  # fmt: skip
    for model in models:
        model.objects.all().delete()
    reasons, presumed, delays = Counter(), Counter(), Counter()

    def facts():
        for act_id, fact in current_facts():
            reasons[fact.reason_key()] += 1
            if fact.differed:
                reasons[(*fact.reason_key(), "differed")] += 1
            presumed[fact.presumed_key()] += 1
            delays[fact.delay_key()] += 1
            yield (act_id, fact.decision_id, *fact.presumed_key()[1:], fact.suggested_reason,
                   fact.decided_at, fact.month, fact.days)  # fmt: skip

    _insert(DecidedAct, FACT_FIELDS, facts())
    _insert(
        ReasonTally,
        (*REASON_KEY, "acts", "differed"),
        ((*key, n, reasons[(*key, "differed")]) for key, n in reasons.items() if len(key) == 4),
    )
    _insert(PresumedTally, (*PRESUMED_KEY, "acts"), ((*k, n) for k, n in presumed.items()))
    _insert(DelayTally, (*DELAY_KEY, "acts"), ((*k, n) for k, n in delays.items()))
    reviews = (
        Decision.objects.filter(second_reviewer__isnull=False, second_reviewed_at__isnull=False)
        .filter(status__in=(*CONCURRED_STATUSES, DecisionStatus.SENT_BACK))
        .values_list(
            "pk", "second_reviewed_at", "act__case__unit_id", "act__case__category", "status"
        )
    )
    _insert(
        SecondReview,
        ("decision_id", "month", "unit_id", "category", "concurred"),
        (
            (pk, month_of(at), unit_id, category, status in CONCURRED_STATUSES)
            for pk, at, unit_id, category, status in reviews.iterator(chunk_size=10_000)
        ),
    )
    actions = Counter()

    def action_facts():
        rows = LearningAction.objects.values_list(
            "pk", "created_at", "case__unit_id", "case__category", "kind", "status", "due_date"
        )
        for pk, created, unit_id, category, kind, status, due in rows.iterator(chunk_size=10_000):
            key = action_key(month_of(created), unit_id, category, kind, status, due)
            actions[key] += 1
            yield (pk, *key)

    _insert(LearningActionFact, ("action_id", *ACTION_KEY), action_facts())
    _insert(LearningActionTally, (*ACTION_KEY, "actions"), ((*k, n) for k, n in actions.items()))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE " + ", ".join(model._meta.db_table for model in models))
    return sum(presumed.values())

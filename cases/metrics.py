"""The Board dashboard's aggregate queries: one named function per question, counts only.

Decided acts are read from the summary tables kept by `cases.metrics_store` (an act counts as its
latest confirmed decision, in the month that decision took effect). Open cases and learning
actions are read live. Every function takes the same `Filters` and returns plain numbers, never a
person, a narrative or a case reference; suppression happens afterwards (`cases.board`).
"""

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.utils import timezone

from classification.models import Reason

from .choices import ActionStatus
from .models import Case
from .summaries import DelayTally, LearningActionTally, PresumedTally, ReasonTally, SecondReview


@dataclass(frozen=True)
class Filters:
    """What to count: decided in months `start`..`end` (first days, inclusive), unit, category."""

    start: dt.date | None = None
    end: dt.date | None = None
    unit_id: int | None = None
    category: str | None = None


def _filtered(queryset, filters: Filters, *, month: str = "month"):
    conditions = {
        f"{month}__gte": filters.start,
        f"{month}__lte": filters.end,
        "unit_id": filters.unit_id,
        "category": filters.category,
    }
    return queryset.filter(**{name: value for name, value in conditions.items() if value})


def _tally(filters: Filters, *fields: str, model, count: str = "acts") -> dict:
    """A tally summed over the filters, grouped by `fields` (a tuple key, or a single value)."""
    rows = (
        _filtered(model.objects.all(), filters)
        .values_list(*fields)
        .annotate(total=Sum(count))
        .order_by()
    )
    out = {}
    for *key, total in rows:
        if total:
            out[tuple(key) if len(key) > 1 else key[0]] = total
    return out


def by_reason(filters: Filters) -> dict[str, int]:
    """Decided acts by the reviewer's (primary) reason."""
    return _tally(filters, "primary_reason", model=ReasonTally)


def failure_types(reason_counts: Mapping[str, int], reasons: Mapping[str, Reason]) -> dict:
    """Counts by reason, added up by failure type code."""
    out: dict[str, int] = {}
    for code, acts in reason_counts.items():
        kind = reasons[code].failure_type.code
        out[kind] = out.get(kind, 0) + acts
    return out


def by_failure_type(filters: Filters) -> dict[str, int]:
    """Decided acts by failure type (preventable, tolerable, intelligent)."""
    return failure_types(by_reason(filters), Reason.objects.as_dict())


def by_month(filters: Filters) -> dict[tuple[dt.date, str], int]:
    """Decided acts by (month decided, reason)."""
    return _tally(filters, "month", "primary_reason", model=ReasonTally)


def by_unit(filters: Filters) -> dict[tuple[int, str], int]:
    """Decided acts by (unit id, reason)."""
    return _tally(filters, "unit_id", "primary_reason", model=ReasonTally)


def by_category(filters: Filters) -> dict[tuple[str, str], int]:
    """Decided acts by (category, reason)."""
    return _tally(filters, "category", "primary_reason", model=ReasonTally)


def differed_from_suggestion(filters: Filters) -> dict[bool, int]:
    """Decided acts whose decided reason was (True) or was not (False) the engine's suggestion."""
    sums = _filtered(ReasonTally.objects.all(), filters).aggregate(
        acts=Sum("acts", default=0), differed=Sum("differed", default=0)
    )
    return {False: sums["acts"] - sums["differed"], True: sums["differed"]}


def presumed_vs_decided(filters: Filters) -> dict[tuple[str, str], int]:
    """Decided acts by (what the referral presumed, what was decided)."""
    return _tally(filters, "presumed_reason", "primary_reason", model=PresumedTally)


def second_reviews(filters: Filters) -> dict[str, int]:
    """Second reviews in the period (month reviewed): concurred with, or sent back."""
    counts = _filtered(SecondReview.objects.all(), filters).aggregate(
        agreed=Count("pk", filter=Q(concurred=True)),
        returned=Count("pk", filter=Q(concurred=False)),
    )
    return {"concurred": counts["agreed"], "sent_back": counts["returned"]}


@dataclass(frozen=True)
class Delays:
    """Whole days from logging a case to deciding an act."""

    acts: int
    median: float | None
    p90: float | None


def percentile(histogram: Iterable[tuple[int, int]], fraction: float) -> float | None:
    """Continuous percentile (as PostgreSQL's percentile_cont) of values given as (value, count).

    Computed in Python over the histogram so that SQLite and PostgreSQL give the same answer.
    """
    pairs = sorted((value, count) for value, count in histogram if count > 0)
    total = sum(count for _, count in pairs)
    if not total:
        return None
    position = fraction * (total - 1)
    below, above = math.floor(position), math.ceil(position)

    def value_at(rank: int) -> int:
        seen = 0
        for value, count in pairs:
            seen += count
            if rank < seen:
                return value
        return pairs[-1][0]

    low, high = value_at(below), value_at(above)
    return low + (high - low) * (position - below)


def delay_histogram(filters: Filters) -> list[tuple[int, int]]:
    rows = (
        _filtered(DelayTally.objects.all(), filters)
        .values_list("days")
        .annotate(acts=Sum("acts"))
        .order_by("days")
    )
    return [(days, acts) for days, acts in rows if acts]


def time_to_decision(filters: Filters) -> Delays:
    """Median and 90th percentile of whole days from logging the case to deciding each act."""
    histogram = delay_histogram(filters)
    return Delays(
        acts=sum(acts for _, acts in histogram),
        median=percentile(histogram, 0.5),
        p90=percentile(histogram, 0.9),
    )


AGE_BANDS = (  # label, oldest age in whole days (None: no limit)
    ("0 to 7 days", 7),
    ("8 to 30 days", 30),
    ("31 to 90 days", 90),
    ("Over 90 days", None),
)


def open_cases_by_age(filters: Filters, now: dt.datetime | None = None) -> dict[str, int]:
    """Cases still open now, by whole days since logging (the period does not apply)."""
    now = now or timezone.now()
    cases = Case.objects.open()
    if filters.unit_id:
        cases = cases.filter(unit_id=filters.unit_id)
    if filters.category:
        cases = cases.filter(category=filters.category)
    bands, newer = {}, None
    for index, (_, oldest) in enumerate(AGE_BANDS):
        condition = Q()
        if oldest is not None:  # age <= oldest days  <=>  logged after now - (oldest + 1) days
            condition &= Q(created_at__gt=now - dt.timedelta(days=oldest + 1))
        if newer is not None:
            condition &= Q(created_at__lte=now - dt.timedelta(days=newer + 1))
        bands[f"band{index}"] = Count("created_at", filter=condition)
        newer = oldest
    counts = cases.aggregate(**bands)
    return {label: counts[f"band{index}"] for index, (label, _) in enumerate(AGE_BANDS)}


ACTION_STATES = (("on_time", "Open, not yet due"), ("overdue", "Open, overdue"), ("done", "Done"))


def learning_actions(filters: Filters, today: dt.date | None = None) -> dict[tuple[str, str], int]:
    """Learning actions agreed in the period, by (kind, state now: on_time, overdue or done)."""
    today = today or timezone.localdate()
    open_ = Q(status=ActionStatus.OPEN)
    rows = (
        _filtered(LearningActionTally.objects.all(), filters)
        .values_list("kind")
        .annotate(
            on_time=Sum("actions", filter=open_ & Q(due_date__gte=today)),
            overdue=Sum("actions", filter=open_ & Q(due_date__lt=today)),
            done=Sum("actions", filter=Q(status=ActionStatus.DONE)),
        )
        .order_by()
    )
    out = {}
    for kind, *counts in rows:
        for (state, _), count in zip(ACTION_STATES, counts, strict=True):
            if count:
                out[kind, state] = count
    return out


def _local_midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time()))


def _next_month(month: dt.date) -> dt.date:
    return (month.replace(day=1) + dt.timedelta(days=32)).replace(day=1)

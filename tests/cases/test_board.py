"""The dashboard as published (`cases.board`): what it shows when small counts get in the way."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from cases import board, metrics_store
from cases.metrics import Filters
from cases.models import Unit
from tests.factories import decided_act

pytestmark = pytest.mark.django_db

URL = reverse("cases:dashboard")


def decide(unit, reason: str, count: int, month: dt.date) -> None:
    """`count` acts of `reason`, each decided on the 7th of `month`."""
    logged = timezone.make_aware(dt.datetime.combine(month.replace(day=2), dt.time(12)))
    for _ in range(count):
        decided_act(unit=unit, reason=reason, logged=logged, days=5)


def test_no_breakdown_when_one_small_group_would_follow_from_the_total(personas, unit_a):
    """Six acts: five preventable, one tolerable, none intelligent. With the total shown, hiding
    the one cannot work (5 + 1 is the only way to make 6 with a hidden 5 or more), so nothing is
    broken down: the total alone is shown, and no zero is passed off as a hidden count."""
    today = timezone.localdate().replace(day=1)
    decide(unit_a, "inattention", 3, today)
    decide(unit_a, "lack_of_skill", 2, today)
    decide(unit_a, "task_complexity", 1, today)
    metrics_store.rebuild()

    published = board.build(Filters(), units=list(Unit.objects.all()))
    page = personas["board"].get(URL).content.decode()

    assert published.breakdown_withheld and not published.enough
    assert str(published.decided) == "6"
    assert "by-reason" not in published.tables and "trend" not in published.tables
    assert "6 acts were decided for these filters, but some kinds of decision" in page
    assert "[c]" not in page.split('id="panels"')[1]


def test_trend_goes_to_half_years_when_months_and_quarters_would_give_a_count_away(unit_a):
    """Innovation: none in the first quarter, 5 in the second and third, 1 in the fourth. With
    its year's total (11) shown, the 1 follows by subtraction whether the columns are months or
    quarters (the others are hidden as 5 or more, the zero is shown); by half years it does not."""
    for month, innovation in ((1, 0), (4, 5), (7, 5), (10, 1)):
        decide(unit_a, "inattention", 6, dt.date(2025, month, 1))
        decide(unit_a, "task_complexity", 6, dt.date(2025, month, 1))
        decide(unit_a, "innovation", innovation, dt.date(2025, month, 1))
    metrics_store.rebuild()

    trend = board.build(
        Filters(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 1)), units=[unit_a]
    ).tables["trend"]

    assert (trend.row_header, trend.withheld) == ("Half year", False)
    assert [(label, [str(c) for c in cells]) for label, cells in trend.rows] == [
        ("Jan to Jun 2025", ["12", "12", "5", "29"]),
        ("Jul to Dec 2025", ["12", "12", "6", "30"]),
    ]


def test_trend_runs_from_the_first_decision_to_this_month_at_most(unit_a):
    this_month = timezone.localdate().replace(day=1)
    first = (this_month - dt.timedelta(days=40)).replace(day=1)
    for reason in ("inattention", "task_complexity", "innovation"):
        decide(unit_a, reason, 6, first)
    metrics_store.rebuild()

    trend = board.build(
        Filters(start=dt.date(2000, 1, 1), end=dt.date(2100, 12, 1)), units=[unit_a]
    ).tables["trend"]

    assert trend.row_header == "Month"
    assert [label for label, _ in trend.rows] == [
        board.month_label(month) for month in board.months_between(first, this_month)
    ]


def test_a_share_of_nothing_is_a_dash_not_a_hidden_count(unit_a):
    decide(unit_a, "inattention", 6, timezone.localdate().replace(day=1))
    metrics_store.rebuild()

    reviews = board.build(Filters(), units=[unit_a]).tables["second-reviews"]

    assert [str(cell) for cell in reviews.totals[1]] == ["0", "–"]

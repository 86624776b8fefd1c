"""Each aggregate query against counts computed independently, in Python, from the same factory
data (on SQLite and PostgreSQL); the summary tables kept by `metrics_store` as decisions change."""

import datetime as dt
import random
import statistics
from collections import Counter

import pytest
from django.db import connection
from django.utils import timezone

from cases import metrics, metrics_store
from cases.choices import ActionStatus, Category, DecisionStatus, Status
from cases.metrics import Filters
from cases.models import Act, Case, Decision, LearningAction
from tests.cases.test_metrics_store import summaries
from tests.factories import (
    ActFactory,
    AssessmentFactory,
    CaseFactory,
    DecisionFactory,
    LearningActionFactory,
    UnitFactory,
    UserFactory,
    built_once,
)

pytestmark = pytest.mark.django_db

REASONS = ["deviation", "inattention", "lack_of_skill", "task_complexity", "innovation"]
TYPE_OF = {
    "deviation": "preventable",
    "inattention": "preventable",
    "lack_of_skill": "preventable",
    "task_complexity": "tolerable",
    "innovation": "intelligent",
}
NOW = timezone.now()


@pytest.fixture(scope="module")
def built_world(django_db_setup, django_db_blocker):
    with built_once(django_db_blocker):
        yield build_world()


@pytest.fixture
def world(built_world, db):
    """Cases over 14 months in two units: decided, re-decided, sent back, awaiting second review
    and open; with learning actions; built once for the module. Returns the units."""
    return built_world


def build_world():
    rng = random.Random(7)
    units = [UnitFactory(code="MA", name="Metric A"), UnitFactory(code="MB", name="Metric B")]
    logger = UserFactory(username="metrics.logger", role="Supervisor")
    first, second = (UserFactory(username=f"metrics.rev{i}", role="Reviewer") for i in (1, 2))
    for index in range(70):
        logged = NOW - dt.timedelta(days=rng.uniform(5, 420), minutes=index)
        case = CaseFactory(
            unit=rng.choice(units),
            category=rng.choice([Category.DRIVING, Category.CUSTODY, Category.INFORMATION]),
            presumed_reason=rng.choice(["deviation", "deviation", "not_stated", "inattention"]),
            created_at=logged,
            logged_by=logger,
            status=Status.DECIDED,
        )
        for number in range(1, rng.choice([2, 2, 2, 3])):
            act = ActFactory(case=case, number=number, added_by=logger)
            at = min(logged + dt.timedelta(days=rng.uniform(0, 60)), NOW)
            story = rng.choice(["plain", "plain", "plain", "deviation", "sent_back", "redecided",
                                "awaiting"])  # fmt: skip
            decide(act, first, second, story, at, rng)
        if rng.random() < 0.4:
            LearningActionFactory(
                case=case,
                kind=rng.choice(["training", "supervision", "procedure_review"]),
                status=rng.choice([ActionStatus.OPEN, ActionStatus.DONE]),
                due_date=NOW.date() + dt.timedelta(days=rng.randint(-60, 60)),
                created_at=logged + dt.timedelta(days=3),
                created_by=first,
            )
    for age in (0, 3, 7, 8, 20, 30, 31, 60, 90, 91, 200):
        CaseFactory(
            unit=rng.choice(units),
            status=rng.choice([Status.LOGGED, Status.IN_REVIEW, Status.AWAITING_SECOND_REVIEW]),
            created_at=NOW - dt.timedelta(days=age, hours=1),
            logged_by=logger,
        )
    CaseFactory(unit=units[0], status=Status.CLOSED, created_at=NOW, logged_by=logger)
    for decision in Decision.objects.order_by("created_at", "id"):
        metrics_store.record_decision(decision)  # the services' call, in the order written
    for action in LearningAction.objects.all():
        metrics_store.record_learning_action(action)
    return units


def decide(act, first, second, story, at, rng) -> None:
    reason = rng.choice(REASONS[1:])
    suggested = reason if rng.random() < 0.8 else rng.choice(REASONS)
    assessment = AssessmentFactory(act=act, reviewer=first)
    if story == "plain":
        DecisionFactory(act=act, assessment=assessment, primary_reason=reason,
                        suggested_reason=suggested, created_at=at)  # fmt: skip
    elif story in ("deviation", "sent_back", "awaiting"):
        status = {"deviation": DecisionStatus.CONFIRMED, "sent_back": DecisionStatus.SENT_BACK,
                  "awaiting": DecisionStatus.AWAITING_SECOND_REVIEW}[story]  # fmt: skip
        reviewed = at + dt.timedelta(days=2) if story != "awaiting" else None
        DecisionFactory(act=act, assessment=assessment, primary_reason="deviation",
                        created_at=at, status=status, second_reviewed_at=reviewed,
                        second_reviewer=second if reviewed else None)  # fmt: skip
        if story == "sent_back":
            DecisionFactory(act=act, assessment=assessment, primary_reason=reason,
                            created_at=at + dt.timedelta(days=3))  # fmt: skip
    else:  # decided, then re-assessed and decided again: the later one counts
        DecisionFactory(act=act, assessment=assessment, primary_reason="innovation",
                        created_at=at, status=DecisionStatus.SUPERSEDED)  # fmt: skip
        DecisionFactory(act=act, assessment=AssessmentFactory(act=act, reviewer=first),
                        primary_reason=reason, suggested_reason=suggested,
                        created_at=at + dt.timedelta(days=1))  # fmt: skip


def month(moment) -> dt.date:
    return timezone.localtime(moment).date().replace(day=1)


def expected_acts() -> list[dict]:
    """Each decided act as the Board should count it, worked out here from the raw rows."""
    out = []
    for act in Act.objects.select_related("case").prefetch_related("decisions"):
        confirmed = [d for d in act.decisions.all() if d.status == DecisionStatus.CONFIRMED]
        if not confirmed:
            continue
        latest = max(confirmed, key=lambda d: (d.created_at, d.pk))
        decided = latest.second_reviewed_at or latest.created_at
        out.append({
            "unit": act.case.unit_id, "category": act.case.category,
            "presumed": act.case.presumed_reason, "reason": latest.primary_reason,
            "differed": latest.primary_reason != latest.suggested_reason,
            "month": month(decided), "days": (decided - act.case.created_at).days,
        })  # fmt: skip
    return out


def kept(row: dict, filters: Filters, when: str = "month") -> bool:
    return (
        (not filters.start or row[when] >= filters.start)
        and (not filters.end or row[when] <= filters.end)
        and (not filters.unit_id or row["unit"] == filters.unit_id)
        and (not filters.category or row["category"] == filters.category)
    )


def filter_sets(units) -> list[Filters]:
    this_month = NOW.date().replace(day=1)
    start = (this_month - dt.timedelta(days=200)).replace(day=1)
    return [
        Filters(),
        Filters(unit_id=units[0].pk),
        Filters(category=Category.DRIVING),
        Filters(start=start, end=this_month),
        Filters(start=start, unit_id=units[1].pk, category=Category.CUSTODY),
    ]


def counted(filters: Filters, key) -> dict:
    return dict(Counter(key(row) for row in expected_acts() if kept(row, filters)))


@pytest.mark.parametrize("which", range(5))
def test_counts_by_reason_month_unit_category_and_presumed_match_python(world, which):
    filters = filter_sets(world)[which]

    assert metrics.by_reason(filters) == counted(filters, lambda r: r["reason"])
    assert metrics.by_month(filters) == counted(filters, lambda r: (r["month"], r["reason"]))
    assert metrics.by_unit(filters) == counted(filters, lambda r: (r["unit"], r["reason"]))
    assert metrics.by_category(filters) == counted(filters, lambda r: (r["category"], r["reason"]))
    assert metrics.presumed_vs_decided(filters) == counted(
        filters, lambda r: (r["presumed"], r["reason"])
    )
    assert metrics.by_failure_type(filters) == counted(filters, lambda r: TYPE_OF[r["reason"]])
    assert metrics.differed_from_suggestion(filters) == {
        False: 0, True: 0, **counted(filters, lambda r: r["differed"])
    }  # fmt: skip


def test_fixture_has_every_story_in_it(world):
    statuses = set(Decision.objects.values_list("status", flat=True))

    assert statuses == set(DecisionStatus.values)
    assert sum(metrics.by_reason(Filters()).values()) == len(expected_acts()) > 40


@pytest.mark.parametrize("which", range(5))
def test_time_to_decision_matches_python(world, which):
    filters = filter_sets(world)[which]
    days = sorted(row["days"] for row in expected_acts() if kept(row, filters))

    delays = metrics.time_to_decision(filters)

    assert (delays.acts, delays.median) == (len(days), statistics.median(days))
    assert delays.p90 == pytest.approx(statistics.quantiles(days, n=10, method="inclusive")[-1])


@pytest.mark.parametrize("which", range(5))
def test_second_reviews_match_python(world, which):
    filters = filter_sets(world)[which]
    reviews = Counter()
    for decision in Decision.objects.filter(second_reviewer__isnull=False).select_related(
        "act__case"
    ):
        row = {"month": month(decision.second_reviewed_at), "unit": decision.act.case.unit_id,
               "category": decision.act.case.category}  # fmt: skip
        if kept(row, filters):
            reviews["sent_back" if decision.status == "sent_back" else "concurred"] += 1

    assert metrics.second_reviews(filters) == {"concurred": 0, "sent_back": 0, **reviews}


@pytest.mark.parametrize("which", range(3))
def test_open_cases_by_age_match_python(world, which):
    filters = filter_sets(world)[which]
    bands = Counter()
    for case in Case.objects.open():
        row = {"unit": case.unit_id, "category": case.category, "month": None}
        if kept(row, Filters(unit_id=filters.unit_id, category=filters.category)):
            age = (NOW - case.created_at).days
            bands[
                metrics.AGE_BANDS[0 if age <= 7 else 1 if age <= 30 else 2 if age <= 90 else 3][0]
            ] += 1

    assert metrics.open_cases_by_age(filters, NOW) == {
        label: bands[label] for label, _ in metrics.AGE_BANDS
    }


@pytest.mark.parametrize("which", range(5))
def test_learning_actions_match_python(world, which):
    filters = filter_sets(world)[which]
    today = timezone.localdate()
    expected = Counter()
    for action in LearningAction.objects.select_related("case"):
        row = {"unit": action.case.unit_id, "category": action.case.category,
               "month": month(action.created_at)}  # fmt: skip
        if kept(row, filters):
            state = ("done" if action.status == "done"
                     else "overdue" if action.due_date < today else "on_time")  # fmt: skip
            expected[action.kind, state] += 1

    assert metrics.learning_actions(filters, today) == dict(expected)


def test_percentile_interpolates_like_percentile_cont():
    histogram = [(3, 2), (10, 1), (4, 3), (40, 1)]
    values = sorted(v for v, n in histogram for _ in range(n))

    assert metrics.percentile(histogram, 0.5) == statistics.median(values)
    assert metrics.percentile(histogram, 0.9) == pytest.approx(
        statistics.quantiles(values, n=10, method="inclusive")[-1]
    )
    assert metrics.percentile([], 0.5) is None
    assert metrics.percentile([(12, 1)], 0.9) == 12


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own percentile_cont")
def test_python_percentiles_agree_with_postgresql_percentile_cont(world):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days), "
            "percentile_cont(0.9) WITHIN GROUP (ORDER BY days) FROM cases_decidedact"
        )
        median, p90 = cursor.fetchone()

    delays = metrics.time_to_decision(Filters())

    assert (delays.median, delays.p90) == (pytest.approx(median), pytest.approx(p90))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the benchmark's SQL is PostgreSQL's")
def test_the_dashboard_benchmarks_hand_written_sql_gives_what_the_functions_give(world):
    """bench/dashboard_bench.py compares the page with its own SQL: that SQL must stay right."""
    from bench.dashboard_bench import hand_written, same_numbers, through_metrics

    month = NOW.date().replace(day=1)
    half_a_year_ago = (month - dt.timedelta(days=180)).replace(day=1)
    for filters in (
        Filters(),
        Filters(start=half_a_year_ago, end=month, unit_id=world[0].pk),
        Filters(category=Category.CUSTODY),
    ):
        with connection.cursor() as cursor:
            same_numbers(hand_written(cursor, filters, NOW), through_metrics(filters, NOW))


def test_record_decision_as_decisions_are_written_equals_a_full_rebuild(world):
    incremental = summaries()

    metrics_store.rebuild()

    assert summaries() == incremental
    assert incremental[0] != []


def test_record_decision_twice_changes_nothing(world):
    before = summaries()

    for decision in Decision.objects.all()[:20]:
        metrics_store.record_decision(decision)

    assert summaries() == before

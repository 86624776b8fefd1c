"""Benchmark: the Board dashboard's server time against hand-written SQL, at two data sizes.

    runuser -u postgres -- psql -c "CREATE DATABASE app_bench OWNER app"   # once
    export DATABASE_URL=postgres://app:app@127.0.0.1:5432/app_bench
    .venv/bin/python manage.py migrate
    .venv/bin/python bench/dashboard_bench.py --scales 100000 1000000 [--reset]

For each scale it tops the database up to that many cases (bench/generate.py), then measures,
each as the median of --repeat runs after one warm-up, the three taking turns:

(a) the full dashboard page through Django's test client (every middleware, the view, all its
    queries and the template), signed in as a Board member: with no filter, and for the biggest
    unit over the last 12 months;
(m) the aggregate functions of cases/metrics.py that the page calls, on their own (the ORM,
    without the request, suppression, charts and template);
(b) the same numbers from hand-written SQL sent through psycopg directly (one connection, no
    ORM, only the conditions each filter needs), over the same summary tables.

It checks that (b) gives the numbers the metrics functions give, then prints the table.
Never point it at the test database or at production: it writes generated cases.
"""

import argparse
import datetime as dt
import math
import os
import statistics
import sys
import time
from pathlib import Path

if __name__ == "__main__":  # pragma: no cover - set up Django when run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blametopraise.settings")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-not-for-any-deployment")
    os.environ.setdefault("SECURE_HTTPS", "false")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    import django

    django.setup()

import psycopg
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from bench.generate import generate, reset
from cases import metrics
from cases.models import Case, Unit, User
from cases.views.dashboard import months_back


def where(filters: metrics.Filters, *, month: bool = True, prefix: str = "") -> str:
    """The WHERE clause for these filters, with only the conditions they need."""
    conditions = ["TRUE"]
    if month and filters.start:
        conditions.append("month >= %(start)s")
    if month and filters.end:
        conditions.append("month <= %(end)s")
    if filters.unit_id:
        conditions.append(f"{prefix}unit_id = %(unit)s")
    if filters.category:
        conditions.append(f"{prefix}category = %(category)s")
    return " AND ".join(conditions)


def queries(f: metrics.Filters) -> dict[str, str]:
    w = where(f)
    return {
        "by_reason": "SELECT primary_reason, sum(acts) FROM cases_reasontally "
        f"WHERE {w} GROUP BY 1",
        "by_month": "SELECT month, primary_reason, sum(acts) FROM cases_reasontally "
        f"WHERE {w} GROUP BY 1, 2",
        "by_unit": "SELECT unit_id, primary_reason, sum(acts) FROM cases_reasontally "
        f"WHERE {w} GROUP BY 1, 2",
        "by_category": "SELECT category, primary_reason, sum(acts) FROM cases_reasontally "
        f"WHERE {w} GROUP BY 1, 2",
        "presumed_vs_decided": "SELECT presumed_reason, primary_reason, sum(acts) "
        f"FROM cases_presumedtally WHERE {w} GROUP BY 1, 2",
        "differed": f"SELECT sum(acts) - sum(differed), sum(differed) FROM cases_reasontally "
        f"WHERE {w}",
        "second_reviews": "SELECT count(*) FILTER (WHERE concurred), "
        f"count(*) FILTER (WHERE NOT concurred) FROM cases_secondreview WHERE {w}",
        "time_to_decision": f"""
            WITH h AS (SELECT days, sum(acts) AS n FROM cases_delaytally WHERE {w}
                       GROUP BY days HAVING sum(acts) > 0),
            c AS (SELECT days, n, sum(n) OVER (ORDER BY days) - n AS before,
                         sum(n) OVER () AS total FROM h),
            q AS (SELECT p, (max(total) - 1) * p AS pos FROM c, (VALUES (0.5), (0.9)) v(p)
                  GROUP BY p)
            SELECT q.p, (SELECT max(total) FROM c),
                   lo.days + (hi.days - lo.days) * (q.pos - floor(q.pos))
            FROM q JOIN c lo ON lo.before <= floor(q.pos) AND floor(q.pos) < lo.before + lo.n
                   JOIN c hi ON hi.before <= ceil(q.pos) AND ceil(q.pos) < hi.before + hi.n
            ORDER BY q.p""",
        "open_cases": f"""
            SELECT count(created_at) FILTER (WHERE created_at > %(days8)s),
                   count(created_at) FILTER (WHERE created_at <= %(days8)s
                                               AND created_at > %(days31)s),
                   count(created_at) FILTER (WHERE created_at <= %(days31)s
                                               AND created_at > %(days91)s),
                   count(created_at) FILTER (WHERE created_at <= %(days91)s)
            FROM cases_case
            WHERE status IN ('logged', 'in_review', 'awaiting_second_review')
              AND {where(f, month=False)}""",
        "learning_actions": f"""
            SELECT kind,
                   sum(actions) FILTER (WHERE status = 'open' AND due_date >= %(today)s),
                   sum(actions) FILTER (WHERE status = 'open' AND due_date < %(today)s),
                   sum(actions) FILTER (WHERE status = 'done')
            FROM cases_learningactiontally WHERE {w} GROUP BY kind""",
    }


def hand_written(cursor, filters: metrics.Filters, now: dt.datetime) -> dict:
    values = {
        "start": filters.start, "end": filters.end, "unit": filters.unit_id,
        "category": filters.category, "today": timezone.localtime(now).date(),
        # The age bands' bounds as values: `now - interval` in the query is worked out per row.
        **{f"days{n}": now - dt.timedelta(days=n) for n in (8, 31, 91)},
    }  # fmt: skip
    out = {}
    for name, sql in queries(filters).items():
        cursor.execute(sql, values)
        out[name] = cursor.fetchall()
    return out


def through_metrics(filters: metrics.Filters, now: dt.datetime) -> dict:
    """(m): the numbers of (b) from the functions the dashboard calls."""
    return {
        "by_reason": metrics.by_reason(filters),
        "by_month": metrics.by_month(filters),
        "by_unit": metrics.by_unit(filters),
        "by_category": metrics.by_category(filters),
        "presumed_vs_decided": metrics.presumed_vs_decided(filters),
        "differed": metrics.differed_from_suggestion(filters),
        "second_reviews": metrics.second_reviews(filters),
        "time_to_decision": metrics.time_to_decision(filters),
        "open_cases": metrics.open_cases_by_age(filters, now),
        "learning_actions": metrics.learning_actions(filters, timezone.localtime(now).date()),
    }


def same_numbers(raw: dict, page: dict) -> None:
    """(b) must give what the metrics functions (and so the page) give."""
    pairs = lambda rows: {tuple(r[:-1]) if len(r) > 2 else r[0]: r[-1] for r in rows if r[-1]}  # noqa: E731
    for name in ("by_reason", "by_month", "by_unit", "by_category", "presumed_vs_decided"):
        assert pairs(raw[name]) == page[name], name
    # The SQL works in exact numerics, the functions in floating point (as percentile_cont does).
    delays = page["time_to_decision"]
    sql = [float(v) for _, _, v in raw["time_to_decision"]]
    assert len(sql) == 2 and all(map(math.isclose, sql, [delays.median, delays.p90])), sql
    reviews = dict(zip(("concurred", "sent_back"), raw["second_reviews"][0], strict=True))
    assert reviews == page["second_reviews"]
    assert dict(zip((False, True), raw["differed"][0], strict=True)) == page["differed"]
    states = [state for state, _ in metrics.ACTION_STATES]
    actions = {
        (kind, state): n
        for kind, *counts in raw["learning_actions"]
        for state, n in zip(states, counts, strict=True)
        if n
    }
    assert actions == page["learning_actions"]
    assert list(raw["open_cases"][0]) == list(page["open_cases"].values())


def medians_ms(repeat: int, *actions) -> list[float]:
    """The median time of each action. They take turns, so that the shared machine speeding up
    or slowing down during the run touches them alike and their ratios stay fair."""
    for action in actions:
        action()  # warm-up
    times = [[] for _ in actions]
    for _ in range(repeat):
        for action, taken in zip(actions, times, strict=True):
            started = time.perf_counter()
            action()
            taken.append((time.perf_counter() - started) * 1000)
    return [statistics.median(taken) for taken in times]


def board_client() -> Client:
    user, _ = User.objects.get_or_create(username="bench.board", defaults={"first_name": "Bench"})
    user.groups.add(Group.objects.get(name="Board"))
    client = Client()
    client.force_login(user)
    return client


def measure(scale: int, repeat: int) -> list[tuple]:
    client = board_client()
    unit = Unit.objects.get(code="BC01")  # the biggest generated unit
    this_month = timezone.localdate().replace(day=1)
    scenarios = [
        ("no filter", {}, metrics.Filters()),
        (
            f"{unit.name}, last 12 months",
            {"unit": unit.pk, "start": f"{months_back(this_month, 11):%Y-%m}",
             "end": f"{this_month:%Y-%m}"},
            metrics.Filters(start=months_back(this_month, 11), end=this_month, unit_id=unit.pk),
        ),
    ]  # fmt: skip
    decided = metrics.by_reason(metrics.Filters())
    acts = sum(decided.values())
    dsn = connection.settings_dict
    rows = []
    with psycopg.connect(
        host=dsn["HOST"], port=dsn["PORT"] or 5432, dbname=dsn["NAME"], user=dsn["USER"],
        password=dsn["PASSWORD"], autocommit=True,
    ) as raw, raw.cursor() as cursor:  # fmt: skip
        for label, query, filters in scenarios:
            now = timezone.now()
            same_numbers(hand_written(cursor, filters, now), through_metrics(filters, now))
            url = reverse("cases:dashboard")

            def page(query=query, url=url):
                response = client.get(url, query)
                assert response.status_code == 200, response.status_code

            a, m, b = medians_ms(
                repeat,
                page,
                lambda f=filters: through_metrics(f, timezone.now()),
                lambda f=filters: hand_written(cursor, f, timezone.now()),
            )
            rows.append((scale, acts, label, a, m, b))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--reset", action="store_true", help="empty the case tables first")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("The dashboard benchmark runs on PostgreSQL: set DATABASE_URL.")
    print(f"Database: {connection.settings_dict['NAME']}")
    if args.reset:
        reset()
    results = []
    for seed, scale in enumerate(sorted(args.scales), start=1):
        missing = scale - Case.objects.count()
        if missing > 0:
            print(f"Generating {missing:,} cases (to {scale:,}) …")
            generate(missing, seed=seed)
        results += measure(scale, args.repeat)
    print()
    print(f"Median of {args.repeat} runs after a warm-up; server time in milliseconds.")
    print()
    print(
        "| Cases | Decided acts | Dashboard | (a) view | (m) metrics | (b) SQL | (a)/(b) "
        "| (m)/(b) |"
    )
    print("|---:|---:|---|---:|---:|---:|---:|---:|")
    for scale, acts, label, a, m, b in results:
        print(
            f"| {scale:,} | {acts:,} | {label} | {a:.0f} | {m:.0f} | {b:.0f} "
            f"| {a / b:.2f} | {m / b:.2f} |"
        )


if __name__ == "__main__":
    main()

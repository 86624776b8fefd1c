"""The triage queue at scale: server time of each tab's first page and of a filtered page.

    DATABASE_URL=postgres://app:app@127.0.0.1:5432/app_bench .venv/bin/python manage.py migrate
    DATABASE_URL=postgres://app:app@127.0.0.1:5432/app_bench .venv/bin/python bench/generate.py \
        --cases 1000000 --reset
    DATABASE_URL=postgres://app:app@127.0.0.1:5432/app_bench .venv/bin/python bench/queue_bench.py

Each page is a real GET through Django's whole stack (the view, its queries, the template), timed
in-process and repeated; the median and worst of the repeats are printed, then the EXPLAIN ANALYZE
of the slowest page's main query.
"""

import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blametopraise.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-for-any-deployment")
os.environ.setdefault("SECURE_HTTPS", "false")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from cases.choices import OPEN_STATUSES  # noqa: E402
from cases.models import Case, Unit, User  # noqa: E402

REPEATS = int(os.environ.get("REPEATS", "9"))


def main() -> None:
    if connection.vendor != "postgresql":
        sys.exit("Run this against PostgreSQL with the generated data set (see the docstring).")
    total = Case.objects.count()
    busiest = (
        User.objects.filter(groups__name="Reviewer", reviewed_cases__status__in=OPEN_STATUSES)
        .order_by("pk")
        .first()
    )
    unit = Unit.objects.order_by("pk").first()
    setup_test_environment()  # so that responses carry their template context
    client = Client()
    client.force_login(busiest)
    pages = {
        "unassigned (first page)": "/queue/?tab=unassigned",
        "assigned to me": "/queue/?tab=mine",
        "awaiting second review": "/queue/?tab=second",
        "all open": "/queue/?tab=open",
        "all open, newest first": "/queue/?tab=open&sort=newest",
        "decided, to close": "/queue/?tab=decided",
        "decided, by incident date": "/queue/?tab=decided&sort=occurred_newest",
        "filtered: unit+category+age": (
            f"/queue/?tab=open&unit={unit.pk}&category=custody&age=quarter"
        ),
        "filtered: presumed deviation": "/queue/?tab=open&presumed=deviation&sort=occurred",
        "search by reference": f"/queue/?tab=open&q={Case.objects.open().first().pk}",
    }
    # Page 2 of the biggest tab, through its keyset cursor.
    first = client.get(pages["all open"]).context["page"]
    pages["all open, page 2 (keyset)"] = f"/queue/?tab=open&after={first.next_cursor}"

    print(f"Triage queue on PostgreSQL, {total:,} cases, {REPEATS} repeats each")
    print(f"{'page':<34}{'rows':>5}{'median ms':>11}{'max ms':>9}{'queries':>9}")
    slowest = (0.0, "", [])
    for name, url in pages.items():
        times = []
        for _ in range(REPEATS):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        median = statistics.median(times)
        rows = len(response.context["page"].rows)
        print(f"{name:<34}{rows:>5}{median:>11.1f}{max(times):>9.1f}{len(captured):>9}")
        if median > slowest[0]:
            slowest = (median, name, list(captured))
    # The page's list of cases: the query reading the case table whose outer LIMIT is more than
    # one row (a page and one to tell whether there is another; subqueries may say LIMIT 1). The
    # recorded times are rounded to the millisecond, too coarse to pick it out by.
    lists = [q["sql"] for q in slowest[2] if 'FROM "cases_case"' in q["sql"]]
    main_query = next(sql for sql in lists if not re.search(r"LIMIT 1\s*$", sql))
    print(f"\nEXPLAIN ANALYZE of the slowest page's main query ({slowest[1]}):")
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {main_query}")
        for (line,) in cursor.fetchall():
            print(line)


if __name__ == "__main__":
    main()

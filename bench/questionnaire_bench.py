"""Server time per questionnaire step, on SQLite or PostgreSQL (benchmark, not a test).

    python bench/questionnaire_bench.py                      # SQLite, a fresh file in /tmp
    DATABASE_URL=postgres://app:app@127.0.0.1:5432/app_qbench python bench/questionnaire_bench.py

Each step is a real POST through Django's whole stack (middleware, session, CSRF off as in the
test client, the view, the services, the template) timed in-process: the server's time, without
the network. It walks the report's taser case N times and prints the median and 95th percentile
per step, and the number of queries each step runs.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blametopraise.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only")
os.environ.setdefault("SECURE_HTTPS", "false")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/questionnaire-bench.sqlite3"

RUNS = int(os.environ.get("RUNS", "40"))


def ensure_postgres_database(url: str) -> None:
    """Create the benchmark's own database if it is missing (never the app's or the tests')."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def main() -> None:
    url = os.environ["DATABASE_URL"]
    if url.startswith("postgres"):
        ensure_postgres_database(url)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    from cases.demo import seed_people
    from cases.demo_scenarios import SCENARIOS
    from cases.models import Assessment, Unit, User
    from cases.services import case_log

    call_command("migrate", verbosity=0)
    seed_people()
    taser = next(s for s in SCENARIOS if s.key == "uf-taser-split-second")
    answers = list(taser.acts[0].answers.items())
    supervisor = User.objects.get(username="supervisor.sw")
    reviewer = User.objects.get(username="reviewer.shah")
    client = Client()
    client.force_login(reviewer)

    steps = [question_id for question_id, _ in answers] + ["check", "complete"]
    times: dict[str, list[float]] = {step: [] for step in steps}
    queries: dict[str, set[int]] = {step: set() for step in steps}

    for run in range(RUNS):
        case = case_log(
            by=supervisor,
            facts={
                "title": f"Benchmark {run}",
                "occurred_at": timezone.now(),
                "unit": Unit.objects.get(code="SW"),
                "category": taser.category,
                "summary": taser.summary,
                "origin": taser.origin,
                "presumed_reason": taser.presumed,
                "subject_reference": taser.subject_reference,
            },
            acts=[taser.acts[0].description],
        )
        client.post(reverse("cases:assess", args=[case.reference, 1]))
        assessment = Assessment.objects.get(act__case=case)
        for question_id, (choice, text) in answers:
            url = reverse("cases:question", args=[assessment.pk, question_id])
            data = {"answer": choice, "text": text}
            measure(client.post, url, data, times[question_id], queries[question_id])
        check = reverse("cases:check_answers", args=[assessment.pk])
        measure(client.get, check, None, times["check"], queries["check"])
        measure(client.post, check, {}, times["complete"], queries["complete"])
        reset_queries()

    print(f"Questionnaire steps on {connection.vendor}, {RUNS} runs of the taser case")
    print(f"{'step':<10}{'median ms':>10}{'p95 ms':>9}{'queries':>9}")
    for step in steps:
        values = sorted(times[step])
        p95 = values[int(0.95 * (len(values) - 1))]
        counts = ",".join(str(n) for n in sorted(queries[step]))
        print(f"{step:<10}{statistics.median(values):>10.1f}{p95:>9.1f}{counts:>9}")
    slowest = max(statistics.median(v) for v in times.values())
    print(f"slowest step median: {slowest:.1f} ms (target: under 50 ms)")


def measure(call, url, data, into: list[float], query_counts: set[int]) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = call(url, data) if data is not None else call(url)
        into.append((time.perf_counter() - started) * 1000)
    assert response.status_code in (200, 302), (url, response.status_code)
    query_counts.add(len(captured))


if __name__ == "__main__":
    main()

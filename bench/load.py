"""Load test: gunicorn on PostgreSQL with the million-case data set, driven from another process.

    DATABASE_URL=postgres://app:app@127.0.0.1:5432/app_bench .venv/bin/python bench/load.py
        [--seconds 30] [--users 8] [--max-requests 20000] [--workers 4]

1. Prepares demo logins in the benchmark database (password `load-test-only`), collects static files
   and starts gunicorn on 127.0.0.1 with production settings (HTTPS off: loopback only).
2. The ceiling: a second process hits `/healthz` (a trivial Django view) with the same number of
   concurrent users for the same time.
3. The mix, from the same second process: reviewers open the triage queue (tabs, filters, pages)
   and case pages and answer questionnaire steps; Board members open the dashboard (with filters).
4. Prints requests per second, median and 95th percentile latency and errors for both, and the
   mix's throughput as a share of the ceiling. Bounded by time and by request count; only loopback.

Targets: zero errors; the mix at least a third of the ceiling's throughput; p95 under 300 ms.
"""

import argparse
import http.cookiejar
import multiprocessing
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "load-test-only"
HOST, PORT = "127.0.0.1", 8765
BASE = f"http://{HOST}:{PORT}"
SERVER_ENV = {
    "DJANGO_SETTINGS_MODULE": "blametopraise.settings",
    "DEBUG": "false",
    "SECURE_HTTPS": "false",
    "ALLOWED_HOSTS": HOST,
    "SECRET_KEY": "load-test-only-" + "x" * 40,
    "LOGIN_FAILURE_LIMIT": "1000",
    "LOG_LEVEL": "WARNING",
}


def prepare(users: int) -> dict:
    """Logins for the virtual users, and open cases for their questionnaires."""
    os.environ.update(SERVER_ENV)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth.models import Group
    from django.db import connection

    from cases.demo_scenarios import SCENARIOS
    from cases.models import Case, Unit, User

    if connection.vendor != "postgresql":
        sys.exit("Run the load test against PostgreSQL with the generated data set.")
    reviewers, boards = [], []
    for number in range(users):
        username = f"load.reviewer.{number:02d}"
        user, _ = User.objects.get_or_create(username=username, defaults={"first_name": "Load"})
        user.set_password(PASSWORD)
        user.save()
        user.groups.set([Group.objects.get(name="Reviewer")])
        reviewers.append(username)
        board, _ = User.objects.get_or_create(username=f"load.board.{number:02d}")
        board.set_password(PASSWORD)
        board.save()
        board.groups.set([Group.objects.get(name="Board")])
        boards.append(board.username)
    unassigned = list(
        Case.objects.filter(status="logged", reviewer__isnull=True)
        .order_by("-created_at")
        .values_list("reference", flat=True)[: users * 40]
    )
    sample = list(Case.objects.order_by("?").values_list("reference", flat=True)[:500])
    taser = next(s for s in SCENARIOS if s.key == "uf-taser-split-second").acts[0].answers
    connection.close()  # the driver process is forked from this one and needs no database
    return {
        "reviewers": reviewers,
        "boards": boards,
        "to_assess": [unassigned[i::users] for i in range(users)],
        "cases": sample,
        "units": list(Unit.objects.values_list("pk", flat=True)),
        "answers": list(taser.items()),
    }


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """One signed-in person: cookies, CSRF token, no automatic redirects (each request counts)."""

    def __init__(self):
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect()
        )

    def csrf(self) -> str:
        return next((c.value for c in self.cookies if c.name == "csrftoken"), "")

    def request(self, path: str, data: dict | None = None) -> tuple[int, str]:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(BASE + path, data=body)
        if body is not None:
            request.add_header("X-CSRFToken", self.csrf())
            request.add_header("Referer", BASE + path)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location", "")

    def sign_in(self, username: str) -> None:
        self.request("/sign-in/")
        status, _ = self.request(
            "/sign-in/",
            {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": self.csrf()},
        )
        assert status == 302, f"{username} could not sign in ({status})"


def reviewer_step(browser: Browser, plan: dict, state: dict, rng: random.Random):
    """One request of a reviewer's day, chosen by weight."""
    roll = rng.random()
    if roll < 0.35:
        tab = rng.choice(["unassigned", "mine", "second", "open"])
        extra = rng.choice(["", "&sort=newest", f"&unit={rng.choice(plan['units'])}", "&age=month"])
        return "queue", browser.request(f"/queue/?tab={tab}{extra}")
    if roll < 0.60:
        return "case page", browser.request(f"/cases/{rng.choice(plan['cases'])}/")
    # A questionnaire step: start an assessment, or answer its next question.
    if state.get("assessment") is None:
        reference = state["to_assess"].pop()
        status, location = browser.request(f"/cases/{reference}/acts/1/assess/", {})
        state["assessment"], state["step"] = location, 0
        return "questionnaire", (status, location)
    question_id, (choice, text) = plan["answers"][state["step"]]
    url = state["assessment"].rsplit("/questions/", 1)[0] + f"/questions/{question_id}/"
    result = browser.request(url, {"answer": choice, "text": text})
    state["step"] += 1
    if state["step"] == len(plan["answers"]):
        state["assessment"] = None
    return "questionnaire", result


def board_step(browser: Browser, plan: dict, state: dict, rng: random.Random):
    extra = rng.choice(["", f"?unit={rng.choice(plan['units'])}", "?category=custody"])
    return "dashboard", browser.request(f"/dashboard/{extra}")


def drive(plan: dict, mode: str, seconds: float, max_requests: int, queue) -> None:
    """The second process: virtual users in threads, each signed in before the clock starts."""
    users = len(plan["reviewers"])
    latencies: list[float] = []
    kinds: dict[str, list[float]] = {}
    errors: list[str] = []
    working: set[int] = set()  # the users that made at least one request
    count = [0]
    lock = threading.Lock()
    clock = {}

    def start_clock() -> None:  # run once all users are signed in, before any of them goes on
        clock["begun"] = time.perf_counter()
        clock["deadline"] = clock["begun"] + seconds

    ready = threading.Barrier(users, action=start_clock)

    def user(index: int) -> None:
        rng = random.Random(index)
        board = mode == "mix" and index % 4 == 3  # a quarter of the users are Board members
        browser = Browser()
        if mode == "mix":
            browser.sign_in(plan["boards" if board else "reviewers"][index])
        state = {"to_assess": list(plan["to_assess"][index]), "assessment": None}
        ready.wait()
        while time.perf_counter() < clock["deadline"]:
            with lock:
                if count[0] >= max_requests:
                    return
                count[0] += 1
            started = time.perf_counter()
            kind = mode
            try:
                if mode == "ceiling":
                    status, _ = browser.request("/healthz")
                else:
                    step = board_step if board else reviewer_step
                    kind, (status, _) = step(browser, plan, state, rng)
            except Exception as error:  # a refused connection or a timeout is an error to report
                status = f"{type(error).__name__}: {error}"
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                kinds.setdefault(kind, []).append(elapsed)
                working.add(index)
                if not (isinstance(status, int) and status < 400):
                    errors.append(str(status))

    threads = [threading.Thread(target=user, args=(i,)) for i in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - clock["begun"]
    queue.put((mode, len(latencies), elapsed, latencies, errors, kinds, len(working)))


def run_phase(plan: dict, mode: str, seconds: float, max_requests: int) -> dict:
    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=drive, args=(plan, mode, seconds, max_requests, queue))
    process.start()
    mode, requests, elapsed, latencies, errors, kinds, working = queue.get(timeout=seconds + 300)
    process.join()
    latencies.sort()
    return {
        "mode": mode,
        "working": working,
        "requests": requests,
        "rps": requests / elapsed,
        "median": statistics.median(latencies),
        "p95": p95(latencies),
        "mean": statistics.fmean(latencies),
        "max": latencies[-1],
        "errors": errors,
        "kinds": {k: (len(v), statistics.median(v), p95(v)) for k, v in kinds.items()},
    }


def p95(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[int(0.95 * (len(ordered) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description="Load test on loopback (see the docstring).")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        sys.exit("Set DATABASE_URL to the benchmark database (see the docstring).")
    plan = prepare(args.users)
    env = {**os.environ, **SERVER_ENV}
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )
    gunicorn = [
        str(Path(python).with_name("gunicorn")), "blametopraise.wsgi",
        "--bind", f"{HOST}:{PORT}", "--workers", str(args.workers), "--log-level", "warning",
    ]  # fmt: skip
    server = subprocess.Popen(gunicorn, cwd=ROOT, env=env)
    try:
        wait_until_up()
        results = [
            run_phase(plan, "ceiling", args.seconds, args.max_requests),
            run_phase(plan, "mix", args.seconds, args.max_requests),
        ]
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(results, args)


def wait_until_up() -> None:
    for _ in range(100):
        try:
            urllib.request.urlopen(BASE + "/healthz", timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not start")


def report(results: list[dict], args) -> None:
    print(
        f"Load test: gunicorn {args.workers} workers, {args.users} concurrent users, "
        f"{args.seconds:.0f} s per phase, loopback, PostgreSQL"
    )
    print(
        f"{'phase':<10}{'requests':>10}{'req/s':>8}{'median ms':>11}{'p95 ms':>8}{'mean ms':>9}"
        f"{'max ms':>8}{'errors':>8}"
    )
    for r in results:
        print(
            f"{r['mode']:<10}{r['requests']:>10}{r['rps']:>8.1f}{r['median']:>11.1f}"
            f"{r['p95']:>8.1f}{r['mean']:>9.1f}{r['max']:>8.0f}{len(r['errors']):>8}"
        )
    for r in results:
        if r["working"] < args.users:
            print(f"only {r['working']} of {args.users} users made a request in the {r['mode']}")
    for kind, (n, median, slow) in sorted(results[1]["kinds"].items()):
        print(f"  {kind:<16}{n:>8} requests, median {median:.1f} ms, p95 {slow:.1f} ms")
    ceiling, mix = results
    print(f"mix throughput / ceiling: {mix['rps'] / ceiling['rps']:.2f} (target ≥ 0.33)")
    if mix["errors"] or ceiling["errors"]:
        print("errors:", sorted(set(ceiling["errors"] + mix["errors"]))[:10])


if __name__ == "__main__":
    main()

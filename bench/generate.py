"""Bulk-load realistic failure cases into PostgreSQL for benchmarks (COPY, in chunks).

    DATABASE_URL=postgres://app:app@127.0.0.1:5432/app_bench .venv/bin/python manage.py migrate
    DATABASE_URL=postgres://app:app@127.0.0.1:5432/app_bench \
        .venv/bin/python bench/generate.py --cases 1000000 [--seed 1] [--reset]

Or from another benchmark: `from bench.generate import generate; generate(100_000, seed=1)`.

What it makes (every name invented; no timeline events): 20 units of different sizes, one
supervisor per unit and twelve reviewers; cases logged over the last 18 months in 7 categories,
with what the referral presumed (often deviation); most cases decided or closed, recent ones
more often still open (logged, in review, awaiting second review), so that the triage queue has
work; one act per case mostly, some with two or three; for decided acts a completed assessment
and a confirmed decision (mostly task complexity, inattention or lack of skill; few deviation or
innovation; about one in eight overriding the suggestion); every deviation decision second
reviewed (some sent back and decided again); learning actions, some overdue. Finally the
dashboard's summary tables are rebuilt (`cases.metrics_store.rebuild`).

Refuses to run on SQLite. Appends to what is there unless --reset, which empties the case tables.
"""

import argparse
import datetime as dt
import json
import math
import os
import sys
import time
from pathlib import Path
from random import Random

if __name__ == "__main__":  # pragma: no cover - set up Django when run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blametopraise.settings")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-not-for-any-deployment")
    import django

    django.setup()

from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.utils import timezone

from cases import metrics_store
from cases.choices import ActionKind, Category, Origin, Status
from cases.models import Act, Assessment, Case, Decision, LearningAction, Unit, User

CHUNK = 25_000
SPAN_DAYS = 548  # 18 months

UNITS = [
    ("BN01", "North Area BCU", 9), ("BN02", "North East BCU", 8), ("BN03", "North West BCU", 7),
    ("BC01", "Central North BCU", 10), ("BC02", "Central South BCU", 9),
    ("BC03", "Central East BCU", 6), ("BC04", "Central West BCU", 6),
    ("BE01", "East Area BCU", 7), ("BS01", "South BCU", 8), ("BS02", "South East BCU", 6),
    ("BS03", "South West BCU", 5), ("BW01", "West Area BCU", 5),
    ("RT01", "Roads and Transport Policing", 6), ("MD01", "Met Detention", 5),
    ("TS01", "Taskforce", 3), ("SC01", "Specialist Crime", 3),
    ("FP01", "Frontline Policing HQ", 2), ("AV01", "Aviation Policing", 1),
    ("MP01", "Marine Policing", 1), ("PR01", "Protection Command", 2),
]  # fmt: skip

CATEGORIES = {
    Category.USE_OF_FORCE: 18, Category.DRIVING: 20, Category.CUSTODY: 14,
    Category.INFORMATION: 16, Category.INVESTIGATION: 17, Category.PUBLIC_ORDER: 7,
    Category.OTHER: 8,
}  # fmt: skip
ORIGINS = {
    Origin.SELF_REPORT: 15, Origin.SUPERVISOR: 35, Origin.COMPLAINT: 30,
    Origin.CONDUCT_REFERRAL: 20,
}  # fmt: skip
PRESUMED = {
    "deviation": 40, "not_stated": 30, "inattention": 12, "lack_of_skill": 8,
    "task_complexity": 7, "innovation": 3,
}  # fmt: skip
REASONS = {
    "deviation": 5, "inattention": 27, "lack_of_skill": 25, "task_complexity": 38,
    "innovation": 5,
}  # fmt: skip
ACTIONS = {  # reason: (chance of a learning action, kinds it takes)
    "deviation": (0.6, [ActionKind.SEVERITY_REFERRAL, ActionKind.SUPERVISION]),
    "inattention": (
        0.5,
        [ActionKind.TRAINING, ActionKind.SUPERVISION, ActionKind.WELFARE_REFERRAL],
    ),
    "lack_of_skill": (0.6, [ActionKind.TRAINING, ActionKind.EQUIPMENT, ActionKind.SUPERVISION]),
    "task_complexity": (0.25, [ActionKind.PROCEDURE_REVIEW, ActionKind.EQUIPMENT]),
    "innovation": (0.5, [ActionKind.PROMISING_PRACTICE]),
}
TITLES = {
    Category.USE_OF_FORCE: "Handcuffs applied without recorded justification",
    Category.DRIVING: "Pursuit continued after authority was withdrawn",
    Category.CUSTODY: "Cell visit recorded but not carried out",
    Category.INFORMATION: "Police systems searched without a policing purpose",
    Category.INVESTIGATION: "Exhibit not booked into the property store",
    Category.PUBLIC_ORDER: "Cordon withdrawn before relief arrived",
    Category.OTHER: "Body-worn video not switched on",
}
OPEN_MIX = [Status.LOGGED] * 7 + [Status.IN_REVIEW] * 10 + [Status.AWAITING_SECOND_REVIEW] * 3
SENT_BACK = "Sent back: the evidence does not show a deliberate choice."


def real_assessments() -> dict[str, tuple[str, str]]:
    """For each reason, a real answer set from the demo scenarios and the result the engine gives
    for it, as stored JSON: every page that re-reads a stored result then works as in real use."""
    from cases.demo_scenarios import SCENARIOS
    from classification.engine import Answer, Choice, answers_to_dict, classify, get_graph

    graph, found = get_graph("1"), {}
    for scenario in SCENARIOS:
        for act in scenario.acts:
            if act.expected in found:
                continue
            answers = {q: Answer(Choice(c), t) for q, (c, t) in act.answers.items()}
            found[act.expected] = (
                json.dumps(answers_to_dict(answers)),
                json.dumps(classify(graph, answers).to_dict()),
            )
    return found


ASSESSED = real_assessments()
IN_PROGRESS = json.dumps({"Q1": {"answer": "no", "text": "Nothing suggests intent to harm."}})

COLUMNS = {
    Case: (
        "id", "reference", "title", "occurred_at", "category", "summary", "origin",
        "presumed_reason", "subject_reference", "welfare_offered", "welfare_note",
        "harm_severity", "status", "created_at", "updated_at", "decided_at", "closed_at",
        "version", "logged_by_id", "reviewer_id", "unit_id", "second_review_excludes_id",
    ),
    Act: ("id", "number", "description", "created_at", "added_by_id", "case_id"),
    Assessment: (
        "id", "engine_version", "answers", "status", "result", "reassessment_reason",
        "started_at", "completed_at", "act_id", "reviewer_id",
    ),
    Decision: (
        "id", "suggested_reason", "primary_reason", "override_rationale", "contributing",
        "system_factors", "status", "second_review_comment", "second_reviewed_at", "created_at",
        "act_id", "assessment_id", "decided_by_id", "second_reviewer_id",
    ),
    LearningAction: (
        "id", "kind", "description", "owner", "due_date", "status", "created_at", "completed_at",
        "act_id", "case_id", "created_by_id",
    ),
}  # fmt: skip


def weighted(rng: Random, weights: dict) -> list:
    """A long list to pick from with rng.choice: faster than rng.choices for millions of picks."""
    return [key for key, weight in weights.items() for _ in range(weight)]


class Loader:
    """Generates one chunk of cases at a time, as rows for each table, with ids assigned here."""

    def __init__(self, rng: Random, now: dt.datetime, units, supervisors, reviewers) -> None:
        self.rng, self.now = rng, now
        self.units = [unit for unit, weight in units for _ in range(weight)]
        self.supervisors, self.reviewers = supervisors, reviewers
        self.categories = weighted(rng, CATEGORIES)
        self.origins = weighted(rng, ORIGINS)
        self.presumed = weighted(rng, PRESUMED)
        self.reasons = weighted(rng, REASONS)
        self.next_id = {model: next_id(model) for model in COLUMNS}
        self.rows = {model: [] for model in COLUMNS}

    def take_id(self, model) -> int:
        self.next_id[model] += 1
        return self.next_id[model] - 1

    def later(self, moment: dt.datetime, days: float) -> dt.datetime:
        return min(moment + dt.timedelta(days=days), self.now - dt.timedelta(minutes=5))

    def case(self) -> None:
        rng = self.rng
        age = SPAN_DAYS * rng.random() ** 0.9
        created = self.now - dt.timedelta(days=age)
        open_chance = 0.9 if age < 7 else 0.45 if age < 30 else 0.12 if age < 90 else 0.02
        if rng.random() < open_chance:
            status = rng.choice(OPEN_MIX)
        else:
            status = (
                Status.DECIDED if rng.random() < (0.3 if age < 120 else 0.04) else Status.CLOSED
            )
        unit = rng.choice(self.units)
        category = rng.choice(self.categories)
        reviewer = None if status == Status.LOGGED else rng.choice(self.reviewers)
        case_id = self.take_id(Case)
        logger = self.supervisors[unit]
        acts = 1 if rng.random() < 0.85 else 2 if rng.random() < 0.8 else 3
        decided = []
        for number in range(1, acts + 1):
            decided.append(self.act(case_id, logger, number, status, created, age, reviewer))
        decided_at = max((d for d in decided if d), default=None)
        closed_at = self.later(decided_at, rng.uniform(1, 30)) if status == Status.CLOSED else None
        self.rows[Case].append((
            case_id, f"BTP-{created.year}-{case_id:05d}", TITLES[category],
            created - dt.timedelta(days=rng.uniform(0, 10)), category,
            "Generated for benchmarking: a short factual account of what happened.",
            rng.choice(self.origins), rng.choice(self.presumed), f"SR-{rng.randrange(10**5):05d}",
            False, "", "", status, created, closed_at or decided_at or created,
            decided_at if status in (Status.DECIDED, Status.CLOSED) else None, closed_at, 1,
            logger, reviewer, unit, reviewer if status == Status.AWAITING_SECOND_REVIEW else None,
        ))  # fmt: skip

    def act(self, case_id, logger, number, status, created, age, reviewer) -> dt.datetime | None:
        """One act, and its assessment and decisions as far as the case has got."""
        rng = self.rng
        act_id = self.take_id(Act)
        self.rows[Act].append((act_id, number, "The act in question.", created, logger, case_id))
        if status == Status.LOGGED or (status == Status.IN_REVIEW and number == 1):
            if status == Status.IN_REVIEW:
                self.assessment(act_id, reviewer, created, None)
            return None
        delay = min(age, rng.lognormvariate(math.log(18), 0.9))
        at = self.later(created, delay)
        primary = rng.choice(self.reasons)
        awaiting = status == Status.AWAITING_SECOND_REVIEW and number == 1
        suggested = primary if rng.random() < 0.88 else rng.choice(self.reasons)
        if awaiting or primary == "deviation":
            suggested = "deviation"
        assessment = self.assessment(act_id, reviewer, created, at, suggested)
        if awaiting:
            self.decision(act_id, assessment, reviewer, "deviation", "deviation", "awaiting", at)
            return None
        if primary == "deviation":
            second = rng.choice([r for r in self.reviewers if r != reviewer])
            reviewed = self.later(at, rng.uniform(0.5, 5))
            if rng.random() < 0.15:
                self.decision(act_id, assessment, reviewer, primary, primary, "sent_back", at,
                              second, reviewed)  # fmt: skip
                at = self.later(reviewed, rng.uniform(1, 10))
                primary = rng.choice(["inattention", "lack_of_skill", "task_complexity"])
                self.decision(act_id, assessment, reviewer, "deviation", primary, "confirmed", at)
            else:
                self.decision(act_id, assessment, reviewer, primary, primary, "confirmed", at,
                              second, reviewed)  # fmt: skip
                at = reviewed
        else:
            self.decision(act_id, assessment, reviewer, suggested, primary, "confirmed", at)
        self.learning_action(case_id, act_id, reviewer, primary, at)
        return at

    def assessment(self, act_id, reviewer, started, completed, suggested=None) -> int:
        assessment_id = self.take_id(Assessment)
        status = "complete" if completed else "in_progress"
        answers, result = ASSESSED[suggested] if completed else (IN_PROGRESS, None)
        self.rows[Assessment].append(
            (assessment_id, "1", answers, status, result, "", started, completed, act_id, reviewer)
        )
        return assessment_id

    def decision(self, act_id, assessment_id, by, suggested, primary, status, at,
                 second=None, reviewed=None) -> None:  # fmt: skip
        status = {"awaiting": "awaiting_second_review"}.get(status, status)
        rationale = "" if suggested == primary else "The reviewer weighed the evidence differently."
        comment = SENT_BACK if status == "sent_back" else ""
        self.rows[Decision].append((
            self.take_id(Decision), suggested, primary, rationale, "[]", "[]", status, comment,
            reviewed, at, act_id, assessment_id, by, second,
        ))  # fmt: skip

    def learning_action(self, case_id, act_id, by, reason, at) -> None:
        chance, kinds = ACTIONS[reason]
        if self.rng.random() >= chance:
            return
        due = (at + dt.timedelta(days=self.rng.uniform(30, 120))).date()
        past_due = due < self.now.date()
        done = self.rng.random() < (0.85 if past_due else 0.35)
        completed = self.later(at, self.rng.uniform(5, 100)) if done else None
        self.rows[LearningAction].append((
            self.take_id(LearningAction), self.rng.choice(kinds), "Agreed at review.",
            "Unit training lead", due, "done" if done else "open", at, completed, act_id,
            case_id, by,
        ))  # fmt: skip

    def flush(self) -> None:
        """COPY this chunk's rows, parents first, and commit."""
        with transaction.atomic(), connection.cursor() as cursor:
            for model, columns in COLUMNS.items():
                rows = self.rows[model]
                if not rows:
                    continue
                table = model._meta.db_table
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        self.rows = {model: [] for model in COLUMNS}


def next_id(model) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {model._meta.db_table}")
        return cursor.fetchone()[0]


def people() -> tuple[list[tuple[int, int]], dict[int, int], list[int]]:
    """The units (with their weights), a supervisor per unit and twelve reviewers."""
    units, supervisors = [], {}
    supervisor_role = Group.objects.get(name="Supervisor")
    for code, name, weight in UNITS:
        unit, _ = Unit.objects.get_or_create(code=code, defaults={"name": name})
        user, created = User.objects.get_or_create(
            username=f"bench.supervisor.{code.lower()}",
            defaults={"first_name": "Bench", "last_name": f"Supervisor {code}"},
        )
        if created:
            user.groups.add(supervisor_role)
            user.units.add(unit)
        units.append((unit.pk, weight))
        supervisors[unit.pk] = user.pk
    reviewer_role = Group.objects.get(name="Reviewer")
    reviewers = []
    for number in range(1, 13):
        user, created = User.objects.get_or_create(
            username=f"bench.reviewer.{number:02d}",
            defaults={"first_name": "Bench", "last_name": f"Reviewer {number:02d}"},
        )
        if created:
            user.groups.add(reviewer_role)
        reviewers.append(user.pk)
    return units, supervisors, reviewers


def reset() -> None:
    tables = [model._meta.db_table for model in COLUMNS] + [
        "cases_caseevent", "cases_caseaccess", "cases_decidedact", "cases_reasontally",
        "cases_presumedtally", "cases_delaytally", "cases_secondreview",
        "cases_learningactionfact", "cases_learningactiontally",
    ]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")


def generate(n: int, *, seed: int = 1, progress=print, rebuild: bool = True) -> dict[str, int]:
    """Append `n` generated cases (with acts, decisions, learning actions); returns row counts."""
    if connection.vendor != "postgresql":
        raise SystemExit("bench/generate.py loads PostgreSQL only: set DATABASE_URL=postgres://…")
    rng = Random(seed)
    units, supervisors, reviewers = people()
    loader = Loader(rng, timezone.now(), units, supervisors, reviewers)
    first = dict(loader.next_id)
    started = time.perf_counter()
    for done in range(1, n + 1):
        loader.case()
        if done % CHUNK == 0 or done == n:
            loader.flush()
            rate = done / (time.perf_counter() - started)
            progress(f"  {done:>9,} / {n:,} cases  ({rate:,.0f} cases/s)")
    with connection.cursor() as cursor:
        for model in COLUMNS:
            table = model._meta.db_table
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )
    if rebuild:
        progress("  rebuilding the dashboard's summary tables …")
        decided = metrics_store.rebuild()
        progress(f"  {decided:,} decided acts counted")
    with connection.cursor() as cursor:  # statistics, and the visibility map for index-only scans
        cursor.execute("VACUUM ANALYZE")
    progress(f"  done in {time.perf_counter() - started:,.0f} s")
    return {model.__name__: loader.next_id[model] - first[model] for model in COLUMNS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reset", action="store_true", help="empty the case tables first")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("bench/generate.py loads PostgreSQL only: set DATABASE_URL=postgres://…")
    print(f"Loading {args.cases:,} cases into {connection.settings_dict['NAME']}")
    if args.reset:
        print("  emptying the case tables (--reset)")
        reset()
    counts = generate(args.cases, seed=args.seed)
    print("  " + ", ".join(f"{name}: {count:,}" for name, count in counts.items()))


if __name__ == "__main__":
    main()

"""About two hundred realistic demo cases over eighteen months, in every state.

Each case is made by the same services a person's clicks would run, inside `clock.at(...)` so
that its timeline carries the days it really took. Deterministic (a fixed random seed) and
idempotent (each case has a fixed submission key, so a second run adds nothing).
"""

import datetime as dt
import random
import uuid
from dataclasses import dataclass, replace

from django.db import transaction
from django.utils import timezone

from . import clock, decisions, services
from .assessments import (
    answer_record,
    assessment_complete,
    assessment_start,
    harm_record,
)
from .demo_scenarios import SCENARIOS, Scenario
from .models import Case, Unit, User

NAMESPACE = uuid.UUID("6f1c2b8e-52a4-4d8e-9a0f-3c2d1b7e9a55")
DAYS = 540  # eighteen months


@dataclass(frozen=True)
class Plan:
    """What becomes of one demo case."""

    scenario: Scenario
    unit: str
    subject_reference: str
    logged_at: dt.datetime
    state: str  # logged, in_review, second_review, decided, closed, reopened


def plans(count: int, today: dt.datetime) -> list[Plan]:
    rng = random.Random(2026)
    result = []
    for index in range(count):
        scenario = SCENARIOS[index % len(SCENARIOS)]
        first_round = index < len(SCENARIOS)
        age = rng.randint(0, 20) if index % 9 == 0 else rng.randint(0, DAYS)
        logged_at = min(
            (today - dt.timedelta(days=age)).replace(
                hour=rng.randint(7, 22), minute=rng.choice((5, 15, 25, 40, 50)), second=0
            ),
            today - dt.timedelta(hours=1),
        ).replace(microsecond=0)
        result.append(
            Plan(
                scenario=scenario,
                unit=scenario.unit if first_round else rng.choice(("SW", "CW", "NE", "RTPC", "MD")),
                subject_reference=scenario.subject_reference
                if first_round
                else f"SR-{rng.randint(10000, 99999)}",
                logged_at=logged_at,
                state=state_for(age, scenario, rng),
            )
        )
    return with_every_state(result)


def with_every_state(result: list[Plan]) -> list[Plan]:
    """Make sure even a small demo shows every state: the first plans take one each."""
    wanted = ["logged", "in_review", "second_review", "decided", "closed", "reopened"]
    for state in wanted:
        if any(plan.state == state for plan in result):
            continue
        for index, plan in enumerate(result):
            fits = state != "second_review" or decides_deviation(plan.scenario)
            spare = sum(p.state == plan.state for p in result) > 1
            if fits and spare and plan.state in {"decided", "closed"}:
                result[index] = replace(plan, state=state)
                break
    return result


def decides_deviation(scenario: Scenario) -> bool:
    """Whether the reviewer decides one of its acts as Deviation (so a second review follows)."""
    return any(act.decision.get("override", act.expected) == "deviation" for act in scenario.acts)


def state_for(age: int, scenario: Scenario, rng: random.Random) -> str:
    """Recent cases are still being worked; older ones are mostly decided or closed."""
    if decides_deviation(scenario) and age < 60 and rng.random() < 0.6:
        return "second_review"
    if age < 21:
        return rng.choice(
            ["logged", "logged", "in_review", "in_review"]
            + (["second_review"] * 2 if decides_deviation(scenario) else ["decided"])
        )
    if age < 60:
        return rng.choice(["in_review", "decided", "decided", "closed"])
    return rng.choice(["decided", "closed", "closed", "closed", "closed", "reopened"])


def seed_cases(count: int = 200, *, today: dt.datetime | None = None) -> int:
    """Create the demo cases that do not exist yet; returns how many were made."""
    today = today or timezone.now()
    supervisors = {
        unit.code: unit.members.filter(groups__name="Supervisor").order_by("username").first()
        for unit in Unit.objects.all()
    }
    reviewers = list(User.objects.filter(groups__name="Reviewer").order_by("username"))
    made = 0
    for index, plan in enumerate(plans(count, today)):
        key = uuid.uuid5(NAMESPACE, f"demo-case-{index}")
        if Case.objects.filter(submission_key=key).exists():
            continue
        rng = random.Random(index)
        # One case at a time, whole or not at all: a case left half-played by an interruption
        # would keep its key and never be finished by running the command again.
        with transaction.atomic():
            play(
                plan, key, supervisors[plan.unit], reviewers[index % len(reviewers)], reviewers, rng
            )
        made += 1
    return made


def play(plan: Plan, key, supervisor: User, reviewer: User, reviewers, rng) -> None:
    """Run one case through the services, step by step, at plausible times."""
    scenario = plan.scenario
    moment = plan.logged_at
    summary = scenario.summary.replace(scenario.subject_reference, plan.subject_reference)
    occurred = moment - dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(1, 9))
    if scenario.occurred_time:
        # The clock time the narrative states, on that day: at least a day before logging (or
        # the day before, when that time does not exist there, in the hour the clocks skip).
        day = timezone.localdate(occurred)
        for candidate in (day, day - dt.timedelta(days=1)):
            occurred = timezone.make_aware(dt.datetime.combine(candidate, scenario.occurred_time))
            if clock.local_time_existed(occurred):
                break
    with clock.at(moment):
        case = services.case_log(
            by=supervisor,
            facts={
                "title": scenario.title,
                "occurred_at": occurred,
                "unit": Unit.objects.get(code=plan.unit),
                "category": scenario.category,
                "summary": summary,
                "origin": scenario.origin,
                "presumed_reason": scenario.presumed,
                "subject_reference": plan.subject_reference,
                "welfare_offered": scenario.welfare_offered,
                "welfare_note": scenario.welfare_note,
            },
            acts=[act.description for act in scenario.acts],
            submission_key=key,
        )
    if plan.state == "logged":
        return

    def later(hours_low: int, hours_high: int) -> dt.datetime:
        nonlocal moment
        moment = min(moment + dt.timedelta(hours=rng.randint(hours_low, hours_high)), clock_limit)
        return moment

    clock_limit = timezone.now()
    with clock.at(later(2, 72)):
        services.case_assign(case=case, to=reviewer, by=reviewer)
    second = next(r for r in reviewers if r.pk != reviewer.pk)
    for number, act_plan in enumerate(scenario.acts, start=1):
        act = case.acts.get(number=number)
        with clock.at(later(1, 48)):
            assessment = assessment_start(act=act, by=reviewer)
        answers = list(act_plan.answers.items())
        if plan.state == "in_review":
            answers = answers[: rng.randint(1, max(1, len(answers) - 1))]
        for question_id, (choice, text) in answers:
            with clock.at(later(0, 1)):
                answer_record(
                    assessment=assessment,
                    by=reviewer,
                    question_id=question_id,
                    choice=choice,
                    text=text,
                )
        if plan.state == "in_review":
            return
        with clock.at(later(0, 2)):
            assessment_complete(assessment=assessment, by=reviewer)
        primary = act_plan.decision.get("override", act_plan.expected)
        with clock.at(later(1, 24)):
            decision = decisions.decision_record(
                assessment=assessment,
                by=reviewer,
                primary=str(primary),
                rationale=str(act_plan.decision.get("rationale", "")),
                contributing=act_plan.contributing,
            )
        if decision.status == "awaiting_second_review":
            if plan.state == "second_review":
                continue
            with clock.at(later(24, 120)):
                decisions.second_review_record(
                    decision=decision,
                    by=second,
                    concur=True,
                    comment="Concur: the evidence is clear.",
                )
        # Outcome-blind: the harm is asked once the act's decision stands, never before.
        with clock.at(later(0, 2)):
            harm_record(assessment=assessment, by=reviewer, severity=scenario.harm)
        for spec in act_plan.learning_actions:
            with clock.at(later(0, 2)):
                action = decisions.learning_action_add(
                    case=case,
                    act=act,
                    by=reviewer,
                    due_date=(moment + dt.timedelta(days=rng.randint(14, 90))).date(),
                    **spec,
                )
            if (clock_limit - moment).days > 120 and rng.random() < 0.8:
                with clock.at(later(24 * 14, 24 * 80)):
                    decisions.learning_action_set_status(action=action, by=reviewer, status="done")
    if plan.state in {"closed", "reopened"}:
        with clock.at(later(24, 24 * 20)):
            services.case_close(case=case, by=reviewer, note="All acts decided; actions assigned.")
    if plan.state == "reopened":
        with clock.at(later(24 * 10, 24 * 40)):
            services.case_reopen(
                case=case,
                by=reviewer,
                reason="The complainant supplied further mobile phone footage to consider.",
            )

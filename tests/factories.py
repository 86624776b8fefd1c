"""Boring factories: real rows, no mocks."""

import datetime as dt
from contextlib import contextmanager

import factory
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from cases.assessments import answer_record, assessment_complete, assessment_start
from cases.choices import Category, Origin
from cases.demo_scenarios import SCENARIOS
from cases.models import Act, Case, Unit, User


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"U{n}")
    name = factory.Sequence(lambda n: f"Unit {n} BCU")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Alex"
    last_name = factory.Sequence(lambda n: f"Tester{n}")
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))

    @factory.post_generation
    def units(self, create, extracted, **kwargs):
        if create and extracted:
            self.units.set(extracted)


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case

    reference = factory.Sequence(lambda n: f"BTP-2026-{n + 1:05d}")
    title = factory.Sequence(lambda n: f"Missed welfare check {n}")
    occurred_at = factory.LazyFunction(
        lambda: timezone.now().replace(second=0, microsecond=0) - dt.timedelta(days=3)
    )
    unit = factory.SubFactory(UnitFactory)
    category = Category.CUSTODY
    summary = "A detained person's 30-minute welfare check was recorded but not carried out."
    origin = Origin.SUPERVISOR
    subject_reference = factory.Sequence(lambda n: f"PC{100000 + n}")
    logged_by = factory.SubFactory(UserFactory, role="Supervisor")


class ActFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Act

    case = factory.SubFactory(CaseFactory)
    number = factory.Sequence(lambda n: n + 1)
    description = "Did not carry out the 02:30 cell visit."
    added_by = factory.SelfAttribute("case.logged_by")


# Assessments, decisions and learning actions (the dashboard counts them). Imported here, at the
# end, so that the factories above stay untouched.
from cases.choices import ActionKind, AssessmentStatus, DecisionStatus  # noqa: E402
from cases.models import Assessment, Decision, LearningAction  # noqa: E402


class AssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assessment

    act = factory.SubFactory(ActFactory)
    reviewer = factory.SubFactory(UserFactory, role="Reviewer")
    engine_version = "1"
    answers = factory.LazyFunction(dict)
    status = AssessmentStatus.COMPLETE
    result = factory.LazyFunction(lambda: {"engine_version": "1"})
    completed_at = factory.LazyFunction(timezone.now)


class DecisionFactory(factory.django.DjangoModelFactory):
    """A confirmed decision, written directly (the services also update the dashboard's
    summaries: call `cases.metrics_store.record_decision` or `rebuild` after these)."""

    class Meta:
        model = Decision

    act = factory.SubFactory(ActFactory)
    assessment = factory.SubFactory(AssessmentFactory, act=factory.SelfAttribute("..act"))
    decided_by = factory.SelfAttribute("assessment.reviewer")
    primary_reason = "task_complexity"
    suggested_reason = factory.SelfAttribute("primary_reason")
    status = DecisionStatus.CONFIRMED


class LearningActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearningAction

    case = factory.SubFactory(CaseFactory)
    kind = ActionKind.TRAINING
    description = "Refresh the cell-visit briefing for the night shift."
    owner = "Custody inspector"
    due_date = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=30))
    created_by = factory.SubFactory(UserFactory, role="Reviewer")


def decided_act(
    *,
    unit,
    reason: str = "task_complexity",
    suggested: str | None = None,
    presumed: str = "not_stated",
    logged: dt.datetime | None = None,
    days: float = 5,
    second_reviewer=None,
    **case_fields,
) -> Decision:
    """A one-act case, logged at `logged`, whose act was decided `days` later (and confirmed;
    a Deviation decision by a second reviewer's concurrence when one is given)."""
    logged = logged or timezone.now() - dt.timedelta(days=days + 1)
    decided = logged + dt.timedelta(days=days)
    case = CaseFactory(
        unit=unit, presumed_reason=presumed, created_at=logged, status="decided",
        decided_at=decided, **case_fields,
    )  # fmt: skip
    act = ActFactory(case=case, number=1)
    return DecisionFactory(
        act=act,
        primary_reason=reason,
        suggested_reason=suggested or reason,
        created_at=decided - dt.timedelta(hours=1) if second_reviewer else decided,
        second_reviewer=second_reviewer,
        second_reviewed_at=decided if second_reviewer else None,
    )


def scenario_act(key: str, index: int = 0):
    """One act of a demo scenario, with the answers that classify it."""
    return next(s for s in SCENARIOS if s.key == key).acts[index]


TASER = scenario_act("uf-taser-split-second")  # the report's case: task complexity
FALSE_ENTRY = scenario_act("cu-missed-visit-false-entry", 1)  # Q1 yes: reckless deviation


def assessed(act, reviewer, answers, reason=""):
    """A completed assessment of `act`, answered through the real services."""
    assessment = assessment_start(act=act, by=reviewer, reason=reason)
    for question_id, (choice, text) in answers.items():
        answer_record(
            assessment=assessment, by=reviewer, question_id=question_id, choice=choice, text=text
        )
    return assessment_complete(assessment=assessment, by=reviewer)


@contextmanager
def built_once(django_db_blocker):
    """For a module-scoped fixture: what is built inside is built once for all the module's tests,
    in a transaction rolled back after the last of them. Each test still runs in its own savepoint
    inside it (the `db` fixture), so what one test changes the next does not see."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)

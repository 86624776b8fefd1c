"""The summary tables kept by `metrics_store` as decisions, cases and learning actions change,
each test on its own few rows (the module-wide data set is in test_metrics.py)."""

import datetime as dt

import pytest
from django.utils import timezone

from cases import decisions, metrics, metrics_store, services
from cases.choices import ActionStatus, Category, DecisionStatus
from cases.metrics import Filters
from cases.summaries import (
    DecidedAct,
    DelayTally,
    LearningActionFact,
    LearningActionTally,
    PresumedTally,
    ReasonTally,
    SecondReview,
)
from tests.factories import CaseFactory, DecisionFactory, LearningActionFactory, decided_act

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def summaries() -> tuple:
    """Every summary row (tallies without their empty rows), for comparing two ways of filling."""

    def rows(model, *fields, count="acts"):
        return sorted(model.objects.filter(**{f"{count}__gt": 0}).values_list(*fields, count))

    return (
        rows(ReasonTally, "month", "unit_id", "category", "primary_reason", "differed"),
        rows(PresumedTally, "month", "unit_id", "category", "presumed_reason", "primary_reason"),
        rows(DelayTally, "month", "unit_id", "category", "days"),
        rows(LearningActionTally, "month", "unit_id", "category", "kind", "status", "due_date",
             count="actions"),
        sorted(DecidedAct.objects.values_list("act_id", "decision_id", "month", "days")),
        sorted(SecondReview.objects.values_list("decision_id", "month", "concurred")),
        sorted(LearningActionFact.objects.values_list("action_id", "status", "due_date")),
    )  # fmt: skip


def test_decision_moves_between_reasons_when_an_act_is_decided_again(unit_a, reviewer):
    decision = decided_act(unit=unit_a, reason="deviation", second_reviewer=reviewer)
    metrics_store.record_decision(decision)
    assert metrics.by_reason(Filters()) == {"deviation": 1}

    decision.status = DecisionStatus.SUPERSEDED
    decision.save()
    metrics_store.record_decision(decision)
    newer = DecisionFactory(act=decision.act, primary_reason="inattention",
                            suggested_reason="deviation")  # fmt: skip
    metrics_store.record_decision(newer)

    assert metrics.by_reason(Filters()) == {"inattention": 1}
    assert metrics.differed_from_suggestion(Filters()) == {False: 0, True: 1}
    assert metrics.second_reviews(Filters()) == {"concurred": 1, "sent_back": 0}


def test_sent_back_decision_is_not_counted_but_its_review_is(unit_a, reviewer):
    decision = decided_act(unit=unit_a, reason="deviation")
    decision.status = DecisionStatus.SENT_BACK
    decision.second_reviewer, decision.second_reviewed_at = reviewer, NOW
    decision.save()

    metrics_store.record_decision(decision)

    assert metrics.by_reason(Filters()) == {}
    assert metrics.second_reviews(Filters()) == {"concurred": 0, "sent_back": 1}


def test_record_case_moves_counts_when_the_unit_changes(unit_a, unit_b):
    decision = decided_act(unit=unit_a, reason="innovation")
    metrics_store.record_decision(decision)
    case = decision.act.case
    case.unit = unit_b
    case.save()

    metrics_store.record_case(case)

    assert metrics.by_unit(Filters()) == {(unit_b.pk, "innovation"): 1}


def test_learning_action_moves_from_open_to_done(unit_a, reviewer):
    today = timezone.localdate()
    action = LearningActionFactory(
        case=CaseFactory(unit=unit_a), due_date=today - dt.timedelta(days=1)
    )
    metrics_store.record_learning_action(action)
    assert metrics.learning_actions(Filters(), today) == {("training", "overdue"): 1}

    action.status = ActionStatus.DONE
    action.save()
    metrics_store.record_learning_action(action)
    metrics_store.record_learning_action(action)

    assert metrics.learning_actions(Filters(), today) == {("training", "done"): 1}
    assert metrics.learning_actions(Filters(), today - dt.timedelta(days=5)) == {
        ("training", "done"): 1
    }


def test_the_services_keep_the_summaries_as_a_rebuild_would(unit_a, unit_b, reviewer):
    """Adding and completing learning actions and moving a decided case to another unit or
    category, through the services the pages call, leave the summaries a rebuild would make."""
    decision = decided_act(unit=unit_a, reason="inattention", presumed="deviation")
    metrics_store.record_decision(decision)
    case = decision.act.case
    today = timezone.localdate()
    action = decisions.learning_action_add(case=case, by=reviewer, kind="training",
                                           description="Refresher", owner="Training school",
                                           due_date=today + dt.timedelta(days=9))  # fmt: skip
    assert metrics.learning_actions(Filters(), today) == {("training", "on_time"): 1}

    decisions.learning_action_set_status(action=action, by=reviewer, status=ActionStatus.DONE)
    services.case_edit(case=case, by=reviewer, version=case.version,
                       changes={"unit": unit_b, "category": Category.DRIVING})  # fmt: skip

    assert metrics.learning_actions(Filters(), today) == {("training", "done"): 1}
    assert metrics.by_unit(Filters()) == {(unit_b.pk, "inattention"): 1}
    assert metrics.learning_actions(Filters(unit_id=unit_a.pk), today) == {}
    incremental = summaries()
    metrics_store.rebuild()
    assert summaries() == incremental

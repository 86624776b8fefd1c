"""Two people acting on the same act at the same moment: exactly one wins, the other is told.

Real threads with their own database connections, released together by a barrier. On
PostgreSQL the row locks decide; on SQLite the write lock taken at the start of each transaction.
"""

import threading

import pytest
from django.db import connection

from cases import decisions
from cases.assessments import AssessmentError
from cases.choices import DecisionStatus
from cases.models import Decision
from tests.factories import FALSE_ENTRY, TASER, ActFactory, UserFactory, assessed

pytestmark = pytest.mark.django_db(transaction=True)


def race(*actions) -> list[object]:
    """Run the actions at once, each in its own thread; return what each returned or raised."""
    barrier = threading.Barrier(len(actions))
    outcomes: list[object] = [None] * len(actions)

    def run(index, action):
        try:
            barrier.wait(timeout=10)
            outcomes[index] = action()
        except Exception as error:  # the loser's refusal is the point of the test
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def test_two_decisions_on_the_same_act_at_once_record_exactly_one(unit_a, supervisor_a, reviewer):
    act = ActFactory(case__unit=unit_a, case__logged_by=supervisor_a, number=1)
    assessment = assessed(act, reviewer, TASER.answers)

    def decide():
        return decisions.decision_record(
            assessment=assessment, by=reviewer, primary="task_complexity"
        )

    outcomes = race(decide, decide)

    assert Decision.objects.count() == 1
    refused = [o for o in outcomes if isinstance(o, AssessmentError)]
    assert len(refused) == 1
    assert "You decided this act already, as" in refused[0].message


def test_two_second_reviewers_at_once_record_exactly_one_concurrence(
    unit_a, supervisor_a, reviewer, second_reviewer
):
    third = UserFactory(username="reviewer.three", role="Reviewer")
    act = ActFactory(case__unit=unit_a, case__logged_by=supervisor_a, number=1)
    decision = decisions.decision_record(
        assessment=assessed(act, reviewer, FALSE_ENTRY.answers), by=reviewer, primary="deviation"
    )

    outcomes = race(
        lambda: decisions.second_review_record(decision=decision, by=second_reviewer, concur=True),
        lambda: decisions.second_review_record(
            decision=decision, by=third, concur=False, comment="Not convinced."
        ),
    )

    decision.refresh_from_db()
    assert decision.status in {DecisionStatus.CONFIRMED, DecisionStatus.SENT_BACK}
    refused = [o for o in outcomes if isinstance(o, AssessmentError)]
    assert len(refused) == 1
    assert "this decision already, at" in refused[0].message
    assert act.case.events.filter(kind="second_review").count() == 1


def test_two_reviewers_pressing_assign_to_me_at_once_assign_exactly_one(
    unit_a, supervisor_a, reviewer, second_reviewer
):
    from cases import services
    from tests.factories import CaseFactory

    case = CaseFactory(unit=unit_a, logged_by=supervisor_a)

    def assign(to):
        return lambda: services.case_assign(case=case, to=to, by=to, expected="")

    outcomes = race(assign(reviewer), assign(second_reviewer))

    case.refresh_from_db()
    refused = [o for o in outcomes if isinstance(o, services.TransitionError)]
    assert len(refused) == 1
    assert f"{case.reviewer.get_full_name()} became its reviewer" in str(refused[0])
    assert case.events.filter(kind="assigned").count() == 1

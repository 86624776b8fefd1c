"""The demo data: realistic, in every state, made by the real services, and reproducible."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from cases.choices import AssessmentStatus, Status
from cases.demo import seed_people
from cases.demo_cases import seed_cases
from cases.demo_scenarios import SCENARIOS
from cases.models import Assessment, Case, CaseEvent
from classification.engine import answers_from_dict, classify, get_graph, result_from_dict
from tests.factories import built_once

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Seeded once for the module, inside a transaction rolled back at the end."""
    with built_once(django_db_blocker):
        seed_people()
        seed_cases(60)
        yield


def test_demo_cases_cover_every_state(demo):
    assert set(Case.objects.values_list("status", flat=True)) == set(Status.values)


def test_every_stored_result_equals_what_classify_gives_for_the_stored_answers(demo):
    assessments = Assessment.objects.exclude(status=AssessmentStatus.IN_PROGRESS)
    assert assessments.count() > 50
    for assessment in assessments:
        recomputed = classify(
            get_graph(assessment.engine_version), answers_from_dict(assessment.answers)
        )
        assert result_from_dict(assessment.result) == recomputed, assessment.pk


def test_demo_timelines_are_in_time_order_and_in_the_past(demo):
    from django.utils import timezone

    for case in Case.objects.all():
        times = list(case.events.order_by("id").values_list("at", flat=True))
        assert times == sorted(times), case.reference
        assert times[-1] <= timezone.now()
        assert times[0] == case.created_at


def test_seeding_again_adds_nothing(demo):
    counts = (Case.objects.count(), CaseEvent.objects.count())
    call_command("seed_demo", "--cases", "60", stdout=io.StringIO())
    assert (Case.objects.count(), CaseEvent.objects.count()) == counts


def test_a_demo_case_happened_at_the_time_its_narrative_states(demo):
    scenarios = {scenario.title: scenario for scenario in SCENARIOS}
    timed = 0
    for case in Case.objects.all():
        stated = scenarios[case.title].occurred_time
        if stated:
            assert timezone.localtime(case.occurred_at).time() == stated, case.reference
            assert case.occurred_at < case.created_at, case.reference
            timed += 1
    assert timed > 20

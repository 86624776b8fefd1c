"""The demo scenarios are realistic, varied, anonymous, and classify as intended by the real engine.

Plain pytest, no database.
"""

import re
from collections import Counter

import pytest

from cases.choices import ActionKind, Category, HarmSeverity, Origin, Presumed
from cases.demo import UNITS
from cases.demo_scenarios import SCENARIOS, scenario_acts
from classification import engine
from classification.models import ReasonCode

REASONS = set(ReasonCode.values)
CHOICES = {"yes", "no", "not_established"}
QUESTION_IDS = {"Q1", "Q2", "Q3", "Q3a", "Q4", "Q4a", "Q5", "Q5a", "Q5b", "Q5c"}
QUESTION_IDS |= {"Q6", "Q7", "Q8", "Q9"}

# Common first names in England and Wales. Words that are also ordinary English ("Will", "Mark",
# "Grace") are left out so that the check has no false alarms on plain prose.
FIRST_NAMES = {
    "Adam", "Ahmed", "Aisha", "Alex", "Alice", "Amara", "Amelia", "Amy", "Andrew", "Anna",
    "Ben", "Charlotte", "Chloe", "Chris", "Claire", "Daniel", "Dave", "David", "Emily", "Emma",
    "Fatima", "Gary", "George", "Hannah", "Harry", "Helen", "Ian", "Jack", "James", "Jason",
    "Jessica", "John", "Karen", "Kevin", "Laura", "Lisa", "Liam", "Lucy", "Mary", "Matthew",
    "Michael", "Mohammed", "Muhammad", "Noah", "Oliver", "Olivia", "Paul", "Peter", "Priya",
    "Rachel", "Rebecca", "Richard", "Robert", "Ryan", "Sam", "Sarah", "Sophie", "Steve",
    "Steven", "Susan", "Thomas", "Tom", "William",
}  # fmt: skip


def _texts(scenario):
    yield scenario.title
    yield scenario.summary
    yield scenario.welfare_note
    for act in scenario.acts:
        yield act.description
        yield from (text for _, text in act.answers.values())
        yield act.decision.get("rationale", "")
        for learning_action in act.learning_actions:
            yield learning_action["description"]
            yield learning_action["owner"]


def _act_id(scenario, number):
    return f"{scenario.key}-act{number}"


ALL_ACTS = [
    pytest.param(scenario, act, id=_act_id(scenario, number))
    for scenario in SCENARIOS
    for number, act in enumerate(scenario.acts, start=1)
]


def test_there_are_at_least_forty_scenarios_with_unique_keys():
    keys = [scenario.key for scenario in SCENARIOS]
    assert len(keys) >= 40
    assert len(set(keys)) == len(keys)


def test_every_category_and_origin_is_used():
    assert {scenario.category for scenario in SCENARIOS} == set(Category.values)
    assert {scenario.origin for scenario in SCENARIOS} == set(Origin.values)


def test_every_reason_is_expected_at_least_three_times():
    expected = Counter(act.expected for _, act in scenario_acts())
    assert set(expected) == REASONS
    assert min(expected.values()) >= 3


def test_about_half_of_the_referrals_presume_deviation():
    presumed = Counter(scenario.presumed for scenario in SCENARIOS)
    assert set(presumed) <= set(Presumed.values)
    assert 0.4 <= presumed[Presumed.DEVIATION] / len(SCENARIOS) <= 0.6
    assert presumed[Presumed.NOT_STATED] > 0


def test_scenario_fields_hold_valid_values():
    unit_codes = {code for code, _ in UNITS}
    for scenario in SCENARIOS:
        assert len(scenario.title) <= 80, scenario.key
        assert scenario.unit in unit_codes, scenario.key
        assert scenario.harm in HarmSeverity.values, scenario.key
        assert re.fullmatch(r"SR-\d{5}", scenario.subject_reference), scenario.key
        assert 1 <= len(scenario.acts) <= 3, scenario.key
        assert scenario.days_ago > 0, scenario.key
        assert len(scenario.welfare_note) <= 500, scenario.key
        assert not scenario.welfare_note or scenario.welfare_offered, scenario.key


def test_a_summary_that_states_clock_times_gives_the_one_at_which_the_act_happened():
    """So that the seeded case's 'When' can agree with its narrative."""
    for scenario in SCENARIOS:
        stated = re.findall(r"\b\d{1,2}:\d{2}\b", scenario.summary)
        if stated:
            assert scenario.occurred_time is not None, scenario.key
            assert scenario.occurred_time.strftime("%H:%M") in stated, scenario.key
        else:
            assert scenario.occurred_time is None, scenario.key


def test_summaries_read_like_real_referrals():
    for scenario in SCENARIOS:
        assert len(scenario.summary) >= 150, scenario.key
        assert "lorem" not in scenario.summary.lower(), scenario.key
        assert scenario.subject_reference in scenario.summary, scenario.key


def test_no_text_names_a_person():
    for scenario in SCENARIOS:
        words = set(re.findall(r"[A-Z][a-z]+", " ".join(_texts(scenario))))
        assert not words & FIRST_NAMES, (scenario.key, words & FIRST_NAMES)


@pytest.mark.parametrize(("scenario", "act"), ALL_ACTS)
def test_act_fields_hold_valid_values(scenario, act):
    assert act.description
    assert act.expected in REASONS
    assert set(act.answers) <= QUESTION_IDS
    assert all(choice in CHOICES for choice, _ in act.answers.values())
    assert set(act.contributing) <= REASONS
    assert act.decision == {"accept": True} or (
        set(act.decision) == {"override", "rationale"}
        and act.decision["override"] in REASONS - {act.expected}
        and len(act.decision["rationale"]) >= 100
    )
    assert len(act.learning_actions) <= 3
    for learning_action in act.learning_actions:
        assert set(learning_action) == {"kind", "description", "owner"}
        assert learning_action["kind"] in ActionKind.values
        assert learning_action["description"] and learning_action["owner"]


def test_the_mix_of_acts_is_varied():
    counts = Counter(len(scenario.acts) for scenario in SCENARIOS)
    assert counts[1] > counts[2] > counts[3] > 0
    overridden = sum("override" in act.decision for _, act in scenario_acts())
    assert 1 / 12 <= overridden / sum(counts[n] * n for n in counts) <= 1 / 5


@pytest.mark.parametrize(("scenario", "act"), ALL_ACTS)
def test_act_classifies_to_its_expected_reason_with_the_real_engine(scenario, act):
    answers = {
        question: engine.Answer(choice=engine.Choice(choice), text=text)
        for question, (choice, text) in act.answers.items()
    }
    result = engine.classify(engine.get_graph(engine.CURRENT_VERSION), answers)
    assert result.primary.value == act.expected
    assert not result.stale

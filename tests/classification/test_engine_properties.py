"""Generated answer sets (hypothesis): one next question, one result or one clear error."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classification.engine import (
    CURRENT_VERSION,
    Answer,
    AnswerError,
    Choice,
    ConductRoute,
    FailureType,
    Flag,
    IncompleteAnswers,
    Need,
    Reason,
    classify,
    get_graph,
    recommend,
    result_from_dict,
    walk,
)

GRAPH = get_graph(CURRENT_VERSION)
QUESTION_IDS = list(GRAPH.questions)
# Ids the graph does not know, the outcome among them: never used, always reported stale.
STRANGERS = ["harm", "severity", "Q99"]

texts = st.sampled_from(
    ["", "   ", "\n\t", "The custody record shows the entry at 02:14."]
) | st.text(max_size=12)
answers = st.builds(Answer, st.sampled_from(list(Choice)), texts)
answer_sets = st.dictionaries(st.sampled_from(QUESTION_IDS + STRANGERS), answers)


@st.composite
def complete_answer_sets(draw: st.DrawFn) -> dict[str, Answer]:
    """A valid walk to the end of the graph, with leftovers off the path mixed in."""
    walked: dict[str, Answer] = {}
    qid = GRAPH.start
    while qid is not None:
        question = GRAPH.questions[qid]
        choice = draw(st.sampled_from(list(Choice)))
        if question.need(choice) is Need.NONE:
            text = draw(st.sampled_from(["", "A note."]))
        else:
            text = draw(st.text(min_size=1, max_size=20).filter(str.strip))
        walked[qid] = Answer(choice, text)
        qid = question.route(choice).next
    leftovers = draw(answer_sets)
    return {**{k: v for k, v in leftovers.items() if k not in walked}, **walked}


# No per-example deadline: a busy CI machine must not turn a slow example into a failure.
@settings(max_examples=400, deadline=None)
@given(answer_sets)
def test_any_answer_set_has_one_next_question_one_result_or_one_clear_error(given_answers):
    try:
        walked = walk(GRAPH, given_answers)
    except AnswerError as error:
        answer = given_answers[error.question_id]
        need = GRAPH.questions[error.question_id].need(answer.choice)
        assert (need is Need.NONE, answer.text.strip()) == (False, "")
        return
    on_path = [step.question_id for step in walked.path]
    assert sorted(walked.stale + tuple(on_path)) == sorted(given_answers)
    if walked.complete:
        assert classify(GRAPH, given_answers).trace == walked.path
    else:
        assert walked.next.id not in given_answers
        with pytest.raises(IncompleteAnswers) as raised:
            classify(GRAPH, given_answers)
        assert raised.value.question_id == walked.next.id


@settings(max_examples=400, deadline=None)
@given(complete_answer_sets())
def test_stored_result_reproduces_exactly_from_its_version(given_answers):
    result = classify(GRAPH, given_answers)
    stored = json.loads(json.dumps(result.to_dict()))
    reproduced = classify(get_graph(stored["version"]), given_answers)
    assert (result_from_dict(stored), reproduced) == (result, result)


@settings(max_examples=200, deadline=None)
@given(complete_answer_sets())
def test_answer_order_does_not_change_the_result(given_answers):
    reordered = dict(reversed(list(given_answers.items())))
    assert classify(GRAPH, reordered) == classify(GRAPH, given_answers)


@settings(max_examples=400, deadline=None)
@given(complete_answer_sets())
def test_generated_results_keep_the_principles(given_answers):
    result = classify(GRAPH, given_answers)
    steps = {step.question_id: step for step in result.trace}
    substitution = {steps[qid].choice for qid in ("Q5a", "Q6") if qid in steps} & {
        Choice.YES,
        Choice.NOT_ESTABLISHED,
    }
    concluding = [s for s in result.trace if GRAPH.questions[s.question_id].route(s.choice).reason]
    assert len(concluding) == 1
    if result.primary is Reason.DEVIATION:
        step = concluding[0]
        need = GRAPH.questions[step.question_id].need(step.choice)
        assert (step.question_id, step.choice) in {("Q1", Choice.YES), ("Q5a", Choice.NO)}
        assert (need, bool(step.text.strip())) == (Need.EVIDENCE, True)
    if result.primary is Reason.INNOVATION:
        assert (steps["Q3"].choice, bool(steps["Q3"].text.strip())) == (Choice.YES, True)
    if substitution:
        assert result.primary not in (Reason.DEVIATION, Reason.INATTENTION)
    assert [p.question_id for p in result.open_points] == [
        s.question_id for s in result.trace if s.choice is Choice.NOT_ESTABLISHED
    ]
    assert result.primary not in result.contributing
    assert not set(result.stale) & set(steps)


@settings(max_examples=400, deadline=None)
@given(complete_answer_sets())
def test_only_preventable_failures_get_an_individual_conduct_route(given_answers):
    result = classify(GRAPH, given_answers)
    route = recommend(result).conduct_route
    individual = route is not ConductRoute.NO_INDIVIDUAL_ACTION
    referred = route is ConductRoute.SEVERITY_ASSESSMENT
    # A capability gap (the organisation had not provided what the task needed) is the
    # organisation's to close: preventable, but not through the officer.
    gap = result.primary is Reason.LACK_OF_SKILL and Flag.CAPABILITY_GAP in result.flags
    assert individual == (result.failure_type is FailureType.PREVENTABLE and not gap)
    assert not referred or result.primary is Reason.DEVIATION

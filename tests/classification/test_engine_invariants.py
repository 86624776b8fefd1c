"""The principles, proven over every path through the current graph (it is small: walk them all)."""

import inspect
import math
from functools import cache

from classification.engine import (
    CURRENT_VERSION,
    Answer,
    AnswerError,
    Choice,
    IncompleteAnswers,
    Need,
    Reason,
    Route,
    classify,
    get_graph,
    walk,
)

GRAPH = get_graph(CURRENT_VERSION)
NE = Choice.NOT_ESTABLISHED

type Path = tuple[tuple[str, Choice], ...]


def complete_paths(start: str | None = GRAPH.start, prefix: Path = ()) -> list[Path]:
    """Every sequence of (question, choice) from ``start`` to the end, depth first."""
    if start is None:
        return [prefix]
    paths = []
    for choice in Choice:
        route = GRAPH.questions[start].route(choice)
        paths += complete_paths(route.next, (*prefix, (start, choice)))
    return paths


PATHS = complete_paths()


def text_for(qid: str, choice: Choice) -> str:
    """The evidence or rationale a careful reviewer would give; nothing where none is needed."""
    need = GRAPH.questions[qid].need(choice)
    return "" if need is Need.NONE else f"{need} for {qid} {choice}"


def answers_for(path: Path) -> dict[str, Answer]:
    return {qid: Answer(choice, text_for(qid, choice)) for qid, choice in path}


def primary(path: Path) -> Reason:
    return classify(GRAPH, answers_for(path)).primary


def departs_from_not_established(qid: str, choice: Choice) -> bool:
    """True where the answer takes a different route from the one uncertainty would take."""
    question = GRAPH.questions[qid]
    return question.route(choice).destination != question.route(NE).destination


def route_distance(route: Route, reason: Reason) -> float:
    """How many evidence-needing answers still stand between this route and the reason."""
    if route.reason is not None:
        return 0 if route.reason is reason else math.inf
    # The refining questions end without concluding: the reason was concluded before them.
    return math.inf if route.next is None else question_distance(route.next, reason)


@cache
def question_distance(qid: str, reason: Reason) -> float:
    question = GRAPH.questions[qid]
    return min(
        route_distance(question.route(c), reason) + departs_from_not_established(qid, c)
        for c in Choice
    )


def steps_toward(qid: str, choice: Choice, reason: Reason) -> bool:
    """True where the answer brings the reason closer than Not established would."""
    question = GRAPH.questions[qid]
    return route_distance(question.route(choice), reason) < route_distance(
        question.route(NE), reason
    )


def completions(prefix: Path) -> list[Path]:
    """Every complete path that starts with ``prefix``."""
    return [path for path in PATHS if path[: len(prefix)] == prefix]


DEVIATION_PATHS = [path for path in PATHS if primary(path) is Reason.DEVIATION]


def test_enumeration_covers_every_path_of_the_current_graph():
    assert (len(PATHS), len(set(PATHS))) == (1623, 1623)


def test_enumeration_reaches_every_question_answer_and_reason():
    answered = {step for path in PATHS for step in path}
    reasons = {primary(path) for path in PATHS}
    assert (len(answered), reasons) == (3 * len(GRAPH.questions), set(Reason))


def test_graph_has_no_cycles():
    def reaches_itself(qid: str, stack: tuple[str, ...]) -> bool:
        if qid in stack:
            return True
        routes = GRAPH.questions[qid].routes.values()
        return any(route.next and reaches_itself(route.next, (*stack, qid)) for route in routes)

    assert [qid for qid in GRAPH.questions if reaches_itself(qid, ())] == []


def test_every_complete_answer_set_has_exactly_one_result():
    for path in PATHS:
        answers = answers_for(path)
        walked = walk(GRAPH, answers)
        concluding = [
            qid for qid, choice in path if GRAPH.questions[qid].route(choice).reason is not None
        ]
        result = classify(GRAPH, answers)
        assert (walked.complete, walked.next, walked.stale, len(concluding)) == (
            True,
            None,
            (),
            1,
        ), path
        assert [(step.question_id, step.choice) for step in result.trace] == list(path)


def test_every_partial_answer_set_has_exactly_one_next_question():
    checked = set()
    for path in PATHS:
        for cut in range(len(path)):
            prefix = path[:cut]
            if prefix in checked:
                continue
            checked.add(prefix)
            walked = walk(GRAPH, answers_for(prefix))
            assert (walked.complete, walked.next.id, len(walked.path)) == (False, path[cut][0], cut)
    # A tree whose inner nodes all branch three ways has (leaves - 1) / 2 of them: every inner
    # node is a distinct partial answer set, the empty one included.
    assert len(checked) == (len(PATHS) - 1) // 2 == 811


def test_classify_names_the_next_question_of_every_partial_answer_set():
    for path in PATHS:
        cut = len(path) // 2
        try:
            classify(GRAPH, answers_for(path[:cut]))
        except IncompleteAnswers as error:
            assert error.question_id == path[cut][0]
        else:
            raise AssertionError(f"{path[:cut]} classified while incomplete")


def test_every_answer_that_leaves_the_not_established_route_needs_evidence():
    departing = [
        (qid, choice)
        for qid, question in GRAPH.questions.items()
        for choice in Choice
        if departs_from_not_established(qid, choice) and question.need(choice) is not Need.EVIDENCE
    ]
    assert departing == []


def test_deviation_is_reached_only_through_an_evidenced_path():
    for path in DEVIATION_PATHS:
        steps = [(qid, c) for qid, c in path if departs_from_not_established(qid, c)]
        needs = {GRAPH.questions[qid].need(c) for qid, c in steps}
        trace = classify(GRAPH, answers_for(path)).trace
        texts = {bool(s.text.strip()) for s in trace if (s.question_id, s.choice) in steps}
        assert (needs, texts) == ({Need.EVIDENCE}, {True}), path


def test_deviation_without_its_evidence_is_rejected():
    for path in DEVIATION_PATHS:
        for qid, choice in path:
            if departs_from_not_established(qid, choice):
                answers = {**answers_for(path), qid: Answer(choice, "   ")}
                try:
                    classify(GRAPH, answers)
                except AnswerError as error:
                    assert error.question_id == qid
                else:
                    raise AssertionError(f"{path} classified without evidence at {qid}")


def test_every_answer_that_needs_evidence_or_rationale_is_refused_without_it():
    accepted, needs = [], set()
    for path in PATHS:
        for qid, choice in path:
            need = GRAPH.questions[qid].need(choice)
            if need is Need.NONE:
                continue
            needs.add(need)
            try:
                classify(GRAPH, {**answers_for(path), qid: Answer(choice, " \n")})
            except AnswerError as error:
                assert error.question_id == qid
            else:
                accepted.append((path, qid))
    assert accepted == []
    assert needs == {Need.EVIDENCE, Need.RATIONALE}


def test_not_established_in_place_of_a_step_toward_deviation_never_leaves_deviation():
    for path in DEVIATION_PATHS:
        for index, (qid, choice) in enumerate(path):
            if not steps_toward(qid, choice, Reason.DEVIATION):
                continue
            answers = {**answers_for(path), qid: Answer(NE)}
            walked = walk(GRAPH, answers)
            assert not walked.complete or primary_of(answers) is not Reason.DEVIATION, (path, qid)
            # Deviation can then only come from new steps, on questions this path never asked.
            asked = {q for q, _ in path}
            for other in completions((*path[:index], (qid, NE))):
                if primary(other) is Reason.DEVIATION:
                    fresh = [q for q, c in other if steps_toward(q, c, Reason.DEVIATION)]
                    assert fresh and not set(fresh) & asked, (path, other)


def primary_of(answers: dict[str, Answer]) -> Reason:
    return classify(GRAPH, answers).primary


def test_not_established_on_the_rule_chain_rules_out_deviation():
    for qid in ("Q4", "Q4a", "Q5", "Q5a"):
        reasons = {primary(path) for path in PATHS if (qid, NE) in path}
        assert reasons and Reason.DEVIATION not in reasons, qid


def test_not_established_at_q1_leaves_deviation_only_through_the_evidenced_rule_chain():
    chains = {
        tuple((q, c) for q, c in path if q in {"Q4", "Q4a", "Q5", "Q5a"})
        for path in DEVIATION_PATHS
        if path[0] == ("Q1", NE)
    }
    assert chains == {
        (("Q4", Choice.YES), ("Q4a", Choice.YES), ("Q5", Choice.YES), ("Q5a", Choice.NO))
    }


def test_all_not_established_is_task_complexity_and_wholly_provisional():
    path = next(p for p in PATHS if all(choice is NE for _, choice in p))
    result = classify(GRAPH, answers_for(path))
    assert (result.primary, [p.question_id for p in result.open_points]) == (
        Reason.TASK_COMPLEXITY,
        [qid for qid, _ in path],
    )


def test_innovation_only_with_evidenced_prior_sanction():
    innovation = [path for path in PATHS if primary(path) is Reason.INNOVATION]
    sanctioned = [
        path
        for path in innovation
        if ("Q3", Choice.YES) in path and answers_for(path)["Q3"].text.strip()
    ]
    assert (len(innovation), sanctioned == innovation) == (len(sanctioned), True)
    assert GRAPH.questions["Q3"].need(Choice.YES) is Need.EVIDENCE


def test_substitution_yes_or_not_established_never_gives_deviation_or_inattention():
    passed = [
        path
        for path in PATHS
        if ("Q5a", Choice.YES) in path
        or ("Q5a", NE) in path
        or ("Q6", Choice.YES) in path
        or ("Q6", NE) in path
    ]
    reasons = {primary(path) for path in passed}
    assert reasons & {Reason.DEVIATION, Reason.INATTENTION} == set()
    assert reasons == {Reason.LACK_OF_SKILL, Reason.TASK_COMPLEXITY}


def test_not_established_routes_like_the_lenient_answer_and_records_no_more():
    for qid, question in GRAPH.questions.items():
        lenient, unsure = question.route(question.lenient), question.route(NE)
        assert unsure.destination == lenient.destination, qid
        assert set(unsure.flags) <= set(lenient.flags), qid
        assert set(unsure.system_factors) <= set(lenient.system_factors), qid
        assert set(unsure.contributing) <= set(lenient.contributing), qid
        assert set(unsure.if_flagged) <= set(lenient.if_flagged), qid
        assert question.need(question.lenient) is not Need.EVIDENCE, qid


def test_not_established_walks_exactly_like_the_lenient_answer_on_every_path():
    for path in PATHS:
        for qid, choice in path:
            if choice is not NE:
                continue
            lenient = GRAPH.questions[qid].lenient
            swapped = {**answers_for(path), qid: Answer(lenient, text_for(qid, lenient))}
            result, original = classify(GRAPH, swapped), classify(GRAPH, answers_for(path))
            assert (result.primary, [s.question_id for s in result.trace]) == (
                original.primary,
                [s.question_id for s in original.trace],
            ), (path, qid)


def test_every_not_established_on_the_path_is_an_open_point():
    for path in PATHS:
        result = classify(GRAPH, answers_for(path))
        unsure = [qid for qid, choice in path if choice is NE]
        assert ([p.question_id for p in result.open_points], result.provisional) == (
            unsure,
            bool(unsure),
        )


def test_outcome_is_not_a_parameter_of_classify():
    assert list(inspect.signature(classify).parameters) == ["graph", "answers"]


def test_outcome_passed_as_an_answer_is_reported_stale_and_changes_nothing():
    outcome = {"harm": Answer(Choice.YES, "serious injury"), "severity": Answer(Choice.NO)}
    for path in PATHS:
        plain = classify(GRAPH, answers_for(path))
        with_outcome = classify(GRAPH, {**answers_for(path), **outcome})
        assert with_outcome.stale == ("harm", "severity")
        assert with_outcome.to_dict() | {"stale": []} == plain.to_dict()


def test_answers_off_the_path_are_ignored_and_reported_stale_in_asking_order():
    for path in PATHS:
        on_path = {qid for qid, _ in path}
        # Leftovers, some of them invalid (evidence missing): stale answers are never validated.
        leftovers = {
            qid: Answer(Choice.YES) for qid in reversed(GRAPH.questions) if qid not in on_path
        }
        result = classify(GRAPH, {**leftovers, **answers_for(path)})
        assert result.stale == tuple(qid for qid in GRAPH.questions if qid not in on_path)
        assert result.to_dict() | {"stale": []} == classify(GRAPH, answers_for(path)).to_dict()


def test_steps_toward_deviation_are_the_ones_the_design_names():
    steps = [
        (qid, choice)
        for qid in GRAPH.questions
        for choice in Choice
        if steps_toward(qid, choice, Reason.DEVIATION)
    ]
    assert steps == [
        ("Q1", Choice.YES),
        ("Q3a", Choice.NO),
        ("Q4", Choice.YES),
        ("Q4a", Choice.YES),
        ("Q5", Choice.YES),
        ("Q5a", Choice.NO),
    ]


def test_toward_names_the_most_blameworthy_reason_an_answer_brings_closer():
    for qid, question in GRAPH.questions.items():
        for choice in Choice:
            route = question.route(choice)
            closer = [r for r in Reason if steps_toward(qid, choice, r)]
            expected = closer[0] if closer and route.reason is None else None
            assert route.toward == expected, (qid, choice)

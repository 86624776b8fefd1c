"""The engine's API: answers and their checks, walks, stored results, versions, graph structure."""

import json

import pytest

from classification.engine import (
    CURRENT_VERSION,
    GRAPHS,
    Answer,
    AnswerError,
    Choice,
    FailureType,
    Graph,
    IncompleteAnswers,
    Need,
    Question,
    Reason,
    Route,
    UnknownVersion,
    answers_from_dict,
    answers_to_dict,
    check_answer,
    classify,
    get_graph,
    next_question,
    result_from_dict,
    walk,
)

GRAPH = get_graph(CURRENT_VERSION)
Y, N, NE = Choice.YES, Choice.NO, Choice.NOT_ESTABLISHED

DEVIATION_BY_RULE = {
    "Q1": Answer(N),
    "Q2": Answer(N),
    "Q3": Answer(N),
    "Q4": Answer(Y, "Policy 12, paragraph 3."),
    "Q4a": Answer(Y, "Followed by the whole team."),
    "Q5": Answer(Y, "Said so in interview."),
    "Q5a": Answer(N, "Peers waited."),
    "Q5b": Answer(NE),
    "Q5c": Answer(N),
}


def test_reasons_run_from_blame_to_praise_with_their_failure_types():
    assert [(r.value, r.position, r.failure_type) for r in Reason] == [
        ("deviation", 1, FailureType.PREVENTABLE),
        ("inattention", 2, FailureType.PREVENTABLE),
        ("lack_of_skill", 3, FailureType.PREVENTABLE),
        ("task_complexity", 4, FailureType.TOLERABLE),
        ("innovation", 5, FailureType.INTELLIGENT),
    ]


def test_choices_have_their_codes_and_labels():
    assert [(c.value, c.label) for c in Choice] == [
        ("yes", "Yes"),
        ("no", "No"),
        ("not_established", "Not established"),
    ]


def test_needs_follow_the_design_table():
    needs = {qid: (q.need(Y), q.need(N), q.need(NE)) for qid, q in GRAPH.questions.items()}
    # E: written evidence, R: a short rationale, F: free (nothing needed).
    E, R, F = Need.EVIDENCE, Need.RATIONALE, Need.NONE
    assert needs == {
        "Q1": (E, F, F),
        "Q2": (R, F, F),
        "Q3": (E, F, F),
        "Q3a": (R, E, F),
        "Q4": (E, F, F),
        "Q4a": (E, R, F),
        "Q5": (E, F, F),
        "Q5a": (R, E, F),
        "Q5b": (E, F, F),
        "Q5c": (R, F, F),
        "Q6": (R, E, F),
        "Q7": (E, F, F),
        "Q8": (R, E, F),
        "Q9": (E, R, F),
    }


def route_summary(route: Route) -> str:
    """A route in a few characters: 'deviation →Q5b + severity_assessment'."""
    heading = " ".join(
        str(part) for part in (route.reason, route.next and f"→{route.next}") if part
    )
    effects = [
        *route.flags,
        *route.system_factors,
        *(f"contributing {reason}" for reason in route.contributing),
        *(f"{f} if {rule.flag}" for rule in route.if_flagged for f in rule.system_factors),
    ]
    return (heading or "end") + (" + " + ", ".join(effects) if effects else "")


def test_routes_follow_the_design_table():
    routes = {
        qid: tuple(route_summary(q.route(c)) for c in Choice) for qid, q in GRAPH.questions.items()
    }
    procedure = "task_complexity + system_induced_departure, procedure"
    assert routes == {
        "Q1": ("deviation →Q5b + severity_assessment", "→Q2", "→Q2"),
        "Q2": ("→Q3 + welfare_referral, welfare", "→Q3", "→Q3"),
        "Q3": ("→Q3a", "→Q4", "→Q4"),
        "Q3a": ("innovation", "→Q4 + contributing innovation", "innovation"),
        "Q4": ("→Q4a", "→Q6", "→Q6"),
        "Q4a": ("→Q5", "→Q6 + procedure", "→Q6"),
        "Q5": ("→Q5a", "→Q6", "→Q6"),
        "Q5a": (procedure, "deviation →Q5b", procedure),
        "Q5b": ("→Q5c + reckless, severity_assessment", "→Q5c + at_risk", "→Q5c + at_risk"),
        "Q5c": ("end + mitigation", "end", "end + mitigation"),
        "Q6": ("→Q7", "→Q8", "→Q7"),
        "Q7": ("lack_of_skill + capability_gap", "task_complexity", "task_complexity"),
        "Q8": ("→Q9", "lack_of_skill", "→Q9"),
        "Q9": ("inattention + workload if welfare_referral", "task_complexity", "task_complexity"),
    }


def test_every_question_has_a_hint_a_short_label_and_sources():
    missing = [qid for qid, q in GRAPH.questions.items() if not (q.hint and q.short and q.sources)]
    assert missing == []


def test_blank_evidence_is_rejected_with_a_clear_message():
    with pytest.raises(AnswerError) as raised:
        check_answer(GRAPH.questions["Q4"], Answer(Y, " \n\t "))
    assert str(raised.value) == (
        "Q4: a ‘Yes’ here moves toward Deviation, so it needs written evidence: say what shows "
        "it, or answer ‘Not established’"
    )


def test_evidence_message_names_the_reason_an_answer_concludes():
    with pytest.raises(AnswerError) as raised:
        check_answer(GRAPH.questions["Q5a"], Answer(N))
    assert raised.value.message == (
        "a ‘No’ here concludes Deviation, so it needs written evidence: say what shows it, or "
        "answer ‘Not established’"
    )


def test_missing_rationale_is_rejected_as_professional_judgement():
    with pytest.raises(AnswerError) as raised:
        check_answer(GRAPH.questions["Q6"], Answer(Y, ""))
    assert (raised.value.question_id, raised.value.message) == (
        "Q6",
        "a ‘Yes’ here is your professional judgement, so it needs a short rationale: say why, or "
        "answer ‘Not established’ if you cannot judge",
    )


def test_not_established_needs_no_text_anywhere():
    accepted = [check_answer(q, Answer(NE)) for q in GRAPH.questions.values()]
    assert accepted == [NE] * len(GRAPH.questions)


def test_an_unknown_choice_is_rejected():
    with pytest.raises(AnswerError) as raised:
        check_answer(GRAPH.questions["Q1"], Answer("maybe"))  # type: ignore[arg-type]
    assert str(raised.value) == (
        "Q1: 'maybe' is not an answer here: choose Yes, No or Not established"
    )


def test_walk_validates_answers_on_the_path():
    with pytest.raises(AnswerError) as raised:
        walk(GRAPH, {**DEVIATION_BY_RULE, "Q5": Answer(Y, "")})
    assert raised.value.question_id == "Q5"


def test_next_question_is_the_first_unanswered_on_the_path():
    answers = {"Q1": Answer(N), "Q2": Answer(N), "Q3": Answer(NE)}
    assert next_question(GRAPH, answers).id == "Q4"


def test_next_question_is_none_when_complete():
    assert next_question(GRAPH, DEVIATION_BY_RULE) is None


def test_incomplete_answers_name_the_next_question():
    with pytest.raises(IncompleteAnswers) as raised:
        classify(GRAPH, {"Q1": Answer(N)})
    assert str(raised.value) == (
        "Q2: still to be answered before the act can be classified: " + GRAPH.questions["Q2"].text
    )


def test_changing_an_early_answer_leaves_later_answers_stale_not_wrong():
    changed = {**DEVIATION_BY_RULE, "Q4": Answer(N)}
    walked = walk(GRAPH, changed)
    assert (walked.next.id, walked.stale) == ("Q6", ("Q4a", "Q5", "Q5a", "Q5b", "Q5c"))


def test_trace_keeps_question_text_choice_and_trimmed_text_in_order():
    result = classify(GRAPH, {**DEVIATION_BY_RULE, "Q4": Answer(Y, "  Policy 12.  ")})
    step = result.trace[3]
    assert (step.question_id, step.question, step.choice, step.text) == (
        "Q4",
        GRAPH.questions["Q4"].text,
        Y,
        "Policy 12.",
    )


def test_open_points_name_each_not_established_question():
    result = classify(GRAPH, DEVIATION_BY_RULE)
    assert (result.open_points[0].question_id, result.open_points[0].question) == (
        "Q5b",
        GRAPH.questions["Q5b"].text,
    )


def test_result_round_trips_through_json():
    result = classify(GRAPH, {**DEVIATION_BY_RULE, "harm": Answer(Y, "serious")})
    assert result_from_dict(json.loads(json.dumps(result.to_dict()))) == result


def test_result_dict_is_plain_json():
    stored = classify(GRAPH, DEVIATION_BY_RULE).to_dict()
    assert {key: type(value).__name__ for key, value in stored.items()} == {
        "version": "str",
        "primary": "str",
        "failure_type": "str",
        "position": "int",
        "contributing": "list",
        "system_factors": "list",
        "flags": "list",
        "open_points": "list",
        "trace": "list",
        "stale": "list",
        "provisional": "bool",
    }
    assert json.loads(json.dumps(stored)) == stored


def test_stored_result_that_contradicts_its_primary_is_refused():
    stored = classify(GRAPH, DEVIATION_BY_RULE).to_dict() | {"failure_type": "tolerable"}
    with pytest.raises(ValueError, match="disagrees with its primary"):
        result_from_dict(stored)


def test_malformed_stored_result_is_refused():
    with pytest.raises(ValueError, match="not a stored classification result"):
        result_from_dict({"version": "1", "primary": "blame"})


def test_registry_holds_the_current_version():
    assert (CURRENT_VERSION, list(GRAPHS), get_graph("1")) == ("1", ["1"], GRAPHS["1"])


def test_unknown_version_is_refused_by_name():
    with pytest.raises(UnknownVersion) as raised:
        get_graph("0.9")
    assert str(raised.value) == "there is no questionnaire version '0.9'; known versions: 1"


def test_answers_from_dict_accepts_evidence_rationale_or_text():
    parsed = answers_from_dict(
        {
            "Q1": {"answer": "no"},
            "Q2": {"answer": "Yes", "rationale": "Fatigue."},
            "Q3": {"answer": "not established", "text": "Asked, no record found."},
            "Q4": {"answer": "yes", "evidence": "Policy 12."},
            "Q4a": "not_established",
        }
    )
    assert parsed == {
        "Q1": Answer(N),
        "Q2": Answer(Y, "Fatigue."),
        "Q3": Answer(NE, "Asked, no record found."),
        "Q4": Answer(Y, "Policy 12."),
        "Q4a": Answer(NE),
    }


def test_answers_round_trip_through_their_json_form():
    assert answers_from_dict(answers_to_dict(DEVIATION_BY_RULE)) == DEVIATION_BY_RULE


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"answer": "perhaps"}, "Q1: 'perhaps' is not an answer: use yes, no or not_established"),
        ({"evidence": "x"}, 'Q1: "answer" is missing (yes, no or not_established)'),
        (
            {"answer": "yes", "evidence": "a", "rationale": "b"},
            "Q1: give one of text, evidence, rationale, not ['evidence', 'rationale']",
        ),
        ({"answer": "yes", "proof": "a"}, "Q1: unexpected key 'proof'"),
        ({"answer": "yes", "evidence": 3}, 'Q1: "evidence" must be text'),
        (7, 'Q1: give the answer as {"answer": "yes", "evidence": "…"}'),
    ],
)
def test_answers_from_dict_names_the_question_and_the_problem(value, message):
    with pytest.raises(AnswerError) as raised:
        answers_from_dict({"Q1": value})
    assert str(raised.value) == message


def small_graph(**routes: Route) -> Graph:
    """A one- or two-question graph for structure checks."""
    first = Question(
        id="A",
        text="A?",
        short="A",
        hint="",
        needs=dict.fromkeys(Choice, Need.NONE),
        routes={Y: routes["yes"], N: routes["no"], NE: routes["no"]},
        lenient=N,
    )
    second = Question(
        id="B",
        text="B?",
        short="B",
        hint="",
        needs=dict.fromkeys(Choice, Need.NONE),
        routes=dict.fromkeys(Choice, routes.get("b", Route(reason=Reason.TASK_COMPLEXITY))),
        lenient=N,
    )
    return Graph(version="test", start="A", questions={"A": first, "B": second})


def test_graph_accepts_a_sound_structure():
    graph = small_graph(yes=Route("B"), no=Route(reason=Reason.INNOVATION))
    assert classify(graph, {"A": Answer(Y), "B": Answer(N)}).primary is Reason.TASK_COMPLEXITY


@pytest.mark.parametrize(
    ("routes", "problem"),
    [
        ({"yes": Route("B"), "no": Route("B"), "b": Route("A")}, "cycle A → B → A"),
        ({"yes": Route("C"), "no": Route("B")}, "A Yes leads to unknown question 'C'"),
        ({"yes": Route(), "no": Route("B")}, "A Yes ends the questionnaire without concluding"),
        (
            {"yes": Route("B", reason=Reason.DEVIATION), "no": Route("B")},
            "B Yes concludes a reason after one was already concluded",
        ),
        (
            {"yes": Route(reason=Reason.INNOVATION), "no": Route(reason=Reason.INNOVATION)},
            "unreachable questions: B",
        ),
    ],
)
def test_graph_refuses_a_broken_structure(routes, problem):
    with pytest.raises(ValueError, match=problem):
        small_graph(**routes)

"""The questionnaire and classify commands: JSON out, one clear line and status 2 on bad input."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cases.choices import ActionKind
from classification import engine
from classification.engine import CURRENT_VERSION, get_graph
from classification.engine.recommend import ACTION_KINDS
from classification.models import Reason, ReasonCode

ROOT = Path(__file__).resolve().parents[2]

TASK_COMPLEXITY = {
    "version": "1",
    "answers": {
        "Q1": {"answer": "no"},
        "Q2": {"answer": "no"},
        "Q3": {"answer": "no"},
        "Q4": {"answer": "yes", "evidence": "National guidance on conducted energy devices."},
        "Q4a": {"answer": "yes", "evidence": "In routine use across the BCU."},
        "Q5": {"answer": "yes", "evidence": "Body-worn video shows the choice to discharge."},
        "Q5a": {"answer": "yes", "rationale": "A split-second decision; peers would do the same."},
    },
}
RECKLESS = {
    "id": "PSD-0042",
    "version": "1",
    "answers": {
        "Q1": {"answer": "yes", "evidence": "Audit log: searches with no policing purpose."},
        "Q5b": {"answer": "yes", "evidence": "Trained last month; no reason given."},
        "Q5c": {"answer": "not_established"},
    },
}


def run(*args: str, stdin: str | None = None) -> object:
    out = io.StringIO()
    options = {"stdin": io.StringIO(stdin)} if stdin is not None else {}
    call_command(*args, stdout=out, **options)
    return json.loads(out.getvalue())


def written(tmp_path: Path, data: object) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def failure(*args: str, stdin: str | None = None) -> tuple[str, int]:
    with pytest.raises(CommandError) as raised:
        run(*args, stdin=stdin)
    return str(raised.value), raised.value.returncode


def test_questionnaire_prints_the_current_graph():
    assert run("questionnaire") == get_graph(CURRENT_VERSION).to_dict()


def test_questionnaire_lists_each_question_with_hint_needs_and_routes():
    first = run("questionnaire")["questions"][0]
    assert (first["id"], first["needs"], first["routes"]["yes"]["reason"]) == (
        "Q1",
        {"yes": "evidence", "no": "none", "not_established": "none"},
        "deviation",
    )


def test_questionnaire_prints_an_older_version_by_name():
    assert run("questionnaire", "--version", "1")["version"] == "1"


def test_questionnaire_refuses_an_unknown_version():
    assert failure("questionnaire", "--version", "7") == (
        "there is no questionnaire version '7'; known versions: 1",
        2,
    )


@pytest.mark.django_db
def test_classify_prints_the_result_and_table_ones_response(tmp_path):
    printed = run("classify", written(tmp_path, TASK_COMPLEXITY))
    recommendation = printed.pop("recommendation")
    assert (printed["primary"], printed["failure_type"], printed["position"]) == (
        "task_complexity",
        "tolerable",
        4,
    )
    assert (printed["flags"], printed["provisional"], len(printed["trace"])) == (
        ["system_induced_departure"],
        False,
        7,
    )
    assert recommendation == {
        "reason": "task_complexity",
        "conduct_route": "no_individual_action",
        "advice": recommendation["advice"],
        "learning_action_kinds": ["procedure_review"],
        "response": Reason.objects.get(code="task_complexity").response,
    }


@pytest.mark.django_db
def test_classify_reads_a_list_and_keeps_each_sets_id(tmp_path):
    printed = run("classify", written(tmp_path, [TASK_COMPLEXITY, RECKLESS]))
    summary = [
        (p.get("id"), p["primary"], p["recommendation"]["conduct_route"], p["open_points"])
        for p in printed
    ]
    assert summary == [
        (None, "task_complexity", "no_individual_action", []),
        (
            "PSD-0042",
            "deviation",
            "severity_assessment",
            [{"question_id": "Q5c", "question": get_graph("1").questions["Q5c"].text}],
        ),
    ]


@pytest.mark.django_db
def test_classify_reads_standard_input():
    printed = run("classify", "-", stdin=json.dumps(RECKLESS))
    assert (printed["primary"], printed["flags"]) == (
        "deviation",
        ["severity_assessment", "reckless", "mitigation"],
    )


@pytest.mark.django_db
def test_classify_reports_stale_answers_and_ignores_them(tmp_path):
    answers = {**TASK_COMPLEXITY["answers"], "Q9": {"answer": "yes"}, "harm": {"answer": "yes"}}
    printed = run("classify", written(tmp_path, {**TASK_COMPLEXITY, "answers": answers}))
    assert (printed["primary"], printed["stale"]) == ("task_complexity", ["Q9", "harm"])


def with_answer(question_id: str, value: object) -> dict:
    return {**TASK_COMPLEXITY, "answers": {**TASK_COMPLEXITY["answers"], question_id: value}}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {**TASK_COMPLEXITY, "version": "0"},
            "there is no questionnaire version '0'; known versions: 1",
        ),
        (
            with_answer("Q4", {"answer": "probably"}),
            "Q4: 'probably' is not an answer: use yes, no or not_established",
        ),
        (
            with_answer("Q4", {"answer": "yes", "evidence": "  "}),
            "Q4: a ‘Yes’ here moves toward Deviation, so it needs written evidence: say what "
            "shows it, or answer ‘Not established’",
        ),
        (
            {"version": "1", "answers": {"Q1": {"answer": "no"}}},
            "Q2: still to be answered before the act can be classified: Are there indications "
            "that substance use, ill health (physical or mental) or fatigue affected the person "
            "at the time?",
        ),
        (
            [TASK_COMPLEXITY, with_answer("Q5a", {"answer": "no"})],
            "answer set 2: Q5a: a ‘No’ here concludes Deviation, so it needs written evidence: "
            "say what shows it, or answer ‘Not established’",
        ),
        ({"version": "1"}, '"answers" is missing'),
        (
            {"version": "1", "answer": {}},
            "unexpected key 'answer' (expected id, version, answers)",
        ),
        (
            ["Q1"],
            'answer set 1: an answer set must be an object like {"version": "1", '
            '"answers": {"Q1": {"answer": "no"}, …}}',
        ),
        ([], "{file} holds an empty list: no answer sets to classify"),
    ],
)
def test_classify_refuses_invalid_input_naming_the_question_and_problem(tmp_path, data, message):
    file = written(tmp_path, data)
    assert failure("classify", file) == (message.replace("{file}", file), 2)


def test_classify_refuses_text_that_is_not_json(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text('{"version": "1", "answers": {', encoding="utf-8")
    assert failure("classify", str(path)) == (
        f"{path} is not valid JSON: Expecting property name enclosed in double quotes at line 1, "
        "column 30",
        2,
    )


def test_classify_refuses_a_missing_file(tmp_path):
    missing = tmp_path / "nowhere.json"
    assert failure("classify", str(missing)) == (
        f"cannot read {missing}: No such file or directory",
        2,
    )


def test_classify_from_the_command_line_fails_with_one_line_and_status_2(tmp_path):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    run = subprocess.run(
        [sys.executable, "manage.py", "classify", "-"],
        cwd=ROOT,
        input='{"version": "1", "answers": {"Q1": {"answer": "yes"}}}',
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (run.returncode, run.stdout, run.stderr) == (
        2,
        "",
        "CommandError: Q1: a ‘Yes’ here concludes Deviation, so it needs written evidence: say "
        "what shows it, or answer ‘Not established’\n",
    )


def test_engine_reason_codes_are_the_models_codes():
    assert list(ReasonCode.values) == [str(reason) for reason in engine.Reason]


def test_learning_action_kinds_are_the_cases_action_kinds():
    assert list(ACTION_KINDS) == list(ActionKind.values)

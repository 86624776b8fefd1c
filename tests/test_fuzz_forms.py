"""Generated and malformed input to every form and htmx endpoint: never a 500, never half a record.

Hypothesis sends wrong types, huge strings, missing fields, unknown and other people's ids and
repeated submissions. The number of examples tried is printed at the end of each test run
(pytest -s) and summed up in docs/security.md.
"""

import pytest
from django.db.models import Count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cases.assessments import assessment_start
from cases.decisions import decision_record
from cases.models import Act, Case, CaseEvent
from tests.conftest import signed_in
from tests.factories import FALSE_ENTRY, ActFactory, assessed

pytestmark = pytest.mark.django_db

EXAMPLES = 60
HYPOTHESIS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    # Slow examples are expected (each posts through the whole stack on a shared machine).
    suppress_health_check=list(HealthCheck),
)

nasty_text = st.one_of(
    st.text(max_size=40),
    st.text(min_size=5000, max_size=6000),
    st.sampled_from(["", " ", "\x00", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "💥"]),
    st.integers(min_value=-(2**63), max_value=2**63).map(str),
    st.sampled_from(["2999-01-01", "1899-12-31", "31/02/2026", "25:61", "NaN", "-1", "0"]),
)


def form_data(fields: list[str]):
    """Any subset of the fields, each with nasty values, sometimes repeated."""
    return st.dictionaries(st.sampled_from(fields), st.lists(nasty_text, max_size=3), max_size=15)


LOG_FIELDS = [
    "title", "occurred_date", "occurred_time", "unit", "category", "summary", "origin",
    "presumed_reason", "subject_reference", "welfare_offered", "welfare_note", "act",
    "add_act", "remove_act", "submission_key", "unexpected",
]  # fmt: skip


def no_partial_records() -> None:
    """Every case has its acts and its 'logged' event: nothing was half-written."""
    assert not Case.objects.annotate(n=Count("acts")).filter(n=0).exists()
    assert Case.objects.count() == CaseEvent.objects.filter(kind="logged").count()
    assert Act.objects.filter(case__isnull=True).count() == 0


@given(data=form_data(LOG_FIELDS), htmx=st.booleans(), trigger=st.sampled_from(LOG_FIELDS))
@HYPOTHESIS
def test_log_case_form_never_fails(supervisor_a, unit_a, data, htmx, trigger):
    client = signed_in(supervisor_a)
    headers = {"HX-Request": "true", "HX-Trigger-Name": trigger} if htmx else {}

    response = client.post("/cases/new/", data, headers=headers)

    assert response.status_code in (200, 302)
    no_partial_records()


ACTION_FIELDS = ["action", "text", "description", "reason", "reviewer", "unexpected"]
ACTIONS = st.sampled_from(
    ["assign_me", "reassign", "comment", "add_act", "close", "reopen", "", "drop", "0"]
)


@given(data=form_data(ACTION_FIELDS), action=ACTIONS, htmx=st.booleans())
@HYPOTHESIS
def test_case_actions_never_fail(reviewer, supervisor_a, unit_a, data, action, htmx):
    case = ActFactory(case__unit=unit_a, case__logged_by=supervisor_a, number=1).case
    client = signed_in(reviewer)

    response = client.post(
        f"/cases/{case.reference}/actions/",
        {**data, "action": action},
        headers={"HX-Request": "true"} if htmx else {},
    )

    assert response.status_code in (200, 302)
    case.refresh_from_db()
    assert case.acts.count() >= 1


EDIT_FIELDS = [*LOG_FIELDS, "version"]


@given(data=form_data(EDIT_FIELDS))
@HYPOTHESIS
def test_edit_form_never_fails(supervisor_a, unit_a, data):
    case = ActFactory(case__unit=unit_a, case__logged_by=supervisor_a, number=1).case
    client = signed_in(supervisor_a)

    response = client.post(f"/cases/{case.reference}/edit/", data)

    assert response.status_code in (200, 302)
    case.refresh_from_db()
    assert case.version >= 1


QUEUE_FIELDS = ["tab", "q", "unit", "category", "status", "presumed", "age", "sort", "after",
                "before"]  # fmt: skip


@given(data=form_data(QUEUE_FIELDS), csv=st.booleans())
@HYPOTHESIS
def test_queue_filters_never_fail(reviewer, data, csv):
    client = signed_in(reviewer)
    response = client.get("/queue.csv" if csv else "/queue/", data)
    assert response.status_code == 200


DASHBOARD_FIELDS = ["start", "end", "unit", "category", "pick", "unexpected"]
DASHBOARD_TABLES = st.sampled_from(["", "by-reason", "trend", "presumed-vs-decided", "x", "..%2f"])


@given(data=form_data(DASHBOARD_FIELDS), table=DASHBOARD_TABLES, htmx=st.booleans())
@HYPOTHESIS
def test_dashboard_filters_never_fail(board_member, data, table, htmx):
    client = signed_in(board_member)
    url = f"/dashboard/{table}.csv" if table else "/dashboard/"
    response = client.get(url, data, **({"HTTP_HX_REQUEST": "true"} if htmx else {}))
    assert response.status_code == (200 if table in ("", "by-reason", "trend",
                                                     "presumed-vs-decided") else 404)  # fmt: skip


@given(data=form_data(["username", "password", "next"]))
@HYPOTHESIS
def test_sign_in_never_fails(data):
    from django.test import Client

    response = Client().post("/sign-in/", data)
    assert response.status_code in (200, 302, 429)


@given(data=form_data(["old_password", "new_password1", "new_password2", "unexpected"]))
@HYPOTHESIS
def test_change_password_never_fails(board_member, data):
    response = signed_in(board_member).post("/account/password/", data)

    assert response.status_code == 200  # generated data never holds the current password
    board_member.refresh_from_db()
    assert board_member.check_password("correct-horse-battery")


QUESTION_FIELDS = ["answer", "text", "unexpected"]
QUESTION_IDS = st.sampled_from(["Q1", "Q2", "Q3a", "Q5b", "Q9", "Q99", "x", "Q1'--"])


@given(
    data=form_data(QUESTION_FIELDS),
    question_id=QUESTION_IDS,
    htmx=st.booleans(),
    owner=st.booleans(),
)
@HYPOTHESIS
def test_questionnaire_steps_never_fail(
    reviewer, second_reviewer, supervisor_a, unit_a, data, question_id, htmx, owner
):
    act = ActFactory(case__unit=unit_a, case__logged_by=supervisor_a, number=1)
    assessment = assessment_start(act=act, by=reviewer)
    client = signed_in(reviewer if owner else second_reviewer)

    response = client.post(
        f"/assessments/{assessment.pk}/questions/{question_id}/",
        data,
        headers={"HX-Request": "true"} if htmx else {},
    )

    assert response.status_code in (200, 302, 400, 403, 404, 409)
    assessment.refresh_from_db()
    if not owner:
        assert assessment.answers == {}


DECISION_FIELDS = [
    "primary", "rationale", "contributing", "system_factors", "severity", "kind",
    "description", "owner", "due_date", "verdict", "comment", "status", "next",
]  # fmt: skip
ENDPOINTS = st.sampled_from(["decide", "harm", "learning-actions"])


@given(data=form_data(DECISION_FIELDS), endpoint=ENDPOINTS, other=st.booleans())
@HYPOTHESIS
def test_decision_endpoints_never_fail(
    reviewer, second_reviewer, supervisor_a, unit_a, data, endpoint, other
):
    act = ActFactory(case__unit=unit_a, case__logged_by=supervisor_a, number=1)
    assessment = assessed(act, reviewer, FALSE_ENTRY.answers)
    client = signed_in(second_reviewer if other else reviewer)

    response = client.post(f"/assessments/{assessment.pk}/{endpoint}/", data)
    assert response.status_code in (200, 302, 400, 403, 409)
    if endpoint == "decide":
        standing = assessment.decisions.exclude(status="sent_back")
        assert standing.count() <= 1

    decision = decision_record(assessment=assessment, by=reviewer, primary="deviation")
    review = client.post(f"/decisions/{decision.pk}/second-review/", data)
    assert review.status_code in (200, 302, 400, 403, 409)

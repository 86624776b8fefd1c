"""The questionnaire pages: one question at a time, saved as given, tamper-proof, checkable."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cases.choices import AssessmentStatus, EventKind, Status
from cases.demo_scenarios import SCENARIOS
from cases.models import Assessment

pytestmark = pytest.mark.django_db

TASER = next(s for s in SCENARIOS if s.key == "uf-taser-split-second").acts[0].answers


def start(client, act) -> Assessment:
    response = client.post(reverse("cases:assess", args=[act.case.reference, act.number]))
    assert response.status_code == 302, response.content
    return Assessment.objects.filter(act=act).latest("started_at")


def answer(client, assessment, question_id, choice, text="", **extra):
    return client.post(
        reverse("cases:question", args=[assessment.pk, question_id]),
        {"answer": choice, "text": text},
        **extra,
    )


def answer_all(client, assessment, answers) -> None:
    for question_id, (choice, text) in answers.items():
        response = answer(client, assessment, question_id, choice, text)
        assert response.status_code == 302, (question_id, response.content.decode()[:2000])


def test_starting_assigns_the_case_and_opens_the_first_question(personas, act, reviewer):
    response = personas["reviewer"].post(
        reverse("cases:assess", args=[act.case.reference, act.number])
    )

    assessment = Assessment.objects.get()
    assert response["Location"] == reverse("cases:question", args=[assessment.pk, "Q1"])
    act.case.refresh_from_db()
    assert (act.case.reviewer, act.case.status) == (reviewer, Status.IN_REVIEW)
    assert act.case.events.filter(kind=EventKind.ASSESSMENT_STARTED).count() == 1


def test_the_report_taser_case_walks_to_task_complexity(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)

    answer_all(client, assessment, TASER)
    check = client.get(reverse("cases:check_answers", args=[assessment.pk]))
    completed = client.post(reverse("cases:check_answers", args=[assessment.pk]))
    review = client.get(completed["Location"])

    assert check.status_code == 200 and b"Check your answers" in check.content
    assessment.refresh_from_db()
    assert assessment.status == AssessmentStatus.COMPLETE
    assert assessment.result["primary"] == "task_complexity"
    body = review.content.decode()
    assert "Suggested reason: Task complexity or unpredictability" in body
    assert "Tolerable failure" in body
    assert "No individual action: organisational learning review" in body


def test_each_answer_is_saved_as_given_so_a_return_resumes_at_the_next_question(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)
    answer(client, assessment, "Q1", *TASER["Q1"])

    again = client.post(reverse("cases:assess", args=[act.case.reference, act.number]))

    assert again["Location"] == reverse("cases:question", args=[assessment.pk, "Q2"])
    assert Assessment.objects.count() == 1


def test_an_answer_that_needs_evidence_without_it_is_refused_and_keeps_the_choice(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)

    response = answer(client, assessment, "Q1", "yes", "   ")

    body = response.content.decode()
    assert response.status_code == 200
    assert "needs written evidence" in body
    assert "‘Yes’ needs written evidence" in body  # the answers as the buttons name them
    assert 'value="yes" checked' in body
    assessment.refresh_from_db()
    assert assessment.answers == {}


def test_no_choice_gets_a_message(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)
    response = client.post(reverse("cases:question", args=[assessment.pk, "Q1"]), {})
    assert "Choose Yes, No or Not established" in response.content.decode()


def test_answer_to_a_question_that_is_not_current_is_refused(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)

    response = answer(client, assessment, "Q5", "yes", "Jumped ahead")

    assert response.status_code == 409
    assert "is not on this assessment" in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.answers == {}


def test_unknown_question_is_404(personas, act):
    assessment = start(personas["reviewer"], act)
    response = personas["reviewer"].get(reverse("cases:question", args=[assessment.pk, "Q99"]))
    assert response.status_code == 404


def test_answer_to_another_reviewers_assessment_is_refused(personas, act):
    assessment = start(personas["reviewer"], act)

    response = answer(personas["second_reviewer"], assessment, "Q1", "no", "x")

    assert response.status_code == 403
    assessment.refresh_from_db()
    assert assessment.answers == {}


def test_answer_after_completion_is_refused(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)
    answer_all(client, assessment, TASER)
    client.post(reverse("cases:check_answers", args=[assessment.pk]))

    response = answer(client, assessment, "Q1", "yes", "Changed my mind")

    assert response.status_code == 409
    assessment.refresh_from_db()
    assert assessment.answers["Q1"]["answer"] == "no"


def test_other_units_supervisor_and_board_cannot_reach_an_assessment(personas, act):
    assessment = start(personas["reviewer"], act)
    url = reverse("cases:question", args=[assessment.pk, "Q1"])
    assert personas["supervisor_a"].get(url).status_code == 403
    assert personas["board"].get(url).status_code == 403


def test_changing_an_early_answer_discards_answers_off_the_new_path_with_a_notice(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)
    answer_all(client, assessment, TASER)

    response = answer(client, assessment, "Q3", "yes", "Agreed pilot of new Taser protocol.")
    page = client.get(response["Location"]).content.decode()

    assessment.refresh_from_db()
    assert set(assessment.answers) == {"Q1", "Q2", "Q3"}
    assert response["Location"] == reverse("cases:question", args=[assessment.pk, "Q3a"])
    assert (
        "no longer apply and have been removed: ‘Did a clear rule apply?’; ‘Was the rule "
        "workable and routinely followed?’; ‘A knowing choice to depart from it?’; ‘Would peers "
        "have acted the same way?’; ‘Had the organisation not provided what was needed?’"
    ) in page


def test_check_answers_with_an_incomplete_path_sends_to_the_next_question(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)
    answer(client, assessment, "Q1", *TASER["Q1"])

    response = client.get(reverse("cases:check_answers", args=[assessment.pk]))

    assert response["Location"] == reverse("cases:question", args=[assessment.pk, "Q2"])


def test_htmx_swaps_in_the_next_question_and_pushes_its_url(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)

    response = answer(client, assessment, "Q1", *TASER["Q1"], headers={"HX-Request": "true"})

    body = response.content.decode()
    assert body.strip().startswith("<title>")  # htmx puts it on the tab
    assert '<div id="questionnaire">' in body
    assert "<html" not in body
    assert response["HX-Push-Url"] == reverse("cases:question", args=[assessment.pk, "Q2"])


def test_reloading_an_answered_question_shows_the_answer(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)
    answer(client, assessment, "Q1", *TASER["Q1"])

    body = client.get(reverse("cases:question", args=[assessment.pk, "Q1"])).content.decode()

    assert 'value="no" checked' in body
    assert "BWV, the officer" in body


def test_progress_reflects_the_path(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)
    first = client.get(reverse("cases:question", args=[assessment.pk, "Q1"])).content.decode()
    answer_all(client, assessment, dict(list(TASER.items())[:6]))
    later = client.get(reverse("cases:question", args=[assessment.pk, "Q6"])).content.decode()

    assert "Question 1 of 3 to 10" in first
    assert "Question 7 of 8 to 9" in later


def test_each_questionnaire_step_runs_a_small_constant_number_of_queries(personas, act):
    client = personas["reviewer"]
    assessment = start(client, act)
    counts = []
    for question_id, (choice, text) in list(TASER.items())[:5]:
        with CaptureQueriesContext(connection) as captured:
            answer(client, assessment, question_id, choice, text)
        counts.append(len(captured))
    # Session, user, permissions (2), the assessment and its case for the view; then, in a
    # savepoint, the locked assessment with its act and case, the update and the timeline event.
    assert len(set(counts)) == 1, counts
    assert counts[0] <= 11, counts

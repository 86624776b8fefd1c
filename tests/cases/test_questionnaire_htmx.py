"""The questionnaire's steps with htmx and without: a notice on the very next screen, a title that
follows the question, and a page left open while the answers changed elsewhere."""

import re

import pytest
from django.urls import reverse

from cases.demo_scenarios import SCENARIOS
from classification.engine import CURRENT_VERSION, get_graph
from tests.cases.test_questionnaire import answer, start

pytestmark = pytest.mark.django_db

TASER = next(s for s in SCENARIOS if s.key == "uf-taser-split-second").acts[0].answers
QUESTIONS = get_graph(CURRENT_VERSION).questions
HTMX = {"HX-Request": "true"}
REMOVED = "no longer apply and have been removed: ‘Was the rule workable and routinely followed?’"


@pytest.fixture
def client(personas):
    return personas["reviewer"]


def answer_up_to(client, assessment, last: str) -> None:
    """The Taser case's answers in order, up to and including `last`."""
    for question_id, (choice, text) in TASER.items():
        assert answer(client, assessment, question_id, choice, text).status_code == 302
        if question_id == last:
            return


def question_url(assessment, question_id: str) -> str:
    return reverse("cases:question", args=[assessment.pk, question_id])


def title_of(response) -> str:
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1).strip()


def test_a_change_that_removes_answers_says_so_in_the_swapped_step_and_only_there(client, act):
    assessment = start(client, act)
    answer_up_to(client, assessment, "Q4a")

    step = answer(client, assessment, "Q4", "no", headers=HTMX)
    later = client.get(reverse("cases:detail", args=[act.case.reference]))

    body = step.content.decode()
    assert step["HX-Push-Url"] == question_url(assessment, "Q6")
    assert REMOVED in body
    assert body.index('<div id="questionnaire">') < body.index(REMOVED)
    assert REMOVED not in later.content.decode()


def test_without_javascript_the_notice_is_on_the_next_page_and_only_there(client, act):
    assessment = start(client, act)
    answer_up_to(client, assessment, "Q4a")

    response = answer(client, assessment, "Q4", "no")
    page = client.get(response["Location"]).content.decode()
    later = client.get(reverse("cases:detail", args=[act.case.reference])).content.decode()

    assert response["Location"] == question_url(assessment, "Q6")
    assert page.count(REMOVED) == 1
    assert page.index('<div id="questionnaire">') < page.index(REMOVED)
    assert REMOVED not in later


def test_a_swapped_step_carries_the_title_its_page_has(client, act):
    assessment = start(client, act)

    step = answer(client, assessment, "Q1", *TASER["Q1"], headers=HTMX)
    page = client.get(step["HX-Push-Url"])

    reference = act.case.reference
    assert step.content.decode().lstrip().startswith("<title>")
    assert (
        title_of(step)
        == title_of(page)
        == f"{QUESTIONS['Q2'].short} – {reference} – Blame to Praise"
    )


def test_a_swapped_step_with_an_error_has_the_error_title_its_page_has(client, act):
    assessment = start(client, act)

    step = answer(client, assessment, "Q1", "yes", "   ", headers=HTMX)
    page = answer(client, assessment, "Q1", "yes", "   ")

    reference = act.case.reference
    assert step.status_code == 200
    assert title_of(step) == title_of(page)
    assert title_of(step) == f"Error: {QUESTIONS['Q1'].short} – {reference} – Blame to Praise"


def test_a_page_left_open_while_the_path_changed_elsewhere_is_told_so_in_the_panel(client, act):
    assessment = start(client, act)
    answer_up_to(client, assessment, "Q4")
    answer(client, assessment, "Q4", "no")  # in another window: Q4a is off the path now

    response = answer(
        client, assessment, "Q4a", "yes", "Taught on the <initial> course", headers=HTMX
    )

    body = response.content.decode()
    assert response.status_code == 409
    assert body.lstrip().startswith("<title>Error: ")
    assert '<div id="questionnaire">' in body and "<html" not in body
    assert "changed in another window or tab" in body
    assert "Taught on the &lt;initial&gt; course" in body
    assert f'href="{question_url(assessment, "Q6")}"' in body
    assessment.refresh_from_db()
    assert "Q4a" not in assessment.answers


def test_without_javascript_a_page_left_open_is_told_so_and_keeps_the_text(client, act):
    assessment = start(client, act)
    answer_up_to(client, assessment, "Q4")
    answer(client, assessment, "Q4", "no")

    response = answer(client, assessment, "Q4a", "yes", "Taught on the initial course")

    body = response.content.decode()
    assert response.status_code == 409
    assert title_of(response).startswith("Error: ")
    assert "changed in another window or tab" in body
    assert "Taught on the initial course" in body
    assert f'href="{question_url(assessment, "Q6")}"' in body


def test_a_page_left_open_while_the_assessment_was_completed_elsewhere_is_told_so(client, act):
    assessment = start(client, act)
    answer_up_to(client, assessment, "Q7")
    client.post(reverse("cases:check_answers", args=[assessment.pk]))

    response = answer(client, assessment, "Q7", "yes", "Second thoughts", headers=HTMX)

    body = response.content.decode()
    assert response.status_code == 409
    assert "completed in another window or tab" in body
    assert "Second thoughts" in body
    assert f'href="{reverse("cases:review", args=[assessment.pk])}"' in body
    assessment.refresh_from_db()
    assert assessment.answers["Q7"]["answer"] == "no"


def test_an_answer_from_a_page_shown_before_another_window_answered_it_is_not_saved(client, act):
    """Two tabs on Q1: the first saves No with its evidence; the second, still showing the
    unanswered question, must not overwrite it unseen."""
    assessment = start(client, act)
    page = client.get(question_url(assessment, "Q1"))
    seen = re.search(r'name="seen" value="([^"]+)"', page.content.decode()).group(1)
    evidence = "Nothing suggests intent to harm; see the statement."
    url = question_url(assessment, "Q1")
    client.post(url, {"answer": "no", "text": evidence, "seen": seen})

    response = client.post(
        url, {"answer": "yes", "text": "He meant it", "seen": seen}, headers=HTMX
    )

    body = response.content.decode()
    assert response.status_code == 409
    assert "Q1 was answered in another window or tab after this page was loaded" in body
    assert "(the answer now: No)" in body and "He meant it" in body
    assessment.refresh_from_db()
    assert assessment.answers["Q1"] == {"answer": "no", "text": evidence}

    again = client.get(question_url(assessment, "Q1")).content.decode()
    seen_now = re.search(r'name="seen" value="([^"]+)"', again).group(1)
    resent = client.post(url, {"answer": "yes", "text": "He meant it", "seen": seen_now})
    assert resent.status_code == 302


def test_an_answer_to_an_assessment_discarded_in_another_window_says_so_and_keeps_it(
    client, act, reviewer
):
    from cases.decisions import assessment_discard

    assessment = start(client, act)
    assessment_discard(assessment=assessment, by=reviewer)

    step = answer(client, assessment, "Q1", "no", "See the custody record.", headers=HTMX)
    page = answer(client, assessment, "Q1", "no", "See the custody record.")

    for response in (step, page):
        body = response.content.decode()
        assert response.status_code == 409
        assert "discarded this assessment at" in body
        assert "See the custody record." in body
    assert step.content.decode().lstrip().startswith("<title>Error: ")
    assert '<div id="questionnaire">' in step.content.decode()
    never = reverse("cases:question", args=[assessment.pk + 100, "Q1"])
    assert client.post(never, {"answer": "no"}).status_code == 404

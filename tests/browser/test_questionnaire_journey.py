"""The journey the product exists for: from a logged act to a decided, explained response."""

import re

from playwright.sync_api import expect

from cases.demo import DEMO_PASSWORD
from cases.demo_scenarios import SCENARIOS
from cases.models import Case, Decision

from .axe import assert_accessible
from .conftest import sign_in


def scenario(key: str):
    return next(s for s in SCENARIOS if s.key == key)


TASER = scenario("uf-taser-split-second")
FALSE_ENTRY = scenario("cu-missed-visit-false-entry").acts[1]


def log_case(page, live_server, title: str, act: str, presumed: str = "Deviation") -> str:
    sign_in(page, live_server, "supervisor.sw", DEMO_PASSWORD)
    page.wait_for_url("**/cases/mine/")
    page.goto(f"{live_server.url}/cases/new/")
    page.get_by_label("Short title").fill(title)
    page.get_by_label("Date it happened").fill("2026-11-20")
    page.get_by_label("Time it happened").fill("23:40")
    page.get_by_label("Use of force").check()
    page.get_by_label("What happened").fill(TASER.summary)
    page.get_by_label("Conduct referral").check()
    page.get_by_role("group", name="What did the referral presume?").get_by_label(
        presumed, exact=True
    ).check()
    page.get_by_label("Subject officer’s staff reference").fill("SR-10417")
    page.get_by_role("group", name="Has welfare support been offered?").get_by_label("Yes").check()
    page.get_by_label("Act 1").fill(act)
    page.get_by_role("button", name="Log the case").click()
    expect(page.get_by_role("heading", name="Case logged")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    return Case.objects.latest("created_at").reference


def answer(page, choice: str, text: str) -> None:
    label = {"yes": "Yes", "no": "No", "not_established": "Not established"}[choice]
    page.get_by_role("radio", name=label, exact=True).check()
    if text:
        page.get_by_label("Evidence or rationale").fill(text)
    page.get_by_role("button", name="Save and continue").click()


def answer_all(page, answers, artifacts=None) -> None:
    for number, (question_id, (choice, text)) in enumerate(answers.items(), start=1):
        expect(page).to_have_url(re.compile(rf"/questions/{question_id}/$"))
        if artifacts:
            page.screenshot(
                path=artifacts / f"question-{number:02d}-{question_id}.png", caret="initial"
            )
        answer(page, choice, text)


def start_assessment(page, live_server, reference: str, reviewer: str = "reviewer.shah") -> None:
    sign_in(page, live_server, reviewer, DEMO_PASSWORD)
    page.wait_for_url("**/queue/")
    page.goto(f"{live_server.url}/cases/{reference}/")
    page.get_by_role("button", name="Start the questionnaire").click()


def test_the_report_taser_case_end_to_end(
    page, live_server, demo_people, artifacts, console_errors
):
    reference = log_case(
        page, live_server, "Taser discharge on a stairwell", TASER.acts[0].description
    )
    start_assessment(page, live_server, reference)

    answer_all(page, TASER.acts[0].answers, artifacts)
    expect(page.get_by_role("heading", name="Check your answers")).to_be_visible()
    page.screenshot(path=artifacts / "check-your-answers.png", full_page=True, caret="initial")
    page.get_by_role("button", name="Confirm and see the suggestion").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Suggested reason: Task complexity or unpredictability"
    )
    expect(page.get_by_text("Tolerable failure")).to_be_visible()
    page.screenshot(path=artifacts / "result.png", full_page=True, caret="initial")
    assert_accessible(page, console_errors)
    expect(page.get_by_role("button", name="Record the harm")).to_have_count(0)
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_text("Your decision is recorded.")).to_be_visible()
    page.get_by_role("group", name="How serious was the harm?").get_by_label("Minor").check()
    page.get_by_role("button", name="Record the harm").click()
    expect(page.get_by_text("Recorded: Minor")).to_be_visible()
    page.goto(f"{live_server.url}/cases/{reference}/summary/")
    page.screenshot(path=artifacts / "case-summary.png", full_page=True, caret="initial")
    page.pdf(path=artifacts / "case-summary.pdf")
    page.get_by_role("link", name="Back to the case").click()
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, live_server, "supervisor.sw", DEMO_PASSWORD)
    row = page.get_by_role("row").filter(has_text=reference)
    expect(row).to_contain_text("Task complexity or unpredictability")
    page.get_by_role("link", name=reference).click()
    expect(page.get_by_text("No individual action: organisational learning review")).to_be_visible()
    expect(page.get_by_text("BWV, the officer")).to_have_count(0)
    page.screenshot(path=artifacts / "supervisor-outcome.png", full_page=True, caret="initial")
    assert console_errors == []


def test_a_deviation_decision_goes_through_second_review(page, live_server, demo_people):
    reference = log_case(page, live_server, "False entry in custody record", "Recorded the visit")
    start_assessment(page, live_server, reference)
    answer_all(page, FALSE_ENTRY.answers)
    page.get_by_role("button", name="Confirm and see the suggestion").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Suggested reason: Deviation")
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_text("Waiting for a different reviewer")).to_be_visible()
    review_url = page.url
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, live_server, "reviewer.whitfield", DEMO_PASSWORD)
    page.wait_for_url("**/queue/")
    page.get_by_role("link", name="Awaiting second review").click()
    expect(page.get_by_role("link", name=reference)).to_be_visible()
    page.goto(review_url)
    page.get_by_label("Yes, I concur").check()
    page.get_by_role("button", name="Record the second review").click()

    expect(page.get_by_text("You concurred: the decision (Deviation) stands.")).to_be_visible()
    assert Decision.objects.get().status == "confirmed"
    assert Case.objects.get(reference=reference).status == "decided"


def test_an_override_without_rationale_is_refused_with_a_message(page, live_server, demo_people):
    reference = log_case(page, live_server, "Taser discharge", TASER.acts[0].description)
    start_assessment(page, live_server, reference)
    answer_all(page, TASER.acts[0].answers)
    page.get_by_role("button", name="Confirm and see the suggestion").click()

    page.get_by_role("group", name="Reason for failure").get_by_label("Inattention").check()
    page.get_by_role("button", name="Record the decision").click()

    expect(page.locator(".govuk-error-summary:visible")).to_contain_text("say why")
    assert not Decision.objects.exists()


def test_questionnaire_with_the_keyboard_only_and_back_and_reload_lose_nothing(
    page, live_server, demo_people, console_errors
):
    reference = log_case(page, live_server, "Taser discharge", TASER.acts[0].description)
    start_assessment(page, live_server, reference)
    answers = TASER.acts[0].answers

    for question_id, (choice, text) in list(answers.items())[:3]:
        expect(page).to_have_url(re.compile(rf"/questions/{question_id}/$"))
        label = {"yes": "Yes", "no": "No", "not_established": "Not established"}[choice]
        radio = page.get_by_role("radio", name=label, exact=True)
        radio.focus()
        page.keyboard.press("Space")
        page.keyboard.press("Tab")
        page.keyboard.type(text)
        page.locator("button[type=submit]", has_text="Save and continue").focus()
        page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/questions/Q4/$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"/questions/Q3/$"))
    expect(page.get_by_role("radio", name="No", exact=True)).to_be_checked()
    page.reload()
    expect(page.get_by_role("radio", name="No", exact=True)).to_be_checked()
    page.go_forward()
    expect(page).to_have_url(re.compile(r"/questions/Q4/$"))
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_contain_text("rule")
    assert console_errors == []


def test_a_change_that_removes_answers_says_so_at_once_and_the_title_follows_the_question(
    page, live_server, demo_people, artifacts, console_errors
):
    reference = log_case(page, live_server, "Taser discharge", TASER.acts[0].description)
    start_assessment(page, live_server, reference)
    answer_all(page, dict(list(TASER.acts[0].answers.items())[:5]))
    expect(page).to_have_url(re.compile(r"/questions/Q5/$"))
    expect(page).to_have_title(
        f"A knowing choice to depart from it? – {reference} – Blame to Praise"
    )

    page.get_by_role("link", name="Back").click()
    page.get_by_role("link", name="Back").click()
    expect(page).to_have_url(re.compile(r"/questions/Q4/$"))
    answer(page, "no", "")

    expect(page).to_have_url(re.compile(r"/questions/Q6/$"))
    notice = page.locator("#questionnaire .govuk-notification-banner")
    expect(notice).to_contain_text(
        "no longer apply and have been removed: ‘Was the rule workable and routinely followed?’"
    )
    expect(notice).to_be_focused()
    expect(page).to_have_title(
        f"Would peers have acted the same way? – {reference} – Blame to Praise"
    )
    page.screenshot(path=artifacts / "question-answers-removed.png", caret="initial")
    assert_accessible(page, console_errors)
    answer(page, "yes", "")
    expect(page.locator(".govuk-error-summary:visible")).to_be_visible()
    expect(page.locator(".govuk-error-summary:visible")).to_be_focused()  # as after a full page
    expect(page).to_have_title(
        f"Error: Would peers have acted the same way? – {reference} – Blame to Praise"
    )
    answer(page, "yes", "Two instructors said they would have done the same.")
    expect(page).to_have_url(re.compile(r"/questions/Q7/$"))
    expect(page).to_have_title(re.compile(rf"^[^E].* – {reference} – Blame to Praise$"))
    expect(page.get_by_text("no longer apply")).to_have_count(0)
    page.goto(f"{live_server.url}/cases/{reference}/")
    expect(page.get_by_text("no longer apply")).to_have_count(0)
    assert console_errors == []


def test_a_window_left_open_while_the_answers_changed_says_so_and_keeps_the_text(
    page, live_server, demo_people, artifacts
):
    reference = log_case(page, live_server, "Taser discharge", TASER.acts[0].description)
    start_assessment(page, live_server, reference)
    answer_all(page, dict(list(TASER.acts[0].answers.items())[:4]))
    expect(page).to_have_url(re.compile(r"/questions/Q4a/$"))
    stale = page.context.new_page()
    stale.goto(page.url)

    page.get_by_role("link", name="Back").click()
    answer(page, "no", "")
    expect(page).to_have_url(re.compile(r"/questions/Q6/$"))
    answer(stale, "yes", "Taught on the initial course\nand routinely followed.")

    panel = stale.locator("#questionnaire")
    expect(panel.get_by_role("heading", level=1)).to_have_text("Your answer was not saved")
    expect(panel).to_contain_text("changed in another window or tab")
    expect(panel).to_contain_text("Taught on the initial course")
    expect(stale.locator("#update-failed")).to_be_hidden()
    expect(stale).to_have_title(re.compile(r"^Error: Your answer was not saved – "))
    stale.screenshot(path=artifacts / "question-not-saved.png", caret="initial")
    assert_accessible(stale)
    stale.get_by_role("link", name="Go to the current question").click()
    expect(stale).to_have_url(re.compile(r"/questions/Q6/$"))

"""A supervisor logs a case; a reviewer triages it; outsiders are kept out."""

from playwright.sync_api import expect

from cases.demo import DEMO_PASSWORD
from cases.models import Case

from .conftest import sign_in


def log_a_case(page, live_server) -> None:
    page.goto(f"{live_server.url}/cases/new/")
    page.get_by_label("Short title").fill("Missed cell visit and false entry")
    page.get_by_label("Date it happened").fill("2026-11-20")
    page.get_by_label("Time it happened").fill("02:30")
    page.get_by_label("Custody").check()
    page.get_by_label("What happened").fill(
        "The 02:30 visit to a detained person in cell 4 was not carried out. The custody "
        "record shows it as completed. The detained person was unharmed."
    )
    page.get_by_label("Supervisor", exact=True).check()
    page.get_by_label("Deviation").check()
    page.get_by_label("Subject officer’s staff reference").fill("PC 240117")
    page.get_by_label("Yes").check()
    page.get_by_label("Act 1").fill("Did not carry out the 02:30 cell visit.")
    page.get_by_role("button", name="Add another act").click()
    page.get_by_label("Act 2").fill("Recorded the 02:30 visit as completed.")


def test_supervisor_logs_a_case_with_two_acts_and_sees_it_in_my_cases(
    page, live_server, demo_people, artifacts, console_errors
):
    sign_in(page, live_server, "supervisor.sw", DEMO_PASSWORD)
    page.wait_for_url("**/cases/mine/")
    log_a_case(page, live_server)
    page.screenshot(path=artifacts / "log-case-filled.png", full_page=True, caret="initial")

    page.get_by_role("button", name="Log the case").click()

    expect(page.get_by_role("heading", name="Case logged")).to_be_visible()
    reference = Case.objects.get().reference
    expect(page.get_by_text(reference)).to_be_visible()
    page.screenshot(path=artifacts / "log-case-confirmation.png", full_page=True, caret="initial")
    page.get_by_role("link", name="My cases").first.click()
    expect(page.get_by_role("link", name=reference)).to_be_visible()
    page.screenshot(path=artifacts / "my-cases.png", full_page=True, caret="initial")
    assert console_errors == []


def test_enter_in_a_text_box_logs_the_case_and_removes_no_act(page, live_server, demo_people):
    """Enter submits a form with its first submit button: that must be 'Log the case', not
    'Remove act 1' (which threw away the first act without a word)."""
    sign_in(page, live_server, "supervisor.sw", DEMO_PASSWORD)
    page.wait_for_url("**/cases/mine/")
    log_a_case(page, live_server)

    page.get_by_label("Subject officer’s staff reference").press("Enter")

    expect(page.get_by_role("heading", name="Case logged")).to_be_visible()
    assert list(Case.objects.get().acts.values_list("description", flat=True)) == [
        "Did not carry out the 02:30 cell visit.",
        "Recorded the 02:30 visit as completed.",
    ]


def test_inline_validation_as_a_field_is_left(page, live_server, demo_people):
    sign_in(page, live_server, "supervisor.sw", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/cases/new/")

    page.get_by_label("Subject officer’s staff reference").fill("Jane Smith")
    page.get_by_label("Subject officer’s staff reference").press("Tab")

    expect(page.locator("#id_subject_reference-error")).to_contain_text("not a name")
    assert Case.objects.count() == 0


def test_reviewer_finds_filters_assigns_and_comments(
    page, live_server, demo_people, artifacts, console_errors
):
    sign_in(page, live_server, "supervisor.sw", DEMO_PASSWORD)
    page.wait_for_url("**/cases/mine/")
    log_a_case(page, live_server)
    page.get_by_role("button", name="Log the case").click()
    reference = Case.objects.get().reference
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, live_server, "reviewer.shah", DEMO_PASSWORD)
    page.wait_for_url("**/queue/")
    expect(page.get_by_role("link", name=reference)).to_be_visible()
    page.get_by_label("Category").select_option("custody")
    page.wait_for_url("**category=custody**")
    expect(page.get_by_role("link", name=reference)).to_be_visible()
    page.get_by_label("Category").select_option("driving")
    page.wait_for_url("**category=driving**")
    expect(page.get_by_text("No cases match.")).to_be_visible()
    page.get_by_label("Category").select_option("custody")
    page.wait_for_url("**category=custody**")
    page.go_back()  # the whole page comes back, not just the results
    page.wait_for_url("**category=driving**")
    expect(page.get_by_text("No cases match.")).to_be_visible()
    expect(page.get_by_label("Category")).to_have_value("driving")
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    page.go_forward()
    page.wait_for_url("**category=custody**")
    expect(page.get_by_label("Category")).to_have_value("custody")
    page.screenshot(path=artifacts / "queue.png", full_page=True, caret="initial")

    page.get_by_role("link", name=reference).click()
    page.get_by_role("button", name="Assign to me").click()
    expect(page.get_by_text(f"{reference} is assigned to you.")).to_be_visible()
    page.get_by_label("Add a comment to the timeline").fill("Requested the custody CCTV.")
    page.get_by_role("button", name="Add comment").click()
    expect(page.locator("#timeline").get_by_text("Requested the custody CCTV.")).to_be_visible()
    page.screenshot(path=artifacts / "case-detail-reviewer.png", full_page=True, caret="initial")

    case = Case.objects.get()
    assert case.reviewer.username == "reviewer.shah"
    assert list(case.events.values_list("kind", flat=True))[-2:] == ["assigned", "comment"]
    assert console_errors == []


def test_other_units_supervisor_gets_404_and_the_board_cannot_open_a_case(
    page, live_server, demo_people
):
    sign_in(page, live_server, "supervisor.sw", DEMO_PASSWORD)
    page.wait_for_url("**/cases/mine/")
    log_a_case(page, live_server)
    page.get_by_role("button", name="Log the case").click()
    url = f"{live_server.url}/cases/{Case.objects.get().reference}/"
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, live_server, "supervisor.cw", DEMO_PASSWORD)
    page.wait_for_url("**/cases/mine/")
    assert page.goto(url).status == 404
    page.goto(f"{live_server.url}/")
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, live_server, "board.marsh", DEMO_PASSWORD)
    page.wait_for_load_state()
    assert page.goto(url).status == 403

"""Signed out while a page is open (elsewhere, or the session ended): the next htmx action takes
the whole page to the sign-in form, not a sign-in form swapped into a panel, and signing in
comes back to the page the person was on."""

from cases.demo import DEMO_PASSWORD

from .conftest import sign_in


def test_a_filter_change_after_signing_out_goes_to_sign_in_and_back(
    page, live_server, demo_people, console_errors
):
    sign_in(page, live_server, "reviewer.shah", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/queue/")
    page.context.clear_cookies()  # the session is gone, as after signing out in another tab

    page.get_by_label("Category").select_option(label="Custody")

    page.wait_for_url(f"{live_server.url}/sign-in/?next=/queue/")
    assert page.locator("input[name=username]").count() == 1
    assert page.get_by_role("heading", name="Triage queue").count() == 0
    page.get_by_label("Username").fill("reviewer.shah")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/queue/")
    assert page.get_by_role("heading", name="Triage queue").is_visible()
    assert console_errors == []


def test_typing_a_long_account_tells_the_server_the_person_is_still_there(
    page, live_server, demo_people, console_errors
):
    sign_in(page, live_server, "supervisor.sw", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/cases/new/")
    page.evaluate("document.body.dataset.keepAliveEvery = '0'")  # not five minutes, in a test

    with page.expect_request(f"{live_server.url}/session/keep-alive/") as sent:
        page.get_by_label("What happened").press_sequentially("At 02:30 the visit")

    assert sent.value.method == "POST"
    assert sent.value.response().status == 204
    assert console_errors == []

"""When an htmx update fails (the service is down, the network is gone), the page says so and keeps
what was chosen; the next update that works takes the message away."""

from cases.demo import DEMO_PASSWORD

from .axe import assert_accessible
from .conftest import sign_in


def test_a_failed_filter_update_is_reported_and_nothing_chosen_is_lost(
    page, live_server, demo_people, artifacts, console_errors
):
    sign_in(page, live_server, "reviewer.shah", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/queue/")
    message = page.locator("#update-failed")
    assert message.is_hidden()

    page.route("**/queue/?*", lambda route: route.fulfill(status=503, body="Unavailable"))
    page.get_by_label("Category").select_option(label="Custody")

    message.wait_for()
    assert "The service could not answer just now" in message.inner_text()
    assert message.evaluate("el => el === document.activeElement")
    assert page.get_by_label("Category").input_value() == "custody"
    page.screenshot(path=artifacts / "update-failed.png", caret="initial")
    console_errors.clear()  # the browser logs the refused request itself
    assert_accessible(page, console_errors)

    page.unroute("**/queue/?*")
    page.route("**/queue/?*", lambda route: route.abort())
    page.get_by_label("Unit").select_option(index=1)
    page.wait_for_function(
        "() => document.getElementById('update-failed-reason').textContent.includes('reached')"
    )
    assert "The service could not be reached" in message.inner_text()

    page.unroute("**/queue/?*")
    page.get_by_label("Unit").select_option(index=0)
    message.wait_for(state="hidden")
    page.wait_for_url("**/queue/?*category=custody*")

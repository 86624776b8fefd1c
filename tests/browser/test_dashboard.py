"""The Board member's dashboard in a real browser: filters swap the panels and the address
follows, a table downloads as CSV, no case page opens, it works without JavaScript, and axe finds
no WCAG 2.2 AA violation."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from cases.demo import DEMO_PASSWORD
from cases.models import Case, Unit

from .axe import assert_accessible
from .conftest import sign_in


@pytest.fixture
def demo(db):
    """Enough decided acts for every panel (the screenshot is looked at as a Board member)."""
    call_command("seed_demo", "--cases", "120", stdout=io.StringIO())


@pytest.fixture
def a_few_demo_cases(db):
    """The demo people and a few cases: enough for the filters, quicker to load."""
    call_command("seed_demo", "--cases", "24", stdout=io.StringIO())


def test_board_member_filters_downloads_and_cannot_open_a_case(
    page, live_server, demo, artifacts, console_errors
):
    sign_in(page, live_server, "board.marsh", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/dashboard/")
    page.get_by_role("img", name="Decided acts by reason, from blame to praise").wait_for()
    # caret="initial": hiding the caret leaves style="" on inputs, which htmx's settling would
    # copy onto the swapped-in inputs (and the CSP refuse).
    page.screenshot(path=artifacts / "dashboard.png", full_page=True, caret="initial")

    unit = Unit.objects.get(code="SW")
    page.get_by_label("Unit", exact=True).select_option(label=unit.name)
    page.wait_for_url(f"**/dashboard/?*unit={unit.pk}*")
    showing = page.locator(".app-dashboard__showing")
    assert "South West BCU" in showing.inner_text()

    page.get_by_role("link", name="Last 12 months").click()
    page.wait_for_url("**/dashboard/?start=20*")
    assert "South West BCU" in showing.inner_text()
    assert page.get_by_label("From (month)").input_value() != ""
    page.go_back()  # the whole page comes back, not just the panels
    page.wait_for_url("**/dashboard/?start=&end=&*")
    expect(page.get_by_label("From (month)")).to_have_value("")
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    page.go_forward()
    page.wait_for_url("**/dashboard/?start=20*")
    assert "South West BCU" in showing.inner_text()
    # axe after the swaps: it leaves empty style attributes behind, which htmx's settling would
    # then copy (and the CSP would refuse) on a later swap.
    assert_accessible(page, console_errors)

    with page.expect_download() as download:
        page.get_by_role(
            "link", name=re.compile(r"Download as CSV\W+Decided acts by reason")
        ).click()
    assert download.value.suggested_filename.startswith("blame-to-praise-by-reason-")
    content = download.value.path().read_text()
    assert content.splitlines()[0] == "Reason,Failure type,Decided acts,Share"

    page.goto(f"{live_server.url}/dashboard/")
    assert_accessible(page, console_errors)
    assert console_errors == []

    case = Case.objects.order_by("pk").first()
    assert page.goto(f"{live_server.url}/cases/{case.reference}/").status in (403, 404)


def test_filters_work_without_javascript(browser, live_server, a_few_demo_cases):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, live_server, "board.marsh", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/dashboard/")

    page.get_by_label("Category", exact=True).select_option(label="Driving")
    page.get_by_role("button", name="Apply filters").click()

    page.wait_for_url("**/dashboard/?*category=driving*")
    assert "Driving" in page.locator(".app-dashboard__showing").inner_text()
    context.close()


def test_bad_filter_in_the_address_shows_a_message_and_the_rest(
    page, live_server, a_few_demo_cases
):
    sign_in(page, live_server, "board.marsh", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/dashboard/")

    page.goto(f"{live_server.url}/dashboard/?start=not-a-month&category=driving")

    assert page.get_by_text("Some filters were not understood").is_visible()
    assert "Driving" in page.locator(".app-dashboard__showing").inner_text()


def test_arrowing_through_a_select_fetches_and_remembers_only_where_it_stops(
    page, live_server, a_few_demo_cases, console_errors
):
    sign_in(page, live_server, "board.marsh", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/dashboard/")
    swaps: list[str] = []
    page.on("request", lambda r: swaps.append(r.url) if "hx-request" in r.headers else None)
    before = page.evaluate("history.length")
    third = page.locator("#id_unit option").nth(3).inner_text()

    page.get_by_label("Unit", exact=True).focus()
    for _ in range(3):
        page.keyboard.press("ArrowDown")

    expect(page.locator(".app-dashboard__showing")).to_contain_text(third)
    page.wait_for_timeout(1500)  # longer than the delay: any request still to come is sent
    assert len(swaps) == 1
    assert page.evaluate("history.length") == before + 1
    expect(page.locator("#dashboard-status")).to_have_text(
        f"Showing all time, {third}, all categories."
    )
    page.go_back()
    page.wait_for_url(f"{live_server.url}/dashboard/")
    expect(page.get_by_label("Unit", exact=True)).to_have_value("")
    assert console_errors == []


def test_a_bad_month_chosen_after_load_marks_its_box_until_put_right(
    page, live_server, a_few_demo_cases, console_errors
):
    sign_in(page, live_server, "board.marsh", DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/dashboard/")
    end = page.get_by_label("To (month)")

    page.get_by_label("From (month)").fill("2026-05")
    end.fill("2026-01")
    end.press("Tab")  # a typed box reports its change on leaving it

    expect(end).to_have_class(re.compile(r"\bgovuk-input--error\b"))
    expect(page.locator("#dashboard-body > .govuk-error-summary")).to_be_visible()
    page.get_by_label("To (month)").fill("2026-06")
    page.get_by_label("To (month)").press("Tab")
    expect(page.get_by_label("To (month)")).not_to_have_class(re.compile("--error"))
    expect(page.get_by_text("Some filters were not understood")).to_have_count(0)
    assert console_errors == []

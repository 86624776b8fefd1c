"""Every main journey completed with the keyboard only (WCAG 2.1.1 Keyboard).

Each step reaches its control by pressing Tab, as a keyboard user would, and operates it with
the keys a keyboard user has: typing, Space for radios, arrow keys within a radio group, typing
into a closed <select>, and Enter for buttons and links. No step clicks, fills or checks. The
questionnaire itself is covered by test_questionnaire_journey.py.
"""

import datetime as dt
import io
import re

from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from cases.demo import DEMO_PASSWORD
from cases.demo_scenarios import SCENARIOS
from cases.models import Case, Decision, LearningAction, Unit, User
from tests.factories import ActFactory, assessed

TASER = next(s for s in SCENARIOS if s.key == "uf-taser-split-second")
DESCRIBE_FOCUS = "() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing'"
SETTLED = "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"


def has_focus(locator) -> bool:
    """The element has the focus, or (a radio group) holds the element that has it."""
    return locator.evaluate("el => el.contains(document.activeElement)")


def tab_to(page, locator, limit: int = 120) -> None:
    """Press Tab until `locator` has the focus; fail naming it if it never does."""
    for _ in range(limit):
        if has_focus(locator):
            return
        page.keyboard.press("Tab")
    raise AssertionError(
        f"{limit} presses of Tab never reached {locator}; "
        f"focus was on {page.evaluate(DESCRIBE_FOCUS)}"
    )


def settle(page) -> None:
    """Wait until htmx has no request, swap or settle in progress."""
    page.wait_for_function(SETTLED)


def type_into(page, locator, text: str) -> None:
    tab_to(page, locator)
    page.keyboard.type(text)


def press(page, locator, key: str = "Enter") -> None:
    tab_to(page, locator)
    page.keyboard.press(key)


def choose(page, group: str, label: str) -> None:
    """Tab into a radio group, move with ArrowDown to the option and select it with Space."""
    fieldset = page.get_by_role("group", name=group)
    target = fieldset.get_by_role("radio", name=label, exact=True)
    tab_to(page, fieldset)
    for _ in range(fieldset.get_by_role("radio").count()):
        if has_focus(target):
            break
        page.keyboard.press("ArrowDown")
        settle(page)
    assert has_focus(target), f"the arrow keys never reached {label!r} in {group!r}"
    page.keyboard.press("Space")
    settle(page)
    expect(target).to_be_checked()


def pick(page, select, letters: str, value: str) -> None:
    """Tab to a closed <select> and type the first letters of an option."""
    tab_to(page, select)
    page.keyboard.type(letters)
    expect(select).to_have_value(value)


def keyed_date(day: dt.date) -> str:
    """The keys for a date input. Chromium orders its fields by the browser's own language
    (day first for en-GB, month first for en-US), so the dates used have day == month."""
    assert day.day == day.month
    return day.strftime("%d%m%Y")


def sign_in_by_keyboard(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/sign-in/")
    type_into(page, page.get_by_label("Username"), username)
    type_into(page, page.get_by_label("Password"), DEMO_PASSWORD)
    press(page, page.get_by_role("button", name="Sign in"))
    page.wait_for_url(lambda url: "/sign-in/" not in url)


def logged_case(**case_fields):
    """A case in South West BCU logged by supervisor.sw, with one act: the taser discharge."""
    return ActFactory(
        case__unit=Unit.objects.get(code="SW"),
        case__logged_by=User.objects.get(username="supervisor.sw"),
        case__title="Taser discharge on a stairwell",
        number=1,
        description=TASER.acts[0].description,
        **case_fields,
    )


def test_a_supervisor_logs_a_case_with_two_acts_by_keyboard(
    page, live_server, demo_people, console_errors
):
    sign_in_by_keyboard(page, live_server, "supervisor.sw")
    page.goto(f"{live_server.url}/cases/new/")
    day = dt.date(2026, 10, 10)

    type_into(page, page.get_by_label("Short title"), "Missed cell visit and false entry")
    type_into(page, page.get_by_label("Date it happened"), keyed_date(day))
    # "A" picks AM where the browser's clock is 12-hour; a 24-hour field ignores it.
    type_into(page, page.get_by_label("Time it happened"), "0230A")
    choose(page, "Category", "Custody")
    type_into(page, page.get_by_label("What happened"), "The 02:30 cell visit was not made.")
    choose(page, "How did the matter arise?", "Conduct referral")
    choose(page, "What did the referral presume?", "Deviation")
    type_into(page, page.get_by_label("Subject officer’s staff reference"), "PC 240117")
    choose(page, "Has welfare support been offered?", "No")
    type_into(page, page.get_by_label("Act 1"), "Did not carry out the 02:30 cell visit.")
    press(page, page.get_by_role("button", name="Add another act"))
    settle(page)
    expect(page.get_by_label("Act 2")).to_be_focused()  # the cursor waits in the new box
    page.keyboard.type("Recorded the 02:30 visit as completed.")
    press(page, page.get_by_role("button", name="Log the case"))

    expect(page.get_by_role("heading", name="Case logged")).to_be_visible()
    case = Case.objects.get()
    expect(page.get_by_text(case.reference)).to_be_visible()
    assert (case.category, case.origin, case.presumed_reason) == (
        "custody",
        "conduct_referral",
        "deviation",
    )
    assert not case.welfare_offered
    assert timezone.localtime(case.occurred_at).replace(tzinfo=None) == dt.datetime.combine(
        day, dt.time(2, 30)
    )
    assert list(case.acts.order_by("number").values_list("description", flat=True)) == [
        "Did not carry out the 02:30 cell visit.",
        "Recorded the 02:30 visit as completed.",
    ]
    assert console_errors == []


def test_a_reviewer_filters_the_queue_assigns_and_comments_by_keyboard(
    page, live_server, demo_people, console_errors
):
    reference = logged_case(case__category="use_of_force").case.reference
    sign_in_by_keyboard(page, live_server, "reviewer.shah")
    page.wait_for_url("**/queue/")

    pick(page, page.get_by_label("Category", exact=True), "Use", "use_of_force")
    page.wait_for_url("**category=use_of_force**")
    settle(page)
    press(page, page.get_by_role("link", name=reference))
    page.wait_for_url(f"**/cases/{reference}/")
    press(page, page.get_by_role("button", name="Assign to me"))
    expect(page.get_by_text(f"{reference} is assigned to you.")).to_be_visible()
    type_into(page, page.get_by_label("Add a comment to the timeline"), "Asked for the BWV.")
    press(page, page.get_by_role("button", name="Add comment"))

    expect(page.locator("#timeline").get_by_text("Asked for the BWV.")).to_be_visible()
    settle(page)
    expect(page.get_by_role("button", name="Add comment")).to_be_focused()  # not the page top
    case = Case.objects.get(reference=reference)
    assert case.reviewer.username == "reviewer.shah"
    assert list(case.events.values_list("kind", flat=True))[-2:] == ["assigned", "comment"]
    assert console_errors == []


def test_a_reviewer_decides_and_adds_a_learning_action_by_keyboard(
    page, live_server, demo_people, console_errors
):
    act = logged_case()
    reviewer = User.objects.get(username="reviewer.shah")
    assessment = assessed(act, reviewer, TASER.acts[0].answers)
    due = dt.date(timezone.localdate().year + 1, 10, 10)
    sign_in_by_keyboard(page, live_server, "reviewer.shah")
    page.goto(f"{live_server.url}/assessments/{assessment.pk}/")

    suggested = page.get_by_role("group", name="Reason for failure").get_by_role(
        "radio", name="Task complexity or unpredictability"
    )
    expect(suggested).to_be_checked()
    press(page, page.get_by_role("button", name="Record the decision"))
    expect(page.get_by_text("Your decision is recorded.")).to_be_visible()
    choose(page, "How serious was the harm?", "Minor")
    press(page, page.get_by_role("button", name="Record the harm"))
    expect(page.get_by_text("Recorded: Minor")).to_be_visible()

    pick(page, page.get_by_label("Kind of action"), "Sup", "supervision")
    type_into(page, page.get_by_label("What will be done"), "Debrief on split-second decisions.")
    type_into(page, page.get_by_label("Owner"), "Taser lead")
    type_into(page, page.get_by_label("Due date"), keyed_date(due))
    press(page, page.get_by_role("button", name="Add the learning action"))

    row = page.get_by_role("row").filter(has_text="Debrief on split-second decisions.")
    expect(row).to_contain_text("Supervision")
    press(page, row.get_by_role("button", name="Mark done"))
    # The confirmation takes the focus, as after every other action on the page.
    expect(page.locator(".govuk-notification-banner--success")).to_be_focused()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("done")
    decision = Decision.objects.get()
    assert (decision.primary_reason, decision.status, decision.overridden) == (
        "task_complexity",
        "confirmed",
        False,
    )
    action = LearningAction.objects.get()
    assert (action.kind, action.owner, action.due_date, action.status) == (
        "supervision",
        "Taser lead",
        due,
        "done",
    )
    assert Case.objects.get().harm_severity == "minor"
    assert console_errors == []


def test_a_board_member_filters_and_downloads_the_dashboard_by_keyboard(
    page, live_server, db, console_errors
):
    call_command("seed_demo", "--cases", "40", stdout=io.StringIO())
    unit = Unit.objects.get(code="SW")
    sign_in_by_keyboard(page, live_server, "board.marsh")
    page.wait_for_url("**/dashboard/")

    pick(page, page.get_by_label("Unit", exact=True), "South", str(unit.pk))
    page.wait_for_url(f"**/dashboard/?*unit={unit.pk}*")
    settle(page)
    press(page, page.get_by_role("link", name="Last 12 months"))
    page.wait_for_url(re.compile(r"/dashboard/\?.*start=20"))
    settle(page)
    expect(page.get_by_role("link", name="Last 12 months")).to_be_focused()
    showing = page.locator(".app-dashboard__showing")
    expect(showing).to_contain_text("South West BCU")

    csv = page.get_by_role("link", name=re.compile(r"Download as CSV")).first
    tab_to(page, csv, limit=200)
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.startswith("blame-to-praise-")
    assert f"unit={unit.pk}" in page.url and "start=20" in page.url
    assert console_errors == []

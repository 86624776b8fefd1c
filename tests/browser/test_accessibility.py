"""axe-core (WCAG 2.2 AA) on every page each persona can reach, and reflow at 320 CSS pixels."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from cases.assessments import assessment_start
from cases.choices import AssessmentStatus
from cases.demo import DEMO_PASSWORD
from cases.models import Assessment, Case

from .axe import violations
from .conftest import sign_in


@pytest.fixture
def demo(db):
    call_command("seed_demo", "--cases", "24", stdout=io.StringIO())


def pages_for(username: str) -> list[str]:
    """The pages this demo persona reaches in a working day (with the demo data)."""
    sw_case = Case.objects.filter(unit__code="SW").order_by("created_at").first()
    complete = Assessment.objects.filter(status=AssessmentStatus.COMPLETE).first()
    ongoing = Assessment.objects.filter(status=AssessmentStatus.IN_PROGRESS).first()
    common = [
        reverse("classification:model"),
        reverse("change_password"),
        "/no-such-page/",
        reverse("cases:act", args=[sw_case.reference]),  # a form's address: the 405 page
    ]
    if username.startswith("supervisor"):
        return [
            reverse("cases:mine"),
            reverse("cases:mine") + "?scope=units",
            reverse("cases:log"),
            reverse("cases:detail", args=[sw_case.reference]),
            reverse("cases:queue"),  # 403 page
            *common,
        ]
    if username.startswith("reviewer"):
        return [
            reverse("cases:queue"),
            reverse("cases:queue") + "?tab=open&sort=newest",
            reverse("cases:queue") + "?tab=second",
            reverse("cases:queue") + "?tab=decided",
            reverse("cases:detail", args=[sw_case.reference]),
            reverse("cases:edit", args=[sw_case.reference]),
            reverse("cases:summary", args=[sw_case.reference]),
            reverse("cases:review", args=[complete.pk]),
            reverse("cases:question", args=[ongoing.pk, "Q1"]),
            reverse("cases:dashboard"),
            *common,
        ]
    return [reverse("cases:dashboard"), *common]


PERSONAS = ["supervisor.sw", "reviewer.shah", "board.marsh"]


@pytest.mark.parametrize("username", PERSONAS)
def test_every_page_a_persona_reaches_is_accessible_and_reflows(
    page, live_server, demo, artifacts, username
):
    sign_in(page, live_server, username, DEMO_PASSWORD)
    page.wait_for_load_state()
    problems = []
    for path in pages_for(username):
        for width in (1280, 320):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{live_server.url}{path}")
            if width == 320:
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                if overflow > 0:
                    problems.append(f"{path} scrolls sideways by {overflow}px at 320px")
                    page.screenshot(path=artifacts / "reflow-problem.png", full_page=True)
                continue
            for v in violations(page):
                problems.append(f"{path}: {v['id']} {v['help']} {v['nodes'][0]['target']}")
    assert problems == []


def test_sign_in_page_and_its_errors_are_accessible(page, live_server, demo):
    page.goto(f"{live_server.url}/sign-in/")
    assert violations(page) == []
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    assert violations(page) == []


def test_change_password_errors_are_accessible(page, live_server, demo, artifacts):
    sign_in(page, live_server, "board.marsh", DEMO_PASSWORD)
    page.wait_for_url("**/dashboard/")
    page.goto(f"{live_server.url}{reverse('change_password')}")
    page.get_by_label("Current password").fill(DEMO_PASSWORD)
    page.get_by_label("New password", exact=True).fill("short")
    page.get_by_label("New password again").fill("short")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    page.screenshot(path=artifacts / "change-password-error.png", full_page=True)
    assert violations(page) == []


def test_log_case_errors_are_accessible(page, live_server, demo):
    sign_in(page, live_server, "supervisor.sw", DEMO_PASSWORD)
    page.wait_for_url("**/cases/mine/")
    page.goto(f"{live_server.url}/cases/new/")
    page.get_by_role("button", name="Log the case").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    assert violations(page) == []


def test_a_replaced_assessment_page_is_accessible(page, live_server, demo):
    old = Assessment.objects.filter(status=AssessmentStatus.COMPLETE, decisions__isnull=False)[0]
    assessment_start(act=old.act, by=old.reviewer, reason="Further footage to consider.")
    sign_in(page, live_server, old.reviewer.username, DEMO_PASSWORD)
    page.wait_for_load_state()

    page.goto(f"{live_server.url}{reverse('cases:review', args=[old.pk])}")

    assert page.get_by_text("has replaced this one").is_visible()
    assert violations(page) == []

"""Each demo role signs in, lands on its starting page and opens "The model"."""

import pytest
from playwright.sync_api import expect

from cases.demo import DEMO_PASSWORD

from .conftest import sign_in

STARTING_PAGES = {
    "supervisor.sw": "/cases/mine/",
    "reviewer.shah": "/queue/",
    "board.marsh": "/dashboard/",
    "admin": "/admin/",
}


@pytest.mark.parametrize("username", list(STARTING_PAGES))
def test_demo_role_signs_in_lands_on_its_page_and_opens_the_model(
    page, live_server, demo_people, artifacts, console_errors, username
):
    sign_in(page, live_server, username, DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}{STARTING_PAGES[username]}")
    page.screenshot(path=artifacts / f"start-{username}.png", full_page=True, caret="initial")

    page.goto(f"{live_server.url}/model/")

    assert page.get_by_role("heading", level=1).inner_text().startswith("From blame to praise")
    assert page.get_by_role("heading", name="Tolerable failures").is_visible()
    page.screenshot(path=artifacts / f"model-{username}.png", full_page=True, caret="initial")
    assert console_errors == []


def test_wrong_password_shows_an_error_and_keeps_the_username(page, live_server, demo_people):
    sign_in(page, live_server, "supervisor.sw", "not-the-password")

    # The sign-in page posts back to itself: wait for the answer, not the page already showing.
    expect(page.get_by_text("There is a problem")).to_be_visible()
    expect(page.get_by_label("Username")).to_have_value("supervisor.sw")


def test_model_page_prints_as_a_two_sided_pocket_card(page, live_server, demo_people, artifacts):
    sign_in(page, live_server, "board.marsh", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/model/")

    pdf = page.pdf(prefer_css_page_size=True)
    (artifacts / "pocket-card.pdf").write_bytes(pdf)

    media_boxes = [chunk for chunk in pdf.split(b"/MediaBox")[1:]]
    assert len(media_boxes) == 2
    # 85.6 mm x 54 mm in PDF points (1 pt = 25.4/72 mm).
    width, height = (float(v) for v in media_boxes[0].split(b"]")[0].split()[2:4])
    # Chromium rounds page sizes to whole CSS pixels (0.26 mm).
    assert abs(width * 25.4 / 72 - 85.6) < 0.3
    assert abs(height * 25.4 / 72 - 54.0) < 0.3

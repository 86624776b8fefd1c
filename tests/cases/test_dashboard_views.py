"""The Board dashboard from the outside: who may see it, what it never shows, filters, CSV,
htmx, bad input and a constant number of queries."""

import csv
import datetime as dt
import io
import itertools
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cases import metrics_store
from cases.views.dashboard import TABLES
from tests.factories import CaseFactory, LearningActionFactory, UnitFactory, decided_act

pytestmark = pytest.mark.django_db

URL = reverse("cases:dashboard")


def csv_url(table: str) -> str:
    return reverse("cases:dashboard_csv", args=[table])


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


def spread(unit, *, reviewer, count: int = 6, **fields) -> None:
    """`count` decided acts of each reason (enough that nothing needs hiding)."""
    for reason in ("deviation", "inattention", "lack_of_skill", "task_complexity", "innovation"):
        for _ in range(count):
            decided_act(
                unit=unit,
                reason=reason,
                second_reviewer=reviewer if reason == "deviation" else None,
                **fields,
            )


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("supervisor_a", 403),
        ("supervisor_b", 403),
        ("reviewer", 200),
        ("second_reviewer", 200),
        ("board", 200),
        ("administrator", 200),
    ],
)
def test_dashboard_is_for_the_board_reviewers_and_administrators(personas, persona, status):
    assert personas[persona].get(URL).status_code == status
    assert personas[persona].get(csv_url("by-reason")).status_code == status


def test_anonymous_visitor_is_sent_to_sign_in(personas):
    for url in (URL, csv_url("by-reason")):
        response = personas["anonymous"].get(url)

        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_dashboard_refuses_post(personas):
    assert personas["board"].post(URL).status_code == 405


def test_dashboard_is_in_the_board_navigation_and_is_its_start_page(personas):
    response = personas["board"].get(reverse("home"))

    assert response["Location"] == URL
    assert 'href="/dashboard/"' in personas["board"].get(URL).content.decode()


def test_supervisor_navigation_has_no_dashboard(personas):
    page = personas["supervisor_a"].get(reverse("cases:mine")).content.decode()

    assert 'href="/dashboard/"' not in page


def test_dashboard_shows_counts_and_every_table(personas, unit_a, reviewer):
    spread(unit_a, reviewer=reviewer)
    metrics_store.rebuild()

    response = personas["board"].get(URL)

    board = response.context["board"]
    assert board.decided.value == 30
    assert sorted(board.tables) == sorted(TABLES)
    assert response.content.decode().count('role="img"') == len(board.charts)


def test_board_sees_no_narrative_name_staff_reference_or_case_link(personas, unit_a, reviewer):
    supervisor = CaseFactory(unit=unit_a).logged_by
    supervisor.first_name, supervisor.last_name = "Zebedee", "Quartermaine"
    supervisor.save()
    secrets = ["Zebedee", "Quartermaine", "SECRET-TITLE-7", "NARRATIVE-XYZ", "SR-99999", "BTP-"]
    for _ in range(12):
        decision = decided_act(
            unit=unit_a,
            reason="inattention",
            title="SECRET-TITLE-7",
            summary="NARRATIVE-XYZ happened",
            subject_reference="SR-99999",
            logged_by=supervisor,
        )
    LearningActionFactory(
        case=decision.act.case, description="NARRATIVE-XYZ action", owner="Zebedee"
    )
    metrics_store.rebuild()
    client = personas["board"]

    pages = [client.get(URL).content.decode()]
    pages += [client.get(csv_url(table)).content.decode() for table in TABLES]

    for text in pages:
        assert [secret for secret in secrets if secret in text] == []
        assert "/cases/" not in text


def test_small_counts_show_as_less_than_five_on_the_page_and_in_csv(personas, unit_a, reviewer):
    spread(unit_a, reviewer=reviewer)
    for _ in range(3):
        decided_act(unit=unit_a, reason="innovation", category="driving")
    metrics_store.rebuild()

    page = personas["board"].get(URL).content.decode()
    rows = read_csv(personas["board"].get(csv_url("by-category")))

    assert "&lt;5" in page
    driving = next(row for row in rows if row[0] == "Driving")
    assert driving == ["Driving", "0", "0", "<5", "<5"]


def test_filters_narrow_the_counts_and_live_in_the_url(personas, unit_a, unit_b, reviewer):
    spread(unit_a, reviewer=reviewer)
    spread(unit_b, reviewer=reviewer, count=7, category="driving")
    metrics_store.rebuild()

    response = personas["board"].get(URL, {"unit": unit_b.pk, "category": "driving"})

    assert response.context["board"].decided.value == 35
    assert response.context["board"].filters.unit_id == unit_b.pk
    assert f"unit={unit_b.pk}" in response.content.decode()


def test_period_filter_counts_the_month_decided(personas, unit_a, reviewer):
    this_month = timezone.localdate().replace(day=1)
    old = timezone.make_aware(dt.datetime(2024, 3, 10, 12))
    for _ in range(6):
        decided_act(unit=unit_a, logged=old)
        # decided now: the factory's default (yesterday) is last month on the first of a month
        decided_act(unit=unit_a, reason="inattention", logged=timezone.now() - dt.timedelta(days=5))
    metrics_store.rebuild()

    recent = personas["board"].get(URL, {"start": f"{this_month:%Y-%m}"})
    march = personas["board"].get(URL, {"start": "2024-03", "end": "2024-03"})

    assert recent.context["board"].decided.value == 6
    assert march.context["board"].decided.value == 6
    assert march.context["board"].tables["by-reason"].rows[3][1][1].value == 6


@pytest.mark.parametrize(
    "query",
    [
        {"start": "March 2025"},
        {"start": "2025-13"},
        {"start": "9999-12"},
        {"end": "<script>"},
        {"unit": "999999"},
        {"unit": "abc"},
        {"category": "teleportation"},
        {"start": "2026-05", "end": "2026-01"},
    ],
)
def test_bad_filters_get_a_message_and_the_rest_still_works(personas, unit_a, reviewer, query):
    spread(unit_a, reviewer=reviewer)
    metrics_store.rebuild()

    response = personas["board"].get(URL, {**query, "category": query.get("category", "")})

    assert response.status_code == 200
    assert "Some filters were not understood" in response.content.decode()
    assert response.context["board"].decided.value == 30
    assert personas["board"].get(csv_url("trend"), query).status_code == 200


@pytest.mark.parametrize("typed", ["2026-03", "2026/3", "03/2026", "3-2026", " 2026.03 "])
def test_a_month_is_understood_however_it_is_commonly_typed(personas, typed):
    form = personas["board"].get(URL, {"start": typed}).context["form"]

    assert form.cleaned_data["start"] == dt.date(2026, 3, 1)


def test_the_month_boxes_are_plain_text_that_any_browser_lets_people_type_into(personas):
    page = personas["board"].get(URL).content.decode()

    assert 'type="month"' not in page
    assert page.count('type="text" spellcheck="false"') == 2


def test_month_messages_say_what_is_wrong(personas):
    form = personas["board"].get(URL, {"start": "9999-12", "end": "2025-13"}).context["form"]

    assert form.errors["start"] == ["Enter a year from 2000 to 2100"]
    assert form.errors["end"] == ["Enter a month as year and month, for example 2026-01"]


def test_a_single_month_is_named_once(personas):
    response = personas["board"].get(URL, {"start": "2026-06", "end": "2026-06"})

    assert response.context["period"] == "June 2026"


def test_htmx_request_gets_only_the_panels(personas, unit_a, reviewer):
    spread(unit_a, reviewer=reviewer)
    metrics_store.rebuild()

    response = personas["board"].get(URL, headers={"HX-Request": "true", "HX-Target": "panels"})

    text = response.content.decode()
    assert text.lstrip().startswith('<div id="panels"')
    assert "<html" not in text
    assert response["Vary"].count("HX-Request") == 1


def test_back_to_a_filtered_dashboard_gets_the_whole_page(personas):
    restore = {"HX-Request": "true", "HX-History-Restore-Request": "true"}

    response = personas["board"].get(URL, {"category": "custody"}, headers=restore)

    body = response.content.decode()
    assert "<html" in body
    assert 'id="panels"' in body


def test_quick_pick_swaps_the_filters_and_the_panels(personas):
    response = personas["board"].get(
        URL, headers={"HX-Request": "true", "HX-Target": "dashboard-body"}
    )

    assert response.content.decode().lstrip().startswith('<div id="dashboard-body"')


def test_unknown_table_is_404(personas):
    assert personas["board"].get(csv_url("names-of-officers")).status_code == 404


def test_too_few_decided_acts_shows_nothing_about_them(personas, unit_a):
    for _ in range(3):
        decided_act(unit=unit_a, reason="deviation")
    metrics_store.rebuild()

    response = personas["board"].get(URL)
    rows = read_csv(personas["board"].get(csv_url("by-reason")))

    assert "Fewer than 5 acts were decided" in response.content.decode()
    assert rows[0] == ["Not shown: too few decided acts to publish without identifying anyone."]


def test_dashboard_runs_a_constant_number_of_queries(personas, reviewer):
    client = personas["board"]
    unit = UnitFactory()
    spread(unit, reviewer=reviewer, count=5)
    metrics_store.rebuild()
    client.get(URL)  # warm the session and permission caches of this client
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    for index in range(8):
        spread(UnitFactory(code=f"Q{index}"), reviewer=reviewer, count=5, category="driving")
        LearningActionFactory(case=CaseFactory(unit=unit))
    metrics_store.rebuild()

    with CaptureQueriesContext(connection) as many:
        client.get(URL)

    assert len(many) == len(few)


def test_presumed_deviation_headline_shows_the_share_decided_otherwise(personas, unit_a, reviewer):
    for reason in ("deviation",) * 5 + ("inattention",) * 10 + ("task_complexity",) * 5:
        decided_act(unit=unit_a, reason=reason, presumed="deviation", second_reviewer=reviewer)
    metrics_store.rebuild()

    response = personas["board"].get(URL)

    assert response.context["board"].presumed_deviation == {
        "referred": 20, "other": 15, "percent": 75
    }  # fmt: skip
    assert "75%" in response.content.decode()


def test_presumed_deviation_headline_is_hidden_when_it_rests_on_a_small_count(
    personas, unit_a, reviewer
):
    for reason in ("deviation",) * 3 + ("inattention",) * 10:
        decided_act(unit=unit_a, reason=reason, presumed="deviation", second_reviewer=reviewer)
    for _ in range(6):
        decided_act(unit=unit_a, reason="deviation", second_reviewer=reviewer)
    metrics_store.rebuild()

    board = personas["board"].get(URL).context["board"]

    assert board.presumed_deviation == {"hidden": True}


def test_unknown_unit_or_category_asks_for_one_from_the_list(personas):
    response = personas["board"].get(URL, {"unit": "9999", "category": "teleportation"})

    page = response.content.decode()
    assert response.context["form"].errors == {
        "unit": ["Choose a unit from the list"],
        "category": ["Choose a category from the list"],
    }
    for name in ("unit", "category"):
        assert f'class="govuk-select app-full-width govuk-select--error" id="id_{name}"' in page
        assert f'aria-describedby="id_{name}-error"' in page


def test_month_must_be_written_in_ascii_digits(personas):
    response = personas["board"].get(URL, {"start": "٢٠٢٦-٠١"})

    assert response.context["form"].errors["start"] == [
        "Enter a month as year and month, for example 2026-01"
    ]
    assert response.context["board"].filters.start is None


def test_htmx_change_with_a_bad_filter_swaps_the_filters_too(personas):
    headers = {"HX-Request": "true", "HX-Target": "panels"}

    response = personas["board"].get(URL, {"start": "2026-05", "end": "2026-01"}, headers=headers)

    text = response.content.decode()
    assert response["HX-Retarget"] == "#dashboard-body"
    assert text.lstrip().startswith('<div id="dashboard-body"')
    assert 'class="govuk-input govuk-input--width-10 govuk-input--error" id="id_end"' in text
    # GOV.UK puts the error summary first; the next change swaps the filters again to clear it
    assert text.index("govuk-error-summary") < text.index("<form")
    assert 'hx-target="#dashboard-body"' in text.split("<form")[1].split(">")[0]


def test_good_filters_after_a_bad_one_are_applied_to_the_panels_only(personas):
    headers = {"HX-Request": "true", "HX-Target": "panels"}

    response = personas["board"].get(URL, {"start": "2026-01"}, headers=headers)

    assert "HX-Retarget" not in response
    assert response.content.decode().lstrip().startswith('<div id="panels"')


def test_each_swap_tells_screen_readers_what_is_shown(personas):
    headers = {"HX-Request": "true", "HX-Target": "panels"}

    page = personas["board"].get(URL).content.decode()
    swap = personas["board"].get(URL, {"start": "2026-11", "end": "2026-11"}, headers=headers)

    live = (
        '<div id="dashboard-status" class="govuk-visually-hidden" role="status" '
        'aria-live="polite" aria-atomic="true">'
    )
    assert page.count('id="dashboard-status"') == 1
    assert page.index(live) < page.index('id="dashboard-body"')
    assert "aria-live" not in page.split('id="panels"')[1]
    assert (
        '<div id="dashboard-status" hx-swap-oob="innerHTML">'
        "Showing November 2026, all units, all categories.</div>"
    ) in swap.content.decode()


def luminance(colour: str) -> float:
    """WCAG relative luminance of #rrggbb."""
    red, green, blue = (
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
        for c in (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: str, other: str) -> float:
    darker, lighter = sorted((luminance(one), luminance(other)))
    return (lighter + 0.05) / (darker + 0.05)


def attributes(tag: str) -> dict[str, str]:
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


# What app.css gives the numbers written on bars (.app-chart__value--light and --dark).
LABEL_COLOURS = {"light": "#ffffff", "dark": "#0b0c0c"}


def test_chart_colours_differ_in_greyscale_and_stand_out_from_the_page(personas, unit_a, reviewer):
    spread(unit_a, reviewer=reviewer)
    today = timezone.localdate()
    for _ in range(6):
        CaseFactory(unit=unit_a)  # open
        for status, days in (("open", 9), ("open", -9), ("done", 9)):
            LearningActionFactory(
                case=CaseFactory(unit=unit_a), status=status, due_date=today + dt.timedelta(days)
            )
    metrics_store.rebuild()

    page = personas["board"].get(URL).content.decode()

    series: dict[str, tuple[str, str | None]] = {}
    for chart in re.findall(r'<svg class="app-chart".*?</svg>', page, re.S):
        in_chart, fill = {}, None
        for tag in re.findall(r"<(?:rect|text) [^>]*>", chart):
            found = attributes(tag)
            kind = re.search(r"app-chart__(bar|value)--([\w-]+)", found.get("class", ""))
            if kind and kind[1] == "bar" and kind[2] != "hidden":
                fill = found["fill"]
                in_chart[kind[2]] = (fill, found.get("stroke"))
            elif kind and kind[1] == "value":  # a number written on the bar before it
                assert contrast(LABEL_COLOURS[kind[2]], fill) >= 4.5, tag
        # Any two series can touch: a zero between them is not drawn.
        for (one, (a, _)), (other, (b, _)) in itertools.combinations(in_chart.items(), 2):
            assert contrast(a, b) >= 3, f"{one} {a} and {other} {b}"
        series.update(in_chart)
    swatches = {
        key: attributes(rect)["fill"]
        for key, rect in re.findall(
            r'<svg class="app-legend__swatch app-legend__swatch--([\w-]+)".*?(<rect [^>]*>)', page
        )
    }

    assert sorted(series) == sorted(
        ["preventable", "tolerable", "intelligent", "open", "on-time", "overdue", "done"]
    )
    for key, (fill, stroke) in series.items():  # a pale bar has a dark outline
        assert max(contrast(fill, "#ffffff"), contrast(stroke or fill, "#ffffff")) >= 3, key
    assert swatches == {key: fill for key, (fill, _) in series.items() if key != "open"}


def test_a_to_month_before_the_from_month_is_left_out_and_the_from_month_kept(personas):
    page = personas["board"].get(URL, {"start": "2026-06", "end": "2026-01"}).content.decode()

    assert "must be the same as or after" in page
    assert "Showing <strong>from June 2026</strong>" in page

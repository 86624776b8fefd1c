"""The dashboard's CSV exports: the period in the name, formulas neutralised, and notes on what
each file leaves out (a withheld table, filters not applied, a period that does not apply)."""

import datetime as dt

import pytest
from django.utils import timezone

from cases import metrics_store
from tests.cases.test_dashboard_views import URL, csv_url, read_csv, spread
from tests.factories import CaseFactory, LearningActionFactory, UnitFactory, decided_act

pytestmark = pytest.mark.django_db


def test_csv_names_the_period_and_neutralises_formulas(personas, reviewer):
    unit = UnitFactory(code="EVIL", name='=HYPERLINK("http://x")')
    spread(unit, reviewer=reviewer)
    metrics_store.rebuild()

    response = personas["board"].get(csv_url("by-unit"), {"start": "2025-12", "end": "2026-11"})

    assert response["Content-Disposition"] == (
        'attachment; filename="blame-to-praise-by-unit-2025-12-to-2026-11.csv"'
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"


def test_csv_cells_that_look_like_formulas_are_quoted(personas, reviewer):
    unit = UnitFactory(code="EVIL", name='=HYPERLINK("http://x")')
    spread(unit, reviewer=reviewer)
    metrics_store.rebuild()

    rows = read_csv(personas["board"].get(csv_url("by-unit")))

    assert rows[1][0] == '\'=HYPERLINK("http://x")'
    assert (
        personas["board"]
        .get(csv_url("by-unit"))["Content-Disposition"]
        .endswith('blame-to-praise-by-unit-all-time.csv"')
    )


def footer(rows: list[list[str]]) -> dict[str, list[str]]:
    """The CSV's notes after its blank row, by their first cell (repeated notes listed)."""
    notes: dict[str, list[str]] = {}
    for row in rows[rows.index([]) + 1 :]:
        notes.setdefault(row[0], []).append(row[1])
    return notes


def test_open_cases_csv_and_panel_say_the_period_does_not_apply(personas, unit_a):
    CaseFactory(unit=unit_a)
    period = {"start": "2026-11", "end": "2026-11"}

    open_cases = footer(read_csv(personas["board"].get(csv_url("open-cases"), period)))
    by_reason = footer(read_csv(personas["board"].get(csv_url("by-reason"), period)))
    page = personas["board"].get(URL, period).content.decode()

    assert open_cases["Period"] == ["does not apply: open cases are counted as they stand now"]
    assert by_reason["Period"] == ["November 2026"]
    assert "The period does not apply to open cases: they are counted as they stand now" in page


@pytest.mark.parametrize(
    ("query", "notes"),
    [
        ({"start": "garbage"},
         ["From (month): Enter a month as year and month, for example 2026-01"]),
        ({"unit": "9999", "category": "teleportation"},
         ["Unit: Choose a unit from the list", "Category: Choose a category from the list"]),
        ({"start": "2026-05", "end": "2026-01"},
         ["To (month): The ‘to’ month must be the same as or after the ‘from’ month"]),
    ],
)  # fmt: skip
def test_csv_lists_each_filter_it_did_not_apply(personas, query, notes):
    rows = read_csv(personas["board"].get(csv_url("by-reason"), query))

    assert footer(rows)["Not applied"] == notes


def test_csv_of_good_filters_has_no_not_applied_row(personas):
    rows = read_csv(personas["board"].get(csv_url("by-reason"), {"start": "2026-01"}))

    assert "Not applied" not in footer(rows)


def test_csv_says_why_a_table_is_not_shown(personas, unit_a, reviewer):
    spread(unit_a, reviewer=reviewer)
    today = timezone.localdate()
    for kind in ("training", "supervision"):  # one of each: hiding cannot protect them
        for due in (today + dt.timedelta(days=9), today - dt.timedelta(days=9)):
            LearningActionFactory(case=CaseFactory(unit=unit_a), kind=kind, due_date=due)
    metrics_store.rebuild()

    actions = read_csv(personas["board"].get(csv_url("learning-actions")))

    assert personas["board"].get(URL).context["board"].enough
    assert actions[0] == [
        "Not shown: some of its counts are too small to show without identifying anyone, "
        "and hiding more would not stop them being worked out."
    ]


def test_csv_of_a_breakdown_withheld_says_how_many_were_decided(personas, unit_a):
    for reason, count in (("inattention", 3), ("lack_of_skill", 2), ("task_complexity", 1)):
        for _ in range(count):
            decided_act(unit=unit_a, reason=reason)
    metrics_store.rebuild()

    rows = read_csv(personas["board"].get(csv_url("by-reason")))

    assert rows[0] == [
        "Not shown: 6 acts were decided, but some kinds of decision among them are too few to "
        "show any breakdown without identifying anyone."
    ]


def test_csv_with_no_decided_acts_says_so(personas):
    rows = read_csv(personas["board"].get(csv_url("by-reason")))

    assert rows[0] == ["Not shown: no acts were decided for these filters."]

"""The triage queue: tabs, filters, search, keyset pages, CSV, and constant query counts."""

import csv
import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cases import queue, services
from cases.choices import DecisionStatus, Status
from cases.decisions import decision_record, second_review_record
from tests.factories import FALSE_ENTRY, ActFactory, CaseFactory, DecisionFactory, assessed

pytestmark = pytest.mark.django_db

URL = reverse("cases:queue")


def references(response) -> list[str]:
    return [case.reference for case in response.context["page"].rows]


def test_tabs_show_the_right_cases(personas, reviewer, second_reviewer, unit_a):
    unassigned = CaseFactory(unit=unit_a)
    mine = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.IN_REVIEW)
    theirs = CaseFactory(unit=unit_a, reviewer=second_reviewer, status=Status.IN_REVIEW)
    second = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.AWAITING_SECOND_REVIEW)
    CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.CLOSED)
    client = personas["reviewer"]

    assert references(client.get(URL)) == [unassigned.reference]
    assert references(client.get(URL, {"tab": "mine"})) == [mine.reference, second.reference]
    assert references(client.get(URL, {"tab": "second"})) == [second.reference]
    assert set(references(client.get(URL, {"tab": "open"}))) == {
        unassigned.reference,
        mine.reference,
        theirs.reference,
        second.reference,
    }


def test_the_second_review_tab_leaves_out_cases_only_the_viewer_has_proposed(
    personas, reviewer, second_reviewer, unit_a
):
    """Two people for blame: nobody can second-review their own decision, so a case whose only
    waiting decisions are the viewer's is not theirs to pick up; once someone else's decision
    waits there too, it is."""
    case = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.IN_REVIEW)
    first, second = ActFactory(case=case, number=1), ActFactory(case=case, number=2)
    decision_record(assessment=assessed(first, reviewer, FALSE_ENTRY.answers), by=reviewer,
                    primary="deviation")  # fmt: skip

    def waiting_for(persona):
        return references(personas[persona].get(URL, {"tab": "second"}))

    assert (waiting_for("reviewer"), waiting_for("second_reviewer")) == ([], [case.reference])
    assert case.reference in references(personas["reviewer"].get(URL, {"tab": "mine"}))

    decision_record(assessment=assessed(second, second_reviewer, FALSE_ENTRY.answers),
                    by=second_reviewer, primary="deviation")  # fmt: skip

    assert waiting_for("reviewer") == waiting_for("second_reviewer") == [case.reference]

    second_review_record(decision=second.decisions.get(), by=reviewer, concur=True)

    assert (waiting_for("reviewer"), waiting_for("second_reviewer")) == ([], [case.reference])
    case.refresh_from_db()
    assert case.status == Status.AWAITING_SECOND_REVIEW


def test_a_case_still_waits_for_its_second_review_after_an_act_is_added(personas, reviewer, unit_a):
    case = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.IN_REVIEW)
    act = ActFactory(case=case, number=1)
    decision_record(assessment=assessed(act, reviewer, FALSE_ENTRY.answers), by=reviewer,
                    primary="deviation")  # fmt: skip

    services.act_add(case=case, by=reviewer, description="Did not record the stop.")

    case.refresh_from_db()
    assert case.status == Status.AWAITING_SECOND_REVIEW
    second = personas["second_reviewer"].get(URL, {"tab": "second"})
    assert references(second) == [case.reference]


def test_decided_cases_wait_in_their_own_tab_to_be_closed(personas, reviewer, unit_a):
    decided = CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.DECIDED)
    CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.CLOSED)
    CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.IN_REVIEW)

    response = personas["reviewer"].get(URL, {"tab": "decided"})

    assert references(response) == [decided.reference]
    assert "Decided, to close" in response.content.decode()


def test_a_reference_finds_its_case_from_any_tab_whatever_its_status(personas, unit_a):
    closed = CaseFactory(unit=unit_a, status=Status.CLOSED)
    CaseFactory(unit=unit_a)

    for tab in ("unassigned", "mine", "open"):
        response = personas["reviewer"].get(URL, {"tab": tab, "q": closed.reference.lower()})
        assert references(response) == [closed.reference]


def test_the_status_filter_offers_only_open_statuses(personas):
    response = personas["reviewer"].get(URL)
    offered = [value for value, _ in response.context["filters"].fields["status"].choices]
    assert offered == ["", "logged", "in_review", "awaiting_second_review"]


def test_the_age_column_sort_link_names_the_sort_once(personas, unit_a):
    CaseFactory(unit=unit_a)

    page = personas["reviewer"].get(URL, {"tab": "open", "sort": "newest"}).content.decode()

    assert 'href="?tab=open&amp;sort=oldest"' in page
    assert "sort=newest&amp;sort" not in page


def test_filters_combine_and_live_in_the_url(personas, unit_a, unit_b):
    wanted = CaseFactory(unit=unit_b, category="driving", presumed_reason="deviation")
    CaseFactory(unit=unit_a, category="driving", presumed_reason="deviation")
    CaseFactory(unit=unit_b, category="custody", presumed_reason="deviation")
    CaseFactory(unit=unit_b, category="driving", presumed_reason="not_stated")

    response = personas["reviewer"].get(
        URL, {"unit": unit_b.pk, "category": "driving", "presumed": "deviation"}
    )

    assert references(response) == [wanted.reference]
    assert f"unit={unit_b.pk}" in response.context["filters"].query()


def test_age_filter(personas, unit_a):
    old = CaseFactory(unit=unit_a, created_at=timezone.now() - dt.timedelta(days=100))
    CaseFactory(unit=unit_a, created_at=timezone.now() - dt.timedelta(days=3))

    assert references(personas["reviewer"].get(URL, {"age": "older"})) == [old.reference]


def test_search_by_reference_or_number(personas, unit_a):
    case = CaseFactory(unit=unit_a)
    CaseFactory(unit=unit_a)

    assert references(personas["reviewer"].get(URL, {"q": case.reference.lower()})) == [
        case.reference
    ]
    assert references(personas["reviewer"].get(URL, {"q": str(case.pk)})) == [case.reference]


def test_bad_filter_values_are_ignored_with_a_notice_not_an_error(personas, unit_a):
    case = CaseFactory(unit=unit_a)

    response = personas["reviewer"].get(URL, {"unit": "abc", "age": "ancient", "after": "x~y"})

    assert response.status_code == 200
    assert references(response) == [case.reference]
    assert b"Some filters were not understood" in response.content


def test_keyset_pages_walk_forwards_and_back_without_gaps(personas, unit_a):
    base = timezone.now() - dt.timedelta(days=10)
    cases = [
        CaseFactory(unit=unit_a, created_at=base + dt.timedelta(minutes=i))
        for i in range(queue.PAGE_SIZE * 2 + 5)
    ]
    client = personas["reviewer"]

    first = client.get(URL).context["page"]
    second = client.get(URL, {"after": first.next_cursor}).context["page"]
    third = client.get(URL, {"after": second.next_cursor}).context["page"]
    back = client.get(URL, {"before": third.previous_cursor}).context["page"]

    walked = [c.reference for p in (first, second, third) for c in p.rows]
    assert walked == [c.reference for c in cases]
    assert third.next_cursor is None and first.previous_cursor is None
    assert [c.reference for c in back.rows] == [c.reference for c in second.rows]


def test_newest_first_sort(personas, unit_a):
    older = CaseFactory(unit=unit_a, created_at=timezone.now() - dt.timedelta(days=2))
    newer = CaseFactory(unit=unit_a, created_at=timezone.now() - dt.timedelta(days=1))

    response = personas["reviewer"].get(URL, {"sort": "newest"})

    assert references(response) == [newer.reference, older.reference]


def test_htmx_swaps_only_the_results(personas, unit_a):
    CaseFactory(unit=unit_a)

    response = personas["reviewer"].get(URL, headers={"HX-Request": "true"})

    body = response.content.decode()
    assert body.strip().startswith('<div id="results"')
    assert "<html" not in body
    assert response["Vary"] == "HX-Request, Cookie" or "HX-Request" in response["Vary"]


def test_back_to_a_filtered_queue_gets_the_whole_page(personas, unit_a):
    CaseFactory(unit=unit_a)
    restore = {"HX-Request": "true", "HX-History-Restore-Request": "true"}

    response = personas["reviewer"].get(URL, {"tab": "open"}, headers=restore)

    body = response.content.decode()
    assert "<html" in body
    assert 'id="results"' in body


def test_csv_export_has_every_filtered_case_and_neutralises_formulas(personas, unit_a, unit_b):
    CaseFactory(unit=unit_a, title='=HYPERLINK("http://evil")')
    CaseFactory(unit=unit_b, title="Other unit")

    response = personas["reviewer"].get(reverse("cases:queue_csv"), {"unit": unit_a.pk})

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert response["Content-Disposition"].startswith('attachment; filename="triage-unassigned-')
    assert rows[0][:3] == ["Reference", "Title", "Unit"]
    assert len(rows) == 2
    assert rows[1][1] == '\'=HYPERLINK("http://evil")'


def queries_for(client, url: str) -> int:
    """Queries of one page view, after a first view has recorded the session's activity."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_queue_runs_a_constant_number_of_queries_for_1_and_50_rows(personas, unit_a, reviewer):
    CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.IN_REVIEW)
    one = queries_for(personas["reviewer"], URL + "?tab=open")
    CaseFactory.create_batch(49, unit=unit_a, reviewer=reviewer, status=Status.IN_REVIEW)
    fifty = queries_for(personas["reviewer"], URL + "?tab=open")
    assert len(personas["reviewer"].get(URL + "?tab=open").context["page"].rows) == 50
    assert fifty == one


def test_sent_back_rows_cost_no_more_queries(personas, unit_a, reviewer):
    """Whether an act's decision was sent back comes with the page's own query, not per row."""
    url = URL + "?tab=mine"
    CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.IN_REVIEW)
    none_sent_back = queries_for(personas["reviewer"], url)
    for _ in range(10):
        act = ActFactory(case=CaseFactory(unit=unit_a, reviewer=reviewer, status=Status.IN_REVIEW))
        DecisionFactory(act=act, primary_reason="deviation", status=DecisionStatus.SENT_BACK)

    some_sent_back = queries_for(personas["reviewer"], url)

    rows = personas["reviewer"].get(url).context["page"].rows
    assert [case.sent_back for case in rows] == [False] + [True] * 10
    assert some_sent_back == none_sent_back


def test_my_cases_runs_a_constant_number_of_queries_for_1_and_50_rows(
    personas, unit_a, supervisor_a
):
    url = reverse("cases:mine") + "?scope=units"
    CaseFactory(unit=unit_a, logged_by=supervisor_a)
    one = queries_for(personas["supervisor_a"], url)
    CaseFactory.create_batch(49, unit=unit_a, logged_by=supervisor_a)
    fifty = queries_for(personas["supervisor_a"], url)
    assert fifty == one

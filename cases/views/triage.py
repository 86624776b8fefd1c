"""Reviewers: the triage queue (tabs, filters, sorting, keyset pages) and its CSV export."""

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from cases.csv_export import csv_lines
from cases.queue import SORTS, QueueFilters, Tab, filtered, page_of, sort_of
from cases.roles import REVIEW_CASE


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_GET
@vary_on_headers("HX-Request")
def queue(request: HttpRequest) -> HttpResponse:
    """The triage queue; htmx swaps only the results when filters change."""
    filters = QueueFilters(request.GET)
    field, descending = sort_of(filters)
    page = page_of(
        filtered(request.user, filters),
        field,
        descending,
        after=request.GET.get("after"),
        before=request.GET.get("before"),
    )
    sort = filters.value("sort") or "oldest"
    context = {
        "filters": filters,
        "tab": filters.value("tab") or Tab.UNASSIGNED,
        "tabs": Tab.choices,
        "page": page,
        "sorts": SORTS,
        "sort": sort,
        "age_sort_query": filters.query(sort="newest" if sort == "oldest" else "oldest"),
        "now": timezone.now(),
    }
    # Back and forward ask for the whole page again (htmx keeps no history cache): send it.
    partial = request.htmx and not request.htmx.history_restore_request
    template = "cases/queue.html#results" if partial else "cases/queue.html"
    return render(request, template, context)


@login_required
@permission_required(REVIEW_CASE, raise_exception=True)
@require_GET
def queue_csv(request: HttpRequest) -> StreamingHttpResponse:
    """The filtered queue as CSV: every matching case, not just one page."""
    filters = QueueFilters(request.GET)
    field, descending = sort_of(filters)
    cases = (
        filtered(request.user, filters)
        .for_list()
        .order_by(f"-{field}" if descending else field, "pk")
    )
    header = [
        "Reference", "Title", "Unit", "Category", "How it arose", "Referral presumed",
        "Status", "Reviewer", "Occurred", "Logged", "Age (days)",
    ]  # fmt: skip
    now = timezone.now()

    def rows():
        yield header
        for case in cases.iterator(chunk_size=2000):
            yield [
                case.reference,
                case.title,
                case.unit.name,
                case.get_category_display(),
                case.get_origin_display(),
                case.get_presumed_reason_display(),
                case.get_status_display(),
                case.reviewer.get_full_name() if case.reviewer else "",
                timezone.localtime(case.occurred_at).strftime("%Y-%m-%d %H:%M"),
                timezone.localtime(case.created_at).strftime("%Y-%m-%d %H:%M"),
                (now - case.created_at).days,
            ]

    tab = filters.value("tab") or Tab.UNASSIGNED
    response = StreamingHttpResponse(csv_lines(rows()), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="triage-{tab}-{timezone.localdate():%Y-%m-%d}.csv"'
    )
    return response

"""The Organisational Learning Board dashboard: counts only, suppressed, with CSV of every table."""

import datetime as dt
import re
from urllib.parse import urlencode

from django import forms
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import reswap, retarget

from cases import charts
from cases.board import Board, Table, build
from cases.choices import Category
from cases.csv_export import csv_lines
from cases.metrics import Filters
from cases.models import Unit
from cases.roles import VIEW_DASHBOARD

TABLES = (
    "by-reason", "by-failure-type", "trend", "by-unit", "by-category", "presumed-vs-decided",
    "suggestions", "second-reviews", "time-to-decision", "open-cases", "learning-actions",
)  # fmt: skip
# A month typed as 2026-01 (as the links carry it), 2026/1 or 01/2026. ASCII digits only (\d takes
# ٢٠٢٦ too).
MONTH_FORMS = (
    re.compile(r"(?P<year>[0-9]{4})[-/.](?P<month>[0-9]{1,2})"),
    re.compile(r"(?P<month>[0-9]{1,2})[-/.](?P<year>[0-9]{4})"),
)


class MonthField(forms.Field):
    """A month, typed as year and month: 2026-01 (or 01/2026)."""

    def to_python(self, value) -> dt.date | None:
        value = str(value or "").strip()
        if not value:
            return None
        match = next(filter(None, (form.fullmatch(value) for form in MONTH_FORMS)), None)
        if not match or not (1 <= int(match["month"]) <= 12):
            raise forms.ValidationError(
                "Enter a month as year and month, for example 2026-01", code="invalid"
            )
        if not (2000 <= int(match["year"]) <= 2100):
            raise forms.ValidationError("Enter a year from 2000 to 2100", code="year")
        return dt.date(int(match["year"]), int(match["month"]), 1)


class DashboardFilters(forms.Form):
    start = MonthField(label="From (month)", required=False)
    end = MonthField(label="To (month)", required=False)
    unit = forms.ChoiceField(
        required=False,
        label="Unit",
        error_messages={"invalid_choice": "Choose a unit from the list"},
    )
    category = forms.ChoiceField(
        choices=[("", "All categories"), *Category.choices],
        required=False,
        label="Category",
        error_messages={"invalid_choice": "Choose a category from the list"},
    )

    def __init__(self, data, *, units: list[Unit]) -> None:
        super().__init__(data)
        self.fields["unit"].choices = [("", "All units"), *((str(u.pk), u.name) for u in units)]

    def clean(self):
        start, end = self.cleaned_data.get("start"), self.cleaned_data.get("end")
        if start and end and start > end:
            self.add_error(
                "end",
                forms.ValidationError(
                    "The ‘to’ month must be the same as or after the ‘from’ month", code="order"
                ),
            )
        return self.cleaned_data

    def not_applied(self) -> list[str]:
        """Each filter left out, as the page's error summary says it: "Unit: Choose a unit…"."""
        return [f"{field.label}: {error}" for field in self for error in field.errors]

    def filters(self) -> Filters:
        """The filters that were understood; anything invalid is left out (and reported)."""
        self.is_valid()
        data = self.cleaned_data
        return Filters(
            start=data.get("start"),  # a 'to' before it is left out (and reported), not both
            end=data.get("end"),
            unit_id=int(data["unit"]) if data.get("unit") else None,
            category=data.get("category") or None,
        )


def period_label(filters: Filters) -> str:
    if filters.start and filters.start == filters.end:
        return f"{filters.start:%B %Y}"
    if filters.start and filters.end:
        return f"{filters.start:%B %Y} to {filters.end:%B %Y}"
    if filters.start:
        return f"from {filters.start:%B %Y}"
    if filters.end:
        return f"up to {filters.end:%B %Y}"
    return "all time"


def period_slug(filters: Filters) -> str:
    if filters.start and filters.end:
        return f"{filters.start:%Y-%m}-to-{filters.end:%Y-%m}"
    if filters.start:
        return f"from-{filters.start:%Y-%m}"
    if filters.end:
        return f"to-{filters.end:%Y-%m}"
    return "all-time"


def months_back(month: dt.date, count: int) -> dt.date:
    year, index = divmod(month.year * 12 + month.month - 1 - count, 12)
    return dt.date(year, index + 1, 1)


def quick_picks(form: DashboardFilters) -> list[tuple[str, str]]:
    """Last 3 months, last 12 months (both including this one) and all time, keeping the rest."""
    this_month = timezone.localdate().replace(day=1)
    keep = {
        name: form.data.get(name, "") for name in ("unit", "category") if name not in form.errors
    }
    keep = {name: value for name, value in keep.items() if value}
    picks = []
    for label, months in (("Last 3 months", 3), ("Last 12 months", 12)):
        start = months_back(this_month, months - 1)
        picks.append((label, {"start": f"{start:%Y-%m}", "end": f"{this_month:%Y-%m}", **keep}))
    picks.append(("All time", keep))
    return [(label, urlencode(params)) for label, params in picks]


def _board(request: HttpRequest) -> tuple[DashboardFilters, list[Unit], Board]:
    units = list(Unit.objects.all())
    form = DashboardFilters(request.GET, units=units)
    return form, units, build(form.filters(), units=units)


@login_required
@permission_required(VIEW_DASHBOARD, raise_exception=True)
@require_GET
@vary_on_headers("HX-Request")
def dashboard(request: HttpRequest) -> HttpResponse:
    """The dashboard; htmx swaps the panels (or, for the quick picks and whenever a filter is
    not understood, the filters too, so that the one in error is marked)."""
    form, units, board = _board(request)
    filters = board.filters
    unit = next((u for u in units if u.pk == filters.unit_id), None)
    context = {
        "form": form,
        "board": board,
        "period": period_label(filters),
        "unit": unit,
        "category": Category(filters.category).label if filters.category else None,
        "quick_picks": quick_picks(form),
        "query": request.GET.urlencode(),
        "swatches": {css.replace("-", "_"): charts.swatch(css) for css in charts.PALETTE},
    }
    if not request.htmx or request.htmx.history_restore_request:  # Back wants the whole page
        return render(request, "cases/dashboard.html", context)
    context["swapped"] = True  # so the live region outside the swap says what is shown now
    if request.htmx.target == "dashboard-body":
        return render(request, "cases/dashboard.html#body", context)
    if form.errors:
        response = render(request, "cases/dashboard.html#body", context)
        return reswap(retarget(response, "#dashboard-body"), "outerHTML")
    return render(request, "cases/dashboard.html#panels", context)


def not_shown(board: Board, table: Table | None) -> str:
    """Why a table is not published, as the page says it."""
    if table is not None:  # withheld: more hidden counts would still give the small ones away
        return (
            "some of its counts are too small to show without identifying anyone, "
            "and hiding more would not stop them being worked out."
        )
    if board.breakdown_withheld:
        return (
            f"{board.decided} acts were decided, but some kinds of decision among them are too "
            "few to show any breakdown without identifying anyone."
        )
    if board.decided.value == 0:
        return "no acts were decided for these filters."
    return "too few decided acts to publish without identifying anyone."


@login_required
@permission_required(VIEW_DASHBOARD, raise_exception=True)
@require_GET
def dashboard_csv(request: HttpRequest, table: str) -> HttpResponse:
    """One dashboard table as CSV, with the same filters and suppression as the page."""
    if table not in TABLES:
        raise Http404("There is no such table on the dashboard.")
    form, units, board = _board(request)
    filters = board.filters
    unit = next((u.name for u in units if u.pk == filters.unit_id), "All units")
    found = board.tables.get(table)
    if found and not found.withheld:
        rows = found.csv_rows()
    else:
        rows = [[f"Not shown: {not_shown(board, found)}"]]
    if table == "open-cases":
        period = "does not apply: open cases are counted as they stand now"
    else:
        period = period_label(filters)
    rows += [
        [],
        ["Period", period],
        ["Unit", unit],
        ["Category", Category(filters.category).label if filters.category else "All categories"],
        [f"<{board.threshold}", f"a count from 1 to {board.threshold - 1}"],
        ["[c]", f"hidden so that a count below {board.threshold} cannot be worked out"],
        *(["Not applied", note] for note in form.not_applied()),
    ]
    response = HttpResponse(
        "".join(csv_lines(rows)),
        content_type="text/csv; charset=utf-8",
    )
    filename = f"blame-to-praise-{table}-{period_slug(filters)}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

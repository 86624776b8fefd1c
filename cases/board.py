"""The Board dashboard as published: metrics → suppressed tables → charts, ready for the page and
for CSV. Nothing here queries except through `cases.metrics`.

Tables that repeat a total (the count of each reason and failure type appears in the
distribution, the trend over time, the unit and category breakdowns and the presumed-vs-decided
matrix) take that total's status from the distribution, which owns it (see `cases.suppression`).
The second-review counts nearly repeat the count of Deviation decisions, so when that is hidden
they are hidden too.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.safestring import SafeString

from classification.models import Reason

from . import charts, metrics
from .choices import ActionKind, Category, Presumed
from .metrics import ACTION_STATES, AGE_BANDS, Filters
from .models import Unit
from .suppression import (
    Count,
    protect_counts,
    protect_distribution,
    protect_grid,
    share,
)

TYPE_LIGHT = {"intelligent"}


@dataclass(frozen=True)
class Table:
    slug: str  # its name in the CSV address and file name
    title: str
    row_header: str
    columns: list[str]
    rows: list[tuple[str, list]]  # (label, cells: Count or text)
    totals: tuple[str, list] | None = None
    withheld: bool = False

    def csv_rows(self) -> list[list[str]]:
        def text(cell) -> str:
            return cell.csv if isinstance(cell, Count) else str(cell)

        out = [[self.row_header, *self.columns]]
        for label, cells in [*self.rows, *([self.totals] if self.totals else [])]:
            out.append([label, *(text(cell) for cell in cells)])
        return out


@dataclass
class Board:
    filters: Filters
    threshold: int
    decided: Count
    tables: dict[str, Table] = field(default_factory=dict)
    charts: dict[str, SafeString] = field(default_factory=dict)
    presumed_deviation: dict | None = None
    delays: metrics.Delays | None = None
    # Enough acts were decided, but the counts by reason cannot be published with that total
    # shown (one small group would follow from the others): no breakdown is shown at all.
    breakdown_withheld: bool = False

    @property
    def table(self) -> dict[str, Table]:
        """The tables by name with underscores, for templates (by_reason, trend, …)."""
        return {slug.replace("-", "_"): table for slug, table in self.tables.items()}

    @property
    def chart(self) -> dict[str, SafeString]:
        return {slug.replace("-", "_"): chart for slug, chart in self.charts.items()}

    @property
    def enough(self) -> bool:
        """Enough decided acts to publish anything about them."""
        return self.decided.value >= self.threshold and not self.breakdown_withheld


def month_label(month: dt.date) -> str:
    return month.strftime("%b %Y")


def span_label(months: list[dt.date]) -> str:
    if len(months) == 1:
        return month_label(months[0])
    return f"{months[0]:%b} to {month_label(months[-1])}"


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    months, month = [], first
    while month <= last:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def build(filters: Filters, *, units: list[Unit], now: dt.datetime | None = None) -> Board:
    """Everything the dashboard shows for these filters, suppressed."""
    threshold = settings.SUPPRESSION_THRESHOLD
    reasons = list(Reason.objects.in_spectrum_order())
    types = list({reason.failure_type.code: reason.failure_type for reason in reasons}.values())
    type_series = [charts.Series(t.name, t.code, t.code in TYPE_LIGHT) for t in types]

    reason_counts = metrics.by_reason(filters)
    distribution = protect_distribution(
        [[reason_counts.get(r.code, 0) for r in reasons if r.failure_type == t] for t in types],
        threshold,
    )
    board = Board(filters=filters, threshold=threshold, decided=distribution.total)
    if distribution.withheld and distribution.total.value >= threshold:
        board.decided = Count(distribution.total.value, None, threshold)  # the total alone is safe
        board.breakdown_withheld = True
    if board.enough:
        _decided_acts(board, filters, reasons, types, type_series, distribution, units)
    _open_work(board, filters, now)
    return board


def _decided_acts(board, filters, reasons, types, type_series, distribution, units):
    t, total = board.threshold, board.decided
    by_type = {
        kind.code: type_total
        for kind, (type_total, _) in zip(types, distribution.groups, strict=True)
    }
    by_reason = {}
    for kind, (_, counts) in zip(types, distribution.groups, strict=True):
        members = [r for r in reasons if r.failure_type == kind]
        by_reason.update({r.code: c for r, c in zip(members, counts, strict=True)})

    board.tables["by-reason"] = Table(
        "by-reason", "Decided acts by reason", "Reason",
        ["Failure type", "Decided acts", "Share"],
        [(r.name, [r.failure_type.name, by_reason[r.code], share(by_reason[r.code], total)])
         for r in reasons],
        ("All decided acts", ["", total, "100%"]),
    )  # fmt: skip
    board.charts["by-reason"] = charts.bars(
        "chart-by-reason", "Decided acts by reason, from blame to praise",
        "Bars for each reason in spectrum order, coloured by failure type.",
        [(r.short_name, by_reason[r.code], type_series[types.index(r.failure_type)])
         for r in reasons],
    )  # fmt: skip
    board.tables["by-failure-type"] = Table(
        "by-failure-type", "Decided acts by failure type", "Failure type",
        ["Decided acts", "Share"],
        [(k.name, [by_type[k.code], share(by_type[k.code], total)]) for k in types],
        ("All decided acts", [total, "100%"]),
    )  # fmt: skip
    shared_types = [by_type[k.code].hidden for k in types]
    type_names = [k.name for k in types]

    members = [[r.code for r in reasons if r.failure_type_id == k.pk] for k in types]

    def by_type_table(slug, title, header, keys, labels, counts):
        cells = [[sum(counts.get((key, code), 0) for code in codes) for codes in members]
                 for key in keys]  # fmt: skip
        return _grid(slug, title, header, labels, type_names, cells, t, shared_types)

    monthly = metrics.by_month(filters)
    for size, periods, counts in _trend_periods(filters, monthly):
        if size == 1:
            labels = [month_label(m) for m in periods]
            short = [f"{m:%b}\n{m:%Y}" for m in periods]  # two lines under each column
            if len(periods) > 6 and _sparse(
                [counts.get((m, r.code), 0) for m in periods for r in reasons], t
            ):
                continue  # mostly hidden by month: try quarters
        else:
            labels = [span_label(months) for months in periods.values()]
            short = [label.replace(" to ", "–").replace(" ", "\n") for label in labels]
        unit_of_time = PERIOD_NAMES[size]
        board.tables["trend"] = by_type_table(
            "trend", f"Decided acts by {unit_of_time.lower()} decided and failure type",
            unit_of_time, list(periods), labels, counts,
        )  # fmt: skip
        if not board.tables["trend"].withheld:
            break
    unit_counts = metrics.by_unit(filters)
    present = {unit_id for unit_id, _ in unit_counts}
    shown_units = [u for u in units if u.pk in present]
    board.tables["by-unit"] = by_type_table(
        "by-unit", "Decided acts by unit and failure type", "Unit",
        [u.pk for u in shown_units], [u.name for u in shown_units], unit_counts,
    )  # fmt: skip
    categories = [c for c in Category if not filters.category or c == filters.category]
    board.tables["by-category"] = by_type_table(
        "by-category", "Decided acts by category and failure type", "Category",
        [c.value for c in categories], [c.label for c in categories],
        metrics.by_category(filters),
    )  # fmt: skip
    for slug, chart in (("trend", charts.stacked_columns), ("by-unit", charts.stacked_bars),
                        ("by-category", charts.stacked_bars)):  # fmt: skip
        table = board.tables[slug]
        if table.rows and not table.withheld:
            names = short if slug == "trend" else [label for label, _ in table.rows]
            board.charts[slug] = chart(
                f"chart-{slug}", table.title, f"{table.title}, stacked by failure type.",
                type_series,
                [charts.Bar(name, cells[:-1], cells[-1])
                 for name, (_, cells) in zip(names, table.rows, strict=True)],
            )  # fmt: skip

    presumed = [*(p for p in Presumed if p != Presumed.NOT_STATED), Presumed.NOT_STATED]
    matrix = metrics.presumed_vs_decided(filters)
    board.tables["presumed-vs-decided"] = _grid(
        "presumed-vs-decided", "What the referral presumed, and what was decided",
        "Referral presumed", [p.label for p in presumed], [r.short_name for r in reasons],
        [[matrix.get((p.value, r.code), 0) for r in reasons] for p in presumed], t,
        [by_reason[r.code].hidden for r in reasons],
        keep=[(0, 0), (0, "total")],  # the headline's: presumed deviation, decided deviation
    )  # fmt: skip
    board.presumed_deviation = _headline(board.tables["presumed-vs-decided"], t)

    differed = metrics.differed_from_suggestion(filters)
    suggestion = protect_counts([differed[False], differed[True]], t, total_shown=True)
    board.tables["suggestions"] = _one_way(
        "suggestions", "Decisions and the suggested reason", "Decision",
        ["Decided as suggested", "Decided as another reason"], suggestion,
    )  # fmt: skip

    reviews = metrics.second_reviews(filters)
    forced = [0] if by_reason["deviation"].hidden else []
    second = protect_counts([reviews["concurred"], reviews["sent_back"]], t, forced=forced)
    board.tables["second-reviews"] = _one_way(
        "second-reviews", "Second reviews of decisions finding Deviation", "Second review",
        ["Concurred", "Sent back"], second,
    )  # fmt: skip

    board.delays = metrics.time_to_decision(filters)
    board.tables["time-to-decision"] = Table(
        "time-to-decision", "Time from logging a case to deciding an act", "Measure", ["Days"],
        [("Median", [_days(board.delays.median)]),
         ("90th percentile", [_days(board.delays.p90)])],
    )  # fmt: skip


def _sparse(values: list[int], threshold: int) -> bool:
    """Would more than a third of the counts be hidden?"""
    counted = [value for value in values if value]
    return 3 * sum(value < threshold for value in counted) > len(counted)


PERIOD_NAMES = {1: "Month", 3: "Quarter", 6: "Half year", 12: "Year"}


def _trend_periods(filters: Filters, monthly: dict):
    """The trend's periods, finest first: months, then calendar quarters, half years and years
    (coarser ones keep small counts apart, when months or quarters would give them away).

    They run from the first month with a decision to the filter's last month, but not past this
    month: a period chosen far back or ahead does not pad the trend with empty columns.
    """
    decided = sorted({month for month, _ in monthly})
    if not decided:
        return
    last = max(decided[-1], min(filters.end or decided[-1], timezone.localdate().replace(day=1)))
    months = months_between(decided[0], last)
    yield 1, months, monthly
    for size in (3, 6, 12):
        start = {m: m.replace(month=(m.month - 1) // size * size + 1) for m in months}
        periods: dict[dt.date, list[dt.date]] = {}
        for month in months:
            periods.setdefault(start[month], []).append(month)
        counts: dict = {}
        for (month, code), acts in monthly.items():
            counts[start[month], code] = counts.get((start[month], code), 0) + acts
        yield size, periods, counts


def _days(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".removesuffix(".0")


def _grid(slug, title, header, labels, columns, cells, threshold, shared=None, keep=()) -> Table:
    if not cells:
        return Table(slug, title, header, [*columns, "Total"], [])
    grid = protect_grid(cells, threshold, shared=shared, keep=keep)
    return Table(
        slug, title, header, [*columns, "Total"],
        [(label, [*row, total])
         for label, row, total in zip(labels, grid.rows, grid.row_totals, strict=True)],
        ("Total", [*grid.column_totals, grid.total]), grid.withheld,
    )  # fmt: skip


def _one_way(slug, title, header, labels, protected) -> Table:
    rows = [(label, [count, share(count, protected.total)])
            for label, count in zip(labels, protected.cells, strict=True)]  # fmt: skip
    return Table(
        slug, title, header, ["Count", "Share"], rows,
        ("Total", [protected.total, share(protected.total, protected.total)]),
        protected.withheld,
    )  # fmt: skip


def _headline(matrix: Table, threshold: int) -> dict | None:
    """'Of the acts referred as presumed deviation, N% were decided as something else'."""
    if matrix.withheld or not matrix.rows:
        return None
    _, cells = matrix.rows[0]  # presumed deviation; its first column is decided Deviation
    same, referred = cells[0], cells[-1]
    if referred.value == 0:
        return {"referred": 0}
    if same.hidden or referred.hidden:
        return {"hidden": True}
    other = referred.value - same.value
    if 0 < other < threshold:
        return {"hidden": True}
    return {
        "referred": referred.value,
        "other": other,
        "percent": round(100 * other / referred.value),
    }


def _open_work(board: Board, filters: Filters, now) -> None:
    t = board.threshold
    ages = metrics.open_cases_by_age(filters, now)
    protected = protect_counts([ages[label] for label, _ in AGE_BANDS], t)
    board.tables["open-cases"] = Table(
        "open-cases", "Open cases now, by time since logging", "Time since logging", ["Cases"],
        [(label, [count]) for (label, _), count in zip(AGE_BANDS, protected.cells, strict=True)],
        ("All open cases", [protected.total]), protected.withheld,
    )  # fmt: skip
    age_series = charts.Series("Open cases", "open")
    board.charts["open-cases"] = charts.bars(
        "chart-open-cases", "Open cases by time since logging",
        "One bar for each age band.",
        [(label, count, age_series) for label, count in
         zip([label for label, _ in AGE_BANDS], protected.cells, strict=True)],
    )  # fmt: skip

    actions = metrics.learning_actions(filters, timezone.localtime(now).date() if now else None)
    kinds = list(ActionKind)
    cells = [[actions.get((k.value, state), 0) for state, _ in ACTION_STATES] for k in kinds]
    labels = [label for _, label in ACTION_STATES]
    board.tables["learning-actions"] = _grid(
        "learning-actions", "Learning actions agreed in the period, by kind and where they stand",
        "Kind of action", [k.label for k in kinds], labels, cells, t,
    )  # fmt: skip
    table = board.tables["learning-actions"]
    if not table.withheld and table.totals[1][-1].value:
        series = [charts.Series(labels[0], "on-time", True), charts.Series(labels[1], "overdue"),
                  charts.Series(labels[2], "done")]  # fmt: skip
        board.charts["learning-actions"] = charts.stacked_bars(
            "chart-learning-actions", "Learning actions by kind and status",
            "Bars for each kind of action, stacked by status.", series,
            [charts.Bar(label, cells[:-1], cells[-1]) for label, cells in table.rows],
        )  # fmt: skip

"""Small-number suppression, without a database: small counts hidden, and no hidden count can be
worked out from what is shown — checked here by an independent exact solver (rational Gaussian
elimination over every sum the reader knows), by brute force for small tables, and by hypothesis
over random tables, alone and linked the way the dashboard links them."""

import itertools
from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cases.suppression import (
    COMPLEMENT,
    SMALL,
    Count,
    protect_counts,
    protect_distribution,
    protect_grid,
    share,
)

T = 5


def determined(lines, values: dict, hidden: set) -> set:
    """Hidden entries whose value the shown entries and the sums pin down (`lines`: (cells,
    total) keys). Exact: a hidden entry is determined when every solution gives it one value."""
    variables = sorted(hidden, key=repr)
    column = {key: i for i, key in enumerate(variables)}
    rows = []
    for cells, total in lines:
        row = [Fraction(0)] * len(variables)
        for key, sign in [*((cell, 1) for cell in cells), (total, -1)]:
            if key in column:
                row[column[key]] += sign
        if any(row):
            rows.append(row)
    pivots, r = [], 0
    for c in range(len(variables)):
        pivot = next((i for i in range(r, len(rows)) if rows[i][c]), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        rows[r] = [x / rows[r][c] for x in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][c]:
                factor = rows[i][c]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[r], strict=True)]
        pivots.append(c)
        r += 1
    free = set(range(len(variables))) - set(pivots)
    return {variables[c] for i, c in enumerate(pivots) if all(rows[i][f] == 0 for f in free)}


def grid_entries(cells, grid) -> tuple[list, dict, set]:
    """Lines, true values and hidden keys of a protected grid, keyed (row, column) with "t"."""
    n_rows, n_cols = len(cells), len(cells[0])
    values, hidden = {}, set()

    def put(key, count: Count, value: int):
        values[key] = value
        assert count.value == value
        if count.hidden:
            hidden.add(key)

    for r in range(n_rows):
        for c in range(n_cols):
            put((r, c), grid.rows[r][c], cells[r][c])
        put((r, "t"), grid.row_totals[r], sum(cells[r]))
    for c in range(n_cols):
        put(("t", c), grid.column_totals[c], sum(row[c] for row in cells))
    put(("t", "t"), grid.total, sum(map(sum, cells)))
    lines = [([(r, c) for c in range(n_cols)], (r, "t")) for r in range(n_rows)]
    lines += [([(r, c) for r in range(n_rows)], ("t", c)) for c in range(n_cols)]
    lines += [([("t", c) for c in range(n_cols)], ("t", "t"))]
    return lines, values, hidden


def shown(counts) -> list[str]:
    return [str(count) for count in counts]


def test_counts_from_one_to_four_show_as_less_than_five():
    protected = protect_counts([3, 40, 50, 7], T)

    assert shown(protected.cells)[0] == "<5"
    assert protected.cells[0].shown is None


def test_zero_and_counts_at_the_threshold_are_shown_when_safe():
    assert shown(protect_counts([0, 5, 12], T).cells) == ["0", "5", "12"]


def test_threshold_comes_from_the_argument():
    assert shown(protect_counts([7, 30, 40], 10).cells)[0] == "<10"


def test_one_small_count_beside_a_shown_total_gets_a_complement():
    protected = protect_counts([3, 40, 50, 7], T, total_shown=True)

    assert shown(protected.cells) == ["<5", "40", "50", "[c]"]
    assert str(protected.total) == "100"


def test_subtraction_cannot_recover_the_small_count():
    protected = protect_counts([3, 40, 50, 7], T, total_shown=True)
    visible = [count.shown for count in protected.cells]

    # The attack: the total minus every shown count leaves two hidden counts, not one.
    assert visible.count(None) == 2
    assert protected.total.value - sum(v for v in visible if v is not None) == 10


def test_a_small_total_is_hidden_too():
    protected = protect_counts([1, 0, 0], T)

    assert (shown(protected.cells), str(protected.total)) == (["<5", "0", "0"], "<5")


def test_complement_that_would_pin_the_small_count_is_not_used():
    # With "1" and "5" hidden and the total 6 shown, the reader knows <5 is 1–4 and [c] is 5 or
    # more: only 1 + 5 fits. So the total is hidden instead.
    protected = protect_counts([1, 5], T)

    assert (shown(protected.cells), str(protected.total)) == (["<5", "5"], "[c]")


def test_grid_hides_a_rectangle_so_that_no_row_or_column_gives_a_cell_away():
    cells = [[1, 20, 30], [10, 12, 40], [50, 60, 25]]

    grid = protect_grid(cells, T)

    lines, values, hidden = grid_entries(cells, grid)
    assert (0, 0) in hidden
    assert determined(lines, values, hidden) == set()
    for line_cells, total in lines:
        if total not in hidden:
            assert sum(cell in hidden for cell in line_cells) != 1


def test_grid_with_shared_column_totals_keeps_them_as_decided_elsewhere():
    cells = [[2, 30, 1], [40, 25, 3], [10, 12, 0]]

    grid = protect_grid(cells, T, shared=[None, COMPLEMENT, SMALL])

    assert [count.hidden for count in grid.column_totals] == [None, COMPLEMENT, SMALL]
    assert grid.total.hidden is None
    lines, values, hidden = grid_entries(cells, grid)
    assert determined(lines, values, hidden) == set()


def test_distribution_hides_a_second_reason_beside_a_small_one():
    protected = protect_distribution([[2, 30, 40], [60], [20]], T)

    assert [(str(total), shown(reasons)) for total, reasons in protected.groups] == [
        ("72", ["<5", "[c]", "40"]),
        ("60", ["60"]),
        ("20", ["20"]),
    ]
    assert str(protected.total) == "152"


def test_distribution_hides_another_type_beside_a_small_one():
    protected = protect_distribution([[12, 30, 40], [60], [3]], T)

    (preventable, _), (tolerable, _), (intelligent, _) = protected.groups
    assert (str(intelligent), str(tolerable), str(protected.total)) == ("<5", "60", "145")
    assert preventable.hidden == COMPLEMENT


def test_share_is_hidden_when_either_count_is():
    assert share(Count(3, SMALL), Count(100)) == "[c]"
    assert share(Count(30), Count(100, COMPLEMENT)) == "[c]"
    assert share(Count(30), Count(120)) == "25%"
    assert share(Count(0), Count(0)) == "–"


def brute_force_alternatives(cells, grid, reach: int = 4) -> dict:
    """For each hidden entry, the values it takes over the tables that agree with everything
    shown and with what "<5" (1 to 4) and "[c]" (5 or more) tell the reader — searching every
    table whose hidden entries are within `reach` of the true ones (enough to find another)."""
    lines, values, hidden = grid_entries(cells, grid)
    keys = sorted(hidden, key=repr)
    ranges = [
        range(1, T)
        if 0 < values[key] < T
        else range(max(T, values[key] - reach), values[key] + reach + 1)
        for key in keys
    ]
    seen = {key: set() for key in keys}
    for guess in itertools.product(*ranges):
        trial = {**values, **dict(zip(keys, guess, strict=True))}
        if all(sum(trial[c] for c in line) == trial[total] for line, total in lines):
            for key, value in zip(keys, guess, strict=True):
                seen[key].add(value)
    return seen


def test_brute_force_finds_another_value_for_every_hidden_cell_of_small_tables():
    for cells in (
        [[1, 6], [7, 9]],
        [[4, 5, 0], [6, 8, 2]],
        [[1, 5]],
        [[2], [9], [3]],
        [[1, 0], [0, 9]],
    ):
        grid = protect_grid(cells, T)
        if grid.withheld:
            continue

        alternatives = brute_force_alternatives(cells, grid)

        assert {key: len(found) > 1 for key, found in alternatives.items()} == {
            key: True for key in alternatives
        }, cells


counts = st.sampled_from([0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 15, 40, 120])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(counts, min_size=1, max_size=4), min_size=1, max_size=6))
def test_property_no_small_count_shown_and_none_recoverable_in_any_grid(rows):
    width = len(rows[0])
    cells = [(row * width)[:width] for row in rows]

    grid = protect_grid(cells, T)

    lines, values, hidden = grid_entries(cells, grid)
    assert [key for key, value in values.items() if 0 < value < T and key not in hidden] == []
    assert grid.withheld or determined(lines, values, hidden) == set()


@settings(max_examples=150, deadline=None)
@given(st.lists(counts, min_size=1, max_size=8), st.booleans())
def test_property_one_way_tables(values, total_shown):
    protected = protect_counts(values, T, total_shown=total_shown and sum(values) >= T)

    keys = {i: count for i, count in enumerate([*protected.cells, protected.total])}
    hidden = {i for i, count in keys.items() if count.hidden}
    assert [i for i, c in keys.items() if 0 < c.value < T and i not in hidden] == []
    lines = [(list(range(len(values))), len(values))]
    assert protected.withheld or determined(lines, {}, hidden) == set()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.lists(counts, min_size=5, max_size=5), min_size=1, max_size=5),
    st.lists(st.lists(counts, min_size=5, max_size=5), min_size=1, max_size=4),
)
def test_property_linked_tables_give_nothing_away_together(by_month, by_presumed):
    """The dashboard's linking: reason counts shared by a months × types table and a presumed ×
    reasons table, through the distribution that owns them. All sums solved at once."""
    groups = [[0, 1, 2], [3], [4]]  # reasons 0–2 preventable, 3 tolerable, 4 intelligent
    # Both breakdowns must add up to the same reason counts: the presumed table gets the rest.
    reason_totals = [sum(row[r] for row in by_month) for r in range(5)]
    presumed = [row[:] for row in by_presumed]
    for r in range(5):
        extra = reason_totals[r] - sum(row[r] for row in presumed)
        presumed[0][r] += extra
        assume(presumed[0][r] >= 0)
    assume(sum(reason_totals) >= T)  # below it, the dashboard shows nothing about decided acts
    distribution = protect_distribution([[reason_totals[r] for r in g] for g in groups], T)
    reason_status, type_status = {}, []
    for (type_total, reason_counts), members in zip(distribution.groups, groups, strict=True):
        type_status.append(type_total.hidden)
        reason_status.update({r: c.hidden for r, c in zip(members, reason_counts, strict=True)})
    month_cells = [[sum(row[r] for r in g) for g in groups] for row in by_month]
    months = protect_grid(month_cells, T, shared=type_status)
    matrix = protect_grid(presumed, T, shared=[reason_status[r] for r in range(5)])
    assume(not (distribution.withheld or months.withheld or matrix.withheld))

    lines, hidden = [], set()
    lines += [([("reason", r) for r in g], ("type", i)) for i, g in enumerate(groups)]
    lines += [([("type", i) for i in range(3)], "G")]
    hidden |= {("reason", r) for r in range(5) if reason_status[r]}
    hidden |= {("type", i) for i in range(3) if type_status[i]}
    for name, grid, cells, total_of in (
        ("month", months, month_cells, lambda c: ("type", c)),
        ("presumed", matrix, presumed, lambda c: ("reason", c)),
    ):
        table_lines, _, table_hidden = grid_entries(cells, grid)

        def rename(key, name=name, total_of=total_of):
            if key == ("t", "t"):
                return "G"
            if key[0] == "t":
                return total_of(key[1])
            return (name, *key)

        lines += [([rename(c) for c in line], rename(total)) for line, total in table_lines]
        hidden |= {rename(key) for key in table_hidden}

    assert determined(lines, {}, hidden) == set()

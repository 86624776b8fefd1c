"""Small-number suppression for the Board's tables: pure Python, no database.

A count from 1 to threshold − 1 is shown as "<5" (primary suppression). That alone is not enough:
if a row shows its total and only one cell is hidden, subtraction recovers it. So more entries are
hidden ("[c]", complementary suppression) until no hidden entry can be worked out.

How it is proved. A table and its totals are a system of sums: every line (row or column, with
its total) says cells − total = 0. Each entry lies on at most two lines, so the entries are the
edges of a graph whose nodes are the lines (1-D tables add a FREE node with no sum to keep).
A hidden entry can be worked out by subtraction exactly when no other set of values for the
hidden entries fits the shown ones. We show such a set exists by a *witness*: a cycle of hidden
entries along which adding and subtracting 1 keeps every line's sum, and keeps every hidden entry
within what the reader knows of it ("<5" is 1 to 4; "[c]" is the threshold or more). Complements
are added until every hidden entry has a witness; if none can be found, the table is withheld.

Linked tables (the same total shown in several tables) are handled by `protect_grid(shared=…)`:
the shared totals' status comes from the table that owns them, local witnesses may not move them,
and the columns of hidden shared totals must be joined by hidden local entries, so that any change
the owning table allows can be absorbed (see `cases.board` and the tests).
"""

import heapq
from collections import defaultdict, deque
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

SMALL = "small"
COMPLEMENT = "complement"
FREE = ("free",)
SEARCH_BUDGET = 300  # steps of the fallback search; beyond it, treat the entry as unprotected


@dataclass(frozen=True)
class Count:
    """A count as published: its value, or why it is hidden."""

    value: int
    hidden: str | None = None
    threshold: int = 5

    @property
    def shown(self) -> int | None:
        return None if self.hidden else self.value

    def __str__(self) -> str:
        if self.hidden == SMALL:
            return f"<{self.threshold}"
        if self.hidden == COMPLEMENT:
            return "[c]"
        return f"{self.value:,}"

    @property
    def csv(self) -> str:
        return str(self).replace(",", "")


# An entry is an edge between two line nodes, with its sign in each line (+1 cell, -1 total).
type Node = tuple
type Ends = tuple[Node, int, Node, int]


class _System:
    def __init__(self, values: Sequence[int], ends: Sequence[Ends], threshold: int) -> None:
        self.values, self.ends, self.threshold = list(values), list(ends), threshold
        self.at: dict[Node, list[int]] = defaultdict(list)
        for index, (a, _, b, _) in enumerate(ends):
            self.at[a].append(index)
            self.at[b].append(index)

    def sign(self, entry: int, node: Node) -> int:
        a, sa, _, sb = self.ends[entry]
        return sa if node == a else sb

    def other(self, entry: int, node: Node) -> Node:
        a, _, b, _ = self.ends[entry]
        return b if node == a else a

    def fits(self, entry: int, change: int, hidden: Mapping[int, str]) -> bool:
        value = self.values[entry] + change
        if hidden[entry] == SMALL:
            return 1 <= value < self.threshold
        return value >= self.threshold

    def witness(self, entry: int, hidden: Mapping[int, str], movable) -> bool:
        """Is there a ±1 cycle of movable hidden entries through `entry` that keeps every sum?

        A breadth-first search over (line, change to balance) finds a closed walk quickly; the
        walk's total change is then checked against what the reader knows of each entry. A depth-
        first search over simple cycles, on a budget, catches the rare walk that fails the check.
        """
        return any(
            self.fits(entry, change, hidden)
            and (found := self._breadth_first(entry, change, hidden, movable)) is not False
            and (found or self._depth_first(entry, change, hidden, movable))
            for change in (1, -1)
        )  # fmt: skip

    def _steps(self, node: Node, via: int, change: int, hidden, movable, entry: int):
        """The entries a walk can continue along from `node`, and the change each then takes."""
        carried = -self.sign(via, node) * change
        for nxt in self.at[node]:
            if nxt == entry or nxt not in hidden or not movable(nxt):
                continue
            for step in (1, -1) if node == FREE else (carried * self.sign(nxt, node),):
                if self.fits(nxt, step, hidden):
                    yield nxt, step

    def _closes(self, via: int, change: int, entry: int, first_change: int) -> bool:
        start, start_sign, _, _ = self.ends[entry]
        return start == FREE or self.sign(via, start) * change + start_sign * first_change == 0

    def _breadth_first(self, entry: int, first_change: int, hidden, movable) -> bool | None:
        """True: a witness; False: none exists; None: only walks that failed the check."""
        start, _, first, _ = self.ends[entry]
        inconclusive = False
        origin = (first, entry, first_change)
        parent = {origin: None}
        queue = deque([origin])
        while queue:
            state = queue.popleft()
            node, via, change = state
            for nxt, step in self._steps(node, via, change, hidden, movable, entry):
                target = self.other(nxt, node)
                following = (target, nxt, step)
                if target == start:
                    if self._closes(nxt, step, entry, first_change) and self._valid(
                        {**self._changes(parent, state), nxt: step, entry: first_change},
                        entry, hidden,
                    ):  # fmt: skip
                        return True
                    inconclusive = True
                    continue
                key = (target, -self.sign(nxt, target) * step if target != FREE else 0)
                if key in parent or following in parent:
                    continue
                parent[key] = parent[following] = state
                queue.append(following)
        return None if inconclusive else False

    @staticmethod
    def _changes(parent, state) -> dict[int, int]:
        changes: dict[int, int] = {}
        while parent.get(state) is not None:
            _, via, change = state
            changes[via] = changes.get(via, 0) + change
            state = parent[state]
        return changes

    def _valid(self, changes: dict[int, int], entry: int, hidden) -> bool:
        return changes.get(entry) in (1, -1) and all(
            self.fits(i, change, hidden) for i, change in changes.items()
        )

    def _depth_first(self, entry: int, first_change: int, hidden, movable) -> bool:
        start, _, first, _ = self.ends[entry]
        budget = [SEARCH_BUDGET]

        def walk(node: Node, via: int, change: int, seen: frozenset) -> bool:
            budget[0] -= 1
            for nxt, step in self._steps(node, via, change, hidden, movable, entry):
                if budget[0] < 0:
                    return False
                target = self.other(nxt, node)
                if target == start:
                    if self._closes(nxt, step, entry, first_change):
                        return True
                elif target not in seen and walk(target, nxt, step, seen | {target}):
                    return True
            return False

        return walk(first, entry, first_change, frozenset({first}))


def _protect(
    system: _System,
    *,
    frozen: Mapping[int, str | None] | None = None,
    forced: Sequence[int] = (),
    connect: Sequence[Node] = (),
    tied: Mapping[int, str | None] | None = None,
    keep: Collection[int] = (),
) -> dict[int, str] | None:
    """Which entries to hide, and why; None when the table must be withheld altogether.

    `frozen`: entries whose status is decided by another table: never moved, never chosen.
    `forced`: entries to hide as complements from the start (linked elsewhere).
    `connect`: nodes that hidden, non-frozen entries must join together.
    `tied`: entries equal to a frozen one (a column's only count): its status, and they may
    join `connect` nodes, since they move with it.
    `keep`: entries to hide as complements only when nothing else will do (a headline's).
    """
    tied = dict(tied or {})
    frozen = {**(frozen or {}), **tied}
    t = system.threshold
    hidden = {i: s for i, s in frozen.items() if s}
    for i, value in enumerate(system.values):
        if i not in frozen and 0 < value < t:
            hidden[i] = SMALL
    for i in forced:
        if i not in frozen and system.values[i] >= t:
            hidden[i] = COMPLEMENT

    def movable(i: int) -> bool:
        return i not in frozen

    def candidates(around: int) -> list[int]:
        """Shown entries that could join a cycle through `around`: near it first, small first."""
        reach, queue = {system.ends[around][0], system.ends[around][2]}, deque()
        queue.extend(reach)
        while queue:
            node = queue.popleft()
            for i in system.at[node]:
                if i in hidden and movable(i) and (n := system.other(i, node)) not in reach:
                    reach.add(n)
                    queue.append(n)
        found = []
        for i, (a, _, b, _) in enumerate(system.ends):
            if i in hidden or not movable(i) or system.values[i] < t:
                continue
            touches = (a in reach) + (b in reach)
            if touches:
                is_total = -1 in (system.ends[i][1], system.ends[i][3])
                found.append((i in keep, -touches, is_total, system.values[i], i))
        return [i for *_, i in sorted(found)]

    def viable(i: int) -> bool:
        """Could this entry ever lie on a cycle? (Each end must have another way on.)"""
        return all(
            node == FREE
            or any(j != i and movable(j) and (j in hidden or system.values[j] >= t)
                   for j in system.at[node])
            for node in (system.ends[i][0], system.ends[i][2])
        )  # fmt: skip

    protected: set[int] = set()  # a witness stays one when more entries are hidden

    def is_protected(i: int) -> bool:
        if i not in protected and system.witness(i, hidden, movable):
            protected.add(i)
        return i in protected

    for _ in range(len(system.values) + 1):
        exposed = next((i for i in sorted(hidden) if movable(i) and not is_protected(i)), None)
        if exposed is None:
            gap = _disconnected(system, hidden, lambda i: movable(i) or i in tied, connect)
            if gap is None:
                return hidden
            if not gap:
                return None
            for i in gap:
                hidden[i] = COMPLEMENT
            continue
        options = candidates(exposed)
        if not options:
            return None
        for i in options[:12]:
            if system.witness(exposed, {**hidden, i: COMPLEMENT}, movable):
                hidden[i] = COMPLEMENT
                break
        else:
            # No single entry will do: close the cheapest cycle through it, or failing that
            # (its cycles break what the reader knows), widen it by an entry that can join one.
            start, _, first, _ = system.ends[exposed]
            path = _path(system, first, start, hidden, movable, without=exposed, keep=keep)
            chosen = path or [i for i in options if viable(i)][:1]
            if not chosen:
                return None
            for i in chosen:
                hidden[i] = COMPLEMENT
    return None


def _path(system: _System, source: Node, target: Node, hidden, movable, without=None, keep=()):
    """The cheapest shown entries (of at least the threshold) that, hidden, would join `source`
    to `target` through hidden movable entries: [] if they are joined already, None if nothing
    can join them. Hidden entries cost nothing, shown ones one, ones to `keep` shown ten."""
    best, back, queue = {source: 0}, {}, [(0, 0, source)]
    order = 0
    while queue:
        cost, _, node = heapq.heappop(queue)
        if cost > best[node]:
            continue
        for i in system.at[node]:
            if i == without or not movable(i):
                continue
            if i not in hidden and system.values[i] < system.threshold:
                continue
            step = 0 if i in hidden else 10 if i in keep else 1
            nxt = system.other(i, node)
            if cost + step < best.get(nxt, 1 << 30):
                best[nxt], back[nxt] = cost + step, (node, i)
                order += 1
                heapq.heappush(queue, (cost + step, order, nxt))
    if target not in best:
        return None
    path, node = [], target
    while node != source:
        node, i = back[node]
        if i not in hidden:
            path.append(i)
    return path


def _disconnected(system: _System, hidden, movable, connect: Sequence[Node]) -> list[int] | None:
    """None if the `connect` nodes are joined by hidden movable entries; else the fewest shown
    entries that would join the first to another, or [] if nothing can."""
    for node in connect[1:]:
        path = _path(system, connect[0], node, hidden, movable)
        if path is None:
            return []
        if path:
            return path
    return None


@dataclass(frozen=True)
class Protected1D:
    cells: list[Count]
    total: Count
    withheld: bool = False


def _counts(values, hidden, threshold, withheld) -> list[Count]:
    if withheld:
        return [Count(v, COMPLEMENT if v >= threshold else SMALL, threshold) if v else
                Count(0, COMPLEMENT, threshold) for v in values]  # fmt: skip
    return [Count(v, hidden.get(i), threshold) for i, v in enumerate(values)]


def protect_counts(
    counts: Sequence[int],
    threshold: int,
    *,
    total_shown: bool = False,
    forced: Sequence[int] = (),
) -> Protected1D:
    """A list of counts and their total. `total_shown`: the total is published elsewhere (say,
    the grand total) and must stay shown; `forced`: cells to hide whatever their size."""
    line = ("line",)
    values = [*counts, sum(counts)]
    ends = [(line, 1, FREE, 0) for _ in counts] + [(line, -1, FREE, 0)]
    frozen = {len(counts): None} if total_shown else {}
    hidden = _protect(_System(values, ends, threshold), frozen=frozen, forced=forced)
    out = _counts(values, hidden or {}, threshold, hidden is None)
    return Protected1D(cells=out[:-1], total=out[-1], withheld=hidden is None)


@dataclass(frozen=True)
class ProtectedGrid:
    rows: list[list[Count]]
    row_totals: list[Count]
    column_totals: list[Count]
    total: Count
    withheld: bool = False


def _grid_system(cells: Sequence[Sequence[int]], threshold: int):
    n_rows, n_cols = len(cells), len(cells[0]) if cells else 0
    values, ends, index = [], [], {}

    def add(key, value, ends_of):
        index[key] = len(values)
        values.append(value)
        ends.append(ends_of)

    for r in range(n_rows):
        for c in range(n_cols):
            add((r, c), cells[r][c], (("row", r), 1, ("col", c), 1))
        add((r, "total"), sum(cells[r]), (("row", r), -1, ("col", "total"), 1))
    for c in range(n_cols):
        add(("total", c), sum(row[c] for row in cells), (("row", "total"), 1, ("col", c), -1))
    grand = sum(map(sum, cells))
    add(("total", "total"), grand, (("row", "total"), -1, ("col", "total"), -1))
    return _System(values, ends, threshold), index


def protect_grid(
    cells: Sequence[Sequence[int]],
    threshold: int,
    *,
    shared: Sequence[str | None] | None = None,
    keep: Collection[tuple[int, int | str]] = (),
) -> ProtectedGrid:
    """A rows × columns table with row, column and grand totals.

    `shared`: the columns' totals are also shown in another table, which decided their status
    (None shown, SMALL or COMPLEMENT hidden); the grand total is then shown too.
    `keep`: (row, column) of cells, or (row, "total"), to hide only when nothing else will do.
    """
    if not cells:
        raise ValueError("A table needs at least one row.")
    system, index = _grid_system(cells, threshold)
    n_rows, n_cols = len(cells), len(cells[0]) if cells else 0
    frozen, connect, tied = {}, [], {}
    if shared is not None:
        frozen = {index[("total", c)]: shared[c] for c in range(n_cols)}
        frozen[index[("total", "total")]] = None
        connect = [("col", c) for c in range(n_cols) if shared[c]]
        for c in range(n_cols):  # a column's only count is its total, so shares its status
            counted = [r for r in range(n_rows) if cells[r][c]]
            if len(counted) == 1:
                tied[index[(counted[0], c)]] = shared[c]
    hidden = _protect(
        system, frozen=frozen, connect=connect, tied=tied, keep={index[key] for key in keep}
    )
    counts = _counts(system.values, hidden or {}, threshold, hidden is None)

    def at(key) -> Count:
        return counts[index[key]]

    return ProtectedGrid(
        rows=[[at((r, c)) for c in range(n_cols)] for r in range(n_rows)],
        row_totals=[at((r, "total")) for r in range(n_rows)],
        column_totals=[at(("total", c)) for c in range(n_cols)],
        total=at(("total", "total")),
        withheld=hidden is None,
    )


@dataclass(frozen=True)
class ProtectedDistribution:
    """Counts by reason, grouped under failure types, with the grand total (always shown)."""

    groups: list[tuple[Count, list[Count]]]
    total: Count
    withheld: bool = False


def protect_distribution(groups: Sequence[Sequence[int]], threshold: int) -> ProtectedDistribution:
    """Reasons grouped by failure type: each type's total is the sum of its reasons; the grand
    total, the sum of the types, is published (the dashboard shows nothing when it is small)."""
    values, ends = [], []
    for g, reasons in enumerate(groups):
        for value in reasons:
            values.append(value)
            ends.append((("type", g), 1, FREE, 0))
        values.append(sum(reasons))
        ends.append((("type", g), -1, ("grand",), 1))
    values.append(sum(map(sum, groups)))
    ends.append((("grand",), -1, FREE, 0))
    system = _System(values, ends, threshold)
    hidden = _protect(system, frozen={len(values) - 1: None})
    counts = _counts(values, hidden or {}, threshold, hidden is None)
    out, position = [], 0
    for reasons in groups:
        out.append((counts[position + len(reasons)], counts[position : position + len(reasons)]))
        position += len(reasons) + 1
    return ProtectedDistribution(groups=out, total=counts[-1], withheld=hidden is None)


def share(part: Count, whole: Count) -> str:
    """A percentage, hidden when either count is hidden (it would give the hidden one away)."""
    if part.hidden or whole.hidden:
        return "[c]"
    if not whole.value:
        return "–"
    return f"{100 * part.value / whole.value:.0f}%"

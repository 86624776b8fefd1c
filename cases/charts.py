"""Server-rendered SVG charts: pure functions from published counts to markup.

No script and no inline style (the Content-Security-Policy forbids both): colours and geometry
are SVG presentation attributes, the colours from PALETTE (which the legends' swatches use too).
A hidden count is never drawn at its true size: a bar shows its published parts, then, hatched,
what its published total says the hidden parts add up to (readers can work that out from the
table anyway), or only a short stub when the total is hidden too. Every chart is an image with a
title and a description; the data table beside it carries the numbers.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from .suppression import Count

WIDTH = 640
STUB = 6  # width of the marker for a bar whose size is hidden


@dataclass(frozen=True)
class Colour:
    fill: str
    outline: str | None = None  # for a pale fill, which would not stand out from the page


# Stacked series told apart in greyscale too: any two of a chart's series can touch (a zero
# between them is not drawn), so each pair differs by 3:1 or more in luminance, and each bar, by
# its fill or its outline, by 3:1 or more from the white page (WCAG 1.4.11). Dark to light follows
# the spectrum from blame to praise. tests/cases/test_dashboard_views.py checks the ratios.
PALETTE = {
    "preventable": Colour("#351b00"),  # dark brown
    "tolerable": Colour("#1d70b8"),  # blue
    "intelligent": Colour("#b4d5f0", outline="#1d70b8"),  # pale blue
    "open": Colour("#505a5f"),  # grey
    "on-time": Colour("#b4d5f0", outline="#1d70b8"),  # pale blue
    "overdue": Colour("#d4351c"),  # red
    "done": Colour("#0b0c0c"),  # black
}


def swatch(css: str) -> SafeString:
    """A legend's square in a series' colour (the legend is beside the chart, not in it)."""
    return format_html(
        '<svg class="app-legend__swatch app-legend__swatch--{0}" width="16" height="16" '
        'viewBox="0 0 16 16" focusable="false" aria-hidden="true">'
        '<rect x="0.5" y="0.5" width="15" height="15" fill="{1}" stroke="#0b0c0c"/></svg>',
        css,
        PALETTE[css].fill,
    )


def _paint(css: str) -> str:
    """A bar's colour as presentation attributes: its fill, and its outline if it has one."""
    colour = PALETTE[css]
    outline = f' stroke="{colour.outline}" stroke-width="1"' if colour.outline else ""
    return f'fill="{colour.fill}"{outline}'


@dataclass(frozen=True)
class Series:
    label: str
    css: str  # its colour in PALETTE, and modifier of app-chart__bar, e.g. "preventable"
    light: bool = False  # light fill: labels on it are dark


@dataclass(frozen=True)
class Bar:
    label: str
    parts: Sequence[Count]  # one per series
    total: Count


def _svg(chart_id: str, title: str, description: str, height: int, body: list[str]) -> SafeString:
    return format_html(
        '<svg class="app-chart" role="img" aria-labelledby="{0}-title {0}-desc" '
        'viewBox="0 0 {1} {2}" width="{1}" height="{2}" focusable="false">'
        '<title id="{0}-title">{3}</title><desc id="{0}-desc">{4}</desc>'
        '<defs><pattern id="{0}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" class="app-chart__hatch-bg"/>'
        '<line x1="0" y1="0" x2="0" y2="6" class="app-chart__hatch-line" stroke-width="3"/>'
        "</pattern></defs>{5}</svg>",
        chart_id,
        WIDTH,
        height,
        title,
        description,
        mark_safe("".join(body)),  # every piece is built with escape()
    )


def _size(bar: Bar) -> int:
    """What a bar may be drawn as: its published total, or the sum of its published parts."""
    if bar.total.shown is not None:
        return bar.total.value
    return sum(part.shown or 0 for part in bar.parts)


def _label(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _segments(bar: Bar, series: Sequence[Series], scale: float):
    """(length, css class, label, light) for each piece of one stacked bar, in series order."""
    pieces, drawn = [], 0
    for part, kind in zip(bar.parts, series, strict=True):
        if part.shown:
            pieces.append((part.value * scale, kind.css, str(part), kind.light))
            drawn += part.value
    if any(part.hidden for part in bar.parts) or bar.total.hidden:
        if bar.total.shown is not None and bar.total.value > drawn:
            pieces.append(((bar.total.value - drawn) * scale, "hidden", "hidden", True))
        elif bar.total.hidden:
            pieces.append((STUB, "hidden", str(bar.total), True))
    return pieces


def stacked_bars(
    chart_id: str, title: str, description: str, series: Sequence[Series], bars: Sequence[Bar]
) -> SafeString:
    """Horizontal bars, one per row, stacked by series, with the total at the end of each."""
    label_width, row, value_width = 230, 30, 70
    area = WIDTH - label_width - value_width
    biggest = max((_size(bar) for bar in bars), default=0) or 1
    scale = area / biggest
    body = []
    for index, bar in enumerate(bars):
        y = 10 + index * row
        body.append(
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end">'
            f"{escape(_label(bar.label))}</text>"
        )
        x = label_width
        for length, css, text, light in _segments(bar, series, scale):
            paint = f'fill="url(#{chart_id}-hatch)"' if css == "hidden" else _paint(css)
            body.append(
                f'<rect x="{x:.1f}" y="{y}" width="{max(length, 1):.1f}" height="20" '
                f'class="app-chart__bar app-chart__bar--{css}" {paint}/>'
            )
            if length >= 8 * len(text) + 6 and css != "hidden":
                shade = "dark" if light else "light"
                body.append(
                    f'<text x="{x + length / 2:.1f}" y="{y + 15}" text-anchor="middle" '
                    f'class="app-chart__value--{shade}">{escape(text)}</text>'
                )
            x += length
        body.append(f'<text x="{x + 6:.1f}" y="{y + 15}">{escape(str(bar.total))}</text>')
    height = 20 + len(bars) * row
    return _svg(chart_id, title, description, height, body)


def bars(chart_id: str, title: str, description: str, rows: Sequence[tuple[str, Count, Series]]):
    """Horizontal bars, one series each (e.g. reasons coloured by their failure type)."""
    return stacked_bars(
        chart_id,
        title,
        description,
        [series for _, _, series in rows],
        [
            Bar(label, [count if i == j else Count(0) for j in range(len(rows))], count)
            for i, (label, count, _) in enumerate(rows)
        ],
    )


def stacked_columns(
    chart_id: str, title: str, description: str, series: Sequence[Series], bars: Sequence[Bar]
) -> SafeString:
    """Vertical columns (e.g. months), stacked by series; every few columns labelled."""
    left, bottom, top, plot = 50, 55, 20, 220
    step = (WIDTH - left - 10) / max(len(bars), 1)
    width = max(step * 0.7, 2)
    biggest = max((_size(bar) for bar in bars), default=0) or 1
    scale = plot / biggest
    every = max(1, round(len(bars) / 10))
    baseline = top + plot
    body = [
        f'<line x1="{left}" y1="{baseline}" x2="{WIDTH - 10}" y2="{baseline}" '
        'class="app-chart__axis" stroke-width="1"/>',
        f'<line x1="{left}" y1="{top}" x2="{WIDTH - 10}" y2="{top}" '
        'class="app-chart__grid" stroke-width="1"/>',
        f'<text x="{left - 6}" y="{top + 5}" text-anchor="end">{biggest:,}</text>',
        f'<text x="{left - 6}" y="{baseline + 5}" text-anchor="end">0</text>',
    ]
    for index, bar in enumerate(bars):
        x = left + index * step + (step - width) / 2
        y = baseline
        for length, css, _, _ in _segments(bar, series, scale):
            y -= length
            paint = f'fill="url(#{chart_id}-hatch)"' if css == "hidden" else _paint(css)
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{max(length, 1):.1f}" '
                f'class="app-chart__bar app-chart__bar--{css}" {paint}/>'
            )
        if index % every == 0:  # a label of two lines ("Jan\n2026")
            for line, text in enumerate(bar.label.split("\n")):
                body.append(
                    f'<text x="{x + width / 2:.1f}" y="{baseline + 20 + 17 * line}" '
                    f'text-anchor="middle">{escape(text)}</text>'
                )
    return _svg(chart_id, title, description, top + plot + bottom, body)
